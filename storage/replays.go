package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// FirstSeen records key until expires and reports whether it was new: not
// recorded already with an expiry after now. Keys that expired are pruned
// on the way, so the table holds one replay window's worth of requests.
// Being in the database, the record outlives a restart.
func (s *Store) FirstSeen(ctx context.Context, key []byte, now, expires time.Time) (first bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM request_replays WHERE expires <= ?`, unixNano(now)); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO request_replays (key, expires) VALUES (?, ?) ON CONFLICT DO NOTHING`,
			key, unixNano(expires))
		if err != nil {
			return err
		}
		first, err = changedRows(res)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("storage: replay check: %w", err)
	}
	return first, nil
}
