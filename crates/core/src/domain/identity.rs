//! Identity: companies and the one `users` table every seed's user model maps
//! onto. Passwords are only ever stored as argon2id hashes. The desktop app is
//! used by one person at a time, so `me` resolves (and on first use creates)
//! the local user whose id is kept in `system_settings.local_user_id`.

use argon2::password_hash::{PasswordHasher, SaltString};
use rand::RngCore;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::support::{email, ensure_optional, optional_text, page, required_text, ById, Page};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, new_id, now_utc, string_enum};

string_enum! {
    /// The unified role vocabulary (docs/schema.md maps each seed's spelling).
    pub enum UserRole {
        SuperAdmin = "super_admin", Admin = "admin", Manager = "manager", Recruiter = "recruiter",
        Sales = "sales", Interviewer = "interviewer", Candidate = "candidate",
        JobSeeker = "job_seeker", Associate = "associate",
    }
}

string_enum! {
    pub enum UserStatus { Active = "active", Inactive = "inactive", Suspended = "suspended" }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct User {
    pub id: String,
    pub company_id: Option<String>,
    pub email: String,
    pub full_name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub role: UserRole,
    pub status: UserStatus,
    pub is_verified: bool,
    pub has_password: bool,
    pub created_at: String,
    pub updated_at: String,
}

const USER_COLUMNS: &str =
    "id, company_id, email, full_name, first_name, last_name, role, status, \
     is_verified, password_hash IS NOT NULL, created_at, updated_at";

fn user_from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        company_id: r.get(1)?,
        email: r.get(2)?,
        full_name: r.get(3)?,
        first_name: r.get(4)?,
        last_name: r.get(5)?,
        role: r.get(6)?,
        status: r.get(7)?,
        is_verified: r.get(8)?,
        has_password: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
    })
}

pub fn load_user(conn: &Connection, id: &str) -> Result<User> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1");
    conn.query_row(&sql, [id], user_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("user", id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct UserCreate {
    pub email: String,
    pub full_name: String,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub role: Option<UserRole>,
    #[serde(default)]
    pub company_id: Option<String>,
    /// Plain password; only its argon2id hash is stored.
    #[serde(default)]
    pub password: Option<String>,
}

/// Hash a password with argon2id (default parameters) into a PHC string.
pub fn hash_password(password: &str) -> Result<String> {
    if password.chars().count() < 8 {
        return Err(Error::invalid_value(
            "password",
            "password must be at least 8 characters",
        ));
    }
    let mut salt_bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|_| Error::invalid_value("password", "password could not be hashed"))?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| Error::invalid_value("password", "password could not be hashed"))
}

pub fn user_create(ctx: &Context, req: UserCreate) -> Result<User> {
    let email = email("email", &req.email)?;
    let full_name = required_text("full_name", &req.full_name)?;
    let hash = req.password.as_deref().map(hash_password).transpose()?;
    ctx.store().write(|tx| {
        ensure_optional(tx, "companies", "company", "company_id", req.company_id.as_deref())?;
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO users (id, company_id, email, password_hash, full_name, first_name, last_name, role, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![id, req.company_id, email, hash, full_name, optional_text(req.first_name),
                    optional_text(req.last_name), req.role.unwrap_or(UserRole::JobSeeker), now],
        )?;
        load_user(tx, &id)
    })
}

pub fn user_get(ctx: &Context, req: ById) -> Result<User> {
    ctx.store().read(|c| load_user(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct UserList {
    #[serde(default)]
    pub role: Option<UserRole>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

pub fn user_list(ctx: &Context, req: UserList) -> Result<Page<User>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    ctx.store().read(|c| {
        let total = c.query_row(
            "SELECT count(*) FROM users WHERE (?1 IS NULL OR role = ?1)",
            params![req.role],
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM users WHERE (?1 IS NULL OR role = ?1)
             ORDER BY full_name COLLATE NOCASE, id LIMIT ?2 OFFSET ?3"
        );
        let items = c
            .prepare(&sql)?
            .query_map(params![req.role, limit, offset], user_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { items, total })
    })
}

/// The local user's id, creating the local user on first use.
pub fn local_user_id(conn: &Connection) -> Result<String> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT json_extract(value, '$') FROM system_settings WHERE key = 'local_user_id'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = stored {
        let exists: Option<i64> = conn
            .query_row("SELECT 1 FROM users WHERE id = ?1", [&id], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Ok(id);
        }
    }
    let id = new_id();
    let now = now_utc();
    conn.execute(
        "INSERT INTO users (id, email, full_name, role, created_at, updated_at)
         VALUES (?1, 'me@localhost.localdomain', 'Me', 'job_seeker', ?2, ?2)",
        params![id, now],
    )?;
    conn.execute(
        "INSERT INTO system_settings (key, value, description, created_at, updated_at)
         VALUES ('local_user_id', ?1, 'The person using this device', ?2, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        // Bound as plain JSON text, not through `json_quote`: a value with
        // SQLite's JSON subtype would be captured for sync as a JSON string
        // (unquoted) and fail `json_valid` where it is applied.
        params![serde_json::Value::from(id.clone()).to_string(), now],
    )?;
    Ok(id)
}

pub fn me(ctx: &Context, _req: NoArgs) -> Result<User> {
    ctx.store().write(|tx| {
        let id = local_user_id(tx)?;
        load_user(tx, &id)
    })
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Company {
    pub id: String,
    pub name: String,
    pub domain: Option<String>,
    pub industry: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CompanyCreate {
    pub name: String,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub industry: Option<String>,
}

pub fn company_create(ctx: &Context, req: CompanyCreate) -> Result<Company> {
    let name = required_text("name", &req.name)?;
    ctx.store().write(|tx| {
        let id = new_id();
        let now = now_utc();
        tx.execute(
            "INSERT INTO companies (id, name, domain, industry, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, name, optional_text(req.domain), optional_text(req.industry), now],
        )?;
        load_company(tx, &id)
    })
}

fn load_company(conn: &Connection, id: &str) -> Result<Company> {
    conn.query_row(
        "SELECT id, name, domain, industry, created_at FROM companies WHERE id = ?1",
        [id],
        |r| {
            Ok(Company {
                id: r.get(0)?,
                name: r.get(1)?,
                domain: r.get(2)?,
                industry: r.get(3)?,
                created_at: r.get(4)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("company", id))
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "user_create",
            "Create a user (password stored only as an argon2id hash)",
            user_create
        ),
        command!("user_get", "Get one user by id", user_get),
        command!("user_list", "List users, optionally by role", user_list),
        command!(
            "me",
            "The local user of this device (created on first use)",
            me
        ),
        command!(
            "company_create",
            "Create a company (tenant)",
            company_create
        ),
    ]
}
