//! The app's sync commands: settings, sign-in, "Sync now", status and the
//! conflicts review. WHY here and not in the core: they drive the sync
//! client, and talentdesk-sync depends on talentdesk-core, not the other way
//! round. They are ordinary core commands all the same (built with the core's
//! `command!` macro, typed, with generated TypeScript bindings); [`registry`]
//! is the core's registry extended with them, which the desktop shell, the
//! CLI and the tests put in their `Context`.

mod conflicts;
pub(crate) mod run;
mod settings;

use std::sync::OnceLock;

use talentdesk_core::api::{CommandSpec, Registry};
use talentdesk_core::{command, Context, Error, ErrorCode, Store};

use crate::error::SyncError;
use crate::protocol::ErrorCode as Remote;

pub use conflicts::{
    sync_conflict_resolve, sync_conflicts_list, ConflictChoice, ConflictResolve, ConflictsQuery,
    SyncConflict,
};
pub use run::{start_sync, sync_now, sync_status, SyncStatusView};
pub use settings::{
    load_settings, sync_settings_get, sync_settings_save, sync_sign_in, sync_sign_out,
    SavedSettings, SignIn, SyncSettings, SyncSettingsSave,
};

/// The sync commands, for [`Registry::with`].
pub fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "sync_settings_get",
            "Sync server, workspace and whether this device is signed in",
            sync_settings_get
        ),
        command!(
            "sync_settings_save",
            "Choose the sync server and workspace this database syncs with",
            sync_settings_save
        ),
        command!(
            "sync_sign_in",
            "Check an access token with the server and keep it in the OS keyring",
            sync_sign_in
        ),
        command!(
            "sync_sign_out",
            "Forget the access token of this server and workspace (deletes the OS keyring entry)",
            sync_sign_out
        ),
        command!(
            "sync_now",
            "Push local changes and pull the others' now, as a background task",
            sync_now
        ),
        command!(
            "sync_status",
            "Last sync, pending changes, last error, open conflicts, whether a sync runs",
            sync_status
        ),
        command!(
            "sync_conflicts_list",
            "Local values that lost to newer remote ones, for review",
            sync_conflicts_list
        ),
        command!(
            "sync_conflict_resolve",
            "Keep the remote value, or restore mine (a new local edit that syncs)",
            sync_conflict_resolve
        ),
    ]
}

/// The core's commands and the sync commands: the app's whole API.
pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry::with(commands()))
}

/// A context over `store` that reaches every command of the app.
pub fn app_context(store: Store) -> Context {
    Context::new(store).with_registry(registry())
}

/// A sync failure as the app shows it: the code says what the person can do.
/// Sync errors never carry the token (see `http.rs`), so neither does this.
pub fn to_core(e: SyncError) -> Error {
    let (code, message) = match &e {
        SyncError::Transport(m) => (
            ErrorCode::Network,
            format!("the sync server could not be reached: {m}"),
        ),
        SyncError::Remote { code, message } => match code {
            Remote::Auth => (
                ErrorCode::Unauthorized,
                format!("the sync server refused the sign-in ({message}): sign in again"),
            ),
            Remote::Rate | Remote::Unavailable => (
                ErrorCode::Network,
                format!("the sync server is busy ({message}); it will be retried"),
            ),
            Remote::Version => (
                ErrorCode::SyncRefused,
                format!("the sync server does not serve this app version: {message}"),
            ),
            _ => (
                ErrorCode::SyncRefused,
                format!("the sync server refused the changes: {message}"),
            ),
        },
        SyncError::Cancelled => {
            return Error::cancelled(
                "the sync was stopped; what was sent or received so far is kept",
            )
        }
        SyncError::Clock(_) => (ErrorCode::SyncRefused, e.to_string()),
        SyncError::Database(m) => (ErrorCode::Database, m.clone()),
        SyncError::Schema(_) | SyncError::Validation(_) => (ErrorCode::SyncRefused, e.to_string()),
    };
    Error::new(code, message, None)
}

/// Which database a context works on: the key of per-database state
/// (a running sync, the loop's schedule).
pub(crate) fn store_key(ctx: &Context) -> String {
    ctx.store()
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}
