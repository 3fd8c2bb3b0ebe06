package storage

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// eventFixture is a store holding numbered events, one article each; the
// number is the event's position in the list and its Evidence.
func eventFixture(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t)
	err := s.SyncActors(ctx, []briefbot.Actor{
		{ID: "IRN", Kind: "state", Name: "Iran", Regions: []string{"middle-east"}},
		{ID: "PAK", Kind: "state", Name: "Pakistan", Regions: []string{"south-asia"}},
		{ID: "IND", Kind: "state", Name: "India", Regions: []string{"south-asia"}},
		{ID: "jaish-al-adl", Kind: "group", Name: "Jaish al-Adl", Regions: []string{"south-asia", "middle-east"}},
		{ID: "USA", Kind: "state", Name: "United States", Regions: []string{"north-america"}},
		{ID: "CHN", Kind: "state", Name: "China", Regions: []string{"east-asia"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	fixtures := []struct {
		when time.Time
		e    briefbot.Event
	}{
		1: {at(0, 1), ev("escalation", "IRN", "jaish-al-adl")},
		2: {at(0, 2), ev("accusation", "PAK", "IRN")},
		3: {at(0, 3), ev("denial", "IRN", "PAK")},
		4: {at(1, 0), ev("accusation", "USA", "CHN")},
		5: {at(1, 5), ev("escalation", "IND", "PAK")},
		6: {at(2, 0), ev("accusation", "PAK", "IRN")},
		7: {at(0, 2), ev("denial", "CHN", "")},
		8: {at(2, 5), ev("accusation", "PAK", "IRN")},
		9: {at(1, 1), ev("accusation", "IRN", "IRN")},
	}
	for i, f := range fixtures[1:] {
		f.e.Evidence = fmt.Sprint(i + 1)
		mustAdd(t, s, briefbot.Article{Link: fmt.Sprintf("https://x.test/%d", i+1), Published: f.when}, f.e)
	}
	return s
}

// numbers lists the fixture numbers of events, in order.
func numbers(events []briefbot.Event) []string {
	out := []string{}
	for _, e := range events {
		out = append(out, e.Evidence)
	}
	return out
}

func list(nums ...string) []string { return append([]string{}, nums...) }

func TestEventQueries(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	tests := []struct {
		name  string
		query func() ([]briefbot.Event, error)
		want  []string
	}{
		{"between: all, newest first, ties by id", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{}, 0)
		}, list("8", "6", "5", "9", "4", "3", "7", "2", "1")},
		{"between: from inclusive, to exclusive", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 1), at(0, 3), Filter{}, 0)
		}, list("7", "2", "1")},
		{"between: limit", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{}, 2)
		}, list("8", "6")},
		{"between: region on either side", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"south-asia"}}, 0)
		}, list("8", "6", "5", "3", "2", "1")},
		{"between: actor", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{Actors: []string{"USA"}}, 0)
		}, list("4")},
		{"between: region or actor", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"east-asia"}, Actors: []string{"IND"}}, 0)
		}, list("5", "4", "7")},
		{"between: unknown region matches nothing", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"atlantis"}}, 0)
		}, list()},
		{"between: empty window", func() ([]briefbot.Event, error) {
			return s.EventsBetween(ctx, at(5, 0), at(6, 0), Filter{}, 0)
		}, list()},
		{"by region", func() ([]briefbot.Event, error) {
			return s.EventsByRegion(ctx, "middle-east", at(0, 0), at(1, 2), 0)
		}, list("9", "3", "2", "1")},
		{"by region: limit", func() ([]briefbot.Event, error) {
			return s.EventsByRegion(ctx, "east-asia", at(0, 0), at(3, 0), 1)
		}, list("4")},
		{"by actor: source or target, self-event once", func() ([]briefbot.Event, error) {
			return s.EventsByActor(ctx, "IRN", at(0, 0), at(3, 0), 0)
		}, list("8", "6", "9", "3", "2", "1")},
		{"by actor: limit", func() ([]briefbot.Event, error) {
			return s.EventsByActor(ctx, "IRN", at(0, 0), at(3, 0), 3)
		}, list("8", "6", "9")},
		{"by actor: window", func() ([]briefbot.Event, error) {
			return s.EventsByActor(ctx, "IRN", at(0, 2), at(2, 0), 0)
		}, list("9", "3", "2")},
		{"by dyad: both directions", func() ([]briefbot.Event, error) {
			return s.EventsByDyad(ctx, "IRN", "PAK", at(0, 0), at(3, 0), 0)
		}, list("8", "6", "3", "2")},
		{"by dyad: reversed arguments", func() ([]briefbot.Event, error) {
			return s.EventsByDyad(ctx, "PAK", "IRN", at(0, 0), at(3, 0), 0)
		}, list("8", "6", "3", "2")},
		{"by dyad: limit and window", func() ([]briefbot.Event, error) {
			return s.EventsByDyad(ctx, "IRN", "PAK", at(0, 0), at(2, 5), 1)
		}, list("6")},
		{"by dyad: with itself", func() ([]briefbot.Event, error) {
			return s.EventsByDyad(ctx, "IRN", "IRN", at(0, 0), at(3, 0), 0)
		}, list("9")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.query()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(numbers(got), tt.want) {
				t.Errorf("got events %v, want %v", numbers(got), tt.want)
			}
		})
	}
}

func TestDyadDailyCounts(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	tests := []struct {
		name     string
		from, to time.Time
		f        Filter
		want     []DyadDay
	}{
		{"filtered by actor, counted per day", at(0, 0), at(3, 0), Filter{Actors: []string{"PAK"}}, []DyadDay{
			{"IRN", "PAK", "denial", at(0, 0), 1},
			{"PAK", "IRN", "accusation", at(0, 0), 1},
			{"IND", "PAK", "escalation", at(1, 0), 1},
			{"PAK", "IRN", "accusation", at(2, 0), 2},
		}},
		{"unfiltered window", at(1, 0), at(2, 0), Filter{}, []DyadDay{
			{"IND", "PAK", "escalation", at(1, 0), 1},
			{"IRN", "IRN", "accusation", at(1, 0), 1},
			{"USA", "CHN", "accusation", at(1, 0), 1},
		}},
		{"region on either side, each event once", at(0, 0), at(1, 0), Filter{Regions: []string{"middle-east", "south-asia"}}, []DyadDay{
			{"IRN", "PAK", "denial", at(0, 0), 1},
			{"IRN", "jaish-al-adl", "escalation", at(0, 0), 1},
			{"PAK", "IRN", "accusation", at(0, 0), 1},
		}},
		{"to is exclusive", at(2, 0), at(2, 5), Filter{}, []DyadDay{
			{"PAK", "IRN", "accusation", at(2, 0), 1},
		}},
		{"nothing", at(0, 0), at(3, 0), Filter{Actors: []string{"FRA"}}, nil},
	}
	for _, tt := range tests {
		check(t, tt.name, func() ([]DyadDay, error) { return s.DyadDailyCounts(ctx, tt.from, tt.to, tt.f) }, tt.want)
	}
}

// TestDyadDailyCountsAnyWindow compares DyadDailyCounts, which reads whole
// days from dyad_days and partial days from events, with a count of the
// events themselves, for windows of whole days, parts of days and under a
// day, with every kind of filter.
func TestDyadDailyCountsAnyWindow(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	// More events on more days, at and just before midnight, and a day
	// whose events no other window shares.
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/late", Published: at(3, 0).Add(-time.Nanosecond)},
		ev("escalation", "PAK", "IND"), ev("accusation", "IRN", "PAK"), ev("accusation", "IRN", "PAK"))
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/midnight", Published: at(3, 0)},
		ev("denial", "PAK", ""), ev("accusation", "CHN", "USA"))
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/day4", Published: at(4, 13).Add(17 * time.Minute)},
		ev("escalation", "jaish-al-adl", "IRN"), ev("accusation", "IND", "IND"))
	filters := []Filter{
		{},
		{Actors: []string{"IRN"}},
		{Actors: []string{"PAK", "IRN"}},
		{Actors: []string{"CHN"}},
		{Actors: []string{"FRA"}},
		{Regions: []string{"south-asia"}},
		{Regions: []string{"middle-east", "east-asia"}},
		{Regions: []string{"south-asia"}, Actors: []string{"USA", "IND"}},
		{Regions: []string{"atlantis"}},
	}
	lengths := []time.Duration{0, time.Nanosecond, 30 * time.Minute, time.Hour, 5 * time.Hour, 23 * time.Hour,
		24 * time.Hour, 25 * time.Hour, 47 * time.Hour, 48 * time.Hour, 49*time.Hour + 30*time.Minute, 72 * time.Hour, 100 * time.Hour}
	for start := at(-2, 0); start.Before(at(5, 0)); start = start.Add(5 * time.Hour) { // every hour of the day within five days
		for _, shift := range []time.Duration{0, -time.Nanosecond, 30 * time.Minute} {
			from := start.Add(shift)
			for _, length := range lengths {
				to := from.Add(length)
				for _, f := range filters {
					events, err := s.EventsBetween(ctx, from, to, f, 0)
					if err != nil {
						t.Fatal(err)
					}
					counts := map[DyadDay]int{}
					for _, e := range events {
						counts[DyadDay{Source: e.Source, Target: e.Target, Type: e.Type, Day: e.Published.UTC().Truncate(24 * time.Hour)}]++
					}
					var want []DyadDay
					for d, n := range counts {
						d.Count = n
						want = append(want, d)
					}
					slices.SortFunc(want, func(a, b DyadDay) int {
						return cmp.Or(a.Day.Compare(b.Day), strings.Compare(a.Source, b.Source),
							strings.Compare(a.Target, b.Target), cmp.Compare(a.Type, b.Type))
					})
					got, err := s.DyadDailyCounts(ctx, from, to, f)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%v to %v, filter %+v: got %+v, want %+v", from, to, f, got, want)
					}
				}
			}
		}
	}
}

// TestDyadCountsPlanUsesSummaryIndexes guards DyadDailyCounts' reads of
// whole days: each side of a filter is a range of dyad_days' actor-and-day
// indexes, not a scan of the summary (TestQueryPlansUseIndexes checks the
// partial days' reads of events).
func TestDyadCountsPlanUsesSummaryIndexes(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	set, err := s.resolve(ctx, Filter{Regions: []string{"south-asia"}})
	if err != nil {
		t.Fatal(err)
	}
	query, args := dyadCountsQuery(set, at(0, 5), at(3, 5))
	text := strings.Join(queryPlan(t, s, query, args...), "\n")
	for _, w := range []string{"COVERING INDEX dyad_days_source_day (source=? AND day>? AND day<?)",
		"COVERING INDEX dyad_days_target_day (target=? AND day>? AND day<?)"} {
		if !strings.Contains(text, w) {
			t.Errorf("plan lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "SCAN dyad_days") {
		t.Errorf("plan scans dyad_days:\n%s", text)
	}
}

func TestCounterparts(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	// Two counterparts of PAK with one event each, on day 4.
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/tie", Published: at(4, 3)},
		ev("accusation", "PAK", "USA"), ev("escalation", "CHN", "PAK"))
	tests := []struct {
		name     string
		actor    string
		from, to time.Time
		limit    int
		want     []Counterpart
	}{
		{"most events first, self excluded", "IRN", at(0, 0), at(3, 0), 0, []Counterpart{{"PAK", 4}, {"jaish-al-adl", 1}}},
		{"ties by ID", "PAK", at(4, 0), at(5, 0), 0, []Counterpart{{"CHN", 1}, {"USA", 1}}},
		{"window", "PAK", at(0, 0), at(2, 0), 0, []Counterpart{{"IRN", 2}, {"IND", 1}}},
		{"whole days whose midnight is in the window", "PAK", at(0, 1), at(2, 0), 0, []Counterpart{{"IND", 1}}},
		{"a partial last day counts whole", "PAK", at(2, 0), at(2, 1), 0, []Counterpart{{"IRN", 2}}},
		{"limit", "PAK", at(0, 0), at(5, 0), 1, []Counterpart{{"IRN", 4}}},
		{"denial without accuser has none", "CHN", at(0, 0), at(3, 0), 0, []Counterpart{{"USA", 1}}},
		{"nobody", "FRA", at(0, 0), at(3, 0), 0, nil},
	}
	for _, tt := range tests {
		check(t, tt.name, func() ([]Counterpart, error) { return s.Counterparts(ctx, tt.actor, tt.from, tt.to, tt.limit) }, tt.want)
	}
}

// TestCounterpartsAnyWindow compares Counterparts, which adds up whole weeks
// and edge days, with a count of the events themselves, for every window of
// up to 40 days around the fixture's.
func TestCounterpartsAnyWindow(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	for _, actor := range []string{"IRN", "PAK", "CHN"} {
		for first := -20; first <= 3; first++ {
			for last := first; last <= first+40; last++ {
				from, to := at(first, 0), at(last, 0)
				events, err := s.EventsByActor(ctx, actor, from, to, 0)
				if err != nil {
					t.Fatal(err)
				}
				counts := map[string]int{}
				for _, e := range events {
					if e.Target != "" && e.Source != e.Target {
						counts[map[bool]string{true: e.Target, false: e.Source}[e.Source == actor]]++
					}
				}
				got, err := s.Counterparts(ctx, actor, from, to, 0)
				if err != nil {
					t.Fatal(err)
				}
				gotCounts := map[string]int{}
				for _, c := range got {
					gotCounts[c.Actor] = c.Events
				}
				if !reflect.DeepEqual(gotCounts, counts) {
					t.Fatalf("%s, days %d to %d: got %v, want %v", actor, first, last, gotCounts, counts)
				}
			}
		}
	}
}

func TestSyncActorsReplaces(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	// PAK moves region; the others are dropped.
	if err := s.SyncActors(ctx, []briefbot.Actor{{ID: "PAK", Kind: "state", Name: "Pakistan", Regions: []string{"middle-east"}}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.EventsByRegion(ctx, "south-asia", at(0, 0), at(3, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("south-asia after sync: %v, want none", numbers(got))
	}
	got, err = s.EventsByRegion(ctx, "middle-east", at(0, 0), at(3, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := list("8", "6", "5", "3", "2"); !reflect.DeepEqual(numbers(got), want) {
		t.Errorf("middle-east after sync: %v, want %v", numbers(got), want)
	}
}

func TestActorDailyCounts(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	tests := []struct {
		name     string
		actor    string
		from, to time.Time
		want     []ActorDay
	}{
		{"either side, self-events once", "IRN", at(0, 0), at(3, 0), []ActorDay{
			{"accusation", at(0, 0), 1}, {"denial", at(0, 0), 1}, {"escalation", at(0, 0), 1},
			{"accusation", at(1, 0), 1},
			{"accusation", at(2, 0), 2},
		}},
		{"whole days whose midnight is in the window", "PAK", at(0, 1), at(2, 0), []ActorDay{
			{"escalation", at(1, 0), 1},
		}},
		{"a partial last day counts whole", "PAK", at(2, 0), at(2, 1), []ActorDay{
			{"accusation", at(2, 0), 2},
		}},
		{"denial without accuser", "CHN", at(0, 0), at(3, 0), []ActorDay{
			{"denial", at(0, 0), 1}, {"accusation", at(1, 0), 1},
		}},
		{"unknown actor", "FRA", at(0, 0), at(3, 0), nil},
	}
	for _, tt := range tests {
		check(t, tt.name, func() ([]ActorDay, error) { return s.ActorDailyCounts(ctx, tt.actor, tt.from, tt.to) }, tt.want)
	}
}

// TestSummariesFollowDeletes deletes articles: the per-day summaries must
// drop their events, and rows that reach zero.
func TestSummariesFollowDeletes(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	if _, err := s.write.ExecContext(ctx, `DELETE FROM articles WHERE link IN ('https://x.test/6', 'https://x.test/9', 'https://x.test/1')`); err != nil {
		t.Fatal(err)
	}
	days, err := s.ActorDailyCounts(ctx, "IRN", at(1, 0), at(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []ActorDay{{"accusation", at(2, 0), 1}}; !reflect.DeepEqual(days, want) {
		t.Errorf("daily counts after deleting events 1, 6 and 9: %+v, want %+v", days, want)
	}
	for actor, want := range map[string][]Counterpart{
		"IRN": {{"PAK", 3}}, // jaish-al-adl's only event is gone
		"PAK": {{"IRN", 3}, {"IND", 1}},
	} {
		cps, err := s.Counterparts(ctx, actor, at(-14, 0), at(14, 0), 0) // whole weeks and edge days
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cps, want) {
			t.Errorf("counterparts of %s after deleting events 1, 6 and 9: %+v, want %+v", actor, cps, want)
		}
	}
	pairs, err := s.KeyDailyCounts(ctx, []Key{{"accusation", "PAK", "IRN"}, {"escalation", "IRN", "jaish-al-adl"}}, at(0, 0), at(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []DyadDay{{"PAK", "IRN", "accusation", at(0, 0), 1}, {"PAK", "IRN", "accusation", at(2, 0), 1}}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("key daily counts after deleting events 1, 6 and 9: %+v, want %+v", pairs, want)
	}
	for _, table := range []string{"actor_days", "pair_days", "pair_weeks", "dyad_days"} {
		var rows int
		if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE n <= 0`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if rows != 0 {
			t.Errorf("%s: %d empty summary rows left", table, rows)
		}
	}
}
