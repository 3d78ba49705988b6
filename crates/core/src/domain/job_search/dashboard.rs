//! The job seeker's home: one read that gathers the funnel, response rates by
//! source and by resume version, upcoming interviews, due follow-ups, streaks
//! and practice scores. WHY one command: the dashboard is the first screen;
//! one transaction gives a consistent picture and one round trip.
//!
//! Funnel stages count jobs that ever reached a stage (from the status
//! history), so a rejected job that had an interview still counts as one.
//! A job "responded" when it moved past `applied` to anything but `withdrawn`.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::follow_ups::{follow_ups, FollowUp};
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::domain::practice::performance::{category_averages, CategoryScore};
use crate::domain::practice::streaks::{streaks_of, Streaks};
use crate::domain::support::optional_timestamp;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct FunnelStage {
    /// `interested`, `applied`, `interview` or `offer`.
    pub stage: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ResponseRate {
    pub label: String,
    pub applied: i64,
    pub responded: i64,
    /// responded / applied, 0..1 (0 when nothing was applied).
    pub rate: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct UpcomingInterview {
    pub interview_id: String,
    pub tracked_job_id: Option<String>,
    pub job_title: Option<String>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub interview_type: String,
    pub scheduled_at: String,
    pub timezone: String,
    pub duration_minutes: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct StatusCount {
    pub status: super::JobStatus,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Dashboard {
    pub funnel: Vec<FunnelStage>,
    pub by_status: Vec<StatusCount>,
    pub response_by_source: Vec<ResponseRate>,
    pub response_by_resume: Vec<ResponseRate>,
    pub upcoming_interviews: Vec<UpcomingInterview>,
    pub follow_ups: Vec<FollowUp>,
    pub streaks: Streaks,
    pub practice: Vec<CategoryScore>,
    pub mock_interviews_completed: i64,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct DashboardRequest {
    /// Evaluate at this instant instead of now (RFC 3339).
    #[serde(default)]
    pub as_of: Option<String>,
}

const REACHED: &str =
    "EXISTS (SELECT 1 FROM job_status_changes c WHERE c.tracked_job_id = j.id AND c.to_status IN";
const APPLIED: &str = "('applied','interview_scheduled','interview_completed','offer_received','accepted','rejected','withdrawn'))";
const RESPONDED: &str =
    "('interview_scheduled','interview_completed','offer_received','accepted','rejected'))";

fn funnel(conn: &Connection) -> Result<Vec<FunnelStage>> {
    let sql = format!(
        "SELECT count(*),
                count(*) FILTER (WHERE {REACHED} {APPLIED}),
                count(*) FILTER (WHERE {REACHED} ('interview_scheduled','interview_completed','offer_received','accepted'))),
                count(*) FILTER (WHERE {REACHED} ('offer_received','accepted')))
         FROM tracked_jobs j"
    );
    let (a, b, c, d): (i64, i64, i64, i64) = conn.query_row(&sql, [], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok([
        ("interested", a),
        ("applied", b),
        ("interview", c),
        ("offer", d),
    ]
    .into_iter()
    .map(|(stage, count)| FunnelStage {
        stage: stage.into(),
        count,
    })
    .collect())
}

fn rates(conn: &Connection, label_sql: &str, from_sql: &str) -> Result<Vec<ResponseRate>> {
    let sql = format!(
        "SELECT {label_sql} AS label, count(DISTINCT j.id), count(DISTINCT j.id) FILTER (WHERE {REACHED} {RESPONDED})
         FROM {from_sql} WHERE {REACHED} {APPLIED}
         GROUP BY label ORDER BY count(DISTINCT j.id) DESC, label"
    );
    let rows = conn
        .prepare(&sql)?
        .query_map([], |r| {
            let applied: i64 = r.get(1)?;
            let responded: i64 = r.get(2)?;
            Ok(ResponseRate {
                label: r.get(0)?,
                applied,
                responded,
                rate: if applied > 0 {
                    responded as f64 / applied as f64
                } else {
                    0.0
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn upcoming(conn: &Connection, now: &str) -> Result<Vec<UpcomingInterview>> {
    let rows = conn
        .prepare(
            "SELECT i.id, i.tracked_job_id, j.title, j.company, i.title, i.interview_type, i.scheduled_at, i.timezone,
                    i.duration_minutes
             FROM interviews i LEFT JOIN tracked_jobs j ON j.id = i.tracked_job_id
             WHERE i.user_id IS NOT NULL AND i.candidate_id IS NULL AND i.status = 'scheduled' AND i.scheduled_at >= ?1
             ORDER BY i.scheduled_at, i.id LIMIT 10",
        )?
        .query_map(params![now], |r| {
            Ok(UpcomingInterview {
                interview_id: r.get(0)?,
                tracked_job_id: r.get(1)?,
                job_title: r.get(2)?,
                company: r.get(3)?,
                title: r.get(4)?,
                interview_type: r.get(5)?,
                scheduled_at: r.get(6)?,
                timezone: r.get(7)?,
                duration_minutes: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn by_status(conn: &Connection) -> Result<Vec<StatusCount>> {
    let rows = conn
        .prepare("SELECT status, count(*) FROM tracked_jobs GROUP BY status")?
        .query_map([], |r| {
            Ok(StatusCount {
                status: r.get(0)?,
                count: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn job_search_dashboard(ctx: &Context, req: DashboardRequest) -> Result<Dashboard> {
    let now: DateTime<Utc> = match optional_timestamp("as_of", req.as_of)? {
        Some(t) => DateTime::parse_from_rfc3339(&t)
            .map_err(|_| Error::invalid_value("as_of", "as_of must be an RFC 3339 timestamp"))?
            .with_timezone(&Utc),
        None => Utc::now(),
    };
    let now_text = now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    ctx.store().read(|c| {
        Ok(Dashboard {
            funnel: funnel(c)?,
            by_status: by_status(c)?,
            response_by_source: rates(c, "COALESCE(NULLIF(trim(j.source), ''), 'Unknown')", "tracked_jobs j")?,
            response_by_resume: rates(
                c,
                "COALESCE(r.version_label, r.title, a.resume_label, 'Not recorded')",
                "tracked_jobs j LEFT JOIN applications a ON a.tracked_job_id = j.id LEFT JOIN resumes r ON r.id = a.resume_id",
            )?,
            upcoming_interviews: upcoming(c, &now_text)?,
            follow_ups: follow_ups(c, now, false)?,
            streaks: streaks_of(c, now.date_naive())?,
            practice: category_averages(c)?,
            mock_interviews_completed: c.query_row(
                "SELECT count(*) FROM mock_interviews WHERE is_completed = 1",
                [],
                |r| r.get(0),
            )?,
        })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "job_search_dashboard",
        "The job seeker's home: funnel, response rates, upcoming interviews, follow-ups, streaks, practice",
        job_search_dashboard
    )]
}
