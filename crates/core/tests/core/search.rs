//! Candidate full-text search (migration V11's `candidates_fts`): prefixes,
//! phrases, several words, hostile input, and the index following every
//! change to a candidate, their skills, work history and resumes.

use serde_json::{json, Value};
use talentdesk_core::{Context, ErrorCode};

use super::support::{ctx, err, id, ok};

fn names(page: &Value) -> Vec<String> {
    let mut v: Vec<String> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|c| c["full_name"].as_str().expect("name").to_string())
        .collect();
    v.sort();
    v
}

fn search(ctx: &Context, q: &str) -> Vec<String> {
    let page = ok(ctx, "candidate_search", json!({ "query": q }));
    assert_eq!(
        page["total"].as_i64().unwrap(),
        page["items"].as_array().unwrap().len() as i64,
        "{q}: total counts the same matches"
    );
    names(&page)
}

fn people(ctx: &Context) -> (String, String, String) {
    let ana = ok(
        ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana.lima@example.com", "headline": "Site Reliability Engineer",
               "skills": [{"name": "Rust"}, {"name": "Kubernetes"}]}),
    );
    let bo = ok(
        ctx,
        "candidate_create",
        json!({"full_name": "Bo Chen", "email": "bo@example.org", "current_role": "Reliability Lead",
               "skills": [{"name": "JavaScript"}]}),
    );
    let cleo = ok(
        ctx,
        "candidate_create",
        json!({"full_name": "Cléo Díaz", "current_role": "Engineer, Site Operations", "skills": [{"name": "Java"}]}),
    );
    (id(&ana), id(&bo), id(&cleo))
}

#[test]
fn words_prefixes_and_phrases() {
    let ctx = ctx();
    people(&ctx);
    assert_eq!(search(&ctx, "rust"), ["Ana Lima"]);
    assert_eq!(
        search(&ctx, "java "),
        ["Cléo Díaz"],
        "a finished word is exact"
    );
    assert_eq!(
        search(&ctx, "java"),
        ["Bo Chen", "Cléo Díaz"],
        "the word being typed is a prefix"
    );
    assert_eq!(
        search(&ctx, "kub* rust"),
        ["Ana Lima"],
        "explicit prefix, words ANDed"
    );
    assert_eq!(
        search(&ctx, "\"site reliability\""),
        ["Ana Lima"],
        "phrase in order"
    );
    assert_eq!(
        search(&ctx, "site engineer "),
        ["Ana Lima", "Cléo Díaz"],
        "words in any order"
    );
    assert_eq!(
        search(&ctx, "cleo diaz"),
        ["Cléo Díaz"],
        "diacritics folded"
    );
    assert_eq!(
        search(&ctx, "ana.lima@example.com"),
        ["Ana Lima"],
        "whole email"
    );
    assert_eq!(search(&ctx, "example.org"), ["Bo Chen"]);
    assert!(search(&ctx, "nobody").is_empty());
    // Ranking: a name hit beats a title hit.
    ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Lead Person", "current_role": "Clerk"}),
    );
    let ranked = ok(&ctx, "candidate_search", json!({"query": "lead "}));
    assert_eq!(ranked["items"][0]["full_name"], "Lead Person");
    assert_eq!(ranked["total"], 2);
    let paged = ok(
        &ctx,
        "candidate_search",
        json!({"query": "lead ", "limit": 1, "offset": 1}),
    );
    assert_eq!(paged["items"][0]["full_name"], "Bo Chen");
    assert_eq!(paged["total"], 2);
}

#[test]
fn hostile_input_never_breaks_the_query() {
    let ctx = ctx();
    people(&ctx);
    for q in [
        "\"",
        "\"\"",
        "*",
        "rust\"",
        "NEAR(rust",
        "rust OR",
        "AND",
        "-rust",
        "name:rust",
        "^rust",
        "rust)",
        "(",
        "'; DROP TABLE candidates; --",
        "\u{0}",
        "rust AND NOT java",
        "{name email}: x",
    ] {
        let r = talentdesk_core::call(&ctx, "candidate_search", json!({ "query": q }));
        match r {
            Ok(page) => assert!(page["total"].as_i64().unwrap() >= 0, "{q}"),
            Err(e) => {
                assert_eq!(e.code, ErrorCode::InvalidValue, "{q}: {e:?}");
                assert_eq!(e.field.as_deref(), Some("query"));
            }
        }
        // The list's search box falls back to no text filter instead.
        ok(&ctx, "candidate_list", json!({ "query": q }));
    }
    assert_eq!(
        search(&ctx, "name:rust"),
        Vec::<String>::new(),
        "a column filter is just text"
    );
    assert_eq!(
        search(&ctx, "rust OR"),
        Vec::<String>::new(),
        "OR is a word, not an operator"
    );
    let e = err(&ctx, "candidate_search", json!({"query": " \"*\" "}));
    assert_eq!(e.field.as_deref(), Some("query"));
    assert_eq!(
        ok(&ctx, "candidate_list", json!({"query": "--"}))["total"],
        3
    );
}

#[test]
fn index_follows_every_change() {
    let ctx = ctx();
    let (ana, bo, _) = people(&ctx);
    // Candidate fields.
    ok(
        &ctx,
        "candidate_update",
        json!({"id": bo, "full_name": "Bo Zhang"}),
    );
    assert!(search(&ctx, "chen ").is_empty(), "old name gone");
    assert_eq!(search(&ctx, "zhang"), ["Bo Zhang"]);
    // Skills and work history through commands.
    ok(
        &ctx,
        "candidate_skill_add",
        json!({"candidate_id": bo, "skill": {"name": "Terraform"}}),
    );
    assert_eq!(search(&ctx, "terraform"), ["Bo Zhang"]);
    ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": ana, "company_name": "Globex", "job_title": "Platform Architect"}),
    );
    assert_eq!(search(&ctx, "architect"), ["Ana Lima"]);
    assert_eq!(search(&ctx, "globex"), ["Ana Lima"], "companies");
    // Rows written by plain SQL (imports, sync) are covered by the triggers too.
    ctx.store()
        .write(|tx| {
            tx.execute(
                "INSERT INTO resumes (id, candidate_id, title, content_text) VALUES ('r1', ?1, 'CV', 'Led the Zanzibar migration')",
                [&ana],
            )?;
            tx.execute("UPDATE candidate_skills SET name = 'Haskell' WHERE name = 'Rust'", [])?;
            Ok(())
        })
        .unwrap();
    assert_eq!(search(&ctx, "zanzibar"), ["Ana Lima"], "resume text");
    assert_eq!(search(&ctx, "haskell"), ["Ana Lima"]);
    assert!(search(&ctx, "rust").is_empty(), "renamed skill gone");
    // Moving a child to another candidate re-indexes both.
    ctx.store()
        .write(|tx| {
            Ok(tx.execute(
                "UPDATE resumes SET candidate_id = ?1 WHERE id = 'r1'",
                [&bo],
            )?)
        })
        .unwrap();
    assert_eq!(search(&ctx, "zanzibar"), ["Bo Zhang"]);
    ctx.store()
        .write(|tx| Ok(tx.execute("DELETE FROM resumes WHERE id = 'r1'", [])?))
        .unwrap();
    assert!(search(&ctx, "zanzibar").is_empty());
    // Deleted candidates are gone, and the index holds one entry per candidate.
    ok(&ctx, "candidate_delete", json!({"id": ana}));
    assert!(search(&ctx, "haskell").is_empty());
    assert!(search(&ctx, "architect").is_empty());
    assert_eq!(search(&ctx, "site "), ["Cléo Díaz"]);
    let (fts_rows, candidates): (i64, i64) = ctx
        .store()
        .read(|c| {
            Ok((
                c.query_row("SELECT count(*) FROM candidates_fts", [], |r| r.get(0))?,
                c.query_row("SELECT count(*) FROM candidates", [], |r| r.get(0))?,
            ))
        })
        .unwrap();
    assert_eq!(fts_rows, candidates);
    // A rebuild gives the same answers.
    let r = ok(&ctx, "candidate_search_reindex", json!({}));
    assert_eq!(r["candidates"], 2);
    assert_eq!(search(&ctx, "terraform"), ["Bo Zhang"]);
    assert!(search(&ctx, "haskell").is_empty());
}

#[test]
fn list_uses_search_and_keeps_its_sort_and_filters() {
    let ctx = ctx();
    let (_, bo, _) = people(&ctx);
    ok(
        &ctx,
        "candidate_update",
        json!({"id": bo, "status": "interviewing"}),
    );
    let page = ok(
        &ctx,
        "candidate_list",
        json!({"query": "reliability", "sort": "full_name", "direction": "desc"}),
    );
    let got: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["full_name"].as_str().unwrap())
        .collect();
    assert_eq!(got, ["Bo Chen", "Ana Lima"]);
    assert_eq!(page["total"], 2);
    let page = ok(
        &ctx,
        "candidate_list",
        json!({"query": "reliability", "status": "interviewing"}),
    );
    assert_eq!(page["total"], 1);
    assert_eq!(
        ok(
            &ctx,
            "candidate_search",
            json!({"query": "reliability", "status": "active"})
        )["total"],
        1
    );
}

#[test]
fn pages_with_nulls_last_match_a_full_sort() {
    let ctx = ctx();
    for i in 0..23 {
        let mut c = json!({"full_name": format!("Person {i:02}")});
        if i % 3 != 0 {
            c["location"] = json!(format!("{}ity", (b'a' + (i * 7 % 26) as u8) as char));
        }
        if i % 4 == 0 {
            c["total_experience_years"] = json!(i % 5);
        }
        ok(&ctx, "candidate_create", c);
    }
    for sort in [
        "location",
        "total_experience_years",
        "email",
        "full_name",
        "created_at",
    ] {
        for direction in ["asc", "desc"] {
            let all = ok(
                &ctx,
                "candidate_list",
                json!({"sort": sort, "direction": direction, "limit": 500}),
            );
            let all: Vec<Value> = all["items"].as_array().unwrap().clone();
            assert_eq!(all.len(), 23);
            // NULLs last in both directions.
            let first_null = all
                .iter()
                .position(|c| c[sort].is_null())
                .unwrap_or(all.len());
            assert!(
                all[first_null..].iter().all(|c| c[sort].is_null()),
                "{sort} {direction}"
            );
            for limit in [1u32, 4, 7] {
                let mut paged = Vec::new();
                let mut offset = 0;
                while offset < 30 {
                    let p = ok(
                        &ctx,
                        "candidate_list",
                        json!({"sort": sort, "direction": direction, "limit": limit, "offset": offset}),
                    );
                    assert_eq!(p["total"], 23);
                    paged.extend(p["items"].as_array().unwrap().clone());
                    offset += limit;
                }
                let ids = |v: &[Value]| {
                    v.iter()
                        .map(|c| c["id"].as_str().unwrap().to_string())
                        .collect::<Vec<_>>()
                };
                assert_eq!(ids(&paged), ids(&all), "{sort} {direction} by {limit}");
            }
        }
    }
}
