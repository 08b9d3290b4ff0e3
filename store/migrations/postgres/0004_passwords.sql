-- Passwords staff change themselves, and one-time links an administrator starts for a forgotten
-- one. Each change counts up the account's password version; a session keeps the version it
-- began with and is over once the account's differs.
ALTER TABLE staff_users ADD COLUMN password_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE password_resets (
    -- SHA-256 of the link's token, hex: the token itself is shown once and never stored.
    token_hash TEXT PRIMARY KEY,
    staff_id   BIGINT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
