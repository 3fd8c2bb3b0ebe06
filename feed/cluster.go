package feed

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/storage"
)

// clusterer finds the story cluster an article belongs to among the stored
// fingerprints of articles dated near it.
type clusterer struct {
	store    Store
	since    time.Time
	window   time.Duration
	distance int
	fps      []storage.Fingerprint
}

func (c *clusterer) load(ctx context.Context) error {
	fps, err := c.store.Fingerprints(ctx, c.since)
	if err != nil {
		return fmt.Errorf("load fingerprints since %s: %w", c.since.Format(time.RFC3339), err)
	}
	c.fps = fps
	return nil
}

// add records a just-stored article. Its ClusterID is 0 when it started a
// cluster, whose ID the store chose.
func (c *clusterer) add(fp storage.Fingerprint) { c.fps = append(c.fps, fp) }

// find returns the cluster of the nearest fingerprint within the distance
// and the date window, or 0 for a new story. Ties go to the most recent.
func (c *clusterer) find(ctx context.Context, h uint64, published time.Time) (int64, error) {
	best, bestDist := -1, c.distance+1
	for i, fp := range c.fps {
		d := hamming(h, fp.SimHash)
		if d > c.distance || published.Sub(fp.Published).Abs() > c.window {
			continue
		}
		if d < bestDist || (d == bestDist && fp.Published.After(c.fps[best].Published)) {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return 0, nil
	}
	if c.fps[best].ClusterID != 0 {
		return c.fps[best].ClusterID, nil
	}
	// The match started its cluster during this batch: ask the store which
	// cluster that is. Rare, so the whole reload is cheap enough.
	id := c.fps[best].ArticleID
	if err := c.load(ctx); err != nil {
		return 0, err
	}
	for _, fp := range c.fps {
		if fp.ArticleID == id {
			return fp.ClusterID, nil
		}
	}
	return 0, fmt.Errorf("fingerprint of article %d missing from the store", id)
}
