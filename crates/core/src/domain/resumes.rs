//! Resume versions of the job seeker: several per person, exactly one primary. Import is two
//! steps so the person stays in charge: `resume_parse` reads a PDF, DOCX or text file and returns
//! the parsed fields without saving anything; `resume_create` saves the (corrected) fields with
//! the file, and can fill the profile from them.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::documents::{
    collect_garbage, insert_document, DocumentCategory, FileUpload, NewDocument,
};
use super::profile::{
    load_profile, partial_date, profile_candidate_id, validate, write_profile, ProfileEducation,
    ProfileExperience, ProfileSkill,
};
use super::support::{optional_email, optional_text, required_text, ById, Done};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::files::FileStore;
use crate::resume::{self, FileKind, ParsedResume};
use crate::{command, new_id, now_utc};

/// What `resume_parse` found in a file; nothing is stored yet.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ResumeDraft {
    pub file_name: String,
    pub kind: FileKind,
    pub text: String,
    pub parsed: ParsedResume,
}

pub fn resume_parse(_ctx: &Context, req: FileUpload) -> Result<ResumeDraft> {
    let up = req.decode("file")?;
    let (extracted, parsed) = resume::read_resume("file", &up.file_name, &up.bytes)?;
    Ok(ResumeDraft {
        file_name: up.file_name,
        kind: extracted.kind,
        text: extracted.text,
        parsed,
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ResumeSummary {
    pub id: String,
    pub title: String,
    pub version_label: Option<String>,
    pub target_role: Option<String>,
    pub is_primary: bool,
    pub document_id: Option<String>,
    pub file_name: Option<String>,
    pub skills: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ResumeDetail {
    #[serde(flatten)]
    pub summary: ResumeSummary,
    pub content_text: Option<String>,
    pub parsed: ParsedResume,
}

const RESUME_COLUMNS: &str = "r.id, r.title, r.version_label, r.target_role, r.is_primary, r.document_id, d.original_filename,
     r.parsed_data, r.created_at, r.updated_at, r.content_text";

fn resume_from_row(r: &Row<'_>) -> rusqlite::Result<ResumeDetail> {
    let parsed_text: String = r.get(7)?;
    let parsed: ParsedResume = serde_json::from_str(&parsed_text).unwrap_or_default();
    Ok(ResumeDetail {
        summary: ResumeSummary {
            id: r.get(0)?,
            title: r.get(1)?,
            version_label: r.get(2)?,
            target_role: r.get(3)?,
            is_primary: r.get(4)?,
            document_id: r.get(5)?,
            file_name: r.get(6)?,
            skills: parsed.skills.clone(),
            created_at: r.get(8)?,
            updated_at: r.get(9)?,
        },
        content_text: r.get(10)?,
        parsed,
    })
}

pub fn load_resume(conn: &Connection, id: &str) -> Result<ResumeDetail> {
    conn.query_row(
        &format!("SELECT {RESUME_COLUMNS} FROM resumes r LEFT JOIN documents d ON d.id = r.document_id WHERE r.id = ?1"),
        [id],
        resume_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("resume", id))
}

/// The primary resume of the profile, if there is one.
pub fn primary_resume(conn: &Connection, candidate: &str) -> Result<Option<ResumeDetail>> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM resumes WHERE candidate_id = ?1 AND is_active = 1 ORDER BY is_primary DESC, created_at DESC LIMIT 1",
            [candidate],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| load_resume(conn, &id)).transpose()
}

/// Check the person's corrections; every error names its field under `parsed.`.
pub fn validate_parsed(mut p: ParsedResume) -> Result<ParsedResume> {
    p.full_name = optional_text(p.full_name);
    p.email = optional_email("parsed.email", p.email)?;
    p.phone = optional_text(p.phone);
    p.linkedin_url = super::profile::optional_url("parsed.linkedin_url", p.linkedin_url)?;
    p.github_url = super::profile::optional_url("parsed.github_url", p.github_url)?;
    p.website_url = super::profile::optional_url("parsed.website_url", p.website_url)?;
    let catalog = crate::skills::catalog()?;
    let mut skills: Vec<String> = Vec::new();
    for (i, s) in p.skills.iter().enumerate() {
        let name = catalog.canonical(&required_text(&format!("parsed.skills[{i}]"), s)?);
        if !skills.iter().any(|k| k.eq_ignore_ascii_case(&name)) {
            skills.push(name);
        }
    }
    p.skills = skills;
    for (i, e) in p.experience.iter_mut().enumerate() {
        let f = |n: &str| format!("parsed.experience[{i}].{n}");
        e.title = required_text(&f("title"), &e.title)?;
        e.company = optional_text(e.company.take());
        e.start = partial_date(&f("start"), e.start.take())?;
        e.end = partial_date(&f("end"), e.end.take())?;
        if e.current {
            e.end = None;
        }
        if let (Some(s), Some(en)) = (&e.start, &e.end) {
            let n = s.len().min(en.len());
            if en[..n] < s[..n] {
                return Err(Error::invalid_value(
                    f("end"),
                    "must not be before the start",
                ));
            }
        }
    }
    for (i, e) in p.education.iter_mut().enumerate() {
        let f = |n: &str| format!("parsed.education[{i}].{n}");
        e.school = required_text(&f("school"), &e.school)?;
        e.degree = optional_text(e.degree.take());
        for (name, y) in [("start_year", e.start_year), ("end_year", e.end_year)] {
            if matches!(y, Some(y) if !(1900..=2100).contains(&y)) {
                return Err(Error::invalid_value(
                    f(name),
                    "must be a year between 1900 and 2100",
                ));
            }
        }
        if let (Some(s), Some(en)) = (e.start_year, e.end_year) {
            if en < s {
                return Err(Error::invalid_value(
                    f("end_year"),
                    "must not be before the start year",
                ));
            }
        }
    }
    Ok(p)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ResumeCreate {
    pub title: String,
    #[serde(default)]
    pub version_label: Option<String>,
    #[serde(default)]
    pub target_role: Option<String>,
    /// The imported file; its text is extracted again on save.
    #[serde(default)]
    pub file: Option<FileUpload>,
    /// Resume text typed or pasted, when there is no file.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<ParsedResume>")]
    pub parsed: ParsedResume,
    #[serde(default)]
    #[ts(as = "Option<bool>")]
    pub is_primary: bool,
    /// Also fill the profile: empty contact fields, and skills, jobs and schools it lacks.
    #[serde(default)]
    #[ts(as = "Option<bool>")]
    pub apply_to_profile: bool,
}

pub fn resume_create(ctx: &Context, req: ResumeCreate) -> Result<ResumeDetail> {
    let title = required_text("title", &req.title)?;
    let parsed = validate_parsed(req.parsed)?;
    let upload = req.file.as_ref().map(|f| f.decode("file")).transpose()?;
    let (kind, text) = match &upload {
        Some(up) => {
            let e = resume::extract_text("file", &up.file_name, &up.bytes)?;
            (Some(e.kind), Some(e.text))
        }
        None => (
            None,
            Some(
                required_text("text", req.text.as_deref().unwrap_or(""))
                    .map_err(|_| Error::missing_field("file"))?,
            ),
        ),
    };
    let files = upload
        .as_ref()
        .map(|_| FileStore::for_store(ctx.store()))
        .transpose()?;
    ctx.store().write(|tx| {
        let candidate = profile_candidate_id(tx)?;
        let document_id = match (&upload, &files, kind) {
            (Some(up), Some(files), Some(kind)) => {
                let stored = files.put(&up.bytes)?;
                Some(insert_document(
                    tx,
                    &NewDocument {
                        candidate_id: Some(&candidate),
                        tracked_job_id: None,
                        category: DocumentCategory::Resume,
                        title: Some(title.clone()),
                        file_name: &up.file_name,
                        file_key: &stored.key,
                        kind,
                        size: stored.size,
                        text: text.as_deref(),
                    },
                )?)
            }
            _ => None,
        };
        let has_any: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM resumes WHERE candidate_id = ?1 AND is_active = 1)", [&candidate], |r| r.get(0))?;
        let primary = req.is_primary || !has_any;
        if primary {
            tx.execute("UPDATE resumes SET is_primary = 0, updated_at = ?2 WHERE candidate_id = ?1 AND is_primary = 1", params![candidate, now_utc()])?;
        }
        let id = new_id();
        let now = now_utc();
        let parsed_json = serde_json::to_string(&parsed).map_err(|e| Error::database(e.to_string()))?;
        tx.execute(
            "INSERT INTO resumes (id, candidate_id, document_id, title, version_label, target_role, content_text, parsed_data,
                 is_primary, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![id, candidate, document_id, title, optional_text(req.version_label), optional_text(req.target_role), text, parsed_json, primary, now],
        )?;
        if req.apply_to_profile {
            apply_to_profile(tx, &candidate, &parsed)?;
        }
        load_resume(tx, &id)
    })
}

/// Merge parsed resume data into the profile without overwriting what the person wrote.
fn apply_to_profile(tx: &Connection, candidate: &str, parsed: &ParsedResume) -> Result<()> {
    let mut p = load_profile(tx, candidate)?;
    let fill = |slot: &mut Option<String>, value: &Option<String>| {
        if slot.is_none() {
            slot.clone_from(value);
        }
    };
    if let Some(name) = &parsed.full_name {
        if p.full_name == "Me" {
            p.full_name = name.clone();
        }
    }
    fill(&mut p.email, &parsed.email);
    fill(&mut p.phone, &parsed.phone);
    fill(&mut p.linkedin_url, &parsed.linkedin_url);
    fill(&mut p.github_url, &parsed.github_url);
    fill(&mut p.website_url, &parsed.website_url);
    for s in &parsed.skills {
        if !p.skills.iter().any(|k| k.name.eq_ignore_ascii_case(s)) {
            p.skills.push(ProfileSkill {
                id: None,
                name: s.clone(),
                category: None,
                level: None,
                years_experience: None,
            });
        }
    }
    for e in &parsed.experience {
        let company = e.company.clone().unwrap_or_default();
        let known = p.experience.iter().any(|x| {
            x.job_title.eq_ignore_ascii_case(&e.title)
                && x.company_name.eq_ignore_ascii_case(&company)
        });
        if !known && !company.is_empty() {
            p.experience.push(ProfileExperience {
                id: None,
                job_title: e.title.clone(),
                company_name: company,
                location: None,
                start_date: e.start.clone(),
                end_date: e.end.clone(),
                is_current: e.current,
                responsibilities: None,
            });
        }
    }
    for e in &parsed.education {
        let known = p
            .education
            .iter()
            .any(|x| x.institution.eq_ignore_ascii_case(&e.school) && x.degree == e.degree);
        if !known {
            p.education.push(ProfileEducation {
                id: None,
                institution: e.school.clone(),
                degree: e.degree.clone(),
                field_of_study: None,
                start_date: e.start_year.map(|y| y.to_string()),
                end_date: e.end_year.map(|y| y.to_string()),
                grade: None,
            });
        }
    }
    let p = validate(p)?;
    write_profile(tx, candidate, &p)
}

pub fn resume_list(ctx: &Context, _req: NoArgs) -> Result<Vec<ResumeSummary>> {
    ctx.store().write(|tx| {
        let candidate = profile_candidate_id(tx)?;
        let rows = tx
            .prepare(&format!(
                "SELECT {RESUME_COLUMNS} FROM resumes r LEFT JOIN documents d ON d.id = r.document_id
                 WHERE r.candidate_id = ?1 AND r.is_active = 1 ORDER BY r.is_primary DESC, r.created_at DESC, r.id"
            ))?
            .query_map([&candidate], resume_from_row)?
            .map(|r| r.map(|d| d.summary))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

pub fn resume_get(ctx: &Context, req: ById) -> Result<ResumeDetail> {
    ctx.store().read(|c| load_resume(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ResumeUpdate {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub version_label: Option<String>,
    #[serde(default)]
    pub target_role: Option<String>,
    #[serde(default)]
    pub parsed: Option<ParsedResume>,
}

pub fn resume_update(ctx: &Context, req: ResumeUpdate) -> Result<ResumeDetail> {
    let title = req
        .title
        .as_deref()
        .map(|t| required_text("title", t))
        .transpose()?;
    let parsed = req.parsed.map(validate_parsed).transpose()?;
    let parsed_json = parsed
        .map(|p| serde_json::to_string(&p))
        .transpose()
        .map_err(|e| Error::database(e.to_string()))?;
    ctx.store().write(|tx| {
        load_resume(tx, &req.id)?;
        tx.execute(
            "UPDATE resumes SET title = COALESCE(?2, title), version_label = COALESCE(?3, version_label),
                 target_role = COALESCE(?4, target_role), parsed_data = COALESCE(?5, parsed_data), updated_at = ?6 WHERE id = ?1",
            params![req.id, title, optional_text(req.version_label), optional_text(req.target_role), parsed_json, now_utc()],
        )?;
        load_resume(tx, &req.id)
    })
}

pub fn resume_set_primary(ctx: &Context, req: ById) -> Result<ResumeDetail> {
    ctx.store().write(|tx| {
        let r = load_resume(tx, &req.id)?;
        if !r.summary.is_primary {
            let now = now_utc();
            tx.execute(
                "UPDATE resumes SET is_primary = 0, updated_at = ?2 WHERE is_primary = 1 AND candidate_id = (SELECT candidate_id FROM resumes WHERE id = ?1)",
                params![req.id, now],
            )?;
            tx.execute("UPDATE resumes SET is_primary = 1, updated_at = ?2 WHERE id = ?1", params![req.id, now])?;
        }
        load_resume(tx, &req.id)
    })
}

pub fn resume_delete(ctx: &Context, req: ById) -> Result<Done> {
    let key = ctx.store().write(|tx| {
        let r = load_resume(tx, &req.id)?;
        let candidate: String = tx.query_row("SELECT candidate_id FROM resumes WHERE id = ?1", [&req.id], |row| row.get(0))?;
        let key: Option<String> = match &r.summary.document_id {
            Some(doc) => tx.query_row("SELECT file_key FROM documents WHERE id = ?1", [doc], |row| row.get(0)).optional()?,
            None => None,
        };
        tx.execute("UPDATE applications SET resume_id = NULL WHERE resume_id = ?1", [&req.id])?;
        tx.execute("DELETE FROM resumes WHERE id = ?1", [&req.id])?;
        if let Some(doc) = &r.summary.document_id {
            tx.execute("DELETE FROM documents WHERE id = ?1 AND tracked_job_id IS NULL", [doc])?;
        }
        if r.summary.is_primary {
            tx.execute(
                "UPDATE resumes SET is_primary = 1, updated_at = ?2 WHERE id =
                     (SELECT id FROM resumes WHERE candidate_id = ?1 AND is_active = 1 ORDER BY created_at DESC, id DESC LIMIT 1)",
                params![candidate, now_utc()],
            )?;
        }
        Ok(key)
    })?;
    if let Some(key) = key {
        collect_garbage(ctx, &[key])?;
    }
    Ok(Done { ok: true })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "resume_parse",
            "Read a PDF, DOCX or text resume and parse it, without saving anything",
            resume_parse
        ),
        command!(
            "resume_create",
            "Save a resume version (file or text, with its corrected parsed fields)",
            resume_create
        ),
        command!(
            "resume_list",
            "The job seeker's resume versions, primary first",
            resume_list
        ),
        command!(
            "resume_get",
            "One resume version with its text and parsed fields",
            resume_get
        ),
        command!(
            "resume_update",
            "Rename a resume version or correct its parsed fields",
            resume_update
        ),
        command!(
            "resume_set_primary",
            "Make a resume version the primary one",
            resume_set_primary
        ),
        command!(
            "resume_delete",
            "Delete a resume version and its file",
            resume_delete
        ),
    ]
}
