//! A throwaway PostgreSQL cluster for the sync server's PostgreSQL tests.
//!
//! WHY a cluster of our own rather than the system's service: CI and developers' machines may
//! have no PostgreSQL running, or one we must not touch. So we install the server binaries
//! (Debian package `postgresql`), `initdb` a fresh cluster under the target dir, start it on a
//! free loopback port with trust authentication and no durability (it is deleted afterwards),
//! hand its URL to the tests in [`URL_VAR`], and stop it when the [`Cluster`] is dropped, which
//! happens on success and on failure alike. PostgreSQL refuses to run as root, so when we are
//! root, `initdb` and `pg_ctl` run as the `postgres` user the package creates.
//!
//! When [`URL_VAR`] is already set, that server is used and nothing is started.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{process, system};

/// The environment variable the server's tests read the PostgreSQL URL from.
pub const URL_VAR: &str = "TALENTDESK_TEST_POSTGRES_URL";

/// The role the tests connect as (the cluster's superuser, so it may create databases).
const ROLE: &str = "talentdesk";

/// A running throwaway cluster; dropping it stops the server and deletes its files.
pub struct Cluster {
    pub url: String,
    bin: PathBuf,
    data: PathBuf,
    run_as: Option<String>,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        stop(&self.bin, &self.data, self.run_as.as_deref());
        let _ = fs::remove_dir_all(&self.data);
        println!("PostgreSQL test cluster stopped and removed.");
    }
}

/// The URL the tests should use: [`URL_VAR`] when set (`None` then: nothing to stop), or a
/// freshly started cluster.
pub fn start(target: &Path) -> Result<Option<Cluster>, String> {
    if let Some(url) = std::env::var(URL_VAR).ok().filter(|u| !u.is_empty()) {
        let shown = url.split('@').next_back().unwrap_or_default();
        println!("{URL_VAR} is set: the tests use that server (…@{shown}).");
        return Ok(None);
    }
    let bin = match bin_dir() {
        Some(bin) => bin,
        None => {
            install()?;
            bin_dir().ok_or("PostgreSQL was installed but no initdb was found")?
        }
    };
    let run_as = system::is_root().then(|| "postgres".to_string());
    if let Some(user) = &run_as {
        if !process::succeeds(Command::new("id").arg(user)) {
            return Err(format!(
                "running as root and there is no `{user}` user to run PostgreSQL as \
                 (the Debian package `postgresql` creates it)"
            ));
        }
    }
    let data = data_dir(target, run_as.as_deref())?;
    let port = free_port()?;
    let mut initdb = as_user(run_as.as_deref(), &bin.join("initdb"));
    initdb
        .arg("-D")
        .arg(&data)
        .args(["-U", ROLE, "--auth=trust", "-E", "UTF8", "--locale=C"])
        .arg("--no-sync");
    process::run(initdb.stdout(std::process::Stdio::null()))?;
    let cluster = Cluster {
        url: format!("postgres://{ROLE}@127.0.0.1:{port}/postgres"),
        bin: bin.clone(),
        data: data.clone(),
        run_as: run_as.clone(),
    };
    // Loopback TCP only (no Unix socket: its path length is limited), no durability.
    let options = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories= \
         -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    );
    let mut pg_ctl = as_user(run_as.as_deref(), &bin.join("pg_ctl"));
    pg_ctl
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(data.join("server.log"))
        .args(["-w", "-t", "60", "-o", &options, "start"]);
    if let Err(e) = process::run(&mut pg_ctl) {
        let log = fs::read_to_string(data.join("server.log")).unwrap_or_default();
        return Err(format!("{e}\nPostgreSQL's log:\n{log}"));
    }
    println!(
        "PostgreSQL test cluster on 127.0.0.1:{port}; {URL_VAR}={}",
        cluster.url
    );
    Ok(Some(cluster))
}

/// The newest PostgreSQL server binaries: Debian's versioned directories, else `PATH`.
fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((v, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    let found = process::output(Command::new("sh").args(["-c", "command -v initdb"]))?;
    Path::new(found.trim()).parent().map(Path::to_path_buf)
}

fn install() -> Result<(), String> {
    if !process::succeeds(Command::new("dpkg-query").arg("--version")) {
        return Err(format!(
            "PostgreSQL (initdb, pg_ctl) is not installed and this is not Debian/Ubuntu: install \
             it, or set {URL_VAR}=postgres://USER@HOST:PORT/DB for a server whose USER may create \
             databases"
        ));
    }
    if system::is_installed("postgresql") {
        return Ok(());
    }
    let sudo = !system::is_root();
    system::apt_get(sudo, &["update"])?;
    system::apt_get(sudo, &["install", "-y", "postgresql"])
}

/// `program`, run as `user` through `runuser` when given.
fn as_user(user: Option<&str>, program: &Path) -> Command {
    match user {
        Some(user) => {
            let mut cmd = Command::new("runuser");
            cmd.args(["-u", user, "--"]).arg(program);
            cmd
        }
        None => Command::new(program),
    }
}

/// A fresh data directory under the target dir (one per xtask process: several checkouts may
/// share a target dir), owned by `user`; a temporary directory instead when `user` cannot reach
/// the target dir (e.g. a checkout under /root). Clusters left by interrupted runs are stopped
/// and removed first.
fn data_dir(target: &Path, user: Option<&str>) -> Result<PathBuf, String> {
    remove_abandoned(target, user);
    let name = format!("xtask-postgres-{}", std::process::id());
    for dir in [target.join(&name), std::env::temp_dir().join(&name)] {
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        let Some(user) = user else { return Ok(dir) };
        process::run(Command::new("chown").arg(format!("{user}:")).arg(&dir))?;
        let mut probe = as_user(Some(user), Path::new("test"));
        if process::succeeds(probe.arg("-w").arg(&dir)) {
            return Ok(dir);
        }
        println!(
            "{} is not reachable for {user}; trying a temporary directory",
            dir.display()
        );
        let _ = fs::remove_dir_all(&dir);
    }
    Err(format!(
        "no data directory that {} can write",
        user.unwrap_or("we")
    ))
}

/// Stop and remove the clusters of xtask processes that no longer run (Linux: `/proc/<pid>`).
fn remove_abandoned(target: &Path, user: Option<&str>) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Some(bin) = bin_dir() else { return };
    for parent in [target.to_path_buf(), std::env::temp_dir()] {
        for entry in fs::read_dir(&parent).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name.strip_prefix("xtask-postgres-") else {
                continue;
            };
            if pid.parse::<u32>().is_err() || Path::new("/proc").join(pid).exists() {
                continue;
            }
            stop(&bin, &entry.path(), user);
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

fn stop(bin: &Path, data: &Path, user: Option<&str>) {
    let mut cmd = as_user(user, &bin.join("pg_ctl"));
    cmd.arg("-D")
        .arg(data)
        .args(["-m", "immediate", "-w", "stop"]);
    let _ = process::succeeds(&mut cmd);
}

/// A loopback port nobody listens on right now.
fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")
        .map_err(|e| format!("finding a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("finding a free port: {e}"))
}
