//! Rules for catalogs, settings and logs: tables whose rows come from a
//! fixed list (skills, settings, badges, templates), questions whose options
//! match their kind, and job/log rows whose error text appears only when
//! they failed. WHY: list-driven rows read as curated content instead of
//! random words, and "error" columns on successful rows look like bugs.

use rand::seq::SliceRandom;
use rand::Rng;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::{get_str, parent, set, set_enum, set_text};
use crate::demo::engine::{Engine, TablePlan};
use crate::demo::row::{pick, Row};
use crate::demo::words;
use crate::error::Result;

/// `name` of the i-th entry of a list, numbered after the list runs out.
fn nth<T: Copy>(list: &[T], i: usize) -> Option<(T, usize)> {
    (!list.is_empty()).then(|| (list[i % list.len()], i / list.len()))
}

fn numbered(base: &str, round: usize) -> String {
    if round == 0 {
        base.to_string()
    } else {
        format!("{base} {}", round + 1)
    }
}

pub fn skill_ref_post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    if e.x.skills.is_empty() {
        return;
    }
    let s = parent(tp, row, "skill_id").unwrap_or_else(|| e.rng.gen_range(0..e.x.skills.len()));
    let (name, category) = e.x.skills[s % e.x.skills.len()];
    set_text(
        tp,
        row,
        if tp.name == "candidate_skill_ratings" {
            "skill_name"
        } else {
            "name"
        },
        name,
    );
    set_enum(tp, row, "category", category);
}

fn fail_only(
    e: &Engine,
    tp: &TablePlan,
    row: &mut Row,
    status: &str,
    failed: &[&str],
    cols: &[&str],
) {
    if !failed.contains(&status) {
        for c in cols {
            if let Some(i) = tp.idx(c) {
                e.clear(tp, row, i);
            }
        }
    } else {
        for c in cols {
            if super::get(tp, row, c) == Some(&Value::Null) {
                set_text(tp, row, c, words::ERRORS[0]);
            }
        }
    }
}

pub fn post(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let i = row.ctx.index as usize;
    match tp.name.as_str() {
        "skills" => {
            if let Some(((name, category), round)) = nth(words::SKILLS, i) {
                set_text(tp, row, "name", numbered(name, round));
                set_enum(tp, row, "category", category);
                set_text(
                    tp,
                    row,
                    "description",
                    format!(
                        "{name}: {} skill used across {} roles.",
                        category,
                        pick(
                            &mut e.rng,
                            &["engineering", "data", "product", "business", "many"]
                        )
                    ),
                );
                let syn = if name.len() > 3 && e.rng.gen_bool(0.4) {
                    vec![name.to_lowercase()]
                } else {
                    Vec::new()
                };
                set_text(
                    tp,
                    row,
                    "synonyms",
                    serde_json::Value::from(syn).to_string(),
                );
            }
        }
        "system_settings" | "company_settings" => {
            let k = if tp.name == "system_settings" {
                i
            } else {
                e.rng.gen_range(0..words::SETTINGS.len().max(1))
            };
            if let Some(((key, value, description), round)) = nth(words::SETTINGS, k) {
                set_text(
                    tp,
                    row,
                    "key",
                    if round == 0 {
                        key.to_string()
                    } else {
                        format!("{key}.{round}")
                    },
                );
                set_text(tp, row, "value", value);
                set_text(tp, row, "description", description);
            }
        }
        "environment_variables" => {
            if let Some(((name, value, secret), round)) = nth(words::ENV_VARS, i) {
                set_text(
                    tp,
                    row,
                    "name",
                    if round == 0 {
                        name.to_string()
                    } else {
                        format!("{name}_{round}")
                    },
                );
                set(tp, row, "is_secret", Value::Integer(i64::from(secret)));
                if secret {
                    set(tp, row, "value", Value::Null);
                    set_text(
                        tp,
                        row,
                        "keyring_entry",
                        format!("talentdesk/env/{}", name.to_lowercase()),
                    );
                } else {
                    set_text(tp, row, "value", value);
                    set(tp, row, "keyring_entry", Value::Null);
                }
                set_text(
                    tp,
                    row,
                    "description",
                    format!(
                        "{} for the local app",
                        name.replace('_', " ").to_lowercase()
                    ),
                );
            }
        }
        "badges" => {
            if let Some(((code, name, description), round)) = nth(words::BADGES, i) {
                set_text(tp, row, "code", numbered(code, round).replace(' ', "_"));
                set_text(tp, row, "name", numbered(name, round));
                set_text(tp, row, "description", description);
            }
        }
        "onboarding_tasks" => {
            if let Some(((title, category), _)) = nth(words::ONBOARDING_TASKS, i) {
                set_text(tp, row, "title", title);
                set_enum(tp, row, "category", category);
            }
        }
        "email_templates" => {
            if let Some(((name, category), round)) = nth(words::EMAIL_TEMPLATES, i) {
                set_text(tp, row, "name", numbered(name, round));
                set_enum(tp, row, "category", category);
                set_enum(
                    tp,
                    row,
                    "channel",
                    if e.rng.gen_bool(0.8) {
                        "email"
                    } else {
                        "inmail"
                    },
                );
            }
        }
        "tags" => {
            if let Some((name, round)) = nth(words::TAGS, i) {
                set_text(tp, row, "name", numbered(name, round));
                set_text(
                    tp,
                    row,
                    "description",
                    format!("Candidates tagged \"{name}\" by the team."),
                );
            }
        }
        "coding_challenges" => {
            if let Some(((title, brief), round)) = nth(words::CHALLENGES, i) {
                set_text(tp, row, "title", numbered(title, round));
                set_text(tp, row, "description", brief);
            }
        }
        "questions" => question(e, tp, row),
        "interview_feedback" => scorecard(e, tp, row),
        "background_tasks" => {
            let status = get_str(tp, row, "status")
                .unwrap_or("succeeded")
                .to_string();
            let progress = match status.as_str() {
                "succeeded" => 1.0,
                "pending" => 0.0,
                _ => (e.rng.gen_range(5..95) as f64) / 100.0,
            };
            set(tp, row, "progress", Value::Real(progress));
            if status != "succeeded" {
                if let Some(c) = tp.idx("result") {
                    e.clear(tp, row, c);
                }
            }
            if status == "pending" {
                if let Some(c) = tp.idx("started_at") {
                    e.clear(tp, row, c);
                }
            }
            let finished = matches!(status.as_str(), "succeeded" | "failed" | "cancelled");
            if !finished {
                if let Some(c) = tp.idx("finished_at") {
                    e.clear(tp, row, c);
                }
            }
            fail_only(e, tp, row, &status, &["failed"], &["error"]);
        }
        "report_executions" => {
            let status = get_str(tp, row, "status")
                .unwrap_or("succeeded")
                .to_string();
            if status == "running" {
                if let Some(c) = tp.idx("finished_at") {
                    e.clear(tp, row, c);
                }
            }
            fail_only(e, tp, row, &status, &["failed"], &["error"]);
        }
        "extraction_logs" => {
            let status = get_str(tp, row, "status").unwrap_or("success").to_string();
            fail_only(e, tp, row, &status, &["failed"], &["error_message"]);
        }
        "notification_delivery_logs" => {
            let status = get_str(tp, row, "status").unwrap_or("sent").to_string();
            fail_only(e, tp, row, &status, &["failed"], &["error"]);
        }
        "algorithm_performance" if get_str(tp, row, "metric") == Some("latency_ms") => {
            let v = e.rng.gen_range(20.0..400.0f64).round();
            set(tp, row, "value", Value::Real(v));
        }
        "system_health_metrics" => {
            let (metric, unit) = pick(&mut e.rng, words::METRICS);
            set_text(tp, row, "metric", metric);
            set_text(tp, row, "unit", unit);
            let v = match unit {
                "%" => e.rng.gen_range(1.0..95.0f64),
                "ms" => e.rng.gen_range(2.0..1_500.0f64),
                "items" => f64::from(e.rng.gen_range(0..300)),
                _ => e.rng.gen_range(20.0..2_000.0f64),
            };
            set(tp, row, "value", Value::Real((v * 10.0).round() / 10.0));
        }
        "activity_logs" | "notifications" => entity_ref(e, tp, row),
        _ => {}
    }
}

/// `entity_type` + `entity_id` that name a real demo row when possible.
fn entity_ref(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let (type_col, id_col) = if tp.name == "notifications" {
        ("related_entity_type", "related_entity_id")
    } else {
        ("entity_type", "entity_id")
    };
    let (action, entity) = pick(&mut e.rng, words::ACTIONS);
    if tp.name == "activity_logs" {
        set_text(tp, row, "action_type", action);
        set_text(
            tp,
            row,
            "description",
            format!(
                "{} {}",
                entity.replace('_', " "),
                action
                    .split('.')
                    .nth(1)
                    .unwrap_or("updated")
                    .replace('_', " ")
            ),
        );
    }
    let table = match entity {
        "candidate" => "candidates",
        "application" => "applications",
        "requisition" => "requisitions",
        "interview" => "interviews",
        "user" => "users",
        "tracked_job" => "tracked_jobs",
        "assessment" => "assessments",
        _ => "",
    };
    let id = e
        .table_index(table)
        .filter(|&t| !e.ids[t].is_empty())
        .map(|t| e.ids[t][e.rng.gen_range(0..e.ids[t].len())].clone());
    if let Some(id) = id {
        if tp.name == "notifications" {
            set_text(tp, row, "action_url", format!("talentdesk://{table}/{id}"));
        }
        set_text(tp, row, type_col, entity);
        set_text(tp, row, id_col, id);
    }
}

fn question(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let (text, category) = pick(&mut e.rng, words::QUESTIONS);
    set_enum(tp, row, "category", category);
    let kind = if category == "coding" {
        "coding"
    } else if e.rng.gen_bool(0.4) {
        "mcq"
    } else {
        "open"
    };
    set_enum(tp, row, "kind", kind);
    if get_str(tp, row, "kind") == Some("mcq") {
        let skill = pick(&mut e.rng, words::SKILLS).0;
        let mut options = vec![
            format!("{skill} is best learned by building real projects"),
            format!("{skill} has no place in production systems"),
            format!("{skill} cannot be combined with other tools"),
            format!("{skill} is only useful for prototypes"),
        ];
        let correct = options[0].clone();
        options.shuffle(&mut e.rng);
        set_text(
            tp,
            row,
            "question_text",
            format!("Which statement about {skill} is most accurate?"),
        );
        set_enum(tp, row, "category", "technical");
        set_text(tp, row, "topic", skill);
        set_text(
            tp,
            row,
            "options",
            serde_json::Value::from(options).to_string(),
        );
        set_text(tp, row, "correct_answer", correct);
    } else {
        set_text(tp, row, "question_text", text);
        set(tp, row, "options", Value::Null);
        if get_str(tp, row, "kind") == Some("open") {
            set(tp, row, "correct_answer", Value::Null);
        }
    }
}

/// A scorecard whose recommendation follows its ratings.
fn scorecard(e: &mut Engine, tp: &TablePlan, row: &mut Row) {
    let overall = f64::from(e.rng.gen_range(2..=10u8)) / 2.0;
    set(tp, row, "overall_rating", Value::Real(overall));
    let rec = match overall {
        x if x >= 4.5 => "strong_hire",
        x if x >= 3.5 => "hire",
        x if x >= 2.5 => "maybe",
        x if x >= 1.5 => "no_hire",
        _ => "strong_no_hire",
    };
    set_enum(tp, row, "recommendation", rec);
    for c in [
        "technical_skills_rating",
        "communication_rating",
        "problem_solving_rating",
        "culture_fit_rating",
    ] {
        if let Some(Value::Real(_)) = super::get(tp, row, c) {
            let r = (overall + f64::from(e.rng.gen_range(-2..=2i8)) / 2.0).clamp(1.0, 5.0);
            set(tp, row, c, Value::Real(r));
        }
    }
    set(
        tp,
        row,
        "requires_second_round",
        Value::Integer(i64::from(rec == "maybe")),
    );
}

/// Question counts on each demo question set.
pub fn finalize(conn: &Connection, e: &Engine) -> Result<()> {
    let (Some(t), Some(_)) = (e.table_index("question_sets"), e.table_index("questions")) else {
        return Ok(());
    };
    let mut stmt = conn.prepare_cached(
        "UPDATE question_sets SET total_questions = (SELECT count(*) FROM questions q WHERE q.question_set_id = ?1) WHERE id = ?1",
    )?;
    for id in &e.ids[t] {
        stmt.execute([id])?;
    }
    Ok(())
}
