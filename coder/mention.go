package coder

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// Mention is one place in a text that refers to an actor.
type Mention struct {
	Start, End int    // byte offsets of Surface in the text
	ActorID    string // the actor referred to
	Surface    string // the text matched, e.g. "Tehran" or "Pakistani Taliban"
	Form       Form   // how Surface refers to the actor
}

// matcher finds every surface form and stop phrase in one pass of an
// Aho-Corasick automaton that finds leftmost-longest matches; word boundaries
// are checked on each match. People's names of several words, thousands of
// them, are looked up word by word in a map instead (see people): in the
// automaton they would take most of its memory and of its building time.
//
// The automaton is case-sensitive and holds the few spellings of each form
// that news text uses: as written, Title Case, capitalised at a sentence
// start, in capitals for forms of up to two words, and for the names of
// institutions ("Defense Ministry") with later words in lower case. That
// keeps "Chad", "Turkey" and "US" from matching chad, turkey and us, and it
// makes the scan fast: ordinary lower-case words never leave the automaton's
// start state.
type matcher struct {
	ac       ahocorasick.AhoCorasick
	patterns []pattern      // indexed like the automaton's patterns
	bySpell  map[string]int // spelling -> index into patterns, to fall back on a shorter form
	people   people
}

// people are the spellings of leaders' names of several words: spelling ->
// actor ID, and each spelling's first word, to look up only the words that
// may open a name.
type people struct {
	bySpell  map[string]string
	first    map[string]bool
	maxWords int
}

type pattern struct {
	actor string // actor ID; "" for a stop phrase
	form  Form
	// wordStart, wordEnd: the pattern begins or ends with a letter or digit, so
	// the text must not continue the word there.
	wordStart, wordEnd bool
}

func newMatcher(won []entry, stops []string) matcher {
	m := matcher{bySpell: make(map[string]int), people: people{bySpell: make(map[string]string), first: make(map[string]bool)}}
	var texts []string
	add := func(actor string, form Form, surface string) {
		for _, s := range spellings(surface, form) {
			if _, dup := m.bySpell[s]; dup {
				continue
			}
			m.bySpell[s] = len(texts)
			first, _ := utf8.DecodeRuneInString(s)
			last, _ := utf8.DecodeLastRuneInString(s)
			texts = append(texts, s)
			m.patterns = append(m.patterns, pattern{actor: actor, form: form, wordStart: isWordRune(first), wordEnd: isWordRune(last)})
		}
	}
	// Surface forms come first so that a configured alias beats a stop phrase.
	for _, e := range won {
		form := e.form
		if form == FormName && isShortAcronym(e.surface) {
			form = FormAcronym
		}
		if form == FormLeader && strings.Contains(strings.TrimSpace(e.surface), " ") {
			m.people.add(e.actor, e.surface)
			continue
		}
		add(e.actor, form, e.surface)
	}
	for _, s := range stops {
		add("", "", s)
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.LeftMostLongestMatch})
	m.ac = b.Build(texts)
	return m
}

// add records the spellings of a leader's name of several words. The
// first actor to claim a spelling keeps it, as in the automaton.
func (p *people) add(actor, surface string) {
	for _, sp := range spellings(surface, FormLeader) {
		if _, dup := p.bySpell[sp]; dup {
			continue
		}
		p.bySpell[sp] = actor
		first, _, _ := strings.Cut(sp, " ")
		p.first[first] = true
		p.maxWords = max(p.maxWords, strings.Count(sp, " ")+1)
	}
}

// find returns the names of people in text, in order: at each word that
// may open one, the longest run of words that spells one. A name ends
// before a space or the punctuation after it ("Sharif's", "Sharif,").
func (p *people) find(text string) []Mention {
	if len(p.bySpell) == 0 {
		return nil
	}
	var out []Mention
	for i := 0; i < len(text); {
		j := spaceFrom(text, i)
		start := i
		for start < j && strings.IndexByte("\"(['", text[start]) >= 0 {
			start++ // "(Nawaz Sharif", a quote's first word
		}
		if strings.HasPrefix(text[start:j], "\u201c") || strings.HasPrefix(text[start:j], "\u2018") {
			start += len("\u201c")
		}
		if start < j && p.first[text[start:j]] {
			if stop, actor := p.longest(text, start, j); stop > 0 {
				out = append(out, Mention{Start: start, End: stop, ActorID: actor, Surface: text[start:stop], Form: FormLeader})
				j = stop
			}
		}
		for i = j; i < len(text) && isSpace(text[i]); i++ {
		}
	}
	return out
}

// longest returns the end and actor of the longest name that opens at
// start, whose first word ends at firstEnd, or 0. The words of a name are
// joined by single spaces.
func (p *people) longest(text string, start, firstEnd int) (int, string) {
	var ends [8]int
	n := 0
	for e := firstEnd; n < p.maxWords-1 && n < len(ends) && e+1 < len(text) && text[e] == ' ' && !isSpace(text[e+1]); n++ {
		e = spaceFrom(text, e+1)
		ends[n] = e
	}
	for k := n - 1; k >= 0; k-- {
		stop := nameEnd(text, start, ends[k])
		if actor, ok := p.bySpell[text[start:stop]]; ok && (stop == len(text) || !wordAt(text, stop)) {
			return stop, actor
		}
	}
	return 0, ""
}

// spaceFrom returns where the first space, tab or line break at or after
// i is, or len(text).
func spaceFrom(text string, i int) int {
	for ; i < len(text); i++ {
		if isSpace(text[i]) {
			return i
		}
	}
	return i
}

// nameEnd trims from a run of words the punctuation and possessive that
// close it: "Nawaz Sharif's" -> "Nawaz Sharif".
func nameEnd(text string, start, stop int) int {
	w := text[start:stop]
	for {
		switch {
		case strings.HasSuffix(w, "'s"):
			w = w[:len(w)-2]
		case strings.HasSuffix(w, "\u2019s"):
			w = w[:len(w)-len("\u2019s")]
		case strings.HasSuffix(w, "\u201d") || strings.HasSuffix(w, "\u2019"):
			w = w[:len(w)-len("\u2019")]
		case w != "" && strings.IndexByte(",.;:!?)]\"'", w[len(w)-1]) >= 0:
			w = w[:len(w)-1]
		default:
			return start + len(w)
		}
	}
}

// wordAt reports a letter or digit at i.
func wordAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// spellings lists the ways news text writes a surface form (see matcher),
// without a leading "the" and with straight or curly apostrophes.
func spellings(surface string, form Form) []string {
	s := strings.Join(strings.Fields(surface), " ")
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	if s == "" {
		return nil
	}
	out := []string{s}
	if !isShortAcronym(s) {
		words := strings.Split(s, " ")
		title := make([]string, len(words))
		lower := make([]string, len(words))
		for i, w := range words {
			title[i] = upperFirst(w)
			lower[i] = strings.ToLower(w)
		}
		lower[0] = words[0]
		out = append(out, strings.Join(title, " "), upperFirst(s))
		if form == FormOrgan || form == FormAgency || form == FormMedia {
			out = append(out, strings.Join(lower, " "))
		}
		if len(words) <= 2 {
			out = append(out, strings.ToUpper(s))
		}
		if form == FormLeader && strings.Contains(s, "-") {
			// "Amir-Abdollahian" is also written "AmirAbdollahian"
			out = append(out, strings.ReplaceAll(s, "-", ""))
		}
	}
	for _, v := range out {
		if strings.Contains(v, "'") {
			out = append(out, strings.ReplaceAll(v, "'", "\u2019"))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// isShortAcronym reports whether s is an acronym short enough to be a common
// word in other cases: up to three capitals, perhaps with dots or hyphens
// ("US", "U.N.", "IS-K"), or up to four letters mixing cases ("LeT", "JeM",
// which must not match "let" or "Jem").
func isShortAcronym(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	if lower == 0 {
		return upper > 0 && upper <= 3
	}
	return upper >= 2 && upper+lower <= 4
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Mentions finds the actor mentions in text in one pass: ordered by Start,
// non-overlapping, the longest surface form winning, whole words only. A
// possessive ("Iran's", "Pakistan’s") or a hyphenated compound
// ("Pakistan-based") still mentions the actor. Phrases of the stoplist
// ("South China Sea") hide the names inside them.
func (g *Gazetteer) Mentions(text string) []Mention {
	if text == "" {
		return nil
	}
	// The automaton only reads the haystack, so it may share text's bytes.
	it := g.match.ac.IterByte(unsafe.Slice(unsafe.StringData(text), len(text)))
	var out []Mention
	var stopped [][2]int // the spans of stop phrases, which hide people's names too
	end := 0
	for m := it.Next(); m != nil; m = it.Next() {
		start, stop := m.Start(), m.End()
		if start < end {
			continue // inside the previous match: the iterator resumes one byte after each match start
		}
		p := &g.match.patterns[m.Pattern()]
		if !p.accepts(text, start, stop) {
			if p, stop = g.match.shorter(text, start, stop); p == nil {
				continue
			}
		}
		end = stop
		if p.actor == "" {
			stopped = append(stopped, [2]int{start, stop})
			continue
		}
		if (p.form == FormCapital || p.form == FormCity) && insideLongerName(text, start, false) || p.form == FormName && insideLongerName(text, start, !genericOpener(text[start:stop])) {
			// "Mocimboa da Praia", "the tanker Marlin Luanda", "Tehreek-e-Jihad
			// Pakistan", "the Ta'ang National Liberation Army": a name inside
			// another name
			continue
		}
		if p.form == FormLeader && !strings.Contains(text[start:stop], " ") && givenNameBefore(text, stop) {
			continue // "commander Burhan Wani": a leader's one-word name as another's given name
		}
		if out == nil {
			out = make([]Mention, 0, 4)
		}
		if x := g.sharedHeadName(text, start, stop, lastEnd(out)); x.ActorID != "" && x.ActorID != p.actor {
			out = append(out, x) // "the Sinaloa and Jalisco cartels": both cartels
		}
		out = append(out, Mention{Start: start, End: stop, ActorID: p.actor, Surface: text[start:stop], Form: p.form})
	}
	if people := g.match.people.find(text); len(people) > 0 {
		out = withPeople(out, people, stopped)
	}
	return out
}

// withPeople merges people's names into the automaton's mentions: a name
// replaces the shorter mentions it overlaps ("Sharif" in "Nawaz Sharif"),
// and gives way to a longer mention or stop phrase over it.
func withPeople(out, people []Mention, stopped [][2]int) []Mention {
	overlaps := func(a, b [2]int) bool { return a[0] < b[1] && b[0] < a[1] }
	for _, p := range people {
		span := [2]int{p.Start, p.End}
		longer := slices.ContainsFunc(stopped, func(st [2]int) bool { return overlaps(st, span) && st[1]-st[0] > p.End-p.Start }) ||
			slices.ContainsFunc(out, func(m Mention) bool { return overlaps([2]int{m.Start, m.End}, span) && m.End-m.Start > p.End-p.Start })
		if longer {
			continue
		}
		out = slices.DeleteFunc(out, func(m Mention) bool { return overlaps([2]int{m.Start, m.End}, span) })
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// genericOpener reports a name that opens with a word many names share
// ("National Liberation Army"): a capitalised word before it makes it
// another group's name.
func genericOpener(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return genericNameWords[first]
}

var genericNameWords = set("National", "Democratic", "Popular", "Revolutionary", "Liberation")

// lastEnd returns where the last of ms ends, or 0.
func lastEnd(ms []Mention) int {
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].End
}

// sharedHeadName returns the mention of a name before "and" that shares
// the last word of the name at [start, stop) ("Sinaloa" in "the Sinaloa and
// Jalisco cartels", a name with "cartels" as the other one's), or none. The
// name must begin after after, where the mentions found so far end.
func (g *Gazetteer) sharedHeadName(text string, start, stop, after int) Mention {
	name := text[start:stop]
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 || !strings.HasSuffix(text[:start], " and ") {
		return Mention{}
	}
	head := name[sp:]
	before := strings.TrimSuffix(text[:start], " and ")
	i := strings.LastIndexAny(before, " \t\n\"“(") + 1
	word := before[i:]
	r, _ := utf8.DecodeRuneInString(word)
	if i < after || word == "" || !unicode.IsUpper(r) {
		return Mention{}
	}
	a, ok := g.byKey[lookupKey(word+head)]
	if !ok {
		return Mention{}
	}
	return Mention{Start: i, End: len(before), ActorID: g.actors[a].ID, Surface: word, Form: FormName}
}

// givenNameBefore reports a capitalised word right after stop, in text
// that is no headline in title case: a name at stop is a given name, and
// the word the surname. A day or month after a name dates what it did
// ("Burhan Monday rejected").
func givenNameBefore(text string, stop int) bool {
	return surnameFollows(text[stop:]) && !titleCase(lineAround(text, stop))
}

// surnameFollows reports text that opens with a space and a capitalised
// word that may be a person's other name: no acronym, day or month.
func surnameFollows(after string) bool {
	if len(after) < 2 || after[0] != ' ' {
		return false
	}
	next := after[1:]
	end := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(next)
	}
	w := next[:end]
	r, _ := utf8.DecodeRuneInString(w)
	if len(w) < 2 || !unicode.IsUpper(r) || strings.ToUpper(w) == w {
		return false
	}
	_, month := monthNames[strings.ToLower(w)]
	_, day := weekdayNames[strings.ToLower(w)]
	return !month && !day
}

// insideLongerName reports a capitalised word, maybe joined by a particle
// ("da", "de"), right before start that is no sentence's first word and no
// word that may stand before a city ("North", "Greater", "Monday"): the name
// at start is the end of a longer name. With hyphenated, only a hyphenated
// word counts ("Tehreek-e-Jihad Pakistan"). A headline in title case
// ("Drone Strike Hits Kyiv") capitalises every word, so it says nothing.
func insideLongerName(text string, start int, hyphenated bool) bool {
	i := start
	prev := func() string {
		j := strings.TrimRight(text[:i], " ")
		if len(j) == len(text[:i]) || j == "" {
			return "" // no space before: a hyphen, a quote, the text's start
		}
		i = strings.LastIndexAny(j, " \t\n") + 1
		return j[i:]
	}
	w := prev()
	if nameParticles[w] {
		w = prev()
	}
	if w == "" || strings.ContainsAny(w[len(w)-1:], ",.;:!?\"')”’") {
		return false // "Washington, London", "... Front. Algiers"
	}
	w = strings.TrimLeft(w, "\"'(“‘")
	last := w[strings.LastIndex(w, "-")+1:]
	r, _ := utf8.DecodeRuneInString(w)
	l, _ := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) || !unicode.IsUpper(l) || strings.ToUpper(w) == w || cityPrefixes[strings.ToLower(w)] || w == "The" ||
		hyphenated && !strings.Contains(w, "-") || titleCase(lineAround(text, start)) {
		return false // "UN", "North Kivu", "Iran-backed Houthis"
	}
	before := strings.TrimRight(text[:i], " ")
	return before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:\"“")
}

// lineAround returns the sentence or line of text that holds start: a
// headline is judged on its own, not with the body after it.
func lineAround(text string, start int) string {
	from := max(strings.LastIndex(text[:start], ". "), strings.LastIndexByte(text[:start], '\n')) + 1
	to := len(text)
	if i := strings.IndexAny(text[start:], ".\n"); i >= 0 {
		to = start + i
	}
	return text[from:to]
}

// titleCase reports text whose words mostly start with a capital.
func titleCase(text string) bool {
	upper, words := 0, 0
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return words >= 3 && upper*10 >= words*6
}

// nameParticles join the words of a place's name: "Mocimboa da Praia".
var nameParticles = set("da", "de", "do", "dos", "das", "del", "di")

// cityPrefixes may stand capitalised before a city's name.
var cityPrefixes = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
	"downtown", "old", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// shorter finds the longest form that starts at start, ends before stop and
// stands as whole words. The automaton reports only the longest form at a
// position, so when that one runs into a longer word ("Fano militias" for
// "Fano militia") a shorter one ("Fano") may still fit.
func (m *matcher) shorter(text string, start, stop int) (*pattern, int) {
	for end := stop - 1; end > start; end-- {
		if !utf8.RuneStart(text[end]) {
			continue
		}
		if i, ok := m.bySpell[text[start:end]]; ok && m.patterns[i].accepts(text, start, end) {
			return &m.patterns[i], end
		}
	}
	return nil, 0
}

// accepts checks the word boundaries the automaton does not.
func (p *pattern) accepts(text string, start, end int) bool {
	if p.wordStart && start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordRune(r) {
			return false
		}
	}
	if p.wordEnd && end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWordRune(r) {
			return false
		}
	}
	return true
}
