package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

func init() {
	register(command{name: "outbox", summary: "list the messages given up on, and re-queue them", run: runOutbox})
}

const outboxUsage = `[-config FILE] [-db PATH] [-status abandoned|uncertain|pending|in_flight|sent|given-up|all] [-since 7d]
       briefbot outbox [-config FILE] [-db PATH] -retry [-force] ID... | all

Without -retry, lists the outbox's messages: by default the ones given up on
(abandoned, and uncertain) created in the last 7 days.

With -retry, puts the abandoned messages ID... (or "all": every abandoned
message created within -since) back in the queue with a fresh retry budget.
Re-queueing a briefing's part re-queues every abandoned part of it from the
first one on, so the parts post in order. The running daemon posts them on
its next delivery pass, within a minute. A sent message is never re-queued.
An uncertain message may have been posted already (its last attempt could
not be verified): it is re-queued only when named with -force, and then it
may appear twice in its channel.
`

// runOutbox lists the outbox, or re-queues given-up messages.
func runOutbox(ctx context.Context, args []string, std stdio) error {
	flags := newFlags("outbox", outboxUsage, std)
	configPath := addConfigFlag(flags)
	dbPath := flags.String("db", "", "SQLite database (default: the config's storage.path, or its Postgres database)")
	status := flags.String("status", "given-up", "what to list: abandoned, uncertain, pending, in_flight, sent, given-up (abandoned and uncertain) or all")
	since := flags.String("since", "7d", "list (or re-queue with -retry all) the messages created this long ago or later: 36h, 7d, ...; 0 for all")
	retry := flags.Bool("retry", false, "re-queue the abandoned messages named by the arguments (IDs, or all)")
	force := flags.Bool("force", false, "with -retry, re-queue uncertain messages named by ID too: they may have been posted already, and may post twice")
	// The IDs may come before the other flags: -retry 12 13 -force.
	var ids []string
	for rest := args; ; {
		if err := flags.Parse(rest); err != nil {
			return err
		}
		rest = flags.Args()
		for len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
			ids, rest = append(ids, rest[0]), rest[1:]
		}
		if len(rest) == 0 {
			break
		}
	}
	usage := func(msg string) error {
		fmt.Fprintln(std.err, msg)
		flags.Usage()
		return errUsage
	}
	var window time.Duration
	if *since != "0" {
		d, err := config.ParseDuration(*since)
		if err != nil || d <= 0 {
			return usage(fmt.Sprintf("-since %q: want a positive duration such as 24h or 7d, or 0 for all", *since))
		}
		window = d
	}
	var statuses []string
	switch *status {
	case "given-up":
		statuses = []string{storage.OutboxAbandoned, storage.OutboxUncertain}
	case "all":
	case storage.OutboxAbandoned, storage.OutboxUncertain, storage.OutboxPending, storage.OutboxInFlight, storage.OutboxSent:
		statuses = []string{*status}
	default:
		return usage(fmt.Sprintf("-status %q: want abandoned, uncertain, pending, in_flight, sent, given-up or all", *status))
	}
	all := len(ids) == 1 && ids[0] == "all"
	var nums []int64
	switch {
	case !*retry && len(ids) > 0:
		return usage("outbox takes message IDs only with -retry")
	case !*retry && *force:
		return usage("-force goes with -retry")
	case *retry && len(ids) == 0:
		return usage("-retry takes the IDs of the messages to re-queue, or all")
	case *retry && all && *force:
		return usage("-retry all re-queues the abandoned messages only: name uncertain ones by ID with -force")
	case *retry && !all:
		for _, s := range ids {
			for f := range strings.SplitSeq(s, ",") {
				n, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
				if err != nil || n <= 0 {
					return usage(fmt.Sprintf("-retry: %q is not a message ID (or all)", s))
				}
				nums = append(nums, n)
			}
		}
	}

	st, err := openOutboxStore(ctx, configPath, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	now := time.Now()
	var from time.Time
	if window > 0 {
		from = now.Add(-window)
	}
	if !*retry {
		msgs, err := st.ListOutbox(ctx, storage.OutboxFilter{Statuses: statuses, Since: from})
		if err != nil {
			return err
		}
		if len(msgs) == 0 {
			_, err := fmt.Fprintf(std.out, "no %s messages created since %s\n", strings.ReplaceAll(*status, "_", " "), sinceText(from))
			return err
		}
		return printOutbox(std.out, msgs)
	}
	// Which of the named messages may have been posted already, for the
	// warning below; the store keeps no former status.
	uncertain := map[int64]bool{}
	if *force {
		for _, id := range nums {
			if m, err := st.OutboxMessage(ctx, id); err == nil && m.Status == storage.OutboxUncertain {
				uncertain[id] = true
			}
		}
	}
	var requeued []storage.OutboxMessage
	if all {
		requeued, err = st.RequeueAbandoned(ctx, from, now)
	} else {
		requeued, err = st.RequeueOutbox(ctx, nums, *force, now)
	}
	if err != nil {
		if errors.Is(err, storage.ErrRequeueUncertain) {
			return fmt.Errorf("%w\nnothing was re-queued; add -force to re-queue it anyway", err)
		}
		return fmt.Errorf("%w\nnothing was re-queued", err)
	}
	if len(requeued) == 0 {
		_, err := fmt.Fprintf(std.out, "no abandoned messages created since %s: nothing re-queued\n", sinceText(from))
		return err
	}
	fmt.Fprintf(std.out, "re-queued %d message(s); the running daemon posts them on its next delivery pass, within a minute:\n", len(requeued))
	if err := printOutbox(std.out, requeued); err != nil {
		return err
	}
	for _, m := range requeued {
		if uncertain[m.ID] {
			fmt.Fprintf(std.out, "warning: message %d was uncertain: it may already be in %s:%s, and then it will appear there twice\n",
				m.ID, m.Platform, m.Channel)
		}
	}
	return nil
}

// openOutboxStore opens the config's database, or -db's SQLite file,
// which must exist: an empty new one would hold no outbox.
func openOutboxStore(ctx context.Context, configPath *configFlag, dbPath string) (*storage.Store, error) {
	cfg, err := configPath.load()
	if err != nil {
		return nil, err
	}
	if dbPath == "" && cfg.Storage.Driver == config.DriverPostgres {
		return openStore(ctx, cfg, "")
	}
	path := cmp.Or(dbPath, cfg.Storage.Path)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (pass -config or -db)", path)
	}
	return openStore(ctx, cfg, path)
}

func sinceText(from time.Time) string {
	if from.IsZero() {
		return "ever"
	}
	return from.UTC().Format(time.RFC3339)
}

// printOutbox prints msgs as a table, one message a line.
func printOutbox(w io.Writer, msgs []storage.OutboxMessage) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCHANNEL\tKEY\tPART\tSTATUS\tATTEMPTS\tCREATED\tLAST ERROR")
	for _, m := range msgs {
		attempts := strconv.Itoa(m.Attempts)
		if m.RateLimits > 0 {
			attempts += fmt.Sprintf(" (+%d rate limits)", m.RateLimits)
		}
		lastErr := strings.Join(strings.Fields(m.LastError), " ")
		if lastErr == "" {
			lastErr = "-"
		}
		status := m.Status
		if !m.RequeuedAt.IsZero() {
			status += " (re-queued " + m.RequeuedAt.UTC().Format(time.RFC3339) + ")"
		}
		fmt.Fprintf(tw, "%d\t%s:%s\t%s\t%d\t%s\t%s\t%s\t%s\n", m.ID, m.Platform, m.Channel, cmp.Or(m.Briefing, m.DedupKey),
			m.Part+1, status, attempts, m.CreatedAt.UTC().Format(time.RFC3339), lastErr)
	}
	return tw.Flush()
}
