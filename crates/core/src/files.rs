//! The app's own file store: documents and resume files kept next to the database, named by the
//! SHA-256 of their content (`<db stem>-files/ab/abcdef…`). WHY content-addressed: the same file
//! attached to three jobs is stored once, a name can never point at other bytes without that
//! being detectable (every read re-hashes), and the database row only needs the hash.
//! Blobs are written before the row that names them; a failed transaction leaves at most an
//! unreferenced blob, never a row without its file.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::store::Store;

/// A content-addressed folder of files.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
}

/// A file as stored: its key (SHA-256, lower-case hex) and size.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFile {
    pub key: String,
    pub size: u64,
    /// Whether identical content was already stored.
    pub existed: bool,
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl FileStore {
    /// A store rooted at `root` (created on first write).
    pub fn at(root: impl Into<PathBuf>) -> FileStore {
        FileStore { root: root.into() }
    }

    /// The file store that belongs to a database file: `<folder>/<stem>-files/`.
    pub fn for_store(store: &Store) -> Result<FileStore> {
        let db = store.path().ok_or_else(|| {
            Error::io("files can only be stored with a database file, not in memory")
        })?;
        let stem = db
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "talentdesk".into());
        let dir = db.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(FileStore::at(dir.join(format!("{stem}-files"))))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the file with `key` lives; the key must be a SHA-256 hex digest.
    pub fn path_of(&self, key: &str) -> Result<PathBuf> {
        if key.len() != 64
            || !key
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(Error::invalid_value(
                "file_key",
                "a file key is a SHA-256 digest in lower-case hex",
            ));
        }
        Ok(self.root.join(&key[..2]).join(key))
    }

    /// Store `bytes`, or find them already stored. Writes through a temporary file and a rename,
    /// so a crash never leaves a partial file under a valid name; a stored file whose content no
    /// longer matches its name is replaced.
    pub fn put(&self, bytes: &[u8]) -> Result<StoredFile> {
        let key = sha256_hex(bytes);
        let path = self.path_of(&key)?;
        let size = bytes.len() as u64;
        if path.exists() && self.verify(&key).is_ok() {
            return Ok(StoredFile {
                key,
                size,
                existed: true,
            });
        }
        let dir = path
            .parent()
            .ok_or_else(|| Error::io("the file store has no folder"))?;
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(format!("cannot create {}: {e}", dir.display())))?;
        let tmp = dir.join(format!(".{key}.{}.tmp", uuid::Uuid::now_v7().simple()));
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(format!("cannot store the file: {e}"))
        })?;
        Ok(StoredFile {
            key,
            size,
            existed: false,
        })
    }

    /// Check that the file exists and still hashes to its name.
    pub fn verify(&self, key: &str) -> Result<PathBuf> {
        let path = self.path_of(key)?;
        let bytes = std::fs::read(&path)
            .map_err(|e| Error::io(format!("the stored file {key} cannot be read: {e}")))?;
        if sha256_hex(&bytes) != key {
            return Err(Error::new(
                crate::error::ErrorCode::Io,
                format!(
                    "the stored file {key} is corrupt: its content no longer matches its checksum"
                ),
                Some("file_key".into()),
            ));
        }
        Ok(path)
    }

    /// The content of a stored file, checked against its key.
    pub fn read(&self, key: &str) -> Result<Vec<u8>> {
        let path = self.verify(key)?;
        std::fs::read(&path)
            .map_err(|e| Error::io(format!("the stored file {key} cannot be read: {e}")))
    }

    /// Remove a stored file (absent files are fine).
    pub fn remove(&self, key: &str) -> Result<()> {
        let path = self.path_of(key)?;
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(format!(
                "cannot remove the stored file {key}: {e}"
            ))),
        }
    }
}
