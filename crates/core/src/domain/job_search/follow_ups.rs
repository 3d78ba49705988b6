//! Follow-ups: a job that has sat in `applied` with no status change for N
//! days (default 7) is due a follow-up; after M days (default 14) with no
//! change it is flagged ghosted. Nothing is stored for this: it is computed
//! from the status history, so it is always right after any edit or sync.
//! Marking a follow-up done (`last_follow_up_at`) restarts the N-day wait, but
//! not the ghosted clock, since only a response from the company counts.
//! N and M live in settings (`job_search.follow_up_days`, `job_search.ghosted_days`).

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{load_job, TrackedJob};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::domain::support::optional_timestamp;
use crate::error::{Error, Result};
use crate::{command, now_utc};

const FOLLOW_UP_KEY: &str = "job_search.follow_up_days";
const GHOSTED_KEY: &str = "job_search.ghosted_days";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUpSettings {
    /// Days after applying (or the last follow-up) with no change until a follow-up is due.
    pub follow_up_days: i64,
    /// Days after applying with no change until the job counts as ghosted.
    pub ghosted_days: i64,
}

fn setting_days(conn: &Connection, key: &str, default: i64) -> Result<i64> {
    let v: Option<Option<i64>> = conn
        .query_row(
            "SELECT CASE WHEN json_type(value) = 'integer' THEN json_extract(value, '$') END
             FROM system_settings WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?;
    Ok(v.flatten().unwrap_or(default))
}

pub(crate) fn load_settings(conn: &Connection) -> Result<FollowUpSettings> {
    Ok(FollowUpSettings {
        follow_up_days: setting_days(conn, FOLLOW_UP_KEY, 7)?,
        ghosted_days: setting_days(conn, GHOSTED_KEY, 14)?,
    })
}

pub fn follow_up_settings_get(ctx: &Context, _req: NoArgs) -> Result<FollowUpSettings> {
    ctx.store().read(load_settings)
}

pub fn follow_up_settings_set(ctx: &Context, req: FollowUpSettings) -> Result<FollowUpSettings> {
    for (field, v) in [
        ("follow_up_days", req.follow_up_days),
        ("ghosted_days", req.ghosted_days),
    ] {
        if !(1..=365).contains(&v) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must be between 1 and 365 days"),
            ));
        }
    }
    if req.ghosted_days < req.follow_up_days {
        return Err(Error::invalid_value(
            "ghosted_days",
            "ghosted_days must not be less than follow_up_days",
        ));
    }
    ctx.store().write(|tx| {
        let now = now_utc();
        for (key, v, what) in [
            (FOLLOW_UP_KEY, req.follow_up_days, "Days until a follow-up is due"),
            (GHOSTED_KEY, req.ghosted_days, "Days until an application counts as ghosted"),
        ] {
            tx.execute(
                "INSERT INTO system_settings (key, value, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                params![key, v.to_string(), what, now],
            )?;
        }
        load_settings(tx)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct FollowUp {
    pub job: TrackedJob,
    /// When the job last changed status (the application, usually).
    pub since: String,
    /// Whole days since then.
    pub days_waiting: i64,
    /// When the next follow-up is (or was) due.
    pub due_at: String,
    pub is_due: bool,
    pub is_ghosted: bool,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct FollowUpList {
    /// Evaluate at this instant instead of now (RFC 3339).
    #[serde(default)]
    pub as_of: Option<String>,
    /// Also list applied jobs whose follow-up is not due yet.
    #[serde(default)]
    pub include_waiting: Option<bool>,
}

fn parse(t: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// Follow-ups as of `now`: due (or ghosted) ones first, longest waiting first.
pub(crate) fn follow_ups(
    conn: &Connection,
    now: DateTime<Utc>,
    include_waiting: bool,
) -> Result<Vec<FollowUp>> {
    let s = load_settings(conn)?;
    let rows: Vec<(String, String, Option<String>)> = conn
        .prepare(
            "SELECT j.id, COALESCE((SELECT max(changed_at) FROM job_status_changes c WHERE c.tracked_job_id = j.id),
                                   j.applied_at, j.created_at),
                    j.last_follow_up_at
             FROM tracked_jobs j WHERE j.status = 'applied'",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (id, since, followed) in rows {
        let Some(since_t) = parse(&since) else {
            continue;
        };
        let restart = followed
            .as_deref()
            .and_then(parse)
            .filter(|f| *f > since_t)
            .unwrap_or(since_t);
        let due_at = restart + Duration::days(s.follow_up_days);
        let is_due = now >= due_at;
        let is_ghosted = now >= since_t + Duration::days(s.ghosted_days);
        if !(is_due || is_ghosted || include_waiting) {
            continue;
        }
        out.push(FollowUp {
            job: load_job(conn, &id)?,
            since,
            days_waiting: (now - since_t).num_days(),
            due_at: due_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            is_due,
            is_ghosted,
        });
    }
    out.sort_by(|a, b| {
        (b.is_due || b.is_ghosted)
            .cmp(&(a.is_due || a.is_ghosted))
            .then(b.days_waiting.cmp(&a.days_waiting))
            .then(a.job.id.cmp(&b.job.id))
    });
    Ok(out)
}

pub fn follow_up_list(ctx: &Context, req: FollowUpList) -> Result<Vec<FollowUp>> {
    let now = match optional_timestamp("as_of", req.as_of)? {
        Some(t) => parse(&t).ok_or_else(|| Error::invalid_value("as_of", "bad as_of"))?,
        None => Utc::now(),
    };
    ctx.store()
        .read(|c| follow_ups(c, now, req.include_waiting.unwrap_or(false)))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUpDone {
    /// The tracked job followed up on.
    pub id: String,
}

/// Record that you followed up today: the next follow-up falls due N days from now.
pub fn follow_up_done(ctx: &Context, req: FollowUpDone) -> Result<TrackedJob> {
    ctx.store().write(|tx| {
        load_job(tx, &req.id)?;
        tx.execute(
            "UPDATE tracked_jobs SET last_follow_up_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![req.id, now_utc()],
        )?;
        load_job(tx, &req.id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "follow_up_list",
            "Applied jobs due a follow-up or ghosted (optionally those still waiting)",
            follow_up_list
        ),
        command!(
            "follow_up_done",
            "Record a follow-up on a tracked job; the next one falls due N days later",
            follow_up_done
        ),
        command!(
            "follow_up_settings_get",
            "Days until a follow-up is due and until a job counts as ghosted",
            follow_up_settings_get
        ),
        command!(
            "follow_up_settings_set",
            "Set the follow-up and ghosted day counts",
            follow_up_settings_set
        ),
    ]
}
