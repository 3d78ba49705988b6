-- Job search workspace (issue 4): when the person last followed up on a tracked job (follow-ups
-- fall due again from there), a free-text resume version on applications for resumes kept
-- outside the app, an interview's outcome notes, and a device-local full-text index of tracked
-- jobs for the jobs table's search.

ALTER TABLE tracked_jobs ADD COLUMN last_follow_up_at TEXT;
CREATE INDEX tracked_jobs_follow_up_idx ON tracked_jobs(status, last_follow_up_at);

ALTER TABLE applications ADD COLUMN resume_label TEXT;

ALTER TABLE interviews ADD COLUMN outcome_notes TEXT;

-- Full-text index of tracked jobs (device-local: never synced, rebuilt from tracked_jobs by the
-- triggers below, which also fire for rows that sync applies). A standalone FTS5 table keyed by
-- the job id, not an external-content one: tracked_jobs has no INTEGER PRIMARY KEY, so its rowids
-- may change on VACUUM.
CREATE VIRTUAL TABLE tracked_jobs_fts USING fts5(
    job_id UNINDEXED, title, company, location, description, notes, source,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO tracked_jobs_fts (job_id, title, company, location, description, notes, source)
    SELECT id, title, company, location, description, notes, source FROM tracked_jobs;

CREATE TRIGGER tracked_jobs_fts_insert AFTER INSERT ON tracked_jobs BEGIN
    INSERT INTO tracked_jobs_fts (job_id, title, company, location, description, notes, source)
        VALUES (NEW.id, NEW.title, NEW.company, NEW.location, NEW.description, NEW.notes, NEW.source);
END;
CREATE TRIGGER tracked_jobs_fts_delete AFTER DELETE ON tracked_jobs BEGIN
    DELETE FROM tracked_jobs_fts WHERE job_id = OLD.id;
END;
CREATE TRIGGER tracked_jobs_fts_update
AFTER UPDATE OF title, company, location, description, notes, source ON tracked_jobs BEGIN
    DELETE FROM tracked_jobs_fts WHERE job_id = OLD.id;
    INSERT INTO tracked_jobs_fts (job_id, title, company, location, description, notes, source)
        VALUES (NEW.id, NEW.title, NEW.company, NEW.location, NEW.description, NEW.notes, NEW.source);
END;

-- GENERATED sync capture triggers (crates/sync/src/triggers.rs): do not edit below this line.
-- Regenerate: UPDATE_SYNC_SQL=1 cargo test -p talentdesk-sync --lib triggers

-- tracked_jobs
DROP TRIGGER IF EXISTS sync_tracked_jobs_ins;
DROP TRIGGER IF EXISTS sync_tracked_jobs_upd;
DROP TRIGGER IF EXISTS sync_tracked_jobs_rekey;
DROP TRIGGER IF EXISTS sync_tracked_jobs_del;
CREATE TRIGGER sync_tracked_jobs_ins AFTER INSERT ON "tracked_jobs"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'tracked_jobs' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('tracked_jobs', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."user_id",
        NEW."external_posting_id",
        NEW."title",
        NEW."company",
        NEW."location",
        NEW."work_mode",
        NEW."job_type",
        NEW."status",
        NEW."salary_min_minor",
        NEW."salary_max_minor",
        NEW."currency",
        NEW."posting_url",
        NEW."description",
        NEW."notes",
        NEW."contacts",
        NEW."source",
        NEW."match_score",
        NEW."ai_analysis",
        NEW."position",
        NEW."posted_at",
        NEW."applied_at",
        NEW."deadline_at",
        NEW."created_at",
        NEW."updated_at",
        NEW."last_follow_up_at"));
END;
CREATE TRIGGER sync_tracked_jobs_upd AFTER UPDATE ON "tracked_jobs"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'tracked_jobs' AND pk = NEW."id")
  AND (OLD."user_id" IS NOT NEW."user_id"
    OR OLD."external_posting_id" IS NOT NEW."external_posting_id"
    OR OLD."title" IS NOT NEW."title"
    OR OLD."company" IS NOT NEW."company"
    OR OLD."location" IS NOT NEW."location"
    OR OLD."work_mode" IS NOT NEW."work_mode"
    OR OLD."job_type" IS NOT NEW."job_type"
    OR OLD."status" IS NOT NEW."status"
    OR OLD."salary_min_minor" IS NOT NEW."salary_min_minor"
    OR OLD."salary_max_minor" IS NOT NEW."salary_max_minor"
    OR OLD."currency" IS NOT NEW."currency"
    OR OLD."posting_url" IS NOT NEW."posting_url"
    OR OLD."description" IS NOT NEW."description"
    OR OLD."notes" IS NOT NEW."notes"
    OR OLD."contacts" IS NOT NEW."contacts"
    OR OLD."source" IS NOT NEW."source"
    OR OLD."match_score" IS NOT NEW."match_score"
    OR OLD."ai_analysis" IS NOT NEW."ai_analysis"
    OR OLD."position" IS NOT NEW."position"
    OR OLD."posted_at" IS NOT NEW."posted_at"
    OR OLD."applied_at" IS NOT NEW."applied_at"
    OR OLD."deadline_at" IS NOT NEW."deadline_at"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."last_follow_up_at" IS NOT NEW."last_follow_up_at")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('tracked_jobs', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."user_id" IS NOT NEW."user_id" THEN '"user_id":' || json_quote(NEW."user_id") END,
        CASE WHEN OLD."external_posting_id" IS NOT NEW."external_posting_id" THEN '"external_posting_id":' || json_quote(NEW."external_posting_id") END,
        CASE WHEN OLD."title" IS NOT NEW."title" THEN '"title":' || json_quote(NEW."title") END,
        CASE WHEN OLD."company" IS NOT NEW."company" THEN '"company":' || json_quote(NEW."company") END,
        CASE WHEN OLD."location" IS NOT NEW."location" THEN '"location":' || json_quote(NEW."location") END,
        CASE WHEN OLD."work_mode" IS NOT NEW."work_mode" THEN '"work_mode":' || json_quote(NEW."work_mode") END,
        CASE WHEN OLD."job_type" IS NOT NEW."job_type" THEN '"job_type":' || json_quote(NEW."job_type") END,
        CASE WHEN OLD."status" IS NOT NEW."status" THEN '"status":' || json_quote(NEW."status") END,
        CASE WHEN OLD."salary_min_minor" IS NOT NEW."salary_min_minor" THEN '"salary_min_minor":' || json_quote(NEW."salary_min_minor") END,
        CASE WHEN OLD."salary_max_minor" IS NOT NEW."salary_max_minor" THEN '"salary_max_minor":' || json_quote(NEW."salary_max_minor") END,
        CASE WHEN OLD."currency" IS NOT NEW."currency" THEN '"currency":' || json_quote(NEW."currency") END,
        CASE WHEN OLD."posting_url" IS NOT NEW."posting_url" THEN '"posting_url":' || json_quote(NEW."posting_url") END,
        CASE WHEN OLD."description" IS NOT NEW."description" THEN '"description":' || json_quote(NEW."description") END,
        CASE WHEN OLD."notes" IS NOT NEW."notes" THEN '"notes":' || json_quote(NEW."notes") END,
        CASE WHEN OLD."contacts" IS NOT NEW."contacts" THEN '"contacts":' || json_quote(NEW."contacts") END,
        CASE WHEN OLD."source" IS NOT NEW."source" THEN '"source":' || json_quote(NEW."source") END,
        CASE WHEN OLD."match_score" IS NOT NEW."match_score" THEN '"match_score":' || json_quote(NEW."match_score") END,
        CASE WHEN OLD."ai_analysis" IS NOT NEW."ai_analysis" THEN '"ai_analysis":' || json_quote(NEW."ai_analysis") END,
        CASE WHEN OLD."position" IS NOT NEW."position" THEN '"position":' || json_quote(NEW."position") END,
        CASE WHEN OLD."posted_at" IS NOT NEW."posted_at" THEN '"posted_at":' || json_quote(NEW."posted_at") END,
        CASE WHEN OLD."applied_at" IS NOT NEW."applied_at" THEN '"applied_at":' || json_quote(NEW."applied_at") END,
        CASE WHEN OLD."deadline_at" IS NOT NEW."deadline_at" THEN '"deadline_at":' || json_quote(NEW."deadline_at") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."last_follow_up_at" IS NOT NEW."last_follow_up_at" THEN '"last_follow_up_at":' || json_quote(NEW."last_follow_up_at") END) || '}');
END;
CREATE TRIGGER sync_tracked_jobs_rekey AFTER UPDATE OF "id" ON "tracked_jobs"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'tracked_jobs' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('tracked_jobs', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."user_id",
        OLD."external_posting_id",
        OLD."title",
        OLD."company",
        OLD."location",
        OLD."work_mode",
        OLD."job_type",
        OLD."status",
        OLD."salary_min_minor",
        OLD."salary_max_minor",
        OLD."currency",
        OLD."posting_url",
        OLD."description",
        OLD."notes",
        OLD."contacts",
        OLD."source",
        OLD."match_score",
        OLD."ai_analysis",
        OLD."position",
        OLD."posted_at",
        OLD."applied_at",
        OLD."deadline_at",
        OLD."created_at",
        OLD."updated_at",
        OLD."last_follow_up_at"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('tracked_jobs', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."user_id",
        NEW."external_posting_id",
        NEW."title",
        NEW."company",
        NEW."location",
        NEW."work_mode",
        NEW."job_type",
        NEW."status",
        NEW."salary_min_minor",
        NEW."salary_max_minor",
        NEW."currency",
        NEW."posting_url",
        NEW."description",
        NEW."notes",
        NEW."contacts",
        NEW."source",
        NEW."match_score",
        NEW."ai_analysis",
        NEW."position",
        NEW."posted_at",
        NEW."applied_at",
        NEW."deadline_at",
        NEW."created_at",
        NEW."updated_at",
        NEW."last_follow_up_at"));
END;
CREATE TRIGGER sync_tracked_jobs_del AFTER DELETE ON "tracked_jobs"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'tracked_jobs' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('tracked_jobs', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."user_id",
        OLD."external_posting_id",
        OLD."title",
        OLD."company",
        OLD."location",
        OLD."work_mode",
        OLD."job_type",
        OLD."status",
        OLD."salary_min_minor",
        OLD."salary_max_minor",
        OLD."currency",
        OLD."posting_url",
        OLD."description",
        OLD."notes",
        OLD."contacts",
        OLD."source",
        OLD."match_score",
        OLD."ai_analysis",
        OLD."position",
        OLD."posted_at",
        OLD."applied_at",
        OLD."deadline_at",
        OLD."created_at",
        OLD."updated_at",
        OLD."last_follow_up_at"));
END;

-- applications
DROP TRIGGER IF EXISTS sync_applications_ins;
DROP TRIGGER IF EXISTS sync_applications_upd;
DROP TRIGGER IF EXISTS sync_applications_rekey;
DROP TRIGGER IF EXISTS sync_applications_del;
CREATE TRIGGER sync_applications_ins AFTER INSERT ON "applications"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'applications' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('applications', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."requisition_id",
        NEW."tracked_job_id",
        NEW."candidate_id",
        NEW."user_id",
        NEW."recruiter_id",
        NEW."resume_id",
        NEW."stage_id",
        NEW."status",
        NEW."method",
        NEW."source",
        NEW."applied_at",
        NEW."is_active",
        NEW."match_score",
        NEW."ai_custom_summary",
        NEW."automation_status",
        NEW."is_recruiter_approved",
        NEW."follow_up_status",
        NEW."next_follow_up_date",
        NEW."follow_up_remarks",
        NEW."rejection_reason",
        NEW."position",
        NEW."created_at",
        NEW."updated_at",
        NEW."resume_label"));
END;
CREATE TRIGGER sync_applications_upd AFTER UPDATE ON "applications"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'applications' AND pk = NEW."id")
  AND (OLD."requisition_id" IS NOT NEW."requisition_id"
    OR OLD."tracked_job_id" IS NOT NEW."tracked_job_id"
    OR OLD."candidate_id" IS NOT NEW."candidate_id"
    OR OLD."user_id" IS NOT NEW."user_id"
    OR OLD."recruiter_id" IS NOT NEW."recruiter_id"
    OR OLD."resume_id" IS NOT NEW."resume_id"
    OR OLD."stage_id" IS NOT NEW."stage_id"
    OR OLD."status" IS NOT NEW."status"
    OR OLD."method" IS NOT NEW."method"
    OR OLD."source" IS NOT NEW."source"
    OR OLD."applied_at" IS NOT NEW."applied_at"
    OR OLD."is_active" IS NOT NEW."is_active"
    OR OLD."match_score" IS NOT NEW."match_score"
    OR OLD."ai_custom_summary" IS NOT NEW."ai_custom_summary"
    OR OLD."automation_status" IS NOT NEW."automation_status"
    OR OLD."is_recruiter_approved" IS NOT NEW."is_recruiter_approved"
    OR OLD."follow_up_status" IS NOT NEW."follow_up_status"
    OR OLD."next_follow_up_date" IS NOT NEW."next_follow_up_date"
    OR OLD."follow_up_remarks" IS NOT NEW."follow_up_remarks"
    OR OLD."rejection_reason" IS NOT NEW."rejection_reason"
    OR OLD."position" IS NOT NEW."position"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."resume_label" IS NOT NEW."resume_label")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('applications', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."requisition_id" IS NOT NEW."requisition_id" THEN '"requisition_id":' || json_quote(NEW."requisition_id") END,
        CASE WHEN OLD."tracked_job_id" IS NOT NEW."tracked_job_id" THEN '"tracked_job_id":' || json_quote(NEW."tracked_job_id") END,
        CASE WHEN OLD."candidate_id" IS NOT NEW."candidate_id" THEN '"candidate_id":' || json_quote(NEW."candidate_id") END,
        CASE WHEN OLD."user_id" IS NOT NEW."user_id" THEN '"user_id":' || json_quote(NEW."user_id") END,
        CASE WHEN OLD."recruiter_id" IS NOT NEW."recruiter_id" THEN '"recruiter_id":' || json_quote(NEW."recruiter_id") END,
        CASE WHEN OLD."resume_id" IS NOT NEW."resume_id" THEN '"resume_id":' || json_quote(NEW."resume_id") END,
        CASE WHEN OLD."stage_id" IS NOT NEW."stage_id" THEN '"stage_id":' || json_quote(NEW."stage_id") END,
        CASE WHEN OLD."status" IS NOT NEW."status" THEN '"status":' || json_quote(NEW."status") END,
        CASE WHEN OLD."method" IS NOT NEW."method" THEN '"method":' || json_quote(NEW."method") END,
        CASE WHEN OLD."source" IS NOT NEW."source" THEN '"source":' || json_quote(NEW."source") END,
        CASE WHEN OLD."applied_at" IS NOT NEW."applied_at" THEN '"applied_at":' || json_quote(NEW."applied_at") END,
        CASE WHEN OLD."is_active" IS NOT NEW."is_active" THEN '"is_active":' || json_quote(NEW."is_active") END,
        CASE WHEN OLD."match_score" IS NOT NEW."match_score" THEN '"match_score":' || json_quote(NEW."match_score") END,
        CASE WHEN OLD."ai_custom_summary" IS NOT NEW."ai_custom_summary" THEN '"ai_custom_summary":' || json_quote(NEW."ai_custom_summary") END,
        CASE WHEN OLD."automation_status" IS NOT NEW."automation_status" THEN '"automation_status":' || json_quote(NEW."automation_status") END,
        CASE WHEN OLD."is_recruiter_approved" IS NOT NEW."is_recruiter_approved" THEN '"is_recruiter_approved":' || json_quote(NEW."is_recruiter_approved") END,
        CASE WHEN OLD."follow_up_status" IS NOT NEW."follow_up_status" THEN '"follow_up_status":' || json_quote(NEW."follow_up_status") END,
        CASE WHEN OLD."next_follow_up_date" IS NOT NEW."next_follow_up_date" THEN '"next_follow_up_date":' || json_quote(NEW."next_follow_up_date") END,
        CASE WHEN OLD."follow_up_remarks" IS NOT NEW."follow_up_remarks" THEN '"follow_up_remarks":' || json_quote(NEW."follow_up_remarks") END,
        CASE WHEN OLD."rejection_reason" IS NOT NEW."rejection_reason" THEN '"rejection_reason":' || json_quote(NEW."rejection_reason") END,
        CASE WHEN OLD."position" IS NOT NEW."position" THEN '"position":' || json_quote(NEW."position") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."resume_label" IS NOT NEW."resume_label" THEN '"resume_label":' || json_quote(NEW."resume_label") END) || '}');
END;
CREATE TRIGGER sync_applications_rekey AFTER UPDATE OF "id" ON "applications"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'applications' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('applications', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."requisition_id",
        OLD."tracked_job_id",
        OLD."candidate_id",
        OLD."user_id",
        OLD."recruiter_id",
        OLD."resume_id",
        OLD."stage_id",
        OLD."status",
        OLD."method",
        OLD."source",
        OLD."applied_at",
        OLD."is_active",
        OLD."match_score",
        OLD."ai_custom_summary",
        OLD."automation_status",
        OLD."is_recruiter_approved",
        OLD."follow_up_status",
        OLD."next_follow_up_date",
        OLD."follow_up_remarks",
        OLD."rejection_reason",
        OLD."position",
        OLD."created_at",
        OLD."updated_at",
        OLD."resume_label"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('applications', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."requisition_id",
        NEW."tracked_job_id",
        NEW."candidate_id",
        NEW."user_id",
        NEW."recruiter_id",
        NEW."resume_id",
        NEW."stage_id",
        NEW."status",
        NEW."method",
        NEW."source",
        NEW."applied_at",
        NEW."is_active",
        NEW."match_score",
        NEW."ai_custom_summary",
        NEW."automation_status",
        NEW."is_recruiter_approved",
        NEW."follow_up_status",
        NEW."next_follow_up_date",
        NEW."follow_up_remarks",
        NEW."rejection_reason",
        NEW."position",
        NEW."created_at",
        NEW."updated_at",
        NEW."resume_label"));
END;
CREATE TRIGGER sync_applications_del AFTER DELETE ON "applications"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'applications' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('applications', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."requisition_id",
        OLD."tracked_job_id",
        OLD."candidate_id",
        OLD."user_id",
        OLD."recruiter_id",
        OLD."resume_id",
        OLD."stage_id",
        OLD."status",
        OLD."method",
        OLD."source",
        OLD."applied_at",
        OLD."is_active",
        OLD."match_score",
        OLD."ai_custom_summary",
        OLD."automation_status",
        OLD."is_recruiter_approved",
        OLD."follow_up_status",
        OLD."next_follow_up_date",
        OLD."follow_up_remarks",
        OLD."rejection_reason",
        OLD."position",
        OLD."created_at",
        OLD."updated_at",
        OLD."resume_label"));
END;

-- interviews
DROP TRIGGER IF EXISTS sync_interviews_ins;
DROP TRIGGER IF EXISTS sync_interviews_upd;
DROP TRIGGER IF EXISTS sync_interviews_rekey;
DROP TRIGGER IF EXISTS sync_interviews_del;
CREATE TRIGGER sync_interviews_ins AFTER INSERT ON "interviews"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'interviews' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('interviews', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."application_id",
        NEW."candidate_id",
        NEW."requisition_id",
        NEW."assessment_application_id",
        NEW."user_id",
        NEW."tracked_job_id",
        NEW."interviewer_id",
        NEW."title",
        NEW."interview_type",
        NEW."interview_mode",
        NEW."scheduled_at",
        NEW."duration_minutes",
        NEW."timezone",
        NEW."location",
        NEW."meeting_link",
        NEW."meeting_room",
        NEW."additional_interviewers",
        NEW."status",
        NEW."outcome",
        NEW."feedback_given",
        NEW."started_at",
        NEW."ended_at",
        NEW."actual_duration_minutes",
        NEW."preparation_notes",
        NEW."question_guide",
        NEW."meeting_notes",
        NEW."cancellation_reason",
        NEW."reminder_sent",
        NEW."created_at",
        NEW."updated_at",
        NEW."outcome_notes"));
END;
CREATE TRIGGER sync_interviews_upd AFTER UPDATE ON "interviews"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'interviews' AND pk = NEW."id")
  AND (OLD."application_id" IS NOT NEW."application_id"
    OR OLD."candidate_id" IS NOT NEW."candidate_id"
    OR OLD."requisition_id" IS NOT NEW."requisition_id"
    OR OLD."assessment_application_id" IS NOT NEW."assessment_application_id"
    OR OLD."user_id" IS NOT NEW."user_id"
    OR OLD."tracked_job_id" IS NOT NEW."tracked_job_id"
    OR OLD."interviewer_id" IS NOT NEW."interviewer_id"
    OR OLD."title" IS NOT NEW."title"
    OR OLD."interview_type" IS NOT NEW."interview_type"
    OR OLD."interview_mode" IS NOT NEW."interview_mode"
    OR OLD."scheduled_at" IS NOT NEW."scheduled_at"
    OR OLD."duration_minutes" IS NOT NEW."duration_minutes"
    OR OLD."timezone" IS NOT NEW."timezone"
    OR OLD."location" IS NOT NEW."location"
    OR OLD."meeting_link" IS NOT NEW."meeting_link"
    OR OLD."meeting_room" IS NOT NEW."meeting_room"
    OR OLD."additional_interviewers" IS NOT NEW."additional_interviewers"
    OR OLD."status" IS NOT NEW."status"
    OR OLD."outcome" IS NOT NEW."outcome"
    OR OLD."feedback_given" IS NOT NEW."feedback_given"
    OR OLD."started_at" IS NOT NEW."started_at"
    OR OLD."ended_at" IS NOT NEW."ended_at"
    OR OLD."actual_duration_minutes" IS NOT NEW."actual_duration_minutes"
    OR OLD."preparation_notes" IS NOT NEW."preparation_notes"
    OR OLD."question_guide" IS NOT NEW."question_guide"
    OR OLD."meeting_notes" IS NOT NEW."meeting_notes"
    OR OLD."cancellation_reason" IS NOT NEW."cancellation_reason"
    OR OLD."reminder_sent" IS NOT NEW."reminder_sent"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."outcome_notes" IS NOT NEW."outcome_notes")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('interviews', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."application_id" IS NOT NEW."application_id" THEN '"application_id":' || json_quote(NEW."application_id") END,
        CASE WHEN OLD."candidate_id" IS NOT NEW."candidate_id" THEN '"candidate_id":' || json_quote(NEW."candidate_id") END,
        CASE WHEN OLD."requisition_id" IS NOT NEW."requisition_id" THEN '"requisition_id":' || json_quote(NEW."requisition_id") END,
        CASE WHEN OLD."assessment_application_id" IS NOT NEW."assessment_application_id" THEN '"assessment_application_id":' || json_quote(NEW."assessment_application_id") END,
        CASE WHEN OLD."user_id" IS NOT NEW."user_id" THEN '"user_id":' || json_quote(NEW."user_id") END,
        CASE WHEN OLD."tracked_job_id" IS NOT NEW."tracked_job_id" THEN '"tracked_job_id":' || json_quote(NEW."tracked_job_id") END,
        CASE WHEN OLD."interviewer_id" IS NOT NEW."interviewer_id" THEN '"interviewer_id":' || json_quote(NEW."interviewer_id") END,
        CASE WHEN OLD."title" IS NOT NEW."title" THEN '"title":' || json_quote(NEW."title") END,
        CASE WHEN OLD."interview_type" IS NOT NEW."interview_type" THEN '"interview_type":' || json_quote(NEW."interview_type") END,
        CASE WHEN OLD."interview_mode" IS NOT NEW."interview_mode" THEN '"interview_mode":' || json_quote(NEW."interview_mode") END,
        CASE WHEN OLD."scheduled_at" IS NOT NEW."scheduled_at" THEN '"scheduled_at":' || json_quote(NEW."scheduled_at") END,
        CASE WHEN OLD."duration_minutes" IS NOT NEW."duration_minutes" THEN '"duration_minutes":' || json_quote(NEW."duration_minutes") END,
        CASE WHEN OLD."timezone" IS NOT NEW."timezone" THEN '"timezone":' || json_quote(NEW."timezone") END,
        CASE WHEN OLD."location" IS NOT NEW."location" THEN '"location":' || json_quote(NEW."location") END,
        CASE WHEN OLD."meeting_link" IS NOT NEW."meeting_link" THEN '"meeting_link":' || json_quote(NEW."meeting_link") END,
        CASE WHEN OLD."meeting_room" IS NOT NEW."meeting_room" THEN '"meeting_room":' || json_quote(NEW."meeting_room") END,
        CASE WHEN OLD."additional_interviewers" IS NOT NEW."additional_interviewers" THEN '"additional_interviewers":' || json_quote(NEW."additional_interviewers") END,
        CASE WHEN OLD."status" IS NOT NEW."status" THEN '"status":' || json_quote(NEW."status") END,
        CASE WHEN OLD."outcome" IS NOT NEW."outcome" THEN '"outcome":' || json_quote(NEW."outcome") END,
        CASE WHEN OLD."feedback_given" IS NOT NEW."feedback_given" THEN '"feedback_given":' || json_quote(NEW."feedback_given") END,
        CASE WHEN OLD."started_at" IS NOT NEW."started_at" THEN '"started_at":' || json_quote(NEW."started_at") END,
        CASE WHEN OLD."ended_at" IS NOT NEW."ended_at" THEN '"ended_at":' || json_quote(NEW."ended_at") END,
        CASE WHEN OLD."actual_duration_minutes" IS NOT NEW."actual_duration_minutes" THEN '"actual_duration_minutes":' || json_quote(NEW."actual_duration_minutes") END,
        CASE WHEN OLD."preparation_notes" IS NOT NEW."preparation_notes" THEN '"preparation_notes":' || json_quote(NEW."preparation_notes") END,
        CASE WHEN OLD."question_guide" IS NOT NEW."question_guide" THEN '"question_guide":' || json_quote(NEW."question_guide") END,
        CASE WHEN OLD."meeting_notes" IS NOT NEW."meeting_notes" THEN '"meeting_notes":' || json_quote(NEW."meeting_notes") END,
        CASE WHEN OLD."cancellation_reason" IS NOT NEW."cancellation_reason" THEN '"cancellation_reason":' || json_quote(NEW."cancellation_reason") END,
        CASE WHEN OLD."reminder_sent" IS NOT NEW."reminder_sent" THEN '"reminder_sent":' || json_quote(NEW."reminder_sent") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."outcome_notes" IS NOT NEW."outcome_notes" THEN '"outcome_notes":' || json_quote(NEW."outcome_notes") END) || '}');
END;
CREATE TRIGGER sync_interviews_rekey AFTER UPDATE OF "id" ON "interviews"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'interviews' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('interviews', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."application_id",
        OLD."candidate_id",
        OLD."requisition_id",
        OLD."assessment_application_id",
        OLD."user_id",
        OLD."tracked_job_id",
        OLD."interviewer_id",
        OLD."title",
        OLD."interview_type",
        OLD."interview_mode",
        OLD."scheduled_at",
        OLD."duration_minutes",
        OLD."timezone",
        OLD."location",
        OLD."meeting_link",
        OLD."meeting_room",
        OLD."additional_interviewers",
        OLD."status",
        OLD."outcome",
        OLD."feedback_given",
        OLD."started_at",
        OLD."ended_at",
        OLD."actual_duration_minutes",
        OLD."preparation_notes",
        OLD."question_guide",
        OLD."meeting_notes",
        OLD."cancellation_reason",
        OLD."reminder_sent",
        OLD."created_at",
        OLD."updated_at",
        OLD."outcome_notes"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('interviews', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."application_id",
        NEW."candidate_id",
        NEW."requisition_id",
        NEW."assessment_application_id",
        NEW."user_id",
        NEW."tracked_job_id",
        NEW."interviewer_id",
        NEW."title",
        NEW."interview_type",
        NEW."interview_mode",
        NEW."scheduled_at",
        NEW."duration_minutes",
        NEW."timezone",
        NEW."location",
        NEW."meeting_link",
        NEW."meeting_room",
        NEW."additional_interviewers",
        NEW."status",
        NEW."outcome",
        NEW."feedback_given",
        NEW."started_at",
        NEW."ended_at",
        NEW."actual_duration_minutes",
        NEW."preparation_notes",
        NEW."question_guide",
        NEW."meeting_notes",
        NEW."cancellation_reason",
        NEW."reminder_sent",
        NEW."created_at",
        NEW."updated_at",
        NEW."outcome_notes"));
END;
CREATE TRIGGER sync_interviews_del AFTER DELETE ON "interviews"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'interviews' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('interviews', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."application_id",
        OLD."candidate_id",
        OLD."requisition_id",
        OLD."assessment_application_id",
        OLD."user_id",
        OLD."tracked_job_id",
        OLD."interviewer_id",
        OLD."title",
        OLD."interview_type",
        OLD."interview_mode",
        OLD."scheduled_at",
        OLD."duration_minutes",
        OLD."timezone",
        OLD."location",
        OLD."meeting_link",
        OLD."meeting_room",
        OLD."additional_interviewers",
        OLD."status",
        OLD."outcome",
        OLD."feedback_given",
        OLD."started_at",
        OLD."ended_at",
        OLD."actual_duration_minutes",
        OLD."preparation_notes",
        OLD."question_guide",
        OLD."meeting_notes",
        OLD."cancellation_reason",
        OLD."reminder_sent",
        OLD."created_at",
        OLD."updated_at",
        OLD."outcome_notes"));
END;
