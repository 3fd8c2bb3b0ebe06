package feed

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/internal/retry"
)

// ErrTooLarge is returned when a feed's body, after decoding, exceeds
// Options.MaxBodyBytes.
var ErrTooLarge = errors.New("feed body too large")

// HTTPError is a response with a status the watcher treats as a failure.
type HTTPError struct {
	StatusCode int
	Status     string
	// RetryAfter is the server's Retry-After on 429 and 503, 0 when absent.
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	msg := "HTTP " + e.Status
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// response is a fetched feed: the decoded body of a 200, or nothing on 304.
type response struct {
	notModified  bool
	body         []byte
	contentType  string
	etag         string
	lastModified string
	// cacheFor is how long the server says the body stays fresh, from
	// Cache-Control max-age or Expires; 0 when it says nothing.
	cacheFor time.Duration
}

// newClient returns the HTTP client for feeds: the timeout covers the whole
// exchange, body included, and redirects are capped.
func newClient(o Options) *http.Client {
	return &http.Client{
		Timeout: o.Timeout,
		CheckRedirect: func(_ *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", o.MaxRedirects)
			}
			return nil
		},
	}
}

// acceptFeeds lists the feed media types first, then the generic ones some
// servers label feeds with.
const acceptFeeds = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// fetch does one conditional GET. Any status other than 200 and 304 comes
// back as an *HTTPError.
func fetch(ctx context.Context, client *http.Client, o Options, url, etag, lastModified string) (*response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", acceptFeeds)
	// Asking for gzip ourselves turns off the transport's transparent
	// decoding, so the size cap below applies to the decoded bytes and a
	// small compressed bomb cannot blow past it.
	req.Header.Set("Accept-Encoding", "gzip")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		var te interface{ Timeout() bool }
		if errors.As(err, &te) && te.Timeout() && ctx.Err() == nil {
			return nil, fmt.Errorf("no answer within %s: %w", o.Timeout, err)
		}
		return nil, err
	}
	defer resp.Body.Close()

	r := &response{
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
		contentType:  resp.Header.Get("Content-Type"),
	}
	now := o.Clock()
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		r.notModified = true
		r.cacheFor = freshness(resp.Header, now)
		return r, nil
	default:
		e := &HTTPError{StatusCode: resp.StatusCode, Status: resp.Status}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			e.RetryAfter = retry.After(resp.Header.Get("Retry-After"), now)
		}
		return nil, e
	}
	r.cacheFor = freshness(resp.Header, now)

	var body io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		defer zr.Close()
		body = zr
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	r.body, err = io.ReadAll(io.LimitReader(body, o.MaxBodyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(r.body)) > o.MaxBodyBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, o.MaxBodyBytes)
	}
	return r, nil
}

// freshness is how long the response stays fresh: Cache-Control max-age
// wins over Expires, as in HTTP caching. Expires is measured against the
// response's Date when there is one, so a skewed server clock does not
// matter.
func freshness(h http.Header, now time.Time) time.Duration {
	for _, directive := range strings.Split(h.Get("Cache-Control"), ",") {
		name, value, _ := strings.Cut(strings.TrimSpace(directive), "=")
		if strings.EqualFold(name, "max-age") {
			if secs, err := strconv.Atoi(strings.Trim(value, `"`)); err == nil && secs > 0 {
				return time.Duration(secs) * time.Second
			}
			return 0
		}
	}
	expires, err := http.ParseTime(h.Get("Expires"))
	if err != nil {
		return 0
	}
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	return max(0, expires.Sub(now))
}
