//! Decides in which order tables are filled and how many rows each gets.
//! WHY: every foreign key must point at a row that already exists, so parents
//! are filled before children (a topological order over the FK graph). Cycles
//! exist only through nullable keys (candidates <-> documents); they are
//! broken by filling the most-referenced table first and leaving the
//! nullable keys that point "forward" for a back-fill pass at the end.
//! Row counts are fixed per scale so `large` is exactly the advertised size.

use super::schema::Table;
use super::words;
use super::Scale;
use crate::error::{Error, Result};

/// A foreign-key column whose parent is filled after its table.
#[derive(Debug, Clone)]
pub struct Deferred {
    pub table: usize,
    pub column: String,
    pub parent: usize,
}

/// Fill order (indices into the schema's table list) and deferred keys.
#[derive(Debug, Clone)]
pub struct Plan {
    pub order: Vec<usize>,
    pub deferred: Vec<Deferred>,
}

/// Number of stages every requisition gets.
pub const STAGES_PER_REQUISITION: u64 = words::PIPELINE.len() as u64;

/// Topological order of `tables` by foreign keys.
pub fn order(tables: &[Table]) -> Result<Plan> {
    let index = |name: &str| tables.iter().position(|t| t.name == name);
    // deps[i] = (parent, nullable) for each FK of table i to another table.
    let deps: Vec<Vec<(usize, bool)>> = tables
        .iter()
        .map(|t| {
            t.fks
                .iter()
                .filter_map(|fk| {
                    let parent = index(&fk.parent)?;
                    let nullable = t.col(&fk.column).is_none_or(|c| !t.columns[c].not_null);
                    (tables[parent].name != t.name).then_some((parent, nullable))
                })
                .collect()
        })
        .collect();
    let mut done = vec![false; tables.len()];
    let mut order = Vec::with_capacity(tables.len());
    while order.len() < tables.len() {
        // The earliest-created table whose NOT NULL parents exist and whose
        // missing nullable parents all depend on it (a cycle, broken here).
        let next = (0..tables.len()).find(|&i| {
            !done[i]
                && deps[i]
                    .iter()
                    .all(|&(p, nullable)| done[p] || (nullable && reaches(&deps, &done, p, i)))
        });
        let next = next.ok_or_else(|| {
            Error::database("demo: foreign keys form a cycle through NOT NULL columns")
        })?;
        done[next] = true;
        order.push(next);
    }
    let position: Vec<usize> = {
        let mut p = vec![0; tables.len()];
        for (k, &t) in order.iter().enumerate() {
            p[t] = k;
        }
        p
    };
    let mut deferred = Vec::new();
    for (i, t) in tables.iter().enumerate() {
        for fk in &t.fks {
            if let Some(parent) = index(&fk.parent) {
                if parent != i && position[parent] > position[i] {
                    deferred.push(Deferred {
                        table: i,
                        column: fk.column.clone(),
                        parent,
                    });
                }
            }
        }
    }
    Ok(Plan { order, deferred })
}

/// `plan` narrowed to `only` and, transitively, the parents of their NOT
/// NULL foreign keys (in the same order); keys deferred to a table left out
/// are dropped (they stay NULL).
pub fn restrict(plan: Plan, tables: &[Table], only: &[&str]) -> Result<Plan> {
    let index = |name: &str| tables.iter().position(|t| t.name == name);
    let mut keep = vec![false; tables.len()];
    let mut stack = Vec::new();
    for name in only {
        let t = index(name)
            .ok_or_else(|| Error::invalid_value("tables", format!("no table named `{name}`")))?;
        stack.push(t);
    }
    while let Some(t) = stack.pop() {
        if std::mem::replace(&mut keep[t], true) {
            continue;
        }
        let table = &tables[t];
        for fk in &table.fks {
            let required = table
                .col(&fk.column)
                .is_some_and(|c| table.columns[c].not_null);
            if let Some(parent) = index(&fk.parent).filter(|_| required) {
                stack.push(parent);
            }
        }
    }
    Ok(Plan {
        order: plan.order.into_iter().filter(|&t| keep[t]).collect(),
        deferred: plan
            .deferred
            .into_iter()
            .filter(|d| keep[d.table] && keep[d.parent])
            .collect(),
    })
}

/// True if table `from` depends, directly or through pending tables, on `to`.
fn reaches(deps: &[Vec<(usize, bool)>], done: &[bool], from: usize, to: usize) -> bool {
    let mut seen = vec![false; deps.len()];
    let mut stack = vec![from];
    while let Some(t) = stack.pop() {
        if t == to {
            return true;
        }
        if std::mem::replace(&mut seen[t], true) {
            continue;
        }
        stack.extend(
            deps[t]
                .iter()
                .map(|&(p, _)| p)
                .filter(|&p| !done[p] || p == to),
        );
    }
    false
}

/// Row counts per table: (small, medium, large).
const COUNTS: &[(&str, [u64; 3])] = &[
    ("companies", [8, 60, 300]),
    ("users", [60, 1_500, 12_000]),
    ("auth_sessions", [20, 500, 3_000]),
    ("recruiters", [10, 150, 1_000]),
    ("associates", [6, 100, 800]),
    ("interviewer_profiles", [6, 100, 600]),
    ("team_members", [20, 500, 3_000]),
    ("system_settings", [12, 20, 20]),
    ("company_settings", [16, 120, 600]),
    ("user_settings", [30, 800, 6_000]),
    ("integration_settings", [8, 40, 120]),
    ("environment_variables", [10, 16, 16]),
    ("job_roles", [40, 80, 120]),
    ("candidates", [200, 10_000, 100_000]),
    ("work_experiences", [400, 20_000, 200_000]),
    ("educations", [250, 12_000, 120_000]),
    ("candidate_skills", [800, 40_000, 400_000]),
    ("certifications", [80, 4_000, 30_000]),
    ("documents", [250, 12_000, 110_000]),
    ("resumes", [200, 10_000, 80_000]),
    ("video_introductions", [20, 800, 5_000]),
    ("candidate_profile_shares", [20, 600, 4_000]),
    ("tags", [15, 25, 25]),
    ("candidate_tags", [200, 10_000, 100_000]),
    ("saved_searches", [20, 400, 2_000]),
    ("candidate_skill_ratings", [200, 10_000, 80_000]),
    ("candidate_interactions", [400, 20_000, 200_000]),
    ("leads", [20, 300, 2_000]),
    ("sales_tasks", [40, 600, 4_000]),
    ("clients", [15, 200, 1_200]),
    ("client_contacts", [30, 500, 3_000]),
    ("job_descriptions", [15, 300, 2_000]),
    ("requisitions", [20, 1_000, 10_000]),
    ("job_templates", [8, 40, 100]),
    ("template_shares", [8, 60, 200]),
    ("job_drafts", [8, 100, 500]),
    ("bulk_job_uploads", [5, 30, 100]),
    ("requisition_skills", [100, 5_000, 50_000]),
    ("job_view_analytics", [100, 10_000, 60_000]),
    ("job_view_sessions", [200, 10_000, 100_000]),
    ("job_application_sources", [40, 2_000, 20_000]),
    ("job_views", [300, 15_000, 150_000]),
    ("saved_jobs", [40, 1_500, 10_000]),
    ("recently_viewed_jobs", [40, 1_500, 10_000]),
    ("external_job_postings", [30, 500, 3_000]),
    ("tracked_jobs", [60, 2_500, 20_000]),
    ("job_status_changes", [120, 5_000, 40_000]),
    ("applications", [1_000, 100_000, 1_000_000]),
    ("application_timeline", [1_500, 150_000, 1_000_000]),
    ("application_feedback", [200, 20_000, 150_000]),
    ("application_notes", [300, 30_000, 200_000]),
    ("guest_applications", [30, 1_000, 8_000]),
    ("action_queue", [40, 1_500, 10_000]),
    ("interviews", [150, 10_000, 80_000]),
    ("interview_panelists", [100, 6_000, 50_000]),
    ("panel_action_tokens", [50, 3_000, 20_000]),
    ("reschedule_requests", [15, 600, 4_000]),
    ("interview_feedback", [100, 7_000, 60_000]),
    ("mock_interviews", [30, 800, 6_000]),
    ("interview_responses", [150, 5_000, 40_000]),
    ("performance_metrics", [60, 2_000, 15_000]),
    ("question_sets", [10, 60, 200]),
    ("assessments", [10, 100, 500]),
    ("questions", [120, 1_500, 5_000]),
    ("assessment_applications", [60, 3_000, 20_000]),
    ("assessment_attempts", [80, 4_000, 25_000]),
    ("assessment_answers", [400, 20_000, 150_000]),
    ("assessment_invitations", [30, 1_500, 10_000]),
    ("coding_challenges", [10, 12, 12]),
    ("coding_submissions", [40, 2_000, 15_000]),
    ("proctoring_events", [60, 3_000, 20_000]),
    ("email_templates", [16, 16, 16]),
    ("email_campaigns", [8, 80, 400]),
    ("campaign_recipients", [150, 6_000, 50_000]),
    ("follow_up_sequences", [5, 30, 80]),
    ("sequence_steps", [15, 90, 240]),
    ("sequence_enrollments", [60, 3_000, 20_000]),
    ("email_unsubscribes", [10, 300, 2_000]),
    ("email_delivery_events", [200, 10_000, 80_000]),
    ("email_webhook_logs", [50, 2_000, 10_000]),
    ("notifications", [200, 10_000, 80_000]),
    ("notification_delivery_logs", [200, 10_000, 80_000]),
    ("notification_preferences", [40, 1_000, 6_000]),
    ("ai_notification_queue", [30, 800, 5_000]),
    ("linkedin_profiles", [60, 3_000, 25_000]),
    ("linkedin_inmails", [40, 1_500, 10_000]),
    ("linkedin_credit_usage", [40, 1_500, 10_000]),
    ("sourcing_campaigns", [6, 100, 600]),
    ("sourced_candidates", [80, 4_000, 30_000]),
    ("calendar_integrations", [10, 200, 1_500]),
    ("calendar_events", [60, 5_000, 40_000]),
    ("scheduling_links", [10, 200, 1_500]),
    ("conversations", [60, 3_000, 25_000]),
    ("messages", [300, 15_000, 150_000]),
    ("onboarding_processes", [6, 100, 800]),
    ("onboarding_tasks", [12, 16, 16]),
    ("onboarding_task_assignments", [30, 600, 5_000]),
    ("task_reminders", [20, 400, 3_000]),
    ("task_templates", [5, 10, 15]),
    ("career_goals", [20, 600, 5_000]),
    ("goal_milestones", [50, 1_500, 12_000]),
    ("match_results", [200, 10_000, 80_000]),
    ("bias_detection_logs", [20, 500, 3_000]),
    ("diversity_metrics", [20, 300, 1_500]),
    ("algorithm_performance", [30, 100, 200]),
    ("candidate_success_predictions", [100, 5_000, 40_000]),
    ("profile_completion_analytics", [40, 1_000, 8_000]),
    ("activity_logs", [300, 20_000, 150_000]),
    ("system_logs", [200, 10_000, 80_000]),
    ("system_health_metrics", [100, 2_000, 10_000]),
    ("extraction_logs", [60, 3_000, 20_000]),
    ("background_tasks", [30, 500, 3_000]),
    ("badges", [15, 20, 20]),
    ("user_badges", [60, 2_000, 15_000]),
    ("user_points", [100, 4_000, 30_000]),
    ("profile_reminders", [30, 800, 6_000]),
    ("custom_reports", [8, 60, 300]),
    ("report_schedules", [6, 40, 200]),
    ("report_executions", [30, 400, 3_000]),
    ("fraud_detection_events", [15, 300, 2_000]),
];

/// Rows for a table not listed above (a table added by a later migration).
const DEFAULT_COUNT: [u64; 3] = [5, 50, 500];

/// Every table gets at least this many rows.
pub const MIN_ROWS: u64 = 3;

fn scale_index(scale: Scale) -> usize {
    match scale {
        Scale::Small => 0,
        Scale::Medium => 1,
        Scale::Large => 2,
    }
}

/// How many rows `table` gets at `scale`.
pub fn rows(table: &str, scale: Scale) -> u64 {
    let s = scale_index(scale);
    let n = match table {
        // One default set (requisition_id NULL) plus the full set per requisition.
        "pipeline_stages" => STAGES_PER_REQUISITION * (1 + rows("requisitions", scale)),
        // The catalog is the word list itself.
        "skills" => words::SKILLS.len() as u64,
        _ => COUNTS
            .iter()
            .find(|(t, _)| *t == table)
            .map_or(DEFAULT_COUNT[s], |(_, c)| c[s]),
    };
    n.max(MIN_ROWS)
}

/// Number of applications that go to a seeker's tracked job rather than a
/// requisition: most tracked jobs past "interested" have one.
pub fn tracked_applications(scale: Scale) -> u64 {
    (rows("tracked_jobs", scale) * 4 / 5)
        .min(rows("applications", scale) / 5)
        .max(MIN_ROWS)
}
