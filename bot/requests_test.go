package bot

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"
)

// TestReplayRefusedAfterRestart runs two Slack adapters over one replay
// store, as two processes over one database: the second refuses what the
// first accepted.
func TestReplayRefusedAfterRestart(t *testing.T) {
	replays := &memoryReplays{seen: map[string]time.Time{}}
	newSlack := func() *Slack {
		r, _ := newTestRouter(&fakeStore{devs: testDevelopments()})
		return NewSlack(r, SlackOptions{SigningSecret: testSigningSecret, Replays: replays, Logger: slog.New(slog.DiscardHandler)})
	}
	now := time.Now()
	for i, want := range []int{http.StatusOK, http.StatusUnauthorized} {
		rec := httptest.NewRecorder()
		newSlack().ServeHTTP(rec, signSlack(testSigningSecret, now, slashForm("tehran")))
		if rec.Code != want {
			t.Errorf("process %d: status %d, want %d", i+1, rec.Code, want)
		}
	}
}

// slowBody opens a connection to addr and sends a chat request whose body
// never comes, and returns the connection.
func slowBody(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST /slack/commands HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nc")
	return c
}

func TestSlowBodyIsCutOff(t *testing.T) {
	srv := httptest.NewServer(handler(newTestSlack(t, nil, ""), nil, 4, 200*time.Millisecond))
	t.Cleanup(srv.Close)
	c := slowBody(t, srv.Listener.Addr().String())
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	answer, err := io.ReadAll(io.LimitReader(c, 12))
	if err != nil || string(answer) != "HTTP/1.1 408" {
		t.Errorf("answer to a body that never comes = %q, %v; want 408", answer, err)
	}
}

func TestConcurrentRequestsAreCapped(t *testing.T) {
	h := handler(newTestSlack(t, nil, ""), nil, 2, time.Minute)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close) // after the slow connections are closed
	addr := srv.Listener.Addr().String()
	slowBody(t, addr)
	slowBody(t, addr)
	// Both slots are taken by bodies still on their way: the next request
	// is turned away at once, before anything is read or checked.
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.PostForm(srv.URL+"/slack/commands", url.Values{"text": {"x"}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusServiceUnavailable {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status %d with every slot taken, want 503", resp.StatusCode)
		}
		time.Sleep(10 * time.Millisecond) // the slow requests may not have been read yet
	}
}
