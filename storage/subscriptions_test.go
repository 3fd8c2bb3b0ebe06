package storage

import (
	"context"
	"reflect"
	"testing"
)

func TestSubscriptions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	region := Subscription{Platform: "slack", Channel: "C1", Kind: KindRegion, Value: "south-asia"}
	actor := Subscription{Platform: "slack", Channel: "C1", Kind: KindActor, Value: "IRN"}
	other := Subscription{Platform: "discord", Channel: "42", Kind: KindActor, Value: "IRN"}
	steps := []struct {
		name string
		do   func() (bool, error)
		want bool
	}{
		{"add region", func() (bool, error) { return s.Subscribe(ctx, region) }, true},
		{"add actor", func() (bool, error) { return s.Subscribe(ctx, actor) }, true},
		{"add on another platform", func() (bool, error) { return s.Subscribe(ctx, other) }, true},
		{"add duplicate", func() (bool, error) { return s.Subscribe(ctx, region) }, false},
		{"remove", func() (bool, error) { return s.Unsubscribe(ctx, actor) }, true},
		{"remove again", func() (bool, error) { return s.Unsubscribe(ctx, actor) }, false},
	}
	for _, st := range steps {
		got, err := st.do()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s = %v, want %v", st.name, got, st.want)
		}
	}
	for _, tt := range []struct {
		platform, channel string
		want              []Subscription
	}{
		{"slack", "C1", []Subscription{region}},
		{"discord", "", []Subscription{other}},
		{"", "", []Subscription{other, region}},
		{"slack", "C2", nil},
	} {
		got, err := s.Subscriptions(ctx, tt.platform, tt.channel)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Subscriptions(%q, %q) = %+v, want %+v", tt.platform, tt.channel, got, tt.want)
		}
	}
	if _, err := s.Subscribe(ctx, Subscription{Platform: "slack", Channel: "C1", Kind: "feed", Value: "x"}); err == nil {
		t.Error("Subscribe accepted kind \"feed\"")
	}
}

func TestClearSubscriptions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, sub := range []Subscription{
		{Platform: "slack", Channel: "C1", Kind: KindRegion, Value: "south-asia"},
		{Platform: "slack", Channel: "C1", Kind: KindActor, Value: "IRN"},
		{Platform: "slack", Channel: "C2", Kind: KindActor, Value: "IRN"},
	} {
		if _, err := s.Subscribe(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []int{2, 0} {
		if n, err := s.ClearSubscriptions(ctx, "slack", "C1"); err != nil || n != want {
			t.Errorf("ClearSubscriptions() = %d, %v; want %d", n, err, want)
		}
	}
	if left, _ := s.Subscriptions(ctx, "slack", ""); len(left) != 1 || left[0].Channel != "C2" {
		t.Errorf("left %+v, want C2's alone", left)
	}
}

func TestFilterWithSubscriptions(t *testing.T) {
	f := Filter{Regions: []string{"south-asia"}, Actors: []string{"IRN"}}
	got := f.WithSubscriptions([]Subscription{
		{Kind: KindRegion, Value: "middle-east"}, {Kind: KindActor, Value: "IRN"}, {Kind: KindActor, Value: "PAK"},
	})
	want := Filter{Regions: []string{"south-asia", "middle-east"}, Actors: []string{"IRN", "PAK"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WithSubscriptions() = %+v, want %+v", got, want)
	}
	if len(f.Regions) != 1 || len(f.Actors) != 1 {
		t.Errorf("the filter itself changed: %+v", f)
	}
}
