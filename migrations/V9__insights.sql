-- Insights and housekeeping: matching results, analytics, activity and system logs, AI
-- extraction logs, background tasks, gamification, reports, and fraud events.

-- Seed 004 SkillMatch (JD vs CV audit) + seed 001 matchOutcomes (candidate vs job result).
CREATE TABLE match_results (
    id              TEXT PRIMARY KEY NOT NULL,
    user_id         TEXT REFERENCES users(id) ON DELETE SET NULL,
    candidate_id    TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    requisition_id  TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    tracked_job_id  TEXT REFERENCES tracked_jobs(id) ON DELETE CASCADE,
    jd_document_id  TEXT REFERENCES documents(id) ON DELETE SET NULL,
    cv_document_id  TEXT REFERENCES documents(id) ON DELETE SET NULL,
    match_score     INTEGER NOT NULL CHECK (match_score BETWEEN 0 AND 100),
    matched_skills  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(matched_skills)),
    missing_skills  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_skills)),
    extra_skills    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(extra_skills)),
    summary         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
    llm_used        INTEGER NOT NULL DEFAULT 0 CHECK (llm_used IN (0,1)),
    provider        TEXT NOT NULL DEFAULT 'local' CHECK (provider IN ('local','openai','anthropic','ollama','other')),
    outcome         TEXT CHECK (outcome IN ('hired','rejected','withdrawn','pending')),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX match_results_user_idx ON match_results(user_id);
CREATE INDEX match_results_candidate_idx ON match_results(candidate_id);
CREATE INDEX match_results_requisition_idx ON match_results(requisition_id);
CREATE INDEX match_results_tracked_job_idx ON match_results(tracked_job_id);
CREATE INDEX match_results_jd_idx ON match_results(jd_document_id);
CREATE INDEX match_results_cv_idx ON match_results(cv_document_id);

CREATE TABLE bias_detection_logs (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT REFERENCES users(id) ON DELETE SET NULL,
    candidate_id  TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    requisition_id TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    check_type    TEXT NOT NULL CHECK (check_type IN ('job_description_language','screening_decision','interview_feedback','pay_range')),
    finding       TEXT NOT NULL,
    severity      TEXT NOT NULL DEFAULT 'low' CHECK (severity IN ('low','medium','high')),
    details       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX bias_detection_logs_user_idx ON bias_detection_logs(user_id);
CREATE INDEX bias_detection_logs_candidate_idx ON bias_detection_logs(candidate_id);
CREATE INDEX bias_detection_logs_requisition_idx ON bias_detection_logs(requisition_id);

CREATE TABLE diversity_metrics (
    id           TEXT PRIMARY KEY NOT NULL,
    company_id   TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    dimension    TEXT NOT NULL CHECK (dimension IN ('gender','age_band','ethnicity','disability','veteran','location')),
    breakdown    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(breakdown)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (period_end >= period_start)
);
CREATE INDEX diversity_metrics_company_idx ON diversity_metrics(company_id, period_start);

CREATE TABLE algorithm_performance (
    id            TEXT PRIMARY KEY NOT NULL,
    algorithm     TEXT NOT NULL,
    version       TEXT NOT NULL,
    metric        TEXT NOT NULL CHECK (metric IN ('precision','recall','f1','accuracy','hire_rate','latency_ms')),
    value         REAL NOT NULL,
    sample_size   INTEGER NOT NULL DEFAULT 0 CHECK (sample_size >= 0),
    measured_at   TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX algorithm_performance_algorithm_idx ON algorithm_performance(algorithm, measured_at);

CREATE TABLE candidate_success_predictions (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    requisition_id TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    probability    REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
    factors        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(factors)),
    model_version  TEXT NOT NULL DEFAULT 'local-v1',
    predicted_at   TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_success_predictions_candidate_idx ON candidate_success_predictions(candidate_id);
CREATE INDEX candidate_success_predictions_requisition_idx ON candidate_success_predictions(requisition_id);

CREATE TABLE profile_completion_analytics (
    id                 TEXT PRIMARY KEY NOT NULL,
    user_id            TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    completion_percent INTEGER NOT NULL CHECK (completion_percent BETWEEN 0 AND 100),
    missing_sections   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_sections)),
    measured_at        TEXT NOT NULL,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX profile_completion_analytics_user_idx ON profile_completion_analytics(user_id, measured_at);

-- Audit trail and dashboard feed: seed 003 activity_logs + seed 001 userActivityLogs.
CREATE TABLE activity_logs (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT REFERENCES users(id) ON DELETE SET NULL,
    action_type TEXT NOT NULL,
    severity    TEXT NOT NULL DEFAULT 'info' CHECK (severity IN ('info','warn','error','success')),
    entity_type TEXT,
    entity_id   TEXT,
    description TEXT,
    ip_address  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX activity_logs_user_idx ON activity_logs(user_id, created_at);
CREATE INDEX activity_logs_entity_idx ON activity_logs(entity_id);
CREATE INDEX activity_logs_created_idx ON activity_logs(created_at);

-- Seed 001 applicationLogs: the software's own log (named system_logs to avoid confusion with
-- job applications). Device-local.
CREATE TABLE system_logs (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT REFERENCES users(id) ON DELETE SET NULL,
    level      TEXT NOT NULL DEFAULT 'info' CHECK (level IN ('trace','debug','info','warn','error')),
    target     TEXT NOT NULL,
    message    TEXT NOT NULL,
    context    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX system_logs_user_idx ON system_logs(user_id);
CREATE INDEX system_logs_created_idx ON system_logs(created_at, level);

CREATE TABLE system_health_metrics (
    id          TEXT PRIMARY KEY NOT NULL,
    metric      TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT,
    recorded_at TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX system_health_metrics_metric_idx ON system_health_metrics(metric, recorded_at);

CREATE TABLE extraction_logs (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT REFERENCES users(id) ON DELETE SET NULL,
    document_id      TEXT REFERENCES documents(id) ON DELETE SET NULL,
    extraction_type  TEXT NOT NULL CHECK (extraction_type IN ('cv_local','jd_local','cv_llm','jd_llm')),
    input_length     INTEGER NOT NULL DEFAULT 0 CHECK (input_length >= 0),
    output_data      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(output_data)),
    confidence_score REAL CHECK (confidence_score IS NULL OR confidence_score BETWEEN 0 AND 1),
    status           TEXT NOT NULL CHECK (status IN ('success','failed')),
    error_message    TEXT,
    provider         TEXT NOT NULL DEFAULT 'local' CHECK (provider IN ('local','openai','anthropic','ollama','other')),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX extraction_logs_user_idx ON extraction_logs(user_id, created_at);
CREATE INDEX extraction_logs_document_idx ON extraction_logs(document_id);

-- Seed 004 CeleryTask: long-running work (imports, exports, sync) with progress. Device-local.
CREATE TABLE background_tasks (
    id           TEXT PRIMARY KEY NOT NULL,
    task_name    TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','running','succeeded','failed','cancelled')),
    progress     REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    result       TEXT CHECK (result IS NULL OR json_valid(result)),
    error        TEXT,
    related_type TEXT,
    related_id   TEXT,
    user_id      TEXT REFERENCES users(id) ON DELETE SET NULL,
    started_at   TEXT,
    finished_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX background_tasks_status_idx ON background_tasks(status, created_at);
CREATE INDEX background_tasks_user_idx ON background_tasks(user_id);

CREATE TABLE badges (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    icon        TEXT,
    criteria    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(criteria)),
    points      INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX badges_code_idx ON badges(code);

CREATE TABLE user_badges (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    badge_id   TEXT NOT NULL REFERENCES badges(id) ON DELETE CASCADE,
    earned_at  TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX user_badges_user_idx ON user_badges(user_id);
CREATE INDEX user_badges_badge_idx ON user_badges(badge_id);

CREATE TABLE user_points (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    points      INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    awarded_at  TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX user_points_user_idx ON user_points(user_id, awarded_at);

CREATE TABLE profile_reminders (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    section      TEXT NOT NULL,
    message      TEXT NOT NULL,
    remind_at    TEXT NOT NULL,
    is_dismissed INTEGER NOT NULL DEFAULT 0 CHECK (is_dismissed IN (0,1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX profile_reminders_user_idx ON profile_reminders(user_id, remind_at);

CREATE TABLE custom_reports (
    id          TEXT PRIMARY KEY NOT NULL,
    company_id  TEXT REFERENCES companies(id) ON DELETE CASCADE,
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    report_type TEXT NOT NULL CHECK (report_type IN ('pipeline','time_to_hire','source_effectiveness','recruiter_activity','offer_acceptance','diversity','job_search_funnel','custom')),
    definition  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX custom_reports_company_idx ON custom_reports(company_id);
CREATE INDEX custom_reports_created_by_idx ON custom_reports(created_by);

CREATE TABLE report_schedules (
    id          TEXT PRIMARY KEY NOT NULL,
    report_id   TEXT NOT NULL REFERENCES custom_reports(id) ON DELETE CASCADE,
    frequency   TEXT NOT NULL CHECK (frequency IN ('daily','weekly','monthly','quarterly')),
    format      TEXT NOT NULL DEFAULT 'csv' CHECK (format IN ('csv','json','pdf')),
    recipients  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recipients)),
    next_run_at TEXT,
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX report_schedules_report_idx ON report_schedules(report_id);

CREATE TABLE report_executions (
    id           TEXT PRIMARY KEY NOT NULL,
    report_id    TEXT NOT NULL REFERENCES custom_reports(id) ON DELETE CASCADE,
    schedule_id  TEXT REFERENCES report_schedules(id) ON DELETE SET NULL,
    status       TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','cancelled')),
    row_count    INTEGER CHECK (row_count IS NULL OR row_count >= 0),
    output_file_key TEXT,
    error        TEXT,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX report_executions_report_idx ON report_executions(report_id, started_at);
CREATE INDEX report_executions_schedule_idx ON report_executions(schedule_id);

CREATE TABLE fraud_detection_events (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT REFERENCES users(id) ON DELETE SET NULL,
    candidate_id TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    event_type   TEXT NOT NULL CHECK (event_type IN ('duplicate_identity','fake_credentials','suspicious_login','resume_plagiarism','proxy_interview','other')),
    risk_score   INTEGER NOT NULL CHECK (risk_score BETWEEN 0 AND 100),
    details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','investigating','confirmed','dismissed')),
    detected_at  TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX fraud_detection_events_user_idx ON fraud_detection_events(user_id);
CREATE INDEX fraud_detection_events_candidate_idx ON fraud_detection_events(candidate_id);
