//! Resume import: the parser against the fixture files (made by
//! `fixtures/resumes/make_fixtures.py`, expected fields in `expected.json`), bad files refused
//! with a typed error and nothing saved, and resume versions with one primary.

use std::path::PathBuf;

use base64::Engine;
use serde_json::{json, Value};
use talentdesk_core::{Context, ErrorCode, Store};

use super::support::{count, err, id, ok};

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/resumes")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn upload(name: &str) -> Value {
    json!({ "file_name": name, "content_base64": base64::engine::general_purpose::STANDARD.encode(fixture(name)) })
}

/// A store in a temporary folder, so the file store next to it is real.
pub fn file_ctx() -> (tempfile::TempDir, Context) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("td.db")).expect("store");
    (dir, Context::new(store))
}

pub fn blobs(dir: &tempfile::TempDir) -> Vec<PathBuf> {
    let root = dir.path().join("td-files");
    let mut out = Vec::new();
    for sub in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(sub.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            out.push(f.path());
        }
    }
    out
}

#[test]
fn every_fixture_parses_to_the_fields_it_was_written_with() {
    let ctx = super::support::ctx();
    let expected: Value = serde_json::from_slice(&fixture("expected.json")).expect("expected.json");
    let files = expected.as_object().expect("object");
    assert!(files.len() >= 10, "at least 10 resume fixtures");
    let kinds: Vec<&str> = files
        .keys()
        .map(|k| k.rsplit('.').next().unwrap_or(""))
        .collect();
    assert!(
        kinds.iter().filter(|k| **k == "pdf").count() >= 4
            && kinds.iter().filter(|k| **k == "docx").count() >= 4
    );
    let mut failures = Vec::new();
    for (file, want) in files {
        let draft = ok(&ctx, "resume_parse", upload(file));
        let got = &draft["parsed"];
        for field in [
            "full_name",
            "email",
            "phone",
            "linkedin_url",
            "github_url",
            "website_url",
        ] {
            if got[field] != want[field] {
                failures.push(format!(
                    "{file}: {field} = {} (want {})",
                    got[field], want[field]
                ));
            }
        }
        let got_skills: Vec<&str> = got["skills"]
            .as_array()
            .expect("skills")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for s in want["skills"].as_array().expect("skills") {
            if !got_skills.contains(&s.as_str().unwrap_or("")) {
                failures.push(format!("{file}: skill {s} not found in {got_skills:?}"));
            }
        }
        for list in ["experience", "education"] {
            let g = got[list].as_array().expect("list");
            let w = want[list].as_array().expect("list");
            if g.len() != w.len() {
                failures.push(format!(
                    "{file}: {} {list} entries {g:?}, want {}",
                    g.len(),
                    w.len()
                ));
                continue;
            }
            for (a, b) in g.iter().zip(w) {
                for (k, v) in b.as_object().expect("entry") {
                    let actual = a.get(k).cloned().unwrap_or(Value::Null);
                    let actual = if k == "current" && actual.is_null() {
                        json!(false)
                    } else {
                        actual
                    };
                    if &actual != v {
                        failures.push(format!("{file}: {list}.{k} = {actual} (want {v})"));
                    }
                }
            }
        }
        assert!(
            draft["text"].as_str().is_some_and(|t| t.len() > 100),
            "{file}: text extracted"
        );
        if failures.iter().any(|f| f.starts_with(file.as_str())) {
            eprintln!(
                "--- {file} as extracted:\n{}",
                draft["text"].as_str().unwrap_or("")
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn unreadable_files_are_refused_naming_the_field_and_nothing_is_saved() {
    let (dir, ctx) = file_ctx();
    for (file, says) in [
        ("bad_truncated.pdf", "PDF"),
        ("bad_not_a_zip.docx", "Word"),
        ("bad_cut_zip.docx", "Word"),
        ("bad_blank.pdf", "no text"),
    ] {
        let e = err(&ctx, "resume_parse", upload(file));
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidValue, Some("file")),
            "{file}: {e:?}"
        );
        assert!(e.message.contains(says), "{file}: {}", e.message);
        let e = err(
            &ctx,
            "resume_create",
            json!({ "title": "Bad", "file": upload(file), "parsed": {} }),
        );
        assert_eq!(e.field.as_deref(), Some("file"), "{file}");
    }
    let e = err(
        &ctx,
        "resume_parse",
        json!({ "file_name": "x.pdf", "content_base64": "%%%" }),
    );
    assert_eq!(e.field.as_deref(), Some("file.content_base64"));
    assert_eq!((count(&ctx, "resumes"), count(&ctx, "documents")), (0, 0));
    assert!(blobs(&dir).is_empty(), "no file stored");
}

#[test]
fn resume_versions_have_one_primary_and_files_are_stored_once() {
    let (dir, ctx) = file_ctx();
    let draft = ok(&ctx, "resume_parse", upload("01_classic_one_column.docx"));
    let first = ok(
        &ctx,
        "resume_create",
        json!({ "title": "Backend", "file": upload("01_classic_one_column.docx"), "parsed": draft["parsed"], "apply_to_profile": true }),
    );
    assert_eq!(first["is_primary"], true, "the first version is primary");
    assert_eq!(first["file_name"], "01_classic_one_column.docx");
    assert!(first["content_text"]
        .as_str()
        .is_some_and(|t| t.contains("Stripe")));
    // The person corrects a field before saving the second version.
    let mut parsed = ok(&ctx, "resume_parse", upload("04_two_column.pdf"))["parsed"].clone();
    parsed["full_name"] = json!("Aisha K. Khan");
    let second = ok(
        &ctx,
        "resume_create",
        json!({ "title": "ML", "version_label": "v2", "file": upload("04_two_column.pdf"), "parsed": parsed }),
    );
    assert_eq!(
        (
            second["is_primary"].clone(),
            second["parsed"]["full_name"].clone()
        ),
        (json!(false), json!("Aisha K. Khan"))
    );
    // Same file again: a second version and document row, one stored blob.
    ok(
        &ctx,
        "resume_create",
        json!({ "title": "Backend copy", "file": upload("01_classic_one_column.docx"), "parsed": {} }),
    );
    assert_eq!((count(&ctx, "documents"), blobs(&dir).len()), (3, 2));

    ok(&ctx, "resume_set_primary", json!({ "id": id(&second) }));
    let list = ok(&ctx, "resume_list", json!({}));
    let primaries: Vec<&Value> = list
        .as_array()
        .expect("list")
        .iter()
        .filter(|r| r["is_primary"] == true)
        .collect();
    assert_eq!(primaries.len(), 1);
    assert_eq!(primaries[0]["id"], second["id"]);

    // The profile was filled from the first resume.
    let profile = ok(&ctx, "profile_get", json!({}));
    assert_eq!(profile["full_name"], "Jane Doe");
    assert_eq!(profile["email"], "jane.doe@example.com");
    assert_eq!(profile["experience"].as_array().map(Vec::len), Some(2));
    assert!(profile["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .any(|s| s["name"] == "Kubernetes"));

    // Deleting the primary promotes another; the shared blob stays while a document names it.
    ok(&ctx, "resume_delete", json!({ "id": id(&second) }));
    let list = ok(&ctx, "resume_list", json!({}));
    assert_eq!(
        list.as_array()
            .map(|l| l.iter().filter(|r| r["is_primary"] == true).count()),
        Some(1)
    );
    assert_eq!(
        blobs(&dir).len(),
        1,
        "the PDF's blob is gone, the DOCX's is shared"
    );
    ok(&ctx, "resume_delete", json!({ "id": id(&first) }));
    assert_eq!(blobs(&dir).len(), 1, "still used by the copy");

    // Bad corrections name the field and change nothing.
    let before = count(&ctx, "resumes");
    let e = err(
        &ctx,
        "resume_create",
        json!({ "title": "x", "text": "hello", "parsed": { "email": "nope" } }),
    );
    assert_eq!(e.field.as_deref(), Some("parsed.email"));
    let e = err(
        &ctx,
        "resume_create",
        json!({ "title": "x", "text": "hello", "parsed": { "experience": [{ "title": "Dev", "start": "2020-13" }] } }),
    );
    assert_eq!(e.field.as_deref(), Some("parsed.experience[0].start"));
    let e = err(&ctx, "resume_create", json!({ "title": "x", "parsed": {} }));
    assert_eq!(e.field.as_deref(), Some("file"));
    assert_eq!(count(&ctx, "resumes"), before);
}
