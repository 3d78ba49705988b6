//! Candidates: the one candidate profile every seed's applicant/candidate/
//! profile model maps onto, with skills, work history and education as child
//! rows. Lists sort and filter on a whitelisted set of columns, so user input
//! chooses a column by name but never reaches the SQL text.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    ensure_found, ensure_optional, optional_date, optional_email, optional_text, required_text,
    ById, Done,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum CandidateStatus {
        New = "new", Active = "active", Interviewing = "interviewing", Offered = "offered",
        Hired = "hired", Rejected = "rejected", Withdrawn = "withdrawn", Inactive = "inactive",
    }
}

string_enum! {
    pub enum ExperienceLevel {
        Intern = "intern", Entry = "entry", Junior = "junior", Mid = "mid", Senior = "senior",
        Lead = "lead", Principal = "principal", Executive = "executive",
    }
}

string_enum! {
    pub enum SkillLevel { Beginner = "beginner", Intermediate = "intermediate", Advanced = "advanced", Expert = "expert" }
}

string_enum! {
    pub enum SkillCategory {
        Technical = "technical", Soft = "soft", Language = "language", Tool = "tool",
        Domain = "domain", Certification = "certification", Other = "other",
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Candidate {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub location: Option<String>,
    pub headline: Option<String>,
    pub current_role: Option<String>,
    pub status: CandidateStatus,
    pub experience_level: Option<ExperienceLevel>,
    pub total_experience_years: Option<f64>,
    pub linkedin_url: Option<String>,
    pub source: Option<String>,
    /// Tag names, alphabetical.
    pub tags: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

pub(crate) const CANDIDATE_COLUMNS: &str =
    "id, full_name, email, phone, location, headline, current_role, status, \
     experience_level, total_experience_years, linkedin_url, source, created_at, updated_at, \
     (SELECT json_group_array(name) FROM (SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id \
      WHERE ct.candidate_id = candidates.id ORDER BY t.name COLLATE NOCASE))";

pub(crate) fn candidate_from_row(r: &Row<'_>) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        id: r.get(0)?,
        full_name: r.get(1)?,
        email: r.get(2)?,
        phone: r.get(3)?,
        location: r.get(4)?,
        headline: r.get(5)?,
        current_role: r.get(6)?,
        status: r.get(7)?,
        experience_level: r.get(8)?,
        total_experience_years: r.get(9)?,
        linkedin_url: r.get(10)?,
        source: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        tags: super::support::strings_from_json(&r.get::<_, String>(14)?),
    })
}

fn load_candidate(conn: &Connection, id: &str) -> Result<Candidate> {
    let sql = format!("SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE id = ?1");
    conn.query_row(&sql, [id], candidate_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("candidate", id))
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SkillInput {
    pub name: String,
    #[serde(default)]
    pub level: Option<SkillLevel>,
    #[serde(default)]
    pub category: Option<SkillCategory>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateCreate {
    pub full_name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    #[serde(default)]
    pub experience_level: Option<ExperienceLevel>,
    #[serde(default)]
    pub total_experience_years: Option<f64>,
    #[serde(default)]
    pub linkedin_url: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(default)]
    pub added_by_recruiter_id: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<SkillInput>>", optional)]
    pub skills: Vec<SkillInput>,
}

fn check_years(years: Option<f64>) -> Result<()> {
    match years {
        Some(y) if !(0.0..=80.0).contains(&y) => Err(Error::invalid_value(
            "total_experience_years",
            "total_experience_years must be between 0 and 80",
        )),
        _ => Ok(()),
    }
}

pub fn candidate_create(ctx: &Context, req: CandidateCreate) -> Result<CandidateDetail> {
    let full_name = required_text("full_name", &req.full_name)?;
    let email = optional_email("email", req.email)?;
    check_years(req.total_experience_years)?;
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "user_id", req.user_id.as_deref())?;
        ensure_optional(tx, "recruiters", "recruiter", "added_by_recruiter_id", req.added_by_recruiter_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO candidates (id, user_id, added_by_recruiter_id, full_name, email, phone, location, headline,
                 current_role, status, experience_level, total_experience_years, linkedin_url, source, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
            params![
                id, req.user_id, req.added_by_recruiter_id, full_name, email, optional_text(req.phone),
                optional_text(req.location), optional_text(req.headline), optional_text(req.current_role),
                req.status.unwrap_or(CandidateStatus::Active), req.experience_level, req.total_experience_years,
                optional_text(req.linkedin_url), optional_text(req.source), now
            ],
        )?;
        for (i, skill) in req.skills.iter().enumerate() {
            add_skill(tx, &id, skill, &format!("skills[{i}].name"))?;
        }
        load_detail(tx, &id)
    })
}

fn add_skill(conn: &Connection, candidate_id: &str, skill: &SkillInput, field: &str) -> Result<()> {
    let name = required_text(field, &skill.name)?;
    let skill_id: Option<String> = conn
        .query_row(
            "SELECT id FROM skills WHERE lower(name) = lower(?1) ORDER BY id LIMIT 1",
            [&name],
            |r| r.get(0),
        )
        .optional()?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO candidate_skills (id, candidate_id, skill_id, name, category, level, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![new_id(), candidate_id, skill_id, name, skill.category.unwrap_or(SkillCategory::Technical), skill.level, now],
    )?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CandidateSkill {
    pub id: String,
    pub name: String,
    pub category: SkillCategory,
    pub level: Option<SkillLevel>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct WorkExperience {
    pub id: String,
    pub company_name: String,
    pub job_title: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub is_current: bool,
    pub responsibilities: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Education {
    pub id: String,
    pub institution: String,
    pub degree: Option<String>,
    pub field_of_study: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CandidateDetail {
    #[serde(flatten)]
    pub candidate: Candidate,
    pub skills: Vec<CandidateSkill>,
    pub work_history: Vec<WorkExperience>,
    pub education: Vec<Education>,
    pub tag_list: Vec<super::tags::Tag>,
    /// Other candidates that look like the same person (same email, phone,
    /// LinkedIn URL, or name plus current company): a warning, never a block.
    pub possible_duplicates: Vec<super::duplicates::DuplicateMatch>,
}

fn load_detail(conn: &Connection, id: &str) -> Result<CandidateDetail> {
    let candidate = load_candidate(conn, id)?;
    let skills = conn
        .prepare_cached("SELECT id, name, category, level FROM candidate_skills WHERE candidate_id = ?1 ORDER BY name COLLATE NOCASE")?
        .query_map([id], |r| Ok(CandidateSkill { id: r.get(0)?, name: r.get(1)?, category: r.get(2)?, level: r.get(3)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let work_history = conn
        .prepare_cached(
            "SELECT id, company_name, job_title, start_date, end_date, is_current, responsibilities
             FROM work_experiences WHERE candidate_id = ?1 ORDER BY is_current DESC, start_date DESC",
        )?
        .query_map([id], |r| {
            Ok(WorkExperience {
                id: r.get(0)?,
                company_name: r.get(1)?,
                job_title: r.get(2)?,
                start_date: r.get(3)?,
                end_date: r.get(4)?,
                is_current: r.get(5)?,
                responsibilities: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let education = conn
        .prepare_cached(
            "SELECT id, institution, degree, field_of_study, start_date, end_date
             FROM educations WHERE candidate_id = ?1 ORDER BY start_date DESC",
        )?
        .query_map([id], |r| {
            Ok(Education {
                id: r.get(0)?,
                institution: r.get(1)?,
                degree: r.get(2)?,
                field_of_study: r.get(3)?,
                start_date: r.get(4)?,
                end_date: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let tag_list = super::tags::tags_of(conn, id)?;
    Ok(CandidateDetail {
        candidate,
        skills,
        work_history,
        education,
        tag_list,
        possible_duplicates: super::duplicates::duplicates_of(conn, id)?,
    })
}

/// A candidate with skills, history and possible duplicates, inside a
/// caller's transaction.
pub(crate) fn candidate_get_in(conn: &Connection, id: &str) -> Result<CandidateDetail> {
    load_detail(conn, id)
}

pub fn candidate_get(ctx: &Context, req: ById) -> Result<CandidateDetail> {
    ctx.store().read(|c| load_detail(c, &req.id))
}

pub use super::candidate_list::{candidate_list, CandidateList, CandidateSort, SortDirection};

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateUpdate {
    pub id: String,
    #[serde(default)]
    pub full_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    #[serde(default)]
    pub experience_level: Option<ExperienceLevel>,
    #[serde(default)]
    pub total_experience_years: Option<f64>,
}

pub fn candidate_update(ctx: &Context, req: CandidateUpdate) -> Result<CandidateDetail> {
    let full_name = req
        .full_name
        .as_deref()
        .map(|n| required_text("full_name", n))
        .transpose()?;
    let email = optional_email("email", req.email)?;
    check_years(req.total_experience_years)?;
    ctx.store().write(|tx| {
        ensure_found(tx, "candidates", "candidate", &req.id)?;
        tx.execute(
            "UPDATE candidates SET
                full_name = COALESCE(?2, full_name), email = COALESCE(?3, email), phone = COALESCE(?4, phone),
                location = COALESCE(?5, location), headline = COALESCE(?6, headline),
                current_role = COALESCE(?7, current_role), status = COALESCE(?8, status),
                experience_level = COALESCE(?9, experience_level),
                total_experience_years = COALESCE(?10, total_experience_years), updated_at = ?11
             WHERE id = ?1",
            params![
                req.id, full_name, email, optional_text(req.phone), optional_text(req.location),
                optional_text(req.headline), optional_text(req.current_role), req.status, req.experience_level,
                req.total_experience_years, now_utc()
            ],
        )?;
        load_detail(tx, &req.id)
    })
}

pub fn candidate_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "candidates", "candidate", &req.id)?;
        tx.execute("DELETE FROM candidates WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct WorkExperienceAdd {
    pub candidate_id: String,
    pub company_name: String,
    pub job_title: String,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_current: bool,
    #[serde(default)]
    pub responsibilities: Option<String>,
}

pub fn work_experience_add(ctx: &Context, req: WorkExperienceAdd) -> Result<CandidateDetail> {
    let company = required_text("company_name", &req.company_name)?;
    let title = required_text("job_title", &req.job_title)?;
    let start = optional_date("start_date", req.start_date)?;
    let end = optional_date("end_date", req.end_date)?;
    super::support::ordered_range("end_date", start.as_deref(), end.as_deref())?;
    ctx.store().write(|tx| {
        super::support::ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO work_experiences (id, candidate_id, company_name, job_title, start_date, end_date, is_current,
                 responsibilities, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![new_id(), req.candidate_id, company, title, start, end, req.is_current, optional_text(req.responsibilities), now],
        )?;
        load_detail(tx, &req.candidate_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct EducationAdd {
    pub candidate_id: String,
    pub institution: String,
    #[serde(default)]
    pub degree: Option<String>,
    #[serde(default)]
    pub field_of_study: Option<String>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
}

pub fn education_add(ctx: &Context, req: EducationAdd) -> Result<CandidateDetail> {
    let institution = required_text("institution", &req.institution)?;
    let start = optional_date("start_date", req.start_date)?;
    let end = optional_date("end_date", req.end_date)?;
    super::support::ordered_range("end_date", start.as_deref(), end.as_deref())?;
    ctx.store().write(|tx| {
        super::support::ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO educations (id, candidate_id, institution, degree, field_of_study, start_date, end_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![new_id(), req.candidate_id, institution, optional_text(req.degree), optional_text(req.field_of_study), start, end, now],
        )?;
        load_detail(tx, &req.candidate_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SkillAdd {
    pub candidate_id: String,
    pub skill: SkillInput,
}

pub fn candidate_skill_add(ctx: &Context, req: SkillAdd) -> Result<CandidateDetail> {
    ctx.store().write(|tx| {
        super::support::ensure_exists(
            tx,
            "candidates",
            "candidate",
            "candidate_id",
            &req.candidate_id,
        )?;
        add_skill(tx, &req.candidate_id, &req.skill, "skill.name")?;
        load_detail(tx, &req.candidate_id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "candidate_create",
            "Create a candidate profile, with skills",
            candidate_create
        ),
        command!(
            "candidate_get",
            "Get a candidate with skills, work history and education",
            candidate_get
        ),
        command!(
            "candidate_list",
            "List candidates: search, filter by status, sort on any column, page",
            candidate_list
        ),
        command!(
            "candidate_update",
            "Change fields of a candidate profile",
            candidate_update
        ),
        command!(
            "candidate_delete",
            "Delete a candidate and everything that belongs to them",
            candidate_delete
        ),
        command!(
            "candidate_skill_add",
            "Add a skill to a candidate",
            candidate_skill_add
        ),
        command!(
            "work_experience_add",
            "Add a job to a candidate's work history",
            work_experience_add
        ),
        command!(
            "education_add",
            "Add education to a candidate",
            education_add
        ),
    ]
}
