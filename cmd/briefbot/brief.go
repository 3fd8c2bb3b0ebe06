package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

func init() {
	register(command{name: "brief", summary: "print a briefing of the stored events of a window", run: runBrief})
}

func runBrief(ctx context.Context, args []string, std stdio) error {
	q := newQueryFlags("brief", "[-config FILE] [-db PATH] [-since 24h] [-until TIME] [-region R] [-actor A] [-tz ZONE] [-all] [-format plain|slack|discord|json]", std)
	since := q.fs.String("since", "24h", "the window's length, ending at -until: 36h, 7d, ...")
	until := q.fs.String("until", "", "the window's end `time`, RFC 3339 (default: now)")
	region := q.fs.String("region", "", "only developments involving actors of this region; several comma-separated")
	actor := q.fs.String("actor", "", "only developments involving this actor (ID, name or alias); several comma-separated")
	tz := q.fs.String("tz", "UTC", "the reader's time `zone` (IANA, as in a channel's CRON_TZ): plain text shows times in it")
	all := q.fs.Bool("all", false, "list every development first reported in the window, and the background set aside")
	format := q.fs.String("format", "plain", "plain, slack, discord (the messages' JSON, as posted) or json")
	if err := q.fs.Parse(args); err != nil {
		return err
	}
	if q.fs.NArg() > 0 {
		fmt.Fprintf(std.err, "brief takes no arguments, got %q\n", q.fs.Args())
		q.fs.Usage()
		return errUsage
	}
	span, err := config.ParseDuration(*since)
	if err != nil || span <= 0 {
		return fmt.Errorf("-since %q: want a positive duration such as 24h or 7d", *since)
	}
	end := time.Now()
	if *until != "" {
		if end, err = time.Parse(time.RFC3339, *until); err != nil {
			return fmt.Errorf("-until: %w", err)
		}
	}
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		return fmt.Errorf("-tz: %w", err)
	}
	f, err := briefing.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("-format: %w", err)
	}
	m, err := q.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	filter, err := briefFilter(m.Config.Gazetteer, *region, *actor)
	if err != nil {
		return err
	}
	b, err := m.Composer.Compose(ctx, briefing.Request{From: end.Add(-span), To: end, Filter: filter, All: *all, Location: loc})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(std.out, rendered(b, f))
	return err
}

// rendered is a briefing as the terminal shows it: plain text or JSON as
// it is, chat messages as the JSON they are posted as, a blank line apart.
func rendered(b *briefing.Briefing, f briefing.Format) string {
	msgs := briefing.Render(b, f)
	parts := make([]string, len(msgs))
	for i, m := range msgs {
		parts[i] = m.Text
		if f == briefing.Slack || f == briefing.Discord {
			parts[i] = m.Encode()
		}
	}
	return strings.Join(parts, "\n\n")
}

// briefFilter resolves the -region and -actor flags; an unknown name is an
// error that suggests what was probably meant.
func briefFilter(g *coder.Gazetteer, regions, actors string) (storage.Filter, error) {
	var f storage.Filter
	for _, r := range splitList(regions) {
		slug := strings.ToLower(r)
		if briefbot.IsRegion(slug) {
			f.Regions = append(f.Regions, slug)
			continue
		}
		if a, ok := g.Lookup(r); ok {
			return f, fmt.Errorf("-region %q: that is an actor (%s, %s); use -actor", r, a.ID, a.Name)
		}
		return f, fmt.Errorf("-region: unknown region %q%s", r, didYouMean(coder.SuggestRegions(slug, 3)))
	}
	for _, q := range splitList(actors) {
		if a, ok := g.Lookup(q); ok {
			f.Actors = append(f.Actors, a.ID)
			continue
		}
		if briefbot.IsRegion(strings.ToLower(q)) {
			return f, fmt.Errorf("-actor %q: that is a region; use -region", q)
		}
		var ids []string
		for _, a := range g.Suggest(q, 3) {
			ids = append(ids, a.ID+" ("+a.Name+")")
		}
		return f, fmt.Errorf("-actor: unknown actor %q%s", q, didYouMean(ids))
	}
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func didYouMean(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(names, ", ") + "?"
}
