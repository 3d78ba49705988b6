//! The web UI in `ui/`: npm install, build and test.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

use crate::process;
use crate::tally::Tally;

/// Runs `npm ci` unless `node_modules` is present and at least as new as `package-lock.json`.
pub fn install_if_needed(root: &Path) -> Result<(), String> {
    let ui = root.join("ui");
    check_node()?;
    let lock = modified(&ui.join("package-lock.json"))
        .ok_or("ui/package-lock.json is missing: it is committed, restore it from git")?;
    // npm writes `node_modules/.package-lock.json` on every install: its age is the install's.
    match modified(&ui.join("node_modules").join(".package-lock.json")) {
        Some(installed) if installed >= lock => {
            println!("ui/node_modules is up to date with package-lock.json; skipping npm ci");
            Ok(())
        }
        Some(_) => {
            println!("package-lock.json is newer than ui/node_modules");
            npm(root, &["ci"])
        }
        None => npm(root, &["ci"]),
    }
}

/// Runs `npm ARGS` in `ui/`.
pub fn npm(root: &Path, args: &[&str]) -> Result<(), String> {
    process::run(
        Command::new(process::script("npm"))
            .args(args)
            .current_dir(root.join("ui")),
    )
}

/// Runs `npm test` in `ui/`, counting the tests.
pub fn test(root: &Path, tally: &mut Tally) -> Result<(), String> {
    let mut cmd = Command::new(process::script("npm"));
    process::run_counting(cmd.arg("test").current_dir(root.join("ui")), tally)
}

fn check_node() -> Result<(), String> {
    match process::output(Command::new(process::script("npm")).arg("--version")) {
        Some(version) => {
            println!("npm {}", version.trim());
            Ok(())
        }
        None => Err("npm was not found: install Node.js 20.19 or newer (it ships npm)".into()),
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}
