//! `sync`: push local changes to a talentdesk-server and pull everyone
//! else's, headless. WHY a CLI command: scripts and servers without the app
//! need the same sync as the desktop loop. The server URL, workspace and
//! token come from flags or the environment, else from what the app saved
//! (`sync_settings` in the database, the token in the OS keyring, set with
//! `call sync_sign_in`); the token is never printed.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use talentdesk_sync::client::SyncClient;
use talentdesk_sync::http::HttpTransport;

use crate::out::outln;
use crate::{open_store, CliError, CliResult};

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Server base URL, e.g. http://127.0.0.1:8787 (default: the saved settings).
    #[arg(long, env = "TALENTDESK_SYNC_URL")]
    url: Option<String>,
    /// Workspace id on the server (default: the saved settings).
    #[arg(long, env = "TALENTDESK_SYNC_WORKSPACE")]
    workspace: Option<String>,
    /// Bearer token (prefer the environment variable: flags show in `ps`;
    /// default: the one kept in the OS keyring by `sync_sign_in`).
    #[arg(long, env = "TALENTDESK_SYNC_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Only print what is pending and how the last sync went.
    #[arg(long)]
    status: bool,
}

pub fn run(args: &SyncArgs, db: Option<&Path>) -> CliResult {
    let store = open_store(db)?;
    let ctx = talentdesk_sync::commands::app_context(store.clone());
    let saved = talentdesk_sync::commands::load_settings(&ctx)?;
    let (url, workspace) = match (&args.url, &args.workspace, &saved) {
        (Some(u), Some(w), _) => (u.clone(), w.clone()),
        (None, None, Some(s)) => (s.server_url.clone(), s.workspace_id.clone()),
        _ => return Err(CliError(
            "give --url and --workspace (or TALENTDESK_SYNC_URL and TALENTDESK_SYNC_WORKSPACE), \
                 or save them with `call sync_settings_save`"
                .into(),
        )),
    };
    let client = SyncClient::new(store, &url, &workspace)
        .map_err(|e| CliError(format!("sync setup: {e}")))?;
    if !args.status {
        let token = match &args.token {
            Some(t) => t.clone(),
            None => talentdesk_sync::secret::load(&url, &workspace)?
                .ok_or_else(|| {
                    CliError(
                        "no token: set TALENTDESK_SYNC_TOKEN or sign in with `call sync_sign_in`"
                            .into(),
                    )
                })?
                .expose()
                .to_string(),
        };
        let transport = HttpTransport::new(&url, &token).map_err(|e| CliError(e.to_string()))?;
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
