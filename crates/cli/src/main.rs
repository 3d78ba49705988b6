//! `talentdesk-cli`: the core's command API from a terminal. WHY: scripts,
//! CI and people debugging a database need the exact commands the desktop app
//! uses, without the UI. Each subcommand lives in its own `cmd_*.rs` module so
//! adding one (e.g. `demo`) is one enum variant and one match arm.

mod cmd_call;
mod cmd_commands;
mod cmd_demo;
mod cmd_init;
mod cmd_schema;
mod cmd_sync;
mod out;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use talentdesk_core::Store;

#[derive(Debug, Parser)]
#[command(
    name = "talentdesk-cli",
    version,
    about = "Talentdesk's command API from a terminal"
)]
struct Cli {
    /// Database file (default: the app's database in the OS data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the database if needed and migrate it to the latest schema.
    Init,
    /// Schema checks.
    #[command(subcommand)]
    Schema(cmd_schema::SchemaCommand),
    /// List every command of the API with its description.
    Commands,
    /// Run one API command: prints its JSON response (exit 0) or
    /// `{"error": {...}}` (exit 2).
    Call(cmd_call::CallArgs),
    /// Fill the database with realistic, deterministic demo data.
    Demo(cmd_demo::DemoArgs),
    /// Sync with a talentdesk-server: push local changes, pull the others'.
    Sync(cmd_sync::SyncArgs),
}

/// A failure of the CLI itself (not of an API command): goes to stderr, exit 1.
#[derive(Debug)]
pub struct CliError(pub String);

impl From<talentdesk_core::Error> for CliError {
    fn from(e: talentdesk_core::Error) -> Self {
        CliError(e.message)
    }
}

pub type CliResult = Result<ExitCode, CliError>;

/// The `--db` path, or the app's default database.
pub fn db_path(db: Option<&Path>) -> Result<PathBuf, CliError> {
    match db {
        Some(p) => Ok(p.to_path_buf()),
        None => Store::default_path().map_err(|e| CliError(format!("no --db given and {e}"))),
    }
}

/// Open (create, migrate) the database the user asked for.
pub fn open_store(db: Option<&Path>) -> Result<Store, CliError> {
    let path = db_path(db)?;
    Store::open(&path)
        .map_err(|e| CliError(format!("cannot open database {}: {e}", path.display())))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let db = cli.db.as_deref();
    let outcome = match &cli.command {
        Command::Init => cmd_init::run(db),
        Command::Schema(cmd) => cmd_schema::run(cmd, db),
        Command::Commands => cmd_commands::run(),
        Command::Call(args) => cmd_call::run(args, db),
        Command::Demo(args) => cmd_demo::run(args, db),
        Command::Sync(args) => cmd_sync::run(args, db),
    };
    match outcome {
        Ok(code) => code,
        Err(CliError(msg)) => {
            eprintln!("talentdesk-cli: {msg}");
            ExitCode::from(1)
        }
    }
}
