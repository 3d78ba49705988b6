//! `talentdesk-server`: serve the sync API, or set up accounts.
//!
//! ```sh
//! talentdesk-server --db server.db init --account alice --workspace "Acme hiring"
//! talentdesk-server --db server.db serve --addr 127.0.0.1:8787
//! # or with PostgreSQL (the schema is created or migrated at start):
//! talentdesk-server --db postgres://talentdesk@127.0.0.1/talentdesk serve
//! ```

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use talentdesk_server::{auth, open_storage, provision, serve, AppState, RateLimit};

#[derive(Parser)]
#[command(name = "talentdesk-server", about = "Talentdesk sync server")]
struct Cli {
    /// Storage: a SQLite file path, or a PostgreSQL URL
    /// (`postgres://user:password@host:port/database`).
    #[arg(
        long,
        env = "TALENTDESK_SERVER_DB",
        default_value = "talentdesk-server.db",
        hide_env_values = true
    )]
    db: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the sync API.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8787")]
        addr: String,
    },
    /// Create an account with a workspace and print its token (once).
    Init {
        #[arg(long)]
        account: String,
        #[arg(long)]
        workspace: String,
    },
    /// Issue another token for an account.
    Token {
        #[arg(long)]
        account_id: String,
    },
    /// Add an account to a workspace.
    AddMember {
        #[arg(long)]
        workspace_id: String,
        #[arg(long)]
        account_id: String,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt().with_target(false).init();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let storage = open_storage(&cli.db).map_err(|e| e.to_string())?;
    match cli.command {
        Command::Init { account, workspace } => {
            let p = provision(storage.as_ref(), &account, &workspace).map_err(|e| e.to_string())?;
            println!("account_id={}", p.account_id);
            println!("workspace_id={}", p.workspace_id);
            println!("token={}", p.token);
            eprintln!("the token is shown only now; the server keeps only its hash");
            Ok(())
        }
        Command::Token { account_id } => {
            let token = auth::new_token();
            storage
                .add_token(&account_id, &auth::token_hash(&token))
                .map_err(|e| e.to_string())?;
            println!("token={token}");
            Ok(())
        }
        Command::AddMember {
            workspace_id,
            account_id,
        } => storage
            .add_member(&workspace_id, &account_id)
            .map_err(|e| e.to_string()),
        Command::Serve { addr } => {
            let rt = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&addr)
                    .await
                    .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
                tracing::info!(%addr, "talentdesk-server listening");
                let state = AppState::new(storage, RateLimit::default());
                serve(listener, state, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await
                .map_err(|e| e.to_string())
            })
        }
    }
}
