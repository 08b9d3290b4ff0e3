-- Where help is missing (domain::needs). A signal is a day's count of one kind and subject and
-- nothing else: no time of day, address, cookie or session; kept for at most 25 months.
CREATE TABLE signals (
    day     TEXT NOT NULL,
    kind    TEXT NOT NULL,
    subject TEXT NOT NULL,
    counted INTEGER NOT NULL,
    PRIMARY KEY (day, kind, subject)
) STRICT, WITHOUT ROWID;

-- Inhabitants of each municipality by five-year age band (ČSÚ's census table), replaced whole
-- by each import.
CREATE TABLE population (
    municipality_code INTEGER NOT NULL,
    age_from          INTEGER NOT NULL,
    people            INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, age_from)
) STRICT, WITHOUT ROWID;
