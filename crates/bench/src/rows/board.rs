//! The pipeline board of the requisition with the most applications (10k in
//! the full run), through the `pipeline_board` command as the UI calls it:
//! every stage's count and its first 100 cards.

use std::time::Instant;

use serde_json::json;
use talentdesk_core::api::{self, Context};

use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::Size;

pub fn run(data: &Dataset, size: &Size) -> Row {
    let row = Row::new(
        "pipeline_board",
        "pipeline board for a requisition with 10k applications",
        None,
        Target::P99BelowMs(20.0),
    );
    super::finish(row, || {
        let ctx = Context::new(data.store.clone());
        let request = json!({"requisition_id": data.board_requisition});
        let board = api::call(&ctx, "pipeline_board", request.clone())?;
        let columns = board
            .as_array()
            .ok_or("pipeline_board returned no columns")?;
        let total: i64 = columns.iter().filter_map(|c| c["count"].as_i64()).sum();
        let cards: usize = columns
            .iter()
            .filter_map(|c| c["applications"].as_array().map(Vec::len))
            .sum();
        let mut samples = Vec::new();
        for _ in 0..size.board_runs {
            let start = Instant::now();
            api::call(&ctx, "pipeline_board", request.clone())?;
            samples.push(start.elapsed());
        }
        Ok(Measured {
            summary: summarize(&samples).ok_or("no runs")?,
            baseline: None,
            items: None,
            notes: vec![format!(
                "{total} applications in {} columns, {cards} cards returned",
                columns.len()
            )],
        })
    })
}
