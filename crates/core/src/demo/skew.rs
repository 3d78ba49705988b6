//! Weights for enum columns. WHY: a uniform pick from a CHECK list makes a
//! demo look fake (as many suspended users as active ones, as many critical
//! alerts as informational ones). Real desks are skewed: most candidates are
//! active, most requisitions are open, most log lines are `info`. Values not
//! listed here keep a neutral weight, so new enum values still appear.

use super::schema::Lit;

/// Neutral weight for a value with no explicit weight.
const NEUTRAL: u32 = 4;

/// Weight of each listed value.
type Weights = &'static [(&'static str, u32)];

/// (table or "*", column, weights).
#[rustfmt::skip]
const SKEWS: &[(&str, &str, Weights)] = &[
    ("candidates", "status", &[("new", 12), ("active", 50), ("interviewing", 12), ("offered", 3), ("hired", 6), ("rejected", 8), ("withdrawn", 3), ("inactive", 6)]),
    ("users", "status", &[("active", 90), ("inactive", 7), ("suspended", 3)]),
    ("requisitions", "status", &[("draft", 5), ("open", 35), ("sourcing", 15), ("interviewing", 15), ("offer", 5), ("paused", 5), ("closed", 10), ("filled", 8), ("cancelled", 2)]),
    ("interviews", "status", &[("scheduled", 25), ("in_progress", 2), ("completed", 55), ("cancelled", 8), ("no_show", 3), ("rescheduled", 7)]),
    ("clients", "status", &[("prospect", 15), ("active", 70), ("inactive", 12), ("blacklisted", 3)]),
    ("leads", "status", &[("new", 25), ("contacted", 25), ("qualified", 15), ("proposal", 10), ("negotiation", 8), ("converted", 10), ("lost", 7)]),
    ("tracked_jobs", "status", &[("interested", 25), ("applied", 30), ("interview_scheduled", 12), ("interview_completed", 8), ("offer_received", 4), ("accepted", 2), ("rejected", 14), ("withdrawn", 5)]),
    ("system_logs", "level", &[("trace", 2), ("debug", 10), ("info", 70), ("warn", 12), ("error", 6)]),
    ("activity_logs", "severity", &[("info", 70), ("warn", 10), ("error", 5), ("success", 15)]),
    ("email_delivery_events", "event_type", &[("queued", 10), ("sent", 25), ("delivered", 25), ("opened", 20), ("clicked", 10), ("bounced", 5), ("complained", 1), ("failed", 4)]),
    ("campaign_recipients", "status", &[("pending", 10), ("sent", 15), ("delivered", 25), ("opened", 20), ("clicked", 10), ("replied", 8), ("bounced", 5), ("failed", 3), ("unsubscribed", 4)]),
    ("extraction_logs", "status", &[("success", 90), ("failed", 10)]),
    ("background_tasks", "status", &[("pending", 8), ("running", 5), ("succeeded", 75), ("failed", 8), ("cancelled", 4)]),
    ("report_executions", "status", &[("running", 5), ("succeeded", 85), ("failed", 7), ("cancelled", 3)]),
    ("*", "provider", &[("local", 60), ("ollama", 15), ("openai", 10), ("anthropic", 10), ("other", 5)]),
    ("*", "severity", &[("low", 50), ("medium", 30), ("high", 15), ("critical", 5), ("info", 60)]),
    ("*", "priority", &[("low", 30), ("medium", 50), ("normal", 50), ("high", 20), ("urgent", 5)]),
    ("*", "direction", &[("inbound", 35), ("outbound", 65)]),
    ("*", "channel", &[("email", 60), ("in_app", 60), ("desktop", 20), ("inmail", 25), ("sms", 8), ("task", 10)]),
    ("*", "experience_level", &[("intern", 3), ("entry", 10), ("junior", 15), ("mid", 30), ("senior", 25), ("lead", 10), ("principal", 4), ("executive", 3)]),
    ("*", "employment_type", &[("full_time", 70), ("part_time", 5), ("contract", 15), ("temporary", 3), ("internship", 4), ("freelance", 3)]),
    ("*", "job_type", &[("full_time", 70), ("part_time", 5), ("contract", 12), ("temporary", 3), ("internship", 4), ("freelance", 3), ("remote", 8)]),
    ("*", "work_mode", &[("onsite", 30), ("remote", 35), ("hybrid", 35)]),
    ("*", "team_role", &[("owner", 5), ("admin", 15), ("member", 70), ("viewer", 10)]),
    ("*", "recommendation", &[("strong_hire", 15), ("hire", 35), ("maybe", 25), ("no_hire", 20), ("strong_no_hire", 5)]),
    ("*", "status", &[("active", 60), ("completed", 8), ("ready", 40), ("processed", 40), ("confirmed", 40), ("pending", 8)]),
];

/// Weights, parallel to `lits`, for `table.column`.
pub fn weights(table: &str, column: &str, lits: &[Lit]) -> Vec<u32> {
    let specific = SKEWS.iter().find(|(t, c, _)| *t == table && *c == column);
    let generic = SKEWS.iter().find(|(t, c, _)| *t == "*" && *c == column);
    let table_weights = specific.or(generic).map(|(_, _, w)| *w).unwrap_or(&[]);
    lits.iter()
        .map(|lit| match lit {
            Lit::Text(s) => table_weights
                .iter()
                .find(|(v, _)| v == s)
                .map_or(NEUTRAL, |(_, w)| *w),
            Lit::Int(_) => NEUTRAL,
        })
        .collect()
}
