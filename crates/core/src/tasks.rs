//! Background tasks: long work (imports, exports, sync, demo data) that
//! reports progress and can be cancelled.
//!
//! WHY: a command is a plain `fn(&Context, Req) -> Result<Res>`, which suits
//! everything that takes milliseconds. An import of 100k rows does not: the
//! person must see how far it got and be able to stop it, and the app must
//! stay responsive meanwhile. Rather than give every front end its own way of
//! doing that, a command that starts long work returns a [`TaskStarted`] at
//! once, the work runs on its own thread, and every front end follows it with
//! the same three commands: `task_get` (progress, then the result or the
//! error), `task_cancel` and `task_list`. The desktop UI polls `task_get`; the
//! CLI's `call` waits and prints progress; tests call [`Tasks::wait`].
//!
//! Cancelling only sets a flag: the work polls [`Progress::check_cancelled`]
//! between rows and returns the `cancelled` error, which rolls its
//! transaction back, so a cancelled import leaves nothing behind.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};

/// How many finished tasks are remembered for `task_get`/`task_list`.
const KEEP_FINISHED: usize = 50;

/// Response of a command that started background work.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, TS)]
pub struct TaskStarted {
    pub task_id: String,
}

/// Where a task is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(rename_all = "snake_case")]
pub enum TaskState {
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// A task as front ends see it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct TaskInfo {
    pub task_id: String,
    /// What kind of work, e.g. `candidate_import`.
    pub kind: String,
    pub state: TaskState,
    /// Units done so far, of `total` (0 while unknown).
    pub done: u64,
    pub total: u64,
    /// What the task is doing now, for people ("Reading rows…").
    pub message: Option<String>,
    /// The work's result, once it succeeded.
    pub result: Option<Value>,
    /// Why it failed or was cancelled.
    pub error: Option<Error>,
    pub started_at: String,
    pub finished_at: Option<String>,
}

/// The end of a task, once it has one.
#[derive(Debug, Clone)]
struct Outcome {
    state: TaskState,
    result: Option<Value>,
    error: Option<Error>,
    finished_at: Option<String>,
}

/// Shared between the task's thread and everyone watching it.
#[derive(Debug)]
struct Slot {
    id: String,
    /// Start order within this process (ids made in the same millisecond
    /// need not sort by start).
    seq: u64,
    kind: String,
    started_at: String,
    done: AtomicU64,
    total: AtomicU64,
    cancel: AtomicBool,
    message: Mutex<Option<String>>,
    outcome: Mutex<Outcome>,
    ended: Condvar,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned lock only means a task thread panicked while holding it; the
    // data (progress numbers, an outcome) is still meaningful.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Slot {
    fn info(&self) -> TaskInfo {
        let outcome = lock(&self.outcome).clone();
        TaskInfo {
            task_id: self.id.clone(),
            kind: self.kind.clone(),
            state: outcome.state,
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
            message: lock(&self.message).clone(),
            result: outcome.result,
            error: outcome.error,
            started_at: self.started_at.clone(),
            finished_at: outcome.finished_at,
        }
    }

    fn finish(&self, result: Result<Value>) {
        let mut outcome = lock(&self.outcome);
        *outcome = match result {
            Ok(value) => Outcome {
                state: TaskState::Succeeded,
                result: Some(value),
                error: None,
                finished_at: Some(crate::now_utc()),
            },
            Err(e) => Outcome {
                state: if e.code == crate::ErrorCode::Cancelled {
                    TaskState::Cancelled
                } else {
                    TaskState::Failed
                },
                result: None,
                error: Some(e),
                finished_at: Some(crate::now_utc()),
            },
        };
        self.ended.notify_all();
    }
}

/// What running work uses to report progress and notice a cancel.
#[derive(Debug, Clone)]
pub struct Progress {
    slot: Arc<Slot>,
}

impl Progress {
    /// How many units the whole work has (rows, bytes, pages).
    pub fn set_total(&self, total: u64) {
        self.slot.total.store(total, Ordering::Relaxed);
    }

    /// `n` more units are done.
    pub fn advance(&self, n: u64) {
        self.slot.done.fetch_add(n, Ordering::Relaxed);
    }

    /// Set the done count outright (e.g. when a phase restarts counting).
    pub fn set_done(&self, done: u64) {
        self.slot.done.store(done, Ordering::Relaxed);
    }

    /// What the work is doing now, for people.
    pub fn set_message(&self, message: impl Into<String>) {
        *lock(&self.slot.message) = Some(message.into());
    }

    pub fn is_cancelled(&self) -> bool {
        self.slot.cancel.load(Ordering::Relaxed)
    }

    /// `Err(cancelled)` once someone asked to stop: return it with `?` so the
    /// work's transaction rolls back.
    pub fn check_cancelled(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(Error::cancelled(format!(
                "{} was cancelled; nothing was saved",
                self.slot.kind
            )))
        } else {
            Ok(())
        }
    }

    /// The flag itself, for code that polls an `AtomicBool` (the demo generator).
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.slot.cancel
    }
}

/// The tasks of one [`Context`] (cheap to clone; clones share the tasks).
#[derive(Debug, Clone, Default)]
pub struct Tasks {
    slots: Arc<Mutex<HashMap<String, Arc<Slot>>>>,
}

impl Tasks {
    /// Run `work` on its own thread; returns at once with the task's id.
    pub fn spawn<F>(&self, ctx: &Context, kind: &str, work: F) -> Result<TaskStarted>
    where
        F: FnOnce(&Context, &Progress) -> Result<Value> + Send + 'static,
    {
        static NEXT_SEQ: AtomicU64 = AtomicU64::new(0);
        let slot = Arc::new(Slot {
            id: crate::new_id(),
            seq: NEXT_SEQ.fetch_add(1, Ordering::Relaxed),
            kind: kind.to_string(),
            started_at: crate::now_utc(),
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
            cancel: AtomicBool::new(false),
            message: Mutex::new(None),
            outcome: Mutex::new(Outcome {
                state: TaskState::Running,
                result: None,
                error: None,
                finished_at: None,
            }),
            ended: Condvar::new(),
        });
        self.remember(slot.clone());
        let progress = Progress { slot: slot.clone() };
        let ctx = ctx.clone();
        let thread_slot = slot.clone();
        std::thread::Builder::new()
            .name(format!("task-{kind}"))
            .spawn(move || {
                let result = catch_unwind(AssertUnwindSafe(|| work(&ctx, &progress)))
                    .unwrap_or_else(|_| {
                        Err(Error::database(format!(
                            "{} stopped on an internal error; nothing was saved",
                            progress.slot.kind
                        )))
                    });
                thread_slot.finish(result);
            })
            .map_err(|e| Error::io(format!("cannot start {kind}: {e}")))?;
        Ok(TaskStarted {
            task_id: slot.id.clone(),
        })
    }

    fn remember(&self, slot: Arc<Slot>) {
        let mut slots = lock(&self.slots);
        slots.insert(slot.id.clone(), slot);
        let mut finished: Vec<(u64, String)> = slots
            .values()
            .filter(|s| lock(&s.outcome).state != TaskState::Running)
            .map(|s| (s.seq, s.id.clone()))
            .collect();
        if finished.len() > KEEP_FINISHED {
            finished.sort();
            let excess = finished.len() - KEEP_FINISHED;
            for (_, id) in finished.into_iter().take(excess) {
                slots.remove(&id);
            }
        }
    }

    fn slot(&self, task_id: &str) -> Result<Arc<Slot>> {
        lock(&self.slots)
            .get(task_id)
            .cloned()
            .ok_or_else(|| Error::not_found("task", task_id).with_field("task_id"))
    }

    pub fn get(&self, task_id: &str) -> Result<TaskInfo> {
        Ok(self.slot(task_id)?.info())
    }

    /// Ask a task to stop; it ends as `cancelled` at its next check.
    pub fn cancel(&self, task_id: &str) -> Result<TaskInfo> {
        let slot = self.slot(task_id)?;
        slot.cancel.store(true, Ordering::Relaxed);
        Ok(slot.info())
    }

    /// Every remembered task, newest first.
    pub fn list(&self) -> Vec<TaskInfo> {
        let mut all: Vec<(u64, TaskInfo)> = lock(&self.slots)
            .values()
            .map(|s| (s.seq, s.info()))
            .collect();
        all.sort_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().map(|(_, info)| info).collect()
    }

    /// Block until the task ends; its final [`TaskInfo`].
    pub fn wait(&self, task_id: &str) -> Result<TaskInfo> {
        let slot = self.slot(task_id)?;
        let mut outcome = lock(&slot.outcome);
        while outcome.state == TaskState::Running {
            outcome = slot.ended.wait(outcome).unwrap_or_else(|p| p.into_inner());
        }
        drop(outcome);
        Ok(slot.info())
    }
}

/// Request naming one task.
#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TaskRef {
    pub task_id: String,
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        crate::command!(
            "task_get",
            "Progress of a background task, then its result or error",
            task_get
        ),
        crate::command!(
            "task_cancel",
            "Ask a background task to stop; it ends as cancelled and keeps nothing",
            task_cancel
        ),
        crate::command!(
            "task_list",
            "Background tasks of this session, newest first",
            task_list
        ),
    ]
}

pub fn task_get(ctx: &Context, req: TaskRef) -> Result<TaskInfo> {
    ctx.tasks().get(&req.task_id)
}

pub fn task_cancel(ctx: &Context, req: TaskRef) -> Result<TaskInfo> {
    ctx.tasks().cancel(&req.task_id)
}

pub fn task_list(ctx: &Context, _req: crate::api::system::NoArgs) -> Result<Vec<TaskInfo>> {
    Ok(ctx.tasks().list())
}
