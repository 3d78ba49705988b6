//! Applying remote changes to a real store: children before parents in one
//! batch, deletes and explicit undeletes, edits that must not revive a row,
//! orphans given their ON DELETE action, and clock skew refused.

use serde_json::{json, Map, Value};
use talentdesk_core::clock::{system_wall_ms, Hlc, MAX_SKEW_MS};
use talentdesk_core::Store;
use talentdesk_sync::apply::apply_rows;
use talentdesk_sync::capture;
use talentdesk_sync::client::{read, write};
use talentdesk_sync::schema::Schema;
use talentdesk_sync::{CellGroup, ChangeKind, RowChange, Stamp, SyncError};

const REMOTE: &str = "ffffffff-0000-4000-8000-000000000000";

fn stamp(offset_ms: i64) -> Stamp {
    let ms = (system_wall_ms() as i64 + offset_ms) as u64;
    Stamp::new(Hlc::new(ms, 0), REMOTE)
}

fn values(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn insert(table: &str, pk: &str, s: &Stamp, v: Value) -> RowChange {
    RowChange {
        table: table.into(),
        pk: pk.into(),
        kind: ChangeKind::Insert,
        live: Some(s.clone()),
        dead: None,
        cells: vec![CellGroup {
            stamp: s.clone(),
            values: values(v),
        }],
    }
}

fn update(table: &str, pk: &str, s: &Stamp, v: Value) -> RowChange {
    RowChange {
        table: table.into(),
        pk: pk.into(),
        kind: ChangeKind::Update,
        live: None,
        dead: None,
        cells: vec![CellGroup {
            stamp: s.clone(),
            values: values(v),
        }],
    }
}

fn delete(table: &str, pk: &str, s: &Stamp) -> RowChange {
    RowChange {
        table: table.into(),
        pk: pk.into(),
        kind: ChangeKind::Delete,
        live: None,
        dead: Some(s.clone()),
        cells: vec![],
    }
}

fn apply(store: &Store, rows: Vec<RowChange>) -> Result<(), SyncError> {
    let clock = std::sync::Arc::clone(store.clock());
    write(store, |c| {
        let schema = Schema::load(c)?;
        apply_rows(c, &schema, &clock, &rows)?;
        Ok(())
    })
}

fn scalar(store: &Store, sql: &str) -> Value {
    let v: rusqlite::types::Value = store
        .read(|c| Ok(c.query_row(sql, [], |r| r.get(0))?))
        .unwrap();
    match v {
        rusqlite::types::Value::Integer(i) => json!(i),
        rusqlite::types::Value::Text(t) => json!(t),
        rusqlite::types::Value::Null => Value::Null,
        other => json!(format!("{other:?}")),
    }
}

fn pending(store: &Store) -> u64 {
    read(store, capture::outbox_len).unwrap()
}

#[test]
fn children_may_arrive_before_parents_and_applies_are_not_captured() {
    let store = Store::open_in_memory().unwrap();
    let s = stamp(0);
    apply(
        &store,
        vec![
            insert(
                "applications",
                "a1",
                &s,
                json!({"candidate_id": "c1", "requisition_id": "r1"}),
            ),
            insert("candidates", "c1", &s, json!({"full_name": "Ada"})),
            insert("requisitions", "r1", &s, json!({"title": "Dev"})),
        ],
    )
    .unwrap();
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM applications"),
        json!(1)
    );
    assert_eq!(pending(&store), 0, "applied rows are not captured again");
}

#[test]
fn edits_do_not_revive_a_deleted_row_but_an_undelete_does() {
    let store = Store::open_in_memory().unwrap();
    apply(
        &store,
        vec![insert(
            "candidates",
            "c1",
            &stamp(-3_000),
            json!({"full_name": "Ada", "email": "a@x.io"}),
        )],
    )
    .unwrap();
    apply(&store, vec![delete("candidates", "c1", &stamp(-2_000))]).unwrap();
    assert_eq!(scalar(&store, "SELECT count(*) FROM candidates"), json!(0));
    // A newer edit of another column (made where the delete was not yet seen).
    apply(
        &store,
        vec![update(
            "candidates",
            "c1",
            &stamp(-1_000),
            json!({"headline": "Rust"}),
        )],
    )
    .unwrap();
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM candidates"),
        json!(0),
        "an edit must not revive"
    );
    // The local undelete restores the last values plus the edit that won meanwhile.
    let schema = read(&store, Schema::load).unwrap();
    write(&store, |c| {
        capture::undelete(c, &schema, "candidates", "c1")
    })
    .unwrap();
    assert_eq!(
        scalar(&store, "SELECT email || ' ' || headline FROM candidates"),
        json!("a@x.io Rust")
    );
    let out = read(&store, |c| capture::outbox(c, &schema, 0, i64::MAX, 10)).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].kind, ChangeKind::Undelete);
    // An older undelete from elsewhere would not have revived it.
    let store2 = Store::open_in_memory().unwrap();
    apply(
        &store2,
        vec![
            insert(
                "candidates",
                "c1",
                &stamp(-3_000),
                json!({"full_name": "Ada"}),
            ),
            delete("candidates", "c1", &stamp(-1_000)),
        ],
    )
    .unwrap();
    let mut undelete = insert(
        "candidates",
        "c1",
        &stamp(-2_000),
        json!({"full_name": "Ada"}),
    );
    undelete.kind = ChangeKind::Undelete;
    apply(&store2, vec![undelete]).unwrap();
    assert_eq!(scalar(&store2, "SELECT count(*) FROM candidates"), json!(0));
}

#[test]
fn orphans_get_their_on_delete_action_as_captured_writes() {
    let store = Store::open_in_memory().unwrap();
    let s = stamp(-5_000);
    apply(
        &store,
        vec![
            insert("candidates", "c1", &s, json!({"full_name": "Ada"})),
            insert("requisitions", "r1", &s, json!({"title": "Dev"})),
        ],
    )
    .unwrap();
    // Locally, a new application; remotely, its candidate was deleted.
    store
        .write(|tx| {
            tx.execute("INSERT INTO applications (id, candidate_id, requisition_id) VALUES ('a1', 'c1', 'r1')", [])?;
            Ok(())
        })
        .unwrap();
    apply(&store, vec![delete("candidates", "c1", &stamp(-1_000))]).unwrap();
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM applications"),
        json!(0),
        "cascaded"
    );
    // And a remote child whose parent is gone here is removed on arrival.
    apply(
        &store,
        vec![insert(
            "applications",
            "a2",
            &stamp(-500),
            json!({"candidate_id": "c1", "requisition_id": "r1"}),
        )],
    )
    .unwrap();
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM applications"),
        json!(0)
    );
    let schema = read(&store, Schema::load).unwrap();
    let out = read(&store, |c| capture::outbox(c, &schema, 0, i64::MAX, 100)).unwrap();
    let deletes: Vec<&str> = out
        .iter()
        .filter(|e| e.kind == ChangeKind::Delete)
        .map(|e| e.pk.as_str())
        .collect();
    assert!(
        deletes.contains(&"a1") && deletes.contains(&"a2"),
        "{deletes:?}: both deletions sync"
    );
}

#[test]
fn a_stamp_too_far_ahead_is_refused_and_not_adopted() {
    let store = Store::open_in_memory().unwrap();
    let before = store.clock().last();
    let ahead = stamp(MAX_SKEW_MS as i64 + 60_000);
    let err = apply(
        &store,
        vec![insert(
            "candidates",
            "c1",
            &ahead,
            json!({"full_name": "Future"}),
        )],
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::Clock(_)), "{err}");
    assert!(err.to_string().contains("clock skew"));
    assert_eq!(scalar(&store, "SELECT count(*) FROM candidates"), json!(0));
    assert!(store.clock().last() < ahead.hlc && store.clock().last() >= before);
    // Within the bound: accepted, and the clock moves past it.
    let near = stamp(60_000);
    apply(
        &store,
        vec![insert(
            "candidates",
            "c2",
            &near,
            json!({"full_name": "Soon"}),
        )],
    )
    .unwrap();
    assert!(store.clock().now() > near.hlc);
}

#[test]
fn a_local_value_that_loses_is_listed_as_a_conflict() {
    let store = Store::open_in_memory().unwrap();
    apply(
        &store,
        vec![insert(
            "candidates",
            "c1",
            &stamp(-10_000),
            json!({"full_name": "Ada", "email": "a@x.io"}),
        )],
    )
    .unwrap();
    store
        .write(|tx| {
            tx.execute(
                "UPDATE candidates SET email = 'mine@x.io', location = 'Oslo' WHERE id = 'c1'",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    // A remote edit of the same email, stamped later; location is not touched.
    let later = Stamp::new(Hlc(store.clock().last().0 + 1_000), REMOTE);
    apply(
        &store,
        vec![update(
            "candidates",
            "c1",
            &later,
            json!({"email": "theirs@x.io"}),
        )],
    )
    .unwrap();
    assert_eq!(
        scalar(&store, "SELECT email || ' ' || location FROM candidates"),
        json!("theirs@x.io Oslo")
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT col || ': ' || local_value || ' -> ' || remote_value FROM sync_conflicts"
        ),
        json!("email: \"mine@x.io\" -> \"theirs@x.io\"")
    );
    assert_eq!(
        scalar(&store, "SELECT count(*) FROM sync_conflicts"),
        json!(1)
    );
}
