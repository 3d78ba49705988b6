//! The job search acceptance walk (issue 4) in the real app: add jobs, move one across the board
//! with the keyboard, import a resume from a PDF (checking the parsed fields on the review
//! screen), record the application with that resume attached, schedule an interview and export
//! its `.ics`, take a mock interview, and see the dashboard change. A screenshot of each screen
//! is saved.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::json;

use crate::harness::{App, Profile, UI_TIMEOUT};

const TEST: &str = "job_search_walk";

/// Sets a date or time input the way React sees typing (native setter + `input` event):
/// WebKitWebDriver cannot type into WebKitGTK's date and time fields reliably.
pub(crate) async fn set_value(app: &App, css: &str, value: &str) {
    app.visible(css).await;
    app.client()
        .execute(
            "const el = document.querySelector(arguments[0]);
             const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
             setter.call(el, arguments[1]);
             el.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(css), json!(value)],
        )
        .await
        .unwrap_or_else(|e| app.fail(&format!("setting `{css}`: {e}")));
}

async fn add_job(app: &App, title: &str, company: &str, source: &str) {
    app.click("[data-testid=new-job]").await;
    app.fill("input[name=title]", title).await;
    app.fill("input[name=company]", company).await;
    app.fill("input[name=source]", source).await;
    app.click("[data-testid=save-job]").await;
    app.text_containing(
        "[data-testid=job-column-interested] [data-testid=job-card]",
        title,
    )
    .await;
}

/// Waits until `css` holds `needle` (the text of any matching element).
async fn eventually_contains(app: &App, css: &str, needle: &str) {
    let started = Instant::now();
    loop {
        if let Ok(elements) = app.client().find_all(Locator::Css(css)).await {
            for e in elements {
                if e.text().await.unwrap_or_default().contains(needle) {
                    return;
                }
            }
        }
        if started.elapsed() > UI_TIMEOUT {
            app.fail(&format!("`{css}` never showed {needle:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn job_search_walk() {
    let profile = Profile::with_role("job_seeker");
    let app = App::launch(TEST, &profile).await;

    // The dashboard is the job seeker's home.
    app.visible("[data-testid=dashboard]").await;
    app.screenshot("1-dashboard-empty");

    // Add jobs.
    app.click("[data-testid=nav-jobs]").await;
    add_job(&app, "Platform Engineer", "Initech", "LinkedIn").await;
    add_job(&app, "Data Engineer", "Globex", "Referral").await;
    app.screenshot("2-jobs-added");

    // Move one across the board with the keyboard: Interested → Applied.
    let card = app
        .client()
        .find(Locator::XPath(
            "//*[@data-testid='job-column-interested']//*[@data-testid='job-card'][contains(., 'Platform Engineer')]",
        ))
        .await
        .unwrap_or_else(|e| app.fail(&format!("the Platform Engineer card: {e}")));
    card.send_keys(&format!(
        "{}{}{}",
        char::from(Key::Shift),
        char::from(Key::Right),
        char::from(Key::Null)
    ))
    .await
    .unwrap_or_else(|e| app.fail(&format!("Shift+→ on the card: {e}")));
    eventually_contains(
        &app,
        "[data-testid=job-column-applied] [data-testid=job-card]",
        "Platform Engineer",
    )
    .await;
    app.screenshot("3-moved-to-applied");

    // Import a resume from a PDF made for the parser tests; the review shows what was read.
    app.click("[data-testid=nav-resumes]").await;
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/tests/fixtures/resumes/02_caps_headings.pdf");
    app.choose_file("[data-testid=resume-file]", &pdf).await;
    app.visible("[data-testid=resume-review]").await;
    let email = app
        .visible("[data-testid=resume-review] input[name='parsed.email']")
        .await
        .prop("value")
        .await
        .unwrap_or_else(|e| app.fail(&format!("the parsed email: {e}")));
    assert_eq!(email.as_deref(), Some("maria.garcia@correo.es"));
    app.fill(
        "[data-testid=resume-review] input[name=title]",
        "Frontend CV",
    )
    .await;
    app.screenshot("4-resume-review");
    app.click("[data-testid=save-resume]").await;
    app.text_containing("[data-testid=resume-row]", "Frontend CV")
        .await;
    app.screenshot("5-resumes");

    // Open the applied job and record the application: the imported (primary) resume is
    // preselected. Then schedule an interview and export its .ics.
    app.click("[data-testid=nav-jobs]").await;
    app.click("[data-testid=job-column-applied] [data-testid=job-card]")
        .await;
    app.visible("[data-testid=job-drawer]").await;
    app.click("[data-testid=add-application]").await;
    app.click("[data-testid=save-application]").await;
    app.text_containing("[data-testid=application-row]", "Resume: Frontend CV")
        .await;

    app.click("[data-testid=schedule-interview]").await;
    let day = app.local_date_in_days(3).await;
    set_value(&app, "input[name=day]", &day).await;
    set_value(&app, "input[name=clock]", "14:30").await;
    app.fill("input[name=interviewers]", "Jo Park, Sam Lee")
        .await;
    app.click("[data-testid=save-interview]").await;
    app.visible("[data-testid=interview-export-ics]").await;
    app.screenshot("6-job-with-interview");
    app.click("[data-testid=interview-export-ics]").await;
    let toast = app.text_containing("[data-testid=toast]", ".ics").await;
    let exports = profile.db.parent().expect("data dir").join("exports");
    let ics = std::fs::read_dir(&exports)
        .unwrap_or_else(|e| app.fail(&format!("no export folder {}: {e}", exports.display())))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ics"))
        .unwrap_or_else(|| {
            app.fail(&format!(
                "no .ics in {} (toast: {toast})",
                exports.display()
            ))
        });
    let text = std::fs::read_to_string(&ics).expect("read the .ics");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(
        text.contains("BEGIN:VEVENT") && text.contains("UID:") && text.contains("DTSTART:"),
        "{text}"
    );
    assert!(
        text.replace("\r\n ", "").contains("Jo Park\\, Sam Lee"),
        "{text}"
    );

    // A mock interview of one question (the job drawer closed first).
    app.click("[data-testid=job-drawer] button[aria-label=Close]")
        .await;
    app.click("[data-testid=nav-practice]").await;
    app.click("[data-testid=start-mock]").await;
    app.fill("#f-count", "1").await;
    app.click("[data-testid=mock-begin]").await;
    app.visible("[data-testid=mock-question]").await;
    app.fill(
        "textarea[aria-label='Your answer']",
        "Situation, task, action and a measured result.",
    )
    .await;
    app.fill("[data-testid=mock-score]", "8").await;
    app.screenshot("7-mock-interview");
    app.click("[data-testid=mock-next]").await;
    app.text_containing("[data-testid=mock-summary]", "80 / 100")
        .await;
    app.screenshot("8-mock-summary");

    // The dashboard changed: the funnel, the upcoming interview, the practice score.
    app.click("[data-testid=nav-home]").await;
    eventually_contains(&app, "[data-testid=funnel-stage]", "Applied: 1").await;
    eventually_contains(
        &app,
        "[data-testid=upcoming-interview]",
        "Platform Engineer at Initech",
    )
    .await;
    app.visible("[data-testid=dash-practice]").await;
    eventually_contains(&app, "[data-testid=login-streak]", "1").await;
    app.screenshot("9-dashboard-after");
    app.quit().await;
}
