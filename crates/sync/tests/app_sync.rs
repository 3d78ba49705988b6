//! The app's sync commands (`talentdesk_sync::commands`) through the app's
//! registry, against the real server on a random loopback port, with the
//! real OS keyring (Secret Service).
//!
//! The keyring needs a D-Bus session with an unlocked keyring: `cargo xtask
//! test` runs the tests inside `dbus-run-session` with gnome-keyring and sets
//! `TALENTDESK_REQUIRE_KEYRING=1`, so there a missing keyring fails the
//! tests. In a plain `cargo test` without one, the tests that need it check
//! that the keyring's absence is the typed `keyring_unavailable` error and
//! stop there.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use talentdesk_core::{call, Context, Error, ErrorCode, Store};
use talentdesk_server::{
    provision, serve, AppState, Provisioned, RateLimit, SqliteStorage, Storage,
};
use talentdesk_sync::background::{LoopConfig, SyncLoop};
use talentdesk_sync::client::SyncClient;
use talentdesk_sync::commands::app_context;
use talentdesk_sync::http::HttpTransport;
use talentdesk_sync::secret;

struct Server {
    url: String,
    storage: Arc<SqliteStorage>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let storage = Arc::new(SqliteStorage::open(dir.path().join("server.db")).unwrap());
        let state = AppState::new(storage.clone() as Arc<dyn Storage>, RateLimit::default());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                serve(listener, state, async {
                    let _ = rx.await;
                })
                .await
                .unwrap();
            });
        });
        Server {
            url: format!("http://{}", addr_rx.recv().unwrap()),
            storage,
            stop: Some(tx),
            thread: Some(thread),
            _dir: dir,
        }
    }

    fn provision(&self, who: &str) -> Provisioned {
        provision(self.storage.as_ref(), who, &format!("{who}'s workspace")).unwrap()
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// Every log line of this test process (the client's and the in-process
/// server's), at every level.
fn logs() -> &'static Mutex<Vec<u8>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buf);
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || LogWriter(Arc::clone(&sink)))
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        buf
    })
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether the OS keyring works here. Without one, what the app gets is the
/// typed `keyring_unavailable` error; under `cargo xtask test`
/// (`TALENTDESK_REQUIRE_KEYRING`) a missing keyring fails the test.
fn keyring_works() -> bool {
    let probe = format!("probe-{}", uuid::Uuid::new_v4());
    let token = secret::Token::parse("probe-token", "token").unwrap();
    match secret::save("http://probe.invalid", &probe, &token) {
        Ok(()) => {
            assert_eq!(
                secret::load("http://probe.invalid", &probe).unwrap(),
                Some(token)
            );
            assert!(secret::delete("http://probe.invalid", &probe).unwrap());
            assert_eq!(secret::load("http://probe.invalid", &probe).unwrap(), None);
            true
        }
        Err(e) => {
            assert_eq!(e.code, ErrorCode::KeyringUnavailable, "{e:?}");
            assert!(e.message.contains("keyring"), "{}", e.message);
            assert!(
                std::env::var_os("TALENTDESK_REQUIRE_KEYRING").is_none(),
                "the OS keyring is required here but unavailable: {}",
                e.message
            );
            eprintln!(
                "no OS keyring here ({}); keyring-backed steps skipped",
                e.message
            );
            false
        }
    }
}

fn open(dir: &Path, name: &str) -> (Context, PathBuf) {
    let path = dir.join(name);
    (app_context(Store::open(&path).unwrap()), path)
}

/// Run `sync_now` and wait for its task; the task's final info.
fn sync_now(ctx: &Context) -> Result<Value, Error> {
    let started = call(ctx, "sync_now", json!({}))?;
    let id = started["task_id"].as_str().unwrap().to_string();
    let info = ctx.tasks().wait(&id).unwrap();
    let info = serde_json::to_value(info).unwrap();
    match info["state"].as_str() {
        Some("succeeded") => Ok(info["result"].clone()),
        _ => Err(serde_json::from_value(info["error"].clone()).unwrap()),
    }
}

fn status(ctx: &Context) -> Value {
    call(ctx, "sync_status", json!({})).unwrap()
}

fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                hits.push(path);
            }
        }
    }
    hits
}

/// Sign-in, syncs, a sync against a wrong URL and a refused token: the
/// tokens end up in the keyring only — not in the database files (WAL
/// included), not in a log line, not in any error message.
#[test]
fn token_lives_in_the_keyring_only() {
    let logs = logs();
    let server = Server::start();
    let p = server.provision("ada");
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = open(dir.path(), "a.db");
    let (b, _) = open(dir.path(), "b.db");
    let refused = "f".repeat(64);
    let mut errors: Vec<Error> = Vec::new();

    // A refused token saves nothing, not even the server.
    let e = call(
        &a,
        "sync_sign_in",
        json!({"server_url": server.url, "workspace_id": p.workspace_id, "token": refused}),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::Unauthorized, "{e:?}");
    errors.push(e);
    let settings = call(&a, "sync_settings_get", json!({})).unwrap();
    assert_eq!(settings["server_url"], Value::Null, "{settings}");

    // Not set up: sync_now says so before starting anything.
    let e = call(&a, "sync_now", json!({})).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotSignedIn);
    errors.push(e);

    if !keyring_works() {
        let e = call(
            &a,
            "sync_sign_in",
            json!({"server_url": server.url, "workspace_id": p.workspace_id, "token": p.token}),
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::KeyringUnavailable);
        return;
    }

    for ctx in [&a, &b] {
        let s = call(
            ctx,
            "sync_sign_in",
            json!({"server_url": format!("{}/", server.url), "workspace_id": p.workspace_id, "token": format!(" {} ", p.token)}),
        )
        .unwrap();
        assert_eq!(s["signed_in"], true, "{s}");
        assert_eq!(s["server_url"], server.url, "{s}");
    }
    assert_eq!(
        secret::load(&server.url, &p.workspace_id)
            .unwrap()
            .map(|t| t.expose().to_string()),
        Some(p.token.clone())
    );

    call(&a, "candidate_create", json!({"full_name": "Grace Hopper"})).unwrap();
    assert_eq!(status(&a)["pending_changes"], 1);
    let done = sync_now(&a).unwrap();
    assert!(done["pushed"].as_u64().unwrap() >= 1, "{done}");
    let st = status(&a);
    assert_eq!(st["pending_changes"], 0, "{st}");
    assert!(st["last_synced_at"].is_string(), "{st}");
    assert_eq!(st["in_progress"], false, "{st}");
    sync_now(&b).unwrap();
    let list = call(&b, "candidate_list", json!({})).unwrap();
    assert_eq!(list["total"], 1, "{list}");

    // A refused token in the keyring: the sync fails with `unauthorized`.
    secret::save(
        &server.url,
        &p.workspace_id,
        &secret::Token::parse(&refused, "token").unwrap(),
    )
    .unwrap();
    call(
        &a,
        "candidate_create",
        json!({"full_name": "Edsger Dijkstra"}),
    )
    .unwrap();
    let e = sync_now(&a).unwrap_err();
    assert_eq!(e.code, ErrorCode::Unauthorized, "{e:?}");
    errors.push(e);
    let st = status(&a);
    assert_eq!(st["pending_changes"], 1, "nothing lost: {st}");
    errors.push(Error::database(
        st["last_error"].as_str().unwrap_or_default(),
    ));

    // A wrong URL (nothing listens there), with the real token stored for it.
    let wrong = "http://127.0.0.1:9";
    call(
        &a,
        "sync_settings_save",
        json!({"server_url": wrong, "workspace_id": p.workspace_id}),
    )
    .unwrap();
    let e = call(&a, "sync_sign_in", json!({"token": p.token})).unwrap_err();
    assert_eq!(e.code, ErrorCode::Network, "{e:?}");
    errors.push(e);
    secret::save(
        wrong,
        &p.workspace_id,
        &secret::Token::parse(&p.token, "token").unwrap(),
    )
    .unwrap();
    let e = sync_now(&a).unwrap_err();
    assert_eq!(e.code, ErrorCode::Network, "{e:?}");
    errors.push(e);
    let st = status(&a);
    assert!(st["last_error"].is_string(), "{st}");
    errors.push(Error::database(
        st["last_error"].as_str().unwrap_or_default(),
    ));

    // Sign out deletes the keyring entry.
    let s = call(&a, "sync_sign_out", json!({})).unwrap();
    assert_eq!(s["signed_in"], false, "{s}");
    assert_eq!(secret::load(wrong, &p.workspace_id).unwrap(), None);
    let e = call(&a, "sync_now", json!({})).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotSignedIn);
    errors.push(e);
    // The entry of the first pair (B's too) is B's to sign out of.
    assert!(secret::load(&server.url, &p.workspace_id)
        .unwrap()
        .is_some());
    assert_eq!(
        call(&b, "sync_settings_get", json!({})).unwrap()["signed_in"],
        true
    );
    call(&b, "sync_sign_out", json!({})).unwrap();
    assert_eq!(secret::load(&server.url, &p.workspace_id).unwrap(), None);

    // Search everything, while the stores are open (WAL) and after.
    for token in [p.token.as_str(), refused.as_str()] {
        assert!(
            dir.path().read_dir().unwrap().count() >= 4,
            "the database files are there"
        );
        assert_eq!(files_containing(dir.path(), token), Vec::<PathBuf>::new());
        for e in &errors {
            assert!(!e.message.contains(token), "{e:?}");
            assert!(!format!("{e:?}").contains(token));
        }
        let log = String::from_utf8_lossy(&logs.lock().unwrap()).to_string();
        // The search means something: the client and the server logged.
        assert!(
            log.contains("sync finished") && log.contains("sync failed"),
            "{log}"
        );
        assert!(log.contains("push"), "{log}");
        assert!(!log.contains(token), "a log line holds the token");
    }
    drop((a, b));
    for token in [p.token.as_str(), refused.as_str()] {
        assert_eq!(files_containing(dir.path(), token), Vec::<PathBuf>::new());
    }
}

/// A local value that lost to a newer remote one is listed; "restore mine"
/// writes it again so it wins everywhere, "keep remote" changes nothing.
#[test]
fn conflicts_are_listed_and_resolved() {
    let server = Server::start();
    let p = server.provision("grace");
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = open(dir.path(), "a.db");
    let (b, _) = open(dir.path(), "b.db");
    let t = HttpTransport::new(&server.url, &p.token).unwrap();
    let sync = |ctx: &Context| {
        SyncClient::new(ctx.store().clone(), &server.url, &p.workspace_id)
            .unwrap()
            .sync(&t)
            .unwrap()
    };
    let c1 = call(
        &a,
        "candidate_create",
        json!({"full_name": "Ann", "headline": "x"}),
    )
    .unwrap();
    let id = c1["id"].as_str().unwrap().to_string();
    sync(&a);
    sync(&b);
    // Both edit offline; B's edits are later.
    call(
        &a,
        "candidate_update",
        json!({"id": id, "full_name": "Ann (A)", "headline": "from A"}),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(5));
    call(
        &b,
        "candidate_update",
        json!({"id": id, "full_name": "Ann (B)", "headline": "from B"}),
    )
    .unwrap();
    sync(&a);
    sync(&b);
    sync(&a);
    let list = call(&a, "sync_conflicts_list", json!({})).unwrap();
    assert_eq!(list["total"], 2, "{list}");
    assert_eq!(status(&a)["open_conflicts"], 2);
    let items = list["items"].as_array().unwrap();
    let by_col = |col: &str| {
        items
            .iter()
            .find(|c| c["column"] == col)
            .unwrap_or_else(|| panic!("no conflict on {col}: {list}"))
            .clone()
    };
    let name = by_col("full_name");
    assert_eq!(name["table"], "candidates");
    assert_eq!(name["row_id"], id.as_str());
    assert_eq!(name["local_value"], "Ann (A)");
    assert_eq!(name["remote_value"], "Ann (B)");
    assert_eq!(name["row_label"], "Ann (B)");
    let headline = by_col("headline");
    assert!(call(&b, "sync_conflicts_list", json!({})).unwrap()["total"] == 0);

    let r = call(
        &a,
        "sync_conflict_resolve",
        json!({"id": name["id"], "choice": "restore_mine"}),
    )
    .unwrap();
    assert_eq!(r["resolved"], true, "{r}");
    let r = call(
        &a,
        "sync_conflict_resolve",
        json!({"id": headline["id"], "choice": "keep_remote"}),
    )
    .unwrap();
    assert_eq!(r["resolved"], true, "{r}");
    let again = call(
        &a,
        "sync_conflict_resolve",
        json!({"id": headline["id"], "choice": "keep_remote"}),
    )
    .unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);
    let bad = call(
        &a,
        "sync_conflict_resolve",
        json!({"id": 999_999, "choice": "keep_remote"}),
    )
    .unwrap_err();
    assert_eq!(bad.code, ErrorCode::NotFound);
    let bad = call(
        &a,
        "sync_conflict_resolve",
        json!({"id": 1, "choice": "both"}),
    )
    .unwrap_err();
    assert_eq!(bad.field.as_deref(), Some("choice"), "{bad:?}");
    assert_eq!(
        call(&a, "sync_conflicts_list", json!({})).unwrap()["total"],
        0
    );
    assert_eq!(
        call(&a, "sync_conflicts_list", json!({"include_resolved": true})).unwrap()["total"],
        2
    );
    // The restored value is a new local edit: it wins on B too.
    assert!(status(&a)["pending_changes"].as_u64().unwrap() >= 1);
    sync(&a);
    sync(&b);
    for ctx in [&a, &b] {
        let c = call(ctx, "candidate_get", json!({"id": id})).unwrap();
        assert_eq!(c["full_name"], "Ann (A)", "{c}");
        assert_eq!(c["headline"], "from B", "{c}");
    }

    // A pipeline move that lost reads as names: the candidate, and the stages.
    let req = call(
        &a,
        "requisition_create",
        json!({"title": "Platform Engineer"}),
    )
    .unwrap();
    let app = call(
        &a,
        "application_create",
        json!({"requisition_id": req["id"], "candidate_id": id}),
    )
    .unwrap();
    sync(&a);
    sync(&b);
    let board = call(&a, "pipeline_board", json!({"requisition_id": req["id"]})).unwrap();
    let stage = |name: &str| {
        board
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap()["stage_id"]
            .clone()
    };
    call(
        &a,
        "application_move",
        json!({"id": app["id"], "stage_id": stage("Interview")}),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(5));
    call(
        &b,
        "application_move",
        json!({"id": app["id"], "stage_id": stage("Offer")}),
    )
    .unwrap();
    sync(&a);
    sync(&b);
    sync(&a);
    let list = call(&a, "sync_conflicts_list", json!({})).unwrap();
    let moved = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "stage_id")
        .unwrap_or_else(|| panic!("no stage conflict: {list}"));
    assert_eq!(moved["table"], "applications");
    assert_eq!(moved["row_label"], "Ann (A)", "{moved}");
    assert_eq!(moved["local_label"], "Interview", "{moved}");
    assert_eq!(moved["remote_label"], "Offer", "{moved}");
}

fn wait_until(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) {
    let started = Instant::now();
    while !ok() {
        assert!(started.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The background loop syncs soon after a local edit, and when the server is
/// gone it records the error and backs off (the next attempt moves away).
#[test]
fn background_loop_syncs_after_edits_and_backs_off() {
    let mut server = Server::start();
    let p = server.provision("linus");
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = open(dir.path(), "a.db");
    if !keyring_works() {
        return;
    }
    call(
        &a,
        "sync_sign_in",
        json!({"server_url": server.url, "workspace_id": p.workspace_id, "token": p.token}),
    )
    .unwrap();
    let config = LoopConfig {
        interval: Duration::from_secs(600),
        debounce: Duration::from_millis(200),
        poll: Duration::from_millis(50),
        backoff_base: Duration::from_millis(300),
        backoff_cap: Duration::from_secs(2),
    };
    let ctx = a.clone();
    let looping = SyncLoop::start(move || Some(ctx.clone()), config).unwrap();
    call(
        &a,
        "candidate_create",
        json!({"full_name": "Barbara Liskov"}),
    )
    .unwrap();
    wait_until("the loop to push the edit", Duration::from_secs(20), || {
        let st = status(&a);
        st["pending_changes"] == 0 && st["last_synced_at"].is_string()
    });
    let st = status(&a);
    assert_eq!(st["last_error"], Value::Null, "{st}");
    assert!(st["next_attempt_at"].is_string(), "{st}");

    server.shut_down();
    call(
        &a,
        "candidate_create",
        json!({"full_name": "Frances Allen"}),
    )
    .unwrap();
    wait_until("the loop to fail", Duration::from_secs(20), || {
        status(&a)["last_error"].is_string()
    });
    let first = status(&a)["next_attempt_at"].clone();
    wait_until("a retry after the backoff", Duration::from_secs(20), || {
        status(&a)["next_attempt_at"] != first
    });
    let st = status(&a);
    assert_eq!(st["pending_changes"], 1, "nothing lost: {st}");
    assert!(
        st["last_error"]
            .as_str()
            .unwrap()
            .contains("could not be reached"),
        "{st}"
    );
    looping.stop();
    call(&a, "sync_sign_out", json!({})).unwrap();
}
