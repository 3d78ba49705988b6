//! A candidate's applications across requisitions, for the candidate profile.
//! WHY its own read: the pipeline reads by requisition (boards), while the
//! profile answers "where is this person in play", which is also how a
//! recruiter checks that a merge brought the other record's applications and
//! notes along.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::pipeline::ApplicationStatus;
use super::requisitions::StageKind;
use super::support::ensure_exists;
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::error::Result;

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CandidateApplicationList {
    pub candidate_id: String,
}

/// One application of the candidate, with where it stands.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CandidateApplication {
    pub id: String,
    pub requisition_id: String,
    pub requisition_title: String,
    pub stage_name: Option<String>,
    pub stage_kind: Option<StageKind>,
    pub status: ApplicationStatus,
    pub applied_at: Option<String>,
    /// Notes on this application (general, follow-up, red flag).
    pub note_count: i64,
    pub updated_at: String,
}

/// Newest activity first.
pub fn candidate_application_list(
    ctx: &Context,
    req: CandidateApplicationList,
) -> Result<Vec<CandidateApplication>> {
    ctx.store().read(|c| {
        ensure_exists(c, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        let rows = c
            .prepare_cached(
                "SELECT a.id, a.requisition_id, r.title, s.name, s.kind, a.status, a.applied_at,
                        (SELECT count(*) FROM application_notes n WHERE n.application_id = a.id), a.updated_at
                 FROM applications a
                 JOIN requisitions r ON r.id = a.requisition_id
                 LEFT JOIN pipeline_stages s ON s.id = a.stage_id
                 WHERE a.candidate_id = ?1
                 ORDER BY a.updated_at DESC, a.id",
            )?
            .query_map([&req.candidate_id], |r| {
                Ok(CandidateApplication {
                    id: r.get(0)?,
                    requisition_id: r.get(1)?,
                    requisition_title: r.get(2)?,
                    stage_name: r.get(3)?,
                    stage_kind: r.get(4)?,
                    status: r.get(5)?,
                    applied_at: r.get(6)?,
                    note_count: r.get(7)?,
                    updated_at: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "candidate_application_list",
        "A candidate's applications across requisitions: stage, status and note count",
        candidate_application_list
    )]
}
