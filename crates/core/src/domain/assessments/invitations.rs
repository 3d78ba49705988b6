//! Invitations: a single-use, expiring token per candidate. WHY only a hash
//! is stored: the database syncs to other devices and a server; whoever reads
//! it must not be able to take the test in the candidate's name. The raw
//! token is returned once (and put in the invitation link) and never again.
//! Redeeming marks the invitation used and starts the attempt in one
//! transaction, so a token starts at most one attempt.

use chrono::{Duration, Utc};
use rand::RngCore;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::super::support::{ensure_optional, page, Page};
use super::{load_assessment, session, set_questions, TestSession};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, ErrorCode, Result};
use crate::{command, new_id, now_utc, string_enum};

/// The scheme of invitation links; the app's "Take a test" screen accepts them as typed.
pub const LINK_PREFIX: &str = "talentdesk://assessment/";

string_enum! {
    pub enum InvitationStatus { Pending = "pending", Used = "used", Expired = "expired" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Invitation {
    pub id: String,
    pub assessment_id: String,
    pub candidate_id: Option<String>,
    pub candidate_email: String,
    pub expires_at: String,
    pub status: InvitationStatus,
    pub used_at: Option<String>,
    pub attempt_id: Option<String>,
    pub created_at: String,
}

const INVITATION_COLUMNS: &str =
    "id, assessment_id, candidate_id, candidate_email, expires_at, is_used, used_at, attempt_id, created_at";

fn invitation_from_row(r: &Row<'_>) -> rusqlite::Result<Invitation> {
    let expires: String = r.get(4)?;
    let used: bool = r.get(5)?;
    Ok(Invitation {
        id: r.get(0)?,
        assessment_id: r.get(1)?,
        candidate_id: r.get(2)?,
        candidate_email: r.get(3)?,
        status: if used {
            InvitationStatus::Used
        } else if expires <= now_utc() {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        },
        expires_at: expires,
        used_at: r.get(6)?,
        attempt_id: r.get(7)?,
        created_at: r.get(8)?,
    })
}

fn load_invitation(conn: &Connection, id: &str) -> Result<Invitation> {
    conn.query_row(
        &format!("SELECT {INVITATION_COLUMNS} FROM assessment_invitations WHERE id = ?1"),
        [id],
        invitation_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("invitation", id))
}

/// SHA-256 of the token, hex: what the database keeps.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.trim().as_bytes()))
}

/// A token as typed or pasted: the bare token or a whole invitation link.
fn bare(token: &str) -> &str {
    let t = token.trim();
    t.rsplit('/').next().unwrap_or(t)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AssessmentInvite {
    pub assessment_id: String,
    pub candidate_id: String,
    /// How long the invitation can be redeemed, 1-720 hours (default 72), never past the
    /// assessment's own expiry.
    #[serde(default)]
    pub valid_hours: Option<i64>,
    #[serde(default)]
    pub created_by: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct InvitationSent {
    pub invitation: Invitation,
    /// The raw token: shown once, never stored.
    pub token: String,
    /// `talentdesk://assessment/<token>`.
    pub link: String,
}

pub fn assessment_invite(ctx: &Context, req: AssessmentInvite) -> Result<InvitationSent> {
    let hours = req.valid_hours.unwrap_or(72);
    if !(1..=720).contains(&hours) {
        return Err(Error::invalid_value(
            "valid_hours",
            "valid_hours must be between 1 and 720",
        ));
    }
    let mut raw = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut raw);
    let token = hex::encode(raw);
    ctx.store().write(|tx| {
        let a = load_assessment(tx, &req.assessment_id)
            .map_err(|_| Error::dangling_reference("assessment_id", "assessment", &req.assessment_id))?;
        if !a.is_published {
            return Err(Error::conflict_on("assessment_id", "publish the assessment before sending it"));
        }
        let now = now_utc();
        if matches!(&a.expires_at, Some(e) if *e <= now) {
            return Err(Error::coded(ErrorCode::Expired, "assessment_id", "the assessment has expired"));
        }
        ensure_optional(tx, "users", "user", "created_by", req.created_by.as_deref())?;
        let email: Option<Option<String>> = tx
            .query_row("SELECT email FROM candidates WHERE id = ?1", [&req.candidate_id], |r| r.get(0))
            .optional()?;
        let email = match email {
            None => return Err(Error::dangling_reference("candidate_id", "candidate", &req.candidate_id)),
            Some(None) => return Err(Error::invalid_value("candidate_id", "the candidate has no email address to invite")),
            Some(Some(e)) => e,
        };
        let mut expires = (Utc::now() + Duration::hours(hours)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        if let Some(e) = &a.expires_at {
            expires = expires.min(e.clone());
        }
        let id = new_id();
        tx.execute(
            "INSERT INTO assessment_invitations (id, assessment_id, candidate_id, candidate_email, token_hash, expires_at,
                 created_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, a.id, req.candidate_id, email, token_hash(&token), expires, req.created_by, now],
        )?;
        Ok(InvitationSent { invitation: load_invitation(tx, &id)?, link: format!("{LINK_PREFIX}{token}"), token: token.clone() })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct InvitationList {
    #[serde(default)]
    pub assessment_id: Option<String>,
    #[serde(default)]
    pub candidate_id: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn assessment_invitation_list(ctx: &Context, req: InvitationList) -> Result<Page<Invitation>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let filter = "WHERE (?1 IS NULL OR assessment_id = ?1) AND (?2 IS NULL OR candidate_id = ?2)";
    ctx.store().read(|c| {
        let total = c.query_row(
            &format!("SELECT count(*) FROM assessment_invitations {filter}"),
            params![req.assessment_id, req.candidate_id],
            |r| r.get(0),
        )?;
        let items = c
            .prepare(&format!(
                "SELECT {INVITATION_COLUMNS} FROM assessment_invitations {filter} ORDER BY created_at DESC, id LIMIT ?3 OFFSET ?4"
            ))?
            .query_map(params![req.assessment_id, req.candidate_id, limit, offset], invitation_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AssessmentStart {
    /// The invitation token, or the whole invitation link.
    pub token: String,
}

/// Redeem an invitation: refuses unknown, expired and used tokens; starts the timed attempt.
pub fn assessment_start(ctx: &Context, req: AssessmentStart) -> Result<TestSession> {
    let token = bare(&req.token);
    if token.is_empty() {
        return Err(Error::missing_field("token"));
    }
    let hash = token_hash(token);
    ctx.store().write(|tx| {
        let inv_id: Option<String> = tx
            .query_row("SELECT id FROM assessment_invitations WHERE token_hash = ?1", [&hash], |r| r.get(0))
            .optional()?;
        let inv = match inv_id {
            Some(id) => load_invitation(tx, &id)?,
            None => return Err(Error::coded(ErrorCode::NotFound, "token", "no invitation has this token")),
        };
        match inv.status {
            InvitationStatus::Used => {
                return Err(Error::coded(
                    ErrorCode::AlreadyUsed,
                    "token",
                    format!("this invitation was already used at {}", inv.used_at.as_deref().unwrap_or("an earlier time")),
                ))
            }
            InvitationStatus::Expired => {
                return Err(Error::coded(ErrorCode::Expired, "token", format!("this invitation expired at {}", inv.expires_at)))
            }
            InvitationStatus::Pending => {}
        }
        let a = load_assessment(tx, &inv.assessment_id)?;
        if !a.is_published {
            return Err(Error::conflict_on("token", "this assessment is no longer published"));
        }
        let now = Utc::now();
        let stamp = |t: chrono::DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let deadline = stamp(now + Duration::minutes(a.duration_minutes));
        let name: Option<String> = match &inv.candidate_id {
            Some(c) => tx.query_row("SELECT full_name FROM candidates WHERE id = ?1", [c], |r| r.get(0)).optional()?,
            None => None,
        };
        // The test's questions are fixed now: later edits of the set do not change it.
        let ids: Vec<String> = match &a.question_set_id {
            Some(set) => set_questions(tx, set)?.into_iter().map(|q| q.id).collect(),
            None => Vec::new(),
        };
        if ids.is_empty() {
            return Err(Error::conflict_on("token", "this assessment has no questions"));
        }
        let results = serde_json::json!({ "question_ids": ids }).to_string();
        let id = new_id();
        tx.execute(
            "INSERT INTO assessment_attempts (id, assessment_id, question_set_id, candidate_id, candidate_name, candidate_email,
                 attempt_type, started_at, deadline_at, total_questions, results, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'skills', ?7, ?8, ?9, ?10, ?7, ?7)",
            params![id, a.id, a.question_set_id, inv.candidate_id, name, inv.candidate_email, stamp(now), deadline, ids.len() as i64, results],
        )?;
        tx.execute(
            "UPDATE assessment_invitations SET is_used = 1, used_at = ?2, attempt_id = ?3, updated_at = ?2 WHERE id = ?1",
            params![inv.id, stamp(now), id],
        )?;
        session(tx, &id)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "assessment_invite",
            "Send a published assessment to a candidate: a single-use expiring token (shown once; only its hash is kept)",
            assessment_invite
        ),
        command!("assessment_invitation_list", "Invitations of an assessment or a candidate", assessment_invitation_list),
        command!(
            "assessment_start",
            "Redeem an invitation token (refused when expired or used) and start the timed test",
            assessment_start
        ),
    ]
}
