//! The merge: per-column last writer wins by (HLC, site id). WHY a pure
//! function over stamps: the client and the server must reach the same
//! answer from the same inputs, in any order and however often a change
//! arrives, so the rule is a join (an element-wise maximum): merging is
//! commutative, associative and idempotent, which is what makes duplicated,
//! reordered and retried messages harmless.
//!
//! Rows: `live` is the newest insert or undelete, `dead` the newest delete;
//! a row exists when `live > dead`. An edit of a cell moves only that cell's
//! stamp, so editing a deleted row does not bring it back; only an explicit
//! undelete (a newer `live`) does.

use crate::row::{RowClock, Stamp};

/// What a merge changed in the local clock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// Columns whose value must be taken from the incoming change.
    pub won: Vec<String>,
    pub was_alive: bool,
    pub is_alive: bool,
    /// The clock changed at all (live, dead or a cell).
    pub changed: bool,
}

fn max_into(slot: &mut Option<Stamp>, incoming: &Option<Stamp>) -> bool {
    match (slot.as_ref(), incoming) {
        (_, None) => false,
        (Some(cur), Some(new)) if new <= cur => false,
        (_, Some(new)) => {
            *slot = Some(new.clone());
            true
        }
    }
}

/// Merge `incoming` into `local`; report which cells `incoming` won.
pub fn merge(local: &mut RowClock, incoming: &RowClock) -> Merged {
    let was_alive = local.is_alive();
    let mut changed = max_into(&mut local.live, &incoming.live);
    changed |= max_into(&mut local.dead, &incoming.dead);
    let mut won = Vec::new();
    for (col, stamp) in &incoming.cells {
        let wins = local.cells.get(col).is_none_or(|cur| stamp > cur);
        if wins {
            local.cells.insert(col.clone(), stamp.clone());
            won.push(col.clone());
        }
    }
    changed |= !won.is_empty();
    Merged {
        won,
        was_alive,
        is_alive: local.is_alive(),
        changed,
    }
}

#[cfg(test)]
mod tests {
    use talentdesk_core::clock::Hlc;

    use super::*;

    fn st(h: u64, s: &str) -> Stamp {
        Stamp::new(Hlc(h), s)
    }

    fn clock(live: Option<u64>, dead: Option<u64>, cells: &[(&str, u64, &str)]) -> RowClock {
        RowClock {
            live: live.map(|h| st(h, "s")),
            dead: dead.map(|h| st(h, "s")),
            cells: cells
                .iter()
                .map(|(c, h, s)| (c.to_string(), st(*h, s)))
                .collect(),
        }
    }

    #[test]
    fn newer_cells_win_per_column_and_site_breaks_ties() {
        let mut local = clock(Some(1), None, &[("a", 5, "x"), ("b", 5, "x")]);
        let m = merge(
            &mut local,
            &clock(None, None, &[("a", 6, "y"), ("b", 4, "y")]),
        );
        assert_eq!(m.won, vec!["a".to_string()]);
        let m = merge(&mut local, &clock(None, None, &[("b", 5, "y")]));
        assert_eq!(m.won, vec!["b".to_string()], "same clock: larger site wins");
        let m = merge(&mut local, &clock(None, None, &[("b", 5, "y")]));
        assert!(m.won.is_empty() && !m.changed, "idempotent");
    }

    #[test]
    fn deletes_win_over_edits_and_only_undelete_revives() {
        let mut local = clock(Some(1), None, &[("a", 1, "s")]);
        let m = merge(&mut local, &clock(None, Some(3), &[]));
        assert!(m.was_alive && !m.is_alive);
        // A later edit of another column does not revive the row.
        let m = merge(&mut local, &clock(None, None, &[("b", 9, "s")]));
        assert!(!m.is_alive && m.won == vec!["b".to_string()]);
        // An undelete newer than the delete does.
        let m = merge(&mut local, &clock(Some(4), None, &[("a", 4, "s")]));
        assert!(m.is_alive);
        // An older undelete would not have.
        let mut other = clock(Some(1), Some(3), &[]);
        assert!(!merge(&mut other, &clock(Some(2), None, &[])).is_alive);
    }

    #[test]
    fn merge_is_order_independent() {
        let changes = [
            clock(Some(1), None, &[("a", 1, "p"), ("b", 1, "p")]),
            clock(None, None, &[("a", 7, "q")]),
            clock(None, Some(5), &[]),
            clock(Some(6), None, &[("a", 6, "r"), ("b", 6, "r")]),
            clock(None, None, &[("b", 3, "q")]),
        ];
        let mut reference: Option<RowClock> = None;
        // Every rotation and its reverse, with a duplicate thrown in.
        for start in 0..changes.len() {
            for rev in [false, true] {
                let mut order: Vec<&RowClock> = changes
                    .iter()
                    .cycle()
                    .skip(start)
                    .take(changes.len())
                    .collect();
                if rev {
                    order.reverse();
                }
                order.push(order[0]);
                let mut acc = RowClock::default();
                for c in order {
                    merge(&mut acc, c);
                }
                match &reference {
                    None => reference = Some(acc),
                    Some(r) => assert_eq!(&acc, r),
                }
            }
        }
        let r = reference.unwrap();
        assert!(r.is_alive());
        assert_eq!(r.cells["a"], st(7, "q"));
        assert_eq!(r.cells["b"], st(6, "r"));
    }
}
