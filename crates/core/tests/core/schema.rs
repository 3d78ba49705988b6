//! The migrated schema itself: it builds from empty, every foreign key is
//! indexed, and synced tables carry no UNIQUE constraint on natural keys.

use talentdesk_core::Store;

fn names(store: &Store, sql: &str) -> Vec<String> {
    store
        .read(|c| {
            Ok(c.prepare(sql)?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?)
        })
        .unwrap()
}

#[test]
fn migrates_from_empty_to_latest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        Store::latest_migration_version()
    );
    assert!(Store::latest_migration_version() >= 9);
    let tables = names(&store, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'refinery_schema_history'");
    assert!(tables.len() >= 120, "{} tables", tables.len());
    for t in [
        "users",
        "candidates",
        "requisitions",
        "applications",
        "interviews",
        "tracked_jobs",
        "questions",
    ] {
        assert!(tables.iter().any(|x| x == t), "missing {t}");
    }
    let ok: String = store
        .read(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn every_foreign_key_is_indexed() {
    let store = Store::open_in_memory().unwrap();
    let tables = names(
        &store,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    let mut missing = Vec::new();
    store
        .read(|c| {
            for t in &tables {
                let leading: Vec<String> = c
                    .prepare("SELECT ii.name FROM pragma_index_list(?1) il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0")?
                    .query_map([t], |r| r.get::<_, Option<String>>(0))?
                    .filter_map(|r| r.ok().flatten())
                    .collect();
                let fks: Vec<String> =
                    c.prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1)")?.query_map([t], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                for fk in fks {
                    if !leading.contains(&fk) {
                        missing.push(format!("{t}.{fk}"));
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    assert!(
        missing.is_empty(),
        "foreign keys without an index: {missing:?}"
    );
}

#[test]
fn synced_tables_have_no_unique_natural_keys() {
    // Device-local tables may keep unique keys; everything else syncs and must not.
    let local = ["auth_sessions", "refinery_schema_history"];
    let store = Store::open_in_memory().unwrap();
    let unique = names(
        &store,
        "SELECT m.name || '.' || il.name FROM sqlite_master m JOIN pragma_index_list(m.name) il
         WHERE m.type = 'table' AND il.\"unique\" = 1 AND il.origin <> 'pk'",
    );
    let offenders: Vec<_> = unique
        .iter()
        .filter(|u| !local.iter().any(|l| u.starts_with(&format!("{l}."))))
        .collect();
    assert!(
        offenders.is_empty(),
        "unique constraints on synced tables: {offenders:?}"
    );
}

#[test]
fn checks_reject_values_outside_the_vocabulary() {
    let store = Store::open_in_memory().unwrap();
    let err = store
        .write(|tx| {
            tx.execute(
                "INSERT INTO users (id, email, full_name, role) VALUES ('u1', 'a@b.co', 'A', 'wizard')",
                [],
            )?;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(
        err.code,
        talentdesk_core::ErrorCode::InvalidValue,
        "{err:?}"
    );
    let err = store
        .write(|tx| {
            tx.execute("INSERT INTO companies (id, name) VALUES ('c1', 'X')", [])?;
            tx.execute("INSERT INTO job_roles (id, name, required_skills) VALUES ('r1', 'Dev', 'not json')", [])?;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(
        err.code,
        talentdesk_core::ErrorCode::InvalidValue,
        "{err:?}"
    );
    let companies: i64 = store
        .read(|c| Ok(c.query_row("SELECT count(*) FROM companies", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(companies, 0, "the failed write rolled back");
}
