//! Interviews: the one interview model for both sides. A recruiting interview
//! belongs to a candidate (and usually an application); a job seeker's own
//! interview belongs to the local user and one of their tracked jobs.
//! Scorecards (interview_feedback) are one per interviewer, since panels have
//! several.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    ensure_exists, ensure_optional, json_strings, optional_text, optional_timestamp, optional_url,
    page, strings_from_json, timestamp, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum InterviewType {
        Phone = "phone", Video = "video", Onsite = "onsite", Screening = "screening", Technical = "technical",
        Behavioral = "behavioral", Cultural = "cultural", Panel = "panel", Final = "final", Hr = "hr",
    }
}

string_enum! {
    pub enum InterviewMode { Video = "video", Phone = "phone", InPerson = "in_person", Ai = "ai" }
}

string_enum! {
    pub enum InterviewStatus {
        Scheduled = "scheduled", InProgress = "in_progress", Completed = "completed",
        Cancelled = "cancelled", NoShow = "no_show", Rescheduled = "rescheduled",
    }
}

string_enum! {
    pub enum InterviewOutcome { Pending = "pending", Passed = "passed", Failed = "failed" }
}

string_enum! {
    pub enum Recommendation {
        StrongHire = "strong_hire", Hire = "hire", Maybe = "maybe", NoHire = "no_hire", StrongNoHire = "strong_no_hire",
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Interview {
    pub id: String,
    pub title: Option<String>,
    pub candidate_id: Option<String>,
    pub application_id: Option<String>,
    pub requisition_id: Option<String>,
    pub tracked_job_id: Option<String>,
    pub user_id: Option<String>,
    pub interviewer_id: Option<String>,
    pub interview_type: InterviewType,
    pub interview_mode: InterviewMode,
    pub scheduled_at: String,
    pub duration_minutes: i64,
    pub timezone: String,
    pub location: Option<String>,
    pub meeting_link: Option<String>,
    pub status: InterviewStatus,
    pub outcome: InterviewOutcome,
    pub feedback_given: bool,
    pub preparation_notes: Option<String>,
    /// People on the other side, by name (a job seeker's own interviews).
    pub interviewers: Vec<String>,
    pub outcome_notes: Option<String>,
}

const INTERVIEW_COLUMNS: &str = "id, title, candidate_id, application_id, requisition_id, tracked_job_id, user_id,
     interviewer_id, interview_type, interview_mode, scheduled_at, duration_minutes, timezone, location, meeting_link,
     status, outcome, feedback_given, preparation_notes, additional_interviewers, outcome_notes";

fn interview_from_row(r: &Row<'_>) -> rusqlite::Result<Interview> {
    Ok(Interview {
        id: r.get(0)?,
        title: r.get(1)?,
        candidate_id: r.get(2)?,
        application_id: r.get(3)?,
        requisition_id: r.get(4)?,
        tracked_job_id: r.get(5)?,
        user_id: r.get(6)?,
        interviewer_id: r.get(7)?,
        interview_type: r.get(8)?,
        interview_mode: r.get(9)?,
        scheduled_at: r.get(10)?,
        duration_minutes: r.get(11)?,
        timezone: r.get(12)?,
        location: r.get(13)?,
        meeting_link: r.get(14)?,
        status: r.get(15)?,
        outcome: r.get(16)?,
        feedback_given: r.get(17)?,
        preparation_notes: r.get(18)?,
        interviewers: strings_from_json(&r.get::<_, String>(19)?),
        outcome_notes: r.get(20)?,
    })
}

pub(crate) fn load_interview(conn: &Connection, id: &str) -> Result<Interview> {
    conn.query_row(
        &format!("SELECT {INTERVIEW_COLUMNS} FROM interviews WHERE id = ?1"),
        [id],
        interview_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("interview", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewSchedule {
    /// A recruiting interview names its application (candidate and requisition follow) …
    #[serde(default)]
    pub application_id: Option<String>,
    /// … or a candidate directly.
    #[serde(default)]
    pub candidate_id: Option<String>,
    /// A job seeker's own interview names the tracked job instead.
    #[serde(default)]
    pub tracked_job_id: Option<String>,
    #[serde(default)]
    pub interviewer_id: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    pub interview_type: InterviewType,
    #[serde(default)]
    pub interview_mode: Option<InterviewMode>,
    pub scheduled_at: String,
    #[serde(default)]
    pub duration_minutes: Option<i64>,
    /// IANA time zone the interview was arranged in, e.g. `Europe/Berlin`.
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub meeting_link: Option<String>,
    #[serde(default)]
    pub preparation_notes: Option<String>,
    /// Interviewers by name.
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub interviewers: Vec<String>,
}

/// An IANA time zone name (`Europe/Berlin`), checked against the tz database.
pub fn time_zone(field: &str, value: Option<String>) -> Result<String> {
    let zone = optional_text(value).unwrap_or_else(|| "UTC".into());
    zone.parse::<chrono_tz::Tz>().map_err(|_| {
        Error::invalid_value(
            field,
            format!("{field} must be an IANA time zone like Europe/Berlin"),
        )
    })?;
    Ok(zone)
}

fn clean_names(names: &[String]) -> String {
    let names: Vec<String> = names
        .iter()
        .filter_map(|n| optional_text(Some(n.clone())))
        .collect();
    json_strings(&names)
}

pub fn interview_schedule(ctx: &Context, req: InterviewSchedule) -> Result<Interview> {
    let scheduled_at = timestamp("scheduled_at", &req.scheduled_at)?;
    let duration = req.duration_minutes.unwrap_or(60);
    if !(1..=1440).contains(&duration) {
        return Err(Error::invalid_value(
            "duration_minutes",
            "duration_minutes must be between 1 and 1440",
        ));
    }
    if req.application_id.is_none() && req.candidate_id.is_none() && req.tracked_job_id.is_none() {
        return Err(Error::missing_field("application_id"));
    }
    let timezone = time_zone("timezone", req.timezone.clone())?;
    let meeting_link = optional_url("meeting_link", req.meeting_link.clone())?;
    let interviewers = clean_names(&req.interviewers);
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "interviewer_id", req.interviewer_id.as_deref())?;
        let (mut candidate, mut requisition, mut user) = (req.candidate_id.clone(), None::<String>, None::<String>);
        if let Some(app) = &req.application_id {
            ensure_exists(tx, "applications", "application", "application_id", app)?;
            let (c, r, u): (Option<String>, Option<String>, Option<String>) = tx.query_row(
                "SELECT candidate_id, requisition_id, user_id FROM applications WHERE id = ?1",
                [app],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
            candidate = candidate.or(c);
            requisition = r;
            user = u;
        }
        ensure_optional(tx, "candidates", "candidate", "candidate_id", candidate.as_deref())?;
        if let Some(job) = &req.tracked_job_id {
            ensure_exists(tx, "tracked_jobs", "tracked job", "tracked_job_id", job)?;
            user = Some(tx.query_row("SELECT user_id FROM tracked_jobs WHERE id = ?1", [job], |r| r.get(0))?);
        }
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO interviews (id, application_id, candidate_id, requisition_id, user_id, tracked_job_id, interviewer_id,
                 title, interview_type, interview_mode, scheduled_at, duration_minutes, timezone, location, meeting_link,
                 preparation_notes, additional_interviewers, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
            params![
                id, req.application_id, candidate, requisition, user, req.tracked_job_id, req.interviewer_id,
                optional_text(req.title), req.interview_type, req.interview_mode.unwrap_or(InterviewMode::Video),
                scheduled_at, duration, timezone, optional_text(req.location), meeting_link,
                optional_text(req.preparation_notes), interviewers, now
            ],
        )?;
        load_interview(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewList {
    /// Only interviews at or after this instant (default: all).
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub candidate_id: Option<String>,
    #[serde(default)]
    pub interviewer_id: Option<String>,
    #[serde(default)]
    pub status: Option<InterviewStatus>,
    #[serde(default)]
    pub tracked_job_id: Option<String>,
    #[serde(default)]
    pub application_id: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn interview_list(ctx: &Context, req: InterviewList) -> Result<Page<Interview>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let from = optional_timestamp("from", req.from)?;
    let to = optional_timestamp("to", req.to)?;
    let filter = "WHERE (?1 IS NULL OR scheduled_at >= ?1) AND (?2 IS NULL OR scheduled_at < ?2)
                  AND (?3 IS NULL OR candidate_id = ?3) AND (?4 IS NULL OR interviewer_id = ?4) AND (?5 IS NULL OR status = ?5)
                  AND (?6 IS NULL OR tracked_job_id = ?6) AND (?7 IS NULL OR application_id = ?7)";
    ctx.store().read(|c| {
        let args = params![
            from,
            to,
            req.candidate_id,
            req.interviewer_id,
            req.status,
            req.tracked_job_id,
            req.application_id
        ];
        let total = c.query_row(&format!("SELECT count(*) FROM interviews {filter}"), args, |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {INTERVIEW_COLUMNS} FROM interviews {filter} ORDER BY scheduled_at, id LIMIT ?8 OFFSET ?9"))?
            .query_map(
                params![
                    from,
                    to,
                    req.candidate_id,
                    req.interviewer_id,
                    req.status,
                    req.tracked_job_id,
                    req.application_id,
                    limit,
                    offset
                ],
                interview_from_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewSetStatus {
    pub id: String,
    pub status: InterviewStatus,
    #[serde(default)]
    pub outcome: Option<InterviewOutcome>,
    #[serde(default)]
    pub cancellation_reason: Option<String>,
    #[serde(default)]
    pub outcome_notes: Option<String>,
}

pub fn interview_set_status(ctx: &Context, req: InterviewSetStatus) -> Result<Interview> {
    ctx.store().write(|tx| {
        load_interview(tx, &req.id)?;
        tx.execute(
            "UPDATE interviews SET status = ?2, outcome = COALESCE(?3, outcome),
                 cancellation_reason = COALESCE(?4, cancellation_reason), outcome_notes = COALESCE(?6, outcome_notes),
                 updated_at = ?5 WHERE id = ?1",
            params![req.id, req.status, req.outcome, optional_text(req.cancellation_reason), now_utc(),
                    optional_text(req.outcome_notes)],
        )?;
        load_interview(tx, &req.id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewUpdate {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    pub interview_type: InterviewType,
    pub interview_mode: InterviewMode,
    pub scheduled_at: String,
    pub duration_minutes: i64,
    pub timezone: String,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub meeting_link: Option<String>,
    #[serde(default)]
    pub preparation_notes: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub interviewers: Vec<String>,
    #[serde(default)]
    pub outcome_notes: Option<String>,
}

/// Edit or reschedule an interview (every editable field; absent optional ones are cleared).
pub fn interview_update(ctx: &Context, req: InterviewUpdate) -> Result<Interview> {
    let scheduled_at = timestamp("scheduled_at", &req.scheduled_at)?;
    if !(1..=1440).contains(&req.duration_minutes) {
        return Err(Error::invalid_value(
            "duration_minutes",
            "duration_minutes must be between 1 and 1440",
        ));
    }
    let timezone = time_zone("timezone", Some(req.timezone.clone()))?;
    let meeting_link = optional_url("meeting_link", req.meeting_link.clone())?;
    let interviewers = clean_names(&req.interviewers);
    ctx.store().write(|tx| {
        load_interview(tx, &req.id)?;
        tx.execute(
            "UPDATE interviews SET title = ?2, interview_type = ?3, interview_mode = ?4, scheduled_at = ?5,
                 duration_minutes = ?6, timezone = ?7, location = ?8, meeting_link = ?9, preparation_notes = ?10,
                 additional_interviewers = ?11, outcome_notes = ?12, updated_at = ?13 WHERE id = ?1",
            params![
                req.id, optional_text(req.title.clone()), req.interview_type, req.interview_mode, scheduled_at,
                req.duration_minutes, timezone, optional_text(req.location.clone()), meeting_link,
                optional_text(req.preparation_notes.clone()), interviewers, optional_text(req.outcome_notes.clone()),
                now_utc()
            ],
        )?;
        load_interview(tx, &req.id)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Scorecard {
    pub id: String,
    pub interview_id: String,
    pub interviewer_id: Option<String>,
    pub overall_rating: Option<f64>,
    pub recommendation: Option<Recommendation>,
    pub strengths: Option<String>,
    pub weaknesses: Option<String>,
    pub submitted_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct FeedbackSubmit {
    pub interview_id: String,
    #[serde(default)]
    pub interviewer_id: Option<String>,
    #[serde(default)]
    pub overall_rating: Option<f64>,
    #[serde(default)]
    pub technical_skills_rating: Option<f64>,
    #[serde(default)]
    pub communication_rating: Option<f64>,
    #[serde(default)]
    pub problem_solving_rating: Option<f64>,
    #[serde(default)]
    pub culture_fit_rating: Option<f64>,
    pub recommendation: Recommendation,
    #[serde(default)]
    pub strengths: Option<String>,
    #[serde(default)]
    pub weaknesses: Option<String>,
    #[serde(default)]
    pub detailed_notes: Option<String>,
}

pub fn feedback_submit(ctx: &Context, req: FeedbackSubmit) -> Result<Scorecard> {
    for (field, value) in [
        ("overall_rating", req.overall_rating),
        ("technical_skills_rating", req.technical_skills_rating),
        ("communication_rating", req.communication_rating),
        ("problem_solving_rating", req.problem_solving_rating),
        ("culture_fit_rating", req.culture_fit_rating),
    ] {
        if matches!(value, Some(v) if !(0.0..=5.0).contains(&v)) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must be between 0 and 5"),
            ));
        }
    }
    ctx.store().write(|tx| {
        ensure_exists(tx, "interviews", "interview", "interview_id", &req.interview_id)?;
        ensure_optional(tx, "users", "user", "interviewer_id", req.interviewer_id.as_deref())?;
        let card = Scorecard {
            id: new_id(),
            interview_id: req.interview_id.clone(),
            interviewer_id: req.interviewer_id.clone(),
            overall_rating: req.overall_rating,
            recommendation: Some(req.recommendation),
            strengths: optional_text(req.strengths),
            weaknesses: optional_text(req.weaknesses),
            submitted_at: now_utc(),
        };
        tx.execute(
            "INSERT INTO interview_feedback (id, interview_id, interviewer_id, overall_rating, recommendation,
                 technical_skills_rating, communication_rating, problem_solving_rating, culture_fit_rating, strengths,
                 weaknesses, detailed_notes, is_final, submitted_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1, ?13, ?13, ?13)",
            params![
                card.id, card.interview_id, card.interviewer_id, card.overall_rating, card.recommendation,
                req.technical_skills_rating, req.communication_rating, req.problem_solving_rating, req.culture_fit_rating,
                card.strengths, card.weaknesses, optional_text(req.detailed_notes), card.submitted_at
            ],
        )?;
        tx.execute("UPDATE interviews SET feedback_given = 1, updated_at = ?2 WHERE id = ?1", params![card.interview_id, card.submitted_at])?;
        Ok(card)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "interview_schedule",
            "Schedule an interview for an application, a candidate or a tracked job",
            interview_schedule
        ),
        command!(
            "interview_list",
            "List interviews in a time window, by candidate, interviewer or status",
            interview_list
        ),
        command!(
            "interview_update",
            "Edit or reschedule an interview",
            interview_update
        ),
        command!(
            "interview_set_status",
            "Mark an interview completed, cancelled, no-show…, with its outcome",
            interview_set_status
        ),
        command!(
            "feedback_submit",
            "Submit an interviewer's scorecard for an interview",
            feedback_submit
        ),
    ]
}
