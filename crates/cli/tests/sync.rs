//! `talentdesk-cli sync` against a real talentdesk-server on a loopback
//! port: two databases converge through it, the token comes from the
//! environment and is never printed.

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use talentdesk_server::{provision, serve, AppState, RateLimit, SqliteStorage, Storage};

fn cli(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_talentdesk-cli"));
    cmd.arg("--db").arg(db).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn two_databases_converge_through_cli_sync() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(SqliteStorage::open(dir.path().join("server.db")).unwrap());
    let p = provision(storage.as_ref(), "alice", "hiring").unwrap();
    let state = AppState::new(storage as Arc<dyn Storage>, RateLimit::default());
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            serve(listener, state, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    let url = format!("http://{}", addr_rx.recv().unwrap());
    let env = [
        ("TALENTDESK_SYNC_URL", url.as_str()),
        ("TALENTDESK_SYNC_WORKSPACE", p.workspace_id.as_str()),
        ("TALENTDESK_SYNC_TOKEN", p.token.as_str()),
    ];
    let a = dir.path().join("a.db");
    let b = dir.path().join("b.db");
    let out = cli(
        &a,
        &[
            "call",
            "candidate_create",
            r#"{"full_name": "Grace Hopper"}"#,
        ],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for db in [&a, &b] {
        let out = cli(db, &["sync"], &env);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{text}");
        assert!(!text.contains(&p.token), "the token must not be printed");
        assert!(text.contains("\"pending_changes\":0"), "{text}");
    }
    let out = cli(&b, &["call", "candidate_list", "{}"], &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Grace Hopper"), "{text}");
    // A wrong token: a clear error, exit 1, no token echoed.
    let bad = [env[0], env[1], ("TALENTDESK_SYNC_TOKEN", "0000")];
    let out = cli(&b, &["sync"], &bad);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("auth"));
    let _ = stop_tx.send(());
    server.join().unwrap();
}

/// Without a usable OS keyring (no Secret Service on the session bus) the
/// sync commands fail with the typed `keyring_unavailable` error: no panic,
/// no fallback to a file.
#[test]
fn without_a_keyring_sync_commands_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_talentdesk-cli"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/talentdesk-test-bus",
            )
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap()
    };
    let out = run(&[
        "call",
        "sync_settings_save",
        r#"{"server_url": "http://127.0.0.1:9", "workspace_id": "w1"}"#,
    ]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["signed_in"], false, "{v}");
    assert_eq!(v["keyring_error"]["code"], "keyring_unavailable", "{v}");
    for command in ["sync_now", "sync_sign_out"] {
        let out = run(&["call", command, "{}"]);
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert_eq!(out.status.code(), Some(2), "{command}: {text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["code"], "keyring_unavailable", "{command}: {v}");
        assert!(
            v["error"]["message"].as_str().unwrap().contains("keyring"),
            "{v}"
        );
    }
    // The pairing itself was saved and shows in the status.
    let out = run(&["call", "sync_status", "{}"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["configured"], true, "{v}");
    assert_eq!(v["server_url"], "http://127.0.0.1:9", "{v}");
}
