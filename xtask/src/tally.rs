//! Counting tests across runners, for one closing "N passed, N failed" line.
//!
//! `cargo test --workspace` ends with the summary of whichever test binary ran last (often a
//! doc-test run of 0 tests), and the UI's Vitest summary scrolls away long before; a reader or a
//! CI log scanner should see the totals of the whole run at the end instead.

/// Passed and failed tests seen so far.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
}

impl Tally {
    /// Adds the counts of a runner's summary line, if `line` is one:
    /// libtest's `test result: ok. 5 passed; 0 failed; ...` or Vitest's `Tests  1 failed | 2 passed (3)`.
    pub fn add_line(&mut self, line: &str) {
        let line = strip_ansi(line);
        let line = line.trim();
        let parts: Vec<&str> = if let Some(rest) = line.strip_prefix("test result:") {
            rest.split(';').collect()
        } else if let Some(rest) = line.strip_prefix("Tests ") {
            rest.split('|').collect()
        } else {
            return;
        };
        for part in parts {
            let mut words = part
                .split_whitespace()
                .skip_while(|w| w.parse::<u64>().is_err());
            let (Some(n), Some(kind)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(n) = n.parse::<u64>() else { continue };
            match kind {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                _ => {}
            }
        }
    }

    /// The closing line, e.g. `xtask: 81 passed, 0 failed`.
    pub fn summary(&self) -> String {
        format!("xtask: {} passed, {} failed", self.passed, self.failed)
    }
}

/// Removes terminal colour codes (`ESC [ ... letter`).
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Tally;

    fn tally(lines: &[&str]) -> Tally {
        let mut t = Tally::default();
        lines.iter().for_each(|l| t.add_line(l));
        t
    }

    #[test]
    fn reads_libtest_summaries() {
        let t = tally(&[
            "test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.79s",
            "test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out",
            "test it_works ... ok",
        ]);
        assert_eq!(
            t,
            Tally {
                passed: 7,
                failed: 1
            }
        );
    }

    #[test]
    fn reads_vitest_summaries_with_or_without_colours() {
        let t = tally(&[
            "      Tests  3 passed (3)",
            "\u{1b}[2m      Tests \u{1b}[22m \u{1b}[1m\u{1b}[31m1 failed\u{1b}[39m\u{1b}[22m\u{1b}[2m | \u{1b}[22m\u{1b}[1m\u{1b}[32m2 passed\u{1b}[39m\u{1b}[22m\u{1b}[90m (3)\u{1b}[39m",
            " Test Files  1 passed (1)",
        ]);
        assert_eq!(
            t,
            Tally {
                passed: 5,
                failed: 1
            }
        );
        assert_eq!(t.summary(), "xtask: 5 passed, 1 failed");
    }
}
