//! The wire protocol between a device and the sync server (JSON over HTTP;
//! see docs/sync-protocol.md and docs/sync-openapi.yaml). WHY these shapes:
//! - push is batched and idempotent: a batch carries a mutation id chosen by
//!   the client and kept until the server acknowledges it, so a batch re-sent
//!   after a lost response is applied once;
//! - pull is by an opaque server cursor in size-bounded pages, and pages are
//!   row states (not operations), so a duplicated or stale page merges to the
//!   same result;
//! - every request names the schema version; the server refuses versions it
//!   does not know rather than storing rows it cannot interpret.

use serde::{Deserialize, Serialize};

use crate::row::RowChange;

/// Push and pull endpoints, relative to the server's base URL.
pub const PUSH_PATH: &str = "/v1/sync/push";
pub const PULL_PATH: &str = "/v1/sync/pull";

/// Most changes a client puts in one push batch.
pub const MAX_PUSH_CHANGES: usize = 500;
/// Most rows a server puts in one pull page.
pub const MAX_PULL_ROWS: usize = 1_000;
/// Bytes of row JSON after which a server closes a pull page.
pub const MAX_PULL_BYTES: usize = 1 << 20;

/// A batch of local changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushRequest {
    pub schema_version: i64,
    pub workspace_id: String,
    /// The pushing device.
    pub site_id: String,
    /// Chosen by the client per batch and reused on every retry of it.
    pub mutation_id: String,
    pub changes: Vec<RowChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    pub mutation_id: String,
    /// Rows of the batch that changed server state (0 for a repeated batch).
    pub applied: u64,
    /// True when the server had already applied this mutation id.
    pub duplicate: bool,
    /// The server's newest cursor after the push.
    pub cursor: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    pub schema_version: i64,
    pub workspace_id: String,
    /// Rows changed after this cursor (0: from the beginning).
    pub cursor: i64,
    /// Upper bound on rows (the server also bounds pages by bytes).
    #[serde(default)]
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PullResponse {
    /// The cursor the page starts after (the request's cursor).
    pub since: i64,
    /// Pass this as `cursor` to get the next page.
    pub next_cursor: i64,
    /// More rows after `next_cursor` exist.
    pub has_more: bool,
    /// Current merged state of each row changed after `since`.
    pub rows: Vec<RowChange>,
}

/// Stable error codes of the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Missing, unknown or expired token, or a workspace the token may not use.
    Auth,
    /// Unknown schema version: update the app (or the server).
    Version,
    /// The request or one of its changes is malformed (incl. clock skew).
    Validation,
    /// Too many requests: retry after `retry_after_ms`.
    Rate,
    /// The server could not serve the request now: retry later.
    Unavailable,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auth => "auth",
            Self::Version => "version",
            Self::Validation => "validation",
            Self::Rate => "rate",
            Self::Unavailable => "unavailable",
        }
    }

    /// HTTP status the server answers with.
    pub fn http_status(self) -> u16 {
        match self {
            Self::Auth => 401,
            Self::Version => 409,
            Self::Validation => 422,
            Self::Rate => 429,
            Self::Unavailable => 503,
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Body of every error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_serialize_snake_case() {
        let body = ErrorBody {
            code: ErrorCode::Version,
            message: "x".into(),
            retry_after_ms: None,
        };
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            serde_json::json!({"code": "version", "message": "x"})
        );
        for c in [
            ErrorCode::Auth,
            ErrorCode::Version,
            ErrorCode::Validation,
            ErrorCode::Rate,
            ErrorCode::Unavailable,
        ] {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
    }
}
