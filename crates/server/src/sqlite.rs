//! The embedded SQLite storage (the default). WHY one connection behind a
//! mutex: SQLite has one writer anyway, a push is one short transaction, and
//! a single connection keeps the sequence numbering of a workspace trivially
//! serial. Rows are stored as their merged state (`RowChange` JSON, cells
//! grouped by stamp), indexed by a per-workspace sequence for pulls.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use talentdesk_sync::hub::ServerRow;
use talentdesk_sync::protocol::{PullResponse, PushRequest, PushResponse};

use crate::storage::{decode_row, pull_page, Storage, StorageError, StorageResult};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS accounts (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE IF NOT EXISTS tokens (
    hash       BLOB PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    revoked    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX IF NOT EXISTS tokens_account_idx ON tokens(account_id);
CREATE TABLE IF NOT EXISTS workspaces (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    seq        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE IF NOT EXISTS members (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (workspace_id, account_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS members_account_idx ON members(account_id);
CREATE TABLE IF NOT EXISTS rows (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    tbl          TEXT NOT NULL,
    pk           TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    state        TEXT NOT NULL,
    PRIMARY KEY (workspace_id, tbl, pk)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rows_seq_idx ON rows(workspace_id, seq);
CREATE TABLE IF NOT EXISTS mutations (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    mutation_id  TEXT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (workspace_id, mutation_id)
) WITHOUT ROWID;
"#;

/// Server storage in one SQLite file (or in memory).
pub struct SqliteStorage {
    conn: Mutex<Connection>,
}

impl SqliteStorage {
    pub fn open(path: impl AsRef<Path>) -> StorageResult<Self> {
        let conn = Connection::open(path)?;
        Self::init(conn)
    }

    pub fn open_in_memory() -> StorageResult<Self> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> StorageResult<Self> {
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
        )?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch(SCHEMA)?;
        Ok(SqliteStorage {
            conn: Mutex::new(conn),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> StorageResult<T>) -> StorageResult<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut conn)
    }
}

fn load_row(
    tx: &Connection,
    ws: &str,
    tbl: &str,
    pk: &str,
) -> StorageResult<Option<(i64, ServerRow)>> {
    let found: Option<(i64, String)> = tx
        .prepare_cached(
            "SELECT seq, state FROM rows WHERE workspace_id = ?1 AND tbl = ?2 AND pk = ?3",
        )?
        .query_row(params![ws, tbl, pk], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    found
        .map(|(seq, state)| Ok((seq, decode_row(&state)?)))
        .transpose()
}

impl Storage for SqliteStorage {
    fn create_account(&self, name: &str) -> StorageResult<String> {
        let id = uuid::Uuid::now_v7().to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO accounts (id, name) VALUES (?1, ?2)",
                params![id, name],
            )?;
            Ok(id.clone())
        })
    }

    fn create_workspace(&self, name: &str, owner: &str) -> StorageResult<String> {
        let id = uuid::Uuid::now_v7().to_string();
        self.with(|c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO workspaces (id, name) VALUES (?1, ?2)",
                params![id, name],
            )?;
            tx.execute(
                "INSERT INTO members (workspace_id, account_id) VALUES (?1, ?2)",
                params![id, owner],
            )
            .map_err(|e| StorageError::NotFound(format!("account {owner}: {e}")))?;
            tx.commit()?;
            Ok(id.clone())
        })
    }

    fn add_member(&self, workspace: &str, account: &str) -> StorageResult<()> {
        self.with(|c| {
            c.execute(
                "INSERT OR IGNORE INTO members (workspace_id, account_id) VALUES (?1, ?2)",
                params![workspace, account],
            )
            .map_err(|e| StorageError::NotFound(format!("workspace or account: {e}")))?;
            Ok(())
        })
    }

    fn add_token(&self, account: &str, token_hash: &[u8]) -> StorageResult<()> {
        self.with(|c| {
            c.execute(
                "INSERT INTO tokens (hash, account_id) VALUES (?1, ?2)",
                params![token_hash, account],
            )
            .map_err(|e| StorageError::NotFound(format!("account {account}: {e}")))?;
            Ok(())
        })
    }

    fn account_for_token(&self, token_hash: &[u8]) -> StorageResult<Option<String>> {
        self.with(|c| {
            Ok(
                c.prepare_cached("SELECT account_id FROM tokens WHERE hash = ?1 AND revoked = 0")?
                    .query_row([token_hash], |r| r.get(0))
                    .optional()?,
            )
        })
    }

    fn revoke_tokens(&self, account: &str) -> StorageResult<u64> {
        self.with(|c| {
            Ok(c.execute(
                "UPDATE tokens SET revoked = 1 WHERE account_id = ?1 AND revoked = 0",
                [account],
            )? as u64)
        })
    }

    fn is_member(&self, workspace: &str, account: &str) -> StorageResult<bool> {
        self.with(|c| {
            Ok(c.prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM members WHERE workspace_id = ?1 AND account_id = ?2)",
            )?
            .query_row(params![workspace, account], |r| r.get(0))?)
        })
    }

    fn push(&self, req: &PushRequest) -> StorageResult<PushResponse> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let ws = req.workspace_id.as_str();
            let mut seq: i64 = tx
                .query_row("SELECT seq FROM workspaces WHERE id = ?1", [ws], |r| r.get(0))
                .optional()?
                .ok_or_else(|| StorageError::NotFound(format!("workspace {ws}")))?;
            let done: Option<String> = tx
                .prepare_cached(
                    "SELECT response FROM mutations WHERE workspace_id = ?1 AND mutation_id = ?2",
                )?
                .query_row(params![ws, req.mutation_id], |r| r.get(0))
                .optional()?;
            if let Some(done) = done {
                let first: PushResponse = serde_json::from_str(&done)?;
                return Ok(PushResponse {
                    duplicate: true,
                    applied: 0,
                    cursor: seq,
                    ..first
                });
            }
            let mut applied = 0;
            for change in &req.changes {
                let (_, mut row) = load_row(&tx, ws, &change.table, &change.pk)?.unwrap_or_default();
                if !row.merge(change) {
                    continue;
                }
                applied += 1;
                seq += 1;
                let state = serde_json::to_string(&row.to_change(&change.table, &change.pk))?;
                tx.prepare_cached(
                    "INSERT INTO rows (workspace_id, tbl, pk, seq, state) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (workspace_id, tbl, pk) DO UPDATE SET seq = excluded.seq, state = excluded.state",
                )?
                .execute(params![ws, change.table, change.pk, seq, state])?;
            }
            tx.execute("UPDATE workspaces SET seq = ?2 WHERE id = ?1", params![ws, seq])?;
            let resp = PushResponse {
                mutation_id: req.mutation_id.clone(),
                applied,
                duplicate: false,
                cursor: seq,
            };
            tx.execute(
                "INSERT INTO mutations (workspace_id, mutation_id, response) VALUES (?1, ?2, ?3)",
                params![ws, req.mutation_id, serde_json::to_string(&resp)?],
            )?;
            tx.commit()?;
            Ok(resp)
        })
    }

    fn pull(&self, workspace: &str, cursor: i64, limit: usize) -> StorageResult<PullResponse> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT seq, state FROM rows WHERE workspace_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
            )?;
            let fetched = stmt
                .query_map(params![workspace, cursor, (limit + 1) as i64], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            pull_page(cursor, fetched, limit)
        })
    }
}
