//! Job match: a tracked job's description against a resume version or the profile, scored by
//! [`crate::skills::matching`] and stored on the job: the score in `tracked_jobs.match_score` (the
//! board shows it without recomputing) and every run in `match_results` (the schema's one match
//! table, shared with recruiting), whose latest row is the job's current match. Also the catalog
//! itself: extraction from any text and search, for the profile editor.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::profile::{load_profile, profile_candidate_id};
use super::resumes::{load_resume, primary_resume};
use crate::api::{CommandSpec, Context};
use crate::domain::candidates::SkillCategory;
use crate::error::{Error, Result};
use crate::skills::matching::{match_skills, MatchSkill};
use crate::skills::FoundSkill;
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum MatchSource { Resume = "resume", Profile = "profile" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct JobMatch {
    pub tracked_job_id: String,
    pub score: i64,
    pub matched: Vec<MatchSkill>,
    pub missing: Vec<MatchSkill>,
    pub extra: Vec<String>,
    pub explanation: String,
    pub source: MatchSource,
    pub resume_id: Option<String>,
    pub resume_title: Option<String>,
    pub computed_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobMatchRun {
    pub tracked_job_id: String,
    /// Match against this resume version.
    #[serde(default)]
    pub resume_id: Option<String>,
    /// `profile` to match against the profile's skills; by default the primary resume, or the
    /// profile when there is no resume.
    #[serde(default)]
    pub source: Option<MatchSource>,
}

fn job_text(conn: &Connection, id: &str) -> Result<String> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT title, description FROM tracked_jobs WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (title, description) = row.ok_or_else(|| Error::not_found("tracked job", id))?;
    let description = description
        .filter(|d| !d.trim().is_empty())
        .ok_or_else(|| {
            Error::invalid_value(
                "description",
                "the job has no description to match against; paste the posting first",
            )
        })?;
    Ok(format!("{title}\n{description}"))
}

fn json_text<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::database(e.to_string()))
}

pub fn job_match_run(ctx: &Context, req: JobMatchRun) -> Result<JobMatch> {
    let catalog = crate::skills::catalog()?;
    ctx.store().write(|tx| {
        let text = job_text(tx, &req.tracked_job_id)?;
        let candidate = profile_candidate_id(tx)?;
        let resume = match (&req.resume_id, req.source) {
            (Some(id), _) => Some(load_resume(tx, id).map_err(|_| Error::dangling_reference("resume_id", "resume", id))?),
            (None, Some(MatchSource::Profile)) => None,
            (None, _) => primary_resume(tx, &candidate)?,
        };
        let (source, skills) = match &resume {
            Some(r) => {
                // The parsed skills, plus any catalog skill in the resume text the parse missed.
                let mut skills = r.parsed.skills.clone();
                if let Some(t) = &r.content_text {
                    skills.extend(catalog.extract(t).into_iter().map(|f| f.name));
                }
                (MatchSource::Resume, skills)
            }
            None => (MatchSource::Profile, load_profile(tx, &candidate)?.skills.into_iter().map(|s| s.name).collect()),
        };
        let outcome = match_skills(catalog, &text, &skills);
        let result = JobMatch {
            tracked_job_id: req.tracked_job_id.clone(),
            score: outcome.score,
            matched: outcome.matched,
            missing: outcome.missing,
            extra: outcome.extra,
            explanation: outcome.explanation,
            source,
            resume_id: resume.as_ref().map(|r| r.summary.id.clone()),
            resume_title: resume.as_ref().map(|r| r.summary.title.clone()),
            computed_at: now_utc(),
        };
        let summary = serde_json::json!({
            "explanation": result.explanation, "source": result.source, "resume_id": result.resume_id,
            "resume_title": result.resume_title,
        });
        let cv_document: Option<String> = resume.as_ref().and_then(|r| r.summary.document_id.clone());
        tx.execute(
            "INSERT INTO match_results (id, user_id, candidate_id, tracked_job_id, cv_document_id, match_score, matched_skills,
                 missing_skills, extra_skills, summary, llm_used, provider, created_at, updated_at)
             VALUES (?1, (SELECT user_id FROM tracked_jobs WHERE id = ?3), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, 'local', ?10, ?10)",
            params![
                new_id(), candidate, req.tracked_job_id, cv_document, result.score, json_text(&result.matched)?,
                json_text(&result.missing)?, json_text(&result.extra)?, summary.to_string(), result.computed_at
            ],
        )?;
        tx.execute(
            "UPDATE tracked_jobs SET match_score = ?2, updated_at = ?3 WHERE id = ?1",
            params![req.tracked_job_id, result.score, result.computed_at],
        )?;
        Ok(result)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct JobMatchGet {
    pub tracked_job_id: String,
}

pub fn job_match_get(ctx: &Context, req: JobMatchGet) -> Result<Option<JobMatch>> {
    type Row = (i64, String, String, String, String, String);
    ctx.store().read(|c| {
        super::support::ensure_found(c, "tracked_jobs", "tracked job", &req.tracked_job_id)?;
        let row: Option<Row> = c
            .query_row(
                "SELECT match_score, matched_skills, missing_skills, extra_skills, summary, created_at FROM match_results
                 WHERE tracked_job_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 1",
                [&req.tracked_job_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )
            .optional()?;
        Ok(row.map(|(score, matched, missing, extra, summary, at)| {
            let summary: serde_json::Value = serde_json::from_str(&summary).unwrap_or_default();
            let text = |k: &str| summary[k].as_str().map(String::from);
            JobMatch {
                tracked_job_id: req.tracked_job_id.clone(),
                score,
                matched: serde_json::from_str(&matched).unwrap_or_default(),
                missing: serde_json::from_str(&missing).unwrap_or_default(),
                extra: serde_json::from_str(&extra).unwrap_or_default(),
                explanation: text("explanation").unwrap_or_default(),
                source: text("source").and_then(|s| MatchSource::parse(&s)).unwrap_or(MatchSource::Profile),
                resume_id: text("resume_id"),
                resume_title: text("resume_title"),
                computed_at: at,
            }
        }))
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SkillsExtract {
    pub text: String,
}

pub fn skills_extract(_ctx: &Context, req: SkillsExtract) -> Result<Vec<FoundSkill>> {
    Ok(crate::skills::catalog()?.extract(&req.text))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SkillCatalogSearch {
    pub query: String,
    #[serde(default)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CatalogSkill {
    pub name: String,
    pub category: SkillCategory,
    pub group: String,
    pub synonyms: Vec<String>,
}

/// Catalog skills whose name or a synonym starts with (then contains) the query.
pub fn skill_catalog_search(_ctx: &Context, req: SkillCatalogSearch) -> Result<Vec<CatalogSkill>> {
    let limit = req.limit.unwrap_or(20).clamp(1, 200) as usize;
    let q = req.query.trim().to_lowercase();
    let catalog = crate::skills::catalog()?;
    let forms = |s: &crate::skills::Skill| -> Vec<String> {
        std::iter::once(s.name.to_lowercase())
            .chain(
                s.synonyms
                    .iter()
                    .map(|x| x.trim_start_matches('=').to_lowercase()),
            )
            .collect()
    };
    let mut ranked: Vec<(u8, &crate::skills::Skill)> = catalog
        .skills()
        .iter()
        .filter_map(|s| {
            let f = forms(s);
            if f.iter().any(|x| *x == q) {
                Some((0, s))
            } else if f.iter().any(|x| x.starts_with(&q)) {
                Some((1, s))
            } else if f.iter().any(|x| x.contains(&q)) {
                Some((2, s))
            } else {
                None
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.name.to_lowercase().cmp(&b.1.name.to_lowercase()))
    });
    Ok(ranked
        .into_iter()
        .take(limit)
        .map(|(_, s)| CatalogSkill {
            name: s.name.clone(),
            category: s.category,
            group: s.group.clone(),
            synonyms: s
                .synonyms
                .iter()
                .map(|x| x.trim_start_matches('=').to_string())
                .collect(),
        })
        .collect())
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!("job_match_run", "Score a tracked job against a resume or the profile (0-100, explained) and store it on the job", job_match_run),
        command!("job_match_get", "The stored match of a tracked job, if it was scored", job_match_get),
        command!("skills_extract", "The catalog skills mentioned in a text, synonyms resolved", skills_extract),
        command!("skill_catalog_search", "Search the skill catalog by name or synonym", skill_catalog_search),
    ]
}
