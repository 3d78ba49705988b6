//! Talentdesk's desktop shell.
//!
//! The shell is deliberately thin: it opens the store, hands it to the core's command API and
//! exposes that API to the web UI through a single generic Tauri command, `call`. Everything the
//! UI can do with data is therefore a named command of `talentdesk_core::api`, the same registry
//! the CLI and the tests use; no business logic lives here. The other commands are the OS
//! concerns only the shell can handle:
//!
//! - `app_info`: the core's `app_info` (version, database path, schema version), for the start page;
//! - `app_setup_get` / `app_setup_save`: the first-run choices (role, database location), kept in
//!   `config.json` by `talentdesk_core::app_config`; saving may switch the open database;
//! - `pick_database_path`: the OS's save dialog, to choose where the database lives;
//! - `open_document`: hands a stored document to the OS's default application. The core resolves
//!   and checks the file (`document_file`: its content must still match its SHA-256 name); the
//!   shell only runs the platform's opener (`xdg-open`, `open`, `explorer`) on that path.
//! - `ui_ready`: the UI's first screen is painted; with [`READY_MARK_ENV`] set the shell prints
//!   [`READY_MARK`] on stderr, which `cargo xtask bench` times from the process's spawn.
//!
//! The registry behind `call` is the app's whole API: the core's commands and the sync commands
//! (`talentdesk_sync::commands::registry`). The shell also starts the background sync loop
//! (`talentdesk_sync::background`), which syncs whichever database is open once sync is set up
//! in it, and otherwise idles.
//!
//! Every command is reachable only from the main window: the capabilities grant them to the
//! window labelled `main` alone (see `src-tauri/capabilities/main.json` and `build.rs`), and each
//! command checks the label again before doing anything.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError, RwLock};

use serde::Serialize;
use serde_json::Value;
use talentdesk_core::api::{self, Context};
use talentdesk_core::app_config::{self, AppConfig, AppSetup, AppSetupSave};
use talentdesk_core::{Error, Store};
use talentdesk_sync::background::{LoopConfig, SyncLoop};
use tauri::{Manager, Runtime, State, Webview};
use tauri_plugin_dialog::DialogExt;

/// Environment variable that fixes where the database lives (tests, demos, scripted setups).
pub const DB_ENV: &str = "TALENTDESK_DB";

/// Environment variable that makes `ui_ready` print [`READY_MARK`] (the benchmark sets it).
pub const READY_MARK_ENV: &str = "TALENTDESK_READY_MARK";

/// The line printed on stderr when the first screen is painted and [`READY_MARK_ENV`] is set.
pub const READY_MARK: &str = "talentdesk: first screen ready";

/// The label of the only window allowed to use the shell's commands (see `tauri.conf.json`).
pub const MAIN_WINDOW: &str = "main";

/// The database path requested through [`DB_ENV`], if any. An empty value counts as unset.
pub fn db_path_override(value: Option<OsString>) -> Option<PathBuf> {
    value.filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// Where the shell finds its configuration and database.
///
/// [`Settings::from_env`] reads them from the environment at startup; tests spell them out, so
/// they never touch process-global environment variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// `config.json` (in `$TALENTDESK_CONFIG_DIR`, or the OS config folder).
    pub config_path: PathBuf,
    /// `$TALENTDESK_DB`: when set, the database is this file and cannot be changed in the app.
    pub db_override: Option<PathBuf>,
    /// Where the database lives unless the person picks another place.
    pub default_db_path: PathBuf,
}

impl Settings {
    /// `$TALENTDESK_CONFIG_DIR`, `$TALENTDESK_DB` and the OS folders.
    pub fn from_env() -> Result<Settings, Error> {
        Ok(Settings {
            config_path: app_config::config_path()?,
            db_override: db_path_override(std::env::var_os(DB_ENV)),
            default_db_path: Store::default_path()?,
        })
    }

    /// The database to open at startup: `$TALENTDESK_DB` if set, else the location saved in the
    /// config, else the default location.
    pub fn startup_db_path(&self, config: &AppConfig) -> PathBuf {
        self.db_override
            .clone()
            .or_else(|| config.db_path.clone())
            .unwrap_or_else(|| self.default_db_path.clone())
    }
}

/// The shell's managed state: the open database and the saved configuration.
///
/// `app_setup_save` may switch to another database while the app runs, so the [`Context`] sits
/// behind a lock. Commands clone it out (it is a cheap handle on the store's pool) and run
/// without holding the lock; a command still running on the old store finishes there, and the
/// old store closes when its last clone is dropped.
pub struct AppState {
    settings: Settings,
    current: RwLock<Current>,
    /// Serializes `app_setup_save`: two saves must not race to open stores and write the config.
    saving: Mutex<()>,
}

#[derive(Clone)]
struct Current {
    ctx: Context,
    config: AppConfig,
}

impl AppState {
    /// Startup: reads the config and opens (creating and migrating if needed) the database.
    pub fn open(settings: Settings) -> Result<AppState, Error> {
        let config = AppConfig::load(&settings.config_path)?;
        let store = Store::open(settings.startup_db_path(&config))?;
        Ok(AppState {
            settings,
            current: RwLock::new(Current {
                ctx: talentdesk_sync::commands::app_context(store),
                config,
            }),
            saving: Mutex::new(()),
        })
    }

    /// The settings this state was opened with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The command context for the database in use now.
    pub fn context(&self) -> Context {
        self.snapshot().ctx
    }

    fn snapshot(&self) -> Current {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The first-run state and database location, as `app_setup_get` returns it.
    pub fn setup(&self) -> AppSetup {
        let current = self.snapshot();
        AppSetup {
            first_run: current.config.role.is_none(),
            role: current.config.role,
            db_path: display(current.ctx.store().path()),
            default_db_path: self.settings.default_db_path.display().to_string(),
            db_path_locked: self.settings.db_override.is_some(),
        }
    }

    /// Saves the role and, when a `db_path` is given, switches to that database.
    ///
    /// The new database is opened first: a location that cannot be used is reported (with
    /// `field: "db_path"`) and nothing changes, neither the open database nor the config. Only
    /// once the config is written does the app switch over to the new store.
    pub fn save_setup(&self, request: AppSetupSave) -> Result<AppSetup, Error> {
        let _saving = self.saving.lock().unwrap_or_else(PoisonError::into_inner);
        let current = self.snapshot();

        let requested = request
            .db_path
            .as_deref()
            .map(app_config::database_path)
            .transpose()?;
        if let (Some(fixed), Some(path)) = (&self.settings.db_override, &requested) {
            if path != fixed {
                return Err(Error::invalid_value(
                    "db_path",
                    format!(
                        "fixed by {DB_ENV} ({}); unset it to choose the database in the app",
                        fixed.display()
                    ),
                ));
            }
        }

        let current_path = current.ctx.store().path().map(Path::to_path_buf);
        let new_store = match &requested {
            Some(path) if current_path.as_ref() != Some(path) => {
                Some(Store::open(path).map_err(at_db_path)?)
            }
            _ => None,
        };

        let config = AppConfig {
            role: Some(request.role),
            // A path fixed by the environment is not a choice of the person: keep theirs.
            db_path: if self.settings.db_override.is_some() {
                current.config.db_path.clone()
            } else {
                requested.or_else(|| current.config.db_path.clone())
            },
        };
        config.save(&self.settings.config_path)?;

        {
            let mut now = self.current.write().unwrap_or_else(PoisonError::into_inner);
            if let Some(store) = new_store {
                now.ctx = talentdesk_sync::commands::app_context(store);
            }
            now.config = config;
        }
        Ok(self.setup())
    }
}

/// A database that cannot be opened at a chosen location is a problem with that field.
fn at_db_path(mut error: Error) -> Error {
    error.field.get_or_insert_with(|| "db_path".to_string());
    error
}

fn display(path: Option<&Path>) -> String {
    path.map(|p| p.display().to_string()).unwrap_or_default()
}

/// What the shell's commands reject with: the core's error shape, `{code, message, field}`.
///
/// Every core error passes through unchanged. The shell adds one code of its own, `forbidden`,
/// for a call from a window other than the main one (which the capabilities already refuse; the
/// check in the commands is a second line of defence).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl CommandError {
    /// The code of a call refused because it did not come from the main window.
    pub const FORBIDDEN: &'static str = "forbidden";

    fn forbidden(label: &str) -> Self {
        CommandError {
            code: Self::FORBIDDEN.to_string(),
            message: format!(
                "the webview `{label}` may not use the app's commands; only the `{MAIN_WINDOW}` window may"
            ),
            field: None,
        }
    }
}

impl From<Error> for CommandError {
    fn from(error: Error) -> Self {
        CommandError {
            code: error.code.as_str().to_string(),
            message: error.message,
            field: error.field,
        }
    }
}

type CommandResult<T> = Result<T, CommandError>;

/// Defence in depth behind the capabilities: only the main window's own webview gets through.
fn main_window_only<R: Runtime>(webview: &Webview<R>) -> CommandResult<()> {
    if webview.label() == MAIN_WINDOW && webview.window().label() == MAIN_WINDOW {
        Ok(())
    } else {
        Err(CommandError::forbidden(webview.label()))
    }
}

// The commands are `async` so that Tauri runs them off the main (UI) thread: a slow query or an
// open dialog never freezes the window.

/// Runs any command of the core's registry by name.
#[tauri::command(async)]
fn call<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
    name: String,
    input: Value,
) -> CommandResult<Value> {
    main_window_only(&webview)?;
    Ok(api::call(&state.context(), &name, input)?)
}

/// Version, database path and schema version: the core's `app_info` command.
#[tauri::command(async)]
fn app_info<R: Runtime>(webview: Webview<R>, state: State<'_, AppState>) -> CommandResult<Value> {
    main_window_only(&webview)?;
    Ok(api::call(
        &state.context(),
        "app_info",
        Value::Object(Default::default()),
    )?)
}

/// The first-run state: the chosen role (if any) and where the database lives.
#[tauri::command(async)]
fn app_setup_get<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
) -> CommandResult<AppSetup> {
    main_window_only(&webview)?;
    Ok(state.setup())
}

/// Saves the role and (optionally) moves to another database file.
#[tauri::command(async)]
fn app_setup_save<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
    request: AppSetupSave,
) -> CommandResult<AppSetup> {
    main_window_only(&webview)?;
    Ok(state.save_setup(request)?)
}

/// Asks the OS where to keep the database (a save dialog); `None` when cancelled.
///
/// The dialog stays open as long as the person needs, so it waits on Tokio's blocking pool rather
/// than occupying one of the few async workers that run the other commands.
#[tauri::command]
async fn pick_database_path<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    main_window_only(&webview)?;
    let mut dialog = webview
        .dialog()
        .file()
        .set_parent(&webview.window())
        .add_filter("Talentdesk database", &["db"])
        .set_file_name("talentdesk.db");
    if let Some(folder) = state.context().store().path().and_then(Path::parent) {
        dialog = dialog.set_directory(folder);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(|e| Error::io(format!("the file dialog failed: {e}")))?;
    match picked {
        None => Ok(None),
        Some(picked) => {
            let path = picked
                .into_path()
                .map_err(|e| Error::io(format!("the dialog returned no file path: {e}")))?;
            Ok(Some(path.display().to_string()))
        }
    }
}

/// Names a stored document.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    pub id: String,
}

/// Opens a stored document with the OS's default application for its type.
///
/// Only a path the core returned for a document id is ever opened, never one from the UI.
#[tauri::command(async)]
fn open_document<R: Runtime>(
    webview: Webview<R>,
    state: State<'_, AppState>,
    request: DocumentRef,
) -> CommandResult<()> {
    main_window_only(&webview)?;
    let file = api::call(
        &state.context(),
        "document_file",
        serde_json::json!({ "id": request.id }),
    )?;
    let path = file["path"]
        .as_str()
        .ok_or_else(|| Error::io("the core returned no path for the document"))?;
    let mut opener = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(target_os = "windows") {
        std::process::Command::new("explorer")
    } else {
        std::process::Command::new("xdg-open")
    };
    opener
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| Error::io(format!("cannot start the system's file opener: {e}")))?;
    Ok(())
}

/// The UI calls this once, after its first screen (the first-run choice or the workspace) has
/// been painted. Startup time is something people feel, so `cargo xtask bench` measures it; the
/// mark is printed only when asked for, to keep a terminal start quiet.
#[tauri::command(async)]
fn ui_ready<R: Runtime>(webview: Webview<R>) -> CommandResult<()> {
    main_window_only(&webview)?;
    if std::env::var_os(READY_MARK_ENV).is_some() {
        eprintln!("{READY_MARK}");
    }
    Ok(())
}

/// Registers the shell's plugins, state and commands on `builder`.
///
/// Generic over the runtime so the integration tests can drive it with Tauri's mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            call,
            app_info,
            app_setup_get,
            app_setup_save,
            pick_database_path,
            open_document,
            ui_ready
        ])
}

/// The app's compiled-in configuration: `tauri.conf.json`, capabilities and the `ui/dist` assets.
///
/// Generic over the runtime so the integration tests exercise the real configuration too.
pub fn context<R: Runtime>() -> tauri::Context<R> {
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
    let settings = Settings::from_env().map_err(|e| format!("cannot start: {e}"))?;
    let state = AppState::open(settings).map_err(|e| format!("cannot open the database: {e}"))?;
    builder(tauri::Builder::default(), state)
        .setup(|app| {
            let handle = app.handle().clone();
            let sync = SyncLoop::start(
                move || handle.try_state::<AppState>().map(|s| s.context()),
                LoopConfig::default(),
            )?;
            app.manage(sync);
            Ok(())
        })
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

    #[test]
    fn startup_database_is_env_then_config_then_default() {
        let mut settings = Settings {
            config_path: PathBuf::from("/cfg/config.json"),
            db_override: None,
            default_db_path: PathBuf::from("/data/talentdesk.db"),
        };
        let mut config = AppConfig::default();
        assert_eq!(
            settings.startup_db_path(&config),
            PathBuf::from("/data/talentdesk.db")
        );
        config.db_path = Some(PathBuf::from("/chosen/td.db"));
        assert_eq!(
            settings.startup_db_path(&config),
            PathBuf::from("/chosen/td.db")
        );
        settings.db_override = Some(PathBuf::from("/env/td.db"));
        assert_eq!(
            settings.startup_db_path(&config),
            PathBuf::from("/env/td.db")
        );
    }
}
