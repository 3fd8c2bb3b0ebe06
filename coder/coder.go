// Package coder turns news text into events: who accuses, denies, threatens,
// strikes or calms whom. It holds the actor gazetteer and the trigger
// lexicons as embedded data and codes text with no I/O and no model.
package coder

import (
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder/syntax"
)

// Coder codes articles into events. It holds read-only data and a pool of
// scratch buffers, and is safe for concurrent use.
type Coder struct {
	g      *Gazetteer
	lx     *lexicon
	kinds  map[string]briefbot.Kind
	syn    *syntax.Model
	frames map[frame]*frameSpec
	knowledge
	// spaces keeps the buffers of Code's sentences between calls: most of
	// an article's garbage is a sentence's items, tokens and parse.
	spaces sync.Pool
}

// workspace is what Code reuses from one article to the next.
type workspace struct {
	s     sent
	items []item
}

// New returns a coder that finds actors with g.
func New(g *Gazetteer) *Coder {
	c := &Coder{g: g, lx: builtinLexicon(), kinds: make(map[string]briefbot.Kind), knowledge: builtinKnowledge(), syn: syntax.Default(), frames: builtinFrames()}
	for _, a := range g.Actors() {
		c.kinds[a.ID] = a.Kind
	}
	return c
}

func (c *Coder) kind(id string) briefbot.Kind { return c.kinds[id] }

// Code returns the events of an article, in text order. The offsets of each
// event refer to the title, "\n\n" and the text when the article has a
// title, else to the text alone. Each event carries the article's
// publication time, and happened on the article's day unless its sentence
// says otherwise; Background marks earlier context (see temporal.go).
func (c *Coder) Code(a briefbot.Article) []briefbot.Event {
	text, ms := c.read(a)
	var day time.Time
	if !a.Published.IsZero() {
		day = briefbot.Day(a.Published)
	}
	d := &discourse{}
	w, _ := c.spaces.Get().(*workspace)
	if w == nil {
		w = new(workspace)
	}
	defer c.spaces.Put(w)
	s := &w.s
	mi := 0
	spans := splitSentences(text)
	for _, sp := range spans {
		for mi < len(ms) && ms[mi].Start < sp.start {
			mi++
		}
		mj := mi
		for mj < len(ms) && ms[mj].End <= sp.end {
			mj++
		}
		c.localBranches(text, ms[mi:mj], ms[:mi])
		w.items = tokenize(text, sp.start, sp.end, ms[mi:mj], c.kind, w.items)
		s.reset(c, d, text, sp, w.items)
		if s.codeSafely(day) {
			d.next(s)
		}
		mi = mj
	}
	out := d.events // every sentence's events, in order
	fillDenialTargets(text, spans, out, ms, c.kind)
	out = foldHostTargets(out)
	for i := range out {
		out[i].Published = a.Published
		if out[i].When.IsZero() && !a.Published.IsZero() {
			out[i].When = day
		}
	}
	return out
}

// codeSafely codes the sentence and anchors its events in time. A fault in
// the rules (a panic) loses this sentence's events only, and is logged with
// the sentence: an article that trips a bug must neither stop the watcher
// nor trip it again on every restart.
func (s *sent) codeSafely(day time.Time) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("coder: sentence skipped after an internal error", "error", r, "sentence", s.text[s.sp.start:s.sp.end])
			ok = false
		}
	}()
	s.code()
	s.anchor(day)
	return true
}

// foldHostTargets drops an event against a state that another event of
// the same type and source already names as its other answer: "strikes on
// Gaza" and "a bomb aimed at Hamas leaders" in one article are one
// development against Hamas (or Palestine), not one against each. A
// measure against the state itself is its own development: "recalled its
// ambassador from Tehran" beside "struck BLA hideouts in Iran".
func foldHostTargets(evs []briefbot.Event) []briefbot.Event {
	hosted := func(e briefbot.Event) bool {
		if stateMeasureCodes[e.Code] {
			return false
		}
		for _, o := range evs {
			// (two events naming each other's target as their other answer
			// are both kept: neither is the other's host)
			if o.Type == e.Type && o.Source == e.Source && o.Target != e.Target &&
				slices.Contains(o.AltTargets, e.Target) && !slices.Contains(e.AltTargets, o.Target) {
				return true
			}
		}
		return false
	}
	var folded []int
	for i, e := range evs {
		if hosted(e) {
			folded = append(folded, i)
		}
	}
	if len(folded) == 0 {
		return evs
	}
	out := make([]briefbot.Event, 0, len(evs)-len(folded))
	for i, e := range evs {
		if !slices.Contains(folded, i) {
			out = append(out, e)
		}
	}
	return out
}

// ownableBodies are names an international body shares with a state's
// own bodies.
var ownableBodies = set("security council")

// honorifics before a name make it a person's: "Senator Wagner".
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "congressman",
	"congresswoman", "professor", "prof", "judge", "justice", "mayor", "governor", "gov", "lord", "lady", "sir")

// dropSurnames removes former officials ("former President Obama") and
// one-word group names used as a person's surname:
// "Ann Wagner", "Mr Fano". A capitalised word or an honorific right before
// the name makes it a surname, unless it is a possessive, a hyphenated
// modifier or a time word ("the Kremlin's Wagner", "Kremlin-backed Wagner",
// "Sunday Houthi attacks").
func (c *Coder) dropSurnames(text string, ms []Mention) []Mention {
	out := ms[:0]
	prevEnd, prevState := -1, false
	for _, m := range ms {
		gap := ""
		if prevEnd >= 0 {
			gap = text[prevEnd:m.Start]
		}
		afterActor := prevEnd >= 0 && strings.TrimSpace(gap) == "" // "Yemen Houthi rebels"
		afterState := prevState && ownerGap(gap)
		prevEnd, prevState = m.End, c.kind(m.ActorID) == briefbot.State
		if afterState && c.kind(m.ActorID) == briefbot.IGO && ownableBodies[lower(m.Surface)] {
			continue // "Sudan's (Defence and) Security Council" is Sudan's, not the UN's
		}
		if m.Form == FormLeader && formerBefore(text, m.Start, 4) || m.Form == FormDemonym && formerBefore(text, m.Start, 1) {
			continue // "former President Obama", "a former Indian army chief": former officials are no actors
		}
		if c.kind(m.ActorID) != briefbot.Group || m.Form == FormAcronym || strings.ContainsAny(m.Surface, " -") || afterActor || !surnameAt(text, m.Start) {
			out = append(out, m)
		}
	}
	return out
}

// ownerGap reports text between a state's name and a body's that keeps
// the body the state's: nothing, a possessive, and capitalised words of the
// body's own name ("Sudan's Defence and Security Council").
func ownerGap(gap string) bool {
	rest, _ := strings.CutPrefix(gap, "'s")
	rest, _ = strings.CutPrefix(rest, "’s")
	if rest != "" && rest[0] != ' ' {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > 4 || w != "and" && (w[0] < 'A' || w[0] > 'Z') {
			return false
		}
	}
	return true
}

// formerBefore reports "former", "retired" or "ex-" among the given number
// of words before byte i in its clause: a leader's "former President",
// "the former foreign minister" (up to four words), a demonym's "a former
// Indian army chief" (the word right before).
func formerBefore(text string, i, words int) bool {
	ws := strings.Fields(lower(text[max(0, i-40):i]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-words; k-- {
		w := ws[k]
		if w == "former" || w == "retired" || strings.HasPrefix(w, "ex-") {
			return true
		}
		if strings.ContainsAny(w, ",.;:") {
			return false
		}
	}
	return false
}

// surnameAt reports a given name or an honorific right before byte i.
func surnameAt(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	k := j
	for k > 0 && (isWordByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	w := strings.TrimSuffix(text[k:j], ".")
	if w == "" || k > 0 && text[k-1] == '-' {
		return false // "Kremlin-backed Wagner"; a possessive leaves "s"
	}
	if honorifics[lower(w)] {
		return true
	}
	if len(w) < j-k {
		return false // "in Gaza. Hamas": a sentence ends before the name
	}
	if w[0] < 'A' || w[0] > 'Z' || len(w) < 2 || timeWords[lower(w)] || syntax.SentenceStarter(lower(w)) || prepositions[lower(w)] {
		return false
	}
	// a capitalised word that opens the sentence is no given name
	p := k
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	return p > 0 && !strings.ContainsRune(".!?\n\"“", rune(text[p-1]))
}

// read returns the text the coder reads of an article (the title, "\n\n"
// and the text when it has a title, else the text) and the actor mentions
// in it, without those of a wire dateline, former officials and surnames.
// Code and Candidates read alike, so that a candidate's offsets and actors
// are the coder's own.
func (c *Coder) read(a briefbot.Article) (string, []Mention) {
	text := a.Text
	if a.Title != "" {
		text = a.Title + "\n\n" + a.Text
	}
	ms := splitHalves(text, definedAcronyms(text, c.dropSurnames(text, c.g.Mentions(text))))
	if a.Title != "" {
		ms = dropDateline(ms, a.Text, len(a.Title)+2)
	} else {
		ms = dropDateline(ms, text, 0)
	}
	return text, ms
}

// definedAcronyms adds the later uses of an acronym the article defines
// after a party's name: "the Arakan Army (AA) ... The AA denied". A
// short acronym is too ambiguous for the gazetteer, but within the
// article that defines it, it names that party.
func definedAcronyms(text string, ms []Mention) []Mention {
	var defs map[string]string
	for _, m := range ms {
		rest := strings.TrimLeft(text[m.End:], " ")
		if !strings.HasPrefix(rest, "(") {
			continue
		}
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			continue
		}
		if abbr := rest[1:end]; isDefinedAcronym(abbr) && initials(m.Surface) == strings.ReplaceAll(abbr, "-", "") {
			if defs == nil {
				defs = map[string]string{}
			}
			defs[abbr] = m.ActorID
		}
	}
	if defs == nil {
		return ms
	}
	var added []Mention
	for abbr, id := range defs {
		for from := 0; ; {
			i := strings.Index(text[from:], abbr)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(abbr)
			from = end
			if start > 0 && isWordRune(rune(text[start-1])) || end < len(text) && isWordRune(rune(text[end])) {
				continue
			}
			covered := false
			for _, m := range ms {
				covered = covered || m.Start < end && start < m.End
			}
			if !covered {
				added = append(added, Mention{Start: start, End: end, ActorID: id, Surface: abbr, Form: FormAcronym})
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	slices.SortFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

// initials returns the first letters of the capitalised words of a name:
// "AA" for "Arakan Army", "TTP" for "Tehrik-i-Taliban Pakistan". An acronym
// defines the name it spells, not the place the name ends with ("the Front
// for Change and Concord in Chad (FACT)").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// isDefinedAcronym reports an acronym of two to six capitals, perhaps with
// digits or hyphens: "AA", "ISWAP", "M23".
func isDefinedAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// splitHalves adds the first of two halves of a divided state that share
// one name: "North and South Korea" mentions North Korea too.
func splitHalves(text string, ms []Mention) []Mention {
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		var half, id string
		switch {
		case m.ActorID == "KOR" && strings.HasPrefix(m.Surface, "South Korea"):
			half, id = "North", "PRK"
		case m.ActorID == "PRK" && strings.HasPrefix(m.Surface, "North Korea"):
			half, id = "South", "KOR"
		default:
			continue
		}
		lead := half + " and "
		start := m.Start - len(lead)
		if start < 0 || text[start:m.Start] != lead || start > 0 && isWordRune(rune(text[start-1])) || i > 0 && ms[i-1].End > start {
			continue
		}
		ms = slices.Insert(ms, i, Mention{Start: start, End: start + len(half), ActorID: id, Surface: half, Form: m.Form})
		i++
	}
	return koreanHalves(text, ms)
}

// koreanHalves reads "the North" and "the South" in a text that names
// either Korea as that Korea: "the North accepted the South's proposal".
func koreanHalves(text string, ms []Mention) []Mention {
	var form Form
	found := false
	for _, m := range ms {
		if m.ActorID == "PRK" || m.ActorID == "KOR" {
			form, found = m.Form, true
			break
		}
	}
	if !found {
		return ms
	}
	for _, half := range [...]struct{ word, id string }{{"North", "PRK"}, {"South", "KOR"}} {
		for from := 0; ; {
			i := strings.Index(text[from:], half.word)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(half.word)
			from = end
			if start < 4 || !strings.EqualFold(text[start-4:start], "the ") || start > 4 && isWordRune(rune(text[start-5])) {
				continue
			}
			if end < len(text) && isWordRune(rune(text[end])) {
				continue // "the Northern", "the Southeast"
			}
			if rest := strings.TrimLeft(text[end:], " "); len(rest) > 0 && rest[0] >= 'A' && rest[0] <= 'Z' && len(rest) < len(text[end:]) {
				continue // "the North Atlantic", "the South China Sea"
			}
			at, _ := slices.BinarySearchFunc(ms, start, func(m Mention, s int) int { return m.Start - s })
			if at > 0 && ms[at-1].End > start || at < len(ms) && ms[at].Start < end {
				continue
			}
			ms = slices.Insert(ms, at, Mention{Start: start, End: end, ActorID: half.id, Surface: half.word, Form: form})
		}
	}
	return ms
}

// dropDateline removes the mentions of a wire dateline at the start of the
// body ("ISLAMABAD (Reuters) - ..."), which names where the story was
// filed, not a party. body starts at offset off of the coded text.
func dropDateline(ms []Mention, body string, off int) []Mention {
	end := datelineEnd(body)
	if end == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.Start < off || m.Start >= off+end {
			out = append(out, m)
		}
	}
	return out
}

// datelineRE matches a leading wire dateline: a place in capitals, maybe
// a region or country and a date ("DUBAI, Sept 15", "KABUL, Afghanistan",
// "SANAA, Yemen, Jan. 12"), maybe "(Agency)", then a dash. A hyphen must be
// set off by a space, so "U.S. B-2 bombers" or "ULFA-I chief" is none.
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'’ ]*[A-Z.](?:, [A-Z][A-Za-z.]*(?: [A-Za-z.]+)?(?: \d{1,2})?){0,2}(?:, \d{4})?(?: ?\([^()]{1,40}\))? ?(?:-- |- |— ?|– ?)`)

// titleDatelineRE matches a leading dateline whose place is written as a
// name ("Rabat – ", "Gaza City (AFP) — "): one or two capitalised words,
// maybe an agency, then an en or em dash set off by spaces. A clause must
// start after it, with a capital or a quotation mark: "Hamas – which rules
// Gaza – said" is a name set off by dashes.
var titleDatelineRE = regexp.MustCompile(`^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \([^()]{1,40}\))? (?:—|–) `)

// datelineEnd returns the length of a leading dateline, or 0.
func datelineEnd(body string) int {
	loc := datelineRE.FindStringIndex(body)
	if loc == nil {
		loc = titleDatelineRE.FindStringIndex(body)
		if loc == nil {
			return 0
		}
		if r, _ := utf8.DecodeRuneInString(body[loc[1]:]); !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
			return 0
		}
		return loc[1]
	}
	if n := strings.IndexAny(body, ",( -—–"); n < 3 {
		return 0 // "UN - ...": a place has three letters at least
	}
	return loc[1]
}

// fillDenialTargets gives a denial that named no accuser the accuser the
// article names. The gold rule is "the accuser when the text names one",
// and news names it apart from the denial more often than in it: "X denied
// that its jets entered the airspace. Estonia said ..." is X denying
// Estonia. So: the party that accuses the denier later in the article;
// failing that, the one that accused it earlier; failing that, the other
// party the denial's sentence names: "Belarus said its helicopters did not
// cross into Polish airspace" answers Poland. A party named as a place, a
// partner or a recipient ("operations in Libya", "supplying drones to
// Russia", "links with the group") is not the accuser, nor is the subject
// of the denied clause, nor an international body.
func fillDenialTargets(text string, spans []span, evs []briefbot.Event, ms []Mention, kind func(string) briefbot.Kind) {
	// the parties that deny in one sentence ("Both India and Afghanistan
	// denied the allegations") accuse none of each other
	codeniers := map[int][]string{}
	for _, e := range evs {
		if e.Type == briefbot.Denial {
			codeniers[e.Start] = append(codeniers[e.Start], e.Source)
		}
	}
	// An international body in the denial's own sentence or the next
	// reports or mediates; in the sentence before, it is the one that
	// charged the denier ("UN reports have tied Rwanda to the M23. Kigali
	// denied the accusation").
	answers := func(m Mention, e *briefbot.Event, bodies bool) bool {
		return m.ActorID != e.Source && !slices.Contains(codeniers[e.Start], m.ActorID) && (bodies || kind(m.ActorID) != briefbot.IGO) && !placeOrPartnerBefore(text, m.Start) &&
			!chargeContentBefore(text, m.Start) && !clauseSubjectAt(text, m.End) && !thatClauseSubjectAt(text, m.Start, m.End) && !originModifierAt(text, m.End)
	}
	for i := range evs {
		e := &evs[i]
		if e.Type != briefbot.Denial || e.Target != "" || e.Code == codeRebutReports {
			continue
		}
		e.Target = laterAccuser(e.Source, evs[i+1:])
		for j := i - 1; j >= 0 && e.Target == ""; j-- {
			if p := evs[j]; p.Target == e.Source && p.Source != e.Source && p.Type == briefbot.Accusation {
				e.Target = p.Source
			}
		}
		for j := i - 1; j >= 0 && e.Target == ""; j-- {
			// "Riyadh says the Houthis are an Iranian proxy. The Houthis deny
			// receiving Iranian support": an accusation whose sentence names
			// the denier, though it charges another, is what is denied
			if p := evs[j]; p.Type == briefbot.Accusation && p.Source != e.Source && p.Target != e.Source && mentionedIn(ms, e.Source, p.Start, p.End) {
				e.Target = p.Source
			}
		}
		if e.Target != "" {
			continue
		}
		// its sentence and the next, in order; then the one before, in
		// order too: its first party is the one that spoke, its last is
		// often what was said of the denier ("to aid the M23")
		prev, next := neighbourSentences(spans, e.Start, e.End)
		for _, m := range ms {
			if m.Start >= e.Start && m.End <= next.end && answers(m, e, false) {
				e.Target = m.ActorID
				break
			}
		}
		for k := 0; k < len(ms) && e.Target == ""; k++ {
			if m := ms[k]; m.Start >= prev.start && m.End <= e.Start && answers(m, e, true) {
				e.Target = m.ActorID
			}
		}
		for j := i - 1; j >= 0 && e.Target == ""; j-- {
			// "The Dutch expelled four Russian officers ... Moscow dismissed
			// the allegations": who acted against the denier earlier in the
			// article made the charge it answers
			if p := evs[j]; p.Target == e.Source && p.Source != e.Source && p.Type == briefbot.Escalation && !slices.Contains(codeniers[e.Start], p.Source) {
				e.Target = p.Source
			}
		}
	}
}

// mentionedIn reports a mention of id within [start, end).
func mentionedIn(ms []Mention, id string, start, end int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.ActorID == id && m.Start >= start && m.End <= end })
}

// neighbourSentences returns the sentences before and after the one
// spanning [start, end), each the sentence itself when there is none.
func neighbourSentences(spans []span, start, end int) (prev, next span) {
	prev, next = span{start, end}, span{start, end}
	for _, sp := range spans {
		if sp.end <= start {
			prev = sp
		}
		if sp.start >= end {
			next = sp
			break
		}
	}
	return prev, next
}

// originSuffixes make a name the origin or registry of a thing rather
// than a party to the dispute: "the Greek-flagged carrier", "Iranian-made
// drones", "a Dubai-based firm".
var originSuffixes = []string{"-flagged", "-registered", "-owned", "-operated", "-based", "-made", "-built", "-manufactured", "-designed"}

// originModifierAt reports an origin suffix right after byte i.
func originModifierAt(text string, i int) bool {
	for _, suf := range originSuffixes {
		if strings.HasPrefix(text[i:], suf) {
			return true
		}
	}
	return false
}

// clauseSubjectAt reports a party named as the subject of what is denied,
// right before byte i: "no sign that Rome was behind it" accuses Rome, it
// does not answer it.
func clauseSubjectAt(text string, i int) bool {
	w := strings.TrimLeft(text[i:min(len(text), i+8)], " ")
	for _, v := range []string{"was ", "were ", "is ", "are ", "had ", "has "} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// thatClauseSubjectAt reports a party that opens a that-clause and names
// the subject of its verb, with up to two words of its own between:
// "dismissed claims that North Korean troops were fighting" says what was
// claimed of North Korea; it does not name the claimant.
func thatClauseSubjectAt(text string, start, end int) bool {
	if !strings.HasSuffix(wordsBefore(text, start), " that") {
		return false
	}
	rest := text[end:min(len(text), end+40)]
	for range 3 {
		rest = strings.TrimLeft(rest, " ")
		word, after, _ := strings.Cut(rest, " ")
		if word == "" || strings.ToLower(word) != word {
			return false
		}
		if clauseSubjectAt(rest, 0) {
			return true
		}
		rest = after
	}
	return false
}

// placeOrPartnerBefore reports a preposition of place, company or receipt
// right before byte i ("in", "from", "to", "with", "for", "of"): the party
// after it is where something happened or who joined or received it.
func placeOrPartnerBefore(text string, i int) bool {
	w := wordsBefore(text, i)
	for _, p := range []string{" in", " inside", " from", " to", " with", " for", " of", " at", " near", " across", " by"} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// chargeContentBefore reports a gerund or a verb of backing right before
// byte i: the party after it is what a charge is about, or a partner, not
// who made it ("accused Rwanda of arming and commanding the M23, a charge
// Kigali denies").
func chargeContentBefore(text string, i int) bool {
	w := wordsBefore(text, i)
	last := w[strings.LastIndexByte(w, ' ')+1:]
	return len(last) > 4 && strings.HasSuffix(last, "ing") && last == strings.ToLower(last) && !nonGerunds[last] || backing(last)
}

// backing reports a verb of backing or arming: "Iran, which backs the
// Houthis, denied" names a partner, no accuser.
func backing(w string) bool {
	return sponsorPassives[w] || strings.HasSuffix(w, "s") && sponsorPassives[strings.TrimSuffix(w, "s")+"ed"]
}

// wordsBefore returns the text before byte i without trailing spaces or a
// last "the".
func wordsBefore(text string, i int) string {
	w := strings.TrimRight(text[:i], " ")
	if strings.HasSuffix(w, " the") {
		w = strings.TrimRight(w[:len(w)-4], " ")
	}
	return w
}

// nonGerunds end in -ing but are prepositions, or verbs of speech whose
// object is the party addressed ("accusing Peru of ...").
var nonGerunds = set("during", "including", "following", "according", "regarding", "concerning", "pending",
	"accusing", "blaming", "criticising", "criticizing", "condemning", "urging", "warning", "telling", "calling", "asking")

// laterAccuser returns who later accuses denier, else "": whom the denier
// acts against is no accuser.
func laterAccuser(denier string, later []briefbot.Event) string {
	for _, e := range later {
		if e.Type == briefbot.Accusation && e.Target == denier {
			return e.Source
		}
	}
	return ""
}
