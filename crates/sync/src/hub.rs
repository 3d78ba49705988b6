//! The server side of the protocol, independent of storage and transport.
//! WHY here: the merge a server runs must be the client's merge, and request
//! validation (schema version, stamps, shapes) must be the same whatever
//! database the server keeps; the HTTP server (`talentdesk-server`) and the
//! in-process [`MemoryHub`] used by tests both build on these functions.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use serde_json::{Map, Value};
use talentdesk_core::clock::{check_skew, system_wall_ms, WallClock};

use crate::merge::merge;
use crate::protocol::{
    ErrorBody, ErrorCode, PullRequest, PullResponse, PushRequest, PushResponse, MAX_PULL_BYTES,
    MAX_PULL_ROWS, MAX_PUSH_CHANGES,
};
use crate::row::{ChangeKind, RowChange, RowClock};

/// Schema versions this build of the protocol serves: the latest migration.
pub fn supported_schema_version() -> i64 {
    talentdesk_core::Store::latest_migration_version()
}

/// A protocol error answer.
pub fn error(code: ErrorCode, message: impl Into<String>) -> ErrorBody {
    ErrorBody {
        code,
        message: message.into(),
        retry_after_ms: None,
    }
}

/// One row as a server keeps it: merged stamps and the winning values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServerRow {
    pub clock: RowClock,
    pub values: Map<String, Value>,
}

impl ServerRow {
    /// Merge a change; true if the row's state changed.
    pub fn merge(&mut self, change: &RowChange) -> bool {
        let merged = merge(&mut self.clock, &change.clock());
        if merged.won.is_empty() {
            return merged.changed;
        }
        let values = change.values();
        for col in merged.won {
            if let Some((_, v)) = values.get(&col) {
                self.values.insert(col, v.clone());
            }
        }
        true
    }

    pub fn to_change(&self, table: &str, pk: &str) -> RowChange {
        RowChange::from_state(table, pk, &self.clock, &self.values)
    }
}

fn plain_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Check a request's schema version.
pub fn check_version(version: i64) -> Result<(), ErrorBody> {
    let supported = supported_schema_version();
    if version != supported {
        return Err(error(
            ErrorCode::Version,
            format!("schema version {version} is not served here (this server speaks {supported}); update the app or the server"),
        ));
    }
    Ok(())
}

/// Validate a push before anything is stored: version, size, shapes, stamps
/// (none more than the allowed skew ahead of `wall_ms`).
pub fn validate_push(req: &PushRequest, wall_ms: u64) -> Result<(), ErrorBody> {
    check_version(req.schema_version)?;
    let invalid = |m: String| Err(error(ErrorCode::Validation, m));
    if req.mutation_id.is_empty() || req.mutation_id.len() > 100 {
        return invalid("mutation_id must be 1 to 100 characters".into());
    }
    if req.changes.len() > MAX_PUSH_CHANGES {
        return invalid(format!(
            "a batch holds at most {MAX_PUSH_CHANGES} changes, got {}",
            req.changes.len()
        ));
    }
    for (i, c) in req.changes.iter().enumerate() {
        if !plain_identifier(&c.table) {
            return invalid(format!("changes[{i}].table: not a table name"));
        }
        if c.pk.is_empty() || c.pk.len() > 200 {
            return invalid(format!("changes[{i}].pk: 1 to 200 characters"));
        }
        let shape_ok = match c.kind {
            ChangeKind::Insert | ChangeKind::Undelete => c.live.is_some() && c.dead.is_none(),
            ChangeKind::Update => c.live.is_none() && c.dead.is_none() && !c.cells.is_empty(),
            ChangeKind::Delete => c.dead.is_some() && c.live.is_none() && c.cells.is_empty(),
            ChangeKind::State => true,
        };
        if !shape_ok {
            return invalid(format!(
                "changes[{i}]: a {} change has the wrong stamps or cells",
                c.kind.as_str()
            ));
        }
        for g in &c.cells {
            if let Some(col) = g.values.keys().find(|k| !plain_identifier(k)) {
                return invalid(format!("changes[{i}]: `{col}` is not a column name"));
            }
        }
        for s in c.stamps() {
            if s.site.is_empty() || s.site.len() > 64 {
                return invalid(format!("changes[{i}]: bad site id"));
            }
            if let Err(e) = check_skew(s.hlc, wall_ms) {
                return invalid(format!("changes[{i}]: {e}"));
            }
        }
    }
    Ok(())
}

/// Check a pull request; returns the page size to use.
pub fn validate_pull(req: &PullRequest) -> Result<usize, ErrorBody> {
    check_version(req.schema_version)?;
    if req.cursor < 0 {
        return Err(error(ErrorCode::Validation, "cursor must be >= 0"));
    }
    Ok(req.limit.unwrap_or(MAX_PULL_ROWS).clamp(1, MAX_PULL_ROWS))
}

/// About how many bytes of JSON `change` takes (for page bounds; cheaper
/// than serializing it).
pub fn approx_json_len(change: &RowChange) -> usize {
    let values: usize = change
        .cells
        .iter()
        .flat_map(|g| g.values.iter())
        .map(|(k, v)| {
            k.len()
                + 4
                + match v {
                    Value::String(s) => s.len() + 2,
                    Value::Null | Value::Bool(_) | Value::Number(_) => 8,
                    other => other.to_string().len(),
                }
        })
        .sum();
    64 + change.table.len() + change.pk.len() + 60 * (change.cells.len() + 2) + values
}

/// Close a page at `limit` rows or about [`MAX_PULL_BYTES`] of JSON.
pub fn page_full(rows: usize, bytes: usize, limit: usize) -> bool {
    rows >= limit || bytes >= MAX_PULL_BYTES
}

#[derive(Default)]
struct Workspace {
    rows: BTreeMap<(String, String), (i64, ServerRow)>,
    by_seq: BTreeMap<i64, (String, String)>,
    seq: i64,
    mutations: HashMap<String, PushResponse>,
}

/// An in-process server holding everything in memory (tests, demos).
pub struct MemoryHub {
    workspaces: Mutex<HashMap<String, Workspace>>,
    wall: WallClock,
}

impl Default for MemoryHub {
    fn default() -> Self {
        Self::with_wall(std::sync::Arc::new(system_wall_ms))
    }
}

impl MemoryHub {
    pub fn new() -> Self {
        Self::default()
    }

    /// A hub whose skew check uses another wall clock (simulated time).
    pub fn with_wall(wall: WallClock) -> Self {
        MemoryHub {
            workspaces: Mutex::new(HashMap::new()),
            wall,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Workspace>> {
        self.workspaces.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn push(&self, req: &PushRequest) -> Result<PushResponse, ErrorBody> {
        validate_push(req, (self.wall)())?;
        let mut all = self.lock();
        let ws = all.entry(req.workspace_id.clone()).or_default();
        if let Some(done) = ws.mutations.get(&req.mutation_id) {
            return Ok(PushResponse {
                duplicate: true,
                applied: 0,
                cursor: ws.seq,
                ..done.clone()
            });
        }
        let mut applied = 0;
        for c in &req.changes {
            let key = (c.table.clone(), c.pk.clone());
            let (old_seq, row) = ws.rows.remove(&key).unwrap_or_default();
            let mut row = row;
            let seq = if row.merge(c) {
                applied += 1;
                ws.seq += 1;
                ws.by_seq.remove(&old_seq);
                ws.by_seq.insert(ws.seq, key.clone());
                ws.seq
            } else {
                old_seq
            };
            ws.rows.insert(key, (seq, row));
        }
        let resp = PushResponse {
            mutation_id: req.mutation_id.clone(),
            applied,
            duplicate: false,
            cursor: ws.seq,
        };
        ws.mutations.insert(req.mutation_id.clone(), resp.clone());
        Ok(resp)
    }

    pub fn pull(&self, req: &PullRequest) -> Result<PullResponse, ErrorBody> {
        let limit = validate_pull(req)?;
        let mut all = self.lock();
        let ws = all.entry(req.workspace_id.clone()).or_default();
        let mut rows = Vec::new();
        let mut bytes = 0;
        let mut next = req.cursor;
        let mut has_more = false;
        for (seq, key) in ws.by_seq.range(req.cursor + 1..) {
            if page_full(rows.len(), bytes, limit) {
                has_more = true;
                break;
            }
            if let Some((_, row)) = ws.rows.get(key) {
                let change = row.to_change(&key.0, &key.1);
                bytes += approx_json_len(&change);
                rows.push(change);
            }
            next = *seq;
        }
        Ok(PullResponse {
            since: req.cursor,
            next_cursor: next,
            has_more,
            rows,
        })
    }

    /// Every live row of a workspace: `(table, pk) → values` (tests compare
    /// this with the devices' tables).
    pub fn live_rows(&self, workspace: &str) -> BTreeMap<(String, String), Map<String, Value>> {
        let all = self.lock();
        all.get(workspace)
            .map(|ws| {
                ws.rows
                    .iter()
                    .filter(|(_, (_, r))| r.clock.is_alive())
                    .map(|(k, (_, r))| (k.clone(), r.values.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}
