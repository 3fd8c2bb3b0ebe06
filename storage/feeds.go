package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
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
	// FailingSince is when the current run of failures began; zero while
	// the feed is well.
	FailingSince time.Time
	Origin       string // OriginConfig or OriginChat
	AddedBy      string // who added a chat feed, such as "slack:U0123"
}

// Where a feed comes from.
const (
	OriginConfig = "config"
	OriginChat   = "chat"
)

// Errors of AddFeed and RemoveFeed.
var (
	ErrFeedExists = errors.New("storage: a feed with this name or URL exists")
	ErrConfigFeed = errors.New("storage: the feed comes from the config")
)

const feedColumns = `id, name, url, tags, etag, last_modified, error_count,
	last_success, last_attempt, last_error, next_poll, failing_since, origin, added_by`

// UpsertFeed creates the feed called name or updates its URL and tags,
// keeping its polling state and its origin: a new feed is the config's.
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

// AddFeed registers a feed added from the chat by addedBy. It returns
// ErrFeedExists, wrapped with which of name and URL is taken, when another
// feed has either: one source polled twice would store its articles twice
// as often as its outlet publishes them.
func (s *Store) AddFeed(ctx context.Context, name, url, addedBy string) (Feed, error) {
	var f Feed
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var taken string
		err := tx.QueryRowContext(ctx, `SELECT name FROM feeds WHERE name = ? OR lower(url) = lower(?) LIMIT 1`, name, url).Scan(&taken)
		switch {
		case err == nil && taken == name:
			return fmt.Errorf("%w: the name %q", ErrFeedExists, name)
		case err == nil:
			return fmt.Errorf("%w: the URL, as %q", ErrFeedExists, taken)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		f, err = scanFeed(tx.QueryRowContext(ctx, `
			INSERT INTO feeds (name, url, origin, added_by) VALUES (?, ?, 'chat', ?)
			RETURNING `+feedColumns, name, url, addedBy))
		return err
	})
	if err != nil {
		return Feed{}, fmt.Errorf("storage: add feed %q: %w", name, err)
	}
	return f, nil
}

// RemoveFeed removes a feed added from the chat, keeping its articles. It
// returns ErrNotFound when there is no feed called name and ErrConfigFeed
// when it is the config's, which only the config can remove.
func (s *Store) RemoveFeed(ctx context.Context, name string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var origin string
		err := tx.QueryRowContext(ctx, `SELECT origin FROM feeds WHERE name = ?`, name).Scan(&origin)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrNotFound
		case err != nil:
			return err
		case origin != OriginChat:
			return ErrConfigFeed
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM feeds WHERE name = ?`, name)
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: remove feed %q: %w", name, err)
	}
	return nil
}

// SaveFeedState stores f's polling state (validators, error count, times,
// last error, failing since) on the feed with f.ID; name, URL and tags belong to
// UpsertFeed and are left alone.
func (s *Store) SaveFeedState(ctx context.Context, f Feed) error {
	res, err := s.write.ExecContext(ctx, `
		UPDATE feeds SET etag = ?, last_modified = ?, error_count = ?, last_success = ?,
			last_attempt = ?, last_error = ?, next_poll = ?, failing_since = ?
		WHERE id = ?`,
		f.ETag, f.LastModified, f.ErrorCount, unixNano(f.LastSuccess),
		unixNano(f.LastAttempt), f.LastError, unixNano(f.NextPoll), unixNano(f.FailingSince), f.ID)
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
		f                                                Feed
		tags                                             string
		lastSuccess, lastAttempt, nextPoll, failingSince int64
	)
	err := r.Scan(&f.ID, &f.Name, &f.URL, &tags, &f.ETag, &f.LastModified, &f.ErrorCount,
		&lastSuccess, &lastAttempt, &f.LastError, &nextPoll, &failingSince, &f.Origin, &f.AddedBy)
	if err != nil {
		return Feed{}, err
	}
	f.LastSuccess, f.LastAttempt, f.NextPoll = fromUnixNano(lastSuccess), fromUnixNano(lastAttempt), fromUnixNano(nextPoll)
	f.FailingSince = fromUnixNano(failingSince)
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
