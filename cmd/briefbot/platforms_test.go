package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/storage"
)

// clearChatEnv unsets every chat credential for the test.
func clearChatEnv(t *testing.T) {
	for _, env := range []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET",
		"DISCORD_BOT_TOKEN", "DISCORD_APP_ID", "DISCORD_PUBLIC_KEY"} {
		t.Setenv(env, "")
	}
}

// TestDaemonDiscordHTTPOnly runs the daemon with Discord's public key and
// application id and no bot token: the interactions endpoint answers the
// signed PING with which Discord's portal checks it, and the start-up log
// says which modes are on.
func TestDaemonDiscordHTTPOnly(t *testing.T) {
	clearChatEnv(t)
	pub, priv, _ := ed25519.GenerateKey(nil)
	t.Setenv("DISCORD_PUBLIC_KEY", hex.EncodeToString(pub))
	t.Setenv("DISCORD_APP_ID", "123456789012345678")
	addr := freeAddr(t)
	cfg := writeFile(t, "b.yaml", fmt.Sprintf("storage: {path: %q}\nhttp: {addr: %q}\n", filepath.Join(t.TempDir(), "b.db"), addr))
	stop := startDaemon(t, "-config", cfg)
	waitFor(t, "http://"+addr+"/healthz")

	body := []byte(`{"id":"P","application_id":"123456789012345678","type":1,"token":"T"}`)
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/discord/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	answer, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(answer)) != `{"type":1}` {
		t.Errorf("PING: %d %s, want 200 PONG", resp.StatusCode, answer)
	}
	code, logs := stop()
	if code != 0 {
		t.Fatalf("exit %d: %s", code, logs)
	}
	for _, want := range []string{
		`msg="discord: HTTP interactions on; off: gateway (needs DISCORD_BOT_TOKEN)`,
		`msg="slack: off; off: posting (needs SLACK_BOT_TOKEN)`,
	} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %s:\n%s", want, logs)
		}
	}
}

// TestDaemonSlackStartUp runs the daemon against a Slack stand-in: a
// refused token and a channel name Slack does not know stop it at start-up,
// and a "#name" channel is looked up so that commands from it, which carry
// its id, are answered.
func TestDaemonSlackStartUp(t *testing.T) {
	const secret = "signing-secret"
	tests := []struct {
		name     string
		auth     string // auth.test's answer
		channel  string
		wantExit int
		wantLogs string
	}{
		{"refused token", `{"ok":false,"error":"invalid_auth"}`, "C0123ABCD", 1,
			"slack: SLACK_BOT_TOKEN was refused: slack auth.test: token refused (invalid_auth)"},
		{"unknown channel name", `{"ok":true,"user":"briefbot","team":"Acme"}`, "#nope", 1,
			"b.yaml:5: channels[0]: Slack has no channel #nope that the app can see"},
		{"channel name looked up", `{"ok":true,"user":"briefbot","team":"Acme"}`, "#general", 0,
			"slack: channel found\" name=#general id=C0GENERAL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := slacktest.NewTestServer(func(c slacktest.Customize) {
				c.Handle("/auth.test", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, tt.auth) })
				c.Handle("/conversations.list", func(w http.ResponseWriter, _ *http.Request) {
					io.WriteString(w, `{"ok":true,"channels":[{"id":"C0GENERAL","name":"general"}]}`)
				})
			})
			cfg, addr := slackDaemon(t, api, secret, fmt.Sprintf("channels:\n  - platform: slack\n    channel: %q\n", tt.channel))
			if tt.wantExit != 0 {
				code, _, logs := run(t, context.Background(), "run", "-config", cfg)
				if code != tt.wantExit || !strings.Contains(logs, tt.wantLogs) {
					t.Errorf("exit %d, logs:\n%s\nwant exit %d and %q", code, logs, tt.wantExit, tt.wantLogs)
				}
				return
			}
			stop := startDaemon(t, "-config", cfg)
			waitFor(t, "http://"+addr+"/healthz")
			answer := postSlackCommand(t, "http://"+addr+"/slack/commands", secret,
				url.Values{"command": {"/feeds"}, "channel_id": {"C0GENERAL"}, "user_id": {"U1"}})
			if !strings.Contains(answer, "No feeds configured") {
				t.Errorf("/feeds from the looked-up channel: %s", answer)
			}
			if code, logs := stop(); code != 0 || !strings.Contains(logs, tt.wantLogs) {
				t.Errorf("exit %d, logs:\n%s\nwant %q", code, logs, tt.wantLogs)
			}
		})
	}
}

// slackDaemon starts the Slack stand-in api and sets up a daemon to use it,
// with a bot token and the signing secret, and more for the rest of the
// config; it returns the config's path and the daemon's address.
func slackDaemon(t *testing.T, api *slacktest.Server, secret, more string) (cfgPath, addr string) {
	t.Helper()
	api.Start()
	t.Cleanup(api.Stop)
	clearChatEnv(t)
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-test")
	t.Setenv("SLACK_SIGNING_SECRET", secret)
	addr = freeAddr(t)
	return writeFile(t, "b.yaml", fmt.Sprintf("storage: {path: %q}\nhttp: {addr: %q}\nslack: {api_url: %q}\n%s",
		filepath.Join(t.TempDir(), "b.db"), addr, api.GetAPIURL(), more)), addr
}

// postSlackCommand sends a slash command signed as Slack signs them and
// returns the answer.
func postSlackCommand(t *testing.T, endpoint, secret string, form url.Values) string {
	t.Helper()
	body := form.Encode()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req, _ := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	return string(answer)
}

// TestDaemonPollsAFeedAddedFromTheChat adds a feed with /feeds add while
// the daemon runs: the watcher polls it without a restart.
func TestDaemonPollsAFeedAddedFromTheChat(t *testing.T) {
	const secret = "signing-secret"
	feeds := httptest.NewServer(feed.SampleHandler())
	defer feeds.Close()
	sources, err := feed.SampleSources(feeds.URL)
	if err != nil {
		t.Fatal(err)
	}
	cfg, addr := slackDaemon(t, slacktest.NewTestServer(), secret, "admins: {slack: [UADMIN]}\nchannels:\n  - {platform: slack, channel: C0123ABCD}\n")
	stop := startDaemon(t, "-config", cfg)
	defer stop()
	waitFor(t, "http://"+addr+"/healthz")
	command := func(text string) string {
		return postSlackCommand(t, "http://"+addr+"/slack/commands", secret,
			url.Values{"command": {"/feeds"}, "text": {text}, "channel_id": {"C0123ABCD"}, "user_id": {"UADMIN"}})
	}
	if answer := command("add " + sources[0].URL + " sample"); !strings.Contains(answer, "Added feed sample.") {
		t.Fatalf("/feeds add: %s", answer)
	}
	deadline := time.Now().Add(10 * time.Second)
	for answer := command(""); !strings.Contains(answer, "sample — last success"); answer = command("") {
		if time.Now().After(deadline) {
			t.Fatalf("the added feed was never polled: %s", answer)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// hookStandIn poses as a Slack incoming webhook or a Discord channel
// webhook, counting the messages it receives.
type hookStandIn struct {
	mu     sync.Mutex
	bodies []string
	query  string // of the last request
	answer string
}

func (h *hookStandIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	h.bodies = append(h.bodies, string(body))
	h.query = r.URL.RawQuery
	h.mu.Unlock()
	io.WriteString(w, h.answer)
}

func (h *hookStandIn) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.bodies)
}

// TestDaemonPostsToWebhooksOnce runs the daemon with a Slack incoming
// webhook channel and a Discord webhook channel, their URLs in the
// environment: each receives the scheduled briefing through the outbox,
// once, and a restart posts nothing again.
func TestDaemonPostsToWebhooksOnce(t *testing.T) {
	slackHook := &hookStandIn{answer: "ok"}
	discordHook := &hookStandIn{answer: `{"id":"1180000000000000001","channel_id":"42"}`}
	slackSrv, discordSrv := httptest.NewServer(slackHook), httptest.NewServer(discordHook)
	defer slackSrv.Close()
	defer discordSrv.Close()
	clearChatEnv(t)
	t.Setenv("SLACK_WEBHOOK_TEST", slackSrv.URL+"/services/T000/B000/XXXX")
	t.Setenv("DISCORD_WEBHOOK_TEST", discordSrv.URL+"/api/webhooks/1/token")
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	writeConfig := func(schedule string) string {
		return writeFile(t, "b.yaml", fmt.Sprintf("storage: {path: %q}\nhttp: {addr: %q}\nchannels:\n"+
			"  - {platform: slack-webhook, webhook_env: SLACK_WEBHOOK_TEST, schedule: %q, all_quiet: true}\n"+
			"  - {platform: discord-webhook, webhook_env: DISCORD_WEBHOOK_TEST, schedule: %q, all_quiet: true}\n",
			db, freeAddr(t), schedule, schedule))
	}
	runDaemonUntil(t, writeConfig("* * * * *"), func() bool { return slackHook.count() > 0 && discordHook.count() > 0 })
	// One briefing a minute's slot; two only if the run crossed a minute.
	slackSent, discordSent := slackHook.count(), discordHook.count()
	for _, h := range []struct {
		name string
		hook *hookStandIn
		sent int
		want string
	}{
		{"slack", slackHook, slackSent, `"text":"All quiet`},
		{"discord", discordHook, discordSent, `"description":"All quiet`},
	} {
		if h.sent == 0 || h.sent > 2 || !strings.Contains(h.hook.bodies[0], h.want) {
			t.Errorf("%s webhook got %d posts, first %s; want the all-quiet briefing once", h.name, h.sent, h.hook.bodies[0])
		}
	}
	if discordHook.query != "wait=true" {
		t.Errorf("discord webhook query %q, want wait=true for the message id", discordHook.query)
	}
	started := time.Now()
	runDaemonUntil(t, writeConfig("0 0 1 1 *"), func() bool { return time.Since(started) > time.Second })
	if slackHook.count() != slackSent || discordHook.count() != discordSent {
		t.Errorf("after a restart: slack %d posts (was %d), discord %d (was %d)", slackHook.count(), slackSent, discordHook.count(), discordSent)
	}
	if sent := storedMessageIDs(t, db); !strings.Contains(sent, "discord-webhook DISCORD_WEBHOOK_TEST 1180000000000000001") {
		t.Errorf("outbox %s, want Discord's message id recorded", sent)
	}
}

// storedMessageIDs lists the outbox's sent messages as "platform channel
// message-id" lines.
func storedMessageIDs(t *testing.T, path string) string {
	t.Helper()
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var lines []string
	for id := int64(1); ; id++ {
		m, err := st.OutboxMessage(context.Background(), id)
		if errors.Is(err, storage.ErrNotFound) {
			return strings.Join(lines, "\n")
		}
		if err != nil {
			t.Fatal(err)
		}
		if m.Status == storage.OutboxSent {
			lines = append(lines, m.Platform+" "+m.Channel+" "+m.MessageID)
		}
	}
}
