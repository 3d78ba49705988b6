//! The recruiting workspace (issue 5, items 1, 2, 3, 5, 9) through the command
//! API: bad input is refused with the field at fault and saves nothing;
//! JobPosting JSON-LD carries Google's required properties with schema.org
//! types; slugs are readable and unique; stages edit safely; the action queue
//! keeps dismissals; the dashboard adds up.

use serde_json::{json, Value};
use talentdesk_core::{Context, ErrorCode};

use super::support::{count, ctx, err, id, ok};

fn exec(ctx: &Context, sql: &str, args: &[&str]) {
    ctx.store()
        .write(|tx| Ok(tx.execute(sql, rusqlite::params_from_iter(args.iter()))?))
        .expect("exec");
}

fn stages(ctx: &Context, rid: &str) -> Vec<(String, String)> {
    ok(ctx, "stage_list", json!({"requisition_id": rid}))
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn names(stages: &[(String, String)]) -> Vec<&str> {
    stages.iter().map(|(_, n)| n.as_str()).collect()
}

#[test]
fn requisition_bad_input_names_the_field_and_saves_nothing() {
    let ctx = ctx();
    let before = count(&ctx, "requisitions");
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "min_salary_minor": 500, "max_salary_minor": 100}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("max_salary_minor"))
    );
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "hiring_manager_id": "0190-nobody"}),
    );
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::DanglingReference, Some("hiring_manager_id"))
    );
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "openings": 1, "positions_filled": 2}),
    );
    assert_eq!(e.field.as_deref(), Some("positions_filled"));
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "required_skills": ["Rust", " "]}),
    );
    assert_eq!(e.field.as_deref(), Some("required_skills[1]"));
    let e = err(
        &ctx,
        "requisition_create",
        json!({"title": "X", "status": "archived"}),
    );
    assert_eq!(e.field.as_deref(), Some("status"));
    assert_eq!(count(&ctx, "requisitions"), before);
    assert_eq!(
        count(&ctx, "pipeline_stages"),
        0,
        "no stages of a refused requisition"
    );

    let r = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Analyst", "min_salary_minor": 100}),
    );
    let e = err(
        &ctx,
        "requisition_update",
        json!({"id": id(&r), "fields": {"title": "Renamed", "min_salary_minor": 900, "max_salary_minor": 100}}),
    );
    assert_eq!(e.field.as_deref(), Some("fields.max_salary_minor"));
    assert!(
        e.message.starts_with("fields.max_salary_minor:"),
        "{}",
        e.message
    );
    let e = err(
        &ctx,
        "requisition_update",
        json!({"id": id(&r), "fields": {"title": "R", "assigned_recruiter_id": "nope"}}),
    );
    assert_eq!(e.field.as_deref(), Some("fields.assigned_recruiter_id"));
    let after = ok(&ctx, "requisition_get", json!({"id": id(&r)}));
    assert_eq!(
        after["title"], "Analyst",
        "a refused update changes nothing"
    );
    assert_eq!(after["min_salary_minor"], 100);
}

#[test]
fn requisition_carries_every_seed_field_and_edits() {
    let ctx = ctx();
    let hm = ok(
        &ctx,
        "user_create",
        json!({"email": "hm@x.test", "full_name": "Hana Manager", "role": "manager"}),
    );
    let rec = ok(
        &ctx,
        "user_create",
        json!({"email": "rc@x.test", "full_name": "Rui Recruiter", "role": "recruiter"}),
    );
    let client = ok(&ctx, "client_create", json!({"name": "Globex"}));
    let fields = json!({
        "title": "Senior Rust Engineer", "client_id": id(&client), "internal_job_id": "GX-42", "department": "Platform",
        "functional_area": "Engineering", "industry": "Fintech", "employment_type": "full_time", "work_mode": "hybrid",
        "job_locations": ["Berlin, Germany"], "experience_level": "senior", "experience_required": "5-8 years",
        "min_experience_years": 5.5, "max_experience_years": 8.0, "education_qualification": "B.Sc.",
        "min_salary_minor": 8_000_000, "max_salary_minor": 9_500_000, "currency": "eur", "salary_unit": "year",
        "benefits_perks": ["Remote days"], "about_company": "Globex builds rails.", "description": "Build the core.",
        "responsibilities": ["Own the sync engine"], "required_skills": ["Rust", "SQL"], "preferred_skills": ["Tauri"],
        "tools_tech_stack": ["SQLite"], "openings": 3, "positions_filled": 1, "application_deadline": "2031-03-31",
        "hiring_process_rounds": ["Screening", "Tech", "Culture"], "notice_period_accepted": "Up to 60 days",
        "meta_title": "Rust at Globex", "meta_description": "Join us", "status": "open",
        "hiring_manager_id": id(&hm), "assigned_recruiter_id": id(&rec)
    });
    let r = ok(&ctx, "requisition_create", fields.clone());
    for (k, v) in fields.as_object().unwrap() {
        let want = if k == "currency" {
            json!("EUR")
        } else {
            v.clone()
        };
        assert_eq!(&r[k], &want, "field {k}");
    }
    assert_eq!(r["client_name"], "Globex");
    assert_eq!(r["slug"], "senior-rust-engineer-berlin");

    let mut changed = fields.clone();
    changed["openings"] = json!(4);
    changed["status"] = json!("paused");
    changed["preferred_skills"] = json!([]);
    let u = ok(
        &ctx,
        "requisition_update",
        json!({"id": id(&r), "fields": changed}),
    );
    assert_eq!(
        (u["openings"].as_i64(), u["status"].as_str()),
        (Some(4), Some("paused"))
    );
    assert_eq!(u["preferred_skills"], json!([]));
    assert_eq!(
        u["slug"], "senior-rust-engineer-berlin",
        "slug stable when title and city are"
    );

    let p = ok(
        &ctx,
        "requisition_publish",
        json!({"id": id(&r), "published": true}),
    );
    assert_eq!(
        (p["is_published"].as_bool(), p["status"].as_str()),
        (Some(true), Some("open"))
    );
    assert!(p["published_at"].is_string());
    ok(
        &ctx,
        "requisition_set_status",
        json!({"id": id(&r), "status": "filled"}),
    );
    let e = err(
        &ctx,
        "requisition_publish",
        json!({"id": id(&r), "published": true}),
    );
    assert_eq!(e.field.as_deref(), Some("published"));
}

#[test]
fn slugs_are_readable_and_unique() {
    let ctx = ctx();
    let mk = |title: &str, loc: &str| {
        ok(
            &ctx,
            "requisition_create",
            json!({"title": title, "job_locations": [loc]}),
        )
    };
    let a = mk("Senior Rust Engineer", "Berlin, Germany");
    let b = mk("Senior Rust Engineer", "Berlin");
    let c = mk("Senior  Rust engineer!", "berlin, DE");
    let d = mk("Senior Rust Engineer", "Lisbon, Portugal");
    let slugs: Vec<&str> = [&a, &b, &c, &d]
        .iter()
        .map(|r| r["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        slugs,
        [
            "senior-rust-engineer-berlin",
            "senior-rust-engineer-berlin-2",
            "senior-rust-engineer-berlin-3",
            "senior-rust-engineer-lisbon"
        ]
    );
    // Renaming one frees nothing it doesn't own and takes the next free slug.
    let moved = ok(
        &ctx,
        "requisition_update",
        json!({"id": id(&d), "fields": {"title": "Senior Rust Engineer", "job_locations": ["Berlin"]}}),
    );
    assert_eq!(moved["slug"], "senior-rust-engineer-berlin-4");
    let kept = ok(
        &ctx,
        "requisition_update",
        json!({"id": id(&b), "fields": {"title": "Senior Rust Engineer", "job_locations": ["Berlin"], "openings": 5}}),
    );
    assert_eq!(kept["slug"], "senior-rust-engineer-berlin-2");
    let all: Vec<String> = ok(&ctx, "requisition_list", json!({}))["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["slug"].as_str().unwrap().to_string())
        .collect();
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "{all:?}");
}

/// Google's required JobPosting properties, and schema.org types of the nested values.
fn check_job_posting(p: &Value) {
    assert_eq!(
        p["@context"].as_str().map(|c| c.trim_end_matches('/')),
        Some("https://schema.org")
    );
    assert_eq!(p["@type"], "JobPosting");
    for prop in talentdesk_core::domain::job_posting::REQUIRED_PROPERTIES {
        let v = &p[*prop];
        assert!(
            v.is_string() && !v.as_str().unwrap().is_empty() || v.is_object(),
            "required {prop} missing in {p}"
        );
    }
    assert!(
        chrono::NaiveDate::parse_from_str(p["datePosted"].as_str().unwrap(), "%Y-%m-%d").is_ok()
    );
    assert_eq!(p["hiringOrganization"]["@type"], "Organization");
    assert!(p["hiringOrganization"]["name"].is_string());
    let remote = p["jobLocationType"] == "TELECOMMUTE";
    if remote {
        let req = p["applicantLocationRequirements"]
            .as_array()
            .expect("applicantLocationRequirements");
        assert!(!req.is_empty());
        assert!(req
            .iter()
            .all(|r| r["@type"] == "Country" && r["name"].is_string()));
    } else {
        let places = p["jobLocation"].as_array().expect("jobLocation");
        assert!(!places.is_empty());
        for place in places {
            assert_eq!(place["@type"], "Place");
            assert_eq!(place["address"]["@type"], "PostalAddress");
            assert!(place["address"]["addressLocality"].is_string());
        }
    }
    if let Some(t) = p.get("employmentType") {
        let allowed = [
            "FULL_TIME",
            "PART_TIME",
            "CONTRACTOR",
            "TEMPORARY",
            "INTERN",
            "VOLUNTEER",
            "PER_DIEM",
            "OTHER",
        ];
        assert!(allowed.contains(&t.as_str().unwrap()), "{t}");
    }
    if let Some(v) = p.get("validThrough") {
        assert!(
            chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).is_ok(),
            "{v}"
        );
    }
    if let Some(s) = p.get("baseSalary") {
        assert_eq!(s["@type"], "MonetaryAmount");
        assert_eq!(s["currency"].as_str().map(str::len), Some(3));
        assert_eq!(s["value"]["@type"], "QuantitativeValue");
        assert!(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
            .contains(&s["value"]["unitText"].as_str().unwrap()));
        assert!(s["value"]["minValue"].is_number() || s["value"]["value"].is_number());
    }
}

#[test]
fn job_posting_json_ld_has_googles_required_properties() {
    let ctx = ctx();
    let client = ok(
        &ctx,
        "client_create",
        json!({"name": "Globex", "website": "https://globex.example", "corporate_identity": {"logo_url": "https://globex.example/logo.png"}}),
    );
    let r = ok(
        &ctx,
        "requisition_create",
        json!({
            "title": "Data <Engineer>", "client_id": id(&client), "description": "Pipelines & models.\n\nSecond paragraph.",
            "job_locations": ["Austin, TX, US"], "employment_type": "contract", "min_salary_minor": 6_000_00,
            "max_salary_minor": 8_000_00, "currency": "USD", "salary_unit": "hour", "application_deadline": "2031-01-31",
            "required_skills": ["Python"]
        }),
    );
    let out = ok(&ctx, "requisition_job_posting", json!({"id": id(&r)}));
    let p = &out["json_ld"];
    check_job_posting(p);
    assert_eq!(p["title"], "Data <Engineer>");
    assert!(p["description"]
        .as_str()
        .unwrap()
        .contains("Pipelines &amp; models."));
    assert_eq!(p["employmentType"], "CONTRACTOR");
    assert_eq!(p["validThrough"], "2031-01-31T23:59:59Z");
    assert_eq!(p["baseSalary"]["value"]["minValue"], 6000.0);
    assert_eq!(p["baseSalary"]["value"]["unitText"], "HOUR");
    assert_eq!(p["jobLocation"][0]["address"]["addressRegion"], "TX");
    assert_eq!(p["hiringOrganization"]["sameAs"], "https://globex.example");
    assert_eq!(
        p["hiringOrganization"]["logo"],
        "https://globex.example/logo.png"
    );
    let script = out["script"].as_str().unwrap();
    assert!(script.starts_with("<script type=\"application/ld+json\">"));
    let inner = script
        .trim_start_matches("<script type=\"application/ld+json\">")
        .trim_end_matches("</script>");
    assert!(
        !inner.contains("</"),
        "no closing tag inside the script block"
    );
    assert_eq!(&serde_json::from_str::<Value>(inner).unwrap(), p);

    let remote = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Remote SRE", "client_id": id(&client), "description": "Keep it up.", "work_mode": "remote", "job_locations": ["Germany", "Portugal"]}),
    );
    let p = ok(&ctx, "requisition_job_posting", json!({"id": id(&remote)}))["json_ld"].clone();
    check_job_posting(&p);
    assert_eq!(p["jobLocationType"], "TELECOMMUTE");
    assert!(p.get("jobLocation").is_none());
    assert!(
        p.get("baseSalary").is_none(),
        "no salary when none is known"
    );

    // What Google requires but the requisition lacks is named.
    let bare = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Bare", "job_locations": ["Oslo"], "description": "x"}),
    );
    assert_eq!(
        err(&ctx, "requisition_job_posting", json!({"id": id(&bare)}))
            .field
            .as_deref(),
        Some("client_id")
    );
    let nodesc = ok(
        &ctx,
        "requisition_create",
        json!({"title": "No desc", "client_id": id(&client), "job_locations": ["Oslo"]}),
    );
    assert_eq!(
        err(&ctx, "requisition_job_posting", json!({"id": id(&nodesc)}))
            .field
            .as_deref(),
        Some("description")
    );
    let noloc = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Nowhere", "client_id": id(&client), "description": "x", "work_mode": "remote"}),
    );
    assert_eq!(
        err(&ctx, "requisition_job_posting", json!({"id": id(&noloc)}))
            .field
            .as_deref(),
        Some("job_locations")
    );
}

#[test]
fn templates_and_drafts() {
    let ctx = ctx();
    let r = ok(
        &ctx,
        "requisition_create",
        json!({"title": "QA Lead", "department": "Quality", "required_skills": ["Playwright"], "status": "open", "positions_filled": 1}),
    );
    let t = ok(
        &ctx,
        "job_template_save",
        json!({"name": "QA lead (standard)", "requisition_id": id(&r)}),
    );
    assert_eq!(t["fields"]["department"], "Quality");
    assert!(
        t["fields"]["status"].is_null(),
        "a template keeps the job, not the opening's state"
    );
    let e = err(
        &ctx,
        "job_template_save",
        json!({"name": "x", "requisition_id": id(&r), "fields": {"title": "y"}}),
    );
    assert_eq!(e.field.as_deref(), Some("requisition_id"));
    let made = ok(
        &ctx,
        "requisition_create_from_template",
        json!({"template_id": id(&t), "title": "QA Lead II"}),
    );
    assert_eq!(
        (
            made["title"].as_str(),
            made["department"].as_str(),
            made["status"].as_str()
        ),
        (Some("QA Lead II"), Some("Quality"), Some("draft"))
    );
    assert_eq!(made["template_id"], id(&t));
    assert_eq!(made["required_skills"], json!(["Playwright"]));
    assert_eq!(ok(&ctx, "job_template_list", json!({}))[0]["use_count"], 1);
    let e = err(
        &ctx,
        "requisition_create_from_template",
        json!({"template_id": "missing"}),
    );
    assert_eq!(e.field.as_deref(), Some("template_id"));

    // Drafts: one slot per requisition (or the new form), replaced on every save.
    assert!(ok(&ctx, "job_draft_get", json!({})).is_null());
    ok(
        &ctx,
        "job_draft_save",
        json!({"data": {"title": "Half-typed"}}),
    );
    let d = ok(
        &ctx,
        "job_draft_save",
        json!({"data": {"title": "Half-typed job", "openings": "3"}}),
    );
    assert_eq!(d["title"], "Half-typed job");
    assert_eq!(count(&ctx, "job_drafts"), 1);
    assert_eq!(
        ok(&ctx, "job_draft_get", json!({}))["data"]["openings"],
        "3"
    );
    ok(
        &ctx,
        "job_draft_save",
        json!({"requisition_id": id(&r), "data": {"title": "QA Lead (edited)"}}),
    );
    assert_eq!(
        ok(&ctx, "job_draft_get", json!({"requisition_id": id(&r)}))["data"]["title"],
        "QA Lead (edited)"
    );
    assert_eq!(
        err(&ctx, "job_draft_save", json!({"data": [1]}))
            .field
            .as_deref(),
        Some("data")
    );
    ok(&ctx, "job_draft_discard", json!({}));
    assert!(ok(&ctx, "job_draft_get", json!({})).is_null());
    assert_eq!(count(&ctx, "job_drafts"), 1);
}

#[test]
fn stages_rename_add_reorder_delete_when_empty() {
    let ctx = ctx();
    let r = ok(&ctx, "requisition_create", json!({"title": "Designer"}));
    let rid = id(&r);
    let s = stages(&ctx, &rid);
    assert_eq!(
        names(&s),
        [
            "New",
            "Screening",
            "Interview",
            "Offer",
            "Hired",
            "Rejected",
            "Withdrawn"
        ]
    );

    let added = ok(
        &ctx,
        "stage_create",
        json!({"requisition_id": rid, "name": "Portfolio review"}),
    );
    let s: Vec<(String, String)> = added
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["id"].as_str().unwrap().into(),
                x["name"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        names(&s)[4],
        "Portfolio review",
        "inserted before the closing stages"
    );
    let e = err(
        &ctx,
        "stage_create",
        json!({"requisition_id": rid, "name": "screening"}),
    );
    assert_eq!(e.field.as_deref(), Some("name"));
    let e = err(
        &ctx,
        "stage_create",
        json!({"requisition_id": rid, "name": "Z", "position": 99}),
    );
    assert_eq!(e.field.as_deref(), Some("position"));

    ok(
        &ctx,
        "stage_rename",
        json!({"id": s[1].0, "name": "Phone screen"}),
    );
    let e = err(&ctx, "stage_rename", json!({"id": s[1].0, "name": "  "}));
    assert_eq!(e.field.as_deref(), Some("name"));

    // Reorder: every stage once; a missing or foreign stage is refused and nothing moves.
    let mut order: Vec<String> = s.iter().map(|(i, _)| i.clone()).collect();
    order.swap(1, 2);
    let before = names(&stages(&ctx, &rid)).join(",");
    let e = err(
        &ctx,
        "stage_reorder",
        json!({"requisition_id": rid, "stage_ids": order[..order.len() - 1]}),
    );
    assert_eq!(e.field.as_deref(), Some("stage_ids"));
    assert!(e.message.contains("Withdrawn"), "{}", e.message);
    let mut foreign = order.clone();
    foreign[3] = "not-a-stage".into();
    assert_eq!(
        err(
            &ctx,
            "stage_reorder",
            json!({"requisition_id": rid, "stage_ids": foreign})
        )
        .field
        .as_deref(),
        Some("stage_ids[3]")
    );
    let mut twice = order.clone();
    twice.push(order[0].clone());
    assert_eq!(
        err(
            &ctx,
            "stage_reorder",
            json!({"requisition_id": rid, "stage_ids": twice})
        )
        .field
        .as_deref(),
        Some(format!("stage_ids[{}]", order.len()).as_str())
    );
    assert_eq!(
        names(&stages(&ctx, &rid)).join(","),
        before,
        "refused reorders change nothing"
    );
    ok(
        &ctx,
        "stage_reorder",
        json!({"requisition_id": rid, "stage_ids": order}),
    );
    assert_eq!(
        &names(&stages(&ctx, &rid))[..3],
        ["New", "Interview", "Phone screen"]
    );
    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": rid}));
    assert_eq!(
        board[1]["name"], "Interview",
        "the board follows the new order"
    );

    // Delete: only when empty.
    let cand = ok(&ctx, "candidate_create", json!({"full_name": "Ola"}));
    ok(
        &ctx,
        "application_create",
        json!({"requisition_id": rid, "candidate_id": id(&cand)}),
    );
    let e = err(&ctx, "stage_delete", json!({"id": s[0].0}));
    assert_eq!(e.code, ErrorCode::Conflict);
    let n = count(&ctx, "pipeline_stages");
    ok(&ctx, "stage_delete", json!({"id": s[4].0}));
    assert_eq!(count(&ctx, "pipeline_stages"), n - 1);
    let positions: Vec<i64> = ok(&ctx, "stage_list", json!({"requisition_id": rid}))
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["position"].as_i64().unwrap())
        .collect();
    assert_eq!(positions, (0..positions.len() as i64).collect::<Vec<_>>());
}

#[test]
fn action_queue_finds_follow_ups_new_and_stale_and_keeps_dismissals() {
    let ctx = ctx();
    let r = ok(&ctx, "requisition_create", json!({"title": "Support Lead"}));
    let rid = id(&r);
    let app_of = |name: &str| {
        let c = ok(&ctx, "candidate_create", json!({"full_name": name}));
        id(&ok(
            &ctx,
            "application_create",
            json!({"requisition_id": rid, "candidate_id": id(&c)}),
        ))
    };
    let (amy, ben, cal) = (app_of("Amy"), app_of("Ben"), app_of("Cal"));
    let types = |items: &Value| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = items
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["type"].as_str().unwrap().to_string(),
                    i["application_id"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let q = ok(&ctx, "action_queue_list", json!({}));
    assert_eq!(
        types(&q)
            .iter()
            .filter(|(t, _)| t == "new_applicant")
            .count(),
        3
    );

    // Amy's follow-up is overdue; Ben has been stale for 10 days; Cal is screened.
    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": rid}));
    ok(
        &ctx,
        "application_move",
        json!({"id": cal, "stage_id": board[1]["stage_id"]}),
    );
    ok(
        &ctx,
        "application_move",
        json!({"id": amy, "stage_id": board[1]["stage_id"]}),
    );
    let e = err(
        &ctx,
        "application_follow_up_set",
        json!({"id": amy, "next_follow_up_date": "tomorrow"}),
    );
    assert_eq!(e.field.as_deref(), Some("next_follow_up_date"));
    let f = ok(
        &ctx,
        "application_follow_up_set",
        json!({"id": amy, "follow_up_status": "under_follow_up", "next_follow_up_date": "2020-01-02", "follow_up_remarks": "call back"}),
    );
    assert_eq!(
        (
            f["follow_up_status"].as_str(),
            f["next_follow_up_date"].as_str()
        ),
        (Some("under_follow_up"), Some("2020-01-02"))
    );
    let old = (chrono::Utc::now() - chrono::Duration::days(10))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    exec(
        &ctx,
        "UPDATE applications SET updated_at = ?1, applied_at = ?1 WHERE id = ?2",
        &[&old, &ben],
    );
    let q = ok(&ctx, "action_queue_list", json!({}));
    let t = types(&q);
    assert!(t.contains(&("follow_up_due".into(), amy.clone())), "{t:?}");
    assert!(
        t.contains(&("stale_candidate".into(), ben.clone())),
        "{t:?}"
    );
    assert!(
        !t.contains(&("new_applicant".into(), ben.clone())),
        "Ben applied 10 days ago"
    );
    assert!(
        !t.contains(&("new_applicant".into(), cal.clone())),
        "Cal is no longer new"
    );
    assert_eq!(q[0]["type"], "follow_up_due", "overdue follow-ups first");
    assert_eq!(q[0]["priority"], "high");

    // Dismissals persist across recomputation.
    let due = q
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["type"] == "follow_up_due")
        .unwrap();
    ok(&ctx, "action_queue_dismiss", json!({"id": id(due)}));
    let again = types(&ok(&ctx, "action_queue_list", json!({})));
    assert!(!again.contains(&("follow_up_due".into(), amy.clone())));
    assert_eq!(
        ok(
            &ctx,
            "action_queue_list",
            json!({"include_dismissed": true})
        )
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["is_dismissed"] == true)
        .count(),
        1
    );
    // A new follow-up date is a new item.
    ok(
        &ctx,
        "application_follow_up_set",
        json!({"id": amy, "next_follow_up_date": "2020-02-03"}),
    );
    assert!(types(&ok(&ctx, "action_queue_list", json!({})))
        .contains(&("follow_up_due".into(), amy.clone())));
    // Thresholds come from settings; raising stale_days clears Ben's item.
    let e = err(
        &ctx,
        "action_queue_settings_set",
        json!({"new_applicant_days": 0, "stale_days": 7}),
    );
    assert_eq!(e.field.as_deref(), Some("new_applicant_days"));
    ok(
        &ctx,
        "action_queue_settings_set",
        json!({"new_applicant_days": 3, "stale_days": 30}),
    );
    assert_eq!(
        ok(&ctx, "action_queue_settings_get", json!({}))["stale_days"],
        30
    );
    assert!(!types(&ok(&ctx, "action_queue_list", json!({})))
        .contains(&("stale_candidate".into(), ben)));
    assert_eq!(
        err(&ctx, "action_queue_dismiss", json!({"id": "nope"})).code,
        ErrorCode::NotFound
    );
}

#[test]
fn moves_record_who_and_notes_respect_privacy() {
    let ctx = ctx();
    let r = ok(&ctx, "requisition_create", json!({"title": "PM"}));
    let c = ok(&ctx, "candidate_create", json!({"full_name": "Eve"}));
    let app = ok(
        &ctx,
        "application_create",
        json!({"requisition_id": id(&r), "candidate_id": id(&c)}),
    );
    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": id(&r)}));
    ok(
        &ctx,
        "application_move",
        json!({"id": id(&app), "stage_id": board[2]["stage_id"], "remarks": "great call"}),
    );
    let tl = ok(
        &ctx,
        "application_timeline",
        json!({"application_id": id(&app)}),
    );
    let last = tl.as_array().unwrap().last().unwrap();
    assert_eq!(
        (last["from_stage"].as_str(), last["to_stage"].as_str()),
        (Some("New"), Some("Interview"))
    );
    assert_eq!(
        last["changed_by"], "Me",
        "moves without changed_by are the local user's"
    );
    assert_eq!(last["remarks"], "great call");

    let other = ok(
        &ctx,
        "user_create",
        json!({"email": "o@x.test", "full_name": "Other"}),
    );
    ok(
        &ctx,
        "application_note_add",
        json!({"application_id": id(&app), "note_text": "mine", "is_private": true}),
    );
    ok(
        &ctx,
        "application_note_add",
        json!({"application_id": id(&app), "note_text": "theirs", "is_private": true, "author_id": id(&other)}),
    );
    ok(
        &ctx,
        "application_note_add",
        json!({"application_id": id(&app), "note_text": "shared flag", "note_type": "red_flag"}),
    );
    let notes: Vec<String> = ok(
        &ctx,
        "application_note_list",
        json!({"application_id": id(&app)}),
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|n| n["note_text"].as_str().unwrap().to_string())
    .collect();
    assert!(notes.contains(&"mine".to_string()) && notes.contains(&"shared flag".to_string()));
    assert!(
        !notes.contains(&"theirs".to_string()),
        "another user's private note is hidden"
    );
}

#[test]
fn clients_edit_with_identity_and_contacts() {
    let ctx = ctx();
    let am = ok(
        &ctx,
        "user_create",
        json!({"email": "am@x.test", "full_name": "Ava Manager", "role": "sales"}),
    );
    let c = ok(
        &ctx,
        "client_create",
        json!({"name": "Initech", "status": "prospect"}),
    );
    let fields = json!({
        "name": "Initech Ltd", "industry": "Software", "website": "https://initech.example", "billing_address": "1 Main St",
        "billing_email": "ap@initech.example", "payment_terms_days": 45, "status": "active",
        "corporate_identity": {"logo_url": "https://initech.example/l.png", "primary_color": "#1F6FEB", "gst": "22AAAAA0000A1Z5"},
        "contract_start_date": "2026-01-01", "contract_end_date": "2026-12-31", "account_manager_id": id(&am), "notes": "Net 45"
    });
    let u = ok(
        &ctx,
        "client_update",
        json!({"id": id(&c), "fields": fields}),
    );
    assert_eq!(u["name"], "Initech Ltd");
    assert_eq!(u["account_manager_name"], "Ava Manager");
    assert_eq!(u["corporate_identity"]["primary_color"], "#1f6feb");
    assert_eq!(u["payment_terms_days"], 45);
    for (bad, field) in [
        (json!({"name": "I", "website": "initech"}), "fields.website"),
        (
            json!({"name": "I", "billing_email": "ap"}),
            "fields.billing_email",
        ),
        (
            json!({"name": "I", "payment_terms_days": 400}),
            "fields.payment_terms_days",
        ),
        (
            json!({"name": "I", "corporate_identity": {"primary_color": "blue"}}),
            "fields.corporate_identity.primary_color",
        ),
        (
            json!({"name": "I", "contract_start_date": "2026-02-01", "contract_end_date": "2026-01-01"}),
            "fields.contract_end_date",
        ),
        (
            json!({"name": "I", "account_manager_id": "ghost"}),
            "fields.account_manager_id",
        ),
        (json!({"name": " "}), "fields.name"),
    ] {
        let e = err(&ctx, "client_update", json!({"id": id(&c), "fields": bad}));
        assert_eq!(e.field.as_deref(), Some(field));
    }
    assert_eq!(
        ok(&ctx, "client_get", json!({"id": id(&c)}))["name"],
        "Initech Ltd",
        "refused edits change nothing"
    );

    let a = ok(
        &ctx,
        "client_contact_add",
        json!({"client_id": id(&c), "full_name": "Bill", "is_primary": true}),
    );
    let b = ok(
        &ctx,
        "client_contact_add",
        json!({"client_id": id(&c), "full_name": "Peter"}),
    );
    ok(
        &ctx,
        "client_contact_update",
        json!({"id": id(&b), "full_name": "Peter Gibbons", "email": "peter@initech.example", "is_primary": true}),
    );
    let list = ok(&ctx, "client_contact_list", json!({"client_id": id(&c)}));
    assert_eq!(
        (
            list[0]["full_name"].as_str(),
            list[0]["is_primary"].as_bool()
        ),
        (Some("Peter Gibbons"), Some(true))
    );
    assert_eq!(list[1]["is_primary"], false, "one primary contact");
    assert_eq!(
        err(
            &ctx,
            "client_contact_update",
            json!({"id": id(&a), "full_name": "Bill", "email": "nope"})
        )
        .field
        .as_deref(),
        Some("email")
    );
    ok(&ctx, "client_contact_delete", json!({"id": id(&a)}));
    assert_eq!(
        ok(&ctx, "client_get", json!({"id": id(&c)}))["contact_count"],
        1
    );
}

#[test]
fn candidate_profile_sections_work_history_tags_and_saved_searches() {
    let ctx = ctx();
    let c = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Priya Nair", "email": "priya@example.com"}),
    );
    let cid = id(&c);
    let profile = json!({
        "full_name": "Priya Nair", "email": "priya@example.com", "phone": "+91 98765 43210", "alternate_email": "p@alt.example",
        "linkedin_url": "https://linkedin.com/in/priya", "github_url": "https://github.com/priya", "location": "Bengaluru",
        "headline": "Backend engineer", "bio": "Builds APIs.", "status": "active", "source": "referral", "is_actively_searching": true,
        "highest_education": "B.Tech", "year_of_passing": 2016, "projects_summary": "Payments",
        "total_experience_years": 8.5, "experience_level": "senior", "current_role": "SDE III", "expected_role": "Staff Engineer",
        "job_type_preference": "full_time", "current_locations": ["Bengaluru"], "preferred_locations": ["Remote", "Mumbai"],
        "ready_to_relocate": "open_to_discussion", "notice_period_days": 60, "availability_date": "2026-03-01",
        "availability_percentage": 100, "shift_preference": "day", "work_authorization": "Indian citizen",
        "current_ctc_minor": 3_000_000_00, "expected_ctc_minor": 4_000_000_00, "ctc_currency": "INR", "is_ctc_negotiable": true,
        "looking_for_jobs_abroad": true, "sector_preference": "private", "preferred_industries": ["Fintech"],
        "gender": "female", "marital_status": "single", "date_of_birth": "1994-05-06", "languages": ["English", "Malayalam"],
        "reservation_category": "General", "willingness_to_travel": "25%", "has_driving_license": true,
        "has_current_offers": true, "number_of_offers": 1, "best_time_to_contact": "evenings",
        "preferred_contact_mode": "whatsapp", "time_zone": "Asia/Kolkata"
    });
    let saved = ok(
        &ctx,
        "candidate_profile_update",
        json!({"id": cid, "profile": profile}),
    );
    for (k, v) in profile.as_object().unwrap() {
        assert_eq!(&saved["profile"][k], v, "profile field {k}");
    }
    assert_eq!(
        ok(&ctx, "candidate_profile_get", json!({"id": cid}))["profile"],
        saved["profile"]
    );
    for (patch, field) in [
        (json!({"email": "not-an-email"}), "profile.email"),
        (
            json!({"linkedin_url": "linkedin.com/in/x"}),
            "profile.linkedin_url",
        ),
        (
            json!({"notice_period_days": 400}),
            "profile.notice_period_days",
        ),
        (json!({"ctc_currency": null}), "profile.ctc_currency"),
        (
            json!({"date_of_birth": "2999-01-01"}),
            "profile.date_of_birth",
        ),
        (
            json!({"ready_to_relocate": "maybe"}),
            "profile.ready_to_relocate",
        ),
        (
            json!({"languages": ["English", ""]}),
            "profile.languages[1]",
        ),
    ] {
        let mut p = profile.clone();
        for (k, v) in patch.as_object().unwrap() {
            p[k] = v.clone();
        }
        let e = err(
            &ctx,
            "candidate_profile_update",
            json!({"id": cid, "profile": p}),
        );
        assert_eq!(e.field.as_deref(), Some(field), "{}", e.message);
    }
    assert_eq!(
        ok(&ctx, "candidate_profile_get", json!({"id": cid}))["profile"],
        saved["profile"],
        "nothing saved half-way"
    );

    // Section F.
    ok(
        &ctx,
        "work_history_save",
        json!({"candidate_id": cid, "entry": {"company_name": "Acme", "job_title": "SDE II", "start_date": "2018-01-01", "end_date": "2021-06-30", "tools_used": ["Go"]}}),
    );
    let h = ok(
        &ctx,
        "work_history_save",
        json!({"candidate_id": cid, "entry": {"company_name": "Globex", "job_title": "SDE III", "start_date": "2021-07-01", "is_current": true, "ctc_at_role": "30 LPA"}}),
    );
    assert_eq!(h.as_array().unwrap().len(), 2);
    assert_eq!(h[0]["company_name"], "Globex", "current job first");
    let e = err(
        &ctx,
        "work_history_save",
        json!({"candidate_id": cid, "id": h[1]["id"], "entry": {"company_name": "Acme", "job_title": "SDE II", "start_date": "2021-01-01", "end_date": "2020-01-01"}}),
    );
    assert_eq!(e.field.as_deref(), Some("entry.end_date"));
    let h2 = ok(
        &ctx,
        "work_history_save",
        json!({"candidate_id": cid, "id": h[1]["id"], "entry": {"company_name": "Acme Corp", "job_title": "SDE II"}}),
    );
    assert_eq!(h2[1]["company_name"], "Acme Corp");
    ok(&ctx, "work_history_delete", json!({"id": h[1]["id"]}));
    assert_eq!(
        ok(&ctx, "work_history_list", json!({"candidate_id": cid}))
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Tags: by name, case-insensitive, filterable.
    let other = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Quinn", "location": "Pune"}),
    );
    let tags = ok(
        &ctx,
        "candidate_tag_add",
        json!({"candidate_id": cid, "tag": "Hot"}),
    );
    ok(
        &ctx,
        "candidate_tag_add",
        json!({"candidate_id": id(&other), "tag": "hot"}),
    );
    ok(
        &ctx,
        "candidate_tag_add",
        json!({"candidate_id": id(&other), "tag": "Rust", "color": "#FF0000"}),
    );
    assert_eq!(
        err(
            &ctx,
            "candidate_tag_add",
            json!({"candidate_id": cid, "tag": "X", "color": "red"})
        )
        .field
        .as_deref(),
        Some("color")
    );
    assert_eq!(count(&ctx, "tags"), 2);
    let hot = tags[0]["id"].as_str().unwrap().to_string();
    let listed = ok(&ctx, "candidate_list", json!({"tag_id": hot}));
    assert_eq!(listed["total"], 2);
    ok(
        &ctx,
        "candidate_tag_remove",
        json!({"candidate_id": cid, "tag_id": hot}),
    );
    assert_eq!(
        ok(&ctx, "candidate_list", json!({"tag_id": hot}))["total"],
        1
    );
    assert_eq!(
        ok(&ctx, "candidate_get", json!({"id": id(&other)}))["tags"],
        json!(["Hot", "Rust"]),
        "an existing tag is reused whatever its case"
    );

    // Column filters.
    assert_eq!(
        ok(&ctx, "candidate_list", json!({"location": "pun"}))["total"],
        1
    );
    assert_eq!(
        ok(&ctx, "candidate_list", json!({"min_experience_years": 8}))["total"],
        1
    );
    assert_eq!(
        ok(
            &ctx,
            "candidate_list",
            json!({"current_role": "sde", "experience_level": "senior"})
        )["total"],
        1
    );
    assert_eq!(
        err(
            &ctx,
            "candidate_list",
            json!({"min_experience_years": 9, "max_experience_years": 2})
        )
        .field
        .as_deref(),
        Some("max_experience_years")
    );

    // Saved searches reopen as the same request.
    let q = json!({"location": "pun", "tag_id": hot, "sort": "full_name", "direction": "desc", "limit": 100});
    let saved = ok(
        &ctx,
        "saved_search_save",
        json!({"name": "Pune, hot", "query": q}),
    );
    assert_eq!(
        saved[0]["query"].get("limit"),
        None,
        "paging is not part of a search"
    );
    let reopened = saved[0]["query"].clone();
    assert_eq!(ok(&ctx, "candidate_list", reopened)["total"], 1);
    let e = err(
        &ctx,
        "saved_search_save",
        json!({"name": "bad", "query": {"sort": "shoe_size"}}),
    );
    assert_eq!(e.field.as_deref(), Some("query.sort"));
    ok(
        &ctx,
        "saved_search_save",
        json!({"name": "pune, HOT", "query": {"location": "Pune"}}),
    );
    assert_eq!(
        ok(&ctx, "saved_search_list", json!({}))
            .as_array()
            .unwrap()
            .len(),
        1,
        "same name replaces"
    );
}

#[test]
fn dashboard_counts_pipelines_time_in_stage_and_interviews() {
    let ctx = ctx();
    let r = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Ops", "status": "open"}),
    );
    let rid = id(&r);
    let closed = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Old", "status": "closed"}),
    );
    let mut apps = vec![];
    for n in ["A", "B", "C"] {
        let c = ok(&ctx, "candidate_create", json!({"full_name": n}));
        apps.push(id(&ok(
            &ctx,
            "application_create",
            json!({"requisition_id": rid, "candidate_id": id(&c)}),
        )));
    }
    let board = ok(&ctx, "pipeline_board", json!({"requisition_id": rid}));
    ok(
        &ctx,
        "application_move",
        json!({"id": apps[0], "stage_id": board[1]["stage_id"]}),
    );
    // Backdate A's stay in New to exactly 2 days.
    let t0 = (chrono::Utc::now() - chrono::Duration::days(4))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let t1 = (chrono::Utc::now() - chrono::Duration::days(2))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    exec(&ctx, "UPDATE application_timeline SET created_at = ?1 WHERE application_id = ?2 AND event_type = 'created'", &[&t0, &apps[0]]);
    exec(&ctx, "UPDATE application_timeline SET created_at = ?1 WHERE application_id = ?2 AND event_type = 'stage_move'", &[&t1, &apps[0]]);
    let c = ok(&ctx, "candidate_create", json!({"full_name": "D"}));
    let when = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    exec(&ctx, "INSERT INTO interviews (id, candidate_id, requisition_id, scheduled_at, created_at, updated_at) VALUES ('i1', ?1, ?2, ?3, ?3, ?3)", &[&id(&c), &rid, &when]);

    let d = ok(&ctx, "recruiter_dashboard", json!({}));
    let pipes = d["pipelines"].as_array().unwrap();
    assert_eq!(pipes.len(), 1, "ended requisitions are left out");
    assert_ne!(pipes[0]["requisition_id"], id(&closed));
    assert_eq!(pipes[0]["total"], 3);
    let counts: Vec<i64> = pipes[0]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["count"].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [2, 1, 0, 0, 0, 0, 0]);
    let new_stage = d["time_in_stage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "New")
        .unwrap();
    assert_eq!(
        new_stage["samples"], 3,
        "A's finished stay plus B and C still there"
    );
    let screening = d["time_in_stage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "Screening")
        .unwrap();
    assert!(
        (screening["average_days"].as_f64().unwrap() - 2.0).abs() < 0.11,
        "{screening}"
    );
    assert_eq!(d["interviews_this_week"].as_array().unwrap().len(), 7);
    assert_eq!(d["interviews_this_week_total"], 1);
    assert_eq!(
        d["action_queue"].as_array().unwrap().len(),
        2,
        "B and C are new; A was screened"
    );
}
