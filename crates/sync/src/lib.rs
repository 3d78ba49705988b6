//! Talentdesk sync: devices edit offline and converge through a server.
//! WHY a separate crate on top of `talentdesk-core`: the core owns the schema
//! (migration V10 holds the capture triggers this crate generates) and the
//! clock every connection stamps changes with; everything about moving and
//! merging changes lives here, so the app, the CLI and the server share one
//! implementation of the rules.
//!
//! - [`triggers`] generates the capture triggers (migration V10);
//! - [`schema`] reads which tables sync and their columns;
//! - [`row`] and [`merge`] define changes and the last-writer-wins merge;
//! - [`capture`] reads the outbox and folds it into per-row clocks;
//! - [`apply`] writes remote row states into the local database;
//! - [`protocol`] is the wire format, [`client`] the push/pull loop over a
//!   [`client::Transport`] ([`http::HttpTransport`] for a real server), and
//!   [`hub`] the server side of the protocol;
//! - [`commands`] are the app's sync commands (settings, sign-in, "Sync now",
//!   status, conflicts) and [`commands::registry`] the core's registry
//!   extended with them; [`secret`] keeps the token in the OS keyring and
//!   [`background`] is the app's periodic sync loop with backoff.

pub mod apply;
pub mod background;
pub mod capture;
pub mod client;
pub mod commands;
pub mod error;
pub mod http;
pub mod hub;
pub mod merge;
pub mod protocol;
pub mod row;
pub mod schema;
pub mod secret;
pub mod triggers;

pub use error::{Result, SyncError};
pub use row::{CellGroup, ChangeKind, RowChange, RowClock, Stamp};
