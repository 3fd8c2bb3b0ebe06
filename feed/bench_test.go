package feed

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/internal/pgtest"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// benchSentences are mixed into the generated articles so that the coder
// finds events in some and each text differs from the others.
var benchSentences = []string{
	"Iran accused Pakistan of sheltering militants who attacked a border post near Saravan.",
	"Pakistan's Foreign Office rejected the claim as baseless.",
	"The United States urged both sides to show restraint.",
	"China offered to mediate between the two neighbours.",
	"Officials said talks on border security would resume next week.",
	"North Korea fired two cruise missiles into the sea off its east coast.",
	"South Korea's military said it was tracking the launch.",
	"Rwanda denied backing the M23 rebels in eastern Congo.",
	"Markets in Karachi closed slightly higher on Tuesday.",
	"Mali ended its peace agreement with armed groups in the north.",
	"Algeria summoned Mali's ambassador over the accusations.",
	"The Houthis threatened to retaliate for the strikes on Yemen.",
	"Heavy rain closed several roads in the capital.",
	"The UN secretary-general called for an immediate ceasefire.",
	"Iraq recalled its ambassador from Tehran after the strikes on Erbil.",
	"The two foreign ministers agreed to return their ambassadors.",
}

// benchFeed is an RSS feed of n generated articles spread over three days.
func benchFeed(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title><link>https://bench.example/</link>`)
	for i := range n {
		var text strings.Builder
		for j := range 4 + r.IntN(4) {
			fmt.Fprintf(&text, "<p>%s Report %d, paragraph %d.</p>", benchSentences[r.IntN(len(benchSentences))], i, j)
		}
		fmt.Fprintf(&b, "<item><title>Story %d: %s</title><link>https://bench.example/news/%d?utm_source=rss</link>"+
			"<guid>https://bench.example/news/%d</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
			i, benchSentences[r.IntN(len(benchSentences))], i, i,
			start.Add(time.Duration(i)*25*time.Second).Format(time.RFC1123Z), html.EscapeString(text.String()))
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// BenchmarkIngest measures 10,000 articles end to end: fetch a generated
// feed over loopback HTTP, parse, normalise, fingerprint and cluster, code,
// and store with their events in a fresh SQLite database, or a fresh
// Postgres schema with BRIEFBOT_BENCH_POSTGRES=url.
func BenchmarkIngest(b *testing.B) {
	const n = 10000
	body := benchFeed(n)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write(body) }))
	defer srv.Close()
	c := coder.New(coder.Builtin())
	o := Options{MaxBodyBytes: 64 << 20, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	var (
		elapsed time.Duration
		events  int
	)
	for b.Loop() {
		b.StopTimer()
		st := benchStore(b)
		w := NewWatcher(st, Builtin(c), o)
		b.StartTimer()
		began := time.Now()
		sum, err := w.PollOnce(context.Background(), []Source{{Name: "bench", URL: srv.URL}}, nil)
		elapsed += time.Since(began)
		if err != nil || sum.NewArticles != n {
			b.Fatalf("PollOnce = %+v, %v; want %d new", sum, err, n)
		}
		for _, k := range sum.EventsByType {
			events += k
		}
		b.StopTimer()
		// Closed now rather than at cleanup, so that peak memory is one
		// database's, not one per iteration.
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(events)/float64(n*b.N), "events/article")
	b.SetBytes(int64(len(body)))
}

// benchStore opens a fresh store: a SQLite file, or a schema of the
// Postgres database that BRIEFBOT_BENCH_POSTGRES names.
func benchStore(b *testing.B) *storage.Store {
	b.Helper()
	var (
		st  *storage.Store
		err error
	)
	if url := os.Getenv(storagetest.EnvPostgres); url != "" {
		st, err = storage.OpenPostgres(context.Background(), pgtest.NewSchema(b, url))
	} else {
		st, err = storage.Open(context.Background(), filepath.Join(b.TempDir(), "feed.db"))
	}
	if err != nil {
		b.Fatal(err)
	}
	return st
}
