//! Assessments (issue 5 item 7): question sets by skill and level holding
//! multiple-choice, free-text and coding questions ([`sets`]); assessments
//! built on a set, with a duration, an expiry and a publish state (here).
//! Sending one to a candidate ([`invitations`]) gives a single-use expiring
//! token; the test is taken inside the app ([`attempts`]) while proctoring
//! events are logged ([`proctoring`]); the recruiter scores, reviews and
//! releases it ([`scoring`]).
//!
//! WHY coding challenges carry starter code and a rubric, and are scored by
//! the recruiter: checking expected output would mean running a candidate's
//! code on the recruiter's machine, which an offline desktop app must not do
//! unsandboxed. So a coding challenge is a task text, optional starter code
//! (shown to the candidate) and rubric criteria (shown only to the recruiter,
//! e.g. "handles the empty input"); its answer, like free text, waits for the
//! recruiter's 0-1 points before the results can be released. Multiple choice
//! is scored automatically on submit.
//!
//! WHY a running test keeps its own list of questions (the attempt's
//! `results.question_ids`, fixed at the start): a recruiter who edits the set
//! later must not change a test that is being taken or already scored.

mod attempts;
mod invitations;
mod proctoring;
mod scoring;
mod sets;

pub use attempts::*;
pub use invitations::*;
pub use proctoring::*;
pub use scoring::*;
pub use sets::*;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{ensure_exists, optional_text, optional_timestamp, page, required_text, Page};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Assessment {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub question_set_id: Option<String>,
    pub duration_minutes: i64,
    pub passing_score: Option<i64>,
    pub is_published: bool,
    pub expires_at: Option<String>,
    pub total_questions: i64,
    pub created_at: String,
}

const ASSESSMENT_COLUMNS: &str = "a.id, a.title, a.description, a.question_set_id, a.duration_minutes, a.passing_score, a.is_published,
     a.expires_at, (SELECT count(*) FROM questions q WHERE q.question_set_id = a.question_set_id AND q.is_active = 1), a.created_at";

fn assessment_from_row(r: &Row<'_>) -> rusqlite::Result<Assessment> {
    Ok(Assessment {
        id: r.get(0)?,
        title: r.get(1)?,
        description: r.get(2)?,
        question_set_id: r.get(3)?,
        duration_minutes: r.get(4)?,
        passing_score: r.get(5)?,
        is_published: r.get(6)?,
        expires_at: r.get(7)?,
        total_questions: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub(crate) fn load_assessment(conn: &Connection, id: &str) -> Result<Assessment> {
    conn.query_row(
        &format!("SELECT {ASSESSMENT_COLUMNS} FROM assessments a WHERE a.id = ?1"),
        [id],
        assessment_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("assessment", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AssessmentCreate {
    pub title: String,
    pub question_set_id: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Time allowed once started, 1-600 minutes (default 30).
    #[serde(default)]
    pub duration_minutes: Option<i64>,
    /// After this, no invitation can be sent or redeemed.
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub passing_score: Option<i64>,
}

pub fn assessment_create(ctx: &Context, req: AssessmentCreate) -> Result<Assessment> {
    let title = required_text("title", &req.title)?;
    let duration = req.duration_minutes.unwrap_or(30);
    if !(1..=600).contains(&duration) {
        return Err(Error::invalid_value(
            "duration_minutes",
            "duration_minutes must be between 1 and 600",
        ));
    }
    if matches!(req.passing_score, Some(p) if !(0..=100).contains(&p)) {
        return Err(Error::invalid_value(
            "passing_score",
            "passing_score must be between 0 and 100",
        ));
    }
    let expires = optional_timestamp("expires_at", req.expires_at.clone())?;
    if matches!(&expires, Some(e) if *e <= now_utc()) {
        return Err(Error::invalid_value(
            "expires_at",
            "expires_at must be in the future",
        ));
    }
    ctx.store().write(|tx| {
        ensure_exists(tx, "question_sets", "question set", "question_set_id", &req.question_set_id)?;
        let id = new_id();
        tx.execute(
            "INSERT INTO assessments (id, title, description, kind, question_set_id, assessment_method, duration_minutes,
                 passing_score, expires_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'mixed', ?4, 'question_set', ?5, ?6, ?7, ?8, ?8)",
            params![id, title, optional_text(req.description.clone()), req.question_set_id, duration, req.passing_score, expires, now_utc()],
        )?;
        load_assessment(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AssessmentPublish {
    pub id: String,
    pub published: bool,
}

/// Publish (so it can be sent) or withdraw an assessment.
pub fn assessment_publish(ctx: &Context, req: AssessmentPublish) -> Result<Assessment> {
    ctx.store().write(|tx| {
        let a = load_assessment(tx, &req.id)?;
        if req.published && a.total_questions == 0 {
            return Err(Error::conflict_on(
                "question_set_id",
                "the assessment's question set has no questions yet",
            ));
        }
        if req.published && matches!(&a.expires_at, Some(e) if *e <= now_utc()) {
            return Err(Error::coded(
                ErrorCode::Expired,
                "expires_at",
                "the assessment has expired",
            ));
        }
        tx.execute(
            "UPDATE assessments SET is_published = ?2, updated_at = ?3 WHERE id = ?1",
            params![req.id, req.published, now_utc()],
        )?;
        load_assessment(tx, &req.id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AssessmentList {
    #[serde(default)]
    pub published: Option<bool>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn assessment_list(ctx: &Context, req: AssessmentList) -> Result<Page<Assessment>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    // Only assessments built on a question set: the seeds' other kinds are not taken in the app.
    let filter = "WHERE a.question_set_id IS NOT NULL AND (?1 IS NULL OR a.is_published = ?1)";
    ctx.store().read(|c| {
        let total = c.query_row(&format!("SELECT count(*) FROM assessments a {filter}"), params![req.published], |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {ASSESSMENT_COLUMNS} FROM assessments a {filter} ORDER BY a.created_at DESC, a.id LIMIT ?2 OFFSET ?3"))?
            .query_map(params![req.published, limit, offset], assessment_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    let mut all = vec![
        command!(
            "assessment_create",
            "Create an assessment from a question set, with a duration and an expiry",
            assessment_create
        ),
        command!(
            "assessment_publish",
            "Publish or withdraw an assessment",
            assessment_publish
        ),
        command!("assessment_list", "List assessments", assessment_list),
    ];
    all.extend(sets::commands());
    all.extend(invitations::commands());
    all.extend(attempts::commands());
    all.extend(scoring::commands());
    all.extend(proctoring::commands());
    all
}
