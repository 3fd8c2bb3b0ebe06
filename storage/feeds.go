package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Feed is a configured feed with its polling state.
type Feed struct {
	ID           int64
	Name, URL    string
	Tags         []string
	ETag         string
	LastModified string
	ErrorCount   int // consecutive failures
	LastSuccess  time.Time
	LastAttempt  time.Time
	LastError    string
	NextPoll     time.Time // backoff / schedule state
	Disabled     bool
}

const feedColumns = `id, name, url, tags, etag, last_modified, error_count,
	last_success, last_attempt, last_error, next_poll, disabled`

// UpsertFeed creates the feed called name or updates its URL and tags,
// keeping its polling state.
func (s *Store) UpsertFeed(ctx context.Context, name, url string, tags []string) (Feed, error) {
	row := s.write.QueryRowContext(ctx, `
		INSERT INTO feeds (name, url, tags) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET url = excluded.url, tags = excluded.tags
		RETURNING `+feedColumns, name, url, encodeList(tags))
	f, err := scanFeed(row)
	if err != nil {
		return Feed{}, fmt.Errorf("storage: upsert feed %q: %w", name, err)
	}
	return f, nil
}

// Feeds returns every feed, ordered by name.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("storage: feeds: %w", err)
	}
	feeds, err := collect(rows, func(r *sql.Rows) (Feed, error) { return scanFeed(r) })
	if err != nil {
		return nil, fmt.Errorf("storage: feeds: %w", err)
	}
	return feeds, nil
}

// SaveFeedState stores f's polling state (validators, error count, times,
// last error, disabled) on the feed with f.ID; name, URL and tags belong to
// UpsertFeed and are left alone.
func (s *Store) SaveFeedState(ctx context.Context, f Feed) error {
	res, err := s.write.ExecContext(ctx, `
		UPDATE feeds SET etag = ?, last_modified = ?, error_count = ?, last_success = ?,
			last_attempt = ?, last_error = ?, next_poll = ?, disabled = ?
		WHERE id = ?`,
		f.ETag, f.LastModified, f.ErrorCount, unixNano(f.LastSuccess),
		unixNano(f.LastAttempt), f.LastError, unixNano(f.NextPoll), f.Disabled, f.ID)
	if err == nil {
		err = expectOneRow(res)
	}
	if err != nil {
		return fmt.Errorf("storage: save feed state %d: %w", f.ID, err)
	}
	return nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanFeed(r scanner) (Feed, error) {
	var (
		f                                  Feed
		tags                               string
		lastSuccess, lastAttempt, nextPoll int64
	)
	err := r.Scan(&f.ID, &f.Name, &f.URL, &tags, &f.ETag, &f.LastModified, &f.ErrorCount,
		&lastSuccess, &lastAttempt, &f.LastError, &nextPoll, &f.Disabled)
	if err != nil {
		return Feed{}, err
	}
	f.LastSuccess, f.LastAttempt, f.NextPoll = fromUnixNano(lastSuccess), fromUnixNano(lastAttempt), fromUnixNano(nextPoll)
	f.Tags, err = decodeList(tags)
	return f, err
}

// expectOneRow turns an update or delete that matched nothing into ErrNotFound.
func expectOneRow(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// encodeList stores a string list as a JSON array; nil and empty are both "[]".
func encodeList(list []string) string {
	if len(list) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(list) // a []string always marshals
	return string(b)
}

// decodeList reads a JSON array written by encodeList; "[]" gives nil.
func decodeList(s string) ([]string, error) {
	if s == "" || s == "[]" {
		return nil, nil
	}
	var list []string
	if err := json.Unmarshal([]byte(s), &list); err != nil {
		return nil, fmt.Errorf("decode list %q: %w", s, err)
	}
	return list, nil
}
