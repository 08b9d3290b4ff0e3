-- The site-wide search over news, events, the plan's text, documents and drafts
-- (domain::site_search::Entry): rebuilt whole from those records whenever one changes.
CREATE VIRTUAL TABLE content_search USING fts5 (
    kind UNINDEXED,
    title UNINDEXED,
    href UNINDEXED,
    excerpt UNINDEXED,
    stems
);
