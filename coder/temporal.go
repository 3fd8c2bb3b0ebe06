package coder

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// The temporal module anchors each event of a sentence in time: When, the
// day it happened as far as the text says, and Background, whether it is
// earlier context rather than the news of the article's day. Dates are
// resolved against the article's day; a period the text names (a year, a
// month, a week) stands for its first day. Anchors after the article's day
// (a future "on Saturday", "in 2030") are ignored.

// timeRef is one temporal expression of a sentence.
type timeRef struct {
	start, end int       // its items
	when       time.Time // the day it names; zero when it names none
	cue        bool      // it marks earlier context: "has long", "in the past"
	future     bool      // "next week", "on Saturday" in a clause about what will happen
	modifier   bool      // it dates the noun after it only: "last month's attack", "the 2008 attacks"
	period     bool      // it names a week, month or year gone by, no day: "last week", "last month's"
}

// relation is an "after"-type clause: its events happened before the
// events of the clause it hangs on ("two days after Iran struck").
type relation struct {
	start, end int  // the clause's items, from the subordinator
	back       int  // days before the main clause's day: "two days after"
	since      bool // "since": what it tells began before, and is context
}

var (
	monthNames = map[string]time.Month{
		"january": time.January, "jan": time.January, "february": time.February, "feb": time.February,
		"march": time.March, "mar": time.March, "april": time.April, "apr": time.April, "may": time.May,
		"june": time.June, "jun": time.June, "july": time.July, "jul": time.July, "august": time.August,
		"aug": time.August, "september": time.September, "sep": time.September, "sept": time.September,
		"october": time.October, "oct": time.October, "november": time.November, "nov": time.November,
		"december": time.December, "dec": time.December,
	}
	weekdayNames = map[string]time.Weekday{
		"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
		"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	}
	numberWords = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "couple": 2,
	}
	// unitDays are the lengths of the units of "two weeks ago", in days.
	unitDays = map[string]int{
		"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
		"hour": 0, "hours": 0, "minute": 0, "minutes": 0,
	}
	// quantityWords before a four-digit number make it a count: "some 2000 troops".
	quantityWords = set("about", "some", "nearly", "almost", "over", "around", "approximately", "than", "least",
		"to", "roughly", "estimated", "of")
	// contextAdverbs mark earlier context: "previously", "historically".
	contextAdverbs = set("previously", "historically", "formerly", "traditionally")
	// habitAdverbs after a perfect make a habit of earlier context: "has
	// long accused", "have repeatedly violated".
	habitAdverbs = set("long", "repeatedly", "frequently", "often", "regularly", "routinely", "persistently",
		"consistently", "continually", "constantly")
	perfectAux = set("has", "have", "had", "having")
	// relationWords open a clause whose events came before the main one.
	relationWords = set("after", "following", "since")
	// futureCues in a clause make a bare weekday a day to come.
	futureCues = set("will", "'ll", "shall", "next", "upcoming", "scheduled", "due", "planned", "plans", "expected", "would")
)

// anchor sets When and Background of the sentence's events, each from the
// temporal expressions of its clause. day is the article's day, zero when
// it has none: then only Background is set.
func (s *sent) anchor(day time.Time) {
	if len(s.events) == 0 {
		return
	}
	refs := s.timeRefs(day)
	rels := s.relations()
	relOf := func(h int) int {
		for r := range rels {
			if h >= rels[r].start && h < rels[r].end {
				return r
			}
		}
		return -1
	}
	// What an "after" clause tells is context only when the sentence has
	// news of its own: "casualties were reported after Chad struck" is
	// the strike's news.
	mainNews := false
	for i := range s.events {
		mainNews = mainNews || relOf(s.eventAt[i].trigger) < 0
	}
	if len(rels) > 0 {
		// "The strikes came after Pakistan accused Iran": the main clause
		// names an act, whose parties it leaves to the article
		for k := 0; k < rels[0].start; k++ {
			mainNews = mainNews || s.items[k].kind == wordItem && eventNouns[s.items[k].text]
		}
	}
	for i := range s.events {
		h := s.eventAt[i].trigger
		rel := relOf(h)
		when, own, cue := s.clauseTime(refs, rels, rel, h)
		bg := cue || rel >= 0 && (mainNews || rels[rel].since) || s.eventAt[i].background ||
			rel < 0 && s.sinceTally(rels, h)
		if rel >= 0 && !own && rels[rel].back > 0 && !day.IsZero() {
			// "a day after Iran struck": the main clause's day, less a day
			if when.IsZero() {
				when = day
			}
			when = when.AddDate(0, 0, -rels[rel].back)
		}
		if !when.IsZero() && !day.IsZero() {
			s.events[i].When = when
			if when.Before(day.AddDate(0, 0, -7)) {
				bg = true
			}
		}
		s.events[i].Background = bg
	}
	// one act told in two clauses of one day is one event, and a denial
	// whose accuser another clause names is that clause's denial
	// ("denied arming the rebels, saying the Zambian allegations were
	// unfounded")
	var accused []string // the deniers whose accuser the sentence names
	for _, e := range s.events {
		if e.Type == briefbot.Denial && e.Target != "" {
			accused = append(accused, e.Source)
		}
	}
	out := s.events[:0]
	meta := s.eventAt[:0]
	for i, e := range s.events {
		dup := e.Type == briefbot.Denial && e.Target == "" && slices.Contains(accused, e.Source)
		for j := range out {
			if o := &out[j]; o.Type == e.Type && o.Source == e.Source && o.Target == e.Target && o.When.Equal(e.When) {
				// "after talks ..., Russia and Ukraine agreed to a ceasefire":
				// told once as context and once as the news, it is news
				o.Background = o.Background && e.Background
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
			meta = append(meta, s.eventAt[i])
		}
	}
	s.events, s.eventAt = out, meta
}

// clauseTime returns the day the nearest dated expression of the event's
// clause names (that of the main clause for an "after" clause with none of
// its own, own false), and whether a background cue stands near it.
func (s *sent) clauseTime(refs []timeRef, rels []relation, rel, h int) (when time.Time, own, cue bool) {
	inClause := func(r timeRef) bool {
		for k := range rels {
			if r.start >= rels[k].start && r.start < rels[k].end {
				return k == rel
			}
		}
		return rel < 0 && !s.clauseBreakBetween(r.start, h)
	}
	best := -1
	for k, r := range refs {
		if !inClause(r) || s.inOtherRelative(r, h) {
			continue
		}
		if r.modifier && (h < r.end || h >= r.end+4) && !s.datesSubjectOf(r, h) {
			continue // "last month's attack" dates the attack only
		}
		if r.cue {
			// a cue before its verb ("has long accused") or after its
			// clause ("... in the past")
			cue = cue || r.end <= h && h-r.end < 8 || r.start > h && r.start-h <= 6
			continue
		}
		if r.when.IsZero() || r.future {
			continue
		}
		if best < 0 || distance(r, h) < distance(refs[best], h) {
			best = k
		}
	}
	if best >= 0 {
		// an act named as a noun and dated by a period gone by, "last
		// week's exchange of strikes", recaps the acts of its days, news
		// then: context ("Russia shelled Ukraine last week" is news still)
		r := refs[best]
		return r.when, true, cue || r.period && r.modifier
	}
	if rel >= 0 {
		// "on Wednesday after Iran struck": the main clause's day
		w, _, _ := s.clauseTime(refs, rels, -1, rels[rel].start)
		return w, false, cue
	}
	return time.Time{}, false, cue
}

// inOtherRelative reports a temporal expression inside a relative clause
// that does not hold the trigger at item h: "accused Maduro of controlling
// Tren de Aragua, which the U.S. designated a terrorist group in February"
// dates the designation only.
func (s *sent) inOtherRelative(r timeRef, h int) bool {
	if !s.hasTree {
		return false
	}
	t, v := s.tokOfItem(r.start), s.tokOfItem(h)
	if t < 0 || v < 0 {
		return false
	}
	for c, steps := s.head(t), 0; c >= 0 && steps < 12; c, steps = s.head(c), steps+1 {
		if s.rel(c, "acl") { // acl:relcl too
			return !s.dominates(c, v)
		}
		if s.rel(c, "root") || s.rel(c, "ccomp") || s.rel(c, "advcl") || s.rel(c, "parataxis") {
			return false
		}
	}
	return false
}

// datesSubjectOf reports a possessive date on the subject of the verb at
// item h: "Tuesday's strikes had targeted only militants" says when the
// targeting was, however far the verb.
func (s *sent) datesSubjectOf(r timeRef, h int) bool {
	if !s.hasTree {
		return false
	}
	v, d := s.predTok(h), s.tokOfItem(r.start)
	if v < 0 || d < 0 {
		return false
	}
	n := s.head(d)
	for n >= 0 && s.rel(n, "compound") {
		n = s.head(n) // "Monday's missile strikes"
	}
	return n >= 0 && s.head(n) == v && (s.rel(n, "nsubj") || s.rel(n, "nsubj:pass"))
}

// clauseBreakBetween reports a coordinated clause between items i and j:
// ", and", ", but", "while", "whereas", a semicolon.
func (s *sent) clauseBreakBetween(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		it := &s.items[k]
		if it.is(";", "while", "whereas") || it.is(",") && k+1 < j && s.items[k+1].is("and", "but", "while") {
			return true
		}
	}
	return false
}

func distance(r timeRef, h int) int {
	if h < r.start {
		return r.start - h
	}
	if h >= r.end {
		return h - r.end + 1
	}
	return 0
}

// sinceTally reports a main-clause act at item h told in the perfect with
// a "since" phrase of its own: "Since the war began, Russia has launched
// thousands of missiles" tallies what happened since, which is context
// (not "the second exchange since the incursion began", a record counted
// by an ordinal, nor "since Ukrainian law does not allow it", a reason).
func (s *sent) sinceTally(rels []relation, h int) bool {
	if !s.hasTree || !slices.ContainsFunc(rels, func(r relation) bool { return r.since }) {
		return false
	}
	v := s.tokOfItem(h)
	if v >= 0 && s.tk(v).UPOS != "VERB" {
		v = s.head(v) // "has carried out [strikes]"
	}
	if v < 0 || !s.hasChildForm(v, "aux", "has") && !s.hasChildForm(v, "aux", "have") || s.negatedVerb(v) {
		return false // ("has not supplied arms since": a denial made today)
	}
	for c := range s.tree.Tokens {
		if s.head(c) != v || !s.rel(c, "advcl") && !syntaxObl(s.tk(c).Rel) {
			continue
		}
		m := s.child(c, "mark")
		if m < 0 {
			m = s.child(c, "case")
		}
		if m < 0 || s.form(m) != "since" || s.before(s.itemOfTok(m), 7, recordWords, true) || s.before(s.itemOfTok(m), 4, ordinalWords, true) {
			continue
		}
		if s.tk(c).UPOS == "VERB" && (s.form(c) == s.lemma(c) || strings.HasSuffix(s.form(c), "s")) {
			continue // "since the law does not allow it": a reason, not a time
		}
		return true
	}
	return false
}

// relations finds the "after", "following" and "since" clauses of the
// sentence; each runs to the next comma or clause boundary.
func (s *sent) relations() []relation {
	out := s.relBuf[:0]
	defer func() { s.relBuf = out[:0] }()
	for k := range s.items {
		it := &s.items[k]
		if it.kind != wordItem || !relationWords[it.text] {
			continue
		}
		if it.is("following") && k > 0 && s.items[k-1].is("the") {
			continue // "the following day"
		}
		if it.is("since") && k+1 < len(s.items) && s.startsDate(k+1) {
			continue // "since 1984" dates the main clause: a cue (timeRefAt)
		}
		end := k + 1
		for end < len(s.items) && !s.items[end].isBoundary() && !s.items[end].is(",") {
			end++
		}
		out = append(out, relation{start: k, end: end, back: s.offsetBefore(k), since: it.is("since")})
	}
	return out
}

// offsetBefore returns the days of "two days", "a week", "the day" right
// before the subordinator at k, or 0.
func (s *sent) offsetBefore(k int) int {
	if k < 1 {
		return 0
	}
	unit, ok := unitDays[s.items[k-1].text]
	if !ok {
		return 0
	}
	n := 1
	if k >= 2 {
		if v, ok := s.count(k - 2); ok {
			n = v
		}
	}
	return n * unit
}

// count reads a number word or digits at k.
func (s *sent) count(k int) (int, bool) {
	w := s.items[k].text
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if n, err := strconv.Atoi(w); err == nil && n < 1000 {
		return n, true
	}
	return 0, false
}

// timeRefs finds the temporal expressions of the sentence.
func (s *sent) timeRefs(day time.Time) []timeRef {
	out := s.refBuf[:0]
	defer func() { s.refBuf = out[:0] }()
	for k := 0; k < len(s.items); k++ {
		it := &s.items[k]
		if it.kind != wordItem {
			continue
		}
		if r, ok := s.timeRefAt(k, day); ok {
			r.modifier = r.end < len(s.items) && s.items[r.end].is("'s") || s.bareModifier(r)
			out = append(out, r)
			k = r.end - 1
		}
	}
	return out
}

// bareModifier reports a year that modifies a noun: "the 2008 attacks",
// "Russia's 2022 invasion".
func (s *sent) bareModifier(r timeRef) bool {
	if r.end-r.start != 1 || r.start == 0 || r.end >= len(s.items) || s.items[r.end].kind == punctItem {
		return false
	}
	if _, _, ok := s.yearAt(r.start); !ok {
		return false
	}
	p := &s.items[r.start-1]
	return p.kind == actorItem && p.poss || p.is("the", "a", "an", "'s", "its", "their", "his", "her")
}

// mayStartTimeRef reports a word that can open a temporal expression; it
// keeps the scan cheap for the words that cannot.
func mayStartTimeRef(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if _, ok := monthNames[w]; ok {
		return true
	}
	if _, ok := weekdayNames[w]; ok {
		return true
	}
	if _, ok := numberWords[w]; ok {
		return true
	}
	return timeStarters[w] || contextAdverbs[w] || habitAdverbs[w] || strings.HasPrefix(w, "mid-") ||
		strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-")
}

// recordWords measure a record from a past day: "the first time since
// 2016", "the worst clashes since 2020".
var recordWords = set("first", "highest", "lowest", "worst", "largest", "biggest", "deadliest", "heaviest", "fiercest",
	"most", "strongest", "longest", "bloodiest", "gravest", "sharpest")

// timeStarters are the other words that open a temporal expression.
var timeStarters = set("in", "for", "since", "yesterday", "today", "tonight", "overnight", "last", "earlier")

// timeRefAt reads a temporal expression starting at item k.
func (s *sent) timeRefAt(k int, day time.Time) (timeRef, bool) {
	w := s.items[k].text
	if !mayStartTimeRef(w) {
		return timeRef{}, false
	}
	next := func(n int) string {
		if k+n < len(s.items) && s.items[k+n].kind == wordItem {
			return s.items[k+n].text
		}
		return ""
	}
	switch {
	case contextAdverbs[w] || habitAdverbs[w] && k > 0 && (perfectAux[s.items[k-1].text] || k > 1 && perfectAux[s.items[k-2].text] && s.items[k-1].is("also", "not", "so")):
		return timeRef{start: k, end: k + 1, cue: true}, true
	case w == "in" && next(1) == "the" && next(2) == "past", w == "in" && next(1) == "recent" && unitDays[next(2)] > 0:
		return timeRef{start: k, end: k + 3, cue: true}, true
	case w == "for" && (unitDays[next(1)] >= 30 || next(1) == "decades"):
		return timeRef{start: k, end: k + 2, cue: true}, true // "for years"
	case w == "since" && k+1 < len(s.items) && s.startsDate(k+1) && s.before(k, 7, recordWords, true):
		// "struck HTS positions for the first time since 2016", "the
		// deadliest attack since 2019": a record counted from then, which
		// dates nothing and marks no context
		if r, ok := s.calendarDate(k+1, day); ok {
			return timeRef{start: k, end: r.end}, true
		}
		return timeRef{start: k, end: k + 2}, true
	case w == "since" && k+1 < len(s.items) && s.startsDate(k+1):
		return timeRef{start: k, end: k + 1, cue: true}, true // "has waged an insurgency since 1984"
	case next(1) == "wars" || next(2) == "wars":
		if _, ok := s.count(k); ok {
			return timeRef{start: k, end: k + 2, cue: true}, true // "have fought three wars": a history told, no act of the day
		}
	case w == "yesterday":
		return s.dated(k, k+1, day, day.AddDate(0, 0, -1)), true
	case w == "today" || w == "tonight" || w == "overnight":
		return s.dated(k, k+1, day, day), true
	case w == "last" || w == "earlier" && next(1) == "this":
		return s.lastPeriod(k, day)
	case unitDays[next(1)] > 0 && next(2) == "ago":
		if n, ok := s.count(k); ok {
			return s.dated(k, k+3, day, day.AddDate(0, 0, -n*unitDays[next(1)])), true
		}
	}
	if wd, ok := weekdayNames[w]; ok && s.capitalised(&s.items[k]) {
		r := s.dated(k, k+1, day, weekdayOnOrBefore(day, wd))
		r.future = r.future || s.futureClause(k)
		return r, true
	}
	if r, ok := s.calendarDate(k, day); ok {
		return r, true
	}
	return timeRef{}, false
}

// startsDate reports a year or a month at k: "since 1984", "since October".
func (s *sent) startsDate(k int) bool {
	if _, _, ok := s.yearAt(k); ok {
		return true
	}
	_, _, _, ok := s.monthDayAt(k)
	return ok
}

// dated returns an expression naming when, ignored when it lies after day.
func (s *sent) dated(start, end int, day, when time.Time) timeRef {
	r := timeRef{start: start, end: end}
	if day.IsZero() {
		return r
	}
	r.when = when
	r.future = when.After(day)
	return r
}

// lastPeriod reads "last week", "last year", "last December", "last
// Tuesday", "earlier this month".
func (s *sent) lastPeriod(k int, day time.Time) (timeRef, bool) {
	n := 1
	if s.items[k].text == "earlier" {
		n = 2
	}
	if k+n >= len(s.items) || s.items[k+n].kind != wordItem {
		return timeRef{}, false
	}
	w := s.items[k+n].text
	y, m, _ := day.Date()
	var when time.Time
	switch {
	case n == 2 && w == "month":
		when = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		if when.Equal(day) {
			when = day
		}
	case n == 2 && w == "year":
		when = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case n == 2 && w == "week":
		when = day.AddDate(0, 0, -2)
	case n == 2:
		return timeRef{}, false
	case w == "week":
		when = day.AddDate(0, 0, -7)
	case w == "month":
		when = time.Date(y, m-1, 1, 0, 0, 0, 0, time.UTC)
	case w == "year":
		when = time.Date(y-1, 1, 1, 0, 0, 0, 0, time.UTC)
	case w == "night":
		when = day.AddDate(0, 0, -1)
	default:
		if mo, ok := monthNames[w]; ok && s.capitalised(&s.items[k+n]) {
			when = time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
			if mo >= m {
				when = when.AddDate(-1, 0, 0)
			}
		} else if wd, ok := weekdayNames[w]; ok {
			when = weekdayOnOrBefore(day.AddDate(0, 0, -1), wd)
		} else {
			return timeRef{}, false
		}
	}
	r := s.dated(k, k+n+1, day, when)
	r.period = w == "week" || w == "month" || w == "year"
	return r, true
}

// calendarDate reads a year ("in 2014", "the 2008 attacks", "the 1990s"),
// a month ("in March", "March 2014") or a date ("on March 5", "5 March
// 2014", "Jan. 3").
func (s *sent) calendarDate(k int, day time.Time) (timeRef, bool) {
	if year, decade, ok := s.yearAt(k); ok {
		r := s.dated(k, k+1, day, time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC))
		if !day.IsZero() && year == day.Year() && !decade {
			r.when = time.Time{} // "in 2024" in 2024 says nothing more than the article's day
		}
		return r, true
	}
	mo, d, end, ok := s.monthDayAt(k)
	if !ok {
		return timeRef{}, false
	}
	if day.IsZero() {
		return timeRef{start: k, end: end}, true
	}
	year := day.Year()
	explicitYear := false
	if s.itemIs(end, ",") && end+1 < len(s.items) {
		if y, _, ok := s.yearAt(end + 1); ok {
			year, end, explicitYear = y, end+2, true
		}
	} else if y, _, ok := s.yearAt(end); ok {
		year, end, explicitYear = y, end+1, true
	}
	dd := d
	if dd == 0 {
		dd = 1
	}
	when := time.Date(year, mo, dd, 0, 0, 0, 0, time.UTC)
	if !explicitYear && when.After(day) {
		when = when.AddDate(-1, 0, 0) // "in March": the latest March
	}
	r := s.dated(k, end, day, when)
	if d == 0 && !explicitYear && mo == day.Month() {
		r.when = time.Time{} // "in June" in June: no earlier than the news
	}
	return r, true
}

// yearAt reads a year at k: four digits from 1900 to 2099 that count
// nothing ("some 2000 troops" counts), or a decade ("1990s").
func (s *sent) yearAt(k int) (year int, decade, ok bool) {
	if k >= len(s.items) || s.items[k].kind != wordItem {
		return 0, false, false
	}
	w := s.items[k].text
	if len(w) == 5 && w[4] == 's' {
		w, decade = w[:4], true
	}
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return 0, false, false
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 || y > 2099 {
		return 0, false, false
	}
	if k > 0 && quantityWords[s.items[k-1].text] && !s.items[k-1].is("of", "to") {
		return 0, false, false
	}
	if !decade && k+1 < len(s.items) && s.items[k+1].kind == wordItem && isCountedNoun(s.items[k+1].text) {
		return 0, false, false // "2000 people"
	}
	return y, decade, true
}

// isCountedNoun reports nouns a bare number counts rather than dates.
func isCountedNoun(w string) bool {
	switch w {
	case "people", "troops", "soldiers", "fighters", "civilians", "palestinians", "prisoners", "refugees", "migrants",
		"militants", "rockets", "missiles", "drones", "shells", "homes", "houses", "families", "tons", "tonnes",
		"kilometres", "kilometers", "miles", "metres", "meters", "dollars", "members", "personnel", "residents":
		return true
	}
	return false
}

// monthDayAt reads "March", "March 5", "March 5th", "5 March", "Jan. 3",
// "mid-June" at k and returns the month, the day (0 for none) and the end.
func (s *sent) monthDayAt(k int) (time.Month, int, int, bool) {
	if s.items[k].kind != wordItem {
		return 0, 0, 0, false
	}
	w := s.items[k].text
	if d, ok := dayNumber(w); ok && k+1 < len(s.items) {
		if mo, ok := monthNames[s.items[k+1].text]; ok && s.capitalised(&s.items[k+1]) {
			return mo, d, k + 2, true // "5 March"
		}
		return 0, 0, 0, false
	}
	mid := 0
	for _, p := range []string{"mid-", "early-", "late-"} {
		if strings.HasPrefix(w, p) {
			w = w[len(p):]
			if p == "mid-" {
				mid = 15
			}
		}
	}
	mo, ok := monthNames[w]
	if !ok || !s.capitalisedAt(s.items[k].start+len(s.items[k].text)-len(w)) {
		return 0, 0, 0, false
	}
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && (k+1 >= len(s.items) || !s.items[k+1].is(".")) {
		return 0, 0, 0, false // an abbreviation needs its period: "Jan.", not "Mar" as a name
	}
	end := k + 1
	if s.itemIs(end, ".") {
		end++
	}
	if w == "may" && !(k > 0 && s.items[k-1].is("in", "since", "last", "early", "late", "of", "during", "until", "by", "from", "mid")) {
		if end >= len(s.items) {
			return 0, 0, 0, false
		}
		if _, ok := dayNumber(s.items[end].text); !ok {
			if _, _, ok := s.yearAt(end); !ok {
				return 0, 0, 0, false // the modal "May"
			}
		}
	}
	if end < len(s.items) {
		if d, ok := dayNumber(s.items[end].text); ok {
			return mo, d, end + 1, true
		}
	}
	if mid > 0 {
		return mo, mid, end, true
	}
	return mo, 0, end, true
}

// dayNumber reads "5", "05", "5th", "22nd" as a day of the month.
func dayNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// capitalisedAt reports an upper-case letter at byte i of the text.
func (s *sent) capitalisedAt(i int) bool {
	return i < len(s.text) && s.text[i] >= 'A' && s.text[i] <= 'Z'
}

// futureClause reports a clause about what will happen around item k: "will
// meet on Saturday", "next Tuesday".
func (s *sent) futureClause(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		it := &s.items[j]
		if it.isBoundary() {
			break
		}
		if it.kind == wordItem && futureCues[it.text] {
			return true
		}
	}
	return false
}

// weekdayOnOrBefore returns the latest day on or before day that falls on wd.
func weekdayOnOrBefore(day time.Time, wd time.Weekday) time.Time {
	diff := (int(day.Weekday()) - int(wd) + 7) % 7
	return day.AddDate(0, 0, -diff)
}
