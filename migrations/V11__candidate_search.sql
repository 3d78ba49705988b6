-- Candidate search and duplicates (issue 5, items 3, 4 and 8).
--
-- candidates_fts: a full-text index over name, emails, skills, titles (headline, current and
-- expected role, work-history titles), companies and resume text. Contentless (the text already
-- lives in the base tables) with delete support; its rowid is the candidate's rowid. Device-local
-- (derived data): plain triggers below keep it current on every write, local or applied by sync.
-- `candidate_search_reindex` rebuilds it (after a VACUUM that renumbers rowids, for instance).
--
-- candidate_dup_keys: normalized duplicate keys (email, phone in E.164, LinkedIn URL, name plus
-- current company), kept by triggers through the td_*_key() SQL functions the core registers on
-- every connection (crates/core/src/domain/duplicates/keys.rs). Device-local derived data; the
-- core backfills it after this migration (the functions do not exist inside plain migrations).
--
-- candidate_merges: the synced history of merges (who was folded into whom, what moved).

CREATE VIRTUAL TABLE candidates_fts USING fts5(
    name, email, skills, titles, companies, resume,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c;

CREATE TRIGGER candidates_fts_ai AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
        VALUES (new.rowid, new.full_name, concat_ws(' ', new.email, new.alternate_email),
            (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = new.id),
            concat_ws(' ', new.headline, new.current_role, new.expected_role,
                (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = new.id)),
            (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = new.id),
            (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = new.id));
END;
CREATE TRIGGER candidates_fts_au AFTER UPDATE OF full_name, email, alternate_email, headline, current_role, expected_role ON candidates BEGIN
    DELETE FROM candidates_fts WHERE rowid = old.rowid;
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
        VALUES (new.rowid, new.full_name, concat_ws(' ', new.email, new.alternate_email),
            (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = new.id),
            concat_ws(' ', new.headline, new.current_role, new.expected_role,
                (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = new.id)),
            (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = new.id),
            (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = new.id));
END;
CREATE TRIGGER candidates_fts_ad AFTER DELETE ON candidates BEGIN
    DELETE FROM candidates_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER candidates_fts_skills_ai AFTER INSERT ON candidate_skills BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_skills_au AFTER UPDATE OF candidate_id, name ON candidate_skills BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_skills_ad AFTER DELETE ON candidate_skills BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
END;

CREATE TRIGGER candidates_fts_work_ai AFTER INSERT ON work_experiences BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_work_au AFTER UPDATE OF candidate_id, job_title, company_name ON work_experiences BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_work_ad AFTER DELETE ON work_experiences BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
END;

CREATE TRIGGER candidates_fts_resumes_ai AFTER INSERT ON resumes BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_resumes_au AFTER UPDATE OF candidate_id, content_text ON resumes BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = new.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = new.candidate_id;
END;
CREATE TRIGGER candidates_fts_resumes_ad AFTER DELETE ON resumes BEGIN
    DELETE FROM candidates_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = old.candidate_id);
    INSERT INTO candidates_fts (rowid, name, email, skills, titles, companies, resume)
    SELECT c.rowid, c.full_name, concat_ws(' ', c.email, c.alternate_email),
        (SELECT group_concat(s.name, ' ') FROM candidate_skills s WHERE s.candidate_id = c.id),
        concat_ws(' ', c.headline, c.current_role, c.expected_role,
            (SELECT group_concat(w.job_title, ' ') FROM work_experiences w WHERE w.candidate_id = c.id)),
        (SELECT group_concat(w.company_name, ' ') FROM work_experiences w WHERE w.candidate_id = c.id),
        (SELECT group_concat(r.content_text, ' ') FROM resumes r WHERE r.candidate_id = c.id)
    FROM candidates c WHERE c.id = old.candidate_id;
END;

CREATE TABLE candidate_dup_keys (
    kind         TEXT NOT NULL CHECK (kind IN ('email','phone','linkedin','name_company')),
    key          TEXT NOT NULL,
    candidate_id TEXT NOT NULL,
    PRIMARY KEY (kind, key, candidate_id)
) WITHOUT ROWID;
CREATE INDEX candidate_dup_keys_candidate_idx ON candidate_dup_keys(candidate_id);

CREATE TRIGGER candidate_dup_keys_ai AFTER INSERT ON candidates BEGIN
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
        SELECT k.kind, k.key, new.id FROM (
            SELECT 'email' AS kind, td_email_key(new.email) AS key
            UNION ALL SELECT 'email', td_email_key(new.alternate_email)
            UNION ALL SELECT 'phone', td_phone_key(new.phone)
            UNION ALL SELECT 'phone', td_phone_key(new.alternate_phone)
            UNION ALL SELECT 'linkedin', td_linkedin_key(new.linkedin_url)
            UNION ALL SELECT 'name_company', td_name_key(new.full_name) || '|' || td_name_key(w.company_name)
                FROM work_experiences w WHERE w.candidate_id = new.id AND w.is_current = 1
        ) k WHERE k.key IS NOT NULL;
END;
CREATE TRIGGER candidate_dup_keys_au AFTER UPDATE OF full_name, email, alternate_email, phone, alternate_phone, linkedin_url ON candidates BEGIN
    DELETE FROM candidate_dup_keys WHERE candidate_id = old.id;
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
        SELECT k.kind, k.key, new.id FROM (
            SELECT 'email' AS kind, td_email_key(new.email) AS key
            UNION ALL SELECT 'email', td_email_key(new.alternate_email)
            UNION ALL SELECT 'phone', td_phone_key(new.phone)
            UNION ALL SELECT 'phone', td_phone_key(new.alternate_phone)
            UNION ALL SELECT 'linkedin', td_linkedin_key(new.linkedin_url)
            UNION ALL SELECT 'name_company', td_name_key(new.full_name) || '|' || td_name_key(w.company_name)
                FROM work_experiences w WHERE w.candidate_id = new.id AND w.is_current = 1
        ) k WHERE k.key IS NOT NULL;
END;
CREATE TRIGGER candidate_dup_keys_ad AFTER DELETE ON candidates BEGIN
    DELETE FROM candidate_dup_keys WHERE candidate_id = old.id;
END;
CREATE TRIGGER candidate_dup_keys_work_ai AFTER INSERT ON work_experiences WHEN new.is_current = 1 BEGIN
    DELETE FROM candidate_dup_keys WHERE candidate_id = new.candidate_id;
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
    SELECT k.kind, k.key, k.id FROM (
        SELECT 'email' AS kind, td_email_key(c.email) AS key, c.id AS id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'email', td_email_key(c.alternate_email), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.phone), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.alternate_phone), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'linkedin', td_linkedin_key(c.linkedin_url), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'name_company', td_name_key(c.full_name) || '|' || td_name_key(w.company_name), c.id
            FROM candidates c JOIN work_experiences w ON w.candidate_id = c.id WHERE c.id = new.candidate_id AND w.is_current = 1
    ) k WHERE k.key IS NOT NULL;
END;
CREATE TRIGGER candidate_dup_keys_work_au AFTER UPDATE OF candidate_id, company_name, is_current ON work_experiences BEGIN
    DELETE FROM candidate_dup_keys WHERE candidate_id = old.candidate_id;
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
    SELECT k.kind, k.key, k.id FROM (
        SELECT 'email' AS kind, td_email_key(c.email) AS key, c.id AS id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'email', td_email_key(c.alternate_email), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.phone), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.alternate_phone), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'linkedin', td_linkedin_key(c.linkedin_url), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'name_company', td_name_key(c.full_name) || '|' || td_name_key(w.company_name), c.id
            FROM candidates c JOIN work_experiences w ON w.candidate_id = c.id WHERE c.id = old.candidate_id AND w.is_current = 1
    ) k WHERE k.key IS NOT NULL;
    DELETE FROM candidate_dup_keys WHERE candidate_id = new.candidate_id;
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
    SELECT k.kind, k.key, k.id FROM (
        SELECT 'email' AS kind, td_email_key(c.email) AS key, c.id AS id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'email', td_email_key(c.alternate_email), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.phone), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.alternate_phone), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'linkedin', td_linkedin_key(c.linkedin_url), c.id FROM candidates c WHERE c.id = new.candidate_id
        UNION ALL SELECT 'name_company', td_name_key(c.full_name) || '|' || td_name_key(w.company_name), c.id
            FROM candidates c JOIN work_experiences w ON w.candidate_id = c.id WHERE c.id = new.candidate_id AND w.is_current = 1
    ) k WHERE k.key IS NOT NULL;
END;
CREATE TRIGGER candidate_dup_keys_work_ad AFTER DELETE ON work_experiences WHEN old.is_current = 1 BEGIN
    DELETE FROM candidate_dup_keys WHERE candidate_id = old.candidate_id;
    INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
    SELECT k.kind, k.key, k.id FROM (
        SELECT 'email' AS kind, td_email_key(c.email) AS key, c.id AS id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'email', td_email_key(c.alternate_email), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.phone), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'phone', td_phone_key(c.alternate_phone), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'linkedin', td_linkedin_key(c.linkedin_url), c.id FROM candidates c WHERE c.id = old.candidate_id
        UNION ALL SELECT 'name_company', td_name_key(c.full_name) || '|' || td_name_key(w.company_name), c.id
            FROM candidates c JOIN work_experiences w ON w.candidate_id = c.id WHERE c.id = old.candidate_id AND w.is_current = 1
    ) k WHERE k.key IS NOT NULL;
END;

CREATE TABLE candidate_merges (
    id                   TEXT PRIMARY KEY NOT NULL,
    kept_candidate_id    TEXT REFERENCES candidates(id) ON DELETE SET NULL,
    -- The merged-away candidate no longer exists: its id and a snapshot of its row stay here.
    merged_candidate_id  TEXT NOT NULL,
    merged_full_name     TEXT NOT NULL,
    merged_snapshot      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(merged_snapshot)),
    reasons              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
    filled_fields        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(filled_fields)),
    moved                TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(moved)),
    merged_by            TEXT REFERENCES users(id) ON DELETE SET NULL,
    source               TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','import')),
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX candidate_merges_kept_idx ON candidate_merges(kept_candidate_id, created_at);
CREATE INDEX candidate_merges_merged_idx ON candidate_merges(merged_candidate_id);
CREATE INDEX candidate_merges_merged_by_idx ON candidate_merges(merged_by);

-- Sort indexes for the candidate table: migration V17.

-- GENERATED sync capture triggers (crates/sync/src/triggers.rs): do not edit below this line.
-- Regenerate: UPDATE_SYNC_SQL=1 cargo test -p talentdesk-sync --lib triggers

-- candidate_merges
DROP TRIGGER IF EXISTS sync_candidate_merges_ins;
DROP TRIGGER IF EXISTS sync_candidate_merges_upd;
DROP TRIGGER IF EXISTS sync_candidate_merges_rekey;
DROP TRIGGER IF EXISTS sync_candidate_merges_del;
CREATE TRIGGER sync_candidate_merges_ins AFTER INSERT ON "candidate_merges"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_merges' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_merges', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."kept_candidate_id",
        NEW."merged_candidate_id",
        NEW."merged_full_name",
        NEW."merged_snapshot",
        NEW."reasons",
        NEW."filled_fields",
        NEW."moved",
        NEW."merged_by",
        NEW."source",
        NEW."created_at",
        NEW."updated_at"));
END;
CREATE TRIGGER sync_candidate_merges_upd AFTER UPDATE ON "candidate_merges"
WHEN OLD."id" IS NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_merges' AND pk = NEW."id")
  AND (OLD."kept_candidate_id" IS NOT NEW."kept_candidate_id"
    OR OLD."merged_candidate_id" IS NOT NEW."merged_candidate_id"
    OR OLD."merged_full_name" IS NOT NEW."merged_full_name"
    OR OLD."merged_snapshot" IS NOT NEW."merged_snapshot"
    OR OLD."reasons" IS NOT NEW."reasons"
    OR OLD."filled_fields" IS NOT NEW."filled_fields"
    OR OLD."moved" IS NOT NEW."moved"
    OR OLD."merged_by" IS NOT NEW."merged_by"
    OR OLD."source" IS NOT NEW."source"
    OR OLD."created_at" IS NOT NEW."created_at"
    OR OLD."updated_at" IS NOT NEW."updated_at")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_merges', NEW."id", 'update', sync_hlc(), '{' || concat_ws(',',
        CASE WHEN OLD."kept_candidate_id" IS NOT NEW."kept_candidate_id" THEN '"kept_candidate_id":' || json_quote(NEW."kept_candidate_id") END,
        CASE WHEN OLD."merged_candidate_id" IS NOT NEW."merged_candidate_id" THEN '"merged_candidate_id":' || json_quote(NEW."merged_candidate_id") END,
        CASE WHEN OLD."merged_full_name" IS NOT NEW."merged_full_name" THEN '"merged_full_name":' || json_quote(NEW."merged_full_name") END,
        CASE WHEN OLD."merged_snapshot" IS NOT NEW."merged_snapshot" THEN '"merged_snapshot":' || json_quote(NEW."merged_snapshot") END,
        CASE WHEN OLD."reasons" IS NOT NEW."reasons" THEN '"reasons":' || json_quote(NEW."reasons") END,
        CASE WHEN OLD."filled_fields" IS NOT NEW."filled_fields" THEN '"filled_fields":' || json_quote(NEW."filled_fields") END,
        CASE WHEN OLD."moved" IS NOT NEW."moved" THEN '"moved":' || json_quote(NEW."moved") END,
        CASE WHEN OLD."merged_by" IS NOT NEW."merged_by" THEN '"merged_by":' || json_quote(NEW."merged_by") END,
        CASE WHEN OLD."source" IS NOT NEW."source" THEN '"source":' || json_quote(NEW."source") END,
        CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN '"created_at":' || json_quote(NEW."created_at") END,
        CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN '"updated_at":' || json_quote(NEW."updated_at") END) || '}');
END;
CREATE TRIGGER sync_candidate_merges_rekey AFTER UPDATE OF "id" ON "candidate_merges"
WHEN OLD."id" IS NOT NEW."id" AND NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_merges' AND pk = NEW."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_merges', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."kept_candidate_id",
        OLD."merged_candidate_id",
        OLD."merged_full_name",
        OLD."merged_snapshot",
        OLD."reasons",
        OLD."filled_fields",
        OLD."moved",
        OLD."merged_by",
        OLD."source",
        OLD."created_at",
        OLD."updated_at"));
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_merges', NEW."id", 'insert', sync_hlc(), json_array(NEW."id",
        NEW."kept_candidate_id",
        NEW."merged_candidate_id",
        NEW."merged_full_name",
        NEW."merged_snapshot",
        NEW."reasons",
        NEW."filled_fields",
        NEW."moved",
        NEW."merged_by",
        NEW."source",
        NEW."created_at",
        NEW."updated_at"));
END;
CREATE TRIGGER sync_candidate_merges_del AFTER DELETE ON "candidate_merges"
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE tbl = 'candidate_merges' AND pk = OLD."id")
BEGIN
    INSERT INTO sync_changes (tbl, pk, kind, hlc, cols)
    VALUES ('candidate_merges', OLD."id", 'delete', sync_hlc(), json_array(OLD."id",
        OLD."kept_candidate_id",
        OLD."merged_candidate_id",
        OLD."merged_full_name",
        OLD."merged_snapshot",
        OLD."reasons",
        OLD."filled_fields",
        OLD."moved",
        OLD."merged_by",
        OLD."source",
        OLD."created_at",
        OLD."updated_at"));
END;
