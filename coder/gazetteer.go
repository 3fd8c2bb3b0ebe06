package coder

import (
	"bufio"
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
)

//go:generate go run ./internal/gengazetteer -countries $WORLD_COUNTRIES_JSON -out data

// data holds the built-in actors. actors-*.tsv define actors, one a line:
// "id<TAB>kind<TAB>name<TAB>region;region". aliases-*.tsv add surface forms,
// one a line: "id<TAB>form<TAB>surface". stoplist.txt lists phrases that
// contain an actor's name but do not refer to it ("South China Sea").
//
//go:embed data/actors-*.tsv data/aliases-*.tsv data/stoplist.txt
var data embed.FS

// Gazetteer knows the actors and every surface form that refers to them. It
// is immutable and safe for concurrent use.
type Gazetteer struct {
	actors  []briefbot.Actor // sorted by ID
	byID    map[string]int   // lower-cased ID -> index into actors
	byKey   map[string]int   // lookupKey of a name or alias -> index into actors
	entries []entry          // every surface form, in the order they were added
	stops   []string         // phrases matched only to be dropped
	match   matcher
}

// entry is one surface form of one actor.
type entry struct {
	actor   string // actor ID
	form    Form
	surface string
}

var builtin = sync.OnceValue(func() *Gazetteer {
	g, err := loadBuiltin(data)
	if err != nil {
		// The data is embedded and checked by the tests, so this is a build defect.
		panic("coder: built-in gazetteer: " + err.Error())
	}
	return g
})

// Builtin returns the gazetteer of the embedded data: every state, the armed
// groups and the international organisations. It is parsed once.
func Builtin() *Gazetteer { return builtin() }

// loadBuiltin parses the embedded data files. Unlike With, it refuses a
// surface form claimed by two actors, since the data must say which one it
// means.
func loadBuiltin(fsys fs.FS) (*Gazetteer, error) {
	var actors []briefbot.Actor
	var entries []entry
	var stops []string
	err := eachDataLine(fsys, "data/actors-*.tsv", 4, func(f []string) error {
		a := briefbot.Actor{ID: f[0], Kind: briefbot.Kind(f[1]), Name: f[2]}
		if f[3] != "" {
			a.Regions = strings.Split(f[3], ";")
		}
		if err := checkActor(a); err != nil {
			return err
		}
		actors = append(actors, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachDataLine(fsys, "data/aliases-*.tsv", 3, func(f []string) error {
		e := entry{actor: f[0], form: Form(f[1]), surface: f[2]}
		if !slices.Contains(forms, e.form) {
			return fmt.Errorf("unknown form %q", e.form)
		}
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachDataLine(fsys, "data/stoplist.txt", 1, func(f []string) error {
		stops = append(stops, f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	owner := make(map[string]string)
	for _, a := range actors {
		if prev, dup := owner[lookupKey(a.Name)]; dup && prev != a.ID {
			return nil, fmt.Errorf("name %q of %s is also a surface form of %s", a.Name, a.ID, prev)
		}
		owner[lookupKey(a.Name)] = a.ID
	}
	for _, e := range entries {
		if prev, dup := owner[lookupKey(e.surface)]; dup && prev != e.actor {
			return nil, fmt.Errorf("surface form %q of %s is also a surface form of %s", e.surface, e.actor, prev)
		}
		owner[lookupKey(e.surface)] = e.actor
	}
	for _, s := range stops {
		if id, dup := owner[lookupKey(s)]; dup {
			return nil, fmt.Errorf("stop phrase %q is a surface form of %s", s, id)
		}
	}
	// An actor's aliases list its names, demonyms and capitals before its
	// organs, agencies and leaders, whatever file each line came from, so
	// that /who shows the forms people know it by first.
	slices.SortStableFunc(entries, func(a, b entry) int {
		return slices.Index(forms, a.form) - slices.Index(forms, b.form)
	})
	return build(actors, entries, stops)
}

// eachDataLine calls fn with the tab-separated fields of every line of the
// files matching pattern, skipping blank lines and "#" comments.
func eachDataLine(fsys fs.FS, pattern string, fields int, fn func([]string) error) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return fmt.Errorf("listing %s: %w", pattern, err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimRight(sc.Text(), " \r")
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) != fields {
				return fmt.Errorf("%s:%d: %d tab-separated fields, want %d", name, n, len(f), fields)
			}
			if err := fn(f); err != nil {
				return fmt.Errorf("%s:%d: %w", name, n, err)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
	}
	return nil
}

func checkActor(a briefbot.Actor) error {
	if a.ID == "" || strings.ContainsAny(a.ID, " \t\n") {
		return fmt.Errorf("actor ID %q: must be non-empty with no spaces", a.ID)
	}
	if !a.Kind.Valid() {
		return fmt.Errorf("actor %s: kind %q is not state, group or igo", a.ID, a.Kind)
	}
	if strings.TrimSpace(a.Name) == "" {
		return fmt.Errorf("actor %s: no name", a.ID)
	}
	for _, r := range a.Regions {
		if !briefbot.IsRegion(r) {
			return fmt.Errorf("actor %s: unknown region %q", a.ID, r)
		}
	}
	return nil
}

// build indexes actors and entries. Where actors share a surface form the
// later one wins, which is how configuration overrides the built-in data.
func build(actors []briefbot.Actor, entries []entry, stops []string) (*Gazetteer, error) {
	g := &Gazetteer{
		byID:    make(map[string]int, len(actors)),
		byKey:   make(map[string]int, len(actors)+len(entries)),
		entries: entries,
		stops:   stops,
	}
	g.actors = make([]briefbot.Actor, len(actors))
	copy(g.actors, actors)
	slices.SortFunc(g.actors, func(a, b briefbot.Actor) int { return cmp.Compare(a.ID, b.ID) })
	for i := range g.actors {
		g.actors[i].Aliases = nil
		id := strings.ToLower(g.actors[i].ID)
		if _, dup := g.byID[id]; dup {
			return nil, fmt.Errorf("actor ID %s defined twice", g.actors[i].ID)
		}
		g.byID[id] = i
	}
	type keyed struct {
		entry
		key   string
		index int // into g.actors
	}
	all := make([]keyed, 0, len(g.actors)+len(entries))
	for i, a := range g.actors {
		all = append(all, keyed{entry{a.ID, FormName, a.Name}, lookupKey(a.Name), i})
	}
	for _, e := range entries {
		i, ok := g.byID[strings.ToLower(e.actor)]
		if !ok {
			return nil, fmt.Errorf("surface form %q: unknown actor %q", e.surface, e.actor)
		}
		e.actor = g.actors[i].ID
		all = append(all, keyed{e, lookupKey(e.surface), i})
	}
	owner := make(map[string]int, len(all)) // key -> index into g.actors
	for _, k := range all {
		owner[k.key] = k.index
	}
	won := make([]entry, 0, len(all)) // every spelling of every form its actor kept
	for n, k := range all {
		if owner[k.key] != k.index {
			continue
		}
		won = append(won, k.entry)
		if _, dup := g.byKey[k.key]; dup {
			continue
		}
		g.byKey[k.key] = k.index
		if n >= len(g.actors) && k.key != all[k.index].key {
			g.actors[k.index].Aliases = append(g.actors[k.index].Aliases, k.surface)
		}
	}
	g.match = newMatcher(won, stops)
	return g, nil
}

// With returns a gazetteer with extra actors added. An extra actor whose ID is
// already known updates that actor: a non-empty Kind, Name or Regions replaces
// the old one and its Aliases are added. A surface form that another actor
// had is moved to the extra actor.
func (g *Gazetteer) With(extra []briefbot.Actor) (*Gazetteer, error) {
	actors := make([]briefbot.Actor, len(g.actors))
	copy(actors, g.actors)
	index := make(map[string]int, len(g.byID))
	for id, i := range g.byID {
		index[id] = i
	}
	entries := slices.Clip(g.entries)
	for _, x := range extra {
		i, known := index[strings.ToLower(x.ID)]
		if !known {
			if err := checkActor(x); err != nil {
				return nil, err
			}
			i = len(actors)
			index[strings.ToLower(x.ID)] = i
			actors = append(actors, briefbot.Actor{ID: x.ID})
		}
		a := &actors[i]
		if x.Kind != "" {
			a.Kind = x.Kind
		}
		if x.Name != "" {
			if a.Name != "" && lookupKey(a.Name) != lookupKey(x.Name) {
				// The old name stays a way to refer to the actor.
				entries = append(entries, entry{actor: a.ID, form: FormName, surface: a.Name})
			}
			a.Name = x.Name
		}
		if len(x.Regions) > 0 {
			a.Regions = slices.Clone(x.Regions)
		}
		if err := checkActor(*a); err != nil {
			return nil, err
		}
		if x.Name != "" {
			entries = append(entries, entry{actor: a.ID, form: FormName, surface: a.Name})
		}
		for _, s := range x.Aliases {
			if strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("actor %s: empty alias", a.ID)
			}
			entries = append(entries, entry{actor: a.ID, form: FormAlias, surface: s})
		}
	}
	return build(actors, entries, g.stops)
}

// Actor returns the actor with the given ID, ignoring case.
func (g *Gazetteer) Actor(id string) (briefbot.Actor, bool) {
	i, ok := g.byID[strings.ToLower(strings.TrimSpace(id))]
	if !ok {
		return briefbot.Actor{}, false
	}
	return cloneActor(g.actors[i]), true
}

// Lookup finds an actor by ID, name or alias, ignoring case, a leading "the"
// and the kind of apostrophe.
func (g *Gazetteer) Lookup(q string) (briefbot.Actor, bool) {
	if a, ok := g.Actor(q); ok {
		return a, true
	}
	i, ok := g.byKey[lookupKey(q)]
	if !ok {
		return briefbot.Actor{}, false
	}
	return cloneActor(g.actors[i]), true
}

// Actors returns every actor, sorted by ID.
func (g *Gazetteer) Actors() []briefbot.Actor {
	out := make([]briefbot.Actor, len(g.actors))
	for i, a := range g.actors {
		out[i] = cloneActor(a)
	}
	return out
}

// Regions returns the region slugs, sorted.
func (g *Gazetteer) Regions() []string { return briefbot.Regions() }

func cloneActor(a briefbot.Actor) briefbot.Actor {
	a.Aliases = slices.Clone(a.Aliases)
	a.Regions = slices.Clone(a.Regions)
	return a
}

// Suggest returns up to n actors whose ID, name or alias is closest to q, for
// a "did you mean" answer to an unknown query. Only near spellings are
// offered, so it may return fewer than n, or none.
func (g *Gazetteer) Suggest(q string, n int) []briefbot.Actor {
	want := squash(q)
	if want == "" || n <= 0 {
		return nil
	}
	limit := max(1, utf8.RuneCountInString(want)/3)
	best := make(map[int]int) // actor index -> smallest distance
	consider := func(key string, actor int) {
		k := squash(key)
		d := editDistance(want, k)
		if len(want) >= 3 && strings.HasPrefix(k, want) {
			d = min(d, 1)
		}
		if d > limit {
			return
		}
		if old, ok := best[actor]; !ok || d < old {
			best[actor] = d
		}
	}
	for i, a := range g.actors {
		consider(a.ID, i)
		consider(a.Name, i)
		for _, s := range a.Aliases {
			consider(s, i)
		}
	}
	idx := make([]int, 0, len(best))
	for i := range best {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(best[a], best[b]), cmp.Compare(g.actors[a].ID, g.actors[b].ID))
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	out := make([]briefbot.Actor, len(idx))
	for i, a := range idx {
		out[i] = cloneActor(g.actors[a])
	}
	return out
}

// SuggestRegions returns up to n region slugs close to q: those containing
// it (or contained in it) first, then by spelling distance.
func SuggestRegions(q string, n int) []string {
	q = squash(q)
	type scored struct {
		slug string
		d    int
	}
	var close []scored
	for _, r := range briefbot.Regions() {
		d := editDistance(q, squash(r))
		if strings.Contains(squash(r), q) || strings.Contains(q, squash(r)) {
			d = 0
		}
		if d <= max(2, len(q)/3) {
			close = append(close, scored{r, d})
		}
	}
	slices.SortStableFunc(close, func(a, b scored) int { return a.d - b.d })
	out := make([]string, 0, min(n, len(close)))
	for _, s := range close[:min(n, len(close))] {
		out = append(out, s.slug)
	}
	return out
}

// lookupKey normalises a query or surface form for exact lookup: lower case,
// straight apostrophes, single spaces and no leading "the".
func lookupKey(s string) string {
	if !plainKey(s) {
		s = strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "\u2019", "'")
	}
	s = strings.ToLower(s)
	return strings.TrimPrefix(s, "the ")
}

// plainKey reports whether s is ASCII with single inner spaces, the common
// case lookupKey need not rewrite.
func plainKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// squash reduces s to its lower-cased letters and digits, so that spelling
// distance ignores spaces, hyphens and dots.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
