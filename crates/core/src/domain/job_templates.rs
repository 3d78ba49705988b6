//! Job templates and auto-saved requisition drafts. A template stores
//! [`RequisitionFields`] so "create from template" is the ordinary create with
//! those fields; a draft stores whatever the form held (possibly incomplete,
//! which is why it is not a requisition) in one slot per user and requisition
//! (or the "new requisition" slot), so reopening the form restores it.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::identity::local_user_id;
use super::requisitions::{
    fields_of, load_requisition, requisition_create, Requisition, RequisitionFields,
};
use super::support::{ensure_found, ensure_optional, optional_text, required_text, ById, Done};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct JobTemplate {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub fields: RequisitionFields,
    pub is_shared: bool,
    pub use_count: i64,
    pub updated_at: String,
}

const TEMPLATE_SELECT: &str =
    "SELECT id, name, title, department, fields, is_shared, use_count, updated_at FROM job_templates";

fn template_from_row(r: &Row<'_>) -> rusqlite::Result<JobTemplate> {
    let fields: String = r.get(4)?;
    Ok(JobTemplate {
        id: r.get(0)?,
        name: r.get(1)?,
        title: r.get(2)?,
        department: r.get(3)?,
        fields: serde_json::from_str(&fields).unwrap_or_default(),
        is_shared: r.get(5)?,
        use_count: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn load_template(conn: &Connection, id: &str) -> Result<JobTemplate> {
    conn.query_row(
        &format!("{TEMPLATE_SELECT} WHERE id = ?1"),
        [id],
        template_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("job template", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobTemplateSave {
    pub name: String,
    /// Save this requisition's fields as the template…
    #[serde(default)]
    pub requisition_id: Option<String>,
    /// …or these fields (exactly one of the two).
    #[serde(default)]
    pub fields: Option<RequisitionFields>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_shared: bool,
}

/// What a template keeps: the job, not this opening's state.
fn reusable(mut f: RequisitionFields) -> RequisitionFields {
    f.status = None;
    f.positions_filled = None;
    f.application_deadline = None;
    f.internal_job_id = None;
    f.template_id = None;
    f
}

pub fn job_template_save(ctx: &Context, req: JobTemplateSave) -> Result<JobTemplate> {
    let name = required_text("name", &req.name)?;
    ctx.store().write(|tx| {
        let fields = match (&req.requisition_id, &req.fields) {
            (Some(rid), None) => {
                ensure_optional(tx, "requisitions", "requisition", "requisition_id", Some(rid))?;
                fields_of(&load_requisition(tx, rid)?)
            }
            (None, Some(f)) => f.clone(),
            _ => {
                return Err(Error::invalid_value(
                    "requisition_id",
                    "give either requisition_id or fields, not both or neither",
                ))
            }
        };
        let fields = reusable(fields);
        let json = serde_json::to_string(&fields).map_err(|e| Error::database(e.to_string()))?;
        let id = new_id();
        let now = now_utc();
        let user = local_user_id(tx)?;
        tx.execute(
            "INSERT INTO job_templates (id, created_by, name, title, department, fields, is_shared, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![id, user, name, optional_text(Some(fields.title.clone())), fields.department, json, req.is_shared, now],
        )?;
        load_template(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobTemplateList {
    #[serde(default)]
    pub query: Option<String>,
}

/// Templates, most used first.
pub fn job_template_list(ctx: &Context, req: JobTemplateList) -> Result<Vec<JobTemplate>> {
    let pattern = optional_text(req.query).map(|q| format!("%{q}%"));
    ctx.store().read(|c| {
        Ok(c.prepare(&format!(
            "{TEMPLATE_SELECT} WHERE (?1 IS NULL OR name LIKE ?1 OR title LIKE ?1)
             ORDER BY use_count DESC, name COLLATE NOCASE, id LIMIT 500"
        ))?
        .query_map([pattern], template_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

pub fn job_template_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "job_templates", "job template", &req.id)?;
        tx.execute("DELETE FROM job_templates WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct FromTemplate {
    pub template_id: String,
    /// A title other than the template's.
    #[serde(default)]
    pub title: Option<String>,
}

/// Create a requisition from a template's fields (a draft; its use count goes up).
pub fn requisition_create_from_template(ctx: &Context, req: FromTemplate) -> Result<Requisition> {
    let template = ctx.store().read(|c| {
        load_template(c, &req.template_id)
            .map_err(|_| Error::dangling_reference("template_id", "job template", &req.template_id))
    })?;
    let mut fields = template.fields;
    if let Some(t) = optional_text(req.title) {
        fields.title = t;
    }
    fields.template_id = Some(template.id);
    requisition_create(ctx, fields)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct JobDraft {
    pub id: String,
    pub requisition_id: Option<String>,
    pub title: Option<String>,
    #[ts(type = "Record<string, unknown>")]
    pub data: serde_json::Value,
    pub last_saved_at: String,
}

const DRAFT_SELECT: &str =
    "SELECT id, requisition_id, title, draft_data, last_saved_at FROM job_drafts";

fn draft_from_row(r: &Row<'_>) -> rusqlite::Result<JobDraft> {
    let data: String = r.get(3)?;
    Ok(JobDraft {
        id: r.get(0)?,
        requisition_id: r.get(1)?,
        title: r.get(2)?,
        data: serde_json::from_str(&data).unwrap_or_default(),
        last_saved_at: r.get(4)?,
    })
}

fn draft_slot(
    conn: &Connection,
    user: &str,
    requisition_id: Option<&str>,
) -> Result<Option<JobDraft>> {
    Ok(conn
        .query_row(
            &format!(
                "{DRAFT_SELECT} WHERE user_id = ?1 AND requisition_id IS ?2 ORDER BY last_saved_at DESC, id DESC LIMIT 1"
            ),
            params![user, requisition_id],
            draft_from_row,
        )
        .optional()?)
}

/// Largest draft kept (a form's state is a few kilobytes).
const MAX_DRAFT_BYTES: usize = 256 * 1024;

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobDraftSave {
    /// The requisition being edited; absent for the "new requisition" form.
    #[serde(default)]
    pub requisition_id: Option<String>,
    /// The form's state, as the form keeps it.
    #[ts(type = "Record<string, unknown>")]
    pub data: serde_json::Value,
}

/// Save (replace) the local user's draft for this requisition or the new form.
pub fn job_draft_save(ctx: &Context, req: JobDraftSave) -> Result<JobDraft> {
    if !req.data.is_object() {
        return Err(Error::invalid_value("data", "data must be a JSON object"));
    }
    let text = req.data.to_string();
    if text.len() > MAX_DRAFT_BYTES {
        return Err(Error::invalid_value(
            "data",
            format!("data must be under {MAX_DRAFT_BYTES} bytes"),
        ));
    }
    let title = req
        .data
        .get("title")
        .and_then(|t| t.as_str())
        .map(str::to_string);
    ctx.store().write(|tx| {
        ensure_optional(tx, "requisitions", "requisition", "requisition_id", req.requisition_id.as_deref())?;
        let user = local_user_id(tx)?;
        let now = now_utc();
        let id = match draft_slot(tx, &user, req.requisition_id.as_deref())? {
            Some(d) => {
                tx.execute(
                    "UPDATE job_drafts SET title = ?2, draft_data = ?3, last_saved_at = ?4, updated_at = ?4 WHERE id = ?1",
                    params![d.id, optional_text(title), text, now],
                )?;
                d.id
            }
            None => {
                let id = new_id();
                tx.execute(
                    "INSERT INTO job_drafts (id, user_id, requisition_id, title, draft_data, last_saved_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
                    params![id, user, req.requisition_id, optional_text(title), text, now],
                )?;
                id
            }
        };
        Ok(tx.query_row(&format!("{DRAFT_SELECT} WHERE id = ?1"), [&id], draft_from_row)?)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct JobDraftSlot {
    #[serde(default)]
    pub requisition_id: Option<String>,
}

/// The local user's draft for this requisition or the new form, if any.
pub fn job_draft_get(ctx: &Context, req: JobDraftSlot) -> Result<Option<JobDraft>> {
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        draft_slot(tx, &user, req.requisition_id.as_deref())
    })
}

/// Drop the draft (after a save, or when the person discards it).
pub fn job_draft_discard(ctx: &Context, req: JobDraftSlot) -> Result<Done> {
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        tx.execute(
            "DELETE FROM job_drafts WHERE user_id = ?1 AND requisition_id IS ?2",
            params![user, req.requisition_id],
        )?;
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "job_template_save",
            "Save a requisition (or form fields) as a reusable job template",
            job_template_save
        ),
        command!(
            "job_template_list",
            "Job templates, most used first",
            job_template_list
        ),
        command!(
            "job_template_delete",
            "Delete a job template",
            job_template_delete
        ),
        command!(
            "requisition_create_from_template",
            "Create a draft requisition from a job template",
            requisition_create_from_template
        ),
        command!(
            "job_draft_save",
            "Auto-save the requisition form's state (one draft per requisition or new form)",
            job_draft_save
        ),
        command!(
            "job_draft_get",
            "The saved draft of a requisition form, if any",
            job_draft_get
        ),
        command!(
            "job_draft_discard",
            "Discard the saved draft of a requisition form",
            job_draft_discard
        ),
    ]
}
