-- Providers keep their own records: mail leaves through an outbox, invited contact addresses sign
-- in by one-time links, each verification is logged with its source, providers are asked round
-- by round, and their proposed edits wait for staff.

-- Mail to send, written in the same transaction as what caused it; a worker claims due rows,
-- sends them and marks them sent, or sets the next attempt (backoff), or marks them bounced when
-- the server refused the recipient for good.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- A worker holds the row until then; another may take it afterwards.
    claimed_until   INTEGER,
    sent_at         INTEGER,
    bounced_at      INTEGER,
    last_error      TEXT
) STRICT;
CREATE INDEX outbox_waiting ON outbox (next_attempt_at) WHERE sent_at IS NULL AND bounced_at IS NULL;

-- Addresses staff invited to keep an organisation's records (lower case).
CREATE TABLE provider_contacts (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    invited_at      INTEGER NOT NULL,
    invited_by      TEXT NOT NULL,
    -- The token of the address's "stop the messages" link (not a secret worth hashing: it only
    -- stops the verification requests).
    unsubscribe     TEXT NOT NULL UNIQUE,
    unsubscribed_at INTEGER,
    UNIQUE (organization_id, email)
) STRICT;
CREATE INDEX provider_contacts_by_email ON provider_contacts (email);

-- Links sent to a contact: a sign-in link (used once) or a round's verification link.
CREATE TABLE provider_links (
    -- SHA-256 of the token, hex: the token itself is only in the message.
    token_hash TEXT PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES provider_contacts (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT;

-- Every confirmation of a service: when, by whom, from which source.
CREATE TABLE verifications (
    id          INTEGER PRIMARY KEY,
    service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    verified_at INTEGER NOT NULL,
    source      TEXT NOT NULL,
    by_name     TEXT NOT NULL
) STRICT;
CREATE INDEX verifications_by_service ON verifications (service_id, verified_at);

-- A provider's round of asking: the first message, reminders, and staff's task.
CREATE TABLE verification_rounds (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    started_at      INTEGER NOT NULL,
    reminders       INTEGER NOT NULL DEFAULT 0,
    task_at         INTEGER,
    closed_at       INTEGER
) STRICT;
CREATE UNIQUE INDEX verification_rounds_open ON verification_rounds (organization_id) WHERE closed_at IS NULL;

-- A provider's proposed edit of one service: the changed fields (JSON list of field, old, new),
-- waiting for staff, approved, or returned with a reason the provider sees.
CREATE TABLE service_proposals (
    id           INTEGER PRIMARY KEY,
    service_id   INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    contact_id   INTEGER NOT NULL REFERENCES provider_contacts (id) ON DELETE CASCADE,
    submitted_at INTEGER NOT NULL,
    changes      TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'ceka',
    reason       TEXT,
    decided_at   INTEGER,
    decided_by   TEXT
) STRICT;
CREATE INDEX service_proposals_waiting ON service_proposals (state, submitted_at);

-- Staff accounts may have an address, to which their password links go.
ALTER TABLE staff_users ADD COLUMN email TEXT;
