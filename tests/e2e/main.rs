//! End-to-end tests of the real release app in a real window: the binary built by
//! `cargo build --release -p talentdesk --features custom-protocol`, started by `tauri-driver`
//! through Debian's `WebKitWebDriver` on an Xvfb screen, with a throwaway database and config
//! folder per test (`TALENTDESK_DB`, `TALENTDESK_CONFIG_DIR`).
//!
//! `cargo xtask test` builds the app and runs these under
//! `xvfb-run cargo test --test e2e -- --ignored --test-threads=1` (one app at a time), with
//! `TALENTDESK_APP` naming the binary. For a plain `cargo test` they are ignored rather than
//! passing without having run; started without `TALENTDESK_APP` they fail and say why.
//!
//! Every test saves screenshots of the virtual screen in `target/e2e-screenshots/`.
//! The UI is found through its `data-testid` attributes (and `name` for form fields).

mod harness;
mod hire;
mod job_search;
mod sync;

use harness::{App, Profile};
use serde_json::{json, Value};
use talentdesk_core::api::Context;
use talentdesk_core::Store;

fn latest_migration() -> i64 {
    Store::latest_migration_version()
}

fn text(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// The acceptance check: the shell's `app_info` through the IPC bridge of the release app.
#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn app_info_over_webdriver() {
    let profile = Profile::fresh();
    let app = App::launch("app_info_over_webdriver", &profile).await;
    app.screenshot("started");

    let info = app
        .invoke("app_info", json!({}))
        .await
        .unwrap_or_else(|e| app.fail(&format!("app_info was rejected: {e}")));

    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"), "{info}");
    assert_eq!(info["db_path"], text(&profile.db), "{info}");
    assert_eq!(info["schema_version"], json!(latest_migration()), "{info}");
    assert!(profile.db.is_file(), "the app created its database");

    // The setup commands answer too, and reflect TALENTDESK_DB and the fresh config folder.
    let setup = app
        .invoke("app_setup_get", json!({}))
        .await
        .unwrap_or_else(|e| app.fail(&format!("app_setup_get was rejected: {e}")));
    assert_eq!(setup["db_path"], text(&profile.db), "{setup}");
    assert_eq!(setup["db_path_locked"], true, "{setup}");
    assert_eq!(setup["first_run"], true, "{setup}");

    // Core errors arrive as {code, message, field}.
    let err = app
        .invoke(
            "call",
            json!({ "name": "candidate_create", "input": { "full_name": "X", "email": "nope" } }),
        )
        .await
        .expect_err("a bad email is refused");
    assert_eq!(err["code"], "invalid_value", "{err}");
    assert_eq!(err["field"], "email", "{err}");
    app.quit().await;
}

/// The first-run screen, then a job created through the UI, still there after a restart.
#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn first_run_then_create_job_persists_across_restart() {
    const TEST: &str = "first_run_then_create_job_persists_across_restart";
    const TITLE: &str = "Staff Rust Engineer";
    const COMPANY: &str = "Ferris Industries";
    let profile = Profile::fresh();

    let app = App::launch(TEST, &profile).await;
    app.visible("[data-testid=first-run]").await;
    app.screenshot("1-first-run");
    app.click("[data-testid=role-job_seeker]").await;
    app.click("[data-testid=first-run-continue]").await;

    app.click("[data-testid=nav-jobs]").await;
    app.click("[data-testid=new-job]").await;
    app.fill("input[name=title]", TITLE).await;
    app.fill("input[name=company]", COMPANY).await;
    app.click("[data-testid=save-job]").await;
    let card = app.text_containing("[data-testid=job-card]", TITLE).await;
    assert!(
        card.contains(COMPANY),
        "the card shows the company: {card:?}"
    );
    app.screenshot("2-job-created");
    app.quit().await;

    assert_eq!(
        profile.config()["role"],
        "job_seeker",
        "the first-run choice is saved"
    );

    // A restart with the same database and config: no first-run screen, the job is still there.
    let app = App::launch(TEST, &profile).await;
    app.visible("[data-testid=nav-jobs]").await;
    if app.is_visible("[data-testid=first-run]").await {
        app.fail("the first-run screen came back after a restart");
    }
    app.click("[data-testid=nav-jobs]").await;
    app.text_containing("[data-testid=job-card]", TITLE).await;
    app.screenshot("3-after-restart");
    app.quit().await;
}

/// A bad email: the core's message next to the field, a toast, and nothing saved.
#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn bad_input_shows_error_and_saves_nothing() {
    let profile = Profile::with_role("recruiter");
    let app = App::launch("bad_input_shows_error_and_saves_nothing", &profile).await;

    app.click("[data-testid=nav-candidates]").await;
    app.click("[data-testid=new-candidate]").await;
    app.fill("input[name=full_name]", "Grace Hopper").await;
    app.fill("input[name=email]", "not-an-email").await;
    app.click("[data-testid=save-candidate]").await;

    // What the core says about this email (a failed call changes nothing). The UI may drop the
    // leading "email: " since it shows the message next to the field.
    let core = app
        .invoke(
            "call",
            json!({ "name": "candidate_create",
                    "input": { "full_name": "Grace Hopper", "email": "not-an-email" } }),
        )
        .await
        .expect_err("the core refuses the email");
    assert_eq!(core["field"], "email", "{core}");
    let message = core["message"].as_str().expect("message");
    let expected = message.strip_prefix("email: ").unwrap_or(message);

    app.text_containing("[data-testid=field-error-email]", expected)
        .await;
    let toast = app.text("[data-testid=toast]").await;
    assert!(
        toast.to_lowercase().contains("email"),
        "the toast mentions the email: {toast:?}"
    );
    app.screenshot("error-shown");

    let list = app
        .invoke("call", json!({ "name": "candidate_list", "input": {} }))
        .await
        .unwrap_or_else(|e| app.fail(&format!("candidate_list: {e}")));
    assert_eq!(list["total"], 0, "{list}");
    app.quit().await;

    // And the file itself holds no candidate.
    let ctx = Context::new(Store::open(&profile.db).expect("open the app's database"));
    let list: Value =
        talentdesk_core::call(&ctx, "candidate_list", json!({})).expect("candidate_list");
    assert_eq!(list["total"], 0, "{list}");
}

/// The settings page shows the app and schema versions and where the database is.
#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn settings_show_versions() {
    let profile = Profile::with_role("job_seeker");
    let app = App::launch("settings_show_versions", &profile).await;

    app.click("[data-testid=nav-settings]").await;
    assert_eq!(
        app.text("[data-testid=settings-schema-version]").await,
        latest_migration().to_string()
    );
    assert_eq!(
        app.text("[data-testid=settings-db-path]").await,
        text(&profile.db)
    );
    assert_eq!(
        app.text("[data-testid=settings-app-version]").await,
        env!("CARGO_PKG_VERSION")
    );
    app.screenshot("settings");
    app.quit().await;
}
