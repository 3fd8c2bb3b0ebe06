package bot

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// fakeWebhook stands in for a Slack or Discord webhook: it answers the
// scripted statuses in turn (then success) and records each request.
type fakeWebhook struct {
	mu      sync.Mutex
	discord bool
	script  []int
	queries []string
	bodies  [][]byte
}

func (f *fakeWebhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.queries = append(f.queries, r.URL.RawQuery)
	f.bodies = append(f.bodies, body)
	status := http.StatusOK
	if len(f.script) > 0 {
		status, f.script = f.script[0], f.script[1:]
	}
	f.mu.Unlock()
	switch {
	case status == http.StatusTooManyRequests && f.discord:
		w.WriteHeader(status)
		io.WriteString(w, `{"message":"You are being rate limited.","retry_after":1.5,"global":false}`)
	case status == http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "4")
		w.WriteHeader(status)
	case status != http.StatusOK:
		w.WriteHeader(status)
		io.WriteString(w, "no_service")
	case f.discord:
		io.WriteString(w, `{"id":"998877","channel_id":"42"}`)
	default:
		io.WriteString(w, "ok")
	}
}

func TestWebhooksPost(t *testing.T) {
	const secret = "T000/B000/SECRETTOKEN"
	tests := []struct {
		name    string
		discord bool
		script  []int
		body    string
		want    string // as the outbox reads the error: see classified
		wantErr string
		check   func(t *testing.T, id string, body []byte, query string)
	}{
		{name: "slack", body: "*Briefing*\nall quiet", want: "ok", check: func(t *testing.T, id string, body []byte, _ string) {
			var m struct {
				Text   string
				Blocks []struct{ Type string }
			}
			if err := json.Unmarshal(body, &m); err != nil || m.Text != "*Briefing*\nall quiet" || len(m.Blocks) != 1 || m.Blocks[0].Type != "section" {
				t.Errorf("sent %s", body)
			}
			if !strings.HasPrefix(id, "slack-webhook-") {
				t.Errorf("id %q", id)
			}
		}},
		{name: "discord waits for the message id", discord: true, body: "<@&123>\n**Briefing**", want: "ok",
			check: func(t *testing.T, id string, body []byte, query string) {
				var m struct {
					Content string
					Embeds  []struct{ Description string }
				}
				if err := json.Unmarshal(body, &m); err != nil || m.Content != "<@&123>" || len(m.Embeds) != 1 || m.Embeds[0].Description != "**Briefing**" {
					t.Errorf("sent %s", body)
				}
				if id != "998877" || query != "thread_id=7&wait=true" {
					t.Errorf("id %q, query %q", id, query)
				}
			}},
		{name: "slack briefing message as its blocks", body: briefing.Message{Text: "Briefing: Top: Iran → Pakistan: strike", Blocks: []briefing.SlackBlock{
			{Type: "header", Text: &briefing.SlackText{Type: "plain_text", Text: "Briefing"}}, {Type: "divider"}}}.Encode(),
			want: "ok", check: func(t *testing.T, _ string, body []byte, _ string) {
				var m struct {
					Text   string
					Blocks []struct{ Type string }
				}
				if err := json.Unmarshal(body, &m); err != nil || m.Text != "Briefing: Top: Iran → Pakistan: strike" ||
					len(m.Blocks) != 2 || m.Blocks[0].Type != "header" || m.Blocks[1].Type != "divider" {
					t.Errorf("sent %s", body)
				}
			}},
		{name: "discord briefing message as its embeds", discord: true, body: briefing.Message{Text: "<@&123>", Embeds: []briefing.DiscordEmbed{
			{Title: "Briefing", Color: 0xC0392B, Fields: []briefing.DiscordField{{Name: "Iran – Pakistan", Value: "• strike"}}}}}.Encode(),
			want: "ok", check: func(t *testing.T, _ string, body []byte, _ string) {
				var m struct {
					Content string
					Embeds  []struct {
						Title  string
						Color  int
						Fields []struct{ Name, Value string }
					}
				}
				if err := json.Unmarshal(body, &m); err != nil || m.Content != "<@&123>" || len(m.Embeds) != 1 ||
					m.Embeds[0].Title != "Briefing" || m.Embeds[0].Color != 0xC0392B || len(m.Embeds[0].Fields) != 1 {
					t.Errorf("sent %s", body)
				}
			}},
		{name: "slack 429 says how long", script: []int{429}, body: "x", want: "rate limited 4s"},
		{name: "discord 429 says how long", discord: true, script: []int{429}, body: "x", want: "rate limited 1.5s"},
		{name: "5xx posted nothing", script: []int{502}, body: "x", want: "refused"},
		{name: "revoked webhook", script: []int{404}, body: "x", want: "refused", wantErr: "slack webhook HOOK: HTTP 404 no_service"},
		{name: "too long for an embed", discord: true, body: strings.Repeat("x", discordDescriptionLimit+1), want: "refused", wantErr: "exceeds an embed's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := &fakeWebhook{discord: tt.discord, script: tt.script}
			srv := httptest.NewServer(fake)
			defer srv.Close()
			hook := srv.URL + "/services/" + secret
			newHooks := NewSlackWebhooks
			if tt.discord {
				hook = srv.URL + "/api/webhooks/1/" + secret + "?thread_id=7"
				newHooks = NewDiscordWebhooks
			}
			w := newHooks(map[string]string{"HOOK": hook}, nil)
			id, err := w.Post(context.Background(), storage.OutboxMessage{Channel: "HOOK", Body: tt.body})
			if got := classified(err); got != tt.want || (tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Post() = %v, read as %s; want %s, %q", err, got, tt.want, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), "SECRETTOKEN") {
				t.Errorf("the error shows the webhook URL: %v", err)
			}
			if tt.check != nil {
				tt.check(t, id, fake.bodies[0], fake.queries[0])
			}
		})
	}
}

func TestWebhooksErrorsHideTheURL(t *testing.T) {
	w := NewSlackWebhooks(map[string]string{"HOOK": "http://127.0.0.1:1/services/SECRETTOKEN"}, nil)
	_, err := w.Post(context.Background(), storage.OutboxMessage{Channel: "HOOK", Body: "x"})
	if err == nil || strings.Contains(err.Error(), "SECRETTOKEN") || !strings.Contains(err.Error(), "connection refused") || classified(err) != "refused" {
		t.Errorf("err = %v, want connection refused without the URL, read as nothing posted", err)
	}
	if _, err := w.Post(context.Background(), storage.OutboxMessage{Channel: "OTHER", Body: "x"}); err == nil || !strings.Contains(err.Error(), "no URL for it (is OTHER set?)") {
		t.Errorf("unknown channel: %v", err)
	}
}

// TestWebhooksCannotLookUp: a webhook cannot list what it posted, so the
// outbox must not take Webhooks for a Resolver and post an interrupted
// message again.
func TestWebhooksCannotLookUp(t *testing.T) {
	var p any = NewDiscordWebhooks(nil, nil)
	if _, ok := p.(interface {
		Find(context.Context, storage.OutboxMessage) (string, bool, error)
	}); ok {
		t.Error("Webhooks has a Find")
	}
}

// TestWebhookWithoutAnswerIsUnknown: a webhook that takes the post and
// never answers leaves its outcome unknown.
func TestWebhookWithoutAnswerIsUnknown(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
	defer srv.Close()
	defer close(release)
	w := NewSlackWebhooks(map[string]string{"HOOK": srv.URL}, &http.Client{Timeout: 50 * time.Millisecond})
	if _, err := w.Post(context.Background(), storage.OutboxMessage{Channel: "HOOK", Body: "x"}); classified(err) != "unknown" {
		t.Errorf("Post() = %v, read as %s; want unknown", err, classified(err))
	}
}
