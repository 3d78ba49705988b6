//! The recruiter's side of an attempt: the list with scores, the review of
//! one attempt (questions with keys and rubrics, answers, proctoring), scoring
//! free text and code by hand, and releasing the result. WHY release is
//! separate from scoring: the candidate sees a score only once a person has
//! checked it, and a released score is final (scoring after it is refused).

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::practice::QuestionKind;
use super::super::support::{ensure_optional, page, Page};
use super::attempts::{
    answers, attempt_row, close_if_due, questions, rescore, AttemptRef, SavedAnswer,
};
use super::{list_events, ProctoringEvent, SetQuestion};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, now_utc};

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
