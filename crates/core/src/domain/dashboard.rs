//! The recruiter dashboard in one read: pipeline counts per requisition,
//! average time in each stage (from the application timelines), interviews
//! this week by day, and the action queue. WHY one command: the screen shows
//! all four at once, and one transaction gives numbers that agree.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::action_queue::{refreshed, ActionItem};
use super::requisitions::StageKind;
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct StageCount {
    pub stage_id: String,
    pub name: String,
    pub kind: StageKind,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct RequisitionPipeline {
    pub requisition_id: String,
    pub title: String,
    pub status: String,
    pub total: i64,
    pub stages: Vec<StageCount>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct StageTime {
    /// Stage name (stages of the same name across requisitions are pooled).
    pub stage: String,
    pub average_days: f64,
    /// How many stays in the stage the average is over.
    pub samples: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct DayCount {
    pub date: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct RecruiterDashboard {
    pub pipelines: Vec<RequisitionPipeline>,
    pub time_in_stage: Vec<StageTime>,
    /// Monday to Sunday of the current week (UTC).
    pub interviews_this_week: Vec<DayCount>,
    pub interviews_this_week_total: i64,
    pub action_queue: Vec<ActionItem>,
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RecruiterDashboardRequest {
    /// At most this many requisitions (the busiest open ones); default 12.
    #[serde(default)]
    pub requisitions: Option<u32>,
}

fn pipelines(conn: &Connection, limit: i64) -> Result<Vec<RequisitionPipeline>> {
    let reqs: Vec<(String, String, String, i64)> = conn
        .prepare(
            "SELECT r.id, r.title, r.status, (SELECT count(*) FROM applications a WHERE a.requisition_id = r.id) n
             FROM requisitions r WHERE r.status NOT IN ('closed','filled','cancelled')
             ORDER BY n DESC, r.created_at DESC, r.id LIMIT ?1",
        )?
        .query_map([limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.name, s.kind, (SELECT count(*) FROM applications a WHERE a.stage_id = s.id)
         FROM pipeline_stages s WHERE s.requisition_id = ?1 ORDER BY s.position, s.id",
    )?;
    let mut out = Vec::with_capacity(reqs.len());
    for (id, title, status, total) in reqs {
        let stages = stmt
            .query_map([&id], |r| {
                Ok(StageCount {
                    stage_id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    count: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(RequisitionPipeline {
            requisition_id: id,
            title,
            status,
            total,
            stages,
        });
    }
    Ok(out)
}

fn parse(ts: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(ts)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Average days per stage: each timeline entry that put an application into
/// a stage starts a stay, ended by the next entry that moved it (or now, for
/// an application still there and active).
fn time_in_stage(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<StageTime>> {
    let rows: Vec<(String, String, String, bool)> = conn
        .prepare(
            "SELECT t.application_id, s.name, t.created_at, a.is_active
             FROM application_timeline t JOIN pipeline_stages s ON s.id = t.to_stage_id
             JOIN applications a ON a.id = t.application_id
             WHERE t.event_type IN ('created','stage_move')
             ORDER BY t.application_id, t.created_at, t.id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut sums: BTreeMap<String, (f64, i64)> = BTreeMap::new();
    for (i, (app, stage, at, active)) in rows.iter().enumerate() {
        let Some(start) = parse(at) else { continue };
        let end = match rows.get(i + 1) {
            Some((next_app, _, next_at, _)) if next_app == app => parse(next_at),
            _ if *active => Some(now),
            _ => None,
        };
        if let Some(end) = end {
            let days = (end - start).num_seconds().max(0) as f64 / 86_400.0;
            let e = sums.entry(stage.clone()).or_insert((0.0, 0));
            e.0 += days;
            e.1 += 1;
        }
    }
    Ok(sums
        .into_iter()
        .map(|(stage, (sum, n))| StageTime {
            stage,
            average_days: (sum / n as f64 * 10.0).round() / 10.0,
            samples: n,
        })
        .collect())
}

fn interviews_this_week(conn: &Connection, today: NaiveDate) -> Result<Vec<DayCount>> {
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let mut stmt = conn.prepare_cached(
        "SELECT count(*) FROM interviews WHERE scheduled_at >= ?1 AND scheduled_at < ?2
         AND status NOT IN ('cancelled','rescheduled')",
    )?;
    (0..7)
        .map(|d| {
            let day = monday + Duration::days(d);
            let next = day + Duration::days(1);
            let count = stmt.query_row(
                params![
                    format!("{day}T00:00:00.000Z"),
                    format!("{next}T00:00:00.000Z")
                ],
                |r| r.get(0),
            )?;
            Ok(DayCount {
                date: day.to_string(),
                count,
            })
        })
        .collect()
}

pub fn recruiter_dashboard(
    ctx: &Context,
    req: RecruiterDashboardRequest,
) -> Result<RecruiterDashboard> {
    let limit = i64::from(req.requisitions.unwrap_or(12).clamp(1, 100));
    let now = Utc::now();
    ctx.store().write(|tx| {
        let week = interviews_this_week(tx, now.date_naive())?;
        Ok(RecruiterDashboard {
            pipelines: pipelines(tx, limit)?,
            time_in_stage: time_in_stage(tx, now)?,
            interviews_this_week_total: week.iter().map(|d| d.count).sum(),
            interviews_this_week: week,
            action_queue: refreshed(tx, false)?,
        })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "recruiter_dashboard",
        "Pipeline counts per requisition, time in stage, interviews this week and the action queue",
        recruiter_dashboard
    )]
}
