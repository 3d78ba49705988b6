//! Medians and 99th percentiles of repeated timings. WHY nearest-rank: with
//! tens of samples an interpolated p99 invents a value nobody measured; the
//! nearest rank is always one of the runs (with fewer than 100 runs, the
//! slowest one).

use std::time::Duration;

/// Summary of one set of samples (milliseconds for timings, MB for memory).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub runs: usize,
    pub median_ms: f64,
    pub p99_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
}

/// Timings in milliseconds.
pub fn millis(samples: &[Duration]) -> Vec<f64> {
    samples.iter().map(|d| d.as_secs_f64() * 1e3).collect()
}

/// The summary of timings (None when there are none).
pub fn summarize(samples: &[Duration]) -> Option<Summary> {
    summarize_values(&millis(samples))
}

/// The summary of plain values (None when there are none).
pub fn summarize_values(samples: &[f64]) -> Option<Summary> {
    if samples.is_empty() {
        return None;
    }
    let mut ms = samples.to_vec();
    ms.sort_by(f64::total_cmp);
    let n = ms.len();
    let median = if n % 2 == 1 {
        ms[n / 2]
    } else {
        (ms[n / 2 - 1] + ms[n / 2]) / 2.0
    };
    Some(Summary {
        runs: n,
        median_ms: median,
        p99_ms: ms[percentile_rank(n, 0.99)],
        min_ms: ms[0],
        max_ms: ms[n - 1],
    })
}

/// Zero-based index of the nearest-rank `p` percentile among `n` sorted values.
fn percentile_rank(n: usize, p: f64) -> usize {
    ((p * n as f64).ceil() as usize).clamp(1, n) - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(v: &[u64]) -> Vec<Duration> {
        v.iter().map(|&m| Duration::from_millis(m)).collect()
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        let s = summarize(&ms(&[5, 1, 3])).unwrap();
        assert_eq!((s.median_ms, s.min_ms, s.max_ms), (3.0, 1.0, 5.0));
        assert_eq!(summarize(&ms(&[4, 1, 3, 2])).unwrap().median_ms, 2.5);
        assert!(summarize(&[]).is_none());
    }

    #[test]
    fn p99_is_a_measured_value() {
        // 200 runs: the 198th smallest (rank ceil(0.99 * 200) = 198).
        let v: Vec<u64> = (1..=200).collect();
        assert_eq!(summarize(&ms(&v)).unwrap().p99_ms, 198.0);
        // Fewer than 100 runs: the slowest.
        assert_eq!(summarize(&ms(&[1, 9, 2])).unwrap().p99_ms, 9.0);
    }
}
