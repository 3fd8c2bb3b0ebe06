package storage

import (
	"context"
	"database/sql"
	"io"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/internal/pgtest"
)

// openTemp opens a fresh store, closed at cleanup: a SQLite file in a
// temporary directory, or under TestPostgres a Postgres schema of its own.
func openTemp(t testing.TB) *Store {
	t.Helper()
	return openShared(t)()
}

// openShared returns a function that opens a store on one fresh database
// each time it is called, as replicas (or a daemon and a command) do: one
// SQLite file, or under TestPostgres one Postgres schema. Each store is
// closed at cleanup.
func openShared(t testing.TB) func() *Store {
	t.Helper()
	var open func() (*Store, error)
	if onPostgres(t) {
		dsn := pgtest.DSN(t)
		open = func() (*Store, error) { return OpenPostgres(context.Background(), dsn) }
	} else {
		path := filepath.Join(t.TempDir(), "test.db")
		open = func() (*Store, error) { return Open(context.Background(), path) }
	}
	return func() *Store {
		t.Helper()
		s, err := open()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Error(err)
			}
		})
		return s
	}
}

// atVersion creates a database with the migrations up to version only, as
// an older binary left it, and returns its path and a connection to fill it.
func atVersion(t *testing.T, version int) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := openDB(context.Background(), path, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(context.Background(), db, sqlite, version); err != nil {
		t.Fatal(err)
	}
	return path, db
}

// reopen closes what holds the database at path and opens the store there
// again, as a restarted (or newer) binary does; it is closed at cleanup.
func reopen(t testing.TB, old io.Closer, path string) *Store {
	t.Helper()
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// day0 is the start of the fixed UTC day the tests are set on.
var day0 = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

// at returns day0 plus d days and h hours.
func at(d, h int) time.Time {
	return day0.Add(time.Duration(d)*24*time.Hour + time.Duration(h)*time.Hour)
}

// ev is a compact event for fixtures.
func ev(typ, source, target string) briefbot.Event {
	return briefbot.Event{Type: briefbot.EventType(typ), Source: source, Target: target, Evidence: source + " " + typ + " " + target, Confidence: 0.8}
}

// mustAdd stores an article with its events and fails the test on error.
func mustAdd(t testing.TB, s *Store, a briefbot.Article, events ...briefbot.Event) int64 {
	t.Helper()
	id, inserted, err := s.AddArticle(context.Background(), a, events)
	if err != nil {
		t.Fatal(err)
	}
	if !inserted {
		t.Fatalf("article %q was a duplicate", a.Link)
	}
	return id
}

// check runs one table case as a subtest: query must return want.
func check[T any](t *testing.T, name string, query func() (T, error), want T) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		got, err := query()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
	})
}
