package storage

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
