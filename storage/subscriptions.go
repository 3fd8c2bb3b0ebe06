package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// Subscription says that a channel wants briefings about a region or an actor.
type Subscription struct {
	Platform, Channel string
	Kind              string // "region" or "actor"
	Value             string // the region slug or actor ID
}

// Subscription kinds.
const (
	KindRegion = "region"
	KindActor  = "actor"
)

// Subscribe adds sub; added is false if the channel already had it.
func (s *Store) Subscribe(ctx context.Context, sub Subscription) (added bool, err error) {
	res, err := s.write.ExecContext(ctx, `
		INSERT INTO subscriptions (platform, channel, kind, value) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, sub.Platform, sub.Channel, sub.Kind, sub.Value)
	if err != nil {
		return false, fmt.Errorf("storage: subscribe %s/%s to %s %q: %w", sub.Platform, sub.Channel, sub.Kind, sub.Value, err)
	}
	return changedRows(res)
}

// Unsubscribe removes sub; removed is false if the channel did not have it.
func (s *Store) Unsubscribe(ctx context.Context, sub Subscription) (removed bool, err error) {
	res, err := s.write.ExecContext(ctx, `
		DELETE FROM subscriptions WHERE platform = ? AND channel = ? AND kind = ? AND value = ?`,
		sub.Platform, sub.Channel, sub.Kind, sub.Value)
	if err != nil {
		return false, fmt.Errorf("storage: unsubscribe %s/%s from %s %q: %w", sub.Platform, sub.Channel, sub.Kind, sub.Value, err)
	}
	return changedRows(res)
}

// ClearSubscriptions removes every subscription of a channel and returns
// how many there were.
func (s *Store) ClearSubscriptions(ctx context.Context, platform, channel string) (int, error) {
	res, err := s.write.ExecContext(ctx, `DELETE FROM subscriptions WHERE platform = ? AND channel = ?`, platform, channel)
	if err != nil {
		return 0, fmt.Errorf("storage: clear subscriptions of %s/%s: %w", platform, channel, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("storage: clear subscriptions of %s/%s: %w", platform, channel, err)
	}
	return int(n), nil
}

// WithSubscriptions returns f widened by the subscriptions' regions and
// actors, each once: what a channel configured to follow f gets once it
// has subscribed from the chat.
func (f Filter) WithSubscriptions(subs []Subscription) Filter {
	out := Filter{Regions: slices.Clone(f.Regions), Actors: slices.Clone(f.Actors)}
	for _, sub := range subs {
		list := &out.Actors
		if sub.Kind == KindRegion {
			list = &out.Regions
		}
		if !slices.Contains(*list, sub.Value) {
			*list = append(*list, sub.Value)
		}
	}
	return out
}

// Has reports whether f names the region or actor (kind KindRegion or
// KindActor) itself.
func (f Filter) Has(kind, value string) bool {
	if kind == KindRegion {
		return slices.Contains(f.Regions, value)
	}
	return slices.Contains(f.Actors, value)
}

// Subscriptions returns the subscriptions of a channel, ordered by kind and
// value. An empty channel means every channel of the platform, and an empty
// platform every platform, so the scheduler can load them all at once.
func (s *Store) Subscriptions(ctx context.Context, platform, channel string) ([]Subscription, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT platform, channel, kind, value FROM subscriptions
		WHERE (?1 = '' OR platform = ?1) AND (?2 = '' OR channel = ?2)
		ORDER BY platform, channel, kind, value`, platform, channel)
	if err != nil {
		return nil, fmt.Errorf("storage: subscriptions of %s/%s: %w", platform, channel, err)
	}
	subs, err := collect(rows, func(r *sql.Rows) (s Subscription, err error) {
		return s, r.Scan(&s.Platform, &s.Channel, &s.Kind, &s.Value)
	})
	if err != nil {
		return nil, fmt.Errorf("storage: subscriptions of %s/%s: %w", platform, channel, err)
	}
	return subs, nil
}

func changedRows(res sql.Result) (bool, error) {
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("storage: rows affected: %w", err)
	}
	return n > 0, nil
}
