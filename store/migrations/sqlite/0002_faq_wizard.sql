-- Topics, common questions, the wizard, and stable keys for services that content refers to.

-- A stable name for a service that FAQ answers and wizard outcomes can point at.
ALTER TABLE services ADD COLUMN key TEXT;
CREATE UNIQUE INDEX services_key ON services (key) WHERE key IS NOT NULL;

CREATE TABLE topics (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

-- The topics an audience asks about most, shown in the bottom menu when it is chosen.
CREATE TABLE audience_topics (
    audience_id INTEGER NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (audience_id, topic_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE faqs (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    question  TEXT NOT NULL,
    -- Markdown; the app renders it to safe HTML.
    answer    TEXT NOT NULL,
    position  INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 1
) STRICT;

-- No row for a question: it is for everyone.
CREATE TABLE faq_audiences (
    faq_id      INTEGER NOT NULL REFERENCES faqs (id) ON DELETE CASCADE,
    audience_id INTEGER NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    PRIMARY KEY (faq_id, audience_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE faq_topics (
    faq_id   INTEGER NOT NULL REFERENCES faqs (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (faq_id, topic_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE faq_services (
    faq_id     INTEGER NOT NULL REFERENCES faqs (id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (faq_id, service_id)
) STRICT, WITHOUT ROWID;

-- Czech stems of the question and the answer, as for services.
CREATE VIRTUAL TABLE faq_search USING fts5 (
    stems,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The wizard's decision tree as one JSON document, validated whole by the domain crate before it
-- is written.
CREATE TABLE wizard_trees (
    name       TEXT PRIMARY KEY,
    tree       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;
