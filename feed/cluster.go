package feed

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// fingerprintIndex holds the fingerprints of the stored articles published
// at or after since, so that clustering a poll's articles reads from the
// store only the articles stored since the previous poll, not the whole
// window again.
type fingerprintIndex struct {
	since  time.Time
	loaded bool
	// lastID is the largest article id read from the store.
	lastID int64
	fps    []storage.Fingerprint
}

// refresh makes the index cover the articles published at or after since
// and adds every article stored since the last refresh, by the watcher or
// anyone else. Covering an earlier moment than before reloads it whole.
func (x *fingerprintIndex) refresh(ctx context.Context, store Store, since time.Time) error {
	afterID := x.lastID
	if !x.loaded || since.Before(x.since) {
		x.fps, x.since, afterID = nil, since, 0
	}
	fps, err := store.FingerprintsAfter(ctx, afterID, x.since)
	if err != nil {
		return fmt.Errorf("load fingerprints since %s: %w", x.since.Format(time.RFC3339), err)
	}
	x.loaded = true
	x.fps = append(x.fps, fps...)
	for _, fp := range fps {
		x.lastID = max(x.lastID, fp.ArticleID)
	}
	return nil
}

// prune forgets the fingerprints published before t, bounding the index's
// memory to the recent articles new ones are compared with.
func (x *fingerprintIndex) prune(t time.Time) {
	if !t.After(x.since) {
		return
	}
	kept := x.fps[:0]
	for _, fp := range x.fps {
		if !fp.Published.Before(t) {
			kept = append(kept, fp)
		}
	}
	clear(x.fps[len(kept):])
	x.fps, x.since = kept, t
}

// nearest returns the index in fps of the fingerprint of the same story as
// fp that is nearest to it, or -1. Two articles tell the same story when
// their texts are near-duplicates (SimHashes within distance bits), they
// are dated within window of each other, and their news developments agree:
// they share one, or one of them states none. Text and time alone would let
// a reworded follow-up that reuses a report's paragraphs absorb the new
// development it leads with, and an explainer that states old events as
// news absorb the day's. Ties go to the most recent.
func nearest(fps []storage.Fingerprint, fp storage.Fingerprint, window time.Duration, distance int) int {
	best, bestDist := -1, distance+1
	for i, other := range fps {
		d := hamming(fp.SimHash, other.SimHash)
		if d > distance || fp.Published.Sub(other.Published).Abs() > window || !sameDevelopments(fp.Developments, other.Developments) {
			continue
		}
		if d < bestDist || (d == bestDist && other.Published.After(fps[best].Published)) {
			best, bestDist = i, d
		}
	}
	return best
}

// sameDevelopments reports whether two articles' news developments allow
// them to be one story: one states none (a quiet copy adds nothing to
// mislead), or they share one.
func sameDevelopments(a, b []briefbot.DevelopmentDay) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x.Same(y) {
				return true
			}
		}
	}
	return false
}
