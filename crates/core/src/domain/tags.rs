//! Tags on candidates and saved candidate searches. Tags are looked up by name
//! (case-insensitive) before one is created, because the schema cannot hold a
//! UNIQUE name on a synced table. A saved search keeps a `candidate_list`
//! request (minus paging) and is checked against that type when saved, so
//! reopening one always yields a request the list accepts.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::CandidateList;
use super::identity::local_user_id;
use super::support::{ensure_exists, ensure_found, required_text, ById, Done};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Tag {
    pub id: String,
    pub name: String,
    pub color: String,
    pub candidate_count: i64,
}

const TAG_SELECT: &str = "SELECT t.id, t.name, t.color, (SELECT count(*) FROM candidate_tags ct WHERE ct.tag_id = t.id) FROM tags t";

fn tag_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Tag> {
    Ok(Tag {
        id: r.get(0)?,
        name: r.get(1)?,
        color: r.get(2)?,
        candidate_count: r.get(3)?,
    })
}

/// A candidate's tags, by name.
pub fn tags_of(conn: &Connection, candidate_id: &str) -> Result<Vec<Tag>> {
    Ok(conn
        .prepare_cached(&format!(
            "{TAG_SELECT} WHERE t.id IN (SELECT tag_id FROM candidate_tags WHERE candidate_id = ?1) ORDER BY t.name COLLATE NOCASE"
        ))?
        .query_map([candidate_id], tag_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn check_color(color: Option<&str>) -> Result<Option<String>> {
    match color.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c)
            if c.len() == 7
                && c.starts_with('#')
                && c[1..].chars().all(|x| x.is_ascii_hexdigit()) =>
        {
            Ok(Some(c.to_ascii_lowercase()))
        }
        Some(_) => Err(Error::invalid_value("color", "color must be like #6366f1")),
    }
}

/// The tag named `name`, created if there is none (returns its id).
fn tag_by_name(tx: &Connection, name: &str, color: Option<&str>) -> Result<String> {
    let found: Option<String> = tx
        .query_row(
            "SELECT id FROM tags WHERE lower(name) = lower(?1) ORDER BY id LIMIT 1",
            [name],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = new_id();
    let now = now_utc();
    let user = local_user_id(tx)?;
    tx.execute(
        "INSERT INTO tags (id, name, color, created_by, created_at, updated_at) VALUES (?1, ?2, COALESCE(?3, '#6366f1'), ?4, ?5, ?5)",
        params![id, name, color, user, now],
    )?;
    Ok(id)
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TagList {}

/// Every tag, with how many candidates carry it.
pub fn tag_list(ctx: &Context, _req: TagList) -> Result<Vec<Tag>> {
    ctx.store().read(|c| {
        Ok(c.prepare(&format!(
            "{TAG_SELECT} ORDER BY t.name COLLATE NOCASE, t.id"
        ))?
        .query_map([], tag_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateTagAdd {
    pub candidate_id: String,
    /// The tag's name; a new tag is made when no tag has it.
    pub tag: String,
    #[serde(default)]
    pub color: Option<String>,
}

/// Tag a candidate (a no-op when already tagged); returns the candidate's tags.
pub fn candidate_tag_add(ctx: &Context, req: CandidateTagAdd) -> Result<Vec<Tag>> {
    let name = required_text("tag", &req.tag)?;
    if name.chars().count() > 50 {
        return Err(Error::invalid_value(
            "tag",
            "tag must be at most 50 characters",
        ));
    }
    let color = check_color(req.color.as_deref())?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "candidates", "candidate", "candidate_id", &req.candidate_id)?;
        let tag = tag_by_name(tx, &name, color.as_deref())?;
        let already: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM candidate_tags WHERE candidate_id = ?1 AND tag_id = ?2 LIMIT 1",
                params![req.candidate_id, tag],
                |r| r.get(0),
            )
            .optional()?;
        if already.is_none() {
            let now = now_utc();
            let user = local_user_id(tx)?;
            tx.execute(
                "INSERT INTO candidate_tags (id, tag_id, candidate_id, assigned_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![new_id(), tag, req.candidate_id, user, now],
            )?;
        }
        tags_of(tx, &req.candidate_id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CandidateTagRemove {
    pub candidate_id: String,
    pub tag_id: String,
}

pub fn candidate_tag_remove(ctx: &Context, req: CandidateTagRemove) -> Result<Vec<Tag>> {
    ctx.store().write(|tx| {
        ensure_exists(
            tx,
            "candidates",
            "candidate",
            "candidate_id",
            &req.candidate_id,
        )?;
        ensure_exists(tx, "tags", "tag", "tag_id", &req.tag_id)?;
        tx.execute(
            "DELETE FROM candidate_tags WHERE candidate_id = ?1 AND tag_id = ?2",
            params![req.candidate_id, req.tag_id],
        )?;
        tags_of(tx, &req.candidate_id)
    })
}

/// Delete a tag everywhere.
pub fn tag_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "tags", "tag", &req.id)?;
        tx.execute("DELETE FROM tags WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct SavedSearch {
    pub id: String,
    pub name: String,
    /// The `candidate_list` request to run (without paging).
    #[ts(type = "import(\"./bindings\").CandidateList")]
    pub query: serde_json::Value,
    pub last_run_at: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SavedSearchSave {
    pub name: String,
    /// A `candidate_list` request; paging (`limit`, `offset`) is dropped.
    #[ts(type = "Record<string, unknown>")]
    pub query: serde_json::Value,
}

fn saved_searches(conn: &Connection, user: &str) -> Result<Vec<SavedSearch>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, query, last_run_at, created_at FROM saved_searches
             WHERE user_id = ?1 AND scope = 'candidates' ORDER BY name COLLATE NOCASE, id",
        )?
        .query_map([user], |r| {
            Ok(SavedSearch {
                id: r.get(0)?,
                name: r.get(1)?,
                query: serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or_default(),
                last_run_at: r.get(3)?,
                created_at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Save a candidate search under a name (a search of the same name is replaced).
pub fn saved_search_save(ctx: &Context, req: SavedSearchSave) -> Result<Vec<SavedSearch>> {
    let name = required_text("name", &req.name)?;
    let mut query = match req.query {
        serde_json::Value::Object(m) => m,
        _ => {
            return Err(Error::invalid_value(
                "query",
                "query must be a candidate_list request object",
            ))
        }
    };
    query.remove("limit");
    query.remove("offset");
    let query = serde_json::Value::Object(query);
    crate::api::decode::<CandidateList>(query.clone()).map_err(|e| {
        let field = e
            .field
            .clone()
            .map(|f| format!("query.{f}"))
            .unwrap_or_else(|| "query".into());
        Error::invalid_value(field, format!("not a candidate search: {}", e.message))
    })?;
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        let now = now_utc();
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM saved_searches WHERE user_id = ?1 AND scope = 'candidates' AND lower(name) = lower(?2) LIMIT 1",
                params![user, name],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            Some(id) => tx.execute(
                "UPDATE saved_searches SET name = ?2, query = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, name, query.to_string(), now],
            )?,
            None => tx.execute(
                "INSERT INTO saved_searches (id, user_id, name, scope, query, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'candidates', ?4, ?5, ?5)",
                params![new_id(), user, name, query.to_string(), now],
            )?,
        };
        saved_searches(tx, &user)
    })
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SavedSearchList {}

pub fn saved_search_list(ctx: &Context, _req: SavedSearchList) -> Result<Vec<SavedSearch>> {
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        saved_searches(tx, &user)
    })
}

/// Mark a saved search as run now (the UI calls it when reopening one).
pub fn saved_search_touch(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "saved_searches", "saved search", &req.id)?;
        tx.execute(
            "UPDATE saved_searches SET last_run_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![req.id, now_utc()],
        )?;
        Ok(Done { ok: true })
    })
}

pub fn saved_search_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "saved_searches", "saved search", &req.id)?;
        tx.execute("DELETE FROM saved_searches WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!("tag_list", "Every tag with its candidate count", tag_list),
        command!(
            "tag_delete",
            "Delete a tag from every candidate",
            tag_delete
        ),
        command!(
            "candidate_tag_add",
            "Tag a candidate (by tag name; new names make new tags)",
            candidate_tag_add
        ),
        command!(
            "candidate_tag_remove",
            "Remove a tag from a candidate",
            candidate_tag_remove
        ),
        command!(
            "saved_search_save",
            "Save a candidate search (filters and sort) under a name",
            saved_search_save
        ),
        command!(
            "saved_search_list",
            "Saved candidate searches",
            saved_search_list
        ),
        command!(
            "saved_search_touch",
            "Record that a saved search was reopened",
            saved_search_touch
        ),
        command!(
            "saved_search_delete",
            "Delete a saved search",
            saved_search_delete
        ),
    ]
}
