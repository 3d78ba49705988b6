-- V19: pairs of candidates a recruiter marked "not a duplicate", so detection stops listing them
-- (candidate profile warnings and the duplicate pair list). Synced: a decision made on one device
-- holds on the others. The app stores the smaller id first but readers accept either order (a merge
-- moves a dismissal to the kept candidate as is); there is no UNIQUE on the pair (two devices may
-- dismiss it offline): the app looks up before it inserts and readers only ask whether one exists.
-- A dismissal goes with either candidate (ON DELETE CASCADE).
CREATE TABLE candidate_duplicate_dismissals (
    id              TEXT PRIMARY KEY NOT NULL,
    candidate_a_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    candidate_b_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    dismissed_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_duplicate_dismissals_pair_idx ON candidate_duplicate_dismissals(candidate_a_id, candidate_b_id);
CREATE INDEX candidate_duplicate_dismissals_b_idx ON candidate_duplicate_dismissals(candidate_b_id);
CREATE INDEX candidate_duplicate_dismissals_by_idx ON candidate_duplicate_dismissals(dismissed_by);

-- GENERATED sync capture triggers (crates/sync/src/triggers.rs): do not edit below this line.
-- Regenerate: UPDATE_SYNC_SQL=1 cargo test -p talentdesk-sync --lib triggers

-- candidate_duplicate_dismissals
DROP TRIGGER IF EXISTS sync_candidate_duplicate_dismissals_ins;
DROP TRIGGER IF EXISTS sync_candidate_duplicate_dismissals_upd;
DROP TRIGGER IF EXISTS sync_candidate_duplicate_dismissals_rekey;
DROP TRIGGER IF EXISTS sync_candidate_duplicate_dismissals_del;
CREATE TRIGGER sync_candidate_duplicate_dismissals_ins AFTER INSERT ON "candidate_duplicate_dismissals"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_duplicate_dismissals' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_duplicate_dismissals', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."candidate_a_id",
        NEW."candidate_b_id",
        NEW."dismissed_by",
        NEW."created_at",
        NEW."updated_at"));
END;
CREATE TRIGGER sync_candidate_duplicate_dismissals_upd AFTER UPDATE ON "candidate_duplicate_dismissals"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_duplicate_dismissals' AND pk = NEW."id")
  AND (OLD."candidate_a_id" IS NOT NEW."candidate_a_id"
    OR OLD."candidate_b_id" IS NOT NEW."candidate_b_id"
    OR OLD."dismissed_by" IS NOT NEW."dismissed_by"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_duplicate_dismissals', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."candidate_a_id" IS NOT NEW."candidate_a_id" THEN '"candidate_a_id":' || json_quote(NEW."candidate_a_id") END,
        CASE WHEN OLD."candidate_b_id" IS NOT NEW."candidate_b_id" THEN '"candidate_b_id":' || json_quote(NEW."candidate_b_id") END,
        CASE WHEN OLD."dismissed_by" IS NOT NEW."dismissed_by" THEN '"dismissed_by":' || json_quote(NEW."dismissed_by") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END) || '}');
END;
CREATE TRIGGER sync_candidate_duplicate_dismissals_rekey AFTER UPDATE OF "id" ON "candidate_duplicate_dismissals"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_duplicate_dismissals' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_duplicate_dismissals', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."candidate_a_id",
        OLD."candidate_b_id",
        OLD."dismissed_by",
        OLD."created_at",
        OLD."updated_at"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_duplicate_dismissals', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."candidate_a_id",
        NEW."candidate_b_id",
        NEW."dismissed_by",
        NEW."created_at",
        NEW."updated_at"));
END;
CREATE TRIGGER sync_candidate_duplicate_dismissals_del AFTER DELETE ON "candidate_duplicate_dismissals"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_duplicate_dismissals' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_duplicate_dismissals', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."candidate_a_id",
        OLD."candidate_b_id",
        OLD."dismissed_by",
        OLD."created_at",
        OLD."updated_at"));
END;
