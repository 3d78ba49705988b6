//! End-to-end tests of the release app in a real window (`tests/e2e`): tauri-driver, Xvfb, and
//! the environment the tests read.
//!
//! The tests drive the release binary through `tauri-driver`, which starts Debian's
//! `WebKitWebDriver` (package webkit2gtk-driver), which starts the app; everything runs on a
//! virtual X screen from `xvfb-run`, and the tests photograph it with `xwd` + `convert`. Only
//! Linux has all of that (tauri-driver has no macOS support), so elsewhere the step says it is
//! skipped instead of pretending to pass.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process;
use crate::tally::Tally;

/// Whether this OS can run the end-to-end tests.
pub fn supported() -> bool {
    cfg!(target_os = "linux")
}

/// `tauri-driver` from `PATH` or Cargo's bin folder, installed with `cargo install` if missing.
pub fn ensure_tauri_driver() -> Result<PathBuf, String> {
    if let Some(found) = find_tauri_driver() {
        println!("tauri-driver: {}", found.display());
        return Ok(found);
    }
    println!("tauri-driver is missing: installing it (a couple of minutes, once)");
    process::run(process::cargo().args([
        "install",
        "tauri-driver",
        "--version",
        "^2",
        "--locked",
    ]))?;
    find_tauri_driver().ok_or_else(|| {
        "`cargo install tauri-driver` succeeded but tauri-driver is neither on PATH nor in \
         $CARGO_HOME/bin"
            .to_string()
    })
}

fn find_tauri_driver() -> Option<PathBuf> {
    let name = format!("tauri-driver{}", std::env::consts::EXE_SUFFIX);
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(cargo_bin)
        .map(|dir| dir.join(&name))
        .find(|candidate| candidate.is_file())
}

/// Runs `cargo test --test e2e -- --ignored --test-threads=1` under `xvfb-run` against the release
/// binary `app`. `--workspace` resolves features exactly as the earlier `cargo test --workspace`
/// did, so the test binary is already built and nothing is compiled again.
pub fn run(root: &Path, app: &Path, driver: &Path, tally: &mut Tally) -> Result<(), String> {
    let app = fs::canonicalize(app)
        .map_err(|e| format!("the release app {} is missing: {e}", app.display()))?;
    let shots = app
        .parent()
        .and_then(Path::parent)
        .map(|target| target.join("e2e-screenshots"))
        .ok_or("the app is not inside a Cargo target folder")?;
    // Screenshots of an earlier run would pass for this one's.
    if shots.exists() {
        fs::remove_dir_all(&shots).map_err(|e| format!("cannot clear {}: {e}", shots.display()))?;
    }

    let mut cmd = Command::new("xvfb-run");
    cmd.args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(process::cargo().get_program())
        .args(["test", "--workspace", "--test", "e2e", "--"])
        .args(["--ignored", "--test-threads=1"])
        .env("TALENTDESK_APP", &app)
        .env("TAURI_DRIVER", driver)
        // WebKitGTK's GPU paths do not work on Xvfb.
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .current_dir(root);
    let result = process::run_counting(&mut cmd, tally);
    if shots.is_dir() {
        println!("Screenshots: {}", shots.display());
    }
    result
}
