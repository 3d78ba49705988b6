//! Which server and workspace this database syncs with (`sync_settings`, a
//! device-local table), and the sign-in (the token, in the OS keyring only).
//! WHY in the database and not in `config.json`: the pairing belongs to the
//! data (its pull cursor and outbox are in the file), so a second database
//! on the same machine has its own.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use talentdesk_core::api::system::NoArgs;
use talentdesk_core::{Context, Error, ErrorCode, Result};
use ts_rs::TS;

use super::to_core;
use crate::client::Transport;
use crate::http::HttpTransport;
use crate::protocol::PullRequest;
use crate::secret::{self, Token};

/// The saved pairing (no secret in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSettings {
    pub server_url: String,
    pub workspace_id: String,
    pub auto_sync: bool,
}

/// Response of the settings and sign-in commands.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SyncSettings {
    /// Base URL of the talentdesk-server, e.g. `https://sync.example.com`.
    pub server_url: Option<String>,
    pub workspace_id: Option<String>,
    /// Whether the app syncs by itself (periodically and soon after edits).
    pub auto_sync: bool,
    /// An access token for this server and workspace is in the OS keyring.
    pub signed_in: bool,
    /// Why the OS keyring could not be asked (then `signed_in` is false).
    pub keyring_error: Option<Error>,
}

/// The pairing, if one was saved.
pub fn load_settings(ctx: &Context) -> Result<Option<SavedSettings>> {
    ctx.store().read(|c| {
        Ok(c.query_row(
            "SELECT server_url, workspace_id, auto_sync FROM sync_settings WHERE id = 1",
            [],
            |r| {
                Ok(SavedSettings {
                    server_url: r.get(0)?,
                    workspace_id: r.get(1)?,
                    auto_sync: r.get::<_, i64>(2)? != 0,
                })
            },
        )
        .optional()?)
    })
}

fn view(saved: Option<SavedSettings>) -> SyncSettings {
    let (signed_in, keyring_error) = match &saved {
        None => (false, None),
        Some(s) => match secret::load(&s.server_url, &s.workspace_id) {
            Ok(t) => (t.is_some(), None),
            Err(e) => (false, Some(e)),
        },
    };
    SyncSettings {
        server_url: saved.as_ref().map(|s| s.server_url.clone()),
        workspace_id: saved.as_ref().map(|s| s.workspace_id.clone()),
        auto_sync: saved.as_ref().is_none_or(|s| s.auto_sync),
        signed_in,
        keyring_error,
    }
}

pub fn sync_settings_get(ctx: &Context, _req: NoArgs) -> Result<SyncSettings> {
    Ok(view(load_settings(ctx)?))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SyncSettingsSave {
    pub server_url: String,
    pub workspace_id: String,
    #[serde(default)]
    pub auto_sync: Option<bool>,
}

/// A server base URL: http(s), a host, no credentials, query or fragment.
fn server_url(text: &str) -> Result<String> {
    let url = text.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            Error::invalid_value("server_url", "must start with https:// (or http://)")
        })?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        return Err(Error::invalid_value("server_url", "names no server"));
    }
    if rest.contains('@') {
        return Err(Error::invalid_value(
            "server_url",
            "must not contain a user name or password; sign in with an access token instead",
        ));
    }
    if rest.contains(['?', '#']) || rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid_value(
            "server_url",
            "must be a plain base URL (no spaces, query or fragment)",
        ));
    }
    Ok(url.to_string())
}

fn workspace_id(text: &str) -> Result<String> {
    let ws = text.trim();
    if ws.is_empty() {
        return Err(Error::invalid_value(
            "workspace_id",
            "name the workspace to sync with",
        ));
    }
    if ws.len() > 200
        || ws
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '#')
    {
        return Err(Error::invalid_value(
            "workspace_id",
            "not a workspace id (no spaces or #)",
        ));
    }
    Ok(ws.to_string())
}

/// Validate and store the pairing. The old pair's pull position stays keyed
/// by it, and so does its token: the keyring entry belongs to the server and
/// workspace, which other databases on this machine may pair with too (only
/// signing out deletes it).
fn save(ctx: &Context, req: &SyncSettingsSave) -> Result<SavedSettings> {
    let url = server_url(&req.server_url)?;
    let ws = workspace_id(&req.workspace_id)?;
    let before = load_settings(ctx)?;
    let auto = req
        .auto_sync
        .unwrap_or_else(|| before.as_ref().is_none_or(|b| b.auto_sync));
    ctx.store().write(|tx| {
        tx.execute(
            "INSERT INTO sync_settings (id, server_url, workspace_id, auto_sync) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url,
                 workspace_id = excluded.workspace_id, auto_sync = excluded.auto_sync,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            params![url, ws, i64::from(auto)],
        )?;
        Ok(())
    })?;
    Ok(SavedSettings {
        server_url: url,
        workspace_id: ws,
        auto_sync: auto,
    })
}

pub fn sync_settings_save(ctx: &Context, req: SyncSettingsSave) -> Result<SyncSettings> {
    Ok(view(Some(save(ctx, &req)?)))
}

/// "Paste an access token": the server the token is for, and the token.
#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SignIn {
    /// Also save these (as `sync_settings_save`) before signing in.
    #[serde(default)]
    pub server_url: Option<String>,
    #[serde(default)]
    pub workspace_id: Option<String>,
    pub token: String,
}

/// The token is asked about before it is kept: a pull of at most one row
/// from the current end of the log, which needs read access to the
/// workspace and changes nothing.
fn check_token(settings: &SavedSettings, token: &Token) -> Result<()> {
    let transport = HttpTransport::new(&settings.server_url, token.expose()).map_err(to_core)?;
    transport
        .pull(&PullRequest {
            schema_version: talentdesk_core::Store::latest_migration_version(),
            workspace_id: settings.workspace_id.clone(),
            cursor: i64::MAX,
            limit: Some(1),
        })
        .map_err(to_core)?;
    Ok(())
}

pub fn sync_sign_in(ctx: &Context, req: SignIn) -> Result<SyncSettings> {
    let token = Token::parse(&req.token, "token")?;
    let settings = match (&req.server_url, &req.workspace_id) {
        (Some(url), Some(ws)) => {
            let pending = SyncSettingsSave {
                server_url: url.clone(),
                workspace_id: ws.clone(),
                auto_sync: None,
            };
            // Check first: a refused token saves nothing at all.
            let candidate = SavedSettings {
                server_url: server_url(url)?,
                workspace_id: workspace_id(ws)?,
                auto_sync: true,
            };
            check_token(&candidate, &token)?;
            save(ctx, &pending)?
        }
        (None, None) => {
            let saved = load_settings(ctx)?.ok_or_else(|| {
                Error::invalid_value("server_url", "choose the sync server and workspace first")
            })?;
            check_token(&saved, &token)?;
            saved
        }
        (Some(_), None) => return Err(Error::missing_field("workspace_id")),
        (None, Some(_)) => return Err(Error::missing_field("server_url")),
    };
    secret::save(&settings.server_url, &settings.workspace_id, &token)?;
    Ok(view(Some(settings)))
}

pub fn sync_sign_out(ctx: &Context, _req: NoArgs) -> Result<SyncSettings> {
    let saved = load_settings(ctx)?;
    if let Some(s) = &saved {
        secret::delete(&s.server_url, &s.workspace_id)?;
    }
    Ok(view(saved))
}

/// The pairing and its token, or the typed reason there is none.
pub(crate) fn ready(ctx: &Context) -> Result<(SavedSettings, Token)> {
    let saved = load_settings(ctx)?.ok_or_else(|| {
        Error::new(
            ErrorCode::NotSignedIn,
            "sync is not set up: choose a server and workspace, then sign in",
            None,
        )
    })?;
    let token = secret::load(&saved.server_url, &saved.workspace_id)?.ok_or_else(|| {
        Error::new(
            ErrorCode::NotSignedIn,
            "not signed in to the sync server: paste an access token in Settings → Sync",
            None,
        )
    })?;
    Ok((saved, token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_urls_are_plain_base_urls() {
        assert_eq!(server_url(" http://h:8/ ").unwrap(), "http://h:8");
        assert_eq!(
            server_url("https://s.example/td").unwrap(),
            "https://s.example/td"
        );
        for bad in ["ftp://x", "http://", "https://u:p@h", "http://h?a=1", "h:8"] {
            let e = server_url(bad).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("server_url"), "{bad}");
        }
        assert!(workspace_id(" ").is_err());
        assert!(workspace_id("a#b").is_err());
        assert_eq!(workspace_id(" w1 ").unwrap(), "w1");
    }
}
