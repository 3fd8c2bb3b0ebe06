package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/internal/pgtest"
	"github.com/briefbot/briefbot/storage"
)

// seededPostgres opens a store on a Postgres schema of the test's own,
// closed at cleanup, with briefings in its outbox (seedOutbox), and
// returns the schema's URL with it. The test skips without Postgres.
func seededPostgres(t *testing.T, briefings int) (dsn string, st *storage.Store) {
	t.Helper()
	dsn = pgtest.DSN(t)
	st, err := storage.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	seedOutbox(t, st, briefings)
	return dsn, st
}

// feedServer serves n RSS feeds at /feed/0 .. /feed/n-1, each with news
// the coder finds events in, and counts each feed's fetches.
type feedServer struct {
	*httptest.Server
	mu      sync.Mutex
	fetches map[string]int
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{fetches: map[string]int{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		fs.fetches[r.URL.Path]++
		fs.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		n := strings.TrimPrefix(r.URL.Path, "/feed/")
		day := time.Now().UTC().Format(time.RFC1123Z)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire %s</title>
<item><title>Iran accuses Pakistan of sheltering militants</title><link>https://wire%s.test/1</link>
<description>Iran accused Pakistan on Tuesday of sheltering militants who attacked a border post.</description><pubDate>%s</pubDate></item>
<item><title>Pakistan denies the charge</title><link>https://wire%s.test/2</link>
<description>Pakistan denied the accusation and called for talks.</description><pubDate>%s</pubDate></item>
</channel></rss>`, n, n, day, n, day)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) urls(n int) []string {
	urls := make([]string, n)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/feed/%d", fs.URL, i)
	}
	return urls
}

func (fs *feedServer) counts() map[string]int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	out := make(map[string]int, len(fs.fetches))
	for k, v := range fs.fetches {
		out[k] = v
	}
	return out
}

// TestThreeReplicas runs three daemons, each a process of its own, on one
// Postgres database, against a fake Slack and a fake Discord (slow, with
// 429s and lost answers) and a fake feed server. The outbox holds
// briefings composed before, and every channel is briefed every minute.
// Every message must be posted exactly once, the parts of each briefing in
// order; each channel's slot briefed once; each feed fetched once in its
// 10-minute interval; and the replicas must have shared the posts and the
// feeds.
func TestThreeReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("three daemons run for up to a minute and a half")
	}
	ctx := context.Background()
	slackPosts, discordPosts := &fakePlatform{}, &fakePlatform{}
	slackAPI := httptest.NewServer(fakeSlack(slackPosts))
	defer slackAPI.Close()
	discordAPI := httptest.NewServer(fakeDiscord(discordPosts))
	defer discordAPI.Close()
	feeds := newFeedServer(t)
	const numFeeds = 6

	dsn, st := seededPostgres(t, 24)

	dir := t.TempDir()
	var (
		addrs []string
		cmds  []*exec.Cmd
	)
	for i := range 3 {
		addrs = append(addrs, freeAddr(t))
		cfg := daemonConfig(t, dir, fmt.Sprintf("replica-%d.yaml", i), "{driver: postgres}", addrs[i], slackAPI.URL, discordAPI.URL, feeds.urls(numFeeds), "* * * * *")
		cmds = append(cmds, startProcess(t, dir, i, cfg, config.EnvDatabaseURL+"="+dsn))
	}
	// Wait for what the test checks, not for a clock time: a replica that
	// starts after a minute boundary catches up that minute's slot, so its
	// "next" slot is a minute later than the start suggests, and a slow
	// machine may compose a slot's briefing seconds after it falls due.
	deadline := time.Now().Add(3 * time.Minute)
	for !everyChannelBriefedTwice(t, st) || !drained(t, addrs[0]) {
		if time.Now().After(deadline) {
			for _, c := range cmds {
				c.Process.Kill()
			}
			t.Fatalf("after 3 minutes, the channels' second slots were not briefed or the outbox not drained; replica 0's log:\n%s", logTail(dir, 0))
		}
		time.Sleep(200 * time.Millisecond)
	}
	for i, c := range cmds {
		c.Process.Signal(syscall.SIGTERM)
		if err := c.Wait(); err != nil {
			t.Errorf("replica %d did not stop cleanly (%v):\n%s", i, err, logTail(dir, i))
		}
	}

	msgs, err := st.OutboxMessages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sPosts, _ := slackPosts.snapshot()
	dPosts, _ := discordPosts.snapshot()
	doubles, lost := checkExactlyOnce(t, msgs, append(sPosts, dPosts...))

	// Each channel's slots: one briefing each (the dedup keys are unique per
	// slot and window), at least the one caught up at start and the next.
	slots := slotBriefings(msgs)
	owners := map[string]int{}
	for _, m := range msgs {
		owners[m.LeaseOwner]++
	}
	for _, ch := range testChannels {
		if n := slots[ch.platform+"/"+ch.id]; n < 2 {
			t.Errorf("%s/%s: %d slots briefed, want the one caught up at start and the next minute's", ch.platform, ch.id, n)
		}
	}
	if len(owners) < 2 {
		t.Errorf("the messages were posted by %d replica(s), want them shared: %v", len(owners), owners)
	}

	fetches := feeds.counts()
	for _, u := range feeds.urls(numFeeds) {
		path := strings.TrimPrefix(u, feeds.URL)
		if fetches[path] != 1 {
			t.Errorf("%s fetched %d times in its interval, want once", path, fetches[path])
		}
	}
	polled, err := st.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pollers := map[string]bool{}
	for _, f := range polled {
		pollers[f.LeaseOwner] = true
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 2*numFeeds || stats.Events == 0 {
		t.Errorf("stored %d articles and %d events, want each feed's 2 articles and their events", stats.Articles, stats.Events)
	}
	t.Logf("three replicas: %d messages (%d slot briefings) posted by %d replicas, %d double posts, %d lost; %d feeds fetched once each by %d replicas; %d articles, %d events",
		len(msgs), countSlots(slots), len(owners), doubles, lost, numFeeds, len(pollers), stats.Articles, stats.Events)
}

// everyChannelBriefedTwice tells whether the outbox holds at least two
// slot briefings for each test channel: the one caught up at start and the
// next minute's.
func everyChannelBriefedTwice(t *testing.T, st *storage.Store) bool {
	t.Helper()
	msgs, err := st.OutboxMessages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	slots := slotBriefings(msgs)
	for _, ch := range testChannels {
		if slots[ch.platform+"/"+ch.id] < 2 {
			return false
		}
	}
	return true
}

// slotBriefings counts the scheduled briefings in the outbox per
// platform/channel.
func slotBriefings(msgs []storage.OutboxMessage) map[string]int {
	slots := map[string]int{}
	for _, m := range msgs {
		if strings.HasPrefix(m.Briefing, "briefing:") {
			slots[m.Platform+"/"+m.Channel]++
		}
	}
	return slots
}

func countSlots(slots map[string]int) int {
	n := 0
	for _, v := range slots {
		n += v
	}
	return n
}

// TestReplicaTakesOver kills a replica with SIGKILL in the middle of a post
// that the platform has committed: the message stays in flight under the
// dead replica's lease. A second replica, started then, posts the other
// messages at once, leaves that one alone while the lease lasts, and then
// looks it up on the platform, finds it, and records it sent: it is on the
// platform once.
func TestReplicaTakesOver(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for a lease to run out")
	}
	ctx := context.Background()
	slackPosts, discordPosts := &fakePlatform{}, &fakePlatform{}
	inner := fakeSlack(slackPosts)
	var hung atomic.Bool
	hanging := make(chan struct{})
	// The first post to the first channel is committed, and its answer
	// never comes: the replica waits on it until it is killed.
	slackAPI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chat.postMessage" {
			r.ParseForm()
			if r.PostForm.Get("channel") == testChannels[0].id && hung.CompareAndSwap(false, true) {
				slackPosts.commit(slackPost(r))
				close(hanging)
				<-r.Context().Done()
				return
			}
		}
		inner.ServeHTTP(w, r)
	}))
	defer slackAPI.Close()
	discordAPI := httptest.NewServer(fakeDiscord(discordPosts))
	defer discordAPI.Close()

	dsn, st := seededPostgres(t, 6)

	dir := t.TempDir()
	addrA, addrB := freeAddr(t), freeAddr(t)
	env := config.EnvDatabaseURL + "=" + dsn
	a := startProcess(t, dir, 0, daemonConfig(t, dir, "a.yaml", "{driver: postgres}", addrA, slackAPI.URL, discordAPI.URL, nil, ""), env)
	select {
	case <-hanging:
	case <-time.After(30 * time.Second):
		a.Process.Kill()
		t.Fatalf("replica A never posted to %s:\n%s", testChannels[0].id, logTail(dir, 0))
	}
	// Killed before its post times out, A still holds the lease.
	if err := a.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	a.Wait()
	killed := time.Now()
	b := startProcess(t, dir, 1, daemonConfig(t, dir, "b.yaml", "{driver: postgres}", addrB, slackAPI.URL, discordAPI.URL, nil, ""), env)
	defer func() {
		b.Process.Signal(syscall.SIGTERM)
		b.Wait()
	}()

	var stuck storage.OutboxMessage
	msgs, err := st.OutboxMessages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		if m.Status == storage.OutboxInFlight && m.Channel == testChannels[0].id {
			stuck = m
		}
	}
	if stuck.ID == 0 || stuck.LeaseUntil.Before(killed) {
		t.Fatalf("no message in flight under a live lease at the kill: %+v", msgs)
	}
	deadline := time.Now().Add(time.Minute)
	for !drained(t, addrB) {
		if time.Now().After(deadline) {
			t.Fatalf("B did not drain the outbox within a minute:\n%s", logTail(dir, 1))
		}
		time.Sleep(100 * time.Millisecond)
	}
	done := time.Now()
	after, err := st.OutboxMessage(ctx, stuck.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.SentAt.Before(stuck.LeaseUntil) {
		t.Errorf("the message was taken over at %s, before A's lease ended at %s", after.SentAt, stuck.LeaseUntil)
	}
	msgs, err = st.OutboxMessages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sPosts, _ := slackPosts.snapshot()
	dPosts, _ := discordPosts.snapshot()
	doubles, lost := checkExactlyOnce(t, msgs, append(sPosts, dPosts...))
	if !strings.Contains(logTail(dir, 1), "message found posted after an interrupted attempt") {
		t.Errorf("B's log does not say it found the interrupted post:\n%s", logTail(dir, 1))
	}
	t.Logf("takeover: A killed mid-post with its lease until %s later; B recorded the message sent %s after the kill; %d messages, %d double posts, %d lost",
		stuck.LeaseUntil.Sub(killed).Round(time.Millisecond), done.Sub(killed).Round(time.Millisecond), len(msgs), doubles, lost)
}
