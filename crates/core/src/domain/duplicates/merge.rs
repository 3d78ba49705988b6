//! Merging two candidates into one. WHY generic over the schema: the rows a
//! candidate owns (applications, notes, interviews, files, tags, skills,
//! ratings, messages...) live in ~30 tables today and more tomorrow; every
//! foreign key that points at `candidates` is found in the schema itself and
//! moved, so a table added later is merged without touching this file.

use std::collections::BTreeMap;

use rusqlite::types::Value;
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{reasons_between, DuplicateReason};
use crate::api::Context;
use crate::domain::candidates::{candidate_get_in, CandidateDetail};
use crate::domain::support::{ensure_found, ensure_optional, json_strings};
use crate::error::{Error, Result};
use crate::{new_id, now_utc};

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateMerge {
    /// The candidate that stays.
    pub keep_id: String,
    /// The candidate folded into it, then deleted.
    pub merge_id: String,
    /// Who merged (a user id), for the history.
    #[serde(default)]
    pub merged_by: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct MergeResult {
    /// The merge history row (`candidate_merges.id`).
    pub merge_id: String,
    pub candidate: CandidateDetail,
    /// Fields of the kept candidate that were empty and were filled.
    pub filled_fields: Vec<String>,
    /// Rows moved to the kept candidate, by table.
    #[ts(type = "Record<string, number>")]
    pub moved: BTreeMap<String, i64>,
    pub reasons: Vec<DuplicateReason>,
}

/// Columns never copied from the merged candidate.
const NOT_FILLED: &[&str] = &["id", "created_at", "updated_at", "merged_into_id"];

/// Merge in one transaction; a failure changes nothing.
pub fn candidate_merge(ctx: &Context, req: CandidateMerge) -> Result<MergeResult> {
    if req.keep_id == req.merge_id {
        return Err(Error::invalid_value(
            "merge_id",
            "a candidate cannot be merged into itself",
        ));
    }
    ctx.store().write(|tx| {
        ensure_found(tx, "candidates", "candidate", &req.keep_id)?;
        ensure_found(tx, "candidates", "candidate", &req.merge_id)
            .map_err(|e| e.with_field("merge_id"))?;
        ensure_optional(tx, "users", "user", "merged_by", req.merged_by.as_deref())?;
        merge_into(
            tx,
            &req.keep_id,
            &req.merge_id,
            req.merged_by.as_deref(),
            "manual",
        )
    })
}

/// Merge `merge_id` into `keep_id` inside the caller's transaction (the
/// import merges rows this way). Both must exist.
pub fn merge_into(
    tx: &Transaction<'_>,
    keep_id: &str,
    merge_id: &str,
    merged_by: Option<&str>,
    source: &str,
) -> Result<MergeResult> {
    let reasons = reasons_between(tx, keep_id, merge_id)?;
    let columns = candidate_columns(tx)?;
    let keep = row_values(tx, &columns, keep_id)?;
    let gone = row_values(tx, &columns, merge_id)?;
    let snapshot = serde_json::Value::Object(
        columns
            .iter()
            .zip(&gone)
            .map(|(c, v)| (c.clone(), json_of(v)))
            .collect(),
    );
    let merged_name = match gone.get(columns.iter().position(|c| c == "full_name").unwrap_or(0)) {
        Some(Value::Text(t)) => t.clone(),
        _ => String::new(),
    };

    // 1. Fill the kept candidate's empty fields.
    let mut filled = Vec::new();
    for (i, col) in columns.iter().enumerate() {
        if NOT_FILLED.contains(&col.as_str()) {
            continue;
        }
        if is_empty(&keep[i]) && !is_empty(&gone[i]) {
            filled.push(col.clone());
        }
    }
    // 2. Drop the merged candidate's rows the kept one already has (same
    //    tag, same skill), so the merge does not create fresh duplicates.
    tx.execute(
        "DELETE FROM candidate_tags WHERE candidate_id = ?2
           AND tag_id IN (SELECT tag_id FROM candidate_tags WHERE candidate_id = ?1)",
        params![keep_id, merge_id],
    )?;
    tx.execute(
        "DELETE FROM candidate_skills WHERE candidate_id = ?2
           AND lower(name) IN (SELECT lower(name) FROM candidate_skills WHERE candidate_id = ?1)",
        params![keep_id, merge_id],
    )?;
    //    A "not a duplicate" between the two would point the kept one at
    //    itself once moved.
    tx.execute(
        "DELETE FROM candidate_duplicate_dismissals
         WHERE (candidate_a_id = ?1 AND candidate_b_id = ?2) OR (candidate_a_id = ?2 AND candidate_b_id = ?1)",
        params![keep_id, merge_id],
    )?;
    // 3. Move every row that points at the merged candidate.
    let mut moved = BTreeMap::new();
    for (table, column) in references_to_candidates(tx)? {
        let sql = format!("UPDATE \"{table}\" SET \"{column}\" = ?1 WHERE \"{column}\" = ?2");
        let n = tx.execute(&sql, params![keep_id, merge_id])? as i64;
        if n > 0 {
            *moved.entry(table).or_insert(0) += n;
        }
    }
    // 4. A merge event in the timeline of every application that moved.
    let now = now_utc();
    if moved.contains_key("applications") {
        let apps: Vec<String> = tx
            .prepare("SELECT id FROM applications WHERE candidate_id = ?1")?
            .query_map([keep_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let remark = format!("Merged candidate {merged_name} ({merge_id}) into this one");
        for app in apps {
            tx.execute(
                "INSERT INTO application_timeline (id, application_id, event_type, changed_by, remarks, created_at, updated_at)
                 VALUES (?1, ?2, 'merge', ?3, ?4, ?5, ?5)",
                params![new_id(), app, merged_by, remark, now],
            )?;
        }
    }
    // 5. Record, delete the merged row, then fill (after the delete, so the
    //    copied values never sit on two rows at once).
    tx.execute("DELETE FROM candidates WHERE id = ?1", [merge_id])?;
    for col in &filled {
        let i = columns.iter().position(|c| c == col).unwrap_or(0);
        let sql = format!("UPDATE candidates SET \"{col}\" = ?1 WHERE id = ?2");
        tx.execute(&sql, params![gone[i], keep_id])?;
    }
    tx.execute(
        "UPDATE candidates SET updated_at = ?2 WHERE id = ?1",
        params![keep_id, now],
    )?;
    let history_id = new_id();
    let moved_json = serde_json::to_string(&moved)
        .map_err(|e| Error::database(format!("cannot encode the moved rows: {e}")))?;
    let reason_texts: Vec<String> = reasons.iter().map(|r| r.as_str().to_string()).collect();
    tx.execute(
        "INSERT INTO candidate_merges (id, kept_candidate_id, merged_candidate_id, merged_full_name, merged_snapshot,
             reasons, filled_fields, moved, merged_by, source, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            history_id, keep_id, merge_id, merged_name, snapshot.to_string(), json_strings(&reason_texts),
            json_strings(&filled), moved_json, merged_by, source, now
        ],
    )?;
    Ok(MergeResult {
        merge_id: history_id,
        candidate: candidate_get_in(tx, keep_id)?,
        filled_fields: filled,
        moved,
        reasons,
    })
}

fn candidate_columns(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached("SELECT name FROM pragma_table_info('candidates') ORDER BY cid")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

fn row_values(conn: &Connection, columns: &[String], id: &str) -> Result<Vec<Value>> {
    let list = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("SELECT {list} FROM candidates WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], |r| {
        (0..columns.len()).map(|i| r.get::<_, Value>(i)).collect()
    })?)
}

/// NULL, blank text, or an empty JSON list/object (the schema's defaults).
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Text(t) => matches!(t.trim(), "" | "[]" | "{}"),
        _ => false,
    }
}

fn json_of(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => (*f).into(),
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<String>()
            .into(),
    }
}

/// Every `(table, column)` whose foreign key points at `candidates(id)`.
/// Names come from the schema, never from input.
fn references_to_candidates(conn: &Connection) -> Result<Vec<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'candidates' ORDER BY m.name, f.\"from\"",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}
