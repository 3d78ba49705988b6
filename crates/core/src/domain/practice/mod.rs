//! Practice: the one question bank (open, multiple-choice and coding
//! questions, with rubrics) and quick multiple-choice scoring. Mock interviews
//! and quizzes build on these rows; the bank shipped with the app is loaded by
//! [`bank`]; progress and streaks live in [`performance`] and [`streaks`].

pub mod bank;
pub mod mock;
pub mod performance;
pub mod quiz;
pub mod streaks;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{optional_text, page, required_text, Page};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum QuestionKind { Open = "open", Mcq = "mcq", Coding = "coding" }
}

string_enum! {
    pub enum QuestionCategory {
        Technical = "technical", Behavioral = "behavioral", Situational = "situational", SystemDesign = "system_design",
        Coding = "coding", Communication = "communication", Leadership = "leadership", Culture = "culture", General = "general",
    }
}

string_enum! {
    pub enum Difficulty { Easy = "easy", Medium = "medium", Hard = "hard" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub question_text: String,
    pub category: QuestionCategory,
    pub topic: Option<String>,
    pub difficulty: Difficulty,
    pub options: Option<Vec<String>>,
    pub rubric: Vec<String>,
    pub is_active: bool,
}

const QUESTION_COLUMNS: &str =
    "id, kind, question_text, category, topic, difficulty, options, rubric, is_active";

fn question_from_row(r: &Row<'_>) -> rusqlite::Result<Question> {
    let options: Option<String> = r.get(6)?;
    let rubric: String = r.get(7)?;
    Ok(Question {
        id: r.get(0)?,
        kind: r.get(1)?,
        question_text: r.get(2)?,
        category: r.get(3)?,
        topic: r.get(4)?,
        difficulty: r.get(5)?,
        options: options.and_then(|o| serde_json::from_str(&o).ok()),
        rubric: serde_json::from_str(&rubric).unwrap_or_default(),
        is_active: r.get(8)?,
    })
}

pub(crate) fn load_question(conn: &Connection, id: &str) -> Result<Question> {
    conn.query_row(
        &format!("SELECT {QUESTION_COLUMNS} FROM questions WHERE id = ?1"),
        [id],
        question_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("question", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuestionCreate {
    pub question_text: String,
    pub category: QuestionCategory,
    #[serde(default)]
    pub kind: Option<QuestionKind>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    #[serde(default)]
    pub topic: Option<String>,
    /// Multiple-choice options (required for `mcq`).
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// The correct option's text (required for `mcq`; must be one of `options`).
    #[serde(default)]
    pub correct_answer: Option<String>,
    /// What a strong answer covers, one point per entry.
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub rubric: Vec<String>,
}

pub fn question_create(ctx: &Context, req: QuestionCreate) -> Result<Question> {
    let text = required_text("question_text", &req.question_text)?;
    let kind = req.kind.unwrap_or(QuestionKind::Open);
    if kind == QuestionKind::Mcq {
        let options = req
            .options
            .as_ref()
            .filter(|o| o.len() >= 2)
            .ok_or_else(|| {
                Error::invalid_value(
                    "options",
                    "a multiple-choice question needs at least two options",
                )
            })?;
        let answer = req
            .correct_answer
            .as_ref()
            .ok_or_else(|| Error::missing_field("correct_answer"))?;
        if !options.contains(answer) {
            return Err(Error::invalid_value(
                "correct_answer",
                "correct_answer must be one of the options",
            ));
        }
    }
    let options = req
        .options
        .as_ref()
        .map(|o| serde_json::Value::from(o.clone()).to_string());
    ctx.store().write(|tx| {
        let id = new_id();
        tx.execute(
            "INSERT INTO questions (id, kind, question_text, category, topic, difficulty, options, correct_answer, rubric,
                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                id, kind, text, req.category, optional_text(req.topic), req.difficulty.unwrap_or(Difficulty::Medium),
                options, req.correct_answer, serde_json::Value::from(req.rubric.clone()).to_string(), now_utc()
            ],
        )?;
        load_question(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuestionList {
    #[serde(default)]
    pub category: Option<QuestionCategory>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    #[serde(default)]
    pub kind: Option<QuestionKind>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn question_list(ctx: &Context, req: QuestionList) -> Result<Page<Question>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let filter = "WHERE is_active = 1 AND (?1 IS NULL OR category = ?1) AND (?2 IS NULL OR difficulty = ?2) AND (?3 IS NULL OR kind = ?3)";
    ctx.store().write(|tx| bank::ensure_bank(tx))?;
    ctx.store().read(|c| {
        let total = c.query_row(&format!("SELECT count(*) FROM questions {filter}"), params![req.category, req.difficulty, req.kind], |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {QUESTION_COLUMNS} FROM questions {filter} ORDER BY category, difficulty, id LIMIT ?4 OFFSET ?5"))?
            .query_map(params![req.category, req.difficulty, req.kind, limit, offset], question_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AnswerCheck {
    pub question_id: String,
    pub selected_answer: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct AnswerResult {
    pub is_correct: bool,
    pub correct_answer: String,
}

/// Score one multiple-choice answer.
pub fn question_check_answer(ctx: &Context, req: AnswerCheck) -> Result<AnswerResult> {
    ctx.store().read(|c| {
        let row: Option<(QuestionKind, Option<String>)> = c
            .query_row(
                "SELECT kind, correct_answer FROM questions WHERE id = ?1",
                [&req.question_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (kind, correct) = row.ok_or_else(|| {
            Error::dangling_reference("question_id", "question", &req.question_id)
        })?;
        match (kind, correct) {
            (QuestionKind::Mcq, Some(correct)) => Ok(AnswerResult {
                is_correct: correct == req.selected_answer,
                correct_answer: correct,
            }),
            _ => Err(Error::invalid_value(
                "question_id",
                "only multiple-choice questions are scored automatically",
            )),
        }
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    let mut all = vec![
        command!(
            "question_create",
            "Add a question (open, multiple-choice or coding) to the question bank",
            question_create
        ),
        command!(
            "question_list",
            "List active questions by category, difficulty or kind",
            question_list
        ),
        command!(
            "question_check_answer",
            "Score a multiple-choice answer",
            question_check_answer
        ),
    ];
    all.extend(bank::commands());
    all.extend(mock::commands());
    all.extend(quiz::commands());
    all.extend(performance::commands());
    all.extend(streaks::commands());
    all
}
