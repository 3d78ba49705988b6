//! Import a spreadsheet (CSV) of applications and export everything.
//!
//! Import is two steps, as people expect from spreadsheets: `job_import_preview`
//! reads the header, suggests which column feeds which field (the person can
//! change it) and shows the first rows as they would be saved, each with its
//! problem if any; `job_import_start` runs the import as a background task
//! (progress, cancel) in one transaction, so a bad row or a cancel saves
//! nothing. Errors name the row and field, e.g. `rows[4].salary_max`.
//! Each row becomes a tracked job, plus its application when it has an
//! applied date, resume version or method.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::applications::{insert_application, ApplicationMethod, JobApplicationCreate};
use super::{clean_job, insert_job, JobFields, JobStatus};
use crate::api::{CommandSpec, Context};
use crate::domain::identity::local_user_id;
use crate::domain::requisitions::{EmploymentType, WorkMode};
use crate::domain::support::date_or_timestamp;
use crate::error::{Error, Result};
use crate::tasks::{Progress, TaskStarted};
use crate::{command, string_enum};

mod export;
pub use export::{job_search_export, ExportFormat, JobSearchExport};

string_enum! {
    /// What a CSV column can feed.
    pub enum ImportField {
        Title = "title", Company = "company", Location = "location", WorkMode = "work_mode", JobType = "job_type",
        Status = "status", SalaryMin = "salary_min", SalaryMax = "salary_max", Currency = "currency",
        PostingUrl = "posting_url", Description = "description", Notes = "notes", Source = "source",
        PostedAt = "posted_at", DeadlineAt = "deadline_at", AppliedAt = "applied_at", ResumeVersion = "resume_version",
        Method = "method", ContactName = "contact_name", ContactEmail = "contact_email",
    }
}

/// Which field a column feeds (`None`: ignore the column).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ColumnMapping {
    pub column: String,
    #[serde(default)]
    pub field: Option<ImportField>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobImportRequest {
    /// The CSV text, header row first.
    pub csv: String,
    /// Column to field; default: guessed from the header names.
    #[serde(default)]
    pub mapping: Option<Vec<ColumnMapping>>,
}

/// One row as it would be saved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct PreviewRow {
    /// 1-based data row (the header is row 0).
    pub row: i64,
    pub title: String,
    pub company: String,
    pub status: JobStatus,
    pub source: Option<String>,
    pub applied_at: Option<String>,
    pub salary: Option<String>,
    pub error: Option<Error>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ImportPreview {
    pub headers: Vec<String>,
    pub mapping: Vec<ColumnMapping>,
    pub rows: Vec<PreviewRow>,
    pub total_rows: i64,
    pub invalid_rows: i64,
}

/// Guess a field from a header name.
fn guess(header: &str) -> Option<ImportField> {
    let h: String = header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    use ImportField::*;
    let table: &[(&[&str], ImportField)] = &[
        (&["title", "jobtitle", "position", "role", "job"], Title),
        (
            &[
                "company",
                "companyname",
                "employer",
                "organization",
                "organisation",
            ],
            Company,
        ),
        (&["location", "city", "place"], Location),
        (&["workmode", "remote", "worktype", "arrangement"], WorkMode),
        (&["jobtype", "type", "employmenttype", "contract"], JobType),
        (&["status", "stage", "state"], Status),
        (
            &[
                "salarymin",
                "minsalary",
                "salaryfrom",
                "salary",
                "compensation",
                "pay",
            ],
            SalaryMin,
        ),
        (&["salarymax", "maxsalary", "salaryto"], SalaryMax),
        (&["currency"], Currency),
        (
            &["url", "link", "postingurl", "joburl", "posting"],
            PostingUrl,
        ),
        (&["description", "jobdescription", "details"], Description),
        (&["notes", "note", "comments"], Notes),
        (&["source", "via", "board", "website", "channel"], Source),
        (
            &["posted", "postedat", "dateposted", "postingdate"],
            PostedAt,
        ),
        (
            &["deadline", "deadlineat", "closingdate", "applyby"],
            DeadlineAt,
        ),
        (
            &[
                "applied",
                "appliedat",
                "dateapplied",
                "applieddate",
                "applicationdate",
                "submitted",
            ],
            AppliedAt,
        ),
        (
            &["resume", "resumeversion", "cv", "cvversion"],
            ResumeVersion,
        ),
        (&["method", "applicationmethod", "how"], Method),
        (
            &["contact", "contactname", "recruiter", "hiringmanager"],
            ContactName,
        ),
        (&["email", "contactemail", "recruiteremail"], ContactEmail),
    ];
    table
        .iter()
        .find(|(names, _)| names.contains(&h.as_str()))
        .map(|(_, f)| *f)
}

struct Parsed {
    headers: Vec<String>,
    records: Vec<Vec<String>>,
}

fn parse_csv(text: &str) -> Result<Parsed> {
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
    let mut records = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| {
            Error::invalid_value(format!("rows[{}]", i + 1), format!("row {}: {e}", i + 1))
        })?;
        if rec.iter().all(|v| v.is_empty()) {
            continue;
        }
        records.push(rec.iter().map(str::to_string).collect());
    }
    Ok(Parsed { headers, records })
}

fn resolve_mapping(
    headers: &[String],
    given: Option<Vec<ColumnMapping>>,
) -> Result<Vec<ColumnMapping>> {
    let mapping = match given {
        Some(m) => {
            for (i, c) in m.iter().enumerate() {
                if !headers.contains(&c.column) {
                    return Err(Error::invalid_value(
                        format!("mapping[{i}].column"),
                        format!("the file has no column `{}`", c.column),
                    ));
                }
            }
            m
        }
        None => {
            let mut used = Vec::new();
            headers
                .iter()
                .map(|h| {
                    let field = guess(h).filter(|f| !used.contains(f));
                    if let Some(f) = field {
                        used.push(f);
                    }
                    ColumnMapping {
                        column: h.clone(),
                        field,
                    }
                })
                .collect()
        }
    };
    for required in [ImportField::Title, ImportField::Company] {
        if !mapping.iter().any(|m| m.field == Some(required)) {
            return Err(Error::invalid_value(
                "mapping",
                format!("map a column to `{required}`: every row needs one"),
            ));
        }
    }
    Ok(mapping)
}

/// A row checked and ready to save.
struct RowPlan {
    job: JobFields,
    status: JobStatus,
    applied_at: Option<String>,
    resume_label: Option<String>,
    method: Option<ApplicationMethod>,
}

fn norm(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

fn parse_status(v: &str) -> Option<JobStatus> {
    let n = norm(v);
    JobStatus::parse(&n).or(match n.as_str() {
        "saved" | "wishlist" | "bookmarked" | "interest" => Some(JobStatus::Interested),
        "submitted" | "apply" => Some(JobStatus::Applied),
        "interview" | "interviewing" | "phone_screen" | "screening" => {
            Some(JobStatus::InterviewScheduled)
        }
        "interviewed" => Some(JobStatus::InterviewCompleted),
        "offer" | "offered" => Some(JobStatus::OfferReceived),
        "accept" | "hired" => Some(JobStatus::Accepted),
        "rejection" | "declined" | "no" => Some(JobStatus::Rejected),
        "withdraw" | "withdrew" => Some(JobStatus::Withdrawn),
        _ => None,
    })
}

fn parse_work_mode(v: &str) -> Option<WorkMode> {
    match norm(v).as_str() {
        "remote" | "fully_remote" | "wfh" => Some(WorkMode::Remote),
        "hybrid" => Some(WorkMode::Hybrid),
        "onsite" | "on_site" | "office" | "in_office" | "in_person" => Some(WorkMode::Onsite),
        _ => None,
    }
}

fn parse_job_type(v: &str) -> Option<EmploymentType> {
    let n = norm(v).replace('_', "");
    EmploymentType::ALL
        .iter()
        .copied()
        .find(|t| t.as_str().replace('_', "") == n)
        .or(match n.as_str() {
            "fulltime" | "permanent" | "ft" => Some(EmploymentType::FullTime),
            "parttime" | "pt" => Some(EmploymentType::PartTime),
            "contractor" => Some(EmploymentType::Contract),
            "temp" => Some(EmploymentType::Temporary),
            "intern" => Some(EmploymentType::Internship),
            _ => None,
        })
}

/// Money in major units ("120,000", "$95k", "85000.50") as minor units.
fn parse_money(v: &str) -> Option<i64> {
    let lower = v.to_lowercase();
    let k = lower.trim_end().ends_with('k');
    let digits: String = lower
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let n: f64 = digits.parse().ok()?;
    let major = if k { n * 1000.0 } else { n };
    (major.is_finite() && major >= 0.0).then(|| (major * 100.0).round() as i64)
}

fn plan_row(
    mapping: &[ColumnMapping],
    headers: &[String],
    rec: &[String],
    row: usize,
) -> Result<RowPlan> {
    let bad = |field: &str, what: &str| {
        Error::invalid_value(
            format!("rows[{row}].{field}"),
            format!("row {row}: {field} {what}"),
        )
    };
    let mut job = JobFields::default();
    let mut status = None;
    let mut applied_at = None;
    let mut resume_label = None;
    let mut method = None;
    let mut contact = (None::<String>, None::<String>);
    for m in mapping {
        let Some(field) = m.field else { continue };
        let Some(col) = headers.iter().position(|h| h == &m.column) else {
            continue;
        };
        let v = rec.get(col).map(|s| s.trim()).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        let text = Some(v.to_string());
        use ImportField::*;
        match field {
            Title => job.title = v.into(),
            Company => job.company = v.into(),
            Location => job.location = text,
            WorkMode => {
                job.work_mode = Some(
                    parse_work_mode(v)
                        .ok_or_else(|| bad("work_mode", "must be remote, hybrid or onsite"))?,
                )
            }
            JobType => {
                job.job_type = Some(
                    parse_job_type(v).ok_or_else(|| bad("job_type", "is not a known job type"))?,
                )
            }
            Status => {
                status = Some(
                    parse_status(v).ok_or_else(|| bad("status", "is not a known job status"))?,
                )
            }
            SalaryMin => {
                job.salary_min_minor =
                    Some(parse_money(v).ok_or_else(|| bad("salary_min", "must be an amount"))?)
            }
            SalaryMax => {
                job.salary_max_minor =
                    Some(parse_money(v).ok_or_else(|| bad("salary_max", "must be an amount"))?)
            }
            Currency => job.currency = text,
            PostingUrl => job.posting_url = text,
            Description => job.description = text,
            Notes => job.notes = text,
            Source => job.source = text,
            PostedAt => job.posted_at = text,
            DeadlineAt => job.deadline_at = text,
            AppliedAt => {
                applied_at = Some(
                    date_or_timestamp("applied_at", v)
                        .map_err(|_| bad("applied_at", "must be a date like 2026-05-01"))?,
                )
            }
            ResumeVersion => resume_label = text,
            Method => {
                method = Some(
                    ApplicationMethod::parse(&norm(v))
                        .ok_or_else(|| bad("method", "must be manual or automated"))?,
                )
            }
            ContactName => contact.0 = text,
            ContactEmail => contact.1 = text,
        }
    }
    if contact.0.is_some() || contact.1.is_some() {
        job.contacts.push(super::JobContact {
            name: contact.0.clone().or(contact.1.clone()).unwrap_or_default(),
            role: None,
            email: contact.1,
            phone: None,
        });
    }
    // Same checks as tracked_job_create, with the row in the field's name.
    clean_job(job.clone()).map_err(|e| {
        let field = e.field.clone().unwrap_or_else(|| "row".into());
        Error::new(
            e.code,
            format!("row {row}: {}", e.message),
            Some(format!("rows[{row}].{field}")),
        )
    })?;
    let status = status.unwrap_or(if applied_at.is_some() {
        JobStatus::Applied
    } else {
        JobStatus::Interested
    });
    Ok(RowPlan {
        job,
        status,
        applied_at,
        resume_label,
        method,
    })
}

fn money_text(min: Option<i64>, max: Option<i64>, currency: &Option<String>) -> Option<String> {
    let cur = currency.clone().unwrap_or_else(|| "USD".into());
    let f = |v: i64| format!("{}", v / 100);
    match (min, max) {
        (Some(a), Some(b)) => Some(format!("{}–{} {cur}", f(a), f(b))),
        (Some(a), None) | (None, Some(a)) => Some(format!("{} {cur}", f(a))),
        _ => None,
    }
}

pub fn job_import_preview(_ctx: &Context, req: JobImportRequest) -> Result<ImportPreview> {
    let parsed = parse_csv(&req.csv)?;
    let mapping = resolve_mapping(&parsed.headers, req.mapping)?;
    let mut rows = Vec::new();
    let mut invalid = 0;
    for (i, rec) in parsed.records.iter().enumerate() {
        let row = i + 1;
        let plan = plan_row(&mapping, &parsed.headers, rec, row);
        if plan.is_err() {
            invalid += 1;
        }
        if rows.len() >= 50 {
            continue;
        }
        rows.push(match plan {
            Ok(p) => PreviewRow {
                row: row as i64,
                salary: money_text(
                    p.job.salary_min_minor,
                    p.job.salary_max_minor,
                    &p.job.currency,
                ),
                title: p.job.title,
                company: p.job.company,
                status: p.status,
                source: p.job.source,
                applied_at: p.applied_at,
                error: None,
            },
            Err(e) => PreviewRow {
                row: row as i64,
                title: String::new(),
                company: String::new(),
                status: JobStatus::Interested,
                source: None,
                applied_at: None,
                salary: None,
                error: Some(e),
            },
        });
    }
    Ok(ImportPreview {
        headers: parsed.headers,
        mapping,
        rows,
        total_rows: parsed.records.len() as i64,
        invalid_rows: invalid,
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ImportResult {
    pub jobs: i64,
    pub applications: i64,
}

/// Save every row in one transaction; any bad row or a cancel rolls all back.
fn import(
    tx: &Connection,
    parsed: &Parsed,
    mapping: &[ColumnMapping],
    progress: Option<&Progress>,
) -> Result<ImportResult> {
    let plans = parsed
        .records
        .iter()
        .enumerate()
        .map(|(i, rec)| plan_row(mapping, &parsed.headers, rec, i + 1))
        .collect::<Result<Vec<_>>>()?;
    let user = local_user_id(tx)?;
    let mut result = ImportResult {
        jobs: 0,
        applications: 0,
    };
    for (i, p) in plans.into_iter().enumerate() {
        if let Some(progress) = progress {
            progress.check_cancelled()?;
        }
        let row = i + 1;
        let clean = clean_job(p.job)?;
        let id = insert_job(tx, &user, &clean, p.status, p.applied_at.clone())?;
        result.jobs += 1;
        if p.applied_at.is_some() || p.resume_label.is_some() || p.method.is_some() {
            insert_application(
                tx,
                &JobApplicationCreate {
                    tracked_job_id: id.clone(),
                    resume_id: None,
                    resume_label: p.resume_label,
                    method: p.method,
                    status: None,
                    source: None,
                    applied_at: p.applied_at,
                    notes: None,
                },
            )
            .map_err(|e| {
                Error::new(
                    e.code,
                    format!("row {row}: {}", e.message),
                    Some(format!("rows[{row}]")),
                )
            })?;
            result.applications += 1;
        }
        if let Some(progress) = progress {
            progress.advance(1);
        }
    }
    Ok(result)
}

pub fn job_import_start(ctx: &Context, req: JobImportRequest) -> Result<TaskStarted> {
    let parsed = parse_csv(&req.csv)?;
    let mapping = resolve_mapping(&parsed.headers, req.mapping)?;
    ctx.tasks()
        .spawn(ctx, "job_import", move |ctx, progress: &Progress| {
            progress.set_total(parsed.records.len() as u64);
            progress.set_message("Importing rows…");
            let result = ctx
                .store()
                .write(|tx| import(tx, &parsed, &mapping, Some(progress)))?;
            serde_json::to_value(result)
                .map_err(|e| Error::database(format!("cannot encode the result: {e}")))
        })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "job_import_preview",
            "Read a CSV of applications: suggested column mapping and the rows as they would be saved",
            job_import_preview
        ),
        command!(
            "job_import_start",
            "Import a CSV of applications as a background task (all rows or none)",
            job_import_start
        ),
        command!(
            "job_search_export",
            "Export every job, application, interview, goal and practice result to CSV files or one JSON file",
            job_search_export
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_common_headers() {
        assert_eq!(guess("Job Title"), Some(ImportField::Title));
        assert_eq!(guess("Date Applied"), Some(ImportField::AppliedAt));
        assert_eq!(guess("Company Name"), Some(ImportField::Company));
        assert_eq!(guess("whatever"), None);
    }

    #[test]
    fn parses_money_and_labels() {
        assert_eq!(parse_money("$95k"), Some(9_500_000));
        assert_eq!(parse_money("120,000"), Some(12_000_000));
        assert_eq!(parse_money("abc"), None);
        assert_eq!(
            parse_status("Interviewing"),
            Some(JobStatus::InterviewScheduled)
        );
        assert_eq!(
            parse_status("Offer received"),
            Some(JobStatus::OfferReceived)
        );
        assert_eq!(parse_job_type("Full-time"), Some(EmploymentType::FullTime));
        assert_eq!(parse_work_mode("On-site"), Some(WorkMode::Onsite));
    }
}
