-- Rate limits of public forms and the login: one row per counted attempt of a client, so that
-- every server process on this database counts the same attempts.
CREATE TABLE attempts (
    bucket TEXT NOT NULL,
    client TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX attempts_by_client ON attempts (bucket, client, at);
CREATE INDEX attempts_by_age ON attempts (bucket, at);
