-- Recruiting workspace: the action queue remembers which condition an item stands for, so an
-- item a recruiter dismissed stays dismissed when the queue is recomputed, and comes back only
-- when the condition itself changes (e.g. a follow-up moved to a new date gets a new key).
-- No UNIQUE on it: two devices may compute the same item offline; the app looks up before insert.

ALTER TABLE action_queue ADD COLUMN subject_key TEXT;
CREATE INDEX action_queue_subject_idx ON action_queue(user_id, subject_key);

-- GENERATED sync capture triggers (crates/sync/src/triggers.rs): do not edit below this line.
-- Regenerate: UPDATE_SYNC_SQL=1 cargo test -p talentdesk-sync --lib triggers

-- action_queue
DROP TRIGGER IF EXISTS sync_action_queue_ins;
DROP TRIGGER IF EXISTS sync_action_queue_upd;
DROP TRIGGER IF EXISTS sync_action_queue_rekey;
DROP TRIGGER IF EXISTS sync_action_queue_del;
CREATE TRIGGER sync_action_queue_ins AFTER INSERT ON "action_queue"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'action_queue' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('action_queue', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."user_id",
        NEW."type",
        NEW."title",
        NEW."description",
        NEW."priority",
        NEW."related_requisition_id",
        NEW."related_candidate_id",
        NEW."related_application_id",
        NEW."is_dismissed",
        NEW."dismissed_at",
        NEW."created_at",
        NEW."updated_at",
        NEW."subject_key"));
END;
CREATE TRIGGER sync_action_queue_upd AFTER UPDATE ON "action_queue"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'action_queue' AND pk = NEW."id")
  AND (OLD."user_id" IS NOT NEW."user_id"
    OR OLD."type" IS NOT NEW."type"
    OR OLD."title" IS NOT NEW."title"
    OR OLD."description" IS NOT NEW."description"
    OR OLD."priority" IS NOT NEW."priority"
    OR OLD."related_requisition_id" IS NOT NEW."related_requisition_id"
    OR OLD."related_candidate_id" IS NOT NEW."related_candidate_id"
    OR OLD."related_application_id" IS NOT NEW."related_application_id"
    OR OLD."is_dismissed" IS NOT NEW."is_dismissed"
    OR OLD."dismissed_at" IS NOT NEW."dismissed_at"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at"
    OR OLD."subject_key" IS NOT NEW."subject_key")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('action_queue', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."user_id" IS NOT NEW."user_id" THEN '"user_id":' || json_quote(NEW."user_id") END,
        CASE WHEN OLD."type" IS NOT NEW."type" THEN '"type":' || json_quote(NEW."type") END,
        CASE WHEN OLD."title" IS NOT NEW."title" THEN '"title":' || json_quote(NEW."title") END,
        CASE WHEN OLD."description" IS NOT NEW."description" THEN '"description":' || json_quote(NEW."description") END,
        CASE WHEN OLD."priority" IS NOT NEW."priority" THEN '"priority":' || json_quote(NEW."priority") END,
        CASE WHEN OLD."related_requisition_id" IS NOT NEW."related_requisition_id" THEN '"related_requisition_id":' || json_quote(NEW."related_requisition_id") END,
        CASE WHEN OLD."related_candidate_id" IS NOT NEW."related_candidate_id" THEN '"related_candidate_id":' || json_quote(NEW."related_candidate_id") END,
        CASE WHEN OLD."related_application_id" IS NOT NEW."related_application_id" THEN '"related_application_id":' || json_quote(NEW."related_application_id") END,
        CASE WHEN OLD."is_dismissed" IS NOT NEW."is_dismissed" THEN '"is_dismissed":' || json_quote(NEW."is_dismissed") END,
        CASE WHEN OLD."dismissed_at" IS NOT NEW."dismissed_at" THEN '"dismissed_at":' || json_quote(NEW."dismissed_at") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END,
        CASE WHEN OLD."subject_key" IS NOT NEW."subject_key" THEN '"subject_key":' || json_quote(NEW."subject_key") END) || '}');
END;
CREATE TRIGGER sync_action_queue_rekey AFTER UPDATE OF "id" ON "action_queue"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'action_queue' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('action_queue', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."user_id",
        OLD."type",
        OLD."title",
        OLD."description",
        OLD."priority",
        OLD."related_requisition_id",
        OLD."related_candidate_id",
        OLD."related_application_id",
        OLD."is_dismissed",
        OLD."dismissed_at",
        OLD."created_at",
        OLD."updated_at",
        OLD."subject_key"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('action_queue', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."user_id",
        NEW."type",
        NEW."title",
        NEW."description",
        NEW."priority",
        NEW."related_requisition_id",
        NEW."related_candidate_id",
        NEW."related_application_id",
        NEW."is_dismissed",
        NEW."dismissed_at",
        NEW."created_at",
        NEW."updated_at",
        NEW."subject_key"));
END;
CREATE TRIGGER sync_action_queue_del AFTER DELETE ON "action_queue"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'action_queue' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('action_queue', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."user_id",
        OLD."type",
        OLD."title",
        OLD."description",
        OLD."priority",
        OLD."related_requisition_id",
        OLD."related_candidate_id",
        OLD."related_application_id",
        OLD."is_dismissed",
        OLD."dismissed_at",
        OLD."created_at",
        OLD."updated_at",
        OLD."subject_key"));
END;
