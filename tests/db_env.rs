//! `TALENTDESK_DB` picks the database file. Kept in its own test binary because it sets a
//! process-wide environment variable.

use talentdesk_core::Store;

#[test]
fn talentdesk_db_overrides_the_database_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("from-env.db");
    std::env::set_var(talentdesk_app::DB_ENV, &path);

    let store = talentdesk_app::open_store().expect("open store");

    assert_eq!(store.path(), Some(path.as_path()));
    assert!(path.exists());
    assert_eq!(
        store.schema_version().expect("schema version"),
        Store::latest_migration_version()
    );
}
