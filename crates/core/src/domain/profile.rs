//! The job seeker's own profile: a `candidates` row tied to the local user (the same table
//! recruiters use, so the recruiting side and matching read one shape), with work history,
//! education, skills with a level and certifications as its child rows. The editor saves the
//! whole profile at once: children with an id are updated, without one are added, and the ones
//! left out are removed, all in one transaction.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::{SkillCategory, SkillLevel};
use super::identity::local_user_id;
use super::support::{optional_email, optional_text, required_text};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProfileExperience {
    #[serde(default)]
    pub id: Option<String>,
    pub job_title: String,
    pub company_name: String,
    #[serde(default)]
    pub location: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>")]
    pub is_current: bool,
    #[serde(default)]
    pub responsibilities: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProfileEducation {
    #[serde(default)]
    pub id: Option<String>,
    pub institution: String,
    #[serde(default)]
    pub degree: Option<String>,
    #[serde(default)]
    pub field_of_study: Option<String>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    pub grade: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProfileSkill {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub category: Option<SkillCategory>,
    #[serde(default)]
    pub level: Option<SkillLevel>,
    #[serde(default)]
    pub years_experience: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProfileCertification {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub issued_on: Option<String>,
    #[serde(default)]
    pub expires_on: Option<String>,
    #[serde(default)]
    pub credential_id: Option<String>,
    #[serde(default)]
    pub credential_url: Option<String>,
}

/// The whole profile, as shown in the editor and accepted back by `profile_save`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Profile {
    /// The `candidates` row that holds the profile (ignored on save).
    #[serde(default)]
    pub candidate_id: Option<String>,
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
    pub summary: Option<String>,
    #[serde(default)]
    pub linkedin_url: Option<String>,
    #[serde(default)]
    pub github_url: Option<String>,
    #[serde(default)]
    pub website_url: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ProfileExperience>>")]
    pub experience: Vec<ProfileExperience>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ProfileEducation>>")]
    pub education: Vec<ProfileEducation>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ProfileSkill>>")]
    pub skills: Vec<ProfileSkill>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ProfileCertification>>")]
    pub certifications: Vec<ProfileCertification>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// A date as people know it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (resumes rarely give the day).
pub fn partial_date(field: &str, value: Option<String>) -> Result<Option<String>> {
    let Some(v) = optional_text(value) else {
        return Ok(None);
    };
    let ok = match v.len() {
        4 => v.parse::<i32>().is_ok_and(|y| (1900..=2100).contains(&y)),
        7 => chrono::NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").is_ok(),
        10 => chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d").is_ok(),
        _ => false,
    };
    if ok {
        Ok(Some(v))
    } else {
        Err(Error::invalid_value(
            field,
            "must be a date like 2024-05-01, 2024-05 or 2024",
        ))
    }
}

/// An http(s) URL; a bare `example.com/path` gets `https://` in front.
pub fn optional_url(field: &str, value: Option<String>) -> Result<Option<String>> {
    let Some(v) = optional_text(value) else {
        return Ok(None);
    };
    let lower = v.to_ascii_lowercase();
    let full = if lower.starts_with("http://") || lower.starts_with("https://") {
        v.clone()
    } else {
        format!("https://{v}")
    };
    let host = full
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    let valid = !full.contains(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if valid {
        Ok(Some(full))
    } else {
        Err(Error::invalid_value(
            field,
            "must be a web address like https://example.com",
        ))
    }
}

fn ordered(field: &str, start: &Option<String>, end: &Option<String>) -> Result<()> {
    if let (Some(s), Some(e)) = (start, end) {
        let n = s.len().min(e.len());
        if e[..n] < s[..n] {
            return Err(Error::invalid_value(
                field,
                "must not be before the start date",
            ));
        }
    }
    Ok(())
}

/// The local user's profile row, created on first use from the user's name.
pub fn profile_candidate_id(conn: &Connection) -> Result<String> {
    let user = local_user_id(conn)?;
    let found: Option<String> = conn
        .query_row(
            "SELECT id FROM candidates WHERE user_id = ?1 AND company_id IS NULL AND added_by_recruiter_id IS NULL
             ORDER BY created_at, id LIMIT 1",
            [&user],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = new_id();
    let now = now_utc();
    conn.execute(
        "INSERT INTO candidates (id, user_id, full_name, source, created_at, updated_at)
         SELECT ?1, id, COALESCE(NULLIF(trim(full_name), ''), 'Me'), 'self', ?3, ?3 FROM users WHERE id = ?2",
        params![id, user, now],
    )?;
    Ok(id)
}

pub fn load_profile(conn: &Connection, id: &str) -> Result<Profile> {
    let mut p = conn.query_row(
        "SELECT full_name, email, phone, location, headline, bio, linkedin_url, github_url, portfolio_url, updated_at
         FROM candidates WHERE id = ?1",
        [id],
        |r| {
            Ok(Profile {
                candidate_id: Some(id.to_string()),
                full_name: r.get(0)?,
                email: r.get(1)?,
                phone: r.get(2)?,
                location: r.get(3)?,
                headline: r.get(4)?,
                summary: r.get(5)?,
                linkedin_url: r.get(6)?,
                github_url: r.get(7)?,
                website_url: r.get(8)?,
                experience: Vec::new(),
                education: Vec::new(),
                skills: Vec::new(),
                certifications: Vec::new(),
                updated_at: r.get(9)?,
            })
        },
    )?;
    p.experience = conn
        .prepare_cached(
            "SELECT id, job_title, company_name, location, start_date, end_date, is_current, responsibilities
             FROM work_experiences WHERE candidate_id = ?1 ORDER BY is_current DESC, start_date DESC, created_at",
        )?
        .query_map([id], |r| {
            Ok(ProfileExperience {
                id: r.get(0)?,
                job_title: r.get(1)?,
                company_name: r.get(2)?,
                location: r.get(3)?,
                start_date: r.get(4)?,
                end_date: r.get(5)?,
                is_current: r.get(6)?,
                responsibilities: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    p.education = conn
        .prepare_cached(
            "SELECT id, institution, degree, field_of_study, start_date, end_date, grade
             FROM educations WHERE candidate_id = ?1 ORDER BY end_date DESC, start_date DESC, created_at",
        )?
        .query_map([id], |r| {
            Ok(ProfileEducation {
                id: r.get(0)?,
                institution: r.get(1)?,
                degree: r.get(2)?,
                field_of_study: r.get(3)?,
                start_date: r.get(4)?,
                end_date: r.get(5)?,
                grade: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    p.skills = conn
        .prepare_cached(
            "SELECT id, name, category, level, years_experience FROM candidate_skills WHERE candidate_id = ?1
             ORDER BY name COLLATE NOCASE",
        )?
        .query_map([id], |r| {
            Ok(ProfileSkill {
                id: r.get(0)?,
                name: r.get(1)?,
                category: r.get(2)?,
                level: r.get(3)?,
                years_experience: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    p.certifications = conn
        .prepare_cached(
            "SELECT id, name, issuer, issued_on, expires_on, credential_id, credential_url FROM certifications
             WHERE candidate_id = ?1 ORDER BY issued_on DESC, name",
        )?
        .query_map([id], |r| {
            Ok(ProfileCertification {
                id: r.get(0)?,
                name: r.get(1)?,
                issuer: r.get(2)?,
                issued_on: r.get(3)?,
                expires_on: r.get(4)?,
                credential_id: r.get(5)?,
                credential_url: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(p)
}

pub fn profile_get(ctx: &Context, _req: NoArgs) -> Result<Profile> {
    ctx.store().write(|tx| {
        let id = profile_candidate_id(tx)?;
        load_profile(tx, &id)
    })
}

/// Validate and normalise a profile; every error names its field (`experience[2].end_date`).
pub fn validate(mut p: Profile) -> Result<Profile> {
    p.full_name = required_text("full_name", &p.full_name)?;
    p.email = optional_email("email", p.email)?;
    p.phone = optional_text(p.phone);
    p.location = optional_text(p.location);
    p.headline = optional_text(p.headline);
    p.summary = optional_text(p.summary);
    p.linkedin_url = optional_url("linkedin_url", p.linkedin_url)?;
    p.github_url = optional_url("github_url", p.github_url)?;
    p.website_url = optional_url("website_url", p.website_url)?;
    for (i, e) in p.experience.iter_mut().enumerate() {
        let f = |name: &str| format!("experience[{i}].{name}");
        e.job_title = required_text(&f("job_title"), &e.job_title)?;
        e.company_name = required_text(&f("company_name"), &e.company_name)?;
        e.location = optional_text(e.location.take());
        e.start_date = partial_date(&f("start_date"), e.start_date.take())?;
        e.end_date = partial_date(&f("end_date"), e.end_date.take())?;
        if e.is_current {
            e.end_date = None;
        }
        ordered(&f("end_date"), &e.start_date, &e.end_date)?;
        e.responsibilities = optional_text(e.responsibilities.take());
    }
    for (i, e) in p.education.iter_mut().enumerate() {
        let f = |name: &str| format!("education[{i}].{name}");
        e.institution = required_text(&f("institution"), &e.institution)?;
        e.degree = optional_text(e.degree.take());
        e.field_of_study = optional_text(e.field_of_study.take());
        e.start_date = partial_date(&f("start_date"), e.start_date.take())?;
        e.end_date = partial_date(&f("end_date"), e.end_date.take())?;
        ordered(&f("end_date"), &e.start_date, &e.end_date)?;
        e.grade = optional_text(e.grade.take());
    }
    let catalog = crate::skills::catalog()?;
    let mut seen = std::collections::HashSet::new();
    for (i, s) in p.skills.iter_mut().enumerate() {
        let name = required_text(&format!("skills[{i}].name"), &s.name)?;
        let known = catalog.lookup(&name);
        s.name = known.map_or(name, |k| k.name.clone());
        if s.category.is_none() {
            s.category = Some(known.map_or(SkillCategory::Technical, |k| k.category));
        }
        if matches!(s.years_experience, Some(y) if !(0.0..=80.0).contains(&y)) {
            return Err(Error::invalid_value(
                format!("skills[{i}].years_experience"),
                "must be between 0 and 80",
            ));
        }
        if !seen.insert(s.name.to_lowercase()) {
            return Err(Error::invalid_value(
                format!("skills[{i}].name"),
                format!("{} is listed twice", s.name),
            ));
        }
    }
    for (i, c) in p.certifications.iter_mut().enumerate() {
        let f = |name: &str| format!("certifications[{i}].{name}");
        c.name = required_text(&f("name"), &c.name)?;
        c.issuer = optional_text(c.issuer.take());
        c.issued_on = partial_date(&f("issued_on"), c.issued_on.take())?;
        c.expires_on = partial_date(&f("expires_on"), c.expires_on.take())?;
        ordered(&f("expires_on"), &c.issued_on, &c.expires_on)?;
        c.credential_id = optional_text(c.credential_id.take());
        c.credential_url = optional_url(&f("credential_url"), c.credential_url.take())?;
    }
    Ok(p)
}

/// Keep the child rows named in `ids`, delete the others; fail if an id belongs elsewhere.
fn prune(
    conn: &Connection,
    table: &'static str,
    field: &str,
    candidate: &str,
    ids: &[Option<String>],
) -> Result<()> {
    for (i, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            let owner: Option<String> = conn
                .query_row(
                    &format!("SELECT candidate_id FROM {table} WHERE id = ?1"),
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if owner.as_deref() != Some(candidate) {
                return Err(Error::dangling_reference(
                    format!("{field}[{i}].id"),
                    field,
                    id,
                ));
            }
        }
    }
    let keep: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
    let existing: Vec<String> = conn
        .prepare(&format!("SELECT id FROM {table} WHERE candidate_id = ?1"))?
        .query_map([candidate], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in existing.iter().filter(|id| !keep.contains(&id.as_str())) {
        conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
    }
    Ok(())
}

/// Write a validated profile into candidate row `id` (used by `profile_save` and resume import).
pub fn write_profile(tx: &Connection, id: &str, p: &Profile) -> Result<()> {
    let now = now_utc();
    tx.execute(
        "UPDATE candidates SET full_name = ?2, email = ?3, phone = ?4, location = ?5, headline = ?6, bio = ?7,
             linkedin_url = ?8, github_url = ?9, portfolio_url = ?10, updated_at = ?11 WHERE id = ?1",
        params![id, p.full_name, p.email, p.phone, p.location, p.headline, p.summary, p.linkedin_url, p.github_url, p.website_url, now],
    )?;
    prune(
        tx,
        "work_experiences",
        "experience",
        id,
        &p.experience
            .iter()
            .map(|e| e.id.clone())
            .collect::<Vec<_>>(),
    )?;
    for e in &p.experience {
        match &e.id {
            Some(eid) => tx.execute(
                "UPDATE work_experiences SET job_title = ?2, company_name = ?3, location = ?4, start_date = ?5, end_date = ?6,
                     is_current = ?7, responsibilities = ?8, updated_at = ?9 WHERE id = ?1",
                params![eid, e.job_title, e.company_name, e.location, e.start_date, e.end_date, e.is_current, e.responsibilities, now],
            )?,
            None => tx.execute(
                "INSERT INTO work_experiences (id, candidate_id, job_title, company_name, location, start_date, end_date,
                     is_current, responsibilities, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![new_id(), id, e.job_title, e.company_name, e.location, e.start_date, e.end_date, e.is_current, e.responsibilities, now],
            )?,
        };
    }
    prune(
        tx,
        "educations",
        "education",
        id,
        &p.education.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
    )?;
    for e in &p.education {
        match &e.id {
            Some(eid) => tx.execute(
                "UPDATE educations SET institution = ?2, degree = ?3, field_of_study = ?4, start_date = ?5, end_date = ?6,
                     grade = ?7, updated_at = ?8 WHERE id = ?1",
                params![eid, e.institution, e.degree, e.field_of_study, e.start_date, e.end_date, e.grade, now],
            )?,
            None => tx.execute(
                "INSERT INTO educations (id, candidate_id, institution, degree, field_of_study, start_date, end_date, grade,
                     created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![new_id(), id, e.institution, e.degree, e.field_of_study, e.start_date, e.end_date, e.grade, now],
            )?,
        };
    }
    prune(
        tx,
        "candidate_skills",
        "skills",
        id,
        &p.skills.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
    )?;
    for s in &p.skills {
        let skill_id: Option<String> = tx
            .query_row(
                "SELECT id FROM skills WHERE lower(name) = lower(?1) ORDER BY id LIMIT 1",
                [&s.name],
                |r| r.get(0),
            )
            .optional()?;
        let category = s.category.unwrap_or(SkillCategory::Technical);
        match &s.id {
            Some(sid) => tx.execute(
                "UPDATE candidate_skills SET name = ?2, skill_id = ?3, category = ?4, level = ?5, years_experience = ?6,
                     updated_at = ?7 WHERE id = ?1",
                params![sid, s.name, skill_id, category, s.level, s.years_experience, now],
            )?,
            None => tx.execute(
                "INSERT INTO candidate_skills (id, candidate_id, skill_id, name, category, level, years_experience,
                     created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![new_id(), id, skill_id, s.name, category, s.level, s.years_experience, now],
            )?,
        };
    }
    prune(
        tx,
        "certifications",
        "certifications",
        id,
        &p.certifications
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>(),
    )?;
    for c in &p.certifications {
        match &c.id {
            Some(cid) => tx.execute(
                "UPDATE certifications SET name = ?2, issuer = ?3, issued_on = ?4, expires_on = ?5, credential_id = ?6,
                     credential_url = ?7, updated_at = ?8 WHERE id = ?1",
                params![cid, c.name, c.issuer, c.issued_on, c.expires_on, c.credential_id, c.credential_url, now],
            )?,
            None => tx.execute(
                "INSERT INTO certifications (id, candidate_id, name, issuer, issued_on, expires_on, credential_id,
                     credential_url, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![new_id(), id, c.name, c.issuer, c.issued_on, c.expires_on, c.credential_id, c.credential_url, now],
            )?,
        };
    }
    Ok(())
}

pub fn profile_save(ctx: &Context, req: Profile) -> Result<Profile> {
    let p = validate(req)?;
    ctx.store().write(|tx| {
        let id = profile_candidate_id(tx)?;
        write_profile(tx, &id, &p)?;
        load_profile(tx, &id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!("profile_get", "The job seeker's own profile: experience, education, skills with level, certifications", profile_get),
        command!(
            "profile_save",
            "Save the whole profile: children with an id are updated, new ones added, missing ones removed",
            profile_save
        ),
    ]
}
