//! Store behaviour against real databases: settings, migrations, pooling and
//! all-or-nothing writes.

use std::sync::Barrier;

use talentdesk_core::{Error, Store};

#[test]
fn file_store_is_wal_with_foreign_keys_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("td.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.path(), Some(path.as_path()));
    assert!(path.exists());
    let (mode, fk): (String, i64) = store
        .read(|c| {
            let mode = c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            let fk = c.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
            Ok((mode, fk))
        })
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(fk, 1);
    assert_eq!(
        store.schema_version().unwrap(),
        Store::latest_migration_version()
    );
    drop(store);

    let again = Store::open(&path).unwrap();
    assert_eq!(
        again.schema_version().unwrap(),
        Store::latest_migration_version()
    );
}

#[test]
fn latest_migration_version_matches_migration_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations");
    let max = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            let rest = name.strip_prefix('V')?;
            rest.split("__").next()?.parse::<i64>().ok()
        })
        .max()
        .unwrap_or(0);
    assert_eq!(Store::latest_migration_version(), max);
}

#[test]
fn in_memory_store_serves_concurrent_readers() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.path(), None);
    assert_eq!(
        store.schema_version().unwrap(),
        Store::latest_migration_version()
    );
    store
        .write(|tx| {
            Ok(tx.execute_batch("CREATE TABLE probe (x INTEGER); INSERT INTO probe VALUES (7);")?)
        })
        .unwrap();
    let barrier = Barrier::new(2);
    std::thread::scope(|s| {
        let readers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    store
                        .read(|c| {
                            let x: i64 = c.query_row("SELECT x FROM probe", [], |r| r.get(0))?;
                            barrier.wait(); // both readers hold a connection at once
                            Ok(x)
                        })
                        .unwrap()
                })
            })
            .collect();
        for r in readers {
            assert_eq!(r.join().unwrap(), 7);
        }
    });
}

#[test]
fn in_memory_stores_are_separate() {
    let a = Store::open_in_memory().unwrap();
    let b = Store::open_in_memory().unwrap();
    a.write(|tx| Ok(tx.execute_batch("CREATE TABLE only_a (x)")?))
        .unwrap();
    let count = |s: &Store| {
        s.read(|c| {
            Ok(c.query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'only_a'",
                [],
                |r| r.get::<_, i64>(0),
            )?)
        })
        .unwrap()
    };
    assert_eq!((count(&a), count(&b)), (1, 0));
}

#[test]
fn failed_write_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("td.db")).unwrap();
    store
        .write(|tx| Ok(tx.execute_batch("CREATE TABLE scratch (x INTEGER NOT NULL)")?))
        .unwrap();

    let err = store
        .write(|tx| {
            tx.execute("INSERT INTO scratch (x) VALUES (?1)", [1])?;
            tx.execute("INSERT INTO scratch (x) VALUES (?1)", [2])?;
            Err::<(), _>(Error::conflict("stop here"))
        })
        .unwrap_err();
    assert_eq!(err.message, "stop here");

    // A constraint error half-way also rolls back the first insert.
    let err = store
        .write(|tx| {
            tx.execute("INSERT INTO scratch (x) VALUES (?1)", [3])?;
            tx.execute("INSERT INTO scratch (x) VALUES (NULL)", [])?;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("x"));

    let n: i64 = store
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM scratch", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(n, 0);

    store
        .write(|tx| Ok(tx.execute("INSERT INTO scratch (x) VALUES (?1)", [4])?))
        .unwrap();
    let n: i64 = store
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM scratch", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn open_reports_unusable_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    // A path *under* a regular file cannot be created.
    let err = Store::open(file.join("td.db")).unwrap_err();
    assert_eq!(err.code, talentdesk_core::ErrorCode::Io);
}
