package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// daemonEnv makes the test binary run main, so that the crash test can
// start the daemon as a process of its own with a real command line.
const daemonEnv = "BRIEFBOT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(daemonEnv) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// committed is a message a fake platform holds.
type committed struct {
	channel  string
	outboxID int64
	id       string // Slack ts or Discord snowflake
	at       time.Time
	// Slack only: the metadata posted, which the history gives back.
	metadata string
	// Discord only: the nonce sent, and the content and embeds posted,
	// which the listing gives back.
	nonce, content string
	embeds         []map[string]any
}

// fakePlatform holds what a fake chat platform posted, in order, and counts
// the posts it is in the middle of. Its answers come late, and it commits a
// post at a random moment before answering, whether or not the client is
// still there: a daemon killed mid-post leaves a message posted or not.
type fakePlatform struct {
	mu       sync.Mutex
	posts    []committed
	inFlight int
	seq      int
}

func (p *fakePlatform) begin() (commitAfter, answerAfter time.Duration) {
	p.mu.Lock()
	p.inFlight++
	p.mu.Unlock()
	delay := time.Duration(50+rand.IntN(350)) * time.Millisecond
	commitAfter = time.Duration(rand.Int64N(int64(delay)))
	return commitAfter, delay - commitAfter
}

func (p *fakePlatform) end() {
	p.mu.Lock()
	p.inFlight--
	p.mu.Unlock()
}

func (p *fakePlatform) commit(c committed) committed {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seq++
	c.at = time.Now()
	c.id = fmt.Sprintf("%d.%06d", c.at.Unix(), p.seq) // a Slack timestamp
	if c.nonce != "" {
		// A Discord snowflake: milliseconds since 2015, then a sequence.
		c.id = strconv.FormatUint(uint64(c.at.UnixMilli()-1420070400000)<<22|uint64(p.seq%(1<<22)), 10)
	}
	p.posts = append(p.posts, c)
	return c
}

func (p *fakePlatform) snapshot() ([]committed, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.posts), p.inFlight
}

// fakeSlack answers chat.postMessage (with 429s and lost answers now and
// then) and conversations.history with metadata, as Slack does.
func fakeSlack(p *fakePlatform) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/auth.test", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"ok":true,"user":"briefbot","team":"test"}`)
	})
	mux.HandleFunc("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if rand.IntN(20) == 0 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		commitAfter, answerAfter := p.begin()
		defer p.end()
		time.Sleep(commitAfter)
		c := p.commit(slackPost(r))
		time.Sleep(answerAfter)
		if rand.IntN(50) == 0 { // posted, but the answer is lost
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":%q}`, c.channel, c.id)
	})
	mux.HandleFunc("/conversations.history", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		oldest, _ := strconv.ParseFloat(r.PostForm.Get("oldest"), 64)
		latest, _ := strconv.ParseFloat(r.PostForm.Get("latest"), 64)
		posts, _ := p.snapshot()
		var msgs []string
		for _, c := range slices.Backward(posts) {
			ts := float64(c.at.UnixMicro()) / 1e6
			if c.channel != r.PostForm.Get("channel") || ts < oldest || ts > latest {
				continue
			}
			meta := ""
			if r.PostForm.Get("include_all_metadata") == "1" {
				meta = `,"metadata":` + c.metadata
			}
			msgs = append(msgs, fmt.Sprintf(`{"type":"message","ts":%q%s}`, c.id, meta))
		}
		fmt.Fprintf(w, `{"ok":true,"messages":[%s],"has_more":false}`, strings.Join(msgs, ","))
	})
	return mux
}

// slackPost is the message a chat.postMessage request (its form parsed)
// posts, with the outbox id of its metadata.
func slackPost(r *http.Request) committed {
	var meta struct {
		Payload struct {
			OutboxID int64 `json:"outbox_id"`
		} `json:"event_payload"`
	}
	json.Unmarshal([]byte(r.PostForm.Get("metadata")), &meta)
	return committed{channel: r.PostForm.Get("channel"), outboxID: meta.Payload.OutboxID, metadata: r.PostForm.Get("metadata")}
}

// discordNonceWindow is how long the fake Discord remembers nonces: short,
// so that the daemon's lookup by listing is tried too.
const discordNonceWindow = 2 * time.Second

// fakeDiscord answers message creation (honouring enforce_nonce within its
// window, with 429s now and then) and channel message listing.
func fakeDiscord(p *fakePlatform) http.Handler {
	api := "/api/v" + discordgo.APIVersion
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api+"/users/@me", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"id":"BOT","username":"briefbot"}`)
	})
	mux.HandleFunc("PUT "+api+"/applications/APP/commands", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "[]") })
	mux.HandleFunc("POST "+api+"/channels/{channel}/messages", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		var msg struct {
			Content      string           `json:"content"`
			Embeds       []map[string]any `json:"embeds"`
			Nonce        string           `json:"nonce"`
			EnforceNonce bool             `json:"enforce_nonce"`
		}
		json.NewDecoder(r.Body).Decode(&msg)
		if rand.IntN(20) == 0 {
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.3,"global":false}`)
			return
		}
		answer := func(c committed) {
			fmt.Fprintf(w, `{"id":%q,"channel_id":%q,"author":{"id":"BOT"},"nonce":%q}`, c.id, c.channel, c.nonce)
		}
		commitAfter, answerAfter := p.begin()
		defer p.end()
		time.Sleep(commitAfter)
		posts, _ := p.snapshot()
		for _, c := range posts {
			if msg.EnforceNonce && c.nonce == msg.Nonce && time.Since(c.at) < discordNonceWindow {
				answer(c) // Discord returns the message it already has
				return
			}
		}
		id, _, _ := strings.Cut(strings.TrimPrefix(msg.Nonce, "bb"), "-")
		outboxID, _ := strconv.ParseInt(id, 10, 64)
		c := p.commit(committed{channel: r.PathValue("channel"), outboxID: outboxID, nonce: msg.Nonce,
			content: msg.Content, embeds: msg.Embeds})
		time.Sleep(answerAfter)
		answer(c)
	})
	mux.HandleFunc("GET "+api+"/channels/{channel}/messages", func(w http.ResponseWriter, r *http.Request) {
		after, _ := strconv.ParseUint(r.URL.Query().Get("after"), 10, 64)
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		posts, _ := p.snapshot()
		var page []map[string]any
		for _, c := range posts {
			id, _ := strconv.ParseUint(c.id, 10, 64)
			if c.channel != r.PathValue("channel") || id <= after || len(page) == limit {
				continue
			}
			// Discord keeps no nonce, and gives embeds back its own way.
			page = append(page, map[string]any{"id": c.id, "channel_id": c.channel, "author": map[string]string{"id": "BOT"},
				"timestamp": c.at.Format(time.RFC3339Nano), "content": c.content, "embeds": asListed(c.embeds)})
		}
		json.NewEncoder(w).Encode(page)
	})
	return mux
}

// asListed is embeds as Discord lists them: typed, with timestamps written
// "+00:00".
func asListed(embeds []map[string]any) []map[string]any {
	out := make([]map[string]any, len(embeds))
	for i, e := range embeds {
		out[i] = map[string]any{"type": "rich"}
		for k, v := range e {
			out[i][k] = v
		}
		if ts, ok := e["timestamp"].(string); ok {
			if t, err := time.Parse(time.RFC3339, ts); err == nil {
				out[i]["timestamp"] = t.UTC().Format("2006-01-02T15:04:05.000000+00:00")
			}
		}
	}
	return out
}

// seedBody is part of a seeded briefing as the scheduler stores it: a
// Block Kit or an embeds message. A Discord briefing's later parts share
// their title, mention and empty description, as the renderer's do, so that
// a lookup after a crash must tell them apart by their fields.
func seedBody(platform string, b, part int) string {
	line := fmt.Sprintf("• briefing %d, part %d", b, part)
	title := "Briefing"
	if part > 0 {
		title += " (continued)"
	}
	if platform == "slack" {
		return briefing.Message{Text: fmt.Sprintf("<!here> %s %d", title, b), Blocks: []briefing.SlackBlock{
			{Type: "header", Text: &briefing.SlackText{Type: "plain_text", Text: title}},
			{Type: "section", Text: &briefing.SlackText{Type: "mrkdwn", Text: line}},
		}}.Encode()
	}
	e := briefing.DiscordEmbed{Title: title, Color: 0xC0392B, Timestamp: "2026-11-25T08:00:00Z",
		Fields: []briefing.DiscordField{{Name: "\u200b", Value: line}}}
	if part == 0 {
		e.Description = fmt.Sprintf("Top: briefing %d", b)
	}
	return briefing.Message{Text: "<@&1>", Embeds: []briefing.DiscordEmbed{e}}.Encode()
}

// TestKill9 runs the daemon as a process of its own against a slow fake
// Slack and a slow fake Discord, kills it with SIGKILL at random moments,
// restarts it, and finally lets it drain the outbox: every message must be
// on its platform exactly once, and the parts of each briefing in order.
// BRIEFBOT_KILL_CYCLES sets the number of kills (20 by default).
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("the kill -9 loop runs the daemon many times")
	}
	cycles := 20
	if v := os.Getenv("BRIEFBOT_KILL_CYCLES"); v != "" {
		var err error
		if cycles, err = strconv.Atoi(v); err != nil {
			t.Fatalf("BRIEFBOT_KILL_CYCLES=%q: %v", v, err)
		}
	}
	slackPosts, discordPosts := &fakePlatform{}, &fakePlatform{}
	slackAPI := httptest.NewServer(fakeSlack(slackPosts))
	defer slackAPI.Close()
	discordAPI := httptest.NewServer(fakeDiscord(discordPosts))
	defer discordAPI.Close()

	dir := t.TempDir()
	db := filepath.Join(dir, "briefbot.db")
	addr := freeAddr(t)
	// Every channel is briefed each minute (all quiet: there are no feeds),
	// or, for the last run, not at all.
	storageCfg := fmt.Sprintf("{path: %q}", db)
	scheduled := daemonConfig(t, dir, "briefbot.yaml", storageCfg, addr, slackAPI.URL, discordAPI.URL, nil, "* * * * *")
	unscheduled := daemonConfig(t, dir, "drain.yaml", storageCfg, addr, slackAPI.URL, discordAPI.URL, nil, "")

	// Seed the outbox with three-part briefings, as if composed before, in
	// the platforms' layouts.
	st, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	seedOutbox(t, st, cycles)
	st.Close()

	logOf := func(i int) string { return logTail(dir, i) }
	start := func(i int, cfgPath string) *exec.Cmd { return startProcess(t, dir, i, cfgPath) }
	midPost := 0
	for i := range cycles {
		cmd := start(i, scheduled)
		time.Sleep(time.Duration(200+rand.IntN(1300)) * time.Millisecond)
		_, sInFlight := slackPosts.snapshot()
		_, dInFlight := discordPosts.snapshot()
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); cmd.ProcessState.ExitCode() != -1 {
			t.Fatalf("cycle %d: the daemon exited by itself (%v) before it was killed:\n%s", i, err, logOf(i))
		}
		if sInFlight+dInFlight > 0 {
			midPost++
		}
	}

	// A last run, with no new briefings, drains the outbox and stops as
	// systemd would stop it.
	cmd := start(cycles, unscheduled)
	deadline := time.Now().Add(2 * time.Minute)
	for !drained(t, addr) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the outbox was not drained in 2 minutes; the last run's log:\n%s", logOf(cycles))
		}
		time.Sleep(200 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("the last run did not stop cleanly: %v", err)
	}

	st, err = storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	msgs, err := st.OutboxMessages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sPosts, _ := slackPosts.snapshot()
	dPosts, _ := discordPosts.snapshot()
	doubles, lost := checkExactlyOnce(t, msgs, append(sPosts, dPosts...))
	t.Logf("kill -9 loop: %d cycles, %d kills during a post, %d messages: %d double posts, %d lost",
		cycles, midPost, len(msgs), doubles, lost)
}

// testChannels are the channels the daemon tests brief.
var testChannels = []struct{ platform, id string }{
	{"slack", "C0000001"}, {"slack", "C0000002"}, {"slack", "C0000003"},
	{"discord", "100000000000000001"}, {"discord", "100000000000000002"}, {"discord", "100000000000000003"},
}

// daemonConfig writes a test daemon's config to dir/name: storage (a flow
// mapping), http on addr, the fake platforms with a post timeout of a
// second, feedURLs polled every 10 minutes, and testChannels briefed on
// schedule ("" for none), all quiet when nothing happened.
func daemonConfig(t *testing.T, dir, name, storage, addr, slackURL, discordURL string, feedURLs []string, schedule string) string {
	t.Helper()
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "storage: %s\nhttp: {addr: %q}\nslack: {api_url: %q}\ndiscord: {api_url: %q}\n",
		storage, addr, slackURL+"/", discordURL)
	cfg.WriteString("delivery: {post_timeout: 1s}\nfeeds:\n")
	for i, u := range feedURLs {
		fmt.Fprintf(&cfg, "  - {name: feed-%d, url: %q, interval: 10m}\n", i, u)
	}
	cfg.WriteString("channels:\n")
	for _, ch := range testChannels {
		fmt.Fprintf(&cfg, "  - {platform: %s, channel: %q, schedule: %q, window: 1m, all_quiet: true}\n", ch.platform, ch.id, schedule)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(cfg.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// seedOutbox stores briefings three-part briefings in the outbox, as if
// composed before, spread over testChannels, in the platforms' layouts.
func seedOutbox(t *testing.T, st *storage.Store, briefings int) {
	t.Helper()
	for b := range briefings {
		ch := testChannels[b%len(testChannels)]
		key := fmt.Sprintf("seed:%d", b)
		var msgs []storage.OutboxMessage
		for part := range 3 {
			msgs = append(msgs, storage.OutboxMessage{Platform: ch.platform, Channel: ch.id, Briefing: key, Part: part,
				DedupKey: fmt.Sprintf("%s#%d", key, part), Body: seedBody(ch.platform, b, part)})
		}
		if _, err := st.Enqueue(context.Background(), msgs); err != nil {
			t.Fatal(err)
		}
	}
}

// daemonCreds are the chat platforms' credentials the test daemons run with.
var daemonCreds = []string{"SLACK_BOT_TOKEN=xoxb-test", "SLACK_APP_TOKEN=",
	"DISCORD_BOT_TOKEN=test", "DISCORD_APP_ID=APP", "DISCORD_PUBLIC_KEY=", "SLACK_SIGNING_SECRET="}

// startProcess starts "briefbot run -config cfgPath" as a process of its
// own, the i-th of the test, logging to a file of dir (see logTail), with
// the test credentials and env added to the environment.
func startProcess(t *testing.T, dir string, i int, cfgPath string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "run", "-config", cfgPath)
	logFile, err := os.Create(filepath.Join(dir, fmt.Sprintf("daemon-%03d.log", i)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logFile.Close() })
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Env = append(append(append(os.Environ(), daemonEnv+"=1"), daemonCreds...), env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// logTail is the end of the i-th daemon's log.
func logTail(dir string, i int) string {
	logs, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("daemon-%03d.log", i)))
	return string(logs[max(0, len(logs)-8000):])
}

// checkExactlyOnce checks that each outbox message is on its platform
// exactly once, recorded as sent with the id the platform gave it, and that
// each briefing's parts reached their channel in order. It returns the
// double posts and the messages lost.
func checkExactlyOnce(t *testing.T, msgs []storage.OutboxMessage, posts []committed) (doubles, lost int) {
	t.Helper()
	for _, m := range msgs {
		var ids []string
		for _, c := range posts {
			if c.outboxID == m.ID {
				ids = append(ids, c.id)
			}
		}
		switch {
		case len(ids) > 1:
			doubles += len(ids) - 1
			t.Errorf("message %d (%s/%s %s) posted %d times", m.ID, m.Platform, m.Channel, m.DedupKey, len(ids))
		case len(ids) == 0:
			lost++
			t.Errorf("message %d (%s/%s %s) never posted; status %s, %s", m.ID, m.Platform, m.Channel, m.DedupKey, m.Status, m.LastError)
		case m.Status != storage.OutboxSent || m.MessageID != ids[0]:
			t.Errorf("message %d posted as %s but stored %s with id %q", m.ID, ids[0], m.Status, m.MessageID)
		}
	}
	part := map[int64]storage.OutboxMessage{}
	for _, m := range msgs {
		part[m.ID] = m
	}
	seen := map[string]int{} // briefing -> last part posted
	for _, c := range posts {
		m := part[c.outboxID]
		k := m.Platform + "/" + m.Channel + "/" + m.Briefing
		if last, ok := seen[k]; ok && m.Part < last {
			t.Errorf("%s: part %d posted after part %d", k, m.Part, last)
		}
		seen[k] = m.Part
	}
	return doubles, lost
}

// drained asks the daemon's /healthz whether its outbox holds nothing
// unsent.
func drained(t *testing.T, addr string) bool {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		return false // not listening yet
	}
	defer resp.Body.Close()
	var rep struct {
		Outbox struct {
			ByStatus map[string]int `json:"by_status"`
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		return false
	}
	return rep.Outbox.ByStatus != nil && rep.Outbox.ByStatus[storage.OutboxPending]+rep.Outbox.ByStatus[storage.OutboxInFlight] == 0
}
