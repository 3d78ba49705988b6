//! Text out of an uploaded file: PDF (pdf-extract), DOCX (the zip's `word/document.xml`, read with
//! quick-xml) or plain text. The kind comes from the file's first bytes, not its name, and a file
//! that cannot be read is refused with an error naming the request field, before anything is saved.

use std::io::Read;

use quick_xml::events::Event;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// Largest file accepted for import (resumes, cover letters, transcripts).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Largest `word/document.xml` read from a DOCX (guards against zip bombs).
const MAX_DOCX_XML_BYTES: u64 = 50 * 1024 * 1024;

crate::string_enum! {
    pub enum FileKind { Pdf = "pdf", Docx = "docx", Text = "text", Other = "other" }
}

/// Recognise a file by its content; the name's extension only breaks ties for text.
pub fn detect(bytes: &[u8], file_name: &str) -> FileKind {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(b"%PDF-") {
        FileKind::Pdf
    } else if bytes.starts_with(b"PK\x03\x04")
        && (ext == "docx" || ext.is_empty() || has_docx_body(bytes))
    {
        FileKind::Docx
    } else if matches!(ext.as_str(), "txt" | "text" | "md" | "")
        && std::str::from_utf8(bytes).is_ok()
    {
        FileKind::Text
    } else {
        FileKind::Other
    }
}

fn has_docx_body(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map(|mut z| z.by_name("word/document.xml").is_ok())
        .unwrap_or(false)
}

/// The MIME type stored with a document.
pub fn mime_type(kind: FileKind, file_name: &str) -> &'static str {
    match kind {
        FileKind::Pdf => "application/pdf",
        FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind::Text => "text/plain",
        FileKind::Other => {
            let ext = file_name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            match ext.as_str() {
                "png" => "image/png",
                "jpg" | "jpeg" => "image/jpeg",
                "zip" => "application/zip",
                "doc" => "application/msword",
                "odt" => "application/vnd.oasis.opendocument.text",
                _ => "application/octet-stream",
            }
        }
    }
}

/// Text extracted from a file, with the kind it was read as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Extracted {
    pub kind: FileKind,
    pub text: String,
}

/// Extract the text of a resume-like file. `field` names the request field in errors.
pub fn extract_text(field: &str, file_name: &str, bytes: &[u8]) -> Result<Extracted> {
    if bytes.is_empty() {
        return Err(Error::invalid_value(field, "the file is empty"));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::invalid_value(
            field,
            format!(
                "the file is larger than {} MB",
                MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    let kind = detect(bytes, file_name);
    let text = match kind {
        FileKind::Pdf => pdf_text(field, bytes)?,
        FileKind::Docx => docx_text(field, bytes)?,
        FileKind::Text => String::from_utf8_lossy(bytes)
            .trim_start_matches('\u{feff}')
            .to_string(),
        FileKind::Other => {
            let ext = file_name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            let what = match ext.as_str() {
                "pdf" => "is named .pdf but is not a PDF file (it may be damaged)",
                "docx" => "is named .docx but is not a Word document (it may be damaged)",
                _ => "is not a PDF, DOCX or plain-text file",
            };
            return Err(Error::invalid_value(field, format!("`{file_name}` {what}")));
        }
    };
    let text = normalise(&text);
    if text.trim().is_empty() {
        return Err(Error::invalid_value(
            field,
            format!("no text could be read from `{file_name}` (a scanned image needs OCR first)"),
        ));
    }
    Ok(Extracted { kind, text })
}

fn pdf_text(field: &str, bytes: &[u8]) -> Result<String> {
    // pdf-extract may panic on malformed files; a bad upload must be an error, not a crash.
    let owned = bytes.to_vec();
    let outcome = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&owned));
    match outcome {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(Error::invalid_value(
            field,
            format!("the PDF cannot be read: {e}"),
        )),
        Err(_) => Err(Error::invalid_value(
            field,
            "the PDF is damaged and cannot be read",
        )),
    }
}

fn docx_text(field: &str, bytes: &[u8]) -> Result<String> {
    let bad = |why: String| {
        Error::invalid_value(field, format!("the Word document cannot be read: {why}"))
    };
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let entry = zip
        .by_name("word/document.xml")
        .map_err(|_| bad("word/document.xml is missing".into()))?;
    let mut xml = String::new();
    entry
        .take(MAX_DOCX_XML_BYTES)
        .read_to_string(&mut xml)
        .map_err(|e| bad(e.to_string()))?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| bad(e.to_string()))? {
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => out.push('\n'),
                "tc" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "ta" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                let entity = format!("&{};", r.xml10_content());
                out.push_str(&quick_xml::escape::unescape(&entity).unwrap_or_default());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Unify line ends and spaces: PDF extractors emit form feeds, non-breaking spaces and runs of
/// blank lines.
fn normalise(text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{000c}'], "\n")
        .replace('\u{00a0}', " ");
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim().to_string()
}
