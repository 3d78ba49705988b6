//! Question sets by skill and level and their questions: multiple choice
//! (options and the correct one), free text (a model answer and rubric for the
//! recruiter) and coding challenges (starter code and rubric; see the module
//! doc of [`super`] for why code is scored by hand). Removing a question only
//! deactivates it, so attempts that included it stay readable.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::candidates::SkillLevel;
use super::super::practice::{Difficulty, QuestionKind};
use super::super::support::{
    json_strings, optional_text, page, required_text, strings_from_json, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
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

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
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
    ]
}
