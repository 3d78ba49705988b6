//! Demo data generator: it fills every table of the live schema without
//! breaking a constraint, tells consistent stories across tables, is
//! deterministic for a seed, and leaves nothing behind when cancelled.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::types::ValueRef;
use talentdesk_core::demo::{self, DemoOptions, DemoSummary, Scale};
use talentdesk_core::Store;

fn tables(store: &Store) -> Vec<String> {
    store
        .read(|c| {
            Ok(c.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 AND name NOT IN ('refinery_schema_history', 'candidate_dup_keys') \
                 AND substr(name, 1, 5) <> 'sync_' \
                 AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*' ORDER BY name",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?)
        })
        .unwrap()
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .read(|c| {
            Ok(
                c.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                    r.get(0)
                })?,
            )
        })
        .unwrap()
}

fn scalar(store: &Store, sql: &str) -> i64 {
    store
        .read(|c| Ok(c.query_row(sql, [], |r| r.get(0))?))
        .unwrap()
}

fn small(store: &Store, seed: u64) -> DemoSummary {
    let opts = DemoOptions {
        seed,
        scale: Scale::Small,
    };
    demo::generate(store, &opts, &mut |_| {}, &AtomicBool::new(false)).unwrap()
}

/// Hash of every row of every table, in insertion order.
fn content_hash(store: &Store) -> u64 {
    let mut h = DefaultHasher::new();
    store
        .read(|c| {
            for t in tables(store) {
                t.hash(&mut h);
                let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))?;
                let n = stmt.column_count();
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    for i in 0..n {
                        match r.get_ref(i)? {
                            ValueRef::Null => 0u8.hash(&mut h),
                            ValueRef::Integer(v) => v.hash(&mut h),
                            ValueRef::Real(v) => v.to_bits().hash(&mut h),
                            ValueRef::Text(v) | ValueRef::Blob(v) => v.hash(&mut h),
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    h.finish()
}

#[test]
fn small_fills_every_table_and_respects_every_constraint() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("demo.db")).unwrap();
    let mut seen = Vec::new();
    let summary = demo::generate(
        &store,
        &DemoOptions {
            seed: 1,
            scale: Scale::Small,
        },
        &mut |p| seen.push((p.table.clone(), p.done, p.total)),
        &AtomicBool::new(false),
    )
    .unwrap();
    let ok: String = store
        .read(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(ok, "ok");
    let broken = scalar(&store, "SELECT count(*) FROM pragma_foreign_key_check");
    assert_eq!(broken, 0, "foreign key violations");
    let all = tables(&store);
    assert!(all.len() >= 120);
    for t in &all {
        assert!(count(&store, t) >= 3, "table {t} has fewer than 3 rows");
    }
    assert_eq!(summary.tables.len(), all.len());
    assert_eq!(
        summary.total_rows,
        summary.tables.iter().map(|t| t.1).sum::<u64>()
    );
    assert!(seen
        .iter()
        .any(|(t, done, total)| t == "applications" && done == total && *total == 1_000));
    assert_eq!(count(&store, "candidates"), 200);
    // Derived by triggers from the generated candidates, not generated itself.
    assert!(count(&store, "candidate_dup_keys") >= 200);
    assert_eq!(count(&store, "requisitions"), 20);
    assert_eq!(count(&store, "applications"), 1_000);
}

#[test]
fn small_tells_consistent_stories() {
    let store = Store::open_in_memory().unwrap();
    small(&store, 1);
    // Applications: mostly to requisitions, some to tracked jobs.
    let to_req = scalar(
        &store,
        "SELECT count(*) FROM applications WHERE requisition_id IS NOT NULL",
    );
    let to_tracked = scalar(
        &store,
        "SELECT count(*) FROM applications WHERE tracked_job_id IS NOT NULL",
    );
    assert!(to_req > 800 && to_tracked > 10, "{to_req} / {to_tracked}");
    // Stage belongs to the same requisition, status agrees with its kind.
    assert_eq!(scalar(&store, "SELECT count(*) FROM applications WHERE requisition_id IS NOT NULL AND stage_id IS NULL"), 0);
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id WHERE s.requisition_id IS NOT a.requisition_id"),
        0
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id WHERE NOT (
                (s.kind = 'new' AND a.status IN ('new','submitted')) OR
                (s.kind = 'screening' AND a.status IN ('screening','under_review')) OR
                (s.kind = a.status))"
        ),
        0
    );
    // Seven stages per requisition plus one default set.
    assert_eq!(count(&store, "pipeline_stages"), 7 * 21);
    assert_eq!(
        scalar(&store, "SELECT count(DISTINCT kind) FROM pipeline_stages"),
        7
    );
    // The local job seeker (first user) owns tracked jobs, goals and mock interviews.
    let local = "(SELECT id FROM users WHERE role = 'job_seeker' ORDER BY id LIMIT 1)";
    for t in ["tracked_jobs", "career_goals", "mock_interviews"] {
        assert!(
            scalar(
                &store,
                &format!("SELECT count(*) FROM {t} WHERE user_id = {local}")
            ) >= 1,
            "{t}"
        );
    }
    // Timelines move between stages of the application's own requisition.
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM application_timeline t JOIN applications a ON a.id = t.application_id
             JOIN pipeline_stages s ON s.id = t.to_stage_id WHERE s.requisition_id IS NOT a.requisition_id"
        ),
        0
    );
    // Interviews of an application are about its candidate and requisition.
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM interviews i JOIN applications a ON a.id = i.application_id
             WHERE a.requisition_id IS NOT NULL AND (i.candidate_id IS NOT a.candidate_id OR i.requisition_id IS NOT a.requisition_id)"
        ),
        0
    );
    // Text looks like what the column says.
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM candidates WHERE email NOT LIKE '%_@_%.%'"
        ),
        0
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM candidates WHERE phone IS NOT NULL AND phone NOT GLOB '+[1-9]*'"
        ),
        0
    );
    assert_eq!(scalar(&store, "SELECT count(*) FROM candidates WHERE linkedin_url IS NOT NULL AND linkedin_url NOT LIKE 'https://www.linkedin.com/in/%'"), 0);
    assert!(scalar(&store, "SELECT count(DISTINCT full_name) FROM candidates") > 150);
    assert!(
        scalar(
            &store,
            "SELECT count(*) FROM candidates WHERE status = 'active'"
        ) > 60
    );
    assert_eq!(scalar(&store, "SELECT count(*) FROM users WHERE password_hash IS NOT NULL AND password_hash NOT LIKE '$argon2id$v=19$%'"), 0);
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM requisitions WHERE max_salary_minor < min_salary_minor"
        ),
        0
    );
    assert_eq!(
        scalar(&store, "SELECT sum(total_applicants) FROM requisitions"),
        scalar(
            &store,
            "SELECT count(*) FROM applications WHERE requisition_id IS NOT NULL"
        )
    );
    assert!(
        scalar(
            &store,
            "SELECT count(*) FROM candidates WHERE cv_document_id IS NOT NULL"
        ) > 0
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM questions WHERE kind = 'mcq' AND json_array_length(options) <> 4"
        ),
        0
    );
    // Ids are UUIDv7 text.
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM candidates WHERE length(id) <> 36 OR substr(id, 15, 1) <> '7'"
        ),
        0
    );
}

#[test]
fn same_seed_same_content_different_seed_different_content() {
    let a = Store::open_in_memory().unwrap();
    let b = Store::open_in_memory().unwrap();
    let c = Store::open_in_memory().unwrap();
    assert_eq!(small(&a, 42), small(&b, 42));
    small(&c, 43);
    let (ha, hb, hc) = (content_hash(&a), content_hash(&b), content_hash(&c));
    assert_eq!(ha, hb, "same seed must give identical databases");
    assert_ne!(ha, hc, "a different seed must give different data");
}

#[test]
fn cancelling_rolls_everything_back() {
    let store = Store::open_in_memory().unwrap();
    let cancel = AtomicBool::new(false);
    let mut reached = false;
    let err = demo::generate(
        &store,
        &DemoOptions {
            seed: 7,
            scale: Scale::Small,
        },
        &mut |p| {
            // Cancel halfway through, after many tables are already filled.
            if p.table == "applications" && p.done == 0 {
                reached = true;
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    )
    .unwrap_err();
    assert!(reached);
    assert!(demo::is_cancelled(&err), "{err:?}");
    for t in tables(&store) {
        assert_eq!(count(&store, &t), 0, "{t} kept rows after cancel");
    }
    // Cancelled before it starts: same.
    let err = demo::generate(
        &store,
        &DemoOptions {
            seed: 7,
            scale: Scale::Small,
        },
        &mut |_| {},
        &AtomicBool::new(true),
    )
    .unwrap_err();
    assert!(demo::is_cancelled(&err));
    assert_eq!(count(&store, "users"), 0);
}

#[test]
fn scales_parse_and_have_the_promised_sizes() {
    assert_eq!("small".parse::<Scale>().unwrap(), Scale::Small);
    assert_eq!("Medium".parse::<Scale>().unwrap(), Scale::Medium);
    assert_eq!(" large ".parse::<Scale>().unwrap(), Scale::Large);
    assert!("huge".parse::<Scale>().is_err());
    assert_eq!(serde_json::to_string(&Scale::Large).unwrap(), "\"large\"");
    assert_eq!(
        serde_json::from_str::<Scale>("\"medium\"").unwrap(),
        Scale::Medium
    );
    assert_eq!(demo::planned_rows("candidates", Scale::Large), 100_000);
    assert_eq!(demo::planned_rows("requisitions", Scale::Large), 10_000);
    assert_eq!(demo::planned_rows("applications", Scale::Large), 1_000_000);
    assert_eq!(demo::planned_rows("applications", Scale::Medium), 100_000);
    assert_eq!(
        demo::planned_rows("a_table_from_a_future_migration", Scale::Small),
        5
    );
}

#[test]
fn same_seed_twice_in_one_database_fails_cleanly() {
    let store = Store::open_in_memory().unwrap();
    let first = small(&store, 5);
    let before: Vec<i64> = tables(&store).iter().map(|t| count(&store, t)).collect();
    let err = demo::generate(
        &store,
        &DemoOptions {
            seed: 5,
            scale: Scale::Small,
        },
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_eq!(err.code, talentdesk_core::ErrorCode::Conflict);
    assert!(err.message.contains("another seed"), "{}", err.message);
    let after: Vec<i64> = tables(&store).iter().map(|t| count(&store, t)).collect();
    assert_eq!(before, after, "a failed run must not leave rows behind");
    // Another seed adds a second, independent demo set.
    let second = small(&store, 6);
    assert_eq!(count(&store, "applications") as u64, 2 * 1_000);
    assert_eq!(first.total_rows, second.total_rows);
}

#[test]
fn a_table_from_a_future_migration_gets_valid_rows() {
    let store = Store::open_in_memory().unwrap();
    store
        .write(|tx| {
            tx.execute_batch(
                "CREATE TABLE referral_bonuses (
                    id            TEXT PRIMARY KEY NOT NULL,
                    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
                    referrer_id   TEXT REFERENCES users(id) ON DELETE SET NULL,
                    requisition_id TEXT REFERENCES requisitions(id),
                    tracked_job_id TEXT REFERENCES tracked_jobs(id),
                    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN
                                    ('pending','approved','paid','rejected')),
                    tier          TEXT CHECK (tier IS NULL OR tier IN ('bronze','silver','gold')),
                    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
                    currency      TEXT NOT NULL DEFAULT 'USD' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
                    share_percent INTEGER CHECK (share_percent BETWEEN 10 AND 90),
                    is_paid       INTEGER NOT NULL DEFAULT 0 CHECK (is_paid IN (0,1)),
                    details       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
                    valid_from    TEXT,
                    valid_until   TEXT,
                    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
                    CHECK ((requisition_id IS NULL) <> (tracked_job_id IS NULL))
                );",
            )?;
            Ok(())
        })
        .unwrap();
    let summary = small(&store, 3);
    assert!(summary
        .tables
        .iter()
        .any(|(t, n)| t == "referral_bonuses" && *n == 5));
    assert_eq!(count(&store, "referral_bonuses"), 5);
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT count(*) FROM referral_bonuses WHERE share_percent NOT BETWEEN 10 AND 90"
        ),
        0
    );
}
