-- The national register, read as it is really published (issue 19).
--  * A service keeps what the register says of it beyond the editor's fields: its registered
--    capacities (a JSON list of {form, kind, maximum}; maxima, never free places), and, when the
--    register ended it or stopped listing it, the day and the reason it was unpublished.
--  * Address points of RÚIAN, converted from S-JTSK to WGS 84, place facilities exactly.
--  * Every run of the register import or its daily download is kept for staff.
ALTER TABLE services ADD COLUMN capacities TEXT NOT NULL DEFAULT '[]';
ALTER TABLE services ADD COLUMN register_ended_on TEXT;
ALTER TABLE services ADD COLUMN register_end_reason TEXT;

CREATE TABLE address_points (
    code INTEGER PRIMARY KEY,
    lat  REAL NOT NULL,
    lon  REAL NOT NULL
) STRICT;

CREATE TABLE register_runs (
    id             INTEGER PRIMARY KEY,
    started_at     INTEGER NOT NULL,
    duration_ms    INTEGER NOT NULL,
    source         TEXT NOT NULL,
    register_date  TEXT,
    outcome        TEXT NOT NULL CHECK (outcome IN ('imported', 'unchanged', 'refused')),
    content_hash   TEXT,
    region_current INTEGER,
    added          INTEGER NOT NULL DEFAULT 0,
    changed        INTEGER NOT NULL DEFAULT 0,
    ended          INTEGER NOT NULL DEFAULT 0,
    returned       INTEGER NOT NULL DEFAULT 0,
    refused        INTEGER NOT NULL DEFAULT 0,
    conflicts      INTEGER NOT NULL DEFAULT 0,
    message        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX register_runs_recent ON register_runs (started_at);
