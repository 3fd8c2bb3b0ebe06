package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/briefbot/briefbot"
)

// SyncActors makes the stored actors and their regions exactly actors (the
// built-in gazetteer plus config), so that region filters expand to them.
// Events keep their actor IDs even when an actor is dropped.
func (s *Store) SyncActors(ctx context.Context, actors []briefbot.Actor) error {
	// Exclusive: replicas starting together each rebuild the set, one
	// after the other.
	err := s.inExclusiveTx(ctx, func(tx *sql.Tx) error {
		// Rebuilding is simpler than diffing and costs milliseconds for a few
		// hundred actors; readers see the old or the new set, never a mix.
		if _, err := tx.ExecContext(ctx, `DELETE FROM actors`); err != nil {
			return err
		}
		actor, err := tx.PrepareContext(ctx, `INSERT INTO actors (id, kind, name, aliases) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer actor.Close()
		region, err := tx.PrepareContext(ctx, `INSERT INTO actor_regions (actor_id, region) VALUES (?, ?) ON CONFLICT DO NOTHING`)
		if err != nil {
			return err
		}
		defer region.Close()
		for _, a := range actors {
			if _, err := actor.ExecContext(ctx, a.ID, string(a.Kind), a.Name, encodeList(a.Aliases)); err != nil {
				return fmt.Errorf("actor %q: %w", a.ID, err)
			}
			for _, r := range a.Regions {
				if _, err := region.ExecContext(ctx, a.ID, r); err != nil {
					return fmt.Errorf("actor %q region %q: %w", a.ID, r, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: sync actors: %w", err)
	}
	return nil
}
