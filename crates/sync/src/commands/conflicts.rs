//! The conflicts review: a value written on this device that lost to a newer
//! remote one (recorded in `sync_conflicts` by the apply step). WHY a review
//! and not a merge dialog: last writer wins keeps every device consistent
//! without asking; the review only makes sure no one's edit disappears
//! unseen. "Restore mine" is an ordinary new local edit, so it wins on every
//! device at the next sync.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use talentdesk_core::domain::support::Page;
use talentdesk_core::{string_enum, Context, Error, Result};
use ts_rs::TS;

use super::to_core;
use crate::apply::to_sql;
use crate::schema::{is_synced, Schema, Table};

/// One reviewed or open conflict.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SyncConflict {
    pub id: i64,
    pub table: String,
    pub row_id: String,
    pub column: String,
    /// A name for the row, when it has one (title, full name, name).
    pub row_label: Option<String>,
    /// My value, which lost.
    pub local_value: Value,
    /// The newer remote value now in the database.
    pub remote_value: Value,
    /// Readable forms of the values when they point at other rows (an id →
    /// that row's name).
    pub local_label: Option<String>,
    pub remote_label: Option<String>,
    pub resolved: bool,
    pub created_at: String,
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ConflictsQuery {
    /// Also list the reviewed ones (default: open ones only).
    #[serde(default)]
    pub include_resolved: Option<bool>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

/// Columns that name a row, in order of preference.
const LABEL_COLUMNS: &[&str] = &["full_name", "title", "name", "label", "subject", "email"];

/// How good a table's name for its rows is (lower is better), if it has one.
fn label_rank(t: &Table) -> Option<usize> {
    LABEL_COLUMNS.iter().position(|n| t.column(n).is_some())
}

fn own_label(c: &Connection, t: &Table, pk: &str) -> Result<Option<String>> {
    let Some(col) = LABEL_COLUMNS.iter().find(|n| t.column(n).is_some()) else {
        return Ok(None);
    };
    // Identifiers come from the schema, never from input.
    let sql = format!(
        "SELECT CAST(\"{col}\" AS TEXT) FROM \"{}\" WHERE \"{}\" = ?1",
        t.name, t.pk
    );
    Ok(c.query_row(&sql, [pk], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

/// A name for a row: its own (full name, title, …), else that of a row it
/// points at, people first (an application → its candidate's name).
fn label_of(c: &Connection, schema: &Schema, table: &str, pk: &str) -> Result<Option<String>> {
    let Ok(t) = schema.table(table) else {
        return Ok(None);
    };
    if let Some(label) = own_label(c, t, pk)? {
        return Ok(Some(label));
    }
    let mut parents: Vec<(usize, &crate::schema::ForeignKey, &Table)> = t
        .fks
        .iter()
        .filter_map(|fk| {
            let parent = schema.table(&fk.parent).ok()?;
            Some((label_rank(parent)?, fk, parent))
        })
        .collect();
    parents.sort_by_key(|(rank, fk, _)| (*rank, fk.column.clone()));
    for (_, fk, parent) in parents {
        let sql = format!(
            "SELECT CAST(\"{}\" AS TEXT) FROM \"{}\" WHERE \"{}\" = ?1",
            fk.column, t.name, t.pk
        );
        let parent_pk: Option<String> = c
            .query_row(&sql, [pk], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .flatten();
        if let Some(parent_pk) = parent_pk {
            if let Some(label) = own_label(c, parent, &parent_pk)? {
                return Ok(Some(label));
            }
        }
    }
    Ok(None)
}

/// The label of the row a foreign-key value points at.
fn value_label(
    c: &Connection,
    schema: &Schema,
    t: &Table,
    col: &str,
    v: &Value,
) -> Result<Option<String>> {
    let (Some(fk), Some(id)) = (t.fks.iter().find(|f| f.column == col), v.as_str()) else {
        return Ok(None);
    };
    match schema.table(&fk.parent) {
        Ok(parent) => own_label(c, parent, id),
        Err(_) => Ok(None),
    }
}

fn parse(text: Option<String>) -> Value {
    text.map(|t| serde_json::from_str(&t).unwrap_or(Value::String(t)))
        .unwrap_or(Value::Null)
}

type ConflictRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    String,
);

const SELECT: &str = "SELECT id, tbl, pk, col, local_value, remote_value, resolved, created_at
                      FROM sync_conflicts";

fn conflict_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConflictRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

fn describe(c: &Connection, schema: &Schema, row: ConflictRow) -> Result<SyncConflict> {
    let (id, table, row_id, column, local, remote, resolved, created_at) = row;
    let (local_value, remote_value) = (parse(local), parse(remote));
    let (local_label, remote_label) = match schema.table(&table) {
        Ok(t) => (
            value_label(c, schema, t, &column, &local_value)?,
            value_label(c, schema, t, &column, &remote_value)?,
        ),
        Err(_) => (None, None),
    };
    Ok(SyncConflict {
        id,
        row_label: label_of(c, schema, &table, &row_id)?,
        table,
        row_id,
        column,
        local_value,
        remote_value,
        local_label,
        remote_label,
        resolved: resolved != 0,
        created_at,
    })
}

pub fn sync_conflicts_list(ctx: &Context, req: ConflictsQuery) -> Result<Page<SyncConflict>> {
    let (limit, offset) = talentdesk_core::domain::support::page(req.limit, req.offset)?;
    let all = i64::from(req.include_resolved.unwrap_or(false));
    ctx.store().read(|c| {
        let schema = Schema::load(c).map_err(to_core)?;
        let total: i64 = c.query_row(
            "SELECT count(*) FROM sync_conflicts WHERE resolved = 0 OR ?1",
            [all],
            |r| r.get(0),
        )?;
        let rows = c
            .prepare(&format!(
                "{SELECT} WHERE resolved = 0 OR ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3"
            ))?
            .query_map(params![all, limit, offset], conflict_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let items = rows
            .into_iter()
            .map(|row| describe(c, &schema, row))
            .collect::<Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

string_enum! {
    /// How a conflict is settled: accept the newer remote value (nothing
    /// changes in the data), or write my value again as a new local edit.
    pub enum ConflictChoice {
        KeepRemote = "keep_remote",
        RestoreMine = "restore_mine",
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ConflictResolve {
    pub id: i64,
    pub choice: ConflictChoice,
}

pub fn sync_conflict_resolve(ctx: &Context, req: ConflictResolve) -> Result<SyncConflict> {
    ctx.store().write(|tx| {
        let found: Option<(String, String, String, Option<String>, i64)> = tx
            .query_row(
                "SELECT tbl, pk, col, local_value, resolved FROM sync_conflicts WHERE id = ?1",
                [req.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let (table, pk, col, local, resolved) =
            found.ok_or_else(|| Error::not_found("sync conflict", req.id).with_field("id"))?;
        if resolved != 0 {
            return Err(Error::conflict(format!(
                "sync conflict {} was already resolved",
                req.id
            )));
        }
        if req.choice == ConflictChoice::RestoreMine {
            let schema = Schema::load(tx).map_err(to_core)?;
            let t = schema
                .table(&table)
                .ok()
                .filter(|t| is_synced(&t.name) && t.column(&col).is_some())
                .ok_or_else(|| {
                    Error::conflict(format!("{table}.{col} no longer exists in this schema"))
                })?;
            let value = to_sql(&parse(local)).map_err(to_core)?;
            let set_updated = if t.column("updated_at").is_some() && col != "updated_at" {
                ", \"updated_at\" = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
            } else {
                ""
            };
            // Identifiers come from the schema; the value is bound.
            let sql = format!(
                "UPDATE \"{}\" SET \"{col}\" = ?1{set_updated} WHERE \"{}\" = ?2",
                t.name, t.pk
            );
            if tx.execute(&sql, params![value, pk])? == 0 {
                return Err(Error::conflict(
                    "the row was deleted since; there is nothing to restore the value into",
                ));
            }
        }
        tx.execute(
            "UPDATE sync_conflicts SET resolved = 1,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1",
            [req.id],
        )?;
        Ok(())
    })?;
    ctx.store().read(|c| {
        let schema = Schema::load(c).map_err(to_core)?;
        let row = c.query_row(&format!("{SELECT} WHERE id = ?1"), [req.id], conflict_row)?;
        describe(c, &schema, row)
    })
}
