package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
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
		name      string
		discord   bool
		script    []int
		body      string
		wantErr   string
		wantCalls int
		wantWaits []time.Duration
		check     func(t *testing.T, id string, body []byte, query string)
	}{
		{name: "slack", body: "*Briefing*\nall quiet", wantCalls: 1, check: func(t *testing.T, id string, body []byte, _ string) {
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
		{name: "discord waits for the message id", discord: true, body: "<@&123>\n**Briefing**", wantCalls: 1,
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
		{name: "slack 429 honours Retry-After", script: []int{429}, body: "x", wantCalls: 2, wantWaits: []time.Duration{4 * time.Second}},
		{name: "discord 429 honours retry_after", discord: true, script: []int{429}, body: "x", wantCalls: 2, wantWaits: []time.Duration{1500 * time.Millisecond}},
		{name: "5xx backs off", script: []int{500, 502}, body: "x", wantCalls: 3, wantWaits: []time.Duration{time.Second, 2 * time.Second}},
		{name: "revoked webhook is not retried", script: []int{404}, body: "x", wantCalls: 1, wantErr: "slack webhook HOOK: HTTP 404 no_service"},
		{name: "too long for an embed", discord: true, body: strings.Repeat("x", discordDescriptionLimit+1), wantErr: "exceeds an embed's"},
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
			waits := recordWaits(&w.retry)
			id, err := w.Post(context.Background(), "HOOK", tt.body)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if err != nil && strings.Contains(err.Error(), "SECRETTOKEN") {
				t.Errorf("the error shows the webhook URL: %v", err)
			}
			if len(fake.bodies) != tt.wantCalls || fmt.Sprint(*waits) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("%d calls, waits %v; want %d, %v", len(fake.bodies), *waits, tt.wantCalls, tt.wantWaits)
			}
			if tt.check != nil && err == nil {
				tt.check(t, id, fake.bodies[0], fake.queries[0])
			}
		})
	}
}

func TestWebhooksErrorsHideTheURL(t *testing.T) {
	w := NewSlackWebhooks(map[string]string{"HOOK": "http://127.0.0.1:1/services/SECRETTOKEN"}, nil)
	recordWaits(&w.retry)
	_, err := w.Post(context.Background(), "HOOK", "x")
	if err == nil || strings.Contains(err.Error(), "SECRETTOKEN") || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("err = %v, want connection refused without the URL", err)
	}
	if _, err := w.Post(context.Background(), "OTHER", "x"); err == nil || !strings.Contains(err.Error(), "no URL for it (is OTHER set?)") {
		t.Errorf("unknown channel: %v", err)
	}
}
