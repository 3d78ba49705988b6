//! `cargo xtask`: the project's entry points, `cargo xtask test`, `run`, `bench` and `bindings`.
//!
//! Why an xtask and not a shell script or a Makefile: a Tauri app needs three toolchains to agree
//! (the OS's WebView and GTK development packages, Node for the UI, Cargo for the rest), and
//! `tauri::generate_context!` embeds `ui/dist` at compile time, so the UI must be built before the
//! app package compiles, tests included. Doing that in Rust keeps one portable, readable
//! implementation for developers and CI on every OS, with nothing to install but Rust itself.
//! It uses only the standard library so that it compiles in a second or two.

mod bench;
mod e2e;
mod keyring;
mod postgres;
mod process;
mod step;
mod system;
mod tally;
mod ui;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use step::{Failure, Steps};
use tally::Tally;

const USAGE: &str = "\
Usage: cargo xtask <COMMAND>

Commands:
  test      Install what is missing, build and test the UI, run `cargo test --workspace`, then
            build the release app and run its end-to-end tests in a real window (Xvfb)
  run       Install what is missing, build the UI, then build and start the release app
  bench     Build the release app and the performance suite, generate the dataset (100k
            candidates, 1M applications), measure every row and write target/bench/report.json
            and report.md; `bench --smoke` runs the suite at a tiny scale (a step of `test`)
  bindings  Regenerate ui/src/bindings.ts from the core's Rust types
  server-tests
            Start a throwaway PostgreSQL and run the sync server's tests on both storage backends
  help      Show this message";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") if args.len() == 1 => test(),
        Some("run") if args.len() == 1 => run(),
        Some("bindings") if args.len() == 1 => bindings(),
        Some("server-tests") if args.len() == 1 => server_tests(),
        Some("e2e") if args.len() <= 2 => e2e_only(args.get(1).map(String::as_str)),
        Some("bench") if args.len() == 1 => bench(),
        Some("bench") if args.len() == 2 && args[1] == "--smoke" => bench_smoke(),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!(
                "\nxtask: FAILED at step \"{}\": {}",
                failure.step, failure.message
            );
            ExitCode::FAILURE
        }
    }
}

/// How the release app is built, for `cargo xtask run` and the end-to-end tests alike, so that
/// one reuses the other's build. `custom-protocol` makes the binary serve the embedded `ui/dist`
/// (the tauri CLI would add it).
const RELEASE_APP: [&str; 5] = [
    "--release",
    "--features",
    "custom-protocol",
    "-p",
    "talentdesk",
];

/// `cargo build --release` of the desktop app (the build `run`, the end-to-end tests and the
/// benchmarks' app rows use).
fn build_release_app(root: &Path) -> Result<(), String> {
    let mut cmd = process::cargo();
    cmd.arg("build").args(RELEASE_APP).current_dir(root);
    process::run(&mut cmd)
}

/// `cargo xtask e2e [FILTER]`: only the end-to-end tests (those whose names contain FILTER), for
/// working on one walk without the whole suite. Assumes `cargo xtask test` set the machine up.
fn e2e_only(filter: Option<&str>) -> Result<(), Failure> {
    let root = repo_root();
    if !e2e::supported() {
        return Err(Failure {
            step: "End-to-end tests".into(),
            message: "they need Linux (tauri-driver, WebKitWebDriver, Xvfb)".into(),
        });
    }
    let mut steps = Steps::new(4);
    steps.run("UI build (npm run build)", || {
        ui::npm(&root, &["run", "build"])
    })?;
    let mut driver = PathBuf::new();
    steps.run("tauri-driver (WebDriver for the app)", || {
        driver = e2e::ensure_tauri_driver()?;
        Ok(())
    })?;
    steps.run("Release app build (cargo build --release)", || {
        build_release_app(&root)
    })?;
    let app = binary_path(&root, "release", "talentdesk");
    let mut tally = Tally::default();
    steps.run("End-to-end tests (release app under Xvfb)", || {
        e2e::run(&root, &app, &driver, filter, &mut tally)
    })?;
    steps.done("end-to-end tests passed");
    println!("{}", tally.summary());
    Ok(())
}

/// `cargo xtask test`: everything CI checks, in order.
fn test() -> Result<(), Failure> {
    let root = repo_root();
    let e2e = e2e::supported();
    let mut steps = Steps::new(if e2e { 10 } else { 7 });
    steps.run("System packages", system::ensure_build_packages)?;
    steps.run("UI dependencies (npm ci)", || ui::install_if_needed(&root))?;
    steps.run("UI build (npm run build)", || {
        ui::npm(&root, &["run", "build"])
    })?;
    let mut tally = Tally::default();
    steps.run("UI tests (npm test)", || ui::test(&root, &mut tally))?;
    // Stopped when dropped: after the Rust tests, or on any failure before that.
    let mut pg = None;
    steps.run("PostgreSQL for the sync server's tests", || {
        pg = postgres::start(&target_dir(&root))?;
        Ok(())
    })?;
    steps.run(
        "Rust tests (cargo test --workspace, with an OS keyring)",
        || {
            let mut cmd = process::cargo();
            cmd.args(["test", "--workspace"]).current_dir(&root);
            if let Some(pg) = &pg {
                cmd.env(postgres::URL_VAR, &pg.url);
            }
            process::run_counting(&mut keyring::session(cmd), &mut tally)
        },
    )?;
    drop(pg);
    if e2e {
        let mut driver = PathBuf::new();
        steps.run("tauri-driver (WebDriver for the app)", || {
            driver = e2e::ensure_tauri_driver()?;
            Ok(())
        })?;
        steps.run("Release app build (cargo build --release)", || {
            build_release_app(&root)
        })?;
        let app = binary_path(&root, "release", "talentdesk");
        steps.run("End-to-end tests (release app under Xvfb)", || {
            e2e::run(&root, &app, &driver, None, &mut tally)
        })?;
    } else {
        println!(
            "\nEnd-to-end tests SKIPPED: they need Linux (tauri-driver, WebKitWebDriver, Xvfb)."
        );
    }
    // The release app is built above (Linux): the smoke starts it too.
    let app = binary_path(&root, "release", "talentdesk");
    steps.run("Benchmark smoke (cargo xtask bench --smoke)", || {
        smoke_suite(&root, e2e.then_some(app.as_path()))
    })?;
    steps.done("all tests passed");
    // Last, alone on its line: the totals of all runners.
    println!("{}", tally.summary());
    Ok(())
}

/// `cargo xtask run`: a release build of the app, started when there is a display to show it.
fn run() -> Result<(), Failure> {
    let root = repo_root();
    let mut steps = Steps::new(5);
    steps.run("System packages", system::ensure_build_packages)?;
    steps.run("UI dependencies (npm ci)", || ui::install_if_needed(&root))?;
    steps.run("UI build (npm run build)", || {
        ui::npm(&root, &["run", "build"])
    })?;
    steps.run("App build (cargo build --release)", || {
        build_release_app(&root)
    })?;
    if let Some(hint) = system::headless_hint(&binary_path(&root, "release", "talentdesk")) {
        steps.done("built, but there is no display to show the window on");
        println!("{hint}");
        return Ok(());
    }
    steps.run("Start Talentdesk (cargo run --release)", || {
        process::run(
            process::cargo()
                .arg("run")
                .args(RELEASE_APP)
                .current_dir(&root),
        )
    })?;
    Ok(())
}

/// `cargo xtask bench`: the release app and suite, then every measurement and both reports.
fn bench() -> Result<(), Failure> {
    let root = repo_root();
    let app_rows = e2e::supported();
    let mut steps = Steps::new(if app_rows { 6 } else { 3 });
    let app = binary_path(&root, "release", "talentdesk");
    if app_rows {
        steps.run("System packages", system::ensure_build_packages)?;
        steps.run("UI dependencies (npm ci)", || ui::install_if_needed(&root))?;
        steps.run("UI build (npm run build)", || {
            ui::npm(&root, &["run", "build"])
        })?;
        steps.run("Release app build (cargo build --release)", || {
            build_release_app(&root)
        })?;
    }
    steps.run(
        "Release suite build (cargo build --release -p talentdesk-bench)",
        || {
            let mut cmd = process::cargo();
            cmd.args(["build", "--release", "-p", "talentdesk-bench"])
                .current_dir(&root);
            process::run(&mut cmd)
        },
    )?;
    let out = bench::out_dir(&target_dir(&root), false);
    steps.run("Benchmarks (dataset, measurements, reports)", || {
        let suite = binary_path(&root, "release", "talentdesk-bench");
        bench::run_suite(
            &root,
            &suite,
            app_rows.then_some(app.as_path()),
            &out,
            false,
        )
    })?;
    steps.done(&format!("reports in {}", out.display()));
    Ok(())
}

/// `cargo xtask bench --smoke`: the suite at a tiny scale in a debug build.
fn bench_smoke() -> Result<(), Failure> {
    let root = repo_root();
    let mut steps = Steps::new(1);
    let app = binary_path(&root, "release", "talentdesk");
    // A release app built earlier is used when there is one; its rows say so otherwise.
    let app = (e2e::supported() && app.is_file()).then_some(app.as_path());
    steps.run("Benchmark smoke", || smoke_suite(&root, app))?;
    steps.done("the suite runs and writes its reports");
    Ok(())
}

fn smoke_suite(root: &Path, app: Option<&Path>) -> Result<(), String> {
    process::run(
        process::cargo()
            .args(["build", "-p", "talentdesk-bench"])
            .current_dir(root),
    )?;
    let suite = binary_path(root, "debug", "talentdesk-bench");
    let out = bench::out_dir(&target_dir(root), true);
    bench::run_suite(root, &suite, app, &out, true)
}

/// `cargo xtask bindings`: rewrites `ui/src/bindings.ts` through its staleness test, which writes
/// the file when `UPDATE_BINDINGS` is set (one generator, in the core, run over the app's whole
/// registry: the core's commands and talentdesk-sync's, hence the test lives in talentdesk-sync).
fn bindings() -> Result<(), Failure> {
    let root = repo_root();
    let mut steps = Steps::new(1);
    steps.run("Regenerate ui/src/bindings.ts", || {
        let test = ["--test", "bindings", "typescript_bindings_are_current"];
        process::run(
            process::cargo()
                .args(["test", "-p", "talentdesk-sync"])
                .args(test)
                .env("UPDATE_BINDINGS", "1")
                .current_dir(&root),
        )
    })?;
    steps.done("ui/src/bindings.ts is current; commit it if it changed");
    Ok(())
}

/// `cargo xtask server-tests`: the server's tests (SQLite and PostgreSQL) with a throwaway
/// PostgreSQL, for developers who changed the server.
fn server_tests() -> Result<(), Failure> {
    let root = repo_root();
    let mut steps = Steps::new(2);
    let mut pg = None;
    steps.run("PostgreSQL for the sync server's tests", || {
        pg = postgres::start(&target_dir(&root))?;
        Ok(())
    })?;
    let mut tally = Tally::default();
    steps.run("Server tests (cargo test -p talentdesk-server)", || {
        let mut cmd = process::cargo();
        cmd.args(["test", "-p", "talentdesk-server"])
            .current_dir(&root);
        if let Some(pg) = &pg {
            cmd.env(postgres::URL_VAR, &pg.url);
        }
        process::run_counting(&mut cmd, &mut tally)
    })?;
    drop(pg);
    steps.done("server tests passed");
    println!("{}", tally.summary());
    Ok(())
}

/// The workspace root: the parent of this crate's folder.
fn repo_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}

/// Where Cargo puts `name` for `profile`, honouring `CARGO_TARGET_DIR`.
fn binary_path(root: &Path, profile: &str, name: &str) -> PathBuf {
    target_dir(root)
        .join(profile)
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR`.
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}
