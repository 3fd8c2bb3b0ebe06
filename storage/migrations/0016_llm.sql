-- The optional LLM coder's answers, keyed by a hash of what was sent, the
-- model and the prompt's version, so that coding the same text again costs
-- no request. answer is the model's events as validated JSON; created (Unix
-- nanoseconds) lets old answers be pruned.
CREATE TABLE llm_answers (
    text_hash      TEXT    NOT NULL,
    model          TEXT    NOT NULL,
    prompt_version TEXT    NOT NULL,
    answer         BLOB    NOT NULL,
    created        INTEGER NOT NULL,
    PRIMARY KEY (text_hash, model, prompt_version)
) WITHOUT ROWID;
CREATE INDEX llm_answers_created ON llm_answers(created);

-- Tokens (in and out) spent on the model per UTC day ('YYYY-MM-DD'), so
-- that a restart does not reset the daily budget.
CREATE TABLE llm_usage (
    day    TEXT    PRIMARY KEY,
    tokens INTEGER NOT NULL
) WITHOUT ROWID;

-- What coded each event: '' the built-in coder, 'llm' a model, 'fallback'
-- the built-in coder standing in for a model that could not answer.
ALTER TABLE events ADD COLUMN backend TEXT NOT NULL DEFAULT '';
