// Package storagetest builds the million-event database that the storage, bot
// and briefing benchmarks measure against, so that they measure the same data
// and a run of all three builds it once.
//
// Only benchmarks call Million: a plain `go test` never pays for the build
// (about a minute and a half). With BRIEFBOT_BENCH_DB=path the database is
// built there once and reused by later runs and by the other packages' test
// binaries; delete the file after changing the generator.
//
// With BRIEFBOT_BENCH_POSTGRES=url the benchmarks run on Postgres: the
// SQLite database is copied (storage.Store.CopyTo) into the schema
// briefbot_bench of that database once, and kept; drop the schema after
// changing the generator.
package storagetest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/internal/pgtest"
	"github.com/briefbot/briefbot/storage"
)

// EnvDB names the environment variable holding the path where the benchmark
// database is kept between runs.
const EnvDB = "BRIEFBOT_BENCH_DB"

// EnvPostgres names the environment variable holding the URL of a Postgres
// database to run the benchmarks on.
const EnvPostgres = "BRIEFBOT_BENCH_POSTGRES"

// NumActors is how many actors Seed writes events between: ActorID(0) to
// ActorID(NumActors-1), in decreasing order of activity.
const NumActors = 200

// regions are the ones the actors are spread over: real slugs, so that the
// actors can join the built-in gazetteer (coder.Builtin().With(Actors())).
var regions = []string{"caucasus", "central-africa", "central-asia", "east-africa", "east-asia", "europe",
	"horn-of-africa", "latin-america", "middle-east", "north-africa", "south-asia", "southeast-asia"}

// Region is the i-th of the 12 regions the actors are spread over.
func Region(i int) string { return regions[i%len(regions)] }

// eventsPerArticle is fixed: what the benchmarks measure is events, and
// fewer, fuller articles seed faster.
const eventsPerArticle = 4

// End is where the benchmark database's history ends (exclusive).
var End = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// million is the size of the shared database: a year of about 2,740 events a
// day, the volume the issue sets.
var million = Options{Events: 1_000_000, Days: 365, End: End}

// Options shape what Seed writes.
type Options struct {
	Events int       // how many, rounded down to a multiple of 4 (events per article)
	Days   int       // spread evenly over the Days days before End
	End    time.Time // exclusive
}

// ActorID is the ID of the actor of the given activity rank: "A000" is the
// busiest.
func ActorID(rank int) string { return fmt.Sprintf("A%03d", rank) }

// Actors are the NumActors actors, each in Region(rank) and every fifth one
// also in Region(rank+1), so that regions overlap as real ones do.
func Actors() []briefbot.Actor {
	actors := make([]briefbot.Actor, NumActors)
	for i := range actors {
		id := ActorID(i)
		actors[i] = briefbot.Actor{ID: id, Kind: briefbot.State, Name: "Actor " + id, Regions: []string{Region(i)}}
		if i%5 == 0 {
			actors[i].Regions = append(actors[i].Regions, Region(i+1))
		}
	}
	return actors
}

// Seed stores Actors and o.Events events in s. Articles arrive in time order,
// as from feeds, 4 events each, evenly spread over the window with jitter.
// An actor's share of events falls off as 1/rank, as in real coverage: a few
// actors are in most events and most actors in few. Accusations and
// escalations are twice as common as denials and de-escalations, a tenth of
// denials name no accuser, and a third of the articles join a story from the
// day before. The data is the same on every call.
func Seed(ctx context.Context, s *storage.Store, o Options) error {
	if o.Events < eventsPerArticle || o.Days < 1 {
		return fmt.Errorf("storagetest: seed: need at least %d events and 1 day, got %d and %d", eventsPerArticle, o.Events, o.Days)
	}
	if err := s.SyncActors(ctx, Actors()); err != nil {
		return fmt.Errorf("storagetest: seed: %w", err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	weights := make([]float64, NumActors)
	total := 0.0
	for i := range weights {
		total += 1 / float64(i+1)
		weights[i] = total
	}
	pick := func() string {
		i, _ := slices.BinarySearch(weights, rng.Float64()*total)
		return ActorID(min(i, NumActors-1))
	}
	types := []briefbot.EventType{briefbot.Accusation, briefbot.Accusation, briefbot.Escalation, briefbot.Escalation, briefbot.Denial, briefbot.Deescalation}

	articles := o.Events / eventsPerArticle
	start := o.End.AddDate(0, 0, -o.Days)
	step := o.End.Sub(start) / time.Duration(articles)
	// One transaction a day's articles: the stories an article may join are
	// those started in the previous transaction, whose IDs are known.
	perBatch := max(1, articles/o.Days)
	var stories []int64 // the clusters the previous batch started
	batch := make([]storage.ArticleWithEvents, 0, perBatch)
	for n := range articles {
		published := start.Add(time.Duration(n)*step + time.Duration(rng.Int64N(int64(step))))
		a := briefbot.Article{FeedName: fmt.Sprintf("feed-%d", n%40), Link: fmt.Sprintf("https://news.test/%d", n),
			GUID: fmt.Sprint(n), Title: fmt.Sprintf("Story %d", n), // no text: full-text search is not benchmarked
			Published: published, Fetched: published, SimHash: rng.Uint64()}
		if len(stories) > 0 && rng.IntN(3) == 0 {
			a.ClusterID = stories[rng.IntN(len(stories))]
		}
		events := make([]briefbot.Event, eventsPerArticle)
		for i := range events {
			t := types[rng.IntN(len(types))]
			target := pick()
			if t == briefbot.Denial && rng.IntN(10) == 0 {
				target = ""
			}
			events[i] = briefbot.Event{Type: t, Source: pick(), Target: target,
				Evidence: "Officials said the strike hit a border post.", Confidence: 0.7, Code: "strike", Intensity: -7}
		}
		batch = append(batch, storage.ArticleWithEvents{Article: a, Events: events})
		if len(batch) < perBatch && n < articles-1 {
			continue
		}
		added, err := s.AddArticles(ctx, batch)
		if err != nil {
			return fmt.Errorf("storagetest: seed: %w", err)
		}
		stories = stories[:0]
		for i, ad := range added {
			if batch[i].Article.ClusterID == 0 {
				stories = append(stories, ad.ClusterID)
			}
		}
		batch = batch[:0]
	}
	return nil
}

// shared is the process's benchmark database.
var shared struct {
	once  sync.Once
	store *storage.Store
	dir   string // the temporary directory holding it, when EnvDB is unset
	err   error
}

// Million returns the shared million-event store, building it on first use:
// at the path in EnvDB if set (kept, and reused when there), otherwise in a
// temporary directory that Run removes. Call Run from TestMain to close it.
func Million(tb testing.TB) *storage.Store {
	tb.Helper()
	shared.once.Do(func() {
		ctx := context.Background()
		start := time.Now()
		path := os.Getenv(EnvDB)
		if path == "" {
			if shared.dir, shared.err = os.MkdirTemp("", "briefbot-bench-"); shared.err != nil {
				return
			}
			path = filepath.Join(shared.dir, "bench.db")
		}
		var built bool
		if url := os.Getenv(EnvPostgres); url != "" {
			shared.store, built, shared.err = openOrCopyPostgres(ctx, url, path, million)
			path = "Postgres schema " + benchSchema
		} else {
			shared.store, built, shared.err = openOrBuild(ctx, path, million)
		}
		if built {
			tb.Logf("built the %d-event benchmark database %s in %s", million.Events, path, time.Since(start).Round(time.Second))
		}
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.store
}

// Run runs the tests and benchmarks, then closes the shared store and removes
// its temporary directory. Use it as TestMain's os.Exit(storagetest.Run(m)).
func Run(m *testing.M) int {
	code := m.Run()
	if shared.store != nil {
		if err := shared.store.Close(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = max(code, 1)
		}
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	return code
}

// buildWait is how long openOrBuild waits for another process's build.
const buildWait = 10 * time.Minute

// openOrBuild opens the database at path, building it first if it does not
// exist. `go test ./storage ./bot ./briefing` runs the packages' test
// binaries at once, so the build happens under a lock file, into a side file
// renamed into place when complete: whoever does not get the lock waits for
// the file to appear.
func openOrBuild(ctx context.Context, path string, o Options) (s *storage.Store, built bool, err error) {
	lock := path + ".lock"
	deadline := time.Now().Add(buildWait)
	for {
		if _, err := os.Stat(path); err == nil {
			s, err := storage.Open(ctx, path)
			return s, false, err
		}
		f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			f.Close()
			defer os.Remove(lock)
			// Another process may have finished between the Stat and the lock.
			if _, err := os.Stat(path); err == nil {
				s, err := storage.Open(ctx, path)
				return s, false, err
			}
			if err := buildAt(ctx, path, o); err != nil {
				return nil, false, err
			}
			s, err := storage.Open(ctx, path)
			return s, true, err
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, false, fmt.Errorf("storagetest: lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			return nil, false, fmt.Errorf("storagetest: %s not built after %s; remove %s if no build is running", path, buildWait, lock)
		}
		select {
		case <-ctx.Done():
			return nil, false, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// buildAt seeds a database next to path and renames it to path once closed,
// so that path never holds a partial database. Closing also lets the next
// Open gather the planner's statistics, as a long-running daemon would have.
func buildAt(ctx context.Context, path string, o Options) error {
	tmp := path + ".building"
	for _, f := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("storagetest: build %s: %w", path, err)
		}
	}
	s, err := storage.Open(ctx, tmp)
	if err != nil {
		return fmt.Errorf("storagetest: build %s: %w", path, err)
	}
	if err := errors.Join(Seed(ctx, s, o), s.Close()); err != nil {
		return fmt.Errorf("storagetest: build %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("storagetest: build %s: %w", path, err)
	}
	return nil
}

// benchSchema holds the benchmark database on Postgres.
const benchSchema = "briefbot_bench"

// openOrCopyPostgres opens the benchmark database in the schema benchSchema
// of the Postgres database at url, first copying the SQLite one at path
// (built if need be) there if the schema does not exist. Test binaries
// running side by side take turns under an advisory lock; the copy goes to
// a side schema renamed when complete, so that benchSchema never holds a
// partial database.
func openOrCopyPostgres(ctx context.Context, url, path string, o Options) (s *storage.Store, built bool, err error) {
	dsn, err := pgtest.WithSchema(url, benchSchema)
	if err != nil {
		return nil, false, fmt.Errorf("storagetest: %s: %w", EnvPostgres, err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, false, fmt.Errorf("storagetest: %w", err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("storagetest: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(hashtext('briefbot bench'))"); err != nil {
		return nil, false, fmt.Errorf("storagetest: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock(hashtext('briefbot bench'))")
	var exists bool
	if err := conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", benchSchema).Scan(&exists); err != nil {
		return nil, false, fmt.Errorf("storagetest: %w", err)
	}
	if !exists {
		if err := copyToPostgres(ctx, conn, url, path, o); err != nil {
			return nil, false, fmt.Errorf("storagetest: copy to Postgres: %w", err)
		}
	}
	s, err = storage.OpenPostgres(ctx, dsn)
	return s, !exists, err
}

func copyToPostgres(ctx context.Context, conn *sql.Conn, url, path string, o Options) error {
	building := benchSchema + "_building"
	for _, q := range []string{"DROP SCHEMA IF EXISTS " + building + " CASCADE", "CREATE SCHEMA " + building} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	dsn, err := pgtest.WithSchema(url, building)
	if err != nil {
		return err
	}
	dst, err := storage.OpenPostgres(ctx, dsn)
	if err != nil {
		return err
	}
	src, _, err := openOrBuild(ctx, path, o)
	if err == nil {
		err = src.CopyTo(ctx, dst)
		err = errors.Join(err, src.Close())
	}
	if err = errors.Join(err, dst.Close()); err != nil {
		return err
	}
	// Statistics and the visibility map now, as a long-running database
	// would have them.
	for _, q := range []string{"VACUUM (ANALYZE)", "ALTER SCHEMA " + building + " RENAME TO " + benchSchema} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
