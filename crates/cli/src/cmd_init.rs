//! `init`: create and migrate the database. WHY a command of its own: setup
//! scripts want an explicit, idempotent "make the database ready" step.

use std::path::Path;
use std::process::ExitCode;

use crate::out::outln;
use crate::{open_store, CliResult};

pub fn run(db: Option<&Path>) -> CliResult {
    let store = open_store(db)?;
    let version = store.schema_version()?;
    let path = store
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    outln!("initialized {path} at schema version {version}")?;
    Ok(ExitCode::SUCCESS)
}
