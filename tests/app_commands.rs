//! The shell's IPC surface, driven through Tauri's mock runtime with the app's real configuration
//! (`tauri.conf.json`, capabilities, embedded UI) and a throwaway database: what the web UI gets
//! when it calls `invoke("app_info")` or `invoke("call", { name, input })`.
//!
//! One test binary for the package (the project's convention: linking Tauri once is enough).

use serde_json::{json, Value};
use talentdesk_core::api::Context;
use talentdesk_core::Store;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

struct Harness {
    _dir: tempfile::TempDir,
    db_path: std::path::PathBuf,
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn harness() -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let db_path = dir.path().join("nested").join("talentdesk.db");
    let store = Store::open(&db_path).expect("open store");
    let app = talentdesk_app::builder(mock_builder(), Context::new(store))
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
        _dir: dir,
        db_path,
        _app: app,
        window,
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

#[test]
fn app_info_reports_version_database_and_schema() {
    let h = harness();
    let info = invoke(&h.window, "app_info", json!({})).expect("app_info");

    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(info["db_path"], h.db_path.display().to_string());
    assert_eq!(
        info["schema_version"],
        json!(Store::latest_migration_version())
    );
    assert!(h.db_path.exists(), "the database file is created on open");
}

#[test]
fn call_forwards_to_the_core_registry() {
    let h = harness();
    let via_call = invoke(
        &h.window,
        "call",
        json!({ "name": "app_info", "input": null }),
    )
    .expect("call app_info");
    let direct = invoke(&h.window, "app_info", json!({})).expect("app_info");
    assert_eq!(via_call, direct);

    let commands = invoke(
        &h.window,
        "call",
        json!({ "name": "commands_list", "input": {} }),
    )
    .expect("call commands_list");
    let names: Vec<&str> = commands
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(names.contains(&"app_info"), "{names:?}");
}

#[test]
fn core_errors_reach_the_ui_as_code_message_field() {
    let h = harness();
    let err = invoke(
        &h.window,
        "call",
        json!({ "name": "no_such_command", "input": {} }),
    )
    .expect_err("unknown command must fail");
    assert_eq!(err["code"], "unknown_command");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("no_such_command")),
        "{err}"
    );

    let err = invoke(
        &h.window,
        "call",
        json!({ "name": "app_info", "input": { "bogus": 1 } }),
    )
    .expect_err("app_info takes no arguments");
    assert!(
        err["code"].is_string() && err["message"].is_string(),
        "{err}"
    );
}

#[test]
fn call_requires_a_command_name() {
    let h = harness();
    let err = invoke(&h.window, "call", json!({ "input": {} })).expect_err("name is required");
    // Rejected by Tauri's argument parsing before it reaches the core.
    assert!(err.as_str().is_some_and(|m| m.contains("name")), "{err}");
}

/// The only test that touches `TALENTDESK_DB`; the others open their store by path.
#[test]
fn talentdesk_db_overrides_the_database_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("from-env.db");
    std::env::set_var(talentdesk_app::DB_ENV, &path);

    let store = talentdesk_app::open_store().expect("open store");

    assert_eq!(store.path(), Some(path.as_path()));
    assert!(path.exists());
    assert_eq!(
        store.schema_version().expect("schema version"),
        Store::latest_migration_version()
    );
}
