// Package storage keeps briefbot's state in one SQLite file, or in a
// Postgres database that several replicas share: feeds and their
// polling state, articles grouped into story clusters, the events coded from
// them, the actors and their regions, channel subscriptions and the briefing
// outbox. Every SQL statement of briefbot lives here.
//
// Times are stored as Unix nanoseconds and come back in UTC; the zero
// time.Time is stored as 0 and comes back as the zero time. Time windows are
// half-open: from <= t < to.
package storage

import (
	"cmp"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a row addressed by its id does not exist.
var ErrNotFound = errors.New("storage: not found")

// Store is briefbot's database. It is safe for concurrent use.
type Store struct {
	d *dialect
	// write takes the writes. On SQLite it has a single connection whose
	// transactions begin IMMEDIATE: writers queue in Go instead of failing
	// with SQLITE_BUSY on a lock upgrade. On Postgres it is the one pool.
	write *sql.DB
	// read is a pool of query-only connections; WAL lets them read while a
	// write is in progress. On Postgres it is write.
	read *sql.DB
	// articleStmts are prepared on write.
	articleStmts *articleStmts
}

// Open opens (creating if needed) the SQLite database at path and migrates
// it to the latest schema. The special path ":memory:" gives a private
// in-memory database on a single connection, for tests.
func Open(ctx context.Context, path string) (*Store, error) {
	write, err := openDB(ctx, path, true)
	if err != nil {
		return nil, err
	}
	s := &Store{d: sqlite, write: write, read: write}
	if err := s.init(ctx); err != nil {
		write.Close()
		return nil, err
	}
	if path != ":memory:" {
		if s.read, err = openDB(ctx, path, false); err != nil {
			s.articleStmts.close()
			write.Close()
			return nil, err
		}
	}
	return s, nil
}

// postgresConns bounds a replica's connections to Postgres: the watcher's
// polls, the scheduler and the chat requests rarely need more at once, and
// several replicas share the server's max_connections (100 by default).
const postgresConns = 10

// OpenPostgres connects to the Postgres database named by dsn (a URL such
// as postgres://user:pass@host/db, or libpq's key=value form) and migrates
// it to the latest schema. Many replicas may open one database at once:
// the migrations are applied once, under an advisory lock.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// pgx's error quotes the DSN, password included.
		return nil, errors.New("storage: the Postgres connection string is not valid")
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(postgresConns)
	db.SetMaxIdleConns(postgresConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: connect to Postgres at %s: %w", cfg.Host, err)
	}
	s := &Store{d: postgres, write: db, read: db}
	if err := s.init(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// init migrates the database, prepares the statements that store articles
// and files the events stored before developments existed.
func (s *Store) init(ctx context.Context) error {
	if err := migrate(ctx, s.write, s.d, latest(s.d)); err != nil {
		return err
	}
	if s.d == sqlite {
		// Refresh the planner's statistics where they are missing or stale
		// (before the readers connect and load them); with a limit on rows
		// examined this costs milliseconds even on a large database.
		if _, err := s.write.ExecContext(ctx, "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002"); err != nil {
			return fmt.Errorf("storage: optimize: %w", err)
		}
	}
	stmts, err := prepareArticleStmts(ctx, s.write, s.d)
	if err != nil {
		return err
	}
	s.articleStmts = stmts
	if err := s.fillDevelopments(ctx); err != nil {
		stmts.close()
		return err
	}
	return nil
}

// openDB opens a SQLite pool on path with the connection settings briefbot relies on.
func openDB(ctx context.Context, path string, writer bool) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// A larger page cache than SQLite's 2 MiB keeps the hot parts of the
	// event indexes in memory: inserts touch one leaf per index, and windowed
	// reads revisit the same pages.
	cacheKiB := 32 << 10
	if writer {
		cacheKiB = 64 << 10
	}
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	// Statement journals and the sorters of GROUP BY and ORDER BY stay in
	// memory instead of temporary files.
	q.Add("_pragma", "temp_store(MEMORY)")
	if writer {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	if writer || path == ":memory:" {
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(max(4, runtime.NumCPU()))
		db.SetMaxIdleConns(max(4, runtime.NumCPU()))
	}
	// Connections live as long as the pool: each one carries its pragmas and
	// its page cache, and an in-memory database dies with its connection.
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	return db, nil
}

// Close closes the database.
func (s *Store) Close() error {
	var errRead error
	if s.read != s.write {
		errRead = s.read.Close()
	}
	errStmts := s.articleStmts.close()
	if s.d == sqlite {
		// Best effort: statistics gathered during this session help the next one.
		_, _ = s.write.Exec("PRAGMA optimize")
	}
	if err := errors.Join(errRead, errStmts, s.write.Close()); err != nil {
		return fmt.Errorf("storage: close: %w", err)
	}
	return nil
}

// inTx runs fn in a write transaction, committing if fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.tx(ctx, false, fn)
}

// inExclusiveTx runs fn as inTx does, in a transaction that excludes the
// other exclusive ones (see dialect.exclusive).
func (s *Store) inExclusiveTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.tx(ctx, s.d.exclusive != "", fn)
}

func (s *Store) tx(ctx context.Context, exclusive bool, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if exclusive {
		if _, err := tx.ExecContext(ctx, s.d.exclusive); err != nil {
			return errors.Join(err, rollback(tx))
		}
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	return tx.Commit()
}

func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}

// unixNano is how a time is stored: the zero time is 0.
func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// fromUnixNano is the inverse of unixNano, in UTC.
func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// NewReplicaID names this process among the replicas that share a
// database, as the owner of the leases it takes: the host, the process id
// and a random part, so that a restarted process is a new owner.
func NewReplicaID() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%x", cmp.Or(host, "unknown"), os.Getpid(), b)
}
