//! The operating system's part: the WebView and GTK development packages Tauri builds against.
//!
//! On Debian and Ubuntu the missing packages are installed with apt-get (through sudo when not
//! root). Elsewhere we only say what is needed, because installing it is the developer's call.

use std::path::Path;
use std::process::Command;

use crate::process;

/// Debian/Ubuntu packages a Tauri 2 build and its headless tests need (see
/// `shared/notes/desktop-recipes.md`): WebKitGTK 4.1 and friends, libdbus for the OS keyring
/// (Secret Service), then for the tests a session bus and GNOME Keyring, and for the end-to-end
/// tests Xvfb, WebKitWebDriver, and xwd + ImageMagick for screenshots of the virtual screen.
pub const DEBIAN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libsoup-3.0-dev",
    "libjavascriptcoregtk-4.1-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libdbus-1-dev",
    "dbus-daemon",
    "gnome-keyring",
    "xvfb",
    "webkit2gtk-driver",
    "x11-apps",
    "imagemagick",
];

/// Makes sure the system can build a Tauri app, installing packages where we know how.
pub fn ensure_build_packages() -> Result<(), String> {
    if cfg!(target_os = "linux") {
        ensure_linux()
    } else if cfg!(target_os = "macos") {
        macos_notes();
        Ok(())
    } else if cfg!(windows) {
        windows_notes();
        Ok(())
    } else {
        println!("Unknown OS: see the Tauri 2 prerequisites for what to install; continuing.");
        Ok(())
    }
}

fn ensure_linux() -> Result<(), String> {
    if !process::succeeds(Command::new("dpkg-query").arg("--version")) {
        println!("Not a Debian/Ubuntu system (no dpkg); skipping the package check.");
        println!("Install the equivalents of: {}", DEBIAN_PACKAGES.join(" "));
        return Ok(());
    }
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        println!(
            "All {} system packages are installed.",
            DEBIAN_PACKAGES.len()
        );
        return Ok(());
    }
    println!("Missing system packages: {}", missing.join(" "));
    let sudo = !is_root();
    if sudo && !process::succeeds(Command::new("sudo").arg("--version")) {
        return Err(format!(
            "not root and no sudo: run `apt-get install -y {}` as root",
            missing.join(" ")
        ));
    }
    apt_get(sudo, &["update"])?;
    let mut install = vec!["install", "-y"];
    install.extend(&missing);
    apt_get(sudo, &install)
}

/// `dpkg -s` also succeeds for removed packages whose config files remain: read the status.
pub(crate) fn is_installed(package: &str) -> bool {
    process::output(Command::new("dpkg").args(["-s", package])).is_some_and(|out| {
        out.lines()
            .any(|line| line.trim() == "Status: install ok installed")
    })
}

pub(crate) fn is_root() -> bool {
    process::output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

pub(crate) fn apt_get(sudo: bool, args: &[&str]) -> Result<(), String> {
    let mut cmd = if sudo {
        Command::new("sudo")
    } else {
        Command::new("apt-get")
    };
    if sudo {
        cmd.args(["DEBIAN_FRONTEND=noninteractive", "apt-get"]);
    }
    process::run(cmd.env("DEBIAN_FRONTEND", "noninteractive").args(args))
}

fn macos_notes() {
    if process::succeeds(Command::new("xcode-select").arg("-p")) {
        println!("Xcode Command Line Tools: found.");
    } else {
        println!("Xcode Command Line Tools are missing: run `xcode-select --install`.");
    }
    println!("Also needed: Node.js 20.19 or newer (for the UI). WebKit ships with macOS.");
}

fn windows_notes() {
    println!("Windows needs, before the build:");
    println!(
        "  - Microsoft C++ Build Tools (\"Desktop development with C++\") for the MSVC toolchain;"
    );
    println!("  - the Microsoft Edge WebView2 runtime (preinstalled on Windows 10 1803+ and 11);");
    println!("  - Node.js 20.19 or newer (for the UI).");
}

/// On Linux without a display, how to start the built app under Xvfb instead; `None` otherwise.
pub fn headless_hint(binary: &Path) -> Option<String> {
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|var| std::env::var_os(var).is_some_and(|v| !v.is_empty()));
    if !cfg!(target_os = "linux") || has_display {
        return None;
    }
    Some(format!(
        "Neither DISPLAY nor WAYLAND_DISPLAY is set, so the window has nowhere to open.\n\
         To run it on a virtual screen instead:\n\n\
         \x20 WEBKIT_DISABLE_DMABUF_RENDERER=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 \\\n\
         \x20   xvfb-run -a -s \"-screen 0 1280x800x24\" {}\n\n\
         (add TALENTDESK_DB=/tmp/td.db in front to use a scratch database)",
        binary.display()
    ))
}
