//! JSON column values chosen by column name. WHY: JSON columns carry the
//! richest UI content (skill chips, location lists, chat transcripts, AI
//! analyses) and a `json_valid` CHECK only proves syntax; realistic shapes
//! make the demo exercise the same code paths as real data. Unknown JSON
//! columns fall back to the shape of their declared default ('[]' or '{}').

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value as Json};

use super::clock;
use super::row::{pick, RowCtx};
use super::text::{self, achievement, skill_list};
use super::words as w;

/// Shape of a JSON column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Skills,
    OtherSkills,
    Tools,
    Cities,
    Industries,
    SpokenLanguages,
    ProgLanguages,
    Benefits,
    Responsibilities,
    Achievements,
    Rounds,
    Titles,
    Emails,
    Channels,
    Variables,
    Sections,
    Contacts,
    Times,
    Questions,
    Rubric,
    Factors,
    TestCases,
    ErrorReport,
    TaskList,
    Conversation,
    Schedule,
    Preferences,
    UserSettings,
    Config,
    ParsedResume,
    SearchQuery,
    Identity,
    Fields,
    Analysis,
    Ratings,
    Results,
    Breakdown,
    Criteria,
    Definition,
    Payload,
    Metadata,
    SettingValue,
    EmptyArray,
    Object,
}

/// Pick the shape for `table.column` (`default` is the declared default).
pub fn classify(table: &str, col: &str, default: Option<&str>) -> JsonKind {
    use JsonKind as K;
    match (table, col) {
        ("coding_challenges", "languages") => K::ProgLanguages,
        (_, "languages") => K::SpokenLanguages,
        (_, "preferred_skills" | "missing_skills" | "extra_skills") => K::OtherSkills,
        (_, "tools_tech_stack" | "tools_used") => K::Tools,
        (
            _,
            "required_skills" | "matched_skills" | "submitted_skills" | "specialties" | "synonyms",
        ) => K::Skills,
        (_, "current_locations" | "preferred_locations" | "job_locations") => K::Cities,
        (_, "preferred_industries") => K::Industries,
        (_, "benefits_perks") => K::Benefits,
        (_, "responsibilities") => K::Responsibilities,
        (_, "achievements") => K::Achievements,
        (_, "hiring_process_rounds") => K::Rounds,
        (_, "required_roles") => K::Titles,
        (_, "recipients" | "additional_interviewers") => K::Emails,
        (_, "channels") => K::Channels,
        (_, "variables") => K::Variables,
        (_, "missing_sections") => K::Sections,
        (_, "contacts") => K::Contacts,
        (_, "proposed_times") => K::Times,
        (_, "questions_asked") => K::Questions,
        (_, "rubric") => K::Rubric,
        (_, "factors") => K::Factors,
        (_, "test_cases") => K::TestCases,
        (_, "error_report") => K::ErrorReport,
        (_, "tasks") => K::TaskList,
        (_, "conversation_history") => K::Conversation,
        (_, "availability_schedule" | "availability") => K::Schedule,
        (_, "preferences") => K::Preferences,
        (_, "settings") => K::UserSettings,
        (_, "config") => K::Config,
        (_, "parsed_data" | "output_data" | "profile_data") => K::ParsedResume,
        (_, "query") => K::SearchQuery,
        (_, "corporate_identity") => K::Identity,
        (_, "fields" | "draft_data") => K::Fields,
        (_, "ai_analysis" | "ai_insights" | "summary") => K::Analysis,
        (_, "skills_evaluated") => K::Ratings,
        (_, "results" | "result") => K::Results,
        (_, "breakdown") => K::Breakdown,
        (_, "criteria") => K::Criteria,
        (_, "definition") => K::Definition,
        (_, "payload" | "detail" | "details") => K::Payload,
        (_, "metadata" | "context") => K::Metadata,
        (_, "value") => K::SettingValue,
        (_, "options") => K::EmptyArray,
        _ => match default.map(str::trim) {
            Some(d) if d.starts_with("'[") => K::EmptyArray,
            _ => K::Object,
        },
    }
}

fn strings<I: IntoIterator<Item = S>, S: Into<String>>(items: I) -> Json {
    Json::Array(items.into_iter().map(|s| Json::String(s.into())).collect())
}

fn some<T: Copy + Default>(rng: &mut ChaCha8Rng, list: &[T], lo: usize, hi: usize) -> Vec<T> {
    let n = rng.gen_range(lo..=hi).min(list.len());
    list.choose_multiple(rng, n).copied().collect()
}

/// JSON text for `kind`.
pub fn generate(kind: JsonKind, rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> String {
    use JsonKind as K;
    let v: Json = match kind {
        K::Skills => {
            let n = rng.gen_range(2..=6);
            strings(skill_list(rng, ctx, n))
        }
        K::OtherSkills => {
            let own = ctx.skills(rng).to_vec();
            let n = rng.gen_range(1..=4);
            let mut v: Vec<&str> = Vec::new();
            for _ in 0..n * 3 {
                let s = pick(rng, w::SKILLS).0;
                if v.len() < n && !own.contains(&s) && !v.contains(&s) {
                    v.push(s);
                }
            }
            strings(v)
        }
        K::Tools => {
            let tools: Vec<&str> = w::SKILLS.iter().filter(|s| s.1 == "tool").map(|s| s.0).collect();
            strings(some(rng, &tools, 2, 5))
        }
        K::Cities => {
            let home = ctx.city(rng);
            let mut v = vec![format!("{}, {}", home.name, home.country)];
            for c in some(rng, &(0..w::CITIES.len()).collect::<Vec<_>>(), 0, 2) {
                let c = &w::CITIES[c];
                if c.name != home.name {
                    v.push(format!("{}, {}", c.name, c.country));
                }
            }
            if rng.gen_bool(0.2) {
                v.push("Remote".to_string());
            }
            strings(v)
        }
        K::Industries => strings(some(rng, w::INDUSTRIES, 1, 3)),
        K::SpokenLanguages => {
            let mut langs = vec![json!({"language": "English", "proficiency": pick(rng, &["native", "fluent", "professional"])})];
            for l in some(rng, &w::SPOKEN_LANGUAGES[1..], 0, 2) {
                langs.push(json!({"language": l, "proficiency": pick(rng, w::PROFICIENCY)}));
            }
            Json::Array(langs)
        }
        K::ProgLanguages => strings(some(rng, w::PROGRAMMING_LANGUAGES, 1, 4)),
        K::Benefits => strings(some(rng, w::BENEFITS, 3, 7)),
        K::Responsibilities => {
            let n = rng.gen_range(3..=6);
            strings((0..n).map(|_| text::responsibility(rng).trim_end_matches('.').to_string()))
        }
        K::Achievements => {
            let n = rng.gen_range(1..=3);
            strings((0..n).map(|_| achievement(rng)))
        }
        K::Rounds => {
            let mut r = some(rng, &w::HIRING_ROUNDS[1..], 2, 4);
            r.insert(0, w::HIRING_ROUNDS[0]);
            strings(r)
        }
        K::Titles => {
            let n = rng.gen_range(1..=3);
            strings((0..n).map(|_| {
                let d = &w::DEPARTMENTS[rng.gen_range(0..w::DEPARTMENTS.len())];
                pick(rng, d.titles)
            }))
        }
        K::Emails => {
            let n = rng.gen_range(1..=3);
            strings((0..n).map(|_| {
                let mut other = RowCtx::new(ctx.t0, 0);
                text::generate(text::TextKind::Email, rng, &mut other)
            }))
        }
        K::Channels => strings(some(rng, &["in_app", "desktop", "email"], 1, 3)),
        K::Variables => strings(some(rng, &["first_name", "last_name", "job_title", "company", "recruiter_name", "interview_date", "meeting_link"], 2, 4)),
        K::Sections => strings(some(rng, &["photo", "skills", "education", "work_experience", "resume", "video_intro", "preferences", "certifications"], 0, 3)),
        K::Contacts => {
            let n = rng.gen_range(0..=2);
            Json::Array(
                (0..n)
                    .map(|_| {
                        let mut other = RowCtx::new(ctx.t0, 0);
                        let name = other.person(rng).full();
                        let email = text::generate(text::TextKind::Email, rng, &mut other);
                        json!({"name": name, "role": pick(rng, w::CONTACT_TITLES), "email": email})
                    })
                    .collect(),
            )
        }
        K::Times => {
            let n = rng.gen_range(1..=3);
            strings((0..n).map(|_| clock::format_ts(ctx.t0 + rng.gen_range(1..14) * clock::DAY + rng.gen_range(9..17) * 3_600_000)))
        }
        K::Questions => strings(some(rng, w::QUESTIONS, 2, 4).into_iter().map(|q| q.0)),
        K::Rubric => Json::Array(
            some(rng, &["Correctness", "Clarity", "Depth", "Trade-offs", "Communication", "Examples"], 2, 4)
                .into_iter()
                .map(|c| json!({"criterion": c, "weight": rng.gen_range(1..=5)}))
                .collect(),
        ),
        K::Factors => Json::Array(
            some(rng, &["skills_overlap", "years_experience", "salary_fit", "location_fit", "notice_period", "past_interview_scores"], 2, 4)
                .into_iter()
                .map(|f| json!({"factor": f, "weight": (rng.gen_range(5..60) as f64) / 100.0}))
                .collect(),
        ),
        K::TestCases => Json::Array(
            (0..rng.gen_range(2..=5))
                .map(|i| json!({"input": format!("case_{i}.in"), "expected": format!("case_{i}.out"), "hidden": i > 1}))
                .collect(),
        ),
        K::ErrorReport => {
            if rng.gen_bool(0.6) {
                json!([])
            } else {
                Json::Array((0..rng.gen_range(1..4)).map(|_| json!({"row": rng.gen_range(2..500), "error": pick(rng, w::ERRORS)})).collect())
            }
        }
        K::TaskList => Json::Array(
            some(rng, w::ONBOARDING_TASKS, 3, 6)
                .into_iter()
                .map(|(t, c)| json!({"title": t, "category": c, "due_days": rng.gen_range(1..30)}))
                .collect(),
        ),
        K::Conversation => conversation(rng, ctx),
        K::Schedule => json!({
            "timezone": ctx.city(rng).tz,
            "days": some(rng, &["mon", "tue", "wed", "thu", "fri"], 2, 5),
            "start": pick(rng, &["08:30", "09:00", "10:00"]),
            "end": pick(rng, &["16:00", "17:00", "18:00"]),
        }),
        K::Preferences => json!({
            "remote": pick(rng, &["remote", "hybrid", "onsite", "any"]),
            "company_size": pick(rng, &["startup", "scaleup", "enterprise", "any"]),
            "open_to_contract": rng.gen_bool(0.3),
            "desired_titles": [ctx.job_title(rng)],
        }),
        K::UserSettings => json!({
            "theme": pick(rng, &["system", "light", "dark"]),
            "language": pick(rng, &["en", "en", "es", "fr", "de", "hi"]),
            "notifications": {"email": rng.gen_bool(0.7), "desktop": rng.gen_bool(0.8), "digest": pick(rng, &["daily", "weekly", "never"])},
            "density": pick(rng, &["comfortable", "compact"]),
        }),
        K::Config => json!({
            "sync_interval_minutes": pick(rng, &[5, 15, 30, 60]),
            "scopes": some(rng, &["read", "write", "calendar", "email"], 1, 3),
            "region": pick(rng, &["us", "eu", "in", "ap"]),
        }),
        K::ParsedResume => {
            let name = ctx.person(rng).full();
            let n = rng.gen_range(3..=6);
            json!({
                "name": name,
                "title": ctx.job_title(rng),
                "years_experience": ctx.years(rng),
                "skills": skill_list(rng, ctx, n),
                "location": ctx.city(rng).name,
                "confidence": (rng.gen_range(60..99) as f64) / 100.0,
            })
        }
        K::SearchQuery => json!({
            "q": ctx.skill(rng),
            "filters": {"location": ctx.city(rng).name, "min_years": rng.gen_range(0..8), "status": ["active", "new"]},
            "sort": pick(rng, &["relevance", "recent", "match_score"]),
        }),
        K::Identity => json!({
            "tagline": pick(rng, &["Building the future of work", "Software that ships itself", "Care, delivered", "Moving the world's goods"]),
            "brand_color": format!("#{:06x}", rng.gen_range(0..0x100_0000u32)),
            "headcount": pick(rng, &[40, 120, 450, 2_000, 12_000]),
        }),
        K::Fields => json!({
            "title": ctx.job_title(rng),
            "department": ctx.department(rng).name,
            "employment_type": pick(rng, &["full_time", "contract"]),
            "work_mode": pick(rng, &["remote", "hybrid", "onsite"]),
            "step": rng.gen_range(1..5),
        }),
        K::Analysis => {
            let n = rng.gen_range(1..=3);
            json!({
                "fit": pick(rng, &["strong", "good", "partial", "weak"]),
                "score": rng.gen_range(40..98),
                "strengths": skill_list(rng, ctx, n),
                "summary": achievement(rng),
                "suggestions": [pick(rng, &["Quantify impact in the summary", "Add a portfolio link", "Mention team size led", "Highlight cloud experience"])],
            })
        }
        K::Ratings => {
            let n = rng.gen_range(2..=4);
            let mut m = serde_json::Map::new();
            for s in skill_list(rng, ctx, n) {
                m.insert(s.to_string(), json!(rng.gen_range(1..=5)));
            }
            Json::Object(m)
        }
        K::Results => json!({
            "correct": rng.gen_range(0..30),
            "by_topic": {"fundamentals": rng.gen_range(40..100), "problem_solving": rng.gen_range(30..100)},
            "percentile": rng.gen_range(1..100),
        }),
        K::Breakdown => {
            let a = rng.gen_range(20..60);
            let b = rng.gen_range(10..(100 - a));
            json!({"group_a": a, "group_b": b, "undisclosed": 100 - a - b, "sample": rng.gen_range(20..2_000)})
        }
        K::Criteria => json!({
            "titles": [ctx.job_title(rng)],
            "locations": [ctx.city(rng).name],
            "min_years": rng.gen_range(0..8),
            "skills": skill_list(rng, ctx, 3),
        }),
        K::Definition => json!({
            "group_by": pick(rng, &["department", "recruiter", "source", "stage", "month"]),
            "metrics": some(rng, &["applications", "interviews", "offers", "hires", "time_to_hire"], 1, 3),
            "range_days": pick(rng, &[30, 90, 180, 365]),
        }),
        K::Payload => json!({
            "event": pick(rng, &["delivered", "open", "click", "bounce", "processed"]),
            "message_id": format!("<{}@mail.talentdesk.local>", text::hex(rng, 16)),
            "smtp_code": pick(rng, &[250, 250, 250, 421, 550]),
        }),
        K::Metadata => {
            if rng.gen_bool(0.5) {
                json!({})
            } else {
                json!({"client": pick(rng, &["desktop", "sync", "import"]), "app_version": "0.1.0"})
            }
        }
        K::SettingValue => {
            let options = [json!(true), json!(false), json!(30), json!("daily"), json!({"enabled": true})];
            options[rng.gen_range(0..options.len())].clone()
        }
        K::EmptyArray => json!([]),
        K::Object => json!({}),
    };
    v.to_string()
}

fn conversation(rng: &mut ChaCha8Rng, ctx: &mut RowCtx) -> Json {
    let n = rng.gen_range(2..=6);
    let mut t = ctx.t0;
    let messages: Vec<Json> = (0..n)
        .map(|i| {
            t += rng.gen_range(5_000..120_000);
            let (role, content) = if i % 2 == 0 {
                ("assistant", pick(rng, w::QUESTIONS).0.to_string())
            } else {
                ("user", text::generate(text::TextKind::Answer, rng, ctx))
            };
            json!({"role": role, "content": content, "at": clock::format_ts(t)})
        })
        .collect();
    json!({"messages": messages})
}
