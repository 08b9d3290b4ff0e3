-- The catalogue: municipalities, audiences, organisations, their services, where and to whom.
-- Sets of code-list values (delivery forms, target groups) are kept as integer bit masks whose bit
-- positions the domain crate fixes; services match a filter with a single AND.

CREATE TABLE site_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE municipalities (
    code          INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    district      TEXT NOT NULL,
    district_code TEXT NOT NULL,
    region        TEXT NOT NULL,
    postcode      TEXT,
    lat           REAL NOT NULL,
    lon           REAL NOT NULL,
    sort_key      TEXT NOT NULL
) STRICT;
CREATE INDEX municipalities_district ON municipalities (district_code, sort_key);

CREATE TABLE audiences (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    target_groups INTEGER NOT NULL,
    position      INTEGER NOT NULL
) STRICT;

CREATE TABLE organizations (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    ico               TEXT UNIQUE,
    legal_form        TEXT,
    description       TEXT NOT NULL DEFAULT '',
    street            TEXT,
    municipality_code INTEGER REFERENCES municipalities (code),
    postcode          TEXT,
    phones            TEXT NOT NULL DEFAULT '[]',
    emails            TEXT NOT NULL DEFAULT '[]',
    web               TEXT,
    contact_note      TEXT,
    sort_key          TEXT NOT NULL
) STRICT;

CREATE TABLE services (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    keywords        TEXT NOT NULL DEFAULT '',
    service_type    TEXT,
    register_id     TEXT UNIQUE,
    forms           INTEGER NOT NULL,
    target_groups   INTEGER NOT NULL,
    hours           TEXT,
    phones          TEXT NOT NULL DEFAULT '[]',
    emails          TEXT NOT NULL DEFAULT '[]',
    web             TEXT,
    cost            TEXT,
    contact_note    TEXT,
    published       INTEGER NOT NULL DEFAULT 1,
    sort_key        TEXT NOT NULL
) STRICT;
CREATE INDEX services_organization ON services (organization_id);
CREATE INDEX services_listing ON services (published, sort_key);

CREATE TABLE locations (
    id                   INTEGER PRIMARY KEY,
    service_id           INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    name                 TEXT,
    street               TEXT,
    municipality_code    INTEGER NOT NULL REFERENCES municipalities (code),
    postcode             TEXT,
    lat                  REAL,
    lon                  REAL,
    position_approximate INTEGER NOT NULL DEFAULT 0,
    hours                TEXT
) STRICT;
CREATE INDEX locations_service ON locations (service_id, position);
CREATE INDEX locations_municipality ON locations (municipality_code, service_id);

-- Municipalities a field service reaches.
CREATE TABLE service_areas (
    service_id        INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    municipality_code INTEGER NOT NULL REFERENCES municipalities (code),
    PRIMARY KEY (service_id, municipality_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_areas_municipality ON service_areas (municipality_code, service_id);

-- Every municipality where a service is present: its locations and its area. Kept by the store
-- whenever either changes, so that the municipality filter is one indexed lookup.
CREATE TABLE service_places (
    municipality_code INTEGER NOT NULL REFERENCES municipalities (code),
    service_id        INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    PRIMARY KEY (municipality_code, service_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_places_service ON service_places (service_id);

-- Full-text search. rowid = services.id; `stems` holds the Czech stems (domain::text::stems) of
-- the service's name, organisation, keywords, description and code-list words, written by the
-- store. Queries match stems as prefixes: "dluhy" finds "dluhové" and "dluzích".
CREATE VIRTUAL TABLE service_search USING fts5 (
    stems,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
