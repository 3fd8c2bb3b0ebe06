package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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
	// LeaseOwner is the replica that leased the feed last (see
	// ClaimFeeds), LeaseUntil when its lease ends; zero when released.
	LeaseOwner string
	LeaseUntil time.Time
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
	last_success, last_attempt, last_error, next_poll, failing_since, origin, added_by, lease_owner, lease_until`

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

// ClaimFeeds leases to owner, until until, the feeds among ids that are due
// at now and that no other owner holds a lease on, at most limit of them
// (limit <= 0: all), the longest due first, and returns them with their
// state. The other feeds of ids come back in rest with theirs, so
// that the caller knows when each is due again: at NextPoll, or when
// another owner's lease ends. On Postgres, replicas claiming at once skip
// each other's rows; a feed is then polled once per interval, by one
// replica, and by another when that one's lease runs out.
func (s *Store) ClaimFeeds(ctx context.Context, owner string, ids []int64, now, until time.Time, limit int) (claimed, rest []Feed, err error) {
	if len(ids) == 0 {
		return nil, nil, nil
	}
	idArgs := make([]any, len(ids))
	for i, id := range ids {
		idArgs[i] = id
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
			UPDATE feeds SET lease_owner = ?1, lease_until = ?2
			WHERE id IN (
				SELECT id FROM feeds
				WHERE next_poll <= ?3 AND (lease_until <= ?3 OR lease_owner = ?1) AND id IN (`+placeholders(len(ids))+`)
				ORDER BY next_poll, id LIMIT ?`+s.d.skipLocked+`)
			RETURNING `+feedColumns, append(append([]any{owner, unixNano(until), unixNano(now)}, idArgs...), sqlLimit(limit))...)
		if err != nil {
			return err
		}
		if claimed, err = collect(rows, func(r *sql.Rows) (Feed, error) { return scanFeed(r) }); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, `
			SELECT `+feedColumns+` FROM feeds WHERE id IN (`+placeholders(len(ids))+`)
			AND NOT (lease_owner = ? AND lease_until = ?) ORDER BY id`, append(idArgs, owner, unixNano(until))...)
		if err != nil {
			return err
		}
		rest, err = collect(rows, func(r *sql.Rows) (Feed, error) { return scanFeed(r) })
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("storage: claim feeds: %w", err)
	}
	slices.SortFunc(claimed, func(a, b Feed) int { return cmp.Compare(a.ID, b.ID) })
	return claimed, rest, nil
}

// ExtendFeedLease moves owner's lease on the feed id to until, so that a
// long poll keeps its feed. It reports false, changing nothing, when owner
// no longer holds the lease: it ran out and another took it, or the poll's
// state was saved.
func (s *Store) ExtendFeedLease(ctx context.Context, id int64, owner string, until time.Time) (bool, error) {
	res, err := s.write.ExecContext(ctx, `
		UPDATE feeds SET lease_until = ? WHERE id = ? AND lease_owner = ? AND lease_until <> 0`, unixNano(until), id, owner)
	if err == nil {
		var held bool
		if held, err = changedRows(res); err == nil {
			return held, nil
		}
	}
	return false, fmt.Errorf("storage: extend the lease on feed %d: %w", id, err)
}

// SaveFeedState stores f's polling state (validators, error count, times,
// last error, failing since) on the feed with f.ID and ends f.LeaseOwner's
// lease on it; name, URL and tags belong to UpsertFeed and are left alone.
func (s *Store) SaveFeedState(ctx context.Context, f Feed) error {
	res, err := s.write.ExecContext(ctx, `
		UPDATE feeds SET etag = ?, last_modified = ?, error_count = ?, last_success = ?,
			last_attempt = ?, last_error = ?, next_poll = ?, failing_since = ?,
			lease_until = CASE WHEN lease_owner = ? THEN 0 ELSE lease_until END
		WHERE id = ?`,
		f.ETag, f.LastModified, f.ErrorCount, unixNano(f.LastSuccess),
		unixNano(f.LastAttempt), f.LastError, unixNano(f.NextPoll), unixNano(f.FailingSince), f.LeaseOwner, f.ID)
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
		f                                                            Feed
		tags                                                         string
		lastSuccess, lastAttempt, nextPoll, failingSince, leaseUntil int64
	)
	err := r.Scan(&f.ID, &f.Name, &f.URL, &tags, &f.ETag, &f.LastModified, &f.ErrorCount,
		&lastSuccess, &lastAttempt, &f.LastError, &nextPoll, &failingSince, &f.Origin, &f.AddedBy, &f.LeaseOwner, &leaseUntil)
	if err != nil {
		return Feed{}, err
	}
	f.LastSuccess, f.LastAttempt, f.NextPoll = fromUnixNano(lastSuccess), fromUnixNano(lastAttempt), fromUnixNano(nextPoll)
	f.FailingSince, f.LeaseUntil = fromUnixNano(failingSince), fromUnixNano(leaseUntil)
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
