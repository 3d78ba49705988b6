//! The candidate table's query against a model: every sortable column in both directions,
//! with and without filters, paged in small pages, must list exactly the candidates a plain
//! in-memory sort lists (values in order with ties broken by id in the sort's direction, blanks
//! last in both directions), and count them all.

use std::cmp::Ordering;

use serde_json::{json, Value};

use super::support::{ctx, ok};

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

/// A deterministic mix of blanks and repeated values (ties) in every nullable column.
fn seed(ctx: &talentdesk_core::api::Context) -> Vec<Value> {
    let cities = ["Lisbon", "Berlin", "lisbon", "Austin"];
    let roles = ["Engineer", "Designer", "Data Engineer"];
    let statuses = ["active", "interviewing", "hired"];
    (0..37u32)
        .map(|i| {
            let mut req = json!({
                "full_name": format!("Person {:02}", (i * 7) % 37),
                "status": statuses[(i % 3) as usize],
            });
            if i % 4 != 0 {
                req["email"] = json!(format!("p{}@example.test", (i * 5) % 37));
            }
            if i % 3 != 0 {
                req["location"] = json!(cities[(i % 4) as usize]);
            }
            if i % 5 != 1 {
                req["current_role"] = json!(roles[(i % 3) as usize]);
            }
            if i % 2 == 0 {
                req["total_experience_years"] = json!(f64::from(i % 6));
            }
            ok(ctx, "candidate_create", req)
        })
        .collect()
}

fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .unwrap()
            .partial_cmp(&y.as_f64().unwrap())
            .unwrap(),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => panic!("mixed values {a} {b}"),
    }
}

fn expected(all: &[Value], sort: &str, desc: bool, keep: &dyn Fn(&Value) -> bool) -> Vec<String> {
    let mut values: Vec<&Value> = all
        .iter()
        .filter(|c| keep(c) && !c[sort].is_null())
        .collect();
    let mut blanks: Vec<&Value> = all
        .iter()
        .filter(|c| keep(c) && c[sort].is_null())
        .collect();
    let id = |c: &Value| c["id"].as_str().unwrap().to_string();
    values.sort_by(|a, b| compare(&a[sort], &b[sort]).then_with(|| id(a).cmp(&id(b))));
    blanks.sort_by_key(|c| id(c));
    if desc {
        values.reverse();
        blanks.reverse();
    }
    values.into_iter().chain(blanks).map(id).collect()
}

fn listed(ctx: &talentdesk_core::api::Context, request: &Value) -> (Vec<String>, i64) {
    let mut ids = Vec::new();
    let mut total = -1;
    for page in 0.. {
        let mut req = request.clone();
        req["limit"] = json!(7);
        req["offset"] = json!(page * 7);
        let out = ok(ctx, "candidate_list", req);
        total = out["total"].as_i64().unwrap();
        let items = out["items"].as_array().unwrap();
        ids.extend(items.iter().map(|c| c["id"].as_str().unwrap().to_string()));
        if items.len() < 7 {
            break;
        }
    }
    (ids, total)
}

#[test]
fn pages_match_a_model_for_every_sort_direction_and_filter() {
    let ctx = ctx();
    let all = seed(&ctx);
    let everyone = |_: &Value| true;
    let active_in_lisbon = |c: &Value| {
        c["status"] == "active"
            && c["location"]
                .as_str()
                .is_some_and(|l| l.to_lowercase().contains("lisb"))
    };
    let filters: [(Value, &dyn Fn(&Value) -> bool); 2] = [
        (json!({}), &everyone),
        (
            json!({"status": "active", "location": "LISB"}),
            &active_in_lisbon,
        ),
    ];
    for sort in SORTS {
        for desc in [false, true] {
            for (filter, keep) in &filters {
                let mut request = filter.clone();
                request["sort"] = json!(sort);
                request["direction"] = json!(if desc { "desc" } else { "asc" });
                let want = expected(&all, sort, desc, *keep);
                let (got, total) = listed(&ctx, &request);
                assert_eq!(got, want, "{request}");
                assert_eq!(total, want.len() as i64, "{request}");
            }
        }
    }
}

#[test]
fn a_page_past_the_values_lists_only_blanks_and_a_page_past_the_end_is_empty() {
    let ctx = ctx();
    let all = seed(&ctx);
    let want = expected(&all, "email", false, &|_| true);
    let values = all.iter().filter(|c| !c["email"].is_null()).count();
    // A page that starts exactly where the blanks do, one that straddles, one past the end.
    for offset in [values, values - 3, all.len() + 5] {
        let out = ok(
            &ctx,
            "candidate_list",
            json!({"sort": "email", "limit": 5, "offset": offset}),
        );
        let got: Vec<&str> = out["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        let end = (offset + 5).min(want.len());
        let slice: Vec<&str> = want
            .get(offset.min(want.len())..end)
            .unwrap_or_default()
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(got, slice, "offset {offset}");
    }
}
