//! The client side: push the outbox, pull from the server's cursor, apply.
//! WHY every step is its own transaction, with its bookkeeping inside it:
//! the process may die anywhere (the app is closed, the laptop sleeps), and
//! the next run must neither lose nor duplicate anything:
//! - push: the batch and its mutation id are saved before sending; they are
//!   re-sent unchanged until the server acknowledges them, and the ack
//!   removes them from the outbox in one transaction;
//! - pull: each page is stored in the inbox together with the new cursor; a
//!   repeated or stale page merges to the same result; the inbox is applied
//!   in one transaction once the pull reaches the server's head, so rows that
//!   arrive before their parents (in another page) wait for them.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use talentdesk_core::Store;

use crate::apply::{apply_rows, ApplyReport};
use crate::capture::{fold, outbox, outbox_len, site_id};
use crate::error::{Result, SyncError};
use crate::hub::ServerRow;
use crate::protocol::{PullRequest, PullResponse, PushRequest, PushResponse, MAX_PUSH_CHANGES};
use crate::row::RowChange;
use crate::schema::Schema;

/// How requests reach a server (HTTP, or in-process in tests).
pub trait Transport {
    fn push(&self, req: &PushRequest) -> Result<PushResponse>;
    fn pull(&self, req: &PullRequest) -> Result<PullResponse>;
}

/// Run `f` in a write transaction of `store`, keeping `f`'s typed error.
pub fn write<T>(store: &Store, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    let mut inner: Option<SyncError> = None;
    let out = store.write(|tx| {
        f(tx).map_err(|e| {
            let core = talentdesk_core::Error::database(e.to_string());
            inner = Some(e);
            core
        })
    });
    match out {
        Ok(v) => Ok(v),
        Err(e) => Err(inner.take().unwrap_or_else(|| SyncError::from(e))),
    }
}

/// Run `f` with a read connection of `store`, keeping `f`'s typed error.
pub fn read<T>(store: &Store, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    let mut inner: Option<SyncError> = None;
    let out = store.read(|c| {
        f(c).map_err(|e| {
            let core = talentdesk_core::Error::database(e.to_string());
            inner = Some(e);
            core
        })
    });
    match out {
        Ok(v) => Ok(v),
        Err(e) => Err(inner.take().unwrap_or_else(|| SyncError::from(e))),
    }
}

/// What one [`SyncClient::sync`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub pushed: u64,
    pub pulled: u64,
    pub applied: ApplyReport,
}

/// Where a running sync is, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncStep {
    /// `sent` of about `total` local changes pushed.
    Pushing { sent: u64, total: u64 },
    /// `rows` row states pulled so far (the total is not known in advance).
    Pulling { rows: u64 },
    /// Writing the pulled rows into the database.
    Applying { rows: u64 },
}

/// Status for a person: what is pending and how the last sync went.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncStatus {
    pub pending_changes: u64,
    /// Local values that lost to newer remote ones, not yet reviewed.
    pub open_conflicts: u64,
    pub pull_cursor: i64,
    pub last_synced_at: Option<String>,
    pub last_error: Option<String>,
}

/// Syncs one store with one workspace on one server.
pub struct SyncClient {
    store: Store,
    /// Key of this server + workspace in `sync_state`.
    remote: String,
    workspace_id: String,
    schema: Schema,
    site: String,
    batch_size: usize,
    page_limit: Option<usize>,
}

impl SyncClient {
    pub fn new(store: Store, server: &str, workspace_id: &str) -> Result<Self> {
        let (schema, site) = read(&store, |c| Ok((Schema::load(c)?, site_id(c)?)))?;
        let remote = format!("{server}#{workspace_id}");
        write(&store, |c| {
            c.execute(
                "INSERT OR IGNORE INTO sync_state (remote) VALUES (?1)",
                [&remote],
            )?;
            Ok(())
        })?;
        Ok(SyncClient {
            store,
            remote,
            workspace_id: workspace_id.to_string(),
            schema,
            site,
            batch_size: MAX_PUSH_CHANGES,
            page_limit: None,
        })
    }

    /// Smaller push batches (tests).
    pub fn with_batch_size(mut self, n: usize) -> Self {
        self.batch_size = n.clamp(1, MAX_PUSH_CHANGES);
        self
    }

    /// Ask for smaller pull pages (tests).
    pub fn with_page_limit(mut self, rows: usize) -> Self {
        self.page_limit = Some(rows.max(1));
        self
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn site_id(&self) -> &str {
        &self.site
    }

    fn schema_version(&self) -> i64 {
        talentdesk_core::Store::latest_migration_version()
    }

    /// Push, then pull and apply; records the outcome for [`Self::status`].
    pub fn sync(&self, t: &dyn Transport) -> Result<SyncReport> {
        self.sync_with(t, &mut |_| true)
    }

    /// [`Self::sync`], telling `step` how far it got; when `step` returns
    /// false the sync stops between two batches or pages with
    /// [`SyncError::Cancelled`]. Stopping there is as safe as a crash (see the
    /// module docs): what was acknowledged or stored stays, the rest is done
    /// by the next sync. A cancelled sync does not count as a failure.
    pub fn sync_with(
        &self,
        t: &dyn Transport,
        step: &mut dyn FnMut(SyncStep) -> bool,
    ) -> Result<SyncReport> {
        let outcome = self.run_steps(t, step);
        let (when, err) = match &outcome {
            Ok(_) => (Some(talentdesk_core::now_utc()), None),
            Err(SyncError::Cancelled) => return outcome,
            Err(e) => (None, Some(e.to_string())),
        };
        write(&self.store, |c| {
            c.execute(
                "UPDATE sync_state SET last_synced_at = coalesce(?2, last_synced_at), last_error = ?3,
                        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                 WHERE remote = ?1",
                params![self.remote, when, err],
            )?;
            Ok(())
        })?;
        outcome
    }

    fn run_steps(
        &self,
        t: &dyn Transport,
        step: &mut dyn FnMut(SyncStep) -> bool,
    ) -> Result<SyncReport> {
        let mut go = |s: SyncStep| {
            if step(s) {
                Ok(())
            } else {
                Err(SyncError::Cancelled)
            }
        };
        let total = read(&self.store, outbox_len)?;
        let mut pushed = 0;
        go(SyncStep::Pushing { sent: 0, total })?;
        while let Some(batch) = self.next_batch()? {
            let resp = t.push(&batch)?;
            self.ack(&resp.mutation_id)?;
            pushed += batch.changes.len() as u64;
            go(SyncStep::Pushing {
                sent: pushed,
                total: total.max(pushed),
            })?;
        }
        let mut pulled = 0;
        go(SyncStep::Pulling { rows: 0 })?;
        for _ in 0..100_000 {
            let cursor = self.pull_cursor()?;
            let page = t.pull(&PullRequest {
                schema_version: self.schema_version(),
                workspace_id: self.workspace_id.clone(),
                cursor,
                limit: self.page_limit,
            })?;
            pulled += page.rows.len() as u64;
            if self.accept_page(&page)? {
                break;
            }
            go(SyncStep::Pulling { rows: pulled })?;
        }
        go(SyncStep::Applying { rows: pulled })?;
        let applied = self.apply_inbox()?;
        Ok(SyncReport {
            pushed,
            pulled,
            applied,
        })
    }

    pub fn status(&self) -> Result<SyncStatus> {
        read(&self.store, |c| {
            let pending = outbox_len(c)?;
            let (cursor, at, err) = c.query_row(
                "SELECT pull_cursor, last_synced_at, last_error FROM sync_state WHERE remote = ?1",
                [&self.remote],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let conflicts: i64 = c.query_row(
                "SELECT count(*) FROM sync_conflicts WHERE resolved = 0",
                [],
                |r| r.get(0),
            )?;
            Ok(SyncStatus {
                pending_changes: pending,
                open_conflicts: conflicts.max(0) as u64,
                pull_cursor: cursor,
                last_synced_at: at,
                last_error: err,
            })
        })
    }

    /// The batch in flight, or a new one taken from the outbox (saved first,
    /// so a retry after a crash re-sends the same mutation id).
    pub fn next_batch(&self) -> Result<Option<PushRequest>> {
        // Most syncs have nothing to push: find out without a write lock.
        let idle = read(&self.store, |c| {
            let pending: bool = c.query_row(
                "SELECT pending_mutation IS NOT NULL FROM sync_state WHERE remote = ?1",
                [&self.remote],
                |r| r.get(0),
            )?;
            Ok(!pending && outbox_len(c)? == 0)
        })?;
        if idle {
            return Ok(None);
        }
        write(&self.store, |c| {
            let pending: Option<(Option<String>, Option<i64>)> = c
                .query_row(
                    "SELECT pending_mutation, pending_upto FROM sync_state WHERE remote = ?1",
                    [&self.remote],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (mutation, entries) = match pending {
                Some((Some(m), Some(upto))) => (m, outbox(c, &self.schema, 0, upto, usize::MAX)?),
                _ => {
                    let entries = outbox(c, &self.schema, 0, i64::MAX, self.batch_size)?;
                    let Some(last) = entries.last() else {
                        return Ok(None);
                    };
                    let m = uuid::Uuid::new_v4().to_string();
                    c.execute(
                        "UPDATE sync_state SET pending_mutation = ?2, pending_upto = ?3 WHERE remote = ?1",
                        params![self.remote, m, last.seq],
                    )?;
                    (m, entries)
                }
            };
            if entries.is_empty() {
                self.clear_pending(c)?;
                return Ok(None);
            }
            Ok(Some(PushRequest {
                schema_version: self.schema_version(),
                workspace_id: self.workspace_id.clone(),
                site_id: self.site.clone(),
                mutation_id: mutation,
                changes: entries.iter().map(|e| e.to_change(&self.site)).collect(),
            }))
        })
    }

    fn clear_pending(&self, c: &Connection) -> Result<()> {
        c.execute(
            "UPDATE sync_state SET pending_mutation = NULL, pending_upto = NULL WHERE remote = ?1",
            [&self.remote],
        )?;
        Ok(())
    }

    /// The server acknowledged `mutation_id`: its changes leave the outbox
    /// (their stamps are folded into the row clocks first).
    pub fn ack(&self, mutation_id: &str) -> Result<()> {
        write(&self.store, |c| {
            let (m, upto): (Option<String>, Option<i64>) = c.query_row(
                "SELECT pending_mutation, pending_upto FROM sync_state WHERE remote = ?1",
                [&self.remote],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let (Some(m), Some(upto)) = (m, upto) else {
                return Ok(());
            };
            if m != mutation_id {
                return Ok(()); // a stale answer to an earlier batch
            }
            fold(c, &self.schema, &self.site)?;
            c.execute("DELETE FROM sync_changes WHERE seq <= ?1", [upto])?;
            // Sequence numbers restart at 1 once the outbox is empty (rowid
            // without AUTOINCREMENT, which would cost a write per capture):
            // everything has been folded, so the watermark restarts too.
            if outbox_len(c)? == 0 {
                c.execute("UPDATE sync_site SET folded_seq = 0 WHERE id = 1", [])?;
            }
            self.clear_pending(c)
        })
    }

    pub fn pull_cursor(&self) -> Result<i64> {
        read(&self.store, |c| {
            Ok(c.query_row(
                "SELECT pull_cursor FROM sync_state WHERE remote = ?1",
                [&self.remote],
                |r| r.get(0),
            )?)
        })
    }

    /// Store a page in the inbox and move the cursor, in one transaction.
    /// A page that starts after the cursor (a gap) is ignored; a repeated or
    /// stale one merges harmlessly. Returns true when the page reached the
    /// head (nothing more to pull).
    pub fn accept_page(&self, page: &PullResponse) -> Result<bool> {
        if page.rows.is_empty() && !page.has_more && page.since == page.next_cursor {
            // Nothing new: at the head if the page answers our cursor.
            return Ok(page.since == self.pull_cursor()?);
        }
        write(&self.store, |c| {
            let cursor: i64 = c.query_row(
                "SELECT pull_cursor FROM sync_state WHERE remote = ?1",
                [&self.remote],
                |r| r.get(0),
            )?;
            if page.since > cursor {
                return Ok(false);
            }
            for row in &page.rows {
                stash(c, row)?;
            }
            if page.next_cursor > cursor {
                c.execute(
                    "UPDATE sync_state SET pull_cursor = ?2 WHERE remote = ?1",
                    params![self.remote, page.next_cursor],
                )?;
            }
            Ok(!page.has_more && page.next_cursor >= cursor)
        })
    }

    /// Apply everything in the inbox (one transaction) and empty it.
    pub fn apply_inbox(&self) -> Result<ApplyReport> {
        let clock = std::sync::Arc::clone(self.store.clock());
        let empty = read(&self.store, |c| {
            Ok(
                c.query_row("SELECT NOT EXISTS(SELECT 1 FROM sync_inbox)", [], |r| {
                    r.get(0)
                })?,
            )
        })?;
        if empty {
            return Ok(ApplyReport::default());
        }
        write(&self.store, |c| {
            let rows: Vec<String> = c
                .prepare("SELECT state FROM sync_inbox")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if rows.is_empty() {
                return Ok(ApplyReport::default());
            }
            let rows: Vec<RowChange> = rows
                .iter()
                .map(|s| serde_json::from_str(s))
                .collect::<std::result::Result<_, _>>()?;
            let report = apply_rows(c, &self.schema, &clock, &rows)?;
            c.execute("DELETE FROM sync_inbox", [])?;
            Ok(report)
        })
    }
}

/// Merge a pulled row state into the inbox. The common case, a row not in
/// the inbox yet, costs one statement.
fn stash(c: &Connection, row: &RowChange) -> Result<()> {
    let added = c
        .prepare_cached(
            "INSERT INTO sync_inbox (tbl, pk, state) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        )?
        .execute(params![row.table, row.pk, serde_json::to_string(row)?])?;
    if added == 1 {
        return Ok(());
    }
    let existing: Option<String> = c
        .prepare_cached("SELECT state FROM sync_inbox WHERE tbl = ?1 AND pk = ?2")?
        .query_row(params![row.table, row.pk], |r| r.get(0))
        .optional()?;
    let merged = match existing {
        None => row.clone(),
        Some(text) => {
            let prev: RowChange = serde_json::from_str(&text)?;
            let mut state = ServerRow {
                clock: prev.clock(),
                values: prev
                    .values()
                    .into_iter()
                    .map(|(k, (_, v))| (k, v))
                    .collect::<serde_json::Map<String, Value>>(),
            };
            state.merge(row);
            state.to_change(&row.table, &row.pk)
        }
    };
    c.prepare_cached(
        "INSERT INTO sync_inbox (tbl, pk, state) VALUES (?1, ?2, ?3)
         ON CONFLICT (tbl, pk) DO UPDATE SET state = excluded.state",
    )?
    .execute(params![row.table, row.pk, serde_json::to_string(&merged)?])?;
    Ok(())
}
