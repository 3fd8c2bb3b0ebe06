package storage

import (
	"strings"
	"testing"
)

func TestNumbered(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"WHERE a = ? AND b = ?", "WHERE a = $1 AND b = $2"},
		// A bare ? takes the number after the largest so far, as in SQLite.
		{"SET x = ?1, y = ?3 WHERE id IN (?, ?)", "SET x = $1, y = $3 WHERE id IN ($4, $5)"},
		{"?12 + ?", "$12 + $13"},
		{"WHERE a = '?' AND b = ? -- why?\nAND c = \"?\"", "WHERE a = '?' AND b = $1 -- why?\nAND c = \"?\""},
		{"WHERE a = 'it''s ?' AND b = ?", "WHERE a = 'it''s ?' AND b = $1"},
		{"WHERE a = 'unclosed ?", "WHERE a = 'unclosed ?"},
	} {
		if got := numbered(tt.in); got != tt.want {
			t.Errorf("numbered(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMigrationSets checks what each database runs: SQLite every step
// from 1 in its plain files; Postgres its baseline, then the shared steps
// or its own.
func TestMigrationSets(t *testing.T) {
	for i, m := range sqlite.migrations {
		if m.version != i+1 || strings.Contains(m.name, ".postgres.") {
			t.Errorf("SQLite step %d is %s (version %d)", i+1, m.name, m.version)
		}
	}
	pg := postgres.migrations
	if pg[0].name != "0016_baseline.postgres.sql" || latest(postgres) != latest(sqlite) {
		t.Errorf("Postgres runs %s first and ends at %d; want its baseline first and SQLite's latest, %d", pg[0].name, latest(postgres), latest(sqlite))
	}
	for _, m := range pg[1:] {
		if strings.Contains(m.name, ".sqlite.") {
			t.Errorf("Postgres runs SQLite's own step %s", m.name)
		}
	}
}
