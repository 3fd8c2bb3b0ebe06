-- When each event happened, as far as its sentence says (the day at midnight
-- UTC, in Unix nanoseconds), and whether the sentence gives it as earlier
-- context rather than the news of the day. Events stored before this step
-- happened on their article's day and are news.
ALTER TABLE events ADD COLUMN happened INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0 CHECK (background IN (0, 1));
UPDATE events SET happened = date - date % 86400000000000;
