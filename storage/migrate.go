package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// The migrations are the embedded files migrations/NNNN_what.sql, applied
// in version order, each once. A step is written once for both databases
// where the SQL allows; where it does not, NNNN_what.postgres.sql (or
// .sqlite.sql) is that database's own version of step NNNN, and the plain
// file is the other's. A dialect's NNNN_baseline.DIALECT.sql holds the
// whole schema as of version NNNN, for a database that no older version
// ever ran on: its steps before NNNN are never applied there. Postgres
// begins at 0016_baseline.postgres.sql; SQLite's history, and so every
// existing database, is unchanged.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one embedded schema step.
type migration struct {
	version int
	name    string // the file's name, as schema_migrations records it
	sql     string
}

func init() {
	sqlite.migrations = mustLoadMigrations(sqlite.name)
	postgres.migrations = mustLoadMigrations(postgres.name)
}

// latest is the version of d's last migration.
func latest(d *dialect) int { return d.migrations[len(d.migrations)-1].version }

// mustLoadMigrations returns the steps of the dialect called name, in
// version order, from its baseline (or 1) on, one per version.
func mustLoadMigrations(name string) []migration {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		panic(err)
	}
	byVersion := map[int]migration{}
	own := map[int]bool{} // versions with a file of the dialect's own
	baseline := 1
	for _, e := range entries {
		stem, of, _ := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), ".")
		num, what, ok := strings.Cut(stem, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || !strings.HasSuffix(e.Name(), ".sql") || (of != "" && of != sqlite.name && of != postgres.name) {
			panic(fmt.Sprintf("storage: migration %q is not named NNNN_what.sql or NNNN_what.DIALECT.sql", e.Name()))
		}
		if of != "" && of != name {
			continue
		}
		if _, dup := byVersion[v]; dup {
			switch {
			case own[v] == (of != ""):
				panic(fmt.Sprintf("storage: two migrations %04d for %s", v, name))
			case own[v]:
				continue // the dialect's own step stands in for the shared one
			}
		}
		body, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic(err)
		}
		byVersion[v] = migration{version: v, name: e.Name(), sql: string(body)}
		own[v] = of != ""
		if of != "" && what == "baseline" {
			baseline = v
		}
	}
	var ms []migration
	for v, m := range byVersion {
		if v >= baseline {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != baseline+i {
			panic(fmt.Sprintf("storage: migration %s: want version %d for %s", m.name, baseline+i, name))
		}
	}
	return ms
}

// migrator is what migrations run on: a pool, or on Postgres the one
// connection that holds the advisory lock.
type migrator interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// migrationLock is the advisory lock replicas starting together take on
// Postgres, in turn, before they look at schema_migrations. It is keyed by
// the schema, so that databases in different schemas migrate side by side.
const migrationLock = `hashtext('briefbot migrate ' || current_schema())`

// migrate applies d's migrations up to version upTo that db has not
// recorded yet, each in its own transaction together with its
// schema_migrations row. On Postgres it holds the advisory lock meanwhile:
// a replica that waited for it finds the work done.
func migrate(ctx context.Context, db *sql.DB, d *dialect, upTo int) error {
	var m migrator = db
	if d == postgres {
		conn, err := db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("storage: migrate: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+migrationLock+")"); err != nil {
			return fmt.Errorf("storage: migrate: lock: %w", err)
		}
		// Unlocked whatever ctx says: the lock lives as long as the
		// connection, which goes back to the pool.
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock("+migrationLock+")")
		m = conn
	}
	if _, err := m.ExecContext(ctx, d.schemaMigrations); err != nil {
		return fmt.Errorf("storage: migrate: %w", err)
	}
	var current int
	if err := m.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&current); err != nil {
		return fmt.Errorf("storage: migrate: %w", err)
	}
	if current > latest(d) {
		return fmt.Errorf("storage: migrate: database schema version %d is newer than this binary's %d", current, latest(d))
	}
	for _, mig := range d.migrations {
		if mig.version <= current || mig.version > upTo {
			continue
		}
		if err := apply(ctx, m, mig); err != nil {
			return fmt.Errorf("storage: migrate %s: %w", mig.name, err)
		}
	}
	return nil
}

func apply(ctx context.Context, db migrator, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	// Another process may have applied it since we looked: on SQLite the
	// IMMEDIATE transaction holds the write lock, on Postgres the migration
	// lock is held, so this check is final.
	var done bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)", m.version).Scan(&done); err != nil {
		return err
	}
	if done {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", m.version, m.name); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion reports the latest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, fmt.Errorf("storage: schema version: %w", err)
	}
	return v, nil
}
