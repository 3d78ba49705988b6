//! Assessments (issue 5 item 7): question sets by skill and level holding
//! multiple-choice, free-text and coding questions; assessments built on a
//! set, with a duration, an expiry and a publish state. Sending one to a
//! candidate ([`invitations`]) gives a single-use expiring token; the test
//! is taken inside the app ([`attempts`]) while proctoring events are logged
//! ([`proctoring`]).
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

pub use attempts::*;
pub use invitations::*;
pub use proctoring::*;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::SkillLevel;
use super::practice::{Difficulty, QuestionKind};
use super::support::{
    ensure_exists, json_strings, optional_text, optional_timestamp, page, required_text,
    strings_from_json, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct QuestionSet {
    pub id: String,
    pub title: Option<String>,
    pub skill: String,
    pub level: SkillLevel,
    pub total_questions: i64,
    pub created_at: String,
}

const SET_COLUMNS: &str = "id, title, skill, level, total_questions, created_at";

fn set_from_row(r: &Row<'_>) -> rusqlite::Result<QuestionSet> {
    Ok(QuestionSet {
        id: r.get(0)?,
        title: r.get(1)?,
        skill: r.get(2)?,
        level: r.get(3)?,
        total_questions: r.get(4)?,
        created_at: r.get(5)?,
    })
}

fn load_set(conn: &Connection, id: &str) -> Result<QuestionSet> {
    conn.query_row(
        &format!("SELECT {SET_COLUMNS} FROM question_sets WHERE id = ?1"),
        [id],
        set_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("question set", id))
}

/// A question of a set as the recruiter sees it (with the answer key).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SetQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub question_text: String,
    pub difficulty: Difficulty,
    pub options: Option<Vec<String>>,
    /// The correct option of a multiple-choice question.
    pub correct_answer: Option<String>,
    /// Starter code of a coding challenge, or a model answer of a free-text question.
    pub sample_answer: Option<String>,
    /// What the recruiter checks when scoring free text or code by hand.
    pub rubric: Vec<String>,
    /// False once removed from the set (kept for the attempts that used it).
    pub is_active: bool,
}

pub(crate) const QUESTION_COLUMNS: &str =
    "q.id, q.kind, q.question_text, q.difficulty, q.options, q.correct_answer, q.sample_answer, q.rubric, q.is_active";

pub(crate) fn question_from_row(r: &Row<'_>) -> rusqlite::Result<SetQuestion> {
    let options: Option<String> = r.get(4)?;
    Ok(SetQuestion {
        id: r.get(0)?,
        kind: r.get(1)?,
        question_text: r.get(2)?,
        difficulty: r.get(3)?,
        options: options.and_then(|o| serde_json::from_str(&o).ok()),
        correct_answer: r.get(5)?,
        sample_answer: r.get(6)?,
        rubric: strings_from_json(&r.get::<_, String>(7)?),
        is_active: r.get(8)?,
    })
}

/// The active questions of a set, in the order they were added.
pub(crate) fn set_questions(conn: &Connection, set_id: &str) -> Result<Vec<SetQuestion>> {
    Ok(conn
        .prepare(&format!(
            "SELECT {QUESTION_COLUMNS} FROM questions q WHERE q.question_set_id = ?1 AND q.is_active = 1 ORDER BY q.created_at, q.id"
        ))?
        .query_map([set_id], question_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuestionSetCreate {
    #[serde(default)]
    pub title: Option<String>,
    pub skill: String,
    #[serde(default)]
    pub level: Option<SkillLevel>,
}

pub fn question_set_create(ctx: &Context, req: QuestionSetCreate) -> Result<QuestionSet> {
    let skill = required_text("skill", &req.skill)?;
    ctx.store().write(|tx| {
        let id = new_id();
        tx.execute(
            "INSERT INTO question_sets (id, title, skill, level, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, optional_text(req.title.clone()), skill, req.level.unwrap_or(SkillLevel::Intermediate), now_utc()],
        )?;
        load_set(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuestionSetList {
    #[serde(default)]
    pub skill: Option<String>,
    #[serde(default)]
    pub level: Option<SkillLevel>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn question_set_list(ctx: &Context, req: QuestionSetList) -> Result<Page<QuestionSet>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let skill = optional_text(req.skill);
    let filter = "WHERE (?1 IS NULL OR skill = ?1 COLLATE NOCASE) AND (?2 IS NULL OR level = ?2)";
    ctx.store().read(|c| {
        let total = c.query_row(&format!("SELECT count(*) FROM question_sets {filter}"), params![skill, req.level], |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {SET_COLUMNS} FROM question_sets {filter} ORDER BY skill, level, id LIMIT ?3 OFFSET ?4"))?
            .query_map(params![skill, req.level, limit, offset], set_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct QuestionSetDetail {
    pub set: QuestionSet,
    pub questions: Vec<SetQuestion>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuestionSetGet {
    pub id: String,
}

pub fn question_set_get(ctx: &Context, req: QuestionSetGet) -> Result<QuestionSetDetail> {
    ctx.store().read(|c| {
        Ok(QuestionSetDetail {
            set: load_set(c, &req.id)?,
            questions: set_questions(c, &req.id)?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuestionSetAdd {
    pub question_set_id: String,
    pub kind: QuestionKind,
    pub question_text: String,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    /// Multiple choice: at least two distinct options …
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// … and the correct one.
    #[serde(default)]
    pub correct_answer: Option<String>,
    /// Coding: starter code; free text: a model answer for the recruiter.
    #[serde(default)]
    pub sample_answer: Option<String>,
    /// Free text and coding: criteria the recruiter scores against.
    #[serde(default)]
    pub rubric: Option<Vec<String>>,
}

/// Add a question to a set.
pub fn question_set_add(ctx: &Context, req: QuestionSetAdd) -> Result<SetQuestion> {
    let text = required_text("question_text", &req.question_text)?;
    let mut options = None;
    let mut correct = None;
    if req.kind == QuestionKind::Mcq {
        let opts: Vec<String> = req
            .options
            .clone()
            .unwrap_or_default()
            .iter()
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect();
        let mut distinct = opts.clone();
        distinct.sort();
        distinct.dedup();
        if opts.len() < 2 || distinct.len() != opts.len() {
            return Err(Error::invalid_value(
                "options",
                "a multiple-choice question needs at least two distinct options",
            ));
        }
        let answer = optional_text(req.correct_answer.clone())
            .ok_or_else(|| Error::missing_field("correct_answer"))?;
        if !opts.contains(&answer) {
            return Err(Error::invalid_value(
                "correct_answer",
                "correct_answer must be one of the options",
            ));
        }
        options = Some(serde_json::Value::from(opts).to_string());
        correct = Some(answer);
    } else if req.options.is_some() || req.correct_answer.is_some() {
        let field = if req.options.is_some() {
            "options"
        } else {
            "correct_answer"
        };
        return Err(Error::invalid_value(
            field,
            "only multiple-choice questions have options and a correct answer",
        ));
    }
    let rubric: Vec<String> = req
        .rubric
        .clone()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|c| optional_text(Some(c)))
        .collect();
    if req.kind == QuestionKind::Mcq && !rubric.is_empty() {
        return Err(Error::invalid_value(
            "rubric",
            "multiple-choice questions are scored by their correct answer, not a rubric",
        ));
    }
    let category = if req.kind == QuestionKind::Coding {
        "coding"
    } else {
        "technical"
    };
    ctx.store().write(|tx| {
        let set = load_set(tx, &req.question_set_id)
            .map_err(|_| Error::dangling_reference("question_set_id", "question set", &req.question_set_id))?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO questions (id, kind, question_text, category, topic, difficulty, options, correct_answer, sample_answer,
                 rubric, question_set_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
            params![
                id, req.kind, text, category, set.skill, req.difficulty.unwrap_or(Difficulty::Medium), options, correct,
                optional_text(req.sample_answer.clone()), json_strings(&rubric), set.id, now
            ],
        )?;
        recount(tx, &set.id, &now)?;
        load_question(tx, &id)
    })
}

fn load_question(conn: &Connection, id: &str) -> Result<SetQuestion> {
    conn.query_row(
        &format!("SELECT {QUESTION_COLUMNS} FROM questions q WHERE q.id = ?1"),
        [id],
        question_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("question", id))
}

fn recount(tx: &Connection, set_id: &str, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE question_sets SET total_questions = (SELECT count(*) FROM questions WHERE question_set_id = ?1 AND is_active = 1),
             updated_at = ?2 WHERE id = ?1",
        params![set_id, now],
    )?;
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuestionRemove {
    pub question_id: String,
}

/// Take a question out of its set. Attempts that already included it keep it
/// (it is deactivated, not deleted), so their answers and scores stay readable.
pub fn question_set_remove(ctx: &Context, req: QuestionRemove) -> Result<QuestionSetDetail> {
    ctx.store().write(|tx| {
        let set_id: Option<Option<String>> = tx
            .query_row(
                "SELECT question_set_id FROM questions WHERE id = ?1",
                [&req.question_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(Some(set_id)) = set_id else {
            return Err(Error::dangling_reference(
                "question_id",
                "question of a set",
                &req.question_id,
            ));
        };
        let now = now_utc();
        tx.execute(
            "UPDATE questions SET is_active = 0, updated_at = ?2 WHERE id = ?1",
            params![req.question_id, now],
        )?;
        recount(tx, &set_id, &now)?;
        Ok(QuestionSetDetail {
            set: load_set(tx, &set_id)?,
            questions: set_questions(tx, &set_id)?,
        })
    })
}

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
            "question_set_create",
            "Create a question set for a skill and level",
            question_set_create
        ),
        command!(
            "question_set_list",
            "List question sets by skill or level",
            question_set_list
        ),
        command!(
            "question_set_get",
            "A question set with its questions and answer keys",
            question_set_get
        ),
        command!(
            "question_set_add",
            "Add a multiple-choice, free-text or coding question to a set",
            question_set_add
        ),
        command!(
            "question_set_remove",
            "Take a question out of its set (attempts that included it keep it)",
            question_set_remove
        ),
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
    all.extend(invitations::commands());
    all.extend(attempts::commands());
    all.extend(proctoring::commands());
    all
}
