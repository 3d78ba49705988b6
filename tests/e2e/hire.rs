//! The recruiting acceptance walk (issue 5) in the real app: create a client and a requisition,
//! add two interviewers to the team, import 50 candidates from CSV (two rows repeat earlier
//! ones and are merged from the candidate's profile), move one candidate through every stage,
//! schedule a panel interview, submit two scorecards, send an assessment and take it, make the
//! offer and hire. A screenshot of each screen is saved (`target/e2e-screenshots/hire_walk-*`).
//! On the way a take-home stage is added and dragged into place with the keyboard, so the
//! candidate's walk also proves the stage editor's drag and drop.

use std::fmt::Write as _;
use std::path::Path;

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::harness::{App, Profile};
use crate::job_search::set_value;
use crate::sync::{move_card, read_board};

const TEST: &str = "hire_walk";

/// 50 rows; rows 49 and 50 repeat the emails of rows 1 and 2 (the preview flags both).
fn write_csv(path: &Path) {
    let mut csv = String::from("full_name,email,phone,current_role,location\n");
    for i in 1..=48 {
        let _ = writeln!(
            csv,
            "Person {i:02},person{i:02}@example.test,+1 415 555 {:04},Engineer,Lisbon",
            1000 + i
        );
    }
    csv.push_str("Ada Lovelace,ada@example.test,+44 20 7946 0001,Analyst,London\n");
    csv.push_str("Grace Hopper,grace@example.test,+1 202 555 0100,Admiral,Arlington\n");
    // Row 1 and 2 of the file are the people above, typed again.
    let body = csv.replacen(
        "Person 01,person01@example.test",
        "A. Lovelace,ada@example.test",
        1,
    );
    let body = body.replacen(
        "Person 02,person02@example.test",
        "G. Hopper,grace@example.test",
        1,
    );
    std::fs::write(path, body).expect("write the CSV");
}

/// Clicks the element matching `xpath` once it is there (lists re-render after a save).
async fn click_xpath(app: &App, xpath: &str) {
    let started = std::time::Instant::now();
    loop {
        if let Ok(element) = app.client().find(Locator::XPath(xpath)).await {
            if element.click().await.is_ok() {
                return;
            }
        }
        if started.elapsed() > crate::harness::UI_TIMEOUT {
            app.fail(&format!("could not click `{xpath}`"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

async fn select_option(app: &App, select_css: &str, label: &str) {
    // The options may still be loading (the team, the question sets): wait for them.
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(20) {
        let options = app
            .client()
            .find_all(Locator::Css(&format!("{select_css} option")))
            .await
            .unwrap_or_default();
        for option in options {
            if option.text().await.unwrap_or_default().contains(label) {
                option
                    .click()
                    .await
                    .unwrap_or_else(|e| app.fail(&format!("picking {label}: {e}")));
                return;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.fail(&format!("no option {label} in `{select_css}` within 20s"));
}

/// The stage editor's stage names, top to bottom.
async fn stage_order(app: &App) -> Vec<String> {
    let mut names = Vec::new();
    for input in app
        .client()
        .find_all(Locator::Css("[data-testid=stage-row] input"))
        .await
        .unwrap_or_default()
    {
        names.push(input.prop("value").await.ok().flatten().unwrap_or_default());
    }
    names
}

#[tokio::test]
#[ignore = "needs the release app under Xvfb; run by cargo xtask test"]
async fn hire_walk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("candidates.csv");
    write_csv(&csv);
    let profile = Profile::with_role("recruiter");
    let app = App::launch(TEST, &profile).await;

    // The team: an interviewer and a hiring manager.
    app.click("[data-testid=nav-settings]").await;
    for (name, email) in [("Sam Lee", "sam@acme.test"), ("Jo Park", "jo@acme.test")] {
        app.fill("[data-testid=team-form] [name=full_name]", name)
            .await;
        app.fill("[data-testid=team-form] [name=email]", email)
            .await;
        app.click("[data-testid=add-team-member]").await;
        app.text_containing("[data-testid=team-member]", name).await;
    }
    app.screenshot("1-team");

    // A client and a requisition for it.
    app.click("[data-testid=nav-clients]").await;
    app.click("[data-testid=new-client]").await;
    app.fill("input[name=name]", "Globex Corporation").await;
    app.click("[data-testid=save-client]").await;
    app.screenshot("2-client");
    app.click("[data-testid=nav-requisitions]").await;
    app.click("[data-testid=new-requisition]").await;
    app.fill("input[name=title]", "Platform Engineer").await;
    select_option(&app, "select[name=client_id]", "Globex").await;
    app.click("[data-testid=save-requisition]").await;
    click_xpath(
        &app,
        "//*[@data-testid='requisition-row']//*[contains(text(), 'Platform Engineer')]",
    )
    .await;
    app.screenshot("3-requisition");

    // Import 50 candidates; the preview flags the two repeated people.
    app.click("[data-testid=nav-candidates]").await;
    app.click("[data-testid=csv-import-open]").await;
    app.choose_file("[data-testid=csv-import-file]", &csv).await;
    app.visible("[data-testid=csv-import-mapping]").await;
    app.click("[data-testid=csv-import-next]").await;
    app.text_containing("[data-testid=csv-duplicate-count]", "2")
        .await;
    app.screenshot("4-import-preview");
    app.click("[data-testid=csv-import-start]").await;
    app.text_containing("[data-testid=csv-import-imported]", "50")
        .await;
    // Merge both duplicates from the profile: the first from the import's summary, the
    // second from the candidate table.
    app.click("[data-testid=csv-import-review-duplicate]").await;
    app.visible("[data-testid=duplicates-panel]").await;
    app.screenshot("5-duplicate");
    app.click("[data-testid=duplicate-merge]").await;
    app.click("[data-testid=merge-confirm]").await;
    app.text_containing(".page-desc", "49 people").await;
    click_xpath(
        &app,
        "//*[@data-testid='candidate-drawer']//button[@aria-label='Close']",
    )
    .await;
    click_xpath(
        &app,
        "//*[@data-testid='candidate-row']//*[contains(text(), 'Grace Hopper')]",
    )
    .await;
    app.visible("[data-testid=duplicates-panel]").await;
    app.click("[data-testid=duplicate-merge]").await;
    app.click("[data-testid=merge-confirm]").await;
    app.text_containing(".page-desc", "48 people").await;
    click_xpath(
        &app,
        "//*[@data-testid='candidate-drawer']//button[@aria-label='Close']",
    )
    .await;

    // One candidate through every stage, with a panel interview on the way.
    app.click("[data-testid=nav-requisitions]").await;
    click_xpath(
        &app,
        "//*[@data-testid='requisition-row']//*[contains(text(), 'Platform Engineer')]",
    )
    .await;
    // A take-home stage, added and dragged (with the keyboard) to follow Screening.
    app.click("[data-testid=edit-stages]").await;
    app.fill("#f-new-stage", "Take-home").await;
    app.click("[data-testid=add-stage]").await;
    app.visible("[aria-label='Drag Take-home']").await;
    let order = stage_order(&app).await;
    let position = |name: &str| order.iter().position(|s| s == name);
    let (Some(take_home), Some(screening)) = (position("Take-home"), position("Screening")) else {
        app.fail(&format!("stages: {order:?}"));
    };
    let handle = app.visible("[aria-label='Drag Take-home']").await;
    let keys = std::iter::once(Key::Space)
        .chain(std::iter::repeat_n(Key::Up, take_home - screening - 1))
        .chain(std::iter::once(Key::Space));
    for key in keys {
        handle
            .send_keys(&char::from(key).to_string())
            .await
            .unwrap_or_else(|e| app.fail(&format!("dragging the stage: {e}")));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let started = std::time::Instant::now();
    let expected = [
        "New",
        "Screening",
        "Take-home",
        "Interview",
        "Offer",
        "Hired",
    ];
    while !stage_order(&app)
        .await
        .starts_with(&expected.map(String::from))
    {
        if started.elapsed() > std::time::Duration::from_secs(20) {
            app.fail(&format!(
                "stages after the drag: {:?}",
                stage_order(&app).await
            ));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.screenshot("6-stages");
    click_xpath(
        &app,
        "//*[@data-testid='stage-editor']//button[normalize-space()='Done']",
    )
    .await;
    app.click("[data-testid=add-candidate]").await;
    app.fill("#f-candidate", "Ada").await;
    click_xpath(
        &app,
        "//*[@data-testid='picker-option'][contains(., 'Lovelace')]",
    )
    .await;
    app.click("[data-testid=save-application]").await;
    // The merge kept the older record's name.
    app.text_containing("[data-testid=application-card]", "Lovelace")
        .await;
    for stage in ["Screening", "Take-home", "Interview"] {
        move_card(&app, "Lovelace", stage).await;
    }
    app.screenshot("7-pipeline");
    let board = read_board(&app).await;
    assert!(
        board
            .get("Interview")
            .is_some_and(|c| c.iter().any(|n| n.contains("Lovelace"))),
        "{board:?}"
    );
    // A panel interview in three days: Sam Lee leads, Jo Park sits on the panel.
    click_xpath(
        &app,
        "//*[@data-testid='application-card'][contains(., 'Lovelace')]",
    )
    .await;
    app.visible("[data-testid=application-drawer]").await;
    click_xpath(
        &app,
        "//*[@data-testid='application-drawer']//button[contains(., 'Schedule interview')]",
    )
    .await;
    app.fill("input[name=title]", "Panel: systems design").await;
    select_option(&app, "select[name=interview_type]", "Panel").await;
    let day = app.local_date_in_days(3).await;
    set_value(&app, "input[name=day]", &day).await;
    set_value(&app, "input[name=clock]", "10:00").await;
    select_option(&app, "select[name=interviewer_id]", "Sam Lee").await;
    click_xpath(
        &app,
        "//*[@data-testid='panelists']//label[contains(., 'Jo Park')]/input",
    )
    .await;
    app.screenshot("8-panel-interview");
    app.click("[data-testid=save-interview]").await;

    // Two scorecards, one per panel member, then the panel summary.
    app.text_containing("[data-testid=toast]", "Interview scheduled")
        .await;
    click_xpath(
        &app,
        "//*[@data-testid='application-drawer']//button[@aria-label='Close']",
    )
    .await;
    app.click("[data-testid=nav-interviews]").await;
    for (who, recommendation) in [("Sam Lee", "Strong hire"), ("Jo Park", "Hire")] {
        app.click("[data-testid=interview-scorecard]").await;
        select_option(&app, "select[name=interviewer_id]", who).await;
        select_option(&app, "select[name=recommendation]", recommendation).await;
        select_option(&app, "select[name=overall_rating]", "4 / 5").await;
        app.click("[data-testid=save-scorecard]").await;
        app.gone("[data-testid=save-scorecard]").await;
    }
    app.click("[data-testid=interview-summary]").await;
    app.visible("[data-testid=panel-tally]").await;
    app.screenshot("9-panel-summary");
    click_xpath(&app, "//*[@role='dialog']//button[@aria-label='Close']").await;

    // An assessment: a one-question set, published, sent to Ada, taken in the app, released.
    app.click("[data-testid=nav-assessments]").await;
    app.click("[data-testid=new-question-set]").await;
    app.fill("[data-testid=question-set-skill]", "Rust").await;
    app.click("[data-testid=save-question-set]").await;
    app.click("[data-testid=add-question]").await;
    app.fill(
        "[data-testid=question-text]",
        "Which keyword declares an immutable binding?",
    )
    .await;
    app.fill("[data-testid=question-option-0]", "mut").await;
    app.fill("[data-testid=question-option-1]", "let").await;
    app.click("[data-testid=question-correct-1]").await;
    app.click("[data-testid=save-question]").await;
    app.click("[data-testid=new-assessment]").await;
    app.fill("[data-testid=assessment-title]", "Rust basics")
        .await;
    select_option(&app, "[data-testid=assessment-question-set]", "Rust").await;
    app.fill("[data-testid=assessment-duration]", "15").await;
    app.click("[data-testid=save-assessment]").await;
    app.click("[data-testid=assessment-row] [data-testid=assessment-publish]")
        .await;
    app.click("[data-testid=assessment-invite]").await;
    click_xpath(
        &app,
        "//*[@data-testid='picker-option'][contains(., 'Lovelace')]",
    )
    .await;
    app.click("[data-testid=send-invite]").await;
    let token = app
        .visible("[data-testid=invite-token]")
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| app.fail("no invitation token shown"));
    app.click("[data-testid=invite-done]").await;
    app.click("[data-testid=open-take-test]").await;
    app.fill("[data-testid=test-token]", &token).await;
    app.click("[data-testid=test-start]").await;
    app.visible("[data-testid=test-timer]").await;
    click_xpath(&app, "//*[@data-testid='test-option'][contains(., 'let')]").await;
    app.text_containing("[data-testid=test-saved]", "Saved")
        .await;
    app.screenshot("10-taking-the-test");
    app.click("[data-testid=test-submit]").await;
    app.visible("[data-testid=test-submitted]").await;
    app.click("[data-testid=nav-assessments]").await;
    app.click("[data-testid=assessment-attempts]").await;
    app.text_containing("[data-testid=attempt-score]", "100%")
        .await;
    app.click("[data-testid=attempt-review]").await;
    app.click("[data-testid=release-results]").await;
    app.visible("[data-testid=attempt-released]").await;
    app.screenshot("11-assessment-released");
    click_xpath(
        &app,
        "//*[@data-testid='attempt-review-dialog']//button[@aria-label='Close']",
    )
    .await;

    // The offer, and the hire.
    app.click("[data-testid=nav-requisitions]").await;
    click_xpath(
        &app,
        "//*[@data-testid='requisition-row']//*[contains(text(), 'Platform Engineer')]",
    )
    .await;
    for stage in ["Offer", "Hired"] {
        move_card(&app, "Lovelace", stage).await;
    }
    // The board scrolls sideways: bring the hired card into the screenshot.
    let _ = app
        .client()
        .execute(
            "document.querySelector('[data-testid=application-card]')?.scrollIntoView({inline: 'center'});",
            vec![],
        )
        .await;
    app.screenshot("12-hired");
    let board = read_board(&app).await;
    assert!(
        board
            .get("Hired")
            .is_some_and(|c| c.iter().any(|n| n.contains("Lovelace"))),
        "{board:?}"
    );
    app.quit().await;
}
