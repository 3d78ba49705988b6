//! Numbered, clearly separated steps, and the failure that names the step it happened in.

use std::time::Instant;

/// A step that failed, with the reason.
#[derive(Debug)]
pub struct Failure {
    pub step: String,
    pub message: String,
}

/// Runs steps one after another, printing a banner before each and a timing after it.
pub struct Steps {
    current: usize,
    total: usize,
    started: Instant,
}

impl Steps {
    pub fn new(total: usize) -> Self {
        Steps {
            current: 0,
            total,
            started: Instant::now(),
        }
    }

    /// Runs `body` as the next step; its error becomes a [`Failure`] naming `title`.
    pub fn run(
        &mut self,
        title: &str,
        body: impl FnOnce() -> Result<(), String>,
    ) -> Result<(), Failure> {
        self.current += 1;
        let rule = "=".repeat(72);
        println!(
            "\n{rule}\n==> [{}/{}] {title}\n{rule}",
            self.current, self.total
        );
        let started = Instant::now();
        body().map_err(|message| Failure {
            step: title.to_string(),
            message,
        })?;
        println!(
            "==> [{}/{}] {title}: ok ({:.1?})",
            self.current,
            self.total,
            started.elapsed()
        );
        Ok(())
    }

    /// Prints the closing line.
    pub fn done(&self, what: &str) {
        println!("\n==> xtask: {what} ({:.1?})", self.started.elapsed());
    }
}
