//! Interviews (issue 5 item 6): panels, the past and double bookings refused
//! with typed errors that name the field, reschedules, the `.ics` invitation
//! read back by an independent iCalendar parser, scorecards and the panel
//! summary.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use talentdesk_core::{Context, ErrorCode};

use crate::support::{count, ctx, err, id, ok};

fn at(days: i64, hour: u32) -> String {
    let d = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00:00Z", d.format("%Y-%m-%d"))
}

struct Team {
    lead: String,
    panel: Vec<String>,
    candidate: String,
}

fn team(ctx: &Context) -> Team {
    let user = |n: &str| {
        id(&ok(
            ctx,
            "user_create",
            json!({"email": format!("{n}@acme.test"), "full_name": n, "role": "interviewer"}),
        ))
    };
    let lead = user("Lena");
    let panel = vec![user("Pavel"), user("Quinn")];
    let candidate = id(&ok(
        ctx,
        "candidate_create",
        json!({"full_name": "Cara Diaz", "email": "cara@mail.test"}),
    ));
    Team {
        lead,
        panel,
        candidate,
    }
}

fn panel_interview(ctx: &Context, t: &Team, when: &str) -> Value {
    ok(
        ctx,
        "interview_schedule",
        json!({
            "candidate_id": t.candidate, "interviewer_id": t.lead, "panelist_ids": t.panel,
            "title": "Panel, platform team", "interview_type": "panel", "interview_mode": "in_person",
            "scheduled_at": when, "duration_minutes": 60, "timezone": "Europe/Berlin", "meeting_room": "Room 4B"
        }),
    )
}

#[test]
fn panel_interview_is_scheduled_with_everyone() {
    let ctx = ctx();
    let t = team(&ctx);
    let iv = panel_interview(&ctx, &t, &at(3, 9));
    assert_eq!(iv["panelist_ids"], json!(t.panel));
    assert_eq!(iv["meeting_room"], "Room 4B");
    assert_eq!(iv["timezone"], "Europe/Berlin");
    assert_eq!(iv["ics_sequence"], 0);
    assert_eq!(count(&ctx, "interview_panelists"), 2);
    // A panelist's list shows it too.
    let mine = ok(
        &ctx,
        "interview_list",
        json!({"interviewer_id": t.panel[1]}),
    );
    assert_eq!(mine["total"], 1);
}

#[test]
fn bad_interviews_are_refused_naming_the_field_and_nothing_is_saved() {
    let ctx = ctx();
    let t = team(&ctx);
    let first = panel_interview(&ctx, &t, &at(3, 9));
    let before = (
        count(&ctx, "interviews"),
        count(&ctx, "interview_panelists"),
    );

    let past = (Utc::now() - Duration::hours(2)).to_rfc3339();
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interview_type": "technical", "scheduled_at": past}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("scheduled_at")),
        "{e:?}"
    );

    let e = err(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interview_type": "technical", "scheduled_at": at(4, 9), "timezone": "Mars/Olympus"}),
    );
    assert_eq!(e.field.as_deref(), Some("timezone"));

    // The lead interviewer overlaps by 30 minutes.
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interviewer_id": t.lead, "interview_type": "technical",
               "scheduled_at": at(3, 9).replace("09:00", "09:30")}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DoubleBooked, Some("interviewer_id")),
        "{e:?}"
    );
    assert!(
        e.message.contains("Lena") && e.message.contains(&id(&first)),
        "{}",
        e.message
    );

    // A panelist, as a panelist elsewhere.
    let other_lead = id(&ok(
        &ctx,
        "user_create",
        json!({"email": "o@acme.test", "full_name": "Otto", "role": "interviewer"}),
    ));
    let e = err(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interviewer_id": other_lead, "panelist_ids": [t.panel[1]],
               "interview_type": "behavioral", "scheduled_at": at(3, 9)}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DoubleBooked, Some("panelist_ids"))
    );
    assert!(e.message.contains("Quinn"), "{}", e.message);
    assert_eq!(
        (
            count(&ctx, "interviews"),
            count(&ctx, "interview_panelists")
        ),
        before
    );

    // The warning before saving names the same clash; the override schedules anyway.
    let clashes = ok(
        &ctx,
        "interview_conflicts",
        json!({"scheduled_at": at(3, 9), "interviewer_id": other_lead, "panelist_ids": [t.panel[1]]}),
    );
    assert_eq!(clashes.as_array().map(Vec::len), Some(1));
    assert_eq!(clashes[0]["interview_id"], id(&first));
    ok(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interviewer_id": other_lead, "panelist_ids": [t.panel[1]],
               "interview_type": "behavioral", "scheduled_at": at(3, 9), "allow_double_booking": true}),
    );
    // Back to back is not a clash.
    ok(
        &ctx,
        "interview_schedule",
        json!({"candidate_id": t.candidate, "interviewer_id": t.lead, "interview_type": "hr", "scheduled_at": at(3, 10)}),
    );
}

fn property<'a>(
    event: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Vec<&'a ical::property::Property> {
    event.properties.iter().filter(|p| p.name == name).collect()
}

fn parse(ics: &str) -> ical::parser::ical::component::IcalEvent {
    let mut cals = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let cal = cals.next().expect("one calendar").expect("valid iCalendar");
    assert!(cals.next().is_none());
    assert_eq!(cal.events.len(), 1);
    assert!(cal
        .properties
        .iter()
        .any(|p| p.name == "VERSION" && p.value.as_deref() == Some("2.0")));
    cal.events.into_iter().next().expect("event")
}

fn value(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    property(event, name)[0].value.clone().unwrap_or_default()
}

#[test]
fn ics_invitation_parses_and_keeps_its_uid_across_reschedules() {
    let ctx = ctx();
    let t = team(&ctx);
    let when = at(5, 14);
    let iv = panel_interview(&ctx, &t, &when);
    let file = ok(&ctx, "interview_ics", json!({"id": id(&iv)}));
    let text = file["content"].as_str().expect("content");
    assert!(text.lines().all(|l| l.len() <= 75), "folded lines");
    assert!(text.contains("\r\n"));
    let ev = parse(text);
    let uid = value(&ev, "UID");
    assert_eq!(uid, format!("{}@talentdesk", id(&iv)));
    assert_eq!(value(&ev, "SEQUENCE"), "0");
    assert_eq!(
        value(&ev, "DTSTART"),
        when.replace(['-', ':'], "").replace("00Z", "00Z")
    );
    assert_eq!(value(&ev, "ORGANIZER"), "mailto:Lena@acme.test");
    let attendees: Vec<String> = property(&ev, "ATTENDEE")
        .iter()
        .map(|p| p.value.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        attendees,
        [
            "mailto:Pavel@acme.test",
            "mailto:Quinn@acme.test",
            "mailto:cara@mail.test"
        ]
    );
    assert!(value(&ev, "LOCATION").contains("Room 4B"));

    // A reschedule request, then the reschedule that answers it.
    let request = ok(
        &ctx,
        "interview_reschedule_request",
        json!({"interview_id": id(&iv), "reason": "candidate travelling", "proposed_times": [at(6, 10)]}),
    );
    assert_eq!(request["status"], "pending");
    let moved = ok(
        &ctx,
        "interview_reschedule",
        json!({"id": id(&iv), "scheduled_at": at(6, 10), "request_id": id(&request)}),
    );
    assert_eq!(
        (moved["status"].as_str(), moved["ics_sequence"].as_i64()),
        (Some("rescheduled"), Some(1))
    );
    let requests = ok(
        &ctx,
        "interview_reschedule_request_list",
        json!({"interview_id": id(&iv)}),
    );
    assert_eq!(requests["items"][0]["status"], "approved");
    let ev = parse(
        ok(&ctx, "interview_ics", json!({"id": id(&iv)}))["content"]
            .as_str()
            .expect("content"),
    );
    assert_eq!(value(&ev, "UID"), uid);
    assert_eq!(value(&ev, "SEQUENCE"), "1");

    // Rescheduling into the past is refused; cancelling sends a CANCEL with the next sequence.
    let e = err(
        &ctx,
        "interview_reschedule",
        json!({"id": id(&iv), "scheduled_at": "2020-01-01T10:00:00Z"}),
    );
    assert_eq!(e.field.as_deref(), Some("scheduled_at"));
    ok(
        &ctx,
        "interview_set_status",
        json!({"id": id(&iv), "status": "cancelled", "cancellation_reason": "role filled"}),
    );
    let text = ok(&ctx, "interview_ics", json!({"id": id(&iv)}))["content"]
        .as_str()
        .expect("content")
        .to_string();
    let ev = parse(&text);
    assert_eq!(
        (value(&ev, "SEQUENCE"), value(&ev, "STATUS")),
        ("2".to_string(), "CANCELLED".to_string())
    );
    let e = err(
        &ctx,
        "interview_reschedule",
        json!({"id": id(&iv), "scheduled_at": at(7, 10)}),
    );
    assert_eq!(e.code, ErrorCode::Conflict);
}

#[test]
fn no_show_is_recorded() {
    let ctx = ctx();
    let t = team(&ctx);
    let iv = panel_interview(&ctx, &t, &at(2, 8));
    let after = ok(
        &ctx,
        "interview_set_status",
        json!({"id": id(&iv), "status": "no_show"}),
    );
    assert_eq!(after["status"], "no_show");
}

#[test]
fn scorecards_one_per_interviewer_and_the_panel_summary() {
    let ctx = ctx();
    let t = team(&ctx);
    let iv = panel_interview(&ctx, &t, &at(2, 11));
    let card = |who: &str, overall: f64, rec: &str| {
        ok(
            &ctx,
            "feedback_submit",
            json!({"interview_id": id(&iv), "interviewer_id": who, "overall_rating": overall, "technical_skills_rating": 4,
                   "communication_rating": 3, "problem_solving_rating": overall, "culture_fit_rating": 5,
                   "skills_evaluated": {"Rust": 4, "SQL": 3}, "recommendation": rec, "strengths": "clear"}),
        )
    };
    // Out of range, and someone not on the panel: refused, nothing saved.
    let before = count(&ctx, "interview_feedback");
    for (field, input) in [
        ("culture_fit_rating", json!({"culture_fit_rating": 0})),
        ("overall_rating", json!({"overall_rating": 5.5})),
        (
            "skills_evaluated.Rust",
            json!({"skills_evaluated": {"Rust": 9}}),
        ),
    ] {
        let mut req =
            json!({"interview_id": id(&iv), "interviewer_id": t.lead, "recommendation": "hire"});
        req.as_object_mut()
            .expect("object")
            .extend(input.as_object().expect("object").clone());
        let e = err(&ctx, "feedback_submit", req);
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some(field)),
            "{e:?}"
        );
    }
    let outsider = id(&ok(
        &ctx,
        "user_create",
        json!({"email": "x@acme.test", "full_name": "Xan", "role": "interviewer"}),
    ));
    let e = err(
        &ctx,
        "feedback_submit",
        json!({"interview_id": id(&iv), "interviewer_id": outsider, "recommendation": "hire"}),
    );
    assert_eq!(e.field.as_deref(), Some("interviewer_id"));
    assert_eq!(count(&ctx, "interview_feedback"), before);

    let first = card(&t.lead, 4.0, "hire");
    let summary = ok(
        &ctx,
        "interview_panel_summary",
        json!({"interview_id": id(&iv)}),
    );
    assert_eq!(summary["complete"], false);
    assert_eq!(summary["missing"], json!(t.panel));
    assert!(summary["averages"].is_null());

    // The lead revises: still one card, same id.
    let revised = card(&t.lead, 5.0, "strong_hire");
    assert_eq!(id(&revised), id(&first));
    assert_eq!(
        ok(&ctx, "scorecard_list", json!({"interview_id": id(&iv)}))
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    card(&t.panel[0], 4.0, "hire");
    card(&t.panel[1], 2.0, "no_hire");
    let summary = ok(
        &ctx,
        "interview_panel_summary",
        json!({"interview_id": id(&iv)}),
    );
    assert_eq!(summary["complete"], true);
    assert_eq!(summary["averages"]["overall"], 3.67);
    assert_eq!(summary["averages"]["technical_skills"], 4.0);
    assert_eq!(
        summary["tally"],
        json!({"strong_hire": 1, "hire": 1, "no_hire": 1})
    );
    assert_eq!(summary["disagreement"], true);
    assert_eq!(
        summary["scorecards"][0]["skills_evaluated"],
        json!({"Rust": 4.0, "SQL": 3.0})
    );
}

#[test]
fn a_united_panel_shows_no_disagreement() {
    let ctx = ctx();
    let t = team(&ctx);
    let iv = panel_interview(&ctx, &t, &at(2, 15));
    for who in [&t.lead, &t.panel[0], &t.panel[1]] {
        ok(
            &ctx,
            "feedback_submit",
            json!({"interview_id": id(&iv), "interviewer_id": who, "overall_rating": 4, "recommendation": "hire"}),
        );
    }
    let summary = ok(
        &ctx,
        "interview_panel_summary",
        json!({"interview_id": id(&iv)}),
    );
    assert_eq!(
        (
            summary["complete"].as_bool(),
            summary["disagreement"].as_bool()
        ),
        (Some(true), Some(false))
    );
    assert_eq!(summary["tally"], json!({"hire": 3}));
}
