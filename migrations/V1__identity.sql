-- Identity and organisation: companies (tenants), the one users table shared by all five
-- seeds, role profiles (recruiters, associates, interviewers), team membership, auth sessions.
-- Conventions (docs/schema.md): UUIDv7 text ids, UTC RFC 3339 timestamps, booleans as 0/1,
-- enums as CHECK lists, JSON checked with json_valid, money as integer minor units + currency.

CREATE TABLE companies (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    domain      TEXT,
    industry    TEXT,
    size_band   TEXT CHECK (size_band IN ('1-10','11-50','51-200','201-1000','1001-5000','5000+')),
    website     TEXT,
    logo_file_key TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX companies_domain_idx ON companies(domain);

CREATE TABLE users (
    id                TEXT PRIMARY KEY NOT NULL,
    company_id        TEXT REFERENCES companies(id) ON DELETE CASCADE,
    email             TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    password_hash     TEXT CHECK (password_hash IS NULL OR password_hash LIKE '$argon2id$%'),
    first_name        TEXT,
    last_name         TEXT,
    full_name         TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role              TEXT NOT NULL DEFAULT 'job_seeker' CHECK (role IN
                        ('super_admin','admin','manager','recruiter','sales','interviewer','candidate','job_seeker','associate')),
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive','suspended')),
    is_verified       INTEGER NOT NULL DEFAULT 0 CHECK (is_verified IN (0,1)),
    avatar_file_key   TEXT,
    login_streak      INTEGER NOT NULL DEFAULT 0 CHECK (login_streak >= 0),
    max_login_streak  INTEGER NOT NULL DEFAULT 0 CHECK (max_login_streak >= 0),
    last_login_date   TEXT,
    quiz_streak       INTEGER NOT NULL DEFAULT 0 CHECK (quiz_streak >= 0),
    max_quiz_streak   INTEGER NOT NULL DEFAULT 0 CHECK (max_quiz_streak >= 0),
    last_quiz_date    TEXT,
    last_login_at     TEXT,
    last_active_at    TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
-- No UNIQUE on email: users sync, and two offline sign-ups must both survive; the app merges.
CREATE INDEX users_email_idx ON users(lower(email));
CREATE INDEX users_status_idx ON users(status);
CREATE INDEX users_company_idx ON users(company_id);
CREATE INDEX users_role_idx ON users(role);

-- Device-local: refresh tokens of the sync server and seed 002's sessions. Never synced.
CREATE TABLE auth_sessions (
    id                 TEXT PRIMARY KEY NOT NULL,
    user_id            TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    refresh_token_hash TEXT NOT NULL,
    user_agent         TEXT,
    expires_at         TEXT NOT NULL,
    is_revoked         INTEGER NOT NULL DEFAULT 0 CHECK (is_revoked IN (0,1)),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE UNIQUE INDEX auth_sessions_token_idx ON auth_sessions(refresh_token_hash);
CREATE INDEX auth_sessions_user_idx ON auth_sessions(user_id, created_at);
CREATE INDEX auth_sessions_expires_idx ON auth_sessions(expires_at);

CREATE TABLE recruiters (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title         TEXT,
    specialties   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(specialties)),
    phone         TEXT,
    linkedin_url  TEXT,
    is_active     INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX recruiters_user_idx ON recruiters(user_id);

CREATE TABLE associates (
    id              TEXT PRIMARY KEY NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    recruiter_id    TEXT REFERENCES recruiters(id) ON DELETE SET NULL,
    engagement_type TEXT NOT NULL DEFAULT 'contractor' CHECK (engagement_type IN ('contractor','employee','consultant','intern')),
    start_date      TEXT,
    end_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'onboarding' CHECK (status IN ('onboarding','active','ended')),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX associates_user_idx ON associates(user_id);
CREATE INDEX associates_recruiter_idx ON associates(recruiter_id);

CREATE TABLE interviewer_profiles (
    id                    TEXT PRIMARY KEY NOT NULL,
    user_id               TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    specialization        TEXT,
    availability_schedule TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(availability_schedule)),
    max_interviews_per_week INTEGER CHECK (max_interviews_per_week IS NULL OR max_interviews_per_week >= 0),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX interviewer_profiles_user_idx ON interviewer_profiles(user_id);

CREATE TABLE team_members (
    id          TEXT PRIMARY KEY NOT NULL,
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    team_role   TEXT NOT NULL DEFAULT 'member' CHECK (team_role IN ('owner','admin','member','viewer')),
    invited_at  TEXT,
    joined_at   TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('invited','active','removed')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX team_members_company_idx ON team_members(company_id);
CREATE INDEX team_members_user_idx ON team_members(user_id);

-- Settings. A settings key is a real primary key: two offline edits of one key must merge
-- last-writer-wins into one value, which is exactly what a keyed row gives sync.
CREATE TABLE system_settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    description TEXT,
    updated_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE TABLE company_settings (
    id          TEXT PRIMARY KEY NOT NULL,
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX company_settings_company_idx ON company_settings(company_id, key);

-- Per-user settings (seed 004 AdminSettings generalised to every user).
CREATE TABLE user_settings (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    settings    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX user_settings_user_idx ON user_settings(user_id);

-- Third-party integrations. Credentials live in the OS keyring; keyring_entry names the entry.
CREATE TABLE integration_settings (
    id             TEXT PRIMARY KEY NOT NULL,
    company_id     TEXT REFERENCES companies(id) ON DELETE CASCADE,
    provider       TEXT NOT NULL CHECK (provider IN ('linkedin','google_calendar','outlook_calendar','smtp','sendgrid','openai','anthropic','ollama','slack','other')),
    config         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    keyring_entry  TEXT,
    is_enabled     INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0,1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX integration_settings_company_idx ON integration_settings(company_id);

-- Seed 001's environmentVariables: app configuration values; secret ones point at the keyring.
CREATE TABLE environment_variables (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    value          TEXT,
    is_secret      INTEGER NOT NULL DEFAULT 0 CHECK (is_secret IN (0,1)),
    keyring_entry  TEXT,
    description    TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (is_secret = 0 OR value IS NULL)
);
CREATE INDEX environment_variables_name_idx ON environment_variables(name);
CREATE INDEX system_settings_updated_by_idx ON system_settings(updated_by);
