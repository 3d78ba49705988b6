//! Job search: one person's tracked jobs (seed 002 Job) and their status
//! history. Every status change writes a `job_status_changes` row in the same
//! transaction, so the timeline is complete by construction. Jobs belong to
//! the local user of the device (see `identity::local_user_id`).
//!
//! Submodules hold what hangs off a job: applications, follow-ups, the
//! dashboard and import/export.

pub mod applications;
pub mod dashboard;
pub mod follow_ups;
pub mod transfer;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::requisitions::{EmploymentType, WorkMode};
use super::support::{
    currency, ensure_found, money_range, optional_date, optional_email, optional_text,
    optional_url, page, required_text, ById, Done, Page,
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

/// A person at the company the job seeker deals with (recruiter, hiring manager…).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobContact {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
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
    pub contacts: Vec<JobContact>,
    pub source: Option<String>,
    pub match_score: Option<i64>,
    /// Day the posting went up (`YYYY-MM-DD`).
    pub posted_at: Option<String>,
    pub applied_at: Option<String>,
    /// Last day to apply (`YYYY-MM-DD`).
    pub deadline_at: Option<String>,
    pub last_follow_up_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

const JOB_COLUMNS: &str = "id, title, company, location, work_mode, job_type, status, salary_min_minor, salary_max_minor,
     currency, posting_url, description, notes, contacts, source, match_score, posted_at, applied_at, deadline_at,
     last_follow_up_at, created_at, updated_at";

fn job_from_row(r: &Row<'_>) -> rusqlite::Result<TrackedJob> {
    let contacts: String = r.get(13)?;
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
        contacts: serde_json::from_str(&contacts).unwrap_or_default(),
        source: r.get(14)?,
        match_score: r.get(15)?,
        posted_at: r.get(16)?,
        applied_at: r.get(17)?,
        deadline_at: r.get(18)?,
        last_follow_up_at: r.get(19)?,
        created_at: r.get(20)?,
        updated_at: r.get(21)?,
    })
}

pub(crate) fn load_job(conn: &Connection, id: &str) -> Result<TrackedJob> {
    conn.query_row(
        &format!("SELECT {JOB_COLUMNS} FROM tracked_jobs WHERE id = ?1"),
        [id],
        job_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("tracked job", id))
}

pub(crate) fn record_change(
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

/// Declare a request type holding every editable job field plus `$extra`
/// fields, with `job_fields()` to take the shared part out (create, update and
/// import check and store the same fields the same way).
macro_rules! job_request {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $extra:ident : $ety:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, Deserialize, TS)]
        #[serde(deny_unknown_fields)]
        #[ts(optional_fields)]
        pub struct $name {
            $($(#[$fmeta])* pub $extra: $ety,)*
            pub title: String,
            pub company: String,
            #[serde(default)]
            pub location: Option<String>,
            #[serde(default)]
            pub work_mode: Option<WorkMode>,
            #[serde(default)]
            pub job_type: Option<EmploymentType>,
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
            #[ts(as = "Option<Vec<JobContact>>", optional)]
            pub contacts: Vec<JobContact>,
            #[serde(default)]
            pub source: Option<String>,
            /// `YYYY-MM-DD`
            #[serde(default)]
            pub posted_at: Option<String>,
            /// `YYYY-MM-DD`
            #[serde(default)]
            pub deadline_at: Option<String>,
        }

        impl $name {
            pub(crate) fn job_fields(&self) -> JobFields {
                JobFields {
                    title: self.title.clone(),
                    company: self.company.clone(),
                    location: self.location.clone(),
                    work_mode: self.work_mode,
                    job_type: self.job_type,
                    salary_min_minor: self.salary_min_minor,
                    salary_max_minor: self.salary_max_minor,
                    currency: self.currency.clone(),
                    posting_url: self.posting_url.clone(),
                    description: self.description.clone(),
                    notes: self.notes.clone(),
                    contacts: self.contacts.clone(),
                    source: self.source.clone(),
                    posted_at: self.posted_at.clone(),
                    deadline_at: self.deadline_at.clone(),
                }
            }
        }
    };
}

/// The editable fields of a tracked job, before checks.
#[derive(Debug, Clone, Default)]
pub(crate) struct JobFields {
    pub title: String,
    pub company: String,
    pub location: Option<String>,
    pub work_mode: Option<WorkMode>,
    pub job_type: Option<EmploymentType>,
    pub salary_min_minor: Option<i64>,
    pub salary_max_minor: Option<i64>,
    pub currency: Option<String>,
    pub posting_url: Option<String>,
    pub description: Option<String>,
    pub notes: Option<String>,
    pub contacts: Vec<JobContact>,
    pub source: Option<String>,
    pub posted_at: Option<String>,
    pub deadline_at: Option<String>,
}

/// [`JobFields`] checked and normalised, ready for SQL.
pub(crate) struct CleanJob {
    title: String,
    company: String,
    location: Option<String>,
    work_mode: Option<WorkMode>,
    job_type: Option<EmploymentType>,
    salary_min_minor: Option<i64>,
    salary_max_minor: Option<i64>,
    currency: String,
    posting_url: Option<String>,
    description: Option<String>,
    notes: Option<String>,
    contacts: String,
    source: Option<String>,
    posted_at: Option<String>,
    deadline_at: Option<String>,
}

/// Check every field; the first problem is reported with its field name
/// (prefixed, e.g. `contacts[1].email`).
pub(crate) fn clean_job(f: JobFields) -> Result<CleanJob> {
    let title = required_text("title", &f.title)?;
    let company = required_text("company", &f.company)?;
    let currency = currency("currency", f.currency.as_deref().unwrap_or("USD"))?;
    money_range(
        "salary_min_minor",
        "salary_max_minor",
        f.salary_min_minor,
        f.salary_max_minor,
    )?;
    let posting_url = optional_url("posting_url", f.posting_url)?;
    let posted_at = optional_date("posted_at", f.posted_at)?;
    let deadline_at = optional_date("deadline_at", f.deadline_at)?;
    let mut contacts = Vec::with_capacity(f.contacts.len());
    for (i, c) in f.contacts.into_iter().enumerate() {
        contacts.push(JobContact {
            name: required_text(&format!("contacts[{i}].name"), &c.name)?,
            role: optional_text(c.role),
            email: optional_email(&format!("contacts[{i}].email"), c.email)?,
            phone: optional_text(c.phone),
        });
    }
    let contacts = serde_json::to_string(&contacts)
        .map_err(|e| Error::database(format!("cannot encode contacts: {e}")))?;
    Ok(CleanJob {
        title,
        company,
        location: optional_text(f.location),
        work_mode: f.work_mode,
        job_type: f.job_type,
        salary_min_minor: f.salary_min_minor,
        salary_max_minor: f.salary_max_minor,
        currency,
        posting_url,
        description: optional_text(f.description),
        notes: optional_text(f.notes),
        contacts,
        source: optional_text(f.source),
        posted_at,
        deadline_at,
    })
}

/// Insert a checked job with its first history entry; returns the new id.
pub(crate) fn insert_job(
    tx: &Connection,
    user: &str,
    job: &CleanJob,
    status: JobStatus,
    applied_at: Option<String>,
) -> Result<String> {
    let id = new_id();
    let now = now_utc();
    let applied_at = applied_at.or_else(|| (status != JobStatus::Interested).then(|| now.clone()));
    tx.prepare_cached(
        "INSERT INTO tracked_jobs (id, user_id, title, company, location, work_mode, job_type, status, salary_min_minor,
             salary_max_minor, currency, posting_url, description, notes, contacts, source, posted_at, applied_at,
             deadline_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
    )?
    .execute(params![
        id, user, job.title, job.company, job.location, job.work_mode, job.job_type, status, job.salary_min_minor,
        job.salary_max_minor, job.currency, job.posting_url, job.description, job.notes, job.contacts, job.source,
        job.posted_at, applied_at, job.deadline_at, now
    ])?;
    record_change(tx, &id, None, status, None)?;
    Ok(id)
}

job_request! {
    pub struct TrackedJobCreate {
        #[serde(default)]
        pub status: Option<JobStatus>,
    }
}

pub fn tracked_job_create(ctx: &Context, req: TrackedJobCreate) -> Result<TrackedJob> {
    let job = clean_job(req.job_fields())?;
    let status = req.status.unwrap_or(JobStatus::Interested);
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let id = insert_job(tx, &user, &job, status, None)?;
        load_job(tx, &id)
    })
}

job_request! {
    /// Every editable field; absent optional fields are cleared.
    pub struct TrackedJobUpdate {
        pub id: String,
    }
}

/// Replace a job's editable fields (status moves go through `tracked_job_set_status`).
pub fn tracked_job_update(ctx: &Context, req: TrackedJobUpdate) -> Result<TrackedJob> {
    let j = clean_job(req.job_fields())?;
    ctx.store().write(|tx| {
        ensure_found(tx, "tracked_jobs", "tracked job", &req.id)?;
        tx.execute(
            "UPDATE tracked_jobs SET title = ?2, company = ?3, location = ?4, work_mode = ?5, job_type = ?6,
                 salary_min_minor = ?7, salary_max_minor = ?8, currency = ?9, posting_url = ?10, description = ?11,
                 notes = ?12, contacts = ?13, source = ?14, posted_at = ?15, deadline_at = ?16, updated_at = ?17
             WHERE id = ?1",
            params![
                req.id, j.title, j.company, j.location, j.work_mode, j.job_type, j.salary_min_minor, j.salary_max_minor,
                j.currency, j.posting_url, j.description, j.notes, j.contacts, j.source, j.posted_at, j.deadline_at,
                now_utc()
            ],
        )?;
        load_job(tx, &req.id)
    })
}

pub fn tracked_job_get(ctx: &Context, req: ById) -> Result<TrackedJob> {
    ctx.store().read(|c| load_job(c, &req.id))
}

string_enum! {
    /// Sort keys of the jobs table.
    pub enum JobSort {
        UpdatedAt = "updated_at", CreatedAt = "created_at", Title = "title", Company = "company",
        Status = "status", Salary = "salary", AppliedAt = "applied_at", Deadline = "deadline_at",
    }
}

impl JobSort {
    fn sql(self) -> &'static str {
        match self {
            JobSort::UpdatedAt => "updated_at",
            JobSort::CreatedAt => "created_at",
            JobSort::Title => "title COLLATE NOCASE",
            JobSort::Company => "company COLLATE NOCASE",
            JobSort::Status => "CASE status WHEN 'interested' THEN 0 WHEN 'applied' THEN 1 WHEN 'interview_scheduled' THEN 2
                 WHEN 'interview_completed' THEN 3 WHEN 'offer_received' THEN 4 WHEN 'accepted' THEN 5 WHEN 'rejected' THEN 6 ELSE 7 END",
            JobSort::Salary => "COALESCE(salary_max_minor, salary_min_minor)",
            JobSort::AppliedAt => "applied_at",
            JobSort::Deadline => "deadline_at",
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TrackedJobList {
    #[serde(default)]
    pub status: Option<JobStatus>,
    /// Full-text search over title, company, location, description, notes and
    /// source; every word must match (as a prefix).
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub work_mode: Option<WorkMode>,
    #[serde(default)]
    pub job_type: Option<EmploymentType>,
    /// Exact source, e.g. `LinkedIn` (case-insensitive).
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub sort: Option<JobSort>,
    #[serde(default)]
    pub descending: Option<bool>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

/// An FTS5 query where every word must match as a prefix; quotes neutralise
/// FTS syntax, so any text a person types is safe.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

pub fn tracked_job_list(ctx: &Context, req: TrackedJobList) -> Result<Page<TrackedJob>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let fts = req.query.as_deref().and_then(fts_query);
    let source = optional_text(req.source);
    let filter = "WHERE (?1 IS NULL OR status = ?1)
           AND (?2 IS NULL OR id IN (SELECT job_id FROM tracked_jobs_fts WHERE tracked_jobs_fts MATCH ?2))
           AND (?3 IS NULL OR work_mode = ?3) AND (?4 IS NULL OR job_type = ?4) AND (?5 IS NULL OR lower(source) = lower(?5))";
    let sort = req.sort.unwrap_or(JobSort::UpdatedAt);
    let desc = req
        .descending
        .unwrap_or(matches!(sort, JobSort::UpdatedAt | JobSort::CreatedAt));
    let order = format!(
        "{} {} NULLS LAST, id",
        sort.sql(),
        if desc { "DESC" } else { "ASC" }
    );
    ctx.store().read(|c| {
        let args = params![req.status, fts, req.work_mode, req.job_type, source];
        let total = c.query_row(&format!("SELECT count(*) FROM tracked_jobs {filter}"), args, |r| r.get(0))?;
        let items = c
            .prepare(&format!("SELECT {JOB_COLUMNS} FROM tracked_jobs {filter} ORDER BY {order} LIMIT ?6 OFFSET ?7"))?
            .query_map(params![req.status, fts, req.work_mode, req.job_type, source, limit, offset], job_from_row)?
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

/// Move a job to `status` inside an open transaction (no-op when unchanged).
pub(crate) fn set_status(
    tx: &Connection,
    id: &str,
    status: JobStatus,
    note: Option<&str>,
) -> Result<TrackedJob> {
    let job = load_job(tx, id)?;
    if job.status == status {
        return Ok(job);
    }
    let now = now_utc();
    tx.execute(
        "UPDATE tracked_jobs SET status = ?2, updated_at = ?3,
             applied_at = CASE WHEN ?2 <> 'interested' THEN COALESCE(applied_at, ?3) ELSE applied_at END
         WHERE id = ?1",
        params![id, status, now],
    )?;
    record_change(tx, id, Some(job.status), status, note)?;
    load_job(tx, id)
}

pub fn tracked_job_set_status(ctx: &Context, req: TrackedJobSetStatus) -> Result<TrackedJob> {
    let note = optional_text(req.note);
    ctx.store()
        .write(|tx| set_status(tx, &req.id, req.status, note.as_deref()))
}

pub fn tracked_job_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "tracked_jobs", "tracked job", &req.id)?;
        tx.execute("DELETE FROM tracked_jobs WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
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
    let mut all = vec![
        command!(
            "tracked_job_create",
            "Track a job you are interested in or applied to",
            tracked_job_create
        ),
        command!(
            "tracked_job_update",
            "Change a tracked job's fields (title, company, salary, contacts, dates…)",
            tracked_job_update
        ),
        command!("tracked_job_get", "Get one tracked job", tracked_job_get),
        command!(
            "tracked_job_list",
            "List tracked jobs: filter by status, work mode, type or source, full-text search, sort",
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
    ];
    all.extend(applications::commands());
    all.extend(follow_ups::commands());
    all.extend(dashboard::commands());
    all.extend(transfer::commands());
    all
}
