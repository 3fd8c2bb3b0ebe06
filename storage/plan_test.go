package storage

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestQueryPlansUseIndexes guards the performance of the hot queries: none
// may scan the events, developments or articles table.
func TestQueryPlansUseIndexes(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	from, to := at(0, 0), at(3, 0)
	set, err := s.resolve(ctx, Filter{Regions: []string{"south-asia"}})
	if err != nil {
		t.Fatal(err)
	}
	seen, seenArgs := s.seenQuery(set, from, to, 10)
	seenAll, seenAllArgs := s.seenQuery(actorSet{all: true}, from, to, 10)
	after, afterArgs := s.afterQuery(set, 5, from, 100)
	actor, actorArgs := newestQuery(from, to, 10, branch{"source = ?", []any{"IRN"}}, branch{"target = ?", []any{"IRN"}})
	dyad, dyadArgs := newestQuery(from, to, 10, branch{"source = ? AND target = ?", []any{"IRN", "PAK"}}, branch{"source = ? AND target = ?", []any{"PAK", "IRN"}})
	keys := []Key{{"accusation", "PAK", "IRN"}, {"denial", "IRN", "PAK"}}
	seenAmong, seenAmongArgs := seenAmongQuery(keys, from, to)
	keyCounts, keyCountsArgs := keyCountsQuery(keys, from, to)
	tests := []struct {
		name  string
		query string
		args  []any
		want  []string // plan lines that must appear
	}{
		{"existing article", existingArticleQuery, []any{"l", "g"}, []string{"INDEX articles_link", "INDEX articles_guid"}},
		{"development candidates", devCandidatesQuery, []any{"IRN", "PAK", 0, 1, "escalation", "force"},
			[]string{"INDEX developments_dyad (source=? AND target=? AND happened>? AND happened<?)"}},
		{"developments seen, filtered", seen, seenArgs, []string{"INDEX developments_first_seen"}},
		{"developments seen, all", seenAll, seenAllArgs, []string{"INDEX developments_first_seen"}},
		{"developments after", after, afterArgs, []string{"INDEX developments_first_seen"}},
		{"developments by actor", actor, actorArgs, []string{"INDEX developments_source", "INDEX developments_target"}},
		{"developments by dyad", dyad, dyadArgs, []string{"INDEX developments_dyad"}},
		{"seen among keys", seenAmong, seenAmongArgs, []string{"USING PRIMARY KEY (source=? AND target=? AND type=? AND day>? AND day<?)"}},
		{"key daily counts", keyCounts, keyCountsArgs, []string{"USING PRIMARY KEY (source=? AND target=? AND type=? AND day>? AND day<?)"}},
		{"actor daily counts", `SELECT type, day, n FROM actor_days WHERE actor = ? AND day >= ? AND day < ? ORDER BY day, type`,
			[]any{"IRN", 0, 100000}, []string{"SEARCH actor_days USING PRIMARY KEY"}},
		{"counterparts", counterpartsQuery, counterpartsArgs("IRN", from, to.Add(90*24*time.Hour), 10),
			[]string{"SEARCH pair_weeks USING PRIMARY KEY", "SEARCH pair_days USING PRIMARY KEY"}},
		// The sent messages pile up; the unsent are few.
		{"claim outbox", s.claimOutboxQuery(), []any{"r", 2, 1, 1},
			[]string{"SCAN o USING INDEX outbox_unsent", "SEARCH p USING INDEX outbox_queue (platform=? AND channel=?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := queryPlan(t, s, tt.query, tt.args...)
			text := strings.Join(plan, "\n")
			for _, line := range plan {
				if strings.HasPrefix(line, "SCAN events") || strings.HasPrefix(line, "SCAN articles") ||
					strings.HasPrefix(line, "SCAN developments") || strings.HasPrefix(line, "SCAN e") || strings.HasPrefix(line, "SCAN a") ||
					strings.HasPrefix(line, "SCAN outbox") || line == "SCAN o" || line == "SCAN p" {
					t.Errorf("full scan %q in plan:\n%s", line, text)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("plan lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

// queryPlan returns the detail lines of SQLite's plan for query.
func queryPlan(t *testing.T, s *Store, query string, args ...any) []string {
	t.Helper()
	rows, err := s.read.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
