-- CRM: client companies (seed 001 customers + seed 003 clients), their contacts, and the sales
-- pipeline of leads and tasks that turns prospects into clients.

CREATE TABLE leads (
    id                  TEXT PRIMARY KEY NOT NULL,
    owner_id            TEXT REFERENCES users(id) ON DELETE SET NULL,
    company_name        TEXT NOT NULL CHECK (length(trim(company_name)) > 0),
    contact_person      TEXT,
    contact_email       TEXT,
    contact_phone       TEXT,
    status              TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','contacted','qualified','proposal','negotiation','converted','lost')),
    service_type        TEXT CHECK (service_type IN ('permanent','contract','rpo','executive_search')),
    estimated_value_minor INTEGER CHECK (estimated_value_minor IS NULL OR estimated_value_minor >= 0),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    probability         INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
    expected_close_date TEXT,
    next_follow_up_at   TEXT,
    source              TEXT,
    notes               TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX leads_owner_idx ON leads(owner_id);
CREATE INDEX leads_status_idx ON leads(status);
CREATE INDEX leads_follow_up_idx ON leads(next_follow_up_at);

CREATE TABLE sales_tasks (
    id           TEXT PRIMARY KEY NOT NULL,
    lead_id      TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    is_completed INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0,1)),
    due_date     TEXT,
    assigned_to  TEXT REFERENCES users(id) ON DELETE SET NULL,
    completed_at TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX sales_tasks_lead_idx ON sales_tasks(lead_id);
CREATE INDEX sales_tasks_assigned_idx ON sales_tasks(assigned_to, is_completed, due_date);

CREATE TABLE clients (
    id                   TEXT PRIMARY KEY NOT NULL,
    company_id           TEXT REFERENCES companies(id) ON DELETE CASCADE,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    industry             TEXT,
    website              TEXT,
    billing_address      TEXT,
    billing_email        TEXT,
    payment_terms_days   INTEGER CHECK (payment_terms_days IS NULL OR payment_terms_days BETWEEN 0 AND 365),
    status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect','active','inactive','blacklisted')),
    corporate_identity   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(corporate_identity)),
    contract_start_date  TEXT,
    contract_end_date    TEXT,
    account_manager_id   TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_from_lead_id TEXT REFERENCES leads(id) ON DELETE SET NULL,
    created_by           TEXT REFERENCES users(id) ON DELETE SET NULL,
    notes                TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (contract_end_date IS NULL OR contract_start_date IS NULL OR contract_end_date >= contract_start_date)
);
CREATE INDEX clients_name_idx ON clients(name COLLATE NOCASE);
CREATE INDEX clients_status_idx ON clients(status);
CREATE INDEX clients_account_manager_idx ON clients(account_manager_id);
CREATE INDEX clients_lead_idx ON clients(created_from_lead_id);
CREATE INDEX clients_created_by_idx ON clients(created_by);

CREATE TABLE client_contacts (
    id          TEXT PRIMARY KEY NOT NULL,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    full_name   TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    title       TEXT,
    email       TEXT,
    phone       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0,1)),
    notes       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX client_contacts_client_idx ON client_contacts(client_id);
CREATE INDEX clients_company_idx ON clients(company_id);
