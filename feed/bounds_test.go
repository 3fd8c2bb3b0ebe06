package feed

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
)

// floodCoder codes n events out of any article.
type floodCoder struct{ n int }

func (c floodCoder) Code(context.Context, briefbot.Article) []briefbot.Event {
	events := make([]briefbot.Event, c.n)
	for i := range events {
		events[i] = briefbot.Event{Type: briefbot.Accusation, Source: "A", Target: "B", Evidence: fmt.Sprint(i)}
	}
	return events
}

// TestHugeItemIsBounded stores an item of megabytes that codes to
// thousands of events: the text and the events are cut, each with a log
// line.
func TestHugeItemIsBounded(t *testing.T) {
	const sentence = "The ministry accused the rebels of shelling the port. "
	huge := strings.Repeat(sentence, 40000) // ~2 MB
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>
<item><title>Long</title><link>https://big.example/1</link><description>` + huge + `</description></item>
</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, body) }))
	defer srv.Close()
	var logs bytes.Buffer
	o := testOptions(t)
	o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	store := newMemStore()
	sum, err := NewWatcher(store, floodCoder{n: 5000}, o).PollOnce(context.Background(), []Source{{Name: "big", URL: srv.URL}}, nil)
	if err != nil || sum.NewArticles != 1 {
		t.Fatalf("PollOnce = %+v, %v", sum, err)
	}
	a := store.all()[0]
	words := strings.Fields(strings.TrimSuffix(a.Text, "…"))
	whole := strings.Contains(" "+sentence, " "+words[len(words)-1]+" ")
	if len(a.Text) > 200<<10 || len(a.Text) < 199<<10 || !utf8.ValidString(a.Text) || !strings.HasSuffix(a.Text, "…") || !whole {
		t.Errorf("stored text of %d bytes ending %q, want about 200 KiB cut after a whole word", len(a.Text), a.Text[max(0, len(a.Text)-20):])
	}
	if n := sum.EventsByType["accusation"]; n != 200 {
		t.Errorf("%d events stored, want 200", n)
	}
	for _, want := range []string{"article text cut", "article events cut"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("no %q log line", want)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"éééééé", 8, "éé…"}, // never inside a character
		{"abcdefghijkl", 8, "abcde…"},
	}
	for _, tt := range tests {
		if got := cut(tt.text, tt.n); got != tt.want || len(got) > tt.n {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
	}
}
