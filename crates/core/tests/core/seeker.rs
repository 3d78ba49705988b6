//! The job search workspace (issue 4) through the command API: every job
//! field, search/sort/filter, applications (one per job), interviews and
//! their calendar files (parsed by an independent iCalendar parser),
//! follow-ups, goals, the shipped question bank, mock interviews, quizzes,
//! streaks, the dashboard, CSV import as a task, and export.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use talentdesk_core::tasks::TaskState;
use talentdesk_core::{Context, ErrorCode, Store};

use super::support::{count, ctx, err, id, ok};

fn file_ctx() -> (tempfile::TempDir, Context) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("seeker.db")).expect("store");
    (dir, Context::new(store))
}

fn job(ctx: &Context, body: Value) -> String {
    id(&ok(ctx, "tracked_job_create", body))
}

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|j| j["title"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_job_holds_every_field_and_the_table_searches_sorts_and_filters() {
    let ctx = ctx();
    let full = ok(
        &ctx,
        "tracked_job_create",
        json!({
            "title": "Staff Engineer", "company": "Globex", "location": "Berlin", "work_mode": "hybrid",
            "job_type": "full_time", "salary_min_minor": 9_000_000, "salary_max_minor": 12_000_000, "currency": "eur",
            "posting_url": "https://globex.example/jobs/42", "description": "Own the Kubernetes platform and observability",
            "notes": "Referral from Ana", "source": "LinkedIn", "posted_at": "2026-10-01", "deadline_at": "2026-12-15",
            "contacts": [{"name": "Ana Ruiz", "role": "Recruiter", "email": "ana@globex.example", "phone": "+49 30 1234"}]
        }),
    );
    assert_eq!(full["currency"], "EUR");
    assert_eq!(full["contacts"][0]["email"], "ana@globex.example");
    assert_eq!(full["posted_at"], "2026-10-01");
    assert_eq!(full["deadline_at"], "2026-12-15");
    let gid = id(&full);
    job(
        &ctx,
        json!({"title": "Backend Developer", "company": "Initech", "work_mode": "remote", "source": "Referral", "salary_max_minor": 7_000_000}),
    );
    job(
        &ctx,
        json!({"title": "Platform Lead", "company": "Hooli", "work_mode": "remote", "source": "linkedin", "salary_min_minor": 15_000_000}),
    );

    // Full text: description words, prefixes, several words (all must match), punctuation is harmless.
    assert_eq!(
        titles(&ok(&ctx, "tracked_job_list", json!({"query": "kubern"}))),
        ["Staff Engineer"]
    );
    assert_eq!(
        titles(&ok(
            &ctx,
            "tracked_job_list",
            json!({"query": "referral ana"})
        )),
        ["Staff Engineer"]
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"query": "\"OR*(\""}))["total"],
        0
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"query": "platform"}))["total"],
        2
    );
    // Filters and sort.
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"work_mode": "remote"}))["total"],
        2
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"source": "LINKEDIN"}))["total"],
        2
    );
    assert_eq!(
        titles(&ok(
            &ctx,
            "tracked_job_list",
            json!({"sort": "salary", "descending": true})
        )),
        ["Platform Lead", "Staff Engineer", "Backend Developer"]
    );
    assert_eq!(
        titles(&ok(&ctx, "tracked_job_list", json!({"sort": "company"}))),
        ["Staff Engineer", "Platform Lead", "Backend Developer"]
    );

    // Update replaces the fields, and the search index follows.
    let updated = ok(
        &ctx,
        "tracked_job_update",
        json!({"id": gid, "title": "Principal Engineer", "company": "Globex", "description": "Rust services"}),
    );
    assert_eq!(updated["title"], "Principal Engineer");
    assert!(
        updated["location"].is_null(),
        "absent optional fields are cleared"
    );
    assert_eq!(
        ok(&ctx, "tracked_job_list", json!({"query": "kubernetes"}))["total"],
        0
    );
    assert_eq!(
        titles(&ok(&ctx, "tracked_job_list", json!({"query": "rust"}))),
        ["Principal Engineer"]
    );
}

#[test]
fn bad_job_input_names_the_field_and_saves_nothing() {
    let ctx = ctx();
    let base = json!({"title": "X", "company": "Y"});
    let cases = [
        (
            json!({"salary_min_minor": 500, "salary_max_minor": 100}),
            "salary_max_minor",
        ),
        (json!({"posting_url": "globex dot com"}), "posting_url"),
        (
            json!({"posting_url": "ftp://globex.example"}),
            "posting_url",
        ),
        (
            json!({"contacts": [{"name": "A"}, {"name": "B", "email": "not-an-email"}]}),
            "contacts[1].email",
        ),
        (json!({"posted_at": "01/10/2026"}), "posted_at"),
        (json!({"deadline_at": "2026-13-01"}), "deadline_at"),
    ];
    for (extra, field) in cases {
        let mut body = base.clone();
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        let e = err(&ctx, "tracked_job_create", body);
        assert_eq!(e.code, ErrorCode::InvalidValue, "{field}");
        assert_eq!(e.field.as_deref(), Some(field));
    }
    assert_eq!(count(&ctx, "tracked_jobs"), 0);
    assert_eq!(count(&ctx, "job_status_changes"), 0);
    let jid = job(&ctx, base.clone());
    let e = err(
        &ctx,
        "tracked_job_update",
        json!({"id": jid, "title": "X", "company": "Y", "salary_min_minor": 9, "salary_max_minor": 1}),
    );
    assert_eq!(e.field.as_deref(), Some("salary_max_minor"));
    assert!(ok(&ctx, "tracked_job_get", json!({"id": jid}))["salary_min_minor"].is_null());
    let e = err(
        &ctx,
        "job_application_create",
        json!({"tracked_job_id": jid, "applied_at": "last tuesday"}),
    );
    assert_eq!(e.field.as_deref(), Some("applied_at"));
    assert_eq!(count(&ctx, "applications"), 0);
}

#[test]
fn one_application_per_job_and_applying_moves_the_job() {
    let ctx = ctx();
    let jid = job(
        &ctx,
        json!({"title": "SRE", "company": "Umbrella", "source": "Indeed"}),
    );
    let app = ok(
        &ctx,
        "job_application_create",
        json!({"tracked_job_id": jid, "resume_label": "Backend v3", "method": "automated", "applied_at": "2026-11-02"}),
    );
    assert_eq!(app["method"], "automated");
    assert_eq!(app["status"], "submitted");
    assert_eq!(app["source"], "Indeed", "defaults to the job's source");
    assert_eq!(app["applied_at"], "2026-11-02T00:00:00.000Z");
    let j = ok(&ctx, "tracked_job_get", json!({"id": jid}));
    assert_eq!(j["status"], "applied");
    assert_eq!(j["applied_at"], "2026-11-02T00:00:00.000Z");
    let history = ok(&ctx, "tracked_job_history", json!({"id": jid}));
    assert_eq!(history.as_array().unwrap().len(), 2);

    let e = err(
        &ctx,
        "job_application_create",
        json!({"tracked_job_id": jid}),
    );
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(e.field.as_deref(), Some("tracked_job_id"));
    assert_eq!(count(&ctx, "applications"), 1);

    let changed = ok(
        &ctx,
        "job_application_update",
        json!({"id": id(&app), "method": "manual", "status": "under_review", "applied_at": "2026-11-03", "resume_label": "Backend v4"}),
    );
    assert_eq!(changed["resume_label"], "Backend v4");
    assert_eq!(
        ok(&ctx, "job_application_list", json!({"tracked_job_id": jid}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let e = err(
        &ctx,
        "job_application_create",
        json!({"tracked_job_id": "nope"}),
    );
    assert_eq!(e.field.as_deref(), Some("tracked_job_id"));
}

/// Unfold RFC 5545 lines for assertions on whole values.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

fn ical_events(text: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let cal = parser
        .next()
        .expect("one calendar")
        .expect("calendar parses");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    let version = cal
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    cal.events
}

fn prop(e: &ical::parser::ical::component::IcalEvent, name: &str) -> Option<String> {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
}

#[test]
fn interviews_export_ics_that_an_independent_parser_reads() {
    let (dir, ctx) = file_ctx();
    let jid = job(
        &ctx,
        json!({"title": "Data Engineer", "company": "Acme, Inc; Labs"}),
    );
    let start = (Utc::now() + Duration::days(3))
        .date_naive()
        .and_hms_opt(13, 30, 0)
        .unwrap()
        .and_utc();
    let notes = "Review: SQL window functions, Spark; the \"STAR\" stories.\nBring questions about the team's on-call. ".repeat(3);
    let iv = ok(
        &ctx,
        "interview_schedule",
        json!({
            "tracked_job_id": jid, "interview_type": "technical", "interview_mode": "video",
            "scheduled_at": start.to_rfc3339(), "duration_minutes": 45, "timezone": "Europe/Berlin",
            "meeting_link": "https://meet.example/abc-def", "interviewers": ["Jo Park", " ", "Sam Lee"],
            "preparation_notes": notes
        }),
    );
    assert_eq!(iv["interviewers"], json!(["Jo Park", "Sam Lee"]));
    assert_eq!(iv["timezone"], "Europe/Berlin");
    let iid = id(&iv);

    let file = ok(&ctx, "interview_ics", json!({"id": iid}));
    let text = file["content"].as_str().unwrap();
    assert!(file["filename"].as_str().unwrap().ends_with(".ics"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded to 75 octets: {line:?}");
    }
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let events = ical_events(text);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(prop(e, "UID"), Some(format!("{iid}@talentdesk")));
    assert_eq!(
        prop(e, "DTSTART"),
        Some(start.format("%Y%m%dT%H%M%SZ").to_string())
    );
    let end = start + Duration::minutes(45);
    assert_eq!(
        prop(e, "DTEND"),
        Some(end.format("%Y%m%dT%H%M%SZ").to_string())
    );
    assert!(prop(e, "DTSTAMP").is_some_and(|s| s.ends_with('Z') && s.len() == 16));
    let summary = prop(e, "SUMMARY").unwrap();
    assert!(
        summary.contains("Acme\\, Inc\\; Labs"),
        "escaped: {summary}"
    );
    let description = prop(e, "DESCRIPTION").unwrap();
    assert!(
        description.contains("Europe/Berlin") && description.contains("Jo Park\\, Sam Lee"),
        "{description}"
    );
    assert!(
        description.contains("SQL window functions\\, Spark\\;") && description.contains("\\n"),
        "{description}"
    );
    assert!(!description.contains('\n'), "no raw newline inside a value");
    let berlin = start.with_timezone(&"Europe/Berlin".parse::<chrono_tz::Tz>().unwrap());
    assert!(
        description.contains(&berlin.format("%H:%M").to_string()),
        "local time in the zone: {description}"
    );
    assert_eq!(
        prop(e, "URL").as_deref(),
        Some("https://meet.example/abc-def")
    );
    assert_eq!(
        prop(e, "LOCATION").as_deref(),
        Some("https://meet.example/abc-def")
    );
    assert!(unfold(text).contains("Bring questions about the team's on-call."));

    // All upcoming: this one and a second, not the past or the cancelled one.
    let later = ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "final", "scheduled_at": (start + Duration::days(2)).to_rfc3339(),
               "timezone": "America/New_York", "location": "12 Main St, Springfield"}),
    );
    ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "phone", "scheduled_at": "2020-01-01T10:00:00Z"}),
    );
    let cancelled = ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "hr", "scheduled_at": (start + Duration::days(1)).to_rfc3339()}),
    );
    ok(
        &ctx,
        "interview_set_status",
        json!({"id": id(&cancelled), "status": "cancelled"}),
    );
    let all = ok(&ctx, "interview_calendar", json!({}));
    let events = ical_events(all["content"].as_str().unwrap());
    let uids: Vec<String> = events.iter().filter_map(|e| prop(e, "UID")).collect();
    assert_eq!(
        uids,
        [
            format!("{iid}@talentdesk"),
            format!("{}@talentdesk", id(&later))
        ]
    );
    assert_eq!(
        prop(&events[1], "LOCATION").as_deref(),
        Some("12 Main St\\, Springfield")
    );

    // Export writes the file: to a given path, or to the export folder beside the database.
    let target = dir.path().join("out/one.ics");
    let written = ok(
        &ctx,
        "interview_calendar_export",
        json!({"interview_id": iid, "path": target.to_str().unwrap()}),
    );
    assert_eq!(written["events"], 1);
    assert_eq!(
        std::fs::read_to_string(&target).unwrap().len() as i64,
        written["bytes"].as_i64().unwrap()
    );
    let default = ok(&ctx, "interview_calendar_export", json!({}));
    let path = std::path::PathBuf::from(default["path"].as_str().unwrap());
    assert!(path.starts_with(dir.path().join("exports")), "{path:?}");
    assert_eq!(
        ical_events(&std::fs::read_to_string(&path).unwrap()).len(),
        2
    );

    // Bad input names its field and saves nothing.
    let before = count(&ctx, "interviews");
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "phone", "scheduled_at": "2026-12-01T10:00:00Z", "timezone": "Mars/Olympus"}),
    );
    assert_eq!(e.field.as_deref(), Some("timezone"));
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "phone", "scheduled_at": "tomorrow 10am"}),
    );
    assert_eq!(e.field.as_deref(), Some("scheduled_at"));
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": jid, "interview_type": "phone", "scheduled_at": "2026-12-01T10:00:00Z", "meeting_link": "meet dot example"}),
    );
    assert_eq!(e.field.as_deref(), Some("meeting_link"));
    assert_eq!(count(&ctx, "interviews"), before);

    // Reschedule and record the outcome.
    let moved = ok(
        &ctx,
        "interview_update",
        json!({"id": iid, "interview_type": "technical", "interview_mode": "video", "scheduled_at": (start + Duration::hours(2)).to_rfc3339(),
               "duration_minutes": 60, "timezone": "Asia/Tokyo", "interviewers": ["Jo Park"]}),
    );
    assert_eq!(moved["timezone"], "Asia/Tokyo");
    assert_eq!(moved["duration_minutes"], 60);
    let done = ok(
        &ctx,
        "interview_set_status",
        json!({"id": iid, "status": "completed", "outcome": "passed", "outcome_notes": "Next: onsite"}),
    );
    assert_eq!(done["outcome"], "passed");
    assert_eq!(done["outcome_notes"], "Next: onsite");
}

fn backdate_status(ctx: &Context, job: &str, days: i64) {
    let at =
        (Utc::now() - Duration::days(days)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    ctx.store()
        .write(|tx| {
            tx.execute(
                "UPDATE job_status_changes SET changed_at = ?2 WHERE tracked_job_id = ?1",
                [job, &at],
            )?;
            Ok(())
        })
        .unwrap();
}

fn as_of(days: i64) -> String {
    (Utc::now() + Duration::days(days)).to_rfc3339()
}

#[test]
fn follow_ups_fall_due_then_ghost_and_the_settings_change_both() {
    let ctx = ctx();
    let settings = ok(&ctx, "follow_up_settings_get", json!({}));
    assert_eq!(settings, json!({"follow_up_days": 7, "ghosted_days": 14}));
    let applied = job(
        &ctx,
        json!({"title": "QA", "company": "Vandelay", "status": "applied"}),
    );
    job(
        &ctx,
        json!({"title": "Not applied", "company": "Kramerica"}),
    );
    backdate_status(&ctx, &applied, 5);
    assert_eq!(
        ok(&ctx, "follow_up_list", json!({}))
            .as_array()
            .unwrap()
            .len(),
        0,
        "5 days: not yet"
    );
    let due = ok(&ctx, "follow_up_list", json!({"as_of": as_of(3)}));
    assert_eq!(due.as_array().unwrap().len(), 1);
    assert_eq!(due[0]["job"]["id"], applied);
    assert_eq!(
        (due[0]["is_due"].as_bool(), due[0]["is_ghosted"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(due[0]["days_waiting"], 8);
    let ghosted = ok(&ctx, "follow_up_list", json!({"as_of": as_of(10)}));
    assert_eq!(ghosted[0]["is_ghosted"], true);

    // Following up restarts the N-day wait, not the ghosted clock.
    ok(&ctx, "follow_up_done", json!({"id": applied}));
    assert_eq!(
        ok(&ctx, "follow_up_list", json!({"as_of": as_of(3)}))
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        ok(&ctx, "follow_up_list", json!({"as_of": as_of(8)}))[0]["is_due"],
        true
    );
    assert_eq!(
        ok(
            &ctx,
            "follow_up_list",
            json!({"as_of": as_of(3), "include_waiting": true})
        )
        .as_array()
        .unwrap()
        .len(),
        1
    );

    // Configurable: 3 and 4 days make it due and ghosted now.
    ok(
        &ctx,
        "follow_up_settings_set",
        json!({"follow_up_days": 3, "ghosted_days": 4}),
    );
    let now = ok(&ctx, "follow_up_list", json!({}));
    assert_eq!(now[0]["is_ghosted"], true);
    let e = err(
        &ctx,
        "follow_up_settings_set",
        json!({"follow_up_days": 10, "ghosted_days": 5}),
    );
    assert_eq!(e.field.as_deref(), Some("ghosted_days"));
    let e = err(
        &ctx,
        "follow_up_settings_set",
        json!({"follow_up_days": 0, "ghosted_days": 5}),
    );
    assert_eq!(e.field.as_deref(), Some("follow_up_days"));
    assert_eq!(
        ok(&ctx, "follow_up_settings_get", json!({}))["follow_up_days"],
        3
    );
    let dash = ok(&ctx, "job_search_dashboard", json!({}));
    assert_eq!(
        dash["follow_ups"].as_array().unwrap().len(),
        1,
        "due items on the dashboard"
    );

    // A status change is a response: no longer waiting.
    ok(
        &ctx,
        "tracked_job_set_status",
        json!({"id": applied, "status": "interview_scheduled"}),
    );
    assert_eq!(
        ok(&ctx, "follow_up_list", json!({"as_of": as_of(30)}))
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn goals_can_be_edited_and_milestones_added_and_removed() {
    let ctx = ctx();
    let g = ok(
        &ctx,
        "goal_create",
        json!({"title": "Switch to data engineering", "milestones": [{"title": "Course"}]}),
    );
    let gid = id(&g);
    let g = ok(
        &ctx,
        "milestone_add",
        json!({"goal_id": gid, "title": "Portfolio project", "due_date": "2027-01-15"}),
    );
    assert_eq!(g["milestones"][1]["due_date"], "2027-01-15");
    let g = ok(
        &ctx,
        "goal_update",
        json!({"id": gid, "title": "Become a data engineer", "priority": "high", "status": "in_progress", "target_date": "2027-06-30"}),
    );
    assert_eq!(
        (g["priority"].as_str(), g["status"].as_str()),
        (Some("high"), Some("in_progress"))
    );
    let e = err(
        &ctx,
        "milestone_add",
        json!({"goal_id": gid, "title": "X", "due_date": "15/01/2027"}),
    );
    assert_eq!(e.field.as_deref(), Some("due_date"));
    let g = ok(
        &ctx,
        "milestone_delete",
        json!({"id": g["milestones"][0]["id"]}),
    );
    assert_eq!(g["milestones"].as_array().unwrap().len(), 1);
    ok(&ctx, "goal_delete", json!({"id": gid}));
    assert_eq!(count(&ctx, "goal_milestones"), 0);
}

#[test]
fn the_question_bank_loads_once_and_keeps_the_persons_questions() {
    let ctx = ctx();
    let mine = ok(
        &ctx,
        "question_create",
        json!({"question_text": "Tell me about your thesis", "category": "general", "rubric": ["Clear"]}),
    );
    let first = ok(&ctx, "question_bank_load", json!({}));
    let shipped = first["builtin"].as_i64().unwrap();
    assert!(shipped >= 300, "{shipped}");
    assert_eq!(first["inserted"], shipped);
    let again = ok(&ctx, "question_bank_load", json!({}));
    assert_eq!(again["inserted"], 0);
    assert_eq!(
        count(&ctx, "questions"),
        shipped + 1,
        "no duplicates, the person's question kept"
    );
    assert!(ok(&ctx, "question_list", json!({"limit": 500}))["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["id"] == mine["id"]));
    // Several fields and both kinds, every question with a rubric.
    let categories: i64 = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(DISTINCT category) FROM questions WHERE source = 'builtin'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert!(categories >= 6, "{categories}");
    let topics: i64 = ctx.store().read(|c| Ok(c.query_row("SELECT count(DISTINCT topic) FROM questions WHERE source = 'builtin' AND category = 'technical'", [], |r| r.get(0))?)).unwrap();
    assert!(topics >= 8, "technical questions across fields: {topics}");
    let no_rubric: i64 = ctx.store().read(|c| Ok(c.query_row("SELECT count(*) FROM questions WHERE source = 'builtin' AND json_array_length(rubric) = 0", [], |r| r.get(0))?)).unwrap();
    assert_eq!(no_rubric, 0);
    // A second database built from the same bank gets the same ids (sync merges, not duplicates).
    let other = super::support::ctx();
    ok(&other, "question_bank_load", json!({}));
    let ids = |c: &Context| -> Vec<String> {
        c.store()
            .read(|c| {
                Ok(
                    c.prepare("SELECT id FROM questions WHERE source = 'builtin' ORDER BY id")?
                        .query_map([], |r| r.get(0))?
                        .collect::<rusqlite::Result<Vec<String>>>()?,
                )
            })
            .unwrap()
    };
    assert_eq!(ids(&ctx), ids(&other));
}

#[test]
fn a_mock_interview_draws_questions_records_scores_and_summarises() {
    let ctx = ctx();
    let m = ok(
        &ctx,
        "mock_interview_start",
        json!({"category": "behavioral", "difficulty": "medium", "count": 4}),
    );
    let items = m["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 4);
    for i in &items {
        assert_eq!(i["question"]["category"], "behavioral");
        assert_eq!(i["question"]["difficulty"], "medium");
        assert!(!i["question"]["rubric"].as_array().unwrap().is_empty());
    }
    let e = err(&ctx, "mock_interview_finish", json!({"id": m["id"]}));
    assert_eq!(e.field.as_deref(), Some("id"), "nothing answered yet");
    let e = err(
        &ctx,
        "mock_interview_answer",
        json!({"response_id": items[0]["response_id"], "score": 11}),
    );
    assert_eq!(e.field.as_deref(), Some("score"));
    for (i, score) in [(0, 8.0), (1, 6.0), (2, 4.0)] {
        ok(
            &ctx,
            "mock_interview_answer",
            json!({"response_id": items[i]["response_id"], "response_text": "Situation, task, action, result.", "score": score}),
        );
    }
    let done = ok(&ctx, "mock_interview_finish", json!({"id": m["id"]}));
    assert_eq!(done["is_completed"], true);
    assert_eq!(done["overall_score"].as_f64(), Some(60.0));
    assert!(done["performance_summary"]
        .as_str()
        .unwrap()
        .contains("Answered 3 of 4"));
    assert_eq!(done["by_category"][0]["category"], "behavioral");
    let e = err(
        &ctx,
        "mock_interview_answer",
        json!({"response_id": items[3]["response_id"], "score": 5}),
    );
    assert_eq!(e.code, ErrorCode::Conflict);
    let perf = ok(&ctx, "practice_performance", json!({}));
    assert_eq!(perf["series"][0]["category"], "behavioral");
    assert_eq!(perf["series"][0]["points"][0]["score"].as_f64(), Some(60.0));
    assert_eq!(
        ok(&ctx, "job_search_dashboard", json!({}))["mock_interviews_completed"],
        1
    );
    let e = err(
        &ctx,
        "mock_interview_start",
        json!({"category": "technical", "count": 0}),
    );
    assert_eq!(e.field.as_deref(), Some("count"));
}

fn correct_answer(ctx: &Context, question: &str) -> String {
    ctx.store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT correct_answer FROM questions WHERE id = ?1",
                [question],
                |r| r.get(0),
            )?)
        })
        .unwrap()
}

#[test]
fn quizzes_score_themselves_and_keep_daily_streaks() {
    let ctx = ctx();
    let qs = ok(&ctx, "quiz_start", json!({"count": 4}));
    let qs = qs.as_array().unwrap();
    assert_eq!(qs.len(), 4);
    assert!(qs
        .iter()
        .all(|q| q.get("correct_answer").is_none() && q["options"].as_array().unwrap().len() >= 3));
    let answers: Vec<Value> = qs
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let right = correct_answer(&ctx, q["id"].as_str().unwrap());
            let pick = if i < 3 {
                right
            } else {
                q["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_str().unwrap().to_string())
                    .find(|o| *o != right)
                    .unwrap()
            };
            json!({"question_id": q["id"], "selected_answer": pick})
        })
        .collect();
    let r = ok(
        &ctx,
        "quiz_submit",
        json!({"answers": answers, "day": "2026-11-01"}),
    );
    assert_eq!(
        (
            r["correct"].as_i64(),
            r["total"].as_i64(),
            r["score"].as_f64()
        ),
        (Some(3), Some(4), Some(75.0))
    );
    assert_eq!(r["marks"][3]["is_correct"], false);
    assert_eq!(r["quiz_streak"]["current"], 1);
    let one = json!([answers[0].clone()]);
    assert_eq!(
        ok(
            &ctx,
            "quiz_submit",
            json!({"answers": one, "day": "2026-11-01"})
        )["quiz_streak"]["current"],
        1,
        "same day"
    );
    assert_eq!(
        ok(
            &ctx,
            "quiz_submit",
            json!({"answers": one, "day": "2026-11-02"})
        )["quiz_streak"]["current"],
        2
    );
    let broken = ok(
        &ctx,
        "quiz_submit",
        json!({"answers": one, "day": "2026-11-04"}),
    );
    assert_eq!(
        (
            broken["quiz_streak"]["current"].as_i64(),
            broken["quiz_streak"]["best"].as_i64()
        ),
        (Some(1), Some(2))
    );

    let e = err(
        &ctx,
        "quiz_submit",
        json!({"answers": [{"question_id": "missing", "selected_answer": "x"}]}),
    );
    assert_eq!(e.field.as_deref(), Some("answers[0].question_id"));
    let open = ok(&ctx, "question_list", json!({"kind": "open", "limit": 1}));
    let e = err(
        &ctx,
        "quiz_submit",
        json!({"answers": [{"question_id": open["items"][0]["id"], "selected_answer": "x"}]}),
    );
    assert_eq!(e.field.as_deref(), Some("answers[0].question_id"));

    // Login streak: once a day, consecutive days add up, a gap starts over.
    for (day, want) in [
        ("2026-11-01", 1),
        ("2026-11-01", 1),
        ("2026-11-02", 2),
        ("2026-11-03", 3),
        ("2026-11-05", 1),
    ] {
        assert_eq!(
            ok(&ctx, "streak_check_in", json!({"day": day}))["login"]["current"],
            want,
            "{day}"
        );
    }
    let today = ok(&ctx, "streak_check_in", json!({}));
    assert_eq!(today["login"]["best"], 3);
    assert_eq!(today["login"]["done_today"], true);
    assert_eq!(
        ok(&ctx, "streak_get", json!({}))["login"]["current"],
        today["login"]["current"]
    );
}

#[test]
fn the_dashboard_shows_the_funnel_and_response_rates() {
    let ctx = ctx();
    let mk = |title: &str, source: &str, path: &[&str], resume: &str| {
        let j = job(
            &ctx,
            json!({"title": title, "company": "Co", "source": source}),
        );
        ok(
            &ctx,
            "job_application_create",
            json!({"tracked_job_id": j, "resume_label": resume}),
        );
        for s in path {
            ok(
                &ctx,
                "tracked_job_set_status",
                json!({"id": j, "status": s}),
            );
        }
    };
    mk(
        "A",
        "LinkedIn",
        &["interview_scheduled", "offer_received"],
        "v1",
    );
    mk("B", "LinkedIn", &["rejected"], "v2");
    mk("C", "LinkedIn", &[], "v2");
    mk("D", "Referral", &["interview_scheduled", "rejected"], "v1");
    job(&ctx, json!({"title": "E", "company": "Co"}));
    let d = ok(&ctx, "job_search_dashboard", json!({}));
    let funnel: Vec<i64> = d["funnel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["count"].as_i64().unwrap())
        .collect();
    assert_eq!(funnel, [5, 4, 2, 1]);
    let linkedin = d["response_by_source"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == "LinkedIn")
        .unwrap()
        .clone();
    assert_eq!(
        (linkedin["applied"].as_i64(), linkedin["responded"].as_i64()),
        (Some(3), Some(2))
    );
    assert!((linkedin["rate"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
    let v2 = d["response_by_resume"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == "v2")
        .unwrap()
        .clone();
    assert_eq!(
        (v2["applied"].as_i64(), v2["responded"].as_i64()),
        (Some(2), Some(1))
    );
    // Upcoming interviews appear; past ones do not.
    let j = job(&ctx, json!({"title": "F", "company": "Co"}));
    ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": j, "interview_type": "phone", "scheduled_at": as_of(2)}),
    );
    ok(
        &ctx,
        "interview_schedule",
        json!({"tracked_job_id": j, "interview_type": "phone", "scheduled_at": as_of(-2)}),
    );
    let d = ok(&ctx, "job_search_dashboard", json!({}));
    assert_eq!(d["upcoming_interviews"].as_array().unwrap().len(), 1);
    assert_eq!(d["upcoming_interviews"][0]["job_title"], "F");
}

#[test]
fn a_csv_import_previews_maps_columns_and_saves_all_or_nothing() {
    let (_dir, ctx) = file_ctx();
    let csv = "Job Title,Company Name,Where,Status,Salary From,Salary To,Date Applied,Resume,Link,Source\n\
               Backend Engineer,Initech,Austin,Applied,\"$95k\",120000,2026-10-03,Backend v2,https://initech.example/1,LinkedIn\n\
               Data Analyst,Globex,Remote,Interviewing,70000,50000,2026-10-05,Data v1,,Referral\n\
               Designer,Hooli,SF,Saved,,,,,https://hooli.example/d,\n";
    let preview = ok(&ctx, "job_import_preview", json!({"csv": csv}));
    let mapped: Vec<(String, Value)> = preview["mapping"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["column"].as_str().unwrap().to_string(),
                m["field"].clone(),
            )
        })
        .collect();
    assert!(mapped.contains(&("Job Title".into(), json!("title"))));
    assert!(mapped.contains(&("Date Applied".into(), json!("applied_at"))));
    assert!(
        mapped.contains(&("Where".into(), Value::Null)),
        "unknown headers are not guessed"
    );
    assert_eq!(
        (
            preview["total_rows"].as_i64(),
            preview["invalid_rows"].as_i64()
        ),
        (Some(3), Some(1))
    );
    assert_eq!(preview["rows"][0]["salary"], "95000–120000 USD");
    assert_eq!(
        preview["rows"][1]["error"]["field"],
        "rows[2].salary_max_minor"
    );
    assert_eq!(preview["rows"][2]["status"], "interested");

    // A bad row fails the whole import: nothing saved.
    let started = ok(&ctx, "job_import_start", json!({"csv": csv}));
    let info = ctx
        .tasks()
        .wait(started["task_id"].as_str().unwrap())
        .unwrap();
    assert_eq!(info.state, TaskState::Failed);
    assert_eq!(
        info.error.unwrap().field.as_deref(),
        Some("rows[2].salary_max_minor")
    );
    assert_eq!(count(&ctx, "tracked_jobs"), 0);

    // With the person's mapping (Where → location) and the row fixed, everything lands.
    let fixed = csv.replace("70000,50000", "50000,70000");
    let mut mapping = preview["mapping"].clone();
    for m in mapping.as_array_mut().unwrap() {
        if m["column"] == "Where" {
            m["field"] = json!("location");
        }
    }
    let started = ok(
        &ctx,
        "job_import_start",
        json!({"csv": fixed, "mapping": mapping}),
    );
    let info = ctx
        .tasks()
        .wait(started["task_id"].as_str().unwrap())
        .unwrap();
    assert_eq!(info.state, TaskState::Succeeded, "{info:?}");
    assert_eq!(info.result, Some(json!({"jobs": 3, "applications": 2})));
    assert_eq!((info.done, info.total), (3, 3));
    let jobs = ok(&ctx, "tracked_job_list", json!({"sort": "title"}));
    assert_eq!(
        titles(&jobs),
        ["Backend Engineer", "Data Analyst", "Designer"]
    );
    assert_eq!(jobs["items"][0]["location"], "Austin");
    assert_eq!(jobs["items"][0]["salary_min_minor"], 9_500_000);
    assert_eq!(jobs["items"][1]["status"], "interview_scheduled");
    let apps = ok(&ctx, "job_application_list", json!({}));
    assert!(apps.as_array().unwrap().iter().any(
        |a| a["resume_label"] == "Backend v2" && a["applied_at"] == "2026-10-03T00:00:00.000Z"
    ));

    let e = err(&ctx, "job_import_preview", json!({"csv": "Foo,Bar\n1,2\n"}));
    assert_eq!(e.field.as_deref(), Some("mapping"));
    let e = err(
        &ctx,
        "job_import_start",
        json!({"csv": csv, "mapping": [{"column": "Nope", "field": "title"}]}),
    );
    assert_eq!(e.field.as_deref(), Some("mapping[0].column"));
    let bad_date = "Title,Company,Date Applied\nX,Y,03/10/2026\n";
    let e = ok(&ctx, "job_import_preview", json!({"csv": bad_date}));
    assert_eq!(e["rows"][0]["error"]["field"], "rows[1].applied_at");
}

#[test]
fn everything_exports_to_json_and_csv() {
    let (dir, ctx) = file_ctx();
    let j = job(
        &ctx,
        json!({"title": "Engineer, \"Tools\"", "company": "Acme", "notes": "line one\nline two"}),
    );
    ok(
        &ctx,
        "job_application_create",
        json!({"tracked_job_id": j, "resume_label": "v1"}),
    );
    ok(
        &ctx,
        "goal_create",
        json!({"title": "Get hired", "milestones": [{"title": "Apply"}]}),
    );
    let json_path = dir.path().join("export.json");
    let r = ok(
        &ctx,
        "job_search_export",
        json!({"format": "json", "path": json_path.to_str().unwrap()}),
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(doc["jobs"][0]["title"], "Engineer, \"Tools\"");
    assert_eq!(doc["applications"][0]["resume_label"], "v1");
    assert_eq!(doc["status_history"].as_array().unwrap().len(), 2);
    assert_eq!(doc["milestones"].as_array().unwrap().len(), 1);
    assert!(r["counts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["table"] == "jobs" && c["rows"] == 1));

    let r = ok(&ctx, "job_search_export", json!({"format": "csv"}));
    let folder = std::path::PathBuf::from(r["path"].as_str().unwrap());
    assert!(folder.starts_with(dir.path().join("exports")));
    let mut reader = csv::Reader::from_path(folder.join("jobs.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let rec = reader.records().next().unwrap().unwrap();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&rec[col("title")], "Engineer, \"Tools\"");
    assert_eq!(&rec[col("notes")], "line one\nline two");
    assert!(folder.join("interviews.csv").exists() && folder.join("practice_scores.csv").exists());
}
