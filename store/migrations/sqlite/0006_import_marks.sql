-- When an import last brought a record in line with its file. A field staff change after this
-- (audit_log rows with a staff_id) is theirs: the next import reports it instead of overwriting.
CREATE TABLE import_marks (
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (record_kind, record_id)
) STRICT;
