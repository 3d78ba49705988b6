//! Date ranges as resumes write them: "Jan 2020 – Present", "03/2018 - 12/2019", "2019-05 to
//! 2021-01", "2015 — 2019", "Sept. 2019 until now". Normalised to `YYYY-MM` (or `YYYY` when only
//! the year is given).

use std::sync::OnceLock;

use regex::Regex;

/// A date range found in a line, with its byte span in that line.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRange {
    pub start: Option<String>,
    pub end: Option<String>,
    pub current: bool,
    pub span: (usize, usize),
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
];

const DATE: &str = r"(?:[A-Za-zä]{3,9}\.?\s+\d{4}|\d{1,2}\s*[/.]\s*\d{4}|\d{4}\s*[-/.]\s*(?:0[1-9]|1[0-2])\b|\d{4})";

fn range_re() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)(?P<a>{DATE})\s*(?:-|–|—|‒|~|\bto\b|\buntil\b|\btill\b|\bbis\b)\s*(?P<b>{DATE}|present|current|now|today|to date|heute|actualidad|ongoing)"
        ))
        .ok()
    })
    .as_ref()
}

/// Parse one date as written; `None` when it is not a date (e.g. "Team 2020").
pub fn parse_date(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('.');
    let lower = t.to_lowercase();
    let year_ok = |y: i32| (1950..=2100).contains(&y);
    // Month name + year.
    if let Some((word, year)) = lower.split_once(char::is_whitespace) {
        let word = word.trim_end_matches('.');
        if let (Some(&(_, m)), Ok(y)) = (
            MONTHS.iter().find(|(n, _)| *n == word),
            year.trim().parse::<i32>(),
        ) {
            return year_ok(y).then(|| format!("{y:04}-{m:02}"));
        }
        return None;
    }
    let nums: Vec<&str> = lower.split(['/', '.', '-']).map(str::trim).collect();
    match nums.as_slice() {
        [y] => y
            .parse::<i32>()
            .ok()
            .filter(|y| year_ok(*y) && y.to_string().len() == 4)
            .map(|y| y.to_string()),
        [a, b] if a.len() == 4 => {
            let (y, m) = (a.parse::<i32>().ok()?, b.parse::<u32>().ok()?);
            (year_ok(y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"))
        }
        [a, b] => {
            let (m, y) = (a.parse::<u32>().ok()?, b.parse::<i32>().ok()?);
            (year_ok(y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"))
        }
        _ => None,
    }
}

/// The first date range in `line`.
pub fn find_range(line: &str) -> Option<DateRange> {
    for caps in range_re()?.captures_iter(line) {
        let (Some(a), Some(b), Some(all)) = (caps.name("a"), caps.name("b"), caps.get(0)) else {
            continue;
        };
        let Some(start) = parse_date(a.as_str()) else {
            continue;
        };
        let end_text = b.as_str().to_lowercase();
        let (end, current) = match parse_date(b.as_str()) {
            Some(end) => (Some(end), false),
            None if end_text.chars().all(|c| c.is_alphabetic() || c == ' ') => (None, true),
            None => continue,
        };
        if end.as_deref().is_some_and(|e| e[..4] < start[..4]) {
            continue;
        }
        return Some(DateRange {
            start: Some(start),
            end,
            current,
            span: (all.start(), all.end()),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let r = |s: &str| find_range(s).map(|r| (r.start, r.end, r.current));
        let some =
            |a: &str, b: Option<&str>, c| Some((Some(a.to_string()), b.map(String::from), c));
        assert_eq!(r("Jan 2020 – Present"), some("2020-01", None, true));
        assert_eq!(
            r("03/2018 - 12/2019"),
            some("2018-03", Some("2019-12"), false)
        );
        assert_eq!(
            r("2019-05 to 2021-01"),
            some("2019-05", Some("2021-01"), false)
        );
        assert_eq!(r("2015—2019"), some("2015", Some("2019"), false));
        assert_eq!(r("Sept. 2019 until now"), some("2019-09", None, true));
        assert_eq!(
            r("September 2012 - June 2016"),
            some("2012-09", Some("2016-06"), false)
        );
        assert_eq!(r("Team of 2020 people"), None);
        assert_eq!(r("+49 30 1234-5678"), None);
    }
}
