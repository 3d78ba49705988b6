//! The image of a new database. WHY: a new file used to be migrated
//! statement by statement — some 1,500 tables, indexes and triggers, most of
//! a second (`cargo xtask bench`, open and migrate a new database). build.rs
//! runs every migration once, with refinery itself, into a file that the
//! store copies to a new path; refinery then finds its history complete.
//! `tests/core/store.rs` checks that such a file has exactly the schema,
//! history and rows of one migrated step by step.

use std::io::Write;
use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// A new database with every migration applied (and its history recorded)
/// by refinery in build.rs; WAL mode is already set in its header.
static NEW_DATABASE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/new-database.sqlite"));

/// Write the new-database image to `path` when no file is there yet, and say
/// whether it did. An existing file, even an empty one, is left alone and
/// migrated by refinery as before; so is a path with a leftover `-wal` or
/// `-journal` file, which SQLite would replay onto the image.
pub(super) fn create_from_image(path: &Path) -> Result<bool> {
    for suffix in ["-wal", "-journal"] {
        let mut leftover = path.as_os_str().to_owned();
        leftover.push(suffix);
        if Path::new(&leftover).exists() {
            return Ok(false);
        }
    }
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => {
            return Err(Error::io(format!("cannot create {}: {e}", path.display())));
        }
    };
    // Synced before SQLite sees it: a crash must not leave half an image.
    if let Err(e) = file.write_all(NEW_DATABASE).and_then(|()| file.sync_all()) {
        drop(file);
        remove(path);
        return Err(Error::io(format!("cannot write {}: {e}", path.display())));
    }
    Ok(true)
}

/// What the image must not share between databases: the sync site id (V10
/// made one when build.rs ran the migrations; every database needs its own,
/// or two devices would stamp changes as one) and the history's times of
/// application (they are now, as if refinery had just run).
pub(super) fn make_own(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "UPDATE sync_site SET site_id = ?1,
                created_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
        [uuid::Uuid::new_v4().to_string()],
    )?;
    tx.execute(
        "UPDATE refinery_schema_history SET applied_on = ?1",
        [crate::now_utc()],
    )?;
    tx.commit()?;
    Ok(())
}

/// Remove a file this module created (and SQLite's companions of it).
pub(super) fn remove(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(Path::new(&file));
    }
}
