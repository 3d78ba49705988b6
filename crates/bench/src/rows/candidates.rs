//! The candidate table's page of 50 rows, through the `candidate_list`
//! command as the UI calls it (JSON in, JSON out): every sortable column in
//! both directions, unfiltered and filtered by status, plus text filters
//! and a deep page. All runs of all variants make up one distribution; the
//! slowest variants are named in the notes, since one slow column is what a
//! person notices.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use talentdesk_core::api::{self, Context};

use crate::dataset::Dataset;
use crate::report::{Measured, Row, Target};
use crate::stats::summarize;
use crate::{BenchResult, Size};

const SORTS: &[&str] = &[
    "full_name",
    "email",
    "location",
    "current_role",
    "status",
    "total_experience_years",
    "created_at",
    "updated_at",
];

pub fn page(data: &Dataset, size: &Size) -> Row {
    let row = Row::new(
        "candidate_page",
        "candidate table page (50 rows) sorted and filtered on any column",
        None,
        Target::P99BelowMs(20.0),
    );
    super::finish(row, || {
        let ctx = Context::new(data.store.clone());
        let variants = variants(&ctx)?;
        let mut all = Vec::new();
        let mut columns_only = Vec::new();
        let mut per_variant: Vec<(Duration, String)> = Vec::new();
        for (label, request) in &variants {
            // One untimed call: the first use of a statement and its pages.
            call(&ctx, request)?;
            let mut mine = Vec::new();
            for _ in 0..size.page_runs {
                let start = Instant::now();
                call(&ctx, request)?;
                mine.push(start.elapsed());
            }
            mine.sort();
            per_variant.push((mine[mine.len() / 2], label.clone()));
            if !label.starts_with("text") {
                columns_only.extend(mine.iter().copied());
            }
            all.extend(mine);
        }
        per_variant.sort_by(|a, b| b.0.cmp(&a.0));
        let slowest: Vec<String> = per_variant
            .iter()
            .take(4)
            .map(|(d, l)| format!("{l} {:.1} ms", d.as_secs_f64() * 1e3))
            .collect();
        Ok(Measured {
            summary: summarize(&all).ok_or("no runs")?,
            baseline: None,
            items: None,
            notes: vec![
                format!("{} variants x {} runs", variants.len(), size.page_runs),
                summarize(&columns_only).map_or(String::new(), |s| {
                    format!(
                        "without the text filter (sorts and status filters only): median {:.2} ms, p99 {:.2} ms",
                        s.median_ms, s.p99_ms
                    )
                }),
                format!("slowest variants (median): {}", slowest.join(", ")),
            ],
        })
    })
}

fn call(ctx: &Context, request: &Value) -> BenchResult<()> {
    let out = api::call(ctx, "candidate_list", request.clone())?;
    if out["items"].as_array().is_none_or(|items| items.len() > 50) {
        return Err(format!("candidate_list returned no page of at most 50: {request}").into());
    }
    Ok(())
}

/// (label, request) for every variant measured.
fn variants(ctx: &Context) -> BenchResult<Vec<(String, Value)>> {
    let mut out = Vec::new();
    for sort in SORTS {
        for direction in ["asc", "desc"] {
            out.push((
                format!("sort {sort} {direction}"),
                json!({"sort": sort, "direction": direction, "limit": 50}),
            ));
            out.push((
                format!("status=active, sort {sort} {direction}"),
                json!({"status": "active", "sort": sort, "direction": direction, "limit": 50}),
            ));
            out.push((
                format!("status=hired, sort {sort} {direction}"),
                json!({"status": "hired", "sort": sort, "direction": direction, "limit": 50}),
            ));
        }
        out.push((
            format!("sort {sort} asc, page 21"),
            json!({"sort": sort, "limit": 50, "offset": 1000}),
        ));
    }
    for query in text_queries(ctx)? {
        out.push((
            format!("text \"{query}\", sort full_name"),
            json!({"query": query, "sort": "full_name", "limit": 50}),
        ));
        out.push((
            format!("text \"{query}\" + status=active, sort updated_at desc"),
            json!({"query": query, "status": "active", "sort": "updated_at", "direction": "desc", "limit": 50}),
        ));
    }
    Ok(out)
}

/// Words a person would type, taken from the data: a first name, a last
/// name, a role word, an email domain, and a word that matches nothing.
fn text_queries(ctx: &Context) -> BenchResult<Vec<String>> {
    let (name, other, role, email): (String, String, String, String) = ctx.store().read(|c| {
        Ok(c.query_row(
            "SELECT (SELECT full_name FROM candidates ORDER BY rowid LIMIT 1),
                    (SELECT full_name FROM candidates ORDER BY rowid DESC LIMIT 1),
                    (SELECT coalesce(current_role, 'engineer') FROM candidates WHERE current_role IS NOT NULL ORDER BY rowid LIMIT 1),
                    (SELECT coalesce(email, 'example.com') FROM candidates WHERE email IS NOT NULL ORDER BY rowid LIMIT 1)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?)
    })?;
    let first = |s: &str| s.split_whitespace().next().unwrap_or("a").to_string();
    let last = |s: &str| s.split_whitespace().last().unwrap_or("a").to_string();
    let domain = email.split('@').nth(1).unwrap_or("example.com").to_string();
    Ok(vec![
        first(&name),
        last(&other),
        last(&role).to_lowercase(),
        domain,
        "zqxjv".into(),
    ])
}
