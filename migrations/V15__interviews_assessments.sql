-- Interviews and assessments (issue 5, items 6 and 7).
-- An interview's invitation (.ics) keeps one UID for its whole life; every reschedule or
-- cancellation increments its SEQUENCE so calendars replace the earlier copy.
ALTER TABLE interviews ADD COLUMN ics_sequence INTEGER NOT NULL DEFAULT 0 CHECK (ics_sequence >= 0);

-- An assessment invitation is sent to a candidate (not only an email address) and, once its
-- single-use token is redeemed, points at the attempt it started.
ALTER TABLE assessment_invitations ADD COLUMN candidate_id TEXT REFERENCES candidates(id) ON DELETE CASCADE;
ALTER TABLE assessment_invitations ADD COLUMN attempt_id TEXT REFERENCES assessment_attempts(id) ON DELETE SET NULL;
CREATE INDEX assessment_invitations_candidate_idx ON assessment_invitations(candidate_id);
CREATE INDEX assessment_invitations_attempt_idx ON assessment_invitations(attempt_id);

-- When a timed attempt ends (started_at + the assessment's duration, fixed at the start so a
-- later change of the assessment does not move a running test), and whether it was submitted by
-- the candidate or automatically at that time.
ALTER TABLE assessment_attempts ADD COLUMN deadline_at TEXT;
ALTER TABLE assessment_attempts ADD COLUMN auto_submitted INTEGER NOT NULL DEFAULT 0 CHECK (auto_submitted IN (0,1));

-- Recruiter scoring of free-text and coding answers: who scored it and when (multiple-choice
-- answers are scored automatically and leave these empty).
ALTER TABLE assessment_answers ADD COLUMN scored_by TEXT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE assessment_answers ADD COLUMN scored_at TEXT;
CREATE INDEX assessment_answers_scored_by_idx ON assessment_answers(scored_by);

-- GENERATED sync capture triggers (crates/sync/src/triggers.rs): do not edit below this line.
-- Regenerate: UPDATE_SYNC_SQL=1 cargo test -p talentdesk-sync --lib triggers

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
        NEW."outcome_notes",
        NEW."ics_sequence"));
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
    OR OLD."outcome_notes" IS NOT NEW."outcome_notes"
    OR OLD."ics_sequence" IS NOT NEW."ics_sequence")
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
        CASE WHEN OLD."outcome_notes" IS NOT NEW."outcome_notes" THEN '"outcome_notes":' || json_quote(NEW."outcome_notes") END,
        CASE WHEN OLD."ics_sequence" IS NOT NEW."ics_sequence" THEN '"ics_sequence":' || json_quote(NEW."ics_sequence") END) || '}');
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
        OLD."outcome_notes",
        OLD."ics_sequence"));
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
        NEW."outcome_notes",
        NEW."ics_sequence"));
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
        OLD."outcome_notes",
        OLD."ics_sequence"));
END;

-- assessment_attempts
DROP TRIGGER IF EXISTS sync_assessment_attempts_ins;
DROP TRIGGER IF EXISTS sync_assessment_attempts_upd;
DROP TRIGGER IF EXISTS sync_assessment_attempts_rekey;
DROP TRIGGER IF EXISTS sync_assessment_attempts_del;
CREATE TRIGGER sync_assessment_attempts_ins AFTER INSERT ON "assessment_attempts"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_attempts' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_attempts', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."assessment_id",
        NEW."question_set_id",
        NEW."jd_id",
        NEW."candidate_id",
        NEW."user_id",
        NEW."candidate_name",
        NEW."candidate_email",
        NEW."attempt_type",
        NEW."started_at",
        NEW."completed_at",
        NEW."duration_seconds",
        NEW."total_questions",
        NEW."correct_answers",
        NEW."score_percentage",
        NEW."is_completed",
        NEW."is_scored",
        NEW."score_released_at",
        NEW."results",
        NEW."ai_insights",
        NEW."created_at",
        NEW."updated_at",
        NEW."deadline_at",
        NEW."auto_submitted"));
END;
CREATE TRIGGER sync_assessment_attempts_upd AFTER UPDATE ON "assessment_attempts"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_attempts' AND pk = NEW."id")
  AND (OLD."assessment_id" IS NOT NEW."assessment_id"
    OR OLD."question_set_id" IS NOT NEW."question_set_id"
    OR OLD."jd_id" IS NOT NEW."jd_id"
    OR OLD."candidate_id" IS NOT NEW."candidate_id"
    OR OLD."user_id" IS NOT NEW."user_id"
    OR OLD."candidate_name" IS NOT NEW."candidate_name"
    OR OLD."candidate_email" IS NOT NEW."candidate_email"
    OR OLD."attempt_type" IS NOT NEW."attempt_type"
    OR OLD."started_at" IS NOT NEW."started_at"
    OR OLD."completed_at" IS NOT NEW."completed_at"
    OR OLD."duration_seconds" IS NOT NEW."duration_seconds"
    OR OLD."total_questions" IS NOT NEW."total_questions"
    OR OLD."correct_answers" IS NOT NEW."correct_answers"
    OR OLD."score_percentage" IS NOT NEW."score_percentage"
    OR OLD."is_completed" IS NOT NEW."is_completed"
    OR OLD."is_scored" IS NOT NEW."is_scored"
    OR OLD."score_released_at" IS NOT NEW."score_released_at"
    OR OLD."results" IS NOT NEW."results"
    OR OLD."ai_insights" IS NOT NEW."ai_insights"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."deadline_at" IS NOT NEW."deadline_at"
    OR OLD."auto_submitted" IS NOT NEW."auto_submitted")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_attempts', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."assessment_id" IS NOT NEW."assessment_id" THEN '"assessment_id":' || json_quote(NEW."assessment_id") END,
        CASE WHEN OLD."question_set_id" IS NOT NEW."question_set_id" THEN '"question_set_id":' || json_quote(NEW."question_set_id") END,
        CASE WHEN OLD."jd_id" IS NOT NEW."jd_id" THEN '"jd_id":' || json_quote(NEW."jd_id") END,
        CASE WHEN OLD."candidate_id" IS NOT NEW."candidate_id" THEN '"candidate_id":' || json_quote(NEW."candidate_id") END,
        CASE WHEN OLD."user_id" IS NOT NEW."user_id" THEN '"user_id":' || json_quote(NEW."user_id") END,
        CASE WHEN OLD."candidate_name" IS NOT NEW."candidate_name" THEN '"candidate_name":' || json_quote(NEW."candidate_name") END,
        CASE WHEN OLD."candidate_email" IS NOT NEW."candidate_email" THEN '"candidate_email":' || json_quote(NEW."candidate_email") END,
        CASE WHEN OLD."attempt_type" IS NOT NEW."attempt_type" THEN '"attempt_type":' || json_quote(NEW."attempt_type") END,
        CASE WHEN OLD."started_at" IS NOT NEW."started_at" THEN '"started_at":' || json_quote(NEW."started_at") END,
        CASE WHEN OLD."completed_at" IS NOT NEW."completed_at" THEN '"completed_at":' || json_quote(NEW."completed_at") END,
        CASE WHEN OLD."duration_seconds" IS NOT NEW."duration_seconds" THEN '"duration_seconds":' || json_quote(NEW."duration_seconds") END,
        CASE WHEN OLD."total_questions" IS NOT NEW."total_questions" THEN '"total_questions":' || json_quote(NEW."total_questions") END,
        CASE WHEN OLD."correct_answers" IS NOT NEW."correct_answers" THEN '"correct_answers":' || json_quote(NEW."correct_answers") END,
        CASE WHEN OLD."score_percentage" IS NOT NEW."score_percentage" THEN '"score_percentage":' || json_quote(NEW."score_percentage") END,
        CASE WHEN OLD."is_completed" IS NOT NEW."is_completed" THEN '"is_completed":' || json_quote(NEW."is_completed") END,
        CASE WHEN OLD."is_scored" IS NOT NEW."is_scored" THEN '"is_scored":' || json_quote(NEW."is_scored") END,
        CASE WHEN OLD."score_released_at" IS NOT NEW."score_released_at" THEN '"score_released_at":' || json_quote(NEW."score_released_at") END,
        CASE WHEN OLD."results" IS NOT NEW."results" THEN '"results":' || json_quote(NEW."results") END,
        CASE WHEN OLD."ai_insights" IS NOT NEW."ai_insights" THEN '"ai_insights":' || json_quote(NEW."ai_insights") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."deadline_at" IS NOT NEW."deadline_at" THEN '"deadline_at":' || json_quote(NEW."deadline_at") END,
        CASE WHEN OLD."auto_submitted" IS NOT NEW."auto_submitted" THEN '"auto_submitted":' || json_quote(NEW."auto_submitted") END) || '}');
END;
CREATE TRIGGER sync_assessment_attempts_rekey AFTER UPDATE OF "id" ON "assessment_attempts"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_attempts' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_attempts', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."assessment_id",
        OLD."question_set_id",
        OLD."jd_id",
        OLD."candidate_id",
        OLD."user_id",
        OLD."candidate_name",
        OLD."candidate_email",
        OLD."attempt_type",
        OLD."started_at",
        OLD."completed_at",
        OLD."duration_seconds",
        OLD."total_questions",
        OLD."correct_answers",
        OLD."score_percentage",
        OLD."is_completed",
        OLD."is_scored",
        OLD."score_released_at",
        OLD."results",
        OLD."ai_insights",
        OLD."created_at",
        OLD."updated_at",
        OLD."deadline_at",
        OLD."auto_submitted"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_attempts', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."assessment_id",
        NEW."question_set_id",
        NEW."jd_id",
        NEW."candidate_id",
        NEW."user_id",
        NEW."candidate_name",
        NEW."candidate_email",
        NEW."attempt_type",
        NEW."started_at",
        NEW."completed_at",
        NEW."duration_seconds",
        NEW."total_questions",
        NEW."correct_answers",
        NEW."score_percentage",
        NEW."is_completed",
        NEW."is_scored",
        NEW."score_released_at",
        NEW."results",
        NEW."ai_insights",
        NEW."created_at",
        NEW."updated_at",
        NEW."deadline_at",
        NEW."auto_submitted"));
END;
CREATE TRIGGER sync_assessment_attempts_del AFTER DELETE ON "assessment_attempts"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_attempts' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_attempts', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."assessment_id",
        OLD."question_set_id",
        OLD."jd_id",
        OLD."candidate_id",
        OLD."user_id",
        OLD."candidate_name",
        OLD."candidate_email",
        OLD."attempt_type",
        OLD."started_at",
        OLD."completed_at",
        OLD."duration_seconds",
        OLD."total_questions",
        OLD."correct_answers",
        OLD."score_percentage",
        OLD."is_completed",
        OLD."is_scored",
        OLD."score_released_at",
        OLD."results",
        OLD."ai_insights",
        OLD."created_at",
        OLD."updated_at",
        OLD."deadline_at",
        OLD."auto_submitted"));
END;

-- assessment_answers
DROP TRIGGER IF EXISTS sync_assessment_answers_ins;
DROP TRIGGER IF EXISTS sync_assessment_answers_upd;
DROP TRIGGER IF EXISTS sync_assessment_answers_rekey;
DROP TRIGGER IF EXISTS sync_assessment_answers_del;
CREATE TRIGGER sync_assessment_answers_ins AFTER INSERT ON "assessment_answers"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_answers' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_answers', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."attempt_id",
        NEW."question_id",
        NEW."selected_answer",
        NEW."answer_text",
        NEW."is_correct",
        NEW."points",
        NEW."time_taken_seconds",
        NEW."created_at",
        NEW."updated_at",
        NEW."scored_by",
        NEW."scored_at"));
END;
CREATE TRIGGER sync_assessment_answers_upd AFTER UPDATE ON "assessment_answers"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_answers' AND pk = NEW."id")
  AND (OLD."attempt_id" IS NOT NEW."attempt_id"
    OR OLD."question_id" IS NOT NEW."question_id"
    OR OLD."selected_answer" IS NOT NEW."selected_answer"
    OR OLD."answer_text" IS NOT NEW."answer_text"
    OR OLD."is_correct" IS NOT NEW."is_correct"
    OR OLD."points" IS NOT NEW."points"
    OR OLD."time_taken_seconds" IS NOT NEW."time_taken_seconds"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."scored_by" IS NOT NEW."scored_by"
    OR OLD."scored_at" IS NOT NEW."scored_at")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_answers', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."attempt_id" IS NOT NEW."attempt_id" THEN '"attempt_id":' || json_quote(NEW."attempt_id") END,
        CASE WHEN OLD."question_id" IS NOT NEW."question_id" THEN '"question_id":' || json_quote(NEW."question_id") END,
        CASE WHEN OLD."selected_answer" IS NOT NEW."selected_answer" THEN '"selected_answer":' || json_quote(NEW."selected_answer") END,
        CASE WHEN OLD."answer_text" IS NOT NEW."answer_text" THEN '"answer_text":' || json_quote(NEW."answer_text") END,
        CASE WHEN OLD."is_correct" IS NOT NEW."is_correct" THEN '"is_correct":' || json_quote(NEW."is_correct") END,
        CASE WHEN OLD."points" IS NOT NEW."points" THEN '"points":' || json_quote(NEW."points") END,
        CASE WHEN OLD."time_taken_seconds" IS NOT NEW."time_taken_seconds" THEN '"time_taken_seconds":' || json_quote(NEW."time_taken_seconds") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."scored_by" IS NOT NEW."scored_by" THEN '"scored_by":' || json_quote(NEW."scored_by") END,
        CASE WHEN OLD."scored_at" IS NOT NEW."scored_at" THEN '"scored_at":' || json_quote(NEW."scored_at") END) || '}');
END;
CREATE TRIGGER sync_assessment_answers_rekey AFTER UPDATE OF "id" ON "assessment_answers"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_answers' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_answers', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."attempt_id",
        OLD."question_id",
        OLD."selected_answer",
        OLD."answer_text",
        OLD."is_correct",
        OLD."points",
        OLD."time_taken_seconds",
        OLD."created_at",
        OLD."updated_at",
        OLD."scored_by",
        OLD."scored_at"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_answers', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."attempt_id",
        NEW."question_id",
        NEW."selected_answer",
        NEW."answer_text",
        NEW."is_correct",
        NEW."points",
        NEW."time_taken_seconds",
        NEW."created_at",
        NEW."updated_at",
        NEW."scored_by",
        NEW."scored_at"));
END;
CREATE TRIGGER sync_assessment_answers_del AFTER DELETE ON "assessment_answers"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_answers' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_answers', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."attempt_id",
        OLD."question_id",
        OLD."selected_answer",
        OLD."answer_text",
        OLD."is_correct",
        OLD."points",
        OLD."time_taken_seconds",
        OLD."created_at",
        OLD."updated_at",
        OLD."scored_by",
        OLD."scored_at"));
END;

-- assessment_invitations
DROP TRIGGER IF EXISTS sync_assessment_invitations_ins;
DROP TRIGGER IF EXISTS sync_assessment_invitations_upd;
DROP TRIGGER IF EXISTS sync_assessment_invitations_rekey;
DROP TRIGGER IF EXISTS sync_assessment_invitations_del;
CREATE TRIGGER sync_assessment_invitations_ins AFTER INSERT ON "assessment_invitations"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_invitations' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_invitations', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."assessment_id",
        NEW."candidate_email",
        NEW."token_hash",
        NEW."expires_at",
        NEW."is_used",
        NEW."used_at",
        NEW."created_by",
        NEW."created_at",
        NEW."updated_at",
        NEW."candidate_id",
        NEW."attempt_id"));
END;
CREATE TRIGGER sync_assessment_invitations_upd AFTER UPDATE ON "assessment_invitations"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_invitations' AND pk = NEW."id")
  AND (OLD."assessment_id" IS NOT NEW."assessment_id"
    OR OLD."candidate_email" IS NOT NEW."candidate_email"
    OR OLD."token_hash" IS NOT NEW."token_hash"
    OR OLD."expires_at" IS NOT NEW."expires_at"
    OR OLD."is_used" IS NOT NEW."is_used"
    OR OLD."used_at" IS NOT NEW."used_at"
    OR OLD."created_by" IS NOT NEW."created_by"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."candidate_id" IS NOT NEW."candidate_id"
    OR OLD."attempt_id" IS NOT NEW."attempt_id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_invitations', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."assessment_id" IS NOT NEW."assessment_id" THEN '"assessment_id":' || json_quote(NEW."assessment_id") END,
        CASE WHEN OLD."candidate_email" IS NOT NEW."candidate_email" THEN '"candidate_email":' || json_quote(NEW."candidate_email") END,
        CASE WHEN OLD."token_hash" IS NOT NEW."token_hash" THEN '"token_hash":' || json_quote(NEW."token_hash") END,
        CASE WHEN OLD."expires_at" IS NOT NEW."expires_at" THEN '"expires_at":' || json_quote(NEW."expires_at") END,
        CASE WHEN OLD."is_used" IS NOT NEW."is_used" THEN '"is_used":' || json_quote(NEW."is_used") END,
        CASE WHEN OLD."used_at" IS NOT NEW."used_at" THEN '"used_at":' || json_quote(NEW."used_at") END,
        CASE WHEN OLD."created_by" IS NOT NEW."created_by" THEN '"created_by":' || json_quote(NEW."created_by") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."candidate_id" IS NOT NEW."candidate_id" THEN '"candidate_id":' || json_quote(NEW."candidate_id") END,
        CASE WHEN OLD."attempt_id" IS NOT NEW."attempt_id" THEN '"attempt_id":' || json_quote(NEW."attempt_id") END) || '}');
END;
CREATE TRIGGER sync_assessment_invitations_rekey AFTER UPDATE OF "id" ON "assessment_invitations"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_invitations' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_invitations', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."assessment_id",
        OLD."candidate_email",
        OLD."token_hash",
        OLD."expires_at",
        OLD."is_used",
        OLD."used_at",
        OLD."created_by",
        OLD."created_at",
        OLD."updated_at",
        OLD."candidate_id",
        OLD."attempt_id"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_invitations', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."assessment_id",
        NEW."candidate_email",
        NEW."token_hash",
        NEW."expires_at",
        NEW."is_used",
        NEW."used_at",
        NEW."created_by",
        NEW."created_at",
        NEW."updated_at",
        NEW."candidate_id",
        NEW."attempt_id"));
END;
CREATE TRIGGER sync_assessment_invitations_del AFTER DELETE ON "assessment_invitations"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'assessment_invitations' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('assessment_invitations', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."assessment_id",
        OLD."candidate_email",
        OLD."token_hash",
        OLD."expires_at",
        OLD."is_used",
        OLD."used_at",
        OLD."created_by",
        OLD."created_at",
        OLD."updated_at",
        OLD."candidate_id",
        OLD."attempt_id"));
END;
