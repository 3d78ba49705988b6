//! The real server on a random loopback port, with either storage backend.
//! WHY one fixture for both: every HTTP test runs against SQLite and against
//! PostgreSQL (through the `both!` macro), so the two implementations are held
//! to the same behaviour by the same assertions.
//!
//! PostgreSQL: each server gets a fresh database on the server named by
//! `TALENTDESK_TEST_POSTGRES_URL` (created here, dropped afterwards), so tests
//! run in parallel without seeing each other's rows.

use std::sync::Arc;

use postgres::{Config, NoTls};
use rand::RngCore;
use talentdesk_server::{
    provision, serve, AppState, PostgresStorage, Provisioned, RateLimit, SqliteStorage, Storage,
};

pub const POSTGRES_URL_VAR: &str = "TALENTDESK_TEST_POSTGRES_URL";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// What a server's storage lives in (removed on drop).
enum Place {
    Dir(tempfile::TempDir),
    Postgres(Box<Database>),
}

pub struct Server {
    pub url: String,
    pub storage: Arc<dyn Storage>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    place: Place,
}

impl Server {
    pub fn start(backend: Backend, limit: RateLimit) -> Server {
        let (storage, place): (Arc<dyn Storage>, Place) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let s = SqliteStorage::open(dir.path().join("server.db")).unwrap();
                (Arc::new(s), Place::Dir(dir))
            }
            Backend::Postgres => {
                let db = Database::create();
                let s = PostgresStorage::connect(db.config.clone(), 4).unwrap();
                (Arc::new(s), Place::Postgres(Box::new(db)))
            }
        };
        let state = AppState::new(Arc::clone(&storage), limit);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                serve(listener, state, async {
                    let _ = rx.await;
                })
                .await
                .unwrap();
            });
        });
        let addr = addr_rx.recv().unwrap();
        Server {
            url: format!("http://{addr}"),
            storage,
            stop: Some(tx),
            thread: Some(thread),
            place,
        }
    }

    pub fn provision(&self, who: &str) -> Provisioned {
        provision(self.storage.as_ref(), who, &format!("{who}'s workspace")).unwrap()
    }

    /// Everything the storage keeps, as named byte strings: the SQLite
    /// files (with WAL), or each PostgreSQL table's rows as text.
    pub fn stored(&self) -> Vec<(String, Vec<u8>)> {
        match &self.place {
            Place::Dir(dir) => std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| {
                    let p = e.unwrap().path();
                    (p.display().to_string(), std::fs::read(&p).unwrap())
                })
                .collect(),
            Place::Postgres(db) => db.dump(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A PostgreSQL database made for one test.
pub struct Database {
    admin: Config,
    name: String,
    pub config: Config,
}

impl Database {
    pub fn create() -> Database {
        let url = std::env::var(POSTGRES_URL_VAR)
            .ok()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| {
                panic!(
                    "{POSTGRES_URL_VAR} is not set, so the PostgreSQL storage tests cannot run. \
                     Run them with `cargo xtask server-tests` (or `cargo xtask test`), which \
                     installs and starts a throwaway PostgreSQL on loopback, or point \
                     {POSTGRES_URL_VAR} at a server whose role may CREATE DATABASE, e.g. \
                     {POSTGRES_URL_VAR}=postgres://talentdesk@127.0.0.1:5432/postgres. To run \
                     only the SQLite half: `cargo test -p talentdesk-server -- sqlite::`."
                )
            });
        let admin: Config = url
            .parse()
            .unwrap_or_else(|e| panic!("{POSTGRES_URL_VAR} is not a PostgreSQL URL: {e}"));
        let mut bytes = [0u8; 8];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let name = format!("talentdesk_test_{}", hex::encode(bytes));
        let mut client = admin.connect(NoTls).unwrap_or_else(|e| {
            panic!("cannot connect to the PostgreSQL server of {POSTGRES_URL_VAR}: {e}")
        });
        // An identifier cannot be a bound parameter; `name` is ours (hex digits).
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let mut config = admin.clone();
        config.dbname(&name);
        Database {
            admin,
            name,
            config,
        }
    }

    /// Each table of the database as `table: row, row, …` text (bytea as hex).
    fn dump(&self) -> Vec<(String, Vec<u8>)> {
        let mut c = self.config.connect(NoTls).unwrap();
        let tables: Vec<String> = c
            .query(
                "SELECT quote_ident(table_name) FROM information_schema.tables
                 WHERE table_schema = 'public' ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(!tables.is_empty(), "the server created its tables");
        tables
            .into_iter()
            .map(|t| {
                let sql = format!("SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {t} t");
                let text: String = c.query_one(sql.as_str(), &[]).unwrap().get(0);
                (t, text.into_bytes())
            })
            .collect()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Ok(mut c) = self.admin.connect(NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}
