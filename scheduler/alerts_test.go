package scheduler

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

// report stores an article published at published stating e.
func report(t *testing.T, st *storage.Store, link string, published time.Time, e briefbot.Event) {
	t.Helper()
	a := briefbot.Article{FeedName: strings.Split(link, "/")[2], Link: link, Title: e.Evidence, Text: e.Evidence, Published: published, Fetched: published}
	if _, _, err := st.AddArticle(context.Background(), a, []briefbot.Event{e}); err != nil {
		t.Fatal(err)
	}
}

func TestAlertsPostEachNewMajorDevelopmentOnce(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	if err := st.SyncActors(ctx, coder.Builtin().Actors()); err != nil {
		t.Fatal(err)
	}
	strike := briefbot.Event{Type: "escalation", Source: "IRN", Target: "PAK", Code: "strike", Confidence: 0.9,
		Evidence: "Iranian missiles struck a village in Balochistan."}
	accusation := briefbot.Event{Type: "accusation", Source: "PAK", Target: "IRN", Code: "accuse", Confidence: 0.9,
		Evidence: "Pakistan accused Iran of violating its airspace."}
	poster := &fakePoster{}
	channels := []config.Channel{
		{Platform: config.Discord, Channel: "D1", Regions: []string{"south-asia"}, Alerts: []string{"force"}, Mention: "<@&9>"},
		{Platform: config.Console, Channel: "weights", AlertWeight: briefing.WeightGovClaim},
		{Platform: config.Console, Channel: "no-balochistan", AlertWeight: 1, ExcludeKeywords: []string{"Balochistan"}},
		{Platform: config.Console, Channel: "elsewhere", Regions: []string{"europe"}, AlertWeight: 1},
		{Platform: config.Console, Channel: "quiet"},
	}
	o := testOptions(st, &fakeComposer{}, poster, channels...)
	o.Alerter = NewAlerter(&briefing.Composer{Store: st, Gazetteer: coder.Builtin()}, st)
	now := o.Clock()
	s := newScheduler(t, o)
	step := func(name string, want ...string) {
		t.Helper()
		before := len(poster.bodies())
		if err := s.runAlerts(ctx); err != nil {
			t.Fatal(err)
		}
		if err := s.Deliver(ctx); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range poster.bodies()[before:] {
			channel, body, _ := strings.Cut(b, ": ")
			m := briefing.DecodeMessage(body)
			what := m.Text
			if len(m.Embeds) > 0 {
				what = m.Text + " " + m.Embeds[0].Title
			}
			got = append(got, channel+" "+strings.Split(what, ",")[0])
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: alerts %q, want %q", name, got, want)
		}
	}

	old := strike
	old.Target, old.Evidence = "AFG", "Iranian missiles struck a village in Afghanistan."
	report(t, st, "https://old.example/1", now.Add(-8*time.Hour), old)
	step("news older than the freshness bound")

	report(t, st, "https://wire.example/1", now.Add(-time.Hour), strike)
	report(t, st, "https://wire.example/2", now.Add(-time.Hour), accusation)
	step("a strike and an accusation",
		"D1 <@&9> New: Iran → Pakistan: strike",
		"weights New: Iran → Pakistan: strike",
		"weights New: Pakistan → Iran: accusation",
		"no-balochistan New: Pakistan → Iran: accusation")
	step("nothing new")

	report(t, st, "https://dawn.example/1", now.Add(-30*time.Minute), strike)
	step("another outlet: the same development")
	msgs := outbox(t, st)
	if n := len(msgs); n != 4 || msgs[0].DedupKey != fmt.Sprintf("alert:%d", 2) || msgs[0].Briefing != msgs[0].DedupKey || msgs[0].Status != storage.OutboxSent {
		t.Errorf("%d outbox messages, first %+v; want 4, keyed by development, sent", n, msgs[0])
	}

	// A restart forgets the watermarks: the outbox keeps each alert once.
	s2 := newScheduler(t, o)
	before := len(poster.bodies())
	if err := s2.runAlerts(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s2.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies()[before:]; len(got) != 0 {
		t.Errorf("after a restart: reposted %q", got)
	}
}

func TestNewRejectsAlertsWithoutAlerter(t *testing.T) {
	_, err := New(Options{Store: openStore(t), Composer: &fakeComposer{}, Posters: map[string]Poster{config.Console: &fakePoster{}},
		Channels: []config.Channel{{Platform: config.Console, Channel: "c", Alerts: []string{"escalation"}}}})
	if err == nil || !strings.Contains(err.Error(), "asks for alerts") {
		t.Errorf("New = %v, want an error naming the channel that asks for alerts", err)
	}
}

// TestRunPostsAlerts: the daemon's loop looks for alerts on its own and the
// delivery loop posts them, without waiting for a slot.
func TestRunPostsAlerts(t *testing.T) {
	st := openStore(t)
	if err := st.SyncActors(context.Background(), coder.Builtin().Actors()); err != nil {
		t.Fatal(err)
	}
	report(t, st, "https://wire.example/1", time.Now().Add(-time.Minute), briefbot.Event{Type: "escalation", Source: "IRN", Target: "PAK",
		Code: "strike", Confidence: 0.9, Evidence: "Iranian missiles struck a village in Balochistan."})
	poster := &fakePoster{}
	o := testOptions(st, &fakeComposer{}, poster, config.Channel{Platform: config.Console, Channel: "watch", Alerts: []string{"force"}})
	o.Alerter = NewAlerter(&briefing.Composer{Store: st, Gazetteer: coder.Builtin()}, st)
	o.Clock, o.AlertEvery = time.Now, 20*time.Millisecond
	runUntilPosted(newScheduler(t, o), poster)
	if got := poster.bodies(); len(got) != 1 || !strings.Contains(got[0], "New: Iran → Pakistan: strike") {
		t.Errorf("posted %q, want the strike's alert", got)
	}
}
