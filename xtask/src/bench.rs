//! `cargo xtask bench`: the performance suite (crates/bench) in release mode, and its smoke.
//!
//! The full run builds the release app (the app rows start it) and the release suite, then runs
//! the suite under `xvfb-run` so the app has a display; the suite generates its dataset, measures
//! every row of the performance issue's table and writes `target/bench/report.json` and
//! `report.md`. The smoke (`--smoke`, also a step of `cargo xtask test`) runs the same code at a
//! tiny scale in the debug build the tests already compiled, so the suite cannot rot unnoticed;
//! its numbers mean nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process;

/// The ids every report must hold, one per row of the table.
pub const ROW_IDS: [&str; 10] = [
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

/// Where the reports go: `<target>/bench` (or `<target>/bench-smoke`).
pub fn out_dir(target: &Path, smoke: bool) -> PathBuf {
    target.join(if smoke { "bench-smoke" } else { "bench" })
}

/// Runs the suite binary `suite` (with the app at `app`, when there is one) and checks the
/// reports it wrote.
pub fn run_suite(
    root: &Path,
    suite: &Path,
    app: Option<&Path>,
    out: &Path,
    smoke: bool,
) -> Result<(), String> {
    for report in ["report.json", "report.md"] {
        let path = out.join(report);
        if path.exists() {
            fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        }
    }
    let xvfb = app.is_some() && std::env::var_os("DISPLAY").is_none() && has_xvfb_run();
    let mut cmd = if xvfb {
        let mut c = Command::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x800x24"]).arg(suite);
        c
    } else {
        Command::new(suite)
    };
    cmd.arg("--out").arg(out).current_dir(root);
    if smoke {
        cmd.arg("--smoke");
    }
    if let Some(app) = app {
        cmd.arg("--app").arg(app);
    }
    process::run(&mut cmd)?;
    check_reports(out)
}

/// Both reports exist and the JSON one has every row.
pub fn check_reports(out: &Path) -> Result<(), String> {
    let json = fs::read_to_string(out.join("report.json"))
        .map_err(|e| format!("{}/report.json was not written: {e}", out.display()))?;
    let md = fs::read_to_string(out.join("report.md"))
        .map_err(|e| format!("{}/report.md was not written: {e}", out.display()))?;
    let missing: Vec<&str> = ROW_IDS
        .iter()
        .copied()
        .filter(|id| !json.contains(&format!("\"id\": \"{id}\"")))
        .collect();
    if !missing.is_empty() {
        return Err(format!("report.json lacks the rows {}", missing.join(", ")));
    }
    if md.lines().filter(|l| l.starts_with("| ")).count() < ROW_IDS.len() + 1 {
        return Err("report.md lacks rows of the table".into());
    }
    println!("Reports: {}/report.md and report.json", out.display());
    Ok(())
}

fn has_xvfb_run() -> bool {
    process::succeeds(Command::new("sh").args(["-c", "command -v xvfb-run"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_without_every_row_is_refused() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let rows: Vec<String> = ROW_IDS
            .iter()
            .map(|id| format!("{{\"id\": \"{id}\"}}"))
            .collect();
        fs::write(dir.join("report.json"), rows.join(",")).unwrap();
        let table: String = (0..=ROW_IDS.len())
            .map(|i| format!("| row {i} |\n"))
            .collect();
        fs::write(dir.join("report.md"), &table).unwrap();
        assert!(check_reports(&dir).is_ok());
        fs::write(dir.join("report.json"), rows[1..].join(",")).unwrap();
        let err = check_reports(&dir).unwrap_err();
        assert!(err.contains("bulk_import"), "{err}");
        fs::remove_file(dir.join("report.md")).unwrap();
        assert!(check_reports(&dir).unwrap_err().contains("report.md"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
