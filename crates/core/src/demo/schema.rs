//! Reads the live schema the demo generator fills. WHY: the generator must
//! keep working when migrations add tables or columns, so nothing about the
//! schema is hard-coded here: tables come from `sqlite_master`, columns from
//! `pragma_table_info`, foreign keys from `pragma_foreign_key_list`, and the
//! CHECK constraints (enum lists, numeric ranges, JSON columns, cross-column
//! rules) are recovered by pattern-matching the stored `CREATE TABLE` text.

use std::collections::{BTreeMap, BTreeSet};

use regex::Regex;
use rusqlite::Connection;

use crate::error::{Error, Result};

/// Tables the generator never touches: bookkeeping of the migration tool, and
/// `candidate_dup_keys`, which triggers on `candidates` derive (migration V11),
/// so it fills itself as candidates are generated.
pub const SKIPPED_TABLES: &[&str] = &["refinery_schema_history", "candidate_dup_keys"];

/// Prefix of the sync layer's bookkeeping tables (migration V10), which the
/// generator never fills either: the capture triggers write them.
pub const SKIPPED_PREFIX: &str = "sync_";

/// Full-text indexes (`*_fts` virtual tables and their `*_fts_*` shadow tables)
/// are device-local and kept up to date by triggers on the table they index,
/// so the generator never fills them itself.
pub fn is_fts(name: &str) -> bool {
    name.ends_with("_fts") || name.contains("_fts_")
}

/// One column as `pragma_table_info` reports it.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    /// Declared type, upper-cased (`TEXT`, `INTEGER`, `REAL`, `BLOB`).
    pub decl_type: String,
    pub not_null: bool,
    /// Default expression as written in the schema, if any.
    pub default: Option<String>,
    pub primary_key: bool,
}

/// A literal allowed by a `CHECK (col IN (...))` list.
#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Text(String),
    Int(i64),
}

/// A single-column foreign key.
#[derive(Debug, Clone)]
pub struct ForeignKey {
    pub column: String,
    pub parent: String,
    /// Referenced column (`None` = the parent's primary key).
    pub parent_column: Option<String>,
}

/// Constraints recovered from the CREATE TABLE text.
#[derive(Debug, Clone, Default)]
pub struct Checks {
    /// `col IN ('a','b')` lists.
    pub enums: BTreeMap<String, Vec<Lit>>,
    /// Inclusive numeric bounds from `BETWEEN` and `>=`/`>`.
    pub ranges: BTreeMap<String, (Option<f64>, Option<f64>)>,
    /// Columns checked with `json_valid(col)`.
    pub json: BTreeSet<String>,
    /// `lo <= hi` pairs between two columns.
    pub ordered: Vec<(String, String)>,
    /// `(a IS NULL) <> (b IS NULL)`: exactly one of the two is set.
    pub exactly_one: Vec<(String, String)>,
    /// `a IS NOT NULL OR b IS NOT NULL`: at least one is set.
    pub at_least_one: Vec<(String, String)>,
    /// `a IS NULL OR b IS NOT NULL`: when `a` is set, `b` must be too.
    pub implies: Vec<(String, String)>,
    /// `col LIKE 'prefix%'` prefixes (e.g. `$argon2id$`).
    pub like_prefix: BTreeMap<String, String>,
    /// Columns with a `LIKE '%_@_%'` e-mail shape check.
    pub emails: BTreeSet<String>,
    /// Columns with a `GLOB '#...'` colour check.
    pub colors: BTreeSet<String>,
    /// Columns with a `GLOB '[A-Z][A-Z][A-Z]'` currency check.
    pub currencies: BTreeSet<String>,
    /// `length(col) % n = 0` blob granularity.
    pub blob_multiple: BTreeMap<String, usize>,
}

/// A table to fill.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub fks: Vec<ForeignKey>,
    pub checks: Checks,
}

impl Table {
    /// Position of a column by name.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// The primary-key column (first one when composite).
    pub fn pk(&self) -> Option<&Column> {
        self.columns.iter().find(|c| c.primary_key)
    }

    /// The foreign key declared on a column, if any.
    pub fn fk(&self, column: &str) -> Option<&ForeignKey> {
        self.fks.iter().find(|f| f.column == column)
    }
}

/// Every user table of the database, in creation (migration) order.
pub fn load(conn: &Connection) -> Result<Vec<Table>> {
    let patterns = Patterns::new()?;
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut tables = Vec::new();
    for (name, sql) in rows {
        if SKIPPED_TABLES.contains(&name.as_str())
            || name.starts_with(SKIPPED_PREFIX)
            || is_fts(&name)
        {
            continue;
        }
        let columns = columns(conn, &name)?;
        let fks = foreign_keys(conn, &name)?;
        let names: BTreeSet<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        let checks = patterns.parse(sql.as_deref().unwrap_or(""), &names);
        tables.push(Table {
            name,
            columns,
            fks,
            checks,
        });
    }
    Ok(tables)
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<Column>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid",
    )?;
    let cols = stmt
        .query_map([table], |r| {
            Ok(Column {
                name: r.get(0)?,
                decl_type: r.get::<_, String>(1)?.to_ascii_uppercase(),
                not_null: r.get::<_, i64>(2)? != 0,
                default: r.get(3)?,
                primary_key: r.get::<_, i64>(4)? != 0,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if cols.is_empty() {
        return Err(Error::database(format!("table {table} has no columns")));
    }
    Ok(cols)
}

fn foreign_keys(conn: &Connection, table: &str) -> Result<Vec<ForeignKey>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, seq, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
    )?;
    let raw = stmt
        .query_map([table], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Composite keys (more than one row per id) are not used by the schema;
    // keep only single-column keys so each FK column can be filled alone.
    let mut per_id: BTreeMap<i64, usize> = BTreeMap::new();
    for (id, ..) in &raw {
        *per_id.entry(*id).or_default() += 1;
    }
    Ok(raw
        .into_iter()
        .filter(|(id, ..)| per_id.get(id) == Some(&1))
        .map(|(_, _, column, parent, to)| ForeignKey {
            column,
            parent,
            parent_column: to,
        })
        .collect())
}

/// Compiled patterns for CHECK parsing.
struct Patterns {
    comment: Regex,
    enum_list: Regex,
    literal: Regex,
    between: Regex,
    lower_bound: Regex,
    ordered: Regex,
    exactly_one: Regex,
    at_least_one: Regex,
    implies: Regex,
    like_prefix: Regex,
    email: Regex,
    color: Regex,
    currency: Regex,
    blob_multiple: Regex,
    json: Regex,
}

fn re(pattern: &str) -> Result<Regex> {
    Regex::new(pattern).map_err(|e| Error::database(format!("demo: bad pattern {pattern}: {e}")))
}

impl Patterns {
    fn new() -> Result<Self> {
        Ok(Self {
            comment: re(r"--[^\n]*")?,
            enum_list: re(r"(\w+)\s+IN\s*\(([^()]*)\)")?,
            literal: re(r"'((?:[^']|'')*)'|(-?\d+)")?,
            between: re(r"(\w+)\s+BETWEEN\s+(-?\d+(?:\.\d+)?)\s+AND\s+(-?\d+(?:\.\d+)?)")?,
            lower_bound: re(r"(\w+)\s*(>=|>)\s*(-?\d+(?:\.\d+)?)")?,
            ordered: re(r"(\w+)\s*(>=|<=)\s*([A-Za-z_]\w*)")?,
            exactly_one: re(r"\(\s*(\w+)\s+IS\s+NULL\s*\)\s*<>\s*\(\s*(\w+)\s+IS\s+NULL\s*\)")?,
            at_least_one: re(
                r"CHECK\s*\(\s*(\w+)\s+IS\s+NOT\s+NULL\s+OR\s+(\w+)\s+IS\s+NOT\s+NULL\s*\)",
            )?,
            implies: re(r"CHECK\s*\(\s*(\w+)\s+IS\s+NULL\s+OR\s+(\w+)\s+IS\s+NOT\s+NULL\s*\)")?,
            like_prefix: re(r"(\w+)\s+LIKE\s+'([^%_']+)%'")?,
            email: re(r"(\w+)\s+LIKE\s+'%_@_%'")?,
            color: re(r"(\w+)\s+GLOB\s+'#")?,
            currency: re(r"(\w+)\s+GLOB\s+'\[A-Z\]\[A-Z\]\[A-Z\]'")?,
            blob_multiple: re(r"length\(\s*(\w+)\s*\)\s*%\s*(\d+)\s*=\s*0")?,
            json: re(r"json_valid\(\s*(\w+)\s*\)")?,
        })
    }

    fn parse(&self, sql: &str, cols: &BTreeSet<&str>) -> Checks {
        let sql = self.comment.replace_all(sql, " ");
        let is_col = |s: &str| cols.contains(s);
        let mut c = Checks::default();
        for cap in self.enum_list.captures_iter(&sql) {
            let col = &cap[1];
            if !is_col(col) {
                continue;
            }
            let lits: Vec<Lit> = self
                .literal
                .captures_iter(&cap[2])
                .filter_map(|l| match (l.get(1), l.get(2)) {
                    (Some(t), _) => Some(Lit::Text(t.as_str().replace("''", "'"))),
                    (None, Some(n)) => n.as_str().parse().ok().map(Lit::Int),
                    _ => None,
                })
                .collect();
            if !lits.is_empty() {
                c.enums.insert(col.to_string(), lits);
            }
        }
        for cap in self.between.captures_iter(&sql) {
            if let (true, Ok(lo), Ok(hi)) = (
                is_col(&cap[1]),
                cap[2].parse::<f64>(),
                cap[3].parse::<f64>(),
            ) {
                c.ranges.insert(cap[1].to_string(), (Some(lo), Some(hi)));
            }
        }
        for cap in self.lower_bound.captures_iter(&sql) {
            if let (true, Ok(v)) = (is_col(&cap[1]), cap[3].parse::<f64>()) {
                let lo = if &cap[2] == ">" { v + 1.0 } else { v };
                let entry = c.ranges.entry(cap[1].to_string()).or_insert((None, None));
                entry.0 = Some(entry.0.map_or(lo, |old: f64| old.max(lo)));
            }
        }
        for cap in self.ordered.captures_iter(&sql) {
            let (a, op, b) = (&cap[1], &cap[2], &cap[3]);
            if is_col(a) && is_col(b) && a != b {
                let pair = if op == ">=" { (b, a) } else { (a, b) };
                c.ordered.push((pair.0.to_string(), pair.1.to_string()));
            }
        }
        let pairs = |r: &Regex| -> Vec<(String, String)> {
            r.captures_iter(&sql)
                .filter(|cap| is_col(&cap[1]) && is_col(&cap[2]))
                .map(|cap| (cap[1].to_string(), cap[2].to_string()))
                .collect()
        };
        c.exactly_one = pairs(&self.exactly_one);
        c.at_least_one = pairs(&self.at_least_one);
        c.implies = pairs(&self.implies);
        for cap in self.like_prefix.captures_iter(&sql) {
            if is_col(&cap[1]) {
                c.like_prefix.insert(cap[1].to_string(), cap[2].to_string());
            }
        }
        let singles = |r: &Regex| -> BTreeSet<String> {
            r.captures_iter(&sql)
                .filter(|cap| is_col(&cap[1]))
                .map(|cap| cap[1].to_string())
                .collect()
        };
        c.emails = singles(&self.email);
        c.colors = singles(&self.color);
        c.currencies = singles(&self.currency);
        c.json = singles(&self.json);
        for cap in self.blob_multiple.captures_iter(&sql) {
            if let (true, Ok(n)) = (is_col(&cap[1]), cap[2].parse::<usize>()) {
                c.blob_multiple.insert(cap[1].to_string(), n.max(1));
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_check_shapes_the_schema_uses() {
        let sql = "CREATE TABLE t (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN
                ('a','b','it''s')),
            kind TEXT CHECK (kind IS NULL OR kind IN ('x','y')),
            flag INTEGER CHECK (flag IN (0,1)),
            score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 5),
            n INTEGER CHECK (n >= 1),
            lo INTEGER, hi INTEGER,
            a TEXT, b TEXT, p TEXT, q TEXT, r TEXT, s TEXT,
            pw TEXT CHECK (pw IS NULL OR pw LIKE '$argon2id$%'),
            email TEXT CHECK (email LIKE '%_@_%'),
            meta TEXT CHECK (json_valid(meta)),
            -- a comment (with IN (words)) that must be ignored
            CHECK (hi IS NULL OR lo IS NULL OR hi >= lo),
            CHECK ((a IS NULL) <> (b IS NULL)),
            CHECK (p IS NOT NULL OR q IS NOT NULL),
            CHECK (r IS NULL OR s IS NOT NULL)
        )";
        let cols: BTreeSet<&str> = [
            "id", "status", "kind", "flag", "score", "n", "lo", "hi", "a", "b", "p", "q", "r", "s",
            "pw", "email", "meta",
        ]
        .into_iter()
        .collect();
        let c = Patterns::new().unwrap().parse(sql, &cols);
        assert_eq!(
            c.enums["status"],
            vec![
                Lit::Text("a".into()),
                Lit::Text("b".into()),
                Lit::Text("it's".into())
            ]
        );
        assert_eq!(c.enums["kind"].len(), 2);
        assert_eq!(c.enums["flag"], vec![Lit::Int(0), Lit::Int(1)]);
        assert_eq!(c.ranges["score"], (Some(0.0), Some(5.0)));
        assert_eq!(c.ranges["n"], (Some(1.0), None));
        assert_eq!(c.ordered, vec![("lo".to_string(), "hi".to_string())]);
        assert_eq!(c.exactly_one, vec![("a".to_string(), "b".to_string())]);
        assert_eq!(c.at_least_one, vec![("p".to_string(), "q".to_string())]);
        assert_eq!(c.implies, vec![("r".to_string(), "s".to_string())]);
        assert_eq!(c.like_prefix["pw"], "$argon2id$");
        assert!(c.emails.contains("email") && c.json.contains("meta"));
        assert_eq!(c.enums.len(), 3);
    }
}
