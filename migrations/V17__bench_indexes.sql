-- Indexes the benchmark suite (`cargo xtask bench`, docs/benchmarks.md) showed were missing.
--
-- The candidate table: a page of 50 sorted on any column walks the `(column, id)` index of that
-- column and stops after the page (candidate_list breaks ties by id in the sort's direction).
-- Without them every page sorted all 100,000 candidates (p99 ~500 ms). The status index gains
-- `id` (a status filter sorted by status is then a walk too); the created_at one likewise.
-- candidates_name_idx (full_name COLLATE NOCASE) and candidates_email_idx (lower(email)) stay:
-- they serve case-insensitive lookups, not the list's BINARY sort.
DROP INDEX IF EXISTS candidates_status_idx;
DROP INDEX IF EXISTS candidates_created_idx;
CREATE INDEX candidates_status_idx ON candidates(status, id);
CREATE INDEX candidates_created_idx ON candidates(created_at, id);
CREATE INDEX candidates_sort_name_idx ON candidates(full_name, id);
CREATE INDEX candidates_sort_email_idx ON candidates(email, id);
CREATE INDEX candidates_sort_location_idx ON candidates(location, id);
CREATE INDEX candidates_sort_role_idx ON candidates(current_role, id);
CREATE INDEX candidates_sort_experience_idx ON candidates(total_experience_years, id);
CREATE INDEX candidates_sort_updated_idx ON candidates(updated_at, id);

-- The pipeline board: each column's cards are `ORDER BY position, updated_at DESC LIMIT n`
-- within (requisition, stage). The old index ended at position, so every card of a stage was
-- read and sorted (p99 ~40 ms for 10k applications); with updated_at in the index the walk
-- stops after n cards. It replaces applications_requisition_idx, of which it is an extension.
DROP INDEX IF EXISTS applications_requisition_idx;
CREATE INDEX applications_requisition_idx
    ON applications(requisition_id, stage_id, position, updated_at DESC);
