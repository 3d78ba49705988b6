//! Sentence templates: bios, summaries, notes, feedback, job descriptions,
//! resumes and chat lines composed from the word lists. WHY templates: text
//! must vary from row to row (so lists and search look real) while staying
//! deterministic for a seed and cheap enough for a million rows.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::demo::row::{pick, slug_part, with_article, RowCtx};
use crate::demo::words as w;

pub(super) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `2400000` -> `2,400,000` (non-negative amounts).
pub(super) fn thousands(n: i64) -> String {
    let s = n.max(0).to_string();
    let head = match s.len() % 3 {
        0 => 3.min(s.len()),
        r => r,
    };
    let mut out = s[..head].to_string();
    for chunk in s.as_bytes()[head..].chunks(3) {
        out.push(',');
        out.push_str(std::str::from_utf8(chunk).unwrap_or(""));
    }
    out
}

/// `northwind-analytics.com` from a company name.
pub fn domain_of(company: &str) -> String {
    let parts: Vec<String> = company
        .split_whitespace()
        .map(slug_part)
        .filter(|p| !p.is_empty())
        .collect();
    let tld = match parts.last().map(String::as_str) {
        Some("ai") => "ai",
        Some("labs" | "digital" | "cloud") => "io",
        _ => "com",
    };
    format!("{}.{tld}", parts.join(""))
}

pub(super) fn slug_part_words(s: &str) -> String {
    s.split_whitespace()
        .map(slug_part)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Lower-case hex of `n` digits.
pub fn hex(rng: &mut ChaCha8Rng, n: usize) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    (0..n)
        .map(|_| char::from(HEX[rng.gen_range(0..16)]))
        .collect()
}

pub(super) fn letters(rng: &mut ChaCha8Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'a' + rng.gen_range(0..26u8)))
        .collect()
}

/// A present-tense duty, e.g. "Own the billing service used by customer teams."
pub fn responsibility(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{} {} used by {} teams.",
        pick(rng, w::DUTIES),
        pick(rng, w::WORK_OBJECTS),
        pick(
            rng,
            &[
                "internal",
                "customer",
                "partner",
                "finance",
                "support",
                "three product"
            ]
        )
    )
}

/// One achievement sentence, e.g. "Scaled the billing service, cutting latency by 40%."
pub fn achievement(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{} {}, {}.",
        pick(rng, w::VERBS),
        pick(rng, w::WORK_OBJECTS),
        pick(rng, w::OUTCOMES)
    )
}

pub(super) fn bio(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let title = ctx.job_title(rng);
    let years = ctx.years(rng).max(1);
    let skills = ctx.skills(rng).to_vec();
    let (a, b) = (
        skills.first().copied().unwrap_or("SQL"),
        skills.get(1).copied().unwrap_or("Git"),
    );
    let opener = match rng.gen_range(0..3) {
        0 => format!("{title} with {years} years of experience."),
        1 => format!(
            "I am {} with {years}+ years in {}.",
            with_article(&title),
            pick(rng, w::INDUSTRIES).to_lowercase()
        ),
        _ => format!(
            "{years} years as {}, most recently at {}.",
            with_article(&title),
            ctx.company(rng)
        ),
    };
    let middle = match rng.gen_range(0..3) {
        0 => format!("Skilled in {a} and {b}."),
        1 => format!("Day to day I work with {a}, {b} and whatever the problem needs."),
        _ => format!(
            "Known for {} and a bias for shipping.",
            pick(
                rng,
                &[
                    "clear writing",
                    "mentoring",
                    "calm incident handling",
                    "pragmatic design",
                    "customer empathy"
                ]
            )
        ),
    };
    format!("{opener} {middle} {}", achievement(rng))
}

pub(super) fn summary(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let skills = ctx
        .skills(rng)
        .iter()
        .take(3)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    match rng.gen_range(0..3) {
        0 => format!(
            "Strong match on {skills}; {} years of relevant experience. {}",
            ctx.years(rng),
            pick(
                rng,
                &[
                    "Recommend a technical screen.",
                    "Salary expectations within band.",
                    "Open to hybrid work.",
                    "Short notice period."
                ]
            )
        ),
        1 => format!(
            "Built {} with {skills}, {}.",
            pick(rng, w::WORK_OBJECTS),
            pick(rng, w::OUTCOMES)
        ),
        _ => format!("{} Key skills: {skills}.", achievement(rng)),
    }
}

pub(super) fn note(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let first = ctx.person(rng).first;
    match rng.gen_range(0..5) {
        0 => format!(
            "Spoke with {first} about {}; {}.",
            pick(rng, w::TOPICS),
            pick(
                rng,
                &[
                    "follow up next week",
                    "sounds positive",
                    "needs to think it over",
                    "wants the details in writing",
                    "aligned on next steps"
                ]
            )
        ),
        1 => format!(
            "Left a voicemail. Will try {} again on {}.",
            first,
            pick(
                rng,
                &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
            )
        ),
        2 => format!("{first} is also interviewing at two other companies; move quickly."),
        3 => format!(
            "Hiring manager liked the {} background. Schedule the {}.",
            ctx.skill(rng),
            pick(
                rng,
                &[
                    "technical round",
                    "final round",
                    "culture chat",
                    "reference checks"
                ]
            )
        ),
        _ => format!(
            "Expected compensation discussed; {}.",
            pick(
                rng,
                &[
                    "within budget",
                    "slightly above band",
                    "flexible on base for equity",
                    "needs approval from finance"
                ]
            )
        ),
    }
}

pub(super) fn feedback(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let verdict = pick(
        rng,
        &[
            "Solid interview.",
            "Mixed signals.",
            "Very strong candidate.",
            "Not quite there yet.",
            "Great culture add.",
        ],
    );
    let detail = pick(
        rng,
        &[
            "Explained trade-offs clearly.",
            "Struggled with the design question.",
            "Code was clean and well tested.",
            "Answers were vague on impact.",
        ],
    );
    format!("{verdict} {detail} Strongest area: {}.", ctx.skill(rng))
}

pub(super) fn job_description(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let title = ctx.job_title(rng);
    let company = ctx.company(rng);
    let skills = ctx.skills(rng).to_vec();
    let must = skills
        .iter()
        .take(3)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "{company} is hiring {} to {}. You will {} and work closely with {}. Must have: {must}. {}",
        with_article(&title),
        pick(
            rng,
            &[
                "scale our core platform",
                "own the customer onboarding journey",
                "grow our enterprise business",
                "build the next generation of our analytics product",
                "make our data trustworthy"
            ]
        ),
        lower_first(responsibility(rng).trim_end_matches('.')),
        pick(
            rng,
            &[
                "product and design",
                "a team of six engineers",
                "sales and customer success",
                "the founders"
            ]
        ),
        pick(
            rng,
            &[
                "Remote within the EU.",
                "Hybrid, two days a week in the office.",
                "Relocation support available.",
                "Visa sponsorship available.",
                "Competitive salary and equity."
            ]
        )
    )
}

pub(super) fn resume_text(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let name = ctx.person(rng).full();
    let title = ctx.job_title(rng);
    let skills = ctx.skills(rng).join(", ");
    let city = ctx.city(rng).name;
    format!(
        "{name}\n{title} · {city}\n\nSUMMARY\n{}\n\nEXPERIENCE\n{} ({}-present)\n- {}\n- {}\n\nSKILLS\n{skills}\n\nEDUCATION\n{}, {}",
        bio(rng, ctx),
        ctx.company(rng),
        2015 + rng.gen_range(0..10),
        achievement(rng),
        achievement(rng),
        pick(rng, w::DEGREES),
        pick(rng, w::UNIVERSITIES)
    )
}

pub(super) fn chat(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    if rng.gen_bool(0.5) {
        staff_message(rng, ctx)
    } else {
        person_message(rng, ctx)
    }
}

/// A line from a recruiter, coach or bot.
pub fn staff_message(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    match rng.gen_range(0..5) {
        0 => {
            let first = ctx.person(rng).first;
            format!("Hi {first}, are you available for a quick call about the {} role?", ctx.job_title(rng))
        }
        1 => format!("Here are three ways to strengthen your resume: quantify impact, lead with {}, and trim older roles.", ctx.skill(rng)),
        2 => "Your interview is confirmed. You'll receive a calendar invite shortly.".to_string(),
        3 => format!("Great question. For salary negotiation, anchor on market data for {} roles in {}.", ctx.job_title(rng), ctx.city(rng).name),
        _ => format!("Thanks for your patience. The team will share feedback on {} by Friday.", pick(rng, w::TOPICS)),
    }
}

/// A line from a candidate or job seeker.
pub fn person_message(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    match rng.gen_range(0..5) {
        0 => "Thanks! Tuesday afternoon works for me.".to_string(),
        1 => format!("Can you tell me more about {}?", pick(rng, w::TOPICS)),
        2 => format!(
            "How should I prepare for the {} interview?",
            pick(rng, &["technical", "system design", "behavioral", "final"])
        ),
        3 => format!(
            "I have an offer from {} - how do I negotiate?",
            ctx.company(rng)
        ),
        _ => format!(
            "Could we move the call to {}? Something came up.",
            pick(
                rng,
                &["Monday", "Wednesday morning", "Thursday", "next week"]
            )
        ),
    }
}

pub(super) fn answer(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let story = lower_first(&achievement(rng));
    let approach = pick(
        rng,
        &[
            "started by clarifying the goal with stakeholders",
            "broke the problem into small experiments",
            "wrote a short design doc first",
            "paired with a senior colleague",
        ],
    );
    let metric = pick(
        rng,
        &[
            "latency",
            "conversion",
            "customer satisfaction",
            "time saved per week",
            "error rates",
        ],
    );
    let tool = ctx.skill(rng);
    if rng.gen_bool(0.4) {
        format!("In my last role I {story} I {approach} and measured success by {metric}. Here I would start with {tool}.")
    } else {
        format!("In my last role I {story} I {approach} and measured success by {metric}.")
    }
}

pub(super) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub(super) fn description(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    match rng.gen_range(0..4) {
        0 => responsibility(rng),
        1 => format!(
            "Used by the {} team to {}.",
            ctx.department(rng).name.to_lowercase(),
            pick(
                rng,
                &[
                    "track progress",
                    "standardise hiring",
                    "save time on repetitive work",
                    "keep candidates informed",
                    "report to leadership"
                ]
            )
        ),
        2 => achievement(rng),
        _ => format!(
            "Covers {} and {}.",
            pick(rng, w::TOPICS),
            pick(rng, w::TOPICS)
        ),
    }
}

pub(super) fn task_title(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    let who = ctx.person(rng).full();
    match rng.gen_range(0..6) {
        0 => format!("Follow up with {who}"),
        1 => format!("Send proposal to {}", ctx.company(rng)),
        2 => format!("Review {} new applicants", rng.gen_range(2..30)),
        3 => format!("Schedule interview for {who}"),
        4 => format!("Collect feedback on {}", ctx.job_title(rng)),
        _ => pick(
            rng,
            &[
                "Prepare offer letter",
                "Update job description",
                "Book intake meeting",
                "Check references",
                "Draft milestone plan",
            ],
        )
        .to_string(),
    }
}

/// Several distinct skills from a department, or from the whole catalog.
pub fn skill_list(rng: &mut ChaCha8Rng, ctx: &mut RowCtx, n: usize) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = ctx.skills(rng).to_vec();
    if v.len() > n {
        v.truncate(n);
    }
    while v.len() < n {
        let s = pick(rng, w::SKILLS).0;
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v.shuffle(rng);
    v
}
