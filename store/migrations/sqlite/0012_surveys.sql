-- Short anonymous surveys: the questions as JSON (domain::survey::Question), and each response
-- as JSON answers in question order. Nothing about who answered is stored.
CREATE TABLE surveys (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    intro      TEXT NOT NULL,
    questions  TEXT NOT NULL,
    open       INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE survey_responses (
    id           INTEGER PRIMARY KEY,
    survey_id    INTEGER NOT NULL REFERENCES surveys (id),
    submitted_at INTEGER NOT NULL,
    answers      TEXT NOT NULL
) STRICT;
CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id);
