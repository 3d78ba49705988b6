//! Commands every build has regardless of domain: what app and schema this is,
//! and which commands exist. WHY: front ends and scripts discover the API and
//! check compatibility through the API itself instead of out-of-band knowledge.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CommandSpec, Context};
use crate::error::Result;

/// Request of commands that take no arguments: `{}` (or `null`).
#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NoArgs {}

/// Response of `app_info`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: Option<String>,
    pub schema_version: i64,
}

/// One entry of `commands_list`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CommandInfo {
    pub name: String,
    pub description: String,
}

pub(super) fn commands() -> Vec<CommandSpec> {
    vec![
        crate::command!(
            "app_info",
            "Application version, database path and schema version",
            app_info
        ),
        crate::command!(
            "commands_list",
            "List every command with its description",
            commands_list
        ),
    ]
}

pub fn app_info(ctx: &Context, _req: NoArgs) -> Result<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: ctx.store().path().map(|p| p.display().to_string()),
        schema_version: ctx.store().schema_version()?,
    })
}

pub fn commands_list(ctx: &Context, _req: NoArgs) -> Result<Vec<CommandInfo>> {
    Ok(ctx
        .registry()
        .commands()
        .iter()
        .map(|c| CommandInfo {
            name: c.name.to_string(),
            description: c.description.to_string(),
        })
        .collect())
}
