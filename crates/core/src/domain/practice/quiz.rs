//! Multiple-choice quizzes: questions drawn from the bank without their
//! answers, scored automatically on submit. A submitted quiz records a score
//! per category (for the progress chart) and counts toward the daily quiz
//! streak, all in one transaction.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bank::ensure_bank;
use super::performance::record;
use super::streaks::{parse_day, record_quiz, Streak};
use super::{Difficulty, QuestionCategory, QuestionKind};
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::domain::identity::local_user_id;
use crate::domain::support::strings_from_json;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct QuizQuestion {
    pub id: String,
    pub question_text: String,
    pub category: QuestionCategory,
    pub difficulty: Difficulty,
    pub topic: Option<String>,
    pub options: Vec<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuizStart {
    #[serde(default)]
    pub category: Option<QuestionCategory>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    /// How many questions (1-30, default 10).
    #[serde(default)]
    pub count: Option<u32>,
}

pub fn quiz_start(ctx: &Context, req: QuizStart) -> Result<Vec<QuizQuestion>> {
    let count = req.count.unwrap_or(10);
    if !(1..=30).contains(&count) {
        return Err(Error::invalid_value(
            "count",
            "count must be between 1 and 30",
        ));
    }
    ctx.store().write(|tx| {
        ensure_bank(tx)?;
        let rows = tx
            .prepare(
                "SELECT id, question_text, category, difficulty, topic, options FROM questions
                 WHERE is_active = 1 AND kind = 'mcq' AND (?1 IS NULL OR category = ?1) AND (?2 IS NULL OR difficulty = ?2)
                 ORDER BY random() LIMIT ?3",
            )?
            .query_map(params![req.category, req.difficulty, count], |r| {
                let options: Option<String> = r.get(5)?;
                Ok(QuizQuestion {
                    id: r.get(0)?,
                    question_text: r.get(1)?,
                    category: r.get(2)?,
                    difficulty: r.get(3)?,
                    topic: r.get(4)?,
                    options: options.as_deref().map(strings_from_json).unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if rows.is_empty() {
            return Err(Error::invalid_value("category", "no quiz questions match this category and difficulty"));
        }
        Ok(rows)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuizAnswer {
    pub question_id: String,
    pub selected_answer: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct QuizSubmit {
    pub answers: Vec<QuizAnswer>,
    /// The day the quiz was taken, `YYYY-MM-DD` (default today, UTC).
    #[serde(default)]
    pub day: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct QuizMark {
    pub question_id: String,
    pub is_correct: bool,
    pub correct_answer: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct QuizResult {
    pub correct: i64,
    pub total: i64,
    /// 0-100
    pub score: f64,
    pub marks: Vec<QuizMark>,
    pub by_category: Vec<super::mock::CategoryResult>,
    pub quiz_streak: Streak,
}

pub fn quiz_submit(ctx: &Context, req: QuizSubmit) -> Result<QuizResult> {
    if req.answers.is_empty() {
        return Err(Error::invalid_value(
            "answers",
            "answer at least one question",
        ));
    }
    let day = parse_day(req.day)?;
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let mut marks = Vec::with_capacity(req.answers.len());
        let mut by: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        for (i, a) in req.answers.iter().enumerate() {
            let field = format!("answers[{i}].question_id");
            let row: Option<(QuestionKind, Option<String>, String)> = tx
                .query_row(
                    "SELECT kind, correct_answer, category FROM questions WHERE id = ?1",
                    [&a.question_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (kind, correct, category) =
                row.ok_or_else(|| Error::dangling_reference(&field, "question", &a.question_id))?;
            let correct = match (kind, correct) {
                (QuestionKind::Mcq, Some(c)) => c,
                _ => {
                    return Err(Error::invalid_value(
                        field,
                        "only multiple-choice questions can be in a quiz",
                    ))
                }
            };
            let is_correct = correct == a.selected_answer;
            let e = by.entry(category).or_default();
            e.0 += i64::from(is_correct);
            e.1 += 1;
            marks.push(QuizMark {
                question_id: a.question_id.clone(),
                is_correct,
                correct_answer: correct,
            });
        }
        let day_text = day.format("%Y-%m-%d").to_string();
        let mut by_category = Vec::new();
        for (category, (right, n)) in by {
            let score = right as f64 / n as f64 * 100.0;
            record(tx, &user, None, &category, score, &day_text, "quiz")?;
            by_category.push(super::mock::CategoryResult {
                category,
                score,
                answered: n,
            });
        }
        let correct = marks.iter().filter(|m| m.is_correct).count() as i64;
        let total = marks.len() as i64;
        Ok(QuizResult {
            correct,
            total,
            score: correct as f64 / total as f64 * 100.0,
            marks,
            by_category,
            quiz_streak: record_quiz(tx, day)?,
        })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "quiz_start",
            "Draw multiple-choice questions (without answers) for a quiz",
            quiz_start
        ),
        command!(
            "quiz_submit",
            "Score a quiz automatically; records progress per category and the quiz streak",
            quiz_submit
        ),
    ]
}
