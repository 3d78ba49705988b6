-- V16: which sync server and workspace this database syncs with.
-- Device-local bookkeeping (the `sync_` prefix: never captured, never synced): each database
-- pairs with at most one workspace. The access token is NOT here: it lives in the OS keyring
-- only (service "talentdesk", account "<server_url>#<workspace_id>").
CREATE TABLE sync_settings (
    id            INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    server_url    TEXT NOT NULL,
    workspace_id  TEXT NOT NULL,
    -- 1: the app's background loop syncs by itself; 0: only "Sync now".
    auto_sync     INTEGER NOT NULL DEFAULT 1 CHECK (auto_sync IN (0,1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
