-- Public consultation of drafts: a comment period on a draft (Markdown; its `## ` headings are
-- the sections), and the comments on its sections with how staff settled them.
CREATE TABLE consultations (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    intro      TEXT NOT NULL,
    draft      TEXT NOT NULL,
    opens_on   TEXT NOT NULL,
    closes_on  TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

-- status: 'ceka' (waiting), 'vyporadana' (settled: outcome and response set), 'skryta' (hidden
-- by moderation, never shown).
CREATE TABLE consultation_comments (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    section         TEXT NOT NULL,
    body            TEXT NOT NULL,
    author          TEXT,
    created_at      INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'ceka',
    outcome         TEXT,
    response        TEXT,
    CHECK (status <> 'vyporadana' OR (outcome IS NOT NULL AND response IS NOT NULL))
) STRICT;
CREATE INDEX consultation_comments_by_consultation ON consultation_comments (consultation_id, status, id);
