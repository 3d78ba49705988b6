//! Turning a JSON request into a typed request. WHY: serde's messages are
//! written for programmers ("missing field `x`"); people and scripts need the
//! full path of the field at fault and a stable error code, so a form can
//! highlight `contact.email` and a script can branch on `missing_field`.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;

use crate::error::{Error, ErrorCode, Result};

/// Deserialize `v` into `T`, mapping failures to typed errors:
/// missing field → `MissingField` (dotted path), null for a required field →
/// `MissingField`, unknown enum variant / unknown field / wrong type or any
/// other bad value → `InvalidValue` (dotted path).
pub fn decode<T: DeserializeOwned>(v: Value) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|err| {
        let path = dotted(err.path());
        to_error(path, &err.inner().to_string())
    })
}

fn dotted(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

/// Text between the first pair of backticks.
fn ticked(msg: &str) -> Option<&str> {
    let start = msg.find('`')? + 1;
    let len = msg.get(start..)?.find('`')?;
    msg.get(start..start + len)
}

/// "expected one of `a`, `b`" / "expected `a` or `b`" → "a, b".
fn allowed(msg: &str) -> String {
    let tail = msg.split_once("expected").map(|(_, t)| t).unwrap_or("");
    let names: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
    if names.is_empty() {
        "nothing (no values allowed)".to_string()
    } else {
        names.join(", ")
    }
}

fn to_error(path: String, msg: &str) -> Error {
    if msg.starts_with("missing field") {
        let field = join(&path, ticked(msg).unwrap_or("?"));
        return Error::missing_field(field);
    }
    if msg.starts_with("unknown field") {
        let name = ticked(msg).unwrap_or("?");
        // serde_path_to_error has usually pushed the key already.
        let field = if path == name || path.ends_with(&format!(".{name}")) {
            path
        } else {
            join(&path, name)
        };
        return Error::invalid_value(
            field,
            format!("unknown field `{name}`; allowed fields: {}", allowed(msg)),
        );
    }
    if msg.starts_with("unknown variant") {
        let value = ticked(msg).unwrap_or("?");
        let field = if path.is_empty() {
            "value".to_string()
        } else {
            path
        };
        return Error::invalid_value(
            field,
            format!(
                "unknown value \"{value}\"; expected one of: {}",
                allowed(msg)
            ),
        );
    }
    if msg.starts_with("invalid type: null") && !path.is_empty() {
        return Error::missing_field(path);
    }
    if path.is_empty() {
        return Error::new(
            ErrorCode::InvalidValue,
            format!("invalid request: {msg}"),
            None,
        );
    }
    Error::invalid_value(path, msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Req {
        name: String,
        contact: Contact,
        #[serde(default)]
        tags: Vec<Tag>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Contact {
        email: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Tag {
        Remote,
        Senior,
        Urgent,
    }

    fn err(v: Value) -> Error {
        decode::<Req>(v).unwrap_err()
    }

    #[test]
    fn missing_nested_field_has_full_path() {
        let e = err(json!({"name": "a", "contact": {}}));
        assert_eq!(e.code, ErrorCode::MissingField);
        assert_eq!(e.field.as_deref(), Some("contact.email"));
        let e = err(json!({"contact": {"email": "x"}}));
        assert_eq!(e.field.as_deref(), Some("name"));
    }

    #[test]
    fn null_for_required_field_is_missing() {
        let e = err(json!({"name": null, "contact": {"email": "x"}}));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::MissingField, Some("name"))
        );
    }

    #[test]
    fn unknown_variant_lists_allowed_values() {
        let e = err(json!({"name": "a", "contact": {"email": "x"}, "tags": ["remote", "junior"]}));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("tags[1]"))
        );
        assert!(e.message.contains("junior"), "{}", e.message);
        assert!(
            e.message.contains("remote, senior, urgent"),
            "{}",
            e.message
        );
    }

    #[test]
    fn wrong_type_and_unknown_field() {
        let e = err(json!({"name": 5, "contact": {"email": "x"}}));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("name"))
        );
        let e = err(json!({"name": "a", "contact": {"email": "x", "fax": "1"}}));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("contact.fax"))
        );
        let e = err(json!([1]));
        assert_eq!(e.code, ErrorCode::InvalidValue);
    }
}
