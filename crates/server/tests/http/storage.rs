//! What a storage backend must guarantee under the HTTP API, beyond one
//! device at a time: pull pages bounded by rows and by bytes that cover every
//! row once, a batch sent several times at once applied once, and a reader
//! following the cursor while several devices push at once never skipping a
//! row (the per-workspace sequence is taken in commit order). Both concurrent
//! tests fail on PostgreSQL when the push's workspace row lock is removed.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

use talentdesk_core::Store;
use talentdesk_server::RateLimit;
use talentdesk_sync::client::{SyncClient, Transport};
use talentdesk_sync::http::HttpTransport;
use talentdesk_sync::protocol::{PullRequest, PullResponse, MAX_PULL_BYTES};

use super::{device, exec, Backend, Server};

pub const NO_LIMIT: RateLimit = RateLimit {
    per_second: 1e6,
    burst: 1e6,
};

fn pull(t: &HttpTransport, ws: &str, cursor: i64, limit: Option<usize>) -> PullResponse {
    t.pull(&PullRequest {
        schema_version: Store::latest_migration_version(),
        workspace_id: ws.to_string(),
        cursor,
        limit,
    })
    .unwrap()
}

pub fn pulls_page_by_rows_and_bytes(backend: Backend) {
    let server = Server::start(backend, NO_LIMIT);
    let alice = server.provision("alice");
    let (a, ta) = device(&server, &alice);
    // Five rows of ~400 KB first, then 25 small ones.
    let big = "x".repeat(400_000);
    let mut sql = String::new();
    for i in 0..5 {
        sql += &format!(
            "INSERT INTO candidates (id, full_name, headline) VALUES ('big{i}', 'Big {i}', '{big}');"
        );
    }
    for i in 0..25 {
        sql += &format!("INSERT INTO candidates (id, full_name) VALUES ('small{i:02}', 'S{i}');");
    }
    exec(a.store(), &sql);
    assert_eq!(a.sync(&ta).unwrap().pushed, 30);

    // Bytes: the page closes once it holds about MAX_PULL_BYTES (3 big rows).
    let first = pull(&ta, &alice.workspace_id, 0, None);
    assert_eq!(first.rows.len(), 3, "closed by bytes, not by rows");
    assert!(first.has_more);
    let before_last = serde_json::to_string(&first.rows[..2]).unwrap().len();
    assert!(before_last < MAX_PULL_BYTES);

    // Rows: pages of at most 7 rows, chained by cursor, cover every row once.
    let mut seen = Vec::new();
    let mut cursor = 0;
    let mut pages = 0;
    loop {
        let page = pull(&ta, &alice.workspace_id, cursor, Some(7));
        assert_eq!(page.since, cursor);
        assert!(page.rows.len() <= 7);
        pages += 1;
        seen.extend(page.rows.iter().map(|r| r.pk.clone()));
        if !page.has_more {
            assert_eq!(page.next_cursor, page.since + page.rows.len() as i64);
            break;
        }
        assert!(page.next_cursor > cursor);
        cursor = page.next_cursor;
    }
    assert!(pages >= 5, "{pages} pages");
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!((seen.len(), unique.len()), (30, 30));
    // At the head: an empty page that keeps the cursor.
    let head = pull(&ta, &alice.workspace_id, 30, Some(7));
    assert!(head.rows.is_empty() && !head.has_more && head.next_cursor == 30);
}

pub fn retried_and_concurrent_pushes_apply_once(backend: Backend) {
    let server = Server::start(backend, NO_LIMIT);
    let alice = server.provision("alice");
    let (a, _) = device(&server, &alice);
    let mut sql = String::new();
    for i in 0..50 {
        sql += &format!("INSERT INTO candidates (id, full_name) VALUES ('first{i:02}', 'F{i}');");
    }
    exec(a.store(), &sql);
    let batch = a.next_batch().unwrap().unwrap();
    assert_eq!(batch.changes.len(), 50);

    // The same batch six times at once: applied by exactly one of them.
    let answers: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..6)
            .map(|_| {
                s.spawn(|| {
                    HttpTransport::new(&server.url, &alice.token)
                        .unwrap()
                        .push(&batch)
                        .unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let firsts: Vec<_> = answers.iter().filter(|r| !r.duplicate).collect();
    assert_eq!(firsts.len(), 1, "{answers:?}");
    assert_eq!(firsts[0].applied, 50);
    assert!(answers
        .iter()
        .all(|r| r.cursor == 50 && r.mutation_id == batch.mutation_id));
    assert!(answers
        .iter()
        .filter(|r| r.duplicate)
        .all(|r| r.applied == 0));
    let all = pull(
        &HttpTransport::new(&server.url, &alice.token).unwrap(),
        &alice.workspace_id,
        0,
        None,
    );
    assert_eq!((all.rows.len(), all.next_cursor), (50, 50));
}

/// Four devices push small batches at once while a reader follows the cursor
/// in small pages: the reader gets every row, also those whose push committed
/// after a later-numbered one would have.
pub fn concurrent_pushes_never_skip_a_pulled_row(backend: Backend) {
    let server = Server::start(backend, NO_LIMIT);
    let alice = server.provision("alice");
    let writers_done = AtomicBool::new(false);
    let expected: BTreeSet<String> = (0..4)
        .flat_map(|d| (0..40).map(move |i| format!("d{d}-{i:02}")))
        .collect();
    let seen = std::thread::scope(|s| {
        let reader = s.spawn(|| {
            let t = HttpTransport::new(&server.url, &alice.token).unwrap();
            let mut seen = BTreeSet::new();
            let mut cursor = 0;
            loop {
                let done = writers_done.load(Ordering::SeqCst);
                let page = pull(&t, &alice.workspace_id, cursor, Some(7));
                seen.extend(page.rows.iter().map(|r| r.pk.clone()));
                cursor = page.next_cursor;
                if done && !page.has_more {
                    return seen;
                }
            }
        });
        let writers: Vec<_> = (0..4)
            .map(|d| {
                let server = &server;
                let alice = &alice;
                s.spawn(move || {
                    let store = Store::open_in_memory().unwrap();
                    let client = SyncClient::new(store, &server.url, &alice.workspace_id)
                        .unwrap()
                        .with_batch_size(5);
                    let t = HttpTransport::new(&server.url, &alice.token).unwrap();
                    for round in 0..4 {
                        let mut sql = String::new();
                        for i in round * 10..round * 10 + 10 {
                            sql += &format!(
                                "INSERT INTO candidates (id, full_name) VALUES ('d{d}-{i:02}', 'D');"
                            );
                        }
                        exec(client.store(), &sql);
                        while let Some(batch) = client.next_batch().unwrap() {
                            client.ack(&t.push(&batch).unwrap().mutation_id).unwrap();
                        }
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        writers_done.store(true, Ordering::SeqCst);
        reader.join().unwrap()
    });
    let missed: Vec<_> = expected.difference(&seen).collect();
    assert!(missed.is_empty(), "the reader skipped {missed:?}");
    assert_eq!(seen.len(), expected.len());
}

/// Push and pull throughput through HTTP (a measurement, not a check; run by
/// hand: `cargo test -p talentdesk-server --test http -- --ignored throughput --nocapture`).
pub fn throughput(backend: Backend) {
    const ROWS: usize = 10_000;
    let server = Server::start(backend, NO_LIMIT);
    let alice = server.provision("alice");
    let (a, t) = device(&server, &alice);
    let mut sql = String::new();
    for i in 0..ROWS {
        sql += &format!(
            "INSERT INTO candidates (id, full_name, email, headline) \
             VALUES ('t{i:05}', 'Name {i}', 'n{i}@x.io', 'Engineer with {i} projects');"
        );
    }
    exec(a.store(), &sql);
    let (mut pushed, mut push_time) = (0, std::time::Duration::ZERO);
    while let Some(batch) = a.next_batch().unwrap() {
        let started = std::time::Instant::now();
        let resp = t.push(&batch).unwrap();
        push_time += started.elapsed();
        pushed += resp.applied;
        a.ack(&resp.mutation_id).unwrap();
    }
    assert_eq!(pushed, ROWS as u64);
    let started = std::time::Instant::now();
    let (mut cursor, mut pulled) = (0, 0);
    loop {
        let page = pull(&t, &alice.workspace_id, cursor, None);
        pulled += page.rows.len();
        cursor = page.next_cursor;
        if !page.has_more {
            break;
        }
    }
    let pull_time = started.elapsed();
    assert_eq!(pulled, ROWS);
    println!(
        "{backend:?}: pushed {ROWS} rows in batches of 500 in {push_time:.2?} ({:.0} rows/s); \
         pulled them in pages of 1000 in {pull_time:.2?} ({:.0} rows/s)",
        ROWS as f64 / push_time.as_secs_f64(),
        ROWS as f64 / pull_time.as_secs_f64()
    );
}
