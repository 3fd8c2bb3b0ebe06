package storage

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestSeenAmong(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	tests := []struct {
		name     string
		keys     []Key
		from, to time.Time
		want     map[Key]bool
	}{
		{"seen, reversed and other-type keys", []Key{
			{"accusation", "PAK", "IRN"}, {"accusation", "IRN", "PAK"}, {"denial", "PAK", "IRN"}, {"denial", "CHN", ""},
		}, at(0, 0), at(3, 0), map[Key]bool{{"accusation", "PAK", "IRN"}: true, {"denial", "CHN", ""}: true}},
		{"the days whose midnight is in the window", []Key{{"accusation", "PAK", "IRN"}, {"escalation", "IND", "PAK"}}, at(0, 3), at(1, 5),
			map[Key]bool{{"escalation", "IND", "PAK"}: true}},
		{"to is exclusive", []Key{{"accusation", "PAK", "IRN"}, {"escalation", "IND", "PAK"}}, at(0, 3), at(1, 0),
			map[Key]bool{}},
		{"repeated keys", []Key{{"accusation", "USA", "CHN"}, {"accusation", "USA", "CHN"}}, at(0, 0), at(3, 0),
			map[Key]bool{{"accusation", "USA", "CHN"}: true}},
		{"no keys", nil, at(0, 0), at(3, 0), map[Key]bool{}},
	}
	for _, tt := range tests {
		check(t, tt.name, func() (map[Key]bool, error) { return s.SeenAmong(ctx, tt.keys, tt.from, tt.to) }, tt.want)
	}
}

func TestSeenAmongManyKeys(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	// More keys than one statement binds: the seen one is in the last chunk.
	var keys []Key
	for i := range 2*keysPerQuery + 1 {
		keys = append(keys, Key{"accusation", "X", string(rune('A'+i%26)) + string(rune('a'+i/26))})
	}
	keys = append(keys, Key{"escalation", "IND", "PAK"})
	got, err := s.SeenAmong(ctx, keys, at(0, 0), at(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[Key]bool{{"escalation", "IND", "PAK"}: true}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestKeyDailyCounts(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	keys := []Key{{"accusation", "PAK", "IRN"}, {"denial", "IRN", "PAK"}, {"accusation", "PAK", "IRN"}, {"escalation", "PAK", "IND"}}
	got, err := s.KeyDailyCounts(ctx, keys, at(0, 0), at(2, 5))
	if err != nil {
		t.Fatal(err)
	}
	want := []DyadDay{
		{"IRN", "PAK", "denial", at(0, 0), 1},
		{"PAK", "IRN", "accusation", at(0, 0), 1},
		{"PAK", "IRN", "accusation", at(2, 0), 1}, // events 6 and 8: one development
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if got, err := s.KeyDailyCounts(ctx, nil, at(0, 0), at(3, 0)); err != nil || got != nil {
		t.Errorf("no keys: %v, %v", got, err)
	}
}

// TestKeyDailyCountsAnyWindow compares KeyDailyCounts, which reads a per-day
// summary, with a count of the developments themselves, for windows
// starting and ending at midnight or within a day.
func TestKeyDailyCountsAnyWindow(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	all, err := s.DevelopmentsSeen(ctx, at(-1, 0), at(4, 0), Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var keys []Key
	for _, e := range all {
		keys = append(keys, Key{e.Type, e.Source, e.Target})
	}
	keys = append(keys, Key{"escalation", "PAK", "IND"}) // never seen
	for fromDay := -1; fromDay <= 3; fromDay++ {
		for toDay := fromDay; toDay <= 3; toDay++ {
			for _, hours := range [][2]int{{0, 0}, {0, 2}, {2, 0}, {2, 5}, {1, 1}} {
				from, to := at(fromDay, hours[0]), at(toDay, hours[1])
				if !from.Before(to) {
					continue
				}
				var want []DyadDay
				for _, e := range all {
					if e.Day.Before(from) || !e.Day.Before(to) {
						continue
					}
					d := DyadDay{e.Source, e.Target, e.Type, e.Day, 1}
					if i := slices.IndexFunc(want, func(w DyadDay) bool { w.Count = 1; return w == d }); i >= 0 {
						want[i].Count++
					} else {
						want = append(want, d)
					}
				}
				got, err := s.KeyDailyCounts(ctx, keys, from, to)
				if err != nil {
					t.Fatal(err)
				}
				if !sameDays(got, want) {
					t.Fatalf("window %s to %s:\ngot  %+v\nwant %+v", from, to, got, want)
				}
			}
		}
	}
}

// sameDays reports whether a and b hold the same counts in any order.
func sameDays(a, b []DyadDay) bool {
	count := func(ds []DyadDay) map[DyadDay]int {
		m := map[DyadDay]int{}
		for _, d := range ds {
			n := d.Count
			d.Count = 0
			m[d] += n
		}
		return m
	}
	return len(a) == len(b) && reflect.DeepEqual(count(a), count(b))
}
