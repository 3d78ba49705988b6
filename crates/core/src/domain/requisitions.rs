//! Requisitions: an employer's opening (seed 001 jobs, 003 jobs, 004
//! JobRequisition) with headcount, salary range, skills and its own pipeline
//! stages. Creating a requisition also creates its default stages, so every
//! requisition has a board from the first moment.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    currency, ensure_found, ensure_optional, json_strings, money_range, optional_date,
    optional_text, page, required_text, strings_from_json, ById, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum RequisitionStatus {
        Draft = "draft", Open = "open", Sourcing = "sourcing", Interviewing = "interviewing", Offer = "offer",
        Paused = "paused", Closed = "closed", Filled = "filled", Cancelled = "cancelled",
    }
}

string_enum! {
    pub enum EmploymentType {
        FullTime = "full_time", PartTime = "part_time", Contract = "contract", Temporary = "temporary",
        Internship = "internship", Freelance = "freelance",
    }
}

string_enum! {
    pub enum WorkMode { Onsite = "onsite", Remote = "remote", Hybrid = "hybrid" }
}

string_enum! {
    pub enum SalaryUnit { Hour = "hour", Day = "day", Week = "week", Month = "month", Year = "year" }
}

string_enum! {
    pub enum StageKind {
        New = "new", Screening = "screening", Interview = "interview", Offer = "offer",
        Hired = "hired", Rejected = "rejected", Withdrawn = "withdrawn", Custom = "custom",
    }
}

/// The stages every new requisition starts with.
pub const DEFAULT_STAGES: &[(&str, StageKind)] = &[
    ("New", StageKind::New),
    ("Screening", StageKind::Screening),
    ("Interview", StageKind::Interview),
    ("Offer", StageKind::Offer),
    ("Hired", StageKind::Hired),
    ("Rejected", StageKind::Rejected),
    ("Withdrawn", StageKind::Withdrawn),
];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Requisition {
    pub id: String,
    pub title: String,
    pub client_id: Option<String>,
    pub department: Option<String>,
    pub employment_type: EmploymentType,
    pub work_mode: WorkMode,
    pub job_locations: Vec<String>,
    pub min_salary_minor: Option<i64>,
    pub max_salary_minor: Option<i64>,
    pub currency: String,
    pub salary_unit: SalaryUnit,
    pub required_skills: Vec<String>,
    pub preferred_skills: Vec<String>,
    pub openings: i64,
    pub positions_filled: i64,
    pub status: RequisitionStatus,
    pub hiring_manager_id: Option<String>,
    pub assigned_recruiter_id: Option<String>,
    pub application_deadline: Option<String>,
    pub description: Option<String>,
    pub applicant_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

const REQ_SELECT: &str = "SELECT r.id, r.title, r.client_id, r.department, r.employment_type, r.work_mode, r.job_locations,
     r.min_salary_minor, r.max_salary_minor, r.currency, r.salary_unit, r.required_skills, r.preferred_skills, r.openings,
     r.positions_filled, r.status, r.hiring_manager_id, r.assigned_recruiter_id, r.application_deadline, r.description,
     (SELECT count(*) FROM applications a WHERE a.requisition_id = r.id), r.created_at, r.updated_at FROM requisitions r";

fn requisition_from_row(r: &Row<'_>) -> rusqlite::Result<Requisition> {
    Ok(Requisition {
        id: r.get(0)?,
        title: r.get(1)?,
        client_id: r.get(2)?,
        department: r.get(3)?,
        employment_type: r.get(4)?,
        work_mode: r.get(5)?,
        job_locations: strings_from_json(&r.get::<_, String>(6)?),
        min_salary_minor: r.get(7)?,
        max_salary_minor: r.get(8)?,
        currency: r.get(9)?,
        salary_unit: r.get(10)?,
        required_skills: strings_from_json(&r.get::<_, String>(11)?),
        preferred_skills: strings_from_json(&r.get::<_, String>(12)?),
        openings: r.get(13)?,
        positions_filled: r.get(14)?,
        status: r.get(15)?,
        hiring_manager_id: r.get(16)?,
        assigned_recruiter_id: r.get(17)?,
        application_deadline: r.get(18)?,
        description: r.get(19)?,
        applicant_count: r.get(20)?,
        created_at: r.get(21)?,
        updated_at: r.get(22)?,
    })
}

pub fn load_requisition(conn: &Connection, id: &str) -> Result<Requisition> {
    conn.query_row(
        &format!("{REQ_SELECT} WHERE r.id = ?1"),
        [id],
        requisition_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("requisition", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RequisitionCreate {
    pub title: String,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub employment_type: Option<EmploymentType>,
    #[serde(default)]
    pub work_mode: Option<WorkMode>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub job_locations: Vec<String>,
    #[serde(default)]
    pub min_salary_minor: Option<i64>,
    #[serde(default)]
    pub max_salary_minor: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub salary_unit: Option<SalaryUnit>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub required_skills: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub preferred_skills: Vec<String>,
    #[serde(default)]
    pub openings: Option<i64>,
    #[serde(default)]
    pub status: Option<RequisitionStatus>,
    #[serde(default)]
    pub hiring_manager_id: Option<String>,
    #[serde(default)]
    pub assigned_recruiter_id: Option<String>,
    #[serde(default)]
    pub application_deadline: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for ch in title.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

pub fn requisition_create(ctx: &Context, req: RequisitionCreate) -> Result<Requisition> {
    let title = required_text("title", &req.title)?;
    let currency = currency("currency", req.currency.as_deref().unwrap_or("USD"))?;
    money_range(
        "min_salary_minor",
        "max_salary_minor",
        req.min_salary_minor,
        req.max_salary_minor,
    )?;
    let openings = req.openings.unwrap_or(1);
    if openings < 0 {
        return Err(Error::invalid_value(
            "openings",
            "openings must not be negative",
        ));
    }
    let deadline = optional_date("application_deadline", req.application_deadline)?;
    ctx.store().write(|tx| {
        ensure_optional(tx, "clients", "client", "client_id", req.client_id.as_deref())?;
        ensure_optional(tx, "users", "user", "hiring_manager_id", req.hiring_manager_id.as_deref())?;
        ensure_optional(tx, "users", "user", "assigned_recruiter_id", req.assigned_recruiter_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        let slug = format!("{}-{}", slugify(&title), &id[id.len() - 6..]);
        tx.execute(
            "INSERT INTO requisitions (id, client_id, title, department, employment_type, work_mode, job_locations,
                 min_salary_minor, max_salary_minor, currency, salary_unit, required_skills, preferred_skills, openings,
                 status, hiring_manager_id, assigned_recruiter_id, application_deadline, description, slug, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21)",
            params![
                id, req.client_id, title, optional_text(req.department),
                req.employment_type.unwrap_or(EmploymentType::FullTime), req.work_mode.unwrap_or(WorkMode::Onsite),
                json_strings(&req.job_locations), req.min_salary_minor, req.max_salary_minor, currency,
                req.salary_unit.unwrap_or(SalaryUnit::Year), json_strings(&req.required_skills),
                json_strings(&req.preferred_skills), openings, req.status.unwrap_or(RequisitionStatus::Draft),
                req.hiring_manager_id, req.assigned_recruiter_id, deadline, optional_text(req.description), slug, now
            ],
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO pipeline_stages (id, requisition_id, name, kind, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        for (position, (name, kind)) in DEFAULT_STAGES.iter().enumerate() {
            insert.execute(params![new_id(), id, name, kind, position as i64, now])?;
        }
        load_requisition(tx, &id)
    })
}

pub fn requisition_get(ctx: &Context, req: ById) -> Result<Requisition> {
    ctx.store().read(|c| load_requisition(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RequisitionList {
    #[serde(default)]
    pub status: Option<RequisitionStatus>,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn requisition_list(ctx: &Context, req: RequisitionList) -> Result<Page<Requisition>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let pattern = optional_text(req.query).map(|q| format!("%{q}%"));
    let filter = "WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.client_id = ?2)
                  AND (?3 IS NULL OR r.title LIKE ?3 OR r.department LIKE ?3)";
    ctx.store().read(|c| {
        let total = c.query_row(
            &format!("SELECT count(*) FROM requisitions r {filter}"),
            params![req.status, req.client_id, pattern],
            |r| r.get(0),
        )?;
        let items = c
            .prepare(&format!(
                "{REQ_SELECT} {filter} ORDER BY r.created_at DESC, r.id LIMIT ?4 OFFSET ?5"
            ))?
            .query_map(
                params![req.status, req.client_id, pattern, limit, offset],
                requisition_from_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RequisitionSetStatus {
    pub id: String,
    pub status: RequisitionStatus,
}

pub fn requisition_set_status(ctx: &Context, req: RequisitionSetStatus) -> Result<Requisition> {
    ctx.store().write(|tx| {
        ensure_found(tx, "requisitions", "requisition", &req.id)?;
        let now = now_utc();
        tx.execute(
            "UPDATE requisitions SET status = ?2, updated_at = ?3,
                 is_published = CASE WHEN ?2 IN ('open','sourcing','interviewing','offer') THEN 1 ELSE 0 END,
                 published_at = CASE WHEN ?2 IN ('open','sourcing','interviewing','offer') THEN COALESCE(published_at, ?3) ELSE published_at END
             WHERE id = ?1",
            params![req.id, req.status, now],
        )?;
        load_requisition(tx, &req.id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "requisition_create",
            "Create a requisition with its default pipeline stages",
            requisition_create
        ),
        command!("requisition_get", "Get one requisition", requisition_get),
        command!(
            "requisition_list",
            "List requisitions by status, client or title",
            requisition_list
        ),
        command!(
            "requisition_set_status",
            "Open, pause, close, fill or cancel a requisition",
            requisition_set_status
        ),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            super::slugify("Senior Rust Engineer (Remote)"),
            "senior-rust-engineer-remote"
        );
        assert_eq!(super::slugify("  C++ / Qt  "), "c-qt");
    }
}
