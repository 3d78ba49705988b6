//! Errors of the sync layer. WHY typed: the client loop must tell a retryable
//! failure (network, rate limit) from one that needs a person (bad token,
//! unknown schema version, a clock set far ahead), and the server maps the
//! same kinds onto the protocol's error codes.

use talentdesk_core::clock::ClockError;

use crate::protocol::ErrorCode;

pub type Result<T, E = SyncError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The local database failed.
    #[error("database: {0}")]
    Database(String),
    /// The schema cannot be synced (composite key, odd identifier...).
    #[error("schema: {0}")]
    Schema(String),
    /// A change does not fit the schema (unknown table or column, bad value).
    #[error("invalid change: {0}")]
    Validation(String),
    /// A remote stamp is too far ahead of the local clock.
    #[error(transparent)]
    Clock(#[from] ClockError),
    /// The server answered with a protocol error.
    #[error("server refused ({code}): {message}")]
    Remote { code: ErrorCode, message: String },
    /// The request did not reach the server or the answer did not come back.
    #[error("network: {0}")]
    Transport(String),
    /// The person stopped the sync (between two batches or pages).
    #[error("the sync was cancelled")]
    Cancelled,
}

impl SyncError {
    pub fn validation(msg: impl Into<String>) -> Self {
        Self::Validation(msg.into())
    }

    /// Worth retrying later without anyone changing anything.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Transport(_) => true,
            Self::Remote { code, .. } => matches!(code, ErrorCode::Rate | ErrorCode::Unavailable),
            _ => false,
        }
    }
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Database(e.to_string())
    }
}

impl From<talentdesk_core::Error> for SyncError {
    fn from(e: talentdesk_core::Error) -> Self {
        Self::Database(e.message)
    }
}

impl From<serde_json::Error> for SyncError {
    fn from(e: serde_json::Error) -> Self {
        Self::Validation(format!("JSON: {e}"))
    }
}
