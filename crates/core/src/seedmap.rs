//! Seed coverage check. WHY: the product promises that every entity and field
//! named by the seed documents has a home in the schema. `data/seed-map.csv`
//! says where each one lives; this module proves, against the real migrated
//! database, that every inventory item is mapped and that every target table
//! and column exists, and flags map rows that name nothing in the inventory.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::store::Store;

const INVENTORY_JSON: &str = include_str!("../data/seed-inventory.json");
const SEED_MAP_CSV: &str = include_str!("../data/seed-map.csv");
const MAP_HEADER: [&str; 5] = ["seed", "entity", "field", "target", "note"];

/// Every entity and field the seed documents name, seed by seed.
#[derive(Debug, Clone, Deserialize)]
pub struct Inventory {
    pub seeds: BTreeMap<String, SeedInventory>,
    pub totals: Totals,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SeedInventory {
    pub title: String,
    /// Entity name → field names, spelled as the seed spells them.
    pub entities: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Totals {
    pub entities: usize,
    pub fields: usize,
}

/// One row of `seed-map.csv`. An empty `field` makes it an entity row whose
/// `target` is a table; otherwise `target` is `table.column`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MapRow {
    pub seed: String,
    pub entity: String,
    pub field: String,
    pub target: String,
    #[serde(default)]
    pub note: String,
    /// 1-based line in the CSV file (0 when built in code).
    #[serde(skip)]
    pub line: u64,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    UnmappedEntity,
    UnmappedField,
    MissingTarget,
    BadTarget,
    UnknownRow,
    DuplicateRow,
}

impl ProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnmappedEntity => "unmapped entity",
            Self::UnmappedField => "unmapped field",
            Self::MissingTarget => "target missing in db",
            Self::BadTarget => "bad target",
            Self::UnknownRow => "unknown row",
            Self::DuplicateRow => "duplicate row",
        }
    }
}

/// One thing wrong with the map, tied to a seed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Problem {
    pub seed: String,
    pub kind: ProblemKind,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.seed, self.kind.as_str(), self.message)
    }
}

/// Coverage of one seed document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SeedCoverage {
    pub seed: String,
    pub title: String,
    pub entities_mapped: usize,
    pub entities_total: usize,
    pub fields_mapped: usize,
    pub fields_total: usize,
    pub problems: Vec<Problem>,
}

/// Result of [`coverage`]: per seed, plus problems not tied to a known seed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CoverageReport {
    pub seeds: Vec<SeedCoverage>,
    /// Rows naming a seed the inventory does not have.
    pub problems: Vec<Problem>,
    /// Totals declared by the inventory.
    pub totals: Totals,
}

impl CoverageReport {
    pub fn entities_mapped(&self) -> usize {
        self.seeds.iter().map(|s| s.entities_mapped).sum()
    }

    pub fn fields_mapped(&self) -> usize {
        self.seeds.iter().map(|s| s.fields_mapped).sum()
    }

    /// Every problem, seed by seed, then the unattached ones.
    pub fn all_problems(&self) -> impl Iterator<Item = &Problem> {
        self.seeds
            .iter()
            .flat_map(|s| s.problems.iter())
            .chain(self.problems.iter())
    }

    /// Everything mapped, every target exists, no stray rows.
    pub fn is_complete(&self) -> bool {
        self.all_problems().next().is_none()
            && self.entities_mapped() == self.totals.entities
            && self.fields_mapped() == self.totals.fields
    }
}

/// Parse an inventory document (format of `data/seed-inventory.json`).
pub fn parse_inventory(text: &str) -> Result<Inventory> {
    serde_json::from_str(text)
        .map_err(|e| Error::invalid_value("seed-inventory.json", format!("cannot parse: {e}")))
}

/// Parse a seed map (format of `data/seed-map.csv`); `#` starts a comment line.
pub fn parse_map(text: &str) -> Result<Vec<MapRow>> {
    let bad = |msg: String| Error::invalid_value("seed-map.csv", msg);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| bad(format!("cannot read header: {e}")))?;
    if header.iter().collect::<Vec<_>>() != MAP_HEADER {
        return Err(bad(format!(
            "header must be `{}`, found `{}`",
            MAP_HEADER.join(","),
            header.iter().collect::<Vec<_>>().join(",")
        )));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| bad(e.to_string()))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.len() < 4 || record.len() > 5 {
            return Err(bad(format!(
                "line {line}: expected 4 or 5 columns, found {}",
                record.len()
            )));
        }
        let col = |i: usize| record.get(i).unwrap_or("").to_string();
        rows.push(MapRow {
            seed: col(0),
            entity: col(1),
            field: col(2),
            target: col(3),
            note: col(4),
            line,
        });
    }
    Ok(rows)
}

/// The embedded inventory.
pub fn inventory() -> Result<Inventory> {
    parse_inventory(INVENTORY_JSON)
}

/// The embedded seed map.
pub fn seed_map() -> Result<Vec<MapRow>> {
    parse_map(SEED_MAP_CSV)
}

/// Check the embedded inventory and map against the store's schema.
pub fn coverage(store: &Store) -> Result<CoverageReport> {
    let inv = inventory()?;
    let map = seed_map()?;
    store.read(|conn| check(&inv, &map, conn))
}

/// Looks up tables and columns once per table.
struct Schema<'c> {
    conn: &'c Connection,
    columns: HashMap<String, Option<HashSet<String>>>,
}

impl Schema<'_> {
    /// Columns of `table`, or `None` when the table does not exist.
    fn columns(&mut self, table: &str) -> Result<Option<&HashSet<String>>> {
        if !self.columns.contains_key(table) {
            let exists: bool = self.conn.query_row(
                "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1)",
                [table],
                |r| r.get(0),
            )?;
            let cols = if exists {
                let mut stmt = self
                    .conn
                    .prepare("SELECT name FROM pragma_table_info(?1)")?;
                let names = stmt.query_map([table], |r| r.get::<_, String>(0))?;
                Some(names.collect::<rusqlite::Result<HashSet<_>>>()?)
            } else {
                None
            };
            self.columns.insert(table.to_string(), cols);
        }
        Ok(self.columns.get(table).and_then(|c| c.as_ref()))
    }
}

/// The core check, on parsed data and any connection.
pub fn check(inv: &Inventory, map: &[MapRow], conn: &Connection) -> Result<CoverageReport> {
    let mut schema = Schema {
        conn,
        columns: HashMap::new(),
    };
    // (seed, entity, field) → rows; field is "" for entity rows.
    let mut index: HashMap<(&str, &str, &str), Vec<&MapRow>> = HashMap::new();
    for row in map {
        index
            .entry((&row.seed, &row.entity, &row.field))
            .or_default()
            .push(row);
    }
    let mut seeds = Vec::new();
    for (seed, si) in &inv.seeds {
        let mut cov = SeedCoverage {
            seed: seed.clone(),
            title: si.title.clone(),
            entities_mapped: 0,
            entities_total: si.entities.len(),
            fields_mapped: 0,
            fields_total: si.entities.values().map(Vec::len).sum(),
            problems: Vec::new(),
        };
        let problem = |kind, message: String| Problem {
            seed: seed.clone(),
            kind,
            message,
        };
        for (entity, fields) in &si.entities {
            match index
                .get(&(seed.as_str(), entity.as_str(), ""))
                .and_then(|r| r.first())
            {
                None => cov
                    .problems
                    .push(problem(ProblemKind::UnmappedEntity, entity.clone())),
                Some(row) => match check_table(&mut schema, &row.target)? {
                    Ok(()) => cov.entities_mapped += 1,
                    Err((kind, msg)) => {
                        cov.problems.push(problem(kind, format!("{entity}: {msg}")))
                    }
                },
            }
            for field in fields {
                let name = format!("{entity}.{field}");
                match index
                    .get(&(seed.as_str(), entity.as_str(), field.as_str()))
                    .and_then(|r| r.first())
                {
                    None => cov.problems.push(problem(ProblemKind::UnmappedField, name)),
                    Some(row) => match check_column(&mut schema, &row.target)? {
                        Ok(()) => cov.fields_mapped += 1,
                        Err((kind, msg)) => {
                            cov.problems.push(problem(kind, format!("{name}: {msg}")))
                        }
                    },
                }
            }
        }
        seeds.push(cov);
    }
    let mut stray = Vec::new();
    for ((seed, entity, field), rows) in sorted(&index) {
        let known = inv
            .seeds
            .get(seed)
            .and_then(|s| s.entities.get(entity))
            .is_some_and(|fields| field.is_empty() || fields.iter().any(|f| f == field));
        let what = if field.is_empty() {
            entity.to_string()
        } else {
            format!("{entity}.{field}")
        };
        let lines = rows
            .iter()
            .map(|r| r.line.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let (kind, message) = if !known {
            (
                ProblemKind::UnknownRow,
                format!("{what} (line {lines}) is not in the inventory"),
            )
        } else if rows.len() > 1 {
            (
                ProblemKind::DuplicateRow,
                format!("{what} is mapped on lines {lines}"),
            )
        } else {
            continue;
        };
        let p = Problem {
            seed: seed.to_string(),
            kind,
            message,
        };
        match seeds.iter_mut().find(|s| s.seed == seed) {
            Some(cov) => cov.problems.push(p),
            None => stray.push(p),
        }
    }
    Ok(CoverageReport {
        seeds,
        problems: stray,
        totals: inv.totals,
    })
}

type Verdict = std::result::Result<(), (ProblemKind, String)>;

fn check_table(schema: &mut Schema<'_>, target: &str) -> Result<Verdict> {
    if !is_identifier(target) {
        return Ok(Err((
            ProblemKind::BadTarget,
            format!("`{target}` is not a table name"),
        )));
    }
    Ok(match schema.columns(target)? {
        Some(_) => Ok(()),
        None => Err((
            ProblemKind::MissingTarget,
            format!("table `{target}` does not exist"),
        )),
    })
}

fn check_column(schema: &mut Schema<'_>, target: &str) -> Result<Verdict> {
    let Some((table, column)) = target
        .split_once('.')
        .filter(|(t, c)| is_identifier(t) && is_identifier(c))
    else {
        return Ok(Err((
            ProblemKind::BadTarget,
            format!("`{target}` is not `table.column`"),
        )));
    };
    Ok(match schema.columns(table)? {
        None => Err((
            ProblemKind::MissingTarget,
            format!("table `{table}` does not exist"),
        )),
        Some(cols) if cols.contains(column) => Ok(()),
        Some(_) => Err((
            ProblemKind::MissingTarget,
            format!("column `{target}` does not exist"),
        )),
    })
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn sorted<K: Ord + Copy, V>(map: &HashMap<K, V>) -> Vec<(K, &V)> {
    let mut v: Vec<(K, &V)> = map.iter().map(|(k, v)| (*k, v)).collect();
    v.sort_by_key(|(k, _)| *k);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const INV: &str = r#"{"about": "test", "seeds": {
        "s1.txt": {"title": "Tiny (2 tables)", "entities": {
            "Users": ["user_id", "email"],
            "Notes": ["body"]}}},
        "totals": {"entities": 2, "fields": 3}}"#;

    fn db() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE user (id TEXT PRIMARY KEY, email TEXT); CREATE TABLE note (id TEXT, text TEXT);")
            .unwrap();
        c
    }

    const FULL: &str = "seed,entity,field,target,note
s1.txt,Users,,user,
s1.txt,Users,user_id,user.id,\"uuid, not int\"
s1.txt,Users,email,user.email,
# comment lines are ignored
s1.txt,Notes,,note,
s1.txt,Notes,body,note.text,renamed
";

    #[test]
    fn parses_quoted_notes_and_lines() {
        let rows = parse_map(FULL).unwrap();
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[1].note, "uuid, not int");
        assert_eq!(rows[1].target, "user.id");
        assert_eq!(rows[0].field, "");
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn rejects_wrong_header() {
        let e = parse_map("seed,entity,target\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("seed-map.csv"));
    }

    #[test]
    fn header_only_map_is_valid() {
        assert!(parse_map("seed,entity,field,target,note\n")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn complete_map_is_complete() {
        let r = check(
            &parse_inventory(INV).unwrap(),
            &parse_map(FULL).unwrap(),
            &db(),
        )
        .unwrap();
        assert!(
            r.is_complete(),
            "{:?}",
            r.all_problems().collect::<Vec<_>>()
        );
        assert_eq!((r.entities_mapped(), r.fields_mapped()), (2, 3));
    }

    #[test]
    fn detects_missing_table_column_unmapped_and_unknown() {
        let map = "seed,entity,field,target,note
s1.txt,Users,,users,
s1.txt,Users,user_id,user.uid,
s1.txt,Notes,,note,
s1.txt,Notes,body,note.text,
s1.txt,Notes,body,note.text,
s1.txt,Ghosts,,ghost,
s9.txt,Users,,user,
";
        let r = check(
            &parse_inventory(INV).unwrap(),
            &parse_map(map).unwrap(),
            &db(),
        )
        .unwrap();
        assert!(!r.is_complete());
        let s = &r.seeds[0];
        assert_eq!((s.entities_mapped, s.entities_total), (1, 2));
        assert_eq!((s.fields_mapped, s.fields_total), (1, 3));
        let kinds: Vec<_> = s.problems.iter().map(|p| p.kind).collect();
        assert!(kinds.contains(&ProblemKind::MissingTarget), "{kinds:?}");
        assert!(kinds.contains(&ProblemKind::UnmappedField), "{kinds:?}");
        assert!(kinds.contains(&ProblemKind::UnknownRow), "{kinds:?}");
        assert!(kinds.contains(&ProblemKind::DuplicateRow), "{kinds:?}");
        assert!(s.problems.iter().any(|p| p.message.contains("`user.uid`")));
        assert!(s.problems.iter().any(|p| p.message.contains("`users`")));
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].seed, "s9.txt");
    }

    #[test]
    fn embedded_inventory_matches_its_totals() {
        let inv = inventory().unwrap();
        let entities: usize = inv.seeds.values().map(|s| s.entities.len()).sum();
        let fields: usize = inv
            .seeds
            .values()
            .flat_map(|s| s.entities.values())
            .map(Vec::len)
            .sum();
        assert_eq!(Totals { entities, fields }, inv.totals);
        seed_map().unwrap();
    }
}
