-- People: the one candidate profile (seed 000 Applicants, 001 candidates, 002 UserProfile,
-- 003 candidate_profiles, 004 Candidate), their history, skills, files, tags and searches,
-- plus the skill and role catalogs that matching and search lean on.

CREATE TABLE skills (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    category    TEXT NOT NULL DEFAULT 'technical' CHECK (category IN ('technical','soft','language','tool','domain','certification','other')),
    synonyms    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(synonyms)),
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX skills_name_idx ON skills(lower(name));
CREATE INDEX skills_category_idx ON skills(category);

CREATE TABLE job_roles (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description     TEXT,
    department      TEXT,
    required_skills TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required_skills)),
    is_active       INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_roles_name_idx ON job_roles(lower(name));

CREATE TABLE candidates (
    id                      TEXT PRIMARY KEY NOT NULL,
    user_id                 TEXT REFERENCES users(id) ON DELETE SET NULL,
    company_id              TEXT REFERENCES companies(id) ON DELETE CASCADE,
    added_by_recruiter_id   TEXT REFERENCES recruiters(id) ON DELETE SET NULL,
    -- Section A: identity and contact
    full_name               TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    email                   TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),
    phone                   TEXT,
    alternate_email         TEXT,
    alternate_phone         TEXT,
    linkedin_url            TEXT,
    portfolio_url           TEXT,
    github_url              TEXT,
    location                TEXT,
    headline                TEXT,
    bio                     TEXT,
    status                  TEXT NOT NULL DEFAULT 'active' CHECK (status IN
                              ('new','active','interviewing','offered','hired','rejected','withdrawn','inactive')),
    notes                   TEXT,
    source                  TEXT,
    preferences             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(preferences)),
    resume_file_key         TEXT,
    resume_last_updated     TEXT,
    is_actively_searching   INTEGER NOT NULL DEFAULT 1 CHECK (is_actively_searching IN (0,1)),
    -- Section B: skills and education (skills and certificates live in child tables)
    highest_education       TEXT,
    year_of_passing         INTEGER CHECK (year_of_passing IS NULL OR year_of_passing BETWEEN 1900 AND 2100),
    projects_summary        TEXT,
    skills_vector           BLOB CHECK (skills_vector IS NULL OR length(skills_vector) % 4 = 0),
    -- Section C: job preferences
    total_experience_years  REAL CHECK (total_experience_years IS NULL OR total_experience_years BETWEEN 0 AND 80),
    experience_level        TEXT CHECK (experience_level IN ('intern','entry','junior','mid','senior','lead','principal','executive')),
    current_role            TEXT,
    expected_role           TEXT,
    job_type_preference     TEXT CHECK (job_type_preference IN ('full_time','part_time','contract','temporary','internship','freelance','any')),
    current_locations       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(current_locations)),
    preferred_locations     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preferred_locations)),
    ready_to_relocate       TEXT CHECK (ready_to_relocate IN ('yes','no','open_to_discussion')),
    notice_period_days      INTEGER CHECK (notice_period_days IS NULL OR notice_period_days BETWEEN 0 AND 365),
    availability_date       TEXT,
    availability_percentage INTEGER CHECK (availability_percentage IS NULL OR availability_percentage BETWEEN 0 AND 100),
    shift_preference        TEXT CHECK (shift_preference IN ('day','night','flexible')),
    work_authorization      TEXT,
    -- Section D: salary (integer minor units of ctc_currency)
    current_ctc_minor       INTEGER CHECK (current_ctc_minor IS NULL OR current_ctc_minor >= 0),
    expected_ctc_minor      INTEGER CHECK (expected_ctc_minor IS NULL OR expected_ctc_minor >= 0),
    ctc_currency            TEXT CHECK (ctc_currency IS NULL OR ctc_currency GLOB '[A-Z][A-Z][A-Z]'),
    is_ctc_negotiable       INTEGER NOT NULL DEFAULT 0 CHECK (is_ctc_negotiable IN (0,1)),
    -- Section E: personal and broader preferences
    looking_for_jobs_abroad INTEGER NOT NULL DEFAULT 0 CHECK (looking_for_jobs_abroad IN (0,1)),
    sector_preference       TEXT CHECK (sector_preference IN ('private','government','non_profit','any')),
    preferred_industries    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preferred_industries)),
    gender                  TEXT,
    marital_status          TEXT,
    date_of_birth           TEXT,
    languages               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    reservation_category    TEXT,
    disability              TEXT,
    willingness_to_travel   TEXT,
    has_driving_license     INTEGER NOT NULL DEFAULT 0 CHECK (has_driving_license IN (0,1)),
    -- Section G: contact and availability
    has_current_offers      INTEGER NOT NULL DEFAULT 0 CHECK (has_current_offers IN (0,1)),
    number_of_offers        INTEGER NOT NULL DEFAULT 0 CHECK (number_of_offers >= 0),
    best_time_to_contact    TEXT,
    preferred_contact_mode  TEXT CHECK (preferred_contact_mode IN ('email','call','whatsapp','sms','linkedin')),
    time_zone               TEXT,
    -- Seed 004's file links
    jd_document_id          TEXT REFERENCES documents(id) ON DELETE SET NULL,
    cv_document_id          TEXT REFERENCES documents(id) ON DELETE SET NULL,
    portfolio_document_id   TEXT REFERENCES documents(id) ON DELETE SET NULL,
    merged_into_id          TEXT REFERENCES candidates(id) ON DELETE SET NULL,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidates_user_idx ON candidates(user_id);
CREATE INDEX candidates_email_idx ON candidates(lower(email));
CREATE INDEX candidates_name_idx ON candidates(full_name COLLATE NOCASE);
CREATE INDEX candidates_status_idx ON candidates(status);
CREATE INDEX candidates_added_by_idx ON candidates(added_by_recruiter_id);
CREATE INDEX candidates_company_idx ON candidates(company_id);
CREATE INDEX candidates_created_idx ON candidates(created_at);

CREATE TABLE work_experiences (
    id               TEXT PRIMARY KEY NOT NULL,
    candidate_id     TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    company_name     TEXT NOT NULL,
    job_title        TEXT NOT NULL,
    location         TEXT,
    start_date       TEXT,
    end_date         TEXT,
    is_current       INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0,1)),
    responsibilities TEXT,
    achievements     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(achievements)),
    tools_used       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tools_used)),
    ctc_at_role      TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX work_experiences_candidate_idx ON work_experiences(candidate_id);
CREATE INDEX work_experiences_current_idx ON work_experiences(is_current);

CREATE TABLE educations (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    institution    TEXT NOT NULL,
    degree         TEXT,
    field_of_study TEXT,
    start_date     TEXT,
    end_date       TEXT,
    is_current     INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0,1)),
    grade          TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX educations_candidate_idx ON educations(candidate_id);
CREATE INDEX educations_current_idx ON educations(is_current);

CREATE TABLE candidate_skills (
    id               TEXT PRIMARY KEY NOT NULL,
    candidate_id     TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    skill_id         TEXT REFERENCES skills(id) ON DELETE SET NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category         TEXT NOT NULL DEFAULT 'technical' CHECK (category IN ('technical','soft','language','tool','domain','certification','other')),
    level            TEXT CHECK (level IN ('beginner','intermediate','advanced','expert')),
    years_experience REAL CHECK (years_experience IS NULL OR years_experience >= 0),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_skills_candidate_idx ON candidate_skills(candidate_id);
CREATE INDEX candidate_skills_category_idx ON candidate_skills(candidate_id, category);
CREATE INDEX candidate_skills_name_idx ON candidate_skills(lower(name));

CREATE TABLE certifications (
    id              TEXT PRIMARY KEY NOT NULL,
    candidate_id    TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    issuer          TEXT,
    issued_on       TEXT,
    expires_on      TEXT,
    credential_id   TEXT,
    credential_url  TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX certifications_candidate_idx ON certifications(candidate_id);

-- Every stored file: resumes, cover letters, JDs, portfolios. file_key is the SHA-256 of the
-- content in the app's own content-addressed file store (the seeds' S3 keys and URLs).
CREATE TABLE documents (
    id                 TEXT PRIMARY KEY NOT NULL,
    candidate_id       TEXT REFERENCES candidates(id) ON DELETE SET NULL,
    user_id            TEXT REFERENCES users(id) ON DELETE SET NULL,
    tracked_job_id     TEXT REFERENCES tracked_jobs(id) ON DELETE CASCADE,
    title              TEXT,
    original_filename  TEXT NOT NULL,
    file_key           TEXT NOT NULL,
    file_type          TEXT,
    mime_type          TEXT,
    file_size          INTEGER NOT NULL DEFAULT 0 CHECK (file_size >= 0),
    document_category  TEXT NOT NULL DEFAULT 'other' CHECK (document_category IN
                         ('resume','cover_letter','portfolio','transcript','reference','job_description','offer_letter','id_proof','other')),
    extracted_text     TEXT,
    extraction_preview TEXT,
    is_encrypted       INTEGER NOT NULL DEFAULT 0 CHECK (is_encrypted IN (0,1)),
    encryption_method  TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX documents_candidate_idx ON documents(candidate_id);
CREATE INDEX documents_user_idx ON documents(user_id);
CREATE INDEX documents_job_idx ON documents(tracked_job_id, document_category);
CREATE INDEX documents_file_key_idx ON documents(file_key);

-- Resume versions (seed 001 resumeProfiles, max 5 per candidate there; seed 002 Resume).
CREATE TABLE resumes (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    document_id    TEXT REFERENCES documents(id) ON DELETE SET NULL,
    title          TEXT NOT NULL DEFAULT 'Resume',
    version_label  TEXT,
    target_role    TEXT,
    content_text   TEXT,
    parsed_data    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parsed_data)),
    is_primary     INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0,1)),
    is_active      INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX resumes_candidate_idx ON resumes(candidate_id);
CREATE INDEX resumes_primary_idx ON resumes(candidate_id, is_primary);
CREATE INDEX resumes_active_idx ON resumes(is_active);

CREATE TABLE video_introductions (
    id               TEXT PRIMARY KEY NOT NULL,
    candidate_id     TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    title            TEXT,
    file_key         TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL CHECK (duration_seconds BETWEEN 1 AND 900),
    transcript       TEXT,
    status           TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('processing','ready','failed')),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX video_introductions_candidate_idx ON video_introductions(candidate_id);

CREATE TABLE candidate_profile_shares (
    id            TEXT PRIMARY KEY NOT NULL,
    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    shared_by     TEXT REFERENCES users(id) ON DELETE SET NULL,
    recipient_email TEXT,
    token_hash    TEXT NOT NULL,
    expires_at    TEXT,
    view_count    INTEGER NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    is_revoked    INTEGER NOT NULL DEFAULT 0 CHECK (is_revoked IN (0,1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_profile_shares_candidate_idx ON candidate_profile_shares(candidate_id);
CREATE INDEX candidate_profile_shares_shared_by_idx ON candidate_profile_shares(shared_by);

CREATE TABLE tags (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color       TEXT NOT NULL DEFAULT '#6366f1' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    description TEXT,
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX tags_name_idx ON tags(lower(name));
CREATE INDEX tags_created_by_idx ON tags(created_by);

CREATE TABLE candidate_tags (
    id            TEXT PRIMARY KEY NOT NULL,
    tag_id        TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    assigned_by   TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_tags_tag_idx ON candidate_tags(tag_id);
CREATE INDEX candidate_tags_candidate_idx ON candidate_tags(candidate_id);
CREATE INDEX candidate_tags_assigned_by_idx ON candidate_tags(assigned_by);

CREATE TABLE saved_searches (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    scope       TEXT NOT NULL DEFAULT 'candidates' CHECK (scope IN ('candidates','requisitions','applications','tracked_jobs','clients')),
    query       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(query)),
    notify      INTEGER NOT NULL DEFAULT 0 CHECK (notify IN (0,1)),
    last_run_at TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX saved_searches_user_idx ON saved_searches(user_id);

CREATE TABLE candidate_skill_ratings (
    id            TEXT PRIMARY KEY NOT NULL,
    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    skill_id      TEXT REFERENCES skills(id) ON DELETE SET NULL,
    skill_name    TEXT NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
    source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','assessment','interview','self','ai')),
    notes         TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_skill_ratings_candidate_idx ON candidate_skill_ratings(candidate_id);
CREATE INDEX candidate_skill_ratings_rated_by_idx ON candidate_skill_ratings(rated_by);

CREATE TABLE candidate_interactions (
    id               TEXT PRIMARY KEY NOT NULL,
    candidate_id     TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    user_id          TEXT REFERENCES users(id) ON DELETE SET NULL,
    interaction_type TEXT NOT NULL CHECK (interaction_type IN ('email','call','meeting','inmail','message','note','sms')),
    direction        TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('inbound','outbound')),
    summary          TEXT,
    occurred_at      TEXT NOT NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_interactions_candidate_idx ON candidate_interactions(candidate_id, occurred_at);
CREATE INDEX candidate_interactions_user_idx ON candidate_interactions(user_id);
CREATE INDEX candidate_skills_skill_idx ON candidate_skills(skill_id);
CREATE INDEX candidate_skill_ratings_skill_idx ON candidate_skill_ratings(skill_id);
CREATE INDEX candidates_merged_into_idx ON candidates(merged_into_id);
CREATE INDEX candidates_jd_document_idx ON candidates(jd_document_id);
CREATE INDEX candidates_cv_document_idx ON candidates(cv_document_id);
CREATE INDEX candidates_portfolio_document_idx ON candidates(portfolio_document_id);
CREATE INDEX resumes_document_idx ON resumes(document_id);
