package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

const (
	day              = 24 * time.Hour
	whoDevelopments  = 10
	whoCounterparts  = 5
	whoHistoryDays   = 365 // how far back "latest developments" looks for a quiet actor
	counterpartDays  = 90
	trendWeeks       = 13 // the escalation trend's weekly buckets, the last ending today
	dyadDevelopments = 10
	evidenceChars    = 100 // of a development's evidence shown in a list
	maxSparkBuckets  = 30
	maxFeedLines     = 40
	maxSubscriptions = 50
)

// lastDays returns the span of the n UTC days ending with today (now's day):
// developments happen on days, and the exact aggregates count whole days.
func lastDays(now time.Time, n int) (from, to time.Time) {
	to = now.UTC().Truncate(day).Add(day)
	return to.Add(-time.Duration(n) * day), to
}

// Profile is the answer to who in machine-readable form.
type Profile struct {
	Actor        briefbot.Actor             `json:"actor"`
	Developments []briefing.JSONDevelopment `json:"developments"` // the latest, as of the answer's moment
	Counterparts []JSONCounterpart          `json:"counterparts"` // over counterpartDays
	// Escalations counts escalation developments per week, oldest first,
	// the last week ending today.
	Escalations []int  `json:"escalations_per_week"`
	Trend       string `json:"trend"` // rising, steady or falling
}

// JSONCounterpart is an actor that another had developments with.
type JSONCounterpart struct {
	Actor        string `json:"actor"`
	Developments int    `json:"developments"`
}

func (r *Router) who(ctx context.Context, _ Request, args []string) Response {
	if len(args) == 0 {
		return failure("Whom should I look up?", "usage: who ACTOR")
	}
	a, resp := r.resolveActor(strings.Join(args, " "))
	if resp != nil {
		return *resp
	}
	now := r.now()
	histFrom, to := lastDays(now, whoHistoryDays)
	latest, err := r.Store.DevelopmentsByActor(ctx, a.ID, histFrom, to, whoDevelopments)
	if err != nil {
		return r.internal(ctx, "who", fmt.Errorf("developments of %s: %w", a.ID, err))
	}
	from, _ := lastDays(now, counterpartDays)
	cps, err := r.Store.Counterparts(ctx, a.ID, from, to, whoCounterparts)
	if err != nil {
		return r.internal(ctx, "who", fmt.Errorf("counterparts of %s: %w", a.ID, err))
	}
	trendFrom, _ := lastDays(now, 7*trendWeeks)
	days, err := r.Store.ActorDailyCounts(ctx, a.ID, trendFrom, to)
	if err != nil {
		return r.internal(ctx, "who", fmt.Errorf("daily counts of %s: %w", a.ID, err))
	}

	out := Response{Title: actorLabel(a), Fields: []Field{{Name: "Kind", Value: string(a.Kind)}}}
	if len(a.Aliases) > 0 {
		out.Fields = append(out.Fields, Field{Name: "Aliases", Value: clip(strings.Join(a.Aliases, ", "), 300)})
	}
	if len(a.Regions) > 0 {
		out.Fields = append(out.Fields, Field{Name: "Regions", Value: strings.Join(a.Regions, ", ")})
	}

	latestSec := Section{Heading: "Latest developments", Lines: r.developmentLines(latest, a.ID)}
	if len(latestSec.Lines) == 0 {
		latestSec.Lines = []Line{{Text: "None in the past year."}}
	}

	counter := Section{Heading: fmt.Sprintf("Main counterparts, %d days", counterpartDays)}
	profile := Profile{Actor: a, Developments: briefing.DevelopmentsJSON(latest, r.Gazetteer), Counterparts: []JSONCounterpart{}}
	for _, c := range cps {
		counter.Lines = append(counter.Lines, Line{Text: r.label(c.Actor) + " — " + plural(c.Developments, "development")})
		profile.Counterparts = append(profile.Counterparts, JSONCounterpart{Actor: c.Actor, Developments: c.Developments})
	}
	if len(counter.Lines) == 0 {
		counter.Lines = []Line{{Text: "None."}}
	}

	trend, weeks, word := escalationTrend(days, trendFrom)
	profile.Escalations, profile.Trend = weeks, word
	out.Sections = []Section{latestSec, counter, trend}
	out.Data = profile
	return out
}

// escalationTrend counts escalation developments in trendWeeks weekly
// buckets from from (the last one ending today) and compares the last week
// with the average of the weeks before.
func escalationTrend(days []storage.ActorDay, from time.Time) (sec Section, counts []int, word string) {
	counts = make([]int, trendWeeks) // oldest first
	for _, d := range days {
		if k := int(d.Day.Sub(from) / (7 * day)); d.Type == briefbot.Escalation && k >= 0 && k < trendWeeks {
			counts[k] += d.Count
		}
	}
	last := counts[trendWeeks-1]
	before := 0.0
	for _, c := range counts[:trendWeeks-1] {
		before += float64(c)
	}
	before /= trendWeeks - 1
	word = "steady"
	switch d := float64(last) - before; {
	case d >= max(1, before/4):
		word = "rising"
	case -d >= max(1, before/4):
		word = "falling"
	}
	return Section{Heading: "Escalation trend, developments per week", Lines: []Line{
		{Text: briefing.Sparkline(counts)},
		{Text: fmt.Sprintf("%s: %d in the last week, %.1f per week before", word, last, before)},
	}}, counts, word
}

// developmentLines shows developments (latest first) from the point of
// view of actor, one line each, with the outlets that reported it.
func (r *Router) developmentLines(devs []briefbot.Development, actor string) []Line {
	lines := make([]Line, 0, len(devs))
	for _, d := range devs {
		text := r.developmentText(d, actor)
		if n := len(d.Outlets()); n > 1 {
			text += fmt.Sprintf(" (%d outlets)", n)
		}
		l := Line{Text: text}
		if len(d.Reports) > 0 {
			l.URL = d.Reports[0].Link
		}
		lines = append(lines, l)
	}
	return lines
}

// developmentText describes a development from the point of view of actor,
// with the gist of its evidence.
func (r *Router) developmentText(d briefbot.Development, actor string) string {
	var who string
	switch {
	case d.Source == actor && d.Target == "":
		who = "(no counterpart named)"
	case d.Source == actor:
		who = "→ " + r.label(d.Target)
	case d.Target == actor:
		who = "← " + r.label(d.Source)
	default:
		who = r.label(d.Source) + " → " + r.label(d.Target)
	}
	kind := string(d.Type)
	if d.Code != "" && d.Code != kind {
		kind += " (" + d.Code + ")"
	}
	text := fmt.Sprintf("%s %s %s", d.Day.UTC().Format("2006-01-02"), kind, who)
	if gist := briefing.Clause(d.Evidence); gist != "" {
		text += ": “" + clip(gist, evidenceChars) + "”"
	}
	return text
}

// DyadAnswer is the answer to dyad in machine-readable form.
type DyadAnswer struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Days int    `json:"days"`
	// Directions are A → B then B → A.
	Directions   []JSONDirection            `json:"directions"`
	Developments []briefing.JSONDevelopment `json:"developments"` // the latest, both directions
}

// JSONDirection counts one direction's developments.
type JSONDirection struct {
	Source string         `json:"source"`
	Target string         `json:"target"`
	Total  int            `json:"total"`
	ByType map[string]int `json:"by_type"`
	// Daily counts developments per bucket of BucketDays days, oldest
	// first.
	Daily      []int `json:"daily"`
	BucketDays int   `json:"bucket_days"`
}

func (r *Router) dyad(ctx context.Context, _ Request, args []string) Response {
	days := defaultDays
	if n := len(args); n >= 3 {
		if d, err := strconv.Atoi(args[n-1]); err == nil {
			if d < 1 || d > maxDays {
				return failure(fmt.Sprintf("DAYS must be between 1 and %d.", maxDays), "usage: dyad A B [DAYS]")
			}
			days, args = d, args[:n-1]
		}
	}
	if len(args) < 2 {
		return failure("Which two actors?", "usage: dyad A B [DAYS]")
	}
	a, b, resp := r.resolvePair(args)
	if resp != nil {
		return *resp
	}
	if a.ID == b.ID {
		return failure("A dyad needs two different actors.", "usage: dyad A B [DAYS]")
	}
	from, to := lastDays(r.now(), days)
	keys := make([]storage.Key, 0, 2*len(briefbot.EventTypes))
	for _, t := range briefbot.EventTypes {
		keys = append(keys, storage.Key{Type: t, Source: a.ID, Target: b.ID}, storage.Key{Type: t, Source: b.ID, Target: a.ID})
	}
	counts, err := r.Store.KeyDailyCounts(ctx, keys, from, to)
	if err != nil {
		return r.internal(ctx, "dyad", fmt.Errorf("dyad counts %s %s: %w", a.ID, b.ID, err))
	}
	devs, err := r.Store.DevelopmentsByDyad(ctx, a.ID, b.ID, from, to, dyadDevelopments)
	if err != nil {
		return r.internal(ctx, "dyad", fmt.Errorf("dyad developments %s %s: %w", a.ID, b.ID, err))
	}

	bucket := max(1, (days+maxSparkBuckets-1)/maxSparkBuckets)
	nb := (days + bucket - 1) / bucket
	out := Response{Title: fmt.Sprintf("%s ↔ %s, last %d days", actorLabel(a), actorLabel(b), days)}
	answer := DyadAnswer{A: a.ID, B: b.ID, Days: days, Developments: briefing.DevelopmentsJSON(devs, r.Gazetteer)}
	for _, dir := range [][2]briefbot.Actor{{a, b}, {b, a}} {
		d := JSONDirection{Source: dir[0].ID, Target: dir[1].ID, ByType: map[string]int{}, Daily: make([]int, nb), BucketDays: bucket}
		for _, c := range counts {
			if c.Source != d.Source || c.Target != d.Target {
				continue
			}
			d.Total += c.Count
			d.ByType[string(c.Type)] += c.Count
			if i := int(c.Day.Sub(from)/day) / bucket; i >= 0 && i < nb {
				d.Daily[i] += c.Count
			}
		}
		var byTypes []string
		for _, t := range briefbot.EventTypes {
			if n := d.ByType[string(t)]; n > 0 {
				byTypes = append(byTypes, fmt.Sprintf("%d %s", n, t))
			}
		}
		summary := plural(d.Total, "development")
		if len(byTypes) > 0 {
			summary += ": " + strings.Join(byTypes, ", ")
		}
		out.Sections = append(out.Sections, Section{
			Heading: fmt.Sprintf("%s → %s", dir[0].ID, dir[1].ID),
			Lines:   []Line{{Text: summary}, {Text: fmt.Sprintf("%s  (%d-day buckets)", briefing.Sparkline(d.Daily), bucket)}},
		})
		answer.Directions = append(answer.Directions, d)
	}
	latest := Section{Heading: "Latest developments", Lines: r.developmentLines(devs, a.ID)}
	if len(devs) == 0 {
		latest.Lines = []Line{{Text: "No developments between them in this window."}}
	}
	out.Sections = append(out.Sections, latest)
	out.Data = answer
	return out
}

// resolvePair splits the words into two actors. Names may have several
// words ("Saudi Arabia Iran"), so every split point is tried.
func (r *Router) resolvePair(args []string) (briefbot.Actor, briefbot.Actor, *Response) {
	for i := 1; i < len(args); i++ {
		a, okA := r.Gazetteer.Lookup(strings.Join(args[:i], " "))
		b, okB := r.Gazetteer.Lookup(strings.Join(args[i:], " "))
		if okA && okB {
			return a, b, nil
		}
	}
	if len(args) == 2 {
		for _, q := range args {
			if _, resp := r.resolveActor(q); resp != nil {
				return briefbot.Actor{}, briefbot.Actor{}, resp
			}
		}
	}
	resp := failure("I could not tell two known actors apart in “"+strings.Join(args, " ")+"”.", "use actor IDs, e.g. dyad IRN ISR 30")
	return briefbot.Actor{}, briefbot.Actor{}, &resp
}

func (r *Router) brief(ctx context.Context, req Request, args []string) Response {
	if r.Composer == nil {
		return failure("Briefings are not available here.")
	}
	all := slices.ContainsFunc(args, func(a string) bool { return strings.EqualFold(a, "all") })
	args = slices.DeleteFunc(slices.Clone(args), func(a string) bool { return strings.EqualFold(a, "all") })
	window, args, msg := takeWindow(args)
	if msg != "" {
		return failure(msg, "usage: "+briefUsage)
	}
	var f storage.Filter
	if len(args) > 0 {
		kind, value, resp := r.resolveTarget(strings.Join(args, " "))
		if resp != nil {
			return *resp
		}
		if kind == "region" {
			f.Regions = []string{value}
		} else {
			f.Actors = []string{value}
		}
	} else {
		ch, _ := r.channel(req)
		subs, err := r.Store.Subscriptions(ctx, req.Platform, req.Channel)
		if err != nil {
			return r.internal(ctx, "brief", fmt.Errorf("subscriptions: %w", err))
		}
		f = ch.Filter.WithSubscriptions(subs)
	}
	now := r.now()
	ch, _ := r.channel(req)
	b, err := r.Composer.Compose(ctx, briefing.Request{From: now.Add(-window), To: now, Filter: f, All: all, Location: ch.Location})
	if err != nil {
		return r.internal(ctx, "brief", fmt.Errorf("compose: %w", err))
	}
	return Response{Title: "Briefing", Briefing: b}
}

// windowLike is a word written as a window: a number and a unit.
var windowLike = regexp.MustCompile(`^[0-9]+[A-Za-z]+$`)

// takeWindow finds the window among the words, wherever it is written
// ("12h south-asia" or "south-asia 12h"), and returns the other words.
// Without one, the window is the default; msg explains a word written as a
// window that is not one, so that "south-asia 1y" blames the window rather
// than the region.
func takeWindow(args []string) (window time.Duration, rest []string, msg string) {
	window = config.DefaultWindow
	var found string
	for _, a := range args {
		if !windowLike.MatchString(a) {
			rest = append(rest, a)
			continue
		}
		if found != "" {
			return 0, nil, "Give one window, not two (“" + found + "” and “" + a + "”)."
		}
		w, msg := parseWindow(a)
		if msg != "" {
			return 0, nil, msg
		}
		window, found = w, a
	}
	return window, rest, ""
}

// parseWindow reads "36h", "7d" or "2w"; msg explains anything else.
func parseWindow(s string) (w time.Duration, msg string) {
	n, err := strconv.Atoi(s[:len(s)-1])
	unit := map[string]time.Duration{"h": time.Hour, "d": day, "w": 7 * day}[strings.ToLower(s[len(s)-1:])]
	switch {
	case err != nil || unit == 0:
		return 0, "“" + s + "” is not a window I know: use hours, days or weeks, such as 12h, 7d or 2w (at most 90d)."
	case n < 1 || time.Duration(n) > maxWindow/unit:
		return 0, "The window must be between 1h and 90d."
	}
	return time.Duration(n) * unit, ""
}

func (r *Router) subscribe(ctx context.Context, req Request, args []string) Response {
	return r.changeSubscription(ctx, req, args, true)
}

func (r *Router) unsubscribe(ctx context.Context, req Request, args []string) Response {
	return r.changeSubscription(ctx, req, args, false)
}

func (r *Router) changeSubscription(ctx context.Context, req Request, args []string, add bool) Response {
	verb := map[bool]string{true: "subscribe", false: "unsubscribe"}[add]
	if len(args) == 0 {
		return failure("Which region or actor?", "usage: "+verb+" REGION|ACTOR")
	}
	if add && len(args) == 1 && strings.EqualFold(args[0], "all") {
		return r.subscribeAll(ctx, req)
	}
	kind, value, resp := r.resolveTarget(strings.Join(args, " "))
	if resp != nil {
		return *resp
	}
	ch, _ := r.channel(req)
	before, err := r.Store.Subscriptions(ctx, req.Platform, req.Channel)
	if err != nil {
		return r.internal(ctx, verb, fmt.Errorf("subscriptions: %w", err))
	}
	had := ch.Filter.WithSubscriptions(before)
	name := r.targetName(kind, value)
	switch {
	case add && had.Has(kind, value):
		return subscriptionAnswer("This channel already follows "+name+".", "It gets "+r.coverage(had)+".")
	case !add && ch.Filter.Has(kind, value):
		return subscriptionAnswer("This channel follows " + name + " because briefbot's config says so: change it there.")
	}
	sub := storage.Subscription{Platform: req.Platform, Channel: req.Channel, Kind: kind, Value: value}
	var changed bool
	if add {
		changed, err = r.Store.Subscribe(ctx, sub)
	} else {
		changed, err = r.Store.Unsubscribe(ctx, sub)
	}
	if err != nil {
		return r.internal(ctx, verb, fmt.Errorf("%s %s %s: %w", verb, kind, value, err))
	}
	now := ch.Filter.WithSubscriptions(changedSubs(before, sub, add))
	switch {
	case add && had.IsZero():
		// The channel got everything: following one thing narrows it,
		// which "subscribe" does not sound like, so say so.
		return subscriptionAnswer("This channel got every event; from now on it gets only "+r.coverage(now)+".",
			"To get every event again: subscribe all")
	case add:
		return subscriptionAnswer("This channel now follows "+name+".", "It now gets "+r.coverage(now)+".")
	case changed:
		return subscriptionAnswer("This channel no longer follows "+name+".", "It now gets "+r.coverage(now)+".")
	}
	return subscriptionAnswer("This channel did not follow "+name+".", "It gets "+r.coverage(had)+".")
}

// subscriptionAnswer is the answer to a change of subscriptions.
func subscriptionAnswer(lines ...string) Response {
	sec := Section{}
	for _, l := range lines {
		sec.Lines = append(sec.Lines, Line{Text: l})
	}
	return Response{Title: "Subscriptions", Sections: []Section{sec}}
}

// subscribeAll drops the channel's subscriptions, so that it gets what its
// config gives: everything, unless the config narrows it.
func (r *Router) subscribeAll(ctx context.Context, req Request) Response {
	n, err := r.Store.ClearSubscriptions(ctx, req.Platform, req.Channel)
	if err != nil {
		return r.internal(ctx, "subscribe", fmt.Errorf("clear subscriptions: %w", err))
	}
	ch, _ := r.channel(req)
	var lines []string
	switch {
	case !ch.Filter.IsZero():
		lines = []string{fmt.Sprintf("Removed this channel's %s.", plural(n, "subscription")),
			"briefbot's config still limits it to " + r.coverage(ch.Filter) + ": change the config to get every event."}
	case n == 0:
		lines = []string{"This channel already gets every event."}
	default:
		lines = []string{fmt.Sprintf("Removed this channel's %s: it now gets every event.", plural(n, "subscription"))}
	}
	return subscriptionAnswer(lines...)
}

// changedSubs is subs after adding or removing sub.
func changedSubs(subs []storage.Subscription, sub storage.Subscription, add bool) []storage.Subscription {
	if add {
		return append(slices.Clone(subs), sub)
	}
	return slices.DeleteFunc(slices.Clone(subs), func(s storage.Subscription) bool { return s == sub })
}

// coverage says in words what a channel following f gets.
func (r *Router) coverage(f storage.Filter) string {
	if f.IsZero() {
		return "every event"
	}
	var parts []string
	for _, v := range f.Regions {
		parts = append(parts, r.targetName(storage.KindRegion, v))
	}
	for _, v := range f.Actors {
		parts = append(parts, r.targetName(storage.KindActor, v))
	}
	return "events about " + strings.Join(parts, ", ")
}

// targetName names a region or actor: "region south-asia", "actor Iran (IRN)".
func (r *Router) targetName(kind, value string) string {
	if kind == storage.KindActor {
		return "actor " + r.label(value)
	}
	return kind + " " + value
}

func (r *Router) subscriptions(ctx context.Context, req Request, _ []string) Response {
	subs, err := r.Store.Subscriptions(ctx, req.Platform, req.Channel)
	if err != nil {
		return r.internal(ctx, "subscriptions", fmt.Errorf("subscriptions: %w", err))
	}
	ch, _ := r.channel(req)
	sec := Section{}
	for _, v := range ch.Filter.Regions {
		sec.Lines = append(sec.Lines, Line{Text: "region: " + v + " (from the config)"})
	}
	for _, v := range ch.Filter.Actors {
		sec.Lines = append(sec.Lines, Line{Text: "actor: " + r.label(v) + " (from the config)"})
	}
	for _, s := range subs[:min(len(subs), maxSubscriptions)] {
		name := s.Value
		if s.Kind == storage.KindActor {
			name = r.label(s.Value)
		}
		sec.Lines = append(sec.Lines, Line{Text: s.Kind + ": " + name})
	}
	if more := len(subs) - maxSubscriptions; more > 0 {
		sec.Lines = append(sec.Lines, Line{Text: fmt.Sprintf("and %d more", more)})
	}
	if len(sec.Lines) == 0 {
		sec.Lines = []Line{{Text: "None: this channel's briefings cover everything."}}
	}
	return Response{Title: "Subscriptions of this channel", Sections: []Section{sec}}
}

// plural counts things in English: "1 event", "2 events".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// ago says how long before now t was, coarsely.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 2*day:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	default:
		return fmt.Sprintf("%d days ago", int(d/day))
	}
}
