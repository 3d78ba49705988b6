//! Import and export (filled in below).
use crate::api::CommandSpec;

pub(crate) fn commands() -> Vec<CommandSpec> {
    Vec::new()
}
