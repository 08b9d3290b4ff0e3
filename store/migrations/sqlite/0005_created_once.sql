-- Creation forms carry a one-time key. The record a first submit made is remembered under it, so
-- a double submit (or a reload that posts again) finds that record instead of making a second.
-- Keys older than a day are swept with the expired sessions.
CREATE TABLE created_once (
    record_kind TEXT NOT NULL,
    token       TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (record_kind, token)
) STRICT, WITHOUT ROWID;
CREATE INDEX created_once_at ON created_once (at);
