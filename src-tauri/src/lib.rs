//! Talentdesk's desktop shell.
//!
//! The shell is deliberately thin: it opens the store, hands it to the core's command API and
//! exposes that API to the web UI through a single generic Tauri command, `call`. Everything the
//! UI can do is therefore a named command of `talentdesk_core::api`, the same registry the CLI and
//! the tests use; no business logic lives here. `app_info` is a convenience alias for the core's
//! `app_info` command, used by the start page.

use std::ffi::OsString;
use std::path::PathBuf;

use serde_json::Value;
use talentdesk_core::api::{self, Context};
use talentdesk_core::{Error, Store};

/// Environment variable that overrides where the database lives (used by tests and demos).
pub const DB_ENV: &str = "TALENTDESK_DB";

/// The database path requested through [`DB_ENV`], if any. An empty value counts as unset.
pub fn db_path_override(value: Option<OsString>) -> Option<PathBuf> {
    value.filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// Opens the store at `$TALENTDESK_DB`, or at the platform's default location.
pub fn open_store() -> talentdesk_core::Result<Store> {
    match db_path_override(std::env::var_os(DB_ENV)) {
        Some(path) => Store::open(&path),
        None => Store::open_default(),
    }
}

/// Runs any command of the core's registry by name.
///
/// `async` makes Tauri run it off the main (UI) thread, so a slow query never freezes the window.
#[tauri::command(async)]
fn call(ctx: tauri::State<'_, Context>, name: String, input: Value) -> Result<Value, Error> {
    api::call(&ctx, &name, input)
}

/// Version, database path and schema version: the core's `app_info` command.
#[tauri::command(async)]
fn app_info(ctx: tauri::State<'_, Context>) -> Result<Value, Error> {
    api::call(&ctx, "app_info", Value::Object(Default::default()))
}

/// Registers the shell's state and commands on `builder`.
///
/// Generic over the runtime so the integration tests can drive it with Tauri's mock runtime.
pub fn builder<R: tauri::Runtime>(builder: tauri::Builder<R>, ctx: Context) -> tauri::Builder<R> {
    builder
        .manage(ctx)
        .invoke_handler(tauri::generate_handler![call, app_info])
}

/// The app's compiled-in configuration: `tauri.conf.json`, capabilities and the `ui/dist` assets.
///
/// Generic over the runtime so the integration tests exercise the real configuration too.
pub fn context<R: tauri::Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Opens the store and runs the app until its last window closes.
///
/// Failures are printed and end the process with status 1 instead of panicking.
pub fn run() {
    if let Err(message) = try_run() {
        eprintln!("talentdesk: {message}");
        std::process::exit(1);
    }
}

fn try_run() -> Result<(), String> {
    let store = open_store().map_err(|e| format!("cannot open the database: {e}"))?;
    builder(tauri::Builder::default(), Context::new(store))
        .run(context())
        .map_err(|e| format!("cannot start the app: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_override_means_default_location() {
        assert_eq!(db_path_override(None), None);
        assert_eq!(db_path_override(Some(OsString::new())), None);
        assert_eq!(
            db_path_override(Some(OsString::from("/tmp/td.db"))),
            Some(PathBuf::from("/tmp/td.db"))
        );
    }
}
