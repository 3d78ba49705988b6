//! One module per row (or pair of rows) of the table. Each returns
//! its [`Row`](crate::report::Row) whatever happens: a failure becomes the
//! row's "not measured" reason, so one broken measurement never hides the
//! others.

pub mod app;
pub mod board;
pub mod candidates;
pub mod capture_write;
pub mod import;
pub mod open;
pub mod search;
pub mod sync;

use crate::report::{Measured, Row};

/// The rows of the table in its order, grouped by the measurement
/// that produces them.
pub const GROUPS: &[&[&str]] = &[
    &["bulk_import"],
    &["capture_write"],
    &["search"],
    &["candidate_page"],
    &["pipeline_board"],
    &["open_migrate"],
    &["sync_pull", "sync_push"],
    &["app_start", "app_memory"],
];

/// Every row id.
pub const IDS: &[&str] = &[
    "bulk_import",
    "capture_write",
    "search",
    "candidate_page",
    "pipeline_board",
    "open_migrate",
    "sync_pull",
    "sync_push",
    "app_start",
    "app_memory",
];
use crate::BenchResult;

/// `row` with the outcome of `measure` (its error as the reason it was not measured).
pub fn finish(mut row: Row, measure: impl FnOnce() -> BenchResult<Measured>) -> Row {
    eprintln!("bench: {}", row.measurement);
    row.outcome = measure().map_err(|e| e.to_string());
    match &row.outcome {
        Ok(m) => eprintln!(
            "bench:   median {:.2}, p99 {:.2} over {} runs{}",
            m.summary.median_ms,
            m.summary.p99_ms,
            m.summary.runs,
            m.baseline
                .map(|b| format!(", baseline median {:.2}", b.median_ms))
                .unwrap_or_default()
        ),
        Err(e) => eprintln!("bench:   not measured: {e}"),
    }
    row
}
