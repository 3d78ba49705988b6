//! The skill catalog, the profile editor and job matching: synonyms, word boundaries,
//! deterministic explained scores stored on the job.

use serde_json::{json, Value};
use talentdesk_core::skills::{catalog, matching::match_skills};

use super::support::{ctx, err, id, ok};

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s["name"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn the_catalog_is_large_unique_and_resolves_synonyms() {
    let c = catalog().expect("catalog");
    assert!(c.len() >= 1000, "{} skills", c.len());
    let mut forms = std::collections::HashMap::new();
    for s in c.skills() {
        assert!(!s.group.is_empty() && !s.name.trim().is_empty());
        for f in std::iter::once(s.name.as_str()).chain(s.synonyms.iter().map(String::as_str)) {
            let key = f.trim_start_matches('=').to_lowercase();
            if let Some(other) = forms.insert(key.clone(), s.name.clone()) {
                assert_eq!(other, s.name, "`{key}` names two skills");
            }
        }
    }
    for (alias, name) in [
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("golang", "Go"),
        ("sklearn", "scikit-learn"),
    ] {
        assert_eq!(
            c.lookup(alias).map(|s| s.name.as_str()),
            Some(name),
            "{alias}"
        );
    }
}

#[test]
fn extraction_respects_word_boundaries_case_and_multi_word_skills() {
    let ctx = ctx();
    let found = ok(
        &ctx,
        "skills_extract",
        json!({ "text": "Objective-C and C++ on k8s; JS, not Java. Machine learning with Postgres.\nReports to C-level. go to market. Go, golang." }),
    );
    let got = names(&found);
    for want in [
        "Objective-C",
        "C++",
        "Kubernetes",
        "JavaScript",
        "Java",
        "Machine learning",
        "PostgreSQL",
        "Go",
    ] {
        assert!(got.contains(&want.to_string()), "{want} in {got:?}");
    }
    assert!(
        !got.contains(&"C".to_string()),
        "C-level and Objective-C are not C: {got:?}"
    );
    let go = found
        .as_array()
        .expect("array")
        .iter()
        .find(|s| s["name"] == "Go")
        .expect("go");
    assert_eq!(
        (go["as_written"].clone(), go["occurrences"].clone()),
        (json!("Go"), json!(2)),
        "lower-case `go` is a verb"
    );
    let js = found
        .as_array()
        .expect("array")
        .iter()
        .find(|s| s["name"] == "JavaScript")
        .expect("js");
    assert_eq!(js["as_written"], "JS");
    let search = ok(&ctx, "skill_catalog_search", json!({ "query": "postgre" }));
    assert_eq!(names(&search)[0], "PostgreSQL");
}

#[test]
fn scores_are_deterministic_explained_and_weight_required_over_nice_to_have() {
    let c = catalog().expect("catalog");
    let jd =
        "Backend engineer\nRequirements:\n- Go and k8s\n- Postgres\nNice to have:\n- Terraform\n";
    let mine = vec![
        "golang".to_string(),
        "Kubernetes".to_string(),
        "React".to_string(),
    ];
    let a = match_skills(c, jd, &mine);
    let b = match_skills(c, jd, &mine);
    assert_eq!(a, b, "same input, same result");
    // Go 1 + Kubernetes 1 matched of Go, Kubernetes, PostgreSQL (1 each) and Terraform (0.5).
    assert_eq!(a.score, (100.0_f64 * 2.0 / 3.5).round() as i64);
    assert_eq!(
        a.matched
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>(),
        ["Go", "Kubernetes"]
    );
    assert_eq!(
        a.missing
            .iter()
            .map(|s| (s.name.as_str(), s.preferred))
            .collect::<Vec<_>>(),
        [("PostgreSQL", false), ("Terraform", true)]
    );
    assert_eq!(a.extra, ["React"]);
    assert!(
        a.explanation.contains("Missing: PostgreSQL.")
            && a.explanation.contains("nice-to-have: Terraform"),
        "{}",
        a.explanation
    );
    let none = match_skills(c, "We are a friendly team.", &mine);
    assert_eq!(none.score, 0);
    assert!(none.explanation.contains("no skill from the catalog"));
}

#[test]
fn profile_saves_children_by_id_and_refuses_bad_fields() {
    let ctx = ctx();
    let empty = ok(&ctx, "profile_get", json!({}));
    assert_eq!(
        ok(&ctx, "profile_get", json!({}))["candidate_id"],
        empty["candidate_id"],
        "one profile row"
    );
    let saved = ok(
        &ctx,
        "profile_save",
        json!({
            "full_name": "Ada Lovelace", "email": "ada@example.com", "linkedin_url": "linkedin.com/in/ada",
            "experience": [{ "job_title": "Analyst", "company_name": "Engines Ltd", "start_date": "2019-03", "is_current": true }],
            "education": [{ "institution": "University of London", "degree": "BSc", "start_date": "2015", "end_date": "2018" }],
            "skills": [{ "name": "k8s", "level": "advanced" }, { "name": "Public speaking", "level": "beginner" }],
            "certifications": [{ "name": "CKA", "issuer": "CNCF", "issued_on": "2022-01-10" }]
        }),
    );
    assert_eq!(saved["linkedin_url"], "https://linkedin.com/in/ada");
    let skills = saved["skills"].as_array().expect("skills");
    assert_eq!(
        (
            skills[0]["name"].clone(),
            skills[0]["level"].clone(),
            skills[0]["category"].clone()
        ),
        (json!("Kubernetes"), json!("advanced"), json!("tool"))
    );
    assert_eq!(skills[1]["category"], "soft");
    // Edit the job by id, drop the certification, keep the rest.
    let mut next = saved.clone();
    next["experience"][0]["job_title"] = json!("Senior Analyst");
    next["certifications"] = json!([]);
    next.as_object_mut().map(|o| o.remove("updated_at"));
    let edited = ok(&ctx, "profile_save", next);
    assert_eq!(edited["experience"][0]["id"], saved["experience"][0]["id"]);
    assert_eq!(edited["experience"][0]["job_title"], "Senior Analyst");
    assert_eq!(edited["certifications"], json!([]));

    for (patch, field) in [
        (
            json!({ "experience": [{ "job_title": "A", "company_name": "B", "start_date": "2020-05", "end_date": "2019-01" }] }),
            "experience[0].end_date",
        ),
        (json!({ "linkedin_url": "not a url" }), "linkedin_url"),
        (json!({ "email": "ada-at-example" }), "email"),
        (
            json!({ "skills": [{ "name": "JS" }, { "name": "JavaScript" }] }),
            "skills[1].name",
        ),
        (
            json!({ "education": [{ "institution": "X", "start_date": "05/2020" }] }),
            "education[0].start_date",
        ),
        (
            json!({ "skills": [{ "name": "Go", "level": "guru" }] }),
            "skills[0].level",
        ),
    ] {
        let mut req = json!({ "full_name": "Ada" });
        for (k, v) in patch.as_object().expect("patch") {
            req[k] = v.clone();
        }
        let e = err(&ctx, "profile_save", req);
        assert_eq!(e.field.as_deref(), Some(field), "{e:?}");
    }
    assert_eq!(
        ok(&ctx, "profile_get", json!({}))["experience"][0]["job_title"],
        "Senior Analyst",
        "failed saves changed nothing"
    );
}

#[test]
fn a_match_is_stored_on_the_job_from_the_primary_resume_or_the_profile() {
    let ctx = ctx();
    ok(
        &ctx,
        "profile_save",
        json!({ "full_name": "Me", "skills": [{ "name": "Python" }, { "name": "SQL" }] }),
    );
    let job = ok(
        &ctx,
        "tracked_job_create",
        json!({ "title": "Data Engineer", "company": "Acme", "description": "Must have: Python, SQL, Apache Spark and Airflow." }),
    );
    let m = ok(&ctx, "job_match_run", json!({ "tracked_job_id": id(&job) }));
    assert_eq!(
        (m["source"].clone(), m["score"].clone()),
        (json!("profile"), json!(50))
    );
    assert_eq!(
        ok(&ctx, "tracked_job_get", json!({ "id": id(&job) }))["match_score"],
        50
    );
    assert_eq!(
        ok(&ctx, "job_match_get", json!({ "tracked_job_id": id(&job) })),
        m
    );

    // With a resume, the primary resume is the default source.
    let resume = ok(
        &ctx,
        "resume_create",
        json!({ "title": "Data", "text": "Python, SQL, PySpark and Apache Airflow", "parsed": { "skills": ["Python", "SQL"] } }),
    );
    let m = ok(&ctx, "job_match_run", json!({ "tracked_job_id": id(&job) }));
    assert_eq!(
        (
            m["source"].clone(),
            m["resume_id"].clone(),
            m["score"].clone()
        ),
        (json!("resume"), resume["id"].clone(), json!(100))
    );
    let m = ok(
        &ctx,
        "job_match_run",
        json!({ "tracked_job_id": id(&job), "source": "profile" }),
    );
    assert_eq!(m["score"], 50);

    let bare = ok(
        &ctx,
        "tracked_job_create",
        json!({ "title": "X", "company": "Y" }),
    );
    let e = err(
        &ctx,
        "job_match_run",
        json!({ "tracked_job_id": id(&bare) }),
    );
    assert_eq!(e.field.as_deref(), Some("description"));
    let e = err(
        &ctx,
        "job_match_run",
        json!({ "tracked_job_id": id(&job), "resume_id": "nope" }),
    );
    assert_eq!(e.field.as_deref(), Some("resume_id"));
    assert_eq!(
        ok(
            &ctx,
            "job_match_get",
            json!({ "tracked_job_id": id(&bare) })
        ),
        Value::Null
    );
}
