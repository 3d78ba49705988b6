//! The release app under Xvfb: time from spawning the binary to its first
//! screen, and its resident memory once idle. The UI calls the shell's
//! `ui_ready` after painting its first screen; with `TALENTDESK_READY_MARK`
//! set the shell prints a line on stderr, which is what is timed here. The
//! app opens the generated dataset as a recruiter who finished the first
//! run, so the first screen is the recruiting workspace over 100k
//! candidates. Memory is the whole process tree (the app and the WebKit
//! web and network processes it starts), read from /proc after 3 s idle, as
//! the sum of PSS: RSS summed over the three would count the WebKit and GTK
//! libraries they share three times. The notes give the RSS figures too.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::report::{Measured, Row, Target};
use crate::stats::{summarize, summarize_values};
use crate::{BenchResult, Size};

const READY_MARK: &str = "talentdesk: first screen ready";
const READY_TIMEOUT: Duration = Duration::from_secs(60);
const IDLE: Duration = Duration::from_secs(3);

pub fn run(app: Option<&Path>, dataset: &Path, work: &Path, size: &Size) -> [Row; 2] {
    let start = Row::new(
        "app_start",
        "app start to first screen, release build under Xvfb",
        None,
        Target::MedianBelowMs(1000.0),
    );
    let memory = Row::new(
        "app_memory",
        "app memory after start, idle",
        None,
        Target::RssBelowMb(200.0),
    );
    let outcome = match app {
        None => Err(
            "no app binary given (`--app`; `cargo xtask bench` passes the release build)".into(),
        ),
        Some(_) if std::env::var_os("DISPLAY").is_none() => {
            Err("no display (`cargo xtask bench` runs the suite under xvfb-run)".into())
        }
        Some(app) => measure(app, dataset, work, size),
    };
    match outcome {
        Ok((s, m)) => [
            super::finish(start, || Ok(s)),
            super::finish(memory, || Ok(m)),
        ],
        Err(e) => {
            let why = e.to_string();
            [
                super::finish(start, || Err(why.clone().into())),
                super::finish(memory, || Err(why.into())),
            ]
        }
    }
}

fn measure(
    app: &Path,
    dataset: &Path,
    work: &Path,
    size: &Size,
) -> BenchResult<(Measured, Measured)> {
    let config = work.join("app-config");
    std::fs::create_dir_all(&config)?;
    std::fs::write(config.join("config.json"), r#"{"role":"recruiter"}"#)?;
    let (mut starts, mut pss, mut rss, mut main_rss, mut procs) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), 0);
    // One untimed start: the first one pays for reading the binary and WebKit from disk.
    for run in 0..=size.app_runs {
        let mut child = Command::new(app)
            .env("TALENTDESK_DB", dataset)
            .env("TALENTDESK_CONFIG_DIR", &config)
            .env("TALENTDESK_READY_MARK", "1")
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()?;
        let spawned = Instant::now();
        let result = wait_ready(&mut child, spawned).and_then(|ready| {
            std::thread::sleep(IDLE);
            let tree = process_tree(child.id());
            let pss: u64 = tree
                .iter()
                .filter_map(|&pid| kib(pid, "smaps_rollup", "Pss:"))
                .sum();
            let rss: u64 = tree
                .iter()
                .filter_map(|&pid| kib(pid, "status", "VmRSS:"))
                .sum();
            let main = kib(child.id(), "status", "VmRSS:").unwrap_or(0);
            Ok((ready, pss, rss, main, tree.len()))
        });
        stop(&mut child);
        let (ready, pss_kib, rss_kib, main, n) = result?;
        if run > 0 {
            starts.push(ready);
            pss.push(pss_kib as f64 / 1024.0);
            rss.push(rss_kib as f64 / 1024.0);
            main_rss.push(main as f64 / 1024.0);
            procs = n;
        }
    }
    let main = summarize_values(&main_rss).ok_or("no runs")?;
    let rss_sum = summarize_values(&rss).ok_or("no runs")?;
    Ok((
        Measured {
            summary: summarize(&starts).ok_or("no runs")?,
            baseline: None,
            items: None,
            notes: vec![
                "spawn to the UI's ready mark (first screen painted); after one untimed warm-up start".into(),
            ],
        },
        Measured {
            summary: summarize_values(&pss).ok_or("no runs")?,
            baseline: None,
            items: None,
            notes: vec![format!(
                "PSS summed over {procs} processes (the app, WebKit's web and network processes) {} s after the first screen; \
                 RSS summed over them {:.0} MB (shared libraries counted in each); the app process alone RSS {:.0} MB",
                IDLE.as_secs(),
                rss_sum.median_ms,
                main.median_ms
            )],
        },
    ))
}

/// Time from spawn until the app prints the ready mark.
fn wait_ready(child: &mut Child, spawned: Instant) -> BenchResult<Duration> {
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut sent = false;
        // Keep draining after the mark so the app never blocks on a full pipe.
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if !sent && line.contains(READY_MARK) {
                let _ = tx.send(Ok(Instant::now()));
                sent = true;
            } else if !sent && line.contains("talentdesk:") {
                let _ = tx.send(Err(line));
                sent = true;
            }
        }
    });
    match rx.recv_timeout(READY_TIMEOUT) {
        Ok(Ok(at)) => Ok(at - spawned),
        Ok(Err(line)) => Err(format!("the app failed to start: {line}").into()),
        Err(_) => Err(format!("no first screen within {READY_TIMEOUT:?}").into()),
    }
}

/// Ends the app and everything in its process group (the WebKit helpers).
fn stop(child: &mut Child) {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
    for _ in 0..50 {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    let _ = child.wait();
}

/// `pid` and its descendants.
fn process_tree(pid: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(p) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
                continue;
            };
            // The command name may hold spaces: the fields after it follow the last ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|s| s.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parents.push((p, ppid));
            }
        }
    }
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    tree
}

/// A `Field:  N kB` line of `/proc/<pid>/<file>`, in KiB.
fn kib(pid: u32, file: &str, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/{file}")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
