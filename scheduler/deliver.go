package scheduler

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// Poster posts outbox messages to one chat platform.
//
// Post makes one attempt at posting m.Body to m.Channel and returns the
// platform's id of the message; the scheduler retries, the Poster does not.
// m.ID, m.Part and m.DedupKey identify the message: a Poster that can, tags
// the post with them (Slack message metadata, a Discord nonce) so that its
// Resolver can find it later.
//
// Post's error tells the scheduler what happened through optional methods,
// found with errors.As anywhere in the error's chain:
//
//   - RetryAfter() time.Duration, returning more than zero: the platform
//     refused the post for now (a rate limit) and did not post it. The
//     message is tried again after that long, however long it is, without
//     using up an attempt.
//   - NotPosted() bool, returning true: the platform answered and did not
//     post the message (a refusal such as an unknown channel). The next
//     attempt posts again without looking it up first.
//
// Any other error leaves the outcome unknown (a timeout, a 5xx, a cut
// connection): the message stays in flight and the next attempt first asks
// the Resolver whether it got through.
type Poster interface {
	Post(ctx context.Context, m storage.OutboxMessage) (messageID string, err error)
}

// Resolver is implemented by Posters that can look a message up on the
// platform. Find reports whether an attempt at posting m that began at
// m.AttemptedAt reached m.Channel, and the message's id if it did; it may
// return the same kinds of errors as Post.
//
// A message found in flight (after a crash, or after an attempt whose
// outcome is unknown) is posted again only when its Poster is a Resolver
// and Find says it is not there. A Poster that cannot look messages up (a
// webhook) leaves such a message uncertain: it is reported loudly (log,
// metric, admin channel) and never posted again automatically, since a
// double post cannot be taken back.
type Resolver interface {
	Find(ctx context.Context, m storage.OutboxMessage) (messageID string, found bool, err error)
}

type (
	rateLimited interface{ RetryAfter() time.Duration }
	notPosted   interface{ NotPosted() bool }
)

// Deliver posts the outbox's messages that are due, oldest first, and
// records each outcome. It is what Run does whenever a message is due; tests
// and one-shot commands call it directly.
func (s *Scheduler) Deliver(ctx context.Context) error {
	_, err := s.deliver(ctx, ctx)
	return err
}

// deliver posts the due messages and returns when the next one is due
// (zero when none waits). It leases them one at a time, so that replicas
// share the work message by message and nothing waits under a lease while
// another message is posted. A message whose outcome could not be stored
// keeps its lease, so that the next claims pass it by: the other channels
// go on, and it is tried again when the lease ends. No message is started
// once stop ends; the one under way finishes on work.
func (s *Scheduler) deliver(stop, work context.Context) (time.Time, error) {
	s.delivering.Lock()
	defer s.delivering.Unlock()
	var errs []error
	for stop.Err() == nil {
		now := s.now()
		// The lease covers looking an interrupted attempt up and posting,
		// each bounded by the post timeout; marking the message in flight
		// then keeps others off it until the post has had time to land.
		msgs, next, err := s.store.ClaimOutbox(work, s.replica, now, now.Add(2*s.postTimeout+leaseMargin), 1)
		if err != nil {
			return time.Time{}, fmt.Errorf("deliver: %w", errors.Join(append(errs, err)...))
		}
		if len(msgs) == 0 {
			if len(errs) > 0 {
				return next, fmt.Errorf("deliver: %w", errors.Join(errs...))
			}
			return next, nil
		}
		m := msgs[0]
		switch err := s.attempt(work, m); {
		case errors.Is(err, storage.ErrLeaseLost):
			s.log.Info("another replica took the message over", "platform", m.Platform, "channel", m.Channel, "dedup_key", m.DedupKey)
		case err != nil && work.Err() != nil:
			return time.Time{}, fmt.Errorf("deliver: %w", work.Err())
		case err != nil:
			errs = append(errs, err)
		}
	}
	return time.Time{}, nil
}

// leaseMargin pads a lease beyond the calls it covers, for the database
// round trips around them and clocks a little apart.
const leaseMargin = 5 * time.Second

// attempt moves m one step on: it resolves m if it is in flight, posts it
// if it is not on the platform, and records the outcome. An error is the
// store failing (ErrLeaseLost: another replica took m over), or ctx
// ending, which leaves m as it was for the next start.
func (s *Scheduler) attempt(ctx context.Context, m storage.OutboxMessage) error {
	poster := s.posters[m.Platform]
	if poster == nil {
		// An earlier run had a token for the platform; this one has none.
		return s.failed(ctx, m, fmt.Errorf("no poster for platform %q: is its token set?", m.Platform), notPostedErr{},
			m.Status != storage.OutboxInFlight)
	}
	if m.Status == storage.OutboxInFlight {
		resolver, ok := poster.(Resolver)
		if !ok {
			m.LastError = "the last attempt's outcome is unknown and " + m.Platform + " messages cannot be looked up"
			return s.giveUp(ctx, m, storage.OutboxUncertain)
		}
		findCtx, cancel := context.WithTimeout(ctx, s.postTimeout)
		id, found, err := resolver.Find(findCtx, m)
		cancel()
		switch {
		case err != nil && ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			return s.failed(ctx, m, fmt.Errorf("looking up the last attempt: %w", err), err, false)
		case found:
			s.log.Info("message found posted after an interrupted attempt", "platform", m.Platform, "channel", m.Channel,
				"dedup_key", m.DedupKey, "message_id", id)
			return s.sent(ctx, m, id)
		}
	}
	now := s.now()
	m.Status, m.AttemptedAt, m.NextAttemptAt = storage.OutboxInFlight, now, now.Add(s.postTimeout)
	m.LeaseUntil = m.NextAttemptAt.Add(leaseMargin)
	// In flight before the call: a crash during it leaves a row the next
	// start (or another replica) looks up instead of posting again. The
	// save fails if the lease was lost meanwhile, and then nothing is
	// posted.
	if err := s.store.SaveOutboxState(ctx, m); err != nil {
		return err
	}
	postCtx, cancel := context.WithTimeout(ctx, s.postTimeout)
	id, err := poster.Post(postCtx, m)
	cancel()
	switch {
	case err == nil:
		return s.sent(ctx, m, id)
	case ctx.Err() != nil:
		// Cut by shutdown: the row stays in flight for the next start.
		return ctx.Err()
	}
	return s.failed(ctx, m, err, err, true)
}

// sent records m as posted with the platform's id. It is recorded even if
// ctx has ended meanwhile: a post not marked sent would be looked up again.
func (s *Scheduler) sent(ctx context.Context, m storage.OutboxMessage, id string) error {
	metrics.BriefingsPosted.WithLabelValues(m.Platform, "sent").Inc()
	if err := s.store.MarkSent(context.WithoutCancel(ctx), m.ID, id, s.now()); err != nil {
		return fmt.Errorf("posted %s/%s %q as %q but could not record it: %w", m.Platform, m.Channel, m.DedupKey, id, err)
	}
	return nil
}

// failed records a failed attempt at m and schedules the next one, or
// gives m up when its budget is spent. why carries the RetryAfter and
// NotPosted methods that classify the failure; posting says whether the
// failure came from posting (and not from looking up an earlier attempt,
// which leaves m in flight whatever happened).
func (s *Scheduler) failed(ctx context.Context, m storage.OutboxMessage, err, why error, posting bool) error {
	now := s.now()
	m.LastError = err.Error()
	m.LeaseUntil = time.Time{} // the next attempt is anyone's
	var (
		rl rateLimited
		np notPosted
	)
	switch {
	case errors.As(why, &rl) && rl.RetryAfter() > 0:
		m.RateLimits++
		// A floor keeps a Retry-After of 0 from spinning.
		m.NextAttemptAt = now.Add(max(rl.RetryAfter(), 250*time.Millisecond))
		if posting {
			m.Status = storage.OutboxPending
		}
		metrics.BriefingsPosted.WithLabelValues(m.Platform, "rate_limited").Inc()
		// A message an operator re-queued has its budget from then.
		if now.Sub(m.QueuedAt()) > s.retry.RateLimitBudget {
			return s.giveUp(ctx, m, storage.OutboxAbandoned)
		}
	case posting && errors.As(why, &np) && np.NotPosted():
		m.Attempts++
		m.Status = storage.OutboxPending
		m.NextAttemptAt = now.Add(s.retry.backoff(m.Attempts))
	default:
		// The outcome is unknown: m stays in flight, looked up before it is
		// posted again, once a late request has had time to land.
		m.Attempts++
		m.Status = storage.OutboxInFlight
		m.NextAttemptAt = now.Add(max(s.retry.backoff(m.Attempts), s.postTimeout))
		if p := s.posters[m.Platform]; p != nil {
			if _, ok := p.(Resolver); !ok {
				return s.giveUp(ctx, m, storage.OutboxUncertain)
			}
		}
	}
	if m.Attempts >= s.retry.MaxAttempts {
		status := storage.OutboxAbandoned
		if m.Status == storage.OutboxInFlight {
			status = storage.OutboxUncertain
		}
		return s.giveUp(ctx, m, status)
	}
	metrics.BriefingsPosted.WithLabelValues(m.Platform, "failed").Inc()
	s.log.Warn("posting failed; will retry", "platform", m.Platform, "channel", m.Channel, "dedup_key", m.DedupKey,
		"attempts", m.Attempts, "rate_limits", m.RateLimits, "next_attempt", m.NextAttemptAt, "err", err)
	return s.store.SaveOutboxState(context.WithoutCancel(ctx), m)
}

// giveUp stops trying m, with status abandoned (the budget is spent) or
// uncertain (m may have been posted and cannot be looked up), and reports
// it. An abandoned part takes its briefing's later parts with it, so that
// they never post without it; they are reported too.
func (s *Scheduler) giveUp(ctx context.Context, m storage.OutboxMessage, status string) error {
	m.Status = status
	later, err := s.store.Abandon(context.WithoutCancel(ctx), m)
	if err != nil {
		return err
	}
	for _, g := range append([]storage.OutboxMessage{m}, later...) {
		metrics.BriefingsPosted.WithLabelValues(g.Platform, g.Status).Inc()
		s.log.Error("message given up on", "status", g.Status, "platform", g.Platform, "channel", g.Channel,
			"dedup_key", g.DedupKey, "attempts", g.Attempts, "rate_limits", g.RateLimits, "err", g.LastError)
	}
	s.report(ctx, m, len(later))
	return nil
}

// report tells the admin channel, if there is one, that m was given up on.
func (s *Scheduler) report(ctx context.Context, m storage.OutboxMessage, later int) {
	if s.admin == nil || (m.Platform == s.admin.Platform && m.Channel == s.admin.Channel) {
		return // the admin channel's own troubles are in the log and metrics only
	}
	what := "gave up on"
	if m.Status == storage.OutboxUncertain {
		what = "cannot tell whether it posted"
	}
	body := fmt.Sprintf("briefbot %s part %d of %s for %s/%s after %d failed attempts and %d rate limits: %s",
		what, m.Part+1, m.Briefing, m.Platform, m.Channel, m.Attempts, m.RateLimits, m.LastError)
	if later > 0 {
		body += fmt.Sprintf(". Its %d later part(s) were held back with it.", later)
	}
	key := fmt.Sprintf("admin:%s:%d", m.Status, m.ID)
	if !m.RequeuedAt.IsZero() {
		// Given up on again after an operator re-queued it: a new report.
		key += fmt.Sprintf(":requeued:%d", m.RequeuedAt.UnixNano())
	}
	if err := s.Notify(ctx, key, body); err != nil {
		s.log.Error("reporting to the admin channel", "err", err)
	}
}

// Notify enqueues body for the admin channel, once per key; without an
// admin channel it does nothing.
func (s *Scheduler) Notify(ctx context.Context, key, body string) error {
	if s.admin == nil {
		return nil
	}
	created, err := s.store.Enqueue(context.WithoutCancel(ctx), []storage.OutboxMessage{{
		Platform: s.admin.Platform, Channel: s.admin.Channel, DedupKey: key, Briefing: key, Body: body, CreatedAt: s.now(),
	}})
	if created {
		s.wake()
	}
	return err
}

// notPostedErr marks a failure that certainly posted nothing.
type notPostedErr struct{}

func (notPostedErr) Error() string   { return "not posted" }
func (notPostedErr) NotPosted() bool { return true }
