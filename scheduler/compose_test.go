package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/config"
)

func TestNewComposer(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := NewComposer(&briefing.Composer{Store: st, Gazetteer: coder.Builtin()})
	to := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	karachi, err := time.LoadLocation("Asia/Karachi")
	if err != nil {
		t.Fatal(err)
	}
	window := Request{From: to.Add(-24 * time.Hour), To: to, Platform: config.Discord, Location: karachi}

	b, err := comp.Compose(ctx, window)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Parts) != 0 {
		t.Errorf("empty window composed to %+v, want no parts", b)
	}

	add := func(link, title string, e briefbot.Event) {
		t.Helper()
		_, _, err := st.AddArticle(ctx, briefbot.Article{FeedName: "test", Link: link, Title: title, Text: e.Evidence,
			Published: to.Add(-2 * time.Hour), Fetched: to}, []briefbot.Event{e})
		if err != nil {
			t.Fatal(err)
		}
	}
	add("https://news.example/1", "Football: cup final tonight", briefbot.Event{Type: "accusation", Source: "IRN", Target: "PAK", Code: "accuse",
		Confidence: 0.9, Evidence: "Iran accused Pakistan of fielding an ineligible player."})
	tests := []struct {
		name   string
		req    func(Request) Request
		parts  int
		has    []string
		hasNot []string
	}{
		{"a minor development: no mention", func(r Request) Request { r.Mention = "<@&1>"; return r },
			1, []string{`"embeds"`, `"timestamp":"2026-11-25T08:00:00Z"`}, []string{"<@&1>"}},
		{"excluded by keyword", func(r Request) Request { r.ExcludeKeywords = []string{"football"}; return r }, 0, nil, nil},
		{"kept by keyword", func(r Request) Request { r.Keywords = []string{"ineligible"}; return r }, 1, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := comp.Compose(ctx, tt.req(window))
			if err != nil {
				t.Fatal(err)
			}
			check(t, b.Parts, tt.parts, tt.has, tt.hasNot)
		})
	}

	add("https://news.example/2", "Border post shelled", briefbot.Event{Type: "escalation", Source: "IRN", Target: "PAK", Code: "strike",
		Confidence: 0.9, Evidence: "Iranian artillery hit a Pakistani border post overnight."})
	for _, tt := range []struct {
		platform string
		mention  string
		has      []string
	}{
		{config.Slack, "<!here>", []string{`"blocks"`, `"text":"<!here> Briefing`, `"text":"<!here>\n<!date^`}},
		{config.Discord, "<@&1>", []string{`"text":"<@&1>"`, `"embeds"`, `"color":12597547`}},
		{config.Console, "@oncall", []string{"@oncall\nBriefing · Tue 24 Nov 13:00 – Wed 25 Nov 13:00 PKT"}},
	} {
		t.Run("major on "+tt.platform, func(t *testing.T) {
			r := window
			r.Platform, r.Mention = tt.platform, tt.mention
			b, err := comp.Compose(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			check(t, b.Parts, 1, tt.has, nil)
			if tt.platform != config.Console {
				if m := briefing.DecodeMessage(b.Parts[0]); len(m.Blocks)+len(m.Embeds) == 0 {
					t.Errorf("%s body is not a structured message: %s", tt.platform, b.Parts[0])
				}
			}
		})
	}
}

func check(t *testing.T, parts []string, n int, has, hasNot []string) {
	t.Helper()
	if len(parts) != n {
		t.Fatalf("%d parts, want %d: %q", len(parts), n, parts)
	}
	all := strings.Join(parts, "\n")
	for _, h := range has {
		if !strings.Contains(all, h) {
			t.Errorf("parts lack %s:\n%s", h, all)
		}
	}
	for _, h := range hasNot {
		if strings.Contains(all, h) {
			t.Errorf("parts hold %s:\n%s", h, all)
		}
	}
}
