//! Applying remote row states to the local database. WHY this way:
//! - one transaction with `PRAGMA defer_foreign_keys = ON`, so a child may be
//!   written before its parent within the batch;
//! - the rows being written are listed in `sync_guard`, so the capture
//!   triggers skip them (no echo back to the server), while the cascades
//!   SQLite runs on other rows are captured like any local write;
//! - a row left pointing at a parent that is gone (deleted on another device
//!   while this child was made here, or the reverse) gets its foreign key's
//!   `ON DELETE` action as a captured local write, so every device and the
//!   server end up with the same rows;
//! - only cells the incoming state wins are written, so a no-op page costs
//!   reads only;
//! - rows new to this device with every column (an initial pull) are queued
//!   and inserted many per statement ([`Bulk`]): SQLite opens a statement
//!   journal for every statement that fires triggers and FTS5 flushes its
//!   pending terms at each one, so one insert per row spent most of its time
//!   copying pages and writing one-row index segments. Any other row first
//!   flushes the queue, so rows are still applied in order.

use std::collections::BTreeSet;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::{Map, Value};
use talentdesk_core::clock::Clock;

use crate::capture::{fold, load_clock, note_max_hlc, save_clock, site_id, StoredClock};
use crate::error::{Result, SyncError};
use crate::merge::merge;
use crate::row::RowChange;
use crate::schema::{OnDelete, Schema, Table};

/// What an apply did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Rows whose local clock changed.
    pub rows_changed: u64,
    pub inserted: u64,
    pub updated: u64,
    pub deleted: u64,
    /// Rows given their foreign key's `ON DELETE` action because their parent
    /// is gone.
    pub orphans_resolved: u64,
}

/// JSON value → SQLite value (`{"$blob": hex}` → bytes).
pub fn to_sql(v: &Value) -> Result<SqlValue> {
    Ok(match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Object(m) => match m.get("$blob").and_then(Value::as_str) {
            Some(hex) if m.len() == 1 => SqlValue::Blob(from_hex(hex)?),
            _ => SqlValue::Text(v.to_string()),
        },
        Value::Array(_) => SqlValue::Text(v.to_string()),
    })
}

fn from_hex(s: &str) -> Result<Vec<u8>> {
    if s.len() & 1 == 1 {
        return Err(SyncError::validation("blob: odd number of hex digits"));
    }
    (0..s.len())
        .step_by(2)
        .map(|i| {
            s.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
                .ok_or_else(|| SyncError::validation("blob: bad hex digit"))
        })
        .collect()
}

fn q(ident: &str) -> String {
    format!("\"{ident}\"")
}

/// The row as a JSON object, blobs as `{"$blob": hex}` (same as capture).
pub fn read_row(conn: &Connection, t: &Table, pk: &str) -> Result<Option<Map<String, Value>>> {
    let cols: Vec<String> = t
        .columns
        .iter()
        .map(|c| {
            let v = q(&c.name);
            if c.blob {
                format!("'{}', CASE WHEN typeof({v}) = 'blob' THEN json_object('$blob', hex({v})) ELSE {v} END", c.name)
            } else {
                format!("'{}', {v}", c.name)
            }
        })
        .collect();
    let sql = format!(
        "SELECT json_object({}) FROM {} WHERE {} = ?1",
        cols.join(", "),
        q(&t.name),
        q(&t.pk)
    );
    let text: Option<String> = conn
        .prepare_cached(&sql)?
        .query_row([pk], |r| r.get(0))
        .optional()?;
    match text {
        None => Ok(None),
        Some(text) => match serde_json::from_str(&text)? {
            Value::Object(m) => Ok(Some(m)),
            _ => Err(SyncError::Database("row JSON is not an object".into())),
        },
    }
}

fn row_exists(conn: &Connection, table: &str, pk_col: &str, pk: &str) -> Result<bool> {
    let sql = format!(
        "SELECT EXISTS(SELECT 1 FROM {} WHERE {} = ?1)",
        q(table),
        q(pk_col)
    );
    Ok(conn.prepare_cached(&sql)?.query_row([pk], |r| r.get(0))?)
}

/// Insert a row from JSON values (columns the table does not have are an
/// error; missing ones take their defaults).
pub fn insert_row(
    conn: &Connection,
    t: &Table,
    pk: &str,
    values: &Map<String, Value>,
) -> Result<()> {
    let mut cols = vec![t.pk.clone()];
    let mut vals = vec![SqlValue::Text(pk.to_string())];
    for (col, v) in values {
        if *col == t.pk {
            continue;
        }
        if t.column(col).is_none() {
            return Err(SyncError::validation(format!(
                "{}.{col}: no such column",
                t.name
            )));
        }
        cols.push(col.clone());
        vals.push(to_sql(v)?);
    }
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        q(&t.name),
        cols.iter().map(|c| q(c)).collect::<Vec<_>>().join(", "),
        (1..=cols.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(vals.iter()))?;
    Ok(())
}

fn update_row(conn: &Connection, t: &Table, pk: &str, values: &Map<String, Value>) -> Result<()> {
    let mut sets = Vec::new();
    let mut vals = Vec::new();
    for (col, v) in values {
        if *col == t.pk {
            continue;
        }
        if t.column(col).is_none() {
            return Err(SyncError::validation(format!(
                "{}.{col}: no such column",
                t.name
            )));
        }
        vals.push(to_sql(v)?);
        sets.push(format!("{} = ?{}", q(col), vals.len()));
    }
    if sets.is_empty() {
        return Ok(());
    }
    vals.push(SqlValue::Text(pk.to_string()));
    let sql = format!(
        "UPDATE {} SET {} WHERE {} = ?{}",
        q(&t.name),
        sets.join(", "),
        q(&t.pk),
        vals.len()
    );
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(vals.iter()))?;
    Ok(())
}

fn set_guard(conn: &Connection, table: &str, pk: &str, on: bool) -> Result<()> {
    let sql = if on {
        "INSERT OR IGNORE INTO sync_guard (tbl, pk) VALUES (?1, ?2)"
    } else {
        "DELETE FROM sync_guard WHERE tbl = ?1 AND pk = ?2"
    };
    conn.prepare_cached(sql)?.execute(params![table, pk])?;
    Ok(())
}

/// Apply remote row states inside the caller's transaction.
pub fn apply_rows(
    conn: &Connection,
    schema: &Schema,
    clock: &Clock,
    rows: &[RowChange],
) -> Result<ApplyReport> {
    let site = site_id(conn)?;
    fold(conn, schema, &site)?;
    // Refuse the whole batch before writing anything if a stamp is too far
    // ahead; never adopt it.
    for row in rows {
        for s in row.stamps() {
            clock.observe(s.hlc)?;
        }
    }
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let mut report = ApplyReport::default();
    let mut written: BTreeSet<(String, String)> = BTreeSet::new();
    let mut bulk = Bulk::default();
    for row in rows {
        let t = schema.table(&row.table)?;
        if bulk.take(conn, t, row, &mut report)? {
            written.insert((t.name.clone(), row.pk.clone()));
            continue;
        }
        bulk.flush(conn, schema)?;
        if let Some(k) = apply_one(conn, t, &site, row, &mut report)? {
            written.insert(k);
        }
    }
    bulk.flush(conn, schema)?;
    report.orphans_resolved = resolve_orphans(conn, schema, &written)?;
    note_max_hlc(conn, clock.last())?;
    Ok(report)
}

/// Most parameters SQLite binds in one statement (its default limit).
const MAX_PARAMS: usize = 32_766;

/// New rows waiting to be inserted many per statement: by table (in the
/// order tables first appear), each row's values in the table's column order.
#[derive(Default)]
struct Bulk {
    tables: Vec<(String, Vec<Vec<SqlValue>>)>,
}

impl Bulk {
    /// Queue `row` if it is new here (no clock, no row), alive and carries
    /// every column; its clock is stored at once. False: apply it one by one.
    fn take(
        &mut self,
        conn: &Connection,
        t: &Table,
        row: &RowChange,
        report: &mut ApplyReport,
    ) -> Result<bool> {
        let incoming = row.clock();
        if !incoming.is_alive()
            || incoming.cells.len() != t.columns.len()
            || t.columns
                .iter()
                .any(|c| !incoming.cells.contains_key(&c.name))
        {
            return Ok(false);
        }
        if load_clock(conn, t, &row.pk)?.exists || row_exists(conn, &t.name, &t.pk, &row.pk)? {
            return Ok(false);
        }
        let newest = row.newest_values();
        let mut values = Vec::with_capacity(t.columns.len());
        for c in &t.columns {
            if c.name == t.pk {
                values.push(SqlValue::Text(row.pk.clone()));
            } else {
                values.push(
                    newest
                        .get(c.name.as_str())
                        .map_or(Ok(SqlValue::Null), |(_, v)| to_sql(v))?,
                );
            }
        }
        set_guard(conn, &t.name, &row.pk, true)?;
        let stored = StoredClock {
            clock: incoming,
            tomb: None,
            exists: true,
        };
        save_clock(conn, t, &row.pk, &stored)?;
        match self.tables.iter_mut().find(|(name, _)| *name == t.name) {
            Some((_, rows)) => rows.push(values),
            None => self.tables.push((t.name.clone(), vec![values])),
        }
        report.rows_changed += 1;
        report.inserted += 1;
        Ok(true)
    }

    /// Insert every queued row (their guards are set, so capture skips
    /// them), then lift the guards.
    fn flush(&mut self, conn: &Connection, schema: &Schema) -> Result<()> {
        for (table, rows) in self.tables.drain(..) {
            let t = schema.table(&table)?;
            let width = t.columns.len();
            let per_statement = (MAX_PARAMS / width).max(1);
            let cols = t
                .columns
                .iter()
                .map(|c| q(&c.name))
                .collect::<Vec<_>>()
                .join(", ");
            let tuple = format!("({})", vec!["?"; width].join(", "));
            for chunk in rows.chunks(per_statement) {
                let sql = format!(
                    "INSERT INTO {} ({cols}) VALUES {}",
                    q(&t.name),
                    vec![tuple.as_str(); chunk.len()].join(", ")
                );
                conn.prepare_cached(&sql)?
                    .execute(params_from_iter(chunk.iter().flatten()))?;
            }
            conn.prepare_cached("DELETE FROM sync_guard WHERE tbl = ?1")?
                .execute([&t.name])?;
        }
        Ok(())
    }
}

fn apply_one(
    conn: &Connection,
    t: &Table,
    site: &str,
    row: &RowChange,
    report: &mut ApplyReport,
) -> Result<Option<(String, String)>> {
    let incoming = row.clock();
    for col in incoming.cells.keys() {
        if t.column(col).is_none() {
            return Err(SyncError::validation(format!(
                "{}.{col}: no such column",
                t.name
            )));
        }
    }
    let mut stored = load_clock(conn, t, &row.pk)?;
    let before = stored.clock.clone();
    let merged = merge(&mut stored.clock, &incoming);
    if !merged.changed {
        return Ok(None);
    }
    report.rows_changed += 1;
    let all = row.values();
    let won: Map<String, Value> = merged
        .won
        .iter()
        .filter_map(|c| all.get(c).map(|(_, v)| (c.clone(), v.clone())))
        .collect();
    let exists = row_exists(conn, &t.name, &t.pk, &row.pk)?;
    let mut alive_written = false;
    set_guard(conn, &t.name, &row.pk, true)?;
    match (merged.is_alive, exists) {
        (true, true) => {
            if !won.is_empty() {
                record_conflicts(conn, t, &row.pk, site, &before, &won, row)?;
                update_row(conn, t, &row.pk, &won)?;
                report.updated += 1;
                alive_written = true;
            }
        }
        (true, false) => {
            let mut values = stored.tomb.take().unwrap_or_default();
            values.extend(won);
            insert_row(conn, t, &row.pk, &values)?;
            report.inserted += 1;
            alive_written = true;
        }
        (false, true) => {
            let mut last = read_row(conn, t, &row.pk)?.unwrap_or_default();
            last.extend(won);
            stored.tomb = Some(last);
            let sql = format!("DELETE FROM {} WHERE {} = ?1", q(&t.name), q(&t.pk));
            conn.prepare_cached(&sql)?.execute([&row.pk])?;
            report.deleted += 1;
        }
        (false, false) => {
            if !won.is_empty() {
                stored.tomb.get_or_insert_with(Map::new).extend(won);
            }
        }
    }
    set_guard(conn, &t.name, &row.pk, false)?;
    save_clock(conn, t, &row.pk, &stored)?;
    Ok(alive_written.then(|| (t.name.clone(), row.pk.clone())))
}

/// A local value (written on this device) that loses to a newer remote value
/// is listed in `sync_conflicts` for the person to review; nothing is lost
/// silently. Bookkeeping columns (`updated_at`) are not worth a review.
fn record_conflicts(
    conn: &Connection,
    t: &Table,
    pk: &str,
    site: &str,
    before: &crate::row::RowClock,
    won: &Map<String, Value>,
    row: &RowChange,
) -> Result<()> {
    let local_cols: Vec<&String> = won
        .keys()
        .filter(|c| c.as_str() != "updated_at")
        .filter(|c| before.cells.get(*c).is_some_and(|s| s.site == site))
        .collect();
    if local_cols.is_empty() {
        return Ok(());
    }
    let Some(current) = read_row(conn, t, pk)? else {
        return Ok(());
    };
    let remote_site = row
        .cells
        .iter()
        .map(|g| &g.stamp)
        .max()
        .map(|s| s.site.clone())
        .unwrap_or_default();
    for col in local_cols {
        let local = current.get(col.as_str()).cloned().unwrap_or(Value::Null);
        let remote = won.get(col.as_str()).cloned().unwrap_or(Value::Null);
        if local == remote {
            continue;
        }
        conn.prepare_cached(
            "INSERT INTO sync_conflicts (tbl, pk, col, local_value, remote_value, remote_site)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            t.name,
            pk,
            col,
            local.to_string(),
            remote.to_string(),
            remote_site
        ])?;
    }
    Ok(())
}

/// Give rows whose parent is gone their `ON DELETE` action, captured.
fn resolve_orphans(
    conn: &Connection,
    schema: &Schema,
    written: &BTreeSet<(String, String)>,
) -> Result<u64> {
    let mut resolved = 0;
    for (table, pk) in written {
        let t = schema.table(table)?;
        for fk in &t.fks {
            // An orphan: the row is still there (not cascaded away) and
            // names a parent that is not.
            let sql = format!(
                "SELECT 1 FROM {t} c WHERE c.{pk} = ?1 AND c.{col} IS NOT NULL \
                 AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{pcol} = c.{col})",
                t = q(&t.name),
                pk = q(&t.pk),
                col = q(&fk.column),
                parent = q(&fk.parent),
                pcol = q(&fk.parent_column)
            );
            let orphan = conn
                .prepare_cached(&sql)?
                .query_row([pk], |_| Ok(()))
                .optional()?
                .is_some();
            if !orphan {
                continue;
            }
            resolved += 1;
            match fk.on_delete {
                OnDelete::SetNull => {
                    let sql = format!(
                        "UPDATE {} SET {} = NULL WHERE {} = ?1",
                        q(&t.name),
                        q(&fk.column),
                        q(&t.pk)
                    );
                    conn.prepare_cached(&sql)?.execute([pk])?;
                }
                OnDelete::Cascade | OnDelete::Other => {
                    let sql = format!("DELETE FROM {} WHERE {} = ?1", q(&t.name), q(&t.pk));
                    conn.prepare_cached(&sql)?.execute([pk])?;
                }
            }
        }
    }
    Ok(resolved)
}
