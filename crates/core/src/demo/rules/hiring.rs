//! Rules for the hiring flow: pipeline stages per requisition, applications
//! whose stage and status agree, timelines that move between stages of the
//! same requisition, interviews tied to an application (or a seeker's own
//! tracked job), chats, and score consistency. WHY: these tables are joined
//! everywhere in the UI; a mismatch (a stage from another requisition, a
//! "hired" status in the "New" column) would be visible immediately.

use rand::Rng;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::{
    enum_allows, get_int, get_str, parent, set, set_enum, set_parent, set_text, AppLink, NONE,
};
use crate::demo::clock::{self, DAY};
use crate::demo::engine::{Engine, TablePlan};
use crate::demo::row::{pick, Row};
use crate::demo::text;
use crate::demo::values::Gen;
use crate::demo::words;
use crate::error::Result;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;

/// Share of applications per pipeline position (New..Withdrawn).
const STAGE_WEIGHTS: &[u32] = &[30, 22, 15, 5, 4, 19, 5];

/// Application status for a stage kind.
fn status_for_kind(kind: &str, alt: bool) -> &'static str {
    match kind {
        "new" if alt => "submitted",
        "new" => "new",
        "screening" if alt => "under_review",
        "screening" => "screening",
        "interview" => "interview",
        "offer" => "offer",
        "hired" => "hired",
        "rejected" => "rejected",
        "withdrawn" => "withdrawn",
        _ => "under_review",
    }
}

fn weighted(rng: &mut impl Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut x = rng.gen_range(0..total.max(1));
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    0
}

pub fn stage_pre(_e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let i = row.ctx.index as usize;
    let per = words::PIPELINE.len();
    // The first set is the workspace default (no requisition).
    set_parent(tp, row, "requisition_id", (i / per).checked_sub(1));
}

pub fn stage_post(_e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let k = row.ctx.index as usize % words::PIPELINE.len();
    let (name, kind) = words::PIPELINE[k];
    set_text(tp, row, "name", name);
    set_enum(tp, row, "kind", kind);
    set(tp, row, "position", Value::Integer(k as i64));
}

/// Realistic `min <= max` salary band in the row's currency.
fn salary_band(e: &mut Engine, tp: &TablePlan, row: &mut Row, min: &str, max: &str) {
    if let Some(Value::Integer(lo)) = super::get(tp, row, min).cloned() {
        let spread = e.rng.gen_range(110..=150);
        set(
            tp,
            row,
            max,
            Value::Integer(lo * spread / 100 / 100_000 * 100_000),
        );
    }
}

pub fn requisition_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    salary_band(e, tp, row, "min_salary_minor", "max_salary_minor");
    let lo = row.ctx.years(&mut e.rng).min(12);
    set_enum(tp, row, "experience_level", super::people::level_for(lo));
    set(tp, row, "min_experience_years", Value::Real(f64::from(lo)));
    set(
        tp,
        row,
        "max_experience_years",
        Value::Real(f64::from(lo + e.rng.gen_range(2..6))),
    );
    set_text(tp, row, "experience_required", format!("{lo}+ years"));
    let status = get_str(tp, row, "status").unwrap_or("open").to_string();
    let published = matches!(
        status.as_str(),
        "open" | "sourcing" | "interviewing" | "offer" | "filled"
    );
    set(
        tp,
        row,
        "is_published",
        Value::Integer(i64::from(published)),
    );
    if published {
        let at = clock::format_ts(row.ctx.t0 + e.rng.gen_range(HOUR..3 * DAY));
        set_text(tp, row, "published_at", at);
    } else if let Some(c) = tp.idx("published_at") {
        e.clear(tp, row, c);
    }
    let title = row.ctx.job_title(&mut e.rng);
    let company = row.ctx.company(&mut e.rng);
    set_text(tp, row, "meta_title", format!("{title} at {company}"));
}

pub fn tracked_job_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    salary_band(e, tp, row, "salary_min_minor", "salary_max_minor");
    if get_str(tp, row, "status") == Some("interested") {
        if let Some(c) = tp.idx("applied_at") {
            e.clear(tp, row, c);
        }
    } else if super::get(tp, row, "applied_at") == Some(&Value::Null) {
        let at = clock::format_ts(row.ctx.t0 + e.rng.gen_range(HOUR..2 * DAY));
        set_text(tp, row, "applied_at", at);
    }
}

/// Order a tracked job moves through.
const JOB_FLOW: &[&str] = &[
    "interested",
    "applied",
    "interview_scheduled",
    "interview_completed",
    "offer_received",
    "accepted",
];

pub fn status_change_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let to = get_str(tp, row, "to_status")
        .unwrap_or("applied")
        .to_string();
    let from = match JOB_FLOW.iter().position(|s| *s == to) {
        Some(0) => None,
        Some(k) => Some(JOB_FLOW[k - 1]),
        // rejected / withdrawn can happen from any active status.
        None => Some(JOB_FLOW[e.rng.gen_range(1..4)]),
    };
    match (from, tp.idx("from_status")) {
        (Some(f), _) => set_enum(tp, row, "from_status", f),
        (None, Some(c)) => e.clear(tp, row, c),
        _ => {}
    }
}

/// Skewed pick: older requisitions collect more applicants.
fn skewed(rng: &mut impl Rng, len: usize) -> usize {
    let u: f64 = rng.gen();
    ((u.powf(1.6) * len as f64) as usize).min(len.saturating_sub(1))
}

pub fn application_pre(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let i = row.ctx.index as usize;
    let reqs = e.x.stages.len();
    let tracked = e.x.tracked_owner.len();
    let candidates = e.x.candidate_user.len();
    let to_requisition = (i < e.x.tracked_app_start || tracked == 0) && reqs > 0 && candidates > 0;
    if to_requisition {
        let r = skewed(&mut e.rng, reqs);
        let c = e.rng.gen_range(0..candidates);
        let k = weighted(&mut e.rng, STAGE_WEIGHTS);
        set_parent(tp, row, "requisition_id", Some(r));
        set_parent(tp, row, "tracked_job_id", None);
        set_parent(tp, row, "candidate_id", Some(c));
        set_parent(tp, row, "user_id", e.x.candidate_user[c]);
        set_parent(tp, row, "stage_id", e.x.stages[r].get(k).copied());
        set_parent(
            tp,
            row,
            "resume_id",
            e.x.candidate_resume.get(c).copied().flatten(),
        );
        row.ctx.aux = k as u32;
    } else if tracked > 0 {
        let t = (i - e.x.tracked_app_start.min(i)) % tracked;
        set_parent(tp, row, "tracked_job_id", Some(t));
        set_parent(tp, row, "requisition_id", None);
        set_parent(tp, row, "user_id", Some(e.x.tracked_owner[t]));
        for c in ["candidate_id", "stage_id", "recruiter_id", "resume_id"] {
            set_parent(tp, row, c, None);
        }
        row.ctx.aux = u32::MAX;
    }
}

pub fn application_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let k = row.ctx.aux as usize;
    let status = match words::PIPELINE.get(k) {
        Some((_, kind)) => {
            let alt = e.rng.gen_bool(0.4);
            status_for_kind(kind, alt)
        }
        None => words_pick(
            e,
            &[
                ("submitted", 40),
                ("under_review", 15),
                ("interview", 15),
                ("offer", 5),
                ("accepted", 3),
                ("rejected", 17),
                ("withdrawn", 5),
            ],
        ),
    };
    set_enum(tp, row, "status", status);
    let closed = matches!(status, "hired" | "accepted" | "rejected" | "withdrawn");
    set(tp, row, "is_active", Value::Integer(i64::from(!closed)));
    if status == "rejected" {
        let reason = pick(&mut e.rng, words::REJECTION_REASONS);
        set_text(tp, row, "rejection_reason", reason);
    } else if let Some(c) = tp.idx("rejection_reason") {
        e.clear(tp, row, c);
    }
    if k < words::PIPELINE.len() {
        let follow = match status {
            "interview" => Some("interview_scheduled"),
            "offer" => Some("offered"),
            "hired" => Some("joined"),
            "screening" | "under_review" => Some("shortlisted"),
            "rejected" => Some("rejected"),
            _ => None,
        };
        match (follow, tp.idx("follow_up_status")) {
            (Some(f), _) if e.rng.gen_bool(0.6) => set_enum(tp, row, "follow_up_status", f),
            (_, Some(c)) => e.clear(tp, row, c),
            _ => {}
        }
    } else if let Some(c) = tp.idx("follow_up_status") {
        e.clear(tp, row, c);
    }
    let applied = clock::format_ts(row.ctx.t0);
    set_text(tp, row, "applied_at", applied);
}

fn words_pick(e: &mut Engine, options: &[(&'static str, u32)]) -> &'static str {
    let weights: Vec<u32> = options.iter().map(|o| o.1).collect();
    options[weighted(&mut e.rng, &weights)].0
}

pub fn timeline_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let link = parent(tp, row, "application_id").and_then(|a| e.x.apps.get(a).copied());
    let stages = link
        .filter(|l| l.requisition != NONE)
        .and_then(|l| e.x.stages.get(l.requisition as usize))
        .cloned();
    match stages {
        Some(stages) if stages.len() >= 2 => {
            let to = e.rng.gen_range(1..stages.len());
            let from = if to <= 4 {
                to - 1
            } else {
                e.rng.gen_range(0..4.min(to))
            };
            set_parent(tp, row, "from_stage_id", Some(stages[from]));
            set_parent(tp, row, "to_stage_id", Some(stages[to]));
            set_enum(tp, row, "event_type", "stage_move");
            set_text(
                tp,
                row,
                "previous_status",
                status_for_kind(words::PIPELINE[from].1, false),
            );
            set_text(
                tp,
                row,
                "new_status",
                status_for_kind(words::PIPELINE[to].1, false),
            );
        }
        _ => {
            set_parent(tp, row, "from_stage_id", None);
            set_parent(tp, row, "to_stage_id", None);
            set_enum(tp, row, "event_type", "status_change");
            set_text(tp, row, "previous_status", "submitted");
            set_text(
                tp,
                row,
                "new_status",
                pick(
                    &mut e.rng,
                    &["under_review", "interview", "offer", "rejected"],
                ),
            );
        }
    }
}

pub fn interview_pre(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let req_apps = e.x.tracked_app_start.min(e.x.apps.len());
    let tracked = e.x.tracked_owner.len();
    if req_apps > 0 && (tracked == 0 || e.rng.gen_bool(0.8)) {
        let a = e.rng.gen_range(0..req_apps);
        let AppLink {
            candidate,
            requisition,
            ..
        } = e.x.apps[a];
        set_parent(tp, row, "application_id", Some(a));
        set_parent(
            tp,
            row,
            "candidate_id",
            (candidate != NONE).then_some(candidate as usize),
        );
        set_parent(
            tp,
            row,
            "requisition_id",
            (requisition != NONE).then_some(requisition as usize),
        );
        set_parent(tp, row, "user_id", None);
        set_parent(tp, row, "tracked_job_id", None);
    } else if tracked > 0 {
        let t = e.rng.gen_range(0..tracked);
        let app = e.x.tracked_app_start + t;
        set_parent(tp, row, "tracked_job_id", Some(t));
        set_parent(tp, row, "user_id", Some(e.x.tracked_owner[t]));
        set_parent(
            tp,
            row,
            "application_id",
            (app < e.x.apps.len()).then_some(app),
        );
        for c in [
            "candidate_id",
            "requisition_id",
            "assessment_application_id",
        ] {
            set_parent(tp, row, c, None);
        }
    }
}

/// A weekday-ish working-hours slot on the day of `ms`.
fn slot(e: &mut Engine, ms: i64) -> i64 {
    ms.div_euclid(DAY) * DAY + 8 * HOUR + e.rng.gen_range(0..18) * 30 * MINUTE
}

pub fn interview_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let status = get_str(tp, row, "status")
        .unwrap_or("scheduled")
        .to_string();
    let duration = get_int(tp, row, "duration_minutes").unwrap_or(60);
    let upcoming = matches!(status.as_str(), "scheduled" | "rescheduled");
    let base = if upcoming {
        clock::NOW_MS + e.rng.gen_range(DAY..30 * DAY)
    } else {
        row.ctx.t0 + e.rng.gen_range(DAY..14 * DAY)
    };
    let at = slot(e, base);
    set_text(tp, row, "scheduled_at", clock::format_ts(at));
    let clear = |e: &mut Engine, row: &mut Row, name: &str| {
        if let Some(c) = tp.idx(name) {
            e.clear(tp, row, c);
        }
    };
    match status.as_str() {
        "completed" => {
            let passed = e.rng.gen_bool(0.55);
            set_enum(tp, row, "outcome", if passed { "passed" } else { "failed" });
            set(
                tp,
                row,
                "feedback_given",
                Value::Integer(i64::from(e.rng.gen_bool(0.9))),
            );
            let actual = (duration + e.rng.gen_range(-10..=10)).max(5);
            set_text(tp, row, "started_at", clock::format_ts(at + 2 * MINUTE));
            set_text(
                tp,
                row,
                "ended_at",
                clock::format_ts(at + (2 + actual) * MINUTE),
            );
            set(tp, row, "actual_duration_minutes", Value::Integer(actual));
        }
        "in_progress" => {
            set_enum(tp, row, "outcome", "pending");
            set_text(tp, row, "started_at", clock::format_ts(at));
            clear(e, row, "ended_at");
            clear(e, row, "actual_duration_minutes");
        }
        _ => {
            set_enum(tp, row, "outcome", "pending");
            set(tp, row, "feedback_given", Value::Integer(0));
            for c in [
                "started_at",
                "ended_at",
                "actual_duration_minutes",
                "meeting_notes",
            ] {
                clear(e, row, c);
            }
        }
    }
    if status == "cancelled" {
        if super::get(tp, row, "cancellation_reason") == Some(&Value::Null) {
            let reason = pick(
                &mut e.rng,
                &[
                    "Candidate withdrew",
                    "Interviewer out sick",
                    "Role put on hold",
                    "Scheduling conflict",
                ],
            );
            set_text(tp, row, "cancellation_reason", reason);
        }
    } else {
        clear(e, row, "cancellation_reason");
    }
    let mode = match get_str(tp, row, "interview_type") {
        Some("phone" | "screening") => "phone",
        Some("onsite" | "panel" | "final") if e.rng.gen_bool(0.6) => "in_person",
        _ => "video",
    };
    set_enum(tp, row, "interview_mode", mode);
    if mode != "video" {
        clear(e, row, "meeting_link");
    }
    if mode != "in_person" {
        clear(e, row, "meeting_room");
        clear(e, row, "location");
    }
}

pub fn calendar_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let offset = e.rng.gen_range(DAY..45 * DAY);
    let start = slot(e, row.ctx.t0 + offset);
    let minutes = pick(&mut e.rng, &[30i64, 45, 60, 60, 90]);
    set_text(tp, row, "starts_at", clock::format_ts(start));
    set_text(
        tp,
        row,
        "ends_at",
        clock::format_ts(start + minutes * MINUTE),
    );
}

pub fn conversation_pre(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let apps = e.x.apps.len();
    if apps > 0 && e.rng.gen_bool(0.35) {
        let a = e.rng.gen_range(0..apps);
        let user = e.x.apps[a].user;
        set_parent(tp, row, "application_id", Some(a));
        set_parent(tp, row, "user_id", (user != NONE).then_some(user as usize));
        row.ctx.aux = 1;
    } else {
        set_parent(tp, row, "application_id", None);
        let user = e.x.pick_user(&mut e.rng, super::Pool::Seeker);
        if user.is_some() {
            set_parent(tp, row, "user_id", user);
        }
        row.ctx.aux = 0;
    }
}

pub fn conversation_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    if parent(tp, row, "application_id").is_some() {
        set_enum(tp, row, "context", "application_chat");
        return;
    }
    let options: Vec<String> = match tp.idx("context").map(|c| &tp.cols[c].gen) {
        Some(Gen::Enum(values, _)) => values
            .iter()
            .filter_map(|v| match v {
                Value::Text(s) if s != "application_chat" => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if !options.is_empty() {
        let pick = options[e.rng.gen_range(0..options.len())].clone();
        set_text(tp, row, "context", pick);
    }
}

pub fn message_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let is_app = parent(tp, row, "conversation_id")
        .and_then(|c| e.x.conv_is_app.get(c).copied())
        .unwrap_or(false);
    let sender = if is_app {
        pick(&mut e.rng, &["candidate", "bot", "recruiter"])
    } else {
        pick(
            &mut e.rng,
            &["user", "assistant", "assistant", "user", "system"],
        )
    };
    if enum_allows(tp, "sender_type", sender) {
        set_text(tp, row, "sender_type", sender);
        let content = match sender {
            "user" | "candidate" => text::person_message(&mut e.rng, &mut row.ctx),
            _ => text::staff_message(&mut e.rng, &mut row.ctx),
        };
        set_text(tp, row, "content", content);
    }
    let pool = match sender {
        "recruiter" => Some(super::Pool::Staff),
        "user" | "candidate" => Some(super::Pool::Seeker),
        _ => None,
    };
    match (pool, tp.idx("sender_user_id")) {
        (Some(pool), _) => {
            let u = e.x.pick_user(&mut e.rng, pool);
            set_parent(tp, row, "sender_user_id", u);
        }
        (None, Some(c)) => e.clear(tp, row, c),
        _ => {}
    }
}

/// Scores that follow from counts (attempts and coding submissions).
pub fn score_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let (total_col, done_col, pct_col) = if tp.name == "coding_submissions" {
        ("tests_total", "tests_passed", "score")
    } else {
        ("total_questions", "correct_answers", "score_percentage")
    };
    let total = get_int(tp, row, total_col).unwrap_or(10).max(1);
    let done = e.rng.gen_range(0..=total);
    set(tp, row, done_col, Value::Integer(done));
    let pct = ((done as f64 / total as f64) * 1_000.0).round() / 10.0;
    set(tp, row, pct_col, Value::Real(pct));
    if tp.name == "coding_submissions"
        && matches!(get_str(tp, row, "status"), Some("passed" | "failed"))
    {
        set_enum(
            tp,
            row,
            "status",
            if done == total { "passed" } else { "failed" },
        );
    }
    if tp.name == "assessment_attempts" && get_int(tp, row, "is_completed") == Some(0) {
        if let Some(c) = tp.idx(pct_col) {
            e.clear(tp, row, c);
        }
    }
}

/// Applicant counters on each demo requisition.
pub fn finalize(conn: &Connection, e: &Engine) -> Result<()> {
    let Some(t) = e.table_index("requisitions") else {
        return Ok(());
    };
    if e.table_index("applications").is_none() || e.table_index("pipeline_stages").is_none() {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(
        "UPDATE requisitions SET
            total_applicants = (SELECT count(*) FROM applications a WHERE a.requisition_id = ?1),
            total_interviewed = (SELECT count(*) FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id
                                 WHERE a.requisition_id = ?1 AND s.kind IN ('interview','offer','hired')),
            total_hired = (SELECT count(*) FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id
                           WHERE a.requisition_id = ?1 AND s.kind = 'hired')
         WHERE id = ?1",
    )?;
    for id in &e.ids[t] {
        stmt.execute([id])?;
    }
    let mut filled = conn.prepare_cached(
        "UPDATE requisitions SET positions_filled = min(total_hired, openings) WHERE id = ?1",
    )?;
    for id in &e.ids[t] {
        filled.execute([id])?;
    }
    Ok(())
}
