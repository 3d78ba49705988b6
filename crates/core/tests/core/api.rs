//! The command API as front ends see it: lookup, JSON handling, system
//! commands and request decoding errors.

use serde::Deserialize;
use serde_json::json;
use talentdesk_core::api::system::AppInfo;
use talentdesk_core::{call, call_json, decode, registry, Context, ErrorCode, Store};

fn ctx() -> Context {
    Context::new(Store::open_in_memory().unwrap())
}

#[test]
fn app_info_reports_schema_version() {
    let ctx = ctx();
    for input in [json!({}), serde_json::Value::Null] {
        let info: AppInfo = serde_json::from_value(call(&ctx, "app_info", input).unwrap()).unwrap();
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
        assert_eq!(info.db_path, None);
        assert_eq!(info.schema_version, Store::latest_migration_version());
    }
    let v = call_json(&ctx, "app_info", "  ").unwrap();
    assert_eq!(
        v["schema_version"],
        json!(Store::latest_migration_version())
    );
}

#[test]
fn commands_list_matches_registry() {
    let v = call(&ctx(), "commands_list", json!({})).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = registry().iter().map(|c| c.name).collect();
    assert_eq!(names, expected);
    assert!(names.contains(&"app_info") && names.contains(&"commands_list"));
}

#[test]
fn unknown_command_names_it_and_suggests() {
    let e = call(&ctx(), "app_inf", json!({})).unwrap_err();
    assert_eq!(e.code, ErrorCode::UnknownCommand);
    assert!(e.message.contains("`app_inf`"), "{}", e.message);
    assert!(
        e.message.contains("did you mean `app_info`"),
        "{}",
        e.message
    );
    let e = call(&ctx(), "zzzzzzzzzzzzzzzzzzzzzz", json!({})).unwrap_err();
    assert!(!e.message.contains("did you mean"), "{}", e.message);
}

#[test]
fn malformed_json_is_invalid_json_with_position() {
    let e = call_json(&ctx(), "app_info", "{\"a\": ").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidJson);
    assert!(e.message.contains("line 1 column"), "{}", e.message);
}

#[test]
fn unknown_field_in_empty_request_is_rejected() {
    let e = call(&ctx(), "app_info", json!({"verbose": true})).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("verbose"))
    );
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Req {
    job: Job,
    count: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Job {
    title: String,
    status: Status,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Open,
    Closed,
}

#[test]
fn decode_maps_errors_to_field_paths() {
    let e = decode::<Req>(json!({"job": {"status": "open"}, "count": 1})).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::MissingField, Some("job.title"))
    );

    let e =
        decode::<Req>(json!({"job": {"title": "t", "status": "paused"}, "count": 1})).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("job.status"))
    );
    assert!(e.message.contains("open, closed"), "{}", e.message);

    let e = decode::<Req>(json!({"job": {"title": "t", "status": "open"}, "count": "many"}))
        .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("count"))
    );

    let e =
        decode::<Req>(json!({"job": {"title": "t", "status": "open"}, "count": -1})).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidValue, Some("count"))
    );
}

/// The app's `ui/src/bindings.ts` is generated from the app's registry (the
/// core's commands and sync's) and checked by talentdesk-sync's
/// `typescript_bindings_are_current`; here: the core's own part is complete.
#[test]
fn core_bindings_list_every_core_command() {
    let generated = talentdesk_core::api::bindings::generate();
    for spec in registry() {
        assert!(
            generated.contains(&format!("  {}: {{ request: ", spec.name)),
            "{} missing",
            spec.name
        );
    }
}
