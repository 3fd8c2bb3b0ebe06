package scheduler

import (
	"context"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
)

func TestNewComposer(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := NewComposer(&briefing.Composer{Store: st})
	to := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	window := Request{From: to.Add(-24 * time.Hour), To: to, Platform: config.Discord}

	b, err := comp.Compose(ctx, window)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Parts) != 0 || b.NewEscalation {
		t.Errorf("empty window composed to %+v, want no parts", b)
	}

	_, _, err = st.AddArticle(ctx, briefbot.Article{
		FeedName: "test", GUID: "g1", Link: "https://news.example/1", Title: "Border post shelled",
		Text: "Artillery fire hit a border post overnight.", Published: to.Add(-2 * time.Hour), Fetched: to,
	}, []briefbot.Event{{
		Type: "escalation", Source: "IRN", Target: "PAK", Code: "strike", Intensity: -8, Confidence: 0.9,
		Evidence: "Artillery fire hit a border post overnight.",
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, platform := range []string{config.Slack, config.Discord, config.Console} {
		window.Platform = platform
		b, err := comp.Compose(ctx, window)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Parts) == 0 || !b.NewEscalation {
			t.Errorf("%s: composed %+v, want parts and a new escalation", platform, b)
		}
		for _, p := range b.Parts {
			if limit := partLimit(platform); limit > 0 && len(utf16.Encode([]rune(p))) > limit {
				t.Errorf("%s: a part of %d units exceeds the limit %d", platform, len(utf16.Encode([]rune(p))), limit)
			}
		}
	}
}
