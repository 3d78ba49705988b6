//! Per-row context shared by the value generators. WHY: a row must tell one
//! coherent story: the first name, last name, full name, e-mail and LinkedIn
//! slug belong to the same person; the headline, current role and skills to
//! the same job; the phone prefix and time zone to the same city. Each piece
//! is drawn lazily, the first time a column asks for it, then reused.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;

use super::words::{self, City, Department};

/// A person a row is about.
#[derive(Debug, Clone)]
pub struct Person {
    pub first: &'static str,
    pub last: &'static str,
    /// Disambiguates e-mails and URL slugs of namesakes.
    pub number: u32,
}

impl Person {
    pub fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    /// `priya.sharma` style handle, ASCII letters, digits and dots only.
    pub fn handle(&self, style: u32) -> String {
        let f = slug_part(self.first);
        let l = slug_part(self.last);
        match style % 4 {
            0 => format!("{f}.{l}"),
            1 => format!("{f}{l}{}", self.number % 100),
            2 => format!("{}{l}", f.chars().next().unwrap_or('x')),
            _ => format!("{f}.{l}{}", self.number % 1000),
        }
    }
}

/// Lower-case ASCII letters and digits of a name.
pub fn slug_part(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Lazily drawn facts of one row.
#[derive(Debug, Default)]
pub struct RowCtx {
    /// Creation time of the row (ms); other times are relative to it.
    pub t0: i64,
    person: Option<Person>,
    company: Option<String>,
    job: Option<(usize, String)>,
    city: Option<usize>,
    currency: Option<&'static str>,
    skills: Option<Vec<&'static str>>,
    years: Option<u32>,
    /// Row index within its table.
    pub index: u64,
    /// Scratch value a table rule passes from `pre` to `post`.
    pub aux: u32,
}

const CURRENCIES: &[(&str, i64)] = &[
    ("USD", 1),
    ("USD", 1),
    ("USD", 1),
    ("USD", 1),
    ("EUR", 1),
    ("EUR", 1),
    ("GBP", 1),
    ("INR", 25),
    ("CAD", 1),
    ("SGD", 1),
];

impl RowCtx {
    pub fn new(t0: i64, index: u64) -> Self {
        Self {
            t0,
            index,
            ..Self::default()
        }
    }

    pub fn person(&mut self, rng: &mut ChaCha8Rng) -> &Person {
        self.person.get_or_insert_with(|| Person {
            first: pick(rng, words::FIRST_NAMES),
            last: pick(rng, words::LAST_NAMES),
            number: rng.gen_range(1..10_000),
        })
    }

    pub fn person_if_any(&self) -> Option<&Person> {
        self.person.as_ref()
    }

    pub fn set_person(&mut self, p: Person) {
        self.person = Some(p);
    }

    pub fn company(&mut self, rng: &mut ChaCha8Rng) -> String {
        self.company
            .get_or_insert_with(|| company_name(rng))
            .clone()
    }

    pub fn department(&mut self, rng: &mut ChaCha8Rng) -> &'static Department {
        let dept = self.job_parts(rng).0;
        &words::DEPARTMENTS[dept % words::DEPARTMENTS.len()]
    }

    /// Job title with seniority, e.g. "Senior Backend Engineer".
    pub fn job_title(&mut self, rng: &mut ChaCha8Rng) -> String {
        self.job_parts(rng).1.clone()
    }

    /// One of the row's skills.
    pub fn skill(&mut self, rng: &mut ChaCha8Rng) -> &'static str {
        let skills = self.skills(rng).to_vec();
        pick(rng, &skills)
    }

    fn job_parts(&mut self, rng: &mut ChaCha8Rng) -> &(usize, String) {
        self.job.get_or_insert_with(|| {
            // Engineering and data are over-represented, as on a tech desk.
            let dept = if rng.gen_bool(0.45) {
                rng.gen_range(0..2)
            } else {
                rng.gen_range(0..words::DEPARTMENTS.len())
            };
            let d = &words::DEPARTMENTS[dept];
            let base = pick(rng, d.titles);
            let years = self.years.get_or_insert_with(|| draw_years(rng));
            let level = seniority(*years, rng);
            let title = if level.is_empty()
                || base.contains("Manager")
                || base.starts_with("Chief")
                || base.starts_with("Head")
            {
                base.to_string()
            } else {
                format!("{level} {base}")
            };
            (dept, title)
        })
    }

    pub fn city(&mut self, rng: &mut ChaCha8Rng) -> &'static City {
        let i = *self
            .city
            .get_or_insert_with(|| rng.gen_range(0..words::CITIES.len()));
        &words::CITIES[i]
    }

    pub fn currency(&mut self, rng: &mut ChaCha8Rng) -> &'static str {
        self.currency_entry(rng).0
    }

    /// Multiplier from USD-like amounts to this row's currency.
    pub fn currency_factor(&mut self, rng: &mut ChaCha8Rng) -> i64 {
        self.currency_entry(rng).1
    }

    fn currency_entry(&mut self, rng: &mut ChaCha8Rng) -> (&'static str, i64) {
        let code = *self.currency.get_or_insert_with(|| pick(rng, CURRENCIES).0);
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == code)
            .copied()
            .unwrap_or(("USD", 1))
    }

    /// 3..=7 skills matching the row's department.
    pub fn skills(&mut self, rng: &mut ChaCha8Rng) -> &[&'static str] {
        if self.skills.is_none() {
            let dept = self.department(rng);
            let n = rng.gen_range(3..=7).min(dept.skills.len());
            let chosen: Vec<&'static str> = dept.skills.choose_multiple(rng, n).copied().collect();
            self.skills = Some(chosen);
        }
        self.skills.as_deref().unwrap_or(&[])
    }

    /// Years of experience (mostly 2..10, a tail up to ~24).
    pub fn years(&mut self, rng: &mut ChaCha8Rng) -> u32 {
        *self.years.get_or_insert_with(|| draw_years(rng))
    }
}

fn draw_years(rng: &mut ChaCha8Rng) -> u32 {
    rng.gen_range(0..=6)
        + rng.gen_range(0..=6)
        + if rng.gen_bool(0.15) {
            rng.gen_range(0..=12)
        } else {
            0
        }
}

/// Title prefix that fits the years of experience.
fn seniority(years: u32, rng: &mut ChaCha8Rng) -> &'static str {
    match years {
        0..=1 => pick(rng, &["Junior", "Associate", "Junior"]),
        2..=5 => "",
        6..=9 => "Senior",
        10..=14 => pick(rng, &["Lead", "Staff", "Senior"]),
        _ => pick(rng, &["Principal", "Staff", "Lead"]),
    }
}

/// "a Senior Engineer", "an Account Executive", "a UX Designer".
pub fn with_article(title: &str) -> String {
    let vowel = title.chars().next().is_some_and(|c| "AEIOaeio".contains(c));
    format!("{} {title}", if vowel { "an" } else { "a" })
}

/// "Northwind Analytics" style name.
pub fn company_name(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{} {}",
        pick(rng, words::COMPANY_HEADS),
        pick(rng, words::COMPANY_TAILS)
    )
}

/// Uniform pick from a non-empty list (falls back to the default value).
pub fn pick<T: Copy + Default>(rng: &mut ChaCha8Rng, list: &[T]) -> T {
    if list.is_empty() {
        T::default()
    } else {
        list[rng.gen_range(0..list.len())]
    }
}

/// A row being built: values, chosen parent rows of FK columns, context.
#[derive(Debug)]
pub struct Row {
    pub vals: Vec<Value>,
    /// For FK columns: index of the chosen parent row (None = NULL).
    pub parents: Vec<Option<usize>>,
    pub ctx: RowCtx,
}
