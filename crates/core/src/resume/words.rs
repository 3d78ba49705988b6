//! The word lists the resume parser leans on: section headings (English plus a few German and
//! Spanish ones), job-title words, company suffixes, degree and school words. Kept apart so the
//! parser's logic reads on one screen and the lists can grow without touching it.

use super::parse::Section;

#[rustfmt::skip]
pub(super) const HEADINGS: &[(&str, Section)] = &[
    ("summary", Section::Summary), ("professional summary", Section::Summary),
    ("profile", Section::Summary), ("about", Section::Summary), ("about me", Section::Summary),
    ("objective", Section::Summary), ("career objective", Section::Summary),
    ("personal profile", Section::Summary), ("experience", Section::Experience),
    ("work experience", Section::Experience), ("professional experience", Section::Experience),
    ("employment", Section::Experience), ("employment history", Section::Experience),
    ("work history", Section::Experience), ("career history", Section::Experience),
    ("relevant experience", Section::Experience), ("berufserfahrung", Section::Experience),
    ("experiencia", Section::Experience), ("education", Section::Education),
    ("academic background", Section::Education), ("education and training", Section::Education),
    ("academic qualifications", Section::Education), ("qualifications", Section::Education),
    ("ausbildung", Section::Education), ("formación", Section::Education), ("skills", Section::Skills),
    ("technical skills", Section::Skills), ("core skills", Section::Skills),
    ("key skills", Section::Skills), ("skills and tools", Section::Skills),
    ("competencies", Section::Skills), ("core competencies", Section::Skills),
    ("technologies", Section::Skills), ("tech stack", Section::Skills),
    ("skills summary", Section::Skills), ("areas of expertise", Section::Skills),
    ("expertise", Section::Skills), ("kenntnisse", Section::Skills),
    ("certifications", Section::Certifications), ("certificates", Section::Certifications),
    ("licenses and certifications", Section::Certifications),
    ("licenses & certifications", Section::Certifications), ("projects", Section::Projects),
    ("selected projects", Section::Projects), ("personal projects", Section::Projects),
    ("languages", Section::Languages), ("interests", Section::Other), ("hobbies", Section::Other),
    ("references", Section::Other), ("awards", Section::Other), ("publications", Section::Other),
    ("volunteering", Section::Other), ("volunteer experience", Section::Other),
    ("contact", Section::Header), ("contact information", Section::Header),
    ("personal details", Section::Header),
];

#[rustfmt::skip]
pub(super) const TITLE_WORDS: &[&str] = &[
    "engineer", "developer", "manager", "analyst", "designer", "consultant", "intern", "director",
    "lead", "specialist", "scientist", "architect", "administrator", "officer", "coordinator",
    "assistant", "associate", "head", "vp", "president", "founder", "co-founder", "accountant", "nurse",
    "teacher", "writer", "editor", "technician", "representative", "executive", "recruiter",
    "programmer", "tester", "researcher", "professor", "lecturer", "advisor", "adviser", "agent",
    "clerk", "owner", "principal", "chief", "cto", "ceo", "cfo", "coo", "sre", "devops", "trainee",
    "apprentice", "fellow", "partner", "strategist", "marketer", "planner", "supervisor", "operator",
    "auditor", "controller", "paralegal", "attorney", "lawyer", "pharmacist", "physician", "therapist",
    "counselor", "instructor", "tutor", "staff", "senior", "junior", "entwickler", "ingenieur",
    "desarrollador", "ingeniero",
];

#[rustfmt::skip]
pub(super) const COMPANY_WORDS: &[&str] = &[
    "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "corporation", "company", "co.",
    "group", "labs", "technologies", "technology", "solutions", "systems", "bank", "ag", "sa", "s.a.",
    "plc", "pvt", "limited", "studio", "studios", "agency", "partners", "consulting", "software",
    "holdings", "university", "hospital", "foundation", "se", "bv", "b.v.", "oy", "ab", "kk", "s.l.",
    "srl",
];

#[rustfmt::skip]
pub(super) const DEGREE_WORDS: &[&str] = &[
    "bachelor", "bachelor's", "bachelors", "master", "master's", "masters", "b.sc", "b.sc.", "bsc",
    "b.s.", "bs", "b.a.", "ba", "m.sc", "m.sc.", "msc", "m.s.", "ms", "m.a.", "ma", "mba", "phd",
    "ph.d.", "ph.d", "doctor", "doctorate", "associate", "diploma", "b.tech", "b.tech.", "btech",
    "m.tech", "m.tech.", "mtech", "b.e.", "beng", "meng", "m.eng", "b.eng", "licence", "licenciatura",
    "abitur", "certificate", "bba", "bcom", "b.com", "mca", "bca", "high", "a-levels", "grado",
    "laurea", "diplom", "diplôme", "título", "bfa", "mfa", "gcse", "hnd", "llb", "llm", "md", "dds",
    "mphil", "m.phil",
];

#[rustfmt::skip]
pub(super) const SCHOOL_WORDS: &[&str] = &[
    "university", "college", "institute", "school", "academy", "polytechnic", "universität",
    "universitat", "université", "universite", "universidad", "universidade", "faculdade", "escola",
    "école", "ecole", "hogeschool", "università", "universiteit", "hochschule", "iit", "conservatory",
    "seminary", "gymnasium", "lycée", "lycee", "mit", "eth", "epfl", "ucla", "kth",
];
