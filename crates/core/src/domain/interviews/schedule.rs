//! Scheduling: who sits on an interview (a lead interviewer and panelists),
//! when (never in the past for a recruiting interview, in a real IANA zone),
//! and double bookings. WHY refuse double bookings by default: a panelist
//! who is silently in two rooms at once is the most common scheduling slip;
//! the caller sees who clashes with which interview and may pass
//! `allow_double_booking` to schedule anyway (the UI asks first, through
//! `interview_conflicts`). Reschedules keep the interview's id, so its
//! calendar UID stays, and bump its `.ics` SEQUENCE.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::support::{
    ensure_exists, ensure_optional, optional_text, optional_url, strings_from_json, timestamp, Page,
};
use super::{
    clean_names, load_interview, time_zone, Interview, InterviewMode, InterviewStatus,
    InterviewType,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc, string_enum};

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
    /// The lead interviewer (a user); also the invitation's ORGANIZER.
    #[serde(default)]
    pub interviewer_id: Option<String>,
    /// Further users on the panel.
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub panelist_ids: Vec<String>,
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
    pub meeting_room: Option<String>,
    #[serde(default)]
    pub preparation_notes: Option<String>,
    /// Interviewers by name (people who are not users, e.g. on a job seeker's interview).
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub interviewers: Vec<String>,
    /// Schedule even when the interviewer or a panelist is in another interview then.
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub allow_double_booking: bool,
}

/// Another interview a person is already in at the requested time.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Clash {
    pub user_id: String,
    pub user_name: String,
    /// The request field that named the person: `interviewer_id` or `panelist_ids`.
    pub field: String,
    pub interview_id: String,
    pub interview_title: Option<String>,
    pub scheduled_at: String,
    pub duration_minutes: i64,
}

fn parse_utc(field: &str, value: &str) -> Result<DateTime<Utc>> {
    let normal = timestamp(field, value)?;
    DateTime::parse_from_rfc3339(&normal)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::invalid_value(field, "not a timestamp"))
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn duration(value: Option<i64>) -> Result<i64> {
    let d = value.unwrap_or(60);
    if !(1..=1440).contains(&d) {
        return Err(Error::invalid_value(
            "duration_minutes",
            "duration_minutes must be between 1 and 1440",
        ));
    }
    Ok(d)
}

/// A start that is not in the past (a minute of grace for slow forms).
fn future(start: DateTime<Utc>) -> Result<()> {
    if start < Utc::now() - Duration::minutes(1) {
        return Err(Error::invalid_value(
            "scheduled_at",
            format!(
                "{} is in the past; interviews are scheduled from now on",
                iso(start)
            ),
        ));
    }
    Ok(())
}

/// Active interviews (scheduled, rescheduled, in progress) of `people` overlapping
/// `[start, start + minutes)`, except `exclude`.
pub(crate) fn clashes(
    conn: &Connection,
    people: &[(&str, &str)],
    start: DateTime<Utc>,
    minutes: i64,
    exclude: Option<&str>,
) -> Result<Vec<Clash>> {
    let end = start + Duration::minutes(minutes);
    // A day's margin: no interview is longer than 1440 minutes.
    let window_from = iso(start - Duration::minutes(1440));
    let mut stmt = conn.prepare(
        "SELECT i.id, i.title, i.scheduled_at, i.duration_minutes, u.full_name FROM interviews i, users u
         WHERE u.id = ?1 AND i.status IN ('scheduled','rescheduled','in_progress')
           AND (?2 IS NULL OR i.id <> ?2) AND i.scheduled_at < ?3 AND i.scheduled_at >= ?4
           AND (i.interviewer_id = ?1 OR EXISTS (SELECT 1 FROM interview_panelists p WHERE p.interview_id = i.id AND p.user_id = ?1))
         ORDER BY i.scheduled_at",
    )?;
    let mut found = Vec::new();
    for (field, user) in people {
        let rows = stmt
            .query_map(params![user, exclude, iso(end), window_from], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (id, title, at, mins, name) in rows {
            let other = parse_utc("scheduled_at", &at)?;
            if other + Duration::minutes(mins) > start {
                found.push(Clash {
                    user_id: user.to_string(),
                    user_name: name,
                    field: field.to_string(),
                    interview_id: id,
                    interview_title: title,
                    scheduled_at: at,
                    duration_minutes: mins,
                });
            }
        }
    }
    Ok(found)
}

/// The refusal for the first clash, naming who and which interview.
fn double_booked(all: &[Clash]) -> Error {
    let c = &all[0];
    Error::coded(
        ErrorCode::DoubleBooked,
        &c.field,
        format!(
            "{} is already in interview “{}” ({}) at {} for {} minutes{}",
            c.user_name,
            c.interview_title.as_deref().unwrap_or("untitled"),
            c.interview_id,
            c.scheduled_at,
            c.duration_minutes,
            if all.len() > 1 {
                format!(", and {} more clash(es)", all.len() - 1)
            } else {
                String::new()
            }
        ),
    )
}

/// The people on a panel: the lead and distinct panelists (never the lead twice).
fn panel<'a>(
    interviewer: Option<&'a str>,
    panelists: &'a [String],
) -> Result<Vec<(&'static str, &'a str)>> {
    let mut people: Vec<(&'static str, &'a str)> = interviewer
        .map(|i| ("interviewer_id", i))
        .into_iter()
        .collect();
    for p in panelists {
        if people.iter().any(|(_, u)| *u == p.as_str()) {
            return Err(Error::invalid_value(
                "panelist_ids",
                format!("{p} is on the panel twice"),
            ));
        }
        people.push(("panelist_ids", p.as_str()));
    }
    Ok(people)
}

pub fn interview_schedule(ctx: &Context, req: InterviewSchedule) -> Result<Interview> {
    let start = parse_utc("scheduled_at", &req.scheduled_at)?;
    let duration = duration(req.duration_minutes)?;
    let timezone = time_zone("timezone", req.timezone.clone())?;
    if req.application_id.is_none() && req.candidate_id.is_none() && req.tracked_job_id.is_none() {
        return Err(Error::missing_field("application_id"));
    }
    // A job seeker may log an interview that already happened; a recruiter schedules ahead.
    if req.tracked_job_id.is_none() {
        future(start)?;
    }
    let people = panel(req.interviewer_id.as_deref(), &req.panelist_ids)?;
    let meeting_link = optional_url("meeting_link", req.meeting_link.clone())?;
    let names = clean_names(&req.interviewers);
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "interviewer_id", req.interviewer_id.as_deref())?;
        for p in &req.panelist_ids {
            ensure_exists(tx, "users", "user", "panelist_ids", p)?;
        }
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
        let found = clashes(tx, &people, start, duration, None)?;
        if !found.is_empty() && !req.allow_double_booking {
            return Err(double_booked(&found));
        }
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO interviews (id, application_id, candidate_id, requisition_id, user_id, tracked_job_id, interviewer_id,
                 title, interview_type, interview_mode, scheduled_at, duration_minutes, timezone, location, meeting_link,
                 meeting_room, preparation_notes, additional_interviewers, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)",
            params![
                id, req.application_id, candidate, requisition, user, req.tracked_job_id, req.interviewer_id,
                optional_text(req.title.clone()), req.interview_type, req.interview_mode.unwrap_or(InterviewMode::Video),
                iso(start), duration, timezone, optional_text(req.location.clone()), meeting_link,
                optional_text(req.meeting_room.clone()), optional_text(req.preparation_notes.clone()),
                names, now
            ],
        )?;
        for p in &req.panelist_ids {
            tx.execute(
                "INSERT INTO interview_panelists (id, interview_id, user_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![new_id(), id, p, now],
            )?;
        }
        load_interview(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewConflicts {
    pub scheduled_at: String,
    #[serde(default)]
    pub duration_minutes: Option<i64>,
    #[serde(default)]
    pub interviewer_id: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub panelist_ids: Vec<String>,
    /// When moving an interview, leave it out of the check.
    #[serde(default)]
    pub exclude_interview_id: Option<String>,
}

/// Who would be double-booked by an interview then (a warning before saving).
pub fn interview_conflicts(ctx: &Context, req: InterviewConflicts) -> Result<Vec<Clash>> {
    let start = parse_utc("scheduled_at", &req.scheduled_at)?;
    let duration = duration(req.duration_minutes)?;
    let people = panel(req.interviewer_id.as_deref(), &req.panelist_ids)?;
    ctx.store().read(|c| {
        clashes(
            c,
            &people,
            start,
            duration,
            req.exclude_interview_id.as_deref(),
        )
    })
}

string_enum! {
    pub enum RescheduleStatus { Pending = "pending", Approved = "approved", Declined = "declined", Cancelled = "cancelled" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct RescheduleRequest {
    pub id: String,
    pub interview_id: String,
    pub requested_by: Option<String>,
    pub reason: Option<String>,
    pub proposed_times: Vec<String>,
    pub status: RescheduleStatus,
    pub resolved_at: Option<String>,
    pub created_at: String,
}

fn load_request(conn: &Connection, id: &str) -> Result<RescheduleRequest> {
    conn.query_row(
        "SELECT id, interview_id, requested_by, reason, proposed_times, status, resolved_at, created_at
         FROM reschedule_requests WHERE id = ?1",
        [id],
        |r| {
            Ok(RescheduleRequest {
                id: r.get(0)?,
                interview_id: r.get(1)?,
                requested_by: r.get(2)?,
                reason: r.get(3)?,
                proposed_times: strings_from_json(&r.get::<_, String>(4)?),
                status: r.get(5)?,
                resolved_at: r.get(6)?,
                created_at: r.get(7)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("reschedule request", id))
}

fn active(conn: &Connection, interview_id: &str) -> Result<Interview> {
    let i = load_interview(conn, interview_id)?;
    if matches!(
        i.status,
        InterviewStatus::Cancelled | InterviewStatus::Completed | InterviewStatus::NoShow
    ) {
        return Err(Error::conflict_on(
            "interview_id",
            format!(
                "the interview is {} and can no longer be rescheduled",
                i.status
            ),
        ));
    }
    Ok(i)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RescheduleRequestCreate {
    pub interview_id: String,
    #[serde(default)]
    pub requested_by: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    /// Times that would suit, RFC 3339, none in the past.
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub proposed_times: Vec<String>,
}

/// Someone (candidate or panelist) asks to move an interview.
pub fn interview_reschedule_request(
    ctx: &Context,
    req: RescheduleRequestCreate,
) -> Result<RescheduleRequest> {
    let mut times = Vec::new();
    for t in &req.proposed_times {
        let at = parse_utc("proposed_times", t)?;
        future(at).map_err(|e| {
            Error::invalid_value(
                "proposed_times",
                e.message.trim_start_matches("scheduled_at: "),
            )
        })?;
        times.push(iso(at));
    }
    ctx.store().write(|tx| {
        active(tx, &req.interview_id)?;
        ensure_optional(tx, "users", "user", "requested_by", req.requested_by.as_deref())?;
        let id = new_id();
        tx.execute(
            "INSERT INTO reschedule_requests (id, interview_id, requested_by, reason, proposed_times, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![id, req.interview_id, req.requested_by, optional_text(req.reason.clone()), serde_json::Value::from(times.clone()).to_string(), now_utc()],
        )?;
        load_request(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RescheduleRequestList {
    pub interview_id: String,
}

pub fn interview_reschedule_request_list(
    ctx: &Context,
    req: RescheduleRequestList,
) -> Result<Page<RescheduleRequest>> {
    ctx.store().read(|c| {
        let ids = c
            .prepare("SELECT id FROM reschedule_requests WHERE interview_id = ?1 ORDER BY created_at, id")?
            .query_map([&req.interview_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let items = ids.iter().map(|id| load_request(c, id)).collect::<Result<Vec<_>>>()?;
        Ok(Page { total: items.len() as i64, items })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RescheduleDecline {
    pub id: String,
}

pub fn interview_reschedule_decline(
    ctx: &Context,
    req: RescheduleDecline,
) -> Result<RescheduleRequest> {
    ctx.store().write(|tx| {
        let r = load_request(tx, &req.id)?;
        if r.status != RescheduleStatus::Pending {
            return Err(Error::conflict_on("id", format!("the request is already {}", r.status)));
        }
        let now = now_utc();
        tx.execute(
            "UPDATE reschedule_requests SET status = 'declined', resolved_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![req.id, now],
        )?;
        load_request(tx, &req.id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InterviewReschedule {
    pub id: String,
    pub scheduled_at: String,
    #[serde(default)]
    pub duration_minutes: Option<i64>,
    #[serde(default)]
    pub timezone: Option<String>,
    /// The request this answers (it is marked approved).
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub allow_double_booking: bool,
}

/// Move an interview: same id (same calendar UID), SEQUENCE + 1, status `rescheduled`.
pub fn interview_reschedule(ctx: &Context, req: InterviewReschedule) -> Result<Interview> {
    let start = parse_utc("scheduled_at", &req.scheduled_at)?;
    future(start)?;
    let duration_given = req
        .duration_minutes
        .map(|d| duration(Some(d)))
        .transpose()?;
    let zone_given = req
        .timezone
        .clone()
        .map(|z| time_zone("timezone", Some(z)))
        .transpose()?;
    ctx.store().write(|tx| {
        let current = active(tx, &req.id)?;
        let minutes = duration_given.unwrap_or(current.duration_minutes);
        let people = panel(current.interviewer_id.as_deref(), &current.panelist_ids)?;
        let found = clashes(tx, &people, start, minutes, Some(&req.id))?;
        if !found.is_empty() && !req.allow_double_booking {
            return Err(double_booked(&found));
        }
        let now = now_utc();
        if let Some(rid) = &req.request_id {
            let r = load_request(tx, rid).map_err(|_| Error::dangling_reference("request_id", "reschedule request", rid))?;
            if r.interview_id != req.id || r.status != RescheduleStatus::Pending {
                return Err(Error::conflict_on("request_id", "the request is not a pending request of this interview"));
            }
            tx.execute(
                "UPDATE reschedule_requests SET status = 'approved', resolved_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![rid, now],
            )?;
        }
        tx.execute(
            "UPDATE interviews SET scheduled_at = ?2, duration_minutes = ?3, timezone = COALESCE(?4, timezone),
                 status = 'rescheduled', ics_sequence = ics_sequence + 1, updated_at = ?5 WHERE id = ?1",
            params![req.id, iso(start), minutes, zone_given, now],
        )?;
        load_interview(tx, &req.id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "interview_schedule",
            "Schedule an interview (interviewer, panelists, type, mode, time zone, link or room); refuses the past and double bookings unless allowed",
            interview_schedule
        ),
        command!(
            "interview_conflicts",
            "Who would be double-booked by an interview at that time",
            interview_conflicts
        ),
        command!(
            "interview_reschedule_request",
            "Ask to move an interview, with proposed times",
            interview_reschedule_request
        ),
        command!(
            "interview_reschedule_request_list",
            "The reschedule requests of an interview",
            interview_reschedule_request_list
        ),
        command!(
            "interview_reschedule_decline",
            "Decline a pending reschedule request",
            interview_reschedule_decline
        ),
        command!(
            "interview_reschedule",
            "Move an interview to a new time (same invitation UID, next SEQUENCE)",
            interview_reschedule
        ),
    ]
}
