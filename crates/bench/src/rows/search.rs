//! Full-text candidate search. The FTS5 search command is being built on
//! another branch; until it is on main this row reports why it is not
//! measured.

use crate::report::{Row, Target};

pub fn full_text() -> Row {
    let mut row = Row::new(
        "search",
        "full-text candidate search, 100 varied queries",
        Some("the same FTS5 query in bare SQLite"),
        Target::P99BelowMs(10.0),
    );
    row.outcome = Err("the full-text search command is not on main yet".into());
    row
}
