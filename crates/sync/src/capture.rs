//! Reading what the triggers captured: the outbox of unpushed local changes,
//! and folding it into the per-row clocks. WHY fold lazily: the triggers only
//! append (that keeps a bulk import fast); the per-cell stamps a merge needs
//! are computed from the outbox just before a merge or before pushed changes
//! leave the outbox, in the same transaction.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};
use talentdesk_core::clock::Hlc;

use crate::error::{Result, SyncError};
use crate::merge::merge;
use crate::row::{CellGroup, ChangeKind, RowChange, RowClock, Stamp};
use crate::schema::{Schema, Table};

/// One captured row-write.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxEntry {
    pub seq: i64,
    pub table: String,
    pub pk: String,
    pub kind: ChangeKind,
    pub hlc: Hlc,
    /// Changed columns (all columns for insert, undelete and delete).
    pub cols: Map<String, Value>,
}

impl OutboxEntry {
    /// The change as it goes on the wire, stamped with this device's site.
    /// A delete carries no values: the old values stay in the local tombstone.
    pub fn to_change(&self, site: &str) -> RowChange {
        let stamp = Stamp::new(self.hlc, site);
        let group = || {
            vec![CellGroup {
                stamp: stamp.clone(),
                values: self.cols.clone(),
            }]
        };
        let (live, dead, cells) = match self.kind {
            ChangeKind::Insert | ChangeKind::Undelete => (Some(stamp.clone()), None, group()),
            ChangeKind::Update | ChangeKind::State => (None, None, group()),
            ChangeKind::Delete => (None, Some(stamp.clone()), Vec::new()),
        };
        RowChange {
            table: self.table.clone(),
            pk: self.pk.clone(),
            kind: self.kind,
            live,
            dead,
            cells,
        }
    }
}

/// This database's site id (made by migration V10).
pub fn site_id(conn: &Connection) -> Result<String> {
    Ok(
        conn.query_row("SELECT site_id FROM sync_site WHERE id = 1", [], |r| {
            r.get(0)
        })?,
    )
}

/// Number of unpushed local changes.
pub fn outbox_len(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, String, String, String, i64, String)> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn decode_entry(
    schema: &Schema,
    raw: (i64, String, String, String, i64, String),
) -> Result<OutboxEntry> {
    let (seq, table, pk, kind, hlc, cols) = raw;
    let kind = ChangeKind::parse(&kind)
        .ok_or_else(|| SyncError::Database(format!("outbox row {seq}: unknown kind {kind}")))?;
    let hlc = Hlc::from_i64(hlc)
        .ok_or_else(|| SyncError::Database(format!("outbox row {seq}: bad stamp")))?;
    let cols = match serde_json::from_str(&cols)? {
        Value::Object(m) => m,
        // Whole rows are positional, in the table's column order. A column
        // added by a later migration is missing from older entries: it is
        // left out (it takes its default), never shifted.
        Value::Array(values) => {
            let t = schema.table(&table)?;
            if values.len() > t.columns.len() {
                return Err(SyncError::Database(format!(
                    "outbox row {seq}: {} values for {} columns of {table}",
                    values.len(),
                    t.columns.len()
                )));
            }
            t.columns
                .iter()
                .zip(values)
                .map(|(c, v)| (c.name.clone(), v))
                .collect()
        }
        _ => return Err(SyncError::Database(format!("outbox row {seq}: bad cols"))),
    };
    Ok(OutboxEntry {
        seq,
        table,
        pk,
        kind,
        hlc,
        cols,
    })
}

/// Outbox entries with `after < seq <= upto`, oldest first, at most `limit`.
pub fn outbox(
    conn: &Connection,
    schema: &Schema,
    after: i64,
    upto: i64,
    limit: usize,
) -> Result<Vec<OutboxEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, tbl, pk, kind, hlc, cols FROM sync_changes \
         WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3",
    )?;
    let raws = stmt
        .query_map(params![after, upto, limit as i64], entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raws.into_iter().map(|r| decode_entry(schema, r)).collect()
}

/// Outbox entries stamped after `hlc`, oldest first (stamps of one store
/// only grow, even across restarts).
pub fn outbox_after_stamp(
    conn: &Connection,
    schema: &Schema,
    hlc: Hlc,
) -> Result<Vec<OutboxEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, tbl, pk, kind, hlc, cols FROM sync_changes WHERE hlc > ?1 ORDER BY hlc",
    )?;
    let raws = stmt
        .query_map([hlc.as_i64()], entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raws.into_iter().map(|r| decode_entry(schema, r)).collect()
}

/// A row's stored clock and tombstone values.
#[derive(Debug, Clone, Default)]
pub struct StoredClock {
    pub clock: RowClock,
    pub tomb: Option<Map<String, Value>>,
    pub exists: bool,
}

pub(crate) fn column_names(t: &Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.name.as_str()).collect()
}

/// Load the clock of `(table, pk)`; an unknown row has an empty clock.
pub fn load_clock(conn: &Connection, t: &Table, pk: &str) -> Result<StoredClock> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached("SELECT clock, tomb FROM sync_clock WHERE tbl = ?1 AND pk = ?2")?
        .query_row(params![t.name, pk], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((clock, tomb)) = row else {
        return Ok(StoredClock::default());
    };
    let clock = RowClock::decode(&clock, &column_names(t))?;
    let tomb = match tomb {
        Some(text) => match serde_json::from_str(&text)? {
            Value::Object(m) => Some(m),
            _ => None,
        },
        None => None,
    };
    Ok(StoredClock {
        clock,
        tomb,
        exists: true,
    })
}

/// Store the clock of `(table, pk)`.
pub fn save_clock(conn: &Connection, t: &Table, pk: &str, c: &StoredClock) -> Result<()> {
    let text = c.clock.encode(&column_names(t));
    let tomb = c
        .tomb
        .as_ref()
        .map(|m| Value::Object(m.clone()).to_string());
    conn.prepare_cached(
        "INSERT INTO sync_clock (tbl, pk, clock, tomb) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (tbl, pk) DO UPDATE SET clock = excluded.clock, tomb = excluded.tomb",
    )?
    .execute(params![t.name, pk, text, tomb])?;
    Ok(())
}

/// Record `stamp` as seen, so a restarted clock resumes past it.
pub fn note_max_hlc(conn: &Connection, stamp: Hlc) -> Result<()> {
    conn.prepare_cached("UPDATE sync_site SET max_hlc = max(max_hlc, ?1) WHERE id = 1")?
        .execute([stamp.as_i64()])?;
    Ok(())
}

/// Fold every not-yet-folded outbox entry into `sync_clock`. Runs inside
/// the caller's transaction, before a merge and before pushed entries leave
/// the outbox.
pub fn fold(conn: &Connection, schema: &Schema, site: &str) -> Result<u64> {
    let folded: i64 = conn.query_row("SELECT folded_seq FROM sync_site WHERE id = 1", [], |r| {
        r.get(0)
    })?;
    let mut after = folded;
    let mut count = 0u64;
    let mut newest = Hlc(0);
    loop {
        let batch = outbox(conn, schema, after, i64::MAX, 2_000)?;
        let Some(last) = batch.last() else { break };
        after = last.seq;
        for e in &batch {
            fold_one(conn, schema, site, e)?;
            newest = newest.max(e.hlc);
            count += 1;
        }
    }
    if count > 0 {
        conn.execute("UPDATE sync_site SET folded_seq = ?1 WHERE id = 1", [after])?;
        note_max_hlc(conn, newest)?;
    }
    Ok(count)
}

fn fold_one(conn: &Connection, schema: &Schema, site: &str, e: &OutboxEntry) -> Result<()> {
    let t = schema.table(&e.table)?;
    let mut stored = load_clock(conn, t, &e.pk)?;
    if e.kind == ChangeKind::Insert && !stored.exists {
        // The common case of a bulk import: a new row, every cell at one
        // stamp. Written directly in the compact form `RowClock` decodes.
        let stamp = serde_json::json!([e.hlc.0, site]);
        let text = serde_json::json!({"b": stamp, "l": stamp}).to_string();
        conn.prepare_cached(
            "INSERT INTO sync_clock (tbl, pk, clock, tomb) VALUES (?1, ?2, ?3, NULL)",
        )?
        .execute(params![t.name, e.pk, text])?;
        return Ok(());
    }
    let change = e.to_change(site);
    let merged = merge(&mut stored.clock, &change.clock());
    match e.kind {
        ChangeKind::Delete if !merged.is_alive => stored.tomb = Some(e.cols.clone()),
        ChangeKind::Insert | ChangeKind::Undelete if merged.is_alive => stored.tomb = None,
        _ => {}
    }
    save_clock(conn, t, &e.pk, &stored)
}

/// Bring back a deleted row with its last values, as an explicit undelete:
/// the row is re-inserted (captured, so it syncs) and the captured change is
/// marked `undelete`, which revives the row on every device even if an edit
/// elsewhere is newer than the delete.
pub fn undelete(conn: &Connection, schema: &Schema, table: &str, pk: &str) -> Result<()> {
    let site = site_id(conn)?;
    fold(conn, schema, &site)?;
    let t = schema.table(table)?;
    let stored = load_clock(conn, t, pk)?;
    let tomb = match (&stored.tomb, stored.clock.is_alive()) {
        (Some(tomb), false) => tomb.clone(),
        _ => {
            return Err(SyncError::validation(format!(
                "{table} {pk} is not a deleted row of this device"
            )))
        }
    };
    crate::apply::insert_row(conn, t, pk, &tomb)?;
    let changed = conn.execute(
        "UPDATE sync_changes SET kind = 'undelete' WHERE seq = \
         (SELECT max(seq) FROM sync_changes WHERE tbl = ?1 AND pk = ?2 AND kind = 'insert')",
        params![table, pk],
    )?;
    if changed != 1 {
        return Err(SyncError::Database(format!(
            "undelete of {table} {pk} was not captured"
        )));
    }
    Ok(())
}
