package briefing

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// Reader is the part of the store a Composer reads: developments first
// reported in the window, and for the window's keys and dyads alone their
// history, so that a briefing's cost does not grow with the months before.
type Reader interface {
	DevelopmentsSeen(ctx context.Context, from, to time.Time, f storage.Filter, limit int) ([]briefbot.Development, error)
	DevelopmentsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Development, error)
	DevelopmentsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Development, error)
	SeenAmong(ctx context.Context, keys []storage.Key, from, to time.Time) (map[storage.Key]bool, error)
	KeyDailyCounts(ctx context.Context, keys []storage.Key, from, to time.Time) ([]storage.DyadDay, error)
}

// Defaults for a Composer's zero settings.
const (
	DefaultNoveltyDays = 30
	DefaultMaxItems    = 8
)

const (
	// windowLimit bounds the developments read for one window; a day of
	// news holds a few thousand at most.
	windowLimit = 200_000
	// StaleDays: a development first reported in a window that happened
	// more than this many days before the window's first day is old news
	// told anew, which the coder did not mark as background. It is not
	// listed as news and counts nowhere in the briefing.
	StaleDays = 3
	// answerLimit bounds the developments read to find the accusation a
	// denial answers.
	answerLimit = 200
	// unnamedAnswerDays is how far back a denial naming no accuser looks for
	// the accusation it answers.
	unnamedAnswerDays = 1
)

// Composer turns stored developments into briefings.
type Composer struct {
	Store Reader
	// Gazetteer names the actors and tells states from groups; nil shows
	// IDs and weighs every actor alike.
	Gazetteer Actors
	// NoveltyDays is how far back a development's type and sides must be
	// unseen for it to be flagged first, how far back a denial's accusation
	// is looked for, and the span of the trend baselines. Zero means
	// DefaultNoveltyDays.
	NoveltyDays int
	// MaxItems caps the items listed (and the trends); the rest are
	// counted as "and N more". Zero means DefaultMaxItems.
	MaxItems int
}

// Request asks for a briefing of the developments first reported in
// [From, To) that match Filter.
type Request struct {
	From, To time.Time
	Filter   storage.Filter
	// Keywords, when set, keeps only developments whose evidence or a
	// report's headline holds one of them; ExcludeKeywords drops those that
	// hold any. Both match whole words, ignoring case.
	Keywords, ExcludeKeywords []string
	// All lifts the cap on items and lists the window's background too.
	All bool
	// Location is the reader's time zone; nil means UTC.
	Location *time.Location
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
	b := &Briefing{From: r.From, To: r.To, Location: cmp.Or(r.Location, time.UTC), Filter: r.Filter,
		NoveltyDays: c.noveltyDays(), Counts: map[briefbot.EventType]int{}, All: r.All}
	b.Scope = append(b.Scope, r.Filter.Regions...)
	for _, id := range r.Filter.Actors {
		b.Scope = append(b.Scope, c.party(id).Name)
	}
	devs, err := c.Store.DevelopmentsSeen(ctx, r.From, r.To, r.Filter, windowLimit)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read window: %w", err)
	}
	news, background := sift(devs, r)
	b.BackgroundCount = len(background)
	for _, d := range news {
		b.Counts[d.Type]++
	}
	b.Total = len(news)
	if b.Total == 0 && !r.All {
		return b, nil
	}
	first, err := c.firsts(ctx, news, r.From)
	if err != nil {
		return nil, err
	}
	items := c.items(news, first)
	if b.Trends, b.MoreTrends, err = c.trends(ctx, r, b.NoveltyDays, news); err != nil {
		return nil, err
	}
	items, b.More = c.capItems(items, r.All)
	for i := range items {
		if items[i].Type != briefbot.Denial {
			continue
		}
		if items[i].Answers, err = c.answered(ctx, items[i]); err != nil {
			return nil, err
		}
		if a := items[i].Answers; a != nil {
			// A denial belongs to the story of the accusation it answers.
			items[i].parties = append(items[i].parties, a.Accuser.ID)
			items[i].sides = append(items[i].sides, a.Accuser.ID)
		}
	}
	b.Stories = c.stories(items)
	if r.All {
		b.Background = c.items(background, nil)
	}
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

// sift keeps the window's developments that the request's keywords let
// through, and parts news from background: a development is background
// when the coder said so, when it happened more than StaleDays before the
// window, or when it is a state's claim of restraint on a day it struck
// the side it claims restraint towards ("demonstrated considerable
// restraint in selection of targets" is part of the strike, not a calming
// move).
func sift(devs []briefbot.Development, r Request) (news, background []briefbot.Development) {
	stale := briefbot.Day(r.From).AddDate(0, 0, -StaleDays)
	for _, d := range devs {
		if !KeywordsLetThrough(d, r.Keywords, r.ExcludeKeywords) {
			continue
		}
		if d.Background || d.Day.Before(stale) || strikerRestraint(d, devs) {
			background = append(background, d)
			continue
		}
		news = append(news, d)
	}
	return news, background
}

// strikerRestraint reports whether d is a claim of restraint by a side
// that used force against the other within a day of it.
func strikerRestraint(d briefbot.Development, window []briefbot.Development) bool {
	if d.Type != briefbot.Deescalation || d.Code != "restraint" {
		return false
	}
	return slices.ContainsFunc(window, func(f briefbot.Development) bool {
		return !f.Background && briefbot.Family(f.Type, f.Code) == "force" && f.Source == d.Source &&
			(f.Target == d.Target || slices.Contains(f.AltTargets, d.Target)) &&
			f.Day.Sub(d.Day).Abs() <= 24*time.Hour
	})
}

// KeywordsLetThrough applies a channel's keywords to a development's
// evidence and its reports' headlines: with keywords, one must be there;
// no excluded one may be.
func KeywordsLetThrough(d briefbot.Development, keywords, exclude []string) bool {
	if len(keywords) == 0 && len(exclude) == 0 {
		return true
	}
	texts := []string{d.Evidence}
	for _, rp := range d.Reports {
		texts = append(texts, rp.Title)
	}
	holds := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool {
			return slices.ContainsFunc(texts, func(t string) bool { return containsWord(t, w) })
		})
	}
	return (len(keywords) == 0 || holds(keywords)) && !holds(exclude)
}

// containsWord reports whether text holds phrase as whole words, ignoring
// case: "Iran" is in "Iran's" but not in "Iranian".
func containsWord(text, phrase string) bool {
	text, phrase = strings.ToLower(text), strings.ToLower(strings.TrimSpace(phrase))
	if phrase == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = start + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// key is a development's type and sides, the unit of novelty.
func key(d briefbot.Development) storage.Key {
	return storage.Key{Type: d.Type, Source: d.Source, Target: d.Target}
}

// firsts tells, by development ID, which of the window's developments are
// the first of their type between their sides in the NoveltyDays before
// the window's first day and in the window before them.
func (c *Composer) firsts(ctx context.Context, news []briefbot.Development, from time.Time) (map[int64]bool, error) {
	keys := make([]storage.Key, len(news))
	for i, d := range news {
		keys[i] = key(d)
	}
	firstDay := briefbot.Day(from)
	seen, err := c.Store.SeenAmong(ctx, keys, firstDay.AddDate(0, 0, -c.noveltyDays()), firstDay)
	if err != nil {
		return nil, fmt.Errorf("compose briefing: read history of the window's developments: %w", err)
	}
	order := slices.Clone(news)
	slices.SortFunc(order, func(x, y briefbot.Development) int {
		return cmp.Or(x.Day.Compare(y.Day), x.FirstSeen.Compare(y.FirstSeen), cmp.Compare(x.ID, y.ID))
	})
	first := map[int64]bool{}
	for _, d := range order {
		k := key(d)
		first[d.ID] = !seen[k]
		seen[k] = true
	}
	return first, nil
}

// items turns developments into lines, folding the developments one
// sentence states against several targets into one line: "Iran struck
// targets in Iraq and Syria" is one line with two targets, not two lines
// saying the same. Denials stay apart, since each answers its own accuser.
func (c *Composer) items(devs []briefbot.Development, first map[int64]bool) []Item {
	type sentence struct {
		typ              briefbot.EventType
		source, family   string
		evidence         string
		day              time.Time
		background       bool
		denial, targeted bool
	}
	var items []Item
	at := map[sentence]int{}
	for _, d := range devs {
		it := c.item(d, first[d.ID])
		k := sentence{d.Type, d.Source, briefbot.Family(d.Type, d.Code), d.Evidence, d.Day, d.Background, d.Type == briefbot.Denial, d.Target != ""}
		i, ok := at[k]
		if !ok || k.evidence == "" || k.denial || !k.targeted {
			at[k] = len(items)
			items = append(items, it)
			continue
		}
		m := &items[i]
		m.IDs = append(m.IDs, it.IDs...)
		m.Targets = append(m.Targets, it.Targets...)
		slices.SortFunc(m.Targets, func(x, y Party) int { return cmp.Compare(x.Name, y.Name) })
		m.parties = append(m.parties, it.parties...)
		m.sides = append(m.sides, it.sides...)
		m.Weight = max(m.Weight, it.Weight)
		m.First = m.First || it.First
		if it.FirstSeen.Before(m.FirstSeen) {
			m.FirstSeen = it.FirstSeen
		}
		m.Reports = max(m.Reports, it.Reports)
		for _, s := range it.Sources {
			if !slices.ContainsFunc(m.Sources, func(o Source) bool { return o.Outlet == s.Outlet }) {
				m.Sources = append(m.Sources, s)
			}
		}
		slices.SortStableFunc(m.Sources, func(x, y Source) int { return x.Published.Compare(y.Published) })
	}
	return items
}

// item is one development as a line.
func (c *Composer) item(d briefbot.Development, first bool) Item {
	it := Item{
		IDs: []int64{d.ID}, Type: d.Type, Code: d.Code, Source: c.party(d.Source),
		Day: d.Day, FirstSeen: d.FirstSeen, Evidence: d.Evidence, What: Clause(d.Evidence),
		Intensity: d.Intensity, Weight: Weight(d, c.Gazetteer), First: first, Background: d.Background,
		Reports: len(d.Reports),
		parties: append([]string{d.Source, d.Target}, d.AltTargets...),
		sides:   []string{d.Source, d.Target},
	}
	if d.Target != "" {
		it.Targets = []Party{c.party(d.Target)}
	}
	for _, r := range d.Reports {
		outlet := cmp.Or(r.Outlet, hostOf(r.Link))
		if r.Link == "" || slices.ContainsFunc(it.Sources, func(s Source) bool { return s.Outlet == outlet }) {
			continue
		}
		it.Sources = append(it.Sources, Source{Outlet: outlet, URL: r.Link, Title: r.Title, Published: r.Published})
	}
	return it
}

// capItems ranks items by weight, then by the outlets and articles that
// carry them, then by intensity, then by the earliest reported (then by
// what they say), and keeps
// the cap's worth unless all are asked for. It returns the kept items and
// how many it dropped.
func (c *Composer) capItems(items []Item, all bool) ([]Item, int) {
	slices.SortStableFunc(items, func(x, y Item) int {
		return cmp.Or(cmp.Compare(y.Weight, x.Weight), cmp.Compare(len(y.Sources), len(x.Sources)),
			cmp.Compare(y.Reports, x.Reports), cmp.Compare(math.Abs(y.Intensity), math.Abs(x.Intensity)),
			x.FirstSeen.Compare(y.FirstSeen), compareContent(x, y))
	})
	keep := c.maxItems()
	if all || len(items) <= keep {
		return items, 0
	}
	return items[:keep], len(items) - keep
}

// answered finds the accusation a denial answers: the latest news
// accusation by the denial's target against the denier that happened on
// the denial's day or in the NoveltyDays before, and was reported no later
// than the denial. When the denial names no accuser, only an accusation by
// anyone of its day or the day before will do: an older one is as likely
// another charge than the one denied. A denial never answers an accusation
// made after it.
func (c *Composer) answered(ctx context.Context, it Item) (*Accusation, error) {
	denier, accuser := it.Source.ID, it.Target().ID
	lookback := c.noveltyDays()
	if accuser == "" {
		lookback = unnamedAnswerDays
	}
	from, to := it.Day.AddDate(0, 0, -lookback), it.Day.AddDate(0, 0, 1)
	var (
		devs []briefbot.Development
		err  error
	)
	if accuser != "" {
		devs, err = c.Store.DevelopmentsByDyad(ctx, denier, accuser, from, to, answerLimit)
	} else {
		devs, err = c.Store.DevelopmentsByActor(ctx, denier, from, to, answerLimit)
	}
	if err != nil {
		return nil, fmt.Errorf("compose briefing: find the accusation %s denied: %w", denier, err)
	}
	var found *briefbot.Development
	for i, d := range devs {
		if d.Type != briefbot.Accusation || d.Target != denier || d.Source == denier || d.FirstSeen.After(it.FirstSeen) ||
			accuser != "" && d.Source != accuser {
			continue
		}
		if found == nil || d.Day.After(found.Day) || d.Day.Equal(found.Day) && d.FirstSeen.After(found.FirstSeen) {
			found = &devs[i]
		}
	}
	if found == nil {
		return nil, nil
	}
	return &Accusation{Accuser: c.party(found.Source), Day: found.Day}, nil
}

// trends ranks the dyads with escalations or de-escalations first reported
// in the window by that activity, keeps the cap's worth, compares each
// with its baseline, and orders them most escalated first. It also returns
// how many active dyads it left out. Reading the history of the kept dyads
// alone keeps a briefing's cost independent of how busy the month before
// was.
func (c *Composer) trends(ctx context.Context, r Request, noveltyDays int, news []briefbot.Development) ([]Trend, int, error) {
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
	for _, d := range news {
		t := d.Type
		// A third party's call for restraint is not a move of either side.
		if (t != briefbot.Escalation && t != briefbot.Deescalation) || d.Target == "" || d.Target == d.Source ||
			briefbot.Family(t, d.Code) == "appeal" {
			continue
		}
		p := pairOf(d.Source, d.Target)
		tl := active[p]
		if tl == nil {
			tl = &tally{pair: p, escBy: map[string]int{}, daily: make([]int, SparkDays)}
			active[p] = tl
			ranked = append(ranked, tl)
		}
		if t == briefbot.Escalation {
			tl.esc++
			tl.escBy[d.Source]++
		} else {
			tl.deesc++
		}
	}
	slices.SortFunc(ranked, func(x, y *tally) int {
		return cmp.Or(cmp.Compare(y.esc, x.esc), cmp.Compare(y.deesc, x.deesc), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	more := max(0, len(ranked)-c.maxItems())
	ranked = ranked[:len(ranked)-more]
	if len(ranked) == 0 {
		return nil, more, nil
	}

	// The baseline counts the escalation developments of the NoveltyDays
	// before the window's first day; the sparkline the days they happened,
	// up to the window's last.
	firstDay := briefbot.Day(r.From)
	baseFrom := firstDay.AddDate(0, 0, -noveltyDays)
	lastDay := briefbot.Day(r.To.Add(-time.Nanosecond))
	sparkFrom := lastDay.AddDate(0, 0, 1-SparkDays)
	var keys []storage.Key
	for _, tl := range ranked {
		keys = append(keys, storage.Key{Type: briefbot.Escalation, Source: tl.a, Target: tl.b},
			storage.Key{Type: briefbot.Escalation, Source: tl.b, Target: tl.a})
	}
	historyFrom := baseFrom
	if sparkFrom.Before(historyFrom) {
		historyFrom = sparkFrom
	}
	days, err := c.Store.KeyDailyCounts(ctx, keys, historyFrom, lastDay.AddDate(0, 0, 1))
	if err != nil {
		return nil, 0, fmt.Errorf("compose briefing: read daily counts: %w", err)
	}
	for _, d := range days {
		tl := active[pairOf(d.Source, d.Target)]
		if !d.Day.Before(baseFrom) && d.Day.Before(firstDay) {
			tl.base += d.Count
		}
		if i := int(d.Day.Sub(sparkFrom).Hours() / 24); i >= 0 && i < SparkDays {
			tl.daily[i] += d.Count
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
