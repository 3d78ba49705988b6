//! The app's background sync loop: every few minutes, and a few seconds
//! after local edits, it runs the same sync task as "Sync now". WHY polling
//! the outbox instead of hooks in every command: every write path (commands,
//! imports, the CLI on the same file) is captured there by the triggers, so
//! watching its size sees them all.
//!
//! Failures back off exponentially with jitter, capped, and reset on the
//! first success, so a server that is down is not hammered by every device
//! at once and a device back online syncs promptly. The schedule is plain
//! data ([`Schedule`], [`Backoff`]) so it is tested without waiting.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use talentdesk_core::tasks::TaskState;
use talentdesk_core::{Context, Error};

use crate::capture::outbox_len;
use crate::client::read;
use crate::commands::run::runtimes;
use crate::commands::{load_settings, start_sync, store_key, to_core};

/// Exponential backoff with "equal jitter": the n-th failure in a row waits
/// a random time in `[d/2, d]`, `d = min(cap, base · 2ⁿ⁻¹)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backoff {
    base: Duration,
    cap: Duration,
    failures: u32,
}

impl Backoff {
    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap: cap.max(base),
            failures: 0,
        }
    }

    /// Failures in a row so far.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// The upper bound of the next delay, before jitter.
    pub fn ceiling(&self) -> Duration {
        let factor = 2u32.saturating_pow(self.failures.min(31));
        self.base.saturating_mul(factor).min(self.cap)
    }

    /// One more failure: how long to wait before the next attempt.
    pub fn fail(&mut self, rng: &mut impl Rng) -> Duration {
        let ceiling = self.ceiling();
        self.failures = self.failures.saturating_add(1);
        let half = ceiling / 2;
        let spread = u64::try_from((ceiling - half).as_millis()).unwrap_or(u64::MAX);
        half + Duration::from_millis(rng.gen_range(0..=spread))
    }

    /// A success: the next failure starts from `base` again.
    pub fn reset(&mut self) {
        self.failures = 0;
    }
}

/// How often and how soon the loop syncs.
#[derive(Debug, Clone)]
pub struct LoopConfig {
    /// Between two syncs when nothing happens locally.
    pub interval: Duration,
    /// After a local edit is first seen, wait this long (more edits may come).
    pub debounce: Duration,
    /// How often the loop looks at the settings and the outbox.
    pub poll: Duration,
    /// First retry delay after a failure, and the most it grows to.
    pub backoff_base: Duration,
    pub backoff_cap: Duration,
}

impl Default for LoopConfig {
    fn default() -> Self {
        LoopConfig {
            interval: Duration::from_secs(5 * 60),
            debounce: Duration::from_secs(3),
            poll: Duration::from_secs(1),
            backoff_base: Duration::from_secs(5),
            backoff_cap: Duration::from_secs(15 * 60),
        }
    }
}

/// When the next sync is due.
#[derive(Debug, Clone)]
pub struct Schedule {
    config: LoopConfig,
    backoff: Backoff,
    /// Periodic sync, or the retry after a failure.
    next: Instant,
    /// Earliest time a local edit may trigger a sync (not before a retry).
    not_before: Instant,
    /// When unsynced local edits were first noticed.
    edits_since: Option<Instant>,
}

impl Schedule {
    /// A first sync soon after start (`debounce` from `now`).
    pub fn new(config: LoopConfig, now: Instant) -> Schedule {
        Schedule {
            backoff: Backoff::new(config.backoff_base, config.backoff_cap),
            next: now + config.debounce,
            not_before: now,
            edits_since: None,
            config,
        }
    }

    /// The outbox holds unsynced edits (seen at `now`).
    pub fn local_edits(&mut self, now: Instant) {
        self.edits_since.get_or_insert(now);
    }

    pub fn due(&self, now: Instant) -> bool {
        now >= self.next
            || (now >= self.not_before
                && self
                    .edits_since
                    .is_some_and(|t| now >= t + self.config.debounce))
    }

    /// When the next attempt happens if nothing is edited.
    pub fn next_attempt(&self) -> Instant {
        self.next
    }

    pub fn failures(&self) -> u32 {
        self.backoff.failures()
    }

    pub fn succeeded(&mut self, now: Instant) {
        self.backoff.reset();
        self.next = now + self.config.interval;
        self.not_before = now;
        self.edits_since = None;
    }

    /// A failed attempt: returns the backoff delay; edits wait for it too.
    pub fn failed(&mut self, now: Instant, rng: &mut impl Rng) -> Duration {
        let delay = self.backoff.fail(rng);
        self.next = now + delay;
        self.not_before = now + delay;
        self.edits_since = None;
        delay
    }
}

/// A running background loop; stops when dropped or [`SyncLoop::stop`]ped.
pub struct SyncLoop {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl SyncLoop {
    /// Start the loop. `context` gives the database in use now (the app may
    /// switch databases), or `None` while there is none. A database without
    /// sync settings, or with automatic sync off, is left alone.
    pub fn start<F>(context: F, config: LoopConfig) -> std::io::Result<SyncLoop>
    where
        F: Fn() -> Option<Context> + Send + 'static,
    {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("sync-loop".into())
            .spawn(move || run_loop(&context, &config, &flag))?;
        Ok(SyncLoop {
            stop,
            thread: Some(thread),
        })
    }

    /// Stop and wait for the loop (a running sync task finishes on its own).
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for SyncLoop {
    fn drop(&mut self) {
        self.halt();
    }
}

/// UTC RFC 3339 (milliseconds) of now + `delay`, as the status shows it.
fn wall_after(delay: Duration) -> String {
    let delay = chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::zero());
    (chrono::Utc::now() + delay).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn run_loop<F: Fn() -> Option<Context>>(context: &F, config: &LoopConfig, stop: &AtomicBool) {
    let mut rng = rand::rngs::StdRng::from_entropy();
    let mut current: Option<(String, Schedule)> = None;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(config.poll);
        let Some(ctx) = context() else { continue };
        let key = store_key(&ctx);
        let now = Instant::now();
        if current.as_ref().is_none_or(|(k, _)| *k != key) {
            current = Some((key.clone(), Schedule::new(config.clone(), now)));
        }
        let Some((_, schedule)) = current.as_mut() else {
            continue;
        };
        match load_settings(&ctx) {
            Ok(Some(s)) if s.auto_sync => {}
            _ => {
                runtimes().entry(key).or_default().next_attempt_at = None;
                continue;
            }
        }
        if read(ctx.store(), outbox_len).is_ok_and(|n| n > 0) {
            schedule.local_edits(now);
        }
        if !schedule.due(now) {
            continue;
        }
        let outcome = attempt(&ctx);
        let now = Instant::now();
        let mut all = runtimes();
        let rt = all.entry(key).or_default();
        match outcome {
            Ok(()) => {
                schedule.succeeded(now);
                rt.loop_error = None;
                rt.next_attempt_at = Some(wall_after(config.interval));
            }
            Err(e) => {
                let delay = schedule.failed(now, &mut rng);
                tracing::info!(code = %e.code, "background sync failed; retrying in {delay:?}");
                rt.loop_error = Some(e);
                rt.next_attempt_at = Some(wall_after(delay));
            }
        }
        rt.failures = schedule.failures();
    }
}

/// One sync through the task facility (joining a "Sync now" that runs).
fn attempt(ctx: &Context) -> Result<(), Error> {
    let started = start_sync(ctx)?;
    let info = ctx.tasks().wait(&started.task_id)?;
    match info.state {
        TaskState::Succeeded => Ok(()),
        // Someone pressed Cancel: not the server's fault, try again later.
        TaskState::Cancelled => Ok(()),
        _ => Err(info
            .error
            .unwrap_or_else(|| to_core(crate::SyncError::Transport("sync failed".into())))),
    }
}

#[cfg(test)]
mod tests {
    use rand_chacha::ChaCha8Rng;

    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    /// The schedule of ceilings doubles from the base up to the cap, every
    /// delay lies in [ceiling/2, ceiling], the jitter really varies, a seed
    /// replays the same delays, and a success starts over from the base.
    #[test]
    fn backoff_doubles_with_jitter_up_to_the_cap_and_resets() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut b = Backoff::new(secs(5), secs(300));
        let mut delays = Vec::new();
        let want_ceilings = [5, 10, 20, 40, 80, 160, 300, 300, 300, 300];
        for want in want_ceilings {
            assert_eq!(b.ceiling(), secs(want));
            let d = b.fail(&mut rng);
            assert!(d >= secs(want) / 2 && d <= secs(want), "{d:?} for {want}");
            delays.push(d);
        }
        assert_eq!(b.failures(), 10);
        // Jitter: the four capped delays are not all the same.
        assert!(delays[6..].windows(2).any(|w| w[0] != w[1]), "{delays:?}");
        // Deterministic for a seed.
        let mut again = Backoff::new(secs(5), secs(300));
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let replay: Vec<_> = (0..10).map(|_| again.fail(&mut rng)).collect();
        assert_eq!(replay, delays);
        b.reset();
        assert_eq!(b.ceiling(), secs(5));
        // Far past the cap nothing overflows.
        for _ in 0..200 {
            assert!(b.fail(&mut rng) <= secs(300));
        }
    }

    #[test]
    fn schedule_syncs_periodically_after_edits_and_backs_off() {
        let config = LoopConfig {
            interval: secs(300),
            debounce: secs(3),
            poll: secs(1),
            backoff_base: secs(10),
            backoff_cap: secs(60),
        };
        let t0 = Instant::now();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut s = Schedule::new(config, t0);
        assert!(!s.due(t0));
        assert!(s.due(t0 + secs(3)), "a first sync soon after start");
        s.succeeded(t0 + secs(3));
        assert!(!s.due(t0 + secs(100)));
        assert!(s.due(t0 + secs(303)), "periodic");
        // An edit: due `debounce` after it was first seen, not before.
        s.succeeded(t0 + secs(303));
        s.local_edits(t0 + secs(310));
        s.local_edits(t0 + secs(312));
        assert!(!s.due(t0 + secs(312)));
        assert!(s.due(t0 + secs(313)));
        // Failures: neither edits nor the period come before the backoff.
        let d1 = s.failed(t0 + secs(313), &mut rng);
        assert!(d1 >= secs(5) && d1 <= secs(10), "{d1:?}");
        s.local_edits(t0 + secs(313));
        assert!(!s.due(t0 + secs(313) + d1 - Duration::from_millis(1)));
        assert!(s.due(t0 + secs(313) + d1));
        let now = t0 + secs(313) + d1;
        let d2 = s.failed(now, &mut rng);
        assert!(d2 >= secs(10) && d2 <= secs(20), "{d2:?}");
        assert_eq!(s.failures(), 2);
        // A success resets the backoff and returns to the period.
        s.succeeded(now + d2);
        assert_eq!(s.failures(), 0);
        assert_eq!(s.next_attempt(), now + d2 + secs(300));
        let d3 = s.failed(now + d2, &mut rng);
        assert!(d3 <= secs(10), "reset to the base: {d3:?}");
    }
}
