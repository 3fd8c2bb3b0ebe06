package briefing

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// Reader is the part of the store a Composer reads.
type Reader interface {
	EventsBetween(ctx context.Context, from, to time.Time, f storage.Filter, limit int) ([]storage.Event, error)
	SeenKeys(ctx context.Context, from, to time.Time, f storage.Filter) (map[storage.Key]bool, error)
	DyadDailyCounts(ctx context.Context, from, to time.Time, f storage.Filter) ([]storage.DyadDay, error)
	ClusterSources(ctx context.Context, clusterIDs []int64) (map[int64][]storage.Source, error)
	EventsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]storage.Event, error)
	EventsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]storage.Event, error)
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

// Compose reads the window and its history and builds the briefing.
func (c *Composer) Compose(ctx context.Context, r Request) (*Briefing, error) {
	if !r.From.Before(r.To) {
		return nil, fmt.Errorf("compose briefing: window start %s is not before its end %s", r.From.Format(time.RFC3339), r.To.Format(time.RFC3339))
	}
	if c.Store == nil {
		return nil, errors.New("compose briefing: no store")
	}
	b := &Briefing{From: r.From, To: r.To, Filter: r.Filter, NoveltyDays: c.noveltyDays(), Counts: map[coder.EventType]int{}}
	b.Scope = append(b.Scope, r.Filter.Regions...)
	for _, id := range r.Filter.Actors {
		b.Scope = append(b.Scope, c.party(id).Name)
	}
	events, err := c.Store.EventsBetween(ctx, r.From, r.To, r.Filter, windowEventLimit)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read window: %w", err)
	}
	for _, e := range events {
		b.Counts[coder.EventType(e.Type)]++
	}
	b.Total = len(events)
	if b.Total == 0 {
		return b, nil
	}
	lookback := time.Duration(b.NoveltyDays) * 24 * time.Hour
	seen, err := c.Store.SeenKeys(ctx, r.From.Add(-lookback), r.From, r.Filter)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read seen keys: %w", err)
	}
	fresh, calming := c.groupItems(events, seen)
	fresh, calming = mergeSameSentence(fresh), mergeSameSentence(calming)
	if b.Trends, err = c.trends(ctx, r, b.NoveltyDays, events); err != nil {
		return nil, err
	}
	if len(b.Trends) > 0 && b.Trends[0].Excess() > 0 {
		top := b.Trends[0]
		b.Top = &top
	}

	keep := c.maxItems()
	fresh, b.More = capGroups(fresh, keep)
	calming, b.MoreDeescalations = capGroups(calming, keep)
	if len(b.Trends) > keep {
		b.MoreTrends = len(b.Trends) - keep
		b.Trends = b.Trends[:keep]
	}
	sources, err := c.sources(ctx, slices.Concat(fresh, calming))
	if err != nil {
		return nil, err
	}
	for _, g := range fresh {
		it := c.item(g, sources)
		if it.Type == coder.Denial {
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
	events   []storage.Event
	clusters []int64
}

// best is the event whose evidence speaks for the group: the most
// confident, the earliest on a tie.
func (g *group) best() storage.Event {
	best := g.events[0]
	for _, e := range g.events[1:] {
		if e.Confidence > best.Confidence || (e.Confidence == best.Confidence && e.Date.Before(best.Date)) {
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
	type sentence struct{ typ, source, evidence string }
	first := map[sentence]*group{}
	out := groups[:0]
	for _, g := range groups {
		k := sentence{g.key.Type, g.key.Source, g.best().Evidence}
		m := first[k]
		if m == nil || k.evidence == "" || g.key.Target == "" || m.key.Target == "" || k.typ == string(coder.Denial) {
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
func (c *Composer) groupItems(events []storage.Event, seen map[storage.Key]bool) (fresh, calming []*group) {
	groups := map[storage.Key]*group{}
	for _, e := range events {
		k := storage.Key{Type: e.Type, Source: e.Source, Target: e.Target}
		g := groups[k]
		if g == nil {
			switch coder.EventType(e.Type) {
			case coder.Accusation, coder.Denial, coder.Escalation:
				if seen[k] {
					continue
				}
				g = &group{key: k}
				fresh = append(fresh, g)
			case coder.Deescalation:
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
	first := best.Date
	for _, e := range g.events {
		if e.Date.Before(first) {
			first = e.Date
		}
	}
	var all []storage.Source
	for _, id := range g.clusters {
		all = append(all, sources[id]...)
	}
	// The events' own articles belong to their clusters; listing them too
	// keeps the item linked if the cluster read comes back short.
	for _, e := range g.events {
		all = append(all, storage.Source{FeedName: e.FeedName, Link: e.Link, Title: e.Title, Published: e.Date})
	}
	slices.SortStableFunc(all, func(x, y storage.Source) int { return x.Published.Compare(y.Published) })
	it := Item{
		Type:      coder.EventType(best.Type),
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
	until := g.events[0].Date
	for _, e := range g.events {
		if e.Date.After(until) {
			until = e.Date
		}
	}
	// EventsBetween-style reads exclude their end; the accusation may share
	// the denial's timestamp.
	end := until.Add(time.Second)
	denier, accuser := g.key.Source, g.key.Target
	var (
		events []storage.Event
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
	var found *storage.Event
	for i, e := range events {
		if e.Type != string(coder.Accusation) || e.Target != denier || e.Date.After(until) {
			continue
		}
		if accuser != "" && e.Source != accuser {
			continue
		}
		if found == nil || e.Date.After(found.Date) {
			found = &events[i]
		}
	}
	if found == nil {
		return nil, nil
	}
	return &Accusation{Accuser: c.party(found.Source), When: found.Date}, nil
}

// trends compares each dyad with escalations or de-escalations in the
// window against its baseline, most escalated first.
func (c *Composer) trends(ctx context.Context, r Request, noveltyDays int, events []storage.Event) ([]Trend, error) {
	type pair struct{ a, b string }
	pairOf := func(x, y string) pair {
		if y < x {
			x, y = y, x
		}
		return pair{x, y}
	}
	type tally struct {
		esc, deesc int
		escBy      map[string]int // escalations by source
	}
	active := map[pair]*tally{}
	for _, e := range events {
		t := coder.EventType(e.Type)
		if (t != coder.Escalation && t != coder.Deescalation) || e.Target == "" {
			continue
		}
		p := pairOf(e.Source, e.Target)
		tl := active[p]
		if tl == nil {
			tl = &tally{escBy: map[string]int{}}
			active[p] = tl
		}
		if t == coder.Escalation {
			tl.esc++
			tl.escBy[e.Source]++
		} else {
			tl.deesc++
		}
	}
	if len(active) == 0 {
		return nil, nil
	}

	// Baselines and sparklines count whole UTC days: the NoveltyDays days
	// before the window's first day, and the SparkDays days ending with the
	// window's last day.
	firstDay := utcDay(r.From)
	lastDay := utcDay(r.To.Add(-time.Nanosecond))
	baseFrom := firstDay.AddDate(0, 0, -noveltyDays)
	sparkFrom := lastDay.AddDate(0, 0, 1-SparkDays)
	days, err := c.Store.DyadDailyCounts(ctx, minTime(baseFrom, sparkFrom), r.To, r.Filter)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read daily counts: %w", err)
	}
	type history struct {
		base  int
		daily []int
	}
	hist := map[pair]*history{}
	for p := range active {
		hist[p] = &history{daily: make([]int, SparkDays)}
	}
	for _, d := range days {
		if d.Type != string(coder.Escalation) {
			continue
		}
		h := hist[pairOf(d.Source, d.Target)]
		if h == nil {
			continue
		}
		day := utcDay(d.Day)
		if !day.Before(baseFrom) && day.Before(firstDay) {
			h.base += d.Count
		}
		if i := int(day.Sub(sparkFrom).Hours() / 24); i >= 0 && i < SparkDays {
			h.daily[i] += d.Count
		}
	}

	windowDays := r.To.Sub(r.From).Hours() / 24
	trends := make([]Trend, 0, len(active))
	for p, tl := range active {
		a, b := p.a, p.b
		if tl.escBy[b] > tl.escBy[a] {
			a, b = b, a
		}
		h := hist[p]
		trends = append(trends, Trend{
			A: c.party(a), B: c.party(b),
			Escalations: tl.esc, Deescalations: tl.deesc,
			Before: h.base, BaselineDays: noveltyDays,
			Days:  windowDays,
			Daily: h.daily,
		})
	}
	slices.SortFunc(trends, func(x, y Trend) int {
		return cmp.Or(cmp.Compare(y.Excess(), x.Excess()), cmp.Compare(y.Escalations, x.Escalations),
			cmp.Compare(y.Deescalations, x.Deescalations), cmp.Compare(x.A.ID, y.A.ID), cmp.Compare(x.B.ID, y.B.ID))
	})
	return trends, nil
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

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}
