-- Hiring: the one application model (seed 001 applications, 002 Application, 003 applications),
-- its timeline, notes and feedback; the recruiter's action queue; and the one interview model
-- (seed 000 Interviews, 001 interviews, 002 Interview, 004 InterviewSession) with panels,
-- scorecards (feedback), reschedules, per-question responses and mock interviews.

CREATE TABLE applications (
    id                    TEXT PRIMARY KEY NOT NULL,
    requisition_id        TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    tracked_job_id        TEXT REFERENCES tracked_jobs(id) ON DELETE CASCADE,
    candidate_id          TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    user_id               TEXT REFERENCES users(id) ON DELETE CASCADE,
    recruiter_id          TEXT REFERENCES recruiters(id) ON DELETE SET NULL,
    resume_id             TEXT REFERENCES resumes(id) ON DELETE SET NULL,
    stage_id              TEXT REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    status                TEXT NOT NULL DEFAULT 'new' CHECK (status IN
                            ('draft','submitted','new','under_review','screening','interview','offer','hired','accepted','rejected','withdrawn')),
    method                TEXT NOT NULL DEFAULT 'manual' CHECK (method IN ('manual','automated')),
    source                TEXT,
    applied_at            TEXT,
    is_active             INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    match_score           INTEGER CHECK (match_score IS NULL OR match_score BETWEEN 0 AND 100),
    ai_custom_summary     TEXT,
    automation_status     TEXT NOT NULL DEFAULT 'new' CHECK (automation_status IN
                            ('new','contacting','awaiting_reply','live_chat','intervention_needed','completed','declined')),
    is_recruiter_approved INTEGER NOT NULL DEFAULT 0 CHECK (is_recruiter_approved IN (0,1)),
    follow_up_status      TEXT CHECK (follow_up_status IN
                            ('shortlisted','interview_scheduled','offered','joined','no_show','under_follow_up','rejected')),
    next_follow_up_date   TEXT,
    follow_up_remarks     TEXT,
    rejection_reason      TEXT,
    position              REAL NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    -- An application is to exactly one job: an employer's requisition or a seeker's tracked job.
    CHECK ((requisition_id IS NULL) <> (tracked_job_id IS NULL)),
    CHECK (requisition_id IS NULL OR candidate_id IS NOT NULL),
    CHECK (tracked_job_id IS NULL OR user_id IS NOT NULL)
);
CREATE INDEX applications_requisition_idx ON applications(requisition_id, stage_id, position);
CREATE INDEX applications_candidate_idx ON applications(candidate_id);
CREATE INDEX applications_tracked_job_idx ON applications(tracked_job_id);
CREATE INDEX applications_user_idx ON applications(user_id);
CREATE INDEX applications_recruiter_idx ON applications(recruiter_id);
CREATE INDEX applications_resume_idx ON applications(resume_id);
CREATE INDEX applications_stage_idx ON applications(stage_id);
CREATE INDEX applications_status_idx ON applications(status);
CREATE INDEX applications_applied_idx ON applications(applied_at);
CREATE INDEX applications_follow_up_idx ON applications(next_follow_up_date);

-- Seed 001 applicationHistory + seed 003 application_timeline.
CREATE TABLE application_timeline (
    id               TEXT PRIMARY KEY NOT NULL,
    application_id   TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    event_type       TEXT NOT NULL DEFAULT 'status_change' CHECK (event_type IN ('status_change','stage_move','note','merge','created')),
    previous_status  TEXT,
    new_status       TEXT,
    from_stage_id    TEXT REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    to_stage_id      TEXT REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    changed_by       TEXT REFERENCES users(id) ON DELETE SET NULL,
    remarks          TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX application_timeline_application_idx ON application_timeline(application_id, created_at);
CREATE INDEX application_timeline_changed_by_idx ON application_timeline(changed_by);

CREATE TABLE application_feedback (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    provided_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    rating         INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    decision       TEXT CHECK (decision IN ('advance','hold','reject')),
    comments       TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX application_feedback_application_idx ON application_feedback(application_id);
CREATE INDEX application_feedback_provided_by_idx ON application_feedback(provided_by);

CREATE TABLE application_notes (
    id             TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    author_id      TEXT REFERENCES users(id) ON DELETE SET NULL,
    note_text      TEXT NOT NULL CHECK (length(trim(note_text)) > 0),
    note_type      TEXT NOT NULL DEFAULT 'general' CHECK (note_type IN ('general','follow_up','red_flag')),
    is_private     INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0,1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX application_notes_application_idx ON application_notes(application_id, created_at);
CREATE INDEX application_notes_author_idx ON application_notes(author_id);

CREATE TABLE guest_applications (
    id                     TEXT PRIMARY KEY NOT NULL,
    requisition_id         TEXT NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    full_name              TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    email                  TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    phone                  TEXT,
    resume_file_key        TEXT,
    cover_letter           TEXT,
    status                 TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','converted','rejected','spam')),
    converted_candidate_id TEXT REFERENCES candidates(id) ON DELETE SET NULL,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX guest_applications_requisition_idx ON guest_applications(requisition_id);
CREATE INDEX guest_applications_candidate_idx ON guest_applications(converted_candidate_id);

CREATE TABLE action_queue (
    id                     TEXT PRIMARY KEY NOT NULL,
    user_id                TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type                   TEXT NOT NULL CHECK (type IN
                             ('new_matches','chat_followup','no_response','parse_failure','intervention_needed','follow_up_due','new_applicant','stale_candidate')),
    title                  TEXT NOT NULL,
    description            TEXT,
    priority               TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high','medium','low')),
    related_requisition_id TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    related_candidate_id   TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    related_application_id TEXT REFERENCES applications(id) ON DELETE CASCADE,
    is_dismissed           INTEGER NOT NULL DEFAULT 0 CHECK (is_dismissed IN (0,1)),
    dismissed_at           TEXT,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX action_queue_user_idx ON action_queue(user_id, is_dismissed, created_at);
CREATE INDEX action_queue_requisition_idx ON action_queue(related_requisition_id);
CREATE INDEX action_queue_candidate_idx ON action_queue(related_candidate_id);
CREATE INDEX action_queue_application_idx ON action_queue(related_application_id);

CREATE TABLE interviews (
    id                        TEXT PRIMARY KEY NOT NULL,
    application_id            TEXT REFERENCES applications(id) ON DELETE CASCADE,
    candidate_id              TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    requisition_id            TEXT REFERENCES requisitions(id) ON DELETE SET NULL,
    assessment_application_id TEXT REFERENCES assessment_applications(id) ON DELETE SET NULL,
    user_id                   TEXT REFERENCES users(id) ON DELETE CASCADE,
    tracked_job_id            TEXT REFERENCES tracked_jobs(id) ON DELETE CASCADE,
    interviewer_id            TEXT REFERENCES users(id) ON DELETE SET NULL,
    title                     TEXT,
    interview_type            TEXT NOT NULL DEFAULT 'video' CHECK (interview_type IN
                                ('phone','video','onsite','screening','technical','behavioral','cultural','panel','final','hr')),
    interview_mode            TEXT NOT NULL DEFAULT 'video' CHECK (interview_mode IN ('video','phone','in_person','ai')),
    scheduled_at              TEXT NOT NULL,
    duration_minutes          INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 1 AND 1440),
    timezone                  TEXT NOT NULL DEFAULT 'UTC',
    location                  TEXT,
    meeting_link              TEXT,
    meeting_room              TEXT,
    additional_interviewers   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(additional_interviewers)),
    status                    TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','in_progress','completed','cancelled','no_show','rescheduled')),
    outcome                   TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','passed','failed')),
    feedback_given            INTEGER NOT NULL DEFAULT 0 CHECK (feedback_given IN (0,1)),
    started_at                TEXT,
    ended_at                  TEXT,
    actual_duration_minutes   INTEGER CHECK (actual_duration_minutes IS NULL OR actual_duration_minutes >= 0),
    preparation_notes         TEXT,
    question_guide            TEXT,
    meeting_notes             TEXT,
    cancellation_reason       TEXT,
    reminder_sent             INTEGER NOT NULL DEFAULT 0 CHECK (reminder_sent IN (0,1)),
    created_at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    -- Either a recruiting interview (with a candidate) or a seeker's own (with a user).
    CHECK (candidate_id IS NOT NULL OR user_id IS NOT NULL)
);
CREATE INDEX interviews_application_idx ON interviews(application_id);
CREATE INDEX interviews_candidate_idx ON interviews(candidate_id);
CREATE INDEX interviews_requisition_idx ON interviews(requisition_id);
CREATE INDEX interviews_assessment_application_idx ON interviews(assessment_application_id);
CREATE INDEX interviews_user_idx ON interviews(user_id);
CREATE INDEX interviews_tracked_job_idx ON interviews(tracked_job_id);
CREATE INDEX interviews_interviewer_idx ON interviews(interviewer_id, scheduled_at);
CREATE INDEX interviews_scheduled_idx ON interviews(scheduled_at);
CREATE INDEX interviews_outcome_idx ON interviews(outcome);
CREATE INDEX interviews_status_idx ON interviews(status);

CREATE TABLE interview_panelists (
    id           TEXT PRIMARY KEY NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    panel_role   TEXT NOT NULL DEFAULT 'panelist' CHECK (panel_role IN ('lead','panelist','shadow','observer')),
    status       TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','accepted','declined','attended','no_show')),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX interview_panelists_interview_idx ON interview_panelists(interview_id);
CREATE INDEX interview_panelists_user_idx ON interview_panelists(user_id);

CREATE TABLE panel_action_tokens (
    id           TEXT PRIMARY KEY NOT NULL,
    panelist_id  TEXT NOT NULL REFERENCES interview_panelists(id) ON DELETE CASCADE,
    token_hash   TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('accept','decline','submit_feedback','reschedule')),
    expires_at   TEXT NOT NULL,
    used_at      TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX panel_action_tokens_panelist_idx ON panel_action_tokens(panelist_id);
CREATE INDEX panel_action_tokens_token_idx ON panel_action_tokens(token_hash);

CREATE TABLE reschedule_requests (
    id             TEXT PRIMARY KEY NOT NULL,
    interview_id   TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    requested_by   TEXT REFERENCES users(id) ON DELETE SET NULL,
    reason         TEXT,
    proposed_times TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(proposed_times)),
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','declined','cancelled')),
    resolved_at    TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX reschedule_requests_interview_idx ON reschedule_requests(interview_id);
CREATE INDEX reschedule_requests_requested_by_idx ON reschedule_requests(requested_by);

-- Scorecards: seed 000 Feedback, 001 interviewFeedback + panelistFeedback, 004 InterviewFeedback.
-- One interview may have one scorecard per interviewer or panelist (a panel has several).
CREATE TABLE interview_feedback (
    id                      TEXT PRIMARY KEY NOT NULL,
    interview_id            TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    interviewer_id          TEXT REFERENCES users(id) ON DELETE SET NULL,
    panelist_id             TEXT REFERENCES interview_panelists(id) ON DELETE SET NULL,
    overall_rating          REAL CHECK (overall_rating IS NULL OR overall_rating BETWEEN 0 AND 5),
    recommendation          TEXT CHECK (recommendation IN ('strong_hire','hire','maybe','no_hire','strong_no_hire')),
    technical_skills_rating REAL CHECK (technical_skills_rating IS NULL OR technical_skills_rating BETWEEN 0 AND 5),
    communication_rating    REAL CHECK (communication_rating IS NULL OR communication_rating BETWEEN 0 AND 5),
    problem_solving_rating  REAL CHECK (problem_solving_rating IS NULL OR problem_solving_rating BETWEEN 0 AND 5),
    culture_fit_rating      REAL CHECK (culture_fit_rating IS NULL OR culture_fit_rating BETWEEN 0 AND 5),
    skills_evaluated        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(skills_evaluated)),
    strengths               TEXT,
    weaknesses              TEXT,
    detailed_notes          TEXT,
    questions_asked         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions_asked)),
    requires_second_round   INTEGER NOT NULL DEFAULT 0 CHECK (requires_second_round IN (0,1)),
    follow_up_notes         TEXT,
    is_final                INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0,1)),
    submitted_at            TEXT,
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX interview_feedback_interview_idx ON interview_feedback(interview_id);
CREATE INDEX interview_feedback_interviewer_idx ON interview_feedback(interviewer_id);
CREATE INDEX interview_feedback_panelist_idx ON interview_feedback(panelist_id);

-- Job seekers' practice sessions (seed 000 Mock_Interviews, seed 002 MockInterview).
CREATE TABLE mock_interviews (
    id                   TEXT PRIMARY KEY NOT NULL,
    user_id              TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title                TEXT,
    category             TEXT,
    difficulty           TEXT CHECK (difficulty IN ('easy','medium','hard')),
    scheduled_at         TEXT,
    completed_at         TEXT,
    is_completed         INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0,1)),
    overall_score        REAL CHECK (overall_score IS NULL OR overall_score BETWEEN 0 AND 100),
    conversation_history TEXT NOT NULL DEFAULT '{"messages":[]}' CHECK (json_valid(conversation_history)),
    ai_analysis          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ai_analysis)),
    performance_summary  TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX mock_interviews_user_idx ON mock_interviews(user_id, created_at);
CREATE INDEX mock_interviews_completed_idx ON mock_interviews(is_completed);

-- Per-question answers in a real interview (seed 000 Interview_Questions, 001 interviewResponses)
-- or in a mock interview.
CREATE TABLE interview_responses (
    id                TEXT PRIMARY KEY NOT NULL,
    interview_id      TEXT REFERENCES interviews(id) ON DELETE CASCADE,
    mock_interview_id TEXT REFERENCES mock_interviews(id) ON DELETE CASCADE,
    question_id       TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    response_text     TEXT,
    score             REAL CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK ((interview_id IS NULL) <> (mock_interview_id IS NULL))
);
CREATE INDEX interview_responses_interview_idx ON interview_responses(interview_id);
CREATE INDEX interview_responses_mock_idx ON interview_responses(mock_interview_id);
CREATE INDEX interview_responses_question_idx ON interview_responses(question_id);

CREATE TABLE performance_metrics (
    id                TEXT PRIMARY KEY NOT NULL,
    user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    mock_interview_id TEXT REFERENCES mock_interviews(id) ON DELETE SET NULL,
    category          TEXT NOT NULL,
    score             REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    recorded_on       TEXT NOT NULL,
    source            TEXT NOT NULL DEFAULT 'mock_interview' CHECK (source IN ('mock_interview','quiz','interview','self')),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX performance_metrics_user_idx ON performance_metrics(user_id, category, recorded_on);
CREATE INDEX performance_metrics_mock_idx ON performance_metrics(mock_interview_id);
CREATE INDEX application_timeline_from_stage_idx ON application_timeline(from_stage_id);
CREATE INDEX application_timeline_to_stage_idx ON application_timeline(to_stage_id);
