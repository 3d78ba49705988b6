//! talentdesk-server: the reference sync server, self-hostable. WHY it is
//! small: the rules (merge, validation, the protocol) live in
//! `talentdesk-sync` and are shared with the devices; the server adds
//! accounts and workspaces, bearer tokens stored as hashes, authorization of
//! every request to its workspace, rate limiting, and storage behind the
//! [`storage::Storage`] trait (SQLite here; PostgreSQL is the next backend).

pub mod auth;
pub mod http;
pub mod sqlite;
pub mod storage;

pub use http::{router, serve, AppState, RateLimit};
pub use sqlite::SqliteStorage;
pub use storage::{Storage, StorageError};

/// An account with one workspace and one token (setup and tests). The token
/// is returned once and only its hash is stored.
pub struct Provisioned {
    pub account_id: String,
    pub workspace_id: String,
    pub token: String,
}

pub fn provision(
    storage: &dyn Storage,
    account: &str,
    workspace: &str,
) -> Result<Provisioned, StorageError> {
    let account_id = storage.create_account(account)?;
    let workspace_id = storage.create_workspace(workspace, &account_id)?;
    let token = auth::new_token();
    storage.add_token(&account_id, &auth::token_hash(&token))?;
    Ok(Provisioned {
        account_id,
        workspace_id,
        token,
    })
}
