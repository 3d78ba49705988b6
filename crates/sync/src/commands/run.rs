//! "Sync now" as a background task, and the status the app chrome shows.
//! WHY one sync at a time per database: two concurrent syncs of one file
//! would only race for the same outbox batch; a second request while one
//! runs gets the running task instead, so the button, the loop and the
//! CLI all follow the same progress.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

use serde::{Deserialize, Serialize};
use serde_json::json;
use talentdesk_core::api::system::NoArgs;
use talentdesk_core::tasks::{Progress, TaskStarted, TaskState};
use talentdesk_core::{Context, Error, Result};
use ts_rs::TS;

use super::settings::{load_settings, ready, SavedSettings};
use super::{store_key, to_core};
use crate::capture::outbox_len;
use crate::client::{read, SyncClient, SyncStep};
use crate::http::HttpTransport;
use crate::secret::Token;

/// What this process knows about a database's syncing beyond the file:
/// the running sync and the background loop's schedule.
#[derive(Debug, Default, Clone)]
pub(crate) struct Runtime {
    /// The running sync task (with the generation that started it).
    running: Option<(u64, String)>,
    generation: u64,
    /// When the background loop tries next (UTC RFC 3339), if it runs.
    pub(crate) next_attempt_at: Option<String>,
    /// Failures in a row of the background loop.
    pub(crate) failures: u32,
    /// The background loop's last failure (also when no sync could start,
    /// e.g. not signed in).
    pub(crate) loop_error: Option<Error>,
}

pub(crate) fn runtimes() -> MutexGuard<'static, HashMap<String, Runtime>> {
    static RUNTIME: OnceLock<Mutex<HashMap<String, Runtime>>> = OnceLock::new();
    RUNTIME
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
}

/// Start a sync of `ctx`'s database as a task, or return the one running.
pub fn start_sync(ctx: &Context) -> Result<TaskStarted> {
    let (settings, token) = ready(ctx)?;
    let key = store_key(ctx);
    let mut all = runtimes();
    let rt = all.entry(key.clone()).or_default();
    if let Some((_, id)) = &rt.running {
        if ctx
            .tasks()
            .get(id)
            .is_ok_and(|t| t.state == TaskState::Running)
        {
            return Ok(TaskStarted {
                task_id: id.clone(),
            });
        }
    }
    rt.generation += 1;
    let generation = rt.generation;
    // The lock is held until the id is recorded: the task's own clean-up
    // (which takes it) cannot run before.
    let started = ctx.tasks().spawn(ctx, "sync", move |ctx, progress| {
        let outcome = run(ctx, &settings, &token, progress);
        let mut all = runtimes();
        if let Some(rt) = all.get_mut(&key) {
            if rt.running.as_ref().is_some_and(|(g, _)| *g == generation) {
                rt.running = None;
            }
            if outcome.is_ok() {
                rt.loop_error = None;
            }
        }
        outcome
    })?;
    rt.running = Some((generation, started.task_id.clone()));
    Ok(started)
}

fn run(
    ctx: &Context,
    settings: &SavedSettings,
    token: &Token,
    progress: &Progress,
) -> Result<serde_json::Value> {
    progress.set_message("Connecting…");
    let client = SyncClient::new(
        ctx.store().clone(),
        &settings.server_url,
        &settings.workspace_id,
    )
    .map_err(to_core)?;
    let transport = HttpTransport::new(&settings.server_url, token.expose()).map_err(to_core)?;
    let report = client
        .sync_with(&transport, &mut |step| {
            match step {
                SyncStep::Pushing { sent, total } => {
                    progress.set_total(total);
                    progress.set_done(sent);
                    progress.set_message(format!("Sending changes ({sent} of {total})…"));
                }
                SyncStep::Pulling { rows } => {
                    progress.set_message(format!("Receiving changes ({rows} so far)…"));
                }
                SyncStep::Applying { rows } => {
                    progress.set_message(format!("Saving {rows} received changes…"));
                }
            }
            !progress.is_cancelled()
        })
        .map_err(|e| {
            let e = to_core(e);
            tracing::warn!(code = %e.code, message = %e.message, "sync failed");
            e
        })?;
    tracing::info!(
        pushed = report.pushed,
        pulled = report.pulled,
        "sync finished"
    );
    progress.set_message("Synced");
    Ok(json!({
        "pushed": report.pushed,
        "pulled": report.pulled,
        "inserted": report.applied.inserted,
        "updated": report.applied.updated,
        "deleted": report.applied.deleted,
    }))
}

/// Push local changes and pull the others' now. Refused with `not_signed_in`
/// (or `keyring_unavailable`) before any task starts.
pub fn sync_now(ctx: &Context, _req: NoArgs) -> Result<TaskStarted> {
    start_sync(ctx)
}

/// Response of `sync_status`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SyncStatusView {
    /// A server and workspace are chosen.
    pub configured: bool,
    pub server_url: Option<String>,
    pub workspace_id: Option<String>,
    /// When the last sync finished without error (UTC).
    pub last_synced_at: Option<String>,
    /// Local changes not yet acknowledged by the server (the outbox).
    pub pending_changes: u64,
    /// The last sync's error, or the background loop's (e.g. not signed in).
    pub last_error: Option<String>,
    /// Local values that lost to newer remote ones, not yet reviewed.
    pub open_conflicts: u64,
    /// A sync is running: follow it with `task_get`.
    pub in_progress: bool,
    pub task_id: Option<String>,
    /// When the background loop tries next (UTC), while it waits.
    pub next_attempt_at: Option<String>,
}

pub fn sync_status(ctx: &Context, _req: NoArgs) -> Result<SyncStatusView> {
    let saved = load_settings(ctx)?;
    let rt = runtimes().get(&store_key(ctx)).cloned().unwrap_or_default();
    let task_id = rt.running.map(|(_, id)| id).filter(|id| {
        ctx.tasks()
            .get(id)
            .is_ok_and(|t| t.state == TaskState::Running)
    });
    let remote = saved
        .as_ref()
        .map(|s| crate::secret::account(&s.server_url, &s.workspace_id));
    let (pending, conflicts, last) = read(ctx.store(), |c| {
        let pending = outbox_len(c)?;
        let conflicts: i64 = c.query_row(
            "SELECT count(*) FROM sync_conflicts WHERE resolved = 0",
            [],
            |r| r.get(0),
        )?;
        let last: Option<(Option<String>, Option<String>)> = match &remote {
            None => None,
            Some(remote) => {
                use rusqlite::OptionalExtension;
                c.query_row(
                    "SELECT last_synced_at, last_error FROM sync_state WHERE remote = ?1",
                    [remote],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
            }
        };
        Ok((pending, conflicts, last))
    })
    .map_err(to_core)?;
    let (last_synced_at, sync_error) = last.unwrap_or_default();
    Ok(SyncStatusView {
        configured: saved.is_some(),
        server_url: saved.as_ref().map(|s| s.server_url.clone()),
        workspace_id: saved.as_ref().map(|s| s.workspace_id.clone()),
        last_synced_at,
        pending_changes: pending,
        last_error: rt.loop_error.map(|e| e.message).or(sync_error),
        open_conflicts: conflicts.max(0) as u64,
        in_progress: task_id.is_some(),
        task_id,
        next_attempt_at: rt.next_attempt_at,
    })
}
