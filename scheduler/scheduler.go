// Package scheduler posts each channel's briefing on its cron schedule,
// through an outbox: a due briefing is stored before it is posted, so a
// crash between the two posts it once on restart, never twice.
package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
	"github.com/robfig/cron/v3"
)

// Store is the storage the scheduler needs: channel subscriptions and the
// outbox.
type Store interface {
	Subscriptions(ctx context.Context, platform, channel string) ([]storage.Subscription, error)
	Enqueue(ctx context.Context, m storage.OutboxMessage) (id int64, created bool, err error)
	PendingOutbox(ctx context.Context, limit int) ([]storage.OutboxMessage, error)
	MarkSent(ctx context.Context, id int64, messageID string, at time.Time) error
	MarkFailed(ctx context.Context, id int64, err error) error
}

// Request asks for the briefing of the events in [From, To) that match
// Filter, rendered for Platform.
type Request struct {
	From, To time.Time
	Filter   storage.Filter
	Platform string
}

// Briefing is a composed briefing rendered for one platform.
type Briefing struct {
	// Parts are the messages to post, in order, each within the platform's
	// limits; none when nothing happened in the window.
	Parts []string
	// NewEscalation says the briefing holds a new escalation, which a
	// channel may ask to mention someone for.
	NewEscalation bool
}

// Composer composes and renders briefings; NewComposer adapts the briefing
// package's.
type Composer interface {
	Compose(ctx context.Context, r Request) (Briefing, error)
}

// Poster posts a message body to a channel of one platform and returns the
// platform's id of the message.
type Poster interface {
	Post(ctx context.Context, channel, body string) (messageID string, err error)
}

// Options configure a Scheduler.
type Options struct {
	Store    Store
	Composer Composer
	// Posters holds one Poster per platform name ("slack", "discord",
	// "console"); every channel's platform needs one.
	Posters  map[string]Poster
	Channels []config.Channel
	// Clock is the time source; nil means time.Now. The cron timer itself
	// runs on real time: Clock dates the slots and the sent times.
	Clock func() time.Time
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// RetryEvery is how often failed messages are retried between
	// scheduled runs; zero means 5 minutes.
	RetryEvery time.Duration
	// RunTimeout bounds one scheduled run, so that a hung platform cannot
	// hold up shutdown forever; zero means 2 minutes.
	RunTimeout time.Duration
}

// Scheduler runs the channels' briefings.
type Scheduler struct {
	store    Store
	composer Composer
	posters  map[string]Poster
	channels []channel
	now      func() time.Time
	log      *slog.Logger
	retry    time.Duration
	timeout  time.Duration

	// delivering serialises Deliver: two runs due at the same minute must
	// not both post the same pending message.
	delivering sync.Mutex
}

// channel is a configured channel with its parsed schedule.
type channel struct {
	cfg      config.Channel
	schedule cron.Schedule // nil when the channel has no scheduled briefings
	location *time.Location
}

// deliverBatch is how many pending messages one Deliver reads at a time.
const deliverBatch = 100

// New checks the channels' schedules and posters and returns a Scheduler.
func New(o Options) (*Scheduler, error) {
	if o.Store == nil || o.Composer == nil {
		return nil, errors.New("scheduler: a store and a composer are required")
	}
	s := &Scheduler{
		store: o.Store, composer: o.Composer, posters: o.Posters,
		now: o.Clock, log: o.Logger, retry: o.RetryEvery, timeout: o.RunTimeout,
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.retry == 0 {
		s.retry = 5 * time.Minute
	}
	if s.timeout == 0 {
		s.timeout = 2 * time.Minute
	}
	for _, ch := range o.Channels {
		if s.posters[ch.Platform] == nil {
			return nil, fmt.Errorf("scheduler: channel %s/%s: no poster for platform %q", ch.Platform, ch.Channel, ch.Platform)
		}
		c := channel{cfg: ch, location: time.UTC}
		if ch.Schedule != "" {
			sched, err := config.ParseSchedule(ch.Schedule)
			if err != nil {
				return nil, fmt.Errorf("scheduler: channel %s/%s: schedule %q: %w", ch.Platform, ch.Channel, ch.Schedule, err)
			}
			c.schedule = sched
			if spec, ok := sched.(*cron.SpecSchedule); ok {
				c.location = spec.Location
			}
		}
		s.channels = append(s.channels, c)
	}
	return s, nil
}

// Run delivers what an earlier process left in the outbox, then runs the
// schedules until ctx is done. It returns once the runs in flight have
// finished: they run on a context that outlives ctx, so a briefing being
// posted at shutdown is not lost halfway. Failures are logged, never fatal:
// the outbox keeps what was not posted for the next try.
func (s *Scheduler) Run(ctx context.Context) {
	work := context.WithoutCancel(ctx)
	if err := s.deliverWithin(work); err != nil {
		s.log.Error("delivering the outbox at start-up", "err", err)
	}
	logger := cronLogger{s.log}
	// A panicking run is logged and the daemon goes on with the next.
	c := cron.New(cron.WithLocation(time.UTC), cron.WithLogger(logger), cron.WithChain(cron.Recover(logger)))
	for _, ch := range s.channels {
		if ch.schedule == nil {
			continue
		}
		c.Schedule(ch.schedule, cron.FuncJob(func() {
			ctx, cancel := context.WithTimeout(work, s.timeout)
			defer cancel()
			if err := s.runSlot(ctx, ch, s.slot(ch)); err != nil {
				s.log.Error("scheduled briefing", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "err", err)
			}
		}))
	}
	c.Schedule(cron.Every(s.retry), cron.FuncJob(func() {
		if err := s.deliverWithin(work); err != nil {
			s.log.Error("retrying the outbox", "err", err)
		}
	}))
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
}

// cronLogger lets cron log through slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, keysAndValues ...any) {
	l.log.Debug("cron: "+msg, keysAndValues...)
}

func (l cronLogger) Error(err error, msg string, keysAndValues ...any) {
	l.log.Error("cron: "+msg, append(keysAndValues, "err", err)...)
}

func (s *Scheduler) deliverWithin(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return s.Deliver(ctx)
}

// slot is the scheduled time a run that fires now belongs to, in the
// channel's zone. Cron fires on the minute of a standard spec, within
// milliseconds, so truncating the clock recovers the scheduled time that
// cron does not pass to its jobs.
func (s *Scheduler) slot(ch channel) time.Time {
	return s.now().In(ch.location).Truncate(time.Minute)
}

// runSlot composes the channel's briefing for the window ending at, stores
// it in the outbox, then delivers.
func (s *Scheduler) runSlot(ctx context.Context, ch channel, at time.Time) error {
	if err := s.enqueueSlot(ctx, ch, at); err != nil {
		return err
	}
	return s.Deliver(ctx)
}

// enqueueSlot stores the briefing of the slot at in the outbox. Each part's
// dedup key is the window, the slot and the part's index, so running a slot
// again (two daemons, a retried run) adds nothing; the first part stands for
// the slot, so a re-composed briefing with more parts adds none either.
func (s *Scheduler) enqueueSlot(ctx context.Context, ch channel, at time.Time) error {
	filter, err := s.filter(ctx, ch)
	if err != nil {
		return err
	}
	from := at.Add(-ch.cfg.Window)
	b, err := s.composer.Compose(ctx, Request{From: from, To: at, Filter: filter, Platform: ch.cfg.Platform})
	if err != nil {
		return fmt.Errorf("compose briefing for %s/%s at %s: %w", ch.cfg.Platform, ch.cfg.Channel, at.Format(time.RFC3339), err)
	}
	parts := b.Parts
	switch {
	case len(parts) == 0 && !ch.cfg.AllQuiet:
		s.log.Info("empty briefing, nothing posted", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", at)
		return nil
	case len(parts) == 0:
		parts = []string{allQuiet(from, at)}
	case b.NewEscalation && ch.cfg.Mention != "":
		parts = withMention(parts, ch.cfg.Mention, partLimit(ch.cfg.Platform))
	}
	for i, body := range parts {
		m := storage.OutboxMessage{
			Platform: ch.cfg.Platform, Channel: ch.cfg.Channel, Body: body, CreatedAt: s.now(),
			DedupKey: fmt.Sprintf("briefing:%s:%s#%d", ch.cfg.Window, at.UTC().Format(time.RFC3339), i),
		}
		_, created, err := s.store.Enqueue(ctx, m)
		if err != nil {
			return fmt.Errorf("store briefing for %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
		}
		if !created && i == 0 {
			s.log.Info("briefing already stored for this slot", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", at)
			return nil
		}
	}
	return nil
}

// filter is the channel's configured regions and actors plus those it
// subscribed to from the chat.
func (s *Scheduler) filter(ctx context.Context, ch channel) (storage.Filter, error) {
	f := storage.Filter{Regions: ch.cfg.Regions, Actors: ch.cfg.Actors}
	subs, err := s.store.Subscriptions(ctx, ch.cfg.Platform, ch.cfg.Channel)
	if err != nil {
		return f, fmt.Errorf("subscriptions of %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
	}
	return f.WithSubscriptions(subs), nil
}

// allQuiet is the line an all-quiet channel gets for an empty window.
func allQuiet(from, to time.Time) string {
	return fmt.Sprintf("All quiet: no events from %s to %s.", from.Format("2 Jan 15:04"), to.Format("2 Jan 15:04 MST"))
}

// Deliver posts the outbox's pending messages, oldest first, and records
// each outcome. A message that fails keeps its error and is retried by a
// later Deliver, up to storage.MaxOutboxAttempts; the channel's later
// messages wait for it, so the parts of a briefing keep their order.
func (s *Scheduler) Deliver(ctx context.Context) error {
	s.delivering.Lock()
	defer s.delivering.Unlock()
	pending, err := s.store.PendingOutbox(ctx, deliverBatch)
	if err != nil {
		return fmt.Errorf("deliver: %w", err)
	}
	blocked := map[[2]string]bool{}
	var failures int
	for _, m := range pending {
		dest := [2]string{m.Platform, m.Channel}
		if blocked[dest] {
			continue
		}
		if err := s.post(ctx, m); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("deliver: %w", ctx.Err())
			}
			blocked[dest] = true
			failures++
			s.log.Warn("posting failed", "platform", m.Platform, "channel", m.Channel, "dedup_key", m.DedupKey, "attempt", m.Attempts+1, "err", err)
		}
	}
	if failures > 0 {
		return fmt.Errorf("deliver: %d of %d messages failed", failures, len(pending))
	}
	return nil
}

// post posts one message and records the outcome. A post cut short by ctx
// is not counted as an attempt: it is the daemon stopping, not the platform
// failing.
func (s *Scheduler) post(ctx context.Context, m storage.OutboxMessage) error {
	poster := s.posters[m.Platform]
	var (
		id      string
		postErr error
	)
	if poster == nil {
		postErr = fmt.Errorf("no poster for platform %q", m.Platform)
	} else {
		id, postErr = poster.Post(ctx, m.Channel, m.Body)
	}
	if postErr != nil && ctx.Err() != nil {
		return postErr
	}
	// The outcome is recorded even if ctx ends meanwhile: a post that is
	// not marked sent would be posted again.
	record := context.WithoutCancel(ctx)
	if postErr != nil {
		metrics.BriefingsPosted.WithLabelValues(m.Platform, "failed").Inc()
		if err := s.store.MarkFailed(record, m.ID, postErr); err != nil {
			return errors.Join(postErr, err)
		}
		if m.Attempts+1 >= storage.MaxOutboxAttempts {
			s.log.Error("giving up on a message", "platform", m.Platform, "channel", m.Channel, "dedup_key", m.DedupKey, "attempts", m.Attempts+1, "err", postErr)
		}
		return postErr
	}
	metrics.BriefingsPosted.WithLabelValues(m.Platform, "sent").Inc()
	if err := s.store.MarkSent(record, m.ID, id, s.now()); err != nil {
		// Posted but not recorded: the next Deliver would post it again, so
		// say so loudly; there is no way to un-post.
		return fmt.Errorf("posted %s/%s %q as %q but could not record it: %w", m.Platform, m.Channel, m.DedupKey, id, err)
	}
	return nil
}
