package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/internal/pgtest"
	"github.com/briefbot/briefbot/storage"
)

// TestCopyDB moves a SQLite database to Postgres with copy-db, then asks
// the Postgres one from the command line.
func TestCopyDB(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	dir := t.TempDir()
	from := filepath.Join(dir, "old.db")
	st, err := storage.Open(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 20, 6, 0, 0, 0, time.UTC)
	_, _, err = st.AddArticle(ctx, briefbot.Article{Link: "https://x.test/1", Title: "Strike", Published: day},
		[]briefbot.Event{{Type: briefbot.Escalation, Source: "PAK", Target: "IRN", Code: "strike", Evidence: "Pakistan struck Iran."}})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	cfg := filepath.Join(dir, "briefbot.yaml")
	if err := os.WriteFile(cfg, []byte("storage: {driver: postgres}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvDatabaseURL, dsn)
	code, out, errOut := run(t, ctx, "copy-db", "-config", cfg, "-from", from)
	if code != 0 || !strings.Contains(out, "1 articles, 1 events, 1 developments") {
		t.Fatalf("copy-db: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = run(t, ctx, "who", "-config", cfg, "-at", "2026-11-21T00:00:00Z", "PAK")
	if code != 0 || !strings.Contains(out, "escalation (strike) → Iran (IRN)") {
		t.Errorf("who on Postgres: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := run(t, ctx, "copy-db", "-config", cfg, "-from", from); code == 0 || !strings.Contains(errOut, "holds 1 rows") {
		t.Errorf("a second copy: exit %d, %s; want refused, the database holding rows", code, errOut)
	}
}
