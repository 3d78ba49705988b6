//! TypeScript bindings generated from the Rust types of every command.
//! WHY: the UI talks to Rust only through `ui/src/bindings.ts`, so a renamed
//! field or a new enum value is a TypeScript compile error instead of a bug
//! found by a person. The registry itself carries each command's request and
//! response types (captured by `command!` from the handler's signature), so
//! the bindings cannot list a command the registry lacks or miss one it has.
//! A test compares the committed file with [`generate`]; `cargo xtask
//! bindings` rewrites it.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use super::Context;
use crate::error::Result;

/// How to describe one command's types (a monomorphised function pointer).
#[derive(Clone, Copy)]
pub struct CommandTypes {
    describe: fn(&mut Collector) -> (String, String),
}

impl std::fmt::Debug for CommandTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CommandTypes")
    }
}

/// Capture `Req` and `Res` from a typed handler's signature.
pub fn types_of<Req, Res>(_handler: fn(&Context, Req) -> Result<Res>) -> CommandTypes
where
    Req: TS + 'static,
    Res: TS + 'static,
{
    CommandTypes {
        describe: describe::<Req, Res>,
    }
}

fn describe<Req: TS + 'static, Res: TS + 'static>(c: &mut Collector) -> (String, String) {
    c.visit::<Req>();
    c.visit::<Res>();
    (Req::name(&c.cfg), Res::name(&c.cfg))
}

/// Gathers the declarations of every named type reachable from the roots.
pub struct Collector {
    cfg: Config,
    decls: BTreeMap<String, String>,
    seen: HashSet<TypeId>,
    /// Names two different Rust types export under (TS has one namespace).
    clashes: Vec<String>,
}

impl TypeVisitor for Collector {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Recursive types (JSON values, trees) visit themselves: stop at the second visit.
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            // Instances of one generic type share a name and a declaration.
            let (name, decl) = (T::ident(&self.cfg), T::decl(&self.cfg));
            match self.decls.get(&name) {
                Some(known) if *known != decl => self.clashes.push(name),
                Some(_) => {}
                None => {
                    self.decls.insert(name, decl);
                }
            }
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// The whole `bindings.ts` for the core's own commands.
pub fn generate() -> String {
    generate_for(super::core_registry())
}

/// The whole `bindings.ts` for `registry`: every declaration, then the
/// command map. The app's file is generated from the app's registry (the
/// core's commands and sync's, `talentdesk_sync::commands::registry`).
///
/// # Panics
/// When two different Rust types would export the same TypeScript name: one
/// would silently replace the other and the UI would compile against the
/// wrong shape. This only runs from the bindings tests and `cargo xtask
/// bindings`, never in the app.
pub fn generate_for(registry: &super::Registry) -> String {
    let mut c = Collector {
        cfg: Config::new().with_large_int("number"),
        decls: BTreeMap::new(),
        seen: HashSet::new(),
        clashes: Vec::new(),
    };
    c.visit::<crate::error::Error>();
    c.visit::<crate::app_config::AppSetup>();
    c.visit::<crate::app_config::AppSetupSave>();
    c.visit::<super::system::AppInfo>();
    let mut commands = Vec::new();
    for spec in registry.commands() {
        let (req, res) = (spec.types.describe)(&mut c);
        commands.push(format!(
            "  /** {} */\n  {}: {{ request: {req}; response: {res} }};",
            spec.description.replace("*/", "* /"),
            spec.name
        ));
    }
    c.clashes.sort();
    c.clashes.dedup();
    assert!(
        c.clashes.is_empty(),
        "two Rust types export the same TypeScript name (rename one): {}",
        c.clashes.join(", ")
    );
    let mut out = String::from(
        "// Generated from the Rust types of talentdesk-core by `cargo xtask bindings`. Do not edit.\n\n",
    );
    for decl in c.decls.values() {
        out.push_str("export ");
        out.push_str(decl.trim_end());
        out.push_str("\n\n");
    }
    out.push_str("/** Every command of the core's registry: its request and response types. */\n");
    out.push_str("export interface Commands {\n");
    out.push_str(&commands.join("\n"));
    out.push_str("\n}\n\nexport type CommandName = keyof Commands;\n");
    out.push_str(SHELL_COMMANDS);
    out
}

/// The desktop shell's own commands (src-tauri), besides the generic `call`.
const SHELL_COMMANDS: &str = "
/** The desktop shell's own Tauri commands: OS concerns, not domain logic. */
export interface ShellCommands {
  /** Version, database path and schema version. */
  app_info: { request: null; response: AppInfo };
  /** First-run state: chosen role and where the database lives. */
  app_setup_get: { request: null; response: AppSetup };
  /** Save the role and (optionally) move to another database file. */
  app_setup_save: { request: AppSetupSave; response: AppSetup };
  /** Ask the OS for a database file location (a save dialog); null when cancelled. */
  pick_database_path: { request: null; response: string | null };
  /** Open a stored document with the OS's default application (the core checks the file first). */
  open_document: { request: ById; response: null };
  /** The UI's first screen is painted (once per start; the benchmark times it). */
  ui_ready: { request: null; response: null };
}
";
