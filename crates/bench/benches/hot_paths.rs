//! Criterion micro-benchmarks of the hot paths under the suite's rows:
//! command dispatch (JSON in, JSON out), one candidate page, one pipeline
//! board, and one captured write. They run on the demo generator's medium
//! tables (10k candidates, 100k applications), generated into a temporary
//! folder first.
//!
//! ```sh
//! cargo bench -p talentdesk-bench --bench hot_paths
//! ```
//! `cargo test -p talentdesk-bench --benches` runs each once as a test.

use std::sync::atomic::AtomicBool;

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use talentdesk_core::api::{self, Context};
use talentdesk_core::demo::{self, DemoOptions, Scale};
use talentdesk_core::Store;

fn dataset(dir: &tempfile::TempDir) -> Context {
    let store = Store::open(dir.path().join("hot.db")).expect("open");
    demo::generate_tables(
        &store,
        &DemoOptions {
            seed: 7,
            scale: Scale::Medium,
        },
        &[
            "candidates",
            "requisitions",
            "pipeline_stages",
            "applications",
        ],
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .expect("generate");
    Context::new(store)
}

fn hot_paths(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ctx = dataset(&dir);
    let busiest: String = ctx
        .store()
        .read(|c| {
            Ok(c.query_row(
                "SELECT requisition_id FROM applications WHERE requisition_id IS NOT NULL
                 GROUP BY requisition_id ORDER BY count(*) DESC LIMIT 1",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("busiest requisition");

    c.bench_function("dispatch app_info", |b| {
        b.iter(|| api::call(&ctx, "app_info", json!({})).expect("app_info"))
    });
    c.bench_function(
        "candidate_list page, status filter, sort updated_at desc",
        |b| {
            let req =
                json!({"status": "active", "sort": "updated_at", "direction": "desc", "limit": 50});
            b.iter(|| api::call(&ctx, "candidate_list", req.clone()).expect("candidate_list"))
        },
    );
    c.bench_function("pipeline_board of the busiest requisition", |b| {
        let req = json!({"requisition_id": busiest});
        b.iter(|| api::call(&ctx, "pipeline_board", req.clone()).expect("pipeline_board"))
    });
    c.bench_function("candidate_create (captured write)", |b| {
        let mut i = 0u64;
        b.iter(|| {
            i += 1;
            api::call(
                &ctx,
                "candidate_create",
                json!({"full_name": format!("Bench Person {i}"), "email": format!("bench{i}@example.com")}),
            )
            .expect("candidate_create")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = hot_paths
}
criterion_main!(benches);
