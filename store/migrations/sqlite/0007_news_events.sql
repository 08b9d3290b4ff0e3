-- News and events of the community planning. `audiences` is a JSON list of audience slugs; an
-- empty list concerns everyone.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    published_on TEXT NOT NULL,
    summary      TEXT NOT NULL,
    body         TEXT NOT NULL,
    audiences    TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX articles_by_date ON articles (published_on DESC, id DESC);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    starts      TEXT NOT NULL,
    ends        TEXT NOT NULL,
    place       TEXT NOT NULL,
    description TEXT NOT NULL,
    audiences   TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX events_by_start ON events (starts);
