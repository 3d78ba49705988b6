//! Bad input through the command API: each case returns a typed error that
//! names the problem, and the database is left exactly as it was.

use serde_json::json;
use talentdesk_core::{call_json, Context, ErrorCode};

use super::support::{count, ctx, err, id, ok};

/// Row counts of the tables a failed command might have touched.
fn snapshot(ctx: &Context) -> Vec<i64> {
    [
        "users",
        "candidates",
        "candidate_skills",
        "requisitions",
        "pipeline_stages",
        "applications",
        "application_timeline",
        "interviews",
        "tracked_jobs",
        "job_status_changes",
    ]
    .iter()
    .map(|t| count(ctx, t))
    .collect()
}

fn seeded() -> (Context, String) {
    let ctx = ctx();
    let req = ok(&ctx, "requisition_create", json!({"title": "Analyst"}));
    (ctx, id(&req))
}

#[test]
fn unknown_command() {
    let (ctx, _) = seeded();
    let before = snapshot(&ctx);
    let e = err(&ctx, "candidate_creat", json!({"full_name": "X"}));
    assert_eq!(e.code, ErrorCode::UnknownCommand);
    assert!(e.message.contains("candidate_creat"));
    assert_eq!(snapshot(&ctx), before);
}

#[test]
fn malformed_json() {
    let (ctx, _) = seeded();
    let before = snapshot(&ctx);
    let e = call_json(&ctx, "candidate_create", "{\"full_name\": ").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidJson);
    assert_eq!(snapshot(&ctx), before);
}

#[test]
fn missing_required_field() {
    let (ctx, rid) = seeded();
    let before = snapshot(&ctx);
    let e = err(&ctx, "candidate_create", json!({"email": "x@example.com"}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::MissingField, Some("full_name"))
    );
    let e = err(&ctx, "application_create", json!({"requisition_id": rid}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::MissingField, Some("candidate_id"))
    );
    let e = err(
        &ctx,
        "candidate_create",
        json!({"full_name": "X", "skills": [{"level": "expert"}]}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::MissingField, Some("skills[0].name"))
    );
    assert_eq!(snapshot(&ctx), before);
}

#[test]
fn enum_value_outside_its_set() {
    let (ctx, rid) = seeded();
    let before = snapshot(&ctx);
    let e = err(
        &ctx,
        "candidate_create",
        json!({"full_name": "X", "status": "sleeping"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("status"))
    );
    assert!(
        e.message.contains("active"),
        "lists the allowed values: {}",
        e.message
    );
    let e = err(
        &ctx,
        "requisition_set_status",
        json!({"id": rid, "status": "archived"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("status"))
    );
    let e = err(
        &ctx,
        "tracked_job_create",
        json!({"title": "T", "company": "C", "work_mode": "space"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("work_mode"))
    );
    assert_eq!(snapshot(&ctx), before);
}

#[test]
fn dangling_reference() {
    let (ctx, rid) = seeded();
    let before = snapshot(&ctx);
    let ghost = "01900000-0000-7000-8000-000000000000";
    let e = err(
        &ctx,
        "application_create",
        json!({"requisition_id": rid, "candidate_id": ghost}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DanglingReference, Some("candidate_id"))
    );
    assert!(e.message.contains(ghost));
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "client_id": ghost}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DanglingReference, Some("client_id"))
    );
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": ghost, "interview_type": "phone", "scheduled_at": "2026-12-01T10:00:00Z"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DanglingReference, Some("candidate_id"))
    );
    assert_eq!(snapshot(&ctx), before);
}

#[test]
fn bad_values_name_the_field() {
    let (ctx, _) = seeded();
    let before = snapshot(&ctx);
    for (name, input, field) in [
        ("candidate_create", json!({"full_name": "   "}), "full_name"),
        (
            "candidate_create",
            json!({"full_name": "X", "email": "not-an-email"}),
            "email",
        ),
        (
            "candidate_create",
            json!({"full_name": "X", "total_experience_years": "six"}),
            "total_experience_years",
        ),
        (
            "candidate_create",
            json!({"full_name": "X", "favourite_colour": "blue"}),
            "favourite_colour",
        ),
        (
            "requisition_create",
            json!({"title": "X", "currency": "dollars"}),
            "currency",
        ),
        (
            "requisition_create",
            json!({"title": "X", "min_salary_minor": 5, "max_salary_minor": 1}),
            "max_salary_minor",
        ),
        (
            "interview_schedule",
            json!({"candidate_id": "x", "interview_type": "phone", "scheduled_at": "tomorrow"}),
            "scheduled_at",
        ),
        ("candidate_list", json!({"limit": 0}), "limit"),
    ] {
        let e = err(&ctx, name, input.clone());
        assert_eq!(e.field.as_deref(), Some(field), "{name} {input}: {e:?}");
    }
    assert_eq!(snapshot(&ctx), before);
}
