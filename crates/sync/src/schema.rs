//! Which tables sync, and their shape, read from the live database. WHY:
//! migrations are the one source of truth for the schema, so nothing here
//! lists columns by hand: the capture triggers, the merge and the apply code
//! all work from `sqlite_master` and `pragma_table_info`, and a table added by
//! a later migration syncs as soon as its triggers exist (a test checks that
//! every synced table has them).

use std::collections::BTreeMap;

use rusqlite::Connection;

use crate::error::{Result, SyncError};

/// Device-local tables: they describe this install and never leave it
/// (docs/schema.md §6). Everything else syncs, except bookkeeping.
pub const LOCAL_TABLES: &[&str] = &[
    "auth_sessions",
    "system_logs",
    "background_tasks",
    "environment_variables",
    "system_health_metrics",
    "refinery_schema_history",
    // Derived from `candidates` by triggers on every device (migration V11).
    "candidate_dup_keys",
];

/// Prefix of the sync machinery's own tables.
pub const SYNC_PREFIX: &str = "sync_";

/// True for a table whose rows sync between devices.
///
/// Full-text indexes (`*_fts` virtual tables and their `*_fts_*` shadow
/// tables) are derived data: each device keeps its own, maintained by plain
/// triggers on the base table, which also fire when remote changes apply.
pub fn is_synced(table: &str) -> bool {
    !LOCAL_TABLES.contains(&table)
        && !table.starts_with(SYNC_PREFIX)
        && !table.starts_with("sqlite_")
        && !table.ends_with("_fts")
        && !table.contains("_fts_")
}

/// One column of a synced table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    /// Declared `BLOB`: captured as `{"$blob": "<hex>"}` because JSON has no bytes.
    pub blob: bool,
    pub not_null: bool,
}

/// What a child row does when its parent is gone (`ON DELETE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    Cascade,
    SetNull,
    /// Anything else (`NO ACTION`, `RESTRICT`, `SET DEFAULT`): treated as a
    /// cascade when a merged child is left without its parent.
    Other,
}

/// A single-column foreign key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub column: String,
    pub parent: String,
    pub parent_column: String,
    pub on_delete: OnDelete,
}

/// A synced table: single-column text primary key plus other columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub pk: String,
    /// Every column, primary key included, in declaration order.
    pub columns: Vec<Column>,
    pub fks: Vec<ForeignKey>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// Every synced table, by name.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub tables: BTreeMap<String, Table>,
}

impl Schema {
    /// Read the synced tables of the database behind `conn`.
    pub fn load(conn: &Connection) -> Result<Schema> {
        let names: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 ORDER BY rowid",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut tables = BTreeMap::new();
        for name in names.into_iter().filter(|n| is_synced(n)) {
            let table = load_table(conn, &name)?;
            tables.insert(name, table);
        }
        Ok(Schema { tables })
    }

    pub fn table(&self, name: &str) -> Result<&Table> {
        self.tables
            .get(name)
            .ok_or_else(|| SyncError::validation(format!("`{name}` is not a synced table")))
    }
}

/// Identifiers are spliced into generated SQL (quoted); keep them plain.
fn check_identifier(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(SyncError::Schema(format!(
            "identifier `{name}` is not plain snake_case; capture cannot quote it safely"
        )))
    }
}

fn load_table(conn: &Connection, name: &str) -> Result<Table> {
    check_identifier(name)?;
    let mut pk = Vec::new();
    let mut columns = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT name, upper(type), \"notnull\", pk FROM pragma_table_info(?1) ORDER BY cid",
    )?;
    let rows = stmt.query_map([name], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    for row in rows {
        let (col, ty, not_null, pk_pos) = row?;
        check_identifier(&col)?;
        if pk_pos > 0 {
            pk.push(col.clone());
        }
        columns.push(Column {
            name: col,
            blob: ty == "BLOB",
            not_null: not_null != 0,
        });
    }
    let pk = match pk.as_slice() {
        [one] => one.clone(),
        _ => {
            return Err(SyncError::Schema(format!(
                "synced table `{name}` needs a single-column primary key"
            )))
        }
    };
    let mut fks = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT \"table\", \"from\", \"to\", on_delete, id FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
    )?;
    let rows = stmt.query_map([name], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (parent, column, to, on_delete) = row?;
        let on_delete = match on_delete.to_ascii_uppercase().as_str() {
            "CASCADE" => OnDelete::Cascade,
            "SET NULL" => OnDelete::SetNull,
            _ => OnDelete::Other,
        };
        fks.push(ForeignKey {
            column,
            parent_column: to.unwrap_or_else(|| "id".to_string()),
            parent,
            on_delete,
        });
    }
    Ok(Table {
        name: name.to_string(),
        pk,
        columns,
        fks,
    })
}
