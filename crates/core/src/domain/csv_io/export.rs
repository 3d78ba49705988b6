//! Export of a list to CSV. Candidate and requisition exports use the
//! import's field names as headers, so an exported file imports back as is.

use rusqlite::types::ValueRef;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::Context;
use crate::domain::calendar::write_export;
use crate::domain::candidates::CandidateStatus;
use crate::error::{Error, Result};
use crate::{now_utc, string_enum};

string_enum! {
    /// Which list to export.
    pub enum ExportKind { Candidates = "candidates", Requisitions = "requisitions", Applications = "applications" }
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CsvExport {
    pub kind: ExportKind,
    /// Candidates only: the same search text as the candidate list.
    #[serde(default)]
    pub query: Option<String>,
    /// Candidates only.
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    /// Write the file here and return its path; without it, the text is returned.
    #[serde(default)]
    pub path: Option<String>,
    /// Without `path`: write the file to the export folder beside the
    /// database (`exports/`, as the other exports do) and return its path.
    #[serde(default)]
    pub save_to_exports: Option<bool>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CsvExported {
    pub rows: i64,
    pub path: Option<String>,
    pub csv: Option<String>,
}

const CANDIDATES_SQL: &str = "SELECT c.id, c.full_name, c.email, c.phone, c.location, c.headline, c.current_role,
        (SELECT w.company_name FROM work_experiences w WHERE w.candidate_id = c.id AND w.is_current = 1 ORDER BY w.start_date DESC LIMIT 1) AS current_company,
        c.status, c.experience_level, c.total_experience_years, c.linkedin_url, c.source,
        (SELECT group_concat(s.name, '; ') FROM candidate_skills s WHERE s.candidate_id = c.id) AS skills,
        c.created_at, c.updated_at
    FROM candidates c";

const REQUISITIONS_SQL: &str = "SELECT r.id, r.title, r.department, r.employment_type, r.work_mode,
        (SELECT group_concat(j.value, '; ') FROM json_each(r.job_locations) j) AS job_locations,
        printf('%.2f', r.min_salary_minor / 100.0) AS min_salary, printf('%.2f', r.max_salary_minor / 100.0) AS max_salary,
        r.currency, r.salary_unit,
        (SELECT group_concat(j.value, '; ') FROM json_each(r.required_skills) j) AS required_skills,
        (SELECT group_concat(j.value, '; ') FROM json_each(r.preferred_skills) j) AS preferred_skills,
        r.openings, r.positions_filled, r.status, r.application_deadline, r.description, r.created_at, r.updated_at
    FROM requisitions r ORDER BY r.created_at, r.id";

const APPLICATIONS_SQL: &str = "SELECT a.id, a.candidate_id, c.full_name AS candidate_name, c.email AS candidate_email,
        a.requisition_id, r.title AS requisition_title, s.name AS stage, a.status, a.source, a.applied_at,
        a.follow_up_status, a.next_follow_up_date, a.rejection_reason, a.created_at, a.updated_at
    FROM applications a
    JOIN requisitions r ON r.id = a.requisition_id
    LEFT JOIN candidates c ON c.id = a.candidate_id
    LEFT JOIN pipeline_stages s ON s.id = a.stage_id
    ORDER BY r.title, a.created_at, a.id";

/// Export a list; a failure writes no file (files are written through a
/// temporary file and renamed).
pub fn csv_export(ctx: &Context, req: CsvExport) -> Result<CsvExported> {
    if req.kind != ExportKind::Candidates && (req.query.is_some() || req.status.is_some()) {
        return Err(Error::invalid_value(
            "query",
            "query and status filter candidate exports only",
        ));
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    let rows = ctx.store().read(|c| {
        let (sql, params): (String, Vec<rusqlite::types::Value>) = match req.kind {
            ExportKind::Candidates => {
                let mut conds = Vec::new();
                let mut params = Vec::new();
                if let Some(status) = req.status {
                    params.push(rusqlite::types::Value::Text(status.as_str().into()));
                    conds.push(format!("c.status = ?{}", params.len()));
                }
                if let Some(q) = req.query.as_deref().and_then(crate::domain::search::fts_query) {
                    params.push(rusqlite::types::Value::Text(q));
                    conds.push(format!(
                        "c.rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?{})",
                        params.len()
                    ));
                }
                let filter = if conds.is_empty() { String::new() } else { format!(" WHERE {}", conds.join(" AND ")) };
                (format!("{CANDIDATES_SQL}{filter} ORDER BY c.full_name COLLATE NOCASE, c.id"), params)
            }
            ExportKind::Requisitions => (REQUISITIONS_SQL.to_string(), Vec::new()),
            ExportKind::Applications => (APPLICATIONS_SQL.to_string(), Vec::new()),
        };
        let mut stmt = c.prepare(&sql)?;
        let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
        out.write_record(&names).map_err(csv_error)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut n = 0i64;
        let mut record: Vec<String> = Vec::with_capacity(names.len());
        while let Some(row) = rows.next()? {
            record.clear();
            for i in 0..names.len() {
                record.push(match row.get_ref(i)? {
                    ValueRef::Null => String::new(),
                    ValueRef::Integer(v) => v.to_string(),
                    ValueRef::Real(v) => v.to_string(),
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    ValueRef::Blob(_) => String::new(),
                });
            }
            out.write_record(&record).map_err(csv_error)?;
            n += 1;
        }
        Ok(n)
    })?;
    let bytes = out
        .into_inner()
        .map_err(|e| Error::io(format!("cannot finish the CSV: {e}")))?;
    if req.path.is_some() || req.save_to_exports == Some(true) {
        let stamp = now_utc().replace([':', '.'], "-");
        let name = format!("talentdesk-{}-{stamp}.csv", req.kind.as_str());
        let path = write_export(ctx, req.path, &name, &bytes)?;
        return Ok(CsvExported {
            rows,
            path: Some(path),
            csv: None,
        });
    }
    Ok(CsvExported {
        rows,
        path: None,
        csv: Some(String::from_utf8_lossy(&bytes).into_owned()),
    })
}

fn csv_error(e: csv::Error) -> Error {
    Error::io(format!("cannot write the CSV: {e}"))
}
