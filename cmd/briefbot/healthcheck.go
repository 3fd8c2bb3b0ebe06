package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func init() {
	register(command{name: "healthcheck", summary: "ask a running daemon's /healthz; exit 0 when healthy (for Docker's HEALTHCHECK)", run: runHealthcheck})
}

// runHealthcheck GETs the daemon's /healthz. Minimal container images have
// no curl, so the binary checks itself.
//
// A degraded daemon (a feed down for hours, a stuck outbox) is up and doing
// what it can: restarting it would fix nothing and would cut the posts in
// flight, so by default degraded passes, with the report on stderr for the
// container's health log. -strict fails it, for monitors that page on it.
func runHealthcheck(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("healthcheck", "[-config FILE] [-url URL] [-timeout 5s] [-strict]", std)
	configPath := addConfigFlag(fs)
	target := fs.String("url", "", "the health endpoint (default: /healthz on the config's http.addr)")
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait for the answer")
	strict := fs.Bool("strict", false, "fail when the daemon reports itself degraded, not only when it is down")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *target == "" {
		cfg, err := configPath.load()
		if err != nil {
			return err
		}
		*target = "http://" + localAddr(cfg.HTTP.Addr) + "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *target, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 == 2 {
		_, err = std.out.Write(body)
		return err
	}
	if !*strict && reportsDegraded(body) {
		_, err = fmt.Fprintf(std.err, "healthcheck: degraded (passing; -strict fails it): %s", body)
		return err
	}
	return fmt.Errorf("healthcheck: %s: %s", resp.Status, body)
}

// reportsDegraded reports whether body is a health report whose status is
// "degraded", as opposed to an error or some other server's 503.
func reportsDegraded(body []byte) bool {
	var rep struct {
		Status string `json:"status"`
	}
	return json.Unmarshal(body, &rep) == nil && rep.Status == "degraded"
}

// localAddr is where to reach a listener on addr from the same machine: a
// daemon listening on every interface (":8080", "0.0.0.0:8080") answers on
// loopback.
func localAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return net.JoinHostPort(host, port)
}
