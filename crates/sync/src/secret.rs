//! The access token in the OS keyring, and nowhere else. WHY: a sync token
//! reads and writes a whole workspace; the database file, `config.json` and
//! logs get copied, backed up and attached to bug reports, the keyring does
//! not. One entry per server and workspace (service `talentdesk`, account
//! `<server_url>#<workspace_id>`). A [`Token`] never shows its value in
//! `Debug`, and no error built here contains it.
//!
//! Without a usable keyring (no Secret Service on a headless Linux, a locked
//! keychain) every call fails with the typed `keyring_unavailable` error,
//! which the app shows; nothing falls back to a file.

use talentdesk_core::{Error, ErrorCode, Result};

/// The keyring service every Talentdesk entry is filed under.
pub const SERVICE: &str = "talentdesk";

/// A bearer token. Its value is reachable only through [`Token::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A token typed or pasted by a person: surrounding whitespace is
    /// dropped; an empty one, or one with inner whitespace or control
    /// characters, is refused on `field` (without echoing it).
    pub fn parse(text: &str, field: &str) -> Result<Token> {
        let t = text.trim();
        if t.is_empty() {
            return Err(Error::invalid_value(field, "paste the access token"));
        }
        if t.chars().any(|c| c.is_whitespace() || c.is_control()) || t.len() > 4096 {
            return Err(Error::invalid_value(
                field,
                "not an access token (it has spaces or control characters, or is too long)",
            ));
        }
        Ok(Token(t.to_string()))
    }

    /// The secret itself, for the `Authorization` header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// The keyring account of a server + workspace.
pub fn account(server_url: &str, workspace_id: &str) -> String {
    format!("{}#{}", server_url.trim_end_matches('/'), workspace_id)
}

fn entry(server_url: &str, workspace_id: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &account(server_url, workspace_id)).map_err(unavailable)
}

/// A keyring failure as the app shows it. The keyring's own messages name the
/// platform problem, never the secret; a value that could not be decoded is
/// not repeated.
fn unavailable(e: keyring::Error) -> Error {
    let why = match &e {
        keyring::Error::BadEncoding(_) => "the stored entry is not text".to_string(),
        keyring::Error::PlatformFailure(inner) => inner.to_string(),
        keyring::Error::NoStorageAccess(inner) => inner.to_string(),
        other => other.to_string(),
    };
    Error::new(
        ErrorCode::KeyringUnavailable,
        format!(
            "the OS keyring cannot be used, so the sync sign-in cannot be kept ({why}). \
             On Linux a Secret Service (GNOME Keyring or KWallet) must be running and unlocked."
        ),
        None,
    )
}

/// Keep `token` for this server and workspace (replacing an earlier one).
pub fn save(server_url: &str, workspace_id: &str, token: &Token) -> Result<()> {
    entry(server_url, workspace_id)?
        .set_password(token.expose())
        .map_err(unavailable)
}

/// The token kept for this server and workspace, if any.
pub fn load(server_url: &str, workspace_id: &str) -> Result<Option<Token>> {
    match entry(server_url, workspace_id)?.get_password() {
        Ok(t) => Ok(Some(Token(t))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Forget the token; true if there was one.
pub fn delete(server_url: &str, workspace_id: &str) -> Result<bool> {
    match entry(server_url, workspace_id)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(unavailable(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_checked_and_never_shown() {
        let t = Token::parse("  abc123  ", "token").unwrap();
        assert_eq!(t.expose(), "abc123");
        assert_eq!(format!("{t:?}"), "Token(<redacted>)");
        let e = Token::parse("", "token").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("token"));
        let e = Token::parse("secret value", "token").unwrap_err();
        assert!(!e.message.contains("secret"), "{}", e.message);
        assert_eq!(account("http://h:1/", "w"), "http://h:1#w");
    }
}
