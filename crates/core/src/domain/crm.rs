//! CRM: client companies (seed 001 customers + seed 003 clients), their
//! contacts, and sales leads. Leads convert into clients; the link is kept in
//! `clients.created_from_lead_id` so revenue can be traced back to its source.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    currency, ensure_exists, ensure_optional, optional_date, optional_email, optional_text,
    optional_timestamp, ordered_range, page, required_text, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    pub enum ClientStatus { Prospect = "prospect", Active = "active", Inactive = "inactive", Blacklisted = "blacklisted" }
}

string_enum! {
    pub enum LeadStatus {
        New = "new", Contacted = "contacted", Qualified = "qualified", Proposal = "proposal",
        Negotiation = "negotiation", Converted = "converted", Lost = "lost",
    }
}

string_enum! {
    pub enum ServiceType { Permanent = "permanent", Contract = "contract", Rpo = "rpo", ExecutiveSearch = "executive_search" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub industry: Option<String>,
    pub billing_address: Option<String>,
    pub status: ClientStatus,
    pub corporate_identity: serde_json::Value,
    pub contract_start_date: Option<String>,
    pub contract_end_date: Option<String>,
    pub account_manager_id: Option<String>,
    pub created_from_lead_id: Option<String>,
    pub contact_count: i64,
    pub created_at: String,
}

const CLIENT_SELECT: &str = "SELECT c.id, c.name, c.industry, c.billing_address, c.status, c.corporate_identity,
     c.contract_start_date, c.contract_end_date, c.account_manager_id, c.created_from_lead_id,
     (SELECT count(*) FROM client_contacts cc WHERE cc.client_id = c.id), c.created_at FROM clients c";

fn client_from_row(r: &Row<'_>) -> rusqlite::Result<Client> {
    let identity: String = r.get(5)?;
    Ok(Client {
        id: r.get(0)?,
        name: r.get(1)?,
        industry: r.get(2)?,
        billing_address: r.get(3)?,
        status: r.get(4)?,
        corporate_identity: serde_json::from_str(&identity).unwrap_or(serde_json::Value::Null),
        contract_start_date: r.get(6)?,
        contract_end_date: r.get(7)?,
        account_manager_id: r.get(8)?,
        created_from_lead_id: r.get(9)?,
        contact_count: r.get(10)?,
        created_at: r.get(11)?,
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

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ClientCreate {
    pub name: String,
    #[serde(default)]
    pub industry: Option<String>,
    #[serde(default)]
    pub billing_address: Option<String>,
    #[serde(default)]
    pub status: Option<ClientStatus>,
    /// Tax and registration identifiers, e.g. `{"gst": "...", "pan": "..."}`.
    #[serde(default)]
    pub corporate_identity: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default)]
    pub contract_start_date: Option<String>,
    #[serde(default)]
    pub contract_end_date: Option<String>,
    #[serde(default)]
    pub account_manager_id: Option<String>,
    #[serde(default)]
    pub created_from_lead_id: Option<String>,
}

pub fn client_create(ctx: &Context, req: ClientCreate) -> Result<Client> {
    let name = required_text("name", &req.name)?;
    let start = optional_date("contract_start_date", req.contract_start_date)?;
    let end = optional_date("contract_end_date", req.contract_end_date)?;
    ordered_range("contract_end_date", start.as_deref(), end.as_deref())?;
    let identity =
        serde_json::Value::Object(req.corporate_identity.unwrap_or_default()).to_string();
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "account_manager_id", req.account_manager_id.as_deref())?;
        ensure_optional(tx, "leads", "lead", "created_from_lead_id", req.created_from_lead_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO clients (id, name, industry, billing_address, status, corporate_identity, contract_start_date,
                 contract_end_date, account_manager_id, created_from_lead_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                id, name, optional_text(req.industry), optional_text(req.billing_address),
                req.status.unwrap_or(ClientStatus::Active), identity, start, end, req.account_manager_id,
                req.created_from_lead_id, now
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
    let filter = "WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR c.name LIKE ?2)";
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
}

pub fn client_contact_add(ctx: &Context, req: ContactAdd) -> Result<ClientContact> {
    let full_name = required_text("full_name", &req.full_name)?;
    let email = optional_email("email", req.email)?;
    ctx.store().write(|tx| {
        ensure_exists(tx, "clients", "client", "client_id", &req.client_id)?;
        let now = now_utc();
        if req.is_primary {
            tx.execute("UPDATE client_contacts SET is_primary = 0, updated_at = ?2 WHERE client_id = ?1 AND is_primary = 1", params![req.client_id, now])?;
        }
        let contact = ClientContact {
            id: new_id(),
            client_id: req.client_id.clone(),
            full_name,
            title: optional_text(req.title),
            email,
            phone: optional_text(req.phone),
            is_primary: req.is_primary,
        };
        tx.execute(
            "INSERT INTO client_contacts (id, client_id, full_name, title, email, phone, is_primary, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![contact.id, contact.client_id, contact.full_name, contact.title, contact.email, contact.phone, contact.is_primary, now],
        )?;
        Ok(contact)
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
        super::support::ensure_found(c, "clients", "client", &req.client_id)?;
        let contacts = c
            .prepare(
                "SELECT id, client_id, full_name, title, email, phone, is_primary FROM client_contacts
                 WHERE client_id = ?1 ORDER BY is_primary DESC, full_name COLLATE NOCASE, id",
            )?
            .query_map([&req.client_id], |r| {
                Ok(ClientContact {
                    id: r.get(0)?,
                    client_id: r.get(1)?,
                    full_name: r.get(2)?,
                    title: r.get(3)?,
                    email: r.get(4)?,
                    phone: r.get(5)?,
                    is_primary: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(contacts)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Lead {
    pub id: String,
    pub company_name: String,
    pub contact_person: Option<String>,
    pub contact_email: Option<String>,
    pub status: LeadStatus,
    pub service_type: Option<ServiceType>,
    pub estimated_value_minor: Option<i64>,
    pub currency: String,
    pub probability: Option<i64>,
    pub next_follow_up_at: Option<String>,
    pub owner_id: Option<String>,
    pub created_at: String,
}

const LEAD_SELECT: &str = "SELECT id, company_name, contact_person, contact_email, status, service_type, estimated_value_minor,
     currency, probability, next_follow_up_at, owner_id, created_at FROM leads";

fn lead_from_row(r: &Row<'_>) -> rusqlite::Result<Lead> {
    Ok(Lead {
        id: r.get(0)?,
        company_name: r.get(1)?,
        contact_person: r.get(2)?,
        contact_email: r.get(3)?,
        status: r.get(4)?,
        service_type: r.get(5)?,
        estimated_value_minor: r.get(6)?,
        currency: r.get(7)?,
        probability: r.get(8)?,
        next_follow_up_at: r.get(9)?,
        owner_id: r.get(10)?,
        created_at: r.get(11)?,
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct LeadCreate {
    pub company_name: String,
    #[serde(default)]
    pub contact_person: Option<String>,
    #[serde(default)]
    pub contact_email: Option<String>,
    #[serde(default)]
    pub contact_phone: Option<String>,
    #[serde(default)]
    pub status: Option<LeadStatus>,
    #[serde(default)]
    pub service_type: Option<ServiceType>,
    #[serde(default)]
    pub estimated_value_minor: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub probability: Option<i64>,
    #[serde(default)]
    pub next_follow_up_at: Option<String>,
    #[serde(default)]
    pub owner_id: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

pub fn lead_create(ctx: &Context, req: LeadCreate) -> Result<Lead> {
    let company = required_text("company_name", &req.company_name)?;
    let email = optional_email("contact_email", req.contact_email)?;
    let currency = currency("currency", req.currency.as_deref().unwrap_or("USD"))?;
    let follow_up = optional_timestamp("next_follow_up_at", req.next_follow_up_at)?;
    if matches!(req.probability, Some(p) if !(0..=100).contains(&p)) {
        return Err(Error::invalid_value(
            "probability",
            "probability must be between 0 and 100",
        ));
    }
    if matches!(req.estimated_value_minor, Some(v) if v < 0) {
        return Err(Error::invalid_value(
            "estimated_value_minor",
            "estimated_value_minor must not be negative",
        ));
    }
    ctx.store().write(|tx| {
        ensure_optional(tx, "users", "user", "owner_id", req.owner_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO leads (id, owner_id, company_name, contact_person, contact_email, contact_phone, status, service_type,
                 estimated_value_minor, currency, probability, next_follow_up_at, source, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
            params![
                id, req.owner_id, company, optional_text(req.contact_person), email, optional_text(req.contact_phone),
                req.status.unwrap_or(LeadStatus::New), req.service_type, req.estimated_value_minor, currency,
                req.probability, follow_up, optional_text(req.source), now
            ],
        )?;
        tx.query_row(&format!("{LEAD_SELECT} WHERE id = ?1"), [&id], lead_from_row).map_err(Into::into)
    })
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct LeadList {
    #[serde(default)]
    pub status: Option<LeadStatus>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn lead_list(ctx: &Context, req: LeadList) -> Result<Page<Lead>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    ctx.store().read(|c| {
        let total = c.query_row("SELECT count(*) FROM leads WHERE (?1 IS NULL OR status = ?1)", params![req.status], |r| r.get(0))?;
        let items = c
            .prepare(&format!(
                "{LEAD_SELECT} WHERE (?1 IS NULL OR status = ?1)
                 ORDER BY next_follow_up_at IS NULL, next_follow_up_at, company_name COLLATE NOCASE LIMIT ?2 OFFSET ?3"
            ))?
            .query_map(params![req.status, limit, offset], lead_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "client_create",
            "Create a client company (optionally converting a lead)",
            client_create
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
            "client_contact_list",
            "A client's contacts, primary first",
            client_contact_list
        ),
        command!("lead_create", "Create a sales lead", lead_create),
        command!(
            "lead_list",
            "List sales leads, soonest follow-up first",
            lead_list
        ),
    ]
}
