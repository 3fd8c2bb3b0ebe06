// Package scheduler posts each channel's briefing on its schedule, through
// an outbox that delivers every message exactly once across crashes: a
// briefing is stored (all its parts in one transaction) before it is posted,
// a post is marked in flight before the platform is called, and a message
// left in flight by a crash is looked up at the platform before it is posted
// again. Failed posts are retried with backoff for hours; a message that
// runs out of budget is reported, never dropped silently.
//
// Replicas sharing one database run a Scheduler each: every one composes a
// slot's briefing and the store keeps the first (EnqueueSlot), and each
// message is posted by the replica that leased it (ClaimOutbox); a replica
// that dies leaves leases that run out, and the message, in flight, is
// looked up by the next before it is posted again.
package scheduler

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
	"github.com/robfig/cron/v3"
)

// Store is the storage the scheduler needs: channel subscriptions, the
// schedules' state and the outbox.
type Store interface {
	Subscriptions(ctx context.Context, platform, channel string) ([]storage.Subscription, error)
	ChannelSchedule(ctx context.Context, platform, channel string, now time.Time) (epoch, lastSlot time.Time, err error)
	EnqueueSlot(ctx context.Context, platform, channel string, slot time.Time, msgs []storage.OutboxMessage) (created bool, err error)
	Enqueue(ctx context.Context, msgs []storage.OutboxMessage) (created bool, err error)
	ClaimOutbox(ctx context.Context, owner string, now, until time.Time, limit int) ([]storage.OutboxMessage, time.Time, error)
	SaveOutboxState(ctx context.Context, m storage.OutboxMessage) error
	Abandon(ctx context.Context, m storage.OutboxMessage) (later []storage.OutboxMessage, err error)
	MarkSent(ctx context.Context, id int64, messageID string, at time.Time) error
}

// Request asks for the briefing of the developments first reported in
// [From, To) that match Filter and the keywords, rendered for Platform with
// times in Location, mentioning Mention when it lists a major development.
type Request struct {
	From, To                  time.Time
	Filter                    storage.Filter
	Keywords, ExcludeKeywords []string
	Platform                  string
	Location                  *time.Location
	Mention                   string
}

// Briefing is a composed briefing rendered for one platform.
type Briefing struct {
	// Parts are the message bodies to post, in order, each within the
	// platform's limits; none when nothing happened in the window.
	Parts []string
}

// Composer composes and renders briefings; NewComposer adapts the briefing
// package's.
type Composer interface {
	Compose(ctx context.Context, r Request) (Briefing, error)
}

// FeedHealth tells whether every feed is failing, so that an empty briefing
// is not taken for a quiet day.
type FeedHealth interface {
	// AllFeedsFailing reports whether there are feeds and all of them are
	// failing, how many, and since when the one that failed last has been.
	AllFeedsFailing(ctx context.Context) (failing bool, feeds int, since time.Time, err error)
}

// RetryPolicy bounds how a failing message is retried.
type RetryPolicy struct {
	// FirstBackoff is the wait after a message's first failed attempt; it
	// doubles with each failure up to MaxBackoff. Defaults: 10s, 30m.
	FirstBackoff, MaxBackoff time.Duration
	// MaxAttempts is how many failed attempts, rate limits aside, a message
	// gets before it is abandoned. Default: 40, about 17 hours of outage.
	MaxAttempts int
	// RateLimitBudget is how old a message may grow while the platform
	// keeps asking to wait, counted from when it was enqueued (or
	// re-queued by an operator); a rate limit costs no attempt, and its
	// Retry-After is honoured however long it is. Default: 24h.
	RateLimitBudget time.Duration
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	p.FirstBackoff = cmp.Or(p.FirstBackoff, 10*time.Second)
	p.MaxBackoff = cmp.Or(p.MaxBackoff, 30*time.Minute)
	p.MaxAttempts = cmp.Or(p.MaxAttempts, 40)
	p.RateLimitBudget = cmp.Or(p.RateLimitBudget, 24*time.Hour)
	return p
}

// backoff is the wait after the n-th failed attempt (n >= 1).
func (p RetryPolicy) backoff(n int) time.Duration {
	d := p.FirstBackoff
	for i := 1; i < n && d < p.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, p.MaxBackoff)
}

// Options configure a Scheduler.
type Options struct {
	Store    Store
	Composer Composer
	// Posters holds one Poster per platform name ("slack", "discord",
	// "console"); every channel's platform needs one.
	Posters  map[string]Poster
	Channels []config.Channel
	// Admin, when set, is told about each message given up on.
	Admin *config.Channel
	// Feeds, when set, lets an empty briefing say that every feed is
	// failing instead of staying silent or saying all quiet.
	Feeds FeedHealth
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// PostTimeout bounds one post and is how long a post left in flight by
	// a crash is given to land before it is looked up; zero means
	// config.DefaultPostTimeout.
	PostTimeout time.Duration
	// Grace is how long the posts and slot runs in flight may go on once
	// Run's context ends; then they are cut, and a post cut short stays in
	// flight for the next start to resolve. Zero means 20 seconds.
	Grace time.Duration
	// RunTimeout bounds composing and storing one slot's briefing; zero
	// means 2 minutes.
	RunTimeout time.Duration
	Retry      RetryPolicy
	// Replica names this process among those that share the database: the
	// owner of the outbox messages it leases. Empty means
	// storage.NewReplicaID().
	Replica string
	// Alerter finds the alerts of the channels that ask for them; it is
	// required when one does. AlertEvery is how often it looks; zero means
	// DefaultAlertEvery.
	Alerter    Alerter
	AlertEvery time.Duration
}

// Scheduler runs the channels' briefings and delivers the outbox.
type Scheduler struct {
	store       Store
	composer    Composer
	posters     map[string]Poster
	channels    []*channel
	admin       *config.Channel
	feeds       FeedHealth
	now         func() time.Time
	log         *slog.Logger
	postTimeout time.Duration
	grace       time.Duration
	runTimeout  time.Duration
	retry       RetryPolicy
	alerter     Alerter
	alertsEvery time.Duration
	replica     string

	// kick wakes the delivery loop when a message is enqueued.
	kick chan struct{}
	// alerting serialises runAlerts, which moves the channels' watermarks.
	alerting sync.Mutex
	// delivering serialises this process's deliveries; the leases keep
	// other processes off the messages it posts.
	delivering sync.Mutex
}

// channel is a configured channel with its parsed schedule.
type channel struct {
	cfg      config.Channel
	schedule cron.Schedule // nil when the channel has no scheduled briefings
	location *time.Location
	// alertedTo is the largest development id its alerts have looked at.
	alertedTo int64
}

// New checks the channels' schedules and posters and returns a Scheduler.
func New(o Options) (*Scheduler, error) {
	if o.Store == nil || o.Composer == nil {
		return nil, errors.New("scheduler: a store and a composer are required")
	}
	s := &Scheduler{
		store: o.Store, composer: o.Composer, posters: o.Posters, admin: o.Admin, feeds: o.Feeds,
		now: o.Clock, log: o.Logger,
		postTimeout: cmp.Or(o.PostTimeout, config.DefaultPostTimeout),
		grace:       cmp.Or(o.Grace, 20*time.Second),
		runTimeout:  cmp.Or(o.RunTimeout, 2*time.Minute),
		retry:       o.Retry.withDefaults(),
		alerter:     o.Alerter,
		alertsEvery: cmp.Or(o.AlertEvery, DefaultAlertEvery),
		replica:     cmp.Or(o.Replica, storage.NewReplicaID()),
		kick:        make(chan struct{}, 1),
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	dests := o.Channels
	if o.Admin != nil {
		dests = append(dests[:len(dests):len(dests)], *o.Admin)
	}
	for _, ch := range dests {
		if s.posters[ch.Platform] == nil {
			return nil, fmt.Errorf("scheduler: channel %s/%s: no poster for platform %q", ch.Platform, ch.Channel, ch.Platform)
		}
	}
	for _, ch := range o.Channels {
		if ch.AlertsOn() && s.alerter == nil {
			return nil, fmt.Errorf("scheduler: channel %s/%s asks for alerts, and there is no alerter", ch.Platform, ch.Channel)
		}
		c := &channel{cfg: ch, location: ch.Location()}
		if ch.Schedule != "" {
			sched, err := config.ParseSchedule(ch.Schedule)
			if err != nil {
				return nil, fmt.Errorf("scheduler: channel %s/%s: schedule %q: %w", ch.Platform, ch.Channel, ch.Schedule, err)
			}
			c.schedule = sched
		}
		s.channels = append(s.channels, c)
	}
	return s, nil
}

// Run delivers what an earlier process left in the outbox, catches up the
// slots missed while the daemon was down, then runs the schedules, looks for
// the alerts of the channels that ask for them, and delivers until ctx is
// done. The posts and runs in flight then get the grace period to finish
// before they are cut; Run returns after that. Failures are logged, never
// fatal: the outbox keeps what was not posted.
func (s *Scheduler) Run(ctx context.Context) {
	work, cancel := afterGrace(ctx, s.grace)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { s.deliverLoop(ctx, work) })
	wg.Go(func() { s.scheduleLoop(ctx, work) })
	if slices.ContainsFunc(s.channels, func(ch *channel) bool { return ch.cfg.AlertsOn() }) {
		wg.Go(func() { s.alertLoop(ctx, work) })
	}
	wg.Wait()
}

// afterGrace returns a context that ends grace after parent does.
func afterGrace(parent context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	stop := context.AfterFunc(parent, func() { time.AfterFunc(grace, cancel) })
	return ctx, func() { stop(); cancel() }
}

// wake makes the delivery loop look at the outbox now.
func (s *Scheduler) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// idlePoll bounds how long the delivery and schedule loops sleep, so that
// messages enqueued by another process and a clock that jumped are noticed.
const idlePoll = time.Minute

// deliverLoop delivers whenever a message is due or enqueued, until stop
// ends; the posts run on work, which outlives stop by the grace period.
func (s *Scheduler) deliverLoop(stop, work context.Context) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-stop.Done():
			return
		case <-s.kick:
		case <-timer.C:
		}
		next, err := s.deliver(stop, work)
		if err != nil && stop.Err() == nil {
			s.log.Error("delivering the outbox", "err", err)
		}
		wait := idlePoll
		if !next.IsZero() {
			wait = min(wait, max(0, next.Sub(s.now())))
		}
		timer.Reset(wait)
	}
}
