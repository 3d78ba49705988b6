//! CSV import and export through the command API: preview, a broken row that
//! names its row and field and saves nothing, cancel that leaves nothing, a
//! 50-row file with two duplicates merged, requisitions, and a round trip.

use serde_json::{json, Value};
use talentdesk_core::tasks::{TaskInfo, TaskState};
use talentdesk_core::{Context, ErrorCode};

use super::support::{count, ctx, err, ok};

fn run(ctx: &Context, input: Value) -> TaskInfo {
    let started = ok(ctx, "csv_import", input);
    let task_id = started["task_id"].as_str().expect("task id");
    ctx.tasks().wait(task_id).expect("task ends")
}

fn fifty_rows() -> String {
    let mut csv = String::from("Name,E-mail,Phone,Job Title,Company,Skills,Years\n");
    for i in 0..48 {
        csv.push_str(&format!(
            "Person {i:02},person{i}@example.com,+1 415 555 {:04},Engineer,Globex,Rust; SQL,{}\n",
            1000 + i,
            i % 20
        ));
    }
    // Two duplicates of people stored before the import: by email (other
    // case) and by phone (other format).
    csv.push_str("Ana L.,ANA@example.com,,Designer,Initech,Figma,3\n");
    csv.push_str("Bo C.,,(415) 555-0199,Analyst,Hooli,Excel,\n");
    csv
}

#[test]
fn fifty_rows_with_two_duplicates_merged() {
    let ctx = ctx();
    let ana = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana@example.com"}),
    );
    let bo = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Bo Chen", "phone": "+14155550199", "location": "Austin"}),
    );
    let csv = fifty_rows();

    let preview = ok(
        &ctx,
        "csv_preview",
        json!({"kind": "candidates", "csv": csv, "sample": 5}),
    );
    assert_eq!(preview["total_rows"], 50);
    assert_eq!(preview["error_count"], 0);
    assert_eq!(preview["rows"].as_array().unwrap().len(), 5);
    assert_eq!(preview["rows"][0]["row"], 2, "the header is row 1");
    assert_eq!(preview["mapping"]["Name"], "full_name");
    assert_eq!(preview["mapping"]["Company"], "current_company");
    assert_eq!(preview["mapping"]["Years"], "total_experience_years");
    assert_eq!(preview["duplicate_count"], 2);
    let dups = preview["duplicates"].as_array().unwrap();
    assert_eq!(
        (dups[0]["row"].as_u64(), dups[0]["candidate_id"].as_str()),
        (Some(50), ana["id"].as_str())
    );
    assert_eq!(dups[0]["reasons"], json!(["email"]));
    assert_eq!(
        (dups[1]["row"].as_u64(), dups[1]["candidate_id"].as_str()),
        (Some(51), bo["id"].as_str())
    );
    assert_eq!(dups[1]["reasons"], json!(["phone"]));
    assert_eq!(count(&ctx, "candidates"), 2, "a preview saves nothing");

    let info = run(
        &ctx,
        json!({"kind": "candidates", "csv": csv, "on_duplicate": "merge"}),
    );
    assert_eq!(info.state, TaskState::Succeeded, "{info:?}");
    assert_eq!((info.done, info.total), (50, 50));
    let result = info.result.unwrap();
    assert_eq!(
        (
            result["imported"].as_u64(),
            result["merged"].as_u64(),
            result["skipped"].as_u64()
        ),
        (Some(48), Some(2), Some(0))
    );
    assert_eq!(count(&ctx, "candidates"), 50);
    assert_eq!(count(&ctx, "candidate_merges"), 2);
    // The stored people stay, with the imported details filled in.
    let ana = ok(&ctx, "candidate_get", json!({"id": ana["id"]}));
    assert_eq!(ana["full_name"], "Ana Lima");
    assert_eq!(ana["current_role"], "Designer");
    assert_eq!(ana["skills"][0]["name"], "Figma");
    assert_eq!(ana["work_history"][0]["company_name"], "Initech");
    let bo = ok(&ctx, "candidate_get", json!({"id": bo["id"]}));
    assert_eq!(bo["location"], "Austin");
    assert_eq!(bo["current_role"], "Analyst");
    // Imported rows are searchable and carry their skills and employer.
    let found = ok(&ctx, "candidate_search", json!({"query": "person 07 "}));
    assert_eq!(found["items"][0]["email"], "person7@example.com");
    assert_eq!(
        ok(&ctx, "candidate_search", json!({"query": "globex rust "}))["total"],
        48
    );
    // Change capture saw the rows (the sync outbox has them).
    let captured: i64 = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM sync_changes WHERE tbl = 'candidates'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert!(captured >= 50, "{captured}");

    // Skipping instead: importing the same file again skips all 50 rows.
    let again = run(&ctx, json!({"kind": "candidates", "csv": csv}));
    assert_eq!(again.result.unwrap()["skipped"], 50);
    assert_eq!(count(&ctx, "candidates"), 50);
    // Per-row choice: import row 2 as new anyway.
    let one = run(
        &ctx,
        json!({"kind": "candidates", "csv": csv, "row_actions": {"2": "create"}}),
    );
    let r = one.result.unwrap();
    assert_eq!(
        (r["imported"].as_u64(), r["skipped"].as_u64()),
        (Some(1), Some(49))
    );
}

#[test]
fn a_broken_row_names_row_and_field_and_saves_nothing() {
    let ctx = ctx();
    let csv = "full_name,email,total_experience_years,status\n\
               Ana Lima,ana@example.com,5,active\n\
               Bo Chen,not-an-email,3,active\n\
               Cleo Diaz,cleo@example.com,200,Interviewing\n\
               ,dan@example.com,1,active\n\
               Eva,eva@example.com,2\n";
    let preview = ok(
        &ctx,
        "csv_preview",
        json!({"kind": "candidates", "csv": csv}),
    );
    assert_eq!(preview["error_count"], 4);
    let errors: Vec<(u64, Option<String>)> = preview["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["row"].as_u64().unwrap(),
                e["field"].as_str().map(String::from),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![
            (3, Some("email".into())),
            (4, Some("total_experience_years".into())),
            (5, Some("full_name".into())),
            (6, None),
        ]
    );
    assert_eq!(
        preview["rows"][2]["values"]["status"], "interviewing",
        "enum case folded"
    );

    let info = run(&ctx, json!({"kind": "candidates", "csv": csv}));
    assert_eq!(info.state, TaskState::Failed);
    let e = info.error.unwrap();
    assert_eq!(e.code, ErrorCode::InvalidValue);
    assert_eq!(e.field.as_deref(), Some("rows[3].email"));
    assert!(
        e.message.contains("row 3") && e.message.contains("4 problems"),
        "{}",
        e.message
    );
    assert_eq!(count(&ctx, "candidates"), 0, "nothing saved");

    // A bad mapping fails the command itself, naming the column.
    let e = err(
        &ctx,
        "csv_import",
        json!({"kind": "candidates", "csv": csv, "mapping": {"email": "e_mail", "full_name": "full_name"}}),
    );
    assert_eq!(e.field.as_deref(), Some("mapping.email"));
    let e = err(
        &ctx,
        "csv_preview",
        json!({"kind": "candidates", "csv": csv, "mapping": {"email": "email"}}),
    );
    assert_eq!(e.field.as_deref(), Some("mapping"), "{e:?}");
    let e = err(&ctx, "csv_preview", json!({"kind": "candidates"}));
    assert_eq!(e.field.as_deref(), Some("csv"));
}

#[test]
fn cancel_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::new(talentdesk_core::Store::open(dir.path().join("td.db")).unwrap());
    let mut csv = String::from("name,email,skills\n");
    for i in 0..40_000 {
        csv.push_str(&format!("P {i},p{i}@example.com,Go;Rust\n"));
    }
    let started = ok(
        &ctx,
        "csv_import",
        json!({"kind": "candidates", "csv": csv}),
    );
    let task_id = started["task_id"].as_str().unwrap().to_string();
    loop {
        let info = ok(&ctx, "task_get", json!({"task_id": task_id}));
        assert_eq!(info["state"], "running", "{info}");
        if info["done"].as_u64().unwrap() >= 100 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    ok(&ctx, "task_cancel", json!({"task_id": task_id}));
    let info = ctx.tasks().wait(&task_id).unwrap();
    assert_eq!(info.state, TaskState::Cancelled);
    assert!(info.done < 40_000);
    assert_eq!(count(&ctx, "candidates"), 0);
    assert_eq!(count(&ctx, "candidate_skills"), 0);
    assert_eq!(count(&ctx, "candidate_dup_keys"), 0);
    assert_eq!(count(&ctx, "candidates_fts"), 0);
}

#[test]
fn requisitions_import_and_lists_export_round_trip() {
    let ctx = ctx();
    let csv = "Job Title,Department,Type,Locations,Min Salary,Max Salary,Currency,Skills,Openings,Deadline\n\
               Backend Engineer,Platform,Full time,Lisbon; Remote,\"85,000\",110000,EUR,Rust|SQL,2,2030-01-31\n\
               Designer,Product,contract,Berlin,,,,,1,\n";
    let info = run(&ctx, json!({"kind": "requisitions", "csv": csv}));
    assert_eq!(info.state, TaskState::Succeeded, "{info:?}");
    let list = ok(&ctx, "requisition_list", json!({}));
    assert_eq!(list["total"], 2);
    let be = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["title"] == "Backend Engineer")
        .unwrap()
        .clone();
    assert_eq!(be["min_salary_minor"], 8_500_000);
    assert_eq!(be["employment_type"], "full_time");
    assert_eq!(be["job_locations"], json!(["Lisbon", "Remote"]));
    assert_eq!(be["required_skills"], json!(["Rust", "SQL"]));
    assert_eq!(be["openings"], 2);
    let bad = "title,max_salary,min_salary\nX,10,20\n";
    let info = run(&ctx, json!({"kind": "requisitions", "csv": bad}));
    assert_eq!(
        info.error.unwrap().field.as_deref(),
        Some("rows[2].max_salary")
    );

    // Export: candidates round-trip through import with no mapping step.
    ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana, \"the\" Lima", "email": "ana@example.com", "skills": [{"name": "Rust"}, {"name": "Go"}]}),
    );
    let out = ok(&ctx, "csv_export", json!({"kind": "candidates"}));
    assert_eq!(out["rows"], 1);
    let text = out["csv"].as_str().unwrap();
    assert!(text.starts_with("id,full_name,email,"), "{text}");
    let fresh = super::support::ctx();
    let info = run(&fresh, json!({"kind": "candidates", "csv": text}));
    assert_eq!(info.state, TaskState::Succeeded, "{info:?}");
    let back = ok(&fresh, "candidate_list", json!({}));
    assert_eq!(back["items"][0]["full_name"], "Ana, \"the\" Lima");
    let id = back["items"][0]["id"].clone();
    let skills = ok(&fresh, "candidate_get", json!({"id": id}))["skills"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(skills, 2);
    // Requisitions and applications to a file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reqs.csv");
    let out = ok(
        &ctx,
        "csv_export",
        json!({"kind": "requisitions", "path": path}),
    );
    assert_eq!(out["rows"], 2);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("85000.00") && written.contains("Lisbon; Remote"),
        "{written}"
    );
    let out = ok(&ctx, "csv_export", json!({"kind": "applications"}));
    assert_eq!(out["rows"], 0);
    assert!(out["csv"]
        .as_str()
        .unwrap()
        .starts_with("id,candidate_id,candidate_name"));
}

#[test]
fn export_saves_to_the_export_folder_beside_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::new(talentdesk_core::Store::open(dir.path().join("td.db")).unwrap());
    ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana@example.com"}),
    );
    ok(&ctx, "candidate_create", json!({"full_name": "Bo Chen"}));
    let out = ok(
        &ctx,
        "csv_export",
        json!({"kind": "candidates", "query": "ana", "save_to_exports": true}),
    );
    assert_eq!(out["rows"], 1);
    assert!(out["csv"].is_null());
    let path = std::path::PathBuf::from(out["path"].as_str().unwrap());
    assert_eq!(path.parent().unwrap(), dir.path().join("exports"));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("talentdesk-candidates-") && name.ends_with(".csv"),
        "{name}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("id,full_name,email"), "{text}");
    assert!(
        text.contains("Ana Lima") && !text.contains("Bo Chen"),
        "{text}"
    );
    // No temporary file is left beside it.
    assert_eq!(
        std::fs::read_dir(dir.path().join("exports"))
            .unwrap()
            .count(),
        1
    );
    // An in-memory database has no folder: the error names `path`.
    let mem = super::support::ctx();
    let e = err(
        &mem,
        "csv_export",
        json!({"kind": "requisitions", "save_to_exports": true}),
    );
    assert_eq!(e.field.as_deref(), Some("path"));
}

#[test]
fn a_file_whose_headers_miss_a_required_field_previews_for_mapping() {
    let ctx = ctx();
    let csv = "Who,Mail\nAna Lima,ana@example.com\n";
    let p = ok(
        &ctx,
        "csv_preview",
        json!({"kind": "candidates", "csv": csv}),
    );
    assert_eq!(p["missing_required"], json!(["full_name"]));
    assert_eq!(p["headers"], json!(["Who", "Mail"]));
    assert_eq!(p["mapping"]["Mail"], "email");
    assert_eq!(p["total_rows"], 0, "rows are not checked yet");
    assert!(p["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["name"] == "full_name" && f["required"] == true));
    // Mapped by the person: the rows are checked.
    let p = ok(
        &ctx,
        "csv_preview",
        json!({"kind": "candidates", "csv": csv, "mapping": {"Who": "full_name", "Mail": "email"}}),
    );
    assert_eq!(p["missing_required"], json!([]));
    assert_eq!(p["total_rows"], 1);
    assert_eq!(p["rows"][0]["values"]["full_name"], "Ana Lima");
    // The import never guesses: without the mapping it fails on the field.
    let e = err(
        &ctx,
        "csv_import",
        json!({"kind": "candidates", "csv": csv}),
    );
    assert_eq!(e.field.as_deref(), Some("mapping"));
}
