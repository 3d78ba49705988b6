//! Synthetic time and ids for demo data. WHY: the same seed must give the
//! same database byte for byte, so nothing may read the wall clock or the
//! OS random source. Time is anchored on a fixed "now" and ids are UUIDv7
//! built from a synthetic, strictly increasing millisecond counter plus RNG
//! bytes (increasing keys also make the primary-key B-trees append-only,
//! which keeps the large scale fast).

use rand::RngCore;
use rand_chacha::ChaCha8Rng;

/// One day in milliseconds.
pub const DAY: i64 = 86_400_000;
/// One (365-day) year in milliseconds.
pub const YEAR: i64 = 365 * DAY;
/// The synthetic "now": 2026-01-01T00:00:00Z.
pub const NOW_MS: i64 = 1_767_225_600_000;
/// Rows are created within this window before "now".
pub const WINDOW_START_MS: i64 = NOW_MS - 2 * YEAR;
/// ... and at least this long before "now", so follow-up events fit.
pub const WINDOW_END_MS: i64 = NOW_MS - 21 * DAY;

/// Source of deterministic UUIDv7 ids.
#[derive(Debug, Clone)]
pub struct IdClock {
    next_ms: u64,
}

impl Default for IdClock {
    fn default() -> Self {
        Self {
            next_ms: WINDOW_START_MS.max(0) as u64,
        }
    }
}

impl IdClock {
    /// A new id: the counter's millisecond plus 74 random bits.
    pub fn next_id(&mut self, rng: &mut ChaCha8Rng) -> String {
        let mut bytes = [0u8; 10];
        rng.fill_bytes(&mut bytes);
        let ms = self.next_ms;
        self.next_ms += 1;
        uuid::Builder::from_unix_timestamp_millis(ms, &bytes)
            .into_uuid()
            .to_string()
    }
}

/// `(year, month, day)` of a day count since 1970-01-01 (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `2025-03-04T05:06:07.089Z` for milliseconds since the Unix epoch.
pub fn format_ts(ms: i64) -> String {
    let days = ms.div_euclid(DAY);
    let rem = ms.rem_euclid(DAY);
    let (y, m, d) = civil_from_days(days);
    let (h, rem) = (rem / 3_600_000, rem % 3_600_000);
    let (min, rem) = (rem / 60_000, rem % 60_000);
    let (s, milli) = (rem / 1_000, rem % 1_000);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

/// `2025-03-04` for milliseconds since the Unix epoch.
pub fn format_date(ms: i64) -> String {
    let (y, m, d) = civil_from_days(ms.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn formats_like_chrono() {
        for ms in [
            0i64,
            NOW_MS,
            NOW_MS - 12_345_678_901,
            951_782_400_123,
            -86_400_001,
        ] {
            let expected = chrono::DateTime::from_timestamp_millis(ms)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
                .unwrap();
            assert_eq!(format_ts(ms), expected);
            assert_eq!(format_date(ms), expected[..10]);
        }
        assert_eq!(format_ts(NOW_MS), "2026-01-01T00:00:00.000Z");
    }

    #[test]
    fn ids_are_v7_increasing_and_deterministic() {
        let mut a = (IdClock::default(), ChaCha8Rng::seed_from_u64(7));
        let mut b = (IdClock::default(), ChaCha8Rng::seed_from_u64(7));
        let x1 = a.0.next_id(&mut a.1);
        let x2 = a.0.next_id(&mut a.1);
        assert!(x1 < x2);
        assert_eq!(x1, b.0.next_id(&mut b.1));
        assert_eq!(
            uuid::Uuid::parse_str(&x1).map(|u| u.get_version_num()).ok(),
            Some(7)
        );
    }
}
