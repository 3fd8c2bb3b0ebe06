-- New articles are now indexed for search by the store itself, once per
-- write transaction (see indexNewArticles). The insert trigger made FTS5 flush
-- its pending index to disk at every statement of a transaction, which slowed
-- a bulk import by an order of magnitude. Updates and deletes keep their
-- triggers.
DROP TRIGGER IF EXISTS articles_fts_insert;
