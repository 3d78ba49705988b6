//! `call NAME [JSON]`: run one API command. WHY: scripts and tests drive the
//! same code path as the desktop app, and read one JSON document back —
//! the response on success (exit 0), `{"error": {...}}` on failure (exit 2).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use serde_json::Value;
use talentdesk_core::tasks::{TaskStarted, TaskState};
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
    // The app's whole API: the core's commands and the sync commands.
    let ctx = talentdesk_sync::commands::app_context(open_store(db)?);
    let (doc, code) = match call_json(&ctx, &args.name, &text).and_then(|v| follow_task(&ctx, v)) {
        Ok(v) => (v, ExitCode::SUCCESS),
        Err(e) => (serde_json::json!({ "error": e }), ExitCode::from(API_ERROR)),
    };
    let out = serde_json::to_string_pretty(&doc)
        .map_err(|e| CliError(format!("cannot print the response: {e}")))?;
    outln!("{out}")?;
    Ok(code)
}

/// A command that started background work answered `{"task_id": ...}`: wait
/// for the task (progress on stderr) and stand for its result or error, so a
/// script sees the same document a quick command would give.
fn follow_task(ctx: &Context, response: Value) -> talentdesk_core::Result<Value> {
    let Ok(started) = serde_json::from_value::<TaskStarted>(response.clone()) else {
        return Ok(response);
    };
    if response.as_object().is_none_or(|o| o.len() != 1) {
        return Ok(response);
    }
    let id = started.task_id;
    let mut shown = false;
    let info = loop {
        let info = ctx.tasks().get(&id)?;
        if info.state != TaskState::Running {
            break info;
        }
        let line = match (info.total, info.message.as_deref()) {
            (0, Some(m)) => format!("{}: {m}", info.kind),
            (0, None) => format!("{}: {} done", info.kind, info.done),
            (t, m) => format!("{}: {}/{t} {}", info.kind, info.done, m.unwrap_or("")),
        };
        eprint!("\r{line}\x1b[K");
        shown = true;
        std::thread::sleep(Duration::from_millis(200));
    };
    if shown {
        eprintln!();
    }
    match (info.state, info.error) {
        (TaskState::Succeeded, _) => Ok(info.result.unwrap_or(Value::Null)),
        (_, Some(e)) => Err(e),
        (state, None) => Err(talentdesk_core::Error::database(format!(
            "{} ended as {state:?} without an error",
            info.kind
        ))),
    }
}
