//! "Not a duplicate": a recruiter's decision that two candidates who share a
//! key are different people. WHY stored and synced (migration V19): the keys
//! still match, so without a record the same pair would be flagged again on
//! every save, on every device.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Deserialize;
use ts_rs::TS;

use crate::api::Context;
use crate::domain::candidates::{candidate_get_in, CandidateDetail};
use crate::domain::identity::local_user_id;
use crate::domain::support::ensure_exists;
use crate::error::{Error, Result};
use crate::{new_id, now_utc};

/// SQL condition: the pair `(a, b)` was dismissed, in either order. `a` and
/// `b` are SQL expressions (columns or parameters).
pub(crate) fn dismissed(a: &str, b: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM candidate_duplicate_dismissals d
           WHERE (d.candidate_a_id = {a} AND d.candidate_b_id = {b})
              OR (d.candidate_a_id = {b} AND d.candidate_b_id = {a}))"
    )
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct DuplicateDismiss {
    /// The candidate whose profile shows the warning.
    pub candidate_id: String,
    /// The candidate listed as a possible duplicate of it.
    pub other_id: String,
    /// Who decided (a user id); defaults to the local user.
    #[serde(default)]
    pub dismissed_by: Option<String>,
}

/// Mark two candidates as different people; answers the first one's detail,
/// whose `possible_duplicates` no longer lists the other. Dismissing a pair
/// twice keeps one record.
pub fn candidate_duplicate_dismiss(
    ctx: &Context,
    req: DuplicateDismiss,
) -> Result<CandidateDetail> {
    if req.candidate_id == req.other_id {
        return Err(Error::invalid_value(
            "other_id",
            "a candidate cannot be a duplicate of itself",
        ));
    }
    ctx.store().write(|tx| {
        ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        ensure_exists(tx, "candidates", "candidate", "other_id", &req.other_id)?;
        if let Some(by) = &req.dismissed_by {
            ensure_exists(tx, "users", "user", "dismissed_by", by)?;
        }
        if !is_dismissed(tx, &req.candidate_id, &req.other_id)? {
            let by = match req.dismissed_by.clone() {
                Some(u) => u,
                None => local_user_id(tx)?,
            };
            let (a, b) = if req.candidate_id < req.other_id {
                (&req.candidate_id, &req.other_id)
            } else {
                (&req.other_id, &req.candidate_id)
            };
            tx.execute(
                "INSERT INTO candidate_duplicate_dismissals (id, candidate_a_id, candidate_b_id, dismissed_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![new_id(), a, b, by, now_utc()],
            )?;
        }
        candidate_get_in(tx, &req.candidate_id)
    })
}

fn is_dismissed(conn: &Connection, a: &str, b: &str) -> Result<bool> {
    let sql = format!("SELECT 1 WHERE {}", dismissed("?1", "?2"));
    Ok(conn
        .query_row(&sql, [a, b], |_| Ok(()))
        .optional()?
        .is_some())
}
