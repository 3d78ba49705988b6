-- Jobs from both sides. Recruiters own requisitions (seed 001 jobs, 003 jobs, 004
-- JobRequisition), with templates, drafts, skills, stages and view analytics. Job seekers own
-- tracked_jobs (seed 002 Job), fed partly by external postings (seed 003 hot drops). The two are
-- kept apart on purpose: a requisition is an employer's opening with headcount and a pipeline; a
-- tracked job is one person's opportunity with their own status flow (docs/schema.md).

CREATE TABLE job_descriptions (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description    TEXT,
    extracted_text TEXT,
    document_id    TEXT REFERENCES documents(id) ON DELETE SET NULL,
    file_key       TEXT,
    file_name      TEXT,
    file_size      INTEGER CHECK (file_size IS NULL OR file_size >= 0),
    uploaded_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_descriptions_uploaded_by_idx ON job_descriptions(uploaded_by);

CREATE TABLE requisitions (
    id                      TEXT PRIMARY KEY NOT NULL,
    company_id              TEXT REFERENCES companies(id) ON DELETE CASCADE,
    client_id               TEXT REFERENCES clients(id) ON DELETE SET NULL,
    created_by              TEXT REFERENCES users(id) ON DELETE SET NULL,
    assigned_recruiter_id   TEXT REFERENCES users(id) ON DELETE SET NULL,
    hiring_manager_id       TEXT REFERENCES users(id) ON DELETE SET NULL,
    jd_id                   TEXT REFERENCES job_descriptions(id) ON DELETE SET NULL,
    assessment_id           TEXT REFERENCES assessments(id) ON DELETE SET NULL,
    template_id             TEXT REFERENCES job_templates(id) ON DELETE SET NULL,
    title                   TEXT NOT NULL CHECK (length(trim(title)) > 0),
    internal_job_id         TEXT,
    department              TEXT,
    functional_area         TEXT,
    industry                TEXT,
    employment_type         TEXT NOT NULL DEFAULT 'full_time' CHECK (employment_type IN ('full_time','part_time','contract','temporary','internship','freelance')),
    work_mode               TEXT NOT NULL DEFAULT 'onsite' CHECK (work_mode IN ('onsite','remote','hybrid')),
    job_locations           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(job_locations)),
    experience_level        TEXT CHECK (experience_level IN ('intern','entry','junior','mid','senior','lead','principal','executive')),
    experience_required     TEXT,
    min_experience_years    REAL CHECK (min_experience_years IS NULL OR min_experience_years >= 0),
    max_experience_years    REAL CHECK (max_experience_years IS NULL OR max_experience_years >= 0),
    education_qualification TEXT,
    min_salary_minor        INTEGER CHECK (min_salary_minor IS NULL OR min_salary_minor >= 0),
    max_salary_minor        INTEGER CHECK (max_salary_minor IS NULL OR max_salary_minor >= 0),
    currency                TEXT NOT NULL DEFAULT 'USD' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    salary_unit             TEXT NOT NULL DEFAULT 'year' CHECK (salary_unit IN ('hour','day','week','month','year')),
    benefits_perks          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(benefits_perks)),
    about_company           TEXT,
    description             TEXT,
    responsibilities        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responsibilities)),
    required_skills         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required_skills)),
    preferred_skills        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preferred_skills)),
    tools_tech_stack        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tools_tech_stack)),
    openings                INTEGER NOT NULL DEFAULT 1 CHECK (openings >= 0),
    positions_filled        INTEGER NOT NULL DEFAULT 0 CHECK (positions_filled >= 0),
    application_deadline    TEXT,
    hiring_process_rounds   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hiring_process_rounds)),
    notice_period_accepted  TEXT,
    slug                    TEXT,
    meta_title              TEXT,
    meta_description        TEXT,
    status                  TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                              ('draft','open','sourcing','interviewing','offer','paused','closed','filled','cancelled')),
    is_published            INTEGER NOT NULL DEFAULT 0 CHECK (is_published IN (0,1)),
    published_at            TEXT,
    total_applicants        INTEGER NOT NULL DEFAULT 0 CHECK (total_applicants >= 0),
    total_interviewed       INTEGER NOT NULL DEFAULT 0 CHECK (total_interviewed >= 0),
    total_hired             INTEGER NOT NULL DEFAULT 0 CHECK (total_hired >= 0),
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (max_salary_minor IS NULL OR min_salary_minor IS NULL OR max_salary_minor >= min_salary_minor),
    CHECK (max_experience_years IS NULL OR min_experience_years IS NULL OR max_experience_years >= min_experience_years)
);
CREATE INDEX requisitions_status_idx ON requisitions(status);
CREATE INDEX requisitions_client_idx ON requisitions(client_id);
CREATE INDEX requisitions_company_idx ON requisitions(company_id);
CREATE INDEX requisitions_recruiter_idx ON requisitions(assigned_recruiter_id);
CREATE INDEX requisitions_hiring_manager_idx ON requisitions(hiring_manager_id);
CREATE INDEX requisitions_created_by_idx ON requisitions(created_by);
CREATE INDEX requisitions_published_idx ON requisitions(is_published);
CREATE INDEX requisitions_slug_idx ON requisitions(slug);
CREATE INDEX requisitions_jd_idx ON requisitions(jd_id);
CREATE INDEX requisitions_assessment_idx ON requisitions(assessment_id);
CREATE INDEX requisitions_template_idx ON requisitions(template_id);
CREATE INDEX requisitions_created_idx ON requisitions(created_at);

-- Pipeline stages per requisition (requisition_id NULL = the workspace default set).
CREATE TABLE pipeline_stages (
    id             TEXT PRIMARY KEY NOT NULL,
    requisition_id TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL DEFAULT 'custom' CHECK (kind IN ('new','screening','interview','offer','hired','rejected','withdrawn','custom')),
    position       INTEGER NOT NULL CHECK (position >= 0),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX pipeline_stages_requisition_idx ON pipeline_stages(requisition_id, position);

CREATE TABLE job_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title       TEXT,
    department  TEXT,
    fields      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    is_shared   INTEGER NOT NULL DEFAULT 0 CHECK (is_shared IN (0,1)),
    use_count   INTEGER NOT NULL DEFAULT 0 CHECK (use_count >= 0),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_templates_created_by_idx ON job_templates(created_by);

CREATE TABLE template_shares (
    id                  TEXT PRIMARY KEY NOT NULL,
    template_id         TEXT NOT NULL REFERENCES job_templates(id) ON DELETE CASCADE,
    shared_by           TEXT REFERENCES users(id) ON DELETE SET NULL,
    shared_with_user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    permission          TEXT NOT NULL DEFAULT 'use' CHECK (permission IN ('view','use','edit')),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX template_shares_template_idx ON template_shares(template_id);
CREATE INDEX template_shares_shared_by_idx ON template_shares(shared_by);
CREATE INDEX template_shares_shared_with_idx ON template_shares(shared_with_user_id);

CREATE TABLE job_drafts (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id      TEXT REFERENCES clients(id) ON DELETE SET NULL,
    requisition_id TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    title          TEXT,
    draft_data     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(draft_data)),
    last_saved_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_drafts_user_idx ON job_drafts(user_id, last_saved_at);
CREATE INDEX job_drafts_client_idx ON job_drafts(client_id);
CREATE INDEX job_drafts_requisition_idx ON job_drafts(requisition_id);

CREATE TABLE bulk_job_uploads (
    id             TEXT PRIMARY KEY NOT NULL,
    uploaded_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    file_name      TEXT NOT NULL,
    file_key       TEXT,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','processing','completed','failed','cancelled')),
    total_rows     INTEGER NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
    processed_rows INTEGER NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
    failed_rows    INTEGER NOT NULL DEFAULT 0 CHECK (failed_rows >= 0),
    error_report   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(error_report)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX bulk_job_uploads_uploaded_by_idx ON bulk_job_uploads(uploaded_by);

CREATE TABLE requisition_skills (
    id             TEXT PRIMARY KEY NOT NULL,
    requisition_id TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    skill_id       TEXT REFERENCES skills(id) ON DELETE SET NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    is_required    INTEGER NOT NULL DEFAULT 1 CHECK (is_required IN (0,1)),
    level          TEXT CHECK (level IN ('beginner','intermediate','advanced','expert')),
    min_years      REAL CHECK (min_years IS NULL OR min_years >= 0),
    weight         INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX requisition_skills_requisition_idx ON requisition_skills(requisition_id);
CREATE INDEX requisition_skills_skill_idx ON requisition_skills(skill_id);

CREATE TABLE job_view_analytics (
    id               TEXT PRIMARY KEY NOT NULL,
    requisition_id   TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    day              TEXT NOT NULL,
    views            INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
    unique_viewers   INTEGER NOT NULL DEFAULT 0 CHECK (unique_viewers >= 0),
    applications     INTEGER NOT NULL DEFAULT 0 CHECK (applications >= 0),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_view_analytics_requisition_idx ON job_view_analytics(requisition_id, day);

CREATE TABLE job_view_sessions (
    id               TEXT PRIMARY KEY NOT NULL,
    requisition_id   TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id          TEXT REFERENCES users(id) ON DELETE SET NULL,
    source           TEXT,
    started_at       TEXT NOT NULL,
    duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_view_sessions_requisition_idx ON job_view_sessions(requisition_id);
CREATE INDEX job_view_sessions_user_idx ON job_view_sessions(user_id);

CREATE TABLE job_application_sources (
    id                 TEXT PRIMARY KEY NOT NULL,
    requisition_id     TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    source             TEXT NOT NULL,
    applications_count INTEGER NOT NULL DEFAULT 0 CHECK (applications_count >= 0),
    hires_count        INTEGER NOT NULL DEFAULT 0 CHECK (hires_count >= 0),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_application_sources_requisition_idx ON job_application_sources(requisition_id);

CREATE TABLE job_views (
    id             TEXT PRIMARY KEY NOT NULL,
    requisition_id TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    candidate_id   TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    viewed_at      TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_views_requisition_idx ON job_views(requisition_id, viewed_at);
CREATE INDEX job_views_candidate_idx ON job_views(candidate_id);

CREATE TABLE saved_jobs (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    requisition_id TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    note           TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX saved_jobs_user_idx ON saved_jobs(user_id);
CREATE INDEX saved_jobs_requisition_idx ON saved_jobs(requisition_id);

CREATE TABLE recently_viewed_jobs (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    requisition_id TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    viewed_at      TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX recently_viewed_jobs_user_idx ON recently_viewed_jobs(user_id, viewed_at);
CREATE INDEX recently_viewed_jobs_requisition_idx ON recently_viewed_jobs(requisition_id);

-- Seed 003's "hot drops": external postings cached with a TTL.
CREATE TABLE external_job_postings (
    id            TEXT PRIMARY KEY NOT NULL,
    source        TEXT NOT NULL DEFAULT 'other' CHECK (source IN ('ai_scraper','linkedin','indeed','glassdoor','company_site','referral','manual','other')),
    original_url  TEXT,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    company_name  TEXT,
    location      TEXT,
    posted_date   TEXT,
    summary       TEXT,
    salary_text   TEXT,
    job_type      TEXT CHECK (job_type IN ('full_time','part_time','contract','temporary','internship','freelance','remote')),
    fetched_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    expires_at    TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX external_job_postings_url_idx ON external_job_postings(original_url);
CREATE INDEX external_job_postings_expires_idx ON external_job_postings(expires_at);

-- A job seeker's tracked opportunity (seed 002 Job).
CREATE TABLE tracked_jobs (
    id                  TEXT PRIMARY KEY NOT NULL,
    user_id             TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    external_posting_id TEXT REFERENCES external_job_postings(id) ON DELETE SET NULL,
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    company             TEXT NOT NULL CHECK (length(trim(company)) > 0),
    location            TEXT,
    work_mode           TEXT CHECK (work_mode IN ('onsite','remote','hybrid')),
    job_type            TEXT CHECK (job_type IN ('full_time','part_time','contract','temporary','internship','freelance')),
    status              TEXT NOT NULL DEFAULT 'interested' CHECK (status IN
                          ('interested','applied','interview_scheduled','interview_completed','offer_received','accepted','rejected','withdrawn')),
    salary_min_minor    INTEGER CHECK (salary_min_minor IS NULL OR salary_min_minor >= 0),
    salary_max_minor    INTEGER CHECK (salary_max_minor IS NULL OR salary_max_minor >= 0),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    posting_url         TEXT,
    description         TEXT,
    notes               TEXT,
    contacts            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts)),
    source              TEXT,
    match_score         INTEGER CHECK (match_score IS NULL OR match_score BETWEEN 0 AND 100),
    ai_analysis         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ai_analysis)),
    position            REAL NOT NULL DEFAULT 0,
    posted_at           TEXT,
    applied_at          TEXT,
    deadline_at         TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (salary_max_minor IS NULL OR salary_min_minor IS NULL OR salary_max_minor >= salary_min_minor)
);
CREATE INDEX tracked_jobs_user_idx ON tracked_jobs(user_id);
CREATE INDEX tracked_jobs_status_idx ON tracked_jobs(user_id, status, position);
CREATE INDEX tracked_jobs_work_mode_idx ON tracked_jobs(work_mode);
CREATE INDEX tracked_jobs_job_type_idx ON tracked_jobs(job_type);
CREATE INDEX tracked_jobs_applied_idx ON tracked_jobs(applied_at);
CREATE INDEX tracked_jobs_posting_idx ON tracked_jobs(external_posting_id);

-- Seed 002 StatusChange: every status move of a tracked job, written by the app.
CREATE TABLE job_status_changes (
    id             TEXT PRIMARY KEY NOT NULL,
    tracked_job_id TEXT NOT NULL REFERENCES tracked_jobs(id) ON DELETE CASCADE,
    from_status    TEXT CHECK (from_status IN
                     ('interested','applied','interview_scheduled','interview_completed','offer_received','accepted','rejected','withdrawn')),
    to_status      TEXT NOT NULL CHECK (to_status IN
                     ('interested','applied','interview_scheduled','interview_completed','offer_received','accepted','rejected','withdrawn')),
    note           TEXT,
    changed_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX job_status_changes_job_idx ON job_status_changes(tracked_job_id, changed_at);
CREATE INDEX job_descriptions_document_idx ON job_descriptions(document_id);
