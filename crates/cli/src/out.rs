//! Writing to stdout without panicking. WHY: `println!` panics when the
//! reader goes away (`talentdesk-cli commands | head`); a closed pipe is not
//! an error for a CLI, any other write failure is reported on stderr.

use std::io::{ErrorKind, Write};

use crate::CliError;

/// Write one line to stdout; a closed pipe is silently ignored.
pub fn line(args: std::fmt::Arguments<'_>) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_fmt(args)
        .and_then(|()| stdout.write_all(b"\n"))
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError(format!("cannot write to stdout: {e}"))),
    }
}

/// `outln!("fmt", args..)?` — like `println!`, but returns a `Result`.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::out::line(format_args!($($arg)*))
    };
}
pub(crate) use outln;
