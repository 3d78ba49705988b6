//! What the server keeps, behind a trait. WHY a trait: a single person or a
//! small team runs the embedded SQLite storage; a bigger team wants
//! PostgreSQL. The HTTP layer, authorization and the merge are the same for
//! both, so a storage only has to keep accounts, tokens, workspaces, merged
//! rows and applied mutation ids, atomically per push.

use talentdesk_sync::hub::{page_full, ServerRow};
use talentdesk_sync::protocol::{PullResponse, PushRequest, PushResponse};
use talentdesk_sync::RowChange;

/// Storage failures (the HTTP layer answers `unavailable`).
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("storage: {0}")]
    Backend(String),
    #[error("not found: {0}")]
    NotFound(String),
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Backend(e.to_string())
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(e: serde_json::Error) -> Self {
        Self::Backend(format!("stored JSON: {e}"))
    }
}

pub type StorageResult<T> = Result<T, StorageError>;

/// Server storage. Every method is one transaction.
pub trait Storage: Send + Sync + 'static {
    /// A new account; returns its id.
    fn create_account(&self, name: &str) -> StorageResult<String>;
    /// A new workspace owned by (and with member) `owner`; returns its id.
    fn create_workspace(&self, name: &str, owner: &str) -> StorageResult<String>;
    /// Make `account` a member of `workspace`.
    fn add_member(&self, workspace: &str, account: &str) -> StorageResult<()>;
    /// Store a token's hash for `account`.
    fn add_token(&self, account: &str, token_hash: &[u8]) -> StorageResult<()>;
    /// The account a token hash belongs to (not revoked).
    fn account_for_token(&self, token_hash: &[u8]) -> StorageResult<Option<String>>;
    /// Revoke every token of an account.
    fn revoke_tokens(&self, account: &str) -> StorageResult<u64>;
    fn is_member(&self, workspace: &str, account: &str) -> StorageResult<bool>;
    /// Merge a validated batch, once per mutation id.
    fn push(&self, req: &PushRequest) -> StorageResult<PushResponse>;
    /// Rows of `workspace` changed after `cursor`, at most `limit`.
    fn pull(&self, workspace: &str, cursor: i64, limit: usize) -> StorageResult<PullResponse>;
}

/// A stored row state (`RowChange` JSON) as the merge's working form.
/// Shared by the backends so that both merge exactly the same way.
pub fn decode_row(state: &str) -> StorageResult<ServerRow> {
    let change: RowChange = serde_json::from_str(state)?;
    Ok(ServerRow {
        clock: change.clock(),
        values: change
            .values()
            .into_iter()
            .map(|(k, (_, v))| (k, v))
            .collect(),
    })
}

/// A pull page from `(seq, state)` rows fetched in sequence order after
/// `cursor` (at most `limit + 1` of them): closed at `limit` rows or about
/// [`talentdesk_sync::protocol::MAX_PULL_BYTES`] of JSON. Shared by the
/// backends so that both page exactly the same way.
pub fn pull_page(
    cursor: i64,
    fetched: impl IntoIterator<Item = (i64, String)>,
    limit: usize,
) -> StorageResult<PullResponse> {
    let mut rows = Vec::new();
    let mut bytes = 0;
    let mut next = cursor;
    let mut has_more = false;
    for (seq, state) in fetched {
        if page_full(rows.len(), bytes, limit) {
            has_more = true;
            break;
        }
        bytes += state.len();
        rows.push(serde_json::from_str::<RowChange>(&state)?);
        next = seq;
    }
    Ok(PullResponse {
        since: cursor,
        next_cursor: next,
        has_more,
        rows,
    })
}
