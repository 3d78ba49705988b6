//! `call NAME [JSON]`: run one API command. WHY: scripts and tests drive the
//! same code path as the desktop app, and read one JSON document back —
//! the response on success (exit 0), `{"error": {...}}` on failure (exit 2).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use talentdesk_core::{call_json, Context};

use crate::out::outln;
use crate::{open_store, CliError, CliResult};

/// Exit code of a command that ran and returned an API error.
const API_ERROR: u8 = 2;

#[derive(Debug, Args)]
pub struct CallArgs {
    /// Command name (see `talentdesk-cli commands`).
    name: String,
    /// Request as JSON; `-` reads it from stdin. Default: `{}`.
    json: Option<String>,
}

pub fn run(args: &CallArgs, db: Option<&Path>) -> CliResult {
    let text = match args.json.as_deref() {
        None => "{}".to_string(),
        Some("-") => {
            let mut buf = String::new();
            std::io::stdin()
                .read_to_string(&mut buf)
                .map_err(|e| CliError(format!("cannot read the request from stdin: {e}")))?;
            buf
        }
        Some(text) => text.to_string(),
    };
    let ctx = Context::new(open_store(db)?);
    let (doc, code) = match call_json(&ctx, &args.name, &text) {
        Ok(v) => (v, ExitCode::SUCCESS),
        Err(e) => (serde_json::json!({ "error": e }), ExitCode::from(API_ERROR)),
    };
    let out = serde_json::to_string_pretty(&doc)
        .map_err(|e| CliError(format!("cannot print the response: {e}")))?;
    outln!("{out}")?;
    Ok(code)
}
