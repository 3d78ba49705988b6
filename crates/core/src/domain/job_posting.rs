//! The Google for Jobs `JobPosting` JSON-LD of a requisition. WHY a command:
//! the posting must carry every property Google marks required (title,
//! description, datePosted, hiringOrganization, and jobLocation — or, for a
//! remote job, jobLocationType TELECOMMUTE with applicantLocationRequirements),
//! so a requisition that lacks one is refused with the field to fill instead
//! of producing markup Google would silently drop.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use ts_rs::TS;

use super::requisitions::{load_requisition, EmploymentType, Requisition, SalaryUnit, WorkMode};
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::error::{Error, ErrorCode, Result};

/// The properties Google lists as required for every JobPosting.
pub const REQUIRED_PROPERTIES: &[&str] =
    &["title", "description", "datePosted", "hiringOrganization"];

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct JobPostingRequest {
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct JobPosting {
    /// The JSON-LD object (`@context` schema.org, `@type` JobPosting).
    #[ts(type = "Record<string, unknown>")]
    pub json_ld: Value,
    /// The same, as a `<script type="application/ld+json">` block for a web page.
    pub script: String,
    pub slug: Option<String>,
}

fn missing(field: &str, message: &str) -> Error {
    Error::new(ErrorCode::MissingField, message, Some(field.to_string()))
}

fn employment_type(t: EmploymentType) -> &'static str {
    match t {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Contract | EmploymentType::Freelance => "CONTRACTOR",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Internship => "INTERN",
    }
}

fn unit_text(u: SalaryUnit) -> &'static str {
    match u {
        SalaryUnit::Hour => "HOUR",
        SalaryUnit::Day => "DAY",
        SalaryUnit::Week => "WEEK",
        SalaryUnit::Month => "MONTH",
        SalaryUnit::Year => "YEAR",
    }
}

/// "City, Region, Country" (any prefix of it) as a schema.org PostalAddress.
fn postal_address(location: &str) -> Value {
    let parts: Vec<&str> = location
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut address = Map::new();
    address.insert("@type".into(), "PostalAddress".into());
    match parts.as_slice() {
        [] => {}
        [one] => {
            address.insert("addressLocality".into(), (*one).into());
        }
        [city, country] => {
            address.insert("addressLocality".into(), (*city).into());
            address.insert("addressCountry".into(), (*country).into());
        }
        [city, region, rest @ ..] => {
            address.insert("addressLocality".into(), (*city).into());
            address.insert("addressRegion".into(), (*region).into());
            address.insert("addressCountry".into(), rest.join(", ").into());
        }
    }
    Value::Object(address)
}

/// Plain text as the HTML Google expects in `description`.
fn html(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    escaped
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", p.trim().replace('\n', "<br>")))
        .collect::<String>()
}

fn list_html(title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let lis: String = items
        .iter()
        .map(|i| {
            format!(
                "<li>{}</li>",
                html(i).trim_start_matches("<p>").trim_end_matches("</p>")
            )
        })
        .collect();
    format!("<p><strong>{title}</strong></p><ul>{lis}</ul>")
}

fn organization(conn: &Connection, r: &Requisition) -> Result<Value> {
    let found: Option<(String, Option<String>, String)> = match &r.client_id {
        Some(client) => conn
            .query_row(
                "SELECT name, website, corporate_identity FROM clients WHERE id = ?1",
                [client],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?,
        None => conn
            .query_row(
                "SELECT co.name, co.website, '{}' FROM requisitions q JOIN companies co ON co.id = q.company_id WHERE q.id = ?1",
                [&r.id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?,
    };
    let (name, website, identity) = found.ok_or_else(|| {
        missing("client_id", "client_id: a job posting needs the hiring organization; link the requisition to a client")
    })?;
    let mut org = json!({"@type": "Organization", "name": name});
    if let Some(w) = website {
        org["sameAs"] = w.into();
    }
    let identity: Value = serde_json::from_str(&identity).unwrap_or(Value::Null);
    if let Some(logo) = identity.get("logo_url").and_then(Value::as_str) {
        org["logo"] = logo.into();
    }
    Ok(org)
}

/// Build the JobPosting of a requisition, or name the field it lacks.
pub fn build(conn: &Connection, r: &Requisition) -> Result<Value> {
    let description = r
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
        .ok_or_else(|| {
            missing(
                "description",
                "description: a job posting needs a description",
            )
        })?;
    let mut body = html(description);
    body.push_str(&list_html("Responsibilities", &r.responsibilities));
    body.push_str(&list_html("Required skills", &r.required_skills));
    body.push_str(&list_html("Nice to have", &r.preferred_skills));
    body.push_str(&list_html("Benefits", &r.benefits_perks));
    let posted = r.published_at.as_deref().unwrap_or(&r.created_at);
    let mut p = json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": r.title,
        "description": body,
        "datePosted": &posted[..10.min(posted.len())],
        "hiringOrganization": organization(conn, r)?,
        "employmentType": employment_type(r.employment_type),
        "identifier": {"@type": "PropertyValue", "name": r.client_name.clone().unwrap_or_else(|| r.title.clone()),
                        "value": r.internal_job_id.clone().unwrap_or_else(|| r.id.clone())},
    });
    if r.work_mode == WorkMode::Remote {
        if r.job_locations.is_empty() {
            return Err(missing("job_locations", "job_locations: a remote job posting needs the countries or regions applicants may live in"));
        }
        p["jobLocationType"] = "TELECOMMUTE".into();
        p["applicantLocationRequirements"] = r
            .job_locations
            .iter()
            .map(|l| json!({"@type": "Country", "name": l}))
            .collect::<Vec<_>>()
            .into();
    } else {
        if r.job_locations.is_empty() {
            return Err(missing(
                "job_locations",
                "job_locations: a job posting needs at least one location",
            ));
        }
        p["jobLocation"] = r
            .job_locations
            .iter()
            .map(|l| json!({"@type": "Place", "address": postal_address(l)}))
            .collect::<Vec<_>>()
            .into();
    }
    if let Some(deadline) = &r.application_deadline {
        p["validThrough"] = format!("{deadline}T23:59:59Z").into();
    }
    if r.min_salary_minor.is_some() || r.max_salary_minor.is_some() {
        let mut value = json!({"@type": "QuantitativeValue", "unitText": unit_text(r.salary_unit)});
        let major = |m: i64| {
            serde_json::Number::from_f64(m as f64 / 100.0)
                .map(Value::Number)
                .unwrap_or(Value::Null)
        };
        match (r.min_salary_minor, r.max_salary_minor) {
            (Some(lo), Some(hi)) if lo == hi => value["value"] = major(lo),
            (lo, hi) => {
                if let Some(lo) = lo {
                    value["minValue"] = major(lo);
                }
                if let Some(hi) = hi {
                    value["maxValue"] = major(hi);
                }
            }
        }
        p["baseSalary"] =
            json!({"@type": "MonetaryAmount", "currency": r.currency, "value": value});
    }
    if let Some(level) = r.experience_level {
        p["experienceRequirements"] = level.as_str().into();
    }
    if !r.required_skills.is_empty() {
        p["skills"] = r.required_skills.join(", ").into();
    }
    if let Some(edu) = &r.education_qualification {
        p["educationRequirements"] = edu.clone().into();
    }
    if let Some(industry) = &r.industry {
        p["industry"] = industry.clone().into();
    }
    if r.openings > 0 {
        p["totalJobOpenings"] = r.openings.into();
    }
    Ok(p)
}

pub fn requisition_job_posting(ctx: &Context, req: JobPostingRequest) -> Result<JobPosting> {
    ctx.store().read(|c| {
        let r = load_requisition(c, &req.id)?;
        let json_ld = build(c, &r)?;
        // `</` never appears raw inside the script block.
        let text =
            serde_json::to_string_pretty(&json_ld).map_err(|e| Error::database(e.to_string()))?;
        let script = format!(
            "<script type=\"application/ld+json\">\n{}\n</script>",
            text.replace("</", "<\\/")
        );
        Ok(JobPosting {
            json_ld,
            script,
            slug: r.slug,
        })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "requisition_job_posting",
        "A requisition as Google for Jobs JobPosting JSON-LD (names the field a posting lacks)",
        requisition_job_posting
    )]
}
