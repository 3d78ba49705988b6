//! Small building blocks every domain module shares: string enums that bind to
//! SQLite and reject values outside their set, reference checks that name the
//! field at fault, paging, and validation of text, emails and timestamps.
//! WHY here: the same checks must read the same in every command, so an error
//! a person sees from the UI matches the one a script sees from the CLI.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// Declare a string enum whose serde spelling and SQL value are the same
/// snake_case text as the schema's CHECK list.
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        $vis enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in schema order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text stored in SQLite and used on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parse stored or user text.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("`{text}` is not a valid {}", stringify!($name)).into(),
                    )
                })
            }
        }
    };
}

/// Fail with `dangling_reference` naming `field` unless `table` has a row `id`.
/// `table` is always a literal from the calling code, never user input.
pub fn ensure_exists(
    conn: &Connection,
    table: &'static str,
    entity: &str,
    field: &str,
    id: &str,
) -> Result<()> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    let found: Option<i64> = conn.query_row(&sql, [id], |r| r.get(0)).optional()?;
    match found {
        Some(_) => Ok(()),
        None => Err(Error::dangling_reference(field, entity, id)),
    }
}

/// Like [`ensure_exists`] for an optional reference.
pub fn ensure_optional(
    conn: &Connection,
    table: &'static str,
    entity: &str,
    field: &str,
    id: Option<&str>,
) -> Result<()> {
    match id {
        Some(id) => ensure_exists(conn, table, entity, field, id),
        None => Ok(()),
    }
}

/// Fail with `not_found` unless the row exists (for the subject of a command).
pub fn ensure_found(conn: &Connection, table: &'static str, entity: &str, id: &str) -> Result<()> {
    ensure_exists(conn, table, entity, "id", id).map_err(|_| Error::not_found(entity, id))
}

/// Default and maximum page sizes for list commands.
pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 500;

/// Validated `(limit, offset)` for SQL.
pub fn page(limit: Option<u32>, offset: Option<u32>) -> Result<(i64, i64)> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(Error::invalid_value(
            "limit",
            format!("limit must be between 1 and {MAX_LIMIT}"),
        ));
    }
    Ok((i64::from(limit), i64::from(offset.unwrap_or(0))))
}

/// A trimmed, non-empty text value.
pub fn required_text(field: &str, value: &str) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid_value(
            field,
            format!("{field} must not be empty"),
        ));
    }
    Ok(trimmed.to_string())
}

/// Optional text: trimmed, with blank treated as absent.
pub fn optional_text(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A plausible email address, lower-cased domain kept as typed.
pub fn email(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.contains(char::is_whitespace)
        }
        None => false,
    };
    if !valid {
        return Err(Error::invalid_value(
            field,
            format!("{field} must be an email address like name@example.com"),
        ));
    }
    Ok(value.to_string())
}

/// Optional email.
pub fn optional_email(field: &str, value: Option<String>) -> Result<Option<String>> {
    optional_text(value).map(|v| email(field, &v)).transpose()
}

/// A web address: `http://` or `https://`, a host, no spaces.
pub fn url(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let valid = matches!(host, Some(h) if !h.is_empty() && !h.starts_with('.') && !h.ends_with('.')
        && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '@' | '_')))
        && !value.contains(char::is_whitespace);
    if !valid {
        return Err(Error::invalid_value(
            field,
            format!("{field} must be a web address like https://example.com/jobs/1"),
        ));
    }
    Ok(value.to_string())
}

/// Optional web address.
pub fn optional_url(field: &str, value: Option<String>) -> Result<Option<String>> {
    optional_text(value).map(|v| url(field, &v)).transpose()
}

/// A date `YYYY-MM-DD` or an RFC 3339 timestamp, as a UTC timestamp (a bare date
/// is taken as midnight UTC). For "when did this happen" fields people type by day.
pub fn date_or_timestamp(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if let Ok(d) = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok(format!("{}T00:00:00.000Z", d.format("%Y-%m-%d")));
    }
    timestamp(field, v).map_err(|_| {
        Error::invalid_value(
            field,
            format!(
                "{field} must be a date like 2026-05-01 or a timestamp like 2026-05-01T14:30:00Z"
            ),
        )
    })
}

/// An RFC 3339 timestamp, normalised to UTC with milliseconds.
pub fn timestamp(field: &str, value: &str) -> Result<String> {
    chrono::DateTime::parse_from_rfc3339(value.trim())
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        })
        .map_err(|_| {
            Error::invalid_value(
                field,
                format!("{field} must be an RFC 3339 timestamp like 2026-05-01T14:30:00Z"),
            )
        })
}

/// Optional timestamp.
pub fn optional_timestamp(field: &str, value: Option<String>) -> Result<Option<String>> {
    optional_text(value)
        .map(|v| timestamp(field, &v))
        .transpose()
}

/// A calendar date `YYYY-MM-DD`.
pub fn date(field: &str, value: &str) -> Result<String> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| Error::invalid_value(field, format!("{field} must be a date like 2026-05-01")))
}

/// Optional date.
pub fn optional_date(field: &str, value: Option<String>) -> Result<Option<String>> {
    optional_text(value).map(|v| date(field, &v)).transpose()
}

/// A three-letter ISO 4217 currency code, upper-cased.
pub fn currency(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::invalid_value(
            field,
            format!("{field} must be a three-letter currency code like USD"),
        ))
    }
}

/// Check `min <= max` for an optional range.
pub fn ordered_range<T: PartialOrd + Copy>(
    max_field: &str,
    min: Option<T>,
    max: Option<T>,
) -> Result<()> {
    if let (Some(lo), Some(hi)) = (min, max) {
        if hi < lo {
            return Err(Error::invalid_value(
                max_field,
                format!("{max_field} must not be less than the minimum"),
            ));
        }
    }
    Ok(())
}

/// A money range in minor units: neither end negative, and `max >= min`.
pub fn money_range(
    min_field: &str,
    max_field: &str,
    min: Option<i64>,
    max: Option<i64>,
) -> Result<()> {
    for (field, value) in [(min_field, min), (max_field, max)] {
        if matches!(value, Some(v) if v < 0) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must not be negative"),
            ));
        }
    }
    ordered_range(max_field, min, max)
}

/// A JSON array of strings as stored text.
pub fn json_strings(values: &[String]) -> String {
    serde_json::Value::from(values.to_vec()).to_string()
}

/// Parse stored JSON text holding an array of strings (lenient: bad data reads as empty).
pub fn strings_from_json(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// A page of results with the total count of matches.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, ts_rs::TS)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}

/// Request that names one row by id.
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ById {
    pub id: String,
}

/// Response of deletes and other commands with nothing else to say.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, ts_rs::TS)]
pub struct Done {
    pub ok: bool,
}
