//! One error type for the whole core, because every front end (Tauri shell,
//! CLI, tests) shows errors to a person or a script the same way: a stable
//! machine-readable `code`, a readable `message`, and the `field` at fault
//! when there is one. Low-level errors (SQLite, pool, JSON, I/O, migrations)
//! are translated here so callers never see a driver-specific error.

use serde::{Deserialize, Serialize};

/// Result with the core [`Error`] as default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable category of an [`Error`]; serialized in snake_case.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    UnknownCommand,
    InvalidJson,
    MissingField,
    InvalidValue,
    NotFound,
    DanglingReference,
    Conflict,
    Database,
    Io,
    Migration,
    /// Long work (import, export, sync, demo data) stopped at the person's request.
    Cancelled,
    /// The OS keyring (Secret Service, Keychain, Credential Manager) cannot be used.
    KeyringUnavailable,
    /// Syncing needs a sign-in first (no token in the keyring).
    NotSignedIn,
    /// The sync server refused the credentials: sign in again.
    Unauthorized,
    /// The sync server could not be reached, or did not answer.
    Network,
    /// The sync server refused the request (schema version, a rejected change, rate).
    SyncRefused,
    /// A person is already in another interview at that time.
    DoubleBooked,
    /// A token, invitation or timed test is past its expiry.
    Expired,
    /// A single-use token was already redeemed.
    AlreadyUsed,
}

impl ErrorCode {
    /// The snake_case name, identical to the serialized form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownCommand => "unknown_command",
            Self::InvalidJson => "invalid_json",
            Self::MissingField => "missing_field",
            Self::InvalidValue => "invalid_value",
            Self::NotFound => "not_found",
            Self::DanglingReference => "dangling_reference",
            Self::Conflict => "conflict",
            Self::Database => "database",
            Self::Io => "io",
            Self::Migration => "migration",
            Self::Cancelled => "cancelled",
            Self::KeyringUnavailable => "keyring_unavailable",
            Self::NotSignedIn => "not_signed_in",
            Self::Unauthorized => "unauthorized",
            Self::Network => "network",
            Self::SyncRefused => "sync_refused",
            Self::DoubleBooked => "double_booked",
            Self::Expired => "expired",
            Self::AlreadyUsed => "already_used",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The core error: a code, a message for people, and the offending field.
#[derive(Debug, Clone, Serialize, Deserialize, thiserror::Error, PartialEq, ts_rs::TS)]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[ts(optional)]
    pub field: Option<String>,
}

impl Error {
    /// Any error, with an optional field.
    pub fn new(code: ErrorCode, message: impl Into<String>, field: Option<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field,
        }
    }

    /// No command with that name is registered.
    pub fn unknown_command(name: impl std::fmt::Display) -> Self {
        Self::new(
            ErrorCode::UnknownCommand,
            format!("unknown command `{name}`"),
            None,
        )
    }

    /// Request text is not valid JSON.
    pub fn invalid_json(msg: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::InvalidJson, format!("invalid JSON: {msg}"), None)
    }

    /// A required field is absent (or null).
    pub fn missing_field(field: impl Into<String>) -> Self {
        let field = field.into();
        Self::new(
            ErrorCode::MissingField,
            format!("{field}: missing required field"),
            Some(field),
        )
    }

    /// A field is present but its value is not acceptable.
    pub fn invalid_value(field: impl Into<String>, msg: impl std::fmt::Display) -> Self {
        let field = field.into();
        Self::new(
            ErrorCode::InvalidValue,
            format!("{field}: {msg}"),
            Some(field),
        )
    }

    /// The entity addressed by the request does not exist.
    pub fn not_found(entity: impl std::fmt::Display, id: impl std::fmt::Display) -> Self {
        Self::new(
            ErrorCode::NotFound,
            format!("no {entity} with id {id}"),
            None,
        )
    }

    /// A reference field points at a row that does not exist,
    /// e.g. `candidate_id: no candidate with id X`.
    pub fn dangling_reference(
        field: impl Into<String>,
        entity: impl std::fmt::Display,
        id: impl std::fmt::Display,
    ) -> Self {
        let field = field.into();
        Self::new(
            ErrorCode::DanglingReference,
            format!("{field}: no {entity} with id {id}"),
            Some(field),
        )
    }

    /// The request clashes with existing data (duplicate, stale version...).
    pub fn conflict(msg: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, msg, None)
    }

    /// A state conflict caused by one field of the request.
    pub fn conflict_on(field: impl Into<String>, msg: impl std::fmt::Display) -> Self {
        let field = field.into();
        Self::new(ErrorCode::Conflict, format!("{field}: {msg}"), Some(field))
    }

    /// Any code with a field: `field: message`.
    pub fn coded(code: ErrorCode, field: impl Into<String>, msg: impl std::fmt::Display) -> Self {
        let field = field.into();
        Self::new(code, format!("{field}: {msg}"), Some(field))
    }

    /// Storage failed for a reason the user cannot fix by changing input.
    pub fn database(msg: impl Into<String>) -> Self {
        Self::new(ErrorCode::Database, msg, None)
    }

    /// File-system failure.
    pub fn io(msg: impl Into<String>) -> Self {
        Self::new(ErrorCode::Io, msg, None)
    }

    /// Schema migration failure.
    pub fn migration(msg: impl Into<String>) -> Self {
        Self::new(ErrorCode::Migration, msg, None)
    }

    /// Long work was cancelled; nothing half-done was kept.
    pub fn cancelled(msg: impl Into<String>) -> Self {
        Self::new(ErrorCode::Cancelled, msg, None)
    }

    /// Same error, but with the field set (used when the caller knows better).
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::SqliteFailure(err, msg)
                if err.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                let text = msg.clone().unwrap_or_else(|| err.to_string());
                from_constraint(&text)
            }
            rusqlite::Error::QueryReturnedNoRows => Self::database("query returned no rows"),
            _ => Self::database(e.to_string()),
        }
    }
}

/// Translate SQLite's constraint messages into typed errors.
fn from_constraint(text: &str) -> Error {
    if text.starts_with("FOREIGN KEY constraint failed") {
        return Error::new(
            ErrorCode::DanglingReference,
            "a referenced row does not exist (FOREIGN KEY constraint failed)",
            None,
        );
    }
    if let Some(rest) = text.strip_prefix("NOT NULL constraint failed:") {
        return Error::missing_field(column_of(rest));
    }
    if let Some(rest) = text.strip_prefix("CHECK constraint failed:") {
        return match first_identifier(rest) {
            Some(field) => Error::invalid_value(field, format!("value rejected ({})", text.trim())),
            None => Error::new(ErrorCode::InvalidValue, text.trim(), None),
        };
    }
    if let Some(rest) = text.strip_prefix("UNIQUE constraint failed:") {
        let field = rest.split(',').next().map(column_of);
        return Error::new(
            ErrorCode::Conflict,
            format!("already exists ({})", text.trim()),
            field,
        );
    }
    if text.contains("UNIQUE") || text.contains("PRIMARY KEY") {
        return Error::conflict(text.trim());
    }
    Error::database(text.trim())
}

/// `" table.col"` → `"col"`.
fn column_of(qualified: &str) -> String {
    let q = qualified.trim();
    q.rsplit('.').next().unwrap_or(q).to_string()
}

const SQL_WORDS: &[&str] = &[
    "not", "and", "or", "in", "is", "null", "case", "when", "then", "else", "end", "like", "glob",
    "between", "exists", "cast", "as", "true", "false",
];

/// First identifier in a CHECK expression (or the constraint's name),
/// skipping function names and SQL keywords: `length(trim(name)) > 0` → `name`.
fn first_identifier(expr: &str) -> Option<String> {
    let chars: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            // skip string literal
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || c == '_' || c == '"' || c == '`' || c == '[' {
            let quoted = matches!(c, '"' | '`' | '[');
            let start = if quoted { i + 1 } else { i };
            let mut j = start;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric()
                    || chars[j] == '_'
                    || (quoted && !matches!(chars[j], '"' | '`' | ']')))
            {
                j += 1;
            }
            let word: String = chars[start..j].iter().collect();
            let mut k = if quoted { j + 1 } else { j };
            while k < chars.len() && chars[k].is_whitespace() {
                k += 1;
            }
            let is_call = k < chars.len() && chars[k] == '(';
            let is_qualifier = k < chars.len() && chars[k] == '.';
            if !word.is_empty()
                && !is_call
                && !is_qualifier
                && !SQL_WORDS.contains(&word.to_ascii_lowercase().as_str())
            {
                return Some(word);
            }
            i = k.max(i + 1);
            continue;
        }
        if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    None
}

impl From<r2d2::Error> for Error {
    fn from(e: r2d2::Error) -> Self {
        Self::database(format!("database connection pool: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Self::invalid_json(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Self::io(e.to_string())
    }
}

impl From<refinery::Error> for Error {
    fn from(e: refinery::Error) -> Self {
        Self::migration(format!("migration failed: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_identifier_skips_functions_and_keywords() {
        assert_eq!(
            first_identifier(" status IN ('a','b')").as_deref(),
            Some("status")
        );
        assert_eq!(
            first_identifier(" length(trim(name)) > 0").as_deref(),
            Some("name")
        );
        assert_eq!(
            first_identifier(" ck_candidate_email").as_deref(),
            Some("ck_candidate_email")
        );
        assert_eq!(
            first_identifier(" NOT (score < 0)").as_deref(),
            Some("score")
        );
        assert_eq!(first_identifier(" 'x' = kind").as_deref(), Some("kind"));
        assert_eq!(first_identifier(" 1 = 1"), None);
    }

    #[test]
    fn constraint_messages_map_to_codes() {
        let e = from_constraint("NOT NULL constraint failed: candidate.full_name");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::MissingField, Some("full_name"))
        );
        let e = from_constraint("CHECK constraint failed: status IN ('open','closed')");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("status"))
        );
        let e = from_constraint("FOREIGN KEY constraint failed");
        assert_eq!(e.code, ErrorCode::DanglingReference);
        let e = from_constraint("UNIQUE constraint failed: user.email");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::Conflict, Some("email"))
        );
    }

    #[test]
    fn real_sqlite_errors_are_mapped() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys=ON;
             CREATE TABLE p (id TEXT PRIMARY KEY);
             CREATE TABLE c (id TEXT PRIMARY KEY, p_id TEXT REFERENCES p(id),
                             name TEXT NOT NULL, status TEXT CHECK (status IN ('a','b')));",
        )
        .unwrap();
        let ins = |sql: &str| Error::from(conn.execute(sql, []).unwrap_err());
        assert_eq!(
            ins("INSERT INTO c VALUES ('1', 'nope', 'n', 'a')").code,
            ErrorCode::DanglingReference
        );
        let e = ins("INSERT INTO c VALUES ('1', NULL, NULL, 'a')");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::MissingField, Some("name"))
        );
        let e = ins("INSERT INTO c VALUES ('1', NULL, 'n', 'zzz')");
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("status"))
        );
        conn.execute("INSERT INTO c VALUES ('1', NULL, 'n', 'a')", [])
            .unwrap();
        assert_eq!(
            ins("INSERT INTO c VALUES ('1', NULL, 'n', 'a')").code,
            ErrorCode::Conflict
        );
    }

    #[test]
    fn serializes_snake_case_without_null_field() {
        let v = serde_json::to_value(Error::conflict("x")).unwrap();
        assert_eq!(v, serde_json::json!({"code": "conflict", "message": "x"}));
        assert_eq!(ErrorCode::DanglingReference.as_str(), "dangling_reference");
    }
}
