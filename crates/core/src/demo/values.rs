//! Turns each column into a value generator, once per table. WHY: a column's
//! name, type and CHECK constraints say what a plausible value looks like
//! (an enum list, a 0..100 score, a salary in minor units, a date, JSON...).
//! Deciding that once per table and keeping the result in a [`Gen`] keeps the
//! per-row work to a cheap `match`, which matters for a million rows.

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;

use super::clock::{self, DAY, YEAR};
use super::json::{self, JsonKind};
use super::row::RowCtx;
use super::schema::{Column, Lit, Table};
use super::text::{self, TextKind};

/// When a timestamp or date falls, relative to the row's creation time `t0`.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    /// `t0 + [lo, hi)` milliseconds.
    Offset(i64, i64),
    /// A few weeks after `t0` (bumped past every other event by the engine).
    Updated,
    /// Shortly before the synthetic "now".
    Recent,
    /// A birth date for an adult of working age.
    Birth,
}

/// How a column gets its value.
#[derive(Debug, Clone)]
pub enum Gen {
    /// Text primary key `id`: a deterministic UUIDv7.
    Id,
    /// Foreign key: the engine picks a parent row.
    Fk,
    /// Always NULL (foreign key back-filled later, or nothing sensible).
    Null,
    /// One of a CHECK list, with cumulative weights.
    Enum(Vec<Value>, Vec<u32>),
    /// 0/1 with the probability of 1.
    Bool(f64),
    /// Integer uniform in `[lo, hi]`.
    Int(i64, i64),
    /// One of a few typical integers.
    IntChoice(&'static [i64]),
    /// Real in `[lo, hi]` rounded to `step`.
    Real(f64, f64, f64),
    /// Money in major units `[lo, hi]`, stored as minor units.
    Money(i64, i64),
    /// ISO currency code, shared by the row.
    Currency,
    /// RFC 3339 timestamp.
    Time(Anchor),
    /// `YYYY-MM-DD` date.
    Date(Anchor),
    Json(JsonKind),
    Text(TextKind),
    /// Little-endian f32 vector; length a multiple of the given bytes.
    Blob(usize),
    /// A syntactically valid argon2id PHC string (computed once).
    Password,
    /// `#rrggbb`.
    Color,
}

/// A column with its generator and the chance it is left NULL.
#[derive(Debug, Clone)]
pub struct ColPlan {
    pub name: String,
    pub gen: Gen,
    pub null_p: f64,
    pub not_null: bool,
}

/// Password of every demo user that has one.
pub const DEMO_PASSWORD: &str = "talentdesk-demo";

/// argon2id (default parameters) of [`DEMO_PASSWORD`], computed once offline:
/// hashing per row would take minutes at the large scale.
pub const DEMO_PASSWORD_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$dGFsZW50ZGVzay1kZW1vIQ$06rZWPBQSqnYzxkBMxA6ikOzn2uOFcfdHgkRwQDVP04";

/// Plan every column of `table`.
pub fn plan(table: &Table) -> Vec<ColPlan> {
    table
        .columns
        .iter()
        .map(|c| {
            let gen = classify(table, c);
            let null_p = if c.not_null || matches!(gen, Gen::Id) {
                0.0
            } else {
                null_chance(&table.name, &c.name)
            };
            ColPlan {
                name: c.name.clone(),
                gen,
                null_p,
                not_null: c.not_null,
            }
        })
        .collect()
}

fn classify(table: &Table, col: &Column) -> Gen {
    let name = col.name.as_str();
    let t = table.name.as_str();
    let checks = &table.checks;
    if col.primary_key && name == "id" {
        return Gen::Id;
    }
    if table.fk(name).is_some() {
        return Gen::Fk;
    }
    if let Some(lits) = checks.enums.get(name) {
        if lits.iter().all(|l| matches!(l, Lit::Int(0) | Lit::Int(1))) {
            return Gen::Bool(bool_chance(name));
        }
        let values: Vec<Value> = lits
            .iter()
            .map(|l| match l {
                Lit::Text(s) => Value::Text(s.clone()),
                Lit::Int(n) => Value::Integer(*n),
            })
            .collect();
        let weights = super::skew::weights(t, name, lits);
        return Gen::Enum(values, cumulative(&weights));
    }
    if checks.json.contains(name) {
        return Gen::Json(json::classify(t, name, col.default.as_deref()));
    }
    if checks
        .like_prefix
        .get(name)
        .is_some_and(|p| p.starts_with("$argon2id$"))
    {
        return Gen::Password;
    }
    if checks.colors.contains(name) {
        return Gen::Color;
    }
    if checks.currencies.contains(name) || name == "currency" || name.ends_with("_currency") {
        return Gen::Currency;
    }
    if checks.emails.contains(name) {
        return Gen::Text(TextKind::Email);
    }
    let range = checks.ranges.get(name).copied().unwrap_or((None, None));
    match col.decl_type.as_str() {
        "BLOB" => Gen::Blob(checks.blob_multiple.get(name).copied().unwrap_or(4)),
        "INTEGER" if name.ends_with("_minor") => money(name, range),
        "INTEGER" => integer(t, name, range),
        "REAL" => real(t, name, range),
        _ => time_or_text(t, name, col),
    }
}

fn bool_chance(name: &str) -> f64 {
    match name {
        "is_active" | "stop_on_reply" => 0.9,
        "is_enabled" | "sync_enabled" | "is_questionnaire_enabled" => 0.85,
        "is_verified" | "is_required" | "is_scored" | "is_actively_searching" => 0.7,
        "is_published" | "is_read" | "is_completed" | "is_correct" | "is_ctc_negotiable" => 0.6,
        "has_driving_license" => 0.55,
        "is_current" | "is_primary" | "is_final" => 0.3,
        "is_shared" | "is_used" | "notify" | "is_recruiter_approved" | "reviewed" => 0.4,
        "is_interview_enabled"
        | "requires_document"
        | "is_dismissed"
        | "looking_for_jobs_abroad" => 0.3,
        "has_current_offers" | "requires_second_round" | "llm_used" | "is_private" => 0.2,
        "is_encrypted" | "flagged" | "is_revoked" | "is_archived" | "is_secret" => 0.12,
        _ => 0.5,
    }
}

fn cumulative(weights: &[u32]) -> Vec<u32> {
    let mut total = 0u32;
    weights
        .iter()
        .map(|w| {
            total = total.saturating_add((*w).max(1));
            total
        })
        .collect()
}

fn clamp_range(lo: i64, hi: i64, range: (Option<f64>, Option<f64>)) -> (i64, i64) {
    let lo = range.0.map_or(lo, |r| lo.max(r.ceil() as i64));
    let hi = range.1.map_or(hi, |r| hi.min(r.floor() as i64));
    if hi < lo {
        let l = range.0.map_or(0, |r| r.ceil() as i64);
        let h = range.1.map_or(l + 100, |r| r.floor() as i64);
        (l, h.max(l))
    } else {
        (lo, hi)
    }
}

fn money(name: &str, range: (Option<f64>, Option<f64>)) -> Gen {
    let (lo, hi) = if name.contains("estimated_value") {
        (8_000, 400_000)
    } else {
        (40_000, 220_000)
    };
    let (lo, hi) = clamp_range(lo, hi, range);
    Gen::Money(lo, hi)
}

fn integer(t: &str, name: &str, range: (Option<f64>, Option<f64>)) -> Gen {
    let (lo, hi) = match (t, name) {
        (_, "duration_seconds") => match t {
            "video_introductions" => (30, 240),
            "proctoring_events" => (1, 45),
            "job_view_sessions" => (5, 600),
            _ => (300, 5_400),
        },
        ("interviews", "duration_minutes") => return Gen::IntChoice(&[30, 45, 45, 60, 60, 60, 90]),
        ("scheduling_links", "duration_minutes") => return Gen::IntChoice(&[15, 30, 30, 45, 60]),
        (_, "duration_minutes") => (20, 120),
        (_, "notice_period_days") => return Gen::IntChoice(&[0, 15, 30, 30, 45, 60, 60, 90]),
        (_, "availability_percentage") => return Gen::IntChoice(&[50, 80, 100, 100, 100]),
        (_, "payment_terms_days") => return Gen::IntChoice(&[15, 30, 30, 45, 60, 90]),
        (_, "time_limit_minutes") => return Gen::IntChoice(&[30, 45, 60, 60, 90]),
        (_, "file_size") => (20_000, 4_800_000),
        (_, "year_of_passing") => (1995, 2025),
        (_, "login_streak") => (0, 21),
        (_, "max_login_streak") => (0, 90),
        (_, "quiz_streak") => (0, 10),
        (_, "max_quiz_streak") => (0, 40),
        (_, "max_interviews_per_week") => (2, 12),
        (_, "openings") => (1, 5),
        (_, "positions_filled" | "total_applicants" | "total_interviewed" | "total_hired") => {
            (0, 0)
        }
        (_, "views") => (10, 2_000),
        (_, "unique_viewers") => (5, 1_500),
        (_, "applications") => (0, 60),
        (_, "applications_count") => (5, 400),
        (_, "hires_count") => (0, 8),
        (_, "total_rows") => (50, 2_000),
        (_, "processed_rows") => (40, 2_000),
        (_, "failed_rows") => (0, 25),
        (_, "passing_score") => (50, 80),
        (_, "total_questions") => (5, 40),
        (_, "correct_answers") => (0, 40),
        (_, "tests_total") => (5, 20),
        (_, "tests_passed") => (0, 20),
        (_, "step_number" | "current_step") => (1, 5),
        (_, "delay_days") => (1, 7),
        (_, "credits") => (1, 3),
        (_, "default_due_days") => (1, 30),
        (_, "input_length") => (800, 40_000),
        (_, "row_count") => (0, 5_000),
        (_, "sample_size") => (200, 20_000),
        (_, "target_count") => (20, 300),
        (_, "use_count") => (0, 60),
        (_, "view_count") => (0, 40),
        (_, "number_of_offers") => (0, 3),
        (_, "actual_duration_minutes") => (20, 95),
        ("badges", "points") => (10, 500),
        (_, "points") => (5, 100),
        (_, "position") => (0, 10),
        (_, "match_score" | "fit_score") => (35, 98),
        _ => (0, 100),
    };
    let (lo, hi) = clamp_range(lo, hi, range);
    Gen::Int(lo, hi)
}

fn real(t: &str, name: &str, range: (Option<f64>, Option<f64>)) -> Gen {
    let (lo, hi, step): (f64, f64, f64) = match (t, name) {
        (_, "total_experience_years") => (0.0, 25.0, 0.5),
        (_, "years_experience") => (0.5, 12.0, 0.5),
        (_, "min_experience_years") => (0.0, 8.0, 1.0),
        (_, "max_experience_years") => (2.0, 15.0, 1.0),
        (_, "min_years") => (0.0, 6.0, 1.0),
        (_, n) if n.ends_with("_rating") => (1.0, 5.0, 0.5),
        (_, "overall_score") => (35.0, 98.0, 0.5),
        (_, "score_percentage") => (0.0, 100.0, 0.1),
        ("interview_responses", "score") => (2.0, 10.0, 0.5),
        ("performance_metrics", "score") => (40.0, 100.0, 0.5),
        (_, "score") => (20.0, 100.0, 0.5),
        (_, "confidence_score") => (0.5, 1.0, 0.01),
        (_, "probability") => (0.05, 0.95, 0.01),
        (_, "progress") => (0.0, 1.0, 0.05),
        (_, "points") => (0.0, 5.0, 0.5),
        ("algorithm_performance", "value") => (0.6, 0.98, 0.001),
        (_, "value") => (1.0, 500.0, 0.1),
        (_, "position") => (0.0, 1_000.0, 1.0),
        _ => (0.0, 100.0, 0.1),
    };
    let lo = range.0.map_or(lo, |r| lo.max(r));
    let hi = range.1.map_or(hi, |r| hi.min(r));
    let (lo, hi) = if hi < lo {
        // The CHECK range excludes the usual values: use the CHECK range itself.
        let l = range.0.unwrap_or(0.0);
        (l, range.1.unwrap_or(l + 100.0).max(l))
    } else {
        (lo, hi)
    };
    Gen::Real(lo, hi, step)
}

const fn days(lo: i64, hi: i64) -> Anchor {
    Anchor::Offset(lo * DAY, hi * DAY)
}

fn time_or_text(t: &str, name: &str, col: &Column) -> Gen {
    let is_date = name.ends_with("_date")
        || name.ends_with("_on")
        || name.ends_with("_from")
        || name.ends_with("_until")
        || name == "day"
        || name == "application_deadline";
    let is_time = name.ends_with("_at") || name == "resume_last_updated";
    let is_date = is_date || name == "date_of_birth";
    if !is_time && !is_date {
        let _ = col;
        return Gen::Text(text::classify(t, name));
    }
    let anchor = match name {
        "created_at" => days(0, 0),
        "updated_at" => Anchor::Updated,
        "last_login_at" | "last_active_at" | "last_synced_at" | "last_run_at"
        | "last_login_date" | "last_quiz_date" => Anchor::Recent,
        "date_of_birth" => Anchor::Birth,
        "expires_at"
        | "scheduled_at"
        | "scheduled_for"
        | "next_follow_up_at"
        | "next_run_at"
        | "next_send_at"
        | "remind_at"
        | "deadline_at"
        | "starts_at"
        | "ends_at"
        | "due_date"
        | "target_date"
        | "expected_close_date"
        | "next_follow_up_date"
        | "application_deadline"
        | "availability_date" => days(1, 60),
        "expires_on" | "contract_end_date" => days(180, 1_095),
        "start_date" if t == "onboarding_processes" => days(0, 7),
        "start_date" => Anchor::Offset(-8 * YEAR, -YEAR),
        "end_date" if t == "associates" => days(120, 720),
        "end_date" => Anchor::Offset(-YEAR, 0),
        "issued_on" | "contract_start_date" => days(-1_200, -30),
        "period_start" => days(-120, -60),
        n if n.ends_with("_from") => days(-30, 0),
        n if n.ends_with("_until") => days(30, 365),
        "period_end" => days(-59, 0),
        "posted_at" | "posted_date" => days(-30, 0),
        "day" => days(-90, 0),
        "completed_at" | "ended_at" | "finished_at" | "resolved_at" | "read_at" | "replied_at"
        | "dismissed_at" | "used_at" | "reviewed_at" | "opened_at" | "joined_at" => days(2, 7),
        "clicked_at" | "score_released_at" => days(7, 14),
        _ => days(0, 2),
    };
    if is_date {
        Gen::Date(anchor)
    } else {
        Gen::Time(anchor)
    }
}

fn null_chance(table: &str, name: &str) -> f64 {
    match (table, name) {
        ("candidates", "user_id") => 0.75,
        ("candidates", "merged_into_id") => 0.99,
        ("candidates", "company_id") => 0.2,
        ("documents", "tracked_job_id") => 0.85,
        ("interviews", "assessment_application_id") => 0.9,
        (_, "document_id" | "resume_id" | "template_id" | "jd_id" | "schedule_id") => 0.4,
        (_, n) if n.ends_with("_id") => 0.15,
        (_, "alternate_email" | "alternate_phone" | "disability" | "cancellation_reason") => 0.8,
        (_, "error" | "error_message" | "encryption_method" | "rejection_reason") => 0.85,
        (_, "reservation_category" | "portfolio_url" | "meeting_room" | "follow_up_remarks") => 0.6,
        (_, "ai_custom_summary" | "follow_up_notes" | "snapshot_file_key" | "reviewer_notes") => {
            0.6
        }
        ("requisitions" | "job_descriptions" | "tracked_jobs", "description") => 0.02,
        (_, "notes" | "note" | "remarks" | "comments" | "marital_status" | "github_url") => 0.45,
        (_, "date_of_birth" | "gender" | "meeting_notes" | "weaknesses" | "transcript") => 0.3,
        _ => 0.1,
    }
}

/// A value for `gen` (NULL for generators the engine fills itself).
pub fn generate(gen: &Gen, rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> Value {
    match gen {
        Gen::Id | Gen::Fk | Gen::Null => Value::Null,
        Gen::Enum(values, cum) => pick_weighted(values, cum, rng),
        Gen::Bool(p) => Value::Integer(i64::from(rng.gen_bool(p.clamp(0.0, 1.0)))),
        Gen::Int(lo, hi) => Value::Integer(rng.gen_range(*lo..=*hi)),
        Gen::IntChoice(options) => Value::Integer(options[rng.gen_range(0..options.len())]),
        Gen::Real(lo, hi, step) => {
            Value::Real(round_to(rng.gen_range(*lo..=*hi), *step).clamp(*lo, *hi))
        }
        Gen::Money(lo, hi) => {
            let factor = ctx.currency_factor(rng);
            let major = rng.gen_range(*lo..=*hi) * factor;
            // Round to a whole thousand like real offers, then to minor units.
            Value::Integer((major / 1_000).max(1) * 1_000 * 100)
        }
        Gen::Currency => Value::Text(ctx.currency(rng).to_string()),
        Gen::Time(anchor) => Value::Text(clock::format_ts(time_ms(*anchor, ctx.t0, rng))),
        Gen::Date(anchor) => Value::Text(clock::format_date(time_ms(*anchor, ctx.t0, rng))),
        Gen::Json(kind) => Value::Text(json::generate(*kind, rng, ctx)),
        Gen::Text(kind) => Value::Text(text::generate(*kind, rng, ctx)),
        Gen::Blob(multiple) => {
            // A small embedding: 16 little-endian f32, padded to the required multiple.
            let m = (*multiple).max(1);
            let mut bytes = Vec::with_capacity(64 + m);
            for _ in 0..16 {
                bytes.extend_from_slice(&rng.gen_range(-1.0f32..1.0).to_le_bytes());
            }
            let pad = (m - bytes.len() % m) % m;
            bytes.resize(bytes.len() + pad, 0);
            Value::Blob(bytes)
        }
        Gen::Password => Value::Text(DEMO_PASSWORD_HASH.to_string()),
        Gen::Color => Value::Text(format!("#{:06x}", rng.gen_range(0..0x100_0000u32))),
    }
}

fn pick_weighted(values: &[Value], cum: &[u32], rng: &mut ChaCha8Rng) -> Value {
    let total = cum.last().copied().unwrap_or(0);
    if values.is_empty() || total == 0 {
        return Value::Null;
    }
    let x = rng.gen_range(0..total);
    let i = cum.partition_point(|&c| c <= x).min(values.len() - 1);
    values[i].clone()
}

fn round_to(x: f64, step: f64) -> f64 {
    if step <= 0.0 {
        x
    } else {
        let r = (x / step).round() * step;
        // Trim binary noise so 3.5000000001 prints as 3.5.
        (r * 1_000.0).round() / 1_000.0
    }
}

/// Milliseconds for an anchor relative to `t0`.
pub fn time_ms(anchor: Anchor, t0: i64, rng: &mut ChaCha8Rng) -> i64 {
    match anchor {
        Anchor::Offset(lo, hi) if hi > lo => t0 + rng.gen_range(lo..hi),
        Anchor::Offset(lo, _) => t0 + lo,
        Anchor::Updated => t0 + rng.gen_range(0..21 * DAY),
        Anchor::Recent => clock::NOW_MS - rng.gen_range(0..30 * DAY),
        Anchor::Birth => clock::NOW_MS - rng.gen_range(21 * YEAR..60 * YEAR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_password_hash_verifies() {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let parsed = PasswordHash::new(DEMO_PASSWORD_HASH).unwrap();
        assert!(argon2::Argon2::default()
            .verify_password(DEMO_PASSWORD.as_bytes(), &parsed)
            .is_ok());
    }
}
