//! `talentdesk-bench`: the performance suite that `cargo xtask bench` builds
//! in release mode and runs. It generates the dataset, runs every row of the
//! issue's table several times (baselines in the same run), and writes
//! `report.json` and `report.md`.
//!
//! ```text
//! talentdesk-bench [--smoke] [--out DIR] [--app PATH] [--keep] [--only ID,ID...] [--sync-rows N] [--dataset DB]
//! ```
//! `--smoke` runs every row at a tiny scale (CI: the suite must not rot; its
//! numbers mean nothing). `--app` is the release desktop binary for the app
//! rows (they need a display: the xtask runs this under Xvfb). `--keep`
//! leaves the generated databases in `DIR/work`. `--only` runs just the rows
//! named (ids as in report.json; the others are reported as not run), for
//! working on one measurement; `--sync-rows N` resizes the sync rows, and
//! `--dataset DB` reuses a dataset kept by an earlier run (`DIR/work/dataset.db`).

mod capture;
mod dataset;
mod report;
mod rows;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use serde_json::{json, Value};
use talentdesk_core::demo::Scale;

use report::Report;

pub type BenchResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// How big each measurement is and how often it runs.
#[derive(Debug, Clone)]
pub struct Size {
    pub demo: Scale,
    pub board_applications: u64,
    /// Rows written by the capture on/off comparison.
    pub capture_rows: usize,
    /// Rows on the server for the initial pull.
    pub sync_rows: usize,
    /// Local changes pushed.
    pub push_changes: usize,
    pub open_runs: usize,
    pub capture_runs: usize,
    /// Runs of each candidate-list variant.
    pub page_runs: usize,
    /// Candidates imported from CSV, and how often (each against its baseline).
    pub import_rows: usize,
    pub import_runs: usize,
    /// Passes over the 100 search queries.
    pub search_runs: usize,
    pub board_runs: usize,
    pub sync_runs: usize,
    pub app_runs: usize,
}

impl Size {
    fn full() -> Size {
        Size {
            demo: Scale::Large,
            board_applications: 10_000,
            capture_rows: 100_000,
            sync_rows: 100_000,
            push_changes: 10_000,
            open_runs: 20,
            capture_runs: 2,
            page_runs: 5,
            import_rows: 100_000,
            import_runs: 1,
            search_runs: 3,
            board_runs: 50,
            // A pull of 100k rows takes over a minute today: one run fits the 15-minute budget.
            sync_runs: 1,
            app_runs: 5,
        }
    }

    fn smoke() -> Size {
        Size {
            demo: Scale::Small,
            board_applications: 400,
            capture_rows: 200,
            sync_rows: 200,
            push_changes: 100,
            open_runs: 2,
            capture_runs: 1,
            page_runs: 1,
            import_rows: 200,
            import_runs: 1,
            search_runs: 1,
            board_runs: 3,
            sync_runs: 1,
            app_runs: 1,
        }
    }
}

struct Args {
    smoke: bool,
    out: PathBuf,
    app: Option<PathBuf>,
    keep: bool,
    only: Option<Vec<String>>,
    /// Overrides the rows of the sync measurements (profiling them at another size).
    sync_rows: Option<usize>,
    /// A dataset kept from an earlier run, used instead of generating one.
    dataset: Option<PathBuf>,
}

impl Args {
    fn wants(&self, id: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|i| i == id))
    }
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        smoke: false,
        out: PathBuf::from("target/bench"),
        app: None,
        keep: false,
        only: None,
        sync_rows: None,
        dataset: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--smoke" => args.smoke = true,
            "--keep" => args.keep = true,
            "--out" => args.out = it.next().ok_or("--out needs a folder")?.into(),
            "--app" => args.app = Some(it.next().ok_or("--app needs a path")?.into()),
            "--sync-rows" => {
                let n = it.next().ok_or("--sync-rows needs a number")?;
                args.sync_rows = Some(
                    n.parse()
                        .map_err(|_| format!("--sync-rows {n}: not a number"))?,
                );
            }
            "--dataset" => args.dataset = Some(it.next().ok_or("--dataset needs a path")?.into()),
            "--only" => {
                let ids = it.next().ok_or("--only needs row ids")?;
                args.only = Some(ids.split(',').map(str::to_string).collect());
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("talentdesk-bench: {e}\nusage: talentdesk-bench [--smoke] [--out DIR] [--app PATH] [--keep]");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(report) => {
            println!("{}", report.to_markdown());
            println!(
                "bench: wrote {} and {}",
                args.out.join("report.json").display(),
                args.out.join("report.md").display()
            );
            let broken = broken_rows(&report, &args);
            if args.smoke && !broken.is_empty() {
                // A missed target means nothing at smoke scale; a measurement that fails is rot.
                eprintln!(
                    "talentdesk-bench: measurements failed: {}",
                    broken.join("; ")
                );
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("talentdesk-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> BenchResult<Report> {
    let started = Instant::now();
    let mut size = if args.smoke {
        Size::smoke()
    } else {
        Size::full()
    };
    if let Some(n) = args.sync_rows {
        size.sync_rows = n;
        size.push_changes = size.push_changes.min(n);
    }
    let work = args.out.join("work");
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    std::fs::create_dir_all(&work)?;
    let load_before = load_average();

    // Every row but these reads the generated dataset.
    let without_data = ["open_migrate"];
    let data = if rows::IDS
        .iter()
        .any(|id| args.wants(id) && !without_data.contains(id))
    {
        eprintln!("bench: generating the dataset ({} scale)", size.demo);
        let data = match &args.dataset {
            Some(path) => dataset::reuse(path)?,
            None => dataset::generate(&work.join("dataset.db"), &size)?,
        };
        eprintln!("bench: dataset {}", data.info);
        Some(data)
    } else {
        None
    };
    let db = args
        .dataset
        .clone()
        .unwrap_or_else(|| work.join("dataset.db"));
    let mut rows = Vec::new();
    for group in rows::GROUPS {
        if !group.iter().any(|id| args.wants(id)) {
            continue;
        }
        let found = match (group[0], &data) {
            ("bulk_import", Some(d)) => vec![rows::import::bulk_import(d, &work, &size)],
            ("search", Some(d)) => vec![rows::search::full_text(d, &size)],
            ("open_migrate", _) => vec![rows::open::run(&work, &size)],
            ("capture_write", Some(d)) => vec![rows::capture_write::run(d, &work, &size)],
            ("candidate_page", Some(d)) => vec![rows::candidates::page(d, &size)],
            ("pipeline_board", Some(d)) => vec![rows::board::run(d, &size)],
            ("sync_pull", Some(d)) => rows::sync::run(d, &work, &size).to_vec(),
            ("app_start", Some(_)) => {
                rows::app::run(args.app.as_deref(), &db, &work, &size).to_vec()
            }
            (other, _) => return Err(format!("no measurement for row `{other}`").into()),
        };
        rows.extend(found);
    }

    let report = Report {
        mode: if args.smoke { "smoke" } else { "full" },
        machine: machine(load_before),
        dataset: data.as_ref().map_or(Value::Null, |d| d.info.clone()),
        rows,
        seconds: started.elapsed().as_secs_f64(),
    };
    report.write(&args.out)?;
    drop(data);
    if !args.keep {
        let _ = std::fs::remove_dir_all(&work);
    }
    Ok(report)
}

/// Rows that could not be measured for a reason other than a known gap (a
/// feature not built yet, no app binary given).
fn broken_rows(report: &Report, args: &Args) -> Vec<String> {
    // Without an app binary the app rows say so; that is not rot.
    let gaps = if args.app.is_none() {
        vec!["app_start", "app_memory"]
    } else {
        vec![]
    };
    report
        .rows
        .iter()
        .filter(|r| !gaps.contains(&r.id))
        .filter_map(|r| r.outcome.as_ref().err().map(|e| format!("{}: {e}", r.id)))
        .collect()
}

/// The 1, 5 and 15 minute load averages (Linux), as text.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn machine(load_before: Option<String>) -> Value {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    json!({
        "cores": cores,
        "cpu": cpu,
        "os": std::env::consts::OS,
        "load_average_at_start": load_before,
        "load_average_at_end": load_average(),
    })
}
