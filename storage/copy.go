package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// copiedTables are the tables CopyTo copies, each after those it refers
// to; the per-day summaries are copied as they are, with the triggers
// that keep them off meanwhile.
var copiedTables = []string{
	"feeds", "clusters", "articles", "developments", "events", "actors", "actor_regions", "subscriptions",
	"outbox", "posted_messages", "channel_schedules", "request_replays", "llm_answers", "llm_usage",
	"actor_days", "pair_days", "pair_weeks", "dyad_days",
}

// triggeredTables are the copied tables with triggers that maintain the
// summaries.
var triggeredTables = []string{"developments", "events"}

// CopyTo copies every row of s into dst, a Postgres store with no rows,
// at the same schema version, in one transaction, with COPY: a SQLite
// database moves to Postgres this way, and the benchmarks' million-event
// database is built in seconds instead of stored article by article.
func (s *Store) CopyTo(ctx context.Context, dst *Store) error {
	if dst.d != postgres {
		return errors.New("storage: copy: the destination must be a Postgres store")
	}
	for _, st := range []*Store{s, dst} {
		v, err := st.SchemaVersion(ctx)
		if err != nil {
			return fmt.Errorf("storage: copy: %w", err)
		}
		if v != latest(st.d) {
			return fmt.Errorf("storage: copy: a %s database at schema version %d, not %d", st.d.name, v, latest(st.d))
		}
	}
	conn, err := dst.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("storage: copy: %w", err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		pc := dc.(pgConn).Conn.Conn()
		tx, err := pc.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx) // a no-op once committed
		for _, table := range triggeredTables {
			if _, err := tx.Exec(ctx, "ALTER TABLE "+table+" DISABLE TRIGGER USER"); err != nil {
				return err
			}
		}
		for _, table := range copiedTables {
			if err := s.copyTable(ctx, tx, table); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		for _, table := range triggeredTables {
			if _, err := tx.Exec(ctx, "ALTER TABLE "+table+" ENABLE TRIGGER USER"); err != nil {
				return err
			}
		}
		return tx.Commit(ctx)
	})
	if err != nil {
		return fmt.Errorf("storage: copy: %w", err)
	}
	return nil
}

// copyTable copies table from s into tx's database, whose column names and
// types say what to read and how to convert it, and moves its id sequence
// past the ids copied.
func (s *Store) copyTable(ctx context.Context, tx pgx.Tx, table string) error {
	var n int
	if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("the destination holds %d rows", n)
	}
	rows, err := tx.Query(ctx, `
		SELECT column_name, data_type = 'boolean', is_identity = 'YES' FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
		ORDER BY ordinal_position`, table)
	if err != nil {
		return err
	}
	var (
		columns  []string
		flags    []bool // booleans, stored by SQLite as 0 and 1
		identity string
	)
	for rows.Next() {
		var (
			name     string
			flag, id bool
		)
		if err := rows.Scan(&name, &flag, &id); err != nil {
			return err
		}
		columns, flags = append(columns, name), append(flags, flag)
		if id {
			identity = name
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	src, err := s.read.QueryContext(ctx, "SELECT "+strings.Join(columns, ", ")+" FROM "+table)
	if err != nil {
		return err
	}
	defer src.Close()
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{table}, columns, &copySource{rows: src, flags: flags}); err != nil {
		return err
	}
	if identity == "" {
		return nil
	}
	_, err = tx.Exec(ctx, fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', '%s'), COALESCE(MAX(%s), 0) + 1, false) FROM %s",
		table, identity, identity, table))
	return err
}

// copySource feeds the rows of a source table to COPY.
type copySource struct {
	rows   *sql.Rows
	flags  []bool
	values []any
	err    error
}

func (c *copySource) Next() bool {
	if !c.rows.Next() {
		return false
	}
	c.values = make([]any, len(c.flags))
	ptrs := make([]any, len(c.flags))
	for i := range ptrs {
		ptrs[i] = &c.values[i]
	}
	if c.err = c.rows.Scan(ptrs...); c.err != nil {
		return false
	}
	for i, flag := range c.flags {
		if n, ok := c.values[i].(int64); ok && flag {
			c.values[i] = n != 0
		}
	}
	return true
}

func (c *copySource) Values() ([]any, error) { return c.values, c.err }

func (c *copySource) Err() error { return errors.Join(c.err, c.rows.Err()) }
