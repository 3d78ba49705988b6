//! The question bank shipped with the app (`crates/core/data/question_bank.json`,
//! written for the project), loaded into `questions` the first time practice
//! needs it.
//!
//! WHY deterministic ids: each shipped question gets a UUIDv7 derived from its
//! bank key (fixed timestamp, hashed "random" bits), so loading twice, or on two
//! devices that later sync, yields the same rows instead of duplicates; and a
//! bank version in settings means a question the person deactivated is not
//! brought back. Questions the person wrote (`source = 'user'`) are never touched.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Difficulty, QuestionCategory, QuestionKind};
use crate::api::system::NoArgs;
use crate::api::{CommandSpec, Context};
use crate::error::{Error, Result};
use crate::{command, now_utc};

const BANK: &str = include_str!("../../../data/question_bank.json");
const VERSION_KEY: &str = "practice.question_bank_version";
/// 2026-01-01T00:00:00Z: the timestamp part of every shipped question's id.
const BANK_EPOCH_MS: u64 = 1_767_225_600_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BankQuestion {
    pub key: String,
    pub kind: QuestionKind,
    pub category: QuestionCategory,
    pub topic: String,
    pub difficulty: Difficulty,
    pub question: String,
    #[serde(default)]
    pub options: Option<Vec<String>>,
    #[serde(default)]
    pub answer: Option<String>,
    pub rubric: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Bank {
    pub version: i64,
    pub questions: Vec<BankQuestion>,
}

pub(crate) fn bank() -> Result<Bank> {
    serde_json::from_str(BANK)
        .map_err(|e| Error::database(format!("the shipped question bank is invalid: {e}")))
}

/// FNV-1a, twice with different offsets: 16 stable bytes from a key.
fn key_bytes(key: &str) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (half, seed) in [0xcbf2_9ce4_8422_2325_u64, 0x8422_2325_cbf2_9ce4]
        .into_iter()
        .enumerate()
    {
        let mut h = seed;
        for b in key.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        out[half * 8..half * 8 + 8].copy_from_slice(&h.to_be_bytes());
    }
    out
}

/// The row id of a shipped question.
pub(crate) fn builtin_id(key: &str) -> String {
    let bytes = key_bytes(key);
    let mut random = [0u8; 10];
    random.copy_from_slice(&bytes[..10]);
    uuid::Builder::from_unix_timestamp_millis(BANK_EPOCH_MS, &random)
        .into_uuid()
        .to_string()
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
pub struct BankLoad {
    /// Shipped questions inserted by this call (0 when already loaded).
    pub inserted: i64,
    /// Shipped questions in the database now.
    pub builtin: i64,
    pub version: i64,
}

/// Load the bank unless this version already was (inside a write transaction).
pub(crate) fn ensure_bank(tx: &Connection) -> Result<BankLoad> {
    let loaded: Option<i64> = tx
        .query_row(
            "SELECT json_extract(value, '$') FROM system_settings WHERE key = ?1",
            [VERSION_KEY],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let bank = bank()?;
    let mut inserted = 0;
    if loaded.is_none_or(|v| v < bank.version) {
        let now = now_utc();
        let mut insert = tx.prepare_cached(
            "INSERT OR IGNORE INTO questions (id, kind, question_text, category, topic, difficulty, options, correct_answer,
                 rubric, source, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'builtin', ?10, ?10)",
        )?;
        for q in &bank.questions {
            let options = q
                .options
                .as_ref()
                .map(|o| serde_json::Value::from(o.clone()).to_string());
            inserted += insert.execute(params![
                builtin_id(&q.key),
                q.kind,
                q.question,
                q.category,
                q.topic,
                q.difficulty,
                options,
                q.answer,
                serde_json::Value::from(q.rubric.clone()).to_string(),
                now
            ])? as i64;
        }
        tx.execute(
            "INSERT INTO system_settings (key, value, description, created_at, updated_at)
             VALUES (?1, ?2, 'Version of the shipped question bank loaded', ?3, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![VERSION_KEY, bank.version.to_string(), now],
        )?;
    }
    let builtin = tx.query_row(
        "SELECT count(*) FROM questions WHERE source = 'builtin'",
        [],
        |r| r.get(0),
    )?;
    Ok(BankLoad {
        inserted,
        builtin,
        version: bank.version,
    })
}

pub fn question_bank_load(ctx: &Context, _req: NoArgs) -> Result<BankLoad> {
    ctx.store().write(|tx| ensure_bank(tx))
}

pub(crate) fn commands() -> Vec<CommandSpec> {
    vec![command!(
        "question_bank_load",
        "Load the question bank shipped with the app (once per bank version; idempotent)",
        question_bank_load
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ids_are_stable_v7_and_distinct() {
        let a = builtin_id("tech.rust.ownership");
        assert_eq!(a, builtin_id("tech.rust.ownership"));
        assert_ne!(a, builtin_id("tech.rust.borrowing"));
        let u = uuid::Uuid::parse_str(&a).expect("uuid");
        assert_eq!(u.get_version_num(), 7);
    }

    #[test]
    fn shipped_bank_is_complete() {
        let bank = bank().expect("bank parses");
        assert!(bank.questions.len() >= 300, "{}", bank.questions.len());
        let mut keys: Vec<_> = bank.questions.iter().map(|q| q.key.as_str()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), bank.questions.len(), "bank keys are unique");
        for q in &bank.questions {
            assert!(!q.rubric.is_empty(), "{} has a rubric", q.key);
            if q.kind == QuestionKind::Mcq {
                let options = q.options.as_ref().expect("mcq options");
                assert!(options.len() >= 3, "{}", q.key);
                assert!(
                    q.answer.as_ref().is_some_and(|a| options.contains(a)),
                    "{} answer is an option",
                    q.key
                );
            }
        }
    }
}
