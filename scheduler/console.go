package scheduler

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/storage"
)

// Console posts to a terminal or log: each message under a rule naming its
// channel. It is the poster of console channels and of chat channels that
// have no credentials.
type Console struct {
	mu   sync.Mutex
	w    io.Writer
	sent int
}

// NewConsole returns a Console writing to w.
func NewConsole(w io.Writer) *Console { return &Console{w: w} }

// Post writes m's body under its channel; the message id is the message's
// number since start.
func (c *Console) Post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	channel, body := m.Channel, m.Body
	if err := ctx.Err(); err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	rule := "── " + channel + " " + strings.Repeat("─", max(3, 60-len([]rune(channel))))
	if _, err := fmt.Fprintf(c.w, "%s\n%s\n\n", rule, strings.TrimRight(body, "\n")); err != nil {
		return "", fmt.Errorf("console: %w", err)
	}
	c.sent++
	return "console-" + strconv.Itoa(c.sent), nil
}

// Find says a message is never there: printing a message twice after a
// crash is harmless on a terminal, so the console is trivially idempotent.
func (c *Console) Find(context.Context, storage.OutboxMessage) (string, bool, error) {
	return "", false, nil
}
