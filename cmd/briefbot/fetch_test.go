package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/feed"
)

// TestFetch polls the sample feeds and a missing one through the command:
// the summary counts them, the missing one is listed with its error, and a
// second run finds nothing new.
func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", feed.SampleHandler())
	mux.Handle("/gone.xml", http.NotFoundHandler())
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sources, err := feed.SampleSources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "storage: {path: %q}\nfeeds:\n", filepath.Join(dir, "b.db"))
	for _, s := range sources {
		fmt.Fprintf(&cfg, "  - {name: %s, url: %q}\n", s.Name, s.URL)
	}
	fmt.Fprintf(&cfg, "  - {name: missing, url: %q}\n", srv.URL+"/gone.xml")
	path := filepath.Join(dir, "briefbot.yaml")
	if err := os.WriteFile(path, []byte(cfg.String()), 0o600); err != nil {
		t.Fatal(err)
	}

	run := func(flags ...string) (string, string) {
		var out, errOut bytes.Buffer
		if code := runMain(context.Background(), append([]string{"fetch", "-config", path}, flags...), stdio{in: strings.NewReader(""), out: &out, err: &errOut}); code != 0 {
			t.Fatalf("exit %d; stdout:\n%s\nstderr:\n%s", code, out.String(), errOut.String())
		}
		return out.String(), errOut.String()
	}
	out, logs := run()
	t.Logf("first run:\n%s", out)
	for _, want := range []string{
		fmt.Sprintf("feeds: %d ok, 1 failed\n", len(sources)),
		"duplicates",
		"missing: HTTP 404 Not Found",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "articles: 0 new") || !strings.Contains(out, "events: ") {
		t.Errorf("first run stored nothing:\n%s", out)
	}
	if !strings.Contains(logs, "feed polled") || !strings.Contains(logs, "feed poll failed") {
		t.Errorf("not a terminal, so each feed should be logged:\n%s", logs)
	}
	// -retry-disabled is accepted, and changes nothing: the failing feed
	// is polled again anyway.
	out, _ = run("-retry-disabled")
	if !strings.Contains(out, "articles: 0 new") || !strings.Contains(out, "missing: HTTP 404 Not Found") {
		t.Errorf("second run stored again or skipped the failing feed:\n%s", out)
	}
}

func TestFetchUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runMain(context.Background(), []string{"fetch", "extra"}, stdio{out: &out, err: &errOut}); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "usage: briefbot fetch") {
		t.Errorf("no usage in %q", errOut.String())
	}
}

// TestFetchProgressBar: on a terminal the bar advances once per feed.
func TestFetchProgressBar(t *testing.T) {
	var out bytes.Buffer
	p := newFetchProgress(&out, true, 2)
	p.add(feed.Result{Feed: "a"})
	if !strings.Contains(out.String(), "(1/2)") {
		t.Errorf("bar output %q, want (1/2)", out.String())
	}
	p.add(feed.Result{Feed: "b", Err: fmt.Errorf("HTTP 404 Not Found")})
	if n := p.bar.State().CurrentNum; n != 2 {
		t.Errorf("bar at %d, want 2", n)
	}
	p.finish()
	if len(p.failed) != 1 || p.failed[0].Feed != "b" {
		t.Errorf("failed = %+v, want b", p.failed)
	}
	var plain bytes.Buffer
	q := newFetchProgress(&plain, false, 1)
	q.add(feed.Result{Feed: "a"})
	if plain.Len() != 0 {
		t.Errorf("no terminal, yet the bar wrote %q", plain.String())
	}
}
