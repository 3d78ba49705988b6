//! The row factory. WHY: one generic loop fills every table the same way —
//! pick parent rows for foreign keys, place the row in time after its
//! parents, generate each column from its plan, repair cross-column CHECKs
//! (ordered pairs, exactly-one-of, at-least-one-of, implications), apply the
//! few table-specific rules, then insert through one cached prepared
//! statement with bound parameters. Keeping the loop generic is what lets
//! new migrations get demo rows without code changes.

use std::cmp::Ordering as CmpOrdering;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::cancelled;
use super::clock::{self, IdClock, DAY};
use super::plan::Deferred;
use super::row::{Row, RowCtx};
use super::rules::{self, Extras, Pool};
use super::schema::Table;
use super::values::{self, Anchor, ColPlan, Gen};
use crate::error::Result;

/// How often (rows, a power of two) the cancel flag is polled.
pub const CANCEL_EVERY: u64 = 256;

/// Name-based `lo <= hi` pairs kept for realism (not required by CHECKs).
const SOFT_ORDER: &[(&str, &str)] = &[
    ("unique_viewers", "views"),
    ("hires_count", "applications_count"),
    ("login_streak", "max_login_streak"),
    ("quiz_streak", "max_quiz_streak"),
    ("processed_rows", "total_rows"),
    ("failed_rows", "processed_rows"),
    ("tests_passed", "tests_total"),
    ("correct_answers", "total_questions"),
    ("started_at", "completed_at"),
    ("started_at", "ended_at"),
    ("started_at", "finished_at"),
    ("issued_on", "expires_on"),
    ("sent_at", "opened_at"),
    ("opened_at", "clicked_at"),
];

/// Everything needed to build rows of one table.
pub struct TablePlan {
    pub t: usize,
    pub name: String,
    pub cols: Vec<ColPlan>,
    /// Parent table of each FK column that can be filled now.
    pub fk_parent: Vec<Option<usize>>,
    pub fk_pool: Vec<Pool>,
    ordered: Vec<(usize, usize)>,
    exactly_one: Vec<(usize, usize)>,
    at_least_one: Vec<(usize, usize)>,
    implies: Vec<(usize, usize)>,
    /// (flag column, timestamp column): timestamp set iff flag is 1.
    flag_times: Vec<(usize, usize)>,
    /// (status column, completed_at): completed_at set iff the status is done.
    status_done: Option<(usize, usize)>,
    /// Columns of early events `updated_at` must not precede.
    events: Vec<usize>,
    updated: Option<usize>,
    /// Primary key column when it is not a generated `id` (e.g. `key`).
    natural_key: Option<usize>,
    /// The INSERT with one bound parameter per column.
    pub sql: String,
}

impl TablePlan {
    /// Column position by name.
    pub fn idx(&self, name: &str) -> Option<usize> {
        self.cols.iter().position(|c| c.name == name)
    }
}

/// Generator state for one run.
pub struct Engine<'c> {
    pub rng: ChaCha8Rng,
    clock: IdClock,
    pub tables: &'c [Table],
    /// Generated primary keys per table.
    pub ids: Vec<Vec<String>>,
    /// Creation time (ms) per generated row, per table.
    pub created: Vec<Vec<i64>>,
    pub x: Extras,
    used_keys: HashSet<String>,
}

pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

impl<'c> Engine<'c> {
    /// `used_keys`: natural keys already in the database (see [`existing_keys`]).
    pub fn new(tables: &'c [Table], rng: ChaCha8Rng, used_keys: HashSet<String>) -> Self {
        Self {
            rng,
            clock: IdClock::default(),
            tables,
            ids: vec![Vec::new(); tables.len()],
            created: vec![Vec::new(); tables.len()],
            x: Extras::default(),
            used_keys,
        }
    }

    /// Index of a table by name.
    pub fn table_index(&self, name: &str) -> Option<usize> {
        self.tables.iter().position(|t| t.name == name)
    }

    /// Plan the columns and SQL of table `t`.
    pub fn plan_table(&self, t: usize, deferred: &[Deferred]) -> TablePlan {
        let table = &self.tables[t];
        let mut cols = values::plan(table);
        let mut fk_parent = vec![None; cols.len()];
        let mut fk_pool = vec![Pool::Any; cols.len()];
        for (c, col) in cols.iter_mut().enumerate() {
            if !matches!(col.gen, Gen::Fk) {
                continue;
            }
            let fk = table.fk(&col.name);
            let parent = fk.and_then(|fk| self.table_index(&fk.parent));
            let targets_pk = fk.is_some_and(|fk| {
                parent.is_some_and(|p| {
                    let pk = self.tables[p].pk().map(|c| c.name.as_str());
                    fk.parent_column.as_deref().is_none_or(|pc| Some(pc) == pk)
                })
            });
            let is_deferred = deferred
                .iter()
                .any(|d| d.table == t && d.column == col.name);
            match parent {
                Some(p) if targets_pk && !is_deferred => {
                    fk_parent[c] = Some(p);
                    if self.tables[p].name == "users" {
                        fk_pool[c] = rules::user_pool(&table.name, &col.name);
                    }
                }
                // No usable parent: NULL (nullable keys only; NOT NULL fails loudly on insert).
                _ => col.gen = Gen::Null,
            }
        }
        let idx = |n: &str| cols.iter().position(|c| c.name == n);
        let pairs = |v: &[(String, String)]| -> Vec<(usize, usize)> {
            v.iter()
                .filter_map(|(a, b)| Some((idx(a)?, idx(b)?)))
                .collect()
        };
        let mut ordered = pairs(&table.checks.ordered);
        for (a, b) in SOFT_ORDER {
            if let (Some(a), Some(b)) = (idx(a), idx(b)) {
                if !ordered.contains(&(a, b)) {
                    ordered.push((a, b));
                }
            }
        }
        let mut flag_times = Vec::new();
        for (c, col) in cols.iter().enumerate() {
            if let Gen::Bool(_) = col.gen {
                let stem = col.name.strip_prefix("is_").unwrap_or(&col.name);
                if let Some(tc) = idx(&format!("{stem}_at")) {
                    flag_times.push((c, tc));
                }
            }
        }
        let status_done = match (idx("status"), idx("completed_at")) {
            (Some(st), Some(ct)) if matches!(&cols[st].gen, Gen::Enum(v, _) if v.iter().any(|x| matches!(x, Value::Text(t) if t == "completed"))) => {
                Some((st, ct))
            }
            _ => None,
        };
        let events = cols
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.gen, Gen::Time(Anchor::Offset(lo, hi)) if lo >= 0 && hi <= 14 * DAY && hi > 0))
            .map(|(i, _)| i)
            .collect();
        let natural_key = table
            .columns
            .iter()
            .position(|c| c.primary_key && c.name != "id" && c.decl_type == "TEXT");
        let names: Vec<String> = cols.iter().map(|c| quote(&c.name)).collect();
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(&table.name),
            names.join(", "),
            marks.join(", ")
        );
        TablePlan {
            t,
            name: table.name.clone(),
            updated: idx("updated_at"),
            fk_parent,
            fk_pool,
            ordered,
            exactly_one: pairs(&table.checks.exactly_one),
            at_least_one: pairs(&table.checks.at_least_one),
            implies: pairs(&table.checks.implies),
            flag_times,
            status_done,
            events,
            natural_key,
            cols,
            sql,
        }
    }

    /// Generate the `n` rows of a planned table, handing each to `emit`
    /// (which returns false once nobody consumes rows any more).
    pub fn produce(
        &mut self,
        tp: &TablePlan,
        n: u64,
        cancel: &AtomicBool,
        emit: &mut dyn FnMut(Vec<Value>) -> bool,
    ) -> Result<()> {
        self.ids[tp.t].reserve(n as usize);
        self.created[tp.t].reserve(n as usize);
        let id_col = tp
            .cols
            .iter()
            .position(|c| matches!(c.gen, Gen::Id))
            .or(tp.natural_key);
        for i in 0..n {
            if i & (CANCEL_EVERY - 1) == 0 && cancel.load(Ordering::Relaxed) {
                return Err(cancelled());
            }
            let row = self.build_row(tp, i, n)?;
            let id = match id_col.map(|c| &row.vals[c]) {
                Some(Value::Text(s)) => s.clone(),
                _ => String::new(),
            };
            self.ids[tp.t].push(id);
            self.created[tp.t].push(row.ctx.t0);
            rules::record(self, tp, &row, i);
            if !emit(row.vals) {
                return Err(cancelled());
            }
        }
        Ok(())
    }

    fn build_row(&mut self, tp: &TablePlan, i: u64, n: u64) -> Result<Row> {
        let span = (clock::WINDOW_END_MS - clock::WINDOW_START_MS).max(1) as u64;
        let slot = (span / n.max(1)).max(1);
        let spread = clock::WINDOW_START_MS
            + (i.saturating_mul(span) / n.max(1)) as i64
            + self.rng.gen_range(0..slot) as i64;
        let ncols = tp.cols.len();
        let mut row = Row {
            vals: vec![Value::Null; ncols],
            parents: vec![None; ncols],
            ctx: RowCtx::new(spread, i),
        };
        // 1. Parent rows for foreign keys.
        for c in 0..ncols {
            if tp.fk_parent[c].is_some() && !self.rng.gen_bool(tp.cols[c].null_p.clamp(0.0, 1.0)) {
                row.parents[c] = self.pick_parent(tp, c, i);
            }
        }
        // 2. Table rules that decide structure (which job an application is for...).
        rules::pre(self, tp, &mut row)?;
        // 3. A child is created after its parents.
        let mut t0 = spread;
        for c in 0..ncols {
            if let (Some(p), Some(pt)) = (row.parents[c], tp.fk_parent[c]) {
                if let Some(&pc) = self.created[pt].get(p) {
                    t0 = t0.max(pc + self.rng.gen_range(3_600_000..3 * DAY));
                }
            }
        }
        row.ctx.t0 = t0;
        // 4. Every other column.
        for c in 0..ncols {
            let col = &tp.cols[c];
            row.vals[c] = match &col.gen {
                Gen::Id => Value::Text(self.clock.next_id(&mut self.rng)),
                Gen::Fk | Gen::Null => Value::Null,
                gen => {
                    if col.null_p > 0.0 && self.rng.gen_bool(col.null_p.clamp(0.0, 1.0)) {
                        Value::Null
                    } else {
                        values::generate(gen, &mut self.rng, &mut row.ctx)
                    }
                }
            };
        }
        // 5. Cross-column rules, generic then table-specific.
        self.fix_generic(tp, &mut row);
        rules::post(self, tp, &mut row)?;
        self.fix_order(tp, &mut row);
        if let Some(k) = tp.natural_key {
            self.unique_key(tp, &mut row, k);
        }
        // 6. Foreign-key values from the chosen parents.
        for c in 0..ncols {
            if let Some(pt) = tp.fk_parent[c] {
                row.vals[c] = match row.parents[c] {
                    Some(p) => self.ids[pt]
                        .get(p)
                        .map_or(Value::Null, |id| Value::Text(id.clone())),
                    None => Value::Null,
                };
            }
        }
        Ok(row)
    }

    /// A parent row index for FK column `c`, honouring the user pools.
    pub fn pick_parent(&mut self, tp: &TablePlan, c: usize, i: u64) -> Option<usize> {
        let pt = tp.fk_parent[c]?;
        if pt == tp.t {
            // Self-reference: an earlier row of the same table.
            return (i > 0).then(|| self.rng.gen_range(0..i as usize));
        }
        let len = self.ids[pt].len();
        if len == 0 {
            return None;
        }
        if let Some(p) = self.x.pick_user(&mut self.rng, tp.fk_pool[c]) {
            return Some(p);
        }
        Some(self.rng.gen_range(0..len))
    }

    fn is_set(&self, tp: &TablePlan, row: &Row, c: usize) -> bool {
        if tp.fk_parent[c].is_some() {
            row.parents[c].is_some()
        } else {
            !matches!(row.vals[c], Value::Null)
        }
    }

    /// Give column `c` a value (ignoring its NULL chance). False if impossible.
    pub fn force(&mut self, tp: &TablePlan, row: &mut Row, c: usize) -> bool {
        if tp.fk_parent[c].is_some() {
            let p = self.pick_parent(tp, c, row.ctx.index);
            row.parents[c] = p;
            return p.is_some();
        }
        match &tp.cols[c].gen {
            Gen::Id | Gen::Fk | Gen::Null => false,
            gen => {
                row.vals[c] = values::generate(gen, &mut self.rng, &mut row.ctx);
                !matches!(row.vals[c], Value::Null)
            }
        }
    }

    /// Set column `c` to NULL (or leave it when it is NOT NULL).
    pub fn clear(&self, tp: &TablePlan, row: &mut Row, c: usize) {
        if !tp.cols[c].not_null {
            row.parents[c] = None;
            row.vals[c] = Value::Null;
        }
    }

    fn fix_generic(&mut self, tp: &TablePlan, row: &mut Row) {
        if let Some((st, ct)) = tp.status_done {
            let done =
                matches!(&row.vals[st], Value::Text(s) if s == "completed" || s == "shortlisted");
            if !done {
                self.clear(tp, row, ct);
            } else if !self.is_set(tp, row, ct) {
                self.force(tp, row, ct);
            }
        }
        for &(flag, time) in &tp.flag_times {
            match row.vals[flag] {
                Value::Integer(0) => self.clear(tp, row, time),
                Value::Integer(_) if !self.is_set(tp, row, time) => {
                    self.force(tp, row, time);
                }
                _ => {}
            }
        }
        for &(a, b) in &tp.exactly_one {
            match (self.is_set(tp, row, a), self.is_set(tp, row, b)) {
                (true, true) => {
                    let drop = if self.rng.gen_bool(0.5) { a } else { b };
                    self.clear(tp, row, drop);
                }
                (false, false) => {
                    let first = if self.rng.gen_bool(0.5) { a } else { b };
                    if !self.force(tp, row, first) {
                        self.force(tp, row, if first == a { b } else { a });
                    }
                }
                _ => {}
            }
        }
        for &(a, b) in &tp.at_least_one {
            if !self.is_set(tp, row, a) && !self.is_set(tp, row, b) && !self.force(tp, row, a) {
                self.force(tp, row, b);
            }
        }
        for &(a, b) in &tp.implies {
            if self.is_set(tp, row, a) && !self.is_set(tp, row, b) && !self.force(tp, row, b) {
                self.clear(tp, row, a);
            }
        }
    }

    fn fix_order(&mut self, tp: &TablePlan, row: &mut Row) {
        for &(lo, hi) in &tp.ordered {
            if compare(&row.vals[lo], &row.vals[hi]) == Some(CmpOrdering::Greater) {
                row.vals.swap(lo, hi);
            }
        }
        if let Some(u) = tp.updated {
            for &e in &tp.events {
                if compare(&row.vals[e], &row.vals[u]) == Some(CmpOrdering::Greater) {
                    row.vals[u] = row.vals[e].clone();
                }
            }
        }
    }

    /// Natural text keys (e.g. `system_settings.key`) must not clash with
    /// earlier demo rows or rows already in the database.
    fn unique_key(&mut self, tp: &TablePlan, row: &mut Row, k: usize) {
        let base = match &row.vals[k] {
            Value::Text(s) => s.clone(),
            _ => format!("demo.{}", row.ctx.index),
        };
        let mut candidate = base.clone();
        let mut n = 1;
        while self.used_keys.contains(&key_of(&tp.name, &candidate)) {
            n += 1;
            candidate = format!("{base}.{n}");
        }
        self.used_keys.insert(key_of(&tp.name, &candidate));
        row.vals[k] = Value::Text(candidate);
    }

    /// Fill nullable keys whose parent table was filled later.
    pub fn backfill(
        &mut self,
        conn: &Connection,
        d: &Deferred,
        cancel: &AtomicBool,
    ) -> Result<u64> {
        let parents = self.ids[d.parent].len();
        let rows = self.ids[d.table].len();
        if parents == 0
            || rows == 0
            || self.tables[d.table].pk().map(|c| c.name.as_str()) != Some("id")
        {
            return Ok(0);
        }
        let sql = format!(
            "UPDATE {} SET {} = ?1 WHERE id = ?2",
            quote(&self.tables[d.table].name),
            quote(&d.column)
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut updated = 0;
        for r in 0..rows {
            if (r as u64) & (CANCEL_EVERY - 1) == 0 && cancel.load(Ordering::Relaxed) {
                return Err(cancelled());
            }
            if self.rng.gen_bool(0.6) {
                continue;
            }
            let p = self.rng.gen_range(0..parents);
            updated += stmt.execute([&self.ids[d.parent][p], &self.ids[d.table][r]])? as u64;
        }
        Ok(updated)
    }
}

fn key_of(table: &str, key: &str) -> String {
    format!("{table}\u{0}{key}")
}

/// Natural text primary keys already present (e.g. settings a user saved),
/// so demo rows never collide with them.
pub fn existing_keys(conn: &Connection, tables: &[Table]) -> Result<HashSet<String>> {
    let mut keys = HashSet::new();
    for t in tables {
        let Some(pk) = t
            .columns
            .iter()
            .find(|c| c.primary_key && c.name != "id" && c.decl_type == "TEXT")
        else {
            continue;
        };
        let sql = format!("SELECT {} FROM {}", quote(&pk.name), quote(&t.name));
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, Option<String>>(0))?;
        for k in rows {
            if let Some(k) = k? {
                keys.insert(key_of(&t.name, &k));
            }
        }
    }
    Ok(keys)
}

/// Compare two SQL values of compatible types.
fn compare(a: &Value, b: &Value) -> Option<CmpOrdering> {
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => Some(x.cmp(y)),
        (Value::Real(x), Value::Real(y)) => x.partial_cmp(y),
        (Value::Integer(x), Value::Real(y)) => (*x as f64).partial_cmp(y),
        (Value::Real(x), Value::Integer(y)) => x.partial_cmp(&(*y as f64)),
        (Value::Text(x), Value::Text(y)) => Some(x.cmp(y)),
        _ => None,
    }
}
