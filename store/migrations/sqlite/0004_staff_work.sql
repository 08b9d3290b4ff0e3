-- What staff work needs: failed logins and lockout, who verified a service and when, the audit
-- log of every change, and residents' messages waiting for moderation. Times are Unix seconds.

ALTER TABLE staff_users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN locked_until INTEGER;

ALTER TABLE services ADD COLUMN verified_at INTEGER;
ALTER TABLE services ADD COLUMN verified_by TEXT;
CREATE INDEX services_verified ON services (verified_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    staff_id    INTEGER REFERENCES staff_users (id),
    staff_name  TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_record ON audit_log (record_kind, record_id, id);

CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    service_id INTEGER REFERENCES services (id),
    message    TEXT NOT NULL,
    contact    TEXT,
    status     TEXT NOT NULL DEFAULT 'nova' CHECK (status IN ('nova', 'vyrizena', 'zamitnuta'))
) STRICT;
CREATE INDEX feedback_status ON feedback (status, created_at);
