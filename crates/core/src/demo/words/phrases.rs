//! Phrases and fixed catalogs: benefits, hiring rounds, verbs and outcomes
//! for sentences, sources, tags, settings, badges, questions, templates and
//! log vocabulary. WHY separate from people: these shape sentences and
//! list-driven tables rather than who a row is about.

/// Benefits and perks on job ads.
pub const BENEFITS: &[&str] = &[
    "Health insurance", "Dental and vision coverage", "401(k) matching", "Pension contribution",
    "Stock options", "Annual bonus", "Remote-first culture", "Flexible working hours",
    "Four-day work week pilot", "Learning budget", "Conference travel", "Home office stipend",
    "Gym membership", "Paid parental leave", "25 days paid vacation", "Wellness allowance",
    "Free lunches", "Commuter benefits", "Relocation support", "Visa sponsorship",
    "Mental health support", "Sabbatical after five years", "Company laptop of your choice",
];

/// Hiring process rounds.
pub const HIRING_ROUNDS: &[&str] = &[
    "Recruiter screen", "Hiring manager call", "Take-home assignment", "Technical interview",
    "System design interview", "Pair programming session", "Portfolio review", "Case study",
    "Behavioral interview", "Culture add conversation", "Leadership panel", "Reference check",
];

/// Action verbs for responsibilities and achievements.
pub const VERBS: &[&str] = &[
    "Designed", "Built", "Led", "Shipped", "Owned", "Scaled", "Automated", "Migrated", "Redesigned",
    "Launched", "Optimized", "Rebuilt", "Introduced", "Streamlined", "Delivered", "Modernized",
    "Implemented", "Overhauled",
];

/// Present-tense duties for job ads ("Own the billing service").
pub const DUTIES: &[&str] = &[
    "Own", "Design and build", "Improve", "Scale", "Maintain and evolve", "Lead the roadmap for",
    "Measure and report on", "Partner with product on", "Automate", "Modernize",
];

/// Objects of work for responsibilities.
pub const WORK_OBJECTS: &[&str] = &[
    "the payments platform", "a customer-facing analytics dashboard", "the onboarding flow",
    "internal developer tooling", "the data ingestion pipeline", "the mobile checkout experience",
    "a recommendation engine", "the billing service", "the design system",
    "quarterly sales playbooks", "the partner integration API", "a fraud detection model",
    "the support knowledge base", "the hiring pipeline", "the monthly close process",
    "a multi-region deployment", "the search relevance stack", "the marketing attribution model",
    "vendor contracts", "the incident response process", "a self-serve reporting suite",
    "the CRM migration",
];

/// Measurable outcomes for achievements.
pub const OUTCOMES: &[&str] = &[
    "cutting latency by 40%", "saving $250k a year", "raising conversion by 12%",
    "reducing churn by 8%", "doubling weekly active users", "halving time-to-hire",
    "improving NPS from 31 to 52", "cutting cloud spend by 30%", "growing revenue 3x in two years",
    "reducing support tickets by a quarter", "bringing deploys from weekly to daily",
    "lifting forecast accuracy to 95%", "closing the largest deal of the year",
    "onboarding 40 new customers per quarter", "reaching 99.95% uptime",
];

/// Candidate and application sources.
pub const SOURCES: &[&str] = &[
    "LinkedIn", "Referral", "Indeed", "Career site", "Glassdoor", "AngelList", "Agency", "Job fair",
    "GitHub", "Stack Overflow", "Campus hiring", "Internal mobility", "Twitter", "Meetup",
    "Direct sourcing",
];

/// Tags recruiters put on candidates.
pub const TAGS: &[&str] = &[
    "Top talent", "Silver medalist", "Open to relocation", "Needs visa", "Passive", "Boomerang",
    "Diversity pipeline", "Referral", "Fast track", "Do not contact", "Campus 2026", "Contractor",
    "Leadership potential", "Remote only", "Strong communicator", "Hiring manager favorite",
    "Counter-offer risk", "Salary above band", "Re-engage in Q3", "Bilingual", "Security cleared",
    "Startup experience", "Enterprise experience", "Career changer", "Returnship",
];

/// Browser user agents for sessions.
pub const USER_AGENTS: &[&str] = &[
    "Talentdesk/0.1 (Windows NT 10.0; Win64; x64)",
    "Talentdesk/0.1 (Macintosh; Intel Mac OS X 14_4)", "Talentdesk/0.1 (X11; Ubuntu; Linux x86_64)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
];

/// Street names for billing addresses.
pub const STREETS: &[&str] = &[
    "Market Street", "Main Street", "Oak Avenue", "King Street", "Harbour Road", "Station Road",
    "Church Lane", "Park Avenue", "Hauptstrasse", "Rue de Rivoli", "MG Road", "Orchard Road",
    "Collins Street", "Avenida Paulista", "Queen Street West", "Gran Via", "Sheikh Zayed Road",
];

/// Recruiter job titles.
pub const RECRUITER_TITLES: &[&str] = &[
    "Technical Recruiter", "Senior Technical Recruiter", "Talent Partner", "Sourcing Specialist",
    "Recruitment Consultant", "Head of Talent Acquisition", "Executive Search Consultant",
    "Campus Recruiter", "Recruiting Coordinator", "Talent Acquisition Lead",
];

/// Client-side contact titles.
pub const CONTACT_TITLES: &[&str] = &[
    "VP Engineering", "CTO", "Head of People", "Hiring Manager", "Talent Acquisition Manager",
    "Chief Operating Officer", "Director of Product", "HR Director", "Founder & CEO",
    "Engineering Director", "Procurement Lead", "Finance Director",
];

/// Work authorization statuses.
pub const WORK_AUTH: &[&str] = &[
    "Citizen", "Permanent resident", "H-1B visa", "Requires sponsorship", "EU Blue Card",
    "EU citizen", "Work permit", "OPT/STEM extension", "Skilled worker visa",
];

/// Values for small free-text personal fields.
pub const GENDERS: &[&str] = &["female", "male", "non-binary", "prefer not to say"];
pub const MARITAL: &[&str] = &["single", "married", "prefer not to say", "partnered"];
pub const TRAVEL: &[&str] = &[
    "No travel", "Up to 10%", "Up to 25%", "Up to 50%", "Frequent travel",
];
pub const CONTACT_TIMES: &[&str] = &[
    "Weekday mornings", "Weekday afternoons", "After 6 pm", "Lunch hour", "Weekends", "Any time",
];
pub const RESERVATION: &[&str] = &["General", "OBC", "SC", "ST", "EWS", "Not applicable"];

/// Career goal titles for job seekers.
pub const GOALS: &[&str] = &[
    "Land a senior backend role", "Get AWS certified", "Grow my network by 50 people",
    "Apply to 10 jobs a week", "Finish the system design course", "Negotiate a 15% raise",
    "Publish two technical blog posts", "Practice mock interviews weekly",
    "Switch into product management", "Build a portfolio project in Rust",
    "Improve public speaking", "Move to a remote-first company", "Learn Kubernetes end to end",
    "Update my resume and LinkedIn", "Mentor a junior developer",
];

/// Onboarding task titles.
pub const ONBOARDING_TASKS: &[(&str, &str)] = &[
    ("Sign employment contract", "paperwork"), ("Submit tax forms", "paperwork"),
    ("Provide bank details for payroll", "paperwork"), ("Laptop setup", "it_setup"),
    ("Create email and SSO accounts", "it_setup"), ("Enable two-factor authentication", "it_setup"),
    ("Security awareness training", "compliance"),
    ("Code of conduct acknowledgement", "compliance"), ("Data protection training", "compliance"),
    ("Meet your buddy", "introduction"), ("Team lunch", "introduction"),
    ("Intro with skip-level manager", "introduction"), ("Product walkthrough", "training"),
    ("Shadow customer calls", "training"), ("First-week goals review", "general"),
    ("30-day check-in", "general"),
];

/// Badge definitions (code, name, description).
pub const BADGES: &[(&str, &str, &str)] = &[
    ("first_application", "First Application", "Sent your first job application"),
    ("streak_7", "Week Streak", "Logged in seven days in a row"),
    ("streak_30", "Monthly Devotion", "Logged in thirty days in a row"),
    ("quiz_master", "Quiz Master", "Scored 90% or more on five quizzes"),
    ("mock_pro", "Mock Interview Pro", "Completed ten mock interviews"),
    ("profile_complete", "All Set", "Completed every section of your profile"),
    ("networker", "Networker", "Added twenty contacts to tracked jobs"),
    ("offer_received", "Offer in Hand", "Received a job offer"),
    ("goal_getter", "Goal Getter", "Completed three career goals"),
    ("early_bird", "Early Bird", "Applied within a day of a posting"),
    ("polyglot", "Polyglot", "Added three languages to your profile"),
    ("certified", "Certified", "Added a verified certification"),
    ("feedback_hero", "Feedback Hero", "Submitted twenty interview scorecards"),
    ("sourcer", "Super Sourcer", "Sourced fifty candidates in a month"),
    ("closer", "Closer", "Filled five requisitions"),
    ("mentor", "Mentor", "Reviewed ten resumes for peers"),
    ("night_owl", "Night Owl", "Practised an interview after midnight"),
    ("comeback", "Comeback", "Returned after thirty days away"),
    ("speedster", "Speedster", "Finished an assessment in record time"),
    ("team_player", "Team Player", "Joined five interview panels"),
];

/// Pipeline stages every requisition gets: name, kind.
pub const PIPELINE: &[(&str, &str)] = &[
    ("New", "new"), ("Screening", "screening"), ("Interview", "interview"), ("Offer", "offer"),
    ("Hired", "hired"), ("Rejected", "rejected"), ("Withdrawn", "withdrawn"),
];

/// Settings keys with a JSON value and a description.
pub const SETTINGS: &[(&str, &str, &str)] = &[
    ("ui.theme", "\"system\"", "Colour theme of the desktop app"),
    ("ui.density", "\"comfortable\"", "Row density in tables"),
    ("ui.language", "\"en\"", "Interface language"),
    ("pipeline.default_stages", "[\"New\",\"Screening\",\"Interview\",\"Offer\",\"Hired\"]", "Stages new requisitions start with"),
    ("matching.min_score", "60", "Lowest match score shown in suggestions"),
    ("matching.provider", "\"local\"", "Which engine scores candidate matches"),
    ("privacy.retention_days", "730", "Days before inactive candidate data is purged"),
    ("privacy.anonymize_rejected", "false", "Hide names of rejected candidates in reports"),
    ("email.signature", "\"Best regards,\\nThe Talent Team\"", "Default email signature"),
    ("email.daily_limit", "200", "Maximum outreach emails per day"),
    ("calendar.default_duration", "45", "Default interview length in minutes"),
    ("calendar.working_hours", "{\"start\":\"09:00\",\"end\":\"18:00\"}", "Hours offered on scheduling links"),
    ("sync.enabled", "true", "Sync with the team server when online"),
    ("sync.interval_minutes", "15", "Minutes between background syncs"),
    ("backup.enabled", "true", "Nightly local backups"),
    ("backup.keep", "14", "Number of backups kept"),
    ("ai.enabled", "false", "Use an AI provider for summaries"),
    ("ai.model", "\"llama3.1:8b\"", "Local model used for summaries"),
    ("notifications.digest", "\"daily\"", "How often the notification digest is sent"),
    ("jobs.auto_archive_days", "60", "Archive tracked jobs untouched for this long"),
];

/// Environment variables: name, example value, secret?
pub const ENV_VARS: &[(&str, &str, bool)] = &[
    ("SMTP_HOST", "smtp.example.org", false), ("SMTP_PORT", "587", false),
    ("SMTP_PASSWORD", "", true), ("OPENAI_API_KEY", "", true), ("ANTHROPIC_API_KEY", "", true),
    ("OLLAMA_URL", "http://127.0.0.1:11434", false),
    ("SYNC_SERVER_URL", "https://sync.example.org", false), ("SYNC_TOKEN", "", true),
    ("LOG_LEVEL", "info", false), ("MAX_UPLOAD_MB", "25", false),
    ("LINKEDIN_CLIENT_SECRET", "", true),
    ("GOOGLE_CALENDAR_CLIENT_ID", "1234-demo.apps.example.com", false),
    ("SENDGRID_API_KEY", "", true), ("BACKUP_DIR", "~/Talentdesk/backups", false),
    ("TELEMETRY", "off", false), ("FEATURE_BULK_IMPORT", "on", false),
];

/// Reasons for rejection.
pub const REJECTION_REASONS: &[&str] = &[
    "Not enough experience with distributed systems", "Salary expectations above band",
    "Position filled by another candidate", "Did not pass the technical interview",
    "Candidate accepted another offer", "Location mismatch and no relocation",
    "Communication skills below the bar for a client-facing role", "Notice period too long",
    "Missing required certification", "Role put on hold by the client",
];

/// Subjects recruiters and candidates talk about.
pub const TOPICS: &[&str] = &[
    "the role's scope", "compensation expectations", "the notice period", "relocation",
    "team structure", "the interview process", "remote work options", "career growth",
    "the tech stack", "start dates", "visa sponsorship", "the take-home assignment",
    "on-call expectations", "equity", "the hiring timeline", "references",
];

/// Error messages for failed jobs and logs.
pub const ERRORS: &[&str] = &[
    "timeout after 30s while contacting the provider", "file is not a valid PDF",
    "column 'email' missing in row 14", "SMTP server rejected the recipient",
    "rate limited by the provider, retry later", "document text could not be extracted",
    "network unreachable (offline)", "invalid date format in column 'start_date'", "mailbox full",
    "OCR confidence below threshold",
];

/// Log targets of the app.
pub const LOG_TARGETS: &[&str] = &[
    "talentdesk_core::store", "talentdesk_core::api", "talentdesk_core::sync",
    "talentdesk_core::match", "talentdesk_core::import", "talentdesk::shell",
    "talentdesk_core::email", "talentdesk_core::search",
];

/// Activity action types.
pub const ACTIONS: &[(&str, &str)] = &[
    ("candidate.created", "candidate"), ("candidate.updated", "candidate"),
    ("application.moved", "application"), ("application.created", "application"),
    ("requisition.published", "requisition"), ("requisition.closed", "requisition"),
    ("interview.scheduled", "interview"), ("interview.feedback_submitted", "interview"),
    ("email.sent", "email"), ("user.login", "user"), ("report.exported", "report"),
    ("tracked_job.status_changed", "tracked_job"), ("assessment.completed", "assessment"),
];

/// Health metrics with units.
pub const METRICS: &[(&str, &str)] = &[
    ("db_size_mb", "MB"), ("query_p95_ms", "ms"), ("memory_rss_mb", "MB"), ("cpu_percent", "%"),
    ("sync_queue_length", "items"), ("index_build_ms", "ms"), ("startup_ms", "ms"),
];

/// Interview and assessment question texts.
pub const QUESTIONS: &[(&str, &str)] = &[
    ("Tell me about a time you disagreed with a teammate and how you resolved it.", "behavioral"),
    ("Describe a project you are proud of and your exact contribution.", "behavioral"),
    ("How would you design a URL shortener that handles 10k writes per second?", "system_design"),
    ("How would you design the notification service for a job board?", "system_design"),
    ("Walk me through how you would debug a memory leak in production.", "technical"),
    ("What is the difference between optimistic and pessimistic locking?", "technical"),
    ("Explain how an index speeds up a SQL query and when it does not.", "technical"),
    ("A client wants a hire in two weeks for a niche role. What do you do?", "situational"),
    ("You discover a bug right before a release. How do you handle it?", "situational"),
    ("Write a function that returns the first non-repeating character in a string.", "coding"),
    ("Implement an LRU cache with O(1) get and put.", "coding"),
    ("How do you explain a technical trade-off to a non-technical stakeholder?", "communication"),
    ("How do you give difficult feedback to someone on your team?", "leadership"),
    ("What kind of team culture helps you do your best work?", "culture"),
    ("Why are you interested in this role?", "general"),
    ("Where do you see yourself in three years?", "general"),
    ("How do you prioritise when everything is urgent?", "behavioral"),
    ("Describe the CAP theorem in your own words.", "technical"),
    ("How would you reduce flaky tests in a large CI pipeline?", "technical"),
    ("Tell me about a time you failed and what you learned.", "behavioral"),
];

/// Assessment and question-set titles by skill are composed from these.
pub const ASSESSMENT_KINDS: &[&str] = &[
    "Fundamentals", "Screening Test", "Advanced Assessment", "Practical Exercise", "Skills Check",
    "Certification Prep", "Coding Round",
];

/// Coding challenge titles with a one-line brief.
pub const CHALLENGES: &[(&str, &str)] = &[
    ("Two Sum", "Return indices of the two numbers that add up to a target."),
    ("Merge Intervals", "Merge all overlapping intervals in a list."),
    ("Rate Limiter", "Implement a token-bucket rate limiter."),
    ("LRU Cache", "Design a cache with O(1) get and put that evicts the least recently used key."),
    ("Word Ladder", "Find the shortest transformation sequence between two words."),
    ("Parse CSV", "Parse a CSV line with quoted fields and escaped quotes."),
    ("Top K Frequent", "Return the k most frequent elements of an array."),
    ("Valid Parentheses", "Check whether brackets in a string are balanced."),
    ("Matrix Spiral", "Return the elements of a matrix in spiral order."),
    ("Job Scheduler", "Schedule jobs with dependencies in a valid order."),
    ("Salary Bands", "Group employees into salary bands and report each band's median."),
    ("Interview Slots", "Find common free slots across several calendars."),
];

/// Email template names with category.
pub const EMAIL_TEMPLATES: &[(&str, &str)] = &[
    ("Initial outreach", "outreach"), ("Warm referral intro", "outreach"),
    ("Interview invitation", "interview"), ("Interview reminder", "interview"),
    ("Reschedule request", "interview"), ("Offer letter", "offer"),
    ("Verbal offer follow-up", "offer"), ("Polite rejection", "rejection"),
    ("Rejection after final round", "rejection"), ("Checking in", "follow_up"),
    ("Second follow-up", "follow_up"), ("Welcome aboard", "onboarding"),
    ("First-day logistics", "onboarding"), ("Quarterly talent newsletter", "nurture"),
    ("New roles you might like", "nurture"), ("Thanks for applying", "general"),
];

/// Report names.
pub const REPORTS: &[&str] = &[
    "Weekly pipeline health", "Time to hire by department", "Source effectiveness Q1",
    "Recruiter activity leaderboard", "Offer acceptance trends", "Diversity snapshot",
    "My job search funnel", "Open requisitions by client", "Interview load per interviewer",
];

/// Notification event types for preferences.
pub const EVENT_TYPES: &[&str] = &[
    "application.new", "application.stage_changed", "interview.scheduled", "interview.reminder",
    "feedback.due", "assessment.completed", "candidate.replied", "requisition.assigned",
    "sync.conflict", "mention",
];
