//! Capture overhead on a bulk import: 100,000 candidates inserted in one
//! transaction, with the capture triggers and with them dropped. Ignored in
//! the normal run (timing); run it in release:
//!
//! ```sh
//! cargo test --release -p talentdesk-sync --test capture_bench -- --ignored --nocapture
//! ```
//!
//! It fails if capture makes the import more than 2x slower.

use std::time::{Duration, Instant};

use rusqlite::params;
use talentdesk_core::Store;

const ROWS: usize = 100_000;

fn import(store: &Store) -> Duration {
    let start = Instant::now();
    store
        .write(|tx| {
            let mut stmt = tx.prepare(
                "INSERT INTO candidates (id, full_name, email, phone, location, headline, status, source,
                    total_experience_years, current_role, expected_ctc_minor, ctc_currency, languages,
                    created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'active', 'import', ?7, ?8, ?9, 'USD', '[\"en\"]', ?10, ?10)",
            )?;
            for i in 0..ROWS {
                let id = uuid::Uuid::now_v7().to_string();
                stmt.execute(params![
                    id,
                    format!("Candidate Number {i}"),
                    format!("candidate{i}@example.com"),
                    format!("+1555{i:07}"),
                    "Berlin, Germany",
                    "Senior engineer with a long headline about distributed systems",
                    (i % 30) as f64 + 0.5,
                    "Software Engineer",
                    (i as i64) * 100,
                    "2026-01-01T00:00:00.000Z",
                ])?;
            }
            Ok(())
        })
        .unwrap();
    start.elapsed()
}

fn file_store(dir: &tempfile::TempDir, name: &str, capture: bool) -> Store {
    let store = Store::open(dir.path().join(name)).unwrap();
    if !capture {
        store
            .write(|tx| {
                for t in talentdesk_sync::triggers::trigger_names("candidates") {
                    tx.execute_batch(&format!("DROP TRIGGER {t}"))?;
                }
                Ok(())
            })
            .unwrap();
    }
    store
}

#[test]
#[ignore = "timing benchmark; run in release with --ignored"]
fn bulk_import_with_capture_is_at_most_twice_as_slow() {
    let dir = tempfile::tempdir().unwrap();
    let mut off = Vec::new();
    let mut on = Vec::new();
    for round in 0..2 {
        off.push(import(&file_store(&dir, &format!("off{round}.db"), false)));
        on.push(import(&file_store(&dir, &format!("on{round}.db"), true)));
    }
    let best = |v: &[Duration]| v.iter().min().copied().unwrap_or_default();
    let (off, on) = (best(&off), best(&on));
    let ratio = on.as_secs_f64() / off.as_secs_f64();
    println!(
        "{ROWS} candidates: capture off {:.2?}, capture on {:.2?}, ratio {ratio:.2}",
        off, on
    );
    // Folding the outbox (what the first sync does with these rows).
    let store = file_store(&dir, "fold.db", true);
    import(&store);
    let start = Instant::now();
    store
        .write(|tx| {
            let schema = talentdesk_sync::schema::Schema::load(tx).unwrap();
            let site = talentdesk_sync::capture::site_id(tx).unwrap();
            talentdesk_sync::capture::fold(tx, &schema, &site).unwrap();
            Ok(())
        })
        .unwrap();
    println!("fold of {ROWS} captured inserts: {:.2?}", start.elapsed());
    assert!(ratio <= 2.0, "capture overhead {ratio:.2}x > 2x");
}

/// The demo generator (small scale) with and without capture triggers.
#[test]
#[ignore = "timing benchmark; run in release with --ignored"]
fn demo_small_with_and_without_capture() {
    use std::sync::atomic::AtomicBool;
    use talentdesk_core::demo::{self, DemoOptions, Scale};
    let dir = tempfile::tempdir().unwrap();
    for capture in [false, true, false, true] {
        let store = Store::open(
            dir.path()
                .join(format!("demo-{capture}-{}.db", uuid::Uuid::new_v4())),
        )
        .unwrap();
        if !capture {
            store
                .write(|tx| {
                    let names: Vec<String> = tx
                        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")?
                        .query_map([], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    for n in names {
                        tx.execute_batch(&format!("DROP TRIGGER \"{n}\""))?;
                    }
                    Ok(())
                })
                .unwrap();
        }
        let start = Instant::now();
        let summary = demo::generate(
            &store,
            &DemoOptions {
                seed: 1,
                scale: Scale::Small,
            },
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .unwrap();
        let captured: i64 = store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM sync_changes", [], |r| r.get(0))?))
            .unwrap();
        println!(
            "demo small, capture {}: {} rows in {:.2?}, {captured} changes captured",
            if capture { "on " } else { "off" },
            summary.total_rows,
            start.elapsed()
        );
    }
}
