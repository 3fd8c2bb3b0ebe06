package storage

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestUpsertFeedKeepsState(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	f, err := s.UpsertFeed(ctx, "dawn", "https://dawn.test/old", []string{"south-asia"})
	if err != nil {
		t.Fatal(err)
	}
	state := f
	state.ETag, state.LastModified = `"abc"`, "Wed, 25 Nov 2026 08:00:00 GMT"
	state.ErrorCount, state.LastError, state.FailingSince = 3, "503 Service Unavailable", at(0, 0)
	state.LastSuccess, state.LastAttempt, state.NextPoll = at(0, 1).Add(123), at(0, 2), at(0, 3)
	if err := s.SaveFeedState(ctx, state); err != nil {
		t.Fatal(err)
	}

	again, err := s.UpsertFeed(ctx, "dawn", "https://dawn.test/new", []string{"south-asia", "middle-east"})
	if err != nil {
		t.Fatal(err)
	}
	want := state
	want.URL, want.Tags = "https://dawn.test/new", []string{"south-asia", "middle-east"}
	if !reflect.DeepEqual(again, want) {
		t.Errorf("upsert again = %+v\nwant %+v", again, want)
	}
	if _, err := s.UpsertFeed(ctx, "bbc", "https://bbc.test/rss", nil); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(feeds) != 2 || feeds[0].Name != "bbc" || !reflect.DeepEqual(feeds[1], want) {
		t.Errorf("feeds = %+v, want bbc then %+v", feeds, want)
	}
	if feeds[0].Tags != nil || !feeds[0].LastSuccess.IsZero() {
		t.Errorf("new feed has state: %+v", feeds[0])
	}
}

func TestSaveFeedStateUnknownFeed(t *testing.T) {
	s := openTemp(t)
	if err := s.SaveFeedState(context.Background(), Feed{ID: 42}); !errors.Is(err, ErrNotFound) {
		t.Errorf("SaveFeedState(unknown) = %v, want ErrNotFound", err)
	}
}

func TestAddAndRemoveChatFeeds(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.UpsertFeed(ctx, "dawn", "https://dawn.test/rss", nil); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name    string
		do      func() error
		wantErr error
	}{
		{"add", func() error { _, err := s.AddFeed(ctx, "wire", "https://wire.test/rss", "slack:U1"); return err }, nil},
		{"name taken", func() error { _, err := s.AddFeed(ctx, "dawn", "https://other.test/rss", "slack:U1"); return err }, ErrFeedExists},
		{"URL taken, in another case", func() error { _, err := s.AddFeed(ctx, "dawn2", "https://DAWN.test/rss", "slack:U1"); return err }, ErrFeedExists},
		{"config feed stays", func() error { return s.RemoveFeed(ctx, "dawn") }, ErrConfigFeed},
		{"unknown", func() error { return s.RemoveFeed(ctx, "nope") }, ErrNotFound},
	}
	for _, st := range steps {
		if err := st.do(); !errors.Is(err, st.wantErr) {
			t.Errorf("%s: err = %v, want %v", st.name, err, st.wantErr)
		}
	}
	// The config registering its feeds again keeps a chat feed's origin.
	if _, err := s.UpsertFeed(ctx, "wire", "https://wire.test/rss", nil); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range feeds {
		got[f.Name] = f.Origin + " " + f.AddedBy
	}
	if got["dawn"] != "config " || got["wire"] != "chat slack:U1" {
		t.Errorf("origins %q", got)
	}
	if err := s.RemoveFeed(ctx, "wire"); err != nil {
		t.Fatal(err)
	}
	if feeds, _ := s.Feeds(ctx); len(feeds) != 1 {
		t.Errorf("feeds after removal: %+v", feeds)
	}
}

// TestClaimFeeds leases due feeds to two replicas: each feed goes to one,
// comes back in the other's rest with when it is due, and is free again
// once saved or once the lease runs out.
func TestClaimFeeds(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	a, b := open(), open()
	var ids []int64
	for _, name := range []string{"one", "two", "three"} {
		f, err := a.UpsertFeed(ctx, name, "https://"+name+".test/rss", nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, f.ID)
	}
	now, lease := at(0, 0), 10*time.Minute
	claimed, rest, err := a.ClaimFeeds(ctx, "a", ids, now, now.Add(lease), 2)
	if err != nil || len(claimed) != 2 || claimed[1].Name != "two" || len(rest) != 1 || claimed[0].LeaseOwner != "a" {
		t.Fatalf("a's claim = %+v, %+v, %v; want one and two, and three left", claimed, rest, err)
	}
	claimed, rest, err = b.ClaimFeeds(ctx, "b", ids, now, now.Add(lease), 0)
	if err != nil || len(claimed) != 1 || claimed[0].Name != "three" || len(rest) != 2 || !rest[0].LeaseUntil.Equal(now.Add(lease)) {
		t.Fatalf("b's claim = %+v, rest %+v, %v; want three, and a's two with their lease", claimed, rest, err)
	}
	// a polls one and saves it: due in 15 minutes, no longer leased.
	one := rest[0]
	one.LeaseOwner, one.NextPoll = "a", now.Add(15*time.Minute)
	if err := a.SaveFeedState(ctx, one); err != nil {
		t.Fatal(err)
	}
	// A long poll keeps its feed; a saved one has no lease to extend.
	if held, err := b.ExtendFeedLease(ctx, ids[2], "b", now.Add(2*lease)); err != nil || !held {
		t.Errorf("b extends its lease on three: %v, %v", held, err)
	}
	if held, err := a.ExtendFeedLease(ctx, ids[2], "a", now.Add(2*lease)); err != nil || held {
		t.Errorf("a extends b's lease on three: %v, %v; want refused", held, err)
	}
	if held, err := a.ExtendFeedLease(ctx, ids[0], "a", now.Add(2*lease)); err != nil || held {
		t.Errorf("a extends its lease on one, saved: %v, %v; want refused", held, err)
	}
	// a dies holding two; at its lease's end b takes two, not one.
	claimed, rest, err = b.ClaimFeeds(ctx, "b", ids[:2], now.Add(lease), now.Add(2*lease), 0)
	if err != nil || len(claimed) != 1 || claimed[0].Name != "two" || len(rest) != 1 || !rest[0].NextPoll.Equal(now.Add(15*time.Minute)) || !rest[0].LeaseUntil.IsZero() {
		t.Errorf("b's claim after a's lease = %+v, rest %+v, %v; want two, and one due later and free", claimed, rest, err)
	}
}
