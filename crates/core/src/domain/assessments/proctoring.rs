//! Proctoring: what the test screen noticed while a test ran (the window lost
//! focus, the page was hidden, something was pasted, fullscreen was left),
//! logged one command per event, reviewable and flaggable by the recruiter.
//! WHY only while the test runs: an event after submission says nothing about
//! the attempt and would only add noise to the review.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::support::{ensure_exists, ensure_optional, optional_text};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    /// The events a desktop test screen can observe (the schema's list also has camera events).
    pub enum ProctoringEventType {
        WindowBlur = "window_blur", TabSwitch = "tab_switch", CopyPaste = "copy_paste",
        FullscreenExit = "fullscreen_exit", Other = "other",
    }
}

string_enum! {
    pub enum Severity { Low = "low", Medium = "medium", High = "high", Critical = "critical" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ProctoringEvent {
    pub id: String,
    pub attempt_id: String,
    pub event_type: String,
    pub severity: Severity,
    pub detected_at: String,
    pub question_id: Option<String>,
    pub detail: Option<String>,
    pub reviewed: bool,
    pub reviewed_at: Option<String>,
    pub reviewer_notes: Option<String>,
    pub flagged: bool,
}

const EVENT_COLUMNS: &str = "id, attempt_id, event_type, severity, detected_at, question_id, json_extract(metadata, '$.detail'),
     reviewed, reviewed_at, reviewer_notes, flagged";

fn event_from_row(r: &Row<'_>) -> rusqlite::Result<ProctoringEvent> {
    Ok(ProctoringEvent {
        id: r.get(0)?,
        attempt_id: r.get(1)?,
        event_type: r.get(2)?,
        severity: r.get(3)?,
        detected_at: r.get(4)?,
        question_id: r.get(5)?,
        detail: r.get(6)?,
        reviewed: r.get(7)?,
        reviewed_at: r.get(8)?,
        reviewer_notes: r.get(9)?,
        flagged: r.get(10)?,
    })
}

pub(crate) fn list_events(conn: &Connection, attempt_id: &str) -> Result<Vec<ProctoringEvent>> {
    Ok(conn
        .prepare(&format!("SELECT {EVENT_COLUMNS} FROM proctoring_events WHERE attempt_id = ?1 ORDER BY detected_at, id"))?
        .query_map([attempt_id], event_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProctoringLog {
    pub attempt_id: String,
    pub event_type: ProctoringEventType,
    /// The question on screen when it happened.
    #[serde(default)]
    pub question_id: Option<String>,
    /// E.g. how many characters were pasted.
    #[serde(default)]
    pub detail: Option<String>,
}

pub fn proctoring_log(ctx: &Context, req: ProctoringLog) -> Result<ProctoringEvent> {
    ctx.store().write(|tx| {
        let state: Option<(bool, Option<String>)> = tx
            .query_row("SELECT is_completed, deadline_at FROM assessment_attempts WHERE id = ?1", [&req.attempt_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let now = now_utc();
        match state {
            None => return Err(Error::dangling_reference("attempt_id", "attempt", &req.attempt_id)),
            Some((true, _)) => return Err(Error::conflict_on("attempt_id", "the test is no longer running")),
            Some((_, Some(d))) if d <= now => {
                return Err(Error::coded(ErrorCode::Expired, "attempt_id", "the test's time is up"));
            }
            _ => {}
        }
        ensure_optional(tx, "questions", "question", "question_id", req.question_id.as_deref())?;
        let severity = match req.event_type {
            ProctoringEventType::CopyPaste | ProctoringEventType::FullscreenExit => Severity::Medium,
            _ => Severity::Low,
        };
        let metadata = serde_json::json!({ "detail": optional_text(req.detail.clone()) }).to_string();
        let id = new_id();
        tx.execute(
            "INSERT INTO proctoring_events (id, attempt_id, event_type, severity, detected_at, question_id, metadata, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5, ?5)",
            params![id, req.attempt_id, req.event_type, severity, now, req.question_id, metadata],
        )?;
        Ok(tx.query_row(&format!("SELECT {EVENT_COLUMNS} FROM proctoring_events WHERE id = ?1"), [&id], event_from_row)?)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProctoringList {
    pub attempt_id: String,
}

pub fn proctoring_list(ctx: &Context, req: ProctoringList) -> Result<Vec<ProctoringEvent>> {
    ctx.store().read(|c| {
        ensure_exists(
            c,
            "assessment_attempts",
            "attempt",
            "attempt_id",
            &req.attempt_id,
        )?;
        list_events(c, &req.attempt_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProctoringReview {
    pub id: String,
    pub flagged: bool,
    #[serde(default)]
    pub reviewer_notes: Option<String>,
    #[serde(default)]
    pub reviewed_by: Option<String>,
}

/// Mark an event reviewed, flagged (suspicious) or not, with notes.
pub fn proctoring_review(ctx: &Context, req: ProctoringReview) -> Result<ProctoringEvent> {
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "reviewed_by", req.reviewed_by.as_deref())?;
        let now = now_utc();
        let n = tx.execute(
            "UPDATE proctoring_events SET reviewed = 1, flagged = ?2, reviewer_notes = COALESCE(?3, reviewer_notes),
                 reviewed_by = COALESCE(?4, reviewed_by), reviewed_at = ?5, updated_at = ?5 WHERE id = ?1",
            params![req.id, req.flagged, optional_text(req.reviewer_notes.clone()), req.reviewed_by, now],
        )?;
        if n == 0 {
            return Err(Error::not_found("proctoring event", &req.id));
        }
        Ok(tx.query_row(&format!("SELECT {EVENT_COLUMNS} FROM proctoring_events WHERE id = ?1"), [&req.id], event_from_row)?)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "proctoring_log",
            "Log a proctoring event (window blur, tab switch, paste, fullscreen exit) while a test runs",
            proctoring_log
        ),
        command!("proctoring_list", "The proctoring events of an attempt", proctoring_list),
        command!("proctoring_review", "Review a proctoring event and flag it or clear it", proctoring_review),
    ]
}
