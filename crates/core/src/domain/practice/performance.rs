//! Practice performance: scores (0-100) per category over time, from
//! `performance_metrics` rows that mock interviews and quizzes write when they
//! finish. One row per category per session, so averages weigh sessions, not
//! questions.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::{CommandSpec, Context};
use crate::error::Result;
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CategoryScore {
    pub category: String,
    /// Mean session score, 0-100.
    pub average: f64,
    pub sessions: i64,
    /// Most recent session's score.
    pub last_score: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ScorePoint {
    /// `YYYY-MM-DD`
    pub day: String,
    /// Mean score that day, 0-100.
    pub score: f64,
    pub sessions: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CategorySeries {
    pub category: String,
    pub points: Vec<ScorePoint>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Performance {
    pub categories: Vec<CategoryScore>,
    pub series: Vec<CategorySeries>,
}

/// Record one session's score for a category (inside the session's transaction).
pub(crate) fn record(
    conn: &Connection,
    user: &str,
    mock_interview_id: Option<&str>,
    category: &str,
    score: f64,
    day: &str,
    source: &str,
) -> Result<()> {
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO performance_metrics (id, user_id, mock_interview_id, category, score, recorded_on, source, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![new_id(), user, mock_interview_id, category, score.clamp(0.0, 100.0), day, source, now])?;
    Ok(())
}

pub(crate) fn category_averages(conn: &Connection) -> Result<Vec<CategoryScore>> {
    let rows = conn
        .prepare(
            "SELECT category, avg(score), count(*),
                    (SELECT p2.score FROM performance_metrics p2 WHERE p2.category = p.category
                     ORDER BY p2.recorded_on DESC, p2.created_at DESC LIMIT 1)
             FROM performance_metrics p GROUP BY category ORDER BY category",
        )?
        .query_map([], |r| {
            Ok(CategoryScore {
                category: r.get(0)?,
                average: r.get(1)?,
                sessions: r.get(2)?,
                last_score: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct PerformanceRequest {
    #[serde(default)]
    pub category: Option<String>,
}

pub fn practice_performance(ctx: &Context, req: PerformanceRequest) -> Result<Performance> {
    ctx.store().read(|c| {
        let rows: Vec<(String, String, f64, i64)> = c
            .prepare(
                "SELECT category, recorded_on, avg(score), count(*) FROM performance_metrics
                 WHERE ?1 IS NULL OR category = ?1 GROUP BY category, recorded_on ORDER BY category, recorded_on",
            )?
            .query_map(params![req.category], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut series: Vec<CategorySeries> = Vec::new();
        for (category, day, score, sessions) in rows {
            if series.last().map(|s| &s.category) != Some(&category) {
                series.push(CategorySeries { category: category.clone(), points: Vec::new() });
            }
            if let Some(s) = series.last_mut() {
                s.points.push(ScorePoint { day, score, sessions });
            }
        }
        let mut categories = category_averages(c)?;
        if let Some(only) = &req.category {
            categories.retain(|s| &s.category == only);
        }
        Ok(Performance { categories, series })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "practice_performance",
        "Practice scores per category: averages and a daily series for charts",
        practice_performance
    )]
}
