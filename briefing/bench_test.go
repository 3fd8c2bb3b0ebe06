package briefing

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// BenchmarkCompose24h composes a day's briefing over a year of history
// holding a million events, the size the issue sets. Seeding takes minutes;
// BRIEFING_BENCH_DB=path keeps the seeded database there for the next run.
func BenchmarkCompose24h(b *testing.B) {
	const events = 1_000_000
	end := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	path := os.Getenv("BRIEFING_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "briefbot.db")
	}
	s := openStoreAt(b, path)
	stats, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if stats.Events == 0 {
		start := time.Now()
		n := seedHistory(b, s, events, end.AddDate(-1, 0, 0), end)
		b.Logf("seeded %d events in %s", n, time.Since(start).Round(time.Second))
	}

	c := &Composer{Store: s, Gazetteer: coder.Builtin()}
	r := Request{From: end.Add(-24 * time.Hour), To: end}
	ctx := context.Background()
	var brief *Briefing
	for b.Loop() {
		var err error
		if brief, err = c.Compose(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(brief.Total), "events/window")
}

// seedHistory stores about n events spread evenly over [from, to) in one
// import: 1 to 9 events an article (fewer articles seed faster and weigh
// nothing in a compose), a third of the articles joining a recent story,
// and most events among a few busy actors, as news is.
func seedHistory(tb testing.TB, s *storage.Store, n int, from, to time.Time) int {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	actors := coder.Builtin().Actors()
	busy := actors[:0:0]
	for _, id := range []string{"IRN", "PAK", "AFG", "IND", "ISR", "LBN", "SYR", "RUS", "UKR", "USA", "CHN", "TWN", "PRK", "KOR", "SDN", "ETH", "SOM", "YEM", "SAU", "VEN"} {
		if a, ok := coder.Builtin().Actor(id); ok {
			busy = append(busy, a)
		}
	}
	pick := func() string {
		if rng.IntN(10) < 7 {
			return busy[rng.IntN(len(busy))].ID
		}
		return actors[rng.IntN(len(actors))].ID
	}
	types := []coder.EventType{coder.Accusation, coder.Accusation, coder.Escalation, coder.Escalation, coder.Denial, coder.Deescalation}
	feeds := []string{"dawn", "aljazeera", "bbc", "reuters", "tribune", "irna", "tolo", "ndtv"}

	articles := n / 5 // 5 events an article on average
	step := to.Sub(from) / time.Duration(articles)
	items := make([]storage.ArticleWithEvents, 0, articles)
	total := 0
	// A fresh database numbers clusters 1, 2, ... in the order the import
	// creates them, so an article can join a story created earlier in it.
	clusters := int64(0)
	for i := range articles {
		at := from.Add(step * time.Duration(i))
		a := storage.Article{
			FeedName:  feeds[rng.IntN(len(feeds))],
			Link:      fmt.Sprintf("https://news.example/%d", i),
			Title:     fmt.Sprintf("Story %d", i),
			Published: at,
		}
		if clusters > 0 && rng.IntN(3) == 0 {
			a.ClusterID = clusters - int64(rng.IntN(int(min(clusters, 20))))
		} else {
			clusters++
		}
		var evs []storage.Event
		for range 1 + rng.IntN(9) {
			t := types[rng.IntN(len(types))]
			src, tgt := pick(), pick()
			if t == coder.Denial && rng.IntN(10) == 0 {
				tgt = ""
			}
			evs = append(evs, storage.Event{Type: string(t), Source: src, Target: tgt, Confidence: 0.8, Code: "code", Intensity: -5,
				Evidence: "A sentence long enough to look like evidence, with a clause or two, as reported."})
		}
		total += len(evs)
		items = append(items, storage.ArticleWithEvents{Article: a, Events: evs})
	}
	if _, err := s.ImportArticles(context.Background(), items); err != nil {
		tb.Fatal(err)
	}
	return total
}
