package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// LLMAnswerTTL is how long a model's answer is kept: long enough for the
// same story to come back from another feed, or a labelled set to be
// scored again, and short enough that the table stays small.
const LLMAnswerTTL = 90 * 24 * time.Hour

// LLMAnswer returns the answer stored for what was sent (its hash), the
// model and the prompt's version; ok is false when there is none.
func (s *Store) LLMAnswer(ctx context.Context, textHash, model, promptVersion string) (answer []byte, ok bool, err error) {
	err = s.read.QueryRowContext(ctx, `
		SELECT answer FROM llm_answers WHERE text_hash = ? AND model = ? AND prompt_version = ?`,
		textHash, model, promptVersion).Scan(&answer)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("storage: llm answer: %w", err)
	}
	return answer, true, nil
}

// SaveLLMAnswer stores an answer, replacing one stored for the same key,
// and prunes the answers older than LLMAnswerTTL.
func (s *Store) SaveLLMAnswer(ctx context.Context, textHash, model, promptVersion string, answer []byte, now time.Time) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM llm_answers WHERE created < ?`, unixNano(now.Add(-LLMAnswerTTL))); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO llm_answers (text_hash, model, prompt_version, answer, created) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (text_hash, model, prompt_version) DO UPDATE SET answer = excluded.answer, created = excluded.created`,
			textHash, model, promptVersion, answer, unixNano(now))
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: save llm answer: %w", err)
	}
	return nil
}

// AddLLMTokens adds n tokens to those spent on the model on day (in UTC)
// and returns the day's total.
func (s *Store) AddLLMTokens(ctx context.Context, day time.Time, n int64) (total int64, err error) {
	err = s.write.QueryRowContext(ctx, `
		INSERT INTO llm_usage (day, tokens) VALUES (?, ?)
		ON CONFLICT (day) DO UPDATE SET tokens = llm_usage.tokens + excluded.tokens
		RETURNING tokens`, usageDay(day), n).Scan(&total)
	if err != nil {
		return 0, fmt.Errorf("storage: add llm tokens: %w", err)
	}
	return total, nil
}

// LLMTokens returns the tokens spent on the model on day (in UTC).
func (s *Store) LLMTokens(ctx context.Context, day time.Time) (int64, error) {
	var total int64
	err := s.read.QueryRowContext(ctx, `SELECT tokens FROM llm_usage WHERE day = ?`, usageDay(day)).Scan(&total)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("storage: llm tokens: %w", err)
	}
	return total, nil
}

// usageDay is how a day is keyed in llm_usage: its UTC date.
func usageDay(t time.Time) string { return t.UTC().Format(time.DateOnly) }
