//! Taking a test and scoring it. Every answer is its own command and its own
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
use super::super::support::{ensure_optional, optional_text, page, Page};
use super::{
    list_events, question_from_row, set_questions, ProctoringEvent, SetQuestion, QUESTION_COLUMNS,
};
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

struct AttemptRow {
    assessment_id: Option<String>,
    question_set_id: Option<String>,
    started_at: String,
    deadline_at: Option<String>,
    is_completed: bool,
    /// `{"question_ids": [...]}`, fixed at the start.
    results: String,
}

fn attempt_row(conn: &Connection, id: &str) -> Result<AttemptRow> {
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

fn answers(conn: &Connection, attempt_id: &str) -> Result<Vec<SavedAnswer>> {
    Ok(conn
        .prepare(&format!("SELECT {ANSWER_COLUMNS} FROM assessment_answers WHERE attempt_id = ?1 ORDER BY created_at, id"))?
        .query_map([attempt_id], answer_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The attempt's questions: the ones fixed at its start, in that order (older
/// attempts without that list: the set's current questions).
fn questions(conn: &Connection, a: &AttemptRow) -> Result<Vec<SetQuestion>> {
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
fn rescore(tx: &Connection, attempt_id: &str) -> Result<()> {
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
pub(crate) fn close_if_due(tx: &Connection, attempt_id: &str) -> Result<bool> {
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
            _ => (None, req.answer_text.clone()),
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

/// An attempt as the recruiter sees it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct AttemptSummary {
    pub id: String,
    pub assessment_id: Option<String>,
    pub candidate_id: Option<String>,
    pub candidate_name: Option<String>,
    pub started_at: String,
    pub deadline_at: Option<String>,
    pub completed_at: Option<String>,
    pub is_completed: bool,
    pub auto_submitted: bool,
    pub total_questions: i64,
    pub correct_answers: i64,
    pub score_percentage: Option<f64>,
    /// Every answer has points (free text and coding scored by the recruiter).
    pub is_scored: bool,
    pub score_released_at: Option<String>,
    pub proctoring_events: i64,
    pub flagged_events: i64,
}

const SUMMARY_COLUMNS: &str = "t.id, t.assessment_id, t.candidate_id, t.candidate_name, t.started_at, t.deadline_at, t.completed_at,
     t.is_completed, t.auto_submitted, t.total_questions, t.correct_answers, t.score_percentage, t.is_scored, t.score_released_at,
     (SELECT count(*) FROM proctoring_events e WHERE e.attempt_id = t.id),
     (SELECT count(*) FROM proctoring_events e WHERE e.attempt_id = t.id AND e.flagged = 1)";

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<AttemptSummary> {
    Ok(AttemptSummary {
        id: r.get(0)?,
        assessment_id: r.get(1)?,
        candidate_id: r.get(2)?,
        candidate_name: r.get(3)?,
        started_at: r.get(4)?,
        deadline_at: r.get(5)?,
        completed_at: r.get(6)?,
        is_completed: r.get(7)?,
        auto_submitted: r.get(8)?,
        total_questions: r.get(9)?,
        correct_answers: r.get(10)?,
        score_percentage: r.get(11)?,
        is_scored: r.get(12)?,
        score_released_at: r.get(13)?,
        proctoring_events: r.get(14)?,
        flagged_events: r.get(15)?,
    })
}

fn load_summary(conn: &Connection, id: &str) -> Result<AttemptSummary> {
    conn.query_row(
        &format!("SELECT {SUMMARY_COLUMNS} FROM assessment_attempts t WHERE t.id = ?1"),
        [id],
        summary_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::dangling_reference("attempt_id", "attempt", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AttemptList {
    #[serde(default)]
    pub assessment_id: Option<String>,
    #[serde(default)]
    pub candidate_id: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn assessment_attempt_list(ctx: &Context, req: AttemptList) -> Result<Page<AttemptSummary>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let filter = "WHERE t.assessment_id IS NOT NULL AND (?1 IS NULL OR t.assessment_id = ?1) AND (?2 IS NULL OR t.candidate_id = ?2)";
    ctx.store().read(|c| {
        let total = c.query_row(&format!("SELECT count(*) FROM assessment_attempts t {filter}"), params![req.assessment_id, req.candidate_id], |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {SUMMARY_COLUMNS} FROM assessment_attempts t {filter} ORDER BY t.started_at DESC, t.id LIMIT ?3 OFFSET ?4"))?
            .query_map(params![req.assessment_id, req.candidate_id, limit, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ReviewItem {
    pub question: SetQuestion,
    pub answer: Option<SavedAnswer>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct AttemptReview {
    pub attempt: AttemptSummary,
    pub items: Vec<ReviewItem>,
    pub proctoring: Vec<ProctoringEvent>,
}

/// Everything the recruiter reviews: questions with keys, answers with scores, proctoring events.
pub fn assessment_attempt_review(ctx: &Context, req: AttemptRef) -> Result<AttemptReview> {
    ctx.store().write(|c| {
        close_if_due(c, &req.attempt_id)?;
        let a = attempt_row(c, &req.attempt_id)?;
        let mut given = answers(c, &req.attempt_id)?;
        let items = questions(c, &a)?
            .into_iter()
            .map(|q| {
                let answer = given
                    .iter()
                    .position(|x| x.question_id == q.id)
                    .map(|i| given.swap_remove(i));
                ReviewItem {
                    question: q,
                    answer,
                }
            })
            .collect();
        Ok(AttemptReview {
            attempt: load_summary(c, &req.attempt_id)?,
            items,
            proctoring: list_events(c, &req.attempt_id)?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AnswerScore {
    pub answer_id: String,
    /// 0 (wrong) to 1 (full marks).
    pub points: f64,
    #[serde(default)]
    pub scored_by: Option<String>,
}

/// The recruiter scores a free-text or coding answer of a submitted test.
pub fn assessment_score_answer(ctx: &Context, req: AnswerScore) -> Result<AttemptSummary> {
    if !(0.0..=1.0).contains(&req.points) {
        return Err(Error::invalid_value(
            "points",
            "points must be between 0 and 1",
        ));
    }
    ctx.store().write(|tx| {
        let row: Option<(String, QuestionKind)> = tx
            .query_row(
                "SELECT a.attempt_id, q.kind FROM assessment_answers a JOIN questions q ON q.id = a.question_id WHERE a.id = ?1",
                [&req.answer_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (attempt_id, kind) = row.ok_or_else(|| Error::dangling_reference("answer_id", "answer", &req.answer_id))?;
        if kind == QuestionKind::Mcq {
            return Err(Error::invalid_value("answer_id", "multiple-choice answers are scored automatically"));
        }
        if !close_if_due(tx, &attempt_id)? {
            return Err(Error::conflict_on("answer_id", "the test is still running"));
        }
        if load_summary(tx, &attempt_id)?.score_released_at.is_some() {
            return Err(Error::conflict_on("answer_id", "the results were already released"));
        }
        ensure_optional(tx, "users", "user", "scored_by", req.scored_by.as_deref())?;
        let now = now_utc();
        tx.execute(
            "UPDATE assessment_answers SET points = ?2, is_correct = ?3, scored_by = ?4, scored_at = ?5, updated_at = ?5 WHERE id = ?1",
            params![req.answer_id, req.points, req.points >= 0.5, req.scored_by, now],
        )?;
        rescore(tx, &attempt_id)?;
        load_summary(tx, &attempt_id)
    })
}

/// Release the results to the candidate (all answers must be scored).
pub fn assessment_release(ctx: &Context, req: AttemptRef) -> Result<AttemptSummary> {
    ctx.store().write(|tx| {
        close_if_due(tx, &req.attempt_id)?;
        let s = load_summary(tx, &req.attempt_id)?;
        if !s.is_completed {
            return Err(Error::conflict_on("attempt_id", "the test has not been submitted yet"));
        }
        let open: i64 = tx.query_row(
            "SELECT count(*) FROM assessment_answers WHERE attempt_id = ?1 AND points IS NULL",
            [&req.attempt_id],
            |r| r.get(0),
        )?;
        if open > 0 {
            return Err(Error::conflict_on("attempt_id", format!("{open} answer(s) still need a score")));
        }
        let now = now_utc();
        tx.execute(
            "UPDATE assessment_attempts SET score_released_at = COALESCE(score_released_at, ?2), updated_at = ?2 WHERE id = ?1",
            params![req.attempt_id, now],
        )?;
        load_summary(tx, &req.attempt_id)
    })
}

/// What the candidate may see of their result.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CandidateResult {
    pub attempt_id: String,
    pub submitted: bool,
    pub released: bool,
    /// Only once released.
    pub score_percentage: Option<f64>,
    pub passed: Option<bool>,
    pub correct_answers: Option<i64>,
    pub total_questions: i64,
}

pub fn assessment_result(ctx: &Context, req: AttemptRef) -> Result<CandidateResult> {
    ctx.store().write(|c| {
        close_if_due(c, &req.attempt_id)?;
        let s = load_summary(c, &req.attempt_id)?;
        let released = s.score_released_at.is_some();
        let passing: Option<i64> = match &s.assessment_id {
            Some(a) => c
                .query_row(
                    "SELECT passing_score FROM assessments WHERE id = ?1",
                    [a],
                    |r| r.get(0),
                )
                .optional()?
                .flatten(),
            None => None,
        };
        Ok(CandidateResult {
            attempt_id: s.id,
            submitted: s.is_completed,
            released,
            score_percentage: if released { s.score_percentage } else { None },
            passed: if released {
                passing.zip(s.score_percentage).map(|(p, x)| x >= p as f64)
            } else {
                None
            },
            correct_answers: if released {
                Some(s.correct_answers)
            } else {
                None
            },
            total_questions: s.total_questions,
        })
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
        command!(
            "assessment_attempt_list",
            "Attempts of an assessment or a candidate, with scores",
            assessment_attempt_list
        ),
        command!(
            "assessment_attempt_review",
            "An attempt's questions, answers, scores and proctoring events",
            assessment_attempt_review
        ),
        command!(
            "assessment_score_answer",
            "Score a free-text or coding answer (0-1 points)",
            assessment_score_answer
        ),
        command!(
            "assessment_release",
            "Release the results to the candidate",
            assessment_release
        ),
        command!(
            "assessment_result",
            "The candidate's result: the score only once released",
            assessment_result
        ),
    ]
}
