//! Resume text to structured fields. Rules, not a model: resumes are split into sections by
//! their headings ("Experience", "WORK HISTORY", "Education:"), contact details come from
//! patterns, jobs and degrees are anchored on date ranges and degree/school words. WHY rules:
//! the result must be the same every time and easy to explain; the person reviews and corrects
//! it before anything is saved, so a good guess is enough.

use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::dates::{find_range, DateRange};
use super::words::{COMPANY_WORDS, DEGREE_WORDS, HEADINGS, SCHOOL_WORDS, TITLE_WORDS};
use crate::skills::Catalog;

/// One job of a resume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ParsedExperience {
    pub title: String,
    #[serde(default)]
    pub company: Option<String>,
    /// `YYYY-MM` or `YYYY`.
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>")]
    pub current: bool,
}

/// One degree or school of a resume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ParsedEducation {
    #[serde(default)]
    pub degree: Option<String>,
    pub school: String,
    #[serde(default)]
    pub start_year: Option<i32>,
    #[serde(default)]
    pub end_year: Option<i32>,
}

/// Structured data read from a resume; the person corrects it before saving.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ParsedResume {
    #[serde(default)]
    pub full_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub linkedin_url: Option<String>,
    #[serde(default)]
    pub github_url: Option<String>,
    #[serde(default)]
    pub website_url: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>")]
    pub skills: Vec<String>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ParsedExperience>>")]
    pub experience: Vec<ParsedExperience>,
    #[serde(default)]
    #[ts(as = "Option<Vec<ParsedEducation>>")]
    pub education: Vec<ParsedEducation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Certifications,
    Projects,
    Languages,
    Other,
}

fn heading(line: &str) -> Option<Section> {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    let key: String = t
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '&')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    HEADINGS.iter().find(|(h, _)| *h == key).map(|(_, s)| *s)
}

/// A compiled literal pattern; `None` only if the pattern itself were invalid, which the unit
/// tests rule out (so there is no panic path at run time).
fn re(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

fn email_re() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    re(
        &R,
        r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    )
}

fn phone_re() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    re(&R, r"(?:\+|00)?\(?\d[\d\s().\-/]{6,}\d")
}

fn url_re() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    re(
        &R,
        r"(?i)\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|net|org|me|app|co|site|tech|ai|xyz|info|page|blog|design|eu|de|uk|fr|in)(?:/[^\s,;|)]*)?",
    )
}

/// Split text into trimmed, non-empty lines with bullets and column gaps kept as markers.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

fn is_bullet(line: &str) -> bool {
    line.starts_with(['•', '●', '▪', '◦', '·', '*', '–', '-', '○', '■', '►', '✓'])
}

/// Parse resume text. `catalog` finds the skills.
pub fn parse(text: &str, catalog: &Catalog) -> ParsedResume {
    let all = lines(text);
    let mut sections: Vec<(Section, Vec<String>)> = vec![(Section::Header, Vec::new())];
    for line in &all {
        match heading(line) {
            Some(s) => sections.push((s, Vec::new())),
            None => {
                if let Some(last) = sections.last_mut() {
                    last.1.push(line.clone());
                }
            }
        }
    }
    let of = |want: Section| -> Vec<String> {
        sections
            .iter()
            .filter(|(s, _)| *s == want)
            .flat_map(|(_, l)| l.iter().cloned())
            .collect()
    };
    let header = of(Section::Header);
    let mut out = ParsedResume {
        full_name: find_name(&header).or_else(|| find_name(&all)),
        email: email_re()
            .and_then(|r| r.find(text))
            .map(|m| m.as_str().to_string()),
        phone: find_phone(&header).or_else(|| find_phone(&labelled(&all))),
        ..ParsedResume::default()
    };
    find_links(text, &header.join("\n"), &mut out);
    out.experience = parse_experience(&of(Section::Experience));
    out.education = parse_education(&of(Section::Education));
    // Skills: the skills section first (the person's own list), then the rest of the text.
    let mut skill_text = of(Section::Skills).join("\n");
    skill_text.push('\n');
    skill_text.push_str(&of(Section::Certifications).join("\n"));
    let body: Vec<String> = sections
        .iter()
        .filter(|(s, _)| {
            !matches!(
                s,
                Section::Header | Section::Skills | Section::Certifications
            )
        })
        .flat_map(|(_, l)| l.iter().cloned())
        .collect();
    for found in catalog
        .extract(&skill_text)
        .into_iter()
        .chain(catalog.extract(&body.join("\n")))
    {
        if !out.skills.contains(&found.name) {
            out.skills.push(found.name);
        }
    }
    out
}

fn labelled(all: &[String]) -> Vec<String> {
    all.iter()
        .filter(|l| {
            let lower = l.to_lowercase();
            ["phone", "tel", "mobile", "cell", "telefon", "móvil"]
                .iter()
                .any(|k| lower.contains(k))
        })
        .cloned()
        .collect()
}

fn find_phone(lines: &[String]) -> Option<String> {
    for line in lines {
        for m in phone_re().into_iter().flat_map(|r| r.find_iter(line)) {
            let raw = m.as_str().trim();
            let digits = raw.chars().filter(char::is_ascii_digit).count();
            let looks_like_dates = find_range(raw).is_some();
            if (9..=15).contains(&digits) && !looks_like_dates {
                return Some(raw.trim_end_matches(['-', '.', '/']).trim().to_string());
            }
        }
    }
    None
}

fn find_name(lines: &[String]) -> Option<String> {
    for line in lines.iter().take(8) {
        let candidate = line.split(['|', '•', ',']).next().unwrap_or("").trim();
        let words: Vec<&str> = candidate.split_whitespace().collect();
        if !(2..=4).contains(&words.len()) || heading(candidate).is_some() {
            continue;
        }
        let name_like = words.iter().all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            first.is_uppercase()
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’'))
        });
        let lower = candidate.to_lowercase();
        let job_word = TITLE_WORDS
            .iter()
            .any(|t| lower.split_whitespace().any(|w| w == *t));
        if name_like && !job_word {
            return Some(
                if candidate
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                {
                    title_case(candidate)
                } else {
                    candidate.to_string()
                },
            );
        }
    }
    None
}

fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            w.split('-')
                .map(|part| {
                    let mut cs = part.chars();
                    match cs.next() {
                        Some(f) => {
                            f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase()
                        }
                        None => String::new(),
                    }
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Links anywhere when written with `http`/`www`; bare domains ("janedoe.dev") only in the header,
/// where they cannot be a technology name ("ASP.NET", "B.Tech").
fn find_links(text: &str, header: &str, out: &mut ParsedResume) {
    for (source, bare_ok) in [(header, true), (text, false)] {
        let emails: Vec<(usize, usize)> = email_re()
            .into_iter()
            .flat_map(|r| r.find_iter(source))
            .map(|m| (m.start(), m.end()))
            .collect();
        for m in url_re().into_iter().flat_map(|r| r.find_iter(source)) {
            let lower = m.as_str().to_lowercase();
            let explicit = lower.starts_with("http") || lower.starts_with("www.");
            let in_email = emails.iter().any(|&(a, b)| m.start() >= a && m.start() < b);
            if in_email || !(explicit || bare_ok) {
                continue;
            }
            add_link(m.as_str(), out);
        }
    }
}

fn add_link(found: &str, out: &mut ParsedResume) {
    let raw = found.trim_end_matches(['.', '/']);
    let bare = raw
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let lower = bare.to_lowercase();
    let url = if raw.to_lowercase().starts_with("http") {
        raw.to_string()
    } else {
        format!("https://{bare}")
    };
    let host = lower.trim_start_matches("www.");
    if host.starts_with("linkedin.com/") {
        out.linkedin_url.get_or_insert(url);
    } else if host.starts_with("github.com/") {
        out.github_url.get_or_insert(url);
    } else if !host.starts_with("linkedin.com")
        && !host.starts_with("github.com")
        && host.contains('.')
    {
        out.website_url.get_or_insert(url);
    }
}

fn has_word(text: &str, words: &[&str]) -> bool {
    text.to_lowercase()
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .any(|w| words.contains(&w))
}

fn clean(piece: &str) -> String {
    piece
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                ',' | '|' | '–' | '—' | '-' | '(' | ')' | '·' | '•' | ':' | '/'
            ) || c.is_whitespace()
        })
        .to_string()
}

/// Split a header line into its parts: "Title at Company", "Title — Company", "Title | Company".
fn pieces(line: &str) -> Vec<String> {
    if let Some((a, b)) = line.split_once(" at ").or_else(|| line.split_once(" @ ")) {
        return vec![clean(a), clean(b)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
    }
    for sep in [" — ", " – ", " | ", " - ", " · ", " • ", "\t", "    ", ", "] {
        let parts: Vec<String> = line
            .split(sep)
            .map(clean)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 {
            return parts;
        }
    }
    vec![clean(line)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect()
}

fn looks_like_location(piece: &str) -> bool {
    let lower = piece.to_lowercase();
    lower == "remote" || lower.starts_with("remote") || lower.ends_with("(remote)")
}

fn parse_experience(lines: &[String]) -> Vec<ParsedExperience> {
    // Header blocks: runs of non-bullet lines; the date range anchors an entry.
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in lines {
        let long_prose = line.chars().count() > 110
            || (line.ends_with('.') && line.split_whitespace().count() > 7);
        if is_bullet(line) || long_prose {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        let dated = find_range(line).is_some();
        let current_dated = current.iter().any(|l| find_range(l).is_some());
        // A second dated line starts a new entry, taking the undated lines just before it when
        // the previous entry already had its title (title above date) layout.
        if dated && current_dated {
            let first_dated = current
                .iter()
                .position(|l| find_range(l).is_some())
                .unwrap_or(0);
            let split_at = if first_dated == 0 {
                current.len()
            } else {
                (first_dated + 1).min(current.len())
            };
            let rest = current.split_off(split_at);
            blocks.push(std::mem::take(&mut current));
            current = rest;
        }
        current.push(line.clone());
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
        .iter()
        .filter_map(|b| experience_from_block(b))
        .collect()
}

fn experience_from_block(block: &[String]) -> Option<ParsedExperience> {
    let mut range: Option<DateRange> = None;
    let mut parts: Vec<String> = Vec::new();
    for line in block.iter().take(4) {
        let mut rest = line.clone();
        if range.is_none() {
            if let Some(r) = find_range(line) {
                rest = format!("{} {}", &line[..r.span.0], &line[r.span.1..]);
                range = Some(r);
            }
        }
        parts.extend(
            pieces(&rest)
                .into_iter()
                .filter(|p| !looks_like_location(p)),
        );
    }
    let range = range?;
    let title_at = parts
        .iter()
        .position(|p| has_word(p, TITLE_WORDS) && !has_word(p, COMPANY_WORDS))
        .or_else(|| parts.iter().position(|p| has_word(p, TITLE_WORDS)));
    let company_at = parts
        .iter()
        .enumerate()
        .position(|(i, p)| Some(i) != title_at && has_word(p, COMPANY_WORDS));
    let (title, company) = match (title_at, company_at) {
        (Some(t), Some(c)) if t != c => (parts[t].clone(), Some(parts[c].clone())),
        (Some(t), _) => (
            parts[t].clone(),
            parts
                .iter()
                .enumerate()
                .find(|(i, _)| *i != t)
                .map(|(_, p)| p.clone()),
        ),
        (None, Some(c)) => (
            parts
                .iter()
                .enumerate()
                .find(|(i, _)| *i != c)
                .map(|(_, p)| p.clone())?,
            Some(parts[c].clone()),
        ),
        (None, None) => (parts.first()?.clone(), parts.get(1).cloned()),
    };
    Some(ParsedExperience {
        title,
        company,
        start: range.start,
        end: range.end,
        current: range.current,
    })
}

fn year_re() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    re(&R, r"\b(19[5-9]\d|20[0-4]\d)\b")
}

fn parse_education(lines: &[String]) -> Vec<ParsedEducation> {
    #[derive(Default)]
    struct Draft {
        degree: Option<String>,
        school: Option<String>,
        years: Vec<i32>,
    }
    let mut out = Vec::new();
    let mut cur = Draft::default();
    let flush = |cur: &mut Draft, out: &mut Vec<ParsedEducation>| {
        let d = std::mem::take(cur);
        if let Some(school) = d.school.or_else(|| d.degree.clone()) {
            let (start, end) = match d.years.as_slice() {
                [] => (None, None),
                [one] => (None, Some(*one)),
                [a, b, ..] => (Some(*a.min(b)), Some(*a.max(b))),
            };
            let degree = d.degree.filter(|deg| *deg != school);
            out.push(ParsedEducation {
                degree,
                school,
                start_year: start,
                end_year: end,
            });
        }
    };
    for line in lines {
        if is_bullet(line) && !has_word(line, SCHOOL_WORDS) && !has_word(line, DEGREE_WORDS) {
            continue;
        }
        let years: Vec<i32> = year_re()
            .into_iter()
            .flat_map(|r| r.find_iter(line))
            .filter_map(|m| m.as_str().parse().ok())
            .collect();
        let without_range = find_range(line).map_or(line.clone(), |r| {
            format!("{} {}", &line[..r.span.0], &line[r.span.1..])
        });
        let without_years = year_re().map_or(without_range.clone(), |r| {
            r.replace_all(&without_range, " ").to_string()
        });
        let parts = pieces(&without_years);
        // "University of California, Berkeley": the parts after the school name that are
        // neither a degree nor another school belong to its name.
        let school = parts
            .iter()
            .position(|p| has_word(p, SCHOOL_WORDS))
            .map(|at| {
                let tail = parts[at + 1..].iter().take_while(|p| {
                    !has_word(p, DEGREE_WORDS)
                        && !has_word(p, SCHOOL_WORDS)
                        && !p.chars().any(|c| c.is_ascii_digit())
                });
                std::iter::once(&parts[at])
                    .chain(tail)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            });
        let degree = parts
            .iter()
            .find(|p| has_word(p, DEGREE_WORDS) && !has_word(p, SCHOOL_WORDS))
            .cloned()
            .or_else(|| {
                // "Master of Science in Physics, University of X" keeps "of"/"in" with the degree.
                parts
                    .iter()
                    .find(|p| {
                        p.to_lowercase().starts_with("master")
                            || p.to_lowercase().starts_with("bachelor")
                    })
                    .cloned()
            });
        if (school.is_some() && cur.school.is_some()) || (degree.is_some() && cur.degree.is_some())
        {
            flush(&mut cur, &mut out);
        }
        if let Some(s) = school {
            cur.school = Some(s);
        }
        if let Some(d) = degree {
            cur.degree = Some(d);
        }
        if cur.years.len() < 2 {
            cur.years.extend(years);
            cur.years.truncate(2);
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn title_above_dates_two_entries() {
        let text = "Jane Doe\nExperience\nSenior Software Engineer — Stripe Inc.\nJan 2020 – Present\n• Built the payouts ledger.\nSoftware Engineer — Acme Corp\nJun 2016 – Dec 2019\n• Developed REST APIs.\n";
        let got = super::parse_experience(&super::lines(text)[2..]);
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
