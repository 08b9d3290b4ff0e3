-- Images staff upload for news (domain::upload): kept in the database under the server-made
-- name (hash and extension), with the kind recognised from their bytes and their size in pixels.
CREATE TABLE images (
    name        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    uploaded_at INTEGER NOT NULL,
    uploaded_by TEXT NOT NULL
) STRICT;

ALTER TABLE articles ADD COLUMN image TEXT REFERENCES images (name);
ALTER TABLE articles ADD COLUMN image_alt TEXT;
