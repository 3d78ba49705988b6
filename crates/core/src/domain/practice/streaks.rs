//! Daily login and quiz streaks (seed 004's `users` columns): a streak counts
//! consecutive calendar days (UTC) with at least one login (or one finished
//! quiz). Another check-in the same day changes nothing; the next day adds
//! one; a missed day starts again at 1. The best run is kept in `max_*`.
//! A streak whose last day is before yesterday reads as 0 (it is broken),
//! though the stored count is only reset by the next check-in.

use chrono::{Duration, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::domain::identity::local_user_id;
use crate::error::Result;
use crate::{command, now_utc};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Streak {
    /// Consecutive days up to today or yesterday (0 when broken).
    pub current: i64,
    pub best: i64,
    /// Last day counted, `YYYY-MM-DD`.
    pub last_date: Option<String>,
    /// Whether today already counts.
    pub done_today: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Streaks {
    pub login: Streak,
    pub quiz: Streak,
}

#[derive(Clone, Copy)]
enum Kind {
    Login,
    Quiz,
}

impl Kind {
    fn columns(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Kind::Login => ("login_streak", "max_login_streak", "last_login_date"),
            Kind::Quiz => ("quiz_streak", "max_quiz_streak", "last_quiz_date"),
        }
    }
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

fn read(conn: &Connection, user: &str, kind: Kind, today: NaiveDate) -> Result<Streak> {
    let (count, max, last) = kind.columns();
    let row: Option<(i64, i64, Option<String>)> = conn
        .query_row(
            &format!("SELECT {count}, {max}, {last} FROM users WHERE id = ?1"),
            [user],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (stored, best, last_date) = row.unwrap_or((0, 0, None));
    let last_day = last_date.as_deref().and_then(day);
    let alive = matches!(last_day, Some(d) if d >= today - Duration::days(1));
    Ok(Streak {
        current: if alive { stored } else { 0 },
        best,
        last_date: last_day.map(|d| d.format("%Y-%m-%d").to_string()),
        done_today: last_day == Some(today),
    })
}

/// Count `today` for a streak (idempotent within a day).
fn touch(conn: &Connection, user: &str, kind: Kind, today: NaiveDate) -> Result<Streak> {
    let now = read(conn, user, kind, today)?;
    if now.done_today {
        return Ok(now);
    }
    let next = now.current + 1;
    let (count, max, last) = kind.columns();
    conn.execute(
        &format!(
            "UPDATE users SET {count} = ?2, {max} = max({max}, ?2), {last} = ?3, updated_at = ?4 WHERE id = ?1"
        ),
        params![user, next, today.format("%Y-%m-%d").to_string(), now_utc()],
    )?;
    read(conn, user, kind, today)
}

/// The local user's streaks as of `today`, without creating the user.
pub(crate) fn streaks_of(conn: &Connection, today: NaiveDate) -> Result<Streaks> {
    let user: Option<String> = conn
        .query_row(
            "SELECT json_extract(value, '$') FROM system_settings WHERE key = 'local_user_id'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let user = user.unwrap_or_default();
    Ok(Streaks {
        login: read(conn, &user, Kind::Login, today)?,
        quiz: read(conn, &user, Kind::Quiz, today)?,
    })
}

/// Count a finished quiz today (inside the quiz's transaction).
pub(crate) fn record_quiz(conn: &Connection, today: NaiveDate) -> Result<Streak> {
    let user = local_user_id(conn)?;
    touch(conn, &user, Kind::Quiz, today)
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct StreakCheckIn {
    /// The day to count, `YYYY-MM-DD` (default: today, UTC). For imports and tests.
    #[serde(default)]
    pub day: Option<String>,
}

fn day_or_today(day_text: Option<String>) -> Result<NaiveDate> {
    match crate::domain::support::optional_date("day", day_text)? {
        Some(d) => Ok(day(&d).unwrap_or_else(|| Utc::now().date_naive())),
        None => Ok(Utc::now().date_naive()),
    }
}

/// The app calls this when the person opens it: counts today's login.
pub fn streak_check_in(ctx: &Context, req: StreakCheckIn) -> Result<Streaks> {
    let today = day_or_today(req.day)?;
    ctx.store().write(|tx| {
        let user = local_user_id(tx)?;
        touch(tx, &user, Kind::Login, today)?;
        tx.execute(
            "UPDATE users SET last_login_at = ?2 WHERE id = ?1",
            params![user, now_utc()],
        )?;
        streaks_of(tx, today)
    })
}

pub fn streak_get(ctx: &Context, _req: NoArgs) -> Result<Streaks> {
    let today = Utc::now().date_naive();
    ctx.store().read(|c| streaks_of(c, today))
}

/// For quiz submissions that name their day (tests, imports).
pub(crate) fn parse_day(day_text: Option<String>) -> Result<NaiveDate> {
    day_or_today(day_text)
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "streak_check_in",
            "Count today's login toward the daily login streak",
            streak_check_in
        ),
        command!(
            "streak_get",
            "The daily login and quiz streaks (current and best)",
            streak_get
        ),
    ]
}
