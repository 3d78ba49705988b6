//! Calendar files (RFC 5545 iCalendar) for interviews: one `.ics` per
//! interview and one file with every upcoming interview, that calendar apps
//! import. Times are written in UTC (`...Z`), which every calendar reads
//! without a VTIMEZONE; the zone the interview was arranged in and its local
//! time are in the description. Lines end in CRLF and fold at 75 octets (never
//! inside a UTF-8 character); text values escape `\`, `;`, `,` and newlines.
//! An event's UID is the interview id, so importing again updates it; its
//! SEQUENCE (`interviews.ics_sequence`) grows with every reschedule and the
//! cancellation, so calendars replace the earlier copy. A recruiting
//! interview names its lead interviewer as ORGANIZER and every panelist and
//! the candidate as ATTENDEEs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::interviews::{load_interview, Interview};
use super::support::{optional_text, ById};
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct IcsFile {
    /// A file name to save it under, e.g. `interview-acme-2026-05-01.ics`.
    pub filename: String,
    pub content: String,
    pub events: i64,
}

/// Escape a TEXT value (RFC 5545 3.3.11).
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line at 75 octets (RFC 5545 3.1) and end it with CRLF.
pub fn fold_line(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

fn utc_stamp(t: &DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// What an event says about the job or candidate the interview is for.
struct Subject {
    summary: String,
    about: Option<String>,
}

fn subject(conn: &Connection, i: &Interview) -> Result<Subject> {
    let kind = i.interview_type.as_str().replace('_', " ");
    if let Some(job) = &i.tracked_job_id {
        let row: Option<(String, String)> = conn
            .query_row(
                "SELECT title, company FROM tracked_jobs WHERE id = ?1",
                [job],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((title, company)) = row {
            let summary = i
                .title
                .clone()
                .unwrap_or_else(|| format!("{kind} interview: {title} at {company}"));
            return Ok(Subject {
                summary,
                about: Some(format!("{title} at {company}")),
            });
        }
    }
    if let Some(candidate) = &i.candidate_id {
        let name: Option<String> = conn
            .query_row(
                "SELECT full_name FROM candidates WHERE id = ?1",
                [candidate],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(name) = name {
            let summary = i
                .title
                .clone()
                .unwrap_or_else(|| format!("{kind} interview with {name}"));
            return Ok(Subject {
                summary,
                about: Some(name),
            });
        }
    }
    Ok(Subject {
        summary: i
            .title
            .clone()
            .unwrap_or_else(|| format!("{kind} interview")),
        about: None,
    })
}

fn event(conn: &Connection, i: &Interview, stamp: &DateTime<Utc>, out: &mut String) -> Result<()> {
    let start = DateTime::parse_from_rfc3339(&i.scheduled_at)
        .map_err(|e| Error::database(format!("interview {} has a bad scheduled_at: {e}", i.id)))?
        .with_timezone(&Utc);
    let end = start + Duration::minutes(i.duration_minutes);
    let s = subject(conn, i)?;
    let local = i
        .timezone
        .parse::<chrono_tz::Tz>()
        .map(|tz| {
            start
                .with_timezone(&tz)
                .format("%A %-d %B %Y, %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| start.format("%Y-%m-%d %H:%M UTC").to_string());
    let mut description = format!("{local} ({}), {} minutes.", i.timezone, i.duration_minutes);
    if let Some(about) = &s.about {
        let _ = write!(description, "\nFor: {about}");
    }
    if !i.interviewers.is_empty() {
        let _ = write!(description, "\nInterviewers: {}", i.interviewers.join(", "));
    }
    if let Some(link) = &i.meeting_link {
        let _ = write!(description, "\nJoin: {link}");
    }
    if let Some(notes) = &i.preparation_notes {
        let _ = write!(description, "\nPreparation:\n{notes}");
    }
    let status = match i.status.as_str() {
        "cancelled" => "CANCELLED",
        _ => "CONFIRMED",
    };
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@talentdesk", i.id),
        format!("SEQUENCE:{}", i.ics_sequence),
        format!("DTSTAMP:{}", utc_stamp(stamp)),
        format!("DTSTART:{}", utc_stamp(&start)),
        format!("DTEND:{}", utc_stamp(&end)),
        format!("SUMMARY:{}", escape_text(&s.summary)),
        format!("DESCRIPTION:{}", escape_text(&description)),
        format!("STATUS:{status}"),
    ];
    let room = i.meeting_room.as_ref().map(|r| format!("Room {r}"));
    let place = [room.as_deref(), i.location.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(place) = Some(place)
        .filter(|p| !p.is_empty())
        .or(i.meeting_link.clone())
    {
        lines.push(format!("LOCATION:{}", escape_text(&place)));
    }
    if let Some(link) = &i.meeting_link {
        lines.push(format!("URL:{link}"));
    }
    lines.extend(people(conn, i)?);
    lines.push("BEGIN:VALARM".into());
    lines.push("ACTION:DISPLAY".into());
    lines.push(format!("DESCRIPTION:{}", escape_text(&s.summary)));
    lines.push("TRIGGER:-PT30M".into());
    lines.push("END:VALARM".into());
    lines.push("END:VEVENT".into());
    for l in lines {
        fold_line(&l, out);
    }
    Ok(())
}

/// `ORGANIZER` (the lead interviewer) and one `ATTENDEE` per panelist and for the candidate,
/// for those with an email address.
fn people(conn: &Connection, i: &Interview) -> Result<Vec<String>> {
    let cn = |name: &str| name.replace('"', "'").replace(['\r', '\n'], " ");
    let user = |id: &str| -> Result<Option<(String, String)>> {
        Ok(conn
            .query_row(
                "SELECT full_name, email FROM users WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    };
    let mut lines = Vec::new();
    if let Some((name, email)) = i.interviewer_id.as_deref().map(user).transpose()?.flatten() {
        lines.push(format!(
            "ORGANIZER;CN=\"{}\":mailto:{}",
            cn(&name),
            email.trim()
        ));
    }
    let mut attendees = Vec::new();
    for p in &i.panelist_ids {
        attendees.extend(user(p)?);
    }
    if let Some(c) = &i.candidate_id {
        let row: Option<(String, Option<String>)> = conn
            .query_row(
                "SELECT full_name, email FROM candidates WHERE id = ?1",
                [c],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((name, Some(email))) = row {
            attendees.push((name, email));
        }
    }
    for (name, email) in attendees {
        lines.push(format!(
            "ATTENDEE;CN=\"{}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{}",
            cn(&name),
            email.trim()
        ));
    }
    Ok(lines)
}

/// A whole calendar with these interviews.
pub(crate) fn calendar(
    conn: &Connection,
    interviews: &[Interview],
    stamp: &DateTime<Utc>,
) -> Result<String> {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Talentdesk//Talentdesk interviews//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Talentdesk interviews",
    ] {
        fold_line(l, &mut out);
    }
    for i in interviews {
        event(conn, i, stamp, &mut out)?;
    }
    fold_line("END:VCALENDAR", &mut out);
    Ok(out)
}

fn slug(text: &str) -> String {
    let s: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let parts: Vec<&str> = s.split('-').filter(|p| !p.is_empty()).collect();
    parts.join("-").chars().take(40).collect()
}

fn one(conn: &Connection, id: &str) -> Result<IcsFile> {
    let i = load_interview(conn, id)?;
    let s = subject(conn, &i)?;
    let day = i.scheduled_at.get(..10).unwrap_or("interview").to_string();
    let name = slug(s.about.as_deref().unwrap_or("interview"));
    Ok(IcsFile {
        filename: format!("interview-{name}-{day}.ics"),
        content: calendar(conn, std::slice::from_ref(&i), &Utc::now())?,
        events: 1,
    })
}

fn upcoming(conn: &Connection) -> Result<IcsFile> {
    let now = crate::now_utc();
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM interviews WHERE status = 'scheduled' AND scheduled_at >= ?1 ORDER BY scheduled_at, id")?
        .query_map(params![now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let list = ids
        .iter()
        .map(|id| load_interview(conn, id))
        .collect::<Result<Vec<_>>>()?;
    Ok(IcsFile {
        filename: "talentdesk-upcoming-interviews.ics".into(),
        content: calendar(conn, &list, &Utc::now())?,
        events: list.len() as i64,
    })
}

pub fn interview_ics(ctx: &Context, req: ById) -> Result<IcsFile> {
    ctx.store().read(|c| one(c, &req.id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CalendarRequest {}

pub fn interview_calendar(ctx: &Context, _req: CalendarRequest) -> Result<IcsFile> {
    ctx.store().read(upcoming)
}

/// The folder exports go to by default: `exports/` beside the database file.
pub(crate) fn export_dir(ctx: &Context) -> Result<PathBuf> {
    let db = ctx.store().path().ok_or_else(|| {
        Error::invalid_value(
            "path",
            "this database has no folder; give a path to write to",
        )
    })?;
    Ok(db.parent().unwrap_or(Path::new(".")).join("exports"))
}

/// Write `content` to `path` (or `name` in the export folder) through a
/// temporary file, so a failed write leaves no half file behind.
pub(crate) fn write_export(
    ctx: &Context,
    path: Option<String>,
    name: &str,
    content: &[u8],
) -> Result<String> {
    let target = match optional_text(path) {
        Some(p) => PathBuf::from(p),
        None => export_dir(ctx)?.join(name),
    };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::invalid_value("path", format!("cannot create {}: {e}", dir.display()))
        })?;
    }
    let tmp = target.with_extension("partial");
    std::fs::write(&tmp, content)
        .and_then(|_| std::fs::rename(&tmp, &target))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::invalid_value("path", format!("cannot write {}: {e}", target.display()))
        })?;
    Ok(target.display().to_string())
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CalendarExport {
    /// One interview; without it, every upcoming one.
    #[serde(default)]
    pub interview_id: Option<String>,
    /// Where to write; default: the export folder beside the database.
    #[serde(default)]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct ExportWritten {
    pub path: String,
    pub bytes: i64,
    pub events: i64,
}

pub fn interview_calendar_export(ctx: &Context, req: CalendarExport) -> Result<ExportWritten> {
    let file = ctx.store().read(|c| match &req.interview_id {
        Some(id) => one(c, id).map_err(|e| {
            if e.field.is_none() {
                e.with_field("interview_id")
            } else {
                e
            }
        }),
        None => upcoming(c),
    })?;
    let path = write_export(ctx, req.path, &file.filename, file.content.as_bytes())?;
    Ok(ExportWritten {
        path,
        bytes: file.content.len() as i64,
        events: file.events,
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!("interview_ics", "One interview as an iCalendar (.ics) file's text", interview_ics),
        command!(
            "interview_calendar",
            "Every upcoming interview in one iCalendar (.ics) file's text",
            interview_calendar
        ),
        command!(
            "interview_calendar_export",
            "Write an interview's .ics (or all upcoming ones) to a file; default: the export folder",
            interview_calendar_export
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        fold_line(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
