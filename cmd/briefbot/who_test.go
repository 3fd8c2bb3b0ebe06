package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// seedQueryDB stores a few developments between Iran and Israel dated just
// before now, as the feed watcher would.
func seedQueryDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	st, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	var items []storage.ArticleWithEvents
	for i, e := range []briefbot.Event{
		{Type: "escalation", Source: "IRN", Target: "ISR", Code: "strike"},
		{Type: "accusation", Source: "ISR", Target: "IRN", Code: "accuse"},
		{Type: "escalation", Source: "IRN", Target: "ISR", Code: "threat"},
	} {
		published := now.Add(-time.Duration(i+1) * 26 * time.Hour)
		items = append(items, storage.ArticleWithEvents{
			Article: briefbot.Article{FeedName: "wire", GUID: fmt.Sprint(i), Link: fmt.Sprintf("https://news.example/%d", i),
				Title: "story", Published: published, Fetched: published},
			Events: []briefbot.Event{e},
		})
	}
	if _, err := st.ImportArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWhoAndDyadCommands(t *testing.T) {
	db := seedQueryDB(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
		wantErr  string
	}{
		{name: "who by name", args: []string{"who", "-db", db, "iran"}, wantCode: 0,
			wantOut: []string{"(IRN)", "Kind: state", "Latest developments", "escalation (strike) → ", "(ISR)", "https://news.example/0",
				"Main counterparts, 90 days", "— 3 developments", "Escalation trend, developments per week", "rising: 2 in the last week, 0.0 per week before"}},
		{name: "who as json", args: []string{"who", "-db", db, "-format", "json", "IRN"}, wantCode: 0,
			wantOut: []string{`"actor": {`, `"ID": "IRN"`, `"developments": [`, `"source": "IRN"`, `"counterparts": [`, `"trend": "rising"`}},
		{name: "who as of a month ago", args: []string{"who", "-db", db, "-at", time.Now().AddDate(0, -1, 0).Format(time.RFC3339), "IRN"}, wantCode: 0,
			wantOut: []string{"None in the past year.", "None."}},
		{name: "who bad format", args: []string{"who", "-db", db, "-format", "xml", "IRN"}, wantCode: 1, wantErr: `unknown format "xml"`},
		{name: "who bad time", args: []string{"who", "-db", db, "-at", "yesterday", "IRN"}, wantCode: 1, wantErr: "-at"},
		{name: "dyad", args: []string{"dyad", "-db", db, "IRN", "ISR", "7"}, wantCode: 0,
			wantOut: []string{"↔", "last 7 days", "IRN → ISR", "2 developments: 2 escalation", "ISR → IRN", "1 development: 1 accusation"}},
		{name: "dyad as json", args: []string{"dyad", "-db", db, "-format", "json", "IRN", "ISR", "7"}, wantCode: 0,
			wantOut: []string{`"a": "IRN"`, `"b": "ISR"`, `"days": 7`, `"directions": [`, `"total": 2`, `"escalation": 2`}},
		{name: "dyad default days", args: []string{"dyad", "-db", db, "ISR", "IRN"}, wantCode: 0, wantOut: []string{"last 30 days"}},
		{name: "unknown actor", args: []string{"who", "-db", db, "Xyzzyland"}, wantCode: 2, wantErr: "I don't know the actor “Xyzzyland”."},
		{name: "dyad days bounded", args: []string{"dyad", "-db", db, "IRN", "ISR", "400"}, wantCode: 2, wantErr: "between 1 and 365"},
		{name: "who needs an actor", args: []string{"who", "-db", db}, wantCode: 2, wantErr: "usage: briefbot who"},
		{name: "dyad needs two", args: []string{"dyad", "-db", db, "IRN"}, wantCode: 2, wantErr: "usage: briefbot dyad"},
		{name: "missing database", args: []string{"who", "-db", filepath.Join(t.TempDir(), "none.db"), "IRN"}, wantCode: 1, wantErr: "no database at"},
		{name: "missing config", args: []string{"who", "-config", filepath.Join(t.TempDir(), "none.yaml"), "IRN"}, wantCode: 1, wantErr: "config"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := runMain(context.Background(), tt.args, stdio{in: strings.NewReader(""), out: &out, err: &errOut})
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.wantCode, errOut.String())
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, errOut.String())
			}
		})
	}
}
