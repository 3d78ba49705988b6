//! Duplicate candidates: detection by normalized keys and merging.
//! WHY in the app: synced tables carry no UNIQUE constraints (two devices
//! may each add the same person offline, an import may repeat a person), so
//! the app finds likely duplicates, warns without blocking, and a person
//! decides to merge them. Keys live in `candidate_dup_keys` (migration V11,
//! kept by triggers), so detection is an index lookup at any scale.

mod dismiss;
pub mod keys;
mod merge;

use std::collections::BTreeMap;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::{candidate_from_row, Candidate, CANDIDATE_COLUMNS};
use super::support::{page, Page};
use crate::api::{CommandSpec, Context};
use crate::error::Result;
use crate::{command, string_enum};

pub use dismiss::{candidate_duplicate_dismiss, DuplicateDismiss};
pub use merge::{candidate_merge, merge_into, CandidateMerge, MergeResult};

string_enum! {
    /// Why two candidates look like the same person.
    pub enum DuplicateReason {
        Email = "email", Phone = "phone", Linkedin = "linkedin", NameCompany = "name_company",
    }
}

/// Another candidate that looks like the same person.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct DuplicateMatch {
    pub candidate_id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub reasons: Vec<DuplicateReason>,
}

/// Normalized keys of a candidate not (yet) stored, e.g. an import row.
#[derive(Debug, Default, Clone)]
pub struct Keys(pub Vec<(DuplicateReason, String)>);

impl Keys {
    /// Keys from the fields the duplicate rules look at.
    pub fn of(
        full_name: &str,
        emails: &[Option<&str>],
        phones: &[Option<&str>],
        linkedin: Option<&str>,
        company: Option<&str>,
    ) -> Keys {
        let mut k = Vec::new();
        for e in emails.iter().flatten() {
            if let Some(key) = keys::email_key(e) {
                k.push((DuplicateReason::Email, key));
            }
        }
        for p in phones.iter().flatten() {
            if let Some(key) = keys::phone_key(p) {
                k.push((DuplicateReason::Phone, key));
            }
        }
        if let Some(key) = linkedin.and_then(keys::linkedin_key) {
            k.push((DuplicateReason::Linkedin, key));
        }
        if let Some(key) = company.and_then(|c| keys::name_company_key(full_name, c)) {
            k.push((DuplicateReason::NameCompany, key));
        }
        Keys(k)
    }

    /// Stored candidates sharing any of these keys, with the shared kinds.
    pub fn stored_matches(
        &self,
        conn: &Connection,
    ) -> Result<BTreeMap<String, Vec<DuplicateReason>>> {
        let mut found: BTreeMap<String, Vec<DuplicateReason>> = BTreeMap::new();
        let mut stmt = conn.prepare_cached(
            "SELECT candidate_id FROM candidate_dup_keys WHERE kind = ?1 AND key = ?2",
        )?;
        for (reason, key) in &self.0 {
            let ids = stmt
                .query_map(params![reason, key], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for id in ids {
                let reasons = found.entry(id).or_default();
                if !reasons.contains(reason) {
                    reasons.push(*reason);
                }
            }
        }
        Ok(found)
    }
}

/// Candidates that share a key with `candidate_id` (warnings on save),
/// except pairs a person marked "not a duplicate".
pub fn duplicates_of(conn: &Connection, candidate_id: &str) -> Result<Vec<DuplicateMatch>> {
    let rows = conn
        .prepare_cached(&format!(
            "SELECT o.candidate_id, c.full_name, c.email, group_concat(DISTINCT o.kind)
             FROM candidate_dup_keys k
             JOIN candidate_dup_keys o ON o.kind = k.kind AND o.key = k.key AND o.candidate_id <> k.candidate_id
             JOIN candidates c ON c.id = o.candidate_id
             WHERE k.candidate_id = ?1 AND NOT {}
             GROUP BY o.candidate_id ORDER BY c.full_name COLLATE NOCASE, o.candidate_id LIMIT 20",
            dismiss::dismissed("k.candidate_id", "o.candidate_id")
        ))?
        .query_map([candidate_id], |r| {
            Ok(DuplicateMatch {
                candidate_id: r.get(0)?,
                full_name: r.get(1)?,
                email: r.get(2)?,
                reasons: parse_reasons(&r.get::<_, String>(3)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn parse_reasons(list: &str) -> Vec<DuplicateReason> {
    let mut v: Vec<DuplicateReason> = list.split(',').filter_map(DuplicateReason::parse).collect();
    v.sort_by_key(|r| DuplicateReason::ALL.iter().position(|x| x == r));
    v.dedup();
    v
}

/// The reasons two stored candidates look alike (empty when they do not).
pub fn reasons_between(conn: &Connection, a: &str, b: &str) -> Result<Vec<DuplicateReason>> {
    let list: Option<String> = conn
        .prepare_cached(
            "SELECT group_concat(DISTINCT k.kind) FROM candidate_dup_keys k
             JOIN candidate_dup_keys o ON o.kind = k.kind AND o.key = k.key AND o.candidate_id = ?2
             WHERE k.candidate_id = ?1",
        )?
        .query_row([a, b], |r| r.get(0))?;
    Ok(list.map(|l| parse_reasons(&l)).unwrap_or_default())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct DuplicateList {
    /// Only pairs that include this candidate.
    #[serde(default)]
    pub candidate_id: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

/// Two candidates that look like the same person, and why.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct DuplicatePair {
    pub a: Candidate,
    pub b: Candidate,
    pub reasons: Vec<DuplicateReason>,
}

/// Every likely duplicate pair, the pair with the older candidate first
/// (pairs marked "not a duplicate" left out).
pub fn candidate_duplicates(ctx: &Context, req: DuplicateList) -> Result<Page<DuplicatePair>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    ctx.store().read(|c| {
        // Keys shared by more than one candidate, found in one pass over the
        // key index; pairs are expanded from those few groups only.
        let pairs_sql = format!("WITH shared AS (
                SELECT kind, key FROM candidate_dup_keys GROUP BY kind, key HAVING count(*) > 1
            ), pairs AS (
                SELECT a.candidate_id AS a, b.candidate_id AS b, group_concat(DISTINCT s.kind) AS kinds
                FROM shared s
                JOIN candidate_dup_keys a ON a.kind = s.kind AND a.key = s.key
                JOIN candidate_dup_keys b ON b.kind = s.kind AND b.key = s.key AND b.candidate_id > a.candidate_id
                WHERE (?1 IS NULL OR a.candidate_id = ?1 OR b.candidate_id = ?1) AND NOT {}
                GROUP BY a.candidate_id, b.candidate_id
            )", dismiss::dismissed("a.candidate_id", "b.candidate_id"));
        let total: i64 = c
            .prepare_cached(&format!("{pairs_sql} SELECT count(*) FROM pairs"))?
            .query_row([&req.candidate_id], |r| r.get(0))?;
        let rows = c
            .prepare_cached(&format!(
                "{pairs_sql} SELECT a, b, kinds FROM pairs ORDER BY a, b LIMIT ?2 OFFSET ?3"
            ))?
            .query_map(params![req.candidate_id, limit, offset], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let load = |id: &str| -> Result<Candidate> {
            Ok(c.prepare_cached(&format!(
                "SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE id = ?1"
            ))?
            .query_row([id], candidate_from_row)?)
        };
        let mut items = Vec::with_capacity(rows.len());
        for (a, b, kinds) in rows {
            items.push(DuplicatePair {
                a: load(&a)?,
                b: load(&b)?,
                reasons: parse_reasons(&kinds),
            });
        }
        Ok(Page { items, total })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "candidate_duplicates",
            "List pairs of candidates that look like the same person, with the reasons",
            candidate_duplicates
        ),
        command!(
            "candidate_duplicate_dismiss",
            "Mark two candidates as different people: the pair is no longer listed as a possible duplicate",
            candidate_duplicate_dismiss
        ),
        command!(
            "candidate_merge",
            "Merge one candidate into another: move everything they own, fill empty fields, record the merge",
            candidate_merge
        ),
    ]
}
