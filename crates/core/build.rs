//! Build script. WHY: the store embeds `migrations/*.sql` through a proc
//! macro that cargo cannot track; rerunning on changes to that folder makes a
//! new migration file rebuild the core.
//!
//! It also builds the image of a new database (`OUT_DIR/new-database.sqlite`):
//! every migration run once, here, by refinery itself, exactly as the store
//! runs them. Creating the ~1,500 tables, indexes and triggers took most of a
//! second on every new file (`cargo xtask bench`, open and migrate a new
//! database); the store now writes this image instead and lets refinery apply
//! whatever it lacks. `tests/core/store.rs` checks that a database made from
//! the image has exactly the schema and history of one migrated step by step.

use std::path::PathBuf;

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

mod embedded {
    refinery::embed_migrations!("../../migrations");
}

/// SQL functions the migrations name. Their statements run over empty tables
/// here, so the functions are never called, but SQLite resolves names when it
/// prepares a statement: each needs a stand-in (name and argument count as
/// registered in `clock.rs` and `domain/duplicates/keys.rs`).
const STAND_INS: [(&str, i32); 5] = [
    ("sync_hlc", 0),
    ("td_email_key", 1),
    ("td_phone_key", 1),
    ("td_linkedin_key", 1),
    ("td_name_key", 1),
];

fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
    println!("cargo:rerun-if-changed=build.rs");
    if let Err(e) = build_image() {
        // A build script reports failure by panicking; the message names the migration.
        panic!("cannot build the new-database image: {e}");
    }
}

fn build_image() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    let image = out.join("new-database.sqlite");
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = image.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let mut conn = Connection::open(&image)?;
    for (name, args) in STAND_INS {
        conn.create_scalar_function(name, args, FunctionFlags::SQLITE_UTF8, |_| {
            Ok(rusqlite::types::Value::Null)
        })?;
    }
    // As `store::migrate` does: foreign keys off, all migrations in one transaction.
    conn.execute_batch("PRAGMA foreign_keys=OFF;")?;
    embedded::migrations::runner()
        .set_grouped(true)
        .run(&mut conn)?;
    // WAL is a property of the file: the store opens every database in WAL mode.
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(format!("journal mode is {mode}, not wal").into());
    }
    // Closing the last connection checkpoints the WAL into the file and removes it.
    conn.close().map_err(|(_, e)| e)?;
    Ok(())
}
