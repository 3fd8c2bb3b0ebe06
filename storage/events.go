package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Filter selects events by actor: an event matches if its source or target is
// one of Actors or belongs to one of Regions (as SyncActors last stored the
// actors' regions). An empty filter matches every event.
type Filter struct {
	Regions, Actors []string
}

// IsZero reports whether f matches every event.
func (f Filter) IsZero() bool { return len(f.Regions) == 0 && len(f.Actors) == 0 }

// actorSet is a filter resolved to the actor IDs it names; all means no filter.
type actorSet struct {
	all bool
	ids []any
}

// empty reports whether the set matches no event.
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

// eventColumns are read by scanEvent, from events e joined with articles a.
const eventColumns = `e.id, e.article_id, e.cluster_id, e.type, e.source, e.target, e.alt_targets, e.evidence,
	e.date, e.happened, e.background, e.confidence, e.code, e.intensity, a.link, a.title, a.feed_name`

func scanEvent(r *sql.Rows) (briefbot.Event, error) {
	var (
		e                   briefbot.Event
		alt                 string
		published, happened int64
	)
	err := r.Scan(&e.ID, &e.ArticleID, &e.ClusterID, &e.Type, &e.Source, &e.Target, &alt, &e.Evidence,
		&published, &happened, &e.Background, &e.Confidence, &e.Code, &e.Intensity, &e.Link, &e.Title, &e.FeedName)
	if err != nil {
		return briefbot.Event{}, err
	}
	e.Published = fromUnixNano(published)
	e.When = fromUnixNano(happened)
	e.AltTargets, err = decodeList(alt)
	return e, err
}

func (s *Store) queryEvents(ctx context.Context, query string, args ...any) ([]briefbot.Event, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanEvent)
}

// EventsBetween returns the events in [from, to) that match f, newest first,
// at most limit of them (limit <= 0: all).
func (s *Store) EventsBetween(ctx context.Context, from, to time.Time, f Filter, limit int) ([]briefbot.Event, error) {
	events, err := s.eventsBetween(ctx, from, to, f, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: events between %s and %s: %w", from.Format(time.RFC3339), to.Format(time.RFC3339), err)
	}
	return events, nil
}

// EventsByRegion returns the events in [from, to) whose source or target
// belongs to region, newest first, at most limit of them (limit <= 0: all).
func (s *Store) EventsByRegion(ctx context.Context, region string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	events, err := s.eventsBetween(ctx, from, to, Filter{Regions: []string{region}}, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: events by region %q: %w", region, err)
	}
	return events, nil
}

// eventsBetween walks the window on the date index from its newest end; the
// index holds source and target, so the filter is checked before a row is
// read, and the walk stops at the limit. The unary + keeps SQLite from
// probing the actor indexes instead, which would read every match of the
// window and sort them all before applying the limit.
func (s *Store) eventsBetween(ctx context.Context, from, to time.Time, f Filter, limit int) ([]briefbot.Event, error) {
	set, err := s.resolve(ctx, f)
	if err != nil || set.empty() {
		return nil, err
	}
	query, args := betweenQuery(set, from, to, limit)
	return s.queryEvents(ctx, query, args...)
}

func betweenQuery(set actorSet, from, to time.Time, limit int) (string, []any) {
	args := []any{unixNano(from), unixNano(to)}
	where := ""
	if !set.all {
		where = " AND (+e.source IN " + set.in() + " OR +e.target IN " + set.in() + ")"
		args = append(append(args, set.ids...), set.ids...)
	}
	return `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.date >= ? AND e.date < ?` + where + `
		ORDER BY e.date DESC, e.id DESC LIMIT ?`, append(args, sqlLimit(limit))
}

// EventsByActor returns the events in [from, to) with actor as source or
// target, newest first, at most limit of them (limit <= 0: all).
func (s *Store) EventsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	events, err := s.newestOf(ctx, from, to, limit,
		branch{"source = ?", []any{actor}},
		branch{"target = ?", []any{actor}})
	if err != nil {
		return nil, fmt.Errorf("storage: events by actor %q: %w", actor, err)
	}
	return events, nil
}

// EventsByDyad returns the events in [from, to) between a and b in either
// direction, newest first, at most limit of them (limit <= 0: all).
func (s *Store) EventsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	events, err := s.newestOf(ctx, from, to, limit,
		branch{"source = ? AND target = ?", []any{a, b}},
		branch{"source = ? AND target = ?", []any{b, a}})
	if err != nil {
		return nil, fmt.Errorf("storage: events by dyad %q-%q: %w", a, b, err)
	}
	return events, nil
}

// branch is one indexed condition on events (an equality on the leading
// columns of an index whose next column is date).
type branch struct {
	cond string
	args []any
}

// newestOf returns the newest events in [from, to) matching any branch. Each
// branch takes its own newest limit from its index, so a busy actor costs no
// more than a quiet one; the union of those is sorted and cut to limit.
func (s *Store) newestOf(ctx context.Context, from, to time.Time, limit int, branches ...branch) ([]briefbot.Event, error) {
	query, args := newestQuery(from, to, limit, branches)
	return s.queryEvents(ctx, query, args...)
}

func newestQuery(from, to time.Time, limit int, branches []branch) (string, []any) {
	var (
		parts []string
		args  []any
	)
	for _, b := range branches {
		parts = append(parts, `SELECT id FROM (SELECT id FROM events WHERE `+b.cond+
			` AND date >= ? AND date < ? ORDER BY date DESC LIMIT ?)`)
		args = append(append(args, b.args...), unixNano(from), unixNano(to), sqlLimit(limit))
	}
	return `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.id IN (` + strings.Join(parts, " UNION ALL ") + `)
		ORDER BY e.date DESC, e.id DESC LIMIT ?`, append(args, sqlLimit(limit))
}

// matching returns a subquery yielding the given columns of the events in
// [from, to) that match set, with its arguments. Filtered, it probes the actor
// indexes (source side, then target side minus what the source side already
// had), so it reads only matching index entries; unfiltered, it scans the
// window on the date index. Every column it may read is in those indexes.
func matching(set actorSet, columns string, from, to time.Time) (string, []any) {
	window := []any{unixNano(from), unixNano(to)}
	if set.all {
		return `SELECT ` + columns + ` FROM events WHERE date >= ? AND date < ?`, window
	}
	q := `SELECT ` + columns + ` FROM events WHERE source IN ` + set.in() + ` AND date >= ? AND date < ?
		UNION ALL
		SELECT ` + columns + ` FROM events WHERE target IN ` + set.in() + ` AND source NOT IN ` + set.in() + ` AND date >= ? AND date < ?`
	args := append(append(slices.Clone(set.ids), window...), set.ids...)
	args = append(append(args, set.ids...), window...)
	return q, args
}

// DyadDay counts the events of one type from Source to Target on one UTC day.
type DyadDay struct {
	Source, Target string
	Type           briefbot.EventType
	Day            time.Time // midnight UTC
	Count          int
}

const nanosPerDay = int64(24 * time.Hour)

// DyadDailyCounts counts the events in [from, to) that match f per source,
// target, type and UTC day, ordered by day, source, target, type. Filtered,
// it reads the window's whole days from the dyad_days summary and only its
// partial first and last days from the events; unfiltered, it reads every
// event of the window.
func (s *Store) DyadDailyCounts(ctx context.Context, from, to time.Time, f Filter) ([]DyadDay, error) {
	counts, err := s.dyadDailyCounts(ctx, from, to, f)
	if err != nil {
		return nil, fmt.Errorf("storage: dyad daily counts: %w", err)
	}
	return counts, nil
}

func (s *Store) dyadDailyCounts(ctx context.Context, from, to time.Time, f Filter) ([]DyadDay, error) {
	set, err := s.resolve(ctx, f)
	if err != nil || set.empty() {
		return nil, err
	}
	query, args := dyadCountsQuery(set, from, to)
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanDyadDay)
}

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

// dyadCountsQuery reads the whole days [first, last) of [from, to) from
// dyad_days, a range of its source and target indexes per actor, and the
// parts of days before and after them from events. Unfiltered (the summary
// has no index on day alone), without a whole day, or before 1970 (where the
// summary's days round the other way), it reads only events.
func dyadCountsQuery(set actorSet, from, to time.Time) (string, []any) {
	lo, hi := unixNano(from), unixNano(to)
	first, last := firstDayFrom(from), hi/nanosPerDay
	if set.all || lo < 0 || first >= last {
		return dyadEventCountsQuery(set, from, to)
	}
	head, headArgs := matching(set, "source, target, type, date", from, fromUnixNano(first*nanosPerDay))
	tail, tailArgs := matching(set, "source, target, type, date", fromUnixNano(last*nanosPerDay), to)
	args := append(slices.Clone(set.ids), first, last)
	args = append(append(append(args, set.ids...), set.ids...), first, last)
	args = append(append(args, nanosPerDay), headArgs...)
	args = append(append(args, nanosPerDay), tailArgs...)
	return `SELECT source, target, type, day, n FROM dyad_days
		WHERE source IN ` + set.in() + ` AND day >= ? AND day < ?
		UNION ALL
		SELECT source, target, type, day, n FROM dyad_days
		WHERE target IN ` + set.in() + ` AND source NOT IN ` + set.in() + ` AND day >= ? AND day < ?
		UNION ALL
		SELECT source, target, type, date / ?, COUNT(*) FROM (` + head + `) GROUP BY 4, source, target, type
		UNION ALL
		SELECT source, target, type, date / ?, COUNT(*) FROM (` + tail + `) GROUP BY 4, source, target, type
		ORDER BY 4, 1, 2, 3`, args
}

// dyadEventCountsQuery counts the matching events of [from, to) themselves.
func dyadEventCountsQuery(set actorSet, from, to time.Time) (string, []any) {
	sub, args := matching(set, "source, target, type, date", from, to)
	return `SELECT source, target, type, date / ? AS day, COUNT(*) FROM (` + sub + `)
		GROUP BY day, source, target, type ORDER BY day, source, target, type`,
		append([]any{nanosPerDay}, args...)
}

// Counterpart is an actor that an actor had events with, and how many.
type Counterpart struct {
	Actor  string
	Events int
}

// counterpartsQuery sums the whole weeks of a window from pair_weeks and its
// edge days from pair_days: the busiest actor's 90 days are then a few
// thousand summary rows, where its events are tens of thousands.
const counterpartsQuery = `
	SELECT counterpart, SUM(n) AS events FROM (
		SELECT counterpart, n FROM pair_weeks WHERE actor = ?1 AND week >= ?2 AND week < ?3
		UNION ALL
		SELECT counterpart, n FROM pair_days WHERE actor = ?1 AND day >= ?4 AND day < ?5
		UNION ALL
		SELECT counterpart, n FROM pair_days WHERE actor = ?1 AND day >= ?6 AND day < ?7
	) GROUP BY counterpart ORDER BY events DESC, counterpart LIMIT ?8`

// Counterparts returns the actors that actor had events with, as source or
// target, on the UTC days whose midnight falls in [from, to), most events
// first (ties by ID), at most limit of them (limit <= 0: all). Events of an
// actor with itself, and denials naming no accuser, have no counterpart. It
// reads per-week and per-day summaries, so a busy actor costs little more
// than a quiet one.
func (s *Store) Counterparts(ctx context.Context, actor string, from, to time.Time, limit int) ([]Counterpart, error) {
	rows, err := s.read.QueryContext(ctx, counterpartsQuery, counterpartsArgs(actor, from, to, limit)...)
	if err != nil {
		return nil, fmt.Errorf("storage: counterparts of %q: %w", actor, err)
	}
	cps, err := collect(rows, func(r *sql.Rows) (c Counterpart, err error) { return c, r.Scan(&c.Actor, &c.Events) })
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

// ActorDay counts the events of one type that an actor took part in, on
// either side, on one UTC day.
type ActorDay struct {
	Type  briefbot.EventType
	Day   time.Time // midnight UTC
	Count int
}

// ActorDailyCounts counts actor's events per type and UTC day, for the days
// whose midnight falls in [from, to), ordered by day and type. It reads a
// per-day summary, so a busy actor costs no more than a quiet one.
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
