//! Talentdesk core: the store, the command API and the domain behind it,
//! with no UI dependency. WHY a separate crate: the Tauri shell, the CLI and
//! the tests all drive the exact same code through [`api::call`].

pub mod api;
pub mod app_config;
pub mod clock;
pub mod demo;
pub mod domain;
pub mod error;
pub mod files;
pub mod resume;
pub mod seedmap;
pub mod skills;
pub mod store;
pub mod tasks;

pub use api::{call, call_json, decode, registry, CommandSpec, Context, Registry};
pub use error::{Error, ErrorCode, Result};
pub use store::Store;

/// A new primary key: UUID v7 as text, so ids sort by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Current time as RFC 3339 UTC with milliseconds, e.g.
/// `2025-01-31T09:15:02.123Z`; sorts correctly as text.
pub fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_and_times_have_expected_shape() {
        let a = super::new_id();
        let b = super::new_id();
        assert_eq!(a.len(), 36);
        assert_ne!(a, b);
        assert_eq!(
            uuid::Uuid::parse_str(&a).map(|u| u.get_version_num()).ok(),
            Some(7)
        );
        let t = super::now_utc();
        assert!(t.ends_with('Z') && t.len() == 24, "{t}");
    }
}
