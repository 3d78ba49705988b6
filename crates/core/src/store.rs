//! The single owner of the SQLite database. WHY: every front end must see the
//! same schema and the same connection settings (foreign keys on, WAL, busy
//! timeout), and every write must be all-or-nothing so a failed command leaves
//! no trace. `Store` opens the file, migrates it with the embedded SQL files
//! from the repo's `migrations/` folder, and hands out pooled connections only
//! through `read` and `write` closures.
//!
//! A new file starts as a copy of the image build.rs made by running every
//! migration (see `store/image.rs`): creating the schema statement by
//! statement took most of a second on each new database. The connection that
//! opened and migrated the file becomes the pool's first: a connection parses
//! the whole schema (1,500 objects, tens of milliseconds) before its first
//! statement, and the pool would otherwise open a second one at once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use r2d2::{Pool, PooledConnection};
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};

use crate::clock::{Clock, Hlc};
use crate::error::{Error, Result};

mod image;

mod embedded {
    refinery::embed_migrations!("../../migrations");
}

/// Settings every pooled connection gets. `temp_store=MEMORY`: a statement
/// that fires the sync capture triggers (migration V10) needs a statement
/// journal, and on disk that journal costs a write per page touched — more
/// than the capture itself on a bulk import. `cache_size` 16 MiB (SQLite's
/// default is 2 MiB): a bulk write touches pages of a dozen candidate indexes
/// at once, and with the small cache it spilled and re-read them all the
/// time (`cargo xtask bench`, bulk import). The cache only grows as pages
/// are used, so an idle connection stays small.
const CONNECTION_PRAGMAS: &str = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; \
     PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-16384;";

/// Pool size: SQLite serializes writers anyway; a few readers are plenty.
const POOL_MAX: u32 = 8;

/// Serializes migrations of stores opened concurrently in one process.
static MIGRATION_LOCK: Mutex<()> = Mutex::new(());

/// Handle to the database; cheap to clone, all clones share one pool.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    pool: Pool<Manager>,
    path: Option<PathBuf>,
    /// Stamps captured changes (`sync_hlc()` on every connection).
    clock: Arc<Clock>,
    /// The file was new and started as the image (see `create_from_image`).
    from_image: bool,
    /// In-memory only: keeps the shared-cache database alive while the store lives.
    _keep_alive: Option<Mutex<Connection>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.inner.path)
            .finish()
    }
}

impl Store {
    /// Open (creating parent folders and the file if needed) and migrate.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_with_clock(path, Clock::system())
    }

    /// [`Store::open`] with a given change-capture clock (tests use skewed
    /// clocks to play devices whose wall clocks disagree).
    pub fn open_with_clock(path: impl AsRef<Path>, clock: Arc<Clock>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                Error::io(format!("cannot create folder {}: {e}", parent.display()))
            })?;
        }
        let created = image::create_from_image(&path)?;
        let mut conn = Connection::open(&path)
            .map_err(|e| Error::database(format!("cannot open {}: {e}", path.display())))?;
        init_connection(&mut conn, &clock)?;
        // WAL is a property of the file: setting it once is enough.
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(%mode, "could not switch database to WAL");
        }
        if created {
            if let Err(e) = image::make_own(&mut conn) {
                // Not left behind with the image's shared site id: the next open starts over.
                drop(conn);
                image::remove(&path);
                return Err(e);
            }
        }
        // Refinery checks the history; it applies what the image lacks (nothing,
        // unless the image is older than the migrations, which build.rs prevents).
        migrate(&mut conn)?;
        resume_clock(&conn, &clock)?;
        let init_clock = Arc::clone(&clock);
        let manager = SqliteConnectionManager::file(&path)
            .with_init(move |c| init_connection(c, &init_clock));
        let manager = Manager {
            files: manager,
            first: Mutex::new(Some(conn)),
        };
        Self::from_manager(manager, Some(path), None, clock, created)
    }

    /// Open the database at [`Store::default_path`].
    pub fn open_default() -> Result<Store> {
        Self::open(Self::default_path()?)
    }

    /// `<OS data dir>/Talentdesk/talentdesk.db`.
    pub fn default_path() -> Result<PathBuf> {
        let base = dirs::data_dir()
            .ok_or_else(|| Error::io("cannot determine the OS application data folder"))?;
        Ok(base.join("Talentdesk").join("talentdesk.db"))
    }

    /// A private, migrated, in-memory database (tests, demos). All pooled
    /// connections share it through a unique shared-cache URI.
    pub fn open_in_memory() -> Result<Store> {
        Self::open_in_memory_with_clock(Clock::system())
    }

    /// [`Store::open_in_memory`] with a given change-capture clock.
    pub fn open_in_memory_with_clock(clock: Arc<Clock>) -> Result<Store> {
        let uri = format!(
            "file:talentdesk-mem-{}?mode=memory&cache=shared",
            uuid::Uuid::new_v4()
        );
        let flags = OpenFlags::default() | OpenFlags::SQLITE_OPEN_URI;
        let mut keeper = Connection::open_with_flags(&uri, flags)?;
        init_connection(&mut keeper, &clock)?;
        migrate(&mut keeper)?;
        resume_clock(&keeper, &clock)?;
        let init_clock = Arc::clone(&clock);
        let manager = SqliteConnectionManager::file(&uri)
            .with_flags(flags)
            .with_init(move |c| init_connection(c, &init_clock));
        let manager = Manager {
            files: manager,
            first: Mutex::new(None),
        };
        Self::from_manager(manager, None, Some(Mutex::new(keeper)), clock, false)
    }

    fn from_manager(
        manager: Manager,
        path: Option<PathBuf>,
        keep_alive: Option<Mutex<Connection>>,
        clock: Arc<Clock>,
        from_image: bool,
    ) -> Result<Store> {
        let pool = Pool::builder()
            .max_size(POOL_MAX)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(30))
            .build(manager)?;
        Ok(Store {
            inner: Arc::new(Inner {
                pool,
                path,
                clock,
                from_image,
                _keep_alive: keep_alive,
            }),
        })
    }

    /// File path of the database; `None` for in-memory stores.
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// Whether [`Store::open`] found no file and wrote the new-database image
    /// (every migration applied at build time) instead of migrating step by step.
    pub fn created_from_image(&self) -> bool {
        self.inner.from_image
    }

    /// The clock that stamps this store's captured changes.
    pub fn clock(&self) -> &Arc<Clock> {
        &self.inner.clock
    }

    fn conn(&self) -> Result<PooledConnection<Manager>> {
        Ok(self.inner.pool.get()?)
    }

    /// Run `f` with a pooled connection, for queries that change nothing.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self.conn()?;
        f(&conn)
    }

    /// Run `f` inside `BEGIN IMMEDIATE`: commit if it returns `Ok`, roll back
    /// if it returns `Err` (or panics), so a failed command changes nothing.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match f(&tx) {
            Ok(value) => {
                tx.commit()?;
                Ok(value)
            }
            Err(e) => {
                if let Err(rb) = tx.rollback() {
                    tracing::error!(error = %rb, "rollback failed");
                }
                Err(e)
            }
        }
    }

    /// Highest applied migration version (0 when none is applied).
    pub fn schema_version(&self) -> Result<i64> {
        self.read(|c| {
            let exists: bool = c.query_row(
                "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
                ["refinery_schema_history"],
                |r| r.get(0),
            )?;
            if !exists {
                return Ok(0);
            }
            Ok(c.query_row(
                "SELECT COALESCE(MAX(version), 0) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )?)
        })
    }

    /// Highest version among the migrations compiled into this binary.
    pub fn latest_migration_version() -> i64 {
        // Building the runner checksums every embedded migration (V10 alone
        // is half a megabyte), and sync asks for this on every request.
        static LATEST: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
        *LATEST.get_or_init(|| {
            embedded::migrations::runner()
                .get_migrations()
                .iter()
                .map(|m| i64::from(m.version()))
                .max()
                .unwrap_or(0)
        })
    }
}

/// The pool's connection manager: hands out the connection that opened and
/// migrated the file (already set up and with its schema parsed) first, then
/// opens new ones.
struct Manager {
    files: SqliteConnectionManager,
    first: Mutex<Option<Connection>>,
}

impl r2d2::ManageConnection for Manager {
    type Connection = Connection;
    type Error = rusqlite::Error;

    fn connect(&self) -> rusqlite::Result<Connection> {
        let first = self
            .first
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        match first {
            Some(conn) => Ok(conn),
            None => self.files.connect(),
        }
    }

    fn is_valid(&self, conn: &mut Connection) -> rusqlite::Result<()> {
        self.files.is_valid(conn)
    }

    fn has_broken(&self, conn: &mut Connection) -> bool {
        self.files.has_broken(conn)
    }
}

fn init_connection(conn: &mut Connection, clock: &Arc<Clock>) -> rusqlite::Result<()> {
    conn.execute_batch(CONNECTION_PRAGMAS)?;
    // Statements on synced tables compile their capture triggers: keep more
    // of them prepared than rusqlite's default of 16.
    conn.set_prepared_statement_cache_capacity(256);
    // Migration V11's duplicate-key triggers call these.
    crate::domain::duplicates::keys::register(conn)?;
    clock.register(conn)
}

/// Start the clock past every stamp already in the file, so a restart (or a
/// wall clock set back) never issues a stamp older than one it issued before.
fn resume_clock(conn: &Connection, clock: &Clock) -> Result<()> {
    let has_sync: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_site')",
        [],
        |r| r.get(0),
    )?;
    if !has_sync {
        return Ok(());
    }
    let newest: i64 = conn.query_row(
        "SELECT max((SELECT coalesce(max(max_hlc), 0) FROM sync_site),
                    (SELECT coalesce(max(hlc), 0) FROM sync_changes))",
        [],
        |r| r.get(0),
    )?;
    if let Some(stamp) = Hlc::from_i64(newest) {
        clock.advance_to(stamp);
    }
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let _guard = MIGRATION_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // SQLite's recipe for schema changes: foreign keys off while tables may be
    // rebuilt, then verify every reference before turning them back on.
    conn.execute_batch("PRAGMA foreign_keys=OFF;")?;
    let outcome = run_migrations(conn);
    conn.execute_batch("PRAGMA foreign_keys=ON;")?;
    outcome
}

fn run_migrations(conn: &mut Connection) -> Result<()> {
    // Grouped: every pending migration in one transaction, so a new database
    // commits its schema once, and a failing migration leaves none applied.
    let report = embedded::migrations::runner().set_grouped(true).run(conn)?;
    for m in report.applied_migrations() {
        tracing::info!(version = %m.version(), name = %m.name(), "applied migration");
        if i64::from(m.version()) == crate::domain::duplicates::keys::MIGRATION {
            // V11's key table needs the Rust normalizers, which a plain SQL
            // migration cannot call: fill it here, in the migration's wake.
            crate::domain::duplicates::keys::rebuild(conn)?;
        }
    }
    // Only a migration can have broken a reference (foreign keys are on
    // otherwise). The check reads every row of every table with a foreign
    // key: on a database of a million applications it took seconds of every
    // app start (`cargo xtask bench`, app start to first screen).
    if report.applied_migrations().is_empty() {
        return Ok(());
    }
    let broken: Option<String> = conn
        .query_row(
            "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(table) = broken {
        return Err(Error::migration(format!(
            "migrations left rows in table {table} that reference missing rows"
        )));
    }
    Ok(())
}
