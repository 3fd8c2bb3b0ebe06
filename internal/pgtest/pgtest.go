// Package pgtest gives each test its own Postgres schema in the database
// named by BRIEFBOT_TEST_DATABASE_URL, so that tests (and the packages' test
// binaries, which go test runs side by side) never see each other's rows.
// Without the variable, the tests that need Postgres skip.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// EnvURL names the variable holding the test database's URL, such as
// postgres://briefbot:briefbot@localhost/briefbot_test. It is not
// BRIEFBOT_DATABASE_URL, so that a deployment's database is never a test's.
const EnvURL = "BRIEFBOT_TEST_DATABASE_URL"

// DSN creates a schema of its own for tb in the database EnvURL names, and
// returns a URL whose connections use it (see NewSchema). It skips tb when
// EnvURL is not set.
func DSN(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		tb.Skipf("Postgres tests skipped: set %s to a database URL (.ci/run starts one)", EnvURL)
	}
	return NewSchema(tb, base)
}

// NewSchema creates a schema of its own for tb in the database at the URL
// base, dropped when tb ends, and returns a URL of that database whose
// connections use the schema.
func NewSchema(tb testing.TB, base string) string {
	tb.Helper()
	db, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("pgtest: create a schema: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	dsn, err := WithSchema(base, schema)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return dsn
}

// WithSchema returns the URL dsn whose connections search schema first.
func WithSchema(dsn, schema string) (string, error) {
	if !strings.Contains(dsn, "://") {
		return "", fmt.Errorf("want a postgres:// URL, not the key=value form")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), nil
}
