package bot

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
	"github.com/slack-go/slack/socketmode"
	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/storage"
)

const testSigningSecret = "8f742231b10e8888abcd99yyyzzz85a5"

func newTestSlack(t *testing.T, r *Router, apiURL string) *Slack {
	return NewSlack(r, SlackOptions{BotToken: "xoxb-test", SigningSecret: testSigningSecret, APIURL: apiURL,
		Logger: slog.New(slog.DiscardHandler)})
}

// signSlack builds a slash command request signed as Slack does.
func signSlack(secret string, ts time.Time, form url.Values) *http.Request {
	body := form.Encode()
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

func slashForm(text string) url.Values {
	return url.Values{"command": {"/who"}, "text": {text}, "channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {"http://127.0.0.1:1/unused"}}
}

func TestSlackCommandsEndpoint(t *testing.T) {
	now := time.Now()
	valid := func() *http.Request { return signSlack(testSigningSecret, now, slashForm("tehran")) }
	tests := []struct {
		name    string
		reqs    func() []*http.Request
		want    []int // status per request
		answers bool  // the last request reached the router
	}{
		{name: "signed", reqs: func() []*http.Request { return []*http.Request{valid()} }, want: []int{200}, answers: true},
		{name: "bad signature", reqs: func() []*http.Request {
			return []*http.Request{signSlack("not-the-secret", now, slashForm("tehran"))}
		}, want: []int{401}},
		{name: "tampered body", reqs: func() []*http.Request {
			r := valid()
			r.Body = io.NopCloser(strings.NewReader(slashForm("israel").Encode()))
			return []*http.Request{r}
		}, want: []int{401}},
		{name: "stale timestamp", reqs: func() []*http.Request {
			return []*http.Request{signSlack(testSigningSecret, now.Add(-6*time.Minute), slashForm("tehran"))}
		}, want: []int{401}},
		{name: "missing headers", reqs: func() []*http.Request {
			r := valid()
			r.Header.Del("X-Slack-Signature")
			return []*http.Request{r}
		}, want: []int{401}},
		{name: "replay", reqs: func() []*http.Request {
			a := valid()
			b := valid()
			return []*http.Request{a, b}
		}, want: []int{200, 401}},
		{name: "replay with the signature's hex in upper case", reqs: func() []*http.Request {
			a := valid()
			b := valid()
			sig := b.Header.Get("X-Slack-Signature")
			b.Header.Set("X-Slack-Signature", "v0="+strings.ToUpper(strings.TrimPrefix(sig, "v0=")))
			return []*http.Request{a, b}
		}, want: []int{200, 401}},
		{name: "oversized body", reqs: func() []*http.Request {
			return []*http.Request{signSlack(testSigningSecret, now, slashForm(strings.Repeat("x", slackBodyLimit)))}
		}, want: []int{400}},
		{name: "GET", reqs: func() []*http.Request {
			return []*http.Request{httptest.NewRequest(http.MethodGet, "/slack/commands", nil)}
		}, want: []int{405}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{devs: testDevelopments()}
			r, _ := newTestRouter(st)
			s := newTestSlack(t, r, "")
			last := serveAll(t, Handler(s, nil), st, tt.reqs(), tt.want)
			if got := st.called("DevelopmentsByActor"); got != tt.answers {
				t.Fatalf("router reached = %v, want %v", got, tt.answers)
			}
			if !tt.answers {
				return
			}
			var msg slack.WebhookMessage
			if err := json.Unmarshal(last.Body.Bytes(), &msg); err != nil {
				t.Fatalf("response: %v\n%s", err, last.Body)
			}
			if msg.ResponseType != slack.ResponseTypeInChannel || msg.Blocks == nil || !strings.Contains(last.Body.String(), "Iran (IRN)") {
				t.Errorf("response %s", last.Body)
			}
		})
	}
}

func TestSlackSlowCommandFollowsUp(t *testing.T) {
	followUp := make(chan slack.WebhookMessage, 1)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var msg slack.WebhookMessage
		if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
			t.Errorf("follow-up body: %v", err)
		}
		followUp <- msg
	}))
	defer hook.Close()

	r, _ := newTestRouter(&fakeStore{devs: testDevelopments(), delay: 50 * time.Millisecond})
	s := newTestSlack(t, r, "")
	s.budget = time.Millisecond
	form := slashForm("IRN")
	form.Set("response_url", hook.URL)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, signSlack(testSigningSecret, time.Now(), form))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Working on it") {
		t.Fatalf("ack %d %s", rec.Code, rec.Body)
	}
	select {
	case msg := <-followUp:
		if msg.ResponseType != slack.ResponseTypeInChannel || msg.Text != "Iran (IRN)" || msg.Blocks == nil || len(msg.Blocks.BlockSet) < 3 {
			t.Errorf("follow-up %+v", msg)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no follow-up through response_url")
	}
}

func TestSlackSocketModeSlashCommand(t *testing.T) {
	r, _ := newTestRouter(&fakeStore{devs: testDevelopments()})
	s := newTestSlack(t, r, "")
	var acked []any
	s.ack = func(req socketmode.Request, payload ...any) error {
		if req.EnvelopeID != "env-1" {
			t.Errorf("acked envelope %q", req.EnvelopeID)
		}
		acked = append(acked, payload...)
		return nil
	}
	s.onSocketEvent(context.Background(), socketmode.Event{
		Type:    socketmode.EventTypeSlashCommand,
		Data:    slack.SlashCommand{Command: "/briefbot", Text: "dyad iran israel 7", ChannelID: "C1", UserID: "U1"},
		Request: &socketmode.Request{EnvelopeID: "env-1"},
	})
	if len(acked) != 1 {
		t.Fatalf("acked %d payloads", len(acked))
	}
	out, _ := json.Marshal(acked[0])
	if !strings.Contains(string(out), "Iran (IRN) ↔ Israel (ISR), last 7 days") {
		t.Errorf("ack payload %s", out)
	}
}

func TestSlackBlocksEscapeAndRefusal(t *testing.T) {
	blocks := slackBlocks(Response{Title: "t", Sections: []Section{{Heading: "h", Lines: []Line{{Text: "<!channel> & co", URL: "https://x.example/a"}}}}})
	out, _ := json.Marshal(blocks)
	if strings.Contains(string(out), "<!channel>") || !strings.Contains(string(out), `\u0026lt;!channel\u0026gt; \u0026amp; co \u003chttps://x.example/a|link\u003e`) {
		t.Errorf("blocks %s", out)
	}
	refusal := slackMessage(failure("no", "help"))
	if refusal.ResponseType != slack.ResponseTypeEphemeral || len(refusal.Blocks.BlockSet) != 2 {
		t.Errorf("refusal %+v", refusal)
	}
}

func TestSlackManifestListsEveryCommand(t *testing.T) {
	data, err := os.ReadFile("slack-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			SlashCommands []struct{ Command string } `yaml:"slash_commands"`
		}
	}
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range m.Features.SlashCommands {
		got = append(got, strings.TrimPrefix(c.Command, "/"))
	}
	if !slices.Contains(got, "briefbot") {
		t.Error("manifest lacks /briefbot")
	}
	for _, c := range commands {
		// Slack keeps /help for itself: help is /briefbot help.
		if c.name != "help" && !slices.Contains(got, c.name) {
			t.Errorf("manifest lacks /%s", c.name)
		}
	}
}

func TestSlackCheck(t *testing.T) {
	tests := []struct {
		name        string
		answer      string // auth.test's answer
		wantRefused bool
		wantErr     bool
		wantUser    string
	}{
		{name: "valid token", answer: `{"ok":true,"user":"briefbot","team":"Acme"}`, wantUser: "briefbot"},
		{name: "invalid token", answer: `{"ok":false,"error":"invalid_auth"}`, wantErr: true, wantRefused: true},
		{name: "revoked token", answer: `{"ok":false,"error":"token_revoked"}`, wantErr: true, wantRefused: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := slacktest.NewTestServer(func(c slacktest.Customize) {
				c.Handle("/auth.test", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, tt.answer) })
			})
			srv.Start()
			defer srv.Stop()
			s := newTestSlack(t, nil, srv.GetAPIURL())
			user, _, err := s.Check(context.Background())
			if (err != nil) != tt.wantErr || errors.Is(err, ErrTokenRefused) != tt.wantRefused || user != tt.wantUser {
				t.Errorf("Check() = %q, %v", user, err)
			}
		})
	}
	// Slack down is not a refused token.
	s := newTestSlack(t, nil, "http://127.0.0.1:1/api/")
	if _, _, err := s.Check(context.Background()); err == nil || errors.Is(err, ErrTokenRefused) {
		t.Errorf("Check() with Slack unreachable = %v, want an error that is not ErrTokenRefused", err)
	}
}

// slackWithChannels serves conversations.list in pages of two channels, or
// answer, and refuses every post as not_in_channel.
func slackWithChannels(t *testing.T, answer string) *slacktest.Server {
	pages := map[string]string{
		"":   `{"ok":true,"channels":[{"id":"C1","name":"random"},{"id":"C2","name":"general"}],"response_metadata":{"next_cursor":"p2"}}`,
		"p2": `{"ok":true,"channels":[{"id":"G3","name":"ops-private"}],"response_metadata":{"next_cursor":""}}`,
	}
	srv := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/conversations.list", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			if answer != "" {
				io.WriteString(w, answer)
				return
			}
			io.WriteString(w, pages[r.Form.Get("cursor")])
		})
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"ok":false,"error":"not_in_channel"}`)
		})
		c.Handle("/auth.test", func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"ok":true,"user":"briefbot-ops","team":"Acme"}`)
		})
	})
	srv.Start()
	t.Cleanup(srv.Stop)
	return srv
}

func TestSlackResolveChannels(t *testing.T) {
	tests := []struct {
		name    string
		answer  string
		names   []string
		want    string
		wantErr string
	}{
		{name: "across pages", names: []string{"#General", "#ops-private"}, want: "map[#General:C2 #ops-private:G3]"},
		{name: "unknown left out", names: []string{"#nope", "#random"}, want: "map[#random:C1]"},
		{name: "missing scope", answer: `{"ok":false,"error":"missing_scope","needed":"channels:read"}`, names: []string{"#general"},
			wantErr: "the app needs the channels:read and groups:read scopes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSlack(t, nil, slackWithChannels(t, tt.answer).GetAPIURL())
			ids, err := s.ResolveChannels(context.Background(), tt.names)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || fmt.Sprint(ids) != tt.want {
				t.Errorf("ResolveChannels() = %v, %v; want %s", ids, err, tt.want)
			}
		})
	}
}

// TestSlackNotInChannelHint posts to a channel the app was not invited to:
// the error names the channel, by id and name, and says how to invite it.
func TestSlackNotInChannelHint(t *testing.T) {
	srv := slackWithChannels(t, "")
	s := newTestSlack(t, nil, srv.GetAPIURL())
	if _, _, err := s.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResolveChannels(context.Background(), []string{"#general"}); err != nil {
		t.Fatal(err)
	}
	_, err := s.Post(context.Background(), storage.OutboxMessage{Channel: "C2", Body: "x"})
	want := `slack post to C2 (#general): not_in_channel: the app is not a member of this channel; type "/invite @briefbot-ops" in it`
	if err == nil || err.Error() != want {
		t.Errorf("Post() error = %v\nwant %s", err, want)
	}
}

// TestLibraryLogsGoThroughSlog checks that the chat libraries' own lines
// reach the daemon's logger, at debug, in its format.
func TestLibraryLogsGoThroughSlog(t *testing.T) {
	var buf strings.Builder
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	RouteDiscordgoLogs(log)
	t.Cleanup(func() { discordgo.Logger = nil })
	discordgo.Logger(discordgo.LogError, 1, "websocket closed %d", 1006)
	s := NewSlack(nil, SlackOptions{Logger: log})
	s.api.Debugf("dialing %s", "wss://x")
	for _, want := range []string{
		`"level":"ERROR","msg":"websocket closed 1006","lib":"discordgo"`,
		`"level":"DEBUG","msg":"dialing wss://x","lib":"slack-go"`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("logs lack %s:\n%s", want, buf.String())
		}
	}
}
