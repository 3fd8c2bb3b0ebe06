package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// briefDB stores a small history: an Iranian strike on Pakistan in the
// last day, reported by two outlets, a recap of earlier fighting marked as
// background, and an older Indian accusation.
func briefDB(t *testing.T, end time.Time) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	cfg, err := exampleConfig()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(ctx, cfg, path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	st := m.Store
	strike := briefbot.Event{Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "strike", Intensity: -9, Confidence: 0.9,
		Evidence: "Iranian drones struck a village near the border, officials said."}
	first, _, err := st.AddArticle(ctx, briefbot.Article{FeedName: "dawn", Link: "https://dawn.example/1", Published: end.Add(-3 * time.Hour)}, []briefbot.Event{strike})
	if err != nil {
		t.Fatal(err)
	}
	fps, err := st.Fingerprints(ctx, end.Add(-4*time.Hour))
	if err != nil || len(fps) != 1 || fps[0].ArticleID != first {
		t.Fatalf("fingerprints %+v, %v", fps, err)
	}
	recap := briefbot.Event{Type: briefbot.Escalation, Source: "PAK", Target: "IRN", Code: "strike", Confidence: 0.8, Background: true,
		When: end.AddDate(0, -2, 0), Evidence: "In September, Pakistan struck hideouts inside Iran."}
	if _, _, err := st.AddArticle(ctx, briefbot.Article{ClusterID: fps[0].ClusterID, FeedName: "bbc", Link: "https://bbc.example/2", Published: end.Add(-2 * time.Hour)},
		[]briefbot.Event{strike, recap}); err != nil {
		t.Fatal(err)
	}
	accusation := briefbot.Event{Type: briefbot.Accusation, Source: "IND", Target: "PAK", Code: "accuse", Intensity: -4, Confidence: 0.8,
		Evidence: "India accused Pakistan of shelling."}
	if _, _, err := st.AddArticle(ctx, briefbot.Article{FeedName: "ndtv", Link: "https://ndtv.example/3", Published: end.Add(-72 * time.Hour)}, []briefbot.Event{accusation}); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBrief(t *testing.T) {
	end := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	db := briefDB(t, end)
	until := end.Format(time.RFC3339)
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err []string // substrings
		notOut   []string
	}{
		{"last day", []string{"-db", db, "-until", until},
			0, []string{"Briefing · Tue 24 Nov 08:00 – Wed 25 Nov 08:00 UTC", "Iran → Pakistan: strike", "https://dawn.example/1", "https://bbc.example/2",
				"1 background development set aside"}, nil, []string{"India", "September"}},
		{"in the reader's zone", []string{"-db", db, "-until", until, "-tz", "Asia/Karachi"},
			0, []string{"Briefing · Tue 24 Nov 13:00 – Wed 25 Nov 13:00 PKT"}, nil, nil},
		{"all, background apart", []string{"-db", db, "-until", until, "-all"},
			0, []string{"Set aside as background, not news", "Pakistan → Iran: strike", "September"}, nil, nil},
		{"json", []string{"-db", db, "-until", until, "-format", "json"},
			0, []string{`"window": {`, `"source": "IRN"`, `"target": "PAK"`, `"new": true`, `"background": false`, `"url": "https://bbc.example/2"`}, nil, nil},
		{"a week, by actor name", []string{"-db", db, "-until", until, "-since", "7d", "-actor", "india"},
			0, []string{"India → Pakistan: accusation", "· India"}, nil, []string{"Iran →"}},
		{"by region", []string{"-db", db, "-until", until, "-region", "europe"},
			0, []string{"All quiet"}, nil, nil},
		{"slack", []string{"-db", db, "-until", until, "-format", "slack"},
			0, []string{`"blocks":[`, "*Iran → Pakistan*", "<https://bbc.example/2|bbc>"}, nil, nil},
		{"discord", []string{"-db", db, "-until", until, "-format", "discord"},
			0, []string{`"embeds":[`, "**Iran → Pakistan**", "[bbc](<https://bbc.example/2>)"}, nil, nil},
		{"bad zone", []string{"-db", db, "-tz", "Mars/Olympus"},
			1, nil, []string{"-tz: unknown time zone Mars/Olympus"}, nil},
		{"unknown actor", []string{"-db", db, "-actor", "Pakistn"},
			1, nil, []string{`unknown actor "Pakistn"`, "did you mean", "PAK"}, nil},
		{"unknown region", []string{"-db", db, "-region", "south-asai"},
			1, nil, []string{`unknown region "south-asai"`, "did you mean south-asia"}, nil},
		{"an actor as region", []string{"-db", db, "-region", "Iran"},
			1, nil, []string{"that is an actor (IRN, Iran); use -actor"}, nil},
		{"a region as actor", []string{"-db", db, "-actor", "south-asia"},
			1, nil, []string{"that is a region; use -region"}, nil},
		{"bad format", []string{"-db", db, "-format", "teams"},
			1, nil, []string{`unknown format "teams"`}, nil},
		{"bad window", []string{"-db", db, "-since", "yesterday"},
			1, nil, []string{`-since "yesterday"`}, nil},
		{"no database", []string{"-db", filepath.Join(t.TempDir(), "none.db")},
			1, nil, []string{"no database at"}, nil},
		{"stray argument", []string{"-db", db, "IRN"},
			2, nil, []string{"brief takes no arguments", "usage: briefbot brief"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, context.Background(), append([]string{"brief"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			for _, w := range tt.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notOut {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			for _, w := range tt.err {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q: %s", w, errOut)
				}
			}
		})
	}
}
