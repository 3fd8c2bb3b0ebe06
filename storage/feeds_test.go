package storage

import (
	"context"
	"errors"
	"reflect"
	"testing"
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
	state.ErrorCount, state.LastError, state.Disabled = 3, "503 Service Unavailable", true
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
