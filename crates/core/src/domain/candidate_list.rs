//! The candidate table's query: one page of candidates, sorted on any column and filtered on
//! any combination of columns, tags and full-text search.
//!
//! WHY it builds its SQL: a fixed statement with `(?1 IS NULL OR status = ?1)` for every
//! filter keeps SQLite from using an index for any of them, and `ORDER BY x NULLS LAST` cannot
//! walk the `(x, id)` index, so every page sorted all 100,000 candidates (p99 of several hundred
//! ms in `cargo xtask bench`). Here only the filters given become clauses (still bound
//! parameters; the column names come from enums, never from input), ties break by `id` in the
//! sort's direction so one backward or forward index walk serves a page, and "blanks last" for
//! an ascending sort on a nullable column is two index walks (the values, then the blanks by
//! id) instead of a sort.

use rusqlite::{Connection, ToSql};
use serde::Deserialize;
use ts_rs::TS;

use super::candidates::{
    candidate_from_row, Candidate, CandidateStatus, ExperienceLevel, CANDIDATE_COLUMNS,
};
use super::support::{optional_date, optional_text, ordered_range, page, Page};
use crate::api::Context;
use crate::error::Result;
use crate::string_enum;

string_enum! {
    /// Columns a candidate list may sort on.
    pub enum CandidateSort {
        FullName = "full_name", Email = "email", Location = "location", CurrentRole = "current_role",
        Status = "status", ExperienceYears = "total_experience_years", CreatedAt = "created_at", UpdatedAt = "updated_at",
    }
}

string_enum! {
    pub enum SortDirection { Asc = "asc", Desc = "desc" }
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateList {
    /// Full-text search over name, email, skills, titles, companies and
    /// resume text (see `candidate_search`); results keep the list's sort.
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    #[serde(default)]
    pub sort: Option<CandidateSort>,
    #[serde(default)]
    pub direction: Option<SortDirection>,
    /// Per-column filters (text ones match a case-insensitive substring).
    #[serde(default)]
    pub full_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub experience_level: Option<ExperienceLevel>,
    #[serde(default)]
    pub min_experience_years: Option<f64>,
    #[serde(default)]
    pub max_experience_years: Option<f64>,
    /// Created on or after this date (`YYYY-MM-DD`).
    #[serde(default)]
    pub created_from: Option<String>,
    /// Created on or before this date (`YYYY-MM-DD`).
    #[serde(default)]
    pub created_to: Option<String>,
    /// Only candidates carrying this tag.
    #[serde(default)]
    pub tag_id: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

/// `%text%` for LIKE with `\` escaping.
fn like(text: Option<String>) -> Option<String> {
    optional_text(text).map(|q| {
        format!(
            "%{}%",
            q.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        )
    })
}

impl CandidateSort {
    /// Whether the column may be blank (those sort blanks last in both directions).
    fn nullable(self) -> bool {
        matches!(
            self,
            CandidateSort::Email
                | CandidateSort::Location
                | CandidateSort::CurrentRole
                | CandidateSort::ExperienceYears
        )
    }
}

/// The WHERE clause being built: clauses joined by AND, each `?` numbered in turn. A clause
/// may read differently for the page and for the count (see [`Filter::add_for_page`]).
#[derive(Default)]
struct Filter {
    clauses: Vec<(String, String)>,
    params: Vec<Box<dyn ToSql>>,
}

impl Filter {
    /// Adds `clause` (with one `?`) when `value` is present.
    fn add<T: ToSql + 'static>(&mut self, clause: &str, value: Option<T>) {
        self.add_for_page(clause, clause, value);
    }

    /// Adds a clause that the page's query writes as `page` (a `+` keeping the planner on the
    /// sort index) and the count as `count` (which has no order, so an index is the cheap way
    /// in: counting a common status through its covering index instead of reading every
    /// candidate took a dense search with a status from 52 ms to 26 ms at 100k rows).
    fn add_for_page<T: ToSql + 'static>(&mut self, page: &str, count: &str, value: Option<T>) {
        if let Some(value) = value {
            self.params.push(Box::new(value));
            let n = format!("?{}", self.params.len());
            self.clauses
                .push((page.replacen('?', &n, 1), count.replacen('?', &n, 1)));
        }
    }

    /// The page's (or with `count`, the count's) clauses and `extra`, joined by AND.
    fn sql(&self, extra: Option<&str>, count: bool) -> String {
        let mut all: Vec<&str> = self
            .clauses
            .iter()
            .map(|(page, for_count)| if count { for_count } else { page }.as_str())
            .collect();
        all.extend(extra);
        if all.is_empty() {
            "1".to_string()
        } else {
            all.join(" AND ")
        }
    }

    fn count(&self, c: &Connection, extra: Option<&str>) -> Result<i64> {
        let sql = format!(
            "SELECT count(*) FROM candidates WHERE {}",
            self.sql(extra, true)
        );
        let params: Vec<&dyn ToSql> = self.params.iter().map(|p| p.as_ref()).collect();
        Ok(c.query_row(&sql, params.as_slice(), |r| r.get(0))?)
    }

    fn rows(
        &self,
        c: &Connection,
        extra: Option<&str>,
        order: &str,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Candidate>> {
        let n = self.params.len();
        let sql = format!(
            "SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE {} ORDER BY {order} LIMIT ?{} OFFSET ?{}",
            self.sql(extra, false),
            n + 1,
            n + 2
        );
        let mut params: Vec<&dyn ToSql> = self.params.iter().map(|p| p.as_ref()).collect();
        params.push(&limit);
        params.push(&offset);
        let rows = c
            .prepare_cached(&sql)?
            .query_map(params.as_slice(), candidate_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// Above this many full-text matches a page walks the sort index instead of sorting the matches.
const DENSE_MATCHES: i64 = 2_000;

pub fn candidate_list(ctx: &Context, req: CandidateList) -> Result<Page<Candidate>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    ordered_range(
        "max_experience_years",
        req.min_experience_years,
        req.max_experience_years,
    )?;
    let created_from = optional_date("created_from", req.created_from.clone())?;
    let created_to =
        optional_date("created_to", req.created_to.clone())?.map(|d| format!("{d}T23:59:59.999Z"));
    ordered_range("created_to", created_from.as_deref(), created_to.as_deref())?;
    let sort = req.sort.unwrap_or(CandidateSort::FullName);
    let descending = matches!(req.direction, Some(SortDirection::Desc));
    let column = sort.as_str();
    let tag = req.tag_id.clone();

    let mut f = Filter::default();
    // `+status` keeps the planner off the status index unless the page is sorted by status:
    // walking the sort column's index and skipping other statuses stops after one page, while
    // reading every candidate of a common status and sorting them does not.
    let status_clause = if sort == CandidateSort::Status {
        "status = ?"
    } else {
        "+status = ?"
    };
    f.add_for_page(status_clause, "status = ?", req.status);
    // The search box goes through the full-text index (migration V11); text without a
    // searchable word filters nothing rather than failing. Added below, once the number of
    // matches is known.
    let fts = req.query.as_deref().and_then(super::search::fts_query);
    for (col, value) in [
        ("full_name", req.full_name),
        ("email", req.email),
        ("current_role", req.current_role),
        ("location", req.location),
        ("source", req.source),
    ] {
        f.add(&format!("{col} LIKE ? ESCAPE '\\'"), like(value));
    }
    f.add("experience_level = ?", req.experience_level);
    f.add("total_experience_years >= ?", req.min_experience_years);
    f.add("total_experience_years <= ?", req.max_experience_years);
    f.add("created_at >= ?", created_from);
    f.add("created_at <= ?", created_to);
    f.add(
        "id IN (SELECT candidate_id FROM candidate_tags WHERE tag_id = ?)",
        req.tag_id,
    );

    ctx.store().read(|c| {
        if let Some(tag) = &tag {
            super::support::ensure_exists(c, "tags", "tag", "tag_id", tag)?;
        }
        let mut matches = None;
        if let Some(fts) = fts {
            // Few matches: fetch them by rowid and sort them. Many (a common word): walk the
            // sort column's index and keep the rows that match (`+rowid` stops SQLite from
            // fetching and sorting tens of thousands of rows for a page of 50).
            let n: i64 = c
                .prepare_cached(
                    "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?1",
                )?
                .query_row([&fts], |r| r.get(0))?;
            let clause = if n > DENSE_MATCHES {
                "+rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)"
            } else {
                "rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)"
            };
            f.add(clause, Some(fts));
            matches = Some(n);
        }
        // With the search as the only filter, the index has counted already.
        let total = match matches {
            Some(n) if f.clauses.len() == 1 => n,
            _ => f.count(c, None)?,
        };
        let items = if descending {
            // SQLite puts blanks first ascending, so last descending: one backward walk.
            f.rows(c, None, &format!("{column} DESC, id DESC"), limit, offset)?
        } else if !sort.nullable() {
            f.rows(c, None, &format!("{column}, id"), limit, offset)?
        } else {
            // Blanks last: the page's share of the values, then of the blanks.
            let not_null = format!("{column} IS NOT NULL");
            let mut items = f.rows(c, Some(&not_null), &format!("{column}, id"), limit, offset)?;
            let short = limit - items.len() as i64;
            if short > 0 {
                let values = if items.is_empty() {
                    f.count(c, Some(&not_null))?
                } else {
                    offset + items.len() as i64
                };
                let blanks = f.rows(
                    c,
                    Some(&format!("{column} IS NULL")),
                    "id",
                    short,
                    (offset - values).max(0),
                )?;
                items.extend(blanks);
            }
            items
        };
        Ok(Page { items, total })
    })
}
