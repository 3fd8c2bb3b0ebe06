package feed

import (
	"time"
)

// nextAfterSuccess is when to poll a feed again after a good poll: its
// interval, stretched to the feed's own <ttl> and the server's cache
// lifetime when those are longer (a server that says "fresh for an hour"
// gains nothing from a poll in 15 minutes), kept within
// [MinInterval, MaxInterval], plus jitter so feeds configured alike drift
// apart instead of hitting their servers in step.
func (o Options) nextAfterSuccess(now time.Time, interval, ttl, cacheFor time.Duration) time.Time {
	if interval <= 0 {
		interval = o.DefaultInterval
	}
	hint := min(max(ttl, cacheFor), o.MaxInterval)
	d := max(interval, hint, o.MinInterval)
	return now.Add(o.jitter(d))
}

// nextAfterError is when to try a failing feed again: exponential backoff
// from RetryBase, doubled per consecutive error up to MaxBackoff, but never
// sooner than the server's Retry-After.
func (o Options) nextAfterError(now time.Time, errorCount int, retryAfter time.Duration) time.Time {
	d := o.RetryBase
	for i := 1; i < errorCount && d < o.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, o.MaxBackoff)
	// A Retry-After is honoured up to MaxInterval so that a server asking
	// for a year does not silence a feed forever.
	d = max(d, min(retryAfter, o.MaxInterval))
	return now.Add(o.jitter(d))
}

// jitter adds up to Jitter·d; it only ever adds, so a TTL or Retry-After
// is never undercut.
func (o Options) jitter(d time.Duration) time.Duration {
	return d + time.Duration(float64(d)*o.Jitter*o.Rand())
}
