package storage

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/internal/pgtest"
)

// TestPostgres runs the store's tests on Postgres: under it, openTemp and
// openShared open Postgres stores, each test in a schema of its own. The
// tests left out read SQLite's own files, pragmas, plans or older schemas.
func TestPostgres(t *testing.T) {
	if os.Getenv(pgtest.EnvURL) == "" {
		t.Skipf("Postgres tests skipped: set %s to a database URL (.ci/run starts one)", pgtest.EnvURL)
	}
	for _, tt := range []struct {
		name string
		test func(*testing.T)
	}{
		{"AddArticleUniqueness", TestAddArticleUniqueness},
		{"AddArticleRoundTrip", TestAddArticleRoundTrip},
		{"AddArticleIsAtomic", TestAddArticleIsAtomic},
		{"ImportArticles", TestImportArticles},
		{"AddArticles", TestAddArticles},
		{"FingerprintsAfter", TestFingerprintsAfter},
		{"SearchArticles", TestSearchArticles},
		{"Fingerprints", TestFingerprints},
		{"ConcurrentWriters", TestConcurrentWriters},
		{"Counterparts", TestCounterparts},
		{"CounterpartsAnyWindow", TestCounterpartsAnyWindow},
		{"SyncActorsReplaces", TestSyncActorsReplaces},
		{"ActorDailyCounts", TestActorDailyCounts},
		{"SummariesFollowDeletes", TestSummariesFollowDeletes},
		{"DevelopmentQueries", TestDevelopmentQueries},
		{"MergeAtIngest", TestMergeAtIngest},
		{"SummariesFollowAMovedDay", TestSummariesFollowAMovedDay},
		{"MergeIsOrderFree", TestMergeIsOrderFree},
		{"UpsertFeedKeepsState", TestUpsertFeedKeepsState},
		{"SaveFeedStateUnknownFeed", TestSaveFeedStateUnknownFeed},
		{"AddAndRemoveChatFeeds", TestAddAndRemoveChatFeeds},
		{"ClaimFeeds", TestClaimFeeds},
		{"SeenAmong", TestSeenAmong},
		{"SeenAmongManyKeys", TestSeenAmongManyKeys},
		{"KeyDailyCounts", TestKeyDailyCounts},
		{"KeyDailyCountsAnyWindow", TestKeyDailyCountsAnyWindow},
		{"LLMAnswers", TestLLMAnswers},
		{"LLMTokens", TestLLMTokens},
		{"EventBackendIsStored", TestEventBackendIsStored},
		{"OutboxEnqueue", TestOutboxEnqueue},
		{"OutboxDeliveryStates", TestOutboxDeliveryStates},
		{"OutboxUncertainKeepsLaterParts", TestOutboxUncertainKeepsLaterParts},
		{"OutboxStats", TestOutboxStats},
		{"OutboxSurvivesRestart", TestOutboxSurvivesRestart},
		{"ClaimOutbox", TestClaimOutbox},
		{"ListOutbox", TestListOutbox},
		{"RequeueOutbox", TestRequeueOutbox},
		{"RequeuedPartsPostInOrder", TestRequeuedPartsPostInOrder},
		{"ChannelSchedule", TestChannelSchedule},
		{"SlotEnqueuedOnce", TestSlotEnqueuedOnce},
		{"FirstSeen", TestFirstSeen},
		{"FirstSeenRace", TestFirstSeenRace},
		{"Subscriptions", TestSubscriptions},
		{"ClearSubscriptions", TestClearSubscriptions},
		{"ReplicasMigrateTogether", testReplicasMigrateTogether},
	} {
		t.Run(tt.name, tt.test)
	}
}

// onPostgres reports whether t runs under TestPostgres.
func onPostgres(t testing.TB) bool { return strings.HasPrefix(t.Name(), "TestPostgres/") }

// testReplicasMigrateTogether opens replicas on one new database at once:
// the advisory lock lets one migrate and the others find it done.
func testReplicasMigrateTogether(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	var wg sync.WaitGroup
	stores := make([]*Store, 4)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = OpenPostgres(ctx, dsn) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Fatalf("replica %d: %v", i, errs[i])
		}
		defer s.Close()
	}
	var rows, version int
	if err := stores[0].read.QueryRowContext(ctx, "SELECT COUNT(*), MAX(version) FROM schema_migrations").Scan(&rows, &version); err != nil {
		t.Fatal(err)
	}
	if rows != len(postgres.migrations) || version != latest(postgres) || version != latest(sqlite) {
		t.Errorf("%d migrations recorded up to version %d; want %d up to %d, SQLite's latest too",
			rows, version, len(postgres.migrations), latest(postgres))
	}
}

// TestFirstSeenRace asks replicas at once about one request: exactly one
// of them may take it as new.
func TestFirstSeenRace(t *testing.T) {
	open := openShared(t)
	replicas := []*Store{open(), open(), open()}
	now := at(0, 0)
	for round := range 5 {
		key := []byte(fmt.Sprint("request ", round))
		var firsts atomic.Int32
		var wg sync.WaitGroup
		for i := range 12 {
			wg.Go(func() {
				first, err := replicas[i%len(replicas)].FirstSeen(context.Background(), key, now, now.Add(time.Minute))
				if err != nil {
					t.Error(err)
				}
				if first {
					firsts.Add(1)
				}
			})
		}
		wg.Wait()
		if n := firsts.Load(); n != 1 {
			t.Errorf("round %d: %d replicas took the request as new, want 1", round, n)
		}
	}
}

// TestCopyTo copies a SQLite database into Postgres: every table, and the
// same answers from both.
func TestCopyTo(t *testing.T) {
	ctx := context.Background()
	src := eventFixture(t)
	if _, err := src.Enqueue(ctx, parts("slack", "C1", "b", at(0, 0), "p0")); err != nil {
		t.Fatal(err)
	}
	if _, err := src.FirstSeen(ctx, []byte{0, 1, 2}, at(0, 0), at(9, 0)); err != nil {
		t.Fatal(err)
	}
	dst, err := OpenPostgres(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	var tables []string
	rows, err := dst.read.QueryContext(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name`)
	if err == nil {
		tables, err = collect(rows, func(r *sql.Rows) (name string, err error) { return name, r.Scan(&name) })
	}
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(slices.Values(copiedTables)); !slices.Equal(got, tables) {
		t.Fatalf("CopyTo copies %v, the schema has %v", got, tables)
	}
	if err := src.CopyTo(ctx, dst); err != nil {
		t.Fatal(err)
	}
	from, to := at(0, 0), at(3, 0)
	for _, q := range []struct {
		name string
		of   func(s *Store) (any, error)
	}{
		{"stats", func(s *Store) (any, error) { return s.Stats(ctx) }},
		{"developments seen", func(s *Store) (any, error) { return s.DevelopmentsSeen(ctx, from, to, Filter{}, 0) }},
		{"by actor", func(s *Store) (any, error) { return s.DevelopmentsByActor(ctx, "IRN", from, to, 0) }},
		{"counterparts", func(s *Store) (any, error) { return s.Counterparts(ctx, "IRN", from, to, 0) }},
		{"actor days", func(s *Store) (any, error) { return s.ActorDailyCounts(ctx, "PAK", from, to) }},
		{"outbox", func(s *Store) (any, error) { return s.OutboxMessages(ctx) }},
	} {
		want, err := q.of(src)
		if err != nil {
			t.Fatal(err)
		}
		got, err := q.of(dst)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Postgres %+v\nSQLite %+v", q.name, got, want)
		}
	}
	if first, err := dst.FirstSeen(ctx, []byte{0, 1, 2}, at(1, 0), at(9, 0)); err != nil || first {
		t.Errorf("a replay key copied: first %v, %v; want known", first, err)
	}
	// New rows take ids after the copied ones, and the summaries follow.
	mustAdd(t, dst, briefbot.Article{Link: "https://x.test/after-copy", Published: at(1, 2)}, ev("escalation", "IRN", "PAK"))
	if err := src.CopyTo(ctx, dst); err == nil {
		t.Error("a second copy into a store with rows succeeded")
	}
}
