-- The medium-term plans of social services, each whole as JSON (domain::plan::Plan, checked
-- before it is written); the current one is the latest by period.
CREATE TABLE plans (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    from_year INTEGER NOT NULL,
    to_year   INTEGER NOT NULL,
    data      TEXT NOT NULL
) STRICT;
