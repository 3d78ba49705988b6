//! CRM: client companies (seed 001 customers + seed 003 clients) with billing
//! details, contract dates, account manager and corporate identity (website,
//! logo, brand colours, tax ids), and their contacts. Create and update take
//! the same [`ClientFields`], so the one form edits what it created.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    email, ensure_exists, ensure_found, ensure_optional, optional_date, optional_email,
    optional_text, ordered_range, page, required_text, ById, Done, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum ClientStatus { Prospect = "prospect", Active = "active", Inactive = "inactive", Blacklisted = "blacklisted" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub billing_address: Option<String>,
    pub billing_email: Option<String>,
    pub payment_terms_days: Option<i64>,
    pub status: ClientStatus,
    /// Logo, brand colours and tax/registration ids:
    /// `{"logo_url": "...", "primary_color": "#112233", "gst": "..."}`.
    #[ts(type = "Record<string, unknown>")]
    pub corporate_identity: serde_json::Value,
    pub contract_start_date: Option<String>,
    pub contract_end_date: Option<String>,
    pub account_manager_id: Option<String>,
    pub account_manager_name: Option<String>,
    pub created_from_lead_id: Option<String>,
    pub notes: Option<String>,
    pub contact_count: i64,
    pub requisition_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

const CLIENT_SELECT: &str = "SELECT c.id, c.name, c.industry, c.website, c.billing_address, c.billing_email,
     c.payment_terms_days, c.status, c.corporate_identity, c.contract_start_date, c.contract_end_date,
     c.account_manager_id, u.full_name, c.created_from_lead_id, c.notes,
     (SELECT count(*) FROM client_contacts cc WHERE cc.client_id = c.id),
     (SELECT count(*) FROM requisitions r WHERE r.client_id = c.id), c.created_at, c.updated_at
     FROM clients c LEFT JOIN users u ON u.id = c.account_manager_id";

fn client_from_row(r: &Row<'_>) -> rusqlite::Result<Client> {
    let identity: String = r.get(8)?;
    Ok(Client {
        id: r.get(0)?,
        name: r.get(1)?,
        industry: r.get(2)?,
        website: r.get(3)?,
        billing_address: r.get(4)?,
        billing_email: r.get(5)?,
        payment_terms_days: r.get(6)?,
        status: r.get(7)?,
        corporate_identity: serde_json::from_str(&identity).unwrap_or(serde_json::Value::Null),
        contract_start_date: r.get(9)?,
        contract_end_date: r.get(10)?,
        account_manager_id: r.get(11)?,
        account_manager_name: r.get(12)?,
        created_from_lead_id: r.get(13)?,
        notes: r.get(14)?,
        contact_count: r.get(15)?,
        requisition_count: r.get(16)?,
        created_at: r.get(17)?,
        updated_at: r.get(18)?,
    })
}

fn load_client(conn: &Connection, id: &str) -> Result<Client> {
    conn.query_row(
        &format!("{CLIENT_SELECT} WHERE c.id = ?1"),
        [id],
        client_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("client", id))
}

/// Every editable field of a client: the request of `client_create` and the
/// `fields` of `client_update` (which replaces them all).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ClientFields {
    pub name: String,
    #[serde(default)]
    pub industry: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub billing_address: Option<String>,
    #[serde(default)]
    pub billing_email: Option<String>,
    #[serde(default)]
    pub payment_terms_days: Option<i64>,
    #[serde(default)]
    pub status: Option<ClientStatus>,
    /// Logo (`logo_url`), brand colours (`primary_color`, `secondary_color` as
    /// `#rrggbb`) and tax/registration ids, e.g. `{"gst": "...", "pan": "..."}`.
    #[serde(default)]
    #[ts(type = "Record<string, unknown>", optional)]
    pub corporate_identity: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default)]
    pub contract_start_date: Option<String>,
    #[serde(default)]
    pub contract_end_date: Option<String>,
    #[serde(default)]
    pub account_manager_id: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Only on create: the lead this client comes from (marked converted).
    #[serde(default)]
    pub created_from_lead_id: Option<String>,
}

fn web_url(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if host.split('/').next().is_some_and(|h| h.contains('.'))
                && !v.contains(char::is_whitespace) =>
        {
            Ok(v.to_string())
        }
        _ => Err(Error::invalid_value(
            field,
            format!("{field} must be a web address like https://example.com"),
        )),
    }
}

fn hex_color(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(v.to_ascii_lowercase())
    } else {
        Err(Error::invalid_value(
            field,
            format!("{field} must be a colour like #1f6feb"),
        ))
    }
}

struct CheckedClient {
    name: String,
    website: Option<String>,
    billing_email: Option<String>,
    start: Option<String>,
    end: Option<String>,
    identity: String,
}

fn check(f: &ClientFields) -> Result<CheckedClient> {
    let name = required_text("name", &f.name)?;
    let website = optional_text(f.website.clone())
        .map(|w| web_url("website", &w))
        .transpose()?;
    let billing_email = optional_email("billing_email", f.billing_email.clone())?;
    if matches!(f.payment_terms_days, Some(d) if !(0..=365).contains(&d)) {
        return Err(Error::invalid_value(
            "payment_terms_days",
            "payment_terms_days must be between 0 and 365",
        ));
    }
    let start = optional_date("contract_start_date", f.contract_start_date.clone())?;
    let end = optional_date("contract_end_date", f.contract_end_date.clone())?;
    ordered_range("contract_end_date", start.as_deref(), end.as_deref())?;
    let mut identity = f.corporate_identity.clone().unwrap_or_default();
    identity.retain(|_, v| !(v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty())));
    for (key, value) in identity.iter_mut() {
        let field = format!("corporate_identity.{key}");
        let text = value.as_str().map(str::to_string);
        match key.as_str() {
            "logo_url" => {
                let t = text
                    .ok_or_else(|| Error::invalid_value(&field, format!("{field} must be text")))?;
                let ok = t.starts_with("data:image/") || web_url(&field, &t).is_ok();
                if !ok {
                    return Err(Error::invalid_value(
                        &field,
                        format!("{field} must be a web address or a data:image URL"),
                    ));
                }
            }
            "primary_color" | "secondary_color" => {
                let t = text
                    .ok_or_else(|| Error::invalid_value(&field, format!("{field} must be text")))?;
                *value = hex_color(&field, &t)?.into();
            }
            _ => {}
        }
    }
    Ok(CheckedClient {
        name,
        website,
        billing_email,
        start,
        end,
        identity: serde_json::Value::Object(identity).to_string(),
    })
}

pub fn client_create(ctx: &Context, req: ClientFields) -> Result<Client> {
    let c = check(&req)?;
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "account_manager_id", req.account_manager_id.as_deref())?;
        ensure_optional(tx, "leads", "lead", "created_from_lead_id", req.created_from_lead_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO clients (id, name, industry, website, billing_address, billing_email, payment_terms_days, status,
                 corporate_identity, contract_start_date, contract_end_date, account_manager_id, created_from_lead_id,
                 notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
            params![
                id, c.name, optional_text(req.industry.clone()), c.website, optional_text(req.billing_address.clone()),
                c.billing_email, req.payment_terms_days, req.status.unwrap_or(ClientStatus::Active), c.identity,
                c.start, c.end, req.account_manager_id, req.created_from_lead_id, optional_text(req.notes.clone()), now
            ],
        )?;
        if let Some(lead) = &req.created_from_lead_id {
            tx.execute("UPDATE leads SET status = 'converted', updated_at = ?2 WHERE id = ?1", params![lead, now])?;
        }
        load_client(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ClientUpdate {
    pub id: String,
    /// Replaces every editable field (absent optional fields are cleared).
    pub fields: ClientFields,
}

fn in_fields(mut e: Error) -> Error {
    if let Some(f) = e.field.take() {
        if e.message.starts_with(&format!("{f}:")) {
            e.message = format!("fields.{}", e.message);
        }
        e.field = Some(format!("fields.{f}"));
    }
    e
}

pub fn client_update(ctx: &Context, req: ClientUpdate) -> Result<Client> {
    let f = &req.fields;
    let c = check(f).map_err(in_fields)?;
    if f.created_from_lead_id.is_some() {
        return Err(in_fields(Error::invalid_value(
            "created_from_lead_id",
            "created_from_lead_id is set only when a lead converts",
        )));
    }
    ctx.store().write(|tx| {
        ensure_found(tx, "clients", "client", &req.id)?;
        ensure_optional(tx, "users", "user", "account_manager_id", f.account_manager_id.as_deref()).map_err(in_fields)?;
        tx.execute(
            "UPDATE clients SET name = ?2, industry = ?3, website = ?4, billing_address = ?5, billing_email = ?6,
                 payment_terms_days = ?7, status = COALESCE(?8, status), corporate_identity = ?9,
                 contract_start_date = ?10, contract_end_date = ?11, account_manager_id = ?12, notes = ?13,
                 updated_at = ?14
             WHERE id = ?1",
            params![
                req.id, c.name, optional_text(f.industry.clone()), c.website, optional_text(f.billing_address.clone()),
                c.billing_email, f.payment_terms_days, f.status, c.identity, c.start, c.end, f.account_manager_id,
                optional_text(f.notes.clone()), now_utc()
            ],
        )?;
        load_client(tx, &req.id)
    })
}

pub fn client_get(ctx: &Context, req: ById) -> Result<Client> {
    ctx.store().read(|c| load_client(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ClientList {
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub status: Option<ClientStatus>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn client_list(ctx: &Context, req: ClientList) -> Result<Page<Client>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let pattern = optional_text(req.query).map(|q| format!("%{q}%"));
    let filter = "WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR c.name LIKE ?2 OR c.industry LIKE ?2)";
    ctx.store().read(|conn| {
        let total = conn.query_row(
            &format!("SELECT count(*) FROM clients c {filter}"),
            params![req.status, pattern],
            |r| r.get(0),
        )?;
        let items = conn
            .prepare(&format!(
                "{CLIENT_SELECT} {filter} ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?3 OFFSET ?4"
            ))?
            .query_map(params![req.status, pattern, limit, offset], client_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ClientContact {
    pub id: String,
    pub client_id: String,
    pub full_name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub is_primary: bool,
    pub notes: Option<String>,
}

const CONTACT_SELECT: &str =
    "SELECT id, client_id, full_name, title, email, phone, is_primary, notes FROM client_contacts";

fn contact_from_row(r: &Row<'_>) -> rusqlite::Result<ClientContact> {
    Ok(ClientContact {
        id: r.get(0)?,
        client_id: r.get(1)?,
        full_name: r.get(2)?,
        title: r.get(3)?,
        email: r.get(4)?,
        phone: r.get(5)?,
        is_primary: r.get(6)?,
        notes: r.get(7)?,
    })
}

fn load_contact(conn: &Connection, id: &str) -> Result<ClientContact> {
    conn.query_row(
        &format!("{CONTACT_SELECT} WHERE id = ?1"),
        [id],
        contact_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("contact", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ContactAdd {
    pub client_id: String,
    pub full_name: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_primary: bool,
    #[serde(default)]
    pub notes: Option<String>,
}

fn clear_primary(tx: &Connection, client_id: &str, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE client_contacts SET is_primary = 0, updated_at = ?2 WHERE client_id = ?1 AND is_primary = 1",
        params![client_id, now],
    )?;
    Ok(())
}

pub fn client_contact_add(ctx: &Context, req: ContactAdd) -> Result<ClientContact> {
    let full_name = required_text("full_name", &req.full_name)?;
    let email = optional_email("email", req.email)?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "clients", "client", "client_id", &req.client_id)?;
        let now = now_utc();
        if req.is_primary {
            clear_primary(tx, &req.client_id, &now)?;
        }
        let id = new_id();
        tx.execute(
            "INSERT INTO client_contacts (id, client_id, full_name, title, email, phone, is_primary, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![
                id, req.client_id, full_name, optional_text(req.title), email, optional_text(req.phone), req.is_primary,
                optional_text(req.notes), now
            ],
        )?;
        load_contact(tx, &id)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ContactUpdate {
    pub id: String,
    /// Replaces every field (absent optional fields are cleared).
    pub full_name: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub is_primary: bool,
    #[serde(default)]
    pub notes: Option<String>,
}

pub fn client_contact_update(ctx: &Context, req: ContactUpdate) -> Result<ClientContact> {
    let full_name = required_text("full_name", &req.full_name)?;
    let email = optional_text(req.email)
        .map(|e| email("email", &e))
        .transpose()?;
    ctx.store().write(|tx| {
        let before = load_contact(tx, &req.id)?;
        let now = now_utc();
        if req.is_primary && !before.is_primary {
            clear_primary(tx, &before.client_id, &now)?;
        }
        tx.execute(
            "UPDATE client_contacts SET full_name = ?2, title = ?3, email = ?4, phone = ?5, is_primary = ?6, notes = ?7,
                 updated_at = ?8 WHERE id = ?1",
            params![
                req.id, full_name, optional_text(req.title), email, optional_text(req.phone), req.is_primary,
                optional_text(req.notes), now
            ],
        )?;
        load_contact(tx, &req.id)
    })
}

pub fn client_contact_delete(ctx: &Context, req: ById) -> Result<Done> {
    ctx.store().write(|tx| {
        ensure_found(tx, "client_contacts", "contact", &req.id)?;
        tx.execute("DELETE FROM client_contacts WHERE id = ?1", [&req.id])?;
        Ok(Done { ok: true })
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ContactList {
    pub client_id: String,
}

/// A client's contacts, primary first.
pub fn client_contact_list(ctx: &Context, req: ContactList) -> Result<Vec<ClientContact>> {
    ctx.store().read(|c| {
        ensure_found(c, "clients", "client", &req.client_id)?;
        Ok(c.prepare(&format!(
            "{CONTACT_SELECT} WHERE client_id = ?1 ORDER BY is_primary DESC, full_name COLLATE NOCASE, id"
        ))?
        .query_map([&req.client_id], contact_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "client_create",
            "Create a client company (optionally converting a lead)",
            client_create
        ),
        command!("client_get", "Get one client with its counts", client_get),
        command!(
            "client_update",
            "Replace every editable field of a client",
            client_update
        ),
        command!(
            "client_list",
            "List client companies, by status or name",
            client_list
        ),
        command!(
            "client_contact_add",
            "Add a contact person to a client",
            client_contact_add
        ),
        command!(
            "client_contact_update",
            "Change a client contact (replaces every field)",
            client_contact_update
        ),
        command!(
            "client_contact_delete",
            "Remove a client contact",
            client_contact_delete
        ),
        command!(
            "client_contact_list",
            "A client's contacts, primary first",
            client_contact_list
        ),
    ]
}
