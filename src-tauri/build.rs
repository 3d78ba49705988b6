//! Build script of the desktop shell.
//!
//! The app package lives at the repository root (so `tauri.conf.json` sits beside the workspace
//! `Cargo.toml`) while its sources live in `src-tauri/`; the capabilities therefore have to be
//! pointed at explicitly.
//!
//! The app manifest lists the shell's own commands. That makes tauri-build generate an
//! `allow-<command>`/`deny-<command>` permission for each, and, because the app now has an ACL
//! manifest, Tauri checks every call of these commands against the capabilities: a command is
//! reachable only from the windows a capability grants it to (`src-tauri/capabilities/main.json`).

/// Every command registered in `src-tauri/src/lib.rs` (`generate_handler!`). A command missing
/// here would be refused at runtime, since no permission could grant it.
const COMMANDS: &[&str] = &[
    "call",
    "app_info",
    "app_setup_get",
    "app_setup_save",
    "pick_database_path",
    "open_document",
    "ui_ready",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script may only report through its exit status and stderr.
        eprintln!("error: tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
