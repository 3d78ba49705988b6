//! Build script of the desktop shell.
//!
//! The app package lives at the repository root (so `tauri.conf.json` sits beside the workspace
//! `Cargo.toml`) while its sources live in `src-tauri/`; the capabilities therefore have to be
//! pointed at explicitly.

fn main() {
    let attributes =
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script may only report through its exit status and stderr.
        eprintln!("error: tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
