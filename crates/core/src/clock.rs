//! The hybrid logical clock (HLC) that stamps every captured change. WHY: sync
//! merges concurrent edits by "last writer wins", and "last" must mean the same
//! thing on every device even when their wall clocks disagree. An HLC follows
//! the wall clock when it can and a counter when it cannot, never goes
//! backwards (it is persisted: a store starts from the newest stamp in its
//! file), and moves past every stamp it has seen from another device, so a
//! write that follows another write always gets the larger stamp.
//!
//! A stamp is one `u64`: 48 bits of Unix milliseconds and a 16-bit counter.
//! Stamps sort as plain integers and fit SQLite's `INTEGER` column. A remote
//! stamp more than [`MAX_SKEW_MS`] ahead of local wall time is refused, never
//! adopted, so one device with a clock set a year ahead cannot drag every other
//! device's clock along with it.
//!
//! The capture triggers of migration V10 call the SQL function `sync_hlc()`,
//! which [`Clock::register`] installs on every pooled connection of a store;
//! all connections of one store share one clock.

use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// How far ahead of local wall time a remote stamp may be: 5 minutes.
pub const MAX_SKEW_MS: u64 = 5 * 60 * 1000;

/// Name of the SQL function the capture triggers call for a fresh stamp.
pub const SQL_FUNCTION: &str = "sync_hlc";

const COUNTER_BITS: u32 = 16;
const COUNTER_MASK: u64 = (1 << COUNTER_BITS) - 1;
/// Largest wall time a stamp can carry (2^48 ms, the year 10889).
const MAX_WALL_MS: u64 = (1 << 48) - 1;

/// One HLC stamp: `wall_ms << 16 | counter`; ordered as an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc(pub u64);

impl Hlc {
    pub fn new(wall_ms: u64, counter: u16) -> Self {
        Hlc((wall_ms.min(MAX_WALL_MS) << COUNTER_BITS) | u64::from(counter))
    }

    /// Milliseconds since the Unix epoch.
    pub fn wall_ms(self) -> u64 {
        self.0 >> COUNTER_BITS
    }

    pub fn counter(self) -> u16 {
        (self.0 & COUNTER_MASK) as u16
    }

    /// As stored in SQLite (always fits: the top bit is never set).
    pub fn as_i64(self) -> i64 {
        self.0 as i64
    }

    /// From a SQLite integer; negative values are not stamps.
    pub fn from_i64(v: i64) -> Option<Self> {
        u64::try_from(v).ok().map(Hlc)
    }
}

impl std::fmt::Display for Hlc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.wall_ms(), self.counter())
    }
}

/// A remote stamp was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    #[error(
        "clock skew: a remote change is stamped {ahead_ms} ms ahead of this device's clock \
         (at most {max_ms} ms allowed); check the date and time settings of both devices"
    )]
    TooFarAhead { ahead_ms: u64, max_ms: u64 },
}

/// Source of wall time in Unix milliseconds.
pub type WallClock = Arc<dyn Fn() -> u64 + Send + Sync>;

/// A hybrid logical clock; share it with `Arc`.
pub struct Clock {
    last: Mutex<Hlc>,
    wall: WallClock,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock").field("last", &self.last()).finish()
    }
}

/// The system clock in Unix milliseconds (0 if it is set before 1970).
pub fn system_wall_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl Clock {
    /// A clock that reads the system time.
    pub fn system() -> Arc<Clock> {
        Self::with_wall(Arc::new(system_wall_ms))
    }

    /// A clock over another wall-time source (tests: skewed devices).
    pub fn with_wall(wall: WallClock) -> Arc<Clock> {
        Arc::new(Clock {
            last: Mutex::new(Hlc(0)),
            wall,
        })
    }

    /// A clock whose wall time is the system time plus `offset_ms`.
    pub fn skewed(offset_ms: i64) -> Arc<Clock> {
        Self::with_wall(Arc::new(move || {
            (system_wall_ms() as i64).saturating_add(offset_ms).max(0) as u64
        }))
    }

    /// Current wall time of this clock's source.
    pub fn wall_ms(&self) -> u64 {
        (self.wall)()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Hlc> {
        // The guarded value is a plain integer: a panic elsewhere cannot leave
        // it half-written, so a poisoned lock is still usable.
        self.last.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The newest stamp issued or observed so far.
    pub fn last(&self) -> Hlc {
        *self.lock()
    }

    /// A new stamp, larger than every stamp issued or observed before.
    pub fn now(&self) -> Hlc {
        let wall = self.wall_ms().min(MAX_WALL_MS);
        let mut last = self.lock();
        let next = if wall > last.wall_ms() {
            Hlc::new(wall, 0)
        } else {
            // Same (or earlier) millisecond: count up. A full counter carries
            // into the millisecond bits, which keeps the order.
            Hlc(last.0.saturating_add(1))
        };
        *last = next;
        next
    }

    /// Move past a stamp seen in a remote change, or refuse it when it is
    /// more than [`MAX_SKEW_MS`] ahead of local wall time.
    pub fn observe(&self, remote: Hlc) -> Result<(), ClockError> {
        check_skew(remote, self.wall_ms())?;
        self.advance_to(remote);
        Ok(())
    }

    /// Move past a stamp this device wrote earlier (restart): no skew check,
    /// the clock must never go back.
    pub fn advance_to(&self, stamp: Hlc) {
        let mut last = self.lock();
        if stamp > *last {
            *last = stamp;
        }
    }

    /// Install the SQL function `sync_hlc()` on `conn`, backed by this clock.
    pub fn register(self: &Arc<Self>, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        let clock = Arc::clone(self);
        conn.create_scalar_function(
            SQL_FUNCTION,
            0,
            rusqlite::functions::FunctionFlags::SQLITE_UTF8,
            move |_ctx| Ok(clock.now().as_i64()),
        )
    }
}

/// `Err` if `remote` is more than [`MAX_SKEW_MS`] ahead of `wall_ms`.
pub fn check_skew(remote: Hlc, wall_ms: u64) -> Result<(), ClockError> {
    let ahead = remote.wall_ms().saturating_sub(wall_ms);
    if ahead > MAX_SKEW_MS {
        return Err(ClockError::TooFarAhead {
            ahead_ms: ahead,
            max_ms: MAX_SKEW_MS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    fn manual(start: u64) -> (Arc<AtomicU64>, Arc<Clock>) {
        let t = Arc::new(AtomicU64::new(start));
        let src = Arc::clone(&t);
        (
            t,
            Clock::with_wall(Arc::new(move || src.load(Ordering::SeqCst))),
        )
    }

    #[test]
    fn stamps_follow_wall_time_and_count_within_a_millisecond() {
        let (t, clock) = manual(1_000);
        let a = clock.now();
        let b = clock.now();
        assert_eq!((a.wall_ms(), a.counter()), (1_000, 0));
        assert_eq!((b.wall_ms(), b.counter()), (1_000, 1));
        t.store(2_000, Ordering::SeqCst);
        assert_eq!(clock.now(), Hlc::new(2_000, 0));
        // Wall time going backwards does not move the clock back.
        t.store(500, Ordering::SeqCst);
        let c = clock.now();
        assert!(c > Hlc::new(2_000, 0), "{c}");
    }

    #[test]
    fn counter_overflow_carries_into_the_milliseconds() {
        let (_t, clock) = manual(10);
        clock.advance_to(Hlc::new(10, u16::MAX));
        let next = clock.now();
        assert_eq!((next.wall_ms(), next.counter()), (11, 0));
    }

    #[test]
    fn observing_moves_past_remote_stamps_within_the_bound() {
        let (_t, clock) = manual(1_000_000);
        let remote = Hlc::new(1_000_000 + 60_000, 7);
        clock.observe(remote).unwrap();
        assert!(clock.now() > remote);
        let far = Hlc::new(1_000_000 + MAX_SKEW_MS + 1, 0);
        let err = clock.observe(far).unwrap_err();
        assert!(err.to_string().contains("clock skew"), "{err}");
        assert!(clock.last() < far, "a refused stamp must not be adopted");
    }

    #[test]
    fn sql_function_issues_increasing_stamps() {
        let (_t, clock) = manual(5_000);
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        clock.register(&conn).unwrap();
        let a: i64 = conn
            .query_row("SELECT sync_hlc()", [], |r| r.get(0))
            .unwrap();
        let b: i64 = conn
            .query_row("SELECT sync_hlc()", [], |r| r.get(0))
            .unwrap();
        assert!(b > a);
        assert_eq!(Hlc::from_i64(a).unwrap().wall_ms(), 5_000);
    }
}
