package briefing

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// The benchmark queries storagetest's million-event database, built on first
// use so that only -bench runs pay for it (BRIEFBOT_BENCH_DB=path keeps it);
// TestMain closes it.
func TestMain(m *testing.M) { os.Exit(storagetest.Run(m)) }

// BenchmarkCompose24h composes a day's briefing over a year of history
// holding a million events, the size the issue sets.
func BenchmarkCompose24h(b *testing.B) {
	g, err := coder.Builtin().With(storagetest.Actors())
	if err != nil {
		b.Fatal(err)
	}
	c := &Composer{Store: storagetest.Million(b), Gazetteer: g}
	r := Request{From: storagetest.End.Add(-24 * time.Hour), To: storagetest.End}
	ctx := context.Background()
	var brief *Briefing
	for b.Loop() {
		var err error
		if brief, err = c.Compose(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(brief.Total), "developments/window")
}
