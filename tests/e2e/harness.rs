//! Starting the real app through tauri-driver, talking WebDriver to it, and photographing the
//! virtual screen.
//!
//! One [`App`] is one run of the release binary: a `tauri-driver` child process on free ports
//! (which starts Debian's `WebKitWebDriver`, which starts the app), a WebDriver session, and the
//! [`Profile`] (database and config folder) the app was given through its environment.

use std::fs::{self, File};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

/// How long to wait for the UI to show something before failing.
pub const UI_TIMEOUT: Duration = Duration::from_secs(20);
/// How long tauri-driver and WebKitWebDriver may take to start the app.
const SESSION_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a closed app may take to exit.
const EXIT_TIMEOUT: Duration = Duration::from_secs(15);

/// The release binary under test: `$TALENTDESK_APP`, set by `cargo xtask test`.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("TALENTDESK_APP")
        .map(PathBuf::from)
        .expect(
            "TALENTDESK_APP is not set: these tests drive the release app under Xvfb; \
         run them with `cargo xtask test`",
        );
    assert!(
        path.is_absolute() && path.is_file(),
        "TALENTDESK_APP={} is not an absolute path to the built app",
        path.display()
    );
    path
}

/// `tauri-driver`: `$TAURI_DRIVER` (the xtask passes the one it installed), else from `PATH`.
fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

/// The Cargo target folder the app was built in (`<target>/release/talentdesk`).
fn target_dir() -> PathBuf {
    let app = app_binary();
    app.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// Where screenshots go: `<target>/e2e-screenshots/<test>-<step>.png`.
pub fn screenshot_dir() -> PathBuf {
    target_dir().join("e2e-screenshots")
}

/// A person's data on this machine: a database file and a config folder, in a temporary folder
/// that outlives app restarts within a test.
pub struct Profile {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
    pub config_dir: PathBuf,
}

impl Profile {
    /// A first run: no config, no database yet.
    pub fn fresh() -> Profile {
        let dir = tempfile::tempdir().expect("temp dir");
        Profile {
            db: dir.path().join("data").join("talentdesk.db"),
            config_dir: dir.path().join("config"),
            _dir: dir,
        }
    }

    /// A person who already went through the first-run screen as `role`.
    pub fn with_role(role: &str) -> Profile {
        let profile = Profile::fresh();
        fs::create_dir_all(&profile.config_dir).expect("config dir");
        fs::write(
            profile.config_dir.join("config.json"),
            json!({ "role": role }).to_string(),
        )
        .expect("write config.json");
        profile
    }

    /// The config as the app saved it.
    pub fn config(&self) -> Value {
        let text = fs::read_to_string(self.config_dir.join("config.json")).expect("config.json");
        serde_json::from_str(&text).expect("config.json is JSON")
    }
}

/// A free TCP port on localhost (there is a small window in which another process could take it).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// The running app and its WebDriver session.
pub struct App {
    test: &'static str,
    client: Option<Client>,
    driver: Child,
    log: PathBuf,
}

impl App {
    /// Starts the release app with `profile`, and waits until its page has loaded.
    pub async fn launch(test: &'static str, profile: &Profile) -> App {
        let app = app_binary();
        let logs = target_dir().join("e2e-logs");
        fs::create_dir_all(&logs).expect("log dir");
        let log = logs.join(format!(
            "{test}-{}.log",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis())
                .unwrap_or_default()
        ));
        let out = File::create(&log).expect("log file");
        let (port, native_port) = (free_port(), free_port());
        // The app inherits tauri-driver's environment (through WebKitWebDriver). Its own process
        // group lets us end tauri-driver, WebKitWebDriver and the app together.
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("TALENTDESK_DB", &profile.db)
            .env("TALENTDESK_CONFIG_DIR", &profile.config_dir)
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("log file"))
            .stderr(out)
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e} (cargo xtask test installs it)",
                    tauri_driver().display()
                )
            });
        eprintln!(
            "[{test}] tauri-driver on port {port} (pid {}), log {}",
            driver.id(),
            log.display()
        );
        let mut running = App {
            test,
            client: None,
            driver,
            log,
        };

        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("wry"));
        capabilities.insert(
            "tauri:options".into(),
            json!({ "application": app.display().to_string() }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        // tauri-driver accepts connections before the native driver is ready: retry a while.
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(error) => {
                    if let Ok(Some(status)) = running.driver.try_wait() {
                        panic!(
                            "tauri-driver exited with {status}; see {}",
                            running.log.display()
                        );
                    }
                    if started.elapsed() > SESSION_TIMEOUT {
                        panic!(
                            "no WebDriver session after {SESSION_TIMEOUT:?}: {error}; see {}",
                            running.log.display()
                        );
                    }
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
            }
        };
        running.client = Some(client);
        running.wait_for_page().await;
        running
    }

    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("session is open")
    }

    /// Waits until the document has loaded and the UI's script has put something on the page.
    async fn wait_for_page(&self) {
        let started = Instant::now();
        loop {
            let ready = self
                .client()
                .execute(
                    "return document.readyState === 'complete' \
                     && typeof window.__TAURI_INTERNALS__ === 'object' \
                     && document.body !== null && document.body.innerText.trim().length > 0;",
                    vec![],
                )
                .await;
            if matches!(ready, Ok(Value::Bool(true))) {
                break;
            }
            if started.elapsed() > UI_TIMEOUT {
                let _ = self.screenshot("page-never-rendered");
                panic!(
                    "the UI rendered nothing within {UI_TIMEOUT:?} ({ready:?}): did its script \
                     run (CSP)?; see {}",
                    self.log.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // From here on, anything the content security policy blocks is recorded (what it blocked
        // while loading shows in `csp_problems` through its effects).
        self.client()
            .execute(
                "window.__e2eCspViolations = [];
                 document.addEventListener('securitypolicyviolation', (e) =>
                   window.__e2eCspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));",
                vec![],
            )
            .await
            .expect("install the CSP violation listener");
    }

    /// What the content security policy got in the way of: violations reported since the page
    /// loaded, and `style` attributes that were not applied (so inline styles the UI relies on
    /// would be broken). Empty when the UI works under the CSP.
    pub async fn csp_problems(&self) -> Vec<String> {
        let found = self
            .client()
            .execute(
                "const problems = [...(window.__e2eCspViolations || [])];
                 for (const el of document.querySelectorAll('[style]')) {
                   const attr = el.getAttribute('style').trim();
                   if (attr !== '' && el.style.length === 0) {
                     problems.push(`style attribute not applied on <${el.tagName.toLowerCase()}>: ${attr}`);
                   }
                 }
                 return problems;",
                vec![],
            )
            .await
            .expect("read CSP problems");
        serde_json::from_value(found).expect("a list of strings")
    }

    /// `window.__TAURI_INTERNALS__.invoke(cmd, args)` in the page, as the UI calls the shell.
    /// `Err` holds what the promise rejected with.
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let outcome = self
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(
                   (value) => done({ ok: value === undefined ? null : value }),
                   (error) => done({ error: error === undefined ? null : error }),
                 );",
                vec![json!(cmd), args],
            )
            .await
            .unwrap_or_else(|e| panic!("execute_async {cmd}: {e}"));
        match outcome {
            Value::Object(mut map) if map.contains_key("ok") => Ok(map.remove("ok").unwrap()),
            Value::Object(mut map) if map.contains_key("error") => {
                Err(map.remove("error").unwrap())
            }
            other => panic!("invoke {cmd}: unexpected script result {other}"),
        }
    }

    /// The first element matching `css`, once it is displayed.
    pub async fn visible(&self, css: &str) -> Element {
        let started = Instant::now();
        loop {
            if let Ok(element) = self.client().find(Locator::Css(css)).await {
                if element.is_displayed().await.unwrap_or(false) {
                    return element;
                }
            }
            if started.elapsed() > UI_TIMEOUT {
                self.fail(&format!("`{css}` was not displayed within {UI_TIMEOUT:?}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether an element matching `css` is displayed right now.
    pub async fn is_visible(&self, css: &str) -> bool {
        for element in self
            .client()
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            if element.is_displayed().await.unwrap_or(false) {
                return true;
            }
        }
        false
    }

    /// The page's local date `days` from now as a date field wants it (YYYY-MM-DD).
    pub async fn local_date_in_days(&self, days: i64) -> String {
        self.client()
            .execute(
                "const d = new Date(Date.now() + arguments[0] * 86400000);
                 return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');",
                vec![json!(days)],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| self.fail("could not compute a date in the page"))
    }

    /// Waits until no element matching `css` is displayed (a dialog closed after its save).
    pub async fn gone(&self, css: &str) {
        let started = Instant::now();
        while self.is_visible(css).await {
            if started.elapsed() > UI_TIMEOUT {
                self.fail(&format!("`{css}` was still displayed after {UI_TIMEOUT:?}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until some element matching `css` shows text containing `needle`, and returns it.
    pub async fn text_containing(&self, css: &str, needle: &str) -> String {
        let started = Instant::now();
        loop {
            for element in self
                .client()
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let text = self.rendered_text(&element).await;
                if text.contains(needle) {
                    return text;
                }
            }
            if started.elapsed() > UI_TIMEOUT {
                self.fail(&format!(
                    "no `{css}` showing {needle:?} within {UI_TIMEOUT:?}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// An element's rendered text. WebKitWebDriver answers "" for some cells
    /// of a table it draws (seen on the assessment attempts' score cell), so an
    /// empty answer is checked against the page's own `innerText`, which is
    /// still "" for anything hidden by CSS.
    async fn rendered_text(&self, element: &Element) -> String {
        match element.text().await {
            Ok(text) if !text.is_empty() => text,
            _ => match serde_json::to_value(element) {
                Ok(arg) => self
                    .client()
                    .execute("return arguments[0].innerText;", vec![arg])
                    .await
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                Err(_) => String::new(),
            },
        }
    }

    /// The displayed text of `css`, once it is displayed and not empty.
    pub async fn text(&self, css: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.visible(css).await.text().await.unwrap_or_default();
            if !text.trim().is_empty() {
                return text.trim().to_string();
            }
            if started.elapsed() > UI_TIMEOUT {
                self.fail(&format!("`{css}` stayed empty for {UI_TIMEOUT:?}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        let element = self.visible(css).await;
        if let Err(e) = element.click().await {
            self.fail(&format!("clicking `{css}`: {e}"));
        }
    }

    /// Types `value` into the (emptied) field `css`, as a person would.
    pub async fn fill(&self, css: &str, value: &str) {
        let element = self.visible(css).await;
        element.click().await.ok();
        if let Err(e) = element.clear().await {
            self.fail(&format!("clearing `{css}`: {e}"));
        }
        if let Err(e) = element.send_keys(value).await {
            self.fail(&format!("typing into `{css}`: {e}"));
        }
    }

    /// Picks `path` in the file input `css` as the OS file dialog would (WebDriver sends the path
    /// to the input). The input may be hidden behind a button; it only has to be in the page.
    pub async fn choose_file(&self, css: &str, path: &Path) {
        let started = Instant::now();
        let element = loop {
            if let Ok(element) = self.client().find(Locator::Css(css)).await {
                break element;
            }
            if started.elapsed() > UI_TIMEOUT {
                self.fail(&format!("no file input `{css}` within {UI_TIMEOUT:?}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let path = path
            .to_str()
            .unwrap_or_else(|| self.fail("a non-UTF-8 path"));
        if let Err(e) = element.send_keys(path).await {
            self.fail(&format!("choosing {path} in `{css}`: {e}"));
        }
    }

    /// A picture of the app's window, `<test>-<step>.png`. WebDriver's own screenshot commands
    /// hang with WebKitWebDriver, so this grabs the X display (set by xvfb-run): the window
    /// titled "Talentdesk", or the whole screen if there is no such window.
    pub fn screenshot(&self, step: &str) -> PathBuf {
        let dir = screenshot_dir();
        fs::create_dir_all(&dir).expect("screenshot dir");
        let path = dir.join(format!("{}-{step}.png", self.test));
        if !grab(&["-name", "Talentdesk"], &path) {
            let whole = grab(&["-root"], &path);
            assert!(
                whole,
                "screenshot {} failed (xwd | convert); is DISPLAY set?",
                path.display()
            );
        }
        eprintln!("[{}] screenshot {}", self.test, path.display());
        path
    }

    /// Fails the test with a screenshot of what was on screen.
    pub fn fail(&self, message: &str) -> ! {
        let shot = self.screenshot("failure");
        panic!(
            "{message}\n  screen: {}\n  log: {}",
            shot.display(),
            self.log.display()
        );
    }

    /// Ends the session (WebKitWebDriver closes the app), then tauri-driver, and waits until
    /// every process of this run has exited, so the next run may open the same files.
    ///
    /// Fails the test if the content security policy blocked anything during it.
    pub async fn quit(mut self) {
        let blocked = self.csp_problems().await;
        if !blocked.is_empty() {
            self.fail(&format!(
                "the content security policy blocked: {blocked:#?}"
            ));
        }
        if let Some(client) = self.client.take() {
            if let Err(e) = client.close().await {
                eprintln!("[{}] closing the session: {e}", self.test);
            }
        }
        self.stop_processes();
    }

    fn stop_processes(&mut self) {
        let group = format!("-{}", self.driver.id());
        // tauri-driver, WebKitWebDriver and (if still running) the app share this process group.
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let started = Instant::now();
        while group_alive(&group) && started.elapsed() < EXIT_TIMEOUT {
            let _ = self.driver.try_wait();
            std::thread::sleep(Duration::from_millis(100));
        }
        if group_alive(&group) {
            eprintln!("[{}] processes still running: killing them", self.test);
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        }
        let _ = self.driver.wait();
    }
}

impl Drop for App {
    /// A failed test still stops its processes (without a graceful session end).
    fn drop(&mut self) {
        if self.client.take().is_some() || self.driver.try_wait().ok().flatten().is_none() {
            self.stop_processes();
        }
    }
}

/// `xwd -silent WHICH | convert xwd:- PATH`: whether it produced the picture.
fn grab(which: &[&str], path: &Path) -> bool {
    let _ = fs::remove_file(path);
    let mut xwd = Command::new("xwd")
        .arg("-silent")
        .args(which)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("xwd (Debian package x11-apps)");
    let converted = Command::new("convert")
        .arg("xwd:-")
        .arg(path)
        .stdin(xwd.stdout.take().expect("xwd stdout"))
        .stderr(Stdio::null())
        .status()
        .expect("convert (Debian package imagemagick)");
    let grabbed = xwd.wait().expect("xwd");
    grabbed.success() && converted.success() && path.is_file()
}

/// Whether a process of the group `-PGID` is still running. Read from /proc, because exited
/// processes whose parent died may linger as zombies (PID 1 of a container need not reap them),
/// and `kill -0` counts those.
fn group_alive(group: &str) -> bool {
    let pgid = group.trim_start_matches('-');
    let Ok(entries) = fs::read_dir("/proc") else {
        return false;
    };
    entries.flatten().any(|entry| {
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
            return false;
        };
        // `pid (comm) state ppid pgrp ...`; comm may contain spaces and parentheses.
        let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
            return false;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        fields.len() > 2 && fields[2] == pgid && fields[0] != "Z" && fields[0] != "X"
    })
}
