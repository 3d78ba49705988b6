//! Interviews: the one interview model for both sides. A recruiting interview
//! belongs to a candidate (and usually an application); a job seeker's own
//! interview belongs to the local user and one of their tracked jobs.
//! Scorecards (interview_feedback) are one per interviewer, since panels have
//! several. Scheduling (panels, double bookings, reschedules) lives in
//! [`schedule`], scorecards and the panel summary in [`scorecards`]; the
//! `.ics` files in [`super::calendar`].

mod schedule;
mod scorecards;

pub use schedule::*;
pub use scorecards::*;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    json_strings, optional_text, optional_timestamp, optional_url, page, strings_from_json,
    timestamp, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, now_utc, string_enum};

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
    /// The room of an in-person interview.
    pub meeting_room: Option<String>,
    /// Users on the panel besides the lead interviewer.
    pub panelist_ids: Vec<String>,
    pub status: InterviewStatus,
    pub outcome: InterviewOutcome,
    pub feedback_given: bool,
    pub preparation_notes: Option<String>,
    /// People on the other side, by name (a job seeker's own interviews).
    pub interviewers: Vec<String>,
    pub outcome_notes: Option<String>,
    /// The invitation's SEQUENCE: how often it was rescheduled or cancelled.
    pub ics_sequence: i64,
}

const INTERVIEW_COLUMNS: &str = "id, title, candidate_id, application_id, requisition_id, tracked_job_id, user_id,
     interviewer_id, interview_type, interview_mode, scheduled_at, duration_minutes, timezone, location, meeting_link,
     status, outcome, feedback_given, preparation_notes, additional_interviewers, outcome_notes, meeting_room, ics_sequence,
     (SELECT json_group_array(p.user_id) FROM interview_panelists p WHERE p.interview_id = interviews.id)";

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
        meeting_room: r.get(21)?,
        ics_sequence: r.get(22)?,
        panelist_ids: strings_from_json(&r.get::<_, String>(23)?),
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

pub(crate) fn clean_names(names: &[String]) -> String {
    let names: Vec<String> = names
        .iter()
        .filter_map(|n| optional_text(Some(n.clone())))
        .collect();
    json_strings(&names)
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
                  AND (?3 IS NULL OR candidate_id = ?3)
                  AND (?4 IS NULL OR interviewer_id = ?4 OR EXISTS (SELECT 1 FROM interview_panelists p WHERE p.interview_id = interviews.id AND p.user_id = ?4)) AND (?5 IS NULL OR status = ?5)
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
                 updated_at = ?5,
                 ics_sequence = ics_sequence + (CASE WHEN ?2 = 'cancelled' AND status <> 'cancelled' THEN 1 ELSE 0 END)
             WHERE id = ?1",
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
                 additional_interviewers = ?11, outcome_notes = ?12, updated_at = ?13,
                 ics_sequence = ics_sequence + (CASE WHEN scheduled_at <> ?5 OR duration_minutes <> ?6 THEN 1 ELSE 0 END)
             WHERE id = ?1",
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

pub(crate) fn commands() -> Vec<CommandSpec> {
    let mut all = vec![
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
    ];
    all.extend(schedule::commands());
    all.extend(scorecards::commands());
    all
}
