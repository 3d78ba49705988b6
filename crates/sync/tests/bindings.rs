//! `ui/src/bindings.ts` is generated from the app's whole registry: the
//! core's commands and the sync commands (`talentdesk_sync::commands`). A
//! stale file fails here; `cargo xtask bindings` (which sets
//! `UPDATE_BINDINGS`) rewrites it.

#[test]
fn typescript_bindings_are_current() {
    let registry = talentdesk_sync::commands::registry();
    let generated = talentdesk_core::api::bindings::generate_for(registry);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings.ts");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/bindings.ts is stale: run `cargo xtask bindings` and commit the result"
    );
    for spec in registry.commands() {
        assert!(
            generated.contains(&format!("  {}: {{ request: ", spec.name)),
            "{} missing",
            spec.name
        );
    }
    for name in [
        "sync_now",
        "sync_status",
        "sync_sign_in",
        "candidate_create",
    ] {
        assert!(generated.contains(&format!("  {name}: {{")), "{name}");
    }
}

/// Sync commands do not shadow core ones, and `commands_list` through the
/// app's context lists both.
#[test]
fn app_registry_extends_the_core_registry() {
    let registry = talentdesk_sync::commands::registry();
    let core = talentdesk_core::registry();
    assert_eq!(
        registry.commands().len(),
        core.len() + talentdesk_sync::commands::commands().len()
    );
    let ctx =
        talentdesk_sync::commands::app_context(talentdesk_core::Store::open_in_memory().unwrap());
    let listed = talentdesk_core::call(&ctx, "commands_list", serde_json::json!({})).unwrap();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(names.contains(&"sync_status") && names.contains(&"app_info"));
    // The core alone does not know them.
    let plain = talentdesk_core::Context::new(talentdesk_core::Store::open_in_memory().unwrap());
    let e = talentdesk_core::call(&plain, "sync_status", serde_json::json!({})).unwrap_err();
    assert_eq!(e.code, talentdesk_core::ErrorCode::UnknownCommand);
}
