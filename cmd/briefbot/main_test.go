package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// run runs briefbot in memory and returns its exit code, stdout and stderr.
func run(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runMain(ctx, args, stdio{in: strings.NewReader(""), out: &out, err: &errOut})
	return code, out.String(), errOut.String()
}

func TestHelpListsEveryCommand(t *testing.T) {
	code, out, _ := run(t, context.Background(), "help")
	if code != 0 {
		t.Fatalf("help exit code %d", code)
	}
	for _, c := range commands {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %q:\n%s", c.name, out)
		}
	}
}

func TestUnknownCommandIsAUsageError(t *testing.T) {
	code, _, errOut := run(t, context.Background(), "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands {
		if c.name == "help" {
			continue
		}
		code, _, errOut := run(t, context.Background(), c.name, "-h")
		if code != 0 || !strings.Contains(errOut, "usage: briefbot "+c.name) {
			t.Errorf("%s -h: exit %d, stderr %q", c.name, code, errOut)
		}
	}
}

func TestDemoRunsThePipeline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errOut := run(t, context.Background(), "demo", "-db", db)
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Fetched 7 feeds",
		"The briefing a Karachi channel would get",
		"PKT",
		"$ briefbot who jaish-al-adl",
		"Jaish al-Adl (jaish-al-adl)",
		"$ briefbot dyad IRN PAK",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	stats := storedStats(t, db)
	if stats.Articles < 60 || stats.Events == 0 || stats.Clusters >= stats.Articles || stats.Developments == 0 || stats.Developments >= stats.Events {
		t.Errorf("demo stored %+v; want ~67 articles in fewer clusters, with events merged into fewer developments", stats)
	}
}

// TestDaemonServesAndShutsDown runs the daemon against a loopback feed
// server, checks its health and metrics endpoints, then stops it the way
// SIGTERM does and checks that the polled articles were stored.
func TestDaemonServesAndShutsDown(t *testing.T) {
	feeds := httptest.NewServer(feed.SampleHandler())
	defer feeds.Close()
	sources, err := feed.SampleSources(feeds.URL)
	if err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "briefbot.db")
	cfg := fmt.Sprintf("storage:\n  path: %s\nhttp:\n  addr: %s\nfeeds:\n  - name: %s\n    url: %s\n    interval: 1h\nchannels:\n  - platform: console\n    schedule: \"0 8 * * *\"\n",
		db, addr, sources[0].Name, sources[0].URL)
	cfgPath := filepath.Join(dir, "briefbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, env := range []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_BOT_TOKEN"} {
		t.Setenv(env, "")
	}

	// Other tests in this process poll feeds too, so wait for the count to
	// grow rather than to appear.
	polled := testutil.ToFloat64(metrics.FeedPolls.WithLabelValues("ok"))
	stop := startDaemon(t, "-config", cfgPath)
	var health struct{ Status string }
	if err := json.Unmarshal([]byte(waitFor(t, "http://"+addr+"/healthz")), &health); err != nil || health.Status != "ok" {
		t.Errorf("/healthz = %+v, %v; want status ok", health, err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for testutil.ToFloat64(metrics.FeedPolls.WithLabelValues("ok")) <= polled {
		if time.Now().After(deadline) {
			t.Fatal("the daemon never polled its feed")
		}
		time.Sleep(50 * time.Millisecond)
	}
	m := get(t, "http://"+addr+"/metrics")
	for _, want := range []string{`briefbot_feed_polls_total{result="ok"}`, `briefbot_build_info{commit="",go_version="go1.`} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if code, logs := stop(); code != 0 {
		t.Fatalf("run exit %d: %s", code, logs)
	}
	stats := storedStats(t, db)
	if stats.Articles == 0 {
		t.Errorf("no articles stored after the daemon polled %s", sources[0].Name)
	}
}

// storedStats counts what the database at path holds.
func storedStats(t *testing.T, path string) storage.Stats {
	t.Helper()
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// TestDaemonPostsToSlackOnce runs the daemon with a Slack token against a
// slacktest server: the scheduled briefing reaches Slack through the outbox,
// and a restart does not post it again.
func TestDaemonPostsToSlackOnce(t *testing.T) {
	var mu sync.Mutex
	var posts []url.Values
	slackAPI := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			mu.Lock()
			posts = append(posts, r.PostForm)
			mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1764061200.000100"}`, r.PostForm.Get("channel"))
		})
	})
	slackAPI.Start()
	defer slackAPI.Stop()
	postCount := func() int { mu.Lock(); defer mu.Unlock(); return len(posts) }

	dir := t.TempDir()
	db := filepath.Join(dir, "briefbot.db")
	writeConfig := func(schedule string) string {
		cfg := fmt.Sprintf("storage:\n  path: %s\nhttp:\n  addr: %s\nslack:\n  api_url: %s\nchannels:\n  - platform: slack\n    channel: C0123456\n    schedule: %q\n    all_quiet: true\n",
			db, freeAddr(t), slackAPI.GetAPIURL(), schedule)
		path := filepath.Join(dir, "briefbot.yaml")
		if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-test")
	t.Setenv("SLACK_APP_TOKEN", "")
	t.Setenv("DISCORD_BOT_TOKEN", "")
	// The previous minute's slot is caught up at once.
	runDaemonUntil(t, writeConfig("* * * * *"), func() bool { return postCount() > 0 })
	// One briefing a minute's slot; two only if the run crossed a minute.
	sent := postCount()
	if sent == 0 || sent > 2 {
		t.Fatalf("%d posts to Slack, want the all-quiet briefing of this minute", sent)
	}
	if got := posts[0].Get("channel"); got != "C0123456" || !strings.Contains(posts[0].Get("text"), "All quiet") {
		t.Errorf("posted %v, want the all-quiet line in C0123456", posts[0])
	}
	// A restart delivers what the outbox holds unsent: nothing.
	started := time.Now()
	runDaemonUntil(t, writeConfig("0 0 1 1 *"), func() bool { return time.Since(started) > time.Second })
	if postCount() != sent {
		t.Errorf("after a restart, %d posts, was %d: a briefing was posted again", postCount(), sent)
	}
}

// startDaemon runs "briefbot run" with args until the returned stop is
// called; stop returns its exit code and what it logged.
func startDaemon(t *testing.T, args ...string) (stop func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var errOut syncBuffer
	go func() {
		done <- runMain(ctx, append([]string{"run"}, args...), stdio{in: strings.NewReader(""), out: io.Discard, err: &errOut})
	}()
	return func() (int, string) {
		cancel()
		select {
		case code := <-done:
			return code, errOut.String()
		case <-time.After(15 * time.Second):
			t.Fatal("the daemon did not stop")
			return 0, ""
		}
	}
}

// runDaemonUntil runs the daemon on cfgPath until done says so, or 10
// seconds, and checks that it stops cleanly.
func runDaemonUntil(t *testing.T, cfgPath string, done func() bool) {
	t.Helper()
	stop := startDaemon(t, "-config", cfgPath)
	deadline := time.Now().Add(10 * time.Second)
	for !done() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if code, logs := stop(); code != 0 {
		t.Fatalf("run exit %d: %s", code, logs)
	}
}

// syncBuffer is a bytes.Buffer safe for the daemon's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitFor polls url until it answers, and returns the body.
func waitFor(t *testing.T, url string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return string(body)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never answered: %v", url, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}
