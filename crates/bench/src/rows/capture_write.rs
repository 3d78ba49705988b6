//! Write with change capture on, against the same write with capture off:
//! the dataset's candidates (realistic rows, every column) inserted into a
//! new database in one transaction through one prepared statement, once with
//! the sync capture triggers and once with them dropped. Runs alternate so
//! a burst of load on the shared machine hits both sides alike.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::types::Value;
use talentdesk_core::Store;

use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::{capture, BenchResult, Size};

pub fn run(data: &Dataset, work: &Path, size: &Size) -> Row {
    let row = Row::new(
        "capture_write",
        "write with change capture on",
        Some("the same write with capture off"),
        Target::RatioAtMost(2.0),
    );
    super::finish(row, || {
        let rows = CandidateRows::load(&data.store, size.capture_rows)?;
        let dir = work.join("capture");
        std::fs::create_dir_all(&dir)?;
        let (mut on, mut off) = (Vec::new(), Vec::new());
        for i in 0..size.capture_runs {
            off.push(rows.insert_into(&dir.join(format!("off-{i}.db")), false)?);
            on.push(rows.insert_into(&dir.join(format!("on-{i}.db")), true)?);
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(Measured {
            summary: summarize(&on).ok_or("no runs")?,
            baseline: summarize(&off),
            items: Some(rows.values.len() as u64),
            notes: vec![format!(
                "{} candidates (all {} columns, text from the demo generator) in one transaction; \
                 capture writes one outbox row per insert",
                rows.values.len(),
                rows.columns.len()
            )],
        })
    })
}

/// Candidate rows read from the dataset, foreign keys cleared (the new
/// database has no parents for them).
pub struct CandidateRows {
    pub columns: Vec<String>,
    pub values: Vec<Vec<Value>>,
}

impl CandidateRows {
    pub fn load(store: &Store, limit: usize) -> BenchResult<CandidateRows> {
        Ok(store.read(|c| {
            let columns: Vec<String> = c
                .prepare("SELECT name FROM pragma_table_info('candidates') ORDER BY cid")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let fks: Vec<String> = c
                .prepare("SELECT \"from\" FROM pragma_foreign_key_list('candidates')")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let select = columns
                .iter()
                .map(|n| {
                    if fks.contains(n) {
                        "NULL".to_string()
                    } else {
                        format!("\"{n}\"")
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            let mut stmt = c.prepare(&format!(
                "SELECT {select} FROM candidates ORDER BY rowid LIMIT ?1"
            ))?;
            let n = columns.len();
            let mut values = stmt
                .query_map([limit as i64], |r| {
                    (0..n).map(|i| r.get::<_, Value>(i)).collect()
                })?
                .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
            // A dataset smaller than asked for (a resized run): its rows again, with new ids.
            let id = columns.iter().position(|c| c == "id");
            let have = values.len();
            for i in have..if have > 0 { limit } else { 0 } {
                let mut row = values[i % have].clone();
                if let Some(id) = id {
                    row[id] = Value::Text(uuid::Uuid::now_v7().to_string());
                }
                values.push(row);
            }
            Ok(CandidateRows { columns, values })
        })?)
    }

    /// The INSERT for every column, with bound parameters.
    pub fn insert_sql(&self) -> String {
        let names: Vec<String> = self.columns.iter().map(|c| format!("\"{c}\"")).collect();
        let marks: Vec<String> = (1..=self.columns.len()).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO candidates ({}) VALUES ({})",
            names.join(", "),
            marks.join(", ")
        )
    }

    /// A new database at `path`, capture on or off; returns the time of the insert transaction.
    fn insert_into(&self, path: &Path, capture_on: bool) -> BenchResult<Duration> {
        let store = Store::open(path)?;
        if !capture_on {
            capture::set(&store, Some(&["candidates"]), false)?;
        }
        let sql = self.insert_sql();
        let start = Instant::now();
        store.write(|tx| {
            let mut stmt = tx.prepare(&sql)?;
            for row in &self.values {
                stmt.execute(rusqlite::params_from_iter(row.iter()))?;
            }
            Ok(())
        })?;
        let took = start.elapsed();
        let captured: i64 = store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0))?))?;
        let expected = if capture_on {
            self.values.len() as i64
        } else {
            0
        };
        if captured != expected {
            return Err(format!(
                "capture {capture_on}: {captured} changes captured, expected {expected}"
            )
            .into());
        }
        Ok(took)
    }
}
