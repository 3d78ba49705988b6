//! Scorecards: one per interviewer per interview. WHY a second submit
//! updates the first: an interviewer who notices a typo or changes their mind
//! before the debrief should fix their own card, not add a second vote; so
//! `feedback_submit` by the same interviewer replaces their scorecard (same
//! id) instead of being refused. The uniqueness is kept by the app (synced
//! tables carry no UNIQUE constraints). The panel summary is given once every
//! person on the panel has submitted.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::support::{ensure_exists, optional_text, required_text};
use super::{load_interview, Recommendation};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

/// A rating on the scorecard's 1-5 scale.
pub type Rating = f64;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Scorecard {
    pub id: String,
    pub interview_id: String,
    pub interviewer_id: Option<String>,
    pub overall_rating: Option<Rating>,
    pub technical_skills_rating: Option<Rating>,
    pub communication_rating: Option<Rating>,
    pub problem_solving_rating: Option<Rating>,
    pub culture_fit_rating: Option<Rating>,
    /// Skill name → rating 1-5.
    pub skills_evaluated: BTreeMap<String, Rating>,
    pub recommendation: Option<Recommendation>,
    pub strengths: Option<String>,
    pub weaknesses: Option<String>,
    pub detailed_notes: Option<String>,
    pub submitted_at: String,
}

const CARD_COLUMNS: &str = "id, interview_id, interviewer_id, overall_rating, technical_skills_rating, communication_rating,
     problem_solving_rating, culture_fit_rating, skills_evaluated, recommendation, strengths, weaknesses, detailed_notes,
     COALESCE(submitted_at, created_at)";

fn card_from_row(r: &Row<'_>) -> rusqlite::Result<Scorecard> {
    let skills: String = r.get(8)?;
    Ok(Scorecard {
        id: r.get(0)?,
        interview_id: r.get(1)?,
        interviewer_id: r.get(2)?,
        overall_rating: r.get(3)?,
        technical_skills_rating: r.get(4)?,
        communication_rating: r.get(5)?,
        problem_solving_rating: r.get(6)?,
        culture_fit_rating: r.get(7)?,
        skills_evaluated: serde_json::from_str(&skills).unwrap_or_default(),
        recommendation: r.get(9)?,
        strengths: r.get(10)?,
        weaknesses: r.get(11)?,
        detailed_notes: r.get(12)?,
        submitted_at: r.get(13)?,
    })
}

fn cards(conn: &Connection, interview_id: &str) -> Result<Vec<Scorecard>> {
    Ok(conn
        .prepare(&format!(
            "SELECT {CARD_COLUMNS} FROM interview_feedback WHERE interview_id = ?1 ORDER BY submitted_at, id"
        ))?
        .query_map([interview_id], card_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct FeedbackSubmit {
    pub interview_id: String,
    /// Who fills in the card: the interview's interviewer or one of its panelists.
    pub interviewer_id: String,
    #[serde(default)]
    pub overall_rating: Option<Rating>,
    #[serde(default)]
    pub technical_skills_rating: Option<Rating>,
    #[serde(default)]
    pub communication_rating: Option<Rating>,
    #[serde(default)]
    pub problem_solving_rating: Option<Rating>,
    #[serde(default)]
    pub culture_fit_rating: Option<Rating>,
    /// Skill name → rating 1-5.
    #[serde(default)]
    #[ts(as = "Option<BTreeMap<String, f64>>", optional)]
    pub skills_evaluated: BTreeMap<String, Rating>,
    pub recommendation: Recommendation,
    #[serde(default)]
    pub strengths: Option<String>,
    #[serde(default)]
    pub weaknesses: Option<String>,
    #[serde(default)]
    pub detailed_notes: Option<String>,
}

fn rating(field: &str, value: Option<Rating>) -> Result<()> {
    match value {
        Some(v) if !(1.0..=5.0).contains(&v) || !v.is_finite() => Err(Error::invalid_value(
            field,
            format!("{field} must be between 1 and 5, got {v}"),
        )),
        _ => Ok(()),
    }
}

/// Submit (or revise) an interviewer's scorecard.
pub fn feedback_submit(ctx: &Context, req: FeedbackSubmit) -> Result<Scorecard> {
    for (field, value) in [
        ("overall_rating", req.overall_rating),
        ("technical_skills_rating", req.technical_skills_rating),
        ("communication_rating", req.communication_rating),
        ("problem_solving_rating", req.problem_solving_rating),
        ("culture_fit_rating", req.culture_fit_rating),
    ] {
        rating(field, value)?;
    }
    let mut skills = BTreeMap::new();
    for (skill, value) in &req.skills_evaluated {
        let name = required_text("skills_evaluated", skill)?;
        rating(&format!("skills_evaluated.{name}"), Some(*value))?;
        skills.insert(name, *value);
    }
    ctx.store().write(|tx| {
        ensure_exists(tx, "interviews", "interview", "interview_id", &req.interview_id)?;
        ensure_exists(tx, "users", "user", "interviewer_id", &req.interviewer_id)?;
        let interview = load_interview(tx, &req.interview_id)?;
        let on_panel = interview.interviewer_id.as_deref() == Some(req.interviewer_id.as_str())
            || interview.panelist_ids.contains(&req.interviewer_id);
        if !on_panel && (interview.interviewer_id.is_some() || !interview.panelist_ids.is_empty()) {
            return Err(Error::invalid_value(
                "interviewer_id",
                "only the interview's interviewer or a panelist can submit a scorecard for it",
            ));
        }
        let panelist_id: Option<String> = tx
            .query_row(
                "SELECT id FROM interview_panelists WHERE interview_id = ?1 AND user_id = ?2",
                params![req.interview_id, req.interviewer_id],
                |r| r.get(0),
            )
            .optional()?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM interview_feedback WHERE interview_id = ?1 AND interviewer_id = ?2 ORDER BY created_at LIMIT 1",
                params![req.interview_id, req.interviewer_id],
                |r| r.get(0),
            )
            .optional()?;
        let now = now_utc();
        let id = existing.clone().unwrap_or_else(new_id);
        let skills_json = serde_json::to_string(&skills).map_err(|e| Error::invalid_value("skills_evaluated", e))?;
        let values = params![
            id, req.interview_id, req.interviewer_id, panelist_id, req.overall_rating, req.recommendation,
            req.technical_skills_rating, req.communication_rating, req.problem_solving_rating, req.culture_fit_rating,
            skills_json, optional_text(req.strengths.clone()), optional_text(req.weaknesses.clone()),
            optional_text(req.detailed_notes.clone()), now
        ];
        if existing.is_some() {
            tx.execute(
                "UPDATE interview_feedback SET interview_id = ?2, interviewer_id = ?3, panelist_id = ?4, overall_rating = ?5,
                     recommendation = ?6, technical_skills_rating = ?7, communication_rating = ?8, problem_solving_rating = ?9,
                     culture_fit_rating = ?10, skills_evaluated = ?11, strengths = ?12, weaknesses = ?13, detailed_notes = ?14,
                     is_final = 1, submitted_at = ?15, updated_at = ?15 WHERE id = ?1",
                values,
            )?;
        } else {
            tx.execute(
                "INSERT INTO interview_feedback (id, interview_id, interviewer_id, panelist_id, overall_rating, recommendation,
                     technical_skills_rating, communication_rating, problem_solving_rating, culture_fit_rating, skills_evaluated,
                     strengths, weaknesses, detailed_notes, is_final, submitted_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15, ?15, ?15)",
                values,
            )?;
        }
        tx.execute(
            "UPDATE interviews SET feedback_given = 1, updated_at = ?2 WHERE id = ?1",
            params![req.interview_id, now],
        )?;
        Ok(tx.query_row(&format!("SELECT {CARD_COLUMNS} FROM interview_feedback WHERE id = ?1"), [&id], card_from_row)?)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScorecardList {
    pub interview_id: String,
}

pub fn scorecard_list(ctx: &Context, req: ScorecardList) -> Result<Vec<Scorecard>> {
    ctx.store().read(|c| {
        ensure_exists(
            c,
            "interviews",
            "interview",
            "interview_id",
            &req.interview_id,
        )?;
        cards(c, &req.interview_id)
    })
}

/// Averages per dimension (absent ratings are left out).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
pub struct RatingAverages {
    pub overall: Option<f64>,
    pub technical_skills: Option<f64>,
    pub communication: Option<f64>,
    pub problem_solving: Option<f64>,
    pub culture_fit: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct PanelSummary {
    pub interview_id: String,
    /// The interviewer and every panelist.
    pub expected: Vec<String>,
    pub submitted: Vec<String>,
    pub missing: Vec<String>,
    /// True once every expected person has submitted; the figures below are only given then.
    pub complete: bool,
    pub averages: Option<RatingAverages>,
    /// Recommendation → how many scorecards gave it.
    pub tally: BTreeMap<String, i64>,
    /// Some would hire and some would not, or overall ratings 2 or more points apart.
    pub disagreement: bool,
    pub scorecards: Vec<Scorecard>,
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let xs: Vec<f64> = values.flatten().collect();
    (!xs.is_empty()).then(|| (xs.iter().sum::<f64>() / xs.len() as f64 * 100.0).round() / 100.0)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PanelSummaryGet {
    pub interview_id: String,
}

pub fn interview_panel_summary(ctx: &Context, req: PanelSummaryGet) -> Result<PanelSummary> {
    ctx.store().read(|c| {
        ensure_exists(
            c,
            "interviews",
            "interview",
            "interview_id",
            &req.interview_id,
        )?;
        let interview = load_interview(c, &req.interview_id)?;
        let cards = cards(c, &req.interview_id)?;
        let mut expected: Vec<String> = interview.interviewer_id.clone().into_iter().collect();
        expected.extend(
            interview
                .panelist_ids
                .iter()
                .filter(|p| !expected.contains(p))
                .cloned()
                .collect::<Vec<_>>(),
        );
        let submitted: Vec<String> = cards
            .iter()
            .filter_map(|k| k.interviewer_id.clone())
            .collect();
        let missing: Vec<String> = expected
            .iter()
            .filter(|p| !submitted.contains(p))
            .cloned()
            .collect();
        let complete = !expected.is_empty() && missing.is_empty();
        let (mut tally, mut averages, mut disagreement) = (BTreeMap::new(), None, false);
        if complete {
            for k in &cards {
                if let Some(r) = k.recommendation {
                    *tally.entry(r.as_str().to_string()).or_insert(0) += 1;
                }
            }
            averages = Some(RatingAverages {
                overall: mean(cards.iter().map(|k| k.overall_rating)),
                technical_skills: mean(cards.iter().map(|k| k.technical_skills_rating)),
                communication: mean(cards.iter().map(|k| k.communication_rating)),
                problem_solving: mean(cards.iter().map(|k| k.problem_solving_rating)),
                culture_fit: mean(cards.iter().map(|k| k.culture_fit_rating)),
            });
            let yes = cards.iter().any(|k| {
                matches!(
                    k.recommendation,
                    Some(Recommendation::StrongHire | Recommendation::Hire)
                )
            });
            let no = cards.iter().any(|k| {
                matches!(
                    k.recommendation,
                    Some(Recommendation::NoHire | Recommendation::StrongNoHire)
                )
            });
            let overall: Vec<f64> = cards.iter().filter_map(|k| k.overall_rating).collect();
            let spread = overall.iter().cloned().fold(f64::NAN, f64::max)
                - overall.iter().cloned().fold(f64::NAN, f64::min);
            disagreement = (yes && no) || spread >= 2.0;
        }
        Ok(PanelSummary {
            interview_id: req.interview_id.clone(),
            expected,
            submitted,
            missing,
            complete,
            averages,
            tally,
            disagreement,
            scorecards: cards,
        })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "feedback_submit",
            "Submit an interviewer's scorecard (ratings 1-5); a second submit by the same interviewer replaces theirs",
            feedback_submit
        ),
        command!("scorecard_list", "The scorecards of an interview", scorecard_list),
        command!(
            "interview_panel_summary",
            "Averages, recommendation tally and disagreement once every panelist has submitted",
            interview_panel_summary
        ),
    ]
}
