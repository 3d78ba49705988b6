//! The data that moves: stamps, row clocks and row changes. WHY one type for
//! pushes and pulls: a local row-write and a server's merged row state are
//! both "some cells with their stamps, plus maybe a live or a dead stamp", so
//! the same merge applies to both and a page of states can be merged as often
//! as it arrives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use talentdesk_core::clock::Hlc;

/// Who wrote a cell and when: ordered by clock, then by site id, so two
/// devices always agree which of two writes is the later one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "(u64, String)", into = "(u64, String)")]
pub struct Stamp {
    pub hlc: Hlc,
    pub site: String,
}

impl Stamp {
    pub fn new(hlc: Hlc, site: impl Into<String>) -> Self {
        Stamp {
            hlc,
            site: site.into(),
        }
    }
}

impl From<(u64, String)> for Stamp {
    fn from((hlc, site): (u64, String)) -> Self {
        Stamp {
            hlc: Hlc(hlc),
            site,
        }
    }
}

impl From<Stamp> for (u64, String) {
    fn from(s: Stamp) -> Self {
        (s.hlc.0, s.site)
    }
}

/// What a change is. `Insert` and `Undelete` both make the row live (their
/// stamp goes into `live`); only they can revive a deleted row. `State` is a
/// server's merged row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Insert,
    Update,
    Delete,
    Undelete,
    State,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Insert => "insert",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Undelete => "undelete",
            Self::State => "state",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "insert" => Self::Insert,
            "update" => Self::Update,
            "delete" => Self::Delete,
            "undelete" => Self::Undelete,
            "state" => Self::State,
            _ => return None,
        })
    }
}

/// Cells written at one stamp.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellGroup {
    pub stamp: Stamp,
    pub values: Map<String, Value>,
}

/// A change to one row, or one row's merged state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowChange {
    pub table: String,
    pub pk: String,
    pub kind: ChangeKind,
    /// Newest insert or undelete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<Stamp>,
    /// Newest delete (tombstone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dead: Option<Stamp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<CellGroup>,
}

impl RowChange {
    /// The stamps only.
    pub fn clock(&self) -> RowClock {
        let mut cells = BTreeMap::new();
        for g in &self.cells {
            for col in g.values.keys() {
                let slot = cells.entry(col.clone()).or_insert_with(|| g.stamp.clone());
                if g.stamp > *slot {
                    *slot = g.stamp.clone();
                }
            }
        }
        RowClock {
            live: self.live.clone(),
            dead: self.dead.clone(),
            cells,
        }
    }

    /// Newest value of every cell (a column in two groups: the later stamp).
    pub fn values(&self) -> BTreeMap<String, (Stamp, Value)> {
        self.newest_values()
            .into_iter()
            .map(|(col, (stamp, v))| (col.to_string(), (stamp.clone(), v.clone())))
            .collect()
    }

    /// [`RowChange::values`] borrowed from the change (no copies: a bulk
    /// apply reads them for every pulled row).
    pub fn newest_values(&self) -> BTreeMap<&str, (&Stamp, &Value)> {
        let mut out: BTreeMap<&str, (&Stamp, &Value)> = BTreeMap::new();
        for g in &self.cells {
            for (col, v) in &g.values {
                let newer = out.get(col.as_str()).is_none_or(|(s, _)| g.stamp > **s);
                if newer {
                    out.insert(col.as_str(), (&g.stamp, v));
                }
            }
        }
        out
    }

    /// Every stamp the change carries.
    pub fn stamps(&self) -> impl Iterator<Item = &Stamp> {
        self.live
            .iter()
            .chain(self.dead.iter())
            .chain(self.cells.iter().map(|g| &g.stamp))
    }

    /// Build a row state from cells with their stamps (grouped by stamp).
    pub fn from_state(
        table: &str,
        pk: &str,
        clock: &RowClock,
        values: &Map<String, Value>,
    ) -> RowChange {
        let mut groups: BTreeMap<&Stamp, Map<String, Value>> = BTreeMap::new();
        for (col, stamp) in &clock.cells {
            let v = values.get(col).cloned().unwrap_or(Value::Null);
            groups.entry(stamp).or_default().insert(col.clone(), v);
        }
        RowChange {
            table: table.to_string(),
            pk: pk.to_string(),
            kind: ChangeKind::State,
            live: clock.live.clone(),
            dead: clock.dead.clone(),
            cells: groups
                .into_iter()
                .map(|(stamp, values)| CellGroup {
                    stamp: stamp.clone(),
                    values,
                })
                .collect(),
        }
    }
}

/// The stamps of one row: each cell's newest write, the newest insert or
/// undelete (`live`) and the newest delete (`dead`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowClock {
    pub live: Option<Stamp>,
    pub dead: Option<Stamp>,
    pub cells: BTreeMap<String, Stamp>,
}

impl RowClock {
    /// A row exists when it was inserted or undeleted after its newest delete.
    pub fn is_alive(&self) -> bool {
        match (&self.live, &self.dead) {
            (Some(l), Some(d)) => l > d,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Every stamp in the clock.
    pub fn newest(&self) -> Option<&Stamp> {
        self.live
            .iter()
            .chain(self.dead.iter())
            .chain(self.cells.values())
            .max()
    }

    /// Compact text for `sync_clock.clock`: cells sharing the most common
    /// stamp are written once as `"b"` when every column of the table has a
    /// cell (the usual case: a row written once by an insert).
    pub fn encode(&self, columns: &[&str]) -> String {
        let mut counts: BTreeMap<&Stamp, usize> = BTreeMap::new();
        for s in self.cells.values() {
            *counts.entry(s).or_default() += 1;
        }
        let complete = !columns.is_empty() && columns.iter().all(|c| self.cells.contains_key(*c));
        let base = if complete {
            counts
                .iter()
                .max_by_key(|(s, n)| (**n, std::cmp::Reverse(**s)))
                .map(|(s, _)| (*s).clone())
        } else {
            None
        };
        let mut obj = Map::new();
        let put = |obj: &mut Map<String, Value>, k: &str, s: &Stamp| {
            obj.insert(k.to_string(), serde_json::json!([s.hlc.0, s.site]));
        };
        if let Some(l) = &self.live {
            put(&mut obj, "l", l);
        }
        if let Some(d) = &self.dead {
            put(&mut obj, "d", d);
        }
        if let Some(b) = &base {
            put(&mut obj, "b", b);
        }
        let mut c = Map::new();
        for (col, s) in &self.cells {
            if base.as_ref() != Some(s) || !columns.contains(&col.as_str()) {
                put(&mut c, col, s);
            }
        }
        if !c.is_empty() {
            obj.insert("c".into(), Value::Object(c));
        }
        Value::Object(obj).to_string()
    }

    /// Inverse of [`RowClock::encode`] for the same column list.
    pub fn decode(text: &str, columns: &[&str]) -> Result<RowClock, serde_json::Error> {
        #[derive(Deserialize)]
        struct Raw {
            l: Option<Stamp>,
            d: Option<Stamp>,
            b: Option<Stamp>,
            #[serde(default)]
            c: BTreeMap<String, Stamp>,
        }
        let raw: Raw = serde_json::from_str(text)?;
        let mut cells = raw.c;
        if let Some(b) = raw.b {
            for col in columns {
                cells.entry((*col).to_string()).or_insert_with(|| b.clone());
            }
        }
        Ok(RowClock {
            live: raw.l,
            dead: raw.d,
            cells,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(h: u64, s: &str) -> Stamp {
        Stamp::new(Hlc(h), s)
    }

    #[test]
    fn stamps_order_by_clock_then_site() {
        assert!(st(2, "a") > st(1, "z"));
        assert!(st(1, "b") > st(1, "a"));
        assert_eq!(serde_json::to_string(&st(5, "x")).unwrap(), r#"[5,"x"]"#);
    }

    #[test]
    fn clock_encoding_is_compact_and_round_trips() {
        let cols = ["id", "a", "b", "c"];
        let mut clock = RowClock {
            live: Some(st(1, "s")),
            dead: None,
            cells: cols.iter().map(|c| (c.to_string(), st(1, "s"))).collect(),
        };
        clock.cells.insert("b".into(), st(9, "t"));
        let text = clock.encode(&cols);
        assert_eq!(text, r#"{"b":[1,"s"],"c":{"b":[9,"t"]},"l":[1,"s"]}"#);
        assert_eq!(RowClock::decode(&text, &cols).unwrap(), clock);
        // Incomplete rows (only some cells known) keep every cell explicitly.
        let partial = RowClock {
            live: None,
            dead: Some(st(3, "s")),
            cells: [("a".to_string(), st(2, "s"))].into_iter().collect(),
        };
        assert_eq!(
            RowClock::decode(&partial.encode(&cols), &cols).unwrap(),
            partial
        );
    }
}
