//! Demo data: fills every table of the live schema with realistic,
//! deterministic rows. WHY: the app must be explorable (and benchmarkable)
//! without real data — a sales demo, a UI review, a performance test of
//! 1,000,000 applications — and a bug report must be reproducible, so the
//! same seed and scale always produce the same database content.
//!
//! Transactions and cancellation: the whole run is ONE write transaction
//! (`Store::write`, `BEGIN IMMEDIATE`). Cancelling (or any error) returns an
//! `Err` and rolls everything back, so the database is either untouched or
//! holds the complete demo set; there is never a half-filled demo. The cancel
//! flag is polled every few hundred rows, so cancellation is prompt even in
//! the million-row tables. While a run is in progress other writers wait
//! (the store's busy timeout), so generate into a database nobody else is
//! writing to; ids derive from the seed, so generating the same seed twice
//! into one database fails cleanly (nothing written) — use another seed.
//!
//! Layout: `schema` reads tables/columns/keys/CHECKs, `plan` orders tables
//! and sizes them, `values`/`text`/`json` generate column values, `rules`
//! keeps cross-table stories consistent, `engine` builds rows, and
//! `pipeline` generates on one thread while the transaction inserts.

mod clock;
pub mod command;
mod engine;
mod json;
mod pipeline;
mod plan;
mod row;
mod rules;
mod schema;
mod skew;
mod text;
mod values;
#[rustfmt::skip]
mod words;

pub use values::DEMO_PASSWORD;

use std::str::FromStr;
use std::sync::atomic::AtomicBool;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::store::Store;

/// How much data to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// ~200 candidates, 20 requisitions, 1,000 applications; every table has rows.
    Small,
    /// 10,000 candidates, 1,000 requisitions, 100,000 applications.
    Medium,
    /// Exactly 100,000 candidates, 10,000 requisitions, 1,000,000 applications.
    Large,
}

impl Scale {
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Small => "small",
            Scale::Medium => "medium",
            Scale::Large => "large",
        }
    }
}

impl std::fmt::Display for Scale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Scale {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "small" => Ok(Scale::Small),
            "medium" => Ok(Scale::Medium),
            "large" => Ok(Scale::Large),
            other => Err(Error::invalid_value(
                "scale",
                format!("`{other}` is not one of small, medium, large"),
            )),
        }
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoOptions {
    pub seed: u64,
    pub scale: Scale,
}

/// Progress of the table being filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoProgress {
    pub table: String,
    pub done: u64,
    pub total: u64,
}

/// Rows inserted per table, in fill order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoSummary {
    pub tables: Vec<(String, u64)>,
    pub total_rows: u64,
}

/// Message of the error returned when a run is cancelled.
pub const CANCELLED_MESSAGE: &str = "demo data generation was cancelled; nothing was written";

fn cancelled() -> Error {
    Error::cancelled(CANCELLED_MESSAGE)
}

/// True if `err` is the cancellation error of [`generate`].
pub fn is_cancelled(err: &Error) -> bool {
    err.code == ErrorCode::Cancelled
}

/// Number of rows [`generate`] puts in `table` at `scale` (tables of the
/// live schema only; unknown names get the default for new tables).
pub fn planned_rows(table: &str, scale: Scale) -> u64 {
    plan::rows(table, scale)
}

/// Fill every table of `store` with demo rows for `opts`.
///
/// `progress` is called at the start and end of each table and every few
/// thousand rows. Setting `cancel` makes the call return the
/// [`is_cancelled`] error with every row rolled back.
pub fn generate(
    store: &Store,
    opts: &DemoOptions,
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<DemoSummary> {
    store.write(|tx| run(tx, opts, None, progress, cancel))
}

/// Like [`generate`], but fills only `tables` and the tables they need:
/// the parents of their NOT NULL foreign keys, transitively. Nullable keys
/// to tables left out stay NULL. WHY: a benchmark of the candidate list or
/// the pipeline board needs the big tables at full scale, not the other
/// hundred; generating only those takes a fraction of the time (`cargo
/// xtask bench`). Returns the same summary, for the tables filled.
pub fn generate_tables(
    store: &Store,
    opts: &DemoOptions,
    tables: &[&str],
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &AtomicBool,
) -> Result<DemoSummary> {
    store.write(|tx| run(tx, opts, Some(tables), progress, cancel))
}

/// Page cache (KiB) while generating: the big tables carry many indexes,
/// and a cache that holds them avoids re-reading pages for every insert.
fn cache_kib(scale: Scale) -> i64 {
    match scale {
        Scale::Small => 64 * 1024,
        Scale::Medium => 256 * 1024,
        Scale::Large => 1024 * 1024,
    }
}

fn run(
    conn: &rusqlite::Connection,
    opts: &DemoOptions,
    only: Option<&[&str]>,
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &AtomicBool,
) -> Result<DemoSummary> {
    // The connection is pooled: restore its cache size whatever happens.
    let previous: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -cache_kib(opts.scale))?;
    let outcome = fill_all(conn, opts, only, progress, cancel);
    conn.pragma_update(None, "cache_size", previous)?;
    outcome
}

fn fill_all(
    conn: &rusqlite::Connection,
    opts: &DemoOptions,
    only: Option<&[&str]>,
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &AtomicBool,
) -> Result<DemoSummary> {
    let tables = schema::load(conn)?;
    let mut plan = plan::order(&tables)?;
    if let Some(only) = only {
        plan = plan::restrict(plan, &tables, only)?;
    }
    let keys = engine::existing_keys(conn, &tables)?;
    let mut engine = engine::Engine::new(&tables, ChaCha8Rng::seed_from_u64(opts.seed), keys);
    engine.x.tracked_app_start =
        (plan::rows("applications", opts.scale) - plan::tracked_applications(opts.scale)) as usize;
    let (mut engine, filled) = pipeline::fill(conn, &plan, opts.scale, engine, progress, cancel)?;
    let summary = DemoSummary {
        total_rows: filled.iter().map(|t| t.1).sum(),
        tables: filled,
    };
    // Nullable keys whose parent table was filled later (reported as
    // `table.column` with the number of rows that got a value).
    for d in &plan.deferred {
        let table = format!("{}.{}", tables[d.table].name, d.column);
        let rows = engine.ids[d.table].len() as u64;
        progress(&DemoProgress {
            table: table.clone(),
            done: 0,
            total: rows,
        });
        let set = match rules::backfill(conn, &engine, &tables[d.table].name, &d.column)? {
            Some(n) => n,
            None => engine.backfill(conn, d, cancel)?,
        };
        progress(&DemoProgress {
            table,
            done: set,
            total: set,
        });
    }
    if cancel.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(cancelled());
    }
    rules::finalize(conn, &engine)?;
    Ok(summary)
}
