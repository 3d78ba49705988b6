//! The recruiter's action queue: what needs attention now — follow-ups that
//! are due, new applicants, candidates stale in a stage — computed from the
//! pipeline whenever the queue is read, and kept as `action_queue` rows so a
//! dismissal persists. Each row carries a `subject_key` naming the condition
//! (e.g. `follow_up_due:<application>:<date>`): recomputing never revives a
//! dismissed item, but a new condition (a new date, a new stage) is a new item.
//! Thresholds live in the `recruiting.action_queue` setting.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::support::{ById, Done};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

const SETTING_KEY: &str = "recruiting.action_queue";

string_enum! {
    pub enum ActionType {
        NewMatches = "new_matches", ChatFollowup = "chat_followup", NoResponse = "no_response",
        ParseFailure = "parse_failure", InterventionNeeded = "intervention_needed", FollowUpDue = "follow_up_due",
        NewApplicant = "new_applicant", StaleCandidate = "stale_candidate",
    }
}

string_enum! {
    pub enum ActionPriority { High = "high", Medium = "medium", Low = "low" }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, TS)]
pub struct ActionQueueSettings {
    /// An application counts as a new applicant for this many days.
    pub new_applicant_days: u32,
    /// An active application untouched this many days is stale.
    pub stale_days: u32,
}

impl Default for ActionQueueSettings {
    fn default() -> Self {
        Self {
            new_applicant_days: 3,
            stale_days: 7,
        }
    }
}

fn read_settings(conn: &Connection) -> Result<ActionQueueSettings> {
    let text: Option<String> = conn
        .query_row(
            "SELECT value FROM system_settings WHERE key = ?1",
            [SETTING_KEY],
            |r| r.get(0),
        )
        .optional()?;
    Ok(text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

pub fn action_queue_settings_get(ctx: &Context, _req: NoArgs) -> Result<ActionQueueSettings> {
    ctx.store().read(read_settings)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ActionQueueSettingsSet {
    pub new_applicant_days: u32,
    pub stale_days: u32,
}

pub fn action_queue_settings_set(
    ctx: &Context,
    req: ActionQueueSettingsSet,
) -> Result<ActionQueueSettings> {
    for (field, v) in [
        ("new_applicant_days", req.new_applicant_days),
        ("stale_days", req.stale_days),
    ] {
        if !(1..=365).contains(&v) {
            return Err(Error::invalid_value(
                field,
                format!("{field} must be between 1 and 365 days"),
            ));
        }
    }
    let settings = ActionQueueSettings {
        new_applicant_days: req.new_applicant_days,
        stale_days: req.stale_days,
    };
    let value = serde_json::to_string(&settings).map_err(|e| Error::database(e.to_string()))?;
    ctx.store().write(|tx| {
        let now = now_utc();
        tx.execute(
            "INSERT INTO system_settings (key, value, description, created_at, updated_at)
             VALUES (?1, ?2, 'Action queue thresholds (days)', ?3, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![SETTING_KEY, value, now],
        )?;
        Ok(settings)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ActionItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ActionType,
    pub title: String,
    pub description: Option<String>,
    pub priority: ActionPriority,
    pub requisition_id: Option<String>,
    pub candidate_id: Option<String>,
    pub application_id: Option<String>,
    pub is_dismissed: bool,
    pub created_at: String,
}

/// One condition found in the pipeline.
struct Found {
    key: String,
    kind: ActionType,
    title: String,
    description: String,
    priority: ActionPriority,
    requisition: String,
    candidate: String,
    application: String,
}

fn days_ago(days: u32) -> String {
    (chrono::Utc::now() - chrono::Duration::days(i64::from(days)))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn find(conn: &Connection, s: ActionQueueSettings) -> Result<Vec<Found>> {
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let mut found = Vec::new();
    let base = "SELECT a.id, a.requisition_id, a.candidate_id, c.full_name, r.title, a.next_follow_up_date,
                       a.follow_up_remarks, a.stage_id, a.updated_at
                FROM applications a JOIN candidates c ON c.id = a.candidate_id
                JOIN requisitions r ON r.id = a.requisition_id WHERE a.is_active = 1";
    type R = (
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
    );
    let rows = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<Vec<R>> {
        Ok(conn
            .prepare(sql)?
            .query_map(p, |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<R>>>()?)
    };
    for (app, req, cand, name, title, date, remarks, _, _) in rows(
        &format!("{base} AND a.next_follow_up_date IS NOT NULL AND a.next_follow_up_date <= ?1"),
        &[&today],
    )? {
        let date = date.unwrap_or_default();
        let overdue = date < today;
        found.push(Found {
            key: format!("follow_up_due:{app}:{date}"),
            kind: ActionType::FollowUpDue,
            title: format!("Follow up with {name}"),
            description: format!(
                "{title} · {} {date}{}",
                if overdue { "overdue since" } else { "due" },
                remarks.map(|r| format!(" · {r}")).unwrap_or_default()
            ),
            priority: if overdue {
                ActionPriority::High
            } else {
                ActionPriority::Medium
            },
            requisition: req,
            candidate: cand,
            application: app,
        });
    }
    for (app, req, cand, name, title, ..) in rows(
        &format!("{base} AND a.status = 'new' AND COALESCE(a.applied_at, a.created_at) >= ?1"),
        &[&days_ago(s.new_applicant_days)],
    )? {
        found.push(Found {
            key: format!("new_applicant:{app}"),
            kind: ActionType::NewApplicant,
            title: format!("New applicant: {name}"),
            description: format!("{title} · review and screen"),
            priority: ActionPriority::Medium,
            requisition: req,
            candidate: cand,
            application: app,
        });
    }
    for (app, req, cand, name, title, _, _, stage, updated) in rows(
        &format!("{base} AND a.updated_at < ?1"),
        &[&days_ago(s.stale_days)],
    )? {
        found.push(Found {
            key: format!("stale_candidate:{app}:{}", stage.unwrap_or_default()),
            kind: ActionType::StaleCandidate,
            title: format!("{name} has waited {}+ days", s.stale_days),
            description: format!(
                "{title} · no change since {}",
                &updated[..10.min(updated.len())]
            ),
            priority: ActionPriority::Low,
            requisition: req,
            candidate: cand,
            application: app,
        });
    }
    Ok(found)
}

const COMPUTED: &str = "('follow_up_due','new_applicant','stale_candidate')";

/// Bring the stored queue in line with the pipeline (keeping dismissals).
fn refresh(tx: &Connection, user: &str) -> Result<()> {
    let settings = read_settings(tx)?;
    let found = find(tx, settings)?;
    let now = now_utc();
    let keys: HashSet<&str> = found.iter().map(|f| f.key.as_str()).collect();
    let stored: Vec<(String, String)> = tx
        .prepare(&format!(
            "SELECT id, subject_key FROM action_queue WHERE user_id = ?1 AND is_dismissed = 0
             AND type IN {COMPUTED} AND subject_key IS NOT NULL"
        ))?
        .query_map([user], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, key) in &stored {
        if !keys.contains(key.as_str()) {
            tx.execute("DELETE FROM action_queue WHERE id = ?1", [id])?;
        }
    }
    let mut exists = tx.prepare_cached(
        "SELECT 1 FROM action_queue WHERE user_id = ?1 AND subject_key = ?2 LIMIT 1",
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO action_queue (id, user_id, type, title, description, priority, related_requisition_id,
             related_candidate_id, related_application_id, subject_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?;
    for f in &found {
        let known: Option<i64> = exists
            .query_row(params![user, f.key], |r| r.get(0))
            .optional()?;
        if known.is_none() {
            insert.execute(params![
                new_id(),
                user,
                f.kind,
                f.title,
                f.description,
                f.priority,
                f.requisition,
                f.candidate,
                f.application,
                f.key,
                now
            ])?;
        }
    }
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ActionQueueList {
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub include_dismissed: bool,
}

pub(crate) fn items(
    conn: &Connection,
    user: &str,
    include_dismissed: bool,
) -> Result<Vec<ActionItem>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, type, title, description, priority, related_requisition_id, related_candidate_id,
                    related_application_id, is_dismissed, created_at
             FROM action_queue WHERE user_id = ?1 AND (?2 OR is_dismissed = 0)
             ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, created_at DESC, id",
        )?
        .query_map(params![user, include_dismissed], |r| {
            Ok(ActionItem {
                id: r.get(0)?,
                kind: r.get(1)?,
                title: r.get(2)?,
                description: r.get(3)?,
                priority: r.get(4)?,
                requisition_id: r.get(5)?,
                candidate_id: r.get(6)?,
                application_id: r.get(7)?,
                is_dismissed: r.get(8)?,
                created_at: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Recompute and list the local user's queue, most urgent first.
pub(crate) fn refreshed(tx: &Connection, include_dismissed: bool) -> Result<Vec<ActionItem>> {
    let user = local_user_id(tx)?;
    refresh(tx, &user)?;
    items(tx, &user, include_dismissed)
}

pub fn action_queue_list(ctx: &Context, req: ActionQueueList) -> Result<Vec<ActionItem>> {
    ctx.store().write(|tx| refreshed(tx, req.include_dismissed))
}

pub fn action_queue_dismiss(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let n = tx.execute(
            "UPDATE action_queue SET is_dismissed = 1, dismissed_at = ?3, updated_at = ?3 WHERE id = ?1 AND user_id = ?2",
            params![req.id, user, now_utc()],
        )?;
        if n == 0 {
            return Err(Error::not_found("action item", &req.id));
        }
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "action_queue_list",
            "The recruiter's action queue (due follow-ups, new applicants, stale candidates), recomputed",
            action_queue_list
        ),
        command!("action_queue_dismiss", "Dismiss an action queue item (it stays dismissed)", action_queue_dismiss),
        command!("action_queue_settings_get", "Action queue thresholds (days)", action_queue_settings_get),
        command!("action_queue_settings_set", "Set the action queue thresholds (days)", action_queue_settings_set),
    ]
}
