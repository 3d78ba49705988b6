//! Job/resume matching: a 0-100 score from the catalog skills a job description mentions and the
//! ones a resume or profile has. WHY this way: the person must be able to read why a job scored
//! 62 (which skills matched, which are missing), and the same inputs must always give the same
//! score, so there is no model and no randomness: weights by skill category, required skills
//! count double the nice-to-have ones, and the explanation is built from the same numbers.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Catalog, FoundSkill};
use crate::domain::candidates::SkillCategory;

/// One job skill in a match result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MatchSkill {
    pub name: String,
    pub category: SkillCategory,
    /// Listed under a "nice to have" / "preferred" part of the description.
    pub preferred: bool,
    pub weight: f64,
}

/// The outcome of matching a job description against a set of skills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MatchOutcome {
    pub score: i64,
    pub matched: Vec<MatchSkill>,
    pub missing: Vec<MatchSkill>,
    /// Skills the person has that the job does not mention, by name.
    pub extra: Vec<String>,
    pub explanation: String,
}

/// How much a skill of a category counts toward the score.
pub fn category_weight(category: SkillCategory) -> f64 {
    match category {
        SkillCategory::Technical | SkillCategory::Tool | SkillCategory::Certification => 1.0,
        SkillCategory::Domain => 0.8,
        SkillCategory::Language => 0.6,
        SkillCategory::Soft | SkillCategory::Other => 0.4,
    }
}

const PREFERRED_MARKERS: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "preferred",
    "bonus",
    "a plus",
    "pluses",
    "is a plus",
    "desirable",
    "optional",
    "good to have",
];
const REQUIRED_MARKERS: &[&str] = &[
    "requirements",
    "required",
    "must have",
    "must-have",
    "you have",
    "you bring",
    "qualifications",
    "responsibilities",
    "what you",
    "about you",
    "we expect",
];

/// Which byte ranges of a description are "nice to have": a line containing a preferred marker
/// either is itself such an item, or (when it is a short heading) starts a section that lasts
/// until a heading about requirements.
fn preferred_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut in_section = false;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.to_lowercase();
        let short = line.trim().len() <= 60;
        let has_pref = PREFERRED_MARKERS.iter().any(|m| lower.contains(m));
        let has_req = REQUIRED_MARKERS.iter().any(|m| lower.contains(m));
        if short && has_pref && line.trim_end().ends_with(':')
            || (short && has_pref && !has_req && line.split_whitespace().count() <= 4)
        {
            in_section = true;
        } else if short && has_req {
            in_section = false;
        }
        if in_section || has_pref {
            ranges.push((pos, pos + line.len()));
        }
        pos += line.len();
    }
    ranges
}

/// Match `description` against the person's skill names (any spelling the catalog knows).
pub fn match_skills(
    catalog: &Catalog,
    description: &str,
    person_skills: &[String],
) -> MatchOutcome {
    let job: Vec<FoundSkill> = catalog.extract(description);
    let preferred = preferred_ranges(description);
    let mine: BTreeSet<String> = person_skills
        .iter()
        .map(|s| catalog.canonical(s).to_lowercase())
        .collect();
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let mut total = 0.0;
    let mut got = 0.0;
    for f in &job {
        let is_pref = preferred
            .iter()
            .any(|&(a, b)| f.offset >= a && f.offset < b);
        let weight = category_weight(f.category) * if is_pref { 0.5 } else { 1.0 };
        total += weight;
        let skill = MatchSkill {
            name: f.name.clone(),
            category: f.category,
            preferred: is_pref,
            weight,
        };
        if mine.contains(&f.name.to_lowercase()) {
            got += weight;
            matched.push(skill);
        } else {
            missing.push(skill);
        }
    }
    let job_names: BTreeSet<String> = job.iter().map(|f| f.name.to_lowercase()).collect();
    let mut extra: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for s in person_skills {
        let name = catalog.canonical(s);
        let key = name.to_lowercase();
        if !job_names.contains(&key) && seen.insert(key) {
            extra.push(name);
        }
    }
    extra.sort_by_key(|a| a.to_lowercase());
    let score = if total > 0.0 {
        (100.0 * got / total).round() as i64
    } else {
        0
    };
    let explanation = explain(score, &job, &matched, &missing, &extra);
    MatchOutcome {
        score,
        matched,
        missing,
        extra,
        explanation,
    }
}

fn list(skills: &[&MatchSkill], max: usize) -> String {
    let names: Vec<&str> = skills.iter().take(max).map(|s| s.name.as_str()).collect();
    let more = skills.len().saturating_sub(max);
    if more > 0 {
        format!("{} and {more} more", names.join(", "))
    } else {
        names.join(", ")
    }
}

fn explain(
    score: i64,
    job: &[FoundSkill],
    matched: &[MatchSkill],
    missing: &[MatchSkill],
    extra: &[String],
) -> String {
    if job.is_empty() {
        return "The job description mentions no skill from the catalog, so there is nothing to \
                match; add the requirements to the description."
            .to_string();
    }
    let mut parts = vec![format!(
        "Score {score}/100: you have {} of the {} skills the job mentions (required skills count double, \
         soft skills and languages less than technical ones).",
        matched.len(),
        job.len()
    )];
    let req: Vec<&MatchSkill> = missing.iter().filter(|s| !s.preferred).collect();
    let pref: Vec<&MatchSkill> = missing.iter().filter(|s| s.preferred).collect();
    if !req.is_empty() {
        parts.push(format!("Missing: {}.", list(&req, 6)));
    }
    if !pref.is_empty() {
        parts.push(format!("Missing nice-to-have: {}.", list(&pref, 4)));
    }
    if missing.is_empty() {
        parts.push("Nothing the job asks for is missing.".to_string());
    }
    if !extra.is_empty() {
        parts.push(format!(
            "{} more of your skills are not mentioned by the job.",
            extra.len()
        ));
    }
    parts.join(" ")
}
