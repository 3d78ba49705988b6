//! talentdesk-server: the reference sync server, self-hostable. WHY it is
//! small: the rules (merge, validation, the protocol) live in
//! `talentdesk-sync` and are shared with the devices; the server adds
//! accounts and workspaces, bearer tokens stored as hashes, authorization of
//! every request to its workspace, rate limiting, and storage behind the
//! [`storage::Storage`] trait: SQLite (embedded, the default) or PostgreSQL
//! (for teams), chosen by [`open_storage`] from the `--db` value.

pub mod auth;
pub mod http;
pub mod postgres;
pub mod sqlite;
pub mod storage;

use std::sync::Arc;

pub use http::{router, serve, AppState, RateLimit};
pub use postgres::PostgresStorage;
pub use sqlite::SqliteStorage;
pub use storage::{Storage, StorageError};

/// True for a value of `--db` that names a PostgreSQL database.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// The storage `db` names: a `postgres://` (or `postgresql://`) URL, or else
/// the path of a SQLite file (created if missing). Both create or migrate
/// their schema here.
pub fn open_storage(db: &str) -> Result<Arc<dyn Storage>, StorageError> {
    Ok(if is_postgres_url(db) {
        Arc::new(PostgresStorage::open(db)?)
    } else {
        Arc::new(SqliteStorage::open(db)?)
    })
}

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
