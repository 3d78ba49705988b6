//! The recruiting acceptance walk (issue 5) in the real app: create a client and a requisition,
//! add two interviewers to the team, import 50 candidates from CSV (two rows repeat earlier
//! ones and are merged from the candidate's profile), move one candidate through every stage,
//! schedule a panel interview, submit two scorecards, send an assessment and take it, make the
//! offer and hire. A screenshot of each screen is saved.
//!
//! DRAFT (session 3): written against the UI's testids, not yet run.

use std::fmt::Write as _;
use std::path::Path;

use fantoccini::Locator;

use crate::harness::{App, Profile};
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

async fn select_option(app: &App, select_css: &str, label: &str) {
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
    app.fail(&format!("no option {label} in `{select_css}`"));
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
        app.fill("[data-testid=team-form] [name=full_name]", name).await;
        app.fill("[data-testid=team-form] [name=email]", email).await;
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
    app.click("[data-testid=requisition-row]").await;
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
    // Merge both duplicates from the profile.
    for _ in 0..2 {
        app.click("[data-testid=csv-import-review-duplicate]").await;
        app.visible("[data-testid=duplicates-panel]").await;
        app.screenshot("5-duplicate");
        app.click("[data-testid=duplicate-merge]").await;
        app.click("[data-testid=merge-confirm]").await;
        // TODO: close the drawer and reopen the import summary or the next duplicate.
    }

    // One candidate through every stage, with a panel interview on the way.
    app.click("[data-testid=nav-requisitions]").await;
    app.click("[data-testid=requisition-row]").await;
    app.click("[data-testid=add-candidate]").await;
    app.fill("#f-candidate", "Ada").await;
    app.click("[data-testid=picker-option]").await;
    app.click("[data-testid=save-application]").await;
    for stage in ["Screening", "Interview"] {
        move_card(&app, "Ada", stage).await;
    }
    app.screenshot("6-pipeline");
    let board = read_board(&app).await;
    assert!(
        board
            .get("Interview")
            .is_some_and(|c| c.iter().any(|n| n.contains("Ada"))),
        "{board:?}"
    );
    // TODO: schedule the panel interview from the application drawer (interviewer Sam Lee,
    // panelist Jo Park), two scorecards from the Interviews page, the panel summary; the
    // assessment (nav-assessments → set, question, assessment, publish, invite → token →
    // Take a test → submit → release); then Offer and Hired.
    for stage in ["Offer", "Hired"] {
        move_card(&app, "Ada", stage).await;
    }
    app.screenshot("9-hired");
    app.quit().await;
}
