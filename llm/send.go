package llm

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/internal/retry"
	"github.com/briefbot/briefbot/metrics"
)

// schemaFormat asks the server to constrain the answer to answerSchema.
var schemaFormat = &responseFormat{Type: "json_schema",
	JSONSchema: jsonSchema{Name: "events", Strict: true, Schema: answerSchema}}

var errBudget = errors.New("max_daily_tokens spent")

// send asks the model and returns its answer's text. It keeps to the
// budget and the rate, waits out a 429's Retry-After within MaxWait, asks
// again once after a server error or a failed connection, and drops
// response_format for good when the server refuses it. The error is a
// *fallbackError.
func (c *Coder) send(ctx context.Context, req *chatRequest) (string, error) {
	retried, limited := false, 0
	for {
		if c.overBudget(ctx) {
			return "", &fallbackError{reason: reasonBudget, err: errBudget}
		}
		if err := c.waitTurn(ctx); err != nil {
			return "", err
		}
		req.ResponseFormat = schemaFormat
		if c.noSchema.Load() {
			req.ResponseFormat = nil
		}
		content, err := c.post(ctx, req)
		var ae *apiError
		switch {
		case err == nil:
			return content, nil
		case ctx.Err() != nil:
			return "", &fallbackError{reason: reasonCanceled, err: ctx.Err()}
		case errors.Is(err, errTimeout):
			return "", &fallbackError{reason: reasonTimeout, err: fmt.Errorf("%w (%s)", err, c.o.Timeout)}
		case errors.As(err, &ae) && ae.status == 429:
			if limited++; limited > maxRateLimited {
				return "", &fallbackError{reason: reasonRate, err: err}
			}
			c.pause(ae.retryAfter)
		case errors.As(err, &ae) && ae.schemaRefused() && req.ResponseFormat != nil:
			if !c.noSchema.Swap(true) {
				c.o.Logger.Warn("the server refused response_format with a JSON schema: asking for JSON in words instead", "err", err)
			}
		case (ae == nil || ae.transient()) && !retried:
			retried = true
			wait := c.o.RetryBackoff
			if ae != nil {
				wait = max(wait, ae.retryAfter)
			}
			if wait > c.o.MaxWait {
				return "", &fallbackError{reason: reasonError, err: err}
			}
			if retry.Sleep(ctx, wait) != nil {
				return "", &fallbackError{reason: reasonCanceled, err: ctx.Err()}
			}
		default:
			return "", &fallbackError{reason: reasonError, err: err}
		}
	}
}

// post sends one request in one of the concurrency slots and accounts
// for it: the request and its latency, the tokens spent.
func (c *Coder) post(ctx context.Context, req *chatRequest) (string, error) {
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-c.slots }()
	in := 0
	for _, m := range req.Messages {
		in += len(m.Content)
	}
	// About four bytes a token in English: the estimate of what a server
	// that reports no usage was made to read.
	est := usage{in: int64(in / 4)}
	start := time.Now()
	content, u, err := c.client.chat(ctx, req, est)
	metrics.LLMLatency.Observe(time.Since(start).Seconds())
	c.count(func(s *Stats) { s.Requests++ })
	c.spend(ctx, u)
	var ae *apiError
	switch {
	case err == nil:
	case errors.Is(err, errTimeout):
		metrics.LLMRequests.WithLabelValues("timeout").Inc()
	case errors.As(err, &ae) && ae.status == 429:
		metrics.LLMRequests.WithLabelValues("rate_limited").Inc()
	case ctx.Err() == nil:
		metrics.LLMRequests.WithLabelValues("error").Inc()
	}
	return content, err
}

// pause holds every request back for d (at least a second) after a 429.
func (c *Coder) pause(d time.Duration) {
	until := c.o.Clock().Add(max(d, time.Second))
	c.mu.Lock()
	defer c.mu.Unlock()
	if until.After(c.pausedUntil) {
		c.pausedUntil = until
	}
}

// waitTurn waits out a 429's pause and the per-minute limit, each within
// MaxWait; past that the request is given up, so that the article is
// coded by the built-in coder instead of stalling ingest.
func (c *Coder) waitTurn(ctx context.Context) error {
	c.mu.Lock()
	wait := c.pausedUntil.Sub(c.o.Clock())
	c.mu.Unlock()
	if wait > c.o.MaxWait {
		return &fallbackError{reason: reasonRate, err: fmt.Errorf("the API asked to wait %s", wait.Round(time.Second))}
	}
	if wait > 0 && retry.Sleep(ctx, wait) != nil {
		return &fallbackError{reason: reasonCanceled, err: ctx.Err()}
	}
	if c.limiter == nil {
		return nil
	}
	wctx, cancel := context.WithTimeout(ctx, c.o.MaxWait)
	defer cancel()
	if err := c.limiter.Wait(wctx); err != nil {
		if ctx.Err() != nil {
			return &fallbackError{reason: reasonCanceled, err: ctx.Err()}
		}
		return &fallbackError{reason: reasonRate, err: fmt.Errorf("requests_per_minute %d: no turn within %s", c.o.RequestsPerMinute, c.o.MaxWait)}
	}
	return nil
}

// budget keeps the day's tokens. The count is the store's, read at the
// first request of each UTC day and updated after each request, so a
// restart does not reset it. Requests in flight together may each pass
// the check, so a day may end over the limit by up to MaxConcurrency
// requests.
type budget struct {
	max int64 // 0: no limit

	mu    sync.Mutex
	day   time.Time // the day spent counts, zero before the first request
	spent int64
}

// overBudget reports whether the day's tokens are spent.
func (c *Coder) overBudget(ctx context.Context) bool {
	b := &c.budget
	b.mu.Lock()
	defer b.mu.Unlock()
	if today := briefbot.Day(c.o.Clock()); !today.Equal(b.day) {
		spent, err := c.store.LLMTokens(ctx, today)
		if err != nil {
			c.o.Logger.Warn("reading the tokens spent today", "err", err)
		}
		b.day, b.spent = today, spent
		metrics.LLMTokensToday.Set(float64(spent))
		c.mu.Lock()
		delete(c.warned, reasonBudget) // a new day, a new budget
		c.mu.Unlock()
	}
	return b.max > 0 && b.spent >= b.max
}

// spend records the tokens of a request.
func (c *Coder) spend(ctx context.Context, u usage) {
	if u.in+u.out == 0 {
		return
	}
	metrics.LLMTokens.WithLabelValues("in").Add(float64(u.in))
	metrics.LLMTokens.WithLabelValues("out").Add(float64(u.out))
	b := &c.budget
	b.mu.Lock()
	defer b.mu.Unlock()
	day := briefbot.Day(c.o.Clock())
	total, err := c.store.AddLLMTokens(context.WithoutCancel(ctx), day, u.in+u.out)
	if err != nil {
		c.o.Logger.Warn("recording the tokens spent", "err", err)
		total = b.spent + u.in + u.out
	}
	if day.Equal(b.day) {
		b.spent = total
		metrics.LLMTokensToday.Set(float64(total))
	}
}
