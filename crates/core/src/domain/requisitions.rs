//! Requisitions: an employer's opening (seed 001 jobs, 003 jobs, 004
//! JobRequisition) with headcount, salary range, skills, hiring rounds, SEO
//! fields and its own pipeline stages. Creating a requisition also creates its
//! default stages, so every requisition has a board from the first moment.
//! Create and update take the same [`RequisitionFields`], so the one form in
//! the UI, a saved template and a CLI script all speak the same shape.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::ExperienceLevel;
use super::support::{
    currency, ensure_found, ensure_optional, json_strings, money_range, optional_date,
    optional_text, ordered_range, page, required_text, strings_from_json, ById, Page,
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

impl RequisitionStatus {
    /// Closed, filled and cancelled requisitions take no applicants and are never published.
    pub fn is_ended(self) -> bool {
        matches!(self, Self::Closed | Self::Filled | Self::Cancelled)
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
    pub client_name: Option<String>,
    pub internal_job_id: Option<String>,
    pub department: Option<String>,
    pub functional_area: Option<String>,
    pub industry: Option<String>,
    pub employment_type: EmploymentType,
    pub work_mode: WorkMode,
    pub job_locations: Vec<String>,
    pub experience_level: Option<ExperienceLevel>,
    pub experience_required: Option<String>,
    pub min_experience_years: Option<f64>,
    pub max_experience_years: Option<f64>,
    pub education_qualification: Option<String>,
    pub min_salary_minor: Option<i64>,
    pub max_salary_minor: Option<i64>,
    pub currency: String,
    pub salary_unit: SalaryUnit,
    pub benefits_perks: Vec<String>,
    pub about_company: Option<String>,
    pub description: Option<String>,
    pub responsibilities: Vec<String>,
    pub required_skills: Vec<String>,
    pub preferred_skills: Vec<String>,
    pub tools_tech_stack: Vec<String>,
    pub openings: i64,
    pub positions_filled: i64,
    pub application_deadline: Option<String>,
    pub hiring_process_rounds: Vec<String>,
    pub notice_period_accepted: Option<String>,
    pub slug: Option<String>,
    pub meta_title: Option<String>,
    pub meta_description: Option<String>,
    pub status: RequisitionStatus,
    pub is_published: bool,
    pub published_at: Option<String>,
    pub hiring_manager_id: Option<String>,
    pub assigned_recruiter_id: Option<String>,
    pub template_id: Option<String>,
    pub applicant_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

const REQ_SELECT: &str = "SELECT r.id, r.title, r.client_id, cl.name, r.internal_job_id, r.department, r.functional_area,
     r.industry, r.employment_type, r.work_mode, r.job_locations, r.experience_level, r.experience_required,
     r.min_experience_years, r.max_experience_years, r.education_qualification, r.min_salary_minor, r.max_salary_minor,
     r.currency, r.salary_unit, r.benefits_perks, r.about_company, r.description, r.responsibilities, r.required_skills,
     r.preferred_skills, r.tools_tech_stack, r.openings, r.positions_filled, r.application_deadline,
     r.hiring_process_rounds, r.notice_period_accepted, r.slug, r.meta_title, r.meta_description, r.status,
     r.is_published, r.published_at, r.hiring_manager_id, r.assigned_recruiter_id, r.template_id,
     (SELECT count(*) FROM applications a WHERE a.requisition_id = r.id), r.created_at, r.updated_at
     FROM requisitions r LEFT JOIN clients cl ON cl.id = r.client_id";

fn json_list(r: &Row<'_>, i: usize) -> rusqlite::Result<Vec<String>> {
    Ok(strings_from_json(&r.get::<_, String>(i)?))
}

fn requisition_from_row(r: &Row<'_>) -> rusqlite::Result<Requisition> {
    Ok(Requisition {
        id: r.get(0)?,
        title: r.get(1)?,
        client_id: r.get(2)?,
        client_name: r.get(3)?,
        internal_job_id: r.get(4)?,
        department: r.get(5)?,
        functional_area: r.get(6)?,
        industry: r.get(7)?,
        employment_type: r.get(8)?,
        work_mode: r.get(9)?,
        job_locations: json_list(r, 10)?,
        experience_level: r.get(11)?,
        experience_required: r.get(12)?,
        min_experience_years: r.get(13)?,
        max_experience_years: r.get(14)?,
        education_qualification: r.get(15)?,
        min_salary_minor: r.get(16)?,
        max_salary_minor: r.get(17)?,
        currency: r.get(18)?,
        salary_unit: r.get(19)?,
        benefits_perks: json_list(r, 20)?,
        about_company: r.get(21)?,
        description: r.get(22)?,
        responsibilities: json_list(r, 23)?,
        required_skills: json_list(r, 24)?,
        preferred_skills: json_list(r, 25)?,
        tools_tech_stack: json_list(r, 26)?,
        openings: r.get(27)?,
        positions_filled: r.get(28)?,
        application_deadline: r.get(29)?,
        hiring_process_rounds: json_list(r, 30)?,
        notice_period_accepted: r.get(31)?,
        slug: r.get(32)?,
        meta_title: r.get(33)?,
        meta_description: r.get(34)?,
        status: r.get(35)?,
        is_published: r.get(36)?,
        published_at: r.get(37)?,
        hiring_manager_id: r.get(38)?,
        assigned_recruiter_id: r.get(39)?,
        template_id: r.get(40)?,
        applicant_count: r.get(41)?,
        created_at: r.get(42)?,
        updated_at: r.get(43)?,
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

/// Every editable field of a requisition: the request of `requisition_create`,
/// the `fields` of `requisition_update` (which replaces them all), and what a
/// job template stores.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct RequisitionFields {
    pub title: String,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub internal_job_id: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub functional_area: Option<String>,
    #[serde(default)]
    pub industry: Option<String>,
    #[serde(default)]
    pub employment_type: Option<EmploymentType>,
    #[serde(default)]
    pub work_mode: Option<WorkMode>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub job_locations: Vec<String>,
    #[serde(default)]
    pub experience_level: Option<ExperienceLevel>,
    #[serde(default)]
    pub experience_required: Option<String>,
    #[serde(default)]
    pub min_experience_years: Option<f64>,
    #[serde(default)]
    pub max_experience_years: Option<f64>,
    #[serde(default)]
    pub education_qualification: Option<String>,
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
    pub benefits_perks: Vec<String>,
    #[serde(default)]
    pub about_company: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub responsibilities: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub required_skills: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub preferred_skills: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub tools_tech_stack: Vec<String>,
    #[serde(default)]
    pub openings: Option<i64>,
    #[serde(default)]
    pub positions_filled: Option<i64>,
    #[serde(default)]
    pub application_deadline: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub hiring_process_rounds: Vec<String>,
    #[serde(default)]
    pub notice_period_accepted: Option<String>,
    #[serde(default)]
    pub meta_title: Option<String>,
    #[serde(default)]
    pub meta_description: Option<String>,
    #[serde(default)]
    pub status: Option<RequisitionStatus>,
    #[serde(default)]
    pub hiring_manager_id: Option<String>,
    #[serde(default)]
    pub assigned_recruiter_id: Option<String>,
    /// The template this requisition was made from (its use count goes up on create).
    #[serde(default)]
    pub template_id: Option<String>,
}

/// [`RequisitionFields`] after validation, ready to bind.
struct Checked {
    f: RequisitionFields,
    title: String,
    currency: String,
    openings: i64,
    filled: i64,
    deadline: Option<String>,
}

fn clean_list(field: &str, values: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        let v = v.trim();
        if v.is_empty() {
            return Err(Error::invalid_value(
                format!("{field}[{i}]"),
                format!("{field}[{i}] must not be empty"),
            ));
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(v)) {
            out.push(v.to_string());
        }
    }
    Ok(out)
}

fn check(mut f: RequisitionFields) -> Result<Checked> {
    let title = required_text("title", &f.title)?;
    let currency = currency("currency", f.currency.as_deref().unwrap_or("USD"))?;
    money_range(
        "min_salary_minor",
        "max_salary_minor",
        f.min_salary_minor,
        f.max_salary_minor,
    )?;
    for (field, v) in [
        ("min_experience_years", f.min_experience_years),
        ("max_experience_years", f.max_experience_years),
    ] {
        if matches!(v, Some(y) if !(0.0..=80.0).contains(&y)) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must be between 0 and 80"),
            ));
        }
    }
    ordered_range(
        "max_experience_years",
        f.min_experience_years,
        f.max_experience_years,
    )?;
    let openings = f.openings.unwrap_or(1);
    if openings < 0 {
        return Err(Error::invalid_value(
            "openings",
            "openings must not be negative",
        ));
    }
    let filled = f.positions_filled.unwrap_or(0);
    if filled < 0 {
        return Err(Error::invalid_value(
            "positions_filled",
            "positions_filled must not be negative",
        ));
    }
    if filled > openings {
        return Err(Error::invalid_value(
            "positions_filled",
            "positions_filled must not exceed openings",
        ));
    }
    let deadline = optional_date("application_deadline", f.application_deadline.take())?;
    f.job_locations = clean_list("job_locations", &f.job_locations)?;
    f.benefits_perks = clean_list("benefits_perks", &f.benefits_perks)?;
    f.responsibilities = clean_list("responsibilities", &f.responsibilities)?;
    f.required_skills = clean_list("required_skills", &f.required_skills)?;
    f.preferred_skills = clean_list("preferred_skills", &f.preferred_skills)?;
    f.tools_tech_stack = clean_list("tools_tech_stack", &f.tools_tech_stack)?;
    f.hiring_process_rounds = clean_list("hiring_process_rounds", &f.hiring_process_rounds)?;
    Ok(Checked {
        f,
        title,
        currency,
        openings,
        filled,
        deadline,
    })
}

fn check_references(tx: &Connection, f: &RequisitionFields) -> Result<()> {
    ensure_optional(tx, "clients", "client", "client_id", f.client_id.as_deref())?;
    ensure_optional(
        tx,
        "users",
        "user",
        "hiring_manager_id",
        f.hiring_manager_id.as_deref(),
    )?;
    ensure_optional(
        tx,
        "users",
        "user",
        "assigned_recruiter_id",
        f.assigned_recruiter_id.as_deref(),
    )?;
    ensure_optional(
        tx,
        "job_templates",
        "job template",
        "template_id",
        f.template_id.as_deref(),
    )
}

/// Lower-case words joined by dashes: "Senior Rust Engineer (Berlin)" -> "senior-rust-engineer-berlin".
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The readable base of a requisition's slug: title plus its first location's city.
pub fn slug_base(title: &str, locations: &[String]) -> String {
    let city = locations
        .first()
        .and_then(|l| l.split(',').next())
        .unwrap_or("");
    let base = slugify(&format!("{title} {city}"));
    if base.is_empty() {
        "job".to_string()
    } else {
        base
    }
}

/// `base`, or `base-2`, `base-3`… : the first that no other requisition uses.
/// WHY in the app: requisitions sync, so the schema has no UNIQUE on slugs.
pub fn unique_slug(conn: &Connection, base: &str, own_id: &str) -> Result<String> {
    let mut stmt =
        conn.prepare_cached("SELECT 1 FROM requisitions WHERE slug = ?1 AND id <> ?2 LIMIT 1")?;
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        let taken: Option<i64> = stmt
            .query_row(params![candidate, own_id], |r| r.get(0))
            .optional()?;
        if taken.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}

fn lists(c: &Checked) -> [String; 7] {
    [
        json_strings(&c.f.job_locations),
        json_strings(&c.f.benefits_perks),
        json_strings(&c.f.responsibilities),
        json_strings(&c.f.required_skills),
        json_strings(&c.f.preferred_skills),
        json_strings(&c.f.tools_tech_stack),
        json_strings(&c.f.hiring_process_rounds),
    ]
}

pub fn requisition_create(ctx: &Context, req: RequisitionFields) -> Result<Requisition> {
    let c = check(req)?;
    ctx.store().write(|tx| {
        check_references(tx, &c.f)?;
        let id = new_id();
        let now = now_utc();
        let status = c.f.status.unwrap_or(RequisitionStatus::Draft);
        let slug = unique_slug(tx, &slug_base(&c.title, &c.f.job_locations), &id)?;
        let [locs, perks, resp, req_sk, pref_sk, tools, rounds] = lists(&c);
        let f = &c.f;
        tx.execute(
            "INSERT INTO requisitions (id, client_id, title, internal_job_id, department, functional_area, industry,
                 employment_type, work_mode, job_locations, experience_level, experience_required, min_experience_years,
                 max_experience_years, education_qualification, min_salary_minor, max_salary_minor, currency, salary_unit,
                 benefits_perks, about_company, description, responsibilities, required_skills, preferred_skills,
                 tools_tech_stack, openings, positions_filled, application_deadline, hiring_process_rounds,
                 notice_period_accepted, meta_title, meta_description, status, hiring_manager_id, assigned_recruiter_id,
                 template_id, slug, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                 ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?39)",
            params![
                id, f.client_id, c.title, optional_text(f.internal_job_id.clone()), optional_text(f.department.clone()),
                optional_text(f.functional_area.clone()), optional_text(f.industry.clone()),
                f.employment_type.unwrap_or(EmploymentType::FullTime), f.work_mode.unwrap_or(WorkMode::Onsite), locs,
                f.experience_level, optional_text(f.experience_required.clone()), f.min_experience_years,
                f.max_experience_years, optional_text(f.education_qualification.clone()), f.min_salary_minor,
                f.max_salary_minor, c.currency, f.salary_unit.unwrap_or(SalaryUnit::Year), perks,
                optional_text(f.about_company.clone()), optional_text(f.description.clone()), resp, req_sk, pref_sk, tools,
                c.openings, c.filled, c.deadline, rounds, optional_text(f.notice_period_accepted.clone()),
                optional_text(f.meta_title.clone()), optional_text(f.meta_description.clone()), status,
                f.hiring_manager_id, f.assigned_recruiter_id, f.template_id, slug, now
            ],
        )?;
        if let Some(t) = &f.template_id {
            tx.execute("UPDATE job_templates SET use_count = use_count + 1, updated_at = ?2 WHERE id = ?1", params![t, now])?;
        }
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

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RequisitionUpdate {
    pub id: String,
    /// Replaces every editable field (absent optional fields are cleared).
    pub fields: RequisitionFields,
}

pub fn requisition_update(ctx: &Context, req: RequisitionUpdate) -> Result<Requisition> {
    let c = check(req.fields).map_err(|e| prefix_field(e, "fields"))?;
    ctx.store().write(|tx| {
        let before = load_requisition(tx, &req.id)?;
        check_references(tx, &c.f).map_err(|e| prefix_field(e, "fields"))?;
        let now = now_utc();
        // The slug stays stable unless what it is made of changed.
        let base = slug_base(&c.title, &c.f.job_locations);
        let slug = if before.slug.as_deref().is_some_and(|s| s == base || s.starts_with(&format!("{base}-"))) {
            before.slug.clone().unwrap_or_default()
        } else {
            unique_slug(tx, &base, &req.id)?
        };
        let status = c.f.status.unwrap_or(before.status);
        let [locs, perks, resp, req_sk, pref_sk, tools, rounds] = lists(&c);
        let f = &c.f;
        tx.execute(
            "UPDATE requisitions SET client_id = ?2, title = ?3, internal_job_id = ?4, department = ?5, functional_area = ?6,
                 industry = ?7, employment_type = ?8, work_mode = ?9, job_locations = ?10, experience_level = ?11,
                 experience_required = ?12, min_experience_years = ?13, max_experience_years = ?14,
                 education_qualification = ?15, min_salary_minor = ?16, max_salary_minor = ?17, currency = ?18,
                 salary_unit = ?19, benefits_perks = ?20, about_company = ?21, description = ?22, responsibilities = ?23,
                 required_skills = ?24, preferred_skills = ?25, tools_tech_stack = ?26, openings = ?27,
                 positions_filled = ?28, application_deadline = ?29, hiring_process_rounds = ?30,
                 notice_period_accepted = ?31, meta_title = ?32, meta_description = ?33, status = ?34,
                 hiring_manager_id = ?35, assigned_recruiter_id = ?36, template_id = COALESCE(?37, template_id),
                 slug = ?38, is_published = CASE WHEN ?39 THEN 0 ELSE is_published END, updated_at = ?40
             WHERE id = ?1",
            params![
                req.id, f.client_id, c.title, optional_text(f.internal_job_id.clone()), optional_text(f.department.clone()),
                optional_text(f.functional_area.clone()), optional_text(f.industry.clone()),
                f.employment_type.unwrap_or(EmploymentType::FullTime), f.work_mode.unwrap_or(WorkMode::Onsite), locs,
                f.experience_level, optional_text(f.experience_required.clone()), f.min_experience_years,
                f.max_experience_years, optional_text(f.education_qualification.clone()), f.min_salary_minor,
                f.max_salary_minor, c.currency, f.salary_unit.unwrap_or(SalaryUnit::Year), perks,
                optional_text(f.about_company.clone()), optional_text(f.description.clone()), resp, req_sk, pref_sk, tools,
                c.openings, c.filled, c.deadline, rounds, optional_text(f.notice_period_accepted.clone()),
                optional_text(f.meta_title.clone()), optional_text(f.meta_description.clone()), status,
                f.hiring_manager_id, f.assigned_recruiter_id, f.template_id, slug, status.is_ended(), now
            ],
        )?;
        load_requisition(tx, &req.id)
    })
}

/// `fields.x` for an error about `x` inside the nested `fields` object.
fn prefix_field(mut e: Error, prefix: &str) -> Error {
    if let Some(f) = e.field.take() {
        if e.message.starts_with(&format!("{f}:")) {
            e.message = format!("{prefix}.{}", e.message);
        }
        e.field = Some(format!("{prefix}.{f}"));
    }
    e
}

/// The editable fields of an existing requisition (for templates and forms).
pub fn fields_of(r: &Requisition) -> RequisitionFields {
    RequisitionFields {
        title: r.title.clone(),
        client_id: r.client_id.clone(),
        internal_job_id: r.internal_job_id.clone(),
        department: r.department.clone(),
        functional_area: r.functional_area.clone(),
        industry: r.industry.clone(),
        employment_type: Some(r.employment_type),
        work_mode: Some(r.work_mode),
        job_locations: r.job_locations.clone(),
        experience_level: r.experience_level,
        experience_required: r.experience_required.clone(),
        min_experience_years: r.min_experience_years,
        max_experience_years: r.max_experience_years,
        education_qualification: r.education_qualification.clone(),
        min_salary_minor: r.min_salary_minor,
        max_salary_minor: r.max_salary_minor,
        currency: Some(r.currency.clone()),
        salary_unit: Some(r.salary_unit),
        benefits_perks: r.benefits_perks.clone(),
        about_company: r.about_company.clone(),
        description: r.description.clone(),
        responsibilities: r.responsibilities.clone(),
        required_skills: r.required_skills.clone(),
        preferred_skills: r.preferred_skills.clone(),
        tools_tech_stack: r.tools_tech_stack.clone(),
        openings: Some(r.openings),
        positions_filled: Some(r.positions_filled),
        application_deadline: r.application_deadline.clone(),
        hiring_process_rounds: r.hiring_process_rounds.clone(),
        notice_period_accepted: r.notice_period_accepted.clone(),
        meta_title: r.meta_title.clone(),
        meta_description: r.meta_description.clone(),
        status: Some(r.status),
        hiring_manager_id: r.hiring_manager_id.clone(),
        assigned_recruiter_id: r.assigned_recruiter_id.clone(),
        template_id: r.template_id.clone(),
    }
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

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RequisitionPublish {
    pub id: String,
    pub published: bool,
}

/// Publish or unpublish. Publishing a draft or paused requisition opens it;
/// an ended one (closed, filled, cancelled) cannot be published.
pub fn requisition_publish(ctx: &Context, req: RequisitionPublish) -> Result<Requisition> {
    ctx.store().write(|tx| {
        let r = load_requisition(tx, &req.id)?;
        let now = now_utc();
        if req.published {
            if r.status.is_ended() {
                return Err(Error::invalid_value(
                    "published",
                    format!("published: a {} requisition cannot be published; reopen it first", r.status),
                ));
            }
            let status = match r.status {
                RequisitionStatus::Draft | RequisitionStatus::Paused => RequisitionStatus::Open,
                s => s,
            };
            tx.execute(
                "UPDATE requisitions SET is_published = 1, published_at = COALESCE(published_at, ?2), status = ?3,
                     updated_at = ?2 WHERE id = ?1",
                params![req.id, now, status],
            )?;
        } else {
            tx.execute("UPDATE requisitions SET is_published = 0, updated_at = ?2 WHERE id = ?1", params![req.id, now])?;
        }
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
            "requisition_update",
            "Replace every editable field of a requisition",
            requisition_update
        ),
        command!(
            "requisition_set_status",
            "Open, pause, close, fill or cancel a requisition",
            requisition_set_status
        ),
        command!(
            "requisition_publish",
            "Publish or unpublish a requisition on the job board",
            requisition_publish
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
        assert_eq!(
            super::slug_base("Senior Rust Engineer", &["Berlin, Germany".to_string()]),
            "senior-rust-engineer-berlin"
        );
        assert_eq!(super::slug_base("!!", &[]), "job");
    }
}
