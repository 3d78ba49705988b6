//! The CLI binary end to end, against a temporary database: what scripts see
//! (stdout, exit codes) is the contract. Helpers at the top make new cases
//! one-liners: `call(&db, "name", json)` → (exit code, parsed JSON).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use talentdesk_core::Store;

/// A fresh database path in its own temp dir (kept alive by the guard).
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talentdesk.db");
    (dir, path)
}

/// Run the CLI with `--db <db>` and `args`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talentdesk-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

/// Run the CLI with `stdin` piped in.
pub fn run_with_stdin(db: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_talentdesk-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// `call NAME JSON` → (exit code, stdout parsed as JSON).
pub fn call(db: &Path, name: &str, input: Value) -> (i32, Value) {
    let out = run(db, &["call", name, &input.to_string()]);
    parse(&out)
}

/// Exit code and stdout parsed as JSON.
pub fn parse(out: &Output) -> (i32, Value) {
    let text = stdout(out);
    let v = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {text}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), v)
}

/// `call` that must succeed; returns the response.
pub fn call_ok(db: &Path, name: &str, input: Value) -> Value {
    let (code, v) = call(db, name, input.clone());
    assert_eq!(code, 0, "{name} {input} failed: {v}");
    v
}

/// `call` that must fail with exit 2; returns the `error` object.
pub fn call_err(db: &Path, name: &str, input: Value) -> Value {
    let (code, v) = call(db, name, input.clone());
    assert_eq!(code, 2, "{name} {input} should fail, got {v}");
    v["error"].clone()
}

#[test]
fn init_creates_and_migrates() {
    let (_dir, db) = temp_db();
    let out = run(&db, &["init"]);
    assert!(out.status.success(), "{out:?}");
    let expected = format!(
        "initialized {} at schema version {}\n",
        db.display(),
        Store::latest_migration_version()
    );
    assert_eq!(stdout(&out), expected);
    assert!(db.exists());
    // idempotent
    assert_eq!(stdout(&run(&db, &["init"])), expected);
}

#[test]
fn commands_lists_app_info() {
    let (_dir, db) = temp_db();
    let out = run(&db, &["commands"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let line = text.lines().find(|l| l.starts_with("app_info ")).unwrap();
    assert!(line.contains("schema version"), "{line}");
    assert!(text.lines().any(|l| l.starts_with("commands_list ")));
}

#[test]
fn call_app_info_reports_latest_schema() {
    let (_dir, db) = temp_db();
    let v = call_ok(&db, "app_info", json!({}));
    assert_eq!(
        v["schema_version"],
        json!(Store::latest_migration_version())
    );
    assert_eq!(v["db_path"], json!(db.display().to_string()));
    // no JSON argument means {}
    let (code, v2) = parse(&run(&db, &["call", "app_info"]));
    assert_eq!((code, &v2), (0, &v));
    // `-` reads stdin
    let (code, v3) = parse(&run_with_stdin(&db, &["call", "app_info", "-"], "{}"));
    assert_eq!((code, &v3), (0, &v));
}

#[test]
fn unknown_command_exits_2() {
    let (_dir, db) = temp_db();
    let e = call_err(&db, "app_inf", json!({}));
    assert_eq!(e["code"], "unknown_command");
    assert!(e["message"].as_str().unwrap().contains("app_info"), "{e}");
}

#[test]
fn malformed_json_is_invalid_json() {
    let (_dir, db) = temp_db();
    let (code, v) = parse(&run(&db, &["call", "app_info", "{not json"]));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "invalid_json");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("line 1"),
        "{v}"
    );
}

#[test]
fn unusable_db_path_is_a_cli_error() {
    let (dir, _db) = temp_db();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let out = run(&file.join("td.db"), &["init"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot open database"),
        "{out:?}"
    );
}

#[test]
fn schema_coverage_prints_totals() {
    let (_dir, db) = temp_db();
    let out = run(&db, &["schema", "coverage"]);
    let text = stdout(&out);
    let inv = talentdesk_core::seedmap::inventory().unwrap();
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("coverage: "), "{text}");
    assert!(
        last.ends_with(&format!("/{} fields", inv.totals.fields)),
        "{last}"
    );
    assert!(
        text.lines()
            .any(|l| l
                .starts_with("000_b94c43d21bcf007a.txt  Interview practice platform  entities "))
    );
    assert_eq!(
        last,
        format!(
            "coverage: {0}/{0} entities, {1}/{1} fields",
            inv.totals.entities, inv.totals.fields
        )
    );
    assert_eq!(last, "coverage: 160/160 entities, 701/701 fields");
    assert_eq!(out.status.code(), Some(0), "{text}");
}

/// Row count and newest `updated_at` of every table: any write shows up here.
fn fingerprint(db: &Path) -> Vec<(String, i64, Option<String>)> {
    let store = Store::open(db).unwrap();
    store
        .read(|c| {
            let tables: Vec<String> = c
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut out = Vec::new();
            for t in tables {
                let has_updated: bool = c.query_row(
                    "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE name = 'updated_at'",
                    [&t],
                    |r| r.get(0),
                )?;
                let newest = if has_updated { "max(updated_at)".to_string() } else { "NULL".to_string() };
                let (n, max) = c.query_row(&format!("SELECT count(*), {newest} FROM \"{t}\""), [], |r| Ok((r.get(0)?, r.get(1)?)))?;
                out.push((t, n, max));
            }
            Ok(out)
        })
        .unwrap()
}

#[test]
fn bad_input_is_a_typed_error_and_changes_nothing() {
    let (_dir, db) = temp_db();
    let req = call_ok(&db, "requisition_create", json!({"title": "Data Analyst"}));
    let rid = req["id"].as_str().unwrap().to_string();
    let cand = call_ok(&db, "candidate_create", json!({"full_name": "Gus Hale"}));
    let cid = cand["id"].as_str().unwrap().to_string();
    let before = fingerprint(&db);
    let ghost = "01900000-0000-7000-8000-000000000000";
    let cases: Vec<(&str, Value, &str, Option<&str>)> = vec![
        (
            "candidate_creat",
            json!({"full_name": "X"}),
            "unknown_command",
            None,
        ),
        (
            "candidate_create",
            json!({"email": "x@example.com"}),
            "missing_field",
            Some("full_name"),
        ),
        (
            "candidate_create",
            json!({"full_name": "X", "status": "asleep"}),
            "invalid_value",
            Some("status"),
        ),
        (
            "requisition_create",
            json!({"title": "X", "work_mode": "moon"}),
            "invalid_value",
            Some("work_mode"),
        ),
        (
            "application_create",
            json!({"requisition_id": rid, "candidate_id": ghost}),
            "dangling_reference",
            Some("candidate_id"),
        ),
        (
            "application_create",
            json!({"requisition_id": ghost, "candidate_id": cid}),
            "dangling_reference",
            Some("requisition_id"),
        ),
    ];
    for (name, input, code, field) in cases {
        let e = call_err(&db, name, input.clone());
        assert_eq!(e["code"], code, "{name} {input}: {e}");
        assert_eq!(e["field"].as_str(), field, "{name} {input}: {e}");
        assert!(!e["message"].as_str().unwrap().is_empty());
    }
    // Malformed JSON never reaches the command.
    let (code, v) = parse(&run(&db, &["call", "candidate_create", "{\"full_name\": "]));
    assert_eq!(
        (code, v["error"]["code"].as_str()),
        (2, Some("invalid_json"))
    );
    assert_eq!(
        fingerprint(&db),
        before,
        "failed calls changed the database"
    );
}

/// A command that starts background work: `call` waits for the task, shows
/// progress on stderr and prints the task's result as the response.
#[test]
fn call_waits_for_a_background_task_and_prints_its_result() {
    let (_dir, db) = temp_db();
    let out = run(
        &db,
        &["call", "demo_generate", r#"{"seed":3,"scale":"small"}"#],
    );
    let (code, v) = parse(&out);
    assert_eq!(code, 0, "{v}");
    let total = v["total_rows"].as_u64().unwrap();
    assert!(total > 1000, "{v}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("demo_generate:"),
        "progress on stderr: {stderr}"
    );
    let rows: i64 = Store::open(&db)
        .unwrap()
        .read(|c| Ok(c.query_row("SELECT count(*) FROM candidates", [], |r| r.get(0))?))
        .unwrap();
    assert!(rows > 0);

    let err = call_err(&db, "demo_generate", json!({ "scale": "huge" }));
    assert_eq!(err["field"], "scale", "{err}");
}
