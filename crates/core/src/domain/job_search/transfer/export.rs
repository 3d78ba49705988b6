//! Export everything the job search holds: as one JSON file (tables as arrays
//! of objects) or as a folder of CSV files, one per table. Rows are dumped
//! column by column, so a column added later is exported without changes here.

use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::api::Context;
use crate::domain::calendar::{export_dir, write_export};
use crate::domain::support::optional_text;
use crate::error::{Error, Result};
use crate::{now_utc, string_enum};

string_enum! {
    pub enum ExportFormat { Json = "json", Csv = "csv" }
}

/// What is exported: (name, query). The queries are fixed text.
const TABLES: &[(&str, &str)] = &[
    ("jobs", "SELECT * FROM tracked_jobs ORDER BY created_at, id"),
    ("status_history", "SELECT * FROM job_status_changes ORDER BY tracked_job_id, changed_at, id"),
    ("applications", "SELECT * FROM applications WHERE tracked_job_id IS NOT NULL ORDER BY applied_at, id"),
    ("interviews", "SELECT * FROM interviews WHERE tracked_job_id IS NOT NULL OR candidate_id IS NULL ORDER BY scheduled_at, id"),
    ("goals", "SELECT * FROM career_goals ORDER BY created_at, id"),
    ("milestones", "SELECT * FROM goal_milestones ORDER BY goal_id, position, id"),
    ("mock_interviews", "SELECT * FROM mock_interviews ORDER BY created_at, id"),
    ("mock_answers", "SELECT * FROM interview_responses WHERE mock_interview_id IS NOT NULL ORDER BY mock_interview_id, position"),
    ("practice_scores", "SELECT * FROM performance_metrics ORDER BY recorded_on, created_at, id"),
    ("my_questions", "SELECT * FROM questions WHERE source <> 'builtin' ORDER BY created_at, id"),
];

fn json_value(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::from(format!("<{} bytes>", b.len())),
    }
}

fn dump(conn: &Connection, sql: &str) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
    let mut stmt = conn.prepare(sql)?;
    let columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
    let n = columns.len();
    let rows = stmt
        .query_map([], |r| {
            (0..n)
                .map(|i| r.get_ref(i).map(json_value))
                .collect::<rusqlite::Result<Vec<_>>>()
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((columns, rows))
}

fn csv_text(columns: &[String], rows: &[Vec<Value>]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| Error::io(format!("cannot write CSV: {e}"));
    w.write_record(columns).map_err(io)?;
    for row in rows {
        w.write_record(row.iter().map(|v| match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }))
        .map_err(io)?;
    }
    w.into_inner()
        .map_err(|e| Error::io(format!("cannot write CSV: {e}")))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobSearchExport {
    pub format: ExportFormat,
    /// Where to write: a file for JSON, a folder for CSV. Default: a new
    /// `talentdesk-export-<time>` file or folder in the export folder.
    #[serde(default)]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ExportCount {
    pub table: String,
    pub rows: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ExportResult {
    /// The JSON file, or the folder holding the CSV files.
    pub path: String,
    pub files: Vec<String>,
    pub counts: Vec<ExportCount>,
}

pub fn job_search_export(ctx: &Context, req: JobSearchExport) -> Result<ExportResult> {
    // One read transaction: every table from the same moment.
    let tables = ctx.store().read(|c| {
        TABLES
            .iter()
            .map(|(name, sql)| dump(c, sql).map(|d| (*name, d)))
            .collect::<Result<Vec<_>>>()
    })?;
    let counts = tables
        .iter()
        .map(|(name, (_, rows))| ExportCount {
            table: name.to_string(),
            rows: rows.len() as i64,
        })
        .collect();
    let stamp = now_utc().replace([':', '.'], "-");
    let path = optional_text(req.path);
    match req.format {
        ExportFormat::Json => {
            let mut doc = Map::new();
            doc.insert("exported_at".into(), Value::from(now_utc()));
            doc.insert("format".into(), Value::from("talentdesk-job-search/1"));
            for (name, (columns, rows)) in &tables {
                let objects: Vec<Value> = rows
                    .iter()
                    .map(|r| {
                        Value::Object(columns.iter().cloned().zip(r.iter().cloned()).collect())
                    })
                    .collect();
                doc.insert(name.to_string(), Value::from(objects));
            }
            let text = serde_json::to_vec_pretty(&Value::Object(doc))
                .map_err(|e| Error::database(format!("cannot encode the export: {e}")))?;
            let written =
                write_export(ctx, path, &format!("talentdesk-export-{stamp}.json"), &text)?;
            Ok(ExportResult {
                path: written.clone(),
                files: vec![written],
                counts,
            })
        }
        ExportFormat::Csv => {
            let dir = match path {
                Some(p) => std::path::PathBuf::from(p),
                None => export_dir(ctx)?.join(format!("talentdesk-export-{stamp}")),
            };
            let mut files = Vec::new();
            for (name, (columns, rows)) in &tables {
                let file = dir.join(format!("{name}.csv"));
                files.push(write_export(
                    ctx,
                    Some(file.display().to_string()),
                    "",
                    &csv_text(columns, rows)?,
                )?);
            }
            Ok(ExportResult {
                path: dir.display().to_string(),
                files,
                counts,
            })
        }
    }
}
