//! `demo --seed N --scale small|medium|large`: fill the database with
//! realistic demo data. WHY in the CLI: demos, UI reviews and performance
//! runs need a populated database in one command, reproducible by seed.
//! Progress goes to stderr (one line per table, more for big tables); the
//! one-line summary goes to stdout so scripts can capture it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use clap::Args;
use talentdesk_core::demo::{self, DemoOptions, DemoProgress, Scale};

use crate::{open_store, CliResult};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Random seed: the same seed and scale always give the same data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How much data: small (every table, ~20k rows), medium (100k
    /// applications), large (1M applications).
    #[arg(long, default_value = "small")]
    scale: Scale,
}

/// Big tables also report every this many rows.
const BIG_STEP: u64 = 100_000;

pub fn run(args: &DemoArgs, db: Option<&Path>) -> CliResult {
    let store = open_store(db)?;
    let started = Instant::now();
    let mut stderr = std::io::stderr();
    let mut report = |p: &DemoProgress| {
        let finished = p.done == p.total && p.total > 0;
        // Crossed a multiple of BIG_STEP since the previous report.
        let milestone = p.done > 0 && p.done / BIG_STEP != (p.done - 1) / BIG_STEP;
        if finished || milestone {
            // Progress is best effort: a closed stderr must not stop the run.
            let _ = writeln!(
                stderr,
                "demo: {:<32} {:>9}/{:<9} {:>6.1}s",
                p.table,
                p.done,
                p.total,
                started.elapsed().as_secs_f64()
            );
        }
    };
    let opts = DemoOptions {
        seed: args.seed,
        scale: args.scale,
    };
    let summary = demo::generate(&store, &opts, &mut report, &AtomicBool::new(false))?;
    let path = store
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    println!(
        "generated {} rows in {} tables (seed {}, scale {}) in {:.1}s into {path}; demo users' password: {}",
        summary.total_rows,
        summary.tables.len(),
        args.seed,
        args.scale,
        started.elapsed().as_secs_f64(),
        demo::DEMO_PASSWORD
    );
    Ok(ExitCode::SUCCESS)
}
