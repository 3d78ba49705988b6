//! Table-specific rules on top of the generic row factory. WHY: some
//! consistency cannot be read from the schema — an application's stage must
//! belong to the same requisition, its status must match the stage, a seeker's
//! interview belongs to their own tracked job, a skill row should name the
//! skill it points at. The engine calls `pre` (choose structural parents),
//! `post` (make values agree), and `record` (remember what later tables need).
//! Every rule looks columns up by name and silently skips missing ones, so a
//! migration that renames a column degrades realism, never correctness.

mod catalog;
mod hiring;
mod people;

use std::collections::BTreeMap;

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::engine::{Engine, TablePlan};
use super::row::{Person, Row};
use super::values::Gen;
use crate::error::Result;

/// Which users a `users` foreign key should point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    Any,
    /// Recruiting-side users (recruiters, admins, interviewers, ...).
    Staff,
    /// Job seekers and candidates (the local user often).
    Seeker,
    /// Users with one role.
    Role(&'static str),
}

/// Tables whose `user_id` is the job seeker who owns the row.
const SEEKER_TABLES: &[&str] = &[
    "tracked_jobs",
    "career_goals",
    "mock_interviews",
    "performance_metrics",
    "saved_jobs",
    "recently_viewed_jobs",
    "profile_completion_analytics",
    "user_badges",
    "user_points",
    "profile_reminders",
    "conversations",
    "assessment_attempts",
    "candidates",
    "applications",
    "interviews",
    "ai_notification_queue",
    "job_view_sessions",
    "match_results",
    "documents",
];

/// Pool for `table.column` pointing at `users`.
pub fn user_pool(table: &str, column: &str) -> Pool {
    match (table, column) {
        ("recruiters", "user_id") => Pool::Role("recruiter"),
        ("associates", "user_id") => Pool::Role("associate"),
        ("interviewer_profiles" | "interview_panelists", "user_id") | (_, "interviewer_id") => {
            Pool::Role("interviewer")
        }
        (t, "user_id") if SEEKER_TABLES.contains(&t) => Pool::Seeker,
        (
            _,
            "user_id" | "shared_with_user_id" | "sender_user_id" | "triggered_by" | "requested_by",
        ) => Pool::Any,
        _ => Pool::Staff,
    }
}

/// Links of one application, by row index (u32::MAX = none).
#[derive(Debug, Clone, Copy)]
pub struct AppLink {
    pub candidate: u32,
    pub requisition: u32,
    pub user: u32,
}

pub const NONE: u32 = u32::MAX;

/// Facts about generated rows that later tables need.
#[derive(Debug, Default)]
pub struct Extras {
    pub by_role: BTreeMap<String, Vec<usize>>,
    pub staff: Vec<usize>,
    pub seekers: Vec<usize>,
    pub user_person: Vec<Option<Person>>,
    /// Skills table rows: (name, category).
    pub skills: Vec<(&'static str, &'static str)>,
    /// Stage rows per requisition, by pipeline position.
    pub stages: Vec<Vec<usize>>,
    pub tracked_owner: Vec<usize>,
    pub apps: Vec<AppLink>,
    /// Applications before this index are requisition applications.
    pub tracked_app_start: usize,
    pub candidate_user: Vec<Option<usize>>,
    pub candidate_resume: Vec<Option<usize>>,
    pub conv_is_app: Vec<bool>,
}

impl Extras {
    /// A user row for `pool`; `None` means "any user".
    pub fn pick_user(&self, rng: &mut ChaCha8Rng, pool: Pool) -> Option<usize> {
        let from = |v: &Vec<usize>, rng: &mut ChaCha8Rng| {
            (!v.is_empty()).then(|| v[rng.gen_range(0..v.len())])
        };
        match pool {
            Pool::Any => None,
            Pool::Staff => from(&self.staff, rng),
            Pool::Seeker => {
                // The local job seeker (first user) owns a good share of seeker data.
                let local = self.seekers.first().copied().filter(|&u| u == 0);
                match local {
                    Some(u) if rng.gen_bool(0.3) => Some(u),
                    _ => from(&self.seekers, rng),
                }
            }
            Pool::Role(r) => self
                .by_role
                .get(r)
                .and_then(|v| from(v, rng))
                .or_else(|| from(&self.staff, rng)),
        }
    }
}

/// Value of a column by name.
pub fn get<'r>(tp: &TablePlan, row: &'r Row, name: &str) -> Option<&'r Value> {
    tp.idx(name).map(|c| &row.vals[c])
}

/// Text value of a column by name.
pub fn get_str<'r>(tp: &TablePlan, row: &'r Row, name: &str) -> Option<&'r str> {
    match get(tp, row, name) {
        Some(Value::Text(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// Integer value of a column by name.
pub fn get_int(tp: &TablePlan, row: &Row, name: &str) -> Option<i64> {
    match get(tp, row, name) {
        Some(Value::Integer(n)) => Some(*n),
        _ => None,
    }
}

/// Set a column if it exists.
pub fn set(tp: &TablePlan, row: &mut Row, name: &str, v: Value) {
    if let Some(c) = tp.idx(name) {
        row.vals[c] = v;
    }
}

pub fn set_text(tp: &TablePlan, row: &mut Row, name: &str, s: impl Into<String>) {
    set(tp, row, name, Value::Text(s.into()));
}

/// Set an enum column only if the CHECK list allows the value.
pub fn set_enum(tp: &TablePlan, row: &mut Row, name: &str, value: &str) {
    if enum_allows(tp, name, value) {
        set_text(tp, row, name, value);
    }
}

pub fn enum_allows(tp: &TablePlan, name: &str, value: &str) -> bool {
    match tp.idx(name).map(|c| &tp.cols[c].gen) {
        Some(Gen::Enum(values, _)) => values
            .iter()
            .any(|v| matches!(v, Value::Text(s) if s == value)),
        Some(Gen::Text(_)) => true,
        _ => false,
    }
}

/// Parent row chosen for an FK column.
pub fn parent(tp: &TablePlan, row: &Row, name: &str) -> Option<usize> {
    tp.idx(name).and_then(|c| row.parents[c])
}

/// Choose (or clear) the parent row of an FK column.
pub fn set_parent(tp: &TablePlan, row: &mut Row, name: &str, p: Option<usize>) {
    if let Some(c) = tp.idx(name) {
        if tp.fk_parent[c].is_some() && (p.is_some() || !tp.cols[c].not_null) {
            row.parents[c] = p;
        }
    }
}

/// Before values are generated: choose structural parents.
pub fn pre(e: &mut Engine, tp: &TablePlan, row: &mut Row) -> Result<()> {
    match tp.name.as_str() {
        "candidates" => people::candidate_pre(e, tp, row),
        "pipeline_stages" => hiring::stage_pre(e, tp, row),
        "applications" => hiring::application_pre(e, tp, row),
        "interviews" => hiring::interview_pre(e, tp, row),
        "conversations" => hiring::conversation_pre(e, tp, row),
        _ => {}
    }
    Ok(())
}

/// After values are generated: make them agree with each other.
pub fn post(e: &mut Engine, tp: &TablePlan, row: &mut Row) -> Result<()> {
    match tp.name.as_str() {
        "users" => people::user_post(e, tp, row),
        "candidates" => people::candidate_post(e, tp, row),
        "work_experiences" | "educations" => people::history_post(e, tp, row),
        "documents" => people::document_post(e, tp, row),
        "resumes" => people::resume_post(e, tp, row),
        "certifications" => people::certification_post(e, tp, row),
        "candidate_skills" | "requisition_skills" | "candidate_skill_ratings" => {
            catalog::skill_ref_post(e, tp, row)
        }
        "pipeline_stages" => hiring::stage_post(e, tp, row),
        "requisitions" => hiring::requisition_post(e, tp, row),
        "tracked_jobs" => hiring::tracked_job_post(e, tp, row),
        "job_status_changes" => hiring::status_change_post(e, tp, row),
        "applications" => hiring::application_post(e, tp, row),
        "application_timeline" => hiring::timeline_post(e, tp, row),
        "interviews" => hiring::interview_post(e, tp, row),
        "calendar_events" => hiring::calendar_post(e, tp, row),
        "conversations" => hiring::conversation_post(e, tp, row),
        "messages" => hiring::message_post(e, tp, row),
        "assessment_attempts" | "coding_submissions" => hiring::score_post(e, tp, row),
        _ => catalog::post(e, tp, row),
    }
    Ok(())
}

/// After insert: remember what later tables need.
pub fn record(e: &mut Engine, tp: &TablePlan, row: &Row, i: u64) {
    let i = i as usize;
    match tp.name.as_str() {
        "users" => {
            let role = get_str(tp, row, "role").unwrap_or("job_seeker").to_string();
            if matches!(role.as_str(), "job_seeker" | "candidate") {
                e.x.seekers.push(i);
            } else {
                e.x.staff.push(i);
            }
            e.x.by_role.entry(role).or_default().push(i);
            e.x.user_person.push(row.ctx.person_if_any().cloned());
        }
        "skills" => {
            let name = get_str(tp, row, "name").unwrap_or("");
            let entry = super::words::SKILLS
                .iter()
                .find(|(n, _)| *n == name)
                .copied()
                .unwrap_or(("SQL", "technical"));
            e.x.skills.push(entry);
        }
        "pipeline_stages" => {
            if let Some(r) = parent(tp, row, "requisition_id") {
                if e.x.stages.len() <= r {
                    e.x.stages.resize(r + 1, Vec::new());
                }
                e.x.stages[r].push(i);
            }
        }
        "tracked_jobs" => {
            e.x.tracked_owner
                .push(parent(tp, row, "user_id").unwrap_or(0))
        }
        "candidates" => e.x.candidate_user.push(parent(tp, row, "user_id")),
        "resumes" => {
            if let (Some(c), Some(1)) = (
                parent(tp, row, "candidate_id"),
                get_int(tp, row, "is_primary"),
            ) {
                if e.x.candidate_resume.len() <= c {
                    e.x.candidate_resume.resize(c + 1, None);
                }
                e.x.candidate_resume[c] = Some(i);
            }
        }
        "applications" => {
            let idx = |n: &str| parent(tp, row, n).map_or(NONE, |p| p as u32);
            e.x.apps.push(AppLink {
                candidate: idx("candidate_id"),
                requisition: idx("requisition_id"),
                user: idx("user_id"),
            });
        }
        "conversations" => {
            e.x.conv_is_app
                .push(parent(tp, row, "application_id").is_some())
        }
        _ => {}
    }
}

/// Back-fill of a deferred key done with one targeted statement per row;
/// `None` when the generic random back-fill should be used instead.
pub fn backfill(conn: &Connection, e: &Engine, table: &str, column: &str) -> Result<Option<u64>> {
    people::backfill(conn, e, table, column)
}

/// Aggregates that summarize child rows (applicant counts...).
pub fn finalize(conn: &Connection, e: &Engine) -> Result<()> {
    hiring::finalize(conn, e)?;
    catalog::finalize(conn, e)
}
