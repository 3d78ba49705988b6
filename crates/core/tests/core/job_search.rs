//! Job-search domains through the command API: the local user, tracked jobs
//! and their history, goals, the question bank and settings.

use serde_json::json;
use talentdesk_core::ErrorCode;

use super::support::{ctx, err, id, ok};

#[test]
fn local_user_is_created_once() {
    let ctx = ctx();
    let me = ok(&ctx, "me", json!({}));
    assert_eq!(me["role"], "job_seeker");
    assert_eq!(ok(&ctx, "me", json!({}))["id"], me["id"]);
}

#[test]
fn tracked_job_status_changes_build_a_history() {
    let ctx = ctx();
    let job = ok(
        &ctx,
        "tracked_job_create",
        json!({
            "title": "Platform Engineer", "company": "Umbrella", "work_mode": "hybrid", "job_type": "full_time",
            "salary_min_minor": 9_000_000, "salary_max_minor": 11_000_000, "currency": "GBP", "source": "LinkedIn"
        }),
    );
    assert_eq!(job["status"], "interested");
    assert!(job["applied_at"].is_null());
    let jid = id(&job);
    let applied = ok(
        &ctx,
        "tracked_job_set_status",
        json!({"id": jid, "status": "applied", "note": "via referral"}),
    );
    assert!(applied["applied_at"].is_string(), "applied_at set on apply");
    ok(
        &ctx,
        "tracked_job_set_status",
        json!({"id": jid, "status": "interview_scheduled"}),
    );
    ok(
        &ctx,
        "tracked_job_set_status",
        json!({"id": jid, "status": "interview_scheduled"}),
    );
    let history = ok(&ctx, "tracked_job_history", json!({"id": jid}));
    let steps: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["to_status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["interested", "applied", "interview_scheduled"],
        "no-op moves are not recorded"
    );
    assert_eq!(history[1]["from_status"], "interested");
    assert_eq!(history[1]["note"], "via referral");
    ok(
        &ctx,
        "tracked_job_create",
        json!({"title": "SRE", "company": "Hooli"}),
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"query": "umbrella"}))["total"],
        1
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"status": "interested"}))["total"],
        1
    );

    let iv = ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "phone", "scheduled_at": "2026-12-01T10:00:00Z"}),
    );
    assert_eq!(
        iv["user_id"],
        ok(&ctx, "me", json!({}))["id"],
        "a seeker's interview belongs to them"
    );
    let for_job = ok(&ctx, "interview_list", json!({"tracked_job_id": jid}));
    assert_eq!(for_job["total"], 1);

    ok(&ctx, "tracked_job_delete", json!({"id": jid}));
    assert_eq!(
        err(&ctx, "tracked_job_get", json!({"id": jid})).code,
        ErrorCode::NotFound
    );
    let e = err(
        &ctx,
        "tracked_job_create",
        json!({"title": "X", "company": "Y", "salary_min_minor": 10, "salary_max_minor": 5}),
    );
    assert_eq!(e.field.as_deref(), Some("salary_max_minor"));
}

#[test]
fn goals_follow_their_milestones() {
    let ctx = ctx();
    let goal = ok(
        &ctx,
        "goal_create",
        json!({
            "title": "Land a staff role", "priority": "high", "target_date": "2027-03-31",
            "milestones": [{"title": "Update resume", "due_date": "2026-12-01"}, {"title": "Ten applications"}]
        }),
    );
    assert_eq!(goal["status"], "not_started");
    let m = goal["milestones"].as_array().unwrap();
    let g = ok(
        &ctx,
        "milestone_set_completed",
        json!({"id": m[0]["id"], "is_completed": true}),
    );
    assert_eq!(g["status"], "in_progress");
    let g = ok(
        &ctx,
        "milestone_set_completed",
        json!({"id": m[1]["id"], "is_completed": true}),
    );
    assert_eq!(g["status"], "completed");
    ok(
        &ctx,
        "goal_create",
        json!({"title": "Learn Go", "priority": "low"}),
    );
    let goals = ok(&ctx, "goal_list", json!({}));
    assert_eq!(
        goals[0]["title"], "Land a staff role",
        "high priority first"
    );
    let e = err(
        &ctx,
        "goal_create",
        json!({"title": "X", "milestones": [{"title": "Y", "due_date": "next week"}]}),
    );
    assert_eq!(e.field.as_deref(), Some("milestones[0].due_date"));
}

#[test]
fn question_bank_and_mcq_scoring() {
    let ctx = ctx();
    ok(
        &ctx,
        "question_create",
        json!({
            "question_text": "Tell me about a conflict you resolved.", "category": "behavioral", "difficulty": "easy",
            "rubric": ["Situation", "Action", "Result"]
        }),
    );
    let mcq = ok(
        &ctx,
        "question_create",
        json!({
            "question_text": "Which index type serves LIKE 'abc%'?", "category": "technical", "kind": "mcq",
            "options": ["B-tree", "Hash"], "correct_answer": "B-tree"
        }),
    );
    let behavioral = ok(
        &ctx,
        "question_list",
        json!({"category": "behavioral", "limit": 500}),
    );
    let mine = behavioral["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["question_text"] == "Tell me about a conflict you resolved.")
        .expect("the person's question is listed with the shipped bank");
    assert_eq!(mine["rubric"][2], "Result");
    assert_eq!(
        ok(
            &ctx,
            "question_check_answer",
            json!({"question_id": id(&mcq), "selected_answer": "Hash"})
        )["is_correct"],
        false
    );
    assert_eq!(
        ok(
            &ctx,
            "question_check_answer",
            json!({"question_id": id(&mcq), "selected_answer": "B-tree"})
        )["is_correct"],
        true
    );
    let e = err(
        &ctx,
        "question_create",
        json!({"question_text": "Q", "category": "technical", "kind": "mcq", "options": ["a", "b"], "correct_answer": "c"}),
    );
    assert_eq!(e.field.as_deref(), Some("correct_answer"));
}

#[test]
fn settings_round_trip() {
    let ctx = ctx();
    ok(
        &ctx,
        "setting_set",
        json!({"key": "follow_up.days", "value": 7}),
    );
    ok(
        &ctx,
        "setting_set",
        json!({"key": "follow_up.days", "value": 10}),
    );
    assert_eq!(
        ok(&ctx, "setting_get", json!({"key": "follow_up.days"}))["value"],
        10
    );
    assert_eq!(
        err(&ctx, "setting_get", json!({"key": "nope"})).code,
        ErrorCode::NotFound
    );
    assert_eq!(
        err(&ctx, "setting_set", json!({"key": "bad key!", "value": 1}))
            .field
            .as_deref(),
        Some("key")
    );
}
