//! The shell's IPC surface, driven through Tauri's mock runtime with the app's real configuration
//! (`tauri.conf.json`, capabilities, embedded UI) and throwaway files: what the web UI gets when it
//! calls `invoke("app_info")`, `invoke("call", { name, input })` or the setup commands, and what
//! any other webview gets (a refusal).
//!
//! One test binary for the package's mock-runtime tests (the project's convention: linking Tauri
//! once is enough). The real app in a real window is tested by `tests/e2e`.
//!
//! The tests never change process-global environment variables except
//! `settings_come_from_the_environment`, which holds `ENV_LOCK` while it does: the others pass
//! their config and database paths explicitly through [`Settings`].

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{json, Value};
use talentdesk_app::{AppState, CommandError, Settings};
use talentdesk_core::api::Context;
use talentdesk_core::app_config::{AppConfig, Role, CONFIG_DIR_ENV};
use talentdesk_core::Store;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

/// Held by the only test that sets environment variables.
static ENV_LOCK: Mutex<()> = Mutex::new(());

struct Harness {
    dir: tempfile::TempDir,
    settings: Settings,
    app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    /// A first run: no config yet, the database at its (temporary) default location.
    fn new() -> Harness {
        Self::with(|_| {})
    }

    /// Like [`Harness::new`], after `adjust` has changed the settings (or written files in `dir`).
    fn with(adjust: impl FnOnce(&mut Settings)) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings {
            config_path: dir.path().join("config").join("config.json"),
            db_override: None,
            default_db_path: dir.path().join("data").join("talentdesk.db"),
        };
        adjust(&mut settings);
        let state = AppState::open(settings.clone()).expect("open app state");
        let app = talentdesk_app::builder(mock_builder(), state)
            .build(talentdesk_app::context())
            .expect("build app");
        // The window declared in tauri.conf.json; create it if the runtime did not.
        let window = match app.get_webview_window("main") {
            Some(window) => window,
            None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
                .build()
                .expect("main window"),
        };
        Harness {
            dir,
            settings,
            app,
            window,
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke(&self.window, cmd, args)
    }

    fn call(&self, name: &str, input: Value) -> Result<Value, Value> {
        self.invoke("call", json!({ "name": name, "input": input }))
    }

    fn candidate_total(&self) -> i64 {
        self.call("candidate_list", json!({}))
            .expect("candidate_list")["total"]
            .as_i64()
            .expect("total")
    }

    fn saved_config(&self) -> AppConfig {
        AppConfig::load(&self.settings.config_path).expect("load config")
    }

    /// Another webview window, as an injected or future window would be.
    fn other_window(&self, label: &str) -> WebviewWindow<MockRuntime> {
        tauri::WebviewWindowBuilder::new(&self.app, label, Default::default())
            .build()
            .expect("second window")
    }
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: if cfg!(windows) {
            "http://tauri.localhost"
        } else {
            "tauri://localhost"
        }
        .parse()
        .expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("json body"))
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

// --- app_info and call ------------------------------------------------------------------------

#[test]
fn app_info_reports_version_database_and_schema() {
    let h = Harness::new();
    let info = h.invoke("app_info", json!({})).expect("app_info");

    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(info["db_path"], text(&h.settings.default_db_path));
    assert_eq!(
        info["schema_version"],
        json!(Store::latest_migration_version())
    );
    assert!(
        h.settings.default_db_path.exists(),
        "the database file is created on open"
    );
}

#[test]
fn call_forwards_to_the_core_registry() {
    let h = Harness::new();
    let via_call = h.call("app_info", Value::Null).expect("call app_info");
    let direct = h.invoke("app_info", json!({})).expect("app_info");
    assert_eq!(via_call, direct);

    let commands = h.call("commands_list", json!({})).expect("commands_list");
    let names: Vec<&str> = commands
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(names.contains(&"candidate_create"), "{names:?}");
}

#[test]
fn call_creates_then_lists_a_candidate() {
    let h = Harness::new();
    let created = h
        .call(
            "candidate_create",
            json!({ "full_name": "Ada Lovelace", "email": "ada@example.com" }),
        )
        .expect("candidate_create");
    let id = created["id"].as_str().expect("an id").to_string();

    let list = h.call("candidate_list", json!({})).expect("candidate_list");
    assert_eq!(list["total"], 1, "{list}");
    assert_eq!(list["items"][0]["id"], id.as_str());
    assert_eq!(list["items"][0]["full_name"], "Ada Lovelace");
    assert_eq!(list["items"][0]["email"], "ada@example.com");
}

#[test]
fn bad_input_reaches_the_ui_as_a_typed_error_and_saves_nothing() {
    let h = Harness::new();
    let err = h
        .call(
            "candidate_create",
            json!({ "full_name": "Ada Lovelace", "email": "not-an-email" }),
        )
        .expect_err("a bad email must be refused");
    assert_eq!(err["code"], "invalid_value", "{err}");
    assert_eq!(err["field"], "email", "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| m.contains("email")),
        "{err}"
    );
    assert_eq!(h.candidate_total(), 0);

    let err = h
        .call("candidate_create", json!({ "email": "ada@example.com" }))
        .expect_err("full_name is required");
    assert_eq!(err["code"], "missing_field", "{err}");
    assert_eq!(err["field"], "full_name", "{err}");
    assert_eq!(h.candidate_total(), 0);
}

#[test]
fn unknown_commands_and_arguments_are_typed_errors() {
    let h = Harness::new();
    let err = h
        .call("no_such_command", json!({}))
        .expect_err("unknown command must fail");
    assert_eq!(err["code"], "unknown_command");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("no_such_command")),
        "{err}"
    );

    let err = h
        .call("app_info", json!({ "bogus": 1 }))
        .expect_err("app_info takes no arguments");
    assert!(
        err["code"].is_string() && err["message"].is_string(),
        "{err}"
    );
}

#[test]
fn call_requires_a_command_name() {
    let h = Harness::new();
    let err = h
        .invoke("call", json!({ "input": {} }))
        .expect_err("name is required");
    // Rejected by Tauri's argument parsing before it reaches the core.
    assert!(err.as_str().is_some_and(|m| m.contains("name")), "{err}");
}

// --- app_setup_get / app_setup_save -----------------------------------------------------------

#[test]
fn first_run_setup_reports_no_role_and_the_default_database() {
    let h = Harness::new();
    let setup = h.invoke("app_setup_get", json!({})).expect("app_setup_get");
    let default = text(&h.settings.default_db_path);
    assert_eq!(
        setup,
        json!({
            "role": null,
            "db_path": default,
            "default_db_path": default,
            "db_path_locked": false,
            "first_run": true,
        })
    );
    assert!(
        !h.settings.config_path.exists(),
        "reading the setup writes nothing"
    );
}

#[test]
fn saving_a_role_ends_the_first_run_and_survives_a_restart() {
    let h = Harness::new();
    let setup = h
        .invoke(
            "app_setup_save",
            json!({ "request": { "role": "job_seeker" } }),
        )
        .expect("app_setup_save");
    assert_eq!(setup["role"], "job_seeker");
    assert_eq!(setup["first_run"], false);
    assert_eq!(setup["db_path"], text(&h.settings.default_db_path));
    assert_eq!(
        h.invoke("app_setup_get", json!({})).expect("get"),
        setup,
        "app_setup_get reports what was saved"
    );
    assert_eq!(
        h.saved_config(),
        AppConfig {
            role: Some(Role::JobSeeker),
            db_path: None
        }
    );

    // A restart reads the same config.
    let again = AppState::open(h.settings.clone()).expect("reopen");
    assert_eq!(serde_json::to_value(again.setup()).expect("json"), setup);
}

#[test]
fn saving_another_database_path_switches_to_it_and_keeps_the_old_file() {
    let h = Harness::new();
    h.call("candidate_create", json!({ "full_name": "In the old one" }))
        .expect("create");
    let moved = h.path("elsewhere/sub/td.db");

    let setup = h
        .invoke(
            "app_setup_save",
            json!({ "request": { "role": "recruiter", "db_path": text(&moved) } }),
        )
        .expect("app_setup_save");

    assert_eq!(setup["db_path"], text(&moved));
    assert_eq!(setup["role"], "recruiter");
    assert!(moved.exists(), "the new database is created and migrated");
    let info = h.invoke("app_info", json!({})).expect("app_info");
    assert_eq!(info["db_path"], text(&moved));
    assert_eq!(
        info["schema_version"],
        json!(Store::latest_migration_version())
    );
    assert_eq!(h.candidate_total(), 0, "commands now use the new database");
    assert_eq!(
        h.saved_config(),
        AppConfig {
            role: Some(Role::Recruiter),
            db_path: Some(moved.clone())
        }
    );

    // The old database is left as it was.
    let old = Context::new(Store::open(&h.settings.default_db_path).expect("old store"));
    let list = talentdesk_core::call(&old, "candidate_list", json!({})).expect("list");
    assert_eq!(list["total"], 1);

    // A restart opens the chosen database.
    let again = AppState::open(h.settings.clone()).expect("reopen");
    assert_eq!(again.context().store().path(), Some(moved.as_path()));
}

#[test]
fn an_unusable_database_path_changes_nothing() {
    let h = Harness::new();
    h.call("candidate_create", json!({ "full_name": "Still here" }))
        .expect("create");
    let before = h.invoke("app_setup_get", json!({})).expect("get");

    // Not absolute, empty, a folder: refused by the core's validation.
    for bad in [
        json!("relative/td.db"),
        json!("   "),
        json!(text(h.dir.path())),
    ] {
        let err = h
            .invoke(
                "app_setup_save",
                json!({ "request": { "role": "recruiter", "db_path": bad } }),
            )
            .expect_err("bad path");
        assert_eq!(err["code"], "invalid_value", "{bad}: {err}");
        assert_eq!(err["field"], "db_path", "{bad}: {err}");
    }

    // Valid-looking, but the store cannot be created there (a file stands where a folder must).
    std::fs::write(h.path("a-file"), "not a folder").expect("write");
    let inside_a_file = h.path("a-file/td.db");
    let err = h
        .invoke(
            "app_setup_save",
            json!({ "request": { "role": "recruiter", "db_path": text(&inside_a_file) } }),
        )
        .expect_err("cannot open there");
    assert_eq!(err["field"], "db_path", "{err}");
    assert!(
        err["code"].is_string() && err["message"].is_string(),
        "{err}"
    );

    // An unknown role is refused by argument parsing.
    h.invoke(
        "app_setup_save",
        json!({ "request": { "role": "astronaut" } }),
    )
    .expect_err("unknown role");

    assert_eq!(h.invoke("app_setup_get", json!({})).expect("get"), before);
    assert_eq!(h.candidate_total(), 1, "still on the old database");
    assert!(!h.settings.config_path.exists(), "no config was written");
}

#[test]
fn talentdesk_db_fixes_the_database_path() {
    let h = Harness::with(|s| s.db_override = Some(s.config_path.with_file_name("fixed.db")));
    let fixed = h.settings.db_override.clone().expect("override");
    let setup = h.invoke("app_setup_get", json!({})).expect("get");
    assert_eq!(setup["db_path"], text(&fixed));
    assert_eq!(setup["db_path_locked"], true);
    assert_eq!(setup["default_db_path"], text(&h.settings.default_db_path));
    assert!(!h.settings.default_db_path.exists());

    let err = h
        .invoke(
            "app_setup_save",
            json!({ "request": { "role": "recruiter", "db_path": text(&h.path("other.db")) } }),
        )
        .expect_err("the path is fixed");
    assert_eq!(err["code"], "invalid_value", "{err}");
    assert_eq!(err["field"], "db_path", "{err}");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("fixed by TALENTDESK_DB")),
        "{err}"
    );
    assert!(!h.settings.config_path.exists());

    // The role can still be saved, with or without repeating the fixed path; the fixed path is
    // not written to the config (it is not the person's choice).
    for request in [
        json!({ "role": "recruiter" }),
        json!({ "role": "recruiter", "db_path": text(&fixed) }),
    ] {
        let setup = h
            .invoke("app_setup_save", json!({ "request": request }))
            .expect("save role");
        assert_eq!(setup["role"], "recruiter");
        assert_eq!(setup["db_path"], text(&fixed));
    }
    assert_eq!(
        h.saved_config(),
        AppConfig {
            role: Some(Role::Recruiter),
            db_path: None
        }
    );
}

#[test]
fn the_environment_wins_over_the_saved_database_path() {
    let h = Harness::with(|s| {
        let chosen = s.config_path.with_file_name("chosen.db");
        AppConfig {
            role: Some(Role::JobSeeker),
            db_path: Some(chosen),
        }
        .save(&s.config_path)
        .expect("write config");
    });
    let chosen = h.settings.config_path.with_file_name("chosen.db");
    let setup = h.invoke("app_setup_get", json!({})).expect("get");
    assert_eq!(setup["db_path"], text(&chosen), "the saved choice is used");
    assert_eq!(setup["first_run"], false);

    let fixed = h.path("fixed.db");
    let settings = Settings {
        db_override: Some(fixed.clone()),
        ..h.settings.clone()
    };
    let state = AppState::open(settings).expect("open");
    assert_eq!(state.context().store().path(), Some(fixed.as_path()));
}

#[test]
fn settings_come_from_the_environment() {
    let _env = ENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("from-env.db");
    let config_dir = dir.path().join("cfg");
    std::env::set_var(talentdesk_app::DB_ENV, &db);
    std::env::set_var(CONFIG_DIR_ENV, &config_dir);

    let settings = Settings::from_env();

    std::env::remove_var(talentdesk_app::DB_ENV);
    std::env::remove_var(CONFIG_DIR_ENV);
    let settings = settings.expect("settings");
    assert_eq!(settings.db_override, Some(db.clone()));
    assert_eq!(settings.config_path, config_dir.join("config.json"));
    assert_eq!(
        settings.default_db_path,
        Store::default_path().expect("default")
    );
    let state = AppState::open(settings).expect("open");
    assert_eq!(state.context().store().path(), Some(db.as_path()));
    assert_eq!(
        state.context().store().schema_version().expect("version"),
        Store::latest_migration_version()
    );
}

// --- only the main window -----------------------------------------------------------------------

/// Every command of the shell, with arguments that would succeed from the main window.
fn every_command() -> Vec<(&'static str, Value)> {
    vec![
        ("call", json!({ "name": "app_info", "input": {} })),
        ("app_info", json!({})),
        ("app_setup_get", json!({})),
        (
            "app_setup_save",
            json!({ "request": { "role": "recruiter" } }),
        ),
        ("pick_database_path", json!({})),
        (
            "open_document",
            json!({ "request": { "id": "no-such-document" } }),
        ),
        ("ui_ready", json!({})),
    ]
}

#[test]
fn capabilities_refuse_every_command_to_other_windows() {
    let h = Harness::new();
    let other = h.other_window("other");
    for (cmd, args) in every_command() {
        let err = invoke(&other, cmd, args).expect_err(cmd);
        // Tauri's ACL refusal is a plain string naming the command (and, in debug builds, the
        // permission that would allow it).
        let message = err.as_str().unwrap_or_default();
        assert!(
            message.contains(cmd) && message.contains("not allowed"),
            "{cmd}: {err}"
        );
    }
    assert!(!h.settings.config_path.exists(), "nothing was saved");
}

#[test]
fn commands_check_the_window_even_when_a_capability_grants_them() {
    let h = Harness::new();
    // A mistaken capability that grants the app's commands to another window.
    h.app
        .add_capability(
            r#"{
                "identifier": "too-broad",
                "windows": ["other"],
                "permissions": ["allow-call", "allow-app-info", "allow-app-setup-get",
                                "allow-app-setup-save", "allow-pick-database-path",
                                "allow-open-document", "allow-ui-ready"]
            }"#,
        )
        .expect("add capability");
    let other = h.other_window("other");
    for (cmd, args) in every_command() {
        let err = invoke(&other, cmd, args).expect_err(cmd);
        assert_eq!(err["code"], CommandError::FORBIDDEN, "{cmd}: {err}");
        assert!(
            err["message"].as_str().is_some_and(|m| m.contains("other")),
            "{cmd}: {err}"
        );
    }
    assert!(!h.settings.config_path.exists(), "nothing was saved");

    // The main window is unaffected.
    h.invoke("app_info", json!({})).expect("main window");
}

#[test]
fn the_main_window_may_use_every_command_but_the_dialog() {
    let h = Harness::new();
    // pick_database_path would open a native dialog; its permission is checked by the tests
    // above, which are refused before it opens.
    for (cmd, args) in every_command()
        .into_iter()
        .filter(|(cmd, _)| *cmd != "pick_database_path" && *cmd != "open_document")
    {
        h.invoke(cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }
}

#[test]
fn open_document_reaches_the_core_which_checks_the_document() {
    let h = Harness::new();
    // An unknown id is refused by the core before any opener is started.
    let err = h
        .invoke(
            "open_document",
            json!({ "request": { "id": "no-such-document" } }),
        )
        .expect_err("unknown document");
    assert_eq!(err["code"], "not_found", "{err}");
}
