package storage

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// eventFixture is a store holding numbered events, one article each; the
// number is the event's position in the list and its Evidence. Events 6 and
// 8 state one development (the same accusation on the same day); each other
// event states its own.
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

func TestCounterparts(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	// Two counterparts of PAK with one development each, on day 4.
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/tie", Published: at(4, 3)},
		ev("accusation", "PAK", "USA"), ev("escalation", "CHN", "PAK"))
	tests := []struct {
		name     string
		actor    string
		from, to time.Time
		limit    int
		want     []Counterpart
	}{
		{"most developments first, self excluded", "IRN", at(0, 0), at(3, 0), 0, []Counterpart{{"PAK", 3}, {"jaish-al-adl", 1}}},
		{"ties by ID", "PAK", at(4, 0), at(5, 0), 0, []Counterpart{{"CHN", 1}, {"USA", 1}}},
		{"window", "PAK", at(0, 0), at(2, 0), 0, []Counterpart{{"IRN", 2}, {"IND", 1}}},
		{"whole days whose midnight is in the window", "PAK", at(0, 1), at(2, 0), 0, []Counterpart{{"IND", 1}}},
		{"a partial last day counts whole", "PAK", at(2, 0), at(2, 1), 0, []Counterpart{{"IRN", 1}}},
		{"limit", "PAK", at(0, 0), at(5, 0), 1, []Counterpart{{"IRN", 3}}},
		{"denial without accuser has none", "CHN", at(0, 0), at(3, 0), 0, []Counterpart{{"USA", 1}}},
		{"nobody", "FRA", at(0, 0), at(3, 0), 0, nil},
	}
	for _, tt := range tests {
		check(t, tt.name, func() ([]Counterpart, error) { return s.Counterparts(ctx, tt.actor, tt.from, tt.to, tt.limit) }, tt.want)
	}
}

// TestCounterpartsAnyWindow compares Counterparts, which adds up whole weeks
// and edge days, with a count of the developments themselves, for every
// window of up to 40 days around the fixture's.
func TestCounterpartsAnyWindow(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	for _, actor := range []string{"IRN", "PAK", "CHN"} {
		for first := -20; first <= 3; first++ {
			for last := first; last <= first+40; last++ {
				from, to := at(first, 0), at(last, 0)
				devs, err := s.DevelopmentsByActor(ctx, actor, from, to, 0)
				if err != nil {
					t.Fatal(err)
				}
				counts := map[string]int{}
				for _, e := range devs {
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
					gotCounts[c.Actor] = c.Developments
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
	got, err := s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"south-asia"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("south-asia after sync: %v, want none", evidences(got))
	}
	got, err = s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"middle-east"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2", "3", "5", "6"}; !reflect.DeepEqual(evidences(got), want) {
		t.Errorf("middle-east after sync: %v, want %v", evidences(got), want)
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
		{"either side, self-developments once, one accusation on day 2", "IRN", at(0, 0), at(3, 0), []ActorDay{
			{"accusation", at(0, 0), 1}, {"denial", at(0, 0), 1}, {"escalation", at(0, 0), 1},
			{"accusation", at(1, 0), 1},
			{"accusation", at(2, 0), 1},
		}},
		{"whole days whose midnight is in the window", "PAK", at(0, 1), at(2, 0), []ActorDay{
			{"escalation", at(1, 0), 1},
		}},
		{"a partial last day counts whole", "PAK", at(2, 0), at(2, 1), []ActorDay{
			{"accusation", at(2, 0), 1},
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

// TestSummariesFollowDeletes deletes articles: a development must lose
// their mentions and go with its last, and the per-day summaries must drop
// it, and rows that reach zero.
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
		t.Errorf("daily counts after deleting events 1, 6 and 9: %+v, want %+v (event 8 keeps its development)", days, want)
	}
	for actor, want := range map[string][]Counterpart{
		"IRN": {{"PAK", 3}}, // jaish-al-adl's only development is gone
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
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Developments != 6 {
		t.Errorf("%d developments after deleting events 1, 6 and 9, want 6", st.Developments)
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
