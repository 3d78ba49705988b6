//! The OS keyring for the tests: the app keeps its sync token in the Secret Service, which needs a
//! D-Bus session bus and an unlocked keyring, neither of which CI or an SSH session has. So on
//! Linux the Rust tests and the end-to-end tests run inside `dbus-run-session`, with
//! `gnome-keyring-daemon` unlocked by a throwaway password (see
//! `shared/notes/desktop-recipes.md`), and with `TALENTDESK_REQUIRE_KEYRING=1`, which makes the
//! keyring tests fail rather than skip when the keyring is missing.

use std::process::Command;

/// Starts the keyring on the new session bus, then runs the wrapped program ("$@").
const SCRIPT: &str = "printf %s ci | gnome-keyring-daemon --unlock --components=secrets \
                      --daemonize >/dev/null && exec \"$@\"";

/// Whether this machine can give the tests a keyring session.
pub fn available() -> bool {
    cfg!(target_os = "linux")
        && ["dbus-run-session", "gnome-keyring-daemon"]
            .iter()
            .all(|tool| on_path(tool))
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}

/// `cmd` run inside a D-Bus session with an unlocked keyring, when the machine has them;
/// otherwise `cmd` unchanged (the keyring tests then check the typed "no keyring" error).
pub fn session(cmd: Command) -> Command {
    if !available() {
        println!(
            "No dbus-run-session/gnome-keyring here: the keyring tests run without a keyring."
        );
        return cmd;
    }
    let mut wrapped = Command::new("dbus-run-session");
    wrapped
        .args(["--", "sh", "-c", SCRIPT, "sh"])
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .env("TALENTDESK_REQUIRE_KEYRING", "1");
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => wrapped.env(key, v),
            None => wrapped.env_remove(key),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        wrapped.current_dir(dir);
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wrapped program gets a session bus, the "keyring required" flag, and its own
    /// arguments unchanged (spaces and quotes included).
    #[test]
    fn session_runs_the_program_on_a_bus_with_its_arguments() {
        if !available() {
            eprintln!("no dbus-run-session/gnome-keyring here");
            return;
        }
        let mut cmd = Command::new("sh");
        cmd.args([
            "-c",
            "test -n \"$DBUS_SESSION_BUS_ADDRESS\" && test \"$TALENTDESK_REQUIRE_KEYRING\" = 1 \
             && test \"$1\" = 'two words \"quoted\"' && test \"$X\" = y",
            "sh",
            "two words \"quoted\"",
        ])
        .env("X", "y");
        let status = session(cmd).status().expect("dbus-run-session runs");
        assert!(status.success(), "{status}");
    }
}
