package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestDaemonListensFirst takes http.addr before the daemon starts: it
// fails at once, and has not even created its database.
func TestDaemonListensFirst(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "briefbot.db")
	cfg := filepath.Join(dir, "briefbot.yaml")
	if err := os.WriteFile(cfg, fmt.Appendf(nil, "storage: {path: %q}\nhttp: {addr: %q}\n", db, taken.Addr()), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, context.Background(), "run", "-config", cfg)
	if code != 1 || !strings.Contains(errOut, "listen on http.addr") {
		t.Errorf("exit %d, stderr %q; want a listen error", code, errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("the database exists (%v): the daemon started before it could listen", err)
	}
}

// trickle sends a slash command whose body comes one byte every three
// seconds, and reports when the daemon answered or dropped it.
func trickle(addr string, done func(answer string)) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		done("dial: " + err.Error())
		return
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /slack/commands HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60\r\n\r\n")
	answered := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(io.LimitReader(c, 12))
		answered <- string(b)
	}()
	for {
		if _, err := c.Write([]byte("x")); err != nil {
			done(<-answered)
			return
		}
		select {
		case a := <-answered:
			done(a)
			return
		case <-time.After(3 * time.Second):
		}
	}
}

// TestDaemonCutsSlowClients trickles 300 request bodies at the daemon:
// those beyond the cap on unverified requests are refused at once, the
// others cut within seconds, and shutdown meanwhile stays within its grace.
func TestDaemonCutsSlowClients(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the body deadline")
	}
	cfg, addr := slashCommandDaemon(t, "secret")
	stop := startDaemon(t, "-config", cfg)
	waitFor(t, "http://"+addr+"/healthz")

	const clients = 300
	var (
		mu      sync.Mutex
		answers = map[string]int{}
		slowest time.Duration
		wg      sync.WaitGroup
	)
	for range clients {
		wg.Go(func() {
			began := time.Now()
			trickle(addr, func(answer string) {
				mu.Lock()
				defer mu.Unlock()
				answers[answer]++
				slowest = max(slowest, time.Since(began))
			})
		})
	}
	time.Sleep(time.Second)
	stopped := time.Now()
	if code, logs := stop(); code != 0 {
		t.Fatalf("exit %d: %s", code, logs)
	}
	shutdown := time.Since(stopped)
	if shutdown > httpGrace+time.Second {
		t.Errorf("shutdown took %s, longer than its grace of %s", shutdown, httpGrace)
	}
	wg.Wait()
	t.Logf("%d slow clients: answers %v, the slowest cut after %s; shutdown took %s", clients, answers, slowest.Round(time.Millisecond), shutdown.Round(time.Millisecond))
	if answers["HTTP/1.1 503"] < clients-64 || answers["HTTP/1.1 408"] == 0 {
		t.Errorf("answers %v, want 503 for those beyond the cap and 408 for the rest", answers)
	}
	if slowest > 8*time.Second {
		t.Errorf("a trickled body held its connection for %s", slowest)
	}
}

// TestReplayRefusedAcrossRestarts sends a signed slash command to the
// daemon, restarts it, and sends the same request again, its signature's
// hex in upper case: refused, the guard being in the database.
func TestReplayRefusedAcrossRestarts(t *testing.T) {
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	cfg, addr := slashCommandDaemon(t, secret)
	body := "command=%2Fwho&text=IRN&channel_id=C1&user_id=U1"
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	sig := hex.EncodeToString(mac.Sum(nil))
	post := func(sig string) int {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/commands", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", "v0="+sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for i, tc := range []struct {
		sig  string
		want int
	}{{sig, http.StatusOK}, {strings.ToUpper(sig), http.StatusUnauthorized}} {
		stop := startDaemon(t, "-config", cfg)
		waitFor(t, "http://"+addr+"/healthz")
		if got := post(tc.sig); got != tc.want {
			t.Errorf("run %d: status %d, want %d", i+1, got, tc.want)
		}
		stop()
	}
}

// slashCommandDaemon writes the config of a daemon that takes Slack slash
// commands over HTTP, signed with secret, and returns it and its address.
func slashCommandDaemon(t *testing.T, secret string) (cfg, addr string) {
	t.Helper()
	dir := t.TempDir()
	addr = freeAddr(t)
	cfg = filepath.Join(dir, "briefbot.yaml")
	if err := os.WriteFile(cfg, fmt.Appendf(nil, "storage: {path: %q}\nhttp: {addr: %q}\n", filepath.Join(dir, "b.db"), addr), 0o600); err != nil {
		t.Fatal(err)
	}
	for env, v := range map[string]string{"SLACK_SIGNING_SECRET": secret, "SLACK_BOT_TOKEN": "", "SLACK_APP_TOKEN": "",
		"DISCORD_BOT_TOKEN": "", "DISCORD_PUBLIC_KEY": ""} {
		t.Setenv(env, v)
	}
	return cfg, addr
}
