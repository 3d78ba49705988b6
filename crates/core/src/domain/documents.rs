//! Documents attached to a tracked job (cover letter, portfolio, transcript, reference, other),
//! kept in the app's content-addressed file store ([`crate::files`]) with their metadata in
//! `documents`. Files arrive as base64 in the request, so the desktop UI, the CLI and tests send
//! them the same way; a PDF or Word file that cannot be read is refused before anything is saved.

use base64::Engine;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{ensure_exists, optional_text, required_text, ById, Done};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::files::FileStore;
use crate::resume::extract::{self, FileKind, MAX_FILE_BYTES};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum DocumentCategory {
        Resume = "resume", CoverLetter = "cover_letter", Portfolio = "portfolio", Transcript = "transcript",
        Reference = "reference", JobDescription = "job_description", OfferLetter = "offer_letter",
        IdProof = "id_proof", Other = "other",
    }
}

/// A file sent with a request.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FileUpload {
    pub file_name: String,
    pub content_base64: String,
}

/// A decoded upload; `field` is the request field it came from, for errors.
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl FileUpload {
    pub fn decode(&self, field: &str) -> Result<Upload> {
        let file_name = required_text(&format!("{field}.file_name"), &self.file_name)?;
        let file_name = file_name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&file_name)
            .to_string();
        let compact: String = self
            .content_base64
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if compact.len() / 4 * 3 > MAX_FILE_BYTES + 3 {
            return Err(Error::invalid_value(
                format!("{field}.content_base64"),
                "the file is larger than 20 MB",
            ));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(compact.as_bytes())
            .map_err(|e| {
                Error::invalid_value(
                    format!("{field}.content_base64"),
                    format!("is not valid base64: {e}"),
                )
            })?;
        if bytes.is_empty() {
            return Err(Error::invalid_value(
                format!("{field}.content_base64"),
                "the file is empty",
            ));
        }
        Ok(Upload { file_name, bytes })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Document {
    pub id: String,
    pub tracked_job_id: Option<String>,
    pub category: DocumentCategory,
    pub title: Option<String>,
    pub original_filename: String,
    pub file_key: String,
    pub mime_type: Option<String>,
    pub file_size: i64,
    /// The first characters of the extracted text, when the file has text.
    pub extraction_preview: Option<String>,
    pub created_at: String,
}

const DOC_COLUMNS: &str = "id, tracked_job_id, document_category, title, original_filename, file_key, mime_type, file_size,
     extraction_preview, created_at";

fn doc_from_row(r: &Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: r.get(0)?,
        tracked_job_id: r.get(1)?,
        category: r.get(2)?,
        title: r.get(3)?,
        original_filename: r.get(4)?,
        file_key: r.get(5)?,
        mime_type: r.get(6)?,
        file_size: r.get(7)?,
        extraction_preview: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn load_document(conn: &Connection, id: &str) -> Result<Document> {
    conn.query_row(
        &format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1"),
        [id],
        doc_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("document", id))
}

/// What to store for a new document row.
pub struct NewDocument<'a> {
    pub candidate_id: Option<&'a str>,
    pub tracked_job_id: Option<&'a str>,
    pub category: DocumentCategory,
    pub title: Option<String>,
    pub file_name: &'a str,
    pub file_key: &'a str,
    pub kind: FileKind,
    pub size: u64,
    pub text: Option<&'a str>,
}

/// Insert a `documents` row for a file already in the file store.
pub fn insert_document(tx: &Connection, d: &NewDocument<'_>) -> Result<String> {
    let id = new_id();
    let now = now_utc();
    let preview = d.text.map(|t| t.chars().take(280).collect::<String>());
    tx.execute(
        "INSERT INTO documents (id, candidate_id, user_id, tracked_job_id, title, original_filename, file_key, file_type,
             mime_type, file_size, document_category, extracted_text, extraction_preview, created_at, updated_at)
         VALUES (?1, ?2, (SELECT json_extract(value, '$') FROM system_settings WHERE key = 'local_user_id'), ?3, ?4, ?5,
             ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            id, d.candidate_id, d.tracked_job_id, d.title, d.file_name, d.file_key, d.kind, extract::mime_type(d.kind, d.file_name),
            d.size as i64, d.category, d.text, preview, now
        ],
    )?;
    Ok(id)
}

/// Read the text of an upload when it has some; PDFs and Word files must be readable.
pub fn text_of(field: &str, up: &Upload) -> Result<(FileKind, Option<String>)> {
    match extract::detect(&up.bytes, &up.file_name) {
        FileKind::Other => {
            let ext = up
                .file_name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            if matches!(ext.as_str(), "pdf" | "docx") {
                // Named as a document we can read but not one: damaged or mislabelled.
                extract::extract_text(field, &up.file_name, &up.bytes)
                    .map(|e| (e.kind, Some(e.text)))
            } else {
                Ok((FileKind::Other, None))
            }
        }
        _ => extract::extract_text(field, &up.file_name, &up.bytes).map(|e| (e.kind, Some(e.text))),
    }
}

/// Remove blobs that no document row names any more.
pub fn collect_garbage(ctx: &Context, keys: &[String]) -> Result<()> {
    let files = FileStore::for_store(ctx.store())?;
    for key in keys {
        let used: i64 = ctx.store().read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM documents WHERE file_key = ?1",
                [key],
                |r| r.get(0),
            )?)
        })?;
        if used == 0 {
            files.remove(key)?;
        }
    }
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct DocumentAdd {
    pub tracked_job_id: String,
    pub category: DocumentCategory,
    #[serde(default)]
    pub title: Option<String>,
    pub file: FileUpload,
}

pub fn document_add(ctx: &Context, req: DocumentAdd) -> Result<Document> {
    let up = req.file.decode("file")?;
    let (kind, text) = text_of("file", &up)?;
    let files = FileStore::for_store(ctx.store())?;
    ctx.store().write(|tx| {
        ensure_exists(
            tx,
            "tracked_jobs",
            "tracked job",
            "tracked_job_id",
            &req.tracked_job_id,
        )?;
        let stored = files.put(&up.bytes)?;
        let id = insert_document(
            tx,
            &NewDocument {
                candidate_id: None,
                tracked_job_id: Some(&req.tracked_job_id),
                category: req.category,
                title: optional_text(req.title.clone()),
                file_name: &up.file_name,
                file_key: &stored.key,
                kind,
                size: stored.size,
                text: text.as_deref(),
            },
        )?;
        load_document(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct DocumentList {
    pub tracked_job_id: String,
    #[serde(default)]
    pub category: Option<DocumentCategory>,
}

pub fn document_list(ctx: &Context, req: DocumentList) -> Result<Vec<Document>> {
    ctx.store().read(|c| {
        ensure_exists(c, "tracked_jobs", "tracked job", "tracked_job_id", &req.tracked_job_id)?;
        let rows = c
            .prepare(&format!(
                "SELECT {DOC_COLUMNS} FROM documents WHERE tracked_job_id = ?1 AND (?2 IS NULL OR document_category = ?2)
                 ORDER BY created_at, id"
            ))?
            .query_map(params![req.tracked_job_id, req.category], doc_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

pub fn document_delete(ctx: &Context, req: ById) -> Result<Done> {
    let doc = ctx.store().write(|tx| {
        let doc = load_document(tx, &req.id)?;
        tx.execute(
            "UPDATE resumes SET document_id = NULL WHERE document_id = ?1",
            [&req.id],
        )?;
        tx.execute("DELETE FROM documents WHERE id = ?1", [&req.id])?;
        Ok(doc)
    })?;
    collect_garbage(ctx, &[doc.file_key])?;
    Ok(Done { ok: true })
}

/// Where a document's file is on disk, after checking it still matches its checksum.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct DocumentFile {
    pub id: String,
    pub path: String,
    pub original_filename: String,
    pub mime_type: Option<String>,
}

pub fn document_file(ctx: &Context, req: ById) -> Result<DocumentFile> {
    let doc = ctx.store().read(|c| load_document(c, &req.id))?;
    let path = FileStore::for_store(ctx.store())?.verify(&doc.file_key)?;
    Ok(DocumentFile {
        id: doc.id,
        path: path.to_string_lossy().to_string(),
        original_filename: doc.original_filename,
        mime_type: doc.mime_type,
    })
}

/// The document's content as base64 (to show it or save it elsewhere), checked against its key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct DocumentContent {
    pub id: String,
    pub original_filename: String,
    pub mime_type: Option<String>,
    pub content_base64: String,
}

pub fn document_content(ctx: &Context, req: ById) -> Result<DocumentContent> {
    let doc = ctx.store().read(|c| load_document(c, &req.id))?;
    let bytes = FileStore::for_store(ctx.store())?.read(&doc.file_key)?;
    Ok(DocumentContent {
        id: doc.id,
        original_filename: doc.original_filename,
        mime_type: doc.mime_type,
        content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "document_add",
            "Attach a file to a tracked job (stored once per content, by SHA-256)",
            document_add
        ),
        command!(
            "document_list",
            "The documents attached to a tracked job",
            document_list
        ),
        command!(
            "document_delete",
            "Remove a document; its file goes when nothing else uses it",
            document_delete
        ),
        command!(
            "document_file",
            "The checked path of a document's file, for opening it with the OS",
            document_file
        ),
        command!(
            "document_content",
            "A document's content as base64, checked against its checksum",
            document_content
        ),
    ]
}
