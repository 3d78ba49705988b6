//! Text for a [`TextKind`]. WHY a separate file: one `match` arm per kind,
//! each short, reading the row context so the same person, job and city
//! appear in every column of a row.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::compose::*;
use super::TextKind;
use crate::demo::row::{pick, slug_part, RowCtx};
use crate::demo::words as w;

/// Text for `kind`, coherent with the row context.
pub fn generate(kind: TextKind, rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    use TextKind as K;
    match kind {
        K::FirstName => ctx.person(rng).first.to_string(),
        K::LastName => ctx.person(rng).last.to_string(),
        K::FullName => ctx.person(rng).full(),
        K::Email => {
            // One address per person, wherever the person appears.
            let p = ctx.person(rng);
            let domain = w::EMAIL_DOMAINS[p.number as usize % w::EMAIL_DOMAINS.len()];
            format!("{}@{domain}", p.handle(p.number / 7))
        }
        K::AltEmail => {
            let style = rng.gen_range(0..4);
            let domain = pick(rng, w::EMAIL_DOMAINS);
            format!("{}@{domain}", ctx.person(rng).handle(style))
        }
        K::WorkEmail => {
            let domain = domain_of(&ctx.company(rng));
            let local = pick(rng, &["billing", "accounts", "finance", "ap", "hr", "talent"]);
            format!("{local}@{domain}")
        }
        K::Phone => {
            // E.164: country code plus the national number length of that country.
            let dial = ctx.city(rng).dial;
            let digits = match dial {
                "86" | "55" | "234" => 11,
                "1" | "44" | "91" | "49" | "52" | "54" | "57" | "81" | "82" | "62" | "84" | "20" | "90" | "92" => 10,
                _ => 9,
            };
            let mut s = format!("+{dial}{}", rng.gen_range(2..10));
            for _ in 1..digits {
                s.push(char::from(b'0' + rng.gen_range(0..10u8)));
            }
            s
        }
        K::Company => ctx.company(rng),
        K::Domain => domain_of(&ctx.company(rng)),
        K::Website => format!("https://www.{}", domain_of(&ctx.company(rng))),
        K::Industry => pick(rng, w::INDUSTRIES).to_string(),
        K::JobTitle => ctx.job_title(rng),
        K::Department => ctx.department(rng).name.to_string(),
        K::Headline => {
            let title = ctx.job_title(rng);
            let skills = ctx.skills(rng).iter().take(3).copied().collect::<Vec<_>>().join(", ");
            match rng.gen_range(0..4) {
                0 => format!("{title} at {}", ctx.company(rng)),
                1 => format!("{title} | {skills}"),
                2 => format!("{title} with {} years of experience", ctx.years(rng).max(1)),
                _ => format!("{title} · open to new opportunities"),
            }
        }
        K::City => {
            let c = ctx.city(rng);
            format!("{}, {}", c.name, c.country)
        }
        K::Address => {
            let c = ctx.city(rng);
            format!("{} {}, {} {}, {}", rng.gen_range(1..400), pick(rng, w::STREETS), rng.gen_range(10_000..99_999), c.name, c.country)
        }
        K::University => pick(rng, w::UNIVERSITIES).to_string(),
        K::Degree => pick(rng, w::DEGREES).to_string(),
        K::FieldOfStudy => pick(rng, w::FIELDS_OF_STUDY).to_string(),
        K::Grade => pick(rng, w::GRADES).to_string(),
        K::Skill => ctx.skill(rng).to_string(),
        K::Tag => pick(rng, w::TAGS).to_string(),
        K::LinkedIn => {
            let p = ctx.person(rng);
            format!("https://www.linkedin.com/in/{}", p.handle(p.number / 3).replace('.', "-"))
        }
        K::GitHub => {
            let p = ctx.person(rng);
            format!("https://github.com/{}", p.handle(p.number / 5 + 1).replace('.', ""))
        }
        K::Portfolio => {
            let p = ctx.person(rng);
            format!("https://{}{}.dev", slug_part(p.first), slug_part(p.last))
        }
        K::JobUrl => {
            let board = pick(rng, &["boards.greenhouse.io", "jobs.lever.co", "www.linkedin.com/jobs/view", "careers.example.com", "www.indeed.com/viewjob"]);
            format!("https://{board}/{}", rng.gen_range(100_000..9_999_999))
        }
        K::MeetingLink => match rng.gen_range(0..3) {
            0 => format!("https://meet.google.com/{}-{}-{}", letters(rng, 3), letters(rng, 4), letters(rng, 3)),
            1 => format!("https://zoom.us/j/{}", rng.gen_range(1_000_000_000u64..9_999_999_999)),
            _ => format!("https://teams.microsoft.com/l/meetup-join/{}", hex(rng, 16)),
        },
        K::CredentialUrl => format!("https://www.credly.com/badges/{}", hex(rng, 12)),
        K::ActionUrl => format!("talentdesk://{}/{}", pick(rng, &["applications", "interviews", "candidates", "requisitions", "assessments"]), hex(rng, 8)),
        K::FileKey => hex(rng, 64),
        K::FileName => {
            let p = ctx.person(rng);
            let stem = format!("{}_{}", slug_part(p.first), slug_part(p.last));
            let (suffix, ext) = pick(rng, &[("resume", "pdf"), ("cv", "pdf"), ("resume", "docx"), ("cover_letter", "pdf"), ("portfolio", "pdf"), ("jobs_import", "csv"), ("job_description", "docx")]);
            format!("{stem}_{suffix}.{ext}")
        }
        K::MimeType => pick(rng, &["application/pdf", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain", "image/png"]).to_string(),
        K::FileType => pick(rng, &["pdf", "pdf", "docx", "txt", "png"]).to_string(),
        K::TokenHash => hex(rng, 64),
        K::Slug => {
            let title = slug_part_words(&ctx.job_title(rng));
            format!("{title}-{}", hex(rng, 6))
        }
        K::Timezone => ctx.city(rng).tz.to_string(),
        K::UserAgent => pick(rng, w::USER_AGENTS).to_string(),
        K::Ip => format!("10.{}.{}.{}", rng.gen_range(0..255), rng.gen_range(0..255), rng.gen_range(1..255)),
        K::ProgLanguage => pick(rng, w::PROGRAMMING_LANGUAGES).to_string(),
        K::Source => pick(rng, w::SOURCES).to_string(),
        K::WorkAuth => pick(rng, w::WORK_AUTH).to_string(),
        K::Gender => pick(rng, w::GENDERS).to_string(),
        K::Marital => pick(rng, w::MARITAL).to_string(),
        K::Travel => pick(rng, w::TRAVEL).to_string(),
        K::ContactTime => pick(rng, w::CONTACT_TIMES).to_string(),
        K::Reservation => pick(rng, w::RESERVATION).to_string(),
        K::Disability => pick(rng, &["None", "Prefer not to say", "Hearing impairment", "Low vision", "Dyslexia"]).to_string(),
        K::CtcText => {
            let cur = ctx.currency(rng);
            let f = ctx.currency_factor(rng);
            format!("{cur} {}", thousands(rng.gen_range(35..200) * 1_000 * f))
        }
        K::SalaryText => {
            let lo = rng.gen_range(6..20) * 10;
            format!("${lo}k - ${}k", lo + rng.gen_range(1..5) * 10)
        }
        K::ExperienceText => {
            let lo = rng.gen_range(0..8);
            format!("{lo}-{} years", lo + rng.gen_range(2..5))
        }
        K::NoticeText => pick(rng, &["Immediate joiners preferred", "Up to 30 days", "Up to 60 days", "Up to 90 days", "Negotiable"]).to_string(),
        K::RecruiterTitle => pick(rng, w::RECRUITER_TITLES).to_string(),
        K::ContactTitle => pick(rng, w::CONTACT_TITLES).to_string(),
        K::Certification => pick(rng, w::CERTIFICATIONS).0.to_string(),
        K::Issuer => pick(rng, w::CERTIFICATIONS).1.to_string(),
        K::CredentialId => format!("{}-{}", letters(rng, 3).to_uppercase(), rng.gen_range(100_000..999_999)),
        K::InternalJobId => format!("REQ-{}-{:05}", 2024 + rng.gen_range(0..3), ctx.index + 1),
        K::Version => pick(rng, &["v1", "v2", "v3", "2025.1", "local-v1", "local-v2", "AES-256-GCM"]).to_string(),
        K::Model => pick(rng, &["llama3.1:8b", "mistral:7b", "gpt-4o-mini", "claude-3-5-haiku", "local-tfidf", "bm25-skills"]).to_string(),
        K::ErrorMsg => pick(rng, w::ERRORS).to_string(),
        K::LogTarget => pick(rng, w::LOG_TARGETS).to_string(),
        K::Metric => pick(rng, w::METRICS).0.to_string(),
        K::Unit => pick(rng, w::METRICS).1.to_string(),
        K::EventType => {
            let a = pick(rng, w::ACTIONS).0;
            if rng.gen_bool(0.5) {
                a.to_string()
            } else {
                pick(rng, w::EVENT_TYPES).to_string()
            }
        }
        K::EntityType => pick(rng, w::ACTIONS).1.to_string(),
        K::EntityId => hex(rng, 8),
        K::KeyringEntry => format!("talentdesk/{}/{}", pick(rng, &["smtp", "calendar", "linkedin", "openai", "sync"]), hex(rng, 8)),
        K::Code => format!("{}_{}", pick(rng, &["ui", "sync", "mail", "match", "calendar"]), rng.gen_range(1..999)),
        K::Icon => pick(rng, &["trophy", "star", "flame", "rocket", "medal", "target", "sparkles", "crown"]).to_string(),
        K::Room => format!("{} {}", pick(rng, &["Room", "Huddle", "Boardroom", "Studio"]), pick(rng, &["Atlas", "Orion", "3B", "12", "Lovelace", "Turing", "Hopper"])),
        K::Availability => pick(rng, &["Weekdays after 5 pm", "Any weekday morning", "Next week only", "Tuesdays and Thursdays", "Flexible"]).to_string(),
        K::StageName => pick(rng, w::PIPELINE).0.to_string(),
        K::Status => pick(rng, &["new", "under_review", "screening", "interview", "offer", "hired", "rejected"]).to_string(),
        K::Section => pick(rng, &["skills", "education", "work_experience", "resume", "preferences", "photo", "video_intro"]).to_string(),
        K::Reason => pick(rng, &["Conflicting meeting", "Travelling that week", "Too many emails", "No longer job hunting", "Illness", "Interviewer unavailable", "Bonus for completing a quiz", "Daily login", "Referral reward"]).to_string(),
        K::Bio => bio(rng, ctx),
        K::Summary => summary(rng, ctx),
        K::Note => note(rng, ctx),
        K::Feedback => feedback(rng, ctx),
        K::Strengths => format!("Strong {} and {}; {}.", ctx.skill(rng), pick(rng, &["clear communication", "ownership", "structured thinking", "curiosity", "calm under pressure"]), pick(rng, &["gave concrete examples", "asked sharp questions", "explained trade-offs well", "showed real depth"])),
        K::Weaknesses => {
            let skill = ctx.skill(rng);
            let area = pick(rng, &["large-scale systems", "stakeholder management", "testing strategy", "people leadership", "cloud cost control", skill]);
            format!("{} {area}.", pick(rng, &["Limited exposure to", "Needs more depth in", "Hesitant when discussing", "Could grow in"]))
        }
        K::Prep => format!("Focus on {}. Review {} and ask about {}.", ctx.skill(rng), pick(rng, &["the take-home submission", "their last project", "the resume gap in 2023", "the portfolio"]), pick(rng, w::TOPICS)),
        K::JobDescription => job_description(rng, ctx),
        K::AboutCompany => {
            let c = ctx.company(rng);
            format!("{c} is a {} company with {} employees across {} offices. {}", pick(rng, w::INDUSTRIES).to_lowercase(), pick(rng, &["80", "250", "600", "1,200", "5,000"]), rng.gen_range(1..12), pick(rng, &["We value autonomy and kindness.", "We ship weekly and learn in public.", "Our customers include three of the top five banks.", "We are backed by leading investors and profitable since 2023."]))
        }
        K::Responsibilities => responsibility(rng),
        K::ResumeText => resume_text(rng, ctx),
        K::Transcript => {
            let first = ctx.person(rng).first;
            let bio = bio(rng, ctx);
            format!("Hi, I'm {first}. {bio} {}", pick(rng, &["Thanks for watching!", "I'd love to talk more.", "Looking forward to hearing from you."]))
        }
        K::CoverLetter => format!("Dear hiring team,\n\nI am excited to apply for the {} role. {}\n\nBest regards,\n{}", ctx.job_title(rng), achievement(rng), ctx.person(rng).full()),
        K::EmailSubject => pick(rng, &["Quick chat about a {role} role?", "Your interview for {role}", "Next steps for the {role} position", "Following up on our conversation", "An opportunity at {company}", "Offer details for {role}", "Thanks for applying to {company}"]).replace("{role}", &ctx.job_title(rng)).replace("{company}", &ctx.company(rng)),
        K::EmailBody => format!("Hi {{{{first_name}}}},\n\n{} {}\n\nWould you have 20 minutes this week?\n\nBest,\n{}", pick(rng, &["I came across your profile and was impressed by your work.", "Thanks again for your time last week.", "I'm reaching out about a role that matches your background.", "Just following up on my previous note."]), pick(rng, &["The team is building {{job_title}} tools used by thousands.", "{{company}} is growing its platform team.", "The role is fully remote with flexible hours."]), ctx.person(rng).first),
        K::ChatMessage => chat(rng, ctx),
        K::Answer => answer(rng, ctx),
        K::Question => pick(rng, w::QUESTIONS).0.to_string(),
        K::Finding => pick(rng, &["Job description uses gendered wording (\"rockstar\", \"ninja\")", "Screening rejected 3x more candidates from one university group", "Pay range differs 18% between two similar requisitions", "Interview feedback mentions personality traits rather than skills", "Age-coded phrase \"digital native\" found in the posting"]).to_string(),
        K::LogMessage => pick(rng, &["synced {n} changes", "opened database in {n} ms", "match scores recomputed for {n} candidates", "imported {n} rows", "sent {n} queued emails", "backup completed ({n} MB)"]).replace("{n}", &rng.gen_range(1..5_000).to_string()),
        K::Description => description(rng, ctx),
        K::TaskTitle => task_title(rng, ctx),
        K::GoalTitle => pick(rng, w::GOALS).to_string(),
        K::SearchName => format!("{} {} in {}", pick(rng, &["Senior", "Remote", "Junior", "Lead", "Contract"]), ctx.skills(rng).first().copied().unwrap_or("Rust"), ctx.city(rng).name),
        K::CampaignName => format!("{} {} - {}", pick(rng, &["Q1", "Q2", "Q3", "Q4", "Spring", "Autumn"]), ctx.department(rng).name, pick(rng, &["outreach", "talent nurture", "silver medalists", "campus drive", "re-engagement"])),
        K::ReportName => pick(rng, w::REPORTS).to_string(),
        K::TemplateName => format!("{} {}", ctx.department(rng).name, pick(rng, &["standard", "template", "onboarding", "hiring kit", "playbook"])),
        K::AssessmentTitle => format!("{} {}", ctx.skill(rng), pick(rng, w::ASSESSMENT_KINDS)),
        K::DocTitle => format!("{} - {}", pick(rng, &["Resume", "CV", "Portfolio", "Intro video", "Cover letter"]), ctx.job_title(rng)),
        K::InterviewTitle => format!("{} - {}", pick(rng, &["Phone screen", "Technical interview", "System design", "Hiring manager chat", "Final round", "Mock interview"]), ctx.job_title(rng)),
        K::MeetingTitle => format!("{} with {}", pick(rng, &["Interview", "Intro call", "Coffee chat", "Debrief", "Career coaching"]), ctx.person(rng).full()),
        K::Rejection => pick(rng, w::REJECTION_REASONS).to_string(),
        K::Cancellation => pick(rng, &["Candidate withdrew", "Interviewer out sick", "Role put on hold", "Scheduling conflict", "Candidate accepted another offer"]).to_string(),
        K::Topic => pick(rng, &["Arrays", "Concurrency", "SQL", "System design", "Communication", "Leadership", "Behavioral", "Algorithms", "Cloud", "Testing"]).to_string(),
        K::StarterCode => pick(rng, &["def solve(nums, target):\n    # your code here\n    pass\n", "function solve(input) {\n  // your code here\n}\n", "fn solve(input: &str) -> String {\n    todo!()\n}\n"]).to_string(),
        K::SourceCode => pick(rng, &["def solve(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n", "function solve(s) {\n  const stack = [];\n  for (const c of s) {\n    if ('([{'.includes(c)) stack.push(c); else if (!stack.pop()) return false;\n  }\n  return stack.length === 0;\n}\n", "fn solve(v: &mut Vec<(i32, i32)>) -> Vec<(i32, i32)> {\n    v.sort();\n    let mut out: Vec<(i32, i32)> = Vec::new();\n    for &(a, b) in v.iter() {\n        match out.last_mut() { Some(l) if a <= l.1 => l.1 = l.1.max(b), _ => out.push((a, b)) }\n    }\n    out\n}\n"]).to_string(),
        K::Notification => {
            let who = ctx.person(rng).full();
            let role = ctx.job_title(rng);
            match rng.gen_range(0..6) {
                0 => format!("{who} moved to Interview for {role}"),
                1 => format!("New application from {who} for {role}"),
                2 => format!("Interview with {who} tomorrow at {}:00", rng.gen_range(9..17)),
                3 => format!("{who} completed the assessment: {}%", rng.gen_range(40..99)),
                4 => format!("Feedback due for your interview with {who}"),
                _ => format!("Sync finished: {} changes", rng.gen_range(1..400)),
            }
        }
        K::GoalCategory => pick(rng, &["Career growth", "Skills", "Networking", "Job search", "Certification", "Wellbeing"]).to_string(),
        K::GoalDescription => pick(rng, &[
            "Block two evenings a week for this and review progress on Sundays.",
            "Ask my mentor for feedback once a month.",
            "Track every application in the board and follow up after a week.",
            "Finish before the next performance review.",
            "Share progress in the community channel to stay accountable.",
        ]).to_string(),
        K::Milestone => pick(rng, &[
            "Finish the first course module", "Draft the first blog post", "Book a mock interview",
            "Update the LinkedIn headline", "Apply to five roles", "Ask two people for referrals",
            "Pass the practice exam", "Publish the portfolio project", "Review salary benchmarks",
        ]).to_string(),
        K::LeadSource => pick(rng, &["Inbound website", "Referral", "Conference", "Cold outreach", "LinkedIn", "Partner", "Webinar"]).to_string(),
        K::LeadNote => pick(rng, &[
            "Asked for our rate card; decision expected next quarter.",
            "Hiring freeze until the funding round closes.",
            "Wants three senior engineers within six weeks.",
            "Comparing us with two other agencies.",
            "Procurement needs our security questionnaire.",
            "Champion is the VP Engineering; CFO signs off.",
        ]).to_string(),
        K::AssessmentDescription => {
            let skill = ctx.skill(rng);
            format!(
                "{} questions on {skill} and {}; about {} minutes.",
                rng.gen_range(8..40),
                pick(rng, &["problem solving", "best practices", "debugging", "design trade-offs"]),
                pick(rng, &[20, 30, 45, 60])
            )
        }
        K::Words => {
            let n = rng.gen_range(2..5);
            let words: Vec<&str> = (0..n).map(|_| pick(rng, w::TOPICS)).collect();
            capitalize(&words.join(", "))
        }
    }
}
