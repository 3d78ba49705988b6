//! Several replicas converge through the real HTTP server while the network
//! drops requests and responses (so pushes repeat), replicas sync at the same
//! time (so the storage sees concurrent pushes and pulls of one workspace),
//! and a replica crashes and reopens its file. After healing, every replica
//! holds the same rows, every outbox is empty, the server holds the same live
//! rows, and every cell holds its newest write according to a model of all
//! writes (stamps read from each write's captured change).
//!
//! The in-process property test (`crates/sync/tests/convergence.rs`) covers
//! far more operations, skewed clocks and stale pages; this one proves the
//! same holds through HTTP and each real storage. Seeded: the seed is
//! printed; `HTTP_CONVERGENCE_SEED=<n>` replays one and
//! `HTTP_CONVERGENCE_OPS=<n>` resizes the run.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::Value;
use talentdesk_core::Store;
use talentdesk_server::Provisioned;
use talentdesk_sync::client::{SyncClient, Transport};
use talentdesk_sync::http::HttpTransport;
use talentdesk_sync::protocol::{PullRequest, PullResponse, PushRequest, PushResponse};
use talentdesk_sync::{Result, SyncError};

use super::storage::NO_LIMIT;
use super::{Backend, Server};

const REPLICAS: usize = 4;
const COLUMNS: [&str; 4] = ["full_name", "email", "headline", "location"];

/// The HTTP transport behind a network that loses requests and responses.
struct Lossy {
    inner: HttpTransport,
    rng: Mutex<ChaCha8Rng>,
    loss: Mutex<f64>,
}

impl Lossy {
    fn roll(&self) -> bool {
        let p = *self.loss.lock().unwrap();
        p > 0.0 && self.rng.lock().unwrap().gen_bool(p)
    }

    fn lost(what: &str) -> SyncError {
        SyncError::Transport(format!("simulated loss of the {what}"))
    }
}

impl Transport for Lossy {
    fn push(&self, req: &PushRequest) -> Result<PushResponse> {
        if self.roll() {
            return Err(Self::lost("push request"));
        }
        let resp = self.inner.push(req)?;
        if self.roll() {
            return Err(Self::lost("push response"));
        }
        Ok(resp)
    }

    fn pull(&self, req: &PullRequest) -> Result<PullResponse> {
        if self.roll() {
            return Err(Self::lost("pull request"));
        }
        let resp = self.inner.pull(req)?;
        if self.roll() {
            return Err(Self::lost("pull response"));
        }
        Ok(resp)
    }
}

type Stamp = (i64, String);

/// Every write of one row: its live and dead stamps and each cell's newest write.
#[derive(Default)]
struct ModelRow {
    live: Option<Stamp>,
    dead: Option<Stamp>,
    cells: BTreeMap<&'static str, (Stamp, Value)>,
}

impl ModelRow {
    fn cell(&mut self, col: &'static str, stamp: &Stamp, value: Value) {
        if self.cells.get(col).is_none_or(|(s, _)| stamp > s) {
            self.cells.insert(col, (stamp.clone(), value));
        }
    }

    fn alive(&self) -> bool {
        self.live > self.dead
    }
}

struct Replica {
    path: PathBuf,
    client: SyncClient,
    transport: Lossy,
}

fn open(server: &Server, p: &Provisioned, path: &PathBuf) -> SyncClient {
    SyncClient::new(Store::open(path).unwrap(), &server.url, &p.workspace_id)
        .unwrap()
        .with_batch_size(20)
        .with_page_limit(25)
}

/// The stamp of the write just made on `c`: its captured change.
fn last_stamp(c: &SyncClient) -> Stamp {
    let hlc: i64 = c
        .store()
        .read(|db| {
            Ok(db.query_row(
                "SELECT hlc FROM sync_changes ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    (hlc, c.site_id().to_string())
}

fn exec(c: &SyncClient, sql: &str, params: &[&dyn rusqlite::ToSql]) {
    c.store()
        .write(|tx| {
            tx.execute(sql, params)?;
            Ok(())
        })
        .unwrap();
}

fn live_ids(c: &SyncClient) -> Vec<String> {
    c.store()
        .read(|db| {
            let mut stmt = db.prepare("SELECT id FROM candidates ORDER BY id")?;
            let ids = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(ids)
        })
        .unwrap()
}

fn dump(c: &SyncClient) -> BTreeMap<String, Vec<Value>> {
    c.store()
        .read(|db| {
            let mut stmt = db.prepare(&format!(
                "SELECT id, {} FROM candidates ORDER BY id",
                COLUMNS.join(", ")
            ))?;
            let rows = stmt
                .query_map([], |r| {
                    let id: String = r.get(0)?;
                    let mut values = Vec::new();
                    for i in 0..COLUMNS.len() {
                        let v: Option<String> = r.get(i + 1)?;
                        values.push(v.map_or(Value::Null, Value::String));
                    }
                    Ok((id, values))
                })?
                .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
            Ok(rows)
        })
        .unwrap()
}

/// Sync every replica at the same time; failures are the simulated network's.
fn sync_all_at_once(replicas: &[Replica]) {
    std::thread::scope(|s| {
        for r in replicas {
            s.spawn(|| {
                let _ = r.client.sync(&r.transport);
            });
        }
    });
}

pub fn replicas_converge_through_a_lossy_network(backend: Backend) {
    let seed: u64 = std::env::var("HTTP_CONVERGENCE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| rand::thread_rng().gen());
    let ops: usize = std::env::var("HTTP_CONVERGENCE_OPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    println!("HTTP_CONVERGENCE_SEED={seed} HTTP_CONVERGENCE_OPS={ops} ({backend:?})");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let server = Server::start(backend, NO_LIMIT);
    let alice = server.provision("alice");
    let dir = tempfile::tempdir().unwrap();
    let mut replicas: Vec<Replica> = (0..REPLICAS)
        .map(|i| {
            let path = dir.path().join(format!("replica{i}.db"));
            Replica {
                client: open(&server, &alice, &path),
                path,
                transport: Lossy {
                    inner: HttpTransport::new(&server.url, &alice.token).unwrap(),
                    rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed ^ (i as u64 + 1))),
                    loss: Mutex::new(0.15),
                },
            }
        })
        .collect();
    let mut model: BTreeMap<String, ModelRow> = BTreeMap::new();
    for op in 0..ops {
        let r = &replicas[rng.gen_range(0..REPLICAS)];
        let ids = live_ids(&r.client);
        let roll = rng.gen_range(0..100);
        if roll < 30 || ids.is_empty() {
            let id = format!("c{op:05}");
            let (name, email) = (format!("name {op}"), format!("{op}@x.io"));
            exec(
                &r.client,
                "INSERT INTO candidates (id, full_name, email) VALUES (?1, ?2, ?3)",
                &[&id, &name, &email],
            );
            let stamp = last_stamp(&r.client);
            let row = model.entry(id).or_default();
            row.live = Some(stamp.clone());
            for (col, v) in COLUMNS.into_iter().zip([
                Value::String(name),
                Value::String(email),
                Value::Null,
                Value::Null,
            ]) {
                row.cell(col, &stamp, v);
            }
        } else if roll < 75 {
            let id = ids.choose(&mut rng).unwrap();
            let col = *COLUMNS.choose(&mut rng).unwrap();
            let value = format!("{col}{op}@x.io"); // valid for email too
            exec(
                &r.client,
                &format!("UPDATE candidates SET {col} = ?2 WHERE id = ?1"),
                &[id, &value],
            );
            let stamp = last_stamp(&r.client);
            model
                .get_mut(id)
                .unwrap()
                .cell(col, &stamp, Value::String(value));
        } else if roll < 85 {
            let id = ids.choose(&mut rng).unwrap();
            exec(&r.client, "DELETE FROM candidates WHERE id = ?1", &[id]);
            model.get_mut(id).unwrap().dead = Some(last_stamp(&r.client));
        } else {
            let _ = r.client.sync(&r.transport);
        }
        if op % 50 == 49 {
            sync_all_at_once(&replicas);
        }
        if op == ops / 2 {
            // A crash: the replica's process dies and it reopens its file.
            let i = rng.gen_range(0..REPLICAS);
            let path = replicas[i].path.clone();
            replicas[i].client = open(&server, &alice, &path);
        }
    }

    // Heal the network; two rounds: everyone pushes, then everyone has pulled it all.
    for r in &replicas {
        *r.transport.loss.lock().unwrap() = 0.0;
    }
    for _ in 0..2 {
        sync_all_at_once(&replicas);
        for r in &replicas {
            r.client.sync(&r.transport).unwrap();
        }
    }

    let expected: BTreeMap<String, Vec<Value>> = model
        .iter()
        .filter(|(_, row)| row.alive())
        .map(|(id, row)| {
            let values = COLUMNS.iter().map(|c| row.cells[c].1.clone()).collect();
            (id.clone(), values)
        })
        .collect();
    assert!(
        expected.len() > 10,
        "the run wrote too little: {}",
        expected.len()
    );
    for (i, r) in replicas.iter().enumerate() {
        assert_eq!(r.client.status().unwrap().pending_changes, 0, "replica {i}");
        assert!(
            dump(&r.client) == expected,
            "replica {i} differs from the model (seed {seed})"
        );
    }
    // The server holds the same live rows.
    let t = &replicas[0].transport.inner;
    let (mut cursor, mut live) = (0, 0);
    loop {
        let page = t
            .pull(&PullRequest {
                schema_version: Store::latest_migration_version(),
                workspace_id: alice.workspace_id.clone(),
                cursor,
                limit: None,
            })
            .unwrap();
        live += page.rows.iter().filter(|r| r.clock().is_alive()).count();
        cursor = page.next_cursor;
        if !page.has_more {
            break;
        }
    }
    assert_eq!(live, expected.len(), "seed {seed}");
}
