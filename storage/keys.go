package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Key identifies a kind of development from one actor to another, for
// novelty and for counting a dyad per direction and type.
type Key struct {
	Type           briefbot.EventType
	Source, Target string
}

// keysPerQuery bounds the keys bound into one statement (three parameters
// each), well under SQLite's limit on parameters.
const keysPerQuery = 500

// SeenAmong returns which of keys have a news development that happened on
// a UTC day whose midnight falls in [from, to): the map holds true for each
// key seen and nothing for the others. Each key is one probe of the per-day
// summary, so the cost follows the number of keys, not of developments.
func (s *Store) SeenAmong(ctx context.Context, keys []Key, from, to time.Time) (map[Key]bool, error) {
	seen := make(map[Key]bool)
	for chunk := range slices.Chunk(distinctKeys(keys), keysPerQuery) {
		query, args := seenAmongQuery(chunk, from, to)
		rows, err := s.read.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("storage: seen among keys: %w", err)
		}
		found, err := collect(rows, func(r *sql.Rows) (k Key, err error) { return k, r.Scan(&k.Type, &k.Source, &k.Target) })
		if err != nil {
			return nil, fmt.Errorf("storage: seen among keys: %w", err)
		}
		for _, k := range found {
			seen[k] = true
		}
	}
	return seen, nil
}

// KeyDailyCounts counts the news developments of each of keys per UTC day
// they happened, for the days whose midnight falls in [from, to), ordered
// by day, source, target, type; days without any are left out. It reads
// the per-day summary: a busy dyad's year costs one row per key and day.
func (s *Store) KeyDailyCounts(ctx context.Context, keys []Key, from, to time.Time) ([]DyadDay, error) {
	var out []DyadDay
	for chunk := range slices.Chunk(distinctKeys(keys), keysPerQuery) {
		query, args := keyCountsQuery(chunk, from, to)
		rows, err := s.read.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("storage: key daily counts: %w", err)
		}
		counts, err := collect(rows, scanDyadDay)
		if err != nil {
			return nil, fmt.Errorf("storage: key daily counts: %w", err)
		}
		out = append(out, counts...)
	}
	slices.SortFunc(out, func(a, b DyadDay) int {
		return cmp.Or(a.Day.Compare(b.Day), strings.Compare(a.Source, b.Source),
			strings.Compare(a.Target, b.Target), cmp.Compare(a.Type, b.Type))
	})
	return out, nil
}

func seenAmongQuery(keys []Key, from, to time.Time) (string, []any) {
	values, args := keyValues(keys)
	return `WITH k(type, source, target) AS (VALUES ` + values + `)
		SELECT type, source, target FROM k
		WHERE EXISTS (SELECT 1 FROM dyad_days d
			WHERE d.source = k.source AND d.target = k.target AND d.type = k.type AND d.day >= ? AND d.day < ?)`,
		append(args, firstDayFrom(from), firstDayFrom(to))
}

func keyCountsQuery(keys []Key, from, to time.Time) (string, []any) {
	values, args := keyValues(keys)
	return `WITH k(type, source, target) AS (VALUES ` + values + `)
		SELECT d.source, d.target, d.type, d.day, d.n
		FROM k JOIN dyad_days d ON d.source = k.source AND d.target = k.target AND d.type = k.type
			AND d.day >= ? AND d.day < ?`,
		append(args, firstDayFrom(from), firstDayFrom(to))
}

// distinctKeys returns keys sorted, without repeats: a repeated key would be
// counted twice by a join.
func distinctKeys(keys []Key) []Key {
	out := slices.Clone(keys)
	slices.SortFunc(out, func(a, b Key) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target), cmp.Compare(a.Type, b.Type))
	})
	return slices.Compact(out)
}

// keyValues returns "(?, ?, ?), ..." for keys and its arguments.
func keyValues(keys []Key) (string, []any) {
	args := make([]any, 0, 3*len(keys))
	for _, k := range keys {
		args = append(args, k.Type, k.Source, k.Target)
	}
	return strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", len(keys)), ", "), args
}
