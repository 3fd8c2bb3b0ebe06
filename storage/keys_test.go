package storage

import (
	"context"
	"reflect"
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
		{"window bounds", []Key{{"accusation", "PAK", "IRN"}, {"escalation", "IND", "PAK"}}, at(0, 3), at(1, 5),
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
		{"PAK", "IRN", "accusation", at(2, 0), 1}, // the one at 05:00 is past the window
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if got, err := s.KeyDailyCounts(ctx, nil, at(0, 0), at(3, 0)); err != nil || got != nil {
		t.Errorf("no keys: %v, %v", got, err)
	}
}
