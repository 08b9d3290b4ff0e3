-- Ukrainian and English beside the Czech: each record's translations as one JSON object by
-- language code ({"uk": {...}, "en": {...}}), read through domain::lang::Translations.
ALTER TABLE audiences ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE topics ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE faqs ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
