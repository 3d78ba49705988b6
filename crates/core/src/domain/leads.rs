//! Sales leads: companies that may become clients. A lead converts into a
//! client (`client_create` with `created_from_lead_id`), which marks it
//! converted, so revenue can be traced back to its source.

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{
    currency, ensure_optional, optional_email, optional_text, optional_timestamp, page,
    required_text, Page,
};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

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
        command!("lead_create", "Create a sales lead", lead_create),
        command!(
            "lead_list",
            "List sales leads, soonest follow-up first",
            lead_list
        ),
    ]
}
