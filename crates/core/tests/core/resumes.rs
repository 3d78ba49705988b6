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
            eprintln!("--- {file} as extracted:\n{}", draft["text"].as_str().unwrap_or(""));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
