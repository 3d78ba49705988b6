//! Free-text values chosen by column name. WHY: a demo is judged by what a
//! person reads in the UI, so a `bio` must read like a bio and a `meeting_link`
//! like a link. The column name (and for ambiguous names like `title` or
//! `name`, the table) picks a [`TextKind`] once per table; generation then
//! composes word lists and phrase templates, so text varies row to row while
//! staying deterministic for a seed.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::row::{pick, slug_part, with_article, RowCtx};
use super::words as w;

/// What kind of text a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    FirstName,
    LastName,
    FullName,
    Email,
    AltEmail,
    WorkEmail,
    Phone,
    Company,
    Domain,
    Website,
    Industry,
    JobTitle,
    Department,
    Headline,
    City,
    Address,
    University,
    Degree,
    FieldOfStudy,
    Grade,
    Skill,
    Tag,
    LinkedIn,
    GitHub,
    Portfolio,
    JobUrl,
    MeetingLink,
    CredentialUrl,
    ActionUrl,
    FileKey,
    FileName,
    MimeType,
    FileType,
    TokenHash,
    Slug,
    Timezone,
    UserAgent,
    Ip,
    ProgLanguage,
    Source,
    WorkAuth,
    Gender,
    Marital,
    Travel,
    ContactTime,
    Reservation,
    Disability,
    CtcText,
    SalaryText,
    ExperienceText,
    NoticeText,
    RecruiterTitle,
    ContactTitle,
    Certification,
    Issuer,
    CredentialId,
    InternalJobId,
    Version,
    Model,
    ErrorMsg,
    LogTarget,
    Metric,
    Unit,
    EventType,
    EntityType,
    EntityId,
    KeyringEntry,
    Code,
    Icon,
    Room,
    Availability,
    StageName,
    Status,
    Section,
    Reason,
    Bio,
    Summary,
    Note,
    Feedback,
    Strengths,
    Weaknesses,
    Prep,
    JobDescription,
    AboutCompany,
    Responsibilities,
    ResumeText,
    Transcript,
    CoverLetter,
    EmailSubject,
    EmailBody,
    ChatMessage,
    Answer,
    Question,
    Finding,
    LogMessage,
    Description,
    TaskTitle,
    GoalTitle,
    SearchName,
    CampaignName,
    ReportName,
    TemplateName,
    AssessmentTitle,
    DocTitle,
    InterviewTitle,
    MeetingTitle,
    Rejection,
    Cancellation,
    Topic,
    StarterCode,
    SourceCode,
    Words,
}

/// Pick the kind for `table.column`.
pub fn classify(table: &str, col: &str) -> TextKind {
    use TextKind as K;
    match (table, col) {
        (_, "first_name") => K::FirstName,
        (_, "last_name") => K::LastName,
        (_, "full_name" | "contact_person" | "candidate_name") => K::FullName,
        (_, "email" | "recipient_email" | "candidate_email" | "contact_email") => K::Email,
        (_, "alternate_email") => K::AltEmail,
        (_, "billing_email" | "account_email") => K::WorkEmail,
        (_, "phone" | "alternate_phone" | "contact_phone") => K::Phone,
        ("companies" | "clients", "name") => K::Company,
        (_, "company_name" | "company" | "current_company") => K::Company,
        (_, "domain") => K::Domain,
        (_, "website") => K::Website,
        (_, "industry") => K::Industry,
        (_, "functional_area") => K::Department,
        (
            _,
            "job_title" | "current_role" | "expected_role" | "target_role" | "role_applied_for",
        ) => K::JobTitle,
        (
            "job_roles"
            | "requisitions"
            | "tracked_jobs"
            | "external_job_postings"
            | "job_descriptions"
            | "job_drafts"
            | "job_templates",
            "title",
        ) => K::JobTitle,
        ("job_roles", "name") => K::JobTitle,
        (_, "department" | "specialization") => K::Department,
        (_, "headline") => K::Headline,
        (_, "location") => K::City,
        (_, "billing_address") => K::Address,
        (_, "institution") => K::University,
        (_, "degree" | "highest_education" | "education_qualification") => K::Degree,
        (_, "field_of_study") => K::FieldOfStudy,
        (_, "grade") => K::Grade,
        ("skills", "name") | (_, "skill_name" | "skill") => K::Skill,
        ("candidate_skills" | "requisition_skills", "name") => K::Skill,
        ("tags", "name") => K::Tag,
        (_, "linkedin_url" | "profile_url") => K::LinkedIn,
        (_, "github_url") => K::GitHub,
        (_, "portfolio_url") => K::Portfolio,
        (_, "posting_url" | "original_url") => K::JobUrl,
        (_, "meeting_link") => K::MeetingLink,
        (_, "credential_url") => K::CredentialUrl,
        (_, "action_url") => K::ActionUrl,
        (_, c) if c.ends_with("file_key") => K::FileKey,
        (_, "original_filename" | "file_name") => K::FileName,
        (_, "mime_type") => K::MimeType,
        (_, "file_type") => K::FileType,
        (_, c) if c.ends_with("token_hash") => K::TokenHash,
        (_, "slug") => K::Slug,
        (_, "timezone" | "time_zone") => K::Timezone,
        (_, "user_agent") => K::UserAgent,
        (_, "ip_address") => K::Ip,
        (_, "language") => K::ProgLanguage,
        (_, "source") => K::Source,
        (_, "work_authorization") => K::WorkAuth,
        (_, "gender") => K::Gender,
        (_, "marital_status") => K::Marital,
        (_, "willingness_to_travel") => K::Travel,
        (_, "best_time_to_contact") => K::ContactTime,
        (_, "reservation_category") => K::Reservation,
        (_, "disability") => K::Disability,
        (_, "ctc_at_role") => K::CtcText,
        (_, "salary_text") => K::SalaryText,
        (_, "experience_required") => K::ExperienceText,
        (_, "notice_period_accepted") => K::NoticeText,
        ("recruiters", "title") => K::RecruiterTitle,
        ("client_contacts", "title") => K::ContactTitle,
        ("certifications", "name") => K::Certification,
        (_, "issuer") => K::Issuer,
        (_, "credential_id" | "external_event_id") => K::CredentialId,
        (_, "internal_job_id") => K::InternalJobId,
        (_, "version" | "version_label" | "model_version") => K::Version,
        (_, "generation_model" | "algorithm") => K::Model,
        (_, "error" | "error_message") => K::ErrorMsg,
        (_, "target") => K::LogTarget,
        (_, "metric") => K::Metric,
        (_, "unit") => K::Unit,
        (_, "event_type" | "action_type" | "task_name") => K::EventType,
        (_, "entity_type" | "related_entity_type" | "related_type") => K::EntityType,
        (_, "entity_id" | "related_entity_id" | "related_id") => K::EntityId,
        (_, "keyring_entry") => K::KeyringEntry,
        (_, "code" | "key") if table != "coding_submissions" => K::Code,
        (_, "icon") => K::Icon,
        (_, "meeting_room") => K::Room,
        (_, "candidate_availability") => K::Availability,
        ("pipeline_stages", "name") => K::StageName,
        (_, "previous_status" | "new_status") => K::Status,
        (_, "section") => K::Section,
        (_, "reason") => K::Reason,
        (_, "bio") => K::Bio,
        (
            _,
            "summary"
            | "projects_summary"
            | "ai_custom_summary"
            | "performance_summary"
            | "extraction_preview",
        ) => K::Summary,
        (
            _,
            "notes" | "note" | "note_text" | "remarks" | "follow_up_remarks" | "follow_up_notes"
            | "reviewer_notes" | "meeting_notes" | "detailed_notes",
        ) => K::Note,
        (_, "comments") => K::Feedback,
        (_, "strengths") => K::Strengths,
        (_, "weaknesses") => K::Weaknesses,
        (_, "preparation_notes" | "question_guide") => K::Prep,
        ("requisitions" | "tracked_jobs" | "job_descriptions" | "job_roles", "description") => {
            K::JobDescription
        }
        (_, "meta_description") => K::JobDescription,
        (_, "about_company") => K::AboutCompany,
        (_, "responsibilities") => K::Responsibilities,
        (_, "content_text" | "extracted_text") => K::ResumeText,
        (_, "transcript") => K::Transcript,
        (_, "cover_letter") => K::CoverLetter,
        (_, "subject") => K::EmailSubject,
        ("email_templates" | "linkedin_inmails" | "sequence_steps", "body") => K::EmailBody,
        (_, "content" | "message") => K::ChatMessage,
        (
            _,
            "response_text" | "answer_text" | "sample_answer" | "selected_answer"
            | "correct_answer",
        ) => K::Answer,
        (_, "question_text") => K::Question,
        (_, "finding") => K::Finding,
        ("system_logs", _) => K::LogMessage,
        (_, "rejection_reason") => K::Rejection,
        (_, "cancellation_reason") => K::Cancellation,
        (_, "topic" | "category") => K::Topic,
        (_, "starter_code") => K::StarterCode,
        (_, "code") => K::SourceCode,
        ("sales_tasks" | "onboarding_tasks" | "action_queue" | "goal_milestones", "title") => {
            K::TaskTitle
        }
        ("career_goals", "title") => K::GoalTitle,
        ("saved_searches", "name") => K::SearchName,
        ("email_campaigns" | "sourcing_campaigns" | "follow_up_sequences", "name") => {
            K::CampaignName
        }
        ("custom_reports", "name") => K::ReportName,
        (
            "email_templates" | "job_templates" | "task_templates" | "onboarding_processes",
            "name",
        ) => K::TemplateName,
        ("assessments" | "question_sets" | "coding_challenges", "title") => K::AssessmentTitle,
        ("documents" | "resumes" | "video_introductions", "title") => K::DocTitle,
        ("interviews" | "mock_interviews", "title") => K::InterviewTitle,
        ("calendar_events" | "scheduling_links" | "conversations", "title") => K::MeetingTitle,
        ("notifications", "title") => K::TaskTitle,
        (_, "description") => K::Description,
        (_, "encryption_method") => K::Version,
        _ => K::Words,
    }
}

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
            let dial = ctx.city(rng).dial;
            let digits = 12 - dial.len().min(3);
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
        K::Words => {
            let n = rng.gen_range(2..5);
            let words: Vec<&str> = (0..n).map(|_| pick(rng, w::TOPICS)).collect();
            capitalize(&words.join(", "))
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `2400000` -> `2,400,000` (non-negative amounts).
fn thousands(n: i64) -> String {
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

fn slug_part_words(s: &str) -> String {
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

fn letters(rng: &mut ChaCha8Rng, n: usize) -> String {
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

fn bio(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn summary(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn note(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn feedback(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn job_description(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn resume_text(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn chat(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn answer(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn description(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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

fn task_title(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
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
