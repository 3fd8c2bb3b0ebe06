package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/briefbot/briefbot"
)

// TestConcurrentWriters writes from many goroutines through two stores on one
// database (a daemon and a CLI command, or two replicas) while others read:
// no call may fail, with SQLITE_BUSY or otherwise, and every event joins
// one development of its key and day, as written one at a time.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	stores := []*Store{open(), open()}
	const writers, perWriter = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter*3)
	for w := range writers {
		s := stores[w%len(stores)]
		wg.Go(func() {
			for i := range perWriter {
				link := fmt.Sprintf("https://x.test/%d/%d", w, i)
				if _, _, err := s.AddArticle(ctx, briefbot.Article{Link: link, Published: at(0, i%24)}, []briefbot.Event{ev("accusation", "IRN", "PAK")}); err != nil {
					errs <- err
				}
				if _, err := s.Enqueue(ctx, []OutboxMessage{{Platform: "slack", Channel: "C1", DedupKey: link, Body: "b"}}); err != nil {
					errs <- err
				}
				if _, err := s.DevelopmentsByActor(ctx, "IRN", at(0, 0), at(1, 0), 10); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := stores[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != writers*perWriter || st.Events != writers*perWriter {
		t.Errorf("stats = %+v, want %d articles and events", st, writers*perWriter)
	}
}
