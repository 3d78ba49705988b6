//! A job seeker's applications: per tracked job, which resume version went
//! out, how (manual or automated), when, and where it stands. They share the
//! one `applications` table with recruiting (a row names either a requisition
//! or a tracked job).
//!
//! One job, one application: a second application to the same job is refused
//! with `conflict` naming `tracked_job_id`. WHY in the app and not a UNIQUE
//! index: applications sync, and two devices may each record one offline;
//! those must both survive the sync (the person then deletes one).

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{load_job, set_status, JobStatus};
use crate::api::{CommandSpec, Context};
use crate::domain::pipeline::ApplicationStatus;
use crate::domain::support::{
    date_or_timestamp, ensure_exists, ensure_found, ensure_optional, optional_text, ById, Done,
};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum ApplicationMethod { Manual = "manual", Automated = "automated" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct JobApplication {
    pub id: String,
    pub tracked_job_id: String,
    /// A resume version kept in the app …
    pub resume_id: Option<String>,
    /// … or the name of one kept elsewhere ("Backend v3").
    pub resume_label: Option<String>,
    pub method: ApplicationMethod,
    pub status: ApplicationStatus,
    pub source: Option<String>,
    pub applied_at: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

const COLUMNS: &str =
    "id, tracked_job_id, resume_id, resume_label, method, status, source, applied_at,
     follow_up_remarks, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<JobApplication> {
    Ok(JobApplication {
        id: r.get(0)?,
        tracked_job_id: r.get(1)?,
        resume_id: r.get(2)?,
        resume_label: r.get(3)?,
        method: r.get(4)?,
        status: r.get(5)?,
        source: r.get(6)?,
        applied_at: r.get(7)?,
        notes: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn load(conn: &Connection, id: &str) -> Result<JobApplication> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM applications WHERE id = ?1 AND tracked_job_id IS NOT NULL"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("application", id))
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobApplicationCreate {
    pub tracked_job_id: String,
    #[serde(default)]
    pub resume_id: Option<String>,
    #[serde(default)]
    pub resume_label: Option<String>,
    #[serde(default)]
    pub method: Option<ApplicationMethod>,
    #[serde(default)]
    pub status: Option<ApplicationStatus>,
    /// Where the application went in (defaults to the job's source).
    #[serde(default)]
    pub source: Option<String>,
    /// Submitted date, `YYYY-MM-DD` or RFC 3339 (default: now).
    #[serde(default)]
    pub applied_at: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// Record an application inside an open transaction: refuses a second one for
/// the same job, and moves an `interested` job to `applied`.
pub(crate) fn insert_application(
    tx: &Connection,
    req: &JobApplicationCreate,
) -> Result<JobApplication> {
    let applied_at = req
        .applied_at
        .as_deref()
        .map(|v| date_or_timestamp("applied_at", v))
        .transpose()?
        .unwrap_or_else(now_utc);
    ensure_exists(
        tx,
        "tracked_jobs",
        "tracked job",
        "tracked_job_id",
        &req.tracked_job_id,
    )?;
    ensure_optional(
        tx,
        "resumes",
        "resume",
        "resume_id",
        req.resume_id.as_deref(),
    )?;
    let existing: Option<String> = tx
        .query_row(
            "SELECT id FROM applications WHERE tracked_job_id = ?1 AND status <> 'withdrawn' LIMIT 1",
            [&req.tracked_job_id],
            |r| r.get(0),
        )
        .optional()?;
    if existing.is_some() {
        return Err(Error::conflict(
            "you have already applied to this job; edit that application instead",
        )
        .with_field("tracked_job_id"));
    }
    let job = load_job(tx, &req.tracked_job_id)?;
    let user: String = tx.query_row(
        "SELECT user_id FROM tracked_jobs WHERE id = ?1",
        [&req.tracked_job_id],
        |r| r.get(0),
    )?;
    let id = new_id();
    let now = now_utc();
    tx.prepare_cached(
        "INSERT INTO applications (id, tracked_job_id, user_id, resume_id, resume_label, status, method, source,
             applied_at, follow_up_remarks, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        id,
        req.tracked_job_id,
        user,
        req.resume_id,
        optional_text(req.resume_label.clone()),
        req.status.unwrap_or(ApplicationStatus::Submitted),
        req.method.unwrap_or(ApplicationMethod::Manual),
        optional_text(req.source.clone()).or(job.source),
        applied_at,
        optional_text(req.notes.clone()),
        now
    ])?;
    if job.status == JobStatus::Interested {
        set_status(tx, &req.tracked_job_id, JobStatus::Applied, None)?;
    }
    tx.execute(
        "UPDATE tracked_jobs SET applied_at = ?2 WHERE id = ?1 AND (applied_at IS NULL OR applied_at > ?2)",
        params![req.tracked_job_id, applied_at],
    )?;
    load(tx, &id)
}

pub fn job_application_create(ctx: &Context, req: JobApplicationCreate) -> Result<JobApplication> {
    ctx.store().write(|tx| insert_application(tx, &req))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobApplicationList {
    #[serde(default)]
    pub tracked_job_id: Option<String>,
}

pub fn job_application_list(ctx: &Context, req: JobApplicationList) -> Result<Vec<JobApplication>> {
    ctx.store().read(|c| {
        let rows = c
            .prepare(&format!(
                "SELECT {COLUMNS} FROM applications WHERE tracked_job_id IS NOT NULL AND (?1 IS NULL OR tracked_job_id = ?1)
                 ORDER BY applied_at DESC, id"
            ))?
            .query_map(params![req.tracked_job_id], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobApplicationUpdate {
    pub id: String,
    #[serde(default)]
    pub resume_id: Option<String>,
    #[serde(default)]
    pub resume_label: Option<String>,
    pub method: ApplicationMethod,
    pub status: ApplicationStatus,
    #[serde(default)]
    pub source: Option<String>,
    pub applied_at: String,
    #[serde(default)]
    pub notes: Option<String>,
}

pub fn job_application_update(ctx: &Context, req: JobApplicationUpdate) -> Result<JobApplication> {
    let applied_at = date_or_timestamp("applied_at", &req.applied_at)?;
    ctx.store().write(|tx| {
        load(tx, &req.id)?;
        ensure_optional(tx, "resumes", "resume", "resume_id", req.resume_id.as_deref())?;
        tx.execute(
            "UPDATE applications SET resume_id = ?2, resume_label = ?3, method = ?4, status = ?5, source = ?6,
                 applied_at = ?7, follow_up_remarks = ?8, updated_at = ?9 WHERE id = ?1",
            params![
                req.id, req.resume_id, optional_text(req.resume_label), req.method, req.status,
                optional_text(req.source), applied_at, optional_text(req.notes), now_utc()
            ],
        )?;
        load(tx, &req.id)
    })
}

pub fn job_application_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        load(tx, &req.id)?;
        ensure_found(tx, "applications", "application", &req.id)?;
        tx.execute("DELETE FROM applications WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "job_application_create",
            "Record your application to a tracked job (one per job)",
            job_application_create
        ),
        command!(
            "job_application_list",
            "List your applications, for one tracked job or all",
            job_application_list
        ),
        command!(
            "job_application_update",
            "Change an application's resume, method, status or date",
            job_application_update
        ),
        command!(
            "job_application_delete",
            "Delete an application",
            job_application_delete
        ),
    ]
}
