//! Mock interviews: draw questions from the bank by category and difficulty,
//! record an answer and a self-score (0-10, against the question's rubric)
//! per question, and finish with a performance summary. Finishing writes one
//! `performance_metrics` row per category, which the progress chart reads.

use std::collections::BTreeMap;

use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bank::ensure_bank;
use super::performance::record;
use super::{load_question, Difficulty, Question, QuestionCategory};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::domain::identity::local_user_id;
use crate::domain::support::{optional_text, ById};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct MockItem {
    pub response_id: String,
    pub position: i64,
    pub question: Question,
    pub response_text: Option<String>,
    /// Self-score 0-10; `None` while unanswered.
    pub score: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CategoryResult {
    pub category: String,
    /// 0-100
    pub score: f64,
    pub answered: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct MockInterview {
    pub id: String,
    pub title: Option<String>,
    pub category: Option<QuestionCategory>,
    pub difficulty: Option<Difficulty>,
    pub is_completed: bool,
    /// 0-100, once finished.
    pub overall_score: Option<f64>,
    pub performance_summary: Option<String>,
    pub items: Vec<MockItem>,
    /// Per-category results, once finished.
    pub by_category: Vec<CategoryResult>,
    pub created_at: String,
    pub completed_at: Option<String>,
}

fn load(conn: &Connection, id: &str) -> Result<MockInterview> {
    type Head = (
        Option<String>,
        Option<QuestionCategory>,
        Option<Difficulty>,
        bool,
        Option<f64>,
        Option<String>,
        String,
        Option<String>,
    );
    let head: Option<Head> = conn
        .query_row(
            "SELECT title, category, difficulty, is_completed, overall_score, performance_summary, created_at, completed_at
             FROM mock_interviews WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
        )
        .optional()?;
    let (
        title,
        category,
        difficulty,
        is_completed,
        overall_score,
        performance_summary,
        created_at,
        completed_at,
    ) = head.ok_or_else(|| Error::not_found("mock interview", id))?;
    type Answer = (String, i64, String, Option<String>, Option<f64>);
    let rows: Vec<Answer> = conn
        .prepare_cached(
            "SELECT id, position, question_id, response_text, score FROM interview_responses
             WHERE mock_interview_id = ?1 ORDER BY position, id",
        )?
        .query_map([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut items = Vec::with_capacity(rows.len());
    for (response_id, position, qid, response_text, score) in rows {
        items.push(MockItem {
            response_id,
            position,
            question: load_question(conn, &qid)?,
            response_text,
            score,
        });
    }
    let by_category = if is_completed {
        results(&items)
    } else {
        Vec::new()
    };
    Ok(MockInterview {
        id: id.to_string(),
        title,
        category,
        difficulty,
        is_completed,
        overall_score,
        performance_summary,
        items,
        by_category,
        created_at,
        completed_at,
    })
}

/// Per-category mean of answered questions, as 0-100.
fn results(items: &[MockItem]) -> Vec<CategoryResult> {
    let mut by: BTreeMap<String, (f64, i64)> = BTreeMap::new();
    for i in items {
        if let Some(s) = i.score {
            let e = by
                .entry(i.question.category.as_str().to_string())
                .or_default();
            e.0 += s;
            e.1 += 1;
        }
    }
    by.into_iter()
        .map(|(category, (sum, n))| CategoryResult {
            category,
            score: sum / n as f64 * 10.0,
            answered: n,
        })
        .collect()
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MockInterviewStart {
    #[serde(default)]
    pub category: Option<QuestionCategory>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    /// How many questions (1-20, default 5).
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub title: Option<String>,
}

pub fn mock_interview_start(ctx: &Context, req: MockInterviewStart) -> Result<MockInterview> {
    let count = req.count.unwrap_or(5);
    if !(1..=20).contains(&count) {
        return Err(Error::invalid_value(
            "count",
            "count must be between 1 and 20",
        ));
    }
    ctx.store().write(|tx| {
        ensure_bank(tx)?;
        let user = local_user_id(tx)?;
        let ids: Vec<String> = tx
            .prepare(
                "SELECT id FROM questions WHERE is_active = 1 AND kind <> 'mcq'
                   AND (?1 IS NULL OR category = ?1) AND (?2 IS NULL OR difficulty = ?2)
                 ORDER BY random() LIMIT ?3",
            )?
            .query_map(params![req.category, req.difficulty, count], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.is_empty() {
            return Err(Error::invalid_value("category", "no practice questions match this category and difficulty"));
        }
        let id = new_id();
        let now = now_utc();
        let title = optional_text(req.title).unwrap_or_else(|| {
            let what = req.category.map(|c| c.as_str().replace('_', " ")).unwrap_or_else(|| "mixed".into());
            format!("Mock interview: {what}")
        });
        tx.execute(
            "INSERT INTO mock_interviews (id, user_id, title, category, difficulty, scheduled_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
            params![id, user, title, req.category, req.difficulty, now],
        )?;
        for (position, q) in ids.iter().enumerate() {
            tx.execute(
                "INSERT INTO interview_responses (id, mock_interview_id, question_id, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![new_id(), id, q, position as i64, now],
            )?;
        }
        load(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MockInterviewAnswer {
    pub response_id: String,
    #[serde(default)]
    pub response_text: Option<String>,
    /// Self-score 0-10 against the rubric.
    pub score: f64,
}

pub fn mock_interview_answer(ctx: &Context, req: MockInterviewAnswer) -> Result<MockInterview> {
    if !(0.0..=10.0).contains(&req.score) {
        return Err(Error::invalid_value(
            "score",
            "score must be between 0 and 10",
        ));
    }
    ctx.store().write(|tx| {
        let row: Option<(String, bool)> = tx
            .query_row(
                "SELECT m.id, m.is_completed FROM interview_responses r JOIN mock_interviews m ON m.id = r.mock_interview_id
                 WHERE r.id = ?1",
                [&req.response_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (mock, done) = row.ok_or_else(|| Error::dangling_reference("response_id", "mock interview question", &req.response_id))?;
        if done {
            return Err(Error::conflict("this mock interview is finished").with_field("response_id"));
        }
        tx.execute(
            "UPDATE interview_responses SET response_text = ?2, score = ?3, updated_at = ?4 WHERE id = ?1",
            params![req.response_id, optional_text(req.response_text), req.score, now_utc()],
        )?;
        load(tx, &mock)
    })
}

fn summary(items: &[MockItem], by: &[CategoryResult], overall: f64) -> String {
    let answered = items.iter().filter(|i| i.score.is_some()).count();
    let mut text = format!(
        "Answered {answered} of {} questions; overall {overall:.0}/100.",
        items.len()
    );
    if let (Some(best), Some(worst)) = (
        by.iter().max_by(|a, b| a.score.total_cmp(&b.score)),
        by.iter().min_by(|a, b| a.score.total_cmp(&b.score)),
    ) {
        if by.len() > 1 {
            text.push_str(&format!(
                " Strongest: {} ({:.0}). Work on: {} ({:.0}).",
                best.category.replace('_', " "),
                best.score,
                worst.category.replace('_', " "),
                worst.score
            ));
        }
    }
    let weak: Vec<String> = items
        .iter()
        .filter(|i| i.score.is_some_and(|s| s < 5.0))
        .filter_map(|i| i.question.topic.clone())
        .collect();
    if !weak.is_empty() {
        text.push_str(&format!(" Review: {}.", weak.join(", ")));
    }
    text
}

pub fn mock_interview_finish(ctx: &Context, req: ById) -> Result<MockInterview> {
    ctx.store().write(|tx| {
        let m = load(tx, &req.id)?;
        if m.is_completed {
            return Ok(m);
        }
        let scores: Vec<f64> = m.items.iter().filter_map(|i| i.score).collect();
        if scores.is_empty() {
            return Err(Error::invalid_value("id", "answer and score at least one question before finishing"));
        }
        let overall = scores.iter().sum::<f64>() / scores.len() as f64 * 10.0;
        let by = results(&m.items);
        let text = summary(&m.items, &by, overall);
        let user: String = tx.query_row("SELECT user_id FROM mock_interviews WHERE id = ?1", [&req.id], |r| r.get(0))?;
        let now = now_utc();
        let day = Utc::now().date_naive().format("%Y-%m-%d").to_string();
        for c in &by {
            record(tx, &user, Some(&req.id), &c.category, c.score, &day, "mock_interview")?;
        }
        tx.execute(
            "UPDATE mock_interviews SET is_completed = 1, completed_at = ?2, overall_score = ?3, performance_summary = ?4,
                 updated_at = ?2 WHERE id = ?1",
            params![req.id, now, overall, text],
        )?;
        load(tx, &req.id)
    })
}

pub fn mock_interview_get(ctx: &Context, req: ById) -> Result<MockInterview> {
    ctx.store().read(|c| load(c, &req.id))
}

pub fn mock_interview_list(ctx: &Context, _req: NoArgs) -> Result<Vec<MockInterview>> {
    ctx.store().read(|c| {
        let ids: Vec<String> = c
            .prepare("SELECT id FROM mock_interviews ORDER BY created_at DESC, id DESC LIMIT 100")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| load(c, id)).collect()
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "mock_interview_start",
            "Start a mock interview: questions drawn from the bank by category and difficulty",
            mock_interview_start
        ),
        command!(
            "mock_interview_answer",
            "Record an answer and its self-score (0-10) in a mock interview",
            mock_interview_answer
        ),
        command!(
            "mock_interview_finish",
            "Finish a mock interview: scores, a summary, and progress per category",
            mock_interview_finish
        ),
        command!(
            "mock_interview_get",
            "One mock interview with its questions and answers",
            mock_interview_get
        ),
        command!(
            "mock_interview_list",
            "Your mock interviews, newest first",
            mock_interview_list
        ),
    ]
}
