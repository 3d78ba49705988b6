//! The command API: one registry of named commands that take and return JSON.
//! WHY: the Tauri shell, the CLI and the tests must all reach the core through
//! the same door, with the same validation and the same error shapes, so a
//! behaviour tested from the CLI is the behaviour the desktop app gets.
//!
//! A command is a typed `fn(&Context, Req) -> Result<Res>` registered with
//! [`command!`](crate::command). Each command opens its own transaction with
//! `ctx.store().write(..)` or `ctx.store().read(..)`; a command that returns
//! `Err` from inside `write` is rolled back, so a failed command changes nothing.

pub mod bindings;
mod decode;
pub mod system;

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::Serialize;
pub use serde_json::Value;

pub use self::decode::decode;
use crate::error::{Error, Result};
use crate::store::Store;

/// What a command gets besides its request: access to the store, and the
/// registry it was called through (so `commands_list` and nested calls see
/// the commands of crates layered on the core, such as sync).
#[derive(Debug, Clone)]
pub struct Context {
    store: Store,
    registry: &'static Registry,
    tasks: crate::tasks::Tasks,
}

impl Context {
    /// A context over `store` with the core's own commands.
    pub fn new(store: Store) -> Self {
        Self {
            store,
            registry: core_registry(),
            tasks: crate::tasks::Tasks::default(),
        }
    }

    /// The same context, reaching the commands of `registry` (a
    /// [`Registry::with`] of the core's commands and some more).
    pub fn with_registry(mut self, registry: &'static Registry) -> Self {
        self.registry = registry;
        self
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Background tasks started through this context (shared by its clones).
    pub fn tasks(&self) -> &crate::tasks::Tasks {
        &self.tasks
    }

    /// The commands this context reaches.
    pub fn registry(&self) -> &'static Registry {
        self.registry
    }
}

/// Type-erased handler: JSON in, JSON out.
pub type Handler = fn(&Context, Value) -> Result<Value>;

/// One registered command.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub handler: Handler,
    /// The request and response types, for the generated TypeScript bindings.
    pub types: bindings::CommandTypes,
}

/// Build a [`CommandSpec`] from a typed function
/// `fn(&Context, Req) -> Result<Res>` with `Req: DeserializeOwned`,
/// `Res: Serialize`:
///
/// ```ignore
/// crate::command!("candidate_create", "Create a candidate", create_candidate)
/// ```
#[macro_export]
macro_rules! command {
    ($name:literal, $description:literal, $handler:path $(,)?) => {
        $crate::api::CommandSpec {
            name: $name,
            description: $description,
            handler: |ctx: &$crate::api::Context,
                      input: $crate::api::Value|
             -> $crate::Result<$crate::api::Value> {
                $crate::api::invoke(ctx, input, $handler)
            },
            types: $crate::api::bindings::types_of($handler),
        }
    };
}

/// Decode the request, run the typed handler, encode the response.
/// Used by [`command!`](crate::command); rarely called directly.
pub fn invoke<Req, Res, F>(ctx: &Context, input: Value, handler: F) -> Result<Value>
where
    Req: DeserializeOwned,
    Res: Serialize,
    F: FnOnce(&Context, Req) -> Result<Res>,
{
    let request = decode(input)?;
    let response = handler(ctx, request)?;
    serde_json::to_value(response)
        .map_err(|e| Error::database(format!("cannot encode the response: {e}")))
}

/// A set of named commands, sorted by name.
///
/// WHY a value and not only the core's static list: crates layered on the
/// core (talentdesk-sync depends on the core, so the core cannot call it)
/// contribute commands built with the same [`command!`](crate::command)
/// macro; [`Registry::with`] composes them with the core's, and front ends
/// put the composed registry in their [`Context`].
#[derive(Debug)]
pub struct Registry {
    commands: Vec<CommandSpec>,
}

impl Registry {
    /// The core's commands plus `extra`. A name the core already has keeps
    /// the core's command (a debug build refuses such a clash).
    pub fn with(extra: Vec<CommandSpec>) -> Registry {
        let mut all = core_commands();
        for spec in extra {
            debug_assert!(
                !all.iter().any(|c| c.name == spec.name),
                "duplicate command name {}",
                spec.name
            );
            if !all.iter().any(|c| c.name == spec.name) {
                all.push(spec);
            }
        }
        Registry::sorted(all)
    }

    fn sorted(mut all: Vec<CommandSpec>) -> Registry {
        all.sort_by(|a, b| a.name.cmp(b.name));
        debug_assert!(
            all.windows(2).all(|w| w[0].name != w[1].name),
            "duplicate command names in the registry"
        );
        Registry { commands: all }
    }

    /// Every command, sorted by name.
    pub fn commands(&self) -> &[CommandSpec] {
        &self.commands
    }

    /// Find a command by exact name.
    pub fn find(&self, name: &str) -> Option<&CommandSpec> {
        self.commands
            .binary_search_by(|c| c.name.cmp(name))
            .ok()
            .and_then(|i| self.commands.get(i))
    }
}

fn core_commands() -> Vec<CommandSpec> {
    let mut all = crate::domain::commands();
    all.extend(system::commands());
    all.extend(crate::tasks::commands());
    all.extend(crate::demo::command::commands());
    all
}

/// The core's own commands; built once.
pub fn core_registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry::sorted(core_commands()))
}

/// Every command of the core, sorted by name.
pub fn registry() -> &'static [CommandSpec] {
    core_registry().commands()
}

/// Find a core command by exact name.
pub fn find(name: &str) -> Option<&'static CommandSpec> {
    core_registry().find(name)
}

/// Run command `name` of the context's registry with a JSON request (`null`
/// counts as `{}`).
pub fn call(ctx: &Context, name: &str, input: Value) -> Result<Value> {
    let spec = ctx
        .registry()
        .find(name)
        .ok_or_else(|| unknown(ctx.registry(), name))?;
    let input = if input.is_null() {
        Value::Object(Default::default())
    } else {
        input
    };
    (spec.handler)(ctx, input)
}

/// Run command `name` with request text; empty text counts as `{}`.
pub fn call_json(ctx: &Context, name: &str, text: &str) -> Result<Value> {
    let input = if text.trim().is_empty() {
        Value::Object(Default::default())
    } else {
        serde_json::from_str(text).map_err(Error::invalid_json)?
    };
    call(ctx, name, input)
}

fn unknown(registry: &Registry, name: &str) -> Error {
    let mut err = Error::unknown_command(name);
    let best = registry
        .commands()
        .iter()
        .map(|c| (edit_distance(name, c.name), c.name))
        .min();
    if let Some((dist, candidate)) = best {
        if dist <= (name.chars().count() / 3).max(2) {
            err.message = format!("{}; did you mean `{candidate}`?", err.message);
        }
    }
    err
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let best = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            cur.push(best);
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_sorted() {
        let names: Vec<_> = registry().iter().map(|c| c.name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(names, sorted);
    }

    #[test]
    fn names_are_snake_case() {
        for c in registry() {
            assert!(
                c.name
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'),
                "{}",
                c.name
            );
            assert!(!c.description.is_empty(), "{} has no description", c.name);
        }
    }

    #[test]
    fn edit_distance_works() {
        assert_eq!(edit_distance("app_inf", "app_info"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
