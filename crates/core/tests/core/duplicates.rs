//! Duplicate candidates: each key kind detected on save (as a warning),
//! listed in pairs with reasons, and merged with everything moved and the
//! merge recorded, in one transaction.

use serde_json::{json, Value};

use super::support::{count, ctx, err, id, ok};

fn reasons(m: &Value) -> Vec<String> {
    m["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn each_key_kind_is_detected_on_save() {
    let ctx = ctx();
    let ana = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "Ana.Lima@Example.com", "phone": "+1 (415) 555-0100"}),
    );
    assert!(ana["possible_duplicates"].as_array().unwrap().is_empty());
    let by_email = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "A. Lima", "email": "  ana.lima@example.COM "}),
    );
    assert_eq!(
        by_email["possible_duplicates"][0]["candidate_id"],
        ana["id"]
    );
    assert_eq!(reasons(&by_email["possible_duplicates"][0]), ["email"]);
    let by_phone = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Someone", "phone": "415.555.0100"}),
    );
    assert_eq!(reasons(&by_phone["possible_duplicates"][0]), ["phone"]);
    assert_eq!(
        by_phone["possible_duplicates"][0]["candidate_id"],
        ana["id"]
    );

    // LinkedIn: stored through SQL (the create command has no such field
    // checks), compared in canonical form.
    ctx.store()
        .write(|tx| {
            tx.execute("UPDATE candidates SET linkedin_url = 'https://www.linkedin.com/in/ana-lima/' WHERE id = ?1", [id(&ana)])?;
            Ok(())
        })
        .unwrap();
    let by_li = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana L", "linkedin_url": "http://uk.linkedin.com/in/Ana-Lima?trk=abc"}),
    );
    assert_eq!(reasons(&by_li["possible_duplicates"][0]), ["linkedin"]);

    // Name plus current company: only with the same current employer.
    let cleo = ok(&ctx, "candidate_create", json!({"full_name": "Cleo Diaz"}));
    ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": id(&cleo), "company_name": "Globex Inc.", "job_title": "Engineer", "is_current": true}),
    );
    let other = ok(&ctx, "candidate_create", json!({"full_name": "cleo  DIAZ"}));
    assert!(
        other["possible_duplicates"].as_array().unwrap().is_empty(),
        "name alone is not enough"
    );
    let past = ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": id(&other), "company_name": "Globex Inc", "job_title": "Dev"}),
    );
    assert!(
        past["possible_duplicates"].as_array().unwrap().is_empty(),
        "a past employer is not enough"
    );
    let now = ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": id(&other), "company_name": "GLOBEX, inc", "job_title": "Dev", "is_current": true}),
    );
    assert_eq!(reasons(&now["possible_duplicates"][0]), ["name_company"]);
    assert_eq!(now["possible_duplicates"][0]["candidate_id"], cleo["id"]);

    // Update: a changed email is checked again; clearing the match clears the warning.
    let bo = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Bo Chen", "email": "bo@example.org"}),
    );
    assert!(bo["possible_duplicates"].as_array().unwrap().is_empty());
    let bo2 = ok(
        &ctx,
        "candidate_update",
        json!({"id": id(&bo), "email": "ANA.LIMA@example.com"}),
    );
    assert_eq!(reasons(&bo2["possible_duplicates"][0]), ["email"]);
    let bo3 = ok(
        &ctx,
        "candidate_update",
        json!({"id": id(&bo), "email": "bo@example.org"}),
    );
    assert!(bo3["possible_duplicates"].as_array().unwrap().is_empty());

    // The pair list: every pair once, with its reasons.
    let pairs = ok(&ctx, "candidate_duplicates", json!({}));
    let mut got: Vec<(String, String, Vec<String>)> = pairs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["a"]["full_name"].as_str().unwrap().into(),
                p["b"]["full_name"].as_str().unwrap().into(),
                reasons(p),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                "Ana Lima".into(),
                "A. Lima".into(),
                vec!["email".to_string()]
            ),
            ("Ana Lima".into(), "Ana L".into(), vec!["linkedin".into()]),
            ("Ana Lima".into(), "Someone".into(), vec!["phone".into()]),
            (
                "Cleo Diaz".into(),
                "cleo  DIAZ".into(),
                vec!["name_company".into()]
            ),
        ]
    );
    assert_eq!(pairs["total"], 4);
    let one = ok(
        &ctx,
        "candidate_duplicates",
        json!({"candidate_id": id(&cleo)}),
    );
    assert_eq!(one["total"], 1);
    // Deleting a candidate removes its keys.
    ok(&ctx, "candidate_delete", json!({"id": id(&by_phone)}));
    assert_eq!(ok(&ctx, "candidate_duplicates", json!({}))["total"], 3);
}

#[test]
fn merge_moves_everything_fills_gaps_and_is_recorded() {
    let ctx = ctx();
    let user = ok(
        &ctx,
        "user_create",
        json!({"email": "rita@acme.test", "full_name": "Rita", "role": "recruiter"}),
    );
    let keep = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana@example.com", "skills": [{"name": "Rust"}]}),
    );
    let gone = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima (2)", "email": "ANA@example.com", "phone": "+351 912 345 678", "location": "Lisbon",
               "skills": [{"name": "rust"}, {"name": "Kubernetes"}]}),
    );
    let (k, g) = (id(&keep), id(&gone));
    ok(
        &ctx,
        "work_experience_add",
        json!({"candidate_id": g, "company_name": "Globex", "job_title": "SRE"}),
    );
    ok(
        &ctx,
        "education_add",
        json!({"candidate_id": g, "institution": "USP"}),
    );
    // Rows in other domains, written directly: an application with a note and
    // an interview, a file, tags (one shared), a resume.
    ctx.store()
        .write(|tx| {
            tx.execute_batch(&format!(
                "INSERT INTO requisitions (id, title) VALUES ('req1', 'Engineer');
                 INSERT INTO applications (id, candidate_id, requisition_id) VALUES ('app1', '{g}', 'req1');
                 INSERT INTO application_notes (id, application_id, note_text) VALUES ('n1', 'app1', 'Strong');
                 INSERT INTO interviews (id, application_id, candidate_id, scheduled_at) VALUES ('i1', 'app1', '{g}', '2030-01-01T10:00:00.000Z');
                 INSERT INTO documents (id, candidate_id, original_filename, file_key) VALUES ('d1', '{g}', 'cv.pdf', 'abc');
                 INSERT INTO resumes (id, candidate_id, content_text) VALUES ('r1', '{g}', 'Zanzibar project');
                 INSERT INTO tags (id, name) VALUES ('t1', 'hot'), ('t2', 'remote');
                 INSERT INTO candidate_tags (id, tag_id, candidate_id) VALUES ('ct1', 't1', '{k}'), ('ct2', 't1', '{g}'), ('ct3', 't2', '{g}');"
            ))?;
            Ok(())
        })
        .unwrap();
    let e = err(
        &ctx,
        "candidate_merge",
        json!({"keep_id": k, "merge_id": k}),
    );
    assert_eq!(e.field.as_deref(), Some("merge_id"));
    let e = err(
        &ctx,
        "candidate_merge",
        json!({"keep_id": k, "merge_id": "nope"}),
    );
    assert_eq!(e.field.as_deref(), Some("merge_id"));

    let r = ok(
        &ctx,
        "candidate_merge",
        json!({"keep_id": k, "merge_id": g, "merged_by": id(&user)}),
    );
    let c = &r["candidate"];
    assert_eq!(c["id"], k);
    assert_eq!(c["full_name"], "Ana Lima", "kept values stay");
    assert_eq!(c["email"], "ana@example.com");
    assert_eq!(c["phone"], "+351 912 345 678", "empty fields filled");
    assert_eq!(c["location"], "Lisbon");
    let filled: Vec<&str> = r["filled_fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        filled.contains(&"phone") && filled.contains(&"location"),
        "{filled:?}"
    );
    let skills: Vec<&str> = c["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(skills, ["Kubernetes", "Rust"], "same skill not doubled");
    assert_eq!(c["work_history"].as_array().unwrap().len(), 1);
    assert_eq!(c["education"].as_array().unwrap().len(), 1);
    assert!(c["possible_duplicates"].as_array().unwrap().is_empty());
    assert_eq!(reasons(&r), ["email"]);
    assert_eq!(r["moved"]["applications"], 1);
    assert_eq!(r["moved"]["documents"], 1);
    assert_eq!(r["moved"]["interviews"], 1);
    assert_eq!(
        r["moved"]["candidate_tags"], 1,
        "the shared tag is not doubled"
    );

    // Everything now belongs to the kept candidate; the other is gone.
    let owner = |sql: &str| -> String {
        ctx.store()
            .read(|c| Ok(c.query_row(sql, [], |r| r.get(0))?))
            .unwrap()
    };
    assert_eq!(
        owner("SELECT candidate_id FROM applications WHERE id = 'app1'"),
        k
    );
    assert_eq!(
        owner("SELECT candidate_id FROM interviews WHERE id = 'i1'"),
        k
    );
    assert_eq!(owner("SELECT a.candidate_id FROM application_notes n JOIN applications a ON a.id = n.application_id"), k);
    assert_eq!(
        owner("SELECT candidate_id FROM documents WHERE id = 'd1'"),
        k
    );
    assert_eq!(owner("SELECT candidate_id FROM resumes WHERE id = 'r1'"), k);
    assert_eq!(owner("SELECT group_concat(tag_id) FROM (SELECT tag_id FROM candidate_tags WHERE candidate_id = (SELECT id FROM candidates) ORDER BY tag_id)"), "t1,t2");
    assert_eq!(count(&ctx, "candidates"), 1);
    assert_eq!(
        owner("SELECT event_type FROM application_timeline WHERE application_id = 'app1'"),
        "merge"
    );
    // Search follows: the merged resume text is found under the kept candidate.
    let found = ok(&ctx, "candidate_search", json!({"query": "zanzibar"}));
    assert_eq!(found["items"][0]["id"], k);

    // The history row.
    let (kept, merged, name, by, moved, snapshot): (String, String, String, String, String, String) = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT kept_candidate_id, merged_candidate_id, merged_full_name, merged_by, moved, merged_snapshot FROM candidate_merges",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )?)
        })
        .unwrap();
    assert_eq!(
        (kept.as_str(), merged.as_str(), name.as_str(), by.as_str()),
        (k.as_str(), g.as_str(), "Ana Lima (2)", id(&user).as_str())
    );
    let moved: Value = serde_json::from_str(&moved).unwrap();
    assert_eq!(moved["applications"], 1);
    let snapshot: Value = serde_json::from_str(&snapshot).unwrap();
    assert_eq!(snapshot["phone"], "+351 912 345 678");
    assert_eq!(r["merge_id"].as_str().unwrap().len(), 36);
}

#[test]
fn a_failing_merge_changes_nothing() {
    let ctx = ctx();
    let a = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "A", "email": "a@example.com"}),
    );
    let b = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "B", "email": "a@example.com", "location": "Rome"}),
    );
    let e = err(
        &ctx,
        "candidate_merge",
        json!({"keep_id": id(&a), "merge_id": id(&b), "merged_by": "no-such-user"}),
    );
    assert_eq!(e.field.as_deref(), Some("merged_by"));
    assert_eq!(count(&ctx, "candidates"), 2);
    assert_eq!(count(&ctx, "candidate_merges"), 0);
    assert!(ok(&ctx, "candidate_get", json!({"id": id(&a)}))["location"].is_null());
}

#[test]
fn not_a_duplicate_stops_listing_the_pair_and_moves_with_a_merge() {
    let ctx = ctx();
    let ana = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana@example.com", "phone": "+1 415 555 0100"}),
    );
    let other = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Souza", "email": "ANA@example.com"}),
    );
    let third = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "A. Lima", "phone": "(415) 555-0100"}),
    );
    let (a, o, t) = (id(&ana), id(&other), id(&third));
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 0);
    let listed = |of: &str| -> Vec<String> {
        ok(&ctx, "candidate_get", json!({"id": of}))["possible_duplicates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["candidate_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(listed(&a).len(), 2);

    // Bad input names the field and saves nothing.
    let e = err(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": a, "other_id": a}),
    );
    assert_eq!(e.field.as_deref(), Some("other_id"));
    let e = err(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": a, "other_id": "nope"}),
    );
    assert_eq!(e.field.as_deref(), Some("other_id"));
    let e = err(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": a, "other_id": o, "dismissed_by": "nobody"}),
    );
    assert_eq!(e.field.as_deref(), Some("dismissed_by"));
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 0);

    // Dismissed from Ana's side: gone from both profiles and the pair list;
    // the third candidate is still flagged. A second dismissal (either
    // order) keeps one record.
    let after = ok(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": a, "other_id": o}),
    );
    let still: Vec<&str> = after["possible_duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["candidate_id"].as_str().unwrap())
        .collect();
    assert_eq!(still, [t.as_str()]);
    assert!(listed(&o).is_empty());
    ok(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": o, "other_id": a}),
    );
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 1);
    let pairs = ok(&ctx, "candidate_duplicates", json!({}));
    assert_eq!(pairs["total"], 1);
    let pair = [
        pairs["items"][0]["a"]["id"].as_str().unwrap(),
        pairs["items"][0]["b"]["id"].as_str().unwrap(),
    ];
    assert!(pair.contains(&a.as_str()) && pair.contains(&t.as_str()));
    // The dismissal is captured for sync like any synced row.
    let captured: i64 = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM sync_changes WHERE tbl = 'candidate_duplicate_dismissals'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(captured, 1);

    // Merging the third into Ana: the dismissal still holds for the kept
    // one. Dismissing then merging the same pair leaves no self-pair.
    ok(
        &ctx,
        "candidate_merge",
        json!({"keep_id": a, "merge_id": t}),
    );
    assert!(listed(&a).is_empty());
    ok(
        &ctx,
        "candidate_merge",
        json!({"keep_id": a, "merge_id": o}),
    );
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 0);
    // Deleting a candidate removes its dismissals.
    let x = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "X", "email": "ana@example.com"}),
    );
    ok(
        &ctx,
        "candidate_duplicate_dismiss",
        json!({"candidate_id": id(&x), "other_id": a}),
    );
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 1);
    ok(&ctx, "candidate_delete", json!({"id": id(&x)}));
    assert_eq!(count(&ctx, "candidate_duplicate_dismissals"), 0);
}

#[test]
fn a_candidates_applications_with_notes_follow_a_merge() {
    let ctx = ctx();
    let keep = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana Lima", "email": "ana@example.com"}),
    );
    let gone = ok(
        &ctx,
        "candidate_create",
        json!({"full_name": "Ana L.", "email": "Ana@Example.com"}),
    );
    let (k, g) = (id(&keep), id(&gone));
    let req = ok(
        &ctx,
        "requisition_create",
        json!({"title": "Platform Engineer"}),
    );
    let app = ok(
        &ctx,
        "application_create",
        json!({"requisition_id": id(&req), "candidate_id": g}),
    );
    ok(
        &ctx,
        "application_note_add",
        json!({"application_id": id(&app), "note_text": "Great call"}),
    );
    assert_eq!(
        ok(
            &ctx,
            "candidate_application_list",
            json!({"candidate_id": k})
        ),
        json!([])
    );
    let e = err(
        &ctx,
        "candidate_application_list",
        json!({"candidate_id": "nope"}),
    );
    assert_eq!(e.field.as_deref(), Some("candidate_id"));

    ok(
        &ctx,
        "candidate_merge",
        json!({"keep_id": k, "merge_id": g}),
    );
    let apps = ok(
        &ctx,
        "candidate_application_list",
        json!({"candidate_id": k}),
    );
    assert_eq!(apps.as_array().unwrap().len(), 1);
    assert_eq!(apps[0]["id"], app["id"]);
    assert_eq!(apps[0]["requisition_title"], "Platform Engineer");
    assert_eq!(apps[0]["stage_kind"], "new");
    assert_eq!(apps[0]["note_count"], 1);
}
