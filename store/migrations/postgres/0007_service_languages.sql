-- The languages a service's staff help in (HSDS `language`), a bit mask of
-- domain::ServiceLanguage like the delivery forms; 0 while nobody has said.
ALTER TABLE services ADD COLUMN languages BIGINT NOT NULL DEFAULT 0;
