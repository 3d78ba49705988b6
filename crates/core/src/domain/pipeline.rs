//! The recruiting pipeline: applications of candidates to requisitions, moved
//! between a requisition's stages. Every move writes a timeline row (who,
//! when, from, to, remarks) in the same transaction as the move itself, so
//! the history can never disagree with the board.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::requisitions::StageKind;
use super::support::{
    ensure_exists, ensure_found, ensure_optional, optional_date, optional_text, required_text,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    /// The unified application status (seed 002 and 003 vocabularies together).
    pub enum ApplicationStatus {
        Draft = "draft", Submitted = "submitted", New = "new", UnderReview = "under_review",
        Screening = "screening", Interview = "interview", Offer = "offer", Hired = "hired",
        Accepted = "accepted", Rejected = "rejected", Withdrawn = "withdrawn",
    }
}

string_enum! {
    /// A recruiter's manual follow-up state (seed 003).
    pub enum FollowUpStatus {
        Shortlisted = "shortlisted", InterviewScheduled = "interview_scheduled", Offered = "offered",
        Joined = "joined", NoShow = "no_show", UnderFollowUp = "under_follow_up", Rejected = "rejected",
    }
}

string_enum! {
    pub enum NoteType { General = "general", FollowUp = "follow_up", RedFlag = "red_flag" }
}

/// The application status a stage of a given kind implies.
pub fn status_for_stage(kind: StageKind, current: ApplicationStatus) -> ApplicationStatus {
    match kind {
        StageKind::New => ApplicationStatus::New,
        StageKind::Screening => ApplicationStatus::Screening,
        StageKind::Interview => ApplicationStatus::Interview,
        StageKind::Offer => ApplicationStatus::Offer,
        StageKind::Hired => ApplicationStatus::Hired,
        StageKind::Rejected => ApplicationStatus::Rejected,
        StageKind::Withdrawn => ApplicationStatus::Withdrawn,
        StageKind::Custom => current,
    }
}

fn is_terminal(status: ApplicationStatus) -> bool {
    matches!(
        status,
        ApplicationStatus::Hired
            | ApplicationStatus::Rejected
            | ApplicationStatus::Withdrawn
            | ApplicationStatus::Accepted
    )
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Application {
    pub id: String,
    pub requisition_id: String,
    pub candidate_id: String,
    pub candidate_name: String,
    pub stage_id: Option<String>,
    pub status: ApplicationStatus,
    pub source: Option<String>,
    pub applied_at: Option<String>,
    pub is_active: bool,
    pub match_score: Option<i64>,
    pub rejection_reason: Option<String>,
    pub follow_up_status: Option<FollowUpStatus>,
    pub next_follow_up_date: Option<String>,
    pub follow_up_remarks: Option<String>,
    pub updated_at: String,
}

const APP_SELECT: &str =
    "SELECT a.id, a.requisition_id, a.candidate_id, c.full_name, a.stage_id, a.status, a.source,
     a.applied_at, a.is_active, a.match_score, a.rejection_reason, a.follow_up_status, a.next_follow_up_date,
     a.follow_up_remarks, a.updated_at
     FROM applications a JOIN candidates c ON c.id = a.candidate_id";

fn app_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Application> {
    Ok(Application {
        id: r.get(0)?,
        requisition_id: r.get(1)?,
        candidate_id: r.get(2)?,
        candidate_name: r.get(3)?,
        stage_id: r.get(4)?,
        status: r.get(5)?,
        source: r.get(6)?,
        applied_at: r.get(7)?,
        is_active: r.get(8)?,
        match_score: r.get(9)?,
        rejection_reason: r.get(10)?,
        follow_up_status: r.get(11)?,
        next_follow_up_date: r.get(12)?,
        follow_up_remarks: r.get(13)?,
        updated_at: r.get(14)?,
    })
}

pub(crate) fn load_application(conn: &Connection, id: &str) -> Result<Application> {
    conn.query_row(
        &format!("{APP_SELECT} WHERE a.id = ?1 AND a.requisition_id IS NOT NULL"),
        [id],
        app_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("application", id))
}

fn timeline(
    conn: &Connection,
    app: &str,
    event: &str,
    prev: Option<&str>,
    new: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    by: Option<&str>,
    remarks: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO application_timeline (id, application_id, event_type, previous_status, new_status, from_stage_id,
             to_stage_id, changed_by, remarks, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![new_id(), app, event, prev, new, from, to, by, remarks, now_utc()])?;
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ApplicationCreate {
    pub requisition_id: String,
    pub candidate_id: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub resume_id: Option<String>,
    #[serde(default)]
    pub created_by: Option<String>,
}

pub fn application_create(ctx: &Context, req: ApplicationCreate) -> Result<Application> {
    ctx.store().write(|tx| {
        ensure_exists(tx, "requisitions", "requisition", "requisition_id", &req.requisition_id)?;
        ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        ensure_optional(tx, "resumes", "resume", "resume_id", req.resume_id.as_deref())?;
        ensure_optional(tx, "users", "user", "created_by", req.created_by.as_deref())?;
        let created_by = match req.created_by.clone() {
            Some(u) => u,
            None => local_user_id(tx)?,
        };
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM applications WHERE requisition_id = ?1 AND candidate_id = ?2 LIMIT 1",
                params![req.requisition_id, req.candidate_id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some() {
            return Err(Error::conflict("this candidate has already applied to this requisition").with_field("candidate_id"));
        }
        let stage: Option<String> = tx
            .query_row(
                "SELECT id FROM pipeline_stages WHERE requisition_id = ?1 ORDER BY position LIMIT 1",
                [&req.requisition_id],
                |r| r.get(0),
            )
            .optional()?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO applications (id, requisition_id, candidate_id, resume_id, stage_id, status, source, applied_at,
                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'new', ?6, ?7, ?7, ?7)",
            params![id, req.requisition_id, req.candidate_id, req.resume_id, stage, optional_text(req.source), now],
        )?;
        timeline(tx, &id, "created", None, Some("new"), None, stage.as_deref(), Some(&created_by), None)?;
        load_application(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ApplicationMove {
    pub id: String,
    pub stage_id: String,
    #[serde(default)]
    pub remarks: Option<String>,
    #[serde(default)]
    pub rejection_reason: Option<String>,
    #[serde(default)]
    pub changed_by: Option<String>,
}

pub fn application_move(ctx: &Context, req: ApplicationMove) -> Result<Application> {
    ctx.store().write(|tx| {
        let app = load_application(tx, &req.id)?;
        ensure_optional(tx, "users", "user", "changed_by", req.changed_by.as_deref())?;
        let changed_by = match req.changed_by.clone() {
            Some(u) => u,
            None => local_user_id(tx)?,
        };
        let kind: Option<StageKind> = tx
            .query_row(
                "SELECT kind FROM pipeline_stages WHERE id = ?1 AND requisition_id = ?2",
                params![req.stage_id, app.requisition_id],
                |r| r.get(0),
            )
            .optional()?;
        let kind = kind.ok_or_else(|| {
            Error::dangling_reference("stage_id", "stage of this requisition", &req.stage_id)
        })?;
        let status = status_for_stage(kind, app.status);
        let reason = optional_text(req.rejection_reason);
        if status == ApplicationStatus::Rejected
            && reason.is_none()
            && app.status != ApplicationStatus::Rejected
        {
            return Err(Error::missing_field("rejection_reason"));
        }
        tx.execute(
            "UPDATE applications SET stage_id = ?2, status = ?3, is_active = ?4,
                 rejection_reason = COALESCE(?5, rejection_reason), updated_at = ?6 WHERE id = ?1",
            params![
                req.id,
                req.stage_id,
                status,
                !is_terminal(status),
                reason,
                now_utc()
            ],
        )?;
        let remarks = optional_text(req.remarks).or(reason);
        timeline(
            tx,
            &req.id,
            "stage_move",
            Some(app.status.as_str()),
            Some(status.as_str()),
            app.stage_id.as_deref(),
            Some(&req.stage_id),
            Some(&changed_by),
            remarks.as_deref(),
        )?;
        load_application(tx, &req.id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct FollowUpSet {
    pub id: String,
    /// Replaces the follow-up state; absent fields are cleared.
    #[serde(default)]
    pub follow_up_status: Option<FollowUpStatus>,
    #[serde(default)]
    pub next_follow_up_date: Option<String>,
    #[serde(default)]
    pub follow_up_remarks: Option<String>,
}

/// Set an application's follow-up status, next follow-up date and remarks.
pub fn application_follow_up_set(ctx: &Context, req: FollowUpSet) -> Result<Application> {
    let date = optional_date("next_follow_up_date", req.next_follow_up_date)?;
    let remarks = optional_text(req.follow_up_remarks);
    ctx.store().write(|tx| {
        let app = load_application(tx, &req.id)?;
        tx.execute(
            "UPDATE applications SET follow_up_status = ?2, next_follow_up_date = ?3, follow_up_remarks = ?4,
                 updated_at = ?5 WHERE id = ?1",
            params![req.id, req.follow_up_status, date, remarks, now_utc()],
        )?;
        if app.follow_up_status != req.follow_up_status {
            let me = local_user_id(tx)?;
            let text = match (req.follow_up_status, &date) {
                (Some(s), Some(d)) => format!("follow-up: {s}, next on {d}"),
                (Some(s), None) => format!("follow-up: {s}"),
                (None, _) => "follow-up cleared".to_string(),
            };
            timeline(tx, &req.id, "status_change", None, None, None, None, Some(&me), Some(&text))?;
        }
        load_application(tx, &req.id)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct BoardColumn {
    pub stage_id: String,
    pub name: String,
    pub kind: StageKind,
    pub position: i64,
    pub count: i64,
    pub applications: Vec<Application>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct PipelineBoard {
    pub requisition_id: String,
    /// Cards per column (the count is always the full number).
    #[serde(default)]
    pub per_column: Option<u32>,
}

pub fn pipeline_board(ctx: &Context, req: PipelineBoard) -> Result<Vec<BoardColumn>> {
    let per_column = i64::from(req.per_column.unwrap_or(100).clamp(1, 1000));
    ctx.store().read(|c| {
        ensure_found(c, "requisitions", "requisition", &req.requisition_id)?;
        let stages = c
            .prepare("SELECT id, name, kind, position FROM pipeline_stages WHERE requisition_id = ?1 ORDER BY position")?
            .query_map([&req.requisition_id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<Vec<(String, String, StageKind, i64)>>>()?;
        let mut count_stmt = c.prepare_cached("SELECT count(*) FROM applications WHERE requisition_id = ?1 AND stage_id = ?2")?;
        let mut cards_stmt = c.prepare_cached(&format!(
            "{APP_SELECT} WHERE a.requisition_id = ?1 AND a.stage_id = ?2 ORDER BY a.position, a.updated_at DESC LIMIT ?3"
        ))?;
        let mut columns = Vec::with_capacity(stages.len());
        for (stage_id, name, kind, position) in stages {
            let count = count_stmt.query_row(params![req.requisition_id, stage_id], |r| r.get(0))?;
            let applications = cards_stmt
                .query_map(params![req.requisition_id, stage_id, per_column], app_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            columns.push(BoardColumn { stage_id, name, kind, position, count, applications });
        }
        Ok(columns)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct TimelineEntry {
    pub id: String,
    pub event_type: String,
    pub previous_status: Option<String>,
    pub new_status: Option<String>,
    pub from_stage: Option<String>,
    pub to_stage: Option<String>,
    pub changed_by: Option<String>,
    pub remarks: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ApplicationTimeline {
    pub application_id: String,
}

pub fn application_timeline(ctx: &Context, req: ApplicationTimeline) -> Result<Vec<TimelineEntry>> {
    ctx.store().read(|c| {
        ensure_found(c, "applications", "application", &req.application_id)?;
        let rows = c
            .prepare(
                "SELECT t.id, t.event_type, t.previous_status, t.new_status, fs.name, ts.name, u.full_name, t.remarks, t.created_at
                 FROM application_timeline t
                 LEFT JOIN pipeline_stages fs ON fs.id = t.from_stage_id
                 LEFT JOIN pipeline_stages ts ON ts.id = t.to_stage_id
                 LEFT JOIN users u ON u.id = t.changed_by
                 WHERE t.application_id = ?1 ORDER BY t.created_at, t.id",
            )?
            .query_map([&req.application_id], |r| {
                Ok(TimelineEntry {
                    id: r.get(0)?,
                    event_type: r.get(1)?,
                    previous_status: r.get(2)?,
                    new_status: r.get(3)?,
                    from_stage: r.get(4)?,
                    to_stage: r.get(5)?,
                    changed_by: r.get(6)?,
                    remarks: r.get(7)?,
                    created_at: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ApplicationNote {
    pub id: String,
    pub application_id: String,
    pub note_text: String,
    pub note_type: NoteType,
    pub is_private: bool,
    pub author_id: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct NoteAdd {
    pub application_id: String,
    pub note_text: String,
    #[serde(default)]
    pub note_type: Option<NoteType>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_private: bool,
    #[serde(default)]
    pub author_id: Option<String>,
}

pub fn application_note_add(ctx: &Context, req: NoteAdd) -> Result<ApplicationNote> {
    let text = required_text("note_text", &req.note_text)?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "applications", "application", "application_id", &req.application_id)?;
        ensure_optional(tx, "users", "user", "author_id", req.author_id.as_deref())?;
        let author = match req.author_id.clone() {
            Some(u) => u,
            None => local_user_id(tx)?,
        };
        let note = ApplicationNote {
            id: new_id(),
            application_id: req.application_id.clone(),
            note_text: text,
            note_type: req.note_type.unwrap_or(NoteType::General),
            is_private: req.is_private,
            author_id: Some(author),
            created_at: now_utc(),
        };
        tx.execute(
            "INSERT INTO application_notes (id, application_id, author_id, note_text, note_type, is_private, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![note.id, note.application_id, note.author_id, note.note_text, note.note_type, note.is_private, note.created_at],
        )?;
        Ok(note)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct NoteList {
    pub application_id: String,
}

/// Notes of an application, newest first: shared notes, and private notes of the local user.
pub fn application_note_list(ctx: &Context, req: NoteList) -> Result<Vec<ApplicationNote>> {
    ctx.store().write(|c| {
        ensure_found(c, "applications", "application", &req.application_id)?;
        let me = local_user_id(c)?;
        let notes = c
            .prepare(
                "SELECT id, application_id, note_text, note_type, is_private, author_id, created_at
                 FROM application_notes WHERE application_id = ?1 AND (is_private = 0 OR author_id IS ?2)
                 ORDER BY created_at DESC, id DESC",
            )?
            .query_map(params![req.application_id, me], |r| {
                Ok(ApplicationNote {
                    id: r.get(0)?,
                    application_id: r.get(1)?,
                    note_text: r.get(2)?,
                    note_type: r.get(3)?,
                    is_private: r.get(4)?,
                    author_id: r.get(5)?,
                    created_at: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(notes)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "application_create",
            "Apply a candidate to a requisition (first stage; no duplicates)",
            application_create
        ),
        command!(
            "application_move",
            "Move an application to another stage of its requisition, recorded in its timeline",
            application_move
        ),
        command!(
            "application_follow_up_set",
            "Set an application's follow-up status, next follow-up date and remarks",
            application_follow_up_set
        ),
        command!(
            "application_note_add",
            "Add a general, follow-up or red-flag note to an application",
            application_note_add
        ),
        command!(
            "application_note_list",
            "Notes of an application, newest first",
            application_note_list
        ),
        command!(
            "application_timeline",
            "The history of an application: who moved it, when, from, to, why",
            application_timeline
        ),
        command!(
            "pipeline_board",
            "A requisition's board: stages in order with counts and cards",
            pipeline_board
        ),
    ]
}
