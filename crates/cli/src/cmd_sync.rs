//! `sync`: push local changes to a talentdesk-server and pull everyone
//! else's, headless. WHY a CLI command: scripts and servers without the app
//! need the same sync as the desktop loop. The server URL, workspace and
//! token come from flags or the environment for now (the keyring is the
//! app's job); the token is never printed.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use talentdesk_sync::client::SyncClient;
use talentdesk_sync::http::HttpTransport;

use crate::out::outln;
use crate::{open_store, CliError, CliResult};

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Server base URL, e.g. http://127.0.0.1:8787.
    #[arg(long, env = "TALENTDESK_SYNC_URL")]
    url: String,
    /// Workspace id on the server.
    #[arg(long, env = "TALENTDESK_SYNC_WORKSPACE")]
    workspace: String,
    /// Bearer token (prefer the environment variable: flags show in `ps`).
    #[arg(long, env = "TALENTDESK_SYNC_TOKEN", hide_env_values = true)]
    token: String,
    /// Only print what is pending and how the last sync went.
    #[arg(long)]
    status: bool,
}

pub fn run(args: &SyncArgs, db: Option<&Path>) -> CliResult {
    let store = open_store(db)?;
    let client = SyncClient::new(store, &args.url, &args.workspace)
        .map_err(|e| CliError(format!("sync setup: {e}")))?;
    if !args.status {
        let transport =
            HttpTransport::new(&args.url, &args.token).map_err(|e| CliError(e.to_string()))?;
        let report = client
            .sync(&transport)
            .map_err(|e| CliError(format!("sync failed: {e}")))?;
        outln!(
            "pushed {} changes, pulled {} rows ({} inserted, {} updated, {} deleted)",
            report.pushed,
            report.pulled,
            report.applied.inserted,
            report.applied.updated,
            report.applied.deleted
        )?;
    }
    let status = client.status().map_err(|e| CliError(e.to_string()))?;
    outln!(
        "{}",
        serde_json::to_string(&status).map_err(|e| CliError(e.to_string()))?
    )?;
    Ok(ExitCode::SUCCESS)
}
