package scheduler

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/storage"
	"github.com/robfig/cron/v3"
)

// scheduleLoop anchors the schedules, catches up the slots missed while the
// daemon was down, then runs each slot when it comes, until stop ends. A
// slot's run goes on after stop within the grace period (on work).
func (s *Scheduler) scheduleLoop(stop, work context.Context) {
	var scheduled []*channel
	next := map[*channel]time.Time{}
	for _, ch := range s.channels {
		if ch.schedule == nil {
			continue
		}
		last, err := s.anchor(work, ch)
		if err != nil {
			s.log.Error("loading the schedule's state; the channel's briefings are off until restart",
				"platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "err", err)
			continue
		}
		scheduled = append(scheduled, ch)
		now := s.now()
		if slot := ch.missed(last, now); !slot.IsZero() {
			s.log.Info("catching up a missed briefing", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", slot)
			s.fire(work, ch, slot)
		}
		next[ch] = ch.schedule.Next(now)
	}
	if len(scheduled) == 0 {
		return
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		now := s.now()
		wake := now.Add(idlePoll)
		for _, ch := range scheduled {
			if !next[ch].After(now) {
				// Only the latest of the slots that came meanwhile runs, as
				// after a restart: the machine may have slept through several.
				slot := latestSlot(ch.schedule, next[ch].Add(-time.Nanosecond), now)
				s.fire(work, ch, slot)
				next[ch] = ch.schedule.Next(slot)
			}
			if next[ch].Before(wake) {
				wake = next[ch]
			}
		}
		timer.Reset(max(0, wake.Sub(s.now())))
		select {
		case <-stop.Done():
			return
		case <-timer.C:
		}
	}
}

// anchor loads the channel's schedule state: it anchors an @every schedule
// to the channel's stored epoch, so that it keeps its phase across
// restarts, and returns the last slot run.
func (s *Scheduler) anchor(ctx context.Context, ch *channel) (lastSlot time.Time, err error) {
	epoch, last, err := s.store.ChannelSchedule(ctx, ch.cfg.Platform, ch.cfg.Channel, s.now().Truncate(time.Second))
	if err != nil {
		return time.Time{}, err
	}
	if every, ok := ch.schedule.(cron.ConstantDelaySchedule); ok {
		ch.schedule = anchored{epoch: epoch, every: every.Delay}
	}
	return last, nil
}

// anchored fires every interval from its epoch on: epoch+every,
// epoch+2·every, and so on.
type anchored struct {
	epoch time.Time
	every time.Duration
}

func (a anchored) Next(t time.Time) time.Time {
	if t.Before(a.epoch) {
		return a.epoch.Add(a.every)
	}
	return a.epoch.Add((t.Sub(a.epoch)/a.every + 1) * a.every)
}

// missed returns the latest slot in the channel's catch-up window before
// now if it is later than the last slot run, or zero.
func (ch *channel) missed(last, now time.Time) time.Time {
	if ch.cfg.CatchUp <= 0 {
		return time.Time{}
	}
	slot := latestSlot(ch.schedule, now.Add(-ch.cfg.CatchUp), now)
	if slot.IsZero() || !slot.After(last) {
		return time.Time{}
	}
	return slot.In(ch.location)
}

// latestSlot returns the schedule's latest slot in (after, until], or zero.
func latestSlot(sched cron.Schedule, after, until time.Time) time.Time {
	var last time.Time
	for t := sched.Next(after); !t.IsZero() && !t.After(until); t = sched.Next(t) {
		last = t
	}
	return last
}

// fire runs the channel's slot, logging what goes wrong: a failing or
// panicking run must not stop the others.
func (s *Scheduler) fire(ctx context.Context, ch *channel, slot time.Time) {
	log := s.log.With("platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", slot)
	defer func() {
		if r := recover(); r != nil {
			log.Error("scheduled briefing panicked", "panic", r)
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, s.runTimeout)
	defer cancel()
	if err := s.runSlot(ctx, ch, slot.In(ch.location)); err != nil {
		log.Error("scheduled briefing", "err", err)
	}
}

// runSlot composes the channel's briefing for the window ending at and
// stores all its parts in the outbox, with the slot as the channel's last
// run, in one transaction. Each part's dedup key is the window, the slot and
// the part's index, so running a slot again (a retried run, a catch-up
// racing the schedule) adds nothing.
func (s *Scheduler) runSlot(ctx context.Context, ch *channel, at time.Time) error {
	parts, err := s.compose(ctx, ch, at)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("briefing:%s:%s", ch.cfg.Window, at.UTC().Format(time.RFC3339))
	msgs := make([]storage.OutboxMessage, len(parts))
	for i, body := range parts {
		msgs[i] = storage.OutboxMessage{
			Platform: ch.cfg.Platform, Channel: ch.cfg.Channel, Body: body, CreatedAt: s.now(),
			Briefing: key, Part: i, DedupKey: fmt.Sprintf("%s#%d", key, i),
		}
	}
	created, err := s.store.EnqueueSlot(ctx, ch.cfg.Platform, ch.cfg.Channel, at, msgs)
	if err != nil {
		return fmt.Errorf("store briefing for %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
	}
	switch {
	case len(parts) == 0:
		s.log.Info("empty briefing, nothing posted", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", at)
	case !created:
		s.log.Info("briefing already stored for this slot", "platform", ch.cfg.Platform, "channel", ch.cfg.Channel, "slot", at)
	default:
		s.wake()
	}
	return nil
}

// compose returns the parts to post for the slot at: the briefing's
// messages, in the channel's zone, with the channel's mention when it lists
// a major development; for an empty window, a warning when every feed is
// failing, else the all-quiet line if the channel asked for it, else
// nothing.
func (s *Scheduler) compose(ctx context.Context, ch *channel, at time.Time) ([]string, error) {
	filter, err := s.filter(ctx, ch)
	if err != nil {
		return nil, err
	}
	from := at.Add(-ch.cfg.Window)
	b, err := s.composer.Compose(ctx, Request{From: from, To: at, Filter: filter, Keywords: ch.cfg.Keywords,
		ExcludeKeywords: ch.cfg.ExcludeKeywords, Platform: ch.cfg.Platform, Location: ch.location, Mention: ch.cfg.Mention})
	if err != nil {
		return nil, fmt.Errorf("compose briefing for %s/%s at %s: %w", ch.cfg.Platform, ch.cfg.Channel, at.Format(time.RFC3339), err)
	}
	if len(b.Parts) > 0 {
		return b.Parts, nil
	}
	if s.feeds != nil {
		failing, n, since, err := s.feeds.AllFeedsFailing(ctx)
		if err != nil {
			return nil, fmt.Errorf("feed health for %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
		}
		if failing {
			return []string{feedsDown(n, since.In(at.Location()), from, at)}, nil
		}
	}
	if ch.cfg.AllQuiet {
		return []string{allQuiet(from, at)}, nil
	}
	return nil, nil
}

// filter is the channel's configured regions and actors plus those it
// subscribed to from the chat.
func (s *Scheduler) filter(ctx context.Context, ch *channel) (storage.Filter, error) {
	f := storage.Filter{Regions: ch.cfg.Regions, Actors: ch.cfg.Actors}
	subs, err := s.store.Subscriptions(ctx, ch.cfg.Platform, ch.cfg.Channel)
	if err != nil {
		return f, fmt.Errorf("subscriptions of %s/%s: %w", ch.cfg.Platform, ch.cfg.Channel, err)
	}
	return f.WithSubscriptions(subs), nil
}

// allQuiet is the line an all-quiet channel gets for an empty window.
func allQuiet(from, to time.Time) string {
	return fmt.Sprintf("All quiet: no new developments from %s to %s.", from.Format("2 Jan 15:04"), to.Format("2 Jan 15:04 MST"))
}

// feedsDown is what an empty window says when no feed is working: silence
// or "all quiet" would pass for a quiet day.
func feedsDown(feeds int, since, from, to time.Time) string {
	what := fmt.Sprintf("all %d feeds are failing", feeds)
	if feeds == 1 {
		what = "the feed is failing"
	}
	return fmt.Sprintf("No briefing from %s to %s: %s (since %s), so this is not an all-quiet. See /feeds.",
		from.Format("2 Jan 15:04"), to.Format("2 Jan 15:04 MST"), what, since.Format("2 Jan 15:04 MST"))
}
