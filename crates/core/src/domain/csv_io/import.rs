//! CSV import of candidates and requisitions: a preview (headers, suggested
//! mapping, sample rows, every row's errors and duplicate flags) and the
//! import itself as a background task.
//! WHY validate everything before writing: an import either saves every row
//! or none, and the error names the row (its line in the file, the header
//! being row 1) and the field. The write is one transaction with prepared
//! statements; a candidate's skills and current job are inserted before the
//! candidate (foreign keys deferred), so the search index and duplicate-key
//! triggers build each candidate's entry once instead of once per child row.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use super::fields::{self, CsvField, CsvKind};
use crate::api::Context;
use crate::domain::duplicates::{merge_into, DuplicateReason, Keys};
use crate::domain::requisitions::DEFAULT_STAGES;
use crate::domain::support::json_strings;
use crate::error::{Error, Result};
use crate::tasks::{Progress, TaskStarted};
use crate::{new_id, now_utc, string_enum};

string_enum! {
    /// What to do with a row that looks like a candidate already stored
    /// (or an earlier row of the same file).
    pub enum DuplicateAction { Skip = "skip", Merge = "merge", Create = "create" }
}

/// Header → field (or none: the column is ignored).
pub type Mapping = BTreeMap<String, Option<String>>;

/// A problem with one row.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct RowError {
    /// Line of the row in the file (the header is row 1).
    pub row: u64,
    pub field: Option<String>,
    pub message: String,
}

/// A row that looks like someone already known.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct RowDuplicate {
    pub row: u64,
    /// A stored candidate it matches, if any.
    pub candidate_id: Option<String>,
    pub full_name: Option<String>,
    /// Else an earlier row of the same file it matches.
    pub same_as_row: Option<u64>,
    pub reasons: Vec<DuplicateReason>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CsvPreviewRow {
    pub row: u64,
    /// Field → checked value, for the mapped, non-blank cells.
    pub values: BTreeMap<String, String>,
}

/// At most this many errors and duplicate flags are listed (all are counted).
const LIST_CAP: usize = 500;

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CsvPreview {
    pub kind: CsvKind,
    /// The file's text, or
    #[serde(default)]
    pub csv: Option<String>,
    /// a path to read it from.
    #[serde(default)]
    pub path: Option<String>,
    /// Defaults to the suggested mapping.
    #[serde(default)]
    pub mapping: Option<Mapping>,
    /// How many rows to show (default 20, at most 200).
    #[serde(default)]
    pub sample: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CsvPreviewResult {
    pub kind: CsvKind,
    pub headers: Vec<String>,
    pub fields: Vec<CsvField>,
    pub suggested_mapping: Mapping,
    pub mapping: Mapping,
    pub rows: Vec<CsvPreviewRow>,
    pub total_rows: u64,
    pub error_count: u64,
    pub errors: Vec<RowError>,
    pub duplicate_count: u64,
    pub duplicates: Vec<RowDuplicate>,
    /// Required fields the suggested mapping leaves unmapped (only without
    /// a `mapping` in the request: the rows are then not checked, and the
    /// person maps these first). An explicit mapping missing one fails.
    pub missing_required: Vec<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CsvImport {
    pub kind: CsvKind,
    #[serde(default)]
    pub csv: Option<String>,
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub mapping: Option<Mapping>,
    /// For candidate rows that look like a duplicate (default `skip`).
    #[serde(default)]
    pub on_duplicate: Option<DuplicateAction>,
    /// Per-row choices, by row number, overriding `on_duplicate`.
    #[serde(default)]
    #[ts(as = "Option<BTreeMap<String, DuplicateAction>>", optional)]
    pub row_actions: BTreeMap<u64, DuplicateAction>,
}

/// The file, parsed and checked.
struct Checked {
    headers: Vec<String>,
    suggested: Mapping,
    mapping: Mapping,
    rows: Vec<(u64, BTreeMap<&'static str, String>)>,
    errors: Vec<RowError>,
    /// Required fields left unmapped (see [`CsvPreviewResult`]).
    missing: Vec<String>,
}

fn read_text(csv: Option<String>, path: Option<String>) -> Result<String> {
    match (csv, path) {
        (Some(text), None) => Ok(text),
        (None, Some(path)) => std::fs::read_to_string(&path)
            .map_err(|e| Error::invalid_value("path", format!("cannot read {path}: {e}"))),
        _ => Err(Error::invalid_value(
            "csv",
            "give either csv (the file's text) or path, not both",
        )),
    }
}

/// `lenient`: a suggested mapping that misses a required field is reported
/// in `missing` (rows unchecked) instead of failing.
fn check_file(
    kind: CsvKind,
    text: &str,
    mapping: Option<Mapping>,
    lenient: bool,
) -> Result<Checked> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid_value("csv", format!("cannot read the header row: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(Error::invalid_value("csv", "the file has no header row"));
    }
    let suggested = fields::suggest_mapping(kind, &headers);
    let lenient = lenient && mapping.is_none();
    let mapping = mapping.unwrap_or_else(|| suggested.clone());
    // The mapping itself: known headers, known fields, each field once, the
    // required ones present.
    let mut columns: Vec<(usize, &'static str)> = Vec::new();
    for (header, field) in &mapping {
        let Some(field) = field else { continue };
        let Some(at) = headers.iter().position(|h| h == header) else {
            return Err(Error::invalid_value(
                format!("mapping.{header}"),
                format!("the file has no column `{header}`"),
            ));
        };
        let Some(name) = fields::field(kind, field) else {
            return Err(Error::invalid_value(
                format!("mapping.{header}"),
                format!("`{field}` is not a {kind} field"),
            ));
        };
        if columns.iter().any(|(_, f)| *f == name) {
            return Err(Error::invalid_value(
                format!("mapping.{header}"),
                format!("two columns are mapped to {field}"),
            ));
        }
        columns.push((at, name));
    }
    let missing: Vec<String> = fields::required_fields(kind)
        .filter(|required| !columns.iter().any(|(_, f)| f == required))
        .map(str::to_string)
        .collect();
    if let Some(required) = missing.first() {
        if !lenient {
            return Err(Error::invalid_value(
                "mapping",
                format!("map a column to {required}: it is required"),
            ));
        }
        return Ok(Checked {
            headers,
            suggested,
            mapping,
            rows: Vec::new(),
            errors: Vec::new(),
            missing,
        });
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let row = e.position().map_or(0, |p| p.line());
            Error::invalid_value(format!("rows[{row}]"), format!("row {row}: {e}"))
        })?;
        let row = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != headers.len() {
            errors.push(RowError {
                row,
                field: None,
                message: format!(
                    "row {row} has {} cells but the header has {}",
                    record.len(),
                    headers.len()
                ),
            });
            continue;
        }
        let mut values = BTreeMap::new();
        for (at, field) in &columns {
            let cell = record.get(*at).unwrap_or("");
            if cell.is_empty() {
                continue;
            }
            match fields::check(kind, field, cell) {
                Ok(v) => {
                    values.insert(*field, v);
                }
                Err(message) => errors.push(RowError {
                    row,
                    field: Some(field.to_string()),
                    message: format!("row {row}, {field}: {message}"),
                }),
            }
        }
        for required in fields::required_fields(kind) {
            if !values.contains_key(required) {
                errors.push(RowError {
                    row,
                    field: Some(required.to_string()),
                    message: format!("row {row}, {required}: required but empty"),
                });
            }
        }
        if kind == CsvKind::Requisitions {
            if let (Some(lo), Some(hi)) = (values.get("min_salary"), values.get("max_salary")) {
                if hi.parse::<i64>().unwrap_or(0) < lo.parse::<i64>().unwrap_or(0) {
                    errors.push(RowError {
                        row,
                        field: Some("max_salary".into()),
                        message: format!("row {row}, max_salary: less than min_salary"),
                    });
                }
            }
        }
        rows.push((row, values));
    }
    Ok(Checked {
        headers,
        suggested,
        mapping,
        rows,
        errors,
        missing,
    })
}

fn keys_of(values: &BTreeMap<&'static str, String>) -> Keys {
    let get = |f: &str| values.get(f).map(String::as_str);
    Keys::of(
        get("full_name").unwrap_or(""),
        &[get("email")],
        &[get("phone")],
        get("linkedin_url"),
        get("current_company"),
    )
}

/// Show what an import would do, without saving anything.
pub fn csv_preview(ctx: &Context, req: CsvPreview) -> Result<CsvPreviewResult> {
    let text = read_text(req.csv, req.path)?;
    let sample = req.sample.unwrap_or(20).min(200) as usize;
    let checked = check_file(req.kind, &text, req.mapping, true)?;
    let mut duplicates = Vec::new();
    let mut duplicate_count = 0;
    if req.kind == CsvKind::Candidates {
        ctx.store().read(|c| {
            let mut seen: HashMap<(DuplicateReason, String), u64> = HashMap::new();
            let mut names = c.prepare_cached("SELECT full_name FROM candidates WHERE id = ?1")?;
            for (row, values) in &checked.rows {
                let keys = keys_of(values);
                let stored = keys.stored_matches(c)?;
                let flag = if let Some((id, reasons)) = stored.into_iter().next() {
                    let name: Option<String> = names.query_row([&id], |r| r.get(0)).ok();
                    Some(RowDuplicate {
                        row: *row,
                        candidate_id: Some(id),
                        full_name: name,
                        same_as_row: None,
                        reasons,
                    })
                } else {
                    let mut earlier = None;
                    let mut reasons = Vec::new();
                    for (reason, key) in &keys.0 {
                        if let Some(r) = seen.get(&(*reason, key.clone())) {
                            earlier.get_or_insert(*r);
                            reasons.push(*reason);
                        }
                    }
                    earlier.map(|r| RowDuplicate {
                        row: *row,
                        candidate_id: None,
                        full_name: None,
                        same_as_row: Some(r),
                        reasons,
                    })
                };
                for (reason, key) in keys.0 {
                    seen.entry((reason, key)).or_insert(*row);
                }
                if let Some(flag) = flag {
                    duplicate_count += 1;
                    if duplicates.len() < LIST_CAP {
                        duplicates.push(flag);
                    }
                }
            }
            Ok(())
        })?;
    }
    Ok(CsvPreviewResult {
        kind: req.kind,
        fields: fields::fields(req.kind),
        headers: checked.headers,
        suggested_mapping: checked.suggested,
        mapping: checked.mapping,
        rows: checked
            .rows
            .iter()
            .take(sample)
            .map(|(row, values)| CsvPreviewRow {
                row: *row,
                values: values
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
            })
            .collect(),
        total_rows: checked.rows.len() as u64,
        error_count: checked.errors.len() as u64,
        errors: checked.errors.into_iter().take(LIST_CAP).collect(),
        duplicate_count,
        duplicates,
        missing_required: checked.missing,
    })
}

/// Start the import as a background task (`task_get` follows it). The file
/// is read and its mapping checked before the task starts.
pub fn csv_import(ctx: &Context, req: CsvImport) -> Result<TaskStarted> {
    let text = read_text(req.csv, req.path)?;
    // Cheap checks up front: a bad mapping fails the command itself.
    let kind = req.kind;
    let mapping = req.mapping;
    check_file(
        kind,
        text.lines().next().unwrap_or(""),
        mapping.clone(),
        false,
    )?;
    let default_action = req.on_duplicate.unwrap_or(DuplicateAction::Skip);
    let row_actions = req.row_actions;
    let task_kind = match kind {
        CsvKind::Candidates => "candidate_import",
        CsvKind::Requisitions => "requisition_import",
    };
    ctx.tasks()
        .spawn(ctx, task_kind, move |ctx, progress: &Progress| {
            progress.set_message("Checking rows…");
            let checked = check_file(kind, &text, mapping, false)?;
            if let Some(first) = checked.errors.first() {
                let n = checked.errors.len();
                let field = match &first.field {
                    Some(f) => format!("rows[{}].{f}", first.row),
                    None => format!("rows[{}]", first.row),
                };
                let more = if n > 1 {
                    format!(" ({n} problems in all)")
                } else {
                    String::new()
                };
                return Err(Error::invalid_value(
                    field,
                    format!("{}{more}; nothing was imported", first.message),
                ));
            }
            progress.set_total(checked.rows.len() as u64);
            progress.set_message("Importing…");
            let outcome = ctx.store().write(|tx| {
                tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
                match kind {
                    CsvKind::Candidates => {
                        import_candidates(tx, &checked.rows, default_action, &row_actions, progress)
                    }
                    CsvKind::Requisitions => import_requisitions(tx, &checked.rows, progress),
                }
            })?;
            Ok(outcome)
        })
}

fn import_candidates(
    tx: &Transaction<'_>,
    rows: &[(u64, BTreeMap<&'static str, String>)],
    default_action: DuplicateAction,
    row_actions: &BTreeMap<u64, DuplicateAction>,
    progress: &Progress,
) -> Result<serde_json::Value> {
    let now = now_utc();
    let mut insert = tx.prepare_cached(
        "INSERT INTO candidates (id, full_name, email, phone, location, headline, current_role, status,
             experience_level, total_experience_years, linkedin_url, source, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
    )?;
    let mut skill = tx.prepare_cached(
        "INSERT INTO candidate_skills (id, candidate_id, skill_id, name, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?;
    let mut work = tx.prepare_cached(
        "INSERT INTO work_experiences (id, candidate_id, company_name, job_title, is_current, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)",
    )?;
    let mut catalog = tx.prepare_cached(
        "SELECT id FROM skills WHERE lower(name) = lower(?1) ORDER BY id LIMIT 1",
    )?;
    let mut skill_ids: HashMap<String, Option<String>> = HashMap::new();
    let (mut imported, mut merged, mut skipped) = (0u64, 0u64, 0u64);
    let mut report = Vec::new();
    for (row, v) in rows {
        progress.check_cancelled()?;
        let get = |f: &str| v.get(f).map(String::as_str);
        let stored = keys_of(v).stored_matches(tx)?;
        let action = row_actions.get(row).copied().unwrap_or(default_action);
        let existing = stored
            .iter()
            .next()
            .map(|(id, reasons)| (id.clone(), reasons.clone()));
        if let Some((id, reasons)) = &existing {
            if report.len() < LIST_CAP {
                report.push(
                    json!({"row": row, "candidate_id": id, "reasons": reasons, "action": action}),
                );
            }
            if action == DuplicateAction::Skip {
                skipped += 1;
                progress.advance(1);
                continue;
            }
        }
        let id = new_id();
        // Children first (foreign keys are deferred): the candidate's insert
        // trigger then indexes the whole profile in one go.
        if let Some(list) = get("skills") {
            for name in fields::split_list(list) {
                let key = name.to_lowercase();
                let skill_id = match skill_ids.get(&key) {
                    Some(found) => found.clone(),
                    None => {
                        let found: Option<String> = catalog
                            .query_row([&name], |r| r.get(0))
                            .map(Some)
                            .or_else(|e| match e {
                                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                                e => Err(e),
                            })?;
                        skill_ids.insert(key, found.clone());
                        found
                    }
                };
                skill.execute(params![new_id(), id, skill_id, name, now])?;
            }
        }
        if let Some(company) = get("current_company") {
            let title = get("current_role")
                .or(get("headline"))
                .unwrap_or("Current position");
            work.execute(params![new_id(), id, company, title, now])?;
        }
        let years: Option<f64> = get("total_experience_years").and_then(|y| y.parse().ok());
        insert.execute(params![
            id,
            get("full_name"),
            get("email"),
            get("phone"),
            get("location"),
            get("headline"),
            get("current_role"),
            get("status").unwrap_or("active"),
            get("experience_level"),
            years,
            get("linkedin_url"),
            get("source").unwrap_or("csv_import"),
            now
        ])?;
        match (&existing, action) {
            (Some((keep, _)), DuplicateAction::Merge) => {
                merge_into(tx, keep, &id, None, "import")?;
                merged += 1;
            }
            _ => imported += 1,
        }
        progress.advance(1);
    }
    Ok(json!({
        "imported": imported, "merged": merged, "skipped": skipped,
        "duplicates": report,
    }))
}

fn import_requisitions(
    tx: &Transaction<'_>,
    rows: &[(u64, BTreeMap<&'static str, String>)],
    progress: &Progress,
) -> Result<serde_json::Value> {
    let now = now_utc();
    let mut insert = tx.prepare_cached(
        "INSERT INTO requisitions (id, title, department, employment_type, work_mode, job_locations,
             min_salary_minor, max_salary_minor, currency, salary_unit, required_skills, preferred_skills, openings,
             status, application_deadline, description, slug, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
    )?;
    let mut stage = tx.prepare_cached(
        "INSERT INTO pipeline_stages (id, requisition_id, name, kind, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?;
    let mut imported = 0u64;
    for (_, v) in rows {
        progress.check_cancelled()?;
        let get = |f: &str| v.get(f).map(String::as_str);
        let list = |f: &str| json_strings(&get(f).map(fields::split_list).unwrap_or_default());
        let money = |f: &str| get(f).and_then(|m| m.parse::<i64>().ok());
        let id = new_id();
        let title = get("title").unwrap_or("");
        let slug = format!(
            "{}-{}",
            crate::domain::requisitions::slugify(title),
            &id[id.len() - 6..]
        );
        insert.execute(params![
            id,
            title,
            get("department"),
            get("employment_type").unwrap_or("full_time"),
            get("work_mode").unwrap_or("onsite"),
            list("job_locations"),
            money("min_salary"),
            money("max_salary"),
            get("currency").unwrap_or("USD"),
            get("salary_unit").unwrap_or("year"),
            list("required_skills"),
            list("preferred_skills"),
            get("openings")
                .and_then(|n| n.parse::<i64>().ok())
                .unwrap_or(1),
            get("status").unwrap_or("draft"),
            get("application_deadline"),
            get("description"),
            slug,
            now
        ])?;
        for (position, (name, kind)) in DEFAULT_STAGES.iter().enumerate() {
            stage.execute(params![new_id(), id, name, kind, position as i64, now])?;
        }
        imported += 1;
        progress.advance(1);
    }
    Ok(json!({ "imported": imported, "merged": 0, "skipped": 0, "duplicates": [] }))
}
