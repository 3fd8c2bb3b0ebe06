package storage

import (
	"context"
	"fmt"
)

// Stats counts what the database holds.
type Stats struct {
	Feeds, Articles, Clusters, Events int
	EventsByType                      map[string]int
	// Developments counts the news developments the events state.
	Developments int
}

// Stats counts feeds, articles, clusters, events (in all and by type) and
// news developments.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{EventsByType: make(map[string]int)}
	err := s.read.QueryRowContext(ctx, `
		SELECT (SELECT COUNT(*) FROM feeds), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM clusters),
		       (SELECT COUNT(*) FROM developments WHERE background = FALSE)`).
		Scan(&st.Feeds, &st.Articles, &st.Clusters, &st.Developments)
	if err != nil {
		return Stats{}, fmt.Errorf("storage: stats: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT type, COUNT(*) FROM events GROUP BY type`)
	if err != nil {
		return Stats{}, fmt.Errorf("storage: stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			typ string
			n   int
		)
		if err := rows.Scan(&typ, &n); err != nil {
			return Stats{}, fmt.Errorf("storage: stats: %w", err)
		}
		st.EventsByType[typ] = n
		st.Events += n
	}
	if err := rows.Err(); err != nil {
		return Stats{}, fmt.Errorf("storage: stats: %w", err)
	}
	return st, nil
}
