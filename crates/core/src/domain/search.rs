//! Candidate search and the candidate table's paging. WHY its own module:
//! the full-text index (`candidates_fts`, migration V11) and the sort
//! indexes only pay off when the SQL is shaped for them, so the query text
//! is built here, in one place, from typed pieces:
//! - user text never reaches FTS5 syntax: every word or "quoted phrase" is
//!   re-quoted, so no input can raise an FTS syntax error;
//! - results come in relevance tiers that read only the page they return.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::candidates::{candidate_from_row, Candidate, CandidateStatus, CANDIDATE_COLUMNS};
use super::support::{page, Page};
use crate::api::{CommandSpec, Context};
use crate::command;
use crate::error::{Error, Result};

/// Translate what a person typed into an FTS5 query, or `None` when it has
/// no searchable word. Words are ANDed; `"a phrase"` matches those words in
/// order; `word*` matches words starting with `word`, and so does the last
/// word while it is still being typed (no space after it).
pub fn fts_query(input: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let phrase: String = chars.by_ref().take_while(|&c| c != '"').collect();
            push_term(&mut terms, &phrase, false);
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                word.push(c);
                chars.next();
            }
            let at_end = chars.peek().is_none();
            let explicit = word.ends_with('*');
            let word = word.trim_end_matches('*');
            // A one-letter prefix matches most of the index: too broad to
            // be useful, and the slowest query there is.
            let long = word.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
            push_term(&mut terms, word, (explicit || at_end) && long);
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

fn push_term(terms: &mut Vec<String>, text: &str, prefix: bool) {
    // FTS5's unicode61 tokenizer keeps letters and digits; a term without
    // any would be an empty phrase.
    if !text.chars().any(char::is_alphanumeric) {
        return;
    }
    let quoted = format!("\"{}\"", text.trim().replace('"', "\"\""));
    terms.push(if prefix { format!("{quoted}*") } else { quoted });
}

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CandidateSearch {
    /// Words (all must match), `"quoted phrases"`, `prefix*`; the last word
    /// matches as a prefix while it is being typed.
    pub query: String,
    #[serde(default)]
    pub status: Option<CandidateStatus>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub offset: Option<u32>,
}

/// Relevance tiers, best first: all words in the name; all words in the
/// name, email, skills or titles; anywhere (companies, resume text).
/// WHY tiers and not BM25: BM25 scores every match (about 10 µs each), so a
/// common skill among 100k candidates would cost 100 ms or more; a tier is
/// one FTS5 column-filtered query that reads only the page it returns.
/// Within a tier the newest candidates come first.
fn tiers(q: &str) -> [String; 3] {
    let profile = "{name email skills titles}";
    [
        format!("{{name}} : ({q})"),
        format!("{profile} : ({q}) NOT {{name}} : ({q})"),
        format!("({q}) NOT {profile} : ({q})"),
    ]
}

/// Full-text search, best matches first (see [`tiers`]).
pub fn candidate_search(ctx: &Context, req: CandidateSearch) -> Result<Page<Candidate>> {
    let (limit, offset) = page(req.limit, req.offset)?;
    let Some(fts) = fts_query(&req.query) else {
        return Err(Error::invalid_value(
            "query",
            "query must contain at least one letter or digit",
        ));
    };
    let status = req.status.map(|s| s.as_str());
    let cols = CANDIDATE_COLUMNS;
    ctx.store().read(|c| {
        let (count_sql, page_sql) = match status {
            None => (
                "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?1 AND ?2 IS NULL"
                    .to_string(),
                format!(
                    "SELECT {cols} FROM candidates WHERE rowid IN (SELECT rowid FROM candidates_fts
                         WHERE candidates_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3 OFFSET ?4)
                     AND ?2 IS NULL ORDER BY rowid DESC"
                ),
            ),
            Some(_) => (
                "SELECT count(*) FROM candidates WHERE status = ?2
                 AND rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?1)"
                    .to_string(),
                format!(
                    "SELECT {cols} FROM candidates WHERE status = ?2
                     AND rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?1)
                     ORDER BY rowid DESC LIMIT ?3 OFFSET ?4"
                ),
            ),
        };
        // The tiers partition the matches, so the total is one count of the
        // plain query. A tier is only counted when a later page must skip it:
        // counting a common word's tiers (each a NOT of two doclists) cost
        // most of a search (`cargo xtask bench`, search).
        let count = |q: &str| -> Result<i64> {
            Ok(c.prepare_cached(&count_sql)?
                .query_row(rusqlite::params![q, status], |r| r.get(0))?)
        };
        let total = count(&fts)?;
        let mut items = Vec::new();
        let mut skip = offset;
        for tier in tiers(&fts) {
            let want = limit - items.len() as i64;
            if want == 0 {
                break;
            }
            if skip > 0 {
                let n = count(&tier)?;
                if skip >= n {
                    skip -= n;
                    continue;
                }
            }
            let rows = c
                .prepare_cached(&page_sql)?
                .query_map(
                    rusqlite::params![tier, status, want, skip],
                    candidate_from_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            items.extend(rows);
            skip = 0;
        }
        Ok(Page { items, total })
    })
}

/// Refill `candidates_fts` from the base tables (the same document the
/// migration's triggers write).
const FTS_REBUILD_SQL: &str = "DELETE FROM candidates_fts;
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c;";

#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SearchReindex {}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct Reindexed {
    pub candidates: i64,
}

/// Rebuild the search index and the duplicate keys from the base tables.
/// The triggers keep both current; this repairs them after a VACUUM that
/// renumbered rowids or a restore from an older copy.
pub fn candidate_search_reindex(ctx: &Context, _req: SearchReindex) -> Result<Reindexed> {
    ctx.store().write(|tx| {
        tx.execute_batch(FTS_REBUILD_SQL)?;
        super::duplicates::keys::rebuild(tx)?;
        let candidates = tx.query_row("SELECT count(*) FROM candidates", [], |r| r.get(0))?;
        Ok(Reindexed { candidates })
    })
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "candidate_search",
            "Full-text search of candidates (name, email, skills, titles, companies, resume), best first",
            candidate_search
        ),
        command!(
            "candidate_search_reindex",
            "Rebuild the candidate search index and duplicate keys from the stored rows",
            candidate_search_reindex
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn user_text_is_requoted() {
        assert_eq!(fts_query("jav").as_deref(), Some("\"jav\"*"));
        assert_eq!(
            fts_query("j").as_deref(),
            Some("\"j\""),
            "one letter is a word"
        );
        assert_eq!(fts_query("java ").as_deref(), Some("\"java\""));
        assert_eq!(
            fts_query("rust dev* \"site reliability\"").as_deref(),
            Some("\"rust\" \"dev\"* \"site reliability\"")
        );
        assert_eq!(fts_query("a\"b").as_deref(), Some("\"a\" \"b\""));
        assert_eq!(
            fts_query("NEAR( OR -x:y ^").as_deref(),
            Some("\"NEAR(\" \"OR\" \"-x:y\"")
        );
        assert_eq!(fts_query("  \"  \" * -- "), None);
        assert_eq!(
            fts_query("\"unterminated phrase").as_deref(),
            Some("\"unterminated phrase\"")
        );
    }
}
