//! Shared helpers for the core tests: a fresh store and JSON calls.

use serde_json::Value;
use talentdesk_core::{call, Context, Error, Store};

pub fn ctx() -> Context {
    Context::new(Store::open_in_memory().expect("in-memory store"))
}

pub fn ok(ctx: &Context, name: &str, input: Value) -> Value {
    call(ctx, name, input.clone()).unwrap_or_else(|e| panic!("{name} {input} failed: {e:?}"))
}

pub fn err(ctx: &Context, name: &str, input: Value) -> Error {
    match call(ctx, name, input.clone()) {
        Ok(v) => panic!("{name} {input} should fail, got {v}"),
        Err(e) => e,
    }
}

pub fn count(ctx: &Context, table: &str) -> i64 {
    ctx.store()
        .read(|c| Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?))
        .expect("count")
}

pub fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_string()
}
