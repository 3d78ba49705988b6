//! The shipped seed map against the shipped schema.

use talentdesk_core::seedmap;
use talentdesk_core::Store;

#[test]
fn shipped_map_covers_every_seed_item() {
    let store = Store::open_in_memory().unwrap();
    let report = seedmap::coverage(&store).unwrap();
    let inv = seedmap::inventory().unwrap();
    assert_eq!(report.seeds.len(), inv.seeds.len());
    assert_eq!(report.totals, inv.totals);
    for p in report.all_problems() {
        eprintln!("{p}");
    }
    eprintln!(
        "coverage: {}/{} entities, {}/{} fields",
        report.entities_mapped(),
        report.totals.entities,
        report.fields_mapped(),
        report.totals.fields
    );
    assert!(report.is_complete(), "seed map incomplete; problems above");
    assert_eq!(report.entities_mapped(), inv.totals.entities);
    assert_eq!(report.fields_mapped(), inv.totals.fields);
}
