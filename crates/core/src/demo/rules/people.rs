//! Rules for people and their records: users (roles, the local job seeker),
//! candidate profiles (experience, pay, links to user accounts), work
//! history, documents and resumes. WHY here: these are the rows a person
//! opens first in the app, so their fields must agree with each other.

use rand::Rng;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::{get_int, get_str, parent, set, set_enum, set_parent, set_text};
use crate::demo::clock;
use crate::demo::engine::{Engine, TablePlan};
use crate::demo::row::{pick, slug_part, Row};
use crate::demo::text;
use crate::demo::words;
use crate::error::Result;

/// Roles of the first users, so every scale has each kind of person; the
/// first one is the local job seeker who owns seeker data.
const FIRST_ROLES: &[&str] = &[
    "job_seeker",
    "admin",
    "recruiter",
    "interviewer",
    "associate",
    "sales",
    "manager",
    "candidate",
    "super_admin",
];
const ROLE_WEIGHTS: &[(&str, u32)] = &[
    ("job_seeker", 40),
    ("candidate", 15),
    ("recruiter", 15),
    ("interviewer", 8),
    ("manager", 6),
    ("admin", 3),
    ("sales", 5),
    ("associate", 6),
    ("super_admin", 1),
];

pub fn user_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let i = row.ctx.index as usize;
    let role = match FIRST_ROLES.get(i) {
        Some(r) => *r,
        None => {
            let total: u32 = ROLE_WEIGHTS.iter().map(|r| r.1).sum();
            let mut x = e.rng.gen_range(0..total);
            ROLE_WEIGHTS
                .iter()
                .find(|(_, w)| {
                    let hit = x < *w;
                    x = x.saturating_sub(*w);
                    hit
                })
                .map_or("job_seeker", |r| r.0)
        }
    };
    set_enum(tp, row, "role", role);
    if i < FIRST_ROLES.len() {
        set_enum(tp, row, "status", "active");
    }
    let seeker = matches!(role, "job_seeker" | "candidate");
    if let Some(c) = tp.idx("company_id") {
        if seeker {
            e.clear(tp, row, c);
        } else if row.parents[c].is_none() {
            e.force(tp, row, c);
        }
    }
    if let Some(c) = tp.idx("password_hash") {
        if e.rng.gen_bool(0.25) {
            e.clear(tp, row, c);
        }
    }
}

pub fn candidate_pre(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let i = row.ctx.index as usize;
    // The i-th seeker account gets (at most) the i-th profile; the local user always has one.
    let user =
        e.x.seekers
            .get(i)
            .copied()
            .filter(|_| i == 0 || e.rng.gen_bool(0.5));
    set_parent(tp, row, "user_id", user);
    if let Some(Some(p)) = user.and_then(|u| e.x.user_person.get(u)) {
        row.ctx.set_person(p.clone());
    }
}

pub fn level_for(years: u32) -> &'static str {
    match years {
        0 => "entry",
        1..=2 => "junior",
        3..=5 => "mid",
        6..=9 => "senior",
        10..=13 => "lead",
        14..=19 => "principal",
        _ => "executive",
    }
}

pub fn candidate_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let years = row.ctx.years(&mut e.rng);
    set(
        tp,
        row,
        "total_experience_years",
        Value::Real(f64::from(years) + if e.rng.gen_bool(0.5) { 0.5 } else { 0.0 }),
    );
    set_enum(tp, row, "experience_level", level_for(years));
    if get_int(tp, row, "year_of_passing").is_some() {
        let y = (2025 - i64::from(years) - e.rng.gen_range(0..2)).clamp(1960, 2025);
        set(tp, row, "year_of_passing", Value::Integer(y));
    }
    if let Some(Value::Text(_)) = super::get(tp, row, "date_of_birth") {
        // Started working at 20-27, so the birth year follows the experience.
        let age = i64::from(years) + e.rng.gen_range(20..28);
        let born = clock::NOW_MS - age * clock::YEAR - e.rng.gen_range(0..clock::YEAR);
        set_text(tp, row, "date_of_birth", clock::format_date(born));
    }
    if let Some(Value::Integer(current)) = super::get(tp, row, "current_ctc_minor").cloned() {
        let raise = e.rng.gen_range(105..=135);
        set(
            tp,
            row,
            "expected_ctc_minor",
            Value::Integer(current * raise / 100 / 100_000 * 100_000),
        );
    }
    let status = get_str(tp, row, "status").unwrap_or("active").to_string();
    if matches!(status.as_str(), "hired" | "inactive" | "withdrawn") {
        set(tp, row, "is_actively_searching", Value::Integer(0));
    }
    let offers = get_int(tp, row, "number_of_offers").unwrap_or(0);
    let offers = if status == "offered" {
        offers.max(1)
    } else {
        offers
    };
    set(tp, row, "number_of_offers", Value::Integer(offers));
    set(
        tp,
        row,
        "has_current_offers",
        Value::Integer(i64::from(offers > 0)),
    );
}

pub fn history_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let current = e
        .rng
        .gen_bool(if tp.name == "educations" { 0.08 } else { 0.2 });
    set(tp, row, "is_current", Value::Integer(i64::from(current)));
    if current {
        if let Some(c) = tp.idx("end_date") {
            e.clear(tp, row, c);
        }
    }
    if tp.name == "work_experiences" {
        let n = e.rng.gen_range(1..=3);
        let list: Vec<String> = (0..n).map(|_| text::achievement(&mut e.rng)).collect();
        set_text(
            tp,
            row,
            "achievements",
            serde_json::Value::from(list).to_string(),
        );
    }
}

/// File name stem, extension and MIME type by document category.
fn doc_shape(category: &str) -> (&'static str, &'static str, &'static str) {
    const PDF: &str = "application/pdf";
    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    match category {
        "resume" => ("resume", "pdf", PDF),
        "cover_letter" => ("cover_letter", "docx", DOCX),
        "portfolio" => ("portfolio", "pdf", PDF),
        "transcript" => ("transcript", "pdf", PDF),
        "reference" => ("reference_letter", "pdf", PDF),
        "job_description" => ("job_description", "docx", DOCX),
        "offer_letter" => ("offer_letter", "pdf", PDF),
        "id_proof" => ("id_scan", "png", "image/png"),
        _ => ("notes", "txt", "text/plain"),
    }
}

pub fn document_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    // Most documents are resumes; the enum pick is uniform, so tilt it here.
    if e.rng.gen_bool(0.5) {
        set_enum(tp, row, "document_category", "resume");
    }
    let category = get_str(tp, row, "document_category")
        .unwrap_or("other")
        .to_string();
    if category == "job_description" {
        if let Some(c) = tp.idx("candidate_id") {
            e.clear(tp, row, c);
        }
    }
    let (stem, ext, mime) = doc_shape(&category);
    let person = row.ctx.person(&mut e.rng).clone();
    let file = format!(
        "{}_{}_{stem}.{ext}",
        slug_part(person.first),
        slug_part(person.last)
    );
    set_text(tp, row, "original_filename", file);
    set_text(tp, row, "file_type", ext);
    set_text(tp, row, "mime_type", mime);
    set_text(
        tp,
        row,
        "title",
        format!("{} - {}", person.full(), stem.replace('_', " ")),
    );
    if get_int(tp, row, "is_encrypted") == Some(1) {
        set_text(tp, row, "encryption_method", "AES-256-GCM");
    } else if let Some(c) = tp.idx("encryption_method") {
        e.clear(tp, row, c);
    }
    if category != "resume" {
        if let Some(c) = tp.idx("extracted_text") {
            if e.rng.gen_bool(0.5) {
                e.clear(tp, row, c);
            }
        }
    }
}

pub fn resume_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let c = parent(tp, row, "candidate_id");
    let has_primary = c
        .and_then(|c| e.x.candidate_resume.get(c).copied().flatten())
        .is_some();
    set(
        tp,
        row,
        "is_primary",
        Value::Integer(i64::from(!has_primary)),
    );
    if !has_primary {
        set(tp, row, "is_active", Value::Integer(1));
    }
    let n = e.rng.gen_range(1..=4);
    set_text(tp, row, "version_label", format!("v{n}"));
}

pub fn certification_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let (name, issuer) = pick(&mut e.rng, words::CERTIFICATIONS);
    set_text(tp, row, "name", name);
    set_text(tp, row, "issuer", issuer);
    let issued = super::get(tp, row, "issued_on").cloned();
    let expires = super::get(tp, row, "expires_on").cloned();
    if let (Some(Value::Text(issued)), Some(Value::Text(_))) = (issued, expires) {
        // Valid for two or three years from issue (Feb 29 becomes Mar 1).
        let years = e.rng.gen_range(2..=3);
        let y: i64 = issued
            .get(0..4)
            .and_then(|s| s.parse().ok())
            .unwrap_or(2024);
        let rest = issued
            .get(4..)
            .unwrap_or("-01-01")
            .replace("-02-29", "-03-01");
        set_text(tp, row, "expires_on", format!("{}{rest}", y + years));
    }
}

/// Candidates point at their own resume document; other deferred keys use
/// the generic back-fill.
pub fn backfill(conn: &Connection, e: &Engine, table: &str, column: &str) -> Result<Option<u64>> {
    let category = match (table, column) {
        ("candidates", "cv_document_id") => "resume",
        ("candidates", "portfolio_document_id") => "portfolio",
        _ => return Ok(None),
    };
    let Some(t) = e.table_index(table) else {
        return Ok(Some(0));
    };
    let sql = format!(
        "UPDATE candidates SET \"{column}\" = (SELECT d.id FROM documents d WHERE d.candidate_id = ?1 \
         AND d.document_category = ?2 ORDER BY d.id LIMIT 1) WHERE id = ?1 AND EXISTS \
         (SELECT 1 FROM documents d WHERE d.candidate_id = ?1 AND d.document_category = ?2)"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut n = 0;
    for id in &e.ids[t] {
        n += stmt.execute(rusqlite::params![id, category])? as u64;
    }
    Ok(Some(n))
}
