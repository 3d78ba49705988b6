//! Change capture through the real migrated store: every synced table has
//! up-to-date triggers, each kind of write is recorded once with the right
//! columns, remote applies are not re-captured, and the clock survives a
//! restart.

use rusqlite::params;
use serde_json::{json, Value};
use talentdesk_core::clock::Hlc;
use talentdesk_core::Store;
use talentdesk_sync::capture::{self, OutboxEntry};
use talentdesk_sync::schema::Schema;
use talentdesk_sync::triggers;
use talentdesk_sync::ChangeKind;

fn outbox(store: &Store) -> Vec<OutboxEntry> {
    store
        .read(|c| {
            let schema = Schema::load(c).unwrap();
            Ok(capture::outbox(c, &schema, 0, i64::MAX, 100_000).unwrap())
        })
        .unwrap()
}

fn exec(store: &Store, sql: &str) {
    store
        .write(|tx| {
            tx.execute_batch(sql)?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_synced_table_has_current_capture_triggers() {
    let store = Store::open_in_memory().unwrap();
    store
        .read(|c| {
            let schema = Schema::load(c).unwrap();
            assert!(schema.tables.len() >= 110);
            let mut problems = Vec::new();
            for t in schema.tables.values() {
                let want = triggers::table_triggers(t);
                for name in triggers::trigger_names(&t.name) {
                    let sql: Option<String> = c
                        .query_row(
                            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1 AND tbl_name = ?2",
                            params![name, t.name],
                            |r| r.get(0),
                        )
                        .ok();
                    match sql {
                        None => problems.push(format!("{}: no trigger {name}", t.name)),
                        Some(sql) if !want.contains(&format!("{sql};")) => problems.push(format!(
                            "{}: trigger {name} is stale (columns changed?); regenerate it in a new migration",
                            t.name
                        )),
                        Some(_) => {}
                    }
                }
            }
            assert!(problems.is_empty(), "{problems:#?}");
            // Device-local and bookkeeping tables have none.
            let local: i64 = c.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND (tbl_name IN \
                 ('auth_sessions','system_logs','background_tasks','environment_variables','system_health_metrics') \
                 OR tbl_name LIKE 'sync%')",
                [],
                |r| r.get(0),
            )?;
            assert_eq!(local, 0);
            Ok(())
        })
        .unwrap();
}

#[test]
fn inserts_updates_and_deletes_are_captured_per_row_write() {
    let store = Store::open_in_memory().unwrap();
    exec(
        &store,
        "INSERT INTO candidates (id, full_name, email, skills_vector, total_experience_years)
         VALUES ('c1', 'Ada', 'ada@x.io', x'0000803f', 0.30000000000000004)",
    );
    // A no-op update records nothing; a real one records only what changed.
    exec(
        &store,
        "UPDATE candidates SET full_name = 'Ada' WHERE id = 'c1'",
    );
    exec(
        &store,
        "UPDATE candidates SET email = 'ada@y.io', headline = NULL, bio = 'hi' WHERE id = 'c1'",
    );
    exec(&store, "DELETE FROM candidates WHERE id = 'c1'");
    let out = outbox(&store);
    assert_eq!(out.len(), 3, "{out:#?}");
    let (ins, upd, del) = (&out[0], &out[1], &out[2]);
    assert_eq!(
        (ins.kind, upd.kind, del.kind),
        (ChangeKind::Insert, ChangeKind::Update, ChangeKind::Delete)
    );
    assert!(ins.hlc < upd.hlc && upd.hlc < del.hlc);
    assert_eq!(ins.cols["full_name"], "Ada");
    assert_eq!(ins.cols["skills_vector"], json!({"$blob": "0000803F"}));
    assert_eq!(
        ins.cols["total_experience_years"].as_f64(),
        Some(0.1 + 0.2),
        "reals round-trip exactly"
    );
    assert_eq!(ins.cols["status"], "active", "defaults are captured too");
    assert!(ins.cols.len() > 60);
    assert_eq!(
        Value::Object(upd.cols.clone()),
        json!({"email": "ada@y.io", "bio": "hi"})
    );
    assert_eq!(
        del.cols["email"], "ada@y.io",
        "the tombstone keeps the last values"
    );
}

#[test]
fn cascades_and_bulk_statements_are_captured_and_failed_writes_are_not() {
    let store = Store::open_in_memory().unwrap();
    exec(
        &store,
        "INSERT INTO candidates (id, full_name) VALUES ('c1', 'A'), ('c2', 'B');
         INSERT INTO requisitions (id, title) VALUES ('r1', 'Dev');
         INSERT INTO applications (id, candidate_id, requisition_id) VALUES ('a1', 'c1', 'r1'), ('a2', 'c2', 'r1');",
    );
    let before = outbox(&store).len();
    assert_eq!(before, 5);
    // A failed transaction leaves no change behind.
    let err = store.write(|tx| {
        tx.execute("UPDATE candidates SET full_name = 'Z'", [])?;
        tx.execute(
            "INSERT INTO applications (id, candidate_id) VALUES ('a3', 'nope')",
            [],
        )?;
        Ok(())
    });
    assert!(err.is_err());
    assert_eq!(outbox(&store).len(), before);
    // Deleting a requisition cascades to its applications: both captured.
    exec(&store, "DELETE FROM requisitions WHERE id = 'r1'");
    let out = outbox(&store);
    let deleted: Vec<(&str, &str)> = out[before..]
        .iter()
        .map(|e| (e.table.as_str(), e.pk.as_str()))
        .collect();
    assert!(deleted.contains(&("requisitions", "r1")), "{deleted:?}");
    assert!(
        deleted.contains(&("applications", "a1"))
            || out[before..].iter().any(|e| e.table == "applications"),
        "{deleted:?}"
    );
}

#[test]
fn guarded_rows_are_not_captured_but_other_rows_are() {
    let store = Store::open_in_memory().unwrap();
    exec(
        &store,
        "INSERT INTO sync_guard (tbl, pk) VALUES ('candidates', 'g1');
         INSERT INTO candidates (id, full_name) VALUES ('g1', 'Guarded'), ('n1', 'Normal');
         UPDATE candidates SET full_name = 'G2' WHERE id = 'g1';
         DELETE FROM sync_guard;",
    );
    let out = outbox(&store);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].pk, "n1");
}

#[test]
fn site_id_is_made_once_and_the_clock_resumes_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let (site, last) = {
        let store = Store::open(&path).unwrap();
        exec(
            &store,
            "INSERT INTO candidates (id, full_name) VALUES ('c1', 'A')",
        );
        let site = store.read(|c| Ok(capture::site_id(c).unwrap())).unwrap();
        (site, outbox(&store)[0].hlc)
    };
    assert_eq!(uuid::Uuid::parse_str(&site).unwrap().get_version_num(), 4);
    // Reopen with a wall clock an hour behind: stamps still move forward.
    let store =
        Store::open_with_clock(&path, talentdesk_core::clock::Clock::skewed(-3_600_000)).unwrap();
    assert_eq!(
        store.read(|c| Ok(capture::site_id(c).unwrap())).unwrap(),
        site
    );
    exec(
        &store,
        "UPDATE candidates SET full_name = 'B' WHERE id = 'c1'",
    );
    let out = outbox(&store);
    assert!(out[1].hlc > last, "{} <= {}", out[1].hlc, last);
    assert!(store.clock().last() >= Hlc(out[1].hlc.0));
}
