//! Recruiting domains through the command API: people, CRM, requisitions,
//! the pipeline and interviews.

use serde_json::json;
use talentdesk_core::ErrorCode;

use super::support::{count, ctx, err, id, ok};

#[test]
fn users_store_only_argon2id_hashes() {
    let ctx = ctx();
    let company = ok(
        &ctx,
        "company_create",
        json!({"name": "Acme Staffing", "domain": "acme.test"}),
    );
    let user = ok(
        &ctx,
        "user_create",
        json!({
            "email": "rita@acme.test", "full_name": "Rita Recruiter", "role": "recruiter",
            "company_id": id(&company), "password": "correct horse battery"
        }),
    );
    assert_eq!(user["role"], "recruiter");
    assert_eq!(user["has_password"], true);
    assert!(
        user.get("password_hash").is_none(),
        "hash never leaves the core"
    );
    let hash: String = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT password_hash FROM users WHERE id = ?1",
                [id(&user)],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("correct horse"));
    let e = err(
        &ctx,
        "user_create",
        json!({"email": "x@acme.test", "full_name": "X", "password": "short"}),
    );
    assert_eq!(e.field.as_deref(), Some("password"));
    let listed = ok(&ctx, "user_list", json!({"role": "recruiter"}));
    assert_eq!(listed["total"], 1);
    assert_eq!(
        ok(&ctx, "user_get", json!({"id": id(&user)}))["email"],
        "rita@acme.test"
    );
}

#[test]
fn candidates_create_search_sort_update_delete() {
    let ctx = ctx();
    let ana = ok(
        &ctx,
        "candidate_create",
        json!({
            "full_name": "Ana Lima", "email": "ana@example.com", "current_role": "Backend Engineer",
            "total_experience_years": 6.5, "experience_level": "senior",
            "skills": [{"name": "Rust", "level": "advanced"}, {"name": "SQL"}]
        }),
    );
    ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Bo Chen", "email": "bo@example.com", "current_role": "Designer", "total_experience_years": 2}),
    );
    ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Cleo Diaz", "status": "interviewing", "current_role": "Data Engineer"}),
    );
    assert_eq!(ana["skills"].as_array().unwrap().len(), 2);

    let found = ok(&ctx, "candidate_list", json!({"query": "engineer"}));
    assert_eq!(found["total"], 2);
    let by_years = ok(
        &ctx,
        "candidate_list",
        json!({"sort": "total_experience_years", "direction": "desc"}),
    );
    let names: Vec<&str> = by_years["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["full_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ana Lima", "Bo Chen", "Cleo Diaz"], "nulls last");
    assert_eq!(
        ok(&ctx, "candidate_list", json!({"status": "interviewing"}))["total"],
        1
    );
    let paged = ok(&ctx, "candidate_list", json!({"limit": 1, "offset": 1}));
    assert_eq!(paged["items"].as_array().unwrap().len(), 1);
    assert_eq!(paged["total"], 3);

    let cid = id(&ana);
    ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": cid, "company_name": "Globex", "job_title": "Engineer", "start_date": "2019-02-01", "end_date": "2023-06-30"}),
    );
    ok(
        &ctx,
        "education_add",
        json!({"candidate_id": cid, "institution": "USP", "degree": "BSc", "field_of_study": "Computer Science"}),
    );
    ok(
        &ctx,
        "candidate_skill_add",
        json!({"candidate_id": cid, "skill": {"name": "Kubernetes", "category": "tool"}}),
    );
    let detail = ok(
        &ctx,
        "candidate_update",
        json!({"id": cid, "location": "Lisbon", "status": "offered"}),
    );
    assert_eq!(detail["location"], "Lisbon");
    assert_eq!(detail["status"], "offered");
    assert_eq!(detail["full_name"], "Ana Lima", "unchanged fields stay");
    assert_eq!(detail["work_history"].as_array().unwrap().len(), 1);
    assert_eq!(detail["education"].as_array().unwrap().len(), 1);
    assert_eq!(detail["skills"].as_array().unwrap().len(), 3);

    let e = err(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": cid, "company_name": "X", "job_title": "Y", "start_date": "2024-01-01", "end_date": "2023-01-01"}),
    );
    assert_eq!(e.field.as_deref(), Some("end_date"));

    ok(&ctx, "candidate_delete", json!({"id": cid}));
    assert_eq!(count(&ctx, "candidate_skills"), 0, "children cascade");
    assert_eq!(count(&ctx, "work_experiences"), 0);
    assert_eq!(
        err(&ctx, "candidate_get", json!({"id": cid})).code,
        ErrorCode::NotFound
    );
}

#[test]
fn clients_contacts_and_leads() {
    let ctx = ctx();
    let lead = ok(
        &ctx,
        "lead_create",
        json!({
            "company_name": "Initech", "contact_email": "bill@initech.test", "service_type": "rpo",
            "estimated_value_minor": 1_500_000, "currency": "eur", "probability": 40, "next_follow_up_at": "2026-12-01T09:00:00+01:00"
        }),
    );
    assert_eq!(lead["currency"], "EUR");
    assert_eq!(
        lead["next_follow_up_at"], "2026-12-01T08:00:00.000Z",
        "stored in UTC"
    );
    let client = ok(
        &ctx,
        "client_create",
        json!({
            "name": "Initech", "corporate_identity": {"gst": "22AAAAA0000A1Z5"}, "created_from_lead_id": id(&lead),
            "contract_start_date": "2026-01-01", "contract_end_date": "2026-12-31"
        }),
    );
    assert_eq!(client["corporate_identity"]["gst"], "22AAAAA0000A1Z5");
    ok(
        &ctx,
        "client_contact_add",
        json!({"client_id": id(&client), "full_name": "Bill L", "is_primary": true}),
    );
    ok(
        &ctx,
        "client_contact_add",
        json!({"client_id": id(&client), "full_name": "Peter G", "is_primary": true}),
    );
    let primaries: i64 = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM client_contacts WHERE is_primary = 1",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(primaries, 1, "one primary contact per client");
    let contacts = ok(
        &ctx,
        "client_contact_list",
        json!({"client_id": id(&client)}),
    );
    let names: Vec<&str> = contacts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["full_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Peter G", "Bill L"], "primary first");
    let listed = ok(&ctx, "client_list", json!({"query": "init"}));
    assert_eq!(listed["items"][0]["contact_count"], 2);
    assert_eq!(
        ok(&ctx, "lead_list", json!({"status": "converted"}))["total"],
        1,
        "converting marks the lead"
    );
    let e = err(
        &ctx,
        "lead_create",
        json!({"company_name": "X", "probability": 140}),
    );
    assert_eq!(e.field.as_deref(), Some("probability"));
}

#[test]
fn requisition_pipeline_moves_are_recorded() {
    let ctx = ctx();
    let recruiter = ok(
        &ctx,
        "user_create",
        json!({"email": "r@x.test", "full_name": "Rae", "role": "recruiter"}),
    );
    let req = ok(
        &ctx,
        "requisition_create",
        json!({
            "title": "Senior Rust Engineer", "department": "Platform", "work_mode": "remote", "employment_type": "full_time",
            "min_salary_minor": 12_000_000, "max_salary_minor": 16_000_000, "required_skills": ["Rust", "SQL"], "openings": 2
        }),
    );
    let rid = id(&req);
    assert_eq!(req["status"], "draft");
    assert_eq!(
        ok(
            &ctx,
            "requisition_set_status",
            json!({"id": rid, "status": "open"})
        )["status"],
        "open"
    );
    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": rid}));
    let stages: Vec<&str> = board
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        stages,
        [
            "New",
            "Screening",
            "Interview",
            "Offer",
            "Hired",
            "Rejected",
            "Withdrawn"
        ]
    );

    let cand = ok(&ctx, "candidate_create", json!({"full_name": "Dee Evans"}));
    let app = ok(
        &ctx,
        "application_create",
        json!({"requisition_id": rid, "candidate_id": id(&cand), "source": "referral"}),
    );
    assert_eq!(app["status"], "new");
    let dup = err(
        &ctx,
        "application_create",
        json!({"requisition_id": rid, "candidate_id": id(&cand)}),
    );
    assert_eq!(dup.code, ErrorCode::Conflict);

    let stage = |name: &str| {
        board
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()["stage_id"]
            .clone()
    };
    let moved = ok(
        &ctx,
        "application_move",
        json!({"id": id(&app), "stage_id": stage("Interview"), "remarks": "strong screen", "changed_by": id(&recruiter)}),
    );
    assert_eq!(moved["status"], "interview");
    let e = err(
        &ctx,
        "application_move",
        json!({"id": id(&app), "stage_id": stage("Rejected")}),
    );
    assert_eq!(e.field.as_deref(), Some("rejection_reason"));
    ok(
        &ctx,
        "application_move",
        json!({"id": id(&app), "stage_id": stage("Rejected"), "rejection_reason": "salary mismatch"}),
    );

    let timeline = ok(
        &ctx,
        "application_timeline",
        json!({"application_id": id(&app)}),
    );
    let events: Vec<(&str, &str)> = timeline
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["event_type"].as_str().unwrap(),
                t["to_stage"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            ("created", "New"),
            ("stage_move", "Interview"),
            ("stage_move", "Rejected")
        ]
    );
    assert_eq!(timeline[1]["changed_by"], "Rae");
    assert_eq!(timeline[1]["remarks"], "strong screen");
    assert_eq!(timeline[2]["remarks"], "salary mismatch");

    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": rid}));
    let rejected = board
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Rejected")
        .unwrap();
    assert_eq!(rejected["count"], 1);
    assert_eq!(rejected["applications"][0]["is_active"], false);
    ok(
        &ctx,
        "application_note_add",
        json!({"application_id": id(&app), "note_text": "asked for 20% more", "note_type": "red_flag", "is_private": true}),
    );
    let notes = ok(
        &ctx,
        "application_note_list",
        json!({"application_id": id(&app)}),
    );
    assert_eq!(notes[0]["note_type"], "red_flag");
    assert_eq!(notes.as_array().unwrap().len(), 1);
    assert_eq!(
        ok(&ctx, "requisition_get", json!({"id": rid}))["applicant_count"],
        1
    );
    assert_eq!(
        ok(&ctx, "requisition_list", json!({"status": "open"}))["total"],
        1
    );
}

#[test]
fn interviews_and_scorecards() {
    let ctx = ctx();
    let interviewer = ok(
        &ctx,
        "user_create",
        json!({"email": "i@x.test", "full_name": "Ivy", "role": "interviewer"}),
    );
    let req = ok(&ctx, "requisition_create", json!({"title": "QA Lead"}));
    let cand = ok(&ctx, "candidate_create", json!({"full_name": "Finn Gray"}));
    let app = ok(
        &ctx,
        "application_create",
        json!({"requisition_id": id(&req), "candidate_id": id(&cand)}),
    );
    let iv = ok(
        &ctx,
        "interview_schedule",
        json!({
            "application_id": id(&app), "interviewer_id": id(&interviewer), "interview_type": "technical",
            "scheduled_at": "2026-12-03T15:00:00-05:00", "timezone": "America/New_York", "duration_minutes": 45
        }),
    );
    assert_eq!(
        iv["candidate_id"],
        id(&cand),
        "candidate follows from the application"
    );
    assert_eq!(iv["requisition_id"], id(&req));
    assert_eq!(iv["scheduled_at"], "2026-12-03T20:00:00.000Z");
    ok(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": id(&cand), "interview_type": "hr", "scheduled_at": "2027-02-01T10:00:00Z"}),
    );
    let upcoming = ok(
        &ctx,
        "interview_list",
        json!({"from": "2027-01-01T00:00:00Z"}),
    );
    assert_eq!(upcoming["total"], 1);
    let by_app = ok(&ctx, "interview_list", json!({"application_id": id(&app)}));
    assert_eq!(by_app["total"], 1);
    let card = ok(
        &ctx,
        "feedback_submit",
        json!({
            "interview_id": id(&iv), "interviewer_id": id(&interviewer), "overall_rating": 4.5, "recommendation": "hire",
            "strengths": "clear reasoning"
        }),
    );
    assert_eq!(card["recommendation"], "hire");
    let done = ok(
        &ctx,
        "interview_set_status",
        json!({"id": id(&iv), "status": "completed", "outcome": "passed"}),
    );
    assert_eq!(done["feedback_given"], true);
    assert_eq!(done["outcome"], "passed");
    let e = err(
        &ctx,
        "feedback_submit",
        json!({"interview_id": id(&iv), "interviewer_id": id(&interviewer), "recommendation": "hire", "overall_rating": 7}),
    );
    assert_eq!(e.field.as_deref(), Some("overall_rating"));
}
