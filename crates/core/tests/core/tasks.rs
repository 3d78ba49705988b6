//! Background tasks against a real database file: progress, results,
//! failures, cancel (which must keep nothing), and the commands front ends
//! use to follow them.

use std::sync::mpsc;

use serde_json::json;
use talentdesk_core::tasks::{TaskInfo, TaskStarted, TaskState};
use talentdesk_core::{api, Context, Error, ErrorCode, Store};

fn file_ctx() -> (tempfile::TempDir, Context) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("td.db")).unwrap();
    (dir, Context::new(store))
}

fn tag_count(ctx: &Context) -> i64 {
    ctx.store()
        .read(|c| Ok(c.query_row("SELECT count(*) FROM tags", [], |r| r.get(0))?))
        .unwrap()
}

fn get(ctx: &Context, id: &str) -> TaskInfo {
    serde_json::from_value(api::call(ctx, "task_get", json!({ "task_id": id })).unwrap()).unwrap()
}

#[test]
fn a_task_reports_progress_and_its_result() {
    let (_dir, ctx) = file_ctx();
    let started = ctx
        .tasks()
        .spawn(&ctx, "tag_fill", |ctx, progress| {
            progress.set_total(100);
            ctx.store().write(|tx| {
                for i in 0..100 {
                    progress.check_cancelled()?;
                    tx.execute(
                        "INSERT INTO tags (id, name) VALUES (?1, ?2)",
                        (talentdesk_core::new_id(), format!("tag {i}")),
                    )?;
                    progress.advance(1);
                }
                Ok(())
            })?;
            Ok(json!({ "inserted": 100 }))
        })
        .unwrap();
    let info = ctx.tasks().wait(&started.task_id).unwrap();
    assert_eq!(info.state, TaskState::Succeeded);
    assert_eq!((info.done, info.total), (100, 100));
    assert_eq!(info.result, Some(json!({ "inserted": 100 })));
    assert!(info.finished_at.is_some());
    assert_eq!(tag_count(&ctx), 100);
    // The command front ends use sees the same thing.
    assert_eq!(get(&ctx, &started.task_id), info);
}

#[test]
fn a_cancelled_task_keeps_nothing() {
    let (_dir, ctx) = file_ctx();
    let (halfway_tx, halfway_rx) = mpsc::channel();
    let started: TaskStarted = ctx
        .tasks()
        .spawn(&ctx, "tag_fill", move |ctx, progress| {
            progress.set_total(1_000_000);
            ctx.store().write(|tx| {
                for i in 0..1_000_000 {
                    progress.check_cancelled()?;
                    tx.execute(
                        "INSERT INTO tags (id, name) VALUES (?1, ?2)",
                        (talentdesk_core::new_id(), format!("tag {i}")),
                    )?;
                    progress.advance(1);
                    if i == 50 {
                        let _ = halfway_tx.send(());
                    }
                }
                Ok(())
            })?;
            Ok(json!(null))
        })
        .unwrap();
    halfway_rx.recv().unwrap();
    let running = get(&ctx, &started.task_id);
    assert_eq!(running.state, TaskState::Running);
    assert!(running.done >= 50, "{running:?}");
    api::call(&ctx, "task_cancel", json!({ "task_id": started.task_id })).unwrap();
    let info = ctx.tasks().wait(&started.task_id).unwrap();
    assert_eq!(info.state, TaskState::Cancelled);
    assert_eq!(info.error.map(|e| e.code), Some(ErrorCode::Cancelled));
    assert!(info.done < 1_000_000);
    assert_eq!(tag_count(&ctx), 0, "a cancelled task rolls its writes back");
}

#[test]
fn failures_and_panics_end_the_task_not_the_app() {
    let (_dir, ctx) = file_ctx();
    let failing = ctx
        .tasks()
        .spawn(&ctx, "bad_import", |_ctx, _p| {
            Err(Error::invalid_value(
                "rows[3].email",
                "is not an email address",
            ))
        })
        .unwrap();
    let info = ctx.tasks().wait(&failing.task_id).unwrap();
    assert_eq!(info.state, TaskState::Failed);
    let err = info.error.unwrap();
    assert_eq!(err.field.as_deref(), Some("rows[3].email"));

    let panicking = ctx
        .tasks()
        .spawn(&ctx, "buggy", |_ctx, _p| panic!("bug"))
        .unwrap();
    let info = ctx.tasks().wait(&panicking.task_id).unwrap();
    assert_eq!(info.state, TaskState::Failed);
    assert_eq!(info.error.unwrap().code, ErrorCode::Database);

    let listed: Vec<TaskInfo> =
        serde_json::from_value(api::call(&ctx, "task_list", json!({})).unwrap()).unwrap();
    let ids: Vec<&str> = listed.iter().map(|t| t.task_id.as_str()).collect();
    assert_eq!(ids, [panicking.task_id.as_str(), failing.task_id.as_str()]);
}

#[test]
fn an_unknown_task_is_a_typed_error() {
    let (_dir, ctx) = file_ctx();
    let err = api::call(&ctx, "task_get", json!({ "task_id": "nope" })).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert_eq!(err.field.as_deref(), Some("task_id"));
    let err = api::call(&ctx, "task_cancel", json!({})).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("task_id"));
}
