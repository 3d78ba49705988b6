//! Switching change capture (the sync triggers) off and on, for the dataset
//! generation and for the capture-overhead baseline.

use talentdesk_core::Store;
use talentdesk_sync::schema::Schema;
use talentdesk_sync::triggers;

use crate::BenchResult;

/// Drops (`on = false`) or recreates the capture triggers of `tables`, or of
/// every synced table when `tables` is None.
pub fn set(store: &Store, tables: Option<&[&str]>, on: bool) -> BenchResult<()> {
    let schema = store.read(|c| Ok(Schema::load(c).map_err(sync_err)?))?;
    let names: Vec<String> = match tables {
        Some(t) => t.iter().map(|s| s.to_string()).collect(),
        None => schema.tables.keys().cloned().collect(),
    };
    store.write(|tx| {
        for name in &names {
            if on {
                let table = schema.table(name).map_err(sync_err)?;
                tx.execute_batch(&triggers::table_triggers(table))?;
            } else {
                for t in triggers::trigger_names(name) {
                    tx.execute_batch(&format!("DROP TRIGGER IF EXISTS \"{t}\""))?;
                }
            }
        }
        Ok(())
    })?;
    Ok(())
}

pub fn sync_err(e: talentdesk_sync::SyncError) -> talentdesk_core::Error {
    talentdesk_core::Error::database(e.to_string())
}
