//! Two app instances (separate databases and config folders, one after the other: tauri-driver
//! runs one app at a time) sync through a real `talentdesk-server` on a random loopback port.
//! Each edits the same requisition's pipeline while the server is down, then both sync, and both
//! show the same board. Sign-in, "Sync now", the moves and the boards go through the UI; the token
//! is pasted once per instance and lives in the OS keyring (the xtask provides one).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::{json, Value};
use talentdesk_server::{provision, serve, AppState, RateLimit, SqliteStorage, Storage};

use crate::harness::{App, Profile, UI_TIMEOUT};

const TEST: &str = "two_instances_sync_the_same_pipeline";

/// The server in its own thread and runtime; stopped and restarted on the same port and file to
/// play "offline".
struct LocalServer {
    addr: SocketAddr,
    db: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl LocalServer {
    fn start(db: &Path, addr: Option<SocketAddr>) -> LocalServer {
        let storage = Arc::new(SqliteStorage::open(db).expect("server storage"));
        let state = AppState::new(storage as Arc<dyn Storage>, RateLimit::default());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (bound_tx, bound_rx) = std::sync::mpsc::channel();
        let want = addr.unwrap_or_else(|| "127.0.0.1:0".parse().expect("addr"));
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("server runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(want).await.expect("bind");
                bound_tx
                    .send(listener.local_addr().expect("addr"))
                    .expect("send");
                serve(listener, state, async {
                    let _ = stopped.await;
                })
                .await
                .expect("serve");
            });
        });
        let addr = bound_rx.recv().expect("server started");
        eprintln!("[{TEST}] talentdesk-server on http://{addr}");
        LocalServer {
            addr,
            db: db.to_path_buf(),
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    fn restart(mut self) -> LocalServer {
        self.shut_down();
        LocalServer::start(&self.db, Some(self.addr))
    }
}

impl Drop for LocalServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

async fn call(app: &App, name: &str, input: Value) -> Value {
    app.invoke("call", json!({ "name": name, "input": input }))
        .await
        .unwrap_or_else(|e| app.fail(&format!("{name} was rejected: {e}")))
}

pub(crate) async fn go(app: &App, hash: &str) {
    app.client()
        .execute("window.location.hash = arguments[0];", vec![json!(hash)])
        .await
        .expect("navigate");
}

/// Sign in on the Sync page: server URL, workspace, the pasted token.
async fn sign_in(app: &App, url: &str, workspace: &str, token: &str) {
    app.click("[data-testid=nav-sync]").await;
    app.fill("[data-testid=sync-server-url]", url).await;
    app.fill("[data-testid=sync-workspace-id]", workspace).await;
    app.fill("[data-testid=sync-token]", token).await;
    app.click("[data-testid=sync-sign-in]").await;
    app.text_containing("[data-testid=sync-signed-in]", workspace)
        .await;
}

/// "Sync now" on the Sync page, until the task succeeded and nothing is pending.
async fn sync_now(app: &App) {
    app.click("[data-testid=nav-sync]").await;
    app.click("[data-testid=sync-now]").await;
    let started = Instant::now();
    loop {
        let st = call(app, "sync_status", json!({})).await;
        if st["in_progress"] == false && st["pending_changes"] == 0 && st["last_error"].is_null() {
            if let Some(at) = st["last_synced_at"].as_str() {
                eprintln!("[{TEST}] synced at {at}");
                break;
            }
        }
        if started.elapsed() > UI_TIMEOUT {
            app.fail(&format!("Sync now did not finish cleanly: {st}"));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The page shows the status it polls, so it catches up a moment after the core.
    let started = Instant::now();
    loop {
        let shown = app.text("[data-testid=sync-pending]").await;
        if shown == "0" {
            break;
        }
        if started.elapsed() > UI_TIMEOUT {
            app.fail(&format!(
                "the Sync page still shows {shown} pending changes"
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Open the card of `candidate` on the board and move it to `stage` with the drawer's select.
pub(crate) async fn move_card(app: &App, candidate: &str, stage: &str) {
    let cards = app
        .client()
        .find_all(Locator::Css("[data-testid=application-card]"))
        .await
        .unwrap_or_default();
    let mut opened = false;
    for card in cards {
        if card.text().await.unwrap_or_default().contains(candidate) {
            card.click().await.expect("open the card");
            opened = true;
            break;
        }
    }
    if !opened {
        app.fail(&format!("no card for {candidate}"));
    }
    app.visible("[data-testid=application-drawer]").await;
    let options = app
        .client()
        .find_all(Locator::Css(
            "[data-testid=application-drawer] select[aria-label=Stage] option",
        ))
        .await
        .unwrap_or_default();
    let mut picked = false;
    for option in options {
        if option.text().await.unwrap_or_default().trim() == stage {
            option.click().await.expect("pick the stage");
            picked = true;
            break;
        }
    }
    if !picked {
        app.fail(&format!("no stage {stage} in the drawer"));
    }
    // The move is saved when the board shows the card in its new column.
    let started = Instant::now();
    loop {
        let board = read_board(app).await;
        if board
            .get(stage)
            .is_some_and(|names| names.iter().any(|n| n.contains(candidate)))
        {
            break;
        }
        if started.elapsed() > UI_TIMEOUT {
            app.fail(&format!("{candidate} did not move to {stage}: {board:?}"));
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    app.click("[data-testid=application-drawer] button[aria-label=Close]")
        .await;
}

/// The board as shown: stage name → the names on its cards, sorted.
pub(crate) async fn read_board(app: &App) -> BTreeMap<String, Vec<String>> {
    let shown = app
        .client()
        .execute(
            "const out = {};
             for (const col of document.querySelectorAll('[data-testid^=stage-column-]')) {
               const title = col.querySelector('.board-col-title');
               const name = (title ? title.textContent : col.getAttribute('data-testid')).trim();
               out[name] = [...col.querySelectorAll('[data-testid=application-card] .card-title')]
                 .map((c) => c.textContent.trim()).sort();
             }
             return out;",
            vec![],
        )
        .await
        .expect("read the board");
    serde_json::from_value(shown).expect("a board")
}

/// The board of `requisition` once it shows `expect_cards` cards.
async fn board(app: &App, requisition: &str, expect_cards: usize) -> BTreeMap<String, Vec<String>> {
    go(app, &format!("#/requisitions/{requisition}")).await;
    app.visible("[data-testid=application-card]").await;
    let started = Instant::now();
    loop {
        let b = read_board(app).await;
        if b.values().map(Vec::len).sum::<usize>() == expect_cards {
            return b;
        }
        if started.elapsed() > UI_TIMEOUT {
            app.fail(&format!(
                "the board never showed {expect_cards} cards: {b:?}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

fn stage_of<'a>(b: &'a BTreeMap<String, Vec<String>>, who: &str) -> Option<&'a str> {
    b.iter()
        .find(|(_, names)| names.iter().any(|n| n.contains(who)))
        .map(|(stage, _)| stage.as_str())
}

#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn two_instances_sync_the_same_pipeline() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut server = LocalServer::start(&dir.path().join("server.db"), None);
    let p = {
        let storage = SqliteStorage::open(dir.path().join("server.db")).expect("storage");
        provision(&storage, "team", "Hiring team").expect("provision")
    };
    let url = server.url();
    let a = Profile::with_role("recruiter");
    let b = Profile::with_role("recruiter");

    // A signs in, creates a requisition with three candidates on it, and syncs.
    let app = App::launch(TEST, &a).await;
    sign_in(&app, &url, &p.workspace_id, &p.token).await;
    let req = call(
        &app,
        "requisition_create",
        json!({"title": "Platform Engineer"}),
    )
    .await;
    let req_id = req["id"].as_str().expect("requisition id").to_string();
    for name in ["Ada Lovelace", "Grace Hopper", "Linus Torvalds"] {
        let c = call(&app, "candidate_create", json!({ "full_name": name })).await;
        call(
            &app,
            "application_create",
            json!({"requisition_id": req_id, "candidate_id": c["id"]}),
        )
        .await;
    }
    sync_now(&app).await;
    app.screenshot("1-a-signed-in-and-synced");
    app.quit().await;

    // B signs in and gets it.
    let app = App::launch(TEST, &b).await;
    sign_in(&app, &url, &p.workspace_id, &p.token).await;
    sync_now(&app).await;
    let first = board(&app, &req_id, 3).await;
    assert_eq!(stage_of(&first, "Ada"), Some("New"), "{first:?}");
    app.screenshot("2-b-synced");
    app.quit().await;

    // Offline: the server is down while both edit the same pipeline.
    server.shut_down();
    let app = App::launch(TEST, &a).await;
    board(&app, &req_id, 3).await;
    move_card(&app, "Ada Lovelace", "Interview").await;
    move_card(&app, "Linus Torvalds", "Screening").await;
    app.screenshot("3-a-offline-edits");
    app.quit().await;

    let app = App::launch(TEST, &b).await;
    board(&app, &req_id, 3).await;
    move_card(&app, "Grace Hopper", "Offer").await;
    // Later than A's move of the same card: this one wins everywhere.
    move_card(&app, "Ada Lovelace", "Screening").await;
    // The top bar shows what waits for the server.
    app.text_containing("[data-testid=sync-status]", "pending")
        .await;
    app.screenshot("4-b-offline-edits");
    app.quit().await;

    // Back online: A, B, then A again sync; both show the same board.
    server = server.restart();
    assert_eq!(server.url(), url);
    for profile in [&a, &b, &a] {
        let app = App::launch(TEST, profile).await;
        sync_now(&app).await;
        app.quit().await;
    }
    let mut boards = Vec::new();
    for (who, profile) in [("a", &a), ("b", &b)] {
        let app = App::launch(TEST, profile).await;
        let shown = board(&app, &req_id, 3).await;
        app.text_containing("[data-testid=sync-status]", "Synced")
            .await;
        app.screenshot(&format!("5-{who}-board-after-sync"));
        if who == "a" {
            // A's move of Ada lost to B's later one: A is asked to review it.
            go(&app, "#/sync").await;
            app.text_containing("[data-testid=sync-conflict]", "Interview")
                .await;
            app.screenshot("6-a-conflict-to-review");
        }
        app.quit().await;
        boards.push(shown);
    }
    assert_eq!(boards[0], boards[1], "both instances show the same board");
    let shown = &boards[0];
    assert_eq!(stage_of(shown, "Ada"), Some("Screening"), "{shown:?}");
    assert_eq!(stage_of(shown, "Grace"), Some("Offer"), "{shown:?}");
    assert_eq!(stage_of(shown, "Linus"), Some("Screening"), "{shown:?}");

    // The token is in neither database (WAL included) nor config.json.
    for profile in [&a, &b] {
        for file in std::fs::read_dir(profile.db.parent().expect("data dir"))
            .expect("data dir")
            .chain(std::fs::read_dir(&profile.config_dir).expect("config dir"))
            .flatten()
        {
            let bytes = std::fs::read(file.path()).unwrap_or_default();
            assert!(
                !bytes
                    .windows(p.token.len())
                    .any(|w| w == p.token.as_bytes()),
                "the token is in {}",
                file.path().display()
            );
        }
    }
}
