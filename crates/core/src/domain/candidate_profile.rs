//! The candidate's full master profile (seed 003 sections A–E and G; F, the
//! work history, has its own commands below). WHY one replace-all command: the
//! profile editor saves the whole profile at once, and a profile that fails a
//! check is not saved in part. The columns are listed once in [`COLUMNS`] and
//! the typed struct round-trips through JSON, so a new field is one line here
//! and one in the struct.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::candidates::{CandidateStatus, ExperienceLevel};
use super::support::{
    currency, date, email, ensure_exists, ensure_found, optional_date, optional_text,
    ordered_range, required_text, ById, Done,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum JobTypePreference {
        FullTime = "full_time", PartTime = "part_time", Contract = "contract", Temporary = "temporary",
        Internship = "internship", Freelance = "freelance", Any = "any",
    }
}
string_enum! {
    pub enum RelocationReadiness { Yes = "yes", No = "no", OpenToDiscussion = "open_to_discussion" }
}
string_enum! {
    pub enum ShiftPreference { Day = "day", Night = "night", Flexible = "flexible" }
}
string_enum! {
    pub enum SectorPreference { Private = "private", Government = "government", NonProfit = "non_profit", Any = "any" }
}
string_enum! {
    pub enum ContactMode { Email = "email", Call = "call", Whatsapp = "whatsapp", Sms = "sms", Linkedin = "linkedin" }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    Bool,
    List,
}

/// Profile columns of `candidates`, in struct order.
const COLUMNS: &[(&str, Kind)] = &[
    ("full_name", Kind::Plain),
    ("email", Kind::Plain),
    ("phone", Kind::Plain),
    ("alternate_email", Kind::Plain),
    ("alternate_phone", Kind::Plain),
    ("linkedin_url", Kind::Plain),
    ("portfolio_url", Kind::Plain),
    ("github_url", Kind::Plain),
    ("location", Kind::Plain),
    ("headline", Kind::Plain),
    ("bio", Kind::Plain),
    ("status", Kind::Plain),
    ("source", Kind::Plain),
    ("notes", Kind::Plain),
    ("is_actively_searching", Kind::Bool),
    ("highest_education", Kind::Plain),
    ("year_of_passing", Kind::Plain),
    ("projects_summary", Kind::Plain),
    ("total_experience_years", Kind::Plain),
    ("experience_level", Kind::Plain),
    ("current_role", Kind::Plain),
    ("expected_role", Kind::Plain),
    ("job_type_preference", Kind::Plain),
    ("current_locations", Kind::List),
    ("preferred_locations", Kind::List),
    ("ready_to_relocate", Kind::Plain),
    ("notice_period_days", Kind::Plain),
    ("availability_date", Kind::Plain),
    ("availability_percentage", Kind::Plain),
    ("shift_preference", Kind::Plain),
    ("work_authorization", Kind::Plain),
    ("current_ctc_minor", Kind::Plain),
    ("expected_ctc_minor", Kind::Plain),
    ("ctc_currency", Kind::Plain),
    ("is_ctc_negotiable", Kind::Bool),
    ("looking_for_jobs_abroad", Kind::Bool),
    ("sector_preference", Kind::Plain),
    ("preferred_industries", Kind::List),
    ("gender", Kind::Plain),
    ("marital_status", Kind::Plain),
    ("date_of_birth", Kind::Plain),
    ("languages", Kind::List),
    ("reservation_category", Kind::Plain),
    ("disability", Kind::Plain),
    ("willingness_to_travel", Kind::Plain),
    ("has_driving_license", Kind::Bool),
    ("has_current_offers", Kind::Bool),
    ("number_of_offers", Kind::Plain),
    ("best_time_to_contact", Kind::Plain),
    ("preferred_contact_mode", Kind::Plain),
    ("time_zone", Kind::Plain),
];

/// Sections A–E and G of the master profile.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateProfileFields {
    // A: identity and contact
    pub full_name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub alternate_email: Option<String>,
    #[serde(default)]
    pub alternate_phone: Option<String>,
    #[serde(default)]
    pub linkedin_url: Option<String>,
    #[serde(default)]
    pub portfolio_url: Option<String>,
    #[serde(default)]
    pub github_url: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub bio: Option<String>,
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub is_actively_searching: Option<bool>,
    // B: education
    #[serde(default)]
    pub highest_education: Option<String>,
    #[serde(default)]
    pub year_of_passing: Option<i64>,
    #[serde(default)]
    pub projects_summary: Option<String>,
    // C: job preferences
    #[serde(default)]
    pub total_experience_years: Option<f64>,
    #[serde(default)]
    pub experience_level: Option<ExperienceLevel>,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub expected_role: Option<String>,
    #[serde(default)]
    pub job_type_preference: Option<JobTypePreference>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub current_locations: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub preferred_locations: Vec<String>,
    #[serde(default)]
    pub ready_to_relocate: Option<RelocationReadiness>,
    #[serde(default)]
    pub notice_period_days: Option<i64>,
    #[serde(default)]
    pub availability_date: Option<String>,
    #[serde(default)]
    pub availability_percentage: Option<i64>,
    #[serde(default)]
    pub shift_preference: Option<ShiftPreference>,
    #[serde(default)]
    pub work_authorization: Option<String>,
    // D: salary, in minor units of ctc_currency
    #[serde(default)]
    pub current_ctc_minor: Option<i64>,
    #[serde(default)]
    pub expected_ctc_minor: Option<i64>,
    #[serde(default)]
    pub ctc_currency: Option<String>,
    #[serde(default)]
    pub is_ctc_negotiable: Option<bool>,
    // E: personal and broader preferences
    #[serde(default)]
    pub looking_for_jobs_abroad: Option<bool>,
    #[serde(default)]
    pub sector_preference: Option<SectorPreference>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub preferred_industries: Vec<String>,
    #[serde(default)]
    pub gender: Option<String>,
    #[serde(default)]
    pub marital_status: Option<String>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub reservation_category: Option<String>,
    #[serde(default)]
    pub disability: Option<String>,
    #[serde(default)]
    pub willingness_to_travel: Option<String>,
    #[serde(default)]
    pub has_driving_license: Option<bool>,
    // G: contact and availability
    #[serde(default)]
    pub has_current_offers: Option<bool>,
    #[serde(default)]
    pub number_of_offers: Option<i64>,
    #[serde(default)]
    pub best_time_to_contact: Option<String>,
    #[serde(default)]
    pub preferred_contact_mode: Option<ContactMode>,
    #[serde(default)]
    pub time_zone: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CandidateProfile {
    pub id: String,
    pub profile: CandidateProfileFields,
    pub updated_at: String,
}

fn range(field: &str, v: Option<i64>, lo: i64, hi: i64) -> Result<()> {
    match v {
        Some(x) if !(lo..=hi).contains(&x) => Err(Error::invalid_value(
            field,
            format!("{field} must be between {lo} and {hi}"),
        )),
        _ => Ok(()),
    }
}

fn url(field: &str, v: &Option<String>) -> Result<()> {
    if let Some(u) = v {
        let l = u.to_ascii_lowercase();
        if !(l.starts_with("https://") || l.starts_with("http://"))
            || u.contains(char::is_whitespace)
        {
            return Err(Error::invalid_value(
                field,
                format!("{field} must be a web address starting with https://"),
            ));
        }
    }
    Ok(())
}

/// Trim text, drop blanks, and check every field; the first problem is named.
fn check(mut p: CandidateProfileFields) -> Result<CandidateProfileFields> {
    p.full_name = required_text("full_name", &p.full_name)?;
    let text = |v: &mut Option<String>| *v = optional_text(v.take());
    for v in [
        &mut p.email,
        &mut p.phone,
        &mut p.alternate_email,
        &mut p.alternate_phone,
        &mut p.linkedin_url,
        &mut p.portfolio_url,
        &mut p.github_url,
        &mut p.location,
        &mut p.headline,
        &mut p.bio,
        &mut p.source,
        &mut p.notes,
        &mut p.highest_education,
        &mut p.projects_summary,
        &mut p.current_role,
        &mut p.expected_role,
        &mut p.work_authorization,
        &mut p.ctc_currency,
        &mut p.gender,
        &mut p.marital_status,
        &mut p.reservation_category,
        &mut p.disability,
        &mut p.willingness_to_travel,
        &mut p.best_time_to_contact,
        &mut p.time_zone,
    ] {
        text(v);
    }
    for (field, v) in [
        ("email", &mut p.email),
        ("alternate_email", &mut p.alternate_email),
    ] {
        if let Some(e) = v.take() {
            *v = Some(email(field, &e)?);
        }
    }
    url("linkedin_url", &p.linkedin_url)?;
    url("portfolio_url", &p.portfolio_url)?;
    url("github_url", &p.github_url)?;
    range("year_of_passing", p.year_of_passing, 1900, 2100)?;
    if matches!(p.total_experience_years, Some(y) if !(0.0..=80.0).contains(&y)) {
        return Err(Error::invalid_value(
            "total_experience_years",
            "total_experience_years must be between 0 and 80",
        ));
    }
    range("notice_period_days", p.notice_period_days, 0, 365)?;
    range("availability_percentage", p.availability_percentage, 0, 100)?;
    range("number_of_offers", p.number_of_offers, 0, 1000)?;
    for (field, v) in [
        ("current_ctc_minor", p.current_ctc_minor),
        ("expected_ctc_minor", p.expected_ctc_minor),
    ] {
        if matches!(v, Some(x) if x < 0) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must not be negative"),
            ));
        }
    }
    if let Some(c) = p.ctc_currency.take() {
        p.ctc_currency = Some(currency("ctc_currency", &c)?);
    } else if p.current_ctc_minor.is_some() || p.expected_ctc_minor.is_some() {
        return Err(Error::missing_field("ctc_currency"));
    }
    p.availability_date = optional_date("availability_date", p.availability_date.take())?;
    p.date_of_birth = optional_date("date_of_birth", p.date_of_birth.take())?;
    if let Some(dob) = &p.date_of_birth {
        if dob.as_str() > chrono::Utc::now().format("%Y-%m-%d").to_string().as_str() {
            return Err(Error::invalid_value(
                "date_of_birth",
                "date_of_birth must be in the past",
            ));
        }
    }
    if p.has_current_offers == Some(false) && p.number_of_offers.unwrap_or(0) > 0 {
        return Err(Error::invalid_value(
            "number_of_offers",
            "number_of_offers must be 0 without current offers",
        ));
    }
    for (field, list) in [
        ("current_locations", &mut p.current_locations),
        ("preferred_locations", &mut p.preferred_locations),
        ("preferred_industries", &mut p.preferred_industries),
        ("languages", &mut p.languages),
    ] {
        let mut clean: Vec<String> = Vec::with_capacity(list.len());
        for (i, v) in list.iter().enumerate() {
            let v = v.trim();
            if v.is_empty() {
                return Err(Error::invalid_value(
                    format!("{field}[{i}]"),
                    format!("{field}[{i}] must not be empty"),
                ));
            }
            if !clean.iter().any(|c| c.eq_ignore_ascii_case(v)) {
                clean.push(v.to_string());
            }
        }
        *list = clean;
    }
    Ok(p)
}

fn load(conn: &Connection, id: &str) -> Result<CandidateProfile> {
    let cols: Vec<&str> = COLUMNS.iter().map(|(c, _)| *c).collect();
    let sql = format!(
        "SELECT {}, updated_at FROM candidates WHERE id = ?1",
        cols.join(", ")
    );
    let row = conn
        .query_row(&sql, [id], |r| {
            let mut map = Map::new();
            for (i, (col, kind)) in COLUMNS.iter().enumerate() {
                let v: SqlValue = r.get(i)?;
                let json = match (v, kind) {
                    (SqlValue::Null, Kind::List) => Value::Array(vec![]),
                    (SqlValue::Null, _) => Value::Null,
                    (SqlValue::Integer(n), Kind::Bool) => Value::Bool(n != 0),
                    (SqlValue::Integer(n), _) => n.into(),
                    (SqlValue::Real(f), _) => f.into(),
                    (SqlValue::Text(t), Kind::List) => {
                        serde_json::from_str(&t).unwrap_or(Value::Array(vec![]))
                    }
                    (SqlValue::Text(t), _) => t.into(),
                    (SqlValue::Blob(_), _) => Value::Null,
                };
                map.insert((*col).to_string(), json);
            }
            Ok((map, r.get::<_, String>(COLUMNS.len())?))
        })
        .optional()?
        .ok_or_else(|| Error::not_found("candidate", id))?;
    let profile = serde_json::from_value(Value::Object(row.0)).map_err(|e| {
        Error::database(format!(
            "candidate {id} has a profile value out of range: {e}"
        ))
    })?;
    Ok(CandidateProfile {
        id: id.to_string(),
        profile,
        updated_at: row.1,
    })
}

pub fn candidate_profile_get(ctx: &Context, req: ById) -> Result<CandidateProfile> {
    ctx.store().read(|c| load(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CandidateProfileUpdate {
    pub id: String,
    /// Replaces every profile field (absent optional fields are cleared;
    /// absent yes/no fields become "no").
    pub profile: CandidateProfileFields,
}

pub fn candidate_profile_update(
    ctx: &Context,
    req: CandidateProfileUpdate,
) -> Result<CandidateProfile> {
    let p = check(req.profile).map_err(|mut e| {
        if let Some(f) = e.field.take() {
            if e.message.starts_with(&format!("{f}:")) {
                e.message = format!("profile.{}", e.message);
            }
            e.field = Some(format!("profile.{f}"));
        }
        e
    })?;
    let json = serde_json::to_value(&p).map_err(|e| Error::database(e.to_string()))?;
    let mut values: Vec<SqlValue> = Vec::with_capacity(COLUMNS.len() + 2);
    for (col, kind) in COLUMNS {
        let v = json.get(*col).cloned().unwrap_or(Value::Null);
        values.push(match (v, kind) {
            (Value::Null, Kind::Bool) => SqlValue::Integer(0),
            (Value::Null, Kind::List) => SqlValue::Text("[]".into()),
            (Value::Null, _) => SqlValue::Null,
            (Value::Bool(b), _) => SqlValue::Integer(i64::from(b)),
            (Value::Number(n), _) => match n.as_i64() {
                Some(i) => SqlValue::Integer(i),
                None => SqlValue::Real(n.as_f64().unwrap_or_default()),
            },
            (Value::String(s), _) => SqlValue::Text(s),
            (other, _) => SqlValue::Text(other.to_string()),
        });
    }
    if p.status.is_none() {
        // status is NOT NULL: keep the current one.
        values[11] = SqlValue::Null;
    }
    let sets: Vec<String> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, (c, _))| {
            if *c == "status" {
                format!("status = COALESCE(?{}, status)", i + 1)
            } else {
                format!("{c} = ?{}", i + 1)
            }
        })
        .collect();
    let n = COLUMNS.len();
    let sql = format!(
        "UPDATE candidates SET {}, updated_at = ?{} WHERE id = ?{}",
        sets.join(", "),
        n + 1,
        n + 2
    );
    values.push(SqlValue::Text(now_utc()));
    values.push(SqlValue::Text(req.id.clone()));
    ctx.store().write(|tx| {
        ensure_found(tx, "candidates", "candidate", &req.id)?;
        tx.execute(&sql, params_from_iter(values.iter()))?;
        load(tx, &req.id)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct WorkHistoryEntry {
    pub id: String,
    pub candidate_id: String,
    pub company_name: String,
    pub job_title: String,
    pub location: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub is_current: bool,
    pub responsibilities: Option<String>,
    pub achievements: Vec<String>,
    pub tools_used: Vec<String>,
    pub ctc_at_role: Option<String>,
}

/// Section F: one job in a candidate's work history.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct WorkHistoryFields {
    pub company_name: String,
    pub job_title: String,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_current: bool,
    #[serde(default)]
    pub responsibilities: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub achievements: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub tools_used: Vec<String>,
    #[serde(default)]
    pub ctc_at_role: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WorkHistorySave {
    pub candidate_id: String,
    /// The entry to replace; absent to add a new one.
    #[serde(default)]
    #[ts(optional)]
    pub id: Option<String>,
    pub entry: WorkHistoryFields,
}

fn work_history(conn: &Connection, candidate_id: &str) -> Result<Vec<WorkHistoryEntry>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, candidate_id, company_name, job_title, location, start_date, end_date, is_current,
                    responsibilities, achievements, tools_used, ctc_at_role
             FROM work_experiences WHERE candidate_id = ?1
             ORDER BY is_current DESC, start_date DESC NULLS LAST, id",
        )?
        .query_map([candidate_id], |r| {
            Ok(WorkHistoryEntry {
                id: r.get(0)?,
                candidate_id: r.get(1)?,
                company_name: r.get(2)?,
                job_title: r.get(3)?,
                location: r.get(4)?,
                start_date: r.get(5)?,
                end_date: r.get(6)?,
                is_current: r.get(7)?,
                responsibilities: r.get(8)?,
                achievements: serde_json::from_str(&r.get::<_, String>(9)?).unwrap_or_default(),
                tools_used: serde_json::from_str(&r.get::<_, String>(10)?).unwrap_or_default(),
                ctc_at_role: r.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WorkHistoryList {
    pub candidate_id: String,
}

pub fn work_history_list(ctx: &Context, req: WorkHistoryList) -> Result<Vec<WorkHistoryEntry>> {
    ctx.store().read(|c| {
        ensure_found(c, "candidates", "candidate", &req.candidate_id)?;
        work_history(c, &req.candidate_id)
    })
}

/// Add or replace one work history entry; returns the whole history.
pub fn work_history_save(ctx: &Context, req: WorkHistorySave) -> Result<Vec<WorkHistoryEntry>> {
    let e = &req.entry;
    let field = |f: &str| format!("entry.{f}");
    let company = required_text(&field("company_name"), &e.company_name)?;
    let title = required_text(&field("job_title"), &e.job_title)?;
    let start = e
        .start_date
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| date(&field("start_date"), s))
        .transpose()?;
    let end = e
        .end_date
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| date(&field("end_date"), s))
        .transpose()?;
    ordered_range(&field("end_date"), start.as_deref(), end.as_deref())?;
    if e.is_current && end.is_some() {
        return Err(Error::invalid_value(
            field("end_date"),
            "a current job has no end date",
        ));
    }
    let clean = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let achievements = serde_json::to_string(&clean(&e.achievements))
        .map_err(|x| Error::database(x.to_string()))?;
    let tools =
        serde_json::to_string(&clean(&e.tools_used)).map_err(|x| Error::database(x.to_string()))?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        let now = now_utc();
        let saved_id = req.id.clone().unwrap_or_else(new_id);
        match &req.id {
            Some(id) => {
                let n = tx.execute(
                    "UPDATE work_experiences SET company_name = ?3, job_title = ?4, location = ?5, start_date = ?6,
                         end_date = ?7, is_current = ?8, responsibilities = ?9, achievements = ?10, tools_used = ?11,
                         ctc_at_role = ?12, updated_at = ?13 WHERE id = ?1 AND candidate_id = ?2",
                    params![
                        id, req.candidate_id, company, title, optional_text(e.location.clone()), start, end, e.is_current,
                        optional_text(e.responsibilities.clone()), achievements, tools, optional_text(e.ctc_at_role.clone()), now
                    ],
                )?;
                if n == 0 {
                    return Err(Error::dangling_reference("id", "work history entry of this candidate", id));
                }
            }
            None => {
                tx.execute(
                    "INSERT INTO work_experiences (id, candidate_id, company_name, job_title, location, start_date, end_date,
                         is_current, responsibilities, achievements, tools_used, ctc_at_role, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                    params![
                        saved_id, req.candidate_id, company, title, optional_text(e.location.clone()), start, end,
                        e.is_current, optional_text(e.responsibilities.clone()), achievements, tools,
                        optional_text(e.ctc_at_role.clone()), now
                    ],
                )?;
            }
        }
        if e.is_current {
            // One current job at most, the one just saved: older "current" rows are marked past.
            tx.execute(
                "UPDATE work_experiences SET is_current = 0, updated_at = ?3
                 WHERE candidate_id = ?1 AND is_current = 1 AND id <> ?2",
                params![req.candidate_id, saved_id, now],
            )?;
        }
        work_history(tx, &req.candidate_id)
    })
}

pub fn work_history_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "work_experiences", "work history entry", &req.id)?;
        tx.execute("DELETE FROM work_experiences WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "candidate_profile_get",
            "A candidate's full master profile (sections A–E, G)",
            candidate_profile_get
        ),
        command!(
            "candidate_profile_update",
            "Replace a candidate's master profile (checked as a whole)",
            candidate_profile_update
        ),
        command!(
            "work_history_list",
            "A candidate's work history, current job first",
            work_history_list
        ),
        command!(
            "work_history_save",
            "Add or replace a job in a candidate's work history",
            work_history_save
        ),
        command!(
            "work_history_delete",
            "Remove a job from a candidate's work history",
            work_history_delete
        ),
    ]
}
