package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot"
)

// Filter selects developments by actor: one matches if its source or target
// is one of Actors or belongs to one of Regions (as SyncActors last stored
// the actors' regions). An empty filter matches every development.
type Filter struct {
	Regions, Actors []string
}

// IsZero reports whether f matches every development.
func (f Filter) IsZero() bool { return len(f.Regions) == 0 && len(f.Actors) == 0 }

// actorSet is a filter resolved to the actor IDs it names; all means no filter.
type actorSet struct {
	all bool
	ids []any
}

// empty reports whether the set matches nothing.
func (a actorSet) empty() bool { return !a.all && len(a.ids) == 0 }

// in is the SQL list "(?, ?, ...)" of the set, for "column IN" + in.
func (a actorSet) in() string { return "(" + placeholders(len(a.ids)) + ")" }

// resolve expands f's regions to their actors (as SyncActors stored them).
func (s *Store) resolve(ctx context.Context, f Filter) (actorSet, error) {
	if f.IsZero() {
		return actorSet{all: true}, nil
	}
	ids := slices.Clone(f.Actors)
	if len(f.Regions) > 0 {
		args := make([]any, len(f.Regions))
		for i, r := range f.Regions {
			args[i] = r
		}
		rows, err := s.read.QueryContext(ctx,
			`SELECT actor_id FROM actor_regions WHERE region IN (`+placeholders(len(args))+`)`, args...)
		if err != nil {
			return actorSet{}, fmt.Errorf("resolve regions: %w", err)
		}
		inRegions, err := collect(rows, func(r *sql.Rows) (id string, err error) { return id, r.Scan(&id) })
		if err != nil {
			return actorSet{}, fmt.Errorf("resolve regions: %w", err)
		}
		ids = append(ids, inRegions...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	set := actorSet{ids: make([]any, len(ids))}
	for i, id := range ids {
		set.ids[i] = id
	}
	return set, nil
}

// DyadDay counts the news developments of one type from Source to Target
// that happened on one UTC day.
type DyadDay struct {
	Source, Target string
	Type           briefbot.EventType
	Day            time.Time // midnight UTC
	Count          int
}

const nanosPerDay = int64(24 * time.Hour)

// scanDyadDay reads source, target, type, day number and count.
func scanDyadDay(r *sql.Rows) (DyadDay, error) {
	var (
		d   DyadDay
		day int64
	)
	err := r.Scan(&d.Source, &d.Target, &d.Type, &day, &d.Count)
	d.Day = time.Unix(0, day*nanosPerDay).UTC()
	return d, err
}

// Counterpart is an actor that an actor had news developments with, and how
// many.
type Counterpart struct {
	Actor        string
	Developments int
}

// counterpartsQuery sums the whole weeks of a window from pair_weeks and its
// edge days from pair_days: the busiest actor's 90 days are then a few
// thousand summary rows, where its events are tens of thousands.
const counterpartsQuery = `
	SELECT counterpart, SUM(n) AS developments FROM (
		SELECT counterpart, n FROM pair_weeks WHERE actor = ?1 AND week >= ?2 AND week < ?3
		UNION ALL
		SELECT counterpart, n FROM pair_days WHERE actor = ?1 AND day >= ?4 AND day < ?5
		UNION ALL
		SELECT counterpart, n FROM pair_days WHERE actor = ?1 AND day >= ?6 AND day < ?7
	) AS days GROUP BY counterpart ORDER BY developments DESC, counterpart LIMIT ?8`

// Counterparts returns the actors that actor had news developments with, as
// source or target, that happened on the UTC days whose midnight falls in
// [from, to), most developments first (ties by ID), at most limit of them
// (limit <= 0: all). Developments of an actor with itself, and denials
// naming no accuser, have no counterpart. It reads per-week and per-day
// summaries, so a busy actor costs little more than a quiet one.
func (s *Store) Counterparts(ctx context.Context, actor string, from, to time.Time, limit int) ([]Counterpart, error) {
	rows, err := s.read.QueryContext(ctx, counterpartsQuery, counterpartsArgs(actor, from, to, limit)...)
	if err != nil {
		return nil, fmt.Errorf("storage: counterparts of %q: %w", actor, err)
	}
	cps, err := collect(rows, func(r *sql.Rows) (c Counterpart, err error) { return c, r.Scan(&c.Actor, &c.Developments) })
	if err != nil {
		return nil, fmt.Errorf("storage: counterparts of %q: %w", actor, err)
	}
	return cps, nil
}

// counterpartsArgs splits the days [first, last) of [from, to) into the
// whole weeks [w0, w1) in between and the edge days before and after them.
func counterpartsArgs(actor string, from, to time.Time, limit int) []any {
	first, last := firstDayFrom(from), firstDayFrom(to)
	w0, w1 := (first+6)/7, last/7
	if first < 0 || w0 >= w1 { // no whole week (or days before 1970, where / rounds up): days only
		return []any{actor, 0, 0, first, last, 0, 0, sqlLimit(limit)}
	}
	return []any{actor, w0, w1, first, 7 * w0, 7 * w1, last, sqlLimit(limit)}
}

// ActorDay counts the news developments of one type that an actor took part
// in, on either side, that happened on one UTC day.
type ActorDay struct {
	Type  briefbot.EventType
	Day   time.Time // midnight UTC
	Count int
}

// ActorDailyCounts counts actor's news developments per type and the UTC
// day they happened, for the days whose midnight falls in [from, to),
// ordered by day and type. It reads a per-day summary, so a busy actor
// costs no more than a quiet one.
func (s *Store) ActorDailyCounts(ctx context.Context, actor string, from, to time.Time) ([]ActorDay, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT type, day, n FROM actor_days
		WHERE actor = ? AND day >= ? AND day < ?
		ORDER BY day, type`, actor, firstDayFrom(from), firstDayFrom(to))
	if err != nil {
		return nil, fmt.Errorf("storage: daily counts of %q: %w", actor, err)
	}
	days, err := collect(rows, func(r *sql.Rows) (ActorDay, error) {
		var (
			d   ActorDay
			day int64
		)
		err := r.Scan(&d.Type, &day, &d.Count)
		d.Day = time.Unix(0, day*nanosPerDay).UTC()
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: daily counts of %q: %w", actor, err)
	}
	return days, nil
}

// firstDayFrom is the number of the first UTC day starting at or after t.
func firstDayFrom(t time.Time) int64 {
	n := unixNano(t)
	day := n / nanosPerDay
	if n%nanosPerDay > 0 {
		day++
	}
	return day
}
