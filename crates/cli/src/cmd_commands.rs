//! `commands`: list the API. WHY: the registry is the API's documentation;
//! printing it keeps the CLI honest with what the app exposes.

use std::process::ExitCode;

use crate::out::outln;
use crate::CliResult;

pub fn run() -> CliResult {
    let all = talentdesk_sync::commands::registry().commands();
    let width = all.iter().map(|c| c.name.len()).max().unwrap_or(0);
    for c in all {
        outln!("{:width$}  {}", c.name, c.description)?;
    }
    Ok(ExitCode::SUCCESS)
}
