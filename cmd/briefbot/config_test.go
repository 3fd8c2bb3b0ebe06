package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestEmptyConfigFlagIsAnError(t *testing.T) {
	for _, args := range [][]string{
		{"run", "-config="},
		{"run", "-config", ""},
		{"fetch", "-config="},
		{"who", "-config=", "IRN"},
		{"brief", "-config", " "},
	} {
		code, _, errOut := run(t, context.Background(), args...)
		if code == 0 || !strings.Contains(errOut, `invalid value "" for flag -config: empty`) && !strings.Contains(errOut, `invalid value " " for flag -config: empty`) {
			t.Errorf("%q: exit %d, stderr %q; want the empty -config refused", args, code, errOut)
		}
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunChecksTheConfigBeforeStarting runs the daemon on configs it must
// refuse: each is turned down before anything starts, after the config's
// warnings are logged in the asked format and level.
func TestRunChecksTheConfigBeforeStarting(t *testing.T) {
	t.Setenv("SLACK_BOT_TOKEN", "")
	db := "storage: {path: " + filepath.Join(t.TempDir(), "b.db") + "}\n"
	slackChannel := "channels:\n  - platform: slack\n    channel: C0123ABCD\n"
	tests := []struct {
		name, config string
		flags        []string
		want         []string
		wantNot      []string
	}{
		{"missing token, json logs", db + "feeds:\n  - {name: a, url: https://a.example/rss}\n" + slackChannel,
			[]string{"-log-format", "json"},
			[]string{"b.yaml:5: channels[0]: slack channel C0123ABCD cannot be posted to: SLACK_BOT_TOKEN is not set", `"msg":"briefbot starting"`},
			[]string{"level=INFO"}},
		{"feedless config warns, warn level", db + slackChannel, []string{"-log-level", "warn"},
			[]string{"level=WARN", "b.yaml: no feeds: nothing will be fetched", "cannot be posted to"},
			[]string{"level=INFO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := writeFile(t, "b.yaml", tt.config)
			code, _, errOut := run(t, context.Background(), append([]string{"run", "-config", cfg}, tt.flags...)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(errOut, w) {
					t.Errorf("stderr has %q:\n%s", w, errOut)
				}
			}
		})
	}
}

func TestLogFlagsAreChecked(t *testing.T) {
	for _, args := range [][]string{
		{"run", "-log-format", "xml"},
		{"run", "-log-level", "loud"},
	} {
		code, _, errOut := run(t, context.Background(), args...)
		if code != 1 || !strings.Contains(errOut, args[1]+":") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		code, out, _ := run(t, context.Background(), arg)
		if code != 0 || !strings.HasPrefix(out, "briefbot ") || !strings.Contains(out, " go1.") {
			t.Errorf("%s: exit %d, out %q", arg, code, out)
		}
	}
}

func TestBuildInfo(t *testing.T) {
	vcs := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-01-02T10:00:00Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	tests := []struct {
		name            string
		info            *debug.BuildInfo
		version, commit string
		want            string
	}{
		{"no build info", nil, "", "", "briefbot (devel) go1."},
		{"from a checkout", vcs, "", "", "briefbot (devel) (commit 0123abcd, 2026-01-02T10:00:00Z, modified) go1.26.8"},
		{"go install of a tag", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "", "",
			"briefbot v1.2.0 go1.26.8"},
		{"stamped release", vcs, "v1.3.0", "fedcba98", "briefbot v1.3.0 (commit fedcba98, 2026-01-02T10:00:00Z, modified) go1.26.8"},
	}
	for _, tt := range tests {
		if got := newBuildInfo(tt.info, tt.version, tt.commit).String(); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHealthcheck(t *testing.T) {
	healthy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") }))
	defer healthy.Close()
	degraded := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, `{"status":"degraded"}`, http.StatusServiceUnavailable)
	}))
	defer degraded.Close()
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, `{"status":"error","error":"database is locked"}`, http.StatusServiceUnavailable)
	}))
	defer failing.Close()
	_, port, _ := net.SplitHostPort(healthy.Listener.Addr().String())
	anyInterface := writeFile(t, "b.yaml", "http: {addr: \"0.0.0.0:"+port+"\"}\n")
	tests := []struct {
		name string
		args []string
		exit int
		want string
	}{
		{"healthy", []string{"-url", healthy.URL + "/healthz"}, 0, "ok"},
		{"from the config's address", []string{"-config", anyInterface}, 0, "ok"},
		{"degraded passes", []string{"-url", degraded.URL}, 0, `degraded (passing; -strict fails it)`},
		{"degraded fails when strict", []string{"-strict", "-url", degraded.URL}, 1, `503 Service Unavailable: {"status":"degraded"}`},
		{"check failing", []string{"-url", failing.URL}, 1, "database is locked"},
		{"not running", []string{"-url", "http://127.0.0.1:1/healthz"}, 1, "connection refused"},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, context.Background(), append([]string{"healthcheck"}, tt.args...)...)
		if code != tt.exit || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("%s: exit %d, out %q, stderr %q; want %d and %q", tt.name, code, out, errOut, tt.exit, tt.want)
		}
	}
}

func TestLocalAddr(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1:8080": "127.0.0.1:8080", ":8080": "127.0.0.1:8080", "0.0.0.0:9": "127.0.0.1:9",
		"[::]:8080": "[::1]:8080", "briefbot.internal:80": "briefbot.internal:80",
	} {
		if got := localAddr(addr); got != want {
			t.Errorf("localAddr(%q) = %q, want %q", addr, got, want)
		}
	}
}
