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

/// Runs the `e2e` test binary with `--ignored --test-threads=1` under `xvfb-run`, against the
/// release binary `app`.
/// Runs the end-to-end tests (those whose names contain `filter`, if given) under Xvfb.
pub fn run(
    root: &Path,
    app: &Path,
    driver: &Path,
    filter: Option<&str>,
    tally: &mut Tally,
) -> Result<(), String> {
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
    let tests = test_binary(root)?;

    let mut cmd = Command::new("xvfb-run");
    cmd.args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(&tests)
        .args(["--ignored", "--test-threads=1"])
        .args(filter)
        .env("TALENTDESK_APP", &app)
        .env("TAURI_DRIVER", driver)
        // WebKitGTK's GPU paths do not work on Xvfb.
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .current_dir(root);
    // The app keeps its sync token in the OS keyring: give it one.
    let result = process::run_counting(&mut crate::keyring::session(cmd), tally);
    if shots.is_dir() {
        println!("Screenshots: {}", shots.display());
    }
    result
}

/// The `e2e` test binary that `cargo test --workspace` built.
///
/// Asking Cargo for exactly that build (`--workspace --no-run`) compiles nothing. Selecting the
/// target instead (`cargo test --test e2e`) would: with fewer targets, dependencies shared
/// between build scripts and the program (strsim, via clap and darling) are built again with the
/// build-script profile, and everything above them (tauri-utils, tauri, ...) with them.
fn test_binary(root: &Path) -> Result<PathBuf, String> {
    let mut cmd = process::cargo();
    cmd.args(["test", "--workspace", "--no-run", "--message-format=json"])
        .current_dir(root);
    println!("$ cargo test --workspace --no-run --message-format=json");
    let out = cmd
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!("`cargo test --no-run` exited with {}", out.status));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| {
            line.contains(r#""reason":"compiler-artifact""#)
                && line.contains(r#""kind":["test"]"#)
                && line.contains(r#""name":"e2e""#)
        })
        .find_map(|line| json_string_field(line, "executable"))
        .map(PathBuf::from)
        .ok_or_else(|| "cargo built no `e2e` test binary (tests/e2e in the app package)".into())
}

/// The string value of `"field":"..."` in one line of JSON (enough for Cargo's messages; xtask
/// has no JSON parser, on purpose).
fn json_string_field(line: &str, field: &str) -> Option<String> {
    let start = line.find(&format!(r#""{field}":""#))? + field.len() + 4;
    let mut value = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                other => value.push(other),
            },
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::json_string_field;

    #[test]
    fn reads_string_fields_of_cargo_messages() {
        let line = r#"{"reason":"compiler-artifact","target":{"kind":["test"],"name":"e2e"},"executable":"/w/target/debug/deps/e2e-1a2b","fresh":true}"#;
        assert_eq!(
            json_string_field(line, "executable").as_deref(),
            Some("/w/target/debug/deps/e2e-1a2b")
        );
        let escaped = r#"{"executable":"C:\\t\"x\".exe"}"#;
        assert_eq!(
            json_string_field(escaped, "executable").as_deref(),
            Some(r#"C:\t"x".exe"#)
        );
        assert_eq!(
            json_string_field(r#"{"executable":null}"#, "executable"),
            None
        );
    }
}
