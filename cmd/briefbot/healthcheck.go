package main

import (
	"context"
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
func runHealthcheck(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("healthcheck", "[-config FILE] [-url URL] [-timeout 5s]", std)
	configPath := addConfigFlag(fs)
	target := fs.String("url", "", "the health endpoint (default: /healthz on the config's http.addr)")
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait for the answer")
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
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("healthcheck: %s: %s", resp.Status, body)
	}
	_, err = std.out.Write(body)
	return err
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
