-- Communication: email templates (seed 001 emailTemplates + inmailTemplates, by channel),
-- campaigns, follow-up sequences, delivery tracking; notifications and preferences; LinkedIn
-- sourcing; calendar; and conversations (seed 002 coach chats + seed 003 application chats).

CREATE TABLE email_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    channel     TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email','inmail','sms')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    subject     TEXT,
    body        TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT 'general' CHECK (category IN ('general','outreach','interview','offer','rejection','follow_up','onboarding','nurture')),
    variables   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(variables)),
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX email_templates_created_by_idx ON email_templates(created_by);
CREATE INDEX email_templates_channel_idx ON email_templates(channel, category);

CREATE TABLE email_campaigns (
    id            TEXT PRIMARY KEY NOT NULL,
    template_id   TEXT REFERENCES email_templates(id) ON DELETE SET NULL,
    created_by    TEXT REFERENCES users(id) ON DELETE SET NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    subject       TEXT,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','sending','sent','paused','cancelled')),
    scheduled_at  TEXT,
    sent_at       TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX email_campaigns_template_idx ON email_campaigns(template_id);
CREATE INDEX email_campaigns_created_by_idx ON email_campaigns(created_by);
CREATE INDEX email_campaigns_status_idx ON email_campaigns(status);

CREATE TABLE campaign_recipients (
    id            TEXT PRIMARY KEY NOT NULL,
    campaign_id   TEXT NOT NULL REFERENCES email_campaigns(id) ON DELETE CASCADE,
    candidate_id  TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    email         TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','delivered','opened','clicked','replied','bounced','failed','unsubscribed')),
    sent_at       TEXT,
    opened_at     TEXT,
    clicked_at    TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX campaign_recipients_campaign_idx ON campaign_recipients(campaign_id, status);
CREATE INDEX campaign_recipients_candidate_idx ON campaign_recipients(candidate_id);

CREATE TABLE follow_up_sequences (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    created_by  TEXT REFERENCES users(id) ON DELETE SET NULL,
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    stop_on_reply INTEGER NOT NULL DEFAULT 1 CHECK (stop_on_reply IN (0,1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX follow_up_sequences_created_by_idx ON follow_up_sequences(created_by);

CREATE TABLE sequence_steps (
    id           TEXT PRIMARY KEY NOT NULL,
    sequence_id  TEXT NOT NULL REFERENCES follow_up_sequences(id) ON DELETE CASCADE,
    template_id  TEXT REFERENCES email_templates(id) ON DELETE SET NULL,
    step_number  INTEGER NOT NULL CHECK (step_number >= 1),
    delay_days   INTEGER NOT NULL DEFAULT 3 CHECK (delay_days >= 0),
    channel      TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email','inmail','sms','task')),
    subject      TEXT,
    body         TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX sequence_steps_sequence_idx ON sequence_steps(sequence_id, step_number);
CREATE INDEX sequence_steps_template_idx ON sequence_steps(template_id);

CREATE TABLE sequence_enrollments (
    id            TEXT PRIMARY KEY NOT NULL,
    sequence_id   TEXT NOT NULL REFERENCES follow_up_sequences(id) ON DELETE CASCADE,
    candidate_id  TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    current_step  INTEGER NOT NULL DEFAULT 1 CHECK (current_step >= 1),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','completed','replied','unsubscribed','stopped')),
    next_send_at  TEXT,
    enrolled_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX sequence_enrollments_sequence_idx ON sequence_enrollments(sequence_id, status);
CREATE INDEX sequence_enrollments_candidate_idx ON sequence_enrollments(candidate_id);
CREATE INDEX sequence_enrollments_next_idx ON sequence_enrollments(next_send_at);

CREATE TABLE email_unsubscribes (
    id            TEXT PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    user_id       TEXT REFERENCES users(id) ON DELETE CASCADE,
    candidate_id  TEXT REFERENCES candidates(id) ON DELETE CASCADE,
    reason        TEXT,
    unsubscribed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX email_unsubscribes_email_idx ON email_unsubscribes(lower(email));
CREATE INDEX email_unsubscribes_user_idx ON email_unsubscribes(user_id);
CREATE INDEX email_unsubscribes_candidate_idx ON email_unsubscribes(candidate_id);

CREATE TABLE email_delivery_events (
    id            TEXT PRIMARY KEY NOT NULL,
    recipient_id  TEXT NOT NULL REFERENCES campaign_recipients(id) ON DELETE CASCADE,
    event_type    TEXT NOT NULL CHECK (event_type IN ('queued','sent','delivered','opened','clicked','bounced','complained','failed')),
    occurred_at   TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX email_delivery_events_recipient_idx ON email_delivery_events(recipient_id, occurred_at);

CREATE TABLE email_webhook_logs (
    id            TEXT PRIMARY KEY NOT NULL,
    event_id      TEXT REFERENCES email_delivery_events(id) ON DELETE SET NULL,
    provider      TEXT NOT NULL,
    payload       TEXT NOT NULL CHECK (json_valid(payload)),
    status        TEXT NOT NULL DEFAULT 'processed' CHECK (status IN ('received','processed','ignored','failed')),
    received_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX email_webhook_logs_event_idx ON email_webhook_logs(event_id);

-- Notifications: seed 001 notifications + seed 004 Notification.
CREATE TABLE notifications (
    id                  TEXT PRIMARY KEY NOT NULL,
    user_id             TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    triggered_by        TEXT REFERENCES users(id) ON DELETE SET NULL,
    notification_type   TEXT NOT NULL DEFAULT 'system' CHECK (notification_type IN
                          ('system','assessment','interview','application','proctoring','follow_up','sync','mention')),
    title               TEXT NOT NULL,
    message             TEXT,
    related_entity_type TEXT,
    related_entity_id   TEXT,
    action_url          TEXT,
    priority            TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
    is_read             INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0,1)),
    read_at             TEXT,
    is_archived         INTEGER NOT NULL DEFAULT 0 CHECK (is_archived IN (0,1)),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX notifications_user_read_idx ON notifications(user_id, is_read);
CREATE INDEX notifications_user_created_idx ON notifications(user_id, created_at);
CREATE INDEX notifications_triggered_by_idx ON notifications(triggered_by);

CREATE TABLE notification_delivery_logs (
    id              TEXT PRIMARY KEY NOT NULL,
    notification_id TEXT NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
    channel         TEXT NOT NULL CHECK (channel IN ('in_app','desktop','email','sms')),
    status          TEXT NOT NULL CHECK (status IN ('pending','sent','delivered','failed')),
    error           TEXT,
    attempted_at    TEXT NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX notification_delivery_logs_notification_idx ON notification_delivery_logs(notification_id);

-- Seed 001 recruiterNotificationPreferences + aiNotificationPreferences, one table by scope.
CREATE TABLE notification_preferences (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    recruiter_id TEXT REFERENCES recruiters(id) ON DELETE CASCADE,
    scope        TEXT NOT NULL DEFAULT 'general' CHECK (scope IN ('general','recruiter','ai')),
    event_type   TEXT NOT NULL,
    channels     TEXT NOT NULL DEFAULT '["in_app"]' CHECK (json_valid(channels)),
    frequency    TEXT NOT NULL DEFAULT 'instant' CHECK (frequency IN ('instant','hourly','daily','weekly','never')),
    is_enabled   INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0,1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX notification_preferences_user_idx ON notification_preferences(user_id, scope);
CREATE INDEX notification_preferences_recruiter_idx ON notification_preferences(recruiter_id);

CREATE TABLE ai_notification_queue (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('match_digest','follow_up_nudge','profile_tip','interview_prep','market_insight')),
    payload      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sent','failed','cancelled')),
    scheduled_for TEXT NOT NULL,
    sent_at      TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX ai_notification_queue_user_idx ON ai_notification_queue(user_id, status, scheduled_for);

CREATE TABLE linkedin_profiles (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT REFERENCES candidates(id) ON DELETE SET NULL,
    profile_url    TEXT NOT NULL,
    full_name      TEXT,
    headline       TEXT,
    location       TEXT,
    current_company TEXT,
    profile_data   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(profile_data)),
    fetched_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX linkedin_profiles_candidate_idx ON linkedin_profiles(candidate_id);
CREATE INDEX linkedin_profiles_url_idx ON linkedin_profiles(profile_url);

CREATE TABLE linkedin_inmails (
    id          TEXT PRIMARY KEY NOT NULL,
    profile_id  TEXT NOT NULL REFERENCES linkedin_profiles(id) ON DELETE CASCADE,
    sent_by     TEXT REFERENCES users(id) ON DELETE SET NULL,
    template_id TEXT REFERENCES email_templates(id) ON DELETE SET NULL,
    subject     TEXT,
    body        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','sent','accepted','declined','replied','no_response')),
    sent_at     TEXT,
    replied_at  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX linkedin_inmails_profile_idx ON linkedin_inmails(profile_id);
CREATE INDEX linkedin_inmails_sent_by_idx ON linkedin_inmails(sent_by);
CREATE INDEX linkedin_inmails_template_idx ON linkedin_inmails(template_id);

CREATE TABLE linkedin_credit_usage (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    inmail_id   TEXT REFERENCES linkedin_inmails(id) ON DELETE SET NULL,
    credits     INTEGER NOT NULL DEFAULT 1 CHECK (credits >= 0),
    reason      TEXT NOT NULL DEFAULT 'inmail' CHECK (reason IN ('inmail','profile_view','search','refund')),
    used_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX linkedin_credit_usage_user_idx ON linkedin_credit_usage(user_id, used_at);
CREATE INDEX linkedin_credit_usage_inmail_idx ON linkedin_credit_usage(inmail_id);

CREATE TABLE sourcing_campaigns (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    requisition_id TEXT REFERENCES requisitions(id) ON DELETE SET NULL,
    created_by     TEXT REFERENCES users(id) ON DELETE SET NULL,
    channel        TEXT NOT NULL DEFAULT 'linkedin' CHECK (channel IN ('linkedin','job_board','referral','github','event','other')),
    criteria       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(criteria)),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft','active','paused','completed')),
    target_count   INTEGER CHECK (target_count IS NULL OR target_count >= 0),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX sourcing_campaigns_created_by_idx ON sourcing_campaigns(created_by);
CREATE INDEX sourcing_campaigns_requisition_idx ON sourcing_campaigns(requisition_id);

CREATE TABLE sourced_candidates (
    id           TEXT PRIMARY KEY NOT NULL,
    campaign_id  TEXT NOT NULL REFERENCES sourcing_campaigns(id) ON DELETE CASCADE,
    candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'identified' CHECK (status IN ('identified','contacted','responded','interested','not_interested','converted')),
    fit_score    INTEGER CHECK (fit_score IS NULL OR fit_score BETWEEN 0 AND 100),
    contacted_at TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX sourced_candidates_campaign_idx ON sourced_candidates(campaign_id, status);
CREATE INDEX sourced_candidates_candidate_idx ON sourced_candidates(candidate_id);

-- Calendar connections: OAuth tokens live in the OS keyring (keyring_entry), never here.
CREATE TABLE calendar_integrations (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    provider       TEXT NOT NULL CHECK (provider IN ('google','outlook','apple','ics')),
    account_email  TEXT,
    keyring_entry  TEXT,
    sync_enabled   INTEGER NOT NULL DEFAULT 1 CHECK (sync_enabled IN (0,1)),
    last_synced_at TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX calendar_integrations_user_idx ON calendar_integrations(user_id);

CREATE TABLE calendar_events (
    id              TEXT PRIMARY KEY NOT NULL,
    integration_id  TEXT REFERENCES calendar_integrations(id) ON DELETE CASCADE,
    interview_id    TEXT REFERENCES interviews(id) ON DELETE CASCADE,
    external_event_id TEXT,
    title           TEXT NOT NULL,
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL,
    timezone        TEXT NOT NULL DEFAULT 'UTC',
    location        TEXT,
    status          TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('tentative','confirmed','cancelled')),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX calendar_events_integration_idx ON calendar_events(integration_id, starts_at);
CREATE INDEX calendar_events_interview_idx ON calendar_events(interview_id);

CREATE TABLE scheduling_links (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    requisition_id   TEXT REFERENCES requisitions(id) ON DELETE CASCADE,
    slug             TEXT NOT NULL,
    title            TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 5 AND 480),
    availability     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(availability)),
    is_active        INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    expires_at       TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX scheduling_links_user_idx ON scheduling_links(user_id);
CREATE INDEX scheduling_links_requisition_idx ON scheduling_links(requisition_id);

-- Conversations: seed 002 coach Conversation (user with AI) and seed 003 chat_messages grouped
-- per application (candidate, bot and recruiter).
CREATE TABLE conversations (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications(id) ON DELETE CASCADE,
    context        TEXT NOT NULL DEFAULT 'general' CHECK (context IN
                     ('general','career_advice','resume_review','interview_prep','job_search','salary_negotiation','application_chat')),
    title          TEXT,
    metadata       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (user_id IS NOT NULL OR application_id IS NOT NULL)
);
CREATE INDEX conversations_user_idx ON conversations(user_id, context);
CREATE INDEX conversations_application_idx ON conversations(application_id);

CREATE TABLE messages (
    id              TEXT PRIMARY KEY NOT NULL,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sender_type     TEXT NOT NULL CHECK (sender_type IN ('user','assistant','system','candidate','bot','recruiter')),
    sender_user_id  TEXT REFERENCES users(id) ON DELETE SET NULL,
    content         TEXT NOT NULL,
    metadata        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    is_read         INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0,1)),
    sent_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX messages_conversation_idx ON messages(conversation_id, created_at);
CREATE INDEX messages_sender_idx ON messages(sender_user_id);
