//! The rows of the report, their targets, and `report.json` / `report.md`.
//! WHY one row type for every measurement: the issue's table is the
//! contract, so every row is always written, measured or not; a row that
//! could not be measured says why instead of disappearing.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Value};

use crate::stats::Summary;

/// What a row must achieve.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// Median at most this many times the baseline's median.
    RatioAtMost(f64),
    /// 99th percentile under this many milliseconds.
    P99BelowMs(f64),
    /// Median under this many milliseconds.
    MedianBelowMs(f64),
    /// Items per second (items / median time) at least this.
    RateAtLeast(f64, &'static str),
    /// Median memory (the row says which: PSS or RSS) under this many MB.
    RssBelowMb(f64),
}

impl Target {
    pub fn describe(self) -> String {
        match self {
            Target::RatioAtMost(x) => format!("at most {x}x the baseline"),
            Target::P99BelowMs(ms) => format!("p99 under {ms} ms"),
            Target::MedianBelowMs(ms) => format!("under {ms} ms (median)"),
            Target::RateAtLeast(n, unit) => format!("at least {} {unit}/s", thousands(n)),
            Target::RssBelowMb(mb) => format!("under {mb} MB (process tree PSS)"),
        }
    }
}

/// A row's measured figures.
#[derive(Debug, Clone)]
pub struct Measured {
    /// Milliseconds per run (MB for memory rows).
    pub summary: Summary,
    pub baseline: Option<Summary>,
    /// Items handled per run, for rate targets.
    pub items: Option<u64>,
    pub notes: Vec<String>,
}

/// One row of the issue's table.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: &'static str,
    pub measurement: &'static str,
    pub baseline: Option<&'static str>,
    pub target: Target,
    /// The figures, or why there are none.
    pub outcome: Result<Measured, String>,
}

impl Row {
    pub fn new(
        id: &'static str,
        measurement: &'static str,
        baseline: Option<&'static str>,
        target: Target,
    ) -> Row {
        Row {
            id,
            measurement,
            baseline,
            target,
            outcome: Err("not run".into()),
        }
    }

    /// Median / baseline median.
    pub fn ratio(&self) -> Option<f64> {
        let m = self.outcome.as_ref().ok()?;
        let b = m.baseline?;
        (b.median_ms > 0.0).then(|| m.summary.median_ms / b.median_ms)
    }

    /// The figure compared with the target.
    pub fn value(&self) -> Option<f64> {
        let m = self.outcome.as_ref().ok()?;
        match self.target {
            Target::RatioAtMost(_) => self.ratio(),
            Target::P99BelowMs(_) => Some(m.summary.p99_ms),
            Target::MedianBelowMs(_) | Target::RssBelowMb(_) => Some(m.summary.median_ms),
            Target::RateAtLeast(..) => {
                let items = m.items? as f64;
                (m.summary.median_ms > 0.0).then(|| items / (m.summary.median_ms / 1e3))
            }
        }
    }

    /// Whether the target is met; an unmeasured row has missed it.
    pub fn met(&self) -> bool {
        match (self.value(), self.target) {
            (Some(v), Target::RatioAtMost(x)) => v <= x,
            (Some(v), Target::P99BelowMs(x) | Target::MedianBelowMs(x) | Target::RssBelowMb(x)) => {
                v < x
            }
            (Some(v), Target::RateAtLeast(x, _)) => v >= x,
            (None, _) => false,
        }
    }

    fn unit(&self) -> &'static str {
        match self.target {
            Target::RssBelowMb(_) => "MB",
            _ => "ms",
        }
    }

    fn value_text(&self) -> String {
        match (self.value(), self.target) {
            (None, _) => "—".into(),
            (Some(v), Target::RatioAtMost(_)) => format!("{v:.2}x"),
            (Some(v), Target::RateAtLeast(_, unit)) => format!("{} {unit}/s", thousands(v)),
            (Some(v), _) => format!("{} {}", fixed(v), self.unit()),
        }
    }

    fn to_json(&self) -> Value {
        let mut row = json!({
            "id": self.id,
            "measurement": self.measurement,
            "baseline": self.baseline,
            "target": self.target.describe(),
            "met": self.met(),
            "value": self.value(),
            "value_text": self.value_text(),
            "ratio_to_baseline": self.ratio(),
            "unit": self.unit(),
        });
        match &self.outcome {
            Ok(m) => {
                row["runs"] = json!(m.summary.runs);
                row["median"] = json!(m.summary.median_ms);
                row["p99"] = json!(m.summary.p99_ms);
                row["min"] = json!(m.summary.min_ms);
                row["max"] = json!(m.summary.max_ms);
                row["baseline_median"] = json!(m.baseline.map(|b| b.median_ms));
                row["baseline_p99"] = json!(m.baseline.map(|b| b.p99_ms));
                row["items_per_run"] = json!(m.items);
                row["notes"] = json!(m.notes);
            }
            Err(why) => {
                row["not_measured"] = json!(why);
            }
        }
        row
    }
}

/// Everything the two report files say.
pub struct Report {
    pub mode: &'static str,
    pub machine: Value,
    pub dataset: Value,
    pub rows: Vec<Row>,
    pub seconds: f64,
}

impl Report {
    pub fn to_json(&self) -> Value {
        json!({
            "suite": "talentdesk cargo xtask bench",
            "mode": self.mode,
            "machine": self.machine,
            "dataset": self.dataset,
            "total_seconds": self.seconds,
            "rows": self.rows.iter().map(Row::to_json).collect::<Vec<_>>(),
            "met": self.rows.iter().filter(|r| r.met()).count(),
            "missed": self.rows.iter().filter(|r| !r.met()).count(),
        })
    }

    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# Talentdesk benchmark report ({})\n", self.mode);
        let _ = writeln!(md, "- Machine: {}", compact(&self.machine));
        let _ = writeln!(md, "- Dataset: {}", compact(&self.dataset));
        let _ = writeln!(md, "- Suite time: {:.0} s", self.seconds);
        let met = self.rows.iter().filter(|r| r.met()).count();
        let _ = writeln!(md, "- Targets met: {met} of {}\n", self.rows.len());
        md.push_str(
            "| measurement | runs | median | p99 | baseline (median) | ratio | target | value | met |\n\
             | --- | ---: | ---: | ---: | --- | ---: | --- | ---: | :---: |\n",
        );
        for row in &self.rows {
            let (runs, median, p99, base) = match &row.outcome {
                Ok(m) => (
                    m.summary.runs.to_string(),
                    format!("{} {}", fixed(m.summary.median_ms), row.unit()),
                    format!("{} {}", fixed(m.summary.p99_ms), row.unit()),
                    match (row.baseline, m.baseline) {
                        (Some(name), Some(b)) => format!("{name}: {} ms", fixed(b.median_ms)),
                        (Some(name), None) => format!("{name}: —"),
                        (None, _) => "—".into(),
                    },
                ),
                Err(_) => (
                    "0".into(),
                    "—".into(),
                    "—".into(),
                    row.baseline.unwrap_or("—").into(),
                ),
            };
            let ratio = row.ratio().map_or("—".into(), |r| format!("{r:.2}x"));
            let _ = writeln!(
                md,
                "| {} | {runs} | {median} | {p99} | {base} | {ratio} | {} | {} | {} |",
                row.measurement,
                row.target.describe(),
                row.value_text(),
                if row.met() { "yes" } else { "**no**" }
            );
        }
        md.push_str("\n## Notes\n\n");
        for row in &self.rows {
            match &row.outcome {
                Ok(m) if !m.notes.is_empty() => {
                    let _ = writeln!(md, "- **{}**: {}", row.measurement, m.notes.join("; "));
                }
                Err(why) => {
                    let _ = writeln!(md, "- **{}**: not measured: {why}", row.measurement);
                }
                _ => {}
            }
        }
        md
    }

    /// Writes `report.json` and `report.md` into `dir`.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_string_pretty(&self.to_json()).map_err(std::io::Error::other)?;
        std::fs::write(dir.join("report.json"), json + "\n")?;
        std::fs::write(dir.join("report.md"), self.to_markdown())
    }
}

/// `1234567.8` as `1,234,568`.
pub fn thousands(v: f64) -> String {
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// Three significant-ish digits: 0.412, 12.3, 1234.
fn fixed(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn compact(v: &Value) -> String {
    match v {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k} {}", compact(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(
        median: f64,
        baseline: Option<f64>,
        items: Option<u64>,
    ) -> Result<Measured, String> {
        let s = |m: f64| Summary {
            runs: 3,
            median_ms: m,
            p99_ms: m * 2.0,
            min_ms: m,
            max_ms: m * 2.0,
        };
        Ok(Measured {
            summary: s(median),
            baseline: baseline.map(s),
            items,
            notes: vec![],
        })
    }

    #[test]
    fn targets_are_judged_on_their_figure() {
        let mut row = Row::new("r", "ratio", Some("base"), Target::RatioAtMost(2.0));
        row.outcome = measured(30.0, Some(10.0), None);
        assert_eq!(row.ratio(), Some(3.0));
        assert!(!row.met());
        row.outcome = measured(15.0, Some(10.0), None);
        assert!(row.met());

        let mut row = Row::new("p", "page", None, Target::P99BelowMs(20.0));
        row.outcome = measured(8.0, None, None); // p99 16 ms
        assert!(row.met());
        row.outcome = measured(12.0, None, None); // p99 24 ms
        assert!(!row.met());

        let mut row = Row::new("t", "pull", None, Target::RateAtLeast(50_000.0, "rows"));
        row.outcome = measured(1_000.0, None, Some(100_000)); // 100k rows/s
        assert_eq!(row.value(), Some(100_000.0));
        assert!(row.met());
    }

    #[test]
    fn an_unmeasured_row_is_written_and_missed() {
        let row = Row::new("s", "search", Some("bare FTS5"), Target::P99BelowMs(10.0));
        assert!(!row.met());
        let report = Report {
            mode: "smoke",
            machine: json!({"cores": 2}),
            dataset: json!({}),
            rows: vec![row],
            seconds: 1.0,
        };
        assert_eq!(report.to_json()["rows"][0]["not_measured"], "not run");
        assert!(report.to_markdown().contains("| search | 0 |"));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(1_234_567.4), "1,234,567");
        assert_eq!(thousands(999.0), "999");
    }
}
