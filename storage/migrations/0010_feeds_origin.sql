-- Feeds come from the config file or are added by an admin from the chat;
-- only the latter can be removed from the chat. added_by is who added one
-- ("slack:U0123"), empty for the config's.
ALTER TABLE feeds ADD COLUMN origin TEXT NOT NULL DEFAULT 'config' CHECK (origin IN ('config', 'chat'));
ALTER TABLE feeds ADD COLUMN added_by TEXT NOT NULL DEFAULT '';
