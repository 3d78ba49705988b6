//! Resumes as files: text extraction (PDF, DOCX, plain text) and parsing into structured fields.
//! WHY a module of its own, outside the domain: the job seeker's resume import and the
//! recruiters' candidate import read resumes the same way; both call [`read_resume`].

pub mod dates;
pub mod extract;
pub mod parse;
mod words;

pub use extract::{extract_text, Extracted, FileKind};
pub use parse::{parse, ParsedEducation, ParsedExperience, ParsedResume};

use crate::error::Result;

/// Extract the text of a resume file and parse it. `field` names the request field in errors.
pub fn read_resume(
    field: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<(Extracted, ParsedResume)> {
    let extracted = extract_text(field, file_name, bytes)?;
    let parsed = parse(&extracted.text, crate::skills::catalog()?);
    Ok((extracted, parsed))
}
