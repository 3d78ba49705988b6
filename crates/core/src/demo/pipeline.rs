//! Runs generation and insertion side by side. WHY: at the large scale the
//! work splits roughly 1:2 between building rows (text, JSON, ids) and
//! SQLite inserting them (B-tree and foreign-key lookups), and the machine
//! has two cores. A single producer thread owns the RNG and generates every
//! row in a fixed order, so the data stays identical for a seed; the calling
//! thread, which owns the write transaction, inserts the rows in that same
//! order. A bounded queue keeps memory flat. If either side stops (error,
//! cancel), the other notices through the closed channel, and the caller's
//! transaction is rolled back.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use rusqlite::types::Value;
use rusqlite::Connection;

use super::engine::{Engine, CANCEL_EVERY};
use super::plan::{self, Plan};
use super::{cancelled, DemoProgress, Scale};
use crate::error::{Error, ErrorCode, Result};

/// Rows per message and messages in flight.
const BATCH: usize = 512;
const QUEUE: usize = 16;
/// Progress is reported every this many rows (and at table start and end).
const PROGRESS_EVERY: u64 = 2_000;

enum Msg {
    /// The following rows belong to this table.
    Table {
        name: String,
        sql: String,
        total: u64,
    },
    Rows(Vec<Vec<Value>>),
}

/// Fill every table of `plan`; returns the engine (ids, extras) and the
/// rows inserted per table.
pub fn fill<'c>(
    conn: &Connection,
    plan: &Plan,
    scale: Scale,
    engine: Engine<'c>,
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &AtomicBool,
) -> Result<(Engine<'c>, Vec<(String, u64)>)> {
    std::thread::scope(|s| {
        let (tx, rx) = sync_channel::<Msg>(QUEUE);
        let producer = s.spawn(move || produce(engine, plan, scale, tx, cancel));
        let consumed = consume(conn, rx, progress, cancel);
        let produced = producer
            .join()
            .map_err(|_| Error::database("demo: the row generator thread panicked"))?;
        match (consumed, produced) {
            // The inserting side's error is the real cause when both failed.
            (Err(e), _) | (Ok(_), Err(e)) => Err(e),
            (Ok(filled), Ok(engine)) => Ok((engine, filled)),
        }
    })
}

fn produce<'c>(
    mut engine: Engine<'c>,
    plan: &Plan,
    scale: Scale,
    tx: SyncSender<Msg>,
    cancel: &AtomicBool,
) -> Result<Engine<'c>> {
    for &t in &plan.order {
        let tp = engine.plan_table(t, &plan.deferred);
        let total = plan::rows(&tp.name, scale);
        let head = Msg::Table {
            name: tp.name.clone(),
            sql: tp.sql.clone(),
            total,
        };
        if tx.send(head).is_err() {
            return Err(cancelled());
        }
        let mut batch = Vec::with_capacity(BATCH);
        engine.produce(&tp, total, cancel, &mut |row| {
            batch.push(row);
            if batch.len() < BATCH {
                return true;
            }
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            tx.send(Msg::Rows(full)).is_ok()
        })?;
        if !batch.is_empty() && tx.send(Msg::Rows(batch)).is_err() {
            return Err(cancelled());
        }
    }
    Ok(engine)
}

/// An insert failure, named after its table. Ids derive from the seed, so a
/// key clash almost always means this seed was already generated here.
fn insert_error(table: &str, e: rusqlite::Error) -> Error {
    let err = Error::from(e);
    let hint = if err.code == ErrorCode::Conflict {
        "; demo data for this seed seems to be in the database already: use another seed or a new database"
    } else {
        ""
    };
    Error::new(
        err.code,
        format!("demo: inserting into {table}: {}{hint}", err.message),
        err.field,
    )
}

fn consume(
    conn: &Connection,
    rx: Receiver<Msg>,
    progress: &mut dyn FnMut(&DemoProgress),
    cancel: &AtomicBool,
) -> Result<Vec<(String, u64)>> {
    let mut filled: Vec<(String, u64)> = Vec::new();
    let mut stmt = None;
    let mut total = 0u64;
    for msg in rx {
        match msg {
            Msg::Table {
                name,
                sql,
                total: n,
            } => {
                stmt = Some(conn.prepare_cached(&sql)?);
                total = n;
                progress(&DemoProgress {
                    table: name.clone(),
                    done: 0,
                    total,
                });
                filled.push((name, 0));
            }
            Msg::Rows(rows) => {
                let (Some(stmt), Some((name, done))) = (stmt.as_mut(), filled.last_mut()) else {
                    return Err(Error::database("demo: rows arrived before their table"));
                };
                for row in rows {
                    if *done & (CANCEL_EVERY - 1) == 0 && cancel.load(Ordering::Relaxed) {
                        return Err(cancelled());
                    }
                    stmt.execute(rusqlite::params_from_iter(row.iter()))
                        .map_err(|e| insert_error(name, e))?;
                    *done += 1;
                    if *done == total || *done % PROGRESS_EVERY == 0 {
                        progress(&DemoProgress {
                            table: name.clone(),
                            done: *done,
                            total,
                        });
                    }
                }
            }
        }
    }
    Ok(filled)
}
