-- Onboarding of placed associates (seed 001) and a job seeker's career goals (seed 002), both
-- "tasks with due dates" for one person, kept as separate domains because their owners differ.

CREATE TABLE onboarding_processes (
    id            TEXT PRIMARY KEY NOT NULL,
    associate_id  TEXT NOT NULL REFERENCES associates(id) ON DELETE CASCADE,
    created_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    status        TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','completed','cancelled')),
    start_date    TEXT,
    target_date   TEXT,
    completed_at  TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX onboarding_processes_associate_idx ON onboarding_processes(associate_id);
CREATE INDEX onboarding_processes_created_by_idx ON onboarding_processes(created_by);

CREATE TABLE onboarding_tasks (
    id            TEXT PRIMARY KEY NOT NULL,
    created_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description   TEXT,
    category      TEXT NOT NULL DEFAULT 'general' CHECK (category IN ('general','paperwork','it_setup','training','compliance','introduction')),
    requires_document INTEGER NOT NULL DEFAULT 0 CHECK (requires_document IN (0,1)),
    default_due_days  INTEGER NOT NULL DEFAULT 7 CHECK (default_due_days >= 0),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX onboarding_tasks_created_by_idx ON onboarding_tasks(created_by);

CREATE TABLE onboarding_task_assignments (
    id            TEXT PRIMARY KEY NOT NULL,
    process_id    TEXT NOT NULL REFERENCES onboarding_processes(id) ON DELETE CASCADE,
    task_id       TEXT NOT NULL REFERENCES onboarding_tasks(id) ON DELETE CASCADE,
    assigned_to   TEXT REFERENCES users(id) ON DELETE SET NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','in_progress','completed','skipped','overdue')),
    due_date      TEXT,
    completed_at  TEXT,
    notes         TEXT,
    document_id   TEXT REFERENCES documents(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX onboarding_task_assignments_process_idx ON onboarding_task_assignments(process_id);
CREATE INDEX onboarding_task_assignments_task_idx ON onboarding_task_assignments(task_id);
CREATE INDEX onboarding_task_assignments_assigned_idx ON onboarding_task_assignments(assigned_to, status, due_date);
CREATE INDEX onboarding_task_assignments_document_idx ON onboarding_task_assignments(document_id);

CREATE TABLE task_reminders (
    id                 TEXT PRIMARY KEY NOT NULL,
    task_assignment_id TEXT NOT NULL REFERENCES onboarding_task_assignments(id) ON DELETE CASCADE,
    remind_at          TEXT NOT NULL,
    channel            TEXT NOT NULL DEFAULT 'in_app' CHECK (channel IN ('in_app','desktop','email')),
    sent_at            TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX task_reminders_assignment_idx ON task_reminders(task_assignment_id);
CREATE INDEX task_reminders_remind_idx ON task_reminders(remind_at);

CREATE TABLE task_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    tasks       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tasks)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX task_templates_created_by_idx ON task_templates(created_by);

CREATE TABLE career_goals (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT,
    category     TEXT,
    priority     TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low','medium','high')),
    status       TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','completed','abandoned')),
    target_date  TEXT,
    completed_at TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX career_goals_user_idx ON career_goals(user_id, status, priority);

-- Seed 002 CareerGoal.milestones JSON [{title, completed, dueDate}] normalised into rows.
CREATE TABLE goal_milestones (
    id           TEXT PRIMARY KEY NOT NULL,
    goal_id      TEXT NOT NULL REFERENCES career_goals(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_date     TEXT,
    is_completed INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0,1)),
    completed_at TEXT,
    position     INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX goal_milestones_goal_idx ON goal_milestones(goal_id, position);
