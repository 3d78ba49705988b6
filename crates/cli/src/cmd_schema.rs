//! `schema coverage`: prove every seed entity and field has a home in the
//! schema. WHY in the CLI: CI and the schema author run it after each
//! migration or seed-map change; exit 1 makes a gap fail the build.

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;
use talentdesk_core::seedmap;

use crate::out::outln;
use crate::{open_store, CliResult};

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Check the seed map against the inventory and the migrated schema.
    Coverage,
}

pub fn run(cmd: &SchemaCommand, db: Option<&Path>) -> CliResult {
    match cmd {
        SchemaCommand::Coverage => coverage(db),
    }
}

/// "Interview practice platform (9 tables)" → "Interview practice platform".
fn short_title(title: &str) -> &str {
    match title.rfind(" (") {
        Some(i) if title.ends_with(')') => &title[..i],
        _ => title,
    }
}

fn coverage(db: Option<&Path>) -> CliResult {
    let store = open_store(db)?;
    let report = seedmap::coverage(&store)?;
    for s in &report.seeds {
        outln!(
            "{}  {}  entities {}/{}  fields {}/{}",
            s.seed,
            short_title(&s.title),
            s.entities_mapped,
            s.entities_total,
            s.fields_mapped,
            s.fields_total
        )?;
    }
    for p in report.all_problems() {
        outln!("{p}")?;
    }
    outln!(
        "coverage: {}/{} entities, {}/{} fields",
        report.entities_mapped(),
        report.totals.entities,
        report.fields_mapped(),
        report.totals.fields
    )?;
    Ok(if report.is_complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_lose_their_parenthetical() {
        assert_eq!(
            super::short_title("Interview practice platform (9 tables)"),
            "Interview practice platform"
        );
        assert_eq!(super::short_title("Plain"), "Plain");
    }
}
