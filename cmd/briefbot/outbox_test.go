package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/internal/pgtest"
	"github.com/briefbot/briefbot/storage"
)

// seedGivenUp fills st's outbox as a daemon leaves it after an outage:
//
//	1 slack:C1 daily part 1, sent
//	2 slack:C1 daily part 2, abandoned
//	3 slack:C1 daily part 3, abandoned with part 2
//	4 discord:42 alert, uncertain
//	5 slack:C1 next day, pending
//	6 slack:C2 a month ago, abandoned
func seedGivenUp(t *testing.T, st *storage.Store) {
	t.Helper()
	ctx := context.Background()
	now := time.Now()
	msg := func(platform, channel, key string, part int, created time.Time) storage.OutboxMessage {
		return storage.OutboxMessage{Platform: platform, Channel: channel, Briefing: key, Part: part,
			DedupKey: key + "#" + string(rune('0'+part)), Body: "body", CreatedAt: created}
	}
	for _, msgs := range [][]storage.OutboxMessage{
		{msg("slack", "C1", "briefing:daily", 0, now.Add(-3*time.Hour)), msg("slack", "C1", "briefing:daily", 1, now.Add(-3*time.Hour)),
			msg("slack", "C1", "briefing:daily", 2, now.Add(-3*time.Hour))},
		{msg("discord", "42", "alert:17", 0, now.Add(-2*time.Hour))},
		{msg("slack", "C1", "briefing:next", 0, now.Add(-time.Hour))},
		{msg("slack", "C2", "briefing:old", 0, now.Add(-30*24*time.Hour))},
	} {
		if _, err := st.Enqueue(ctx, msgs); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.MarkSent(ctx, 1, "m1", now); err != nil {
		t.Fatal(err)
	}
	for id, status := range map[int64]string{2: storage.OutboxAbandoned, 4: storage.OutboxUncertain, 6: storage.OutboxAbandoned} {
		m, err := st.OutboxMessage(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		m.Status, m.Attempts, m.LastError = status, 40, "HTTP 503\nService Unavailable"
		if _, err := st.Abandon(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOutboxCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.db")
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	seedGivenUp(t, st)
	st.Close()
	testOutboxCommand(t, []string{"-db", path})
	if code, _, errOut := run(t, context.Background(), "outbox", "-db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errOut, "no database at") {
		t.Errorf("a missing database: exit %d, %s", code, errOut)
	}
}

// TestOutboxCommandOnPostgres runs the same commands on the config's
// Postgres database.
func TestOutboxCommandOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	st, err := storage.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	seedGivenUp(t, st)
	st.Close()
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(cfg, []byte("storage: {driver: postgres}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvDatabaseURL, dsn)
	testOutboxCommand(t, []string{"-config", cfg})
}

// testOutboxCommand runs outbox with db's flags on seedGivenUp's messages;
// the steps build on each other.
func testOutboxCommand(t *testing.T, db []string) {
	for _, step := range []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
		notOut   []string
		wantErr  string
	}{
		{name: "given up by default", wantOut: []string{
			"ID  CHANNEL", "LAST ERROR",
			"2   slack:C1    briefing:daily  2     abandoned  40", "HTTP 503 Service Unavailable",
			"3   slack:C1    briefing:daily  3     abandoned  0", "part 2 of this briefing was abandoned",
			"4   discord:42  alert:17        1     uncertain  40"},
			notOut: []string{"\n1 ", "\n5 ", "\n6 ", "briefing:old"}},
		{name: "all of the last month", args: []string{"-status", "all", "-since", "31d"},
			wantOut: []string{"\n6 ", "\n1 ", "sent", "\n5 ", "pending"}},
		{name: "pending", args: []string{"-status", "pending"}, wantOut: []string{"\n5 "}, notOut: []string{"\n2 "}},
		{name: "none in flight", args: []string{"-status", "in_flight"}, wantOut: []string{"no in flight messages created since"}},
		{name: "bad status", args: []string{"-status", "lost"}, wantCode: 2, wantErr: `-status "lost"`},
		{name: "bad since", args: []string{"-since", "soon"}, wantCode: 2, wantErr: `-since "soon"`},
		{name: "IDs without -retry", args: []string{"2"}, wantCode: 2, wantErr: "only with -retry"},
		{name: "-retry without IDs", args: []string{"-retry"}, wantCode: 2, wantErr: "-retry takes the IDs"},
		{name: "-retry of a non-ID", args: []string{"-retry", "two"}, wantCode: 2, wantErr: `"two" is not a message ID`},
		{name: "sent is never re-queued", args: []string{"-retry", "1"}, wantCode: 1,
			wantErr: "message 1: it was sent: a sent message is never posted again\nnothing was re-queued"},
		{name: "sent is never re-queued, even forced", args: []string{"-retry", "1", "-force"}, wantCode: 1, wantErr: "never posted again"},
		{name: "uncertain needs -force", args: []string{"-retry", "4"}, wantCode: 1,
			wantErr: "message 4: it is uncertain: it may have been posted already"},
		{name: "a refusal re-queues nothing", args: []string{"-retry", "2", "1"}, wantCode: 1, wantErr: "nothing was re-queued"},
		{name: "still given up", wantOut: []string{"\n2 ", "\n3 ", "\n4 "}},
		{name: "a later part re-queues the briefing from its first abandoned part", args: []string{"-retry", "3"},
			wantOut: []string{"re-queued 2 message(s); the running daemon posts them on its next delivery pass, within a minute",
				"\n2 ", "\n3 ", "pending (re-queued "}, notOut: []string{"warning"}},
		{name: "re-queued twice", args: []string{"-retry", "2"}, wantCode: 1, wantErr: "message 2: it is still in the queue"},
		{name: "uncertain with -force, IDs before the flag", args: []string{"-retry", "4", "-force"},
			wantOut: []string{"re-queued 1 message(s)", "\n4 ", "warning: message 4 was uncertain: it may already be in discord:42, and then it will appear there twice"}},
		{name: "all abandoned of the last week: none left", args: []string{"-retry", "all"},
			wantOut: []string{"no abandoned messages created since"}},
		{name: "all abandoned of the last month", args: []string{"-retry", "all", "-since", "31d"},
			wantOut: []string{"re-queued 1 message(s)", "\n6 ", "slack:C2"}},
		{name: "-retry all takes no -force", args: []string{"-retry", "-force", "all"}, wantCode: 2, wantErr: "name uncertain ones by ID"},
		{name: "nothing given up", args: []string{"-since", "0"}, wantOut: []string{"no given-up messages created since ever"}},
		{name: "queued", args: []string{"-status", "pending"}, wantOut: []string{"\n2 ", "\n3 ", "\n4 ", "\n5 "}, notOut: []string{"\n6 "}},
	} {
		t.Run(step.name, func(t *testing.T) {
			code, out, errOut := run(t, context.Background(), append(append([]string{"outbox"}, db...), step.args...)...)
			if code != step.wantCode {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, step.wantCode, out, errOut)
			}
			out = "\n" + out
			for _, w := range step.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range step.notOut {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			if !strings.Contains(errOut, step.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", step.wantErr, errOut)
			}
		})
	}
}
