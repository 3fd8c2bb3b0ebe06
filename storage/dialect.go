package storage

import (
	"context"
	"database/sql/driver"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/stdlib"
)

// dialect is what differs between the two databases briefbot runs on. Every
// statement of this package is written once, in SQL both accept, with
// SQLite's placeholders (? and ?NNN), which the Postgres connections rewrite
// as $N (see numbered). What cannot be written once is here, and in the
// migrations (see migrate.go).
type dialect struct {
	name string
	// migrations are the dialect's schema steps (see migrate.go).
	migrations []migration
	// schemaMigrations creates the table of applied migrations.
	schemaMigrations string
	// indexedBy pins a query to an index: SQLite's planner, with no
	// statistics on correlated columns, would pick an actor index and read
	// an actor's whole history for a day's window. Postgres has no hints
	// and plans these by its statistics.
	indexedBy func(index string) string
	// skipLocked ends the subquery that picks rows to lease: on Postgres a
	// replica skips the rows another replica is leasing at that moment
	// instead of waiting for it. SQLite has one writer at a time.
	skipLocked string
	// exclusive, run first in a transaction, makes it wait for the other
	// transactions that begin with it. SQLite's write transactions exclude
	// each other already (BEGIN IMMEDIATE); on Postgres, storing articles
	// takes a transaction-wide advisory lock, so that events merge into
	// developments as they would one at a time and the ids of articles and
	// developments become visible in the order they grow, which
	// FingerprintsAfter and DevelopmentsAfter rely on.
	exclusive string
	// search finds articles by words, best first: ?1 is searchTerms(q),
	// ?2 the limit.
	search      string
	searchTerms func(q string) string
}

var sqlite = &dialect{
	name: "sqlite",
	schemaMigrations: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at INTEGER NOT NULL DEFAULT (unixepoch())
	)`,
	indexedBy: func(index string) string { return " INDEXED BY " + index },
	search: `
		SELECT ` + articleColumns + `
		FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH ?1
		ORDER BY f.rank, a.id
		LIMIT ?2`,
	searchTerms: ftsQuery,
}

var postgres = &dialect{
	name: "postgres",
	schemaMigrations: `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at BIGINT NOT NULL DEFAULT (extract(epoch FROM now())::bigint)
	)`,
	indexedBy:  func(string) string { return "" },
	skipLocked: " FOR UPDATE SKIP LOCKED",
	exclusive:  `SELECT pg_advisory_xact_lock(hashtext('briefbot store'))`,
	// The words are ANDed and plain: plainto_tsquery gives punctuation and
	// operators no meaning, as ftsQuery does for FTS5.
	search: `
		SELECT ` + articleColumns + `
		FROM articles a, plainto_tsquery('simple', ?1) q
		WHERE a.search @@ q
		ORDER BY ts_rank(a.search, q) DESC, a.id
		LIMIT ?2`,
	searchTerms: func(q string) string { return q },
}

// numbered rewrites SQLite's placeholders as Postgres's: ?NNN as $NNN, and
// a bare ? as the number after the largest one so far, as SQLite numbers
// it. Quoted strings and identifiers and -- comments are copied as they are.
//
// modernc's SQLite would take $NNN by number too, but the statements that
// are built (IN lists, VALUES lists, unions of branches) append bare ?s, and
// numbering those would thread an offset through every builder; rewriting
// costs a pass over a few hundred bytes beside a round trip to the server,
// and SQLite keeps its statements, and so its plans, as they were.
func numbered(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + len(q)/8)
	last := 0
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) && q[j] != c {
				j++
			}
			j = min(j+1, len(q))
			b.WriteString(q[i:j])
			i = j - 1
		case c == '-' && strings.HasPrefix(q[i:], "--"):
			end := strings.IndexByte(q[i:], '\n')
			if end < 0 {
				end = len(q) - i
			}
			b.WriteString(q[i : i+end])
			i += end - 1
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			n := last + 1
			if j > i+1 {
				n, _ = strconv.Atoi(q[i+1 : j])
			}
			last = max(last, n)
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pgConnector makes the Postgres connections that take this package's
// statements: pgx's, with the placeholders rewritten on the way in.
// Rewriting where the statement enters the driver leaves every call site
// the same for both databases.
type pgConnector struct{ driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return pgConn{conn.(*stdlib.Conn)}, nil
}

// pgConn is a pgx connection whose statements are rewritten by numbered; it
// has every other method of *stdlib.Conn, and so every optional interface
// database/sql looks for.
type pgConn struct{ *stdlib.Conn }

func (c pgConn) Prepare(q string) (driver.Stmt, error) { return c.Conn.Prepare(numbered(q)) }

func (c pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, numbered(q))
}

func (c pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, numbered(q), args)
}

func (c pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, numbered(q), args)
}
