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

/// Everything that makes up a database apart from what is its own: the
/// schema in creation order, the migration history without its times, a few
/// header settings, and every row of every table but the sync site row.
fn fingerprint(store: &Store) -> Vec<String> {
    store
        .read(|c| {
            let mut out = Vec::new();
            let mut master =
                c.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")?;
            let rows = master.query_map([], |r| {
                Ok(format!(
                    "{}|{}|{}|{:?}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?
                ))
            })?;
            for row in rows {
                out.push(row?);
            }
            let mut history = c.prepare(
                "SELECT version, name, checksum FROM refinery_schema_history ORDER BY version",
            )?;
            let rows = history.query_map([], |r| {
                Ok(format!(
                    "history {}|{}|{}",
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?
                ))
            })?;
            for row in rows {
                out.push(row?);
            }
            for pragma in [
                "user_version",
                "application_id",
                "page_size",
                "journal_mode",
            ] {
                let v: rusqlite::types::Value =
                    c.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))?;
                out.push(format!("{pragma} {v:?}"));
            }
            let tables: Vec<String> = c
                .prepare(
                    "SELECT name FROM sqlite_master WHERE type = 'table'
                     AND name NOT IN ('sync_site', 'refinery_schema_history') ORDER BY name",
                )?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for table in tables {
                let mut stmt = c.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))?;
                let width = stmt.column_count();
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    let values = (0..width)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()?;
                    out.push(format!("{table} {values:?}"));
                }
            }
            let site: String = c.query_row(
                "SELECT max_hlc || '|' || folded_seq FROM sync_site",
                [],
                |r| r.get(0),
            )?;
            out.push(format!("sync_site {site}"));
            Ok(out)
        })
        .unwrap()
}

fn site_id(store: &Store) -> String {
    store
        .read(|c| Ok(c.query_row("SELECT site_id FROM sync_site", [], |r| r.get(0))?))
        .unwrap()
}

#[test]
fn new_file_from_image_matches_step_by_step_migration() {
    let dir = tempfile::tempdir().unwrap();
    let new = Store::open(dir.path().join("new.db")).unwrap();
    let other = Store::open(dir.path().join("other.db")).unwrap();
    // An existing (empty) file is migrated by refinery, one migration after another.
    let stepwise_path = dir.path().join("stepwise.db");
    std::fs::File::create(&stepwise_path).unwrap();
    let stepwise = Store::open(&stepwise_path).unwrap();
    assert!(new.created_from_image() && other.created_from_image());
    assert!(!stepwise.created_from_image());

    let expected = fingerprint(&stepwise);
    assert!(
        expected
            .iter()
            .any(|l| l.starts_with("table|candidates_fts|")),
        "the full-text tables are part of the schema"
    );
    assert!(expected.iter().any(|l| l.starts_with("trigger|")));
    assert_eq!(fingerprint(&new), expected);

    // Device-specific: each new database gets its own site id, made now.
    let ids = [site_id(&new), site_id(&other), site_id(&stepwise)];
    assert_ne!(ids[0], ids[1]);
    assert_ne!(ids[0], ids[2]);
    for id in &ids {
        let parsed = uuid::Uuid::parse_str(id).unwrap();
        assert_eq!(parsed.get_version_num(), 4, "{id}");
        assert_eq!(&parsed.to_string(), id);
    }
    let (created, applied): (String, String) = new
        .read(|c| {
            Ok(c.query_row(
                "SELECT (SELECT created_at FROM sync_site),
                        (SELECT min(applied_on) FROM refinery_schema_history)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .unwrap();
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(
        created.starts_with(&today) && applied.starts_with(&today),
        "{created} {applied}"
    );

    // Reopening an image-made file migrates nothing and keeps its identity.
    let path = new.path().unwrap().to_path_buf();
    let id = site_id(&new);
    drop(new);
    let again = Store::open(&path).unwrap();
    assert!(!again.created_from_image());
    assert_eq!(site_id(&again), id);
    assert_eq!(fingerprint(&again), expected);
}
