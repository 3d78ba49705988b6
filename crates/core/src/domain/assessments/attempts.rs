//! Taking a test. Every answer is its own command and its own
//! transaction, so a crash or restart loses at most the answer being typed.
//! WHY the timer lives here and not in the UI: the deadline is fixed in UTC
//! when the token is redeemed, and every command compares against it, so a
//! paused or tampered screen cannot buy time. WHY auto-submit at the deadline
//! instead of discarding the attempt: the candidate's saved answers are theirs;
//! once time is up the attempt is closed with what was saved, as of the
//! deadline, by the first command that looks at it (session, submit, review,
//! result, release). A late answer is refused with `expired` and writes
//! nothing. Multiple-choice answers are scored on submit; free text and coding
//! wait for the recruiter; the candidate sees a score only once released.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::practice::QuestionKind;
use super::super::support::optional_text;
use super::{question_from_row, set_questions, SetQuestion, QUESTION_COLUMNS};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc};

/// A question as the candidate sees it: no answer key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct TestQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub question_text: String,
    pub options: Option<Vec<String>>,
    /// Starter code of a coding challenge.
    pub starter_code: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SavedAnswer {
    pub id: String,
    pub question_id: String,
    pub selected_answer: Option<String>,
    pub answer_text: Option<String>,
    pub is_correct: Option<bool>,
    /// 0-1; empty until scored.
    pub points: Option<f64>,
    pub scored_at: Option<String>,
    pub updated_at: String,
}

/// The candidate's view of a running (or finished) test.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct TestSession {
    pub attempt_id: String,
    pub assessment_title: String,
    pub description: Option<String>,
    pub candidate_name: Option<String>,
    pub started_at: String,
    pub deadline_at: String,
    pub submitted: bool,
    pub auto_submitted: bool,
    pub questions: Vec<TestQuestion>,
    /// Only the candidate's own input (no scores).
    pub answers: Vec<SavedAnswer>,
}

pub(super) struct AttemptRow {
    assessment_id: Option<String>,
    question_set_id: Option<String>,
    started_at: String,
    deadline_at: Option<String>,
    is_completed: bool,
    /// `{"question_ids": [...]}`, fixed at the start.
    results: String,
}

pub(super) fn attempt_row(conn: &Connection, id: &str) -> Result<AttemptRow> {
    conn.query_row(
        "SELECT assessment_id, question_set_id, started_at, deadline_at, is_completed, results FROM assessment_attempts WHERE id = ?1",
        [id],
        |r| {
            Ok(AttemptRow {
                assessment_id: r.get(0)?,
                question_set_id: r.get(1)?,
                started_at: r.get(2)?,
                deadline_at: r.get(3)?,
                is_completed: r.get(4)?,
                results: r.get(5)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::dangling_reference("attempt_id", "attempt", id))
}

const ANSWER_COLUMNS: &str =
    "id, question_id, selected_answer, answer_text, is_correct, points, scored_at, updated_at";

fn answer_from_row(r: &Row<'_>) -> rusqlite::Result<SavedAnswer> {
    Ok(SavedAnswer {
        id: r.get(0)?,
        question_id: r.get(1)?,
        selected_answer: r.get(2)?,
        answer_text: r.get(3)?,
        is_correct: r.get(4)?,
        points: r.get(5)?,
        scored_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

pub(super) fn answers(conn: &Connection, attempt_id: &str) -> Result<Vec<SavedAnswer>> {
    Ok(conn
        .prepare(&format!("SELECT {ANSWER_COLUMNS} FROM assessment_answers WHERE attempt_id = ?1 ORDER BY created_at, id"))?
        .query_map([attempt_id], answer_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The attempt's questions: the ones fixed at its start, in that order (older
/// attempts without that list: the set's current questions).
pub(super) fn questions(conn: &Connection, a: &AttemptRow) -> Result<Vec<SetQuestion>> {
    let fixed = serde_json::from_str::<serde_json::Value>(&a.results)
        .ok()
        .and_then(|v| v.get("question_ids").cloned());
    match (fixed, &a.question_set_id) {
        (Some(ids), _) => Ok(conn
            .prepare(&format!(
                "SELECT {QUESTION_COLUMNS} FROM json_each(?1) j JOIN questions q ON q.id = j.value ORDER BY j.key"
            ))?
            .query_map([ids.to_string()], question_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?),
        (None, Some(set)) => set_questions(conn, set),
        (None, None) => Ok(Vec::new()),
    }
}

/// Close the attempt: score multiple choice, total the points. `auto` when closed at the deadline.
fn finalize(tx: &Connection, attempt_id: &str, auto: bool) -> Result<()> {
    let a = attempt_row(tx, attempt_id)?;
    if a.is_completed {
        return Ok(());
    }
    let qs = questions(tx, &a)?;
    for q in qs.iter().filter(|q| q.kind == QuestionKind::Mcq) {
        tx.execute(
            "UPDATE assessment_answers SET is_correct = (selected_answer IS ?3), points = CASE WHEN selected_answer IS ?3 THEN 1 ELSE 0 END
             WHERE attempt_id = ?1 AND question_id = ?2",
            params![attempt_id, q.id, q.correct_answer],
        )?;
    }
    // A blank free-text or coding answer is worth nothing; no need to wait for a recruiter.
    tx.execute(
        "UPDATE assessment_answers SET points = 0, is_correct = 0
         WHERE attempt_id = ?1 AND points IS NULL AND trim(COALESCE(answer_text, '')) = ''",
        [attempt_id],
    )?;
    let now = Utc::now();
    let ended = match (&a.deadline_at, auto) {
        (Some(d), true) => d.clone(),
        _ => now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    };
    let seconds = DateTime::parse_from_rfc3339(&ended)
        .ok()
        .zip(DateTime::parse_from_rfc3339(&a.started_at).ok())
        .map(|(e, s)| (e - s).num_seconds().max(0));
    tx.execute(
        "UPDATE assessment_attempts SET is_completed = 1, completed_at = ?2, auto_submitted = ?3, duration_seconds = ?4,
             total_questions = ?5, updated_at = ?6 WHERE id = ?1",
        params![attempt_id, ended, auto, seconds, qs.len() as i64, now_utc()],
    )?;
    rescore(tx, attempt_id)
}

/// Recompute correct answers, the percentage and whether every answer is scored.
pub(super) fn rescore(tx: &Connection, attempt_id: &str) -> Result<()> {
    tx.execute(
        "UPDATE assessment_attempts SET
             correct_answers = (SELECT count(*) FROM assessment_answers WHERE attempt_id = ?1 AND is_correct = 1),
             score_percentage = CASE WHEN total_questions = 0 THEN NULL ELSE
                 min(100.0, round(100.0 * (SELECT COALESCE(sum(points), 0) FROM assessment_answers WHERE attempt_id = ?1) / total_questions, 2)) END,
             is_scored = NOT EXISTS (SELECT 1 FROM assessment_answers WHERE attempt_id = ?1 AND points IS NULL),
             updated_at = ?2
         WHERE id = ?1",
        params![attempt_id, now_utc()],
    )?;
    Ok(())
}

/// Auto-submit an attempt whose time is up (inside the caller's transaction);
/// true when it is (now) closed.
pub(super) fn close_if_due(tx: &Connection, attempt_id: &str) -> Result<bool> {
    let a = attempt_row(tx, attempt_id)?;
    if a.is_completed {
        return Ok(true);
    }
    if matches!(&a.deadline_at, Some(d) if *d <= now_utc()) {
        finalize(tx, attempt_id, true)?;
        return Ok(true);
    }
    Ok(false)
}

/// The candidate's view of an attempt (call [`close_if_due`] first).
pub(crate) fn session(c: &Connection, attempt_id: &str) -> Result<TestSession> {
    let a = attempt_row(c, attempt_id)?;
    let (title, description): (String, Option<String>) = match &a.assessment_id {
        Some(id) => c.query_row(
            "SELECT title, description FROM assessments WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?,
        None => ("Assessment".into(), None),
    };
    let (name, auto): (Option<String>, bool) = c.query_row(
        "SELECT candidate_name, auto_submitted FROM assessment_attempts WHERE id = ?1",
        [attempt_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let questions = questions(c, &a)?
        .into_iter()
        .map(|q| TestQuestion {
            starter_code: if q.kind == QuestionKind::Coding {
                q.sample_answer
            } else {
                None
            },
            id: q.id,
            kind: q.kind,
            question_text: q.question_text,
            options: q.options,
        })
        .collect();
    let answers = answers(c, attempt_id)?
        .into_iter()
        .map(|x| SavedAnswer {
            is_correct: None,
            points: None,
            scored_at: None,
            ..x
        })
        .collect();
    Ok(TestSession {
        attempt_id: attempt_id.to_string(),
        assessment_title: title,
        description,
        candidate_name: name,
        deadline_at: a
            .deadline_at
            .clone()
            .unwrap_or_else(|| a.started_at.clone()),
        started_at: a.started_at,
        submitted: a.is_completed,
        auto_submitted: auto,
        questions,
        answers,
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AttemptRef {
    pub attempt_id: String,
}

/// The running test (resumed after a restart; closed automatically once time is up).
pub fn assessment_session(ctx: &Context, req: AttemptRef) -> Result<TestSession> {
    ctx.store().write(|tx| {
        close_if_due(tx, &req.attempt_id)?;
        session(tx, &req.attempt_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AnswerSave {
    pub attempt_id: String,
    pub question_id: String,
    /// Multiple choice: the chosen option.
    #[serde(default)]
    pub selected_answer: Option<String>,
    /// Free text or code.
    #[serde(default)]
    pub answer_text: Option<String>,
}

/// The longest free-text or code answer kept (a runaway paste is refused, not truncated).
const MAX_ANSWER_CHARS: usize = 100_000;

/// Save (or change) one answer while the test runs.
pub fn assessment_answer(ctx: &Context, req: AnswerSave) -> Result<SavedAnswer> {
    ctx.store().write(|tx| {
        let a = attempt_row(tx, &req.attempt_id)?;
        if let Some(d) = a.deadline_at.as_deref().filter(|d| *d <= now_utc().as_str()) {
            return Err(Error::coded(ErrorCode::Expired, "attempt_id", format!("time ran out at {d}; the answer was not saved")));
        }
        if a.is_completed {
            return Err(Error::conflict_on("attempt_id", "the test was already submitted"));
        }
        let q = questions(tx, &a)?
            .into_iter()
            .find(|q| q.id == req.question_id)
            .ok_or_else(|| Error::invalid_value("question_id", "the question is not part of this test"))?;
        let (selected, text) = match q.kind {
            QuestionKind::Mcq => {
                let s = optional_text(req.selected_answer.clone()).ok_or_else(|| Error::missing_field("selected_answer"))?;
                if !q.options.as_deref().unwrap_or_default().contains(&s) {
                    return Err(Error::invalid_value("selected_answer", "selected_answer must be one of the question's options"));
                }
                (Some(s), None)
            }
            _ if req.selected_answer.is_some() => {
                return Err(Error::invalid_value("selected_answer", "only multiple-choice questions take selected_answer; send answer_text"));
            }
            _ => {
                let text = req.answer_text.clone().unwrap_or_default();
                if text.chars().count() > MAX_ANSWER_CHARS {
                    return Err(Error::invalid_value("answer_text", format!("answer_text is longer than {MAX_ANSWER_CHARS} characters")));
                }
                (None, Some(text))
            }
        };
        let now = now_utc();
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM assessment_answers WHERE attempt_id = ?1 AND question_id = ?2 ORDER BY created_at LIMIT 1",
                params![req.attempt_id, req.question_id],
                |r| r.get(0),
            )
            .optional()?;
        let id = match existing {
            Some(id) => {
                tx.execute(
                    "UPDATE assessment_answers SET selected_answer = ?2, answer_text = ?3, updated_at = ?4 WHERE id = ?1",
                    params![id, selected, text, now],
                )?;
                id
            }
            None => {
                let id = new_id();
                tx.execute(
                    "INSERT INTO assessment_answers (id, attempt_id, question_id, selected_answer, answer_text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![id, req.attempt_id, req.question_id, selected, text, now],
                )?;
                id
            }
        };
        Ok(tx.query_row(&format!("SELECT {ANSWER_COLUMNS} FROM assessment_answers WHERE id = ?1"), [&id], answer_from_row)?)
    })
}

/// Hand the test in (after the deadline it is already auto-submitted; this returns it as it is).
pub fn assessment_submit(ctx: &Context, req: AttemptRef) -> Result<TestSession> {
    ctx.store().write(|tx| {
        if !close_if_due(tx, &req.attempt_id)? {
            finalize(tx, &req.attempt_id, false)?;
        }
        session(tx, &req.attempt_id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "assessment_session",
            "The running test (resumes after a restart; auto-submits once time is up)",
            assessment_session
        ),
        command!(
            "assessment_answer",
            "Save one answer while the test runs (refused after the time limit)",
            assessment_answer
        ),
        command!(
            "assessment_submit",
            "Hand the test in; multiple choice is scored at once",
            assessment_submit
        ),
    ]
}
