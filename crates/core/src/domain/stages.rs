//! Editing a requisition's pipeline stages: rename, add, reorder, and delete
//! a stage no application sits in. WHY strict: the board, the timeline and
//! the dashboard all read these rows, so a reorder must name every stage of
//! the requisition exactly once, and a stage with cards cannot vanish from
//! under them.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::requisitions::StageKind;
use super::support::{ensure_exists, ensure_found, required_text, ById, Done};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Stage {
    pub id: String,
    pub requisition_id: String,
    pub name: String,
    pub kind: StageKind,
    pub position: i64,
    pub application_count: i64,
}

fn stages_of(conn: &Connection, requisition_id: &str) -> Result<Vec<Stage>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.id, s.requisition_id, s.name, s.kind, s.position,
                    (SELECT count(*) FROM applications a WHERE a.stage_id = s.id)
             FROM pipeline_stages s WHERE s.requisition_id = ?1 ORDER BY s.position, s.id",
        )?
        .query_map([requisition_id], |r| {
            Ok(Stage {
                id: r.get(0)?,
                requisition_id: r.get(1)?,
                name: r.get(2)?,
                kind: r.get(3)?,
                position: r.get(4)?,
                application_count: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn stage_requisition(conn: &Connection, id: &str) -> Result<String> {
    conn.query_row(
        "SELECT requisition_id FROM pipeline_stages WHERE id = ?1 AND requisition_id IS NOT NULL",
        [id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found("stage", id))
}

fn renumber(conn: &Connection, ids: &[String]) -> Result<()> {
    let now = now_utc();
    let mut stmt = conn.prepare_cached(
        "UPDATE pipeline_stages SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
    )?;
    for (i, id) in ids.iter().enumerate() {
        stmt.execute(params![id, i as i64, now])?;
    }
    Ok(())
}

fn unique_name(
    conn: &Connection,
    requisition_id: &str,
    name: &str,
    own: Option<&str>,
) -> Result<()> {
    let clash: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM pipeline_stages WHERE requisition_id = ?1 AND lower(name) = lower(?2) AND id IS NOT ?3",
            params![requisition_id, name, own],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(Error::invalid_value(
            "name",
            format!("this requisition already has a stage named {name}"),
        ));
    }
    Ok(())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StageList {
    pub requisition_id: String,
}

pub fn stage_list(ctx: &Context, req: StageList) -> Result<Vec<Stage>> {
    ctx.store().read(|c| {
        ensure_found(c, "requisitions", "requisition", &req.requisition_id)?;
        stages_of(c, &req.requisition_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct StageCreate {
    pub requisition_id: String,
    pub name: String,
    /// Defaults to `custom` (a stage that does not change the application's status).
    #[serde(default)]
    pub kind: Option<StageKind>,
    /// Where to insert (0 = first); defaults to before the first closing stage
    /// (hired, rejected, withdrawn), or last.
    #[serde(default)]
    pub position: Option<u32>,
}

pub fn stage_create(ctx: &Context, req: StageCreate) -> Result<Vec<Stage>> {
    let name = required_text("name", &req.name)?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "requisitions", "requisition", "requisition_id", &req.requisition_id)?;
        unique_name(tx, &req.requisition_id, &name, None)?;
        let stages = stages_of(tx, &req.requisition_id)?;
        let closing = stages
            .iter()
            .position(|s| matches!(s.kind, StageKind::Hired | StageKind::Rejected | StageKind::Withdrawn))
            .unwrap_or(stages.len());
        let at = match req.position {
            Some(p) if p as usize > stages.len() => {
                return Err(Error::invalid_value(
                    "position",
                    format!("position must be between 0 and {}", stages.len()),
                ))
            }
            Some(p) => p as usize,
            None => closing,
        };
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO pipeline_stages (id, requisition_id, name, kind, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![id, req.requisition_id, name, req.kind.unwrap_or(StageKind::Custom), at as i64, now],
        )?;
        let mut order: Vec<String> = stages.into_iter().map(|s| s.id).collect();
        order.insert(at, id);
        renumber(tx, &order)?;
        stages_of(tx, &req.requisition_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StageRename {
    pub id: String,
    pub name: String,
}

pub fn stage_rename(ctx: &Context, req: StageRename) -> Result<Vec<Stage>> {
    let name = required_text("name", &req.name)?;
    ctx.store().write(|tx| {
        let rid = stage_requisition(tx, &req.id)?;
        unique_name(tx, &rid, &name, Some(&req.id))?;
        tx.execute(
            "UPDATE pipeline_stages SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![req.id, name, now_utc()],
        )?;
        stages_of(tx, &rid)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StageReorder {
    pub requisition_id: String,
    /// Every stage id of the requisition, each once, in the new order.
    pub stage_ids: Vec<String>,
}

pub fn stage_reorder(ctx: &Context, req: StageReorder) -> Result<Vec<Stage>> {
    ctx.store().write(|tx| {
        ensure_exists(
            tx,
            "requisitions",
            "requisition",
            "requisition_id",
            &req.requisition_id,
        )?;
        let stages = stages_of(tx, &req.requisition_id)?;
        for (i, id) in req.stage_ids.iter().enumerate() {
            if !stages.iter().any(|s| &s.id == id) {
                return Err(Error::invalid_value(
                    format!("stage_ids[{i}]"),
                    format!("{id} is not a stage of this requisition"),
                ));
            }
            if req.stage_ids[..i].contains(id) {
                return Err(Error::invalid_value(
                    format!("stage_ids[{i}]"),
                    format!("{id} is listed twice"),
                ));
            }
        }
        if let Some(missing) = stages.iter().find(|s| !req.stage_ids.contains(&s.id)) {
            return Err(Error::invalid_value(
                "stage_ids",
                format!(
                    "every stage must be listed once; {} ({}) is missing",
                    missing.name, missing.id
                ),
            ));
        }
        renumber(tx, &req.stage_ids)?;
        stages_of(tx, &req.requisition_id)
    })
}

/// Delete a stage that holds no application.
pub fn stage_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        let rid = stage_requisition(tx, &req.id)?;
        let (count, name): (i64, String) = tx.query_row(
            "SELECT (SELECT count(*) FROM applications WHERE stage_id = ?1), name FROM pipeline_stages WHERE id = ?1",
            [&req.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if count > 0 {
            return Err(Error::conflict(format!(
                "{name} still holds {count} application(s); move them to another stage first"
            ))
            .with_field("id"));
        }
        tx.execute("DELETE FROM pipeline_stages WHERE id = ?1", [&req.id])?;
        let order: Vec<String> = stages_of(tx, &rid)?.into_iter().map(|s| s.id).collect();
        renumber(tx, &order)?;
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "stage_list",
            "A requisition's pipeline stages in order, with application counts",
            stage_list
        ),
        command!(
            "stage_create",
            "Add a pipeline stage to a requisition",
            stage_create
        ),
        command!("stage_rename", "Rename a pipeline stage", stage_rename),
        command!(
            "stage_reorder",
            "Put a requisition's stages in a new order (all of them, each once)",
            stage_reorder
        ),
        command!(
            "stage_delete",
            "Delete a pipeline stage that holds no application",
            stage_delete
        ),
    ]
}
