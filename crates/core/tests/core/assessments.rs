//! Assessments (issue 5 item 7): question sets, a published assessment, a
//! single-use expiring token (only its hash stored), a timed attempt with
//! answers saved one by one, automatic scoring of multiple choice, recruiter
//! scoring and release, and proctoring events. The core reads the system
//! clock, so "time passing" is simulated by moving the stored expiry or
//! deadline into the past, the one thing a later clock would change.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use talentdesk_core::{Context, ErrorCode};

use crate::support::{count, ctx, err, id, ok};

struct Fixture {
    set: String,
    mcq: Value,
    text: Value,
    code: Value,
    assessment: String,
    candidate: String,
}

fn fixture(ctx: &Context) -> Fixture {
    let set = id(&ok(
        ctx,
        "question_set_create",
        json!({"title": "Rust basics", "skill": "Rust", "level": "intermediate"}),
    ));
    let mcq = ok(
        ctx,
        "question_set_add",
        json!({"question_set_id": set, "kind": "mcq", "question_text": "Which keyword declares a constant?",
               "options": ["let", "const", "mut"], "correct_answer": "const"}),
    );
    let text = ok(
        ctx,
        "question_set_add",
        json!({"question_set_id": set, "kind": "open", "question_text": "Explain ownership.",
               "sample_answer": "Each value has one owner.", "rubric": ["mentions moves", "mentions borrowing"]}),
    );
    let code = ok(
        ctx,
        "question_set_add",
        json!({"question_set_id": set, "kind": "coding", "question_text": "Reverse a string.",
               "sample_answer": "fn reverse(s: &str) -> String {\n    todo!()\n}", "rubric": ["handles empty input"]}),
    );
    let assessment = id(&ok(
        ctx,
        "assessment_create",
        json!({"title": "Rust screen", "question_set_id": set, "duration_minutes": 20, "passing_score": 60}),
    ));
    ok(
        ctx,
        "assessment_publish",
        json!({"id": assessment, "published": true}),
    );
    let candidate = id(&ok(
        ctx,
        "candidate_create",
        json!({"full_name": "Cara Diaz", "email": "cara@mail.test"}),
    ));
    Fixture {
        set,
        mcq,
        text,
        code,
        assessment,
        candidate,
    }
}

fn invite(ctx: &Context, f: &Fixture) -> Value {
    ok(
        ctx,
        "assessment_invite",
        json!({"assessment_id": f.assessment, "candidate_id": f.candidate}),
    )
}

fn exec(ctx: &Context, sql: &str, p: &str) {
    ctx.store()
        .write(|tx| Ok(tx.execute(sql, [p])?))
        .expect("test fixture SQL");
}

#[test]
fn question_sets_hold_three_kinds_of_question_with_their_keys() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let detail = ok(&ctx, "question_set_get", json!({"id": f.set}));
    assert_eq!(detail["set"]["total_questions"], 3);
    let kinds: Vec<&str> = detail["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| q["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["mcq", "open", "coding"]);
    assert_eq!(detail["questions"][0]["correct_answer"], "const");
    assert_eq!(
        detail["questions"][2]["rubric"],
        json!(["handles empty input"])
    );
    let rust = ok(&ctx, "question_set_list", json!({"skill": "rust"}));
    assert_eq!(rust["total"], 1);
    let experts = ok(&ctx, "question_set_list", json!({"level": "expert"}));
    assert_eq!(experts["total"], 0);
    let published = ok(&ctx, "assessment_list", json!({"published": true}));
    assert_eq!(published["items"][0]["total_questions"], 3);
    assert_eq!(published["items"][0]["duration_minutes"], 20);
}

#[test]
fn bad_questions_and_assessments_name_the_field_and_save_nothing() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let questions = count(&ctx, "questions");
    let add = |body: Value| {
        let mut req = json!({"question_set_id": f.set, "question_text": "Pick one"});
        for (k, v) in body.as_object().expect("object") {
            req[k] = v.clone();
        }
        err(&ctx, "question_set_add", req)
    };
    let e = add(json!({"kind": "mcq", "options": ["a"], "correct_answer": "a"}));
    assert_eq!(e.field.as_deref(), Some("options"));
    let e = add(json!({"kind": "mcq", "options": ["a", "a"], "correct_answer": "a"}));
    assert_eq!(e.field.as_deref(), Some("options"));
    let e = add(json!({"kind": "mcq", "options": ["a", "b"], "correct_answer": "c"}));
    assert_eq!(e.field.as_deref(), Some("correct_answer"));
    let e = add(json!({"kind": "mcq", "options": ["a", "b"]}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::MissingField, Some("correct_answer"))
    );
    let e = add(json!({"kind": "open", "options": ["a", "b"]}));
    assert_eq!(e.field.as_deref(), Some("options"));
    let e =
        add(json!({"kind": "mcq", "options": ["a", "b"], "correct_answer": "a", "rubric": ["x"]}));
    assert_eq!(e.field.as_deref(), Some("rubric"));
    let e = add(json!({"kind": "open", "question_text": "  "}));
    assert_eq!(e.field.as_deref(), Some("question_text"));
    let e = err(
        &ctx,
        "question_set_add",
        json!({"question_set_id": "nope", "kind": "open", "question_text": "Why?"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DanglingReference, Some("question_set_id"))
    );
    assert_eq!(count(&ctx, "questions"), questions);

    let assessments = count(&ctx, "assessments");
    let create = |extra: Value| {
        let mut req = json!({"title": "Screen", "question_set_id": f.set});
        for (k, v) in extra.as_object().expect("object") {
            req[k] = v.clone();
        }
        err(&ctx, "assessment_create", req)
    };
    assert_eq!(
        create(json!({"duration_minutes": 0})).field.as_deref(),
        Some("duration_minutes")
    );
    assert_eq!(
        create(json!({"duration_minutes": 601})).field.as_deref(),
        Some("duration_minutes")
    );
    assert_eq!(
        create(json!({"passing_score": 101})).field.as_deref(),
        Some("passing_score")
    );
    assert_eq!(
        create(json!({"expires_at": "2020-01-01T00:00:00Z"}))
            .field
            .as_deref(),
        Some("expires_at")
    );
    assert_eq!(
        create(json!({"expires_at": "next week"})).field.as_deref(),
        Some("expires_at")
    );
    assert_eq!(create(json!({"title": ""})).field.as_deref(), Some("title"));
    assert_eq!(
        create(json!({"question_set_id": "nope"})).field.as_deref(),
        Some("question_set_id")
    );
    assert_eq!(count(&ctx, "assessments"), assessments);

    // An empty set cannot be published; an unpublished assessment cannot be sent.
    let empty = id(&ok(&ctx, "question_set_create", json!({"skill": "Go"})));
    let draft = id(&ok(
        &ctx,
        "assessment_create",
        json!({"title": "Go", "question_set_id": empty}),
    ));
    let e = err(
        &ctx,
        "assessment_publish",
        json!({"id": draft, "published": true}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Conflict, Some("question_set_id"))
    );
    let e = err(
        &ctx,
        "assessment_invite",
        json!({"assessment_id": draft, "candidate_id": f.candidate}),
    );
    assert_eq!(e.field.as_deref(), Some("assessment_id"));
    let e = err(
        &ctx,
        "assessment_invite",
        json!({"assessment_id": f.assessment, "candidate_id": f.candidate, "valid_hours": 0}),
    );
    assert_eq!(e.field.as_deref(), Some("valid_hours"));
    let e = err(
        &ctx,
        "assessment_invite",
        json!({"assessment_id": f.assessment, "candidate_id": "nobody"}),
    );
    assert_eq!(e.field.as_deref(), Some("candidate_id"));
    assert_eq!(count(&ctx, "assessment_invitations"), 0);
}

#[test]
fn the_token_is_shown_once_and_only_its_hash_is_stored() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let sent = invite(&ctx, &f);
    let token = sent["token"].as_str().expect("token").to_string();
    assert!(
        token.len() >= 32,
        "token {token} too short to be unguessable"
    );
    assert_eq!(sent["link"], format!("talentdesk://assessment/{token}"));
    assert_eq!(sent["invitation"]["status"], "pending");
    assert_eq!(sent["invitation"]["candidate_email"], "cara@mail.test");
    let stored: Vec<String> = ctx
        .store()
        .read(|c| {
            Ok(c.prepare("SELECT token_hash FROM assessment_invitations")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?)
        })
        .expect("read hashes");
    assert_eq!(stored, [hex::encode(Sha256::digest(token.as_bytes()))]);
    // The token appears nowhere in the database, nor in any later answer.
    let dump: String = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT group_concat(json_array(id, assessment_id, candidate_email, token_hash, expires_at)) FROM assessment_invitations",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("dump");
    assert!(!dump.contains(&token));
    let listed = ok(
        &ctx,
        "assessment_invitation_list",
        json!({"assessment_id": f.assessment}),
    );
    assert_eq!(listed["total"], 1);
    assert!(!listed.to_string().contains(&token));
    // A second invitation gets a different token.
    let again = invite(&ctx, &f);
    assert_ne!(again["token"], sent["token"]);
}

#[test]
fn unknown_expired_and_reused_tokens_are_refused_naming_token_and_nothing_is_saved() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let e = err(
        &ctx,
        "assessment_start",
        json!({"token": "0123456789abcdef"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::NotFound, Some("token"))
    );
    let e = err(&ctx, "assessment_start", json!({"token": "   "}));
    assert_eq!(e.field.as_deref(), Some("token"));

    // Expired: the invitation's time ran out.
    let expired = invite(&ctx, &f);
    exec(
        &ctx,
        "UPDATE assessment_invitations SET expires_at = '2020-01-01T00:00:00.000Z' WHERE id = ?1",
        expired["invitation"]["id"].as_str().expect("id"),
    );
    let e = err(&ctx, "assessment_start", json!({"token": expired["token"]}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Expired, Some("token"))
    );
    assert_eq!(count(&ctx, "assessment_attempts"), 0);
    let listed = ok(
        &ctx,
        "assessment_invitation_list",
        json!({"candidate_id": f.candidate}),
    );
    assert_eq!(listed["items"][0]["status"], "expired");

    // Reused: the first redemption works (the link form is accepted too), the second is refused.
    let sent = invite(&ctx, &f);
    let started = ok(&ctx, "assessment_start", json!({"token": sent["link"]}));
    assert_eq!(started["questions"].as_array().expect("questions").len(), 3);
    assert_eq!(count(&ctx, "assessment_attempts"), 1);
    let e = err(&ctx, "assessment_start", json!({"token": sent["token"]}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::AlreadyUsed, Some("token"))
    );
    assert_eq!(count(&ctx, "assessment_attempts"), 1);
    let inv = ok(
        &ctx,
        "assessment_invitation_list",
        json!({"assessment_id": f.assessment}),
    );
    let used = inv["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == sent["invitation"]["id"])
        .expect("used invitation");
    assert_eq!(used["status"], "used");
    assert_eq!(used["attempt_id"], started["attempt_id"]);

    // Withdrawn: an unpublished assessment's pending token cannot start a test.
    let pending = invite(&ctx, &f);
    ok(
        &ctx,
        "assessment_publish",
        json!({"id": f.assessment, "published": false}),
    );
    let e = err(&ctx, "assessment_start", json!({"token": pending["token"]}));
    assert_eq!(e.field.as_deref(), Some("token"));
    assert_eq!(count(&ctx, "assessment_attempts"), 1);
}

#[test]
fn a_timed_test_is_taken_scored_and_released() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let sent = invite(&ctx, &f);
    let s = ok(&ctx, "assessment_start", json!({"token": sent["token"]}));
    let attempt = s["attempt_id"].as_str().expect("attempt").to_string();
    assert_eq!(s["assessment_title"], "Rust screen");
    assert_eq!(s["candidate_name"], "Cara Diaz");
    // The deadline is the start plus the duration, in UTC.
    let started = chrono::DateTime::parse_from_rfc3339(s["started_at"].as_str().expect("start"))
        .expect("rfc3339");
    let deadline =
        chrono::DateTime::parse_from_rfc3339(s["deadline_at"].as_str().expect("deadline"))
            .expect("rfc3339");
    assert_eq!((deadline - started).num_minutes(), 20);
    assert!(s["deadline_at"].as_str().expect("deadline").ends_with('Z'));
    // The candidate sees no answer key and no rubric, but the starter code.
    let text = s.to_string();
    assert!(!text.contains("correct_answer") && !text.contains("mentions moves"));
    assert_eq!(s["questions"][2]["starter_code"], f.code["sample_answer"]);

    // Answers are saved as given; changing one updates it in place.
    let answer = |q: &Value, body: Value| {
        let mut req = json!({"attempt_id": attempt, "question_id": q["id"]});
        for (k, v) in body.as_object().expect("object") {
            req[k] = v.clone();
        }
        req
    };
    ok(
        &ctx,
        "assessment_answer",
        answer(&f.mcq, json!({"selected_answer": "let"})),
    );
    ok(
        &ctx,
        "assessment_answer",
        answer(&f.mcq, json!({"selected_answer": "const"})),
    );
    ok(
        &ctx,
        "assessment_answer",
        answer(
            &f.text,
            json!({"answer_text": "Values move; references borrow."}),
        ),
    );
    assert_eq!(count(&ctx, "assessment_answers"), 2);
    let resumed = ok(&ctx, "assessment_session", json!({"attempt_id": attempt}));
    assert_eq!(resumed["answers"][0]["selected_answer"], "const");
    assert_eq!(resumed["answers"][0]["is_correct"], Value::Null);
    let e = err(
        &ctx,
        "assessment_answer",
        answer(&f.mcq, json!({"selected_answer": "var"})),
    );
    assert_eq!(e.field.as_deref(), Some("selected_answer"));
    let e = err(
        &ctx,
        "assessment_answer",
        answer(&json!({"id": "other"}), json!({"answer_text": "x"})),
    );
    assert_eq!(e.field.as_deref(), Some("question_id"));
    let e = err(
        &ctx,
        "assessment_answer",
        answer(&f.text, json!({"selected_answer": "const"})),
    );
    assert_eq!(e.field.as_deref(), Some("selected_answer"));
    let e = err(
        &ctx,
        "assessment_answer",
        answer(&f.code, json!({"answer_text": "x".repeat(100_001)})),
    );
    assert_eq!(e.field.as_deref(), Some("answer_text"));
    assert_eq!(count(&ctx, "assessment_answers"), 2);
    // Proctoring while it runs.
    let blur = ok(
        &ctx,
        "proctoring_log",
        json!({"attempt_id": attempt, "event_type": "window_blur", "question_id": f.text["id"]}),
    );
    ok(
        &ctx,
        "proctoring_log",
        json!({"attempt_id": attempt, "event_type": "copy_paste", "detail": "pasted 240 characters"}),
    );
    // Not released, not scored: the candidate sees no score.
    let result = ok(&ctx, "assessment_result", json!({"attempt_id": attempt}));
    assert_eq!(
        (
            result["submitted"].clone(),
            result["score_percentage"].clone()
        ),
        (json!(false), Value::Null)
    );

    let done = ok(&ctx, "assessment_submit", json!({"attempt_id": attempt}));
    assert_eq!(
        (done["submitted"].clone(), done["auto_submitted"].clone()),
        (json!(true), json!(false))
    );
    let e = err(
        &ctx,
        "assessment_answer",
        answer(&f.mcq, json!({"selected_answer": "let"})),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Conflict, Some("attempt_id"))
    );
    let e = err(
        &ctx,
        "proctoring_log",
        json!({"attempt_id": attempt, "event_type": "window_blur"}),
    );
    assert_eq!(e.field.as_deref(), Some("attempt_id"));

    // Multiple choice is scored at once; the free text waits; the unanswered coding question counts 0.
    let list = ok(
        &ctx,
        "assessment_attempt_list",
        json!({"assessment_id": f.assessment}),
    );
    let summary = &list["items"][0];
    assert_eq!(summary["correct_answers"], 1);
    assert_eq!(summary["is_scored"], false);
    assert_eq!(summary["proctoring_events"], 2);
    assert!((summary["score_percentage"].as_f64().expect("score") - 33.33).abs() < 0.01);
    let e = err(&ctx, "assessment_release", json!({"attempt_id": attempt}));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Conflict, Some("attempt_id"))
    );

    let review = ok(
        &ctx,
        "assessment_attempt_review",
        json!({"attempt_id": attempt}),
    );
    assert_eq!(
        review["items"][1]["question"]["rubric"],
        json!(["mentions moves", "mentions borrowing"])
    );
    assert_eq!(review["items"][2]["answer"], Value::Null);
    let text_answer = review["items"][1]["answer"]["id"]
        .as_str()
        .expect("answer")
        .to_string();
    let mcq_answer = review["items"][0]["answer"]["id"]
        .as_str()
        .expect("answer")
        .to_string();
    let e = err(
        &ctx,
        "assessment_score_answer",
        json!({"answer_id": text_answer, "points": 1.5}),
    );
    assert_eq!(e.field.as_deref(), Some("points"));
    let e = err(
        &ctx,
        "assessment_score_answer",
        json!({"answer_id": mcq_answer, "points": 0}),
    );
    assert_eq!(e.field.as_deref(), Some("answer_id"));
    let scored = ok(
        &ctx,
        "assessment_score_answer",
        json!({"answer_id": text_answer, "points": 0.5}),
    );
    assert_eq!(scored["is_scored"], true);
    assert!((scored["score_percentage"].as_f64().expect("score") - 50.0).abs() < 0.01);

    // Proctoring review: flag the paste, clear the blur.
    let events = ok(&ctx, "proctoring_list", json!({"attempt_id": attempt}));
    assert_eq!(events.as_array().expect("events").len(), 2);
    assert_eq!(events[1]["severity"], "medium");
    assert_eq!(events[1]["detail"], "pasted 240 characters");
    let flagged = ok(
        &ctx,
        "proctoring_review",
        json!({"id": events[1]["id"], "flagged": true, "reviewer_notes": "large paste into the free-text answer"}),
    );
    assert_eq!(
        (flagged["flagged"].clone(), flagged["reviewed"].clone()),
        (json!(true), json!(true))
    );
    ok(
        &ctx,
        "proctoring_review",
        json!({"id": blur["id"], "flagged": false}),
    );
    let e = err(
        &ctx,
        "proctoring_review",
        json!({"id": "nope", "flagged": true}),
    );
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = err(&ctx, "proctoring_list", json!({"attempt_id": "nope"}));
    assert_eq!(e.field.as_deref(), Some("attempt_id"));

    let released = ok(&ctx, "assessment_release", json!({"attempt_id": attempt}));
    assert_eq!(released["flagged_events"], 1);
    assert!(released["score_released_at"].is_string());
    let result = ok(&ctx, "assessment_result", json!({"attempt_id": attempt}));
    assert_eq!(result["released"], true);
    assert_eq!(result["score_percentage"], 50.0);
    assert_eq!(result["passed"], false);
    // Released results are final.
    let e = err(
        &ctx,
        "assessment_score_answer",
        json!({"answer_id": text_answer, "points": 1}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Conflict, Some("answer_id"))
    );
}

#[test]
fn after_the_deadline_answers_are_refused_and_the_test_is_auto_submitted() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let sent = invite(&ctx, &f);
    let s = ok(&ctx, "assessment_start", json!({"token": sent["token"]}));
    let attempt = s["attempt_id"].as_str().expect("attempt").to_string();
    ok(
        &ctx,
        "assessment_answer",
        json!({"attempt_id": attempt, "question_id": f.mcq["id"], "selected_answer": "const"}),
    );
    ok(
        &ctx,
        "assessment_answer",
        json!({"attempt_id": attempt, "question_id": f.code["id"], "answer_text": "  "}),
    );
    // Time runs out.
    exec(
        &ctx,
        "UPDATE assessment_attempts SET deadline_at = '2021-03-04T05:06:07.000Z', started_at = '2021-03-04T04:46:07.000Z' WHERE id = ?1",
        &attempt,
    );
    let before: String = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT updated_at FROM assessment_attempts WHERE id = ?1",
                [&attempt],
                |r| r.get(0),
            )?)
        })
        .expect("read");
    let e = err(
        &ctx,
        "assessment_answer",
        json!({"attempt_id": attempt, "question_id": f.mcq["id"], "selected_answer": "let"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Expired, Some("attempt_id"))
    );
    let e = err(
        &ctx,
        "proctoring_log",
        json!({"attempt_id": attempt, "event_type": "tab_switch"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Expired, Some("attempt_id"))
    );
    // The refused answer changed nothing, not even the attempt.
    let (after, selected): (String, String) = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT t.updated_at, a.selected_answer FROM assessment_attempts t JOIN assessment_answers a ON a.attempt_id = t.id
                 WHERE t.id = ?1 AND a.selected_answer IS NOT NULL",
                [&attempt],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .expect("read");
    assert_eq!((after, selected), (before, "const".to_string()));
    assert_eq!(count(&ctx, "proctoring_events"), 0);

    // The next look closes it as of the deadline, with what was saved.
    let closed = ok(&ctx, "assessment_session", json!({"attempt_id": attempt}));
    assert_eq!(
        (
            closed["submitted"].clone(),
            closed["auto_submitted"].clone()
        ),
        (json!(true), json!(true))
    );
    let list = ok(
        &ctx,
        "assessment_attempt_list",
        json!({"candidate_id": f.candidate}),
    );
    let summary = &list["items"][0];
    assert_eq!(summary["completed_at"], "2021-03-04T05:06:07.000Z");
    assert_eq!(summary["correct_answers"], 1);
    // The blank code answer scores 0 by itself, so nothing waits for the recruiter.
    assert_eq!(summary["is_scored"], true);
    let released = ok(&ctx, "assessment_release", json!({"attempt_id": attempt}));
    assert!((released["score_percentage"].as_f64().expect("score") - 33.33).abs() < 0.01);
}

#[test]
fn editing_the_set_does_not_change_a_running_test() {
    let ctx = ctx();
    let f = fixture(&ctx);
    let sent = invite(&ctx, &f);
    let s = ok(&ctx, "assessment_start", json!({"token": sent["token"]}));
    let attempt = s["attempt_id"].clone();
    ok(
        &ctx,
        "question_set_remove",
        json!({"question_id": f.text["id"]}),
    );
    ok(
        &ctx,
        "question_set_add",
        json!({"question_set_id": f.set, "kind": "open", "question_text": "A new question"}),
    );
    let detail = ok(&ctx, "question_set_get", json!({"id": f.set}));
    assert_eq!(detail["set"]["total_questions"], 3);
    let running = ok(&ctx, "assessment_session", json!({"attempt_id": attempt}));
    let ids: Vec<Value> = running["questions"]
        .as_array()
        .expect("q")
        .iter()
        .map(|q| q["id"].clone())
        .collect();
    assert_eq!(
        ids,
        [
            f.mcq["id"].clone(),
            f.text["id"].clone(),
            f.code["id"].clone()
        ]
    );
    ok(
        &ctx,
        "assessment_answer",
        json!({"attempt_id": attempt, "question_id": f.text["id"], "answer_text": "still here"}),
    );
    let e = err(&ctx, "question_set_remove", json!({"question_id": "nope"}));
    assert_eq!(e.field.as_deref(), Some("question_id"));
}
