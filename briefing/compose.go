package briefing

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// Reader is the part of the store a Composer reads. History is read by key
// (SeenAmong, KeyDailyCounts): index probes for just the keys and dyads the
// window holds, instead of every key of the NoveltyDays before the window,
// which would dominate a briefing's cost on a large history.
type Reader interface {
	EventsBetween(ctx context.Context, from, to time.Time, f storage.Filter, limit int) ([]briefbot.Event, error)
	ClusterSources(ctx context.Context, clusterIDs []int64) (map[int64][]storage.Source, error)
	EventsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Event, error)
	EventsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Event, error)
	// SeenAmong returns which of keys occurred in [from, to).
	SeenAmong(ctx context.Context, keys []storage.Key, from, to time.Time) (map[storage.Key]bool, error)
	// KeyDailyCounts counts the events of keys in [from, to) per key and
	// UTC day.
	KeyDailyCounts(ctx context.Context, keys []storage.Key, from, to time.Time) ([]storage.DyadDay, error)
}

// Defaults for a Composer's zero settings.
const (
	DefaultNoveltyDays = 30
	DefaultMaxItems    = 10
)

const (
	// windowEventLimit bounds the events read for one window; a day of news
	// holds a few thousand at most.
	windowEventLimit = 200_000
	// answerScanLimit bounds the events read to find the accusation a
	// denial answers.
	answerScanLimit = 1000
)

// Composer turns stored events into briefings.
type Composer struct {
	Store     Reader
	Gazetteer *coder.Gazetteer // names the actors; nil shows IDs
	// NoveltyDays is how long a (type, source, target) must have been
	// unseen to be new, and the span of the trend baselines. Zero means
	// DefaultNoveltyDays.
	NoveltyDays int
	// MaxItems caps each section (new items, trends, de-escalations); the
	// rest are counted as "and N more". Zero means DefaultMaxItems.
	MaxItems int
}

// Request asks for a briefing of the events in [From, To) that match Filter.
type Request struct {
	From, To time.Time
	Filter   storage.Filter
}

// Compose reads the window and its history and builds the briefing. A
// Composer holds no state of its own: calls may run concurrently.
func (c *Composer) Compose(ctx context.Context, r Request) (*Briefing, error) {
	if !r.From.Before(r.To) {
		return nil, fmt.Errorf("compose briefing: window start %s is not before its end %s", r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
	}
	if c.Store == nil {
		return nil, errors.New("compose briefing: no store")
	}
	b := &Briefing{From: r.From, To: r.To, Filter: r.Filter, NoveltyDays: c.noveltyDays(), Counts: map[briefbot.EventType]int{}}
	b.Scope = append(b.Scope, r.Filter.Regions...)
	for _, id := range r.Filter.Actors {
		b.Scope = append(b.Scope, c.party(id).Name)
	}
	events, err := c.Store.EventsBetween(ctx, r.From, r.To, r.Filter, windowEventLimit)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read window: %w", err)
	}
	for _, e := range events {
		b.Counts[e.Type]++
	}
	b.Total = len(events)
	if b.Total == 0 {
		return b, nil
	}
	lookback := time.Duration(b.NoveltyDays) * 24 * time.Hour
	seen, err := c.seen(ctx, events, r.From.Add(-lookback), r.From)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read seen keys: %w", err)
	}
	fresh, calming := c.groupItems(events, seen)
	fresh, calming = mergeSameSentence(fresh), mergeSameSentence(calming)
	keep := c.maxItems()
	if b.Trends, b.MoreTrends, err = c.trends(ctx, r, b.NoveltyDays, keep, events); err != nil {
		return nil, err
	}
	if len(b.Trends) > 0 && b.Trends[0].Excess() > 0 {
		top := b.Trends[0]
		b.Top = &top
	}
	fresh, b.More = capGroups(fresh, keep)
	calming, b.MoreDeescalations = capGroups(calming, keep)
	sources, err := c.sources(ctx, slices.Concat(fresh, calming))
	if err != nil {
		return nil, err
	}
	for _, g := range fresh {
		it := c.item(g, sources)
		if it.Type == briefbot.Denial {
			if it.Answers, err = c.answered(ctx, g, r.From.Add(-lookback)); err != nil {
				return nil, err
			}
		}
		b.New = append(b.New, it)
	}
	for _, g := range calming {
		b.Deescalations = append(b.Deescalations, c.item(g, sources))
	}
	byTime := func(x, y Item) int {
		return cmp.Or(x.When.Compare(y.When), cmp.Compare(x.Source.ID, y.Source.ID), cmp.Compare(x.Target.ID, y.Target.ID), cmp.Compare(x.Type, y.Type))
	}
	slices.SortFunc(b.New, byTime)
	slices.SortFunc(b.Deescalations, byTime)
	return b, nil
}

func (c *Composer) noveltyDays() int {
	if c.NoveltyDays > 0 {
		return c.NoveltyDays
	}
	return DefaultNoveltyDays
}

func (c *Composer) maxItems() int {
	if c.MaxItems > 0 {
		return c.MaxItems
	}
	return DefaultMaxItems
}

// group gathers the window's events of one (type, source, target), and
// of the further targets that the same sentences name.
type group struct {
	key      storage.Key
	others   []string
	events   []briefbot.Event
	clusters []int64
}

// best is the event whose evidence speaks for the group: the most
// confident, the earliest on a tie.
func (g *group) best() briefbot.Event {
	best := g.events[0]
	for _, e := range g.events[1:] {
		if e.Confidence > best.Confidence || (e.Confidence == best.Confidence && e.Published.Before(best.Published)) {
			best = e
		}
	}
	return best
}

// mergeSameSentence folds groups of one type and source whose evidence is
// the same sentence into the first of them: "Iran struck targets in Iraq
// and Syria" is one line with two targets, not two lines saying the same.
// Denials stay apart, since each answers its own accuser.
func mergeSameSentence(groups []*group) []*group {
	type sentence struct {
		typ              briefbot.EventType
		source, evidence string
	}
	first := map[sentence]*group{}
	out := groups[:0]
	for _, g := range groups {
		k := sentence{g.key.Type, g.key.Source, g.best().Evidence}
		m := first[k]
		if m == nil || k.evidence == "" || g.key.Target == "" || m.key.Target == "" || k.typ == briefbot.Denial {
			if first[k] == nil {
				first[k] = g
			}
			out = append(out, g)
			continue
		}
		m.others = append(m.others, g.key.Target)
		m.events = append(m.events, g.events...)
		for _, id := range g.clusters {
			if !slices.Contains(m.clusters, id) {
				m.clusters = append(m.clusters, id)
			}
		}
	}
	return out
}

// seen tells which keys of the window's accusations, denials and
// escalations occurred in [from, to).
func (c *Composer) seen(ctx context.Context, events []briefbot.Event, from, to time.Time) (map[storage.Key]bool, error) {
	var keys []storage.Key
	for _, e := range events {
		if e.Type != briefbot.Deescalation {
			keys = append(keys, storage.Key{Type: e.Type, Source: e.Source, Target: e.Target})
		}
	}
	slices.SortFunc(keys, func(x, y storage.Key) int {
		return cmp.Or(cmp.Compare(x.Type, y.Type), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	return c.Store.SeenAmong(ctx, slices.Compact(keys), from, to)
}

// capGroups keeps the keep groups with the most stories behind them, then
// the most reports, then the strongest intensity, and counts the rest.
func capGroups(groups []*group, keep int) (kept []*group, dropped int) {
	if len(groups) <= keep {
		return groups, 0
	}
	strength := func(g *group) float64 {
		strongest := 0.0
		for _, e := range g.events {
			strongest = max(strongest, math.Abs(e.Intensity))
		}
		return strongest
	}
	slices.SortStableFunc(groups, func(x, y *group) int {
		return cmp.Or(cmp.Compare(len(y.clusters), len(x.clusters)), cmp.Compare(len(y.events), len(x.events)), cmp.Compare(strength(y), strength(x)))
	})
	return groups[:keep], len(groups) - keep
}

// groupItems merges the window's events by key: the new accusations,
// denials and escalations, and every de-escalation.
func (c *Composer) groupItems(events []briefbot.Event, seen map[storage.Key]bool) (fresh, calming []*group) {
	groups := map[storage.Key]*group{}
	for _, e := range events {
		k := storage.Key{Type: e.Type, Source: e.Source, Target: e.Target}
		g := groups[k]
		if g == nil {
			switch e.Type {
			case briefbot.Accusation, briefbot.Denial, briefbot.Escalation:
				if seen[k] {
					continue
				}
				g = &group{key: k}
				fresh = append(fresh, g)
			case briefbot.Deescalation:
				g = &group{key: k}
				calming = append(calming, g)
			default:
				continue
			}
			groups[k] = g
		}
		g.events = append(g.events, e)
		if !slices.Contains(g.clusters, e.ClusterID) {
			g.clusters = append(g.clusters, e.ClusterID)
		}
	}
	return fresh, calming
}

// sources reads the outlets of every story behind the groups.
func (c *Composer) sources(ctx context.Context, groups []*group) (map[int64][]storage.Source, error) {
	var ids []int64
	for _, g := range groups {
		ids = append(ids, g.clusters...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) == 0 {
		return nil, nil
	}
	m, err := c.Store.ClusterSources(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read story sources: %w", err)
	}
	return m, nil
}

// item turns a group into a line: the evidence of its best event, its
// targets by name, and one link per outlet, earliest report first.
func (c *Composer) item(g *group, sources map[int64][]storage.Source) Item {
	best := g.best()
	first := best.Published
	for _, e := range g.events {
		if e.Published.Before(first) {
			first = e.Published
		}
	}
	var all []storage.Source
	for _, id := range g.clusters {
		all = append(all, sources[id]...)
	}
	// The events' own articles belong to their clusters; listing them too
	// keeps the item linked if the cluster read comes back short.
	for _, e := range g.events {
		all = append(all, storage.Source{FeedName: e.FeedName, Link: e.Link, Title: e.Title, Published: e.Published})
	}
	slices.SortStableFunc(all, func(x, y storage.Source) int { return x.Published.Compare(y.Published) })
	it := Item{
		Type:      best.Type,
		Code:      best.Code,
		Source:    c.party(g.key.Source),
		Target:    c.party(g.key.Target),
		What:      Clause(best.Evidence),
		When:      first,
		Intensity: best.Intensity,
		Reports:   len(g.events),
	}
	if len(g.others) > 0 {
		targets := []Party{it.Target}
		for _, id := range g.others {
			targets = append(targets, c.party(id))
		}
		slices.SortFunc(targets, func(x, y Party) int { return cmp.Compare(x.Name, y.Name) })
		it.Target, it.OtherTargets = targets[0], targets[1:]
	}
	outlets := map[string]bool{}
	for _, s := range all {
		name := cmp.Or(s.FeedName, s.Link)
		if s.Link == "" || outlets[name] {
			continue
		}
		outlets[name] = true
		it.Sources = append(it.Sources, Source{Outlet: cmp.Or(s.FeedName, hostOf(s.Link)), URL: s.Link})
	}
	return it
}

// answered finds the latest accusation, no older than since, that the
// group's denial answers: one by the denial's target against the denier,
// or by anyone against the denier when the denial names no accuser.
func (c *Composer) answered(ctx context.Context, g *group, since time.Time) (*Accusation, error) {
	until := g.events[0].Published
	for _, e := range g.events {
		if e.Published.After(until) {
			until = e.Published
		}
	}
	// EventsBetween-style reads exclude their end; the accusation may share
	// the denial's timestamp.
	end := until.Add(time.Second)
	denier, accuser := g.key.Source, g.key.Target
	var (
		events []briefbot.Event
		err    error
	)
	if accuser != "" {
		events, err = c.Store.EventsByDyad(ctx, denier, accuser, since, end, answerScanLimit)
	} else {
		events, err = c.Store.EventsByActor(ctx, denier, since, end, answerScanLimit)
	}
	if err != nil {
		return nil, fmt.Errorf("compose briefing: find the accusation %s denied: %w", denier, err)
	}
	var found *briefbot.Event
	for i, e := range events {
		if e.Type != briefbot.Accusation || e.Target != denier || e.Published.After(until) {
			continue
		}
		if accuser != "" && e.Source != accuser {
			continue
		}
		if found == nil || e.Published.After(found.Published) {
			found = &events[i]
		}
	}
	if found == nil {
		return nil, nil
	}
	return &Accusation{Accuser: c.party(found.Source), When: found.Published}, nil
}

// trends ranks the dyads with escalations or de-escalations in the window
// by that activity, keeps the keep busiest, compares each with its
// baseline, and orders them most escalated first. It also returns how many
// active dyads it left out. Reading the history of the kept dyads alone
// keeps a briefing's cost independent of how busy the month before was.
func (c *Composer) trends(ctx context.Context, r Request, noveltyDays, keep int, events []briefbot.Event) ([]Trend, int, error) {
	type pair struct{ a, b string }
	pairOf := func(x, y string) pair {
		if y < x {
			x, y = y, x
		}
		return pair{x, y}
	}
	type tally struct {
		pair
		esc, deesc int
		escBy      map[string]int // escalations by source
		base       int
		daily      []int
	}
	active := map[pair]*tally{}
	var ranked []*tally
	for _, e := range events {
		t := e.Type
		if (t != briefbot.Escalation && t != briefbot.Deescalation) || e.Target == "" {
			continue
		}
		p := pairOf(e.Source, e.Target)
		tl := active[p]
		if tl == nil {
			tl = &tally{pair: p, escBy: map[string]int{}, daily: make([]int, SparkDays)}
			active[p] = tl
			ranked = append(ranked, tl)
		}
		if t == briefbot.Escalation {
			tl.esc++
			tl.escBy[e.Source]++
		} else {
			tl.deesc++
		}
	}
	slices.SortFunc(ranked, func(x, y *tally) int {
		return cmp.Or(cmp.Compare(y.esc, x.esc), cmp.Compare(y.deesc, x.deesc), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	more := max(0, len(ranked)-keep)
	ranked = ranked[:len(ranked)-more]

	// The baseline counts the escalations of the NoveltyDays before the
	// window; the sparkline's days are those before the window and the
	// window's own.
	lookbackStart := r.From.Add(-time.Duration(noveltyDays) * 24 * time.Hour)
	sparkFrom := utcDay(r.To.Add(-time.Nanosecond)).AddDate(0, 0, 1-SparkDays)
	count := func(source, target string, at time.Time, n int, inBaseline bool) {
		tl := active[pairOf(source, target)]
		if tl == nil {
			return
		}
		if inBaseline {
			tl.base += n
		}
		if i := int(utcDay(at).Sub(sparkFrom).Hours() / 24); i >= 0 && i < SparkDays {
			tl.daily[i] += n
		}
	}
	historyFrom := lookbackStart
	if sparkFrom.Before(historyFrom) {
		historyFrom = sparkFrom
	}
	var keys []storage.Key
	for _, tl := range ranked {
		keys = append(keys, storage.Key{Type: briefbot.Escalation, Source: tl.a, Target: tl.b},
			storage.Key{Type: briefbot.Escalation, Source: tl.b, Target: tl.a})
	}
	// The lookback may start mid-day: reading the days before it apart
	// keeps the baseline exact.
	for _, span := range [][2]time.Time{{lookbackStart, r.From}, {historyFrom, lookbackStart}} {
		if !span[0].Before(span[1]) {
			continue
		}
		days, err := c.Store.KeyDailyCounts(ctx, keys, span[0], span[1])
		if err != nil {
			return nil, 0, fmt.Errorf("compose briefing: read daily counts: %w", err)
		}
		for _, d := range days {
			count(d.Source, d.Target, d.Day, d.Count, span[0].Equal(lookbackStart))
		}
	}
	for _, e := range events {
		if e.Type == briefbot.Escalation {
			count(e.Source, e.Target, e.Published, 1, false)
		}
	}

	windowDays := r.To.Sub(r.From).Hours() / 24
	trends := make([]Trend, 0, len(ranked))
	for _, tl := range ranked {
		a, b := tl.a, tl.b
		if tl.escBy[b] > tl.escBy[a] {
			a, b = b, a
		}
		trends = append(trends, Trend{
			A: c.party(a), B: c.party(b),
			Escalations: tl.esc, Deescalations: tl.deesc,
			Before: tl.base, BaselineDays: noveltyDays,
			Days:  windowDays,
			Daily: tl.daily,
		})
	}
	slices.SortStableFunc(trends, func(x, y Trend) int { return cmp.Compare(y.Excess(), x.Excess()) })
	return trends, more, nil
}

func (c *Composer) party(id string) Party {
	if id == "" {
		return Party{}
	}
	if c.Gazetteer != nil {
		if a, ok := c.Gazetteer.Actor(id); ok && a.Name != "" {
			return Party{ID: a.ID, Name: a.Name}
		}
	}
	return Party{ID: id, Name: id}
}

func utcDay(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }
