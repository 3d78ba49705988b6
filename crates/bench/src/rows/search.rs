//! Full-text candidate search: 100 varied queries through the search command
//! (`candidate_search`, JSON in and out, relevance tiers, a page of 50 and the count), against
//! the same FTS5 match in bare SQLite (the page of 50 matching candidates and the count).
//!
//! The queries come from the data, so they hit as people's would: first and last names, whole
//! names, role words, email domains, prefixes being typed, two-word queries, a quoted phrase,
//! and words that match nothing.

use std::time::{Duration, Instant};

use serde_json::json;
use talentdesk_core::api::{self, Context};
use talentdesk_core::domain::search::fts_query;

use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::{BenchResult, Size};

pub fn full_text(data: &Dataset, size: &Size) -> Row {
    let row = Row::new(
        "search",
        "full-text candidate search, 100 varied queries",
        Some("the same FTS5 query in bare SQLite"),
        Target::P99BelowMs(10.0),
    );
    super::finish(row, || {
        let ctx = Context::new(data.store.clone());
        let queries = queries(&ctx)?;
        let mut command = Vec::new();
        let mut bare = Vec::new();
        let mut slowest = (Duration::ZERO, String::new());
        let mut matched = 0u64;
        // One untimed pass: the first use of each statement and of the index pages.
        for q in &queries {
            search(&ctx, q)?;
            bare_fts(&ctx, q)?;
        }
        for _ in 0..size.search_runs {
            for q in &queries {
                let start = Instant::now();
                let total = search(&ctx, q)?;
                let took = start.elapsed();
                if took > slowest.0 {
                    slowest = (took, q.clone());
                }
                command.push(took);
                matched += u64::from(total > 0);
                let start = Instant::now();
                bare_fts(&ctx, q)?;
                bare.push(start.elapsed());
            }
        }
        Ok(Measured {
            summary: summarize(&command).ok_or("no runs")?,
            baseline: summarize(&bare),
            items: None,
            notes: vec![
                format!(
                    "{} queries x {} runs; {} of {} searches found something",
                    queries.len(),
                    size.search_runs,
                    matched,
                    command.len()
                ),
                format!(
                    "slowest: \"{}\" {:.2} ms",
                    slowest.1,
                    slowest.0.as_secs_f64() * 1e3
                ),
            ],
        })
    })
}

fn search(ctx: &Context, q: &str) -> BenchResult<i64> {
    let out = api::call(ctx, "candidate_search", json!({"query": q, "limit": 50}))?;
    out["total"]
        .as_i64()
        .ok_or_else(|| format!("candidate_search gave no total for {q:?}").into())
}

/// The same match without the command: a page of 50 candidates, newest first, and the count.
fn bare_fts(ctx: &Context, q: &str) -> BenchResult<()> {
    let fts = fts_query(q).ok_or("a query without words")?;
    ctx.store().read(|c| {
        let _count: i64 = c
            .prepare_cached("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?1")?
            .query_row([&fts], |r| r.get(0))?;
        let mut stmt = c.prepare_cached(
            "SELECT * FROM candidates WHERE rowid IN (SELECT rowid FROM candidates_fts
                 WHERE candidates_fts MATCH ?1 ORDER BY rowid DESC LIMIT 50) ORDER BY rowid DESC",
        )?;
        let mut rows = stmt.query([&fts])?;
        while rows.next()?.is_some() {}
        Ok(())
    })?;
    Ok(())
}

/// 100 queries drawn from the data (deterministic: rows at fixed strides).
fn queries(ctx: &Context) -> BenchResult<Vec<String>> {
    let samples: Vec<(String, Option<String>, Option<String>)> = ctx.store().read(|c| {
        let n: i64 = c.query_row("SELECT count(*) FROM candidates", [], |r| r.get(0))?;
        let stride = (n / 40).max(1);
        let mut stmt = c.prepare(
            "SELECT full_name, current_role, email FROM candidates
             WHERE rowid % ?1 = 0 ORDER BY rowid LIMIT 40",
        )?;
        let rows = stmt
            .query_map([stride], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })?;
    if samples.is_empty() {
        return Err("the dataset has no candidates".into());
    }
    let mut out = Vec::new();
    let nothing = ["zqxjv", "qwzzk", "xylophonist", "vvbnm", "kjqqz"];
    for (i, (name, role, email)) in samples.iter().cycle().enumerate() {
        if out.len() >= 100 {
            break;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let first = words.first().copied().unwrap_or("a");
        let last = words.last().copied().unwrap_or("a");
        let role_word = role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .unwrap_or("engineer");
        let domain = email
            .as_deref()
            .and_then(|e| e.split('@').nth(1))
            .unwrap_or("example.com");
        let q = match i % 10 {
            0 => first.to_string(),
            1 => last.to_string(),
            2 => name.clone(),
            3 => role_word.to_lowercase(),
            4 => domain.to_string(),
            // A prefix being typed.
            5 => first.chars().take(3).collect(),
            6 => format!("{first} {}", role_word.to_lowercase()),
            7 => format!("\"{name}\""),
            8 => nothing[(i / 10) % nothing.len()].to_string(),
            _ => format!("{} {last}", role_word.to_lowercase()),
        };
        out.push(q);
    }
    Ok(out)
}
