package storage

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestOpenTwiceIsANoOp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "twice.db")
	for i := range 2 {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v != latest(sqlite) {
			t.Errorf("open %d: schema version %d, want %d", i+1, v, latest(sqlite))
		}
		var rows int
		if err := s.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations").Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if rows != latest(sqlite) {
			t.Errorf("open %d: %d schema_migrations rows, want %d", i+1, rows, latest(sqlite))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenSetsPragmas(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, db := range []struct {
		name string
		q    func(string) (string, error)
	}{
		{"write", func(p string) (v string, err error) { return v, s.write.QueryRowContext(ctx, "PRAGMA "+p).Scan(&v) }},
		{"read", func(p string) (v string, err error) { return v, s.read.QueryRowContext(ctx, "PRAGMA "+p).Scan(&v) }},
	} {
		for pragma, want := range map[string]string{
			"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "10000",
		} {
			got, err := db.q(pragma)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s connection: %s = %s, want %s", db.name, pragma, got, want)
			}
		}
	}
}

// TestUpgradeFromVersion1 opens a database that has only the first migration,
// holding an article stored then, and checks that Open brings it to the latest
// schema with the article indexed for search.
func TestUpgradeFromVersion1(t *testing.T) {
	ctx := context.Background()
	path, db := atVersion(t, 1)
	if _, err := db.ExecContext(ctx, `
		INSERT INTO clusters (id, created_at) VALUES (1, 0);
		INSERT INTO articles (id, cluster_id, link, title, text) VALUES (1, 1, 'https://x.test/a', 'Border talks resume', 'Envoys met.');
		INSERT INTO events (article_id, cluster_id, type, source, target, date) VALUES (1, 1, 'deescalation', 'IRN', 'PAK', ?)`,
		unixNano(at(0, 5))); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles_fts", "outbox"} {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema WHERE name = ?", table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Fatalf("version 1 already has %s", table)
		}
	}
	s := reopen(t, db, path)
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest(sqlite) {
		t.Fatalf("schema version %d, %v; want %d", v, err, latest(sqlite))
	}
	found, err := s.SearchArticles(ctx, "talks", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Link != "https://x.test/a" {
		t.Errorf("search after upgrade = %+v, want the old article", found)
	}
	days, err := s.ActorDailyCounts(ctx, "PAK", at(0, 0), at(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []ActorDay{{"deescalation", at(0, 0), 1}}; !reflect.DeepEqual(days, want) {
		t.Errorf("daily counts after upgrade = %+v, want %+v", days, want)
	}
	cps, err := s.Counterparts(ctx, "PAK", at(0, 0), at(1, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Counterpart{{"IRN", 1}}; !reflect.DeepEqual(cps, want) {
		t.Errorf("counterparts after upgrade = %+v, want %+v", cps, want)
	}
	keyDays, err := s.KeyDailyCounts(ctx, []Key{{"deescalation", "IRN", "PAK"}}, at(0, 0), at(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []DyadDay{{"IRN", "PAK", "deescalation", at(0, 0), 1}}; !reflect.DeepEqual(keyDays, want) {
		t.Errorf("key daily counts after upgrade = %+v, want %+v", keyDays, want)
	}
	devs, err := s.DevelopmentsByActor(ctx, "PAK", at(0, 0), at(1, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(devs) != 1 || !devs[0].Day.Equal(at(0, 0)) || devs[0].Background || len(devs[0].Reports) != 1 {
		t.Errorf("the development of an event stored before developments = %+v, want it on its article's day, as news, with its article", devs)
	}
	if created, err := s.Enqueue(ctx, []OutboxMessage{{Platform: "slack", Channel: "C1", DedupKey: "k", Body: "b"}}); err != nil || !created {
		t.Errorf("enqueue after upgrade: created %v, %v", created, err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newer.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.ExecContext(ctx, "INSERT INTO schema_migrations (version, name) VALUES (?, 'future.sql')", latest(sqlite)+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Fatal("Open accepted a database from a newer binary")
	}
}

func TestOpenMemory(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.UpsertFeed(ctx, "dawn", "https://dawn.test/feed", nil); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("feeds = %v, %v; want the one stored", feeds, err)
	}
}

// versionOf is the version of the migration named NNNN_name.sql, so that
// tests of one migration survive renumbering.
func versionOf(t *testing.T, name string) int {
	t.Helper()
	for _, m := range sqlite.migrations {
		if strings.HasSuffix(m.name, "_"+name+".sql") {
			return m.version
		}
	}
	t.Fatalf("no migration %q", name)
	return 0
}

// TestUpgradeFeeds brings a database from before feed health to the
// latest schema: disabled feeds are due to be polled again, and failing.
func TestUpgradeFeeds(t *testing.T) {
	ctx := context.Background()
	path, db := atVersion(t, versionOf(t, "feed_health")-1)
	if _, err := db.ExecContext(ctx, `
		INSERT INTO feeds (id, name, url, error_count, last_attempt, next_poll, disabled) VALUES
			(1, 'dead', 'https://dead.test/rss', 10, 7, 999, 1),
			(2, 'well', 'https://well.test/rss', 0, 7, 999, 0)`); err != nil {
		t.Fatal(err)
	}
	feeds, err := reopen(t, db, path).Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f := feeds[0]; f.Name != "dead" || !f.NextPoll.IsZero() || f.FailingSince.IsZero() {
		t.Errorf("disabled feed = %+v, want due now and failing", f)
	}
	if f := feeds[1]; !f.FailingSince.IsZero() || f.NextPoll.IsZero() {
		t.Errorf("well feed = %+v, want untouched", f)
	}
}

// TestUpgradeOutbox brings a database from before exactly-once delivery to
// the latest schema: sent messages and their posted_messages rows stay,
// failed ones are retried or counted as abandoned.
func TestUpgradeOutbox(t *testing.T) {
	ctx := context.Background()
	path, db := atVersion(t, versionOf(t, "outbox_delivery")-1)
	if _, err := db.ExecContext(ctx, `
		INSERT INTO outbox (id, platform, channel, dedup_key, body, status, attempts, message_id, created_at, sent_at) VALUES
			(1, 'slack', 'C1', 'briefing:24h0m0s:2026-11-25T03:00:00Z#0', 'sent', 'sent', 0, 'ts1', 1, 2),
			(2, 'slack', 'C1', 'briefing:24h0m0s:2026-11-25T03:00:00Z#1', 'gave up', 'failed', 5, '', 1, 0),
			(3, 'slack', 'C1', 'briefing:24h0m0s:2026-11-26T03:00:00Z#0', 'failed once', 'failed', 1, '', 3, 0);
		INSERT INTO posted_messages (outbox_id, platform, channel, message_id, posted_at) VALUES (1, 'slack', 'C1', 'ts1', 2)`); err != nil {
		t.Fatal(err)
	}
	s := reopen(t, db, path)
	want := map[int64]struct {
		status, briefing string
		part             int
	}{
		1: {OutboxSent, "briefing:24h0m0s:2026-11-25T03:00:00Z", 0},
		2: {OutboxAbandoned, "briefing:24h0m0s:2026-11-25T03:00:00Z", 1},
		3: {OutboxPending, "briefing:24h0m0s:2026-11-26T03:00:00Z", 0},
	}
	for id, w := range want {
		m, err := s.OutboxMessage(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if m.Status != w.status || m.Briefing != w.briefing || m.Part != w.part {
			t.Errorf("message %d = %+v, want %+v", id, m, w)
		}
	}
	var posted int
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM posted_messages WHERE outbox_id = 1`).Scan(&posted); err != nil || posted != 1 {
		t.Errorf("posted_messages of the sent message = %d, %v; want 1", posted, err)
	}
}
