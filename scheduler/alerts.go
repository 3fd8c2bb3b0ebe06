package scheduler

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// Alerts: a channel that asks for them (config keys alerts and
// alert_weight) gets each new major development that matches its filter
// within a minute of the development being stored, once, through the
// outbox, with its mention. The next scheduled briefing still lists it.

// AlertRequest asks for the developments stored after AfterID that a
// channel is to be alerted to, rendered for Platform.
type AlertRequest struct {
	AfterID int64
	// Since bounds the first read after a start: older reports are no
	// longer news to alert on.
	Since                     time.Time
	Filter                    storage.Filter
	Keywords, ExcludeKeywords []string
	// Kinds are event types or kinds of act (none: any), MinWeight the
	// least weight; zero means a major development (briefing.Major).
	Kinds     []string
	MinWeight int
	Platform  string
	Location  *time.Location
	Mention   string
}

// AlertMessage is one alert rendered for its platform.
type AlertMessage struct {
	DevelopmentID int64
	Body          string
}

// Alerter finds and renders a channel's alerts. LastID is the largest
// development id it read, alerted or not, for the next request's AfterID.
type Alerter interface {
	Alerts(ctx context.Context, r AlertRequest) (msgs []AlertMessage, lastID int64, err error)
}

// DevelopmentReader reads the developments stored after a watermark;
// *storage.Store is one.
type DevelopmentReader interface {
	DevelopmentsAfter(ctx context.Context, afterID int64, since time.Time, f storage.Filter, limit int) ([]briefbot.Development, error)
}

// Alert timing.
const (
	// DefaultAlertEvery is how often alerts are looked for: a development
	// is posted within a minute of being stored.
	DefaultAlertEvery = 20 * time.Second
	// alertFreshness is how long after its first report a development is
	// still news to alert on: a feed polled late or a restart does not
	// bring old news as alerts.
	alertFreshness = 6 * time.Hour
	// alertBatch bounds the developments read for a channel at a time.
	alertBatch = 500
)

// NewAlerter adapts the briefing composer, which names and weighs
// developments, and the store.
func NewAlerter(c *briefing.Composer, r DevelopmentReader) Alerter { return alerter{c, r} }

type alerter struct {
	c *briefing.Composer
	r DevelopmentReader
}

func (a alerter) Alerts(ctx context.Context, r AlertRequest) ([]AlertMessage, int64, error) {
	devs, err := a.r.DevelopmentsAfter(ctx, r.AfterID, r.Since, r.Filter, alertBatch)
	if err != nil {
		return nil, r.AfterID, err
	}
	lastID := r.AfterID
	stale := briefbot.Day(r.Since).AddDate(0, 0, -briefing.StaleDays)
	f := format(r.Platform)
	var msgs []AlertMessage
	for _, d := range devs {
		lastID = max(lastID, d.ID)
		if d.Day.Before(stale) || !briefing.KeywordsLetThrough(d, r.Keywords, r.ExcludeKeywords) {
			continue
		}
		alert := a.c.Alert(d, r.Location)
		if !alert.Matches(r.Kinds, r.MinWeight) {
			continue
		}
		m := alert.Render(f)
		if r.Mention != "" {
			m = m.WithMention(r.Mention, f)
		}
		msgs = append(msgs, AlertMessage{DevelopmentID: d.ID, Body: bodies([]briefing.Message{m}, f)[0]})
	}
	return msgs, lastID, nil
}

// alertLoop looks for alerts every alertsEvery until stop ends. A run
// goes on within the grace period (on work); a slow one is not overlapped:
// the next tick picks up after it.
func (s *Scheduler) alertLoop(stop, work context.Context) {
	tick := time.NewTicker(s.alertsEvery)
	defer tick.Stop()
	for {
		select {
		case <-stop.Done():
			return
		case <-tick.C:
		}
		ctx, cancel := context.WithTimeout(work, s.runTimeout)
		if err := s.runAlerts(ctx); err != nil {
			s.log.Error("alerts", "err", err)
		}
		cancel()
	}
}

// runAlerts looks for every alerting channel's new developments and stores
// their alerts in the outbox, each in its own transaction, keyed by its
// development, so that a development's alert is stored once per channel,
// whoever runs it and however often; the delivery loop posts them.
func (s *Scheduler) runAlerts(ctx context.Context) error {
	if !s.alerting.TryLock() {
		return nil
	}
	defer s.alerting.Unlock()
	now := s.now()
	enqueued := 0
	defer func() {
		if enqueued > 0 {
			s.wake()
		}
	}()
	for _, ch := range s.channels {
		if !ch.cfg.AlertsOn() {
			continue
		}
		filter, err := s.filter(ctx, ch)
		if err != nil {
			return err
		}
		msgs, lastID, err := s.alerter.Alerts(ctx, AlertRequest{
			AfterID: ch.alertedTo, Since: now.Add(-alertFreshness), Filter: filter,
			Keywords: ch.cfg.Keywords, ExcludeKeywords: ch.cfg.ExcludeKeywords,
			Kinds: ch.cfg.Alerts, MinWeight: ch.cfg.AlertWeight,
			Platform: ch.cfg.Platform, Location: ch.location, Mention: ch.cfg.Mention,
		})
		if err != nil {
			return fmt.Errorf("alerts for %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
		}
		for _, m := range msgs {
			key := fmt.Sprintf("alert:%d", m.DevelopmentID)
			created, err := s.store.Enqueue(ctx, []storage.OutboxMessage{{
				Platform: ch.cfg.Platform, Channel: ch.cfg.Channel, Body: m.Body, CreatedAt: now,
				Briefing: key, DedupKey: key,
			}})
			if err != nil {
				return fmt.Errorf("store alert for %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
			}
			if created {
				enqueued++
			}
		}
		ch.alertedTo = lastID
	}
	return nil
}
