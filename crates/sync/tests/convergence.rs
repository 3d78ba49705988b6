//! Convergence under faults: 5 replicas (temp-file stores) and an in-process
//! server, 10,000 random edits, deletes and undeletes of candidates,
//! requisitions and applications (with their foreign keys), while requests
//! and responses are dropped, pull pages come back duplicated or stale,
//! replicas are partitioned, crash and reopen their files, and run with
//! skewed clocks. After healing, every replica and the server hold the same
//! rows, every outbox is empty, and every cell holds its newest write
//! according to an independent model of all captured writes.
//!
//! Seeded: the seed is printed; replay one with `CONVERGENCE_SEED=<n>`, and
//! `CONVERGENCE_OPS=<n>` changes the number of operations. Time is simulated
//! (each replica's wall clock is the simulated time plus its skew), so a
//! seed replays the same run.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};
use talentdesk_core::clock::Clock;
use talentdesk_core::Store;
use talentdesk_sync::client::{read, write, SyncClient, Transport};
use talentdesk_sync::hub::MemoryHub;
use talentdesk_sync::protocol::{PullRequest, PullResponse, PushRequest, PushResponse};
use talentdesk_sync::schema::Schema;
use talentdesk_sync::{capture, Result, Stamp, SyncError};

const REPLICAS: usize = 5;
const DEFAULT_SEED: u64 = 0x7a1e_47de_5c00_0006;
const TABLES: [&str; 3] = ["candidates", "requisitions", "applications"];
const WS: &str = "ws-convergence";

/// Faults the transport injects.
#[derive(Clone, Copy)]
struct Faults {
    drop_request: f64,
    drop_response: f64,
    stale_page: f64,
}

const NO_FAULTS: Faults = Faults {
    drop_request: 0.0,
    drop_response: 0.0,
    stale_page: 0.0,
};

/// The server behind a lossy network.
struct Net {
    hub: Arc<MemoryHub>,
    rng: RefCell<ChaCha8Rng>,
    faults: RefCell<Faults>,
    partitioned: RefCell<bool>,
    /// Earlier pull answers, replayed as duplicated or reordered pages.
    history: RefCell<Vec<PullResponse>>,
}

impl Net {
    fn roll(&self, p: f64) -> bool {
        p > 0.0 && self.rng.borrow_mut().gen_bool(p)
    }

    fn lost() -> SyncError {
        SyncError::Transport("simulated network failure".into())
    }
}

impl Transport for Net {
    fn push(&self, req: &PushRequest) -> Result<PushResponse> {
        let f = *self.faults.borrow();
        if *self.partitioned.borrow() || self.roll(f.drop_request) {
            return Err(Self::lost());
        }
        let resp = self.hub.push(req).map_err(|e| SyncError::Remote {
            code: e.code,
            message: e.message,
        })?;
        if self.roll(f.drop_response) {
            return Err(Self::lost()); // applied, but the client never hears
        }
        Ok(resp)
    }

    fn pull(&self, req: &PullRequest) -> Result<PullResponse> {
        let f = *self.faults.borrow();
        if *self.partitioned.borrow() || self.roll(f.drop_request) {
            return Err(Self::lost());
        }
        if self.roll(f.stale_page) {
            let history = self.history.borrow();
            if let Some(old) = history.choose(&mut *self.rng.borrow_mut()) {
                return Ok(old.clone());
            }
        }
        let resp = self.hub.pull(req).map_err(|e| SyncError::Remote {
            code: e.code,
            message: e.message,
        })?;
        {
            let mut h = self.history.borrow_mut();
            h.push(resp.clone());
            if h.len() > 20 {
                h.remove(0);
            }
        }
        if self.roll(f.drop_response) {
            return Err(Self::lost());
        }
        Ok(resp)
    }
}

/// Newest write of every cell, and the row's live/dead stamps.
#[derive(Default, Debug)]
struct ModelRow {
    live: Option<Stamp>,
    dead: Option<Stamp>,
    cells: BTreeMap<String, (Stamp, Value)>,
}

impl ModelRow {
    fn alive(&self) -> bool {
        match (&self.live, &self.dead) {
            (Some(l), Some(d)) => l > d,
            (Some(_), None) => true,
            _ => false,
        }
    }
}

#[derive(Default)]
struct Model {
    rows: BTreeMap<(String, String), ModelRow>,
    /// Every row key, in order of first sight (random picks).
    keys: Vec<(String, String)>,
    writes: u64,
}

impl Model {
    fn record(&mut self, e: &capture::OutboxEntry, site: &str) {
        self.writes += 1;
        let stamp = Stamp::new(e.hlc, site);
        let key = (e.table.clone(), e.pk.clone());
        if !self.rows.contains_key(&key) {
            self.keys.push(key.clone());
        }
        let row = self.rows.entry(key).or_default();
        let newer = |slot: &Option<Stamp>| slot.as_ref().is_none_or(|s| stamp > *s);
        use talentdesk_sync::ChangeKind::*;
        match e.kind {
            Delete => {
                if newer(&row.dead) {
                    row.dead = Some(stamp);
                }
                return; // a delete writes no cell
            }
            Insert | Undelete => {
                if newer(&row.live) {
                    row.live = Some(stamp.clone());
                }
            }
            Update | State => {}
        }
        for (col, v) in &e.cols {
            let win = row.cells.get(col).is_none_or(|(s, _)| stamp > *s);
            if win {
                row.cells.insert(col.clone(), (stamp.clone(), v.clone()));
            }
        }
    }
}

struct Replica {
    path: PathBuf,
    skew_ms: i64,
    client: Option<SyncClient>,
    net: Net,
    site: String,
}

struct Sim {
    rng: ChaCha8Rng,
    now: Arc<AtomicU64>,
    hub: Arc<MemoryHub>,
    replicas: Vec<Replica>,
    model: Model,
    /// Newest captured stamp of each replica already in the model.
    seen: Vec<talentdesk_core::clock::Hlc>,
    schema: Arc<Schema>,
    next_id: u64,
    crashes: u64,
    failed_syncs: u64,
    /// Time spent per kind of step (printed: where a slow run goes).
    timings: BTreeMap<&'static str, std::time::Duration>,
}

fn open(path: &PathBuf, now: &Arc<AtomicU64>, skew_ms: i64) -> Store {
    let now = Arc::clone(now);
    let clock = Clock::with_wall(Arc::new(move || {
        (now.load(Ordering::SeqCst) as i64 + skew_ms).max(0) as u64
    }));
    Store::open_with_clock(path, clock).unwrap()
}

fn sql_err(e: SyncError) -> talentdesk_core::Error {
    talentdesk_core::Error::database(e.to_string())
}

impl Sim {
    fn client(&self, r: usize) -> &SyncClient {
        self.replicas[r].client.as_ref().unwrap()
    }

    fn store(&self, r: usize) -> &Store {
        self.client(r).store()
    }

    fn tick(&mut self) {
        let step = self.rng.gen_range(0..40);
        self.now.fetch_add(step, Ordering::SeqCst);
    }

    /// Feed everything replica `r` captured since last time into the model.
    fn observe(&mut self, r: usize) {
        let schema = Arc::clone(&self.schema);
        let after = self.seen[r];
        let entries = read(self.store(r), |c| {
            capture::outbox_after_stamp(c, &schema, after)
        })
        .unwrap();
        let site = self.replicas[r].site.clone();
        for e in &entries {
            self.model.record(e, &site);
            self.seen[r] = self.seen[r].max(e.hlc);
        }
    }

    fn new_id(&mut self) -> String {
        self.next_id += 1;
        let bytes: [u8; 10] = self.rng.gen();
        uuid::Builder::from_unix_timestamp_millis(self.next_id, &bytes)
            .into_uuid()
            .to_string()
    }

    fn pick_row(&mut self, r: usize, table: &str) -> Option<String> {
        let ids: Vec<String> = self
            .store(r)
            .read(|c| {
                Ok(
                    c.prepare_cached(&format!("SELECT id FROM {table} ORDER BY id"))?
                        .query_map([], |row| row.get(0))?
                        .collect::<rusqlite::Result<_>>()?,
                )
            })
            .unwrap();
        ids.choose(&mut self.rng).cloned()
    }

    fn text(&mut self) -> String {
        const WORDS: [&str; 8] = [
            "alpha", "berlin", "remote", "senior", "rust", "lead", "nyc", "data",
        ];
        format!(
            "{} {}",
            WORDS.choose(&mut self.rng).unwrap_or(&"x"),
            self.rng.gen_range(0..100)
        )
    }

    fn exec(&self, r: usize, sql: &str, params: Vec<rusqlite::types::Value>) -> bool {
        self.store(r)
            .write(|tx| {
                tx.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(params.iter()))?;
                Ok(())
            })
            .is_ok()
    }

    fn op_insert(&mut self, r: usize) {
        use rusqlite::types::Value as V;
        let id = self.new_id();
        match self.rng.gen_range(0..3) {
            0 => {
                let name = self.text();
                let email = format!("{}@example.com", self.rng.gen_range(0..1000));
                self.exec(
                    r,
                    "INSERT INTO candidates (id, full_name, email) VALUES (?1, ?2, ?3)",
                    vec![V::Text(id), V::Text(name), V::Text(email)],
                );
            }
            1 => {
                let title = self.text();
                self.exec(
                    r,
                    "INSERT INTO requisitions (id, title, status) VALUES (?1, ?2, 'open')",
                    vec![V::Text(id), V::Text(title)],
                );
            }
            _ => {
                let (Some(c), Some(q)) = (
                    self.pick_row(r, "candidates"),
                    self.pick_row(r, "requisitions"),
                ) else {
                    return;
                };
                self.exec(
                    r,
                    "INSERT INTO applications (id, candidate_id, requisition_id, source) VALUES (?1, ?2, ?3, 'web')",
                    vec![V::Text(id), V::Text(c), V::Text(q)],
                );
            }
        }
    }

    fn op_update(&mut self, r: usize) {
        use rusqlite::types::Value as V;
        let table = *TABLES.choose(&mut self.rng).unwrap_or(&"candidates");
        let Some(id) = self.pick_row(r, table) else {
            return;
        };
        let cols: &[&str] = match table {
            "candidates" => &[
                "full_name",
                "email",
                "location",
                "headline",
                "status",
                "total_experience_years",
            ],
            "requisitions" => &["title", "department", "status", "openings"],
            _ => &["status", "source", "match_score", "position"],
        };
        let n = self.rng.gen_range(1..=2);
        let chosen: Vec<&str> = cols.choose_multiple(&mut self.rng, n).copied().collect();
        let mut sets = Vec::new();
        let mut vals = Vec::new();
        for col in &chosen {
            let v = match *col {
                "status" if table == "candidates" => V::Text(
                    ["new", "active", "interviewing", "hired"]
                        .choose(&mut self.rng)
                        .unwrap_or(&"new")
                        .to_string(),
                ),
                "status" if table == "requisitions" => V::Text(
                    ["open", "paused", "closed"]
                        .choose(&mut self.rng)
                        .unwrap_or(&"open")
                        .to_string(),
                ),
                "status" => V::Text(
                    ["new", "screening", "interview", "offer"]
                        .choose(&mut self.rng)
                        .unwrap_or(&"new")
                        .to_string(),
                ),
                "openings" | "match_score" => V::Integer(self.rng.gen_range(0..100)),
                "total_experience_years" | "position" => {
                    V::Real(self.rng.gen_range(0..4000) as f64 / 7.0)
                }
                "email" => V::Text(format!("{}@example.org", self.rng.gen_range(0..1000))),
                "location" | "department" | "source" if self.rng.gen_bool(0.2) => V::Null,
                _ => V::Text(self.text()),
            };
            vals.push(v);
            sets.push(format!("{col} = ?{}", vals.len()));
        }
        vals.push(V::Text(id));
        let sql = format!(
            "UPDATE {table} SET {} WHERE id = ?{}",
            sets.join(", "),
            vals.len()
        );
        self.exec(r, &sql, vals);
    }

    fn op_delete(&mut self, r: usize) {
        // Parents less often: a deleted candidate takes its applications along.
        let table = if self.rng.gen_bool(0.6) {
            "applications"
        } else {
            TABLES[self.rng.gen_range(0..2)]
        };
        if let Some(id) = self.pick_row(r, table) {
            self.exec(
                r,
                &format!("DELETE FROM {table} WHERE id = ?1"),
                vec![rusqlite::types::Value::Text(id)],
            );
        }
    }

    fn op_undelete(&mut self, r: usize) {
        // A row the model knows as deleted (a few random tries).
        let mut found = None;
        for _ in 0..30 {
            let Some(key) = self.model.keys.choose(&mut self.rng) else {
                return;
            };
            if self
                .model
                .rows
                .get(key)
                .is_some_and(|row| !row.alive() && row.dead.is_some())
            {
                found = Some(key.clone());
                break;
            }
        }
        let Some((table, pk)) = found else { return };
        let schema = Arc::clone(&self.schema);
        // Fails harmlessly (nothing written) when this replica has no
        // tombstone for the row, or its parent is gone here.
        let _ = write(self.store(r), |c| {
            capture::undelete(c, &schema, &table, &pk)
        });
    }

    fn op_sync(&mut self, r: usize) {
        if self.client(r).sync(&self.replicas[r].net).is_err() {
            self.failed_syncs += 1;
        }
    }

    fn crash(&mut self, r: usize) {
        self.crashes += 1;
        // Drop every connection: whatever was committed is all that is left.
        self.replicas[r].client = None;
        let store = open(&self.replicas[r].path, &self.now, self.replicas[r].skew_ms);
        self.replicas[r].client = Some(client(store, self.rng.gen_bool(0.5)));
    }

    /// `ops` data operations (insert, update, delete, undelete), with syncs
    /// and faults (partitions, crashes) in between.
    fn run(&mut self, ops: usize) {
        let mut i = 0;
        while i < ops {
            self.tick();
            let r = self.rng.gen_range(0..REPLICAS);
            let started = std::time::Instant::now();
            let roll = self.rng.gen_range(0..100);
            let kind = match roll {
                0..=29 => "insert",
                30..=66 => "update",
                67..=79 => "delete",
                80..=85 => "undelete",
                86..=95 => "sync",
                96..=97 => "update",
                _ => "fault",
            };
            if roll <= 85 || (96..=97).contains(&roll) {
                i += 1;
            }
            match roll {
                0..=29 => self.op_insert(r),
                30..=66 => self.op_update(r),
                67..=79 => self.op_delete(r),
                80..=85 => self.op_undelete(r),
                86..=95 => self.op_sync(r),
                96..=97 => self.op_update(r),
                98 => {
                    let p = &self.replicas[r].net.partitioned;
                    let was = *p.borrow();
                    *p.borrow_mut() = !was;
                }
                _ if self.rng.gen_bool(0.25) => self.crash(r),
                _ => self.op_update(r),
            }
            *self.timings.entry(kind).or_default() += started.elapsed();
            let started = std::time::Instant::now();
            self.observe(r);
            *self.timings.entry("observe").or_default() += started.elapsed();
            if kind != "sync" && kind != "fault" && i % 2_000 == 0 {
                eprintln!(
                    "  {} ops, {} writes captured, {} failed syncs, {} crashes",
                    i, self.model.writes, self.failed_syncs, self.crashes
                );
            }
        }
    }

    /// Heal every partition and fault, and sync until nothing moves.
    fn heal(&mut self) {
        for rep in &self.replicas {
            *rep.net.partitioned.borrow_mut() = false;
            *rep.net.faults.borrow_mut() = NO_FAULTS;
        }
        for round in 0..20 {
            let mut moved = 0;
            for r in 0..REPLICAS {
                self.tick();
                let report = self.client(r).sync(&self.replicas[r].net).unwrap();
                moved += report.pushed + report.applied.rows_changed;
                self.observe(r);
            }
            if moved == 0 {
                eprintln!("  converged after {} healing rounds", round + 1);
                return;
            }
        }
        panic!("replicas still exchanging changes after 20 healing rounds");
    }

    fn table_rows(
        &self,
        r: usize,
        schema: &Schema,
    ) -> BTreeMap<(String, String), Map<String, Value>> {
        let mut out = BTreeMap::new();
        self.store(r)
            .read(|c| {
                for table in TABLES {
                    let t = schema.table(table).map_err(sql_err)?;
                    let ids: Vec<String> = c
                        .prepare(&format!("SELECT id FROM {table}"))?
                        .query_map([], |row| row.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    for id in ids {
                        let row = talentdesk_sync::apply::read_row(c, t, &id)
                            .map_err(sql_err)?
                            .unwrap_or_default();
                        out.insert((table.to_string(), id), row);
                    }
                }
                Ok(())
            })
            .unwrap();
        out
    }

    fn check(&self) {
        let schema = &self.schema;
        let server: BTreeMap<_, _> = self
            .hub
            .live_rows(WS)
            .into_iter()
            .filter(|((t, _), _)| TABLES.contains(&t.as_str()))
            .collect();
        assert!(
            server.len() > 50,
            "too few rows survived to test anything: {}",
            server.len()
        );
        for r in 0..REPLICAS {
            let pending = read(self.store(r), capture::outbox_len).unwrap();
            assert_eq!(pending, 0, "replica {r} outbox not empty");
            let rows = self.table_rows(r, schema);
            if rows != server {
                let only_local: Vec<_> = rows
                    .keys()
                    .filter(|k| !server.contains_key(*k))
                    .take(5)
                    .collect();
                let only_server: Vec<_> = server
                    .keys()
                    .filter(|k| !rows.contains_key(*k))
                    .take(5)
                    .collect();
                let differ: Vec<_> = rows
                    .iter()
                    .filter(|(k, v)| server.get(*k).is_some_and(|s| s != *v))
                    .take(3)
                    .collect();
                panic!("replica {r} differs from the server: only local {only_local:?}, only server {only_server:?}, differing {differ:#?}");
            }
        }
        // The model of all captured writes agrees with the server.
        let model_live: BTreeMap<_, _> = self
            .model
            .rows
            .iter()
            .filter(|((t, _), row)| TABLES.contains(&t.as_str()) && row.alive())
            .collect();
        assert_eq!(
            model_live.keys().map(|k| (*k).clone()).collect::<Vec<_>>(),
            server.keys().cloned().collect::<Vec<_>>(),
            "live rows differ from the model"
        );
        for (key, row) in model_live {
            let values = &server[key];
            for (col, (_, want)) in &row.cells {
                let have = values.get(col).unwrap_or(&Value::Null);
                assert_eq!(have, want, "{key:?}.{col}: not the newest write");
            }
        }
    }
}

fn client(store: Store, small_pages: bool) -> SyncClient {
    let c = SyncClient::new(store, "mem://hub", WS).unwrap();
    if small_pages {
        c.with_page_limit(7).with_batch_size(11)
    } else {
        c.with_page_limit(50).with_batch_size(40)
    }
}

#[test]
fn replicas_converge_under_faults() {
    let seed = std::env::var("CONVERGENCE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let ops = std::env::var("CONVERGENCE_OPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    eprintln!("convergence: seed {seed} ({ops} ops); replay with CONVERGENCE_SEED={seed}");
    let outcome = std::panic::catch_unwind(|| run(seed, ops));
    if let Err(e) = outcome {
        eprintln!("convergence FAILED with seed {seed}; replay with CONVERGENCE_SEED={seed}");
        std::panic::resume_unwind(e);
    }
}

fn run(seed: u64, ops: usize) {
    // Files in RAM when the OS has a tmpfs (Linux): the test is about
    // crashes and reopening, not about the disk.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm)
    } else {
        tempfile::tempdir()
    }
    .unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let now = Arc::new(AtomicU64::new(talentdesk_core::clock::system_wall_ms()));
    let wall_now = Arc::clone(&now);
    let hub = Arc::new(MemoryHub::with_wall(Arc::new(move || {
        wall_now.load(Ordering::SeqCst)
    })));
    let mut replicas = Vec::new();
    for r in 0..REPLICAS {
        let path = dir.path().join(format!("replica{r}.db"));
        // Clocks up to two minutes apart, well inside the 5-minute bound.
        let skew_ms = rng.gen_range(-60_000..=60_000);
        let store = open(&path, &now, skew_ms);
        // Deterministic site ids, so a seed replays the same tie-breaks.
        let site = format!("00000000-0000-4000-8000-00000000000{r}");
        store
            .write(|tx| {
                tx.execute("UPDATE sync_site SET site_id = ?1", [&site])?;
                Ok(())
            })
            .unwrap();
        let net = Net {
            hub: Arc::clone(&hub),
            rng: RefCell::new(ChaCha8Rng::seed_from_u64(seed ^ (r as u64 + 1))),
            faults: RefCell::new(Faults {
                drop_request: 0.1,
                drop_response: 0.1,
                stale_page: 0.15,
            }),
            partitioned: RefCell::new(false),
            history: RefCell::new(Vec::new()),
        };
        replicas.push(Replica {
            path,
            skew_ms,
            client: Some(client(store, r % 2 == 0)),
            net,
            site,
        });
    }
    let schema = read(replicas[0].client.as_ref().unwrap().store(), |c| {
        Schema::load(c)
    })
    .unwrap();
    let mut sim = Sim {
        rng,
        now,
        hub,
        replicas,
        model: Model::default(),
        seen: vec![talentdesk_core::clock::Hlc(0); REPLICAS],
        schema: Arc::new(schema),
        next_id: 1_700_000_000_000,
        crashes: 0,
        failed_syncs: 0,
        timings: BTreeMap::new(),
    };
    let start = std::time::Instant::now();
    sim.run(ops);
    sim.heal();
    sim.check();
    eprintln!("  time per step kind: {:?}", sim.timings);
    let undeletes = sim
        .model
        .rows
        .values()
        .filter(|r| r.live.is_some() && r.dead.is_some() && r.alive())
        .count();
    eprintln!(
        "convergence ok in {:.1?}: {} writes captured, {} rows, {} revived, {} failed syncs, {} crashes",
        start.elapsed(),
        sim.model.writes,
        sim.model.rows.len(),
        undeletes,
        sim.failed_syncs,
        sim.crashes
    );
    let _ = json!(null);
}
