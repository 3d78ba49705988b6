//! Career goals with milestones (seed 002 CareerGoal; its milestones JSON is
//! normalised into `goal_milestones` rows so each can be ticked off and synced
//! on its own).

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::support::{ensure_found, optional_date, optional_text, required_text, ById, Done};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum GoalStatus { NotStarted = "not_started", InProgress = "in_progress", Completed = "completed", Abandoned = "abandoned" }
}

string_enum! {
    pub enum Priority { Low = "low", Medium = "medium", High = "high" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Milestone {
    pub id: String,
    pub title: String,
    pub due_date: Option<String>,
    pub is_completed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Goal {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub priority: Priority,
    pub status: GoalStatus,
    pub target_date: Option<String>,
    pub milestones: Vec<Milestone>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MilestoneInput {
    pub title: String,
    #[serde(default)]
    pub due_date: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct GoalCreate {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub priority: Option<Priority>,
    #[serde(default)]
    pub status: Option<GoalStatus>,
    #[serde(default)]
    pub target_date: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<MilestoneInput>>", optional)]
    pub milestones: Vec<MilestoneInput>,
}

fn load_goal(conn: &Connection, id: &str) -> Result<Goal> {
    let milestones = conn
        .prepare_cached("SELECT id, title, due_date, is_completed FROM goal_milestones WHERE goal_id = ?1 ORDER BY position, id")?
        .query_map([id], |r| Ok(Milestone { id: r.get(0)?, title: r.get(1)?, due_date: r.get(2)?, is_completed: r.get(3)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    conn.query_row(
        "SELECT id, title, description, priority, status, target_date, created_at FROM career_goals WHERE id = ?1",
        [id],
        |r| {
            Ok(Goal {
                id: r.get(0)?,
                title: r.get(1)?,
                description: r.get(2)?,
                priority: r.get(3)?,
                status: r.get(4)?,
                target_date: r.get(5)?,
                milestones: Vec::new(),
                created_at: r.get(6)?,
            })
        },
    )
    .optional()?
    .map(|g| Goal { milestones, ..g })
    .ok_or_else(|| Error::not_found("goal", id))
}

pub fn goal_create(ctx: &Context, req: GoalCreate) -> Result<Goal> {
    let title = required_text("title", &req.title)?;
    let target = optional_date("target_date", req.target_date)?;
    let mut milestones = Vec::with_capacity(req.milestones.len());
    for (i, m) in req.milestones.into_iter().enumerate() {
        milestones.push((
            required_text(&format!("milestones[{i}].title"), &m.title)?,
            optional_date(&format!("milestones[{i}].due_date"), m.due_date)?,
        ));
    }
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO career_goals (id, user_id, title, description, priority, status, target_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, user, title, optional_text(req.description), req.priority.unwrap_or(Priority::Medium),
                    req.status.unwrap_or(GoalStatus::NotStarted), target, now],
        )?;
        for (position, (title, due)) in milestones.iter().enumerate() {
            tx.execute(
                "INSERT INTO goal_milestones (id, goal_id, title, due_date, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![new_id(), id, title, due, position as i64, now],
            )?;
        }
        load_goal(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct GoalList {
    #[serde(default)]
    pub status: Option<GoalStatus>,
}

pub fn goal_list(ctx: &Context, req: GoalList) -> Result<Vec<Goal>> {
    ctx.store().read(|c| {
        let ids = c
            .prepare(
                "SELECT id FROM career_goals WHERE (?1 IS NULL OR status = ?1)
                 ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, target_date IS NULL, target_date, id",
            )?
            .query_map(params![req.status], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter().map(|id| load_goal(c, id)).collect()
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MilestoneToggle {
    pub id: String,
    pub is_completed: bool,
}

pub fn milestone_set_completed(ctx: &Context, req: MilestoneToggle) -> Result<Goal> {
    ctx.store().write(|tx| {
        let goal: Option<String> = tx.query_row("SELECT goal_id FROM goal_milestones WHERE id = ?1", [&req.id], |r| r.get(0)).optional()?;
        let goal = goal.ok_or_else(|| Error::not_found("milestone", &req.id))?;
        let now = now_utc();
        tx.execute(
            "UPDATE goal_milestones SET is_completed = ?2, completed_at = CASE WHEN ?2 THEN ?3 END, updated_at = ?3 WHERE id = ?1",
            params![req.id, req.is_completed, now],
        )?;
        tx.execute(
            "UPDATE career_goals SET updated_at = ?2, status = CASE
                 WHEN NOT EXISTS (SELECT 1 FROM goal_milestones WHERE goal_id = ?1 AND is_completed = 0) THEN 'completed'
                 WHEN status IN ('not_started','completed') THEN 'in_progress' ELSE status END
             WHERE id = ?1 AND status <> 'abandoned'",
            params![goal, now],
        )?;
        load_goal(tx, &goal)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct GoalUpdate {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub priority: Priority,
    pub status: GoalStatus,
    #[serde(default)]
    pub target_date: Option<String>,
}

/// Change a goal's fields (milestones change through their own commands).
pub fn goal_update(ctx: &Context, req: GoalUpdate) -> Result<Goal> {
    let title = required_text("title", &req.title)?;
    let target = optional_date("target_date", req.target_date)?;
    ctx.store().write(|tx| {
        ensure_found(tx, "career_goals", "goal", &req.id)?;
        tx.execute(
            "UPDATE career_goals SET title = ?2, description = ?3, priority = ?4, status = ?5, target_date = ?6,
                 updated_at = ?7 WHERE id = ?1",
            params![req.id, title, optional_text(req.description), req.priority, req.status, target, now_utc()],
        )?;
        load_goal(tx, &req.id)
    })
}

pub fn goal_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "career_goals", "goal", &req.id)?;
        tx.execute("DELETE FROM career_goals WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MilestoneAdd {
    pub goal_id: String,
    pub title: String,
    #[serde(default)]
    pub due_date: Option<String>,
}

pub fn milestone_add(ctx: &Context, req: MilestoneAdd) -> Result<Goal> {
    let title = required_text("title", &req.title)?;
    let due = optional_date("due_date", req.due_date)?;
    ctx.store().write(|tx| {
        super::support::ensure_exists(tx, "career_goals", "goal", "goal_id", &req.goal_id)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO goal_milestones (id, goal_id, title, due_date, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(max(position) + 1, 0) FROM goal_milestones WHERE goal_id = ?2), ?5, ?5)",
            params![new_id(), req.goal_id, title, due, now],
        )?;
        tx.execute(
            "UPDATE career_goals SET updated_at = ?2, status = CASE WHEN status = 'completed' THEN 'in_progress' ELSE status END
             WHERE id = ?1",
            params![req.goal_id, now],
        )?;
        load_goal(tx, &req.goal_id)
    })
}

pub fn milestone_delete(ctx: &Context, req: ById) -> Result<Goal> {
    ctx.store().write(|tx| {
        let goal: Option<String> = tx
            .query_row(
                "SELECT goal_id FROM goal_milestones WHERE id = ?1",
                [&req.id],
                |r| r.get(0),
            )
            .optional()?;
        let goal = goal.ok_or_else(|| Error::not_found("milestone", &req.id))?;
        tx.execute("DELETE FROM goal_milestones WHERE id = ?1", [&req.id])?;
        load_goal(tx, &goal)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "goal_update",
            "Change a goal's title, priority, status or target date",
            goal_update
        ),
        command!(
            "goal_delete",
            "Delete a goal and its milestones",
            goal_delete
        ),
        command!(
            "milestone_add",
            "Add a milestone with an optional due date to a goal",
            milestone_add
        ),
        command!(
            "milestone_delete",
            "Remove a milestone from a goal",
            milestone_delete
        ),
        command!(
            "goal_create",
            "Create a career goal with milestones",
            goal_create
        ),
        command!(
            "goal_list",
            "List career goals, highest priority first",
            goal_list
        ),
        command!(
            "milestone_set_completed",
            "Tick off (or reopen) a milestone; the goal's status follows",
            milestone_set_completed
        ),
    ]
}
