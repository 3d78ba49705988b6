//! Sync against the real server (`talentdesk-server`: axum, SQLite storage)
//! on a random loopback port, through the client's HTTP transport.
//!
//! Setup: one device holds the dataset's first N candidates (100k in the
//! full run) and pushes them. Initial pull: a new device pulls all of them
//! and applies them (timed from the first request to the applied inbox).
//! Push: each pulled device edits 10k candidates and pushes the 10k changes
//! (timed: outbox to acknowledged batches).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use talentdesk_core::Store;
use talentdesk_server::{provision, serve, AppState, RateLimit, SqliteStorage, Storage};
use talentdesk_sync::client::{SyncClient, Transport};
use talentdesk_sync::http::HttpTransport;
use talentdesk_sync::protocol::PullRequest;

use super::capture_write::CandidateRows;
use crate::capture::sync_err;
use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::{BenchResult, Size};

pub fn run(data: &Dataset, work: &Path, size: &Size) -> [Row; 2] {
    let pull = Row::new(
        "sync_pull",
        "initial sync pull of 100k rows over loopback",
        None,
        Target::RateAtLeast(50_000.0, "rows"),
    );
    let push = Row::new(
        "sync_push",
        "push of 10k local changes",
        None,
        Target::RateAtLeast(20_000.0, "changes"),
    );
    let dir = work.join("sync");
    let outcome = std::fs::create_dir_all(&dir)
        .map_err(Into::into)
        .and_then(|()| measure(data, &dir, size));
    let _ = std::fs::remove_dir_all(&dir);
    match outcome {
        Ok((p, q)) => [super::finish(pull, || Ok(p)), super::finish(push, || Ok(q))],
        Err(e) => {
            let why = e.to_string();
            [
                super::finish(pull, || Err(why.clone().into())),
                super::finish(push, || Err(why.into())),
            ]
        }
    }
}

fn measure(data: &Dataset, dir: &Path, size: &Size) -> BenchResult<(Measured, Measured)> {
    let server = Server::start(&dir.join("server.db"))?;
    let account = provision(server.storage.as_ref(), "bench", "Bench workspace")?;
    let transport = HttpTransport::new(&server.url, &account.token).map_err(sync_err)?;

    // The first device and its initial push (setup, reported in the notes).
    let rows = CandidateRows::load(&data.store, size.sync_rows)?;
    let origin = Store::open(dir.join("origin.db"))?;
    let sql = rows.insert_sql();
    origin.write(|tx| {
        let mut stmt = tx.prepare(&sql)?;
        for row in &rows.values {
            stmt.execute(rusqlite::params_from_iter(row.iter()))?;
        }
        Ok(())
    })?;
    let client = SyncClient::new(origin, &server.url, &account.workspace_id).map_err(sync_err)?;
    let start = Instant::now();
    let pushed = push_all(&client, &transport)?;
    let setup_push = start.elapsed();
    let n = rows.values.len() as u64;
    if pushed != n {
        return Err(format!("the first device pushed {pushed} changes, not {n}").into());
    }

    let (mut pulls, mut pushes, mut phases) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..size.sync_runs {
        let store = Store::open(dir.join(format!("device-{i}.db")))?;
        let device =
            SyncClient::new(store.clone(), &server.url, &account.workspace_id).map_err(sync_err)?;
        let start = Instant::now();
        let (pulled, parts) = pull_all(&device, &transport, &account.workspace_id)?;
        pulls.push(start.elapsed());
        phases.push(parts);
        let have: i64 = store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM candidates", [], |r| r.get(0))?))?;
        if pulled < n || have != n as i64 {
            return Err(
                format!("device {i} pulled {pulled} rows and holds {have}, expected {n}").into(),
            );
        }
        let pending = device.status().map_err(sync_err)?.pending_changes;
        if pending != 0 {
            return Err(format!("device {i} has {pending} changes pending after its pull").into());
        }

        // 10k local edits, captured, then pushed.
        store.write(|tx| {
            tx.execute(
                "UPDATE candidates SET headline = headline || ' (edited ' || ?1 || ')',
                        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                 WHERE rowid IN (SELECT rowid FROM candidates ORDER BY rowid LIMIT ?2)",
                rusqlite::params![i as i64, size.push_changes as i64],
            )?;
            Ok(())
        })?;
        let start = Instant::now();
        let sent = push_all(&device, &transport)?;
        pushes.push(start.elapsed());
        if sent != size.push_changes as u64 {
            return Err(format!(
                "device {i} pushed {sent} changes, not {}",
                size.push_changes
            )
            .into());
        }
    }
    let phase = |i: usize| {
        let mut v: Vec<f64> = phases
            .iter()
            .map(|p: &[Duration; 3]| p[i].as_secs_f64())
            .collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let pull = Measured {
        summary: summarize(&pulls).ok_or("no runs")?,
        baseline: None,
        items: Some(n),
        notes: vec![format!(
            "{n} candidate rows pulled and applied by a new device: requests (server, HTTP, JSON) {:.1} s, \
             inbox writes {:.1} s, apply {:.1} s (medians); the first device's push of them took {:.1} s",
            phase(0),
            phase(1),
            phase(2),
            setup_push.as_secs_f64()
        )],
    };
    let push = Measured {
        summary: summarize(&pushes).ok_or("no runs")?,
        baseline: None,
        items: Some(size.push_changes as u64),
        notes: vec![format!(
            "{} edited candidates pushed to the server, which merges and stores them",
            size.push_changes
        )],
    };
    Ok((pull, push))
}

/// Push until the outbox is empty (what a sync does before it pulls);
/// returns the number of changes sent.
fn push_all(client: &SyncClient, transport: &HttpTransport) -> BenchResult<u64> {
    let mut sent = 0;
    while let Some(batch) = client.next_batch().map_err(sync_err)? {
        let resp = transport.push(&batch).map_err(sync_err)?;
        client.ack(&resp.mutation_id).map_err(sync_err)?;
        sent += batch.changes.len() as u64;
    }
    Ok(sent)
}

/// [`SyncClient::pull_all`] step by step, timing its three phases: the
/// requests, storing the pages in the inbox, and applying the inbox.
fn pull_all(
    device: &SyncClient,
    transport: &HttpTransport,
    workspace: &str,
) -> BenchResult<(u64, [Duration; 3])> {
    let (mut pulled, mut phases) = (0, [Duration::ZERO; 3]);
    loop {
        let start = Instant::now();
        let cursor = device.pull_cursor().map_err(sync_err)?;
        let page = transport
            .pull(&PullRequest {
                schema_version: Store::latest_migration_version(),
                workspace_id: workspace.to_string(),
                cursor,
                limit: None,
            })
            .map_err(sync_err)?;
        let fetched = Instant::now();
        pulled += page.rows.len() as u64;
        let done = device.accept_page(&page).map_err(sync_err)?;
        phases[0] += fetched - start;
        phases[1] += fetched.elapsed();
        if done {
            break;
        }
    }
    let start = Instant::now();
    device.apply_inbox().map_err(sync_err)?;
    phases[2] = start.elapsed();
    Ok((pulled, phases))
}

/// The sync server on 127.0.0.1 with a random port, on its own runtime.
struct Server {
    url: String,
    storage: Arc<SqliteStorage>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(db: &Path) -> BenchResult<Server> {
        let storage = Arc::new(SqliteStorage::open(db)?);
        // No rate limit worth the name: the client is the only one.
        let limit = RateLimit {
            per_second: 1e9,
            burst: 1e9,
        };
        let state = AppState::new(storage.clone() as Arc<dyn Storage>, limit);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
        let url = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let served = runtime.block_on(serve(listener, state, async {
                let _ = stopped.await;
            }));
            if let Err(e) = served {
                eprintln!("bench: the sync server stopped: {e}");
            }
        });
        Ok(Server {
            url,
            storage,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
