//! Settings: keyed JSON values in `system_settings`. A setting key is the one
//! natural primary key in the synced schema because two edits of the same key
//! should merge into one value (last writer wins), not duplicate.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::required_text;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Setting {
    pub key: String,
    pub value: serde_json::Value,
    pub updated_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SettingGet {
    pub key: String,
}

pub fn setting_get(ctx: &Context, req: SettingGet) -> Result<Setting> {
    ctx.store().read(|c| {
        let row: Option<(String, String)> = c
            .query_row(
                "SELECT value, updated_at FROM system_settings WHERE key = ?1",
                [&req.key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (value, updated_at) = row.ok_or_else(|| Error::not_found("setting", &req.key))?;
        let value = serde_json::from_str(&value)
            .map_err(|e| Error::database(format!("setting {} holds invalid JSON: {e}", req.key)))?;
        Ok(Setting {
            key: req.key,
            value,
            updated_at,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SettingSet {
    pub key: String,
    pub value: serde_json::Value,
    #[serde(default)]
    pub description: Option<String>,
}

pub fn setting_set(ctx: &Context, req: SettingSet) -> Result<Setting> {
    let key = required_text("key", &req.key)?;
    if key.len() > 100
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        return Err(Error::invalid_value(
            "key",
            "key may use letters, digits, '_' and '.', up to 100 characters",
        ));
    }
    ctx.store().write(|tx| {
        let now = now_utc();
        tx.execute(
            "INSERT INTO system_settings (key, value, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value,
                 description = COALESCE(excluded.description, description), updated_at = excluded.updated_at",
            params![key, req.value.to_string(), req.description, now],
        )?;
        Ok(Setting { key, value: req.value, updated_at: now })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!("setting_get", "Read one setting", setting_get),
        command!(
            "setting_set",
            "Write one setting (any JSON value)",
            setting_set
        ),
    ]
}
