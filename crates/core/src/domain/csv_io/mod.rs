//! Bulk import and export of lists as CSV (issue 5, item 8): candidates and
//! requisitions in, candidates, requisitions and applications out.

pub mod export;
pub mod fields;
pub mod import;

use crate::api::CommandSpec;
use crate::command;

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![
        command!(
            "csv_preview",
            "Preview a CSV import: headers, suggested mapping, sample rows, row errors and duplicates",
            import::csv_preview
        ),
        command!(
            "csv_import",
            "Import candidates or requisitions from CSV as a background task (all rows or none)",
            import::csv_import
        ),
        command!(
            "csv_export",
            "Export candidates, requisitions or applications as CSV (text or a file)",
            export::csv_export
        ),
    ]
}
