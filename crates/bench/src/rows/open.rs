//! Open and migrate a new database: what the app does on first start and
//! when a person picks a new file. Each run creates a fresh file.

use std::path::Path;
use std::time::Instant;

use talentdesk_core::Store;

use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::Size;

pub fn run(work: &Path, size: &Size) -> Row {
    let row = Row::new(
        "open_migrate",
        "open and migrate a new database",
        None,
        Target::MedianBelowMs(200.0),
    );
    super::finish(row, || {
        let dir = work.join("open");
        std::fs::create_dir_all(&dir)?;
        let mut samples = Vec::new();
        for i in 0..size.open_runs {
            let path = dir.join(format!("new-{i}.db"));
            let start = Instant::now();
            let store = Store::open(&path)?;
            samples.push(start.elapsed());
            let version = store.schema_version()?;
            if version != Store::latest_migration_version() {
                return Err(format!("migrated to {version}, not to the latest").into());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(Measured {
            summary: summarize(&samples).ok_or("no runs")?,
            baseline: None,
            items: None,
            notes: vec![format!(
                "Store::open on a new file: create, WAL, all {} migrations with their capture triggers",
                Store::latest_migration_version()
            )],
        })
    })
}
