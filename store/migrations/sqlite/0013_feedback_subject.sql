-- What a resident's message is about besides a service: 'sluzba' (a service's page, or a service
-- that is missing, told apart by service_id) or 'pristupnost' (the site's accessibility, from
-- the accessibility statement).
ALTER TABLE feedback ADD COLUMN subject TEXT NOT NULL DEFAULT 'sluzba';
