//! Bulk import of candidates from CSV through the import command (`csv_import`: parsing,
//! validation, duplicate detection, change capture, the search index), against the same rows
//! written by raw rusqlite prepared inserts in one transaction.
//!
//! Both write into a new, migrated database, so both pay for the schema's own work on every row
//! (indexes, the duplicate-key and search-index triggers, change capture): the ratio is what the
//! import command adds on top of the database, which is what the import can change.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;
use talentdesk_core::api::{self, Context};
use talentdesk_core::Store;

use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::{BenchResult, Size};

/// The CSV columns (the import's field names, so the suggested mapping takes them as they are).
const COLUMNS: &[&str] = &[
    "full_name",
    "email",
    "phone",
    "location",
    "headline",
    "current_role",
    "status",
    "experience_level",
    "total_experience_years",
    "source",
];

pub fn bulk_import(data: &Dataset, work: &Path, size: &Size) -> Row {
    let row = Row::new(
        "bulk_import",
        "bulk import of 100k candidates from CSV (validation, change capture, search index)",
        Some("raw rusqlite prepared inserts of the same rows in one transaction"),
        Target::RatioAtMost(2.0),
    );
    super::finish(row, || {
        let rows = load(&data.store, size.import_rows)?;
        let csv = to_csv(&rows);
        let dir = work.join("import");
        std::fs::create_dir_all(&dir)?;
        let mut imported = Vec::new();
        let mut raw = Vec::new();
        let mut count = 0;
        for run in 0..size.import_runs {
            // Alternating, so a change in the machine's load touches both alike.
            raw.push(raw_insert(&dir.join(format!("raw-{run}.db")), &rows)?);
            let (took, n) = import(&dir.join(format!("import-{run}.db")), &csv)?;
            imported.push(took);
            count = n;
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(Measured {
            summary: summarize(&imported).ok_or("no runs")?,
            baseline: summarize(&raw),
            items: Some(rows.len() as u64),
            notes: vec![
                format!(
                    "{} rows, {} runs each; {count} imported (the rest were flagged duplicates and skipped, the import's default)",
                    rows.len(),
                    size.import_runs
                ),
                "both into a new migrated database: indexes, duplicate keys, search index and change capture on in both".into(),
            ],
        })
    })
}

/// The dataset's first `n` candidates, as text cells in [`COLUMNS`] order (blank for NULL).
fn load(store: &Store, n: usize) -> BenchResult<Vec<Vec<String>>> {
    let sql = format!(
        "SELECT {} FROM candidates ORDER BY rowid LIMIT ?1",
        COLUMNS
            .iter()
            .map(|c| format!("coalesce(CAST({c} AS TEXT), '')"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(store.read(|c| {
        let mut stmt = c.prepare(&sql)?;
        let rows = stmt
            .query_map([n as i64], |r| {
                (0..COLUMNS.len()).map(|i| r.get::<_, String>(i)).collect()
            })?
            .collect::<rusqlite::Result<Vec<Vec<String>>>>()?;
        Ok(rows)
    })?)
}

fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = COLUMNS.join(",");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|v| {
                if v.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", v.replace('"', "\"\""))
                } else {
                    v.clone()
                }
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The import command on a new database, until its task has finished.
fn import(path: &Path, csv: &str) -> BenchResult<(Duration, u64)> {
    let ctx = Context::new(Store::open(path)?);
    let start = Instant::now();
    let started = api::call(
        &ctx,
        "csv_import",
        json!({"kind": "candidates", "csv": csv}),
    )?;
    let task = started["task_id"]
        .as_str()
        .ok_or("csv_import did not start a task")?
        .to_string();
    let info = ctx.tasks().wait(&task)?;
    let took = start.elapsed();
    let info = serde_json::to_value(&info)?;
    if info["state"] != "succeeded" {
        return Err(format!("the import did not succeed: {info}").into());
    }
    let imported = info["result"]["imported"].as_u64().unwrap_or(0);
    Ok((took, imported))
}

/// The same cells by one prepared INSERT per row, in one transaction, with the ids and
/// timestamps the import gives them.
fn raw_insert(path: &Path, rows: &[Vec<String>]) -> BenchResult<Duration> {
    let store = Store::open(path)?;
    let names = COLUMNS.join(", ");
    let marks: Vec<String> = (1..=COLUMNS.len() + 3).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO candidates ({names}, id, created_at, updated_at) VALUES ({})",
        marks.join(", ")
    );
    let now = "2026-11-22T00:00:00.000Z";
    let start = Instant::now();
    store.write(|tx| {
        let mut stmt = tx.prepare(&sql)?;
        for row in rows {
            let mut values: Vec<Option<&str>> = row
                .iter()
                .map(|v| (!v.is_empty()).then_some(v.as_str()))
                .collect();
            // Each row gets a fresh id, like the import.
            let id = uuid::Uuid::now_v7().to_string();
            values.push(Some(&id));
            values.push(Some(now));
            values.push(Some(now));
            stmt.execute(rusqlite::params_from_iter(values.iter()))?;
        }
        Ok(())
    })?;
    Ok(start.elapsed())
}
