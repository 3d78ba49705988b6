//! Job search: one person's tracked jobs (seed 002 Job) and their status
//! history. Every status change writes a `job_status_changes` row in the same
//! transaction, so the timeline is complete by construction. Jobs belong to
//! the local user of the device (see `identity::local_user_id`).

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::requisitions::{EmploymentType, WorkMode};
use super::support::{
    currency, ensure_found, money_range, optional_text, page, required_text, ById, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum JobStatus {
        Interested = "interested", Applied = "applied", InterviewScheduled = "interview_scheduled",
        InterviewCompleted = "interview_completed", OfferReceived = "offer_received", Accepted = "accepted",
        Rejected = "rejected", Withdrawn = "withdrawn",
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct TrackedJob {
    pub id: String,
    pub title: String,
    pub company: String,
    pub location: Option<String>,
    pub work_mode: Option<WorkMode>,
    pub job_type: Option<EmploymentType>,
    pub status: JobStatus,
    pub salary_min_minor: Option<i64>,
    pub salary_max_minor: Option<i64>,
    pub currency: String,
    pub posting_url: Option<String>,
    pub description: Option<String>,
    pub notes: Option<String>,
    pub source: Option<String>,
    pub match_score: Option<i64>,
    pub applied_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

const JOB_COLUMNS: &str = "id, title, company, location, work_mode, job_type, status, salary_min_minor, salary_max_minor,
     currency, posting_url, description, notes, source, match_score, applied_at, created_at, updated_at";

fn job_from_row(r: &Row<'_>) -> rusqlite::Result<TrackedJob> {
    Ok(TrackedJob {
        id: r.get(0)?,
        title: r.get(1)?,
        company: r.get(2)?,
        location: r.get(3)?,
        work_mode: r.get(4)?,
        job_type: r.get(5)?,
        status: r.get(6)?,
        salary_min_minor: r.get(7)?,
        salary_max_minor: r.get(8)?,
        currency: r.get(9)?,
        posting_url: r.get(10)?,
        description: r.get(11)?,
        notes: r.get(12)?,
        source: r.get(13)?,
        match_score: r.get(14)?,
        applied_at: r.get(15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
    })
}

fn load_job(conn: &Connection, id: &str) -> Result<TrackedJob> {
    conn.query_row(
        &format!("SELECT {JOB_COLUMNS} FROM tracked_jobs WHERE id = ?1"),
        [id],
        job_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("tracked job", id))
}

fn record_change(
    conn: &Connection,
    job: &str,
    from: Option<JobStatus>,
    to: JobStatus,
    note: Option<&str>,
) -> Result<()> {
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO job_status_changes (id, tracked_job_id, from_status, to_status, note, changed_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
    )?
    .execute(params![new_id(), job, from, to, note, now])?;
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TrackedJobCreate {
    pub title: String,
    pub company: String,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub work_mode: Option<WorkMode>,
    #[serde(default)]
    pub job_type: Option<EmploymentType>,
    #[serde(default)]
    pub status: Option<JobStatus>,
    #[serde(default)]
    pub salary_min_minor: Option<i64>,
    #[serde(default)]
    pub salary_max_minor: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub posting_url: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

pub fn tracked_job_create(ctx: &Context, req: TrackedJobCreate) -> Result<TrackedJob> {
    let title = required_text("title", &req.title)?;
    let company = required_text("company", &req.company)?;
    let currency = currency("currency", req.currency.as_deref().unwrap_or("USD"))?;
    money_range(
        "salary_min_minor",
        "salary_max_minor",
        req.salary_min_minor,
        req.salary_max_minor,
    )?;
    let status = req.status.unwrap_or(JobStatus::Interested);
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let id = new_id();
        let now = now_utc();
        let applied_at = (status != JobStatus::Interested).then(|| now.clone());
        tx.execute(
            "INSERT INTO tracked_jobs (id, user_id, title, company, location, work_mode, job_type, status, salary_min_minor,
                 salary_max_minor, currency, posting_url, description, notes, source, applied_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)",
            params![
                id, user, title, company, optional_text(req.location), req.work_mode, req.job_type, status,
                req.salary_min_minor, req.salary_max_minor, currency, optional_text(req.posting_url),
                optional_text(req.description), optional_text(req.notes), optional_text(req.source), applied_at, now
            ],
        )?;
        record_change(tx, &id, None, status, None)?;
        load_job(tx, &id)
    })
}

pub fn tracked_job_get(ctx: &Context, req: ById) -> Result<TrackedJob> {
    ctx.store().read(|c| load_job(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TrackedJobList {
    #[serde(default)]
    pub status: Option<JobStatus>,
    /// Matches title, company or location (case-insensitive substring).
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn tracked_job_list(ctx: &Context, req: TrackedJobList) -> Result<Page<TrackedJob>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let pattern = optional_text(req.query).map(|q| format!("%{q}%"));
    let filter = "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR title LIKE ?2 OR company LIKE ?2 OR location LIKE ?2)";
    ctx.store().read(|c| {
        let total = c.query_row(&format!("SELECT count(*) FROM tracked_jobs {filter}"), params![req.status, pattern], |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {JOB_COLUMNS} FROM tracked_jobs {filter} ORDER BY updated_at DESC, id LIMIT ?3 OFFSET ?4"))?
            .query_map(params![req.status, pattern, limit, offset], job_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TrackedJobSetStatus {
    pub id: String,
    pub status: JobStatus,
    #[serde(default)]
    pub note: Option<String>,
}

pub fn tracked_job_set_status(ctx: &Context, req: TrackedJobSetStatus) -> Result<TrackedJob> {
    ctx.store().write(|tx| {
        let job = load_job(tx, &req.id)?;
        if job.status == req.status {
            return Ok(job);
        }
        let now = now_utc();
        tx.execute(
            "UPDATE tracked_jobs SET status = ?2, updated_at = ?3,
                 applied_at = CASE WHEN ?2 <> 'interested' THEN COALESCE(applied_at, ?3) ELSE applied_at END
             WHERE id = ?1",
            params![req.id, req.status, now],
        )?;
        record_change(tx, &req.id, Some(job.status), req.status, optional_text(req.note).as_deref())?;
        load_job(tx, &req.id)
    })
}

pub fn tracked_job_delete(ctx: &Context, req: ById) -> Result<super::support::Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "tracked_jobs", "tracked job", &req.id)?;
        tx.execute("DELETE FROM tracked_jobs WHERE id = ?1", [&req.id])?;
        Ok(super::support::Done { ok: true })
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct StatusChange {
    pub id: String,
    pub from_status: Option<JobStatus>,
    pub to_status: JobStatus,
    pub note: Option<String>,
    pub changed_at: String,
}

pub fn tracked_job_history(ctx: &Context, req: ById) -> Result<Vec<StatusChange>> {
    ctx.store().read(|c| {
        ensure_found(c, "tracked_jobs", "tracked job", &req.id)?;
        let rows = c
            .prepare("SELECT id, from_status, to_status, note, changed_at FROM job_status_changes WHERE tracked_job_id = ?1 ORDER BY changed_at, id")?
            .query_map([&req.id], |r| {
                Ok(StatusChange { id: r.get(0)?, from_status: r.get(1)?, to_status: r.get(2)?, note: r.get(3)?, changed_at: r.get(4)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "tracked_job_create",
            "Track a job you are interested in or applied to",
            tracked_job_create
        ),
        command!("tracked_job_get", "Get one tracked job", tracked_job_get),
        command!(
            "tracked_job_list",
            "List tracked jobs by status or text",
            tracked_job_list
        ),
        command!(
            "tracked_job_set_status",
            "Move a tracked job to another status (recorded in its history)",
            tracked_job_set_status
        ),
        command!(
            "tracked_job_delete",
            "Delete a tracked job and everything attached to it",
            tracked_job_delete
        ),
        command!(
            "tracked_job_history",
            "The status history of a tracked job, oldest first",
            tracked_job_history
        ),
    ]
}
