package feed

import (
	"net/http"
	"testing"
	"time"
)

func TestNextAfterError(t *testing.T) {
	o := Options{Rand: func() float64 { return 0 }}.withDefaults()
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		errors     int
		retryAfter time.Duration
		want       time.Duration
	}{
		{1, 0, time.Minute},
		{2, 0, 2 * time.Minute},
		{5, 0, 16 * time.Minute},
		{9, 0, 256 * time.Minute},
		{10, 0, 6 * time.Hour}, // capped at MaxBackoff
		{50, 0, 6 * time.Hour},
		{1, 10 * time.Minute, 10 * time.Minute}, // Retry-After beats a shorter backoff
		{9, 10 * time.Minute, 256 * time.Minute},
		{1, 365 * 24 * time.Hour, 24 * time.Hour}, // but not beyond MaxInterval
	}
	for _, tc := range tests {
		if got := o.nextAfterError(now, tc.errors, tc.retryAfter).Sub(now); got != tc.want {
			t.Errorf("%d errors, Retry-After %s: next in %s, want %s", tc.errors, tc.retryAfter, got, tc.want)
		}
	}
	o.Rand = func() float64 { return 0.999 }
	if got := o.nextAfterError(now, 1, 0).Sub(now); got <= time.Minute || got > time.Minute+6*time.Second {
		t.Errorf("jittered backoff %s, want within (1m, 1m6s]", got)
	}
}

func TestFreshness(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		cacheControl, expires string
		want                  time.Duration
	}{
		{"max-age=600", "", 10 * time.Minute},
		{`public, max-age="300"`, "", 5 * time.Minute},
		{"no-cache, max-age=0", now.Add(time.Hour).Format(http.TimeFormat), 0},
		{"", now.Add(time.Hour).Format(http.TimeFormat), time.Hour},
		{"", "0", 0},
		{"", now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"private", "", 0},
	}
	for _, tc := range tests {
		h := http.Header{}
		if tc.cacheControl != "" {
			h.Set("Cache-Control", tc.cacheControl)
		}
		if tc.expires != "" {
			h.Set("Expires", tc.expires)
		}
		if got := freshness(h, now); got != tc.want {
			t.Errorf("Cache-Control %q, Expires %q: %s, want %s", tc.cacheControl, tc.expires, got, tc.want)
		}
	}
}
