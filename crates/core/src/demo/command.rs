//! `demo_generate`: fill the open database with demo data as a background
//! task. WHY a command as well as `talentdesk-cli demo`: a person trying the
//! app wants to see it full without a terminal, and the generation of a
//! medium or large set takes long enough to need progress and a Cancel.

use serde::Deserialize;
use ts_rs::TS;

use super::{generate, planned_rows, DemoOptions, Scale};
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::tasks::TaskStarted;

/// Request of `demo_generate`.
#[derive(Debug, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct DemoGenerate {
    /// Same seed, same data. Default 1.
    #[serde(default)]
    #[ts(optional)]
    pub seed: Option<u64>,
    pub scale: Scale,
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![crate::command!(
        "demo_generate",
        "Fill the database with realistic demo data (a background task; cancel keeps nothing)",
        demo_generate
    )]
}

pub fn demo_generate(ctx: &Context, req: DemoGenerate) -> Result<TaskStarted> {
    let opts = DemoOptions {
        seed: req.seed.unwrap_or(1),
        scale: req.scale,
    };
    let tables: Vec<String> = ctx.store().read(|c| {
        let mut stmt = c.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )?;
        let names = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    })?;
    // Only the tables the generator fills count toward the progress total.
    let total: u64 = tables
        .iter()
        .filter(|t| {
            !super::schema::SKIPPED_TABLES.contains(&t.as_str())
                && !t.starts_with(super::schema::SKIPPED_PREFIX)
                && !super::schema::is_fts(t)
        })
        .map(|t| planned_rows(t, opts.scale))
        .sum();
    ctx.tasks()
        .spawn(ctx, "demo_generate", move |ctx, progress| {
            progress.set_total(total);
            // Rows of the tables already filled, plus the current table's.
            let mut finished = 0u64;
            let mut current = (String::new(), 0u64);
            let summary = generate(
                ctx.store(),
                &opts,
                &mut |p| {
                    if p.table != current.0 {
                        finished += current.1;
                        current = (p.table.clone(), 0);
                        progress.set_message(format!("Filling {}", p.table));
                    }
                    current.1 = p.done;
                    progress.set_done(finished + p.done);
                },
                progress.cancel_flag(),
            )?;
            serde_json::to_value(summary)
                .map_err(|e| Error::database(format!("cannot encode the summary: {e}")))
        })
}
