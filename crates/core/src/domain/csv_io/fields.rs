//! The fields a CSV import fills, their header aliases, and per-field
//! validation. WHY a table of fields: the preview's suggested mapping, the
//! validation messages and the export's headers all come from one list, so
//! an exported file imports back with no mapping step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::candidates::{CandidateStatus, ExperienceLevel};
use crate::domain::requisitions::{EmploymentType, RequisitionStatus, SalaryUnit, WorkMode};
use crate::domain::support::{currency, date, email};
use crate::string_enum;

string_enum! {
    /// What a CSV file holds.
    pub enum CsvKind { Candidates = "candidates", Requisitions = "requisitions" }
}

/// One importable field.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct CsvField {
    pub name: String,
    pub required: bool,
    pub description: String,
}

/// How a field's text is checked and converted.
#[derive(Clone, Copy)]
enum Check {
    Text,
    Email,
    Enum(fn(&str) -> bool),
    Years,
    Money,
    Count,
    Date,
    Currency,
    List,
}

struct Spec {
    name: &'static str,
    required: bool,
    description: &'static str,
    aliases: &'static [&'static str],
    check: Check,
}

const CANDIDATE_FIELDS: &[Spec] = &[
    Spec {
        name: "full_name",
        required: true,
        description: "Full name",
        aliases: &["name", "candidate", "candidate name", "fullname"],
        check: Check::Text,
    },
    Spec {
        name: "email",
        required: false,
        description: "Email address",
        aliases: &["e-mail", "email address", "mail"],
        check: Check::Email,
    },
    Spec {
        name: "phone",
        required: false,
        description: "Phone number",
        aliases: &["phone number", "mobile", "telephone", "tel", "cell"],
        check: Check::Text,
    },
    Spec {
        name: "location",
        required: false,
        description: "City or region",
        aliases: &["city", "address", "based in"],
        check: Check::Text,
    },
    Spec {
        name: "headline",
        required: false,
        description: "Profile headline",
        aliases: &["summary", "tagline"],
        check: Check::Text,
    },
    Spec {
        name: "current_role",
        required: false,
        description: "Current job title",
        aliases: &["title", "job title", "current title", "position", "role"],
        check: Check::Text,
    },
    Spec {
        name: "current_company",
        required: false,
        description: "Current employer (work history)",
        aliases: &["company", "employer", "current employer", "organization"],
        check: Check::Text,
    },
    Spec {
        name: "status",
        required: false,
        description: "new, active, interviewing, offered, hired, rejected, withdrawn or inactive",
        aliases: &["candidate status", "stage"],
        check: Check::Enum(|s| CandidateStatus::parse(s).is_some()),
    },
    Spec {
        name: "experience_level",
        required: false,
        description: "intern, entry, junior, mid, senior, lead, principal or executive",
        aliases: &["level", "seniority"],
        check: Check::Enum(|s| ExperienceLevel::parse(s).is_some()),
    },
    Spec {
        name: "total_experience_years",
        required: false,
        description: "Years of experience, 0 to 80",
        aliases: &[
            "years",
            "experience",
            "years of experience",
            "experience years",
        ],
        check: Check::Years,
    },
    Spec {
        name: "linkedin_url",
        required: false,
        description: "LinkedIn profile URL",
        aliases: &["linkedin", "linkedin profile", "linkedin url"],
        check: Check::Text,
    },
    Spec {
        name: "source",
        required: false,
        description: "Where the candidate came from",
        aliases: &["lead source", "origin"],
        check: Check::Text,
    },
    Spec {
        name: "skills",
        required: false,
        description: "Skills separated by ; or |",
        aliases: &["skill", "skill set", "key skills"],
        check: Check::List,
    },
];

const REQUISITION_FIELDS: &[Spec] = &[
    Spec {
        name: "title",
        required: true,
        description: "Job title",
        aliases: &["job title", "position", "role", "requisition"],
        check: Check::Text,
    },
    Spec {
        name: "department",
        required: false,
        description: "Department",
        aliases: &["dept", "team"],
        check: Check::Text,
    },
    Spec {
        name: "employment_type",
        required: false,
        description: "full_time, part_time, contract, temporary, internship or freelance",
        aliases: &["type", "job type", "employment"],
        check: Check::Enum(|s| EmploymentType::parse(s).is_some()),
    },
    Spec {
        name: "work_mode",
        required: false,
        description: "onsite, remote or hybrid",
        aliases: &["mode", "remote", "workplace"],
        check: Check::Enum(|s| WorkMode::parse(s).is_some()),
    },
    Spec {
        name: "job_locations",
        required: false,
        description: "Locations separated by ; or |",
        aliases: &["location", "locations", "city"],
        check: Check::List,
    },
    Spec {
        name: "min_salary",
        required: false,
        description: "Minimum salary in currency units (e.g. 85000)",
        aliases: &["salary min", "minimum salary", "min salary"],
        check: Check::Money,
    },
    Spec {
        name: "max_salary",
        required: false,
        description: "Maximum salary in currency units",
        aliases: &["salary max", "maximum salary", "max salary"],
        check: Check::Money,
    },
    Spec {
        name: "currency",
        required: false,
        description: "Three-letter currency code",
        aliases: &["salary currency"],
        check: Check::Currency,
    },
    Spec {
        name: "salary_unit",
        required: false,
        description: "hour, day, week, month or year",
        aliases: &["pay period", "salary period"],
        check: Check::Enum(|s| SalaryUnit::parse(s).is_some()),
    },
    Spec {
        name: "required_skills",
        required: false,
        description: "Skills separated by ; or |",
        aliases: &["skills", "must have", "required"],
        check: Check::List,
    },
    Spec {
        name: "preferred_skills",
        required: false,
        description: "Skills separated by ; or |",
        aliases: &["nice to have", "preferred"],
        check: Check::List,
    },
    Spec {
        name: "openings",
        required: false,
        description: "Number of openings (1 or more)",
        aliases: &["positions", "headcount", "vacancies"],
        check: Check::Count,
    },
    Spec {
        name: "status",
        required: false,
        description:
            "draft, open, sourcing, interviewing, offer, paused, closed, filled or cancelled",
        aliases: &["requisition status"],
        check: Check::Enum(|s| RequisitionStatus::parse(s).is_some()),
    },
    Spec {
        name: "application_deadline",
        required: false,
        description: "Date like 2026-05-01",
        aliases: &["deadline", "closing date"],
        check: Check::Date,
    },
    Spec {
        name: "description",
        required: false,
        description: "Job description",
        aliases: &["details", "job description"],
        check: Check::Text,
    },
];

fn specs(kind: CsvKind) -> &'static [Spec] {
    match kind {
        CsvKind::Candidates => CANDIDATE_FIELDS,
        CsvKind::Requisitions => REQUISITION_FIELDS,
    }
}

/// The importable fields of `kind`.
pub fn fields(kind: CsvKind) -> Vec<CsvField> {
    specs(kind)
        .iter()
        .map(|s| CsvField {
            name: s.name.to_string(),
            required: s.required,
            description: s.description.to_string(),
        })
        .collect()
}

/// The field called `name`, as the table's own static name.
pub fn field(kind: CsvKind, name: &str) -> Option<&'static str> {
    specs(kind).iter().find(|s| s.name == name).map(|s| s.name)
}

pub fn required_fields(kind: CsvKind) -> impl Iterator<Item = &'static str> {
    specs(kind).iter().filter(|s| s.required).map(|s| s.name)
}

fn squash(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Suggested field for each header (headers matching nothing map to none);
/// each field is suggested at most once, to the first header that fits.
pub fn suggest_mapping(kind: CsvKind, headers: &[String]) -> BTreeMap<String, Option<String>> {
    let mut taken: Vec<&str> = Vec::new();
    let mut out = BTreeMap::new();
    for h in headers {
        let key = squash(h);
        let found = specs(kind).iter().find(|s| {
            !taken.contains(&s.name)
                && (squash(s.name) == key || s.aliases.iter().any(|a| squash(a) == key))
        });
        if let Some(s) = found {
            taken.push(s.name);
        }
        out.insert(h.clone(), found.map(|s| s.name.to_string()));
    }
    out
}

/// Split a list cell on `;` or `|`, trimmed, blanks dropped.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Check one non-blank cell; `Err` holds the message for people. Enum
/// values are accepted in any case and with spaces or dashes ("Full time").
pub fn check(kind: CsvKind, field: &str, value: &str) -> Result<String, String> {
    let Some(spec) = specs(kind).iter().find(|s| s.name == field) else {
        return Ok(value.to_string());
    };
    let v = value.trim();
    match spec.check {
        Check::Text | Check::List => Ok(v.to_string()),
        Check::Email => email(field, v).map_err(|e| e.message),
        Check::Enum(ok) => {
            let norm = v.to_lowercase().replace([' ', '-'], "_");
            if ok(&norm) {
                Ok(norm)
            } else {
                Err(format!("`{v}` is not one of: {}", spec.description))
            }
        }
        Check::Years => match v.parse::<f64>() {
            Ok(y) if (0.0..=80.0).contains(&y) => Ok(v.to_string()),
            _ => Err(format!("`{v}` is not a number of years between 0 and 80")),
        },
        Check::Money => {
            let cleaned: String = v
                .chars()
                .filter(|c| !matches!(c, ',' | '_' | ' '))
                .collect();
            match cleaned.parse::<f64>() {
                Ok(m) if m >= 0.0 && m < 1e13 => Ok(((m * 100.0).round() as i64).to_string()),
                _ => Err(format!("`{v}` is not an amount like 85000 or 85000.50")),
            }
        }
        Check::Count => match v.parse::<i64>() {
            Ok(n) if (1..=10_000).contains(&n) => Ok(n.to_string()),
            _ => Err(format!("`{v}` is not a whole number from 1 to 10000")),
        },
        Check::Date => date(field, v).map_err(|e| e.message),
        Check::Currency => currency(field, v).map_err(|e| e.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_map_by_name_and_alias() {
        let headers: Vec<String> = ["Name", "E-mail", "Job Title", "Company", "Notes", "Skills"]
            .map(String::from)
            .to_vec();
        let m = suggest_mapping(CsvKind::Candidates, &headers);
        assert_eq!(m["Name"].as_deref(), Some("full_name"));
        assert_eq!(m["E-mail"].as_deref(), Some("email"));
        assert_eq!(m["Job Title"].as_deref(), Some("current_role"));
        assert_eq!(m["Company"].as_deref(), Some("current_company"));
        assert_eq!(m["Notes"], None);
        assert_eq!(m["Skills"].as_deref(), Some("skills"));
    }

    #[test]
    fn cells_are_checked_and_normalized() {
        assert_eq!(
            check(CsvKind::Requisitions, "employment_type", "Full time"),
            Ok("full_time".into())
        );
        assert_eq!(
            check(CsvKind::Requisitions, "min_salary", "85,000.50"),
            Ok("8500050".into())
        );
        assert!(check(CsvKind::Candidates, "email", "nope").is_err());
        assert!(check(CsvKind::Candidates, "total_experience_years", "99").is_err());
        assert_eq!(split_list(" Rust; SQL |  ;Go "), ["Rust", "SQL", "Go"]);
    }
}
