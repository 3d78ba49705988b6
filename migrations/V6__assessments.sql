-- Assessments and the one question bank. Seed 000 Questions, 001 interviewQuestions and
-- assessmentQuestions, and 004 Question all become rows of `questions` (open, multiple choice
-- or coding). Attempts unify seed 001 assessmentAttempts, 004 TestSession and 002 Assessment
-- (a user's self-assessment result); answers unify 001 assessmentAnswers and 004 Answer.

CREATE TABLE question_sets (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT,
    skill            TEXT NOT NULL,
    level            TEXT NOT NULL DEFAULT 'intermediate' CHECK (level IN ('beginner','intermediate','advanced','expert')),
    total_questions  INTEGER NOT NULL DEFAULT 0 CHECK (total_questions >= 0),
    generation_model TEXT,
    created_by       TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX question_sets_skill_idx ON question_sets(skill, level);
CREATE INDEX question_sets_created_by_idx ON question_sets(created_by);

CREATE TABLE assessments (
    id                       TEXT PRIMARY KEY NOT NULL,
    title                    TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description              TEXT,
    job_title                TEXT,
    kind                     TEXT NOT NULL DEFAULT 'mcq' CHECK (kind IN ('mcq','skills','coding','questionnaire','mixed')),
    jd_id                    TEXT REFERENCES job_descriptions(id) ON DELETE SET NULL,
    question_set_id          TEXT REFERENCES question_sets(id) ON DELETE SET NULL,
    required_skills          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required_skills)),
    required_roles           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required_roles)),
    assessment_method        TEXT NOT NULL DEFAULT 'question_set' CHECK (assessment_method IN ('question_set','jd_generated','manual','coding','interview')),
    duration_minutes         INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 1 AND 600),
    passing_score            INTEGER CHECK (passing_score IS NULL OR passing_score BETWEEN 0 AND 100),
    is_questionnaire_enabled INTEGER NOT NULL DEFAULT 1 CHECK (is_questionnaire_enabled IN (0,1)),
    is_interview_enabled     INTEGER NOT NULL DEFAULT 0 CHECK (is_interview_enabled IN (0,1)),
    is_active                INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    is_published             INTEGER NOT NULL DEFAULT 0 CHECK (is_published IN (0,1)),
    expires_at               TEXT,
    created_by               TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX assessments_published_idx ON assessments(is_published);
CREATE INDEX assessments_created_by_idx ON assessments(created_by);
CREATE INDEX assessments_jd_idx ON assessments(jd_id);
CREATE INDEX assessments_question_set_idx ON assessments(question_set_id);

CREATE TABLE questions (
    id               TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open','mcq','coding')),
    question_text    TEXT NOT NULL CHECK (length(trim(question_text)) > 0),
    category         TEXT NOT NULL DEFAULT 'technical' CHECK (category IN
                       ('technical','behavioral','situational','system_design','coding','communication','leadership','culture','general')),
    topic            TEXT,
    difficulty       TEXT NOT NULL DEFAULT 'medium' CHECK (difficulty IN ('easy','medium','hard')),
    options          TEXT CHECK (options IS NULL OR json_valid(options)),
    correct_answer   TEXT,
    rubric           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rubric)),
    sample_answer    TEXT,
    question_set_id  TEXT REFERENCES question_sets(id) ON DELETE CASCADE,
    jd_id            TEXT REFERENCES job_descriptions(id) ON DELETE CASCADE,
    assessment_id    TEXT REFERENCES assessments(id) ON DELETE CASCADE,
    generation_model TEXT,
    source           TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('builtin','user','ai','imported')),
    is_active        INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (kind <> 'mcq' OR (options IS NOT NULL AND correct_answer IS NOT NULL))
);
CREATE INDEX questions_category_idx ON questions(category, difficulty, is_active);
CREATE INDEX questions_set_idx ON questions(question_set_id);
CREATE INDEX questions_jd_idx ON questions(jd_id);
CREATE INDEX questions_assessment_idx ON questions(assessment_id);

CREATE TABLE assessment_applications (
    id                     TEXT PRIMARY KEY NOT NULL,
    candidate_id           TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    assessment_id          TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    attempt_id             TEXT REFERENCES assessment_attempts(id) ON DELETE SET NULL,
    status                 TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','in_progress','completed','shortlisted','rejected')),
    applied_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    started_at             TEXT,
    completed_at           TEXT,
    candidate_availability TEXT,
    submitted_skills       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(submitted_skills)),
    role_applied_for       TEXT,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
-- Seed 004 has UNIQUE (candidate_id, assessment_id); it syncs, so the app enforces it instead.
CREATE INDEX assessment_applications_pair_idx ON assessment_applications(candidate_id, assessment_id);
CREATE INDEX assessment_applications_assessment_idx ON assessment_applications(assessment_id, status);
CREATE INDEX assessment_applications_attempt_idx ON assessment_applications(attempt_id);

CREATE TABLE assessment_attempts (
    id                TEXT PRIMARY KEY NOT NULL,
    assessment_id     TEXT REFERENCES assessments(id) ON DELETE SET NULL,
    question_set_id   TEXT REFERENCES question_sets(id) ON DELETE SET NULL,
    jd_id             TEXT REFERENCES job_descriptions(id) ON DELETE SET NULL,
    candidate_id      TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    user_id           TEXT REFERENCES users(id) ON DELETE CASCADE,
    candidate_name    TEXT,
    candidate_email   TEXT,
    attempt_type      TEXT NOT NULL DEFAULT 'quiz' CHECK (attempt_type IN
                        ('quiz','skills','technical','coding','personality','career_interest','self_assessment')),
    started_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    completed_at      TEXT,
    duration_seconds  INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
    total_questions   INTEGER NOT NULL DEFAULT 0 CHECK (total_questions >= 0),
    correct_answers   INTEGER NOT NULL DEFAULT 0 CHECK (correct_answers >= 0),
    score_percentage  REAL CHECK (score_percentage IS NULL OR score_percentage BETWEEN 0 AND 100),
    is_completed      INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0,1)),
    is_scored         INTEGER NOT NULL DEFAULT 0 CHECK (is_scored IN (0,1)),
    score_released_at TEXT,
    results           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(results)),
    ai_insights       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ai_insights)),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (correct_answers <= total_questions)
);
CREATE INDEX assessment_attempts_assessment_idx ON assessment_attempts(assessment_id);
CREATE INDEX assessment_attempts_set_idx ON assessment_attempts(question_set_id);
CREATE INDEX assessment_attempts_jd_idx ON assessment_attempts(jd_id);
CREATE INDEX assessment_attempts_candidate_idx ON assessment_attempts(candidate_id);
CREATE INDEX assessment_attempts_user_idx ON assessment_attempts(user_id, created_at);
CREATE INDEX assessment_attempts_type_idx ON assessment_attempts(user_id, attempt_type);

CREATE TABLE assessment_answers (
    id                 TEXT PRIMARY KEY NOT NULL,
    attempt_id         TEXT NOT NULL REFERENCES assessment_attempts(id) ON DELETE CASCADE,
    question_id        TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    selected_answer    TEXT,
    answer_text        TEXT,
    is_correct         INTEGER CHECK (is_correct IS NULL OR is_correct IN (0,1)),
    points             REAL CHECK (points IS NULL OR points >= 0),
    time_taken_seconds INTEGER CHECK (time_taken_seconds IS NULL OR time_taken_seconds >= 0),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
-- Seed 004's UNIQUE (session_id, question_id) is kept by the app (synced table).
CREATE INDEX assessment_answers_attempt_idx ON assessment_answers(attempt_id, question_id);
CREATE INDEX assessment_answers_question_idx ON assessment_answers(question_id);

-- Seed 004 AssessmentToken: invitation links; only the token's hash is stored.
CREATE TABLE assessment_invitations (
    id              TEXT PRIMARY KEY NOT NULL,
    assessment_id   TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    candidate_email TEXT NOT NULL CHECK (candidate_email LIKE '%_@_%'),
    token_hash      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    is_used         INTEGER NOT NULL DEFAULT 0 CHECK (is_used IN (0,1)),
    used_at         TEXT,
    created_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX assessment_invitations_assessment_idx ON assessment_invitations(assessment_id);
CREATE INDEX assessment_invitations_token_idx ON assessment_invitations(token_hash);
CREATE INDEX assessment_invitations_created_by_idx ON assessment_invitations(created_by);

CREATE TABLE coding_challenges (
    id                 TEXT PRIMARY KEY NOT NULL,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description        TEXT NOT NULL,
    difficulty         TEXT NOT NULL DEFAULT 'medium' CHECK (difficulty IN ('easy','medium','hard')),
    languages          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    starter_code       TEXT,
    test_cases         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(test_cases)),
    time_limit_minutes INTEGER NOT NULL DEFAULT 60 CHECK (time_limit_minutes BETWEEN 1 AND 600),
    created_by         TEXT REFERENCES users(id) ON DELETE SET NULL,
    is_active          INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX coding_challenges_created_by_idx ON coding_challenges(created_by);

CREATE TABLE coding_submissions (
    id            TEXT PRIMARY KEY NOT NULL,
    challenge_id  TEXT NOT NULL REFERENCES coding_challenges(id) ON DELETE CASCADE,
    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    code          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','running','passed','failed','error')),
    tests_passed  INTEGER NOT NULL DEFAULT 0 CHECK (tests_passed >= 0),
    tests_total   INTEGER NOT NULL DEFAULT 0 CHECK (tests_total >= 0),
    score         REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    submitted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (tests_passed <= tests_total)
);
CREATE INDEX coding_submissions_challenge_idx ON coding_submissions(challenge_id);
CREATE INDEX coding_submissions_candidate_idx ON coding_submissions(candidate_id);

CREATE TABLE proctoring_events (
    id               TEXT PRIMARY KEY NOT NULL,
    attempt_id       TEXT NOT NULL REFERENCES assessment_attempts(id) ON DELETE CASCADE,
    event_type       TEXT NOT NULL CHECK (event_type IN
                       ('multiple_faces','no_face','tab_switch','window_blur','copy_paste','fullscreen_exit','audio_detected','other')),
    severity         TEXT NOT NULL DEFAULT 'low' CHECK (severity IN ('low','medium','high','critical')),
    detected_at      TEXT NOT NULL,
    duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
    question_id      TEXT REFERENCES questions(id) ON DELETE SET NULL,
    snapshot_file_key TEXT,
    metadata         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    reviewed         INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0,1)),
    reviewed_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
    reviewed_at      TEXT,
    reviewer_notes   TEXT,
    flagged          INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0,1)),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX proctoring_events_attempt_idx ON proctoring_events(attempt_id, severity);
CREATE INDEX proctoring_events_question_idx ON proctoring_events(question_id);
CREATE INDEX proctoring_events_reviewed_by_idx ON proctoring_events(reviewed_by);
