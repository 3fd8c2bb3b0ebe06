package briefing

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// world is a store that tests fill as the watcher would: articles with the
// events a coder found in them, merged into developments at ingest. The
// events are written by hand, so they can say what today's coder cannot
// yet (an earlier day, background).
type world struct {
	t *testing.T
	s *storage.Store
	n int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, filepath.Join(t.TempDir(), "briefbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SyncActors(ctx, coder.Builtin().Actors()); err != nil {
		t.Fatal(err)
	}
	return &world{t: t, s: s}
}

// report stores an article of outlet published at, whose headline is
// title and whose text is text, with the events coded from it: each
// event's offsets are those of its evidence in the headline or text.
func (w *world) report(outlet string, published time.Time, title, text string, events ...briefbot.Event) {
	w.t.Helper()
	w.n++
	a := briefbot.Article{FeedName: outlet, Link: fmt.Sprintf("https://%s.example/news/%d", outlet, w.n),
		Title: title, Text: text, Published: published}
	coded := title + "\n\n" + text
	for i, e := range events {
		start := strings.Index(coded, e.Evidence)
		if start < 0 {
			w.t.Fatalf("%q is not in the article %q", e.Evidence, coded)
		}
		events[i].Start, events[i].End = start, start+len(e.Evidence)
	}
	if _, _, err := w.s.AddArticle(context.Background(), a, events); err != nil {
		w.t.Fatal(err)
	}
}

// said stores a one-sentence article stating one event.
func (w *world) said(outlet string, published time.Time, e briefbot.Event) {
	w.t.Helper()
	w.report(outlet, published, "", e.Evidence, e)
}

// ev is an event as a coder would give it.
func ev(typ briefbot.EventType, source, target, code, evidence string) briefbot.Event {
	return briefbot.Event{Type: typ, Source: source, Target: target, Code: code, Evidence: evidence, Confidence: 0.8}
}

// background marks an event as earlier context, happened on day (zero:
// the article's day).
func background(e briefbot.Event, day time.Time) briefbot.Event {
	e.Background, e.When = true, day
	return e
}

// on anchors an event to the day it happened.
func on(e briefbot.Event, day time.Time) briefbot.Event {
	e.When = day
	return e
}

// with gives an event alternative targets, such as a struck group's host.
func with(e briefbot.Event, alt ...string) briefbot.Event {
	e.AltTargets = alt
	return e
}

// The fixed window of most tests: a day ending 25 Nov 2026 08:00 UTC.
var (
	winFrom = time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)
	winTo   = winFrom.Add(24 * time.Hour)
)

// at is a time in November 2026, UTC.
func at(day, hour, minute int) time.Time {
	return time.Date(2026, 11, day, hour, minute, 0, 0, time.UTC)
}

func window() Request { return Request{From: winFrom, To: winTo} }

func compose(t *testing.T, w *world, c Composer, r Request) *Briefing {
	t.Helper()
	c.Store = w.s
	c.Gazetteer = coder.Builtin()
	b, err := c.Compose(context.Background(), r)
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	return b
}

// lines describes the listed items, story by story: "Story | day dyad:
// kind [first] (outlets)".
func lines(b *Briefing) []string {
	var out []string
	for _, s := range b.Stories {
		for _, it := range s.Items {
			out = append(out, s.Title+" | "+describe(it))
		}
	}
	return out
}

// checkLines checks the briefing's listed items against want, as lines
// describes them.
func checkLines(t *testing.T, b *Briefing, want []string) {
	t.Helper()
	if got := lines(b); !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func describe(it Item) string {
	d := it.Day.Format("2 Jan") + " " + itemDyad(it) + ": " + kindPhrase(it)
	if it.First {
		d += " [first]"
	}
	var outlets []string
	for _, s := range it.Sources {
		outlets = append(outlets, s.Outlet)
	}
	return d + " (" + strings.Join(outlets, ", ") + ")"
}

// scenario is a day of an Iran–Pakistan border crisis, with a month of
// history before it and background told in the day's articles. The
// sentences are written for these tests.
func scenario(t *testing.T) *world {
	w := newWorld(t)
	// History.
	w.said("dawn", time.Date(2026, 10, 14, 9, 0, 0, 0, time.UTC), ev(briefbot.Accusation, "IRN", "AFG", "accuse", "Iran accused Kabul of sheltering smugglers."))
	w.said("irna", at(10, 7, 0), ev(briefbot.Escalation, "PAK", "IRN", "strike", "Pakistani jets hit targets inside Iran."))
	w.said("dawn", at(15, 7, 0), ev(briefbot.Escalation, "PAK", "IRN", "threat", "Pakistan warned Iran it would answer any further shelling."))
	w.said("irna", at(18, 12, 30), ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Iran accused Pakistan of letting militants train on its soil."))
	w.said("ndtv", at(21, 11, 0), ev(briefbot.Accusation, "IND", "PAK", "accuse", "India accused Pakistan of backing infiltrators in Kashmir."))

	// The window. The strike at two outlets, headline and lead, and the
	// background its report recalls.
	const (
		strikeTitle = "Iran strikes militant hideouts in Pakistan"
		strikeLead  = "TEHRAN (Reuters) - Iran's Revolutionary Guards said they struck militant hideouts across the border in Pakistan's Balochistan province overnight, killing several fighters."
		december    = "In December, militants stormed a police station in Rask, killing 11 officers."
	)
	w.report("dawn", at(24, 9, 10), strikeTitle, strikeLead+"\n"+december,
		ev(briefbot.Escalation, "IRN", "PAK", "strike", strikeTitle),
		ev(briefbot.Escalation, "IRN", "PAK", "strike", strikeLead),
		background(ev(briefbot.Escalation, "jaish-al-adl", "IRN", "attack", december), time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC)))
	w.report("aljazeera", at(24, 9, 40), "Iranian forces hit Pakistan", "Iranian forces struck militant hideouts inside Pakistan overnight.",
		ev(briefbot.Escalation, "IRN", "PAK", "strike", "Iranian forces struck militant hideouts inside Pakistan overnight."))
	w.said("tehrantimes", at(24, 11, 30), ev(briefbot.Accusation, "IRN", "AFG", "accuse", "Iran accused the Taliban government of failing to stop the smuggling of weapons across the border."))
	w.said("ndtv", at(24, 12, 0), ev(briefbot.Accusation, "IND", "PAK", "accuse", "India again accused Pakistan of sending infiltrators."))
	w.report("tribune", at(24, 13, 0), "Pakistan condemns Iranian strike", "Pakistan's Foreign Office condemned the Iranian strike as an unprovoked violation of its airspace.",
		ev(briefbot.Accusation, "PAK", "IRN", "condemn", "Pakistan's Foreign Office condemned the Iranian strike as an unprovoked violation of its airspace."))
	const restraint = "China called on Iran and Pakistan to exercise restraint."
	w.report("xinhua", at(24, 14, 0), "", restraint,
		ev(briefbot.Deescalation, "CHN", "IRN", "restraint", restraint), ev(briefbot.Deescalation, "CHN", "PAK", "restraint", restraint))
	w.said("dawn", at(24, 15, 0), ev(briefbot.Escalation, "PAK", "IRN", "recall-ambassador", "Pakistan recalled its ambassador from Tehran and expelled the Iranian envoy."))
	w.said("dawn", at(24, 17, 20), ev(briefbot.Denial, "PAK", "IRN", "deny", "Pakistan's Foreign Office rejected as baseless Iran's claim that militants operate freely from its soil."))
	w.said("tolo", at(24, 19, 0), ev(briefbot.Denial, "AFG", "", "deny", "A Taliban spokesman denied that Afghan soil was being used to plan attacks against neighbours."))
	// An explainer recounting the conflict: background only.
	w.report("caspian", at(24, 20, 0), "Explainer: the militants at the heart of the crisis",
		"Iran has long accused Pakistan of sheltering the group.\nIn 2014, the group attacked Iranian border guards.",
		background(ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Iran has long accused Pakistan of sheltering the group."), time.Time{}),
		background(ev(briefbot.Escalation, "jaish-al-adl", "IRN", "attack", "In 2014, the group attacked Iranian border guards."), time.Date(2014, 10, 1, 0, 0, 0, 0, time.UTC)))
	w.said("tolo", at(25, 6, 15), ev(briefbot.Deescalation, "AFG", "PAK", "talks", "Afghan and Pakistani officials agreed to resume border talks in Doha next week."))
	w.report("dawn", at(25, 7, 0), "Pakistan strikes back inside Iran", "Pakistan struck militant hideouts inside Iran early on Wednesday, the army said.",
		ev(briefbot.Escalation, "PAK", "IRN", "strike", "Pakistan struck militant hideouts inside Iran early on Wednesday, the army said."))
	return w
}
