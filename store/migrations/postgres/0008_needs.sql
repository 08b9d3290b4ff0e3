-- Where help is missing (domain::needs). A signal is a day's count of one kind and subject and
-- nothing else: no time of day, address, cookie or session; kept for at most 25 months.
CREATE TABLE signals (
    day     TEXT NOT NULL,
    kind    TEXT NOT NULL,
    subject TEXT NOT NULL,
    counted BIGINT NOT NULL,
    PRIMARY KEY (day, kind, subject)
);

-- Inhabitants of each municipality by five-year age band (ČSÚ's census table), replaced whole
-- by each import.
CREATE TABLE population (
    municipality_code BIGINT NOT NULL,
    age_from          BIGINT NOT NULL,
    people            BIGINT NOT NULL,
    PRIMARY KEY (municipality_code, age_from)
);
