//! The app's own configuration: which workspace the person chose on first run
//! and where their database lives. WHY outside the database: the database's
//! location cannot be stored inside the database. The file is small JSON in the
//! OS config folder, written atomically (temp file + rename) so a crash never
//! leaves half a config. The desktop shell reads and writes it through these
//! functions; the types reach the UI through the generated bindings.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::string_enum;

/// Environment variable that moves the config folder (tests, portable installs).
pub const CONFIG_DIR_ENV: &str = "TALENTDESK_CONFIG_DIR";

string_enum! {
    /// The workspace a person starts in.
    pub enum Role { JobSeeker = "job_seeker", Recruiter = "recruiter" }
}

/// What is stored in `config.json`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AppConfig {
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub db_path: Option<PathBuf>,
}

/// What the UI sees: the saved choices plus what the shell knows.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct AppSetup {
    /// `None` until the first-run screen is completed.
    pub role: Option<Role>,
    /// The database in use right now.
    pub db_path: String,
    /// Where the database lives unless the person picks another place.
    pub default_db_path: String,
    /// True when `TALENTDESK_DB` fixes the database path (it cannot be changed in the app).
    pub db_path_locked: bool,
    pub first_run: bool,
}

/// The first-run screen's (and settings') answer.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct AppSetupSave {
    pub role: Role,
    /// A database file path; omitted keeps the current one.
    #[serde(default)]
    pub db_path: Option<String>,
}

/// `config.json` in the OS config folder (or `$TALENTDESK_CONFIG_DIR`).
pub fn config_path() -> Result<PathBuf> {
    let dir = match std::env::var_os(CONFIG_DIR_ENV).filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => dirs::config_dir()
            .ok_or_else(|| Error::io("this system has no configuration folder"))?
            .join("Talentdesk"),
    };
    Ok(dir.join("config.json"))
}

impl AppConfig {
    /// Read the config; a missing file is the default (first run).
    pub fn load(path: &Path) -> Result<AppConfig> {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                Error::io(format!(
                    "{} is not a valid Talentdesk config: {e}",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(AppConfig::default()),
            Err(e) => Err(Error::io(format!("cannot read {}: {e}", path.display()))),
        }
    }

    /// Write the config atomically.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format!("cannot create {}: {e}", dir.display())))?;
        }
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::io(e.to_string()))?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text)
            .map_err(|e| Error::io(format!("cannot write {}: {e}", tmp.display())))?;
        std::fs::rename(&tmp, path)
            .map_err(|e| Error::io(format!("cannot replace {}: {e}", path.display())))
    }
}

/// Validate a database path typed by a person: absolute, not a folder.
pub fn database_path(value: &str) -> Result<PathBuf> {
    let path = PathBuf::from(value.trim());
    if value.trim().is_empty() {
        return Err(Error::invalid_value("db_path", "db_path must not be empty"));
    }
    if !path.is_absolute() {
        return Err(Error::invalid_value(
            "db_path",
            "db_path must be an absolute path, like /home/me/Talentdesk/talentdesk.db",
        ));
    }
    if path.is_dir() {
        return Err(Error::invalid_value(
            "db_path",
            "db_path is a folder; name a database file inside it",
        ));
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_config_is_first_run_and_save_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("config.json");
        assert_eq!(AppConfig::load(&path).unwrap(), AppConfig::default());
        let cfg = AppConfig {
            role: Some(Role::Recruiter),
            db_path: Some(dir.path().join("td.db")),
        };
        cfg.save(&path).unwrap();
        assert_eq!(AppConfig::load(&path).unwrap(), cfg);
        std::fs::write(&path, "{nope").unwrap();
        assert_eq!(
            AppConfig::load(&path).unwrap_err().code,
            crate::ErrorCode::Io
        );
    }

    #[test]
    fn database_paths_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            database_path("relative.db").unwrap_err().field.as_deref(),
            Some("db_path")
        );
        assert_eq!(
            database_path("  ").unwrap_err().field.as_deref(),
            Some("db_path")
        );
        assert_eq!(
            database_path(&dir.path().display().to_string())
                .unwrap_err()
                .field
                .as_deref(),
            Some("db_path")
        );
        let ok = dir.path().join("x.db");
        assert_eq!(database_path(&ok.display().to_string()).unwrap(), ok);
    }
}
