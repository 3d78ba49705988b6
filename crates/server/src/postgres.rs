//! PostgreSQL storage, for teams that already run PostgreSQL or want the
//! server's data in a database they back up and replicate. Same tables and
//! same semantics as the SQLite storage (`sqlite.rs`); what differs is
//! concurrency, because several pushes of one workspace can now run at once:
//!
//! - WHY a row lock on the workspace in every push: the pull cursor is a
//!   per-workspace sequence, and a pull must never skip a row whose
//!   transaction committed late. If two pushes could take sequence numbers
//!   concurrently, the one with the smaller numbers could commit after a
//!   pull had already seen the larger ones, and that pull's cursor would
//!   jump past rows it never got. `SELECT … FOR UPDATE` on the workspace row
//!   makes pushes of a workspace take their numbers in commit order (pushes
//!   of different workspaces still run in parallel), and it also serializes
//!   the mutation-id check, so a batch retried while its first attempt is
//!   still running is applied once.
//! - WHY the batch is merged in memory: one query loads every row the batch
//!   touches and one `unnest` upsert writes them back, instead of two round
//!   trips per change; the merge itself is `ServerRow::merge`, the client's.
//! - WHY the blocking `postgres` client with an r2d2 pool: the `Storage`
//!   trait is synchronous and the HTTP layer already calls it through
//!   `spawn_blocking`, exactly like the SQLite storage.
//!
//! The schema is created and migrated by the server when it connects
//! (`MIGRATIONS`, under an advisory lock so that several servers starting
//! at once migrate once). Connections are made without TLS: reach the
//! database over loopback, a Unix socket or a private network.

use std::collections::HashMap;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{Config, NoTls};
use r2d2_postgres::PostgresConnectionManager;
use talentdesk_sync::hub::ServerRow;
use talentdesk_sync::protocol::{PullResponse, PushRequest, PushResponse};

use crate::storage::{decode_row, pull_page, Storage, StorageError, StorageResult};

type Pool = r2d2::Pool<PostgresConnectionManager<NoTls>>;

/// Schema migrations, applied in order once each (never edit a released one).
const MIGRATIONS: &[(i32, &str)] = &[(
    1,
    r#"
CREATE TABLE accounts (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE tokens (
    hash       BYTEA PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    revoked    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tokens_account_idx ON tokens(account_id);
CREATE TABLE workspaces (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    seq        BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE members (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (workspace_id, account_id)
);
CREATE INDEX members_account_idx ON members(account_id);
CREATE TABLE rows (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    tbl          TEXT NOT NULL,
    pk           TEXT NOT NULL,
    seq          BIGINT NOT NULL,
    state        TEXT NOT NULL,
    PRIMARY KEY (workspace_id, tbl, pk)
);
CREATE INDEX rows_seq_idx ON rows(workspace_id, seq);
CREATE TABLE mutations (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    mutation_id  TEXT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, mutation_id)
);
"#,
)];

/// Advisory lock key held while migrating ("talentd1").
const MIGRATION_LOCK: i64 = 0x7461_6c65_6e74_6431;

/// Connections kept per server by default.
pub const DEFAULT_POOL_SIZE: u32 = 8;

impl From<postgres::Error> for StorageError {
    fn from(e: postgres::Error) -> Self {
        Self::Backend(e.to_string())
    }
}

impl From<r2d2::Error> for StorageError {
    fn from(e: r2d2::Error) -> Self {
        Self::Backend(format!("no PostgreSQL connection: {e}"))
    }
}

/// A foreign key violation is "that account or workspace does not exist".
fn not_found(what: String) -> impl FnOnce(postgres::Error) -> StorageError {
    move |e| {
        if e.code() == Some(&SqlState::FOREIGN_KEY_VIOLATION) {
            StorageError::NotFound(what)
        } else {
            StorageError::from(e)
        }
    }
}

/// Server storage in a PostgreSQL database.
pub struct PostgresStorage {
    pool: Pool,
}

impl PostgresStorage {
    /// Connect to a `postgres://` URL (or `host=… dbname=…` string) and
    /// migrate the schema.
    pub fn open(url: &str) -> StorageResult<Self> {
        let config: Config = url
            .parse()
            .map_err(|e| StorageError::Backend(format!("bad PostgreSQL URL: {e}")))?;
        Self::connect(config, DEFAULT_POOL_SIZE)
    }

    /// Connect with `config`, keeping up to `pool_size` connections.
    pub fn connect(config: Config, pool_size: u32) -> StorageResult<Self> {
        let manager = PostgresConnectionManager::new(config, NoTls);
        let pool = r2d2::Pool::builder()
            .max_size(pool_size.max(1))
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)?;
        migrate(&mut *pool.get()?)?;
        Ok(PostgresStorage { pool })
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut postgres::Client) -> StorageResult<T>,
    ) -> StorageResult<T> {
        let mut conn = self.pool.get()?;
        f(&mut conn)
    }
}

/// The schema version this build creates.
pub fn schema_version() -> i32 {
    MIGRATIONS.last().map_or(0, |(v, _)| *v)
}

fn migrate(c: &mut postgres::Client) -> StorageResult<()> {
    let mut tx = c.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS server_migrations (
             version    INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )?;
    let current: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM server_migrations",
            &[],
        )?
        .get(0);
    if current > schema_version() {
        return Err(StorageError::Backend(format!(
            "the database's schema is version {current}, newer than this server's {}; update the server",
            schema_version()
        )));
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO server_migrations (version) VALUES ($1)",
            &[version],
        )?;
        tracing::info!(version, "PostgreSQL schema migrated");
    }
    tx.commit()?;
    Ok(())
}

impl Storage for PostgresStorage {
    fn create_account(&self, name: &str) -> StorageResult<String> {
        let id = uuid::Uuid::now_v7().to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO accounts (id, name) VALUES ($1, $2)",
                &[&id, &name],
            )?;
            Ok(id.clone())
        })
    }

    fn create_workspace(&self, name: &str, owner: &str) -> StorageResult<String> {
        let id = uuid::Uuid::now_v7().to_string();
        self.with(|c| {
            let mut tx = c.transaction()?;
            tx.execute(
                "INSERT INTO workspaces (id, name) VALUES ($1, $2)",
                &[&id, &name],
            )?;
            tx.execute(
                "INSERT INTO members (workspace_id, account_id) VALUES ($1, $2)",
                &[&id, &owner],
            )
            .map_err(not_found(format!("account {owner}")))?;
            tx.commit()?;
            Ok(id.clone())
        })
    }

    fn add_member(&self, workspace: &str, account: &str) -> StorageResult<()> {
        self.with(|c| {
            c.execute(
                "INSERT INTO members (workspace_id, account_id) VALUES ($1, $2)
                 ON CONFLICT DO NOTHING",
                &[&workspace, &account],
            )
            .map_err(not_found(format!(
                "workspace {workspace} or account {account}"
            )))?;
            Ok(())
        })
    }

    fn add_token(&self, account: &str, token_hash: &[u8]) -> StorageResult<()> {
        self.with(|c| {
            c.execute(
                "INSERT INTO tokens (hash, account_id) VALUES ($1, $2)",
                &[&token_hash, &account],
            )
            .map_err(not_found(format!("account {account}")))?;
            Ok(())
        })
    }

    fn account_for_token(&self, token_hash: &[u8]) -> StorageResult<Option<String>> {
        self.with(|c| {
            Ok(c.query_opt(
                "SELECT account_id FROM tokens WHERE hash = $1 AND NOT revoked",
                &[&token_hash],
            )?
            .map(|r| r.get(0)))
        })
    }

    fn revoke_tokens(&self, account: &str) -> StorageResult<u64> {
        self.with(|c| {
            Ok(c.execute(
                "UPDATE tokens SET revoked = TRUE WHERE account_id = $1 AND NOT revoked",
                &[&account],
            )?)
        })
    }

    fn is_member(&self, workspace: &str, account: &str) -> StorageResult<bool> {
        self.with(|c| {
            Ok(c.query_one(
                "SELECT EXISTS(SELECT 1 FROM members WHERE workspace_id = $1 AND account_id = $2)",
                &[&workspace, &account],
            )?
            .get(0))
        })
    }

    fn push(&self, req: &PushRequest) -> StorageResult<PushResponse> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let ws = req.workspace_id.as_str();
            // The workspace lock: sequence numbers in commit order (see the module doc).
            let mut seq: i64 = tx
                .query_opt("SELECT seq FROM workspaces WHERE id = $1 FOR UPDATE", &[&ws])?
                .ok_or_else(|| StorageError::NotFound(format!("workspace {ws}")))?
                .get(0);
            let done = tx.query_opt(
                "SELECT response FROM mutations WHERE workspace_id = $1 AND mutation_id = $2",
                &[&ws, &req.mutation_id],
            )?;
            if let Some(done) = done {
                let first: PushResponse = serde_json::from_str(done.get(0))?;
                return Ok(PushResponse {
                    duplicate: true,
                    applied: 0,
                    cursor: seq,
                    ..first
                });
            }
            let tables: Vec<&str> = req.changes.iter().map(|c| c.table.as_str()).collect();
            let pks: Vec<&str> = req.changes.iter().map(|c| c.pk.as_str()).collect();
            let mut states: HashMap<(String, String), ServerRow> = HashMap::new();
            for r in tx.query(
                "SELECT r.tbl, r.pk, r.state FROM rows r
                 JOIN (SELECT DISTINCT * FROM unnest($2::text[], $3::text[])) AS k(tbl, pk)
                   ON r.tbl = k.tbl AND r.pk = k.pk
                 WHERE r.workspace_id = $1",
                &[&ws, &tables, &pks],
            )? {
                states.insert((r.get(0), r.get(1)), decode_row(r.get(2))?);
            }
            // Merge in batch order; a row changed twice keeps its last sequence number.
            let mut changed: HashMap<(String, String), i64> = HashMap::new();
            let mut applied = 0;
            for change in &req.changes {
                let key = (change.table.clone(), change.pk.clone());
                if !states.entry(key.clone()).or_default().merge(change) {
                    continue;
                }
                applied += 1;
                seq += 1;
                changed.insert(key, seq);
            }
            if !changed.is_empty() {
                let n = changed.len();
                let (mut tbls, mut pks, mut seqs, mut bodies) = (
                    Vec::with_capacity(n),
                    Vec::with_capacity(n),
                    Vec::with_capacity(n),
                    Vec::with_capacity(n),
                );
                for ((tbl, pk), row_seq) in changed {
                    let row = &states[&(tbl.clone(), pk.clone())];
                    bodies.push(serde_json::to_string(&row.to_change(&tbl, &pk))?);
                    tbls.push(tbl);
                    pks.push(pk);
                    seqs.push(row_seq);
                }
                tx.execute(
                    "INSERT INTO rows (workspace_id, tbl, pk, seq, state)
                     SELECT $1, t.tbl, t.pk, t.seq, t.state
                     FROM unnest($2::text[], $3::text[], $4::int8[], $5::text[]) AS t(tbl, pk, seq, state)
                     ON CONFLICT (workspace_id, tbl, pk)
                     DO UPDATE SET seq = excluded.seq, state = excluded.state",
                    &[&ws, &tbls, &pks, &seqs, &bodies],
                )?;
            }
            tx.execute(
                "UPDATE workspaces SET seq = $2 WHERE id = $1",
                &[&ws, &seq],
            )?;
            let resp = PushResponse {
                mutation_id: req.mutation_id.clone(),
                applied,
                duplicate: false,
                cursor: seq,
            };
            tx.execute(
                "INSERT INTO mutations (workspace_id, mutation_id, response) VALUES ($1, $2, $3)",
                &[&ws, &req.mutation_id, &serde_json::to_string(&resp)?],
            )?;
            tx.commit()?;
            Ok(resp)
        })
    }

    fn pull(&self, workspace: &str, cursor: i64, limit: usize) -> StorageResult<PullResponse> {
        self.with(|c| {
            let fetched = c
                .query(
                    "SELECT seq, state FROM rows WHERE workspace_id = $1 AND seq > $2
                     ORDER BY seq LIMIT $3",
                    &[&workspace, &cursor, &((limit + 1) as i64)],
                )?
                .into_iter()
                .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)));
            pull_page(cursor, fetched, limit)
        })
    }
}
