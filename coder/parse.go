package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder/syntax"
)

// The coder parses only the sentences that may state an event: those with
// an actor and a trigger (see sent.code). The parse is mapped onto the
// sentence's items, so that a slot of the tree (a subject, an object) can
// be read as the actor items it names.

// maxParseTokens bounds the sentences the coder parses: a longer one (a
// table, a run-on list) is read by the rules alone.
const maxParseTokens = 120

// parse parses the sentence once and maps its tokens onto its items. It
// reports whether a tree is available.
func (s *sent) parse() bool {
	if s.parsed {
		return s.hasTree
	}
	s.parsed = true
	start := s.sp.start
	toks := syntax.AppendTokens(s.tree.Tokens[:0], s.text, syntax.Span{Start: start, End: s.sp.end})
	if d := datelineDash(toks); d >= 0 {
		// "KABUL, Afghanistan — Pakistan struck ...": the dateline is no
		// part of the clause; parse what follows it
		start = toks[d].End
		toks = syntax.AppendTokens(toks[:0], s.text, syntax.Span{Start: start, End: s.sp.end})
	}
	s.tree.Tokens = toks
	s.treebankPunct()
	for i := range toks {
		s.forms = append(s.forms, lower(toks[i].Form))
	}
	if len(toks) == 0 || len(toks) > maxParseTokens || s.c.syn == nil {
		return false
	}
	s.tree.Text, s.tree.Start = s.text[start:s.sp.end], start
	s.c.syn.Annotate(&s.tree)
	s.tokItem = fillInts(s.tokItem, len(toks), -1)
	s.itemTok = fillInts(s.itemTok, len(s.items), -1)
	t := 0
	for k := range s.items {
		it := &s.items[k]
		if it.end <= it.start {
			continue // a zero-width item ("both sides" read as two parties): see below
		}
		for t > 0 && toks[t-1].End > it.start {
			t--
		}
		for t < len(toks) && toks[t].End <= it.start {
			t++
		}
		first, last := -1, -1
		for u := t; u < len(toks) && toks[u].Start < it.end; u++ {
			if s.tokItem[u] < 0 {
				s.tokItem[u] = k
			}
			if first < 0 {
				first = u
			}
			last = u
		}
		if first < 0 {
			continue
		}
		// the item's head: its token whose head lies outside it
		head := last
		for u := first; u <= last; u++ {
			if h := toks[u].Head; h < first || h > last {
				head = u
				if toks[u].UPOS != "PUNCT" && toks[u].UPOS != "PART" {
					break
				}
			}
		}
		s.itemTok[k] = head
	}
	for k := range s.items {
		if s.items[k].end <= s.items[k].start && s.items[k].kind == actorItem && k >= 2 {
			s.itemTok[k] = s.itemTok[k-2] // the second of "both sides" stands with the first
		}
	}
	for k := range s.items {
		if u := s.itemTok[k]; u >= 0 && s.items[k].kind == actorItem && nameless[toks[u].UPOS] {
			return false // "Hezbollah" read as an interjection: a tree that misreads a party is no guide
		}
	}
	s.hasTree = true
	s.repair()
	return true
}

// repair mends attachments the parser gets wrong in news text and the
// coder relies on: ", warning Japan against ..." after a clause with a
// finite verb is a participle of the main clause, not a conjunct of the
// last verb ("remarks that an attack could trigger a response, warning
// Japan").
// chargingVerbs take what they charge with "of": "accused X of arming".
var chargingVerbs = set("accuse", "suspect", "convict", "charge")

// subjectControllers take an infinitive whose subject is their own:
// "agreed to impose sanctions", "vowed to retaliate".
var subjectControllers = set("agree", "decide", "vote", "vow", "pledge", "promise", "plan", "threaten", "try", "seek",
	"want", "refuse", "move", "prepare", "aim", "hope", "intend", "attempt", "resolve", "undertake", "offer")

// readinessAdjectives say what their subject is ready or unready to do.
var readinessAdjectives = set("willing", "unwilling", "ready", "prepared", "eager", "keen", "determined", "reluctant", "open", "committed")

func (s *sent) repair() {
	toks := s.tree.Tokens
	// "the militant group Iran struck in Pakistan": a noun and, right
	// after it, a name that are both subjects of one verb are a noun and
	// the relative clause that describes it, its object left out
	for v := range toks {
		a, b := s.lastTwoSubjects(v, len(toks))
		if a >= 0 && toks[a].UPOS == "PROPN" && toks[b].UPOS == "NOUN" && b < v {
			// "U.S. B-2 bombers struck": a name right before the noun
			// phrase of the verb's other subject modifies it
			if first, _ := s.tree.Subtree(b); first > a && toks[first].UPOS != "DET" {
				if _, last := s.tree.Subtree(a); last == first-1 && toks[last].UPOS != "PUNCT" {
					toks[a].Head, toks[a].Rel = b, "compound"
				}
			}
			continue
		}
		if a < 0 || toks[a].UPOS != "NOUN" || !isNominal(toks[b].UPOS) || b > v {
			continue
		}
		if first, _ := s.tree.Subtree(b); first != a+1 {
			continue
		}
		toks[a].Head, toks[a].Rel = toks[v].Head, toks[v].Rel
		if toks[a].Rel == "acl:relcl" {
			toks[a].Rel = "appos"
		}
		toks[v].Head, toks[v].Rel = a, "acl:relcl"
		for u := range a {
			if toks[u].Head == v && toks[u].Rel == "nsubj" {
				toks[u].Head, toks[u].Rel = a, "appos" // "Jaish al-Adl, the group Iran struck,"
			}
		}
	}
	// "..., and President Omar al-Bashir vowed to liberate it": a name
	// after "and" read as an apposition of the last noun, and the verb right
	// after it left without a subject, are a clause joined to the main one
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 ||
			toks[v].Rel == "acl" || toks[v].Rel == "amod" || toks[v].Rel == "acl:relcl" {
			continue
		}
		r := v - 1
		for toks[r].Rel == "flat" && toks[r].Head >= 0 && toks[r].Head < r {
			r = toks[r].Head
		}
		first, _ := s.tree.Subtree(r)
		for first < r && (toks[first].Rel == "punct" || toks[first].Rel == "cc") {
			first++ // the comma and "and" the parser hangs on the name
		}
		if toks[r].UPOS != "PROPN" || toks[r].Head < 0 || toks[r].Head >= first || first < 1 || !(toks[r].Rel == "appos" || syntaxObl(toks[r].Rel)) {
			continue
		}
		c := first - 1
		if s.form(c) != "and" && s.form(c) != "but" {
			continue
		}
		root := v
		for toks[root].Head >= 0 {
			root = toks[root].Head
		}
		if root == v {
			continue
		}
		toks[r].Head, toks[r].Rel = v, "nsubj"
		toks[v].Head, toks[v].Rel = root, "conj"
		toks[c].Head, toks[c].Rel = v, "cc"
		if c > 0 && toks[c-1].Form == "," {
			toks[c-1].Head = v
		}
	}
	// "Hamas-led fighters killed ...", read as "Hamas led" and a clause it
	// takes: the hyphenated participle modifies the noun after it, and the
	// clause's verb is the head
	for p := 2; p+1 < len(toks); p++ {
		n := p + 1
		v := toks[n].Head
		if toks[p-1].Form != "-" || toks[p].UPOS != "VERB" || !isNominal(toks[n].UPOS) || toks[n].Rel != "nsubj" ||
			v <= n || toks[v].Head != p || toks[v].Rel != "ccomp" && toks[v].Rel != "parataxis" {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[p].Head, toks[p].Rel
		toks[p].Head, toks[p].Rel = n, "amod"
		s.rehangPunct(v, p, p)
	}
	// "condemned in a statement a series of airstrikes conducted by Turkish
	// warplanes": an object shifted after an oblique, read as the subject
	// of a relative clause on the oblique's noun, is the verb's object,
	// and the participle describes it
	for v := range toks {
		n, p := s.child(v, "nsubj"), toks[v].Head
		if toks[v].Rel != "acl" || !strings.HasSuffix(s.form(v), "ed") || n < 0 || p < 0 || n < p ||
			s.child(n, "det") < 0 || !syntaxObl(toks[p].Rel) || toks[p].Head < 0 {
			continue
		}
		m := toks[p].Head
		if toks[m].UPOS != "VERB" || s.child(m, "obj") >= 0 || m > p {
			continue
		}
		toks[n].Head, toks[n].Rel = m, "obj"
		toks[v].Head, toks[v].Rel = n, "acl"
	}
	// "the TTP, which it blames for the attacks": a relative pronoun and a
	// subject after it, both read as subjects of one verb, are the clause's
	// object and subject; the clause describes the noun before the pronoun
	for v := range toks {
		a, b := s.lastTwoSubjects(v, v)
		if a < 0 || b != a+1 || !s.relPronoun(a) {
			continue
		}
		toks[a].Rel = "obj"
		n := a - 1
		if n >= 0 && toks[n].Form == "," {
			n--
		}
		for n >= 0 && (toks[n].Rel == "nmod" || toks[n].Rel == "flat") && toks[n].Head >= 0 && toks[n].Head < n && isNominal(toks[toks[n].Head].UPOS) {
			n = toks[n].Head // "Kurdish rebels in Iraq, whom ...": the rebels
		}
		if n >= 0 && isNominal(toks[n].UPOS) && toks[v].Rel != "acl:relcl" {
			toks[v].Head, toks[v].Rel = n, "acl:relcl"
		}
	}
	// "Sudan's army and the rival RSF agreed": two subjects of one verb
	// with a conjunction between them are one subject, coordinated
	for v := range toks {
		a, b := s.lastTwoSubjects(v, v)
		if a < 0 || !isNominal(toks[a].UPOS) || !isNominal(toks[b].UPOS) {
			continue
		}
		for c := a + 1; c < b; c++ {
			if toks[c].Head == v && toks[c].Rel == "cc" {
				toks[b].Head, toks[b].Rel = a, "conj"
				toks[c].Head = b
				break
			}
		}
	}
	s.repairNameLists()
	// "Militants from JNIM, a group linked to al-Qaeda, killed ...", read
	// as a clause "a group linked to" that the main verb joins: the noun is
	// an apposition its participle describes, and the main verb takes the
	// participle's place, with the noun phrase before the comma its subject
	for p := range toks {
		n := s.child(p, "nsubj")
		if toks[p].UPOS != "VERB" || !strings.HasSuffix(s.form(p), "ed") || n < 0 || n != p-1 || toks[n].UPOS != "NOUN" ||
			s.child(p, "aux") >= 0 || s.child(p, "obj") >= 0 {
			continue
		}
		first, _ := s.tree.Subtree(n)
		if first < 2 || toks[first-1].Form != "," {
			continue
		}
		r := first - 2
		for toks[r].Head >= 0 && toks[r].Head < first-1 {
			r = toks[r].Head
		}
		v := -1
		for u := p + 1; u < len(toks) && v < 0; u++ {
			if toks[u].Head == p && toks[u].Rel == "conj" && toks[u].UPOS == "VERB" && s.child(u, "nsubj") < 0 {
				v = u
			}
		}
		hosted := toks[r].Head == p || toks[p].Head == r && toks[p].Rel == "appos"
		if v < 0 || !isNominal(toks[r].UPOS) || !hosted {
			continue
		}
		if toks[p].Head == r {
			toks[v].Head, toks[v].Rel = toks[r].Head, toks[r].Rel
		} else {
			toks[v].Head, toks[v].Rel = toks[p].Head, toks[p].Rel
		}
		toks[r].Head, toks[r].Rel = v, "nsubj"
		toks[n].Head, toks[n].Rel = r, "appos"
		toks[p].Head, toks[p].Rel = n, "acl"
		s.rehangPunct(v, v, r, p)
	}
	// "..., with an army spokesman saying "no such incident was recorded"":
	// a clause that opens right after a reporting verb lacking one is that
	// verb's complement, not one of an earlier verb's
	for v := range toks {
		if toks[v].Rel != "ccomp" && toks[v].Rel != "parataxis" || toks[v].UPOS != "VERB" {
			continue
		}
		first, _ := s.tree.Subtree(v)
		r := first - 1
		for r > 0 && (toks[r].UPOS == "PUNCT" && toks[r].Form != "," || s.form(r) == "that") {
			r--
		}
		if r <= toks[v].Head || toks[v].Head < 0 || !reportingLemmas[lower(toks[r].Lemma)] || toks[r].UPOS != "VERB" ||
			s.child(r, "ccomp") >= 0 || s.child(r, "obj") >= 0 {
			continue
		}
		toks[v].Head, toks[v].Rel = r, "ccomp"
	}
	// "delegations arrived in Sanaa, Houthi media said on Sunday, to
	// negotiate a truce": a source inserted between commas reports the
	// whole sentence; the purpose clause after its closing comma belongs to
	// the main verb, not to the report
	for r := range toks {
		m := toks[r].Head
		sb := s.child(r, "nsubj")
		if toks[r].UPOS != "VERB" || m < 0 || m > r || toks[r].Rel != "conj" && toks[r].Rel != "parataxis" || !reportingLemmas[s.lemma(r)] || sb < 0 || sb > r {
			continue
		}
		first, _ := s.tree.Subtree(sb)
		c := first - 1
		for c > 0 && c >= first-3 && (toks[c].Form == "-" || toks[c+1].Form == "-") {
			c-- // "Houthi-run media", its name read apart
		}
		if c < 1 || toks[c].Form != "," || s.child(r, "cc") >= 0 {
			continue
		}
		for u := r + 1; u < len(toks); u++ {
			if toks[u].Head != r || toks[u].UPOS != "VERB" || toks[u-1].Form != "," && !(toks[u-1].Rel == "mark" && u > 1 && toks[u-2].Form == ",") {
				continue
			}
			// (a participle there, ", calling the act inhumane", is
			// often the speaker's, so it stays)
			if s.markOf(u) == "to" {
				toks[u].Head, toks[u].Rel = m, "advcl"
				toks[r].Rel = "parataxis"
				s.rehangPunct(m, u, r)
			}
			break
		}
	}
	// "Syrian forces and the SDF clashed", read as a noun phrase and a
	// clause joined: a nominal root whose conjunct verb has a subject of its
	// own right after the conjunction is that verb's first subject
	for r := range toks {
		if toks[r].Head >= 0 || !isNominal(toks[r].UPOS) {
			continue
		}
		for v := r + 1; v < len(toks); v++ {
			if toks[v].Head != r || toks[v].Rel != "conj" || toks[v].UPOS != "VERB" {
				continue
			}
			b, c := s.child(v, "nsubj"), s.child(v, "cc")
			if b < 0 || c < 0 || !(r < c && c < b && b < v) || slices.ContainsFunc(toks[r+1:c], func(t syntax.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" }) {
				continue // a verb before the conjunction: a clause the tree misread, not a subject
			}
			toks[v].Head, toks[v].Rel = toks[r].Head, toks[r].Rel
			toks[r].Head, toks[r].Rel = v, "nsubj"
			toks[b].Head, toks[b].Rel = r, "conj"
			toks[c].Head = b
			s.rehangPunct(v, v, r)
			break
		}
	}
	// A hyphenated modifier the parser reads as a verb whose object is the
	// noun it modifies: "missiles fired by Iran-backed Houthi rebels" (the
	// name taken for the by-phrase), "Saudi-led forces ... have fought" (the
	// participle taken for a clause of the verb, the subject left out). The
	// noun takes the place the name or the participle had; the participle
	// modifies it and the name the participle.
	for p := 2; p+1 < len(toks); p++ {
		n := p - 2
		if toks[p-1].Form != "-" || toks[p].UPOS != "VERB" || !isNominal(toks[n].UPOS) && toks[n].UPOS != "ADJ" {
			continue // "Iran-backed", "Saudi-led"
		}
		h := -1
		for j := p + 1; j < len(toks) && j <= p+3; j++ {
			if toks[j].Head == p && toks[j].Rel == "obj" && isNominal(toks[j].UPOS) {
				h = j
			}
		}
		if h < 0 {
			continue
		}
		switch v := toks[p].Head; {
		case toks[n].Head != p && (v == toks[n].Head || v == n):
			toks[h].Head, toks[h].Rel = toks[n].Head, toks[n].Rel // the name's place: "fired by [Iran]-backed"
		case toks[n].Head == p && v >= 0 && toks[v].UPOS == "VERB" && s.child(v, "nsubj") < 0 && s.child(v, "nsubj:pass") < 0:
			toks[h].Head, toks[h].Rel = v, "nsubj" // the subject the verb lacks
		default:
			continue
		}
		for j := range toks {
			if toks[j].Head == p && j > h {
				// what followed describes the noun: "in Yemen", ", backing ...,"
				toks[j].Head = h
				switch toks[j].Rel {
				case "obl":
					toks[j].Rel = "nmod"
				case "advcl":
					toks[j].Rel = "acl"
				}
			}
		}
		toks[p].Head, toks[p].Rel = h, "amod"
		toks[n].Head, toks[n].Rel = p, "compound"
		toks[p-1].Head = n
	}
	// "shells fired by Myanmar's army landed inside Bangladesh": a
	// participle with a by-agent read as the main verb, and the real main
	// verb hung on the agent or on the participle, is a reduced relative
	// on its subject
	for v := range toks {
		a := s.child(v, "obl:agent")
		sb := s.child(v, "nsubj")
		if toks[v].UPOS != "VERB" || a < 0 || sb < 0 || sb > v || !strings.HasSuffix(s.form(v), "ed") && !strings.HasSuffix(s.form(v), "en") {
			continue
		}
		if w := s.verbAfterAgent(v, a); w >= 0 {
			toks[w].Head, toks[w].Rel = toks[v].Head, toks[v].Rel
			toks[sb].Head = w
			toks[v].Head, toks[v].Rel = sb, "acl"
			for u := range toks {
				if toks[u].Head == v && u > w {
					toks[u].Head = w // the sentence's end belongs to the main verb
				}
			}
		}
	}
	// "inflicted losses on the army and on Wagner", "struck targets in Iraq
	// and in Syria": a phrase after "and" that repeats the preposition of
	// the phrase right before it is that phrase's conjunct, whatever the
	// parser hung it on
	for y := range toks {
		c := s.child(y, "case")
		if c < 0 || !isNominal(toks[y].UPOS) {
			continue
		}
		first, _ := s.tree.Subtree(y)
		if first < 2 || first != c-1 || toks[first].UPOS != "CCONJ" {
			continue
		}
		for x := first - 1; x >= 0 && x != y; x = toks[x].Head {
			if _, last := s.tree.Subtree(x); last != first-1 || s.dominates(x, y) {
				break
			}
			if isNominal(toks[x].UPOS) && s.caseOf(x) == s.form(c) {
				toks[y].Head, toks[y].Rel = x, "conj"
				break
			}
		}
	}
	// "said on Thursday that the guards had opened fire": a that-clause
	// hung on the day after a reporting verb is what the verb reports
	for v := range toks {
		n := toks[v].Head
		if s.markOf(v) != "that" || !s.rel(v, "acl") || n < 0 || !timeWords[s.form(n)] || toks[n].Head < 0 || !reportingLemmas[s.lemma(toks[n].Head)] {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, "ccomp"
	}
	// "forces have since conducted operations": "since" between an
	// auxiliary and its participle is an adverb, not the mark of a clause,
	// and the noun phrase before is the verb's subject
	for i := 1; i+1 < len(toks); i++ {
		v, aux := i+1, i-1
		if s.form(i) != "since" || !s.rel(i, "mark") || toks[i].Head != v || toks[v].UPOS != "VERB" || s.form(aux) != "have" && s.form(aux) != "has" && s.form(aux) != "had" {
			continue
		}
		toks[i].Rel = "advmod"
		if toks[aux].Head != v {
			s.promote(v, aux, "aux")
		}
		if n := toks[v].Head; n >= 0 && n < aux && s.rel(v, "acl") && toks[n].Rel == "root" && isNominal(toks[n].UPOS) {
			s.promote(v, n, "nsubj")
		}
	}
	// "After talks brokered by Egypt, Israel and Hamas agreed to a truce":
	// names listed after the comma that closes an opening by-phrase, read
	// as more agents, are the subject of the verb right after them
	if toks[0].UPOS == "ADP" || toks[0].UPOS == "SCONJ" {
		for a := range toks {
			if toks[a].Rel != "obl:agent" {
				continue
			}
			var conjs []int
			for u := a + 1; u < len(toks); u++ {
				if toks[u].Head == a && toks[u].Rel == "conj" {
					conjs = append(conjs, u)
				}
			}
			if len(conjs) == 0 {
				continue
			}
			comma, _ := s.tree.Subtree(conjs[0])
			if toks[comma].Form != "," {
				comma-- // the parser hangs the comma on the agent or on the first name
			}
			_, last := s.tree.Subtree(conjs[len(conjs)-1])
			w := last + 1
			if comma < 1 || toks[comma].Form != "," || w >= len(toks) || toks[w].UPOS != "VERB" || s.ownSubj(w) >= 0 {
				continue
			}
			if v := toks[a].Head; s.dominates(v, w) {
				s.promote(w, v, "advcl") // "In talks mediated by Qatar, ... agreed": the participle's clause opens the sentence
			}
			toks[conjs[0]].Head, toks[conjs[0]].Rel = w, "nsubj"
			for _, u := range conjs[1:] {
				toks[u].Head = conjs[0]
			}
			toks[comma].Head = toks[a].Head
			break
		}
	}
	// "Tren de Aragua, which the U.S. designated a terrorist group, denied
	// it": the verb after the comma that closes a relative clause on the
	// sentence's first noun, hung on the clause's verb with no "and", is
	// the main verb of that noun
	for w := 1; w < len(toks); w++ {
		v := toks[w].Head
		if toks[w].Rel != "conj" || toks[w].UPOS != "VERB" || toks[w-1].Form != "," || v < 0 || toks[v].Rel != "acl:relcl" || s.child(w, "cc") >= 0 || s.ownSubj(w) >= 0 {
			continue
		}
		if n := toks[v].Head; n >= 0 && toks[n].Rel == "root" && isNominal(toks[n].UPOS) {
			s.promote(w, n, "nsubj")
		}
	}
	// "Russia, which invaded Ukraine in 2022, struck Kyiv": a name read as
	// a vocative (or an oblique) of the relative clause's verb, with the
	// main verb a conjunct of it, is the main verb's subject, the clause
	// its relative
	for u := 0; u+2 < len(toks); u++ {
		v := toks[u].Head
		if r := toks[u].Rel; r != "vocative" && r != "obl" && r != "dep" || !isNominal(toks[u].UPOS) || toks[u+1].Form != "," || v <= u || toks[v].Rel != "root" {
			continue
		}
		if r := s.ownSubj(v); r < 0 || !s.relPronoun(r) && !s.whoseOn(r) && !s.whoseOn(v) {
			continue // "Pakistan, whose troops shelled ..., denied"
		}
		for w := v + 1; w < len(toks); w++ {
			comma := toks[w-1].Form == "," || w > 1 && toks[w-2].Form == "," && toks[w-1].Head == w && toks[w-1].Rel == "advmod" // ", also denied"
			if toks[w].Head != v || toks[w].Rel != "conj" && toks[w].Rel != "advcl" || toks[w].UPOS != "VERB" || !comma || s.child(w, "cc") >= 0 || s.ownSubj(w) >= 0 || s.child(w, "mark") >= 0 {
				continue
			}
			toks[w].Head, toks[w].Rel = -1, "root"
			toks[u].Head, toks[u].Rel = w, "nsubj"
			toks[v].Head, toks[v].Rel = u, "acl:relcl"
			for x := range toks {
				if toks[x].Head == v && x > w {
					toks[x].Head = w // the final stop
				}
			}
			break
		}
	}
	// "Syria's Foreign Ministry sent letters": a possessor hung on a verb
	// owns the noun after it that the verb takes
	for t := 0; t+2 < len(toks); t++ {
		h := toks[t].Head
		if toks[t].Rel != "nmod:poss" || h < 0 || toks[h].UPOS != "VERB" || toks[t+1].Rel != "case" {
			continue
		}
		for n := t + 2; n < h && n <= t+5; n++ {
			if toks[n].Head == h && isNominal(toks[n].UPOS) {
				toks[t].Head = n
				break
			}
		}
	}
	// "two drug organizations, the Jalisco New Generation and Sinaloa
	// cartels": a noun after a comma hung on the noun before as a modifier
	// with no preposition is its apposition
	for n := 1; n < len(toks); n++ {
		h := toks[n].Head
		if toks[n].Rel != "nmod" || h < 0 || h >= n || !isNominal(toks[h].UPOS) || s.child(n, "case") >= 0 {
			continue
		}
		if first, _ := s.tree.Subtree(n); first > h && toks[first].Form == "," || first > 0 && toks[first-1].Form == "," {
			toks[n].Rel = "appos"
		}
	}
	s.repairOpeningPhraseRoot()
	// "Mali, along with its partners Burkina Faso and Niger, announced":
	// news has no vocatives; a name read as one before a verb with no
	// subject is its subject, and the party "along with" it, hung on the
	// verb, goes with it
	for u := range toks {
		v := toks[u].Head
		if v <= u || v < 0 || toks[v].UPOS != "VERB" || !(toks[u].Rel == "vocative" && s.ownSubj(v) < 0 || toks[u].Rel == "nsubj") {
			continue
		}
		toks[u].Rel = "nsubj" // the parser may have read the subject right, and only the party along with it wrong
		for w := u + 1; w < v; w++ {
			if toks[w].Head == v && syntaxObl(toks[w].Rel) && accompanyCases[s.caseOf(w)] {
				toks[w].Head, toks[w].Rel = u, "nmod"
			}
		}
	}
	// "to Iran's missile and drone attack": a noun joined to a modifier of
	// an act noun, tagged as a verb whose object is that act noun, is one
	// more modifier; the act noun heads the phrase (a phrase with a
	// preposition or a possessor cannot go on as a verb)
	for w := 2; w+1 < len(toks); w++ {
		p, n := w-2, w+1
		if toks[w].UPOS != "VERB" || toks[w].Rel != "conj" || toks[w-1].UPOS != "CCONJ" || toks[n].Head != w || toks[n].Rel != "obj" ||
			!isNominal(toks[p].UPOS) || !isNominal(toks[n].UPOS) || toks[p].Head != toks[w].Head || s.child(p, "case") < 0 && s.child(p, "nmod:poss") < 0 {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[p].Head, toks[p].Rel
		for u := range p {
			if toks[u].Head == p && (toks[u].Rel == "case" || toks[u].Rel == "nmod:poss" || toks[u].Rel == "det" || toks[u].Rel == "amod") {
				toks[u].Head = n
			}
		}
		toks[p].Head, toks[p].Rel = n, "compound"
		toks[w].Head, toks[w].Rel, toks[w].UPOS = p, "conj", "NOUN"
	}
	// "struck what Islamabad described as hideouts of the group", "strikes
	// on what it said were militant camps": the noun phrase the free
	// relative names is what the verb acts on; the report describes it
	for w := range toks {
		v := toks[w].Head
		if toks[w].Rel != "obj" || v < 0 || s.form(w) != "what" || !namingLemmas[s.lemma(v)] {
			continue
		}
		g := toks[v].Head
		if g < 0 || g > w || toks[v].Rel != "ccomp" && toks[v].Rel != "advcl" && toks[v].Rel != "xcomp" {
			continue
		}
		np := -1
		for c := v + 1; c < len(toks) && np < 0; c++ {
			if toks[c].Head == v && isNominal(toks[c].UPOS) && (syntaxObl(toks[c].Rel) && s.caseOf(c) == "as" || toks[c].Rel == "ccomp" || toks[c].Rel == "xcomp") {
				np = c
			}
		}
		if np < 0 {
			continue
		}
		mark := s.child(v, "mark")
		rel := "obj"
		if mark >= 0 && mark < w {
			toks[mark].Head, toks[mark].Rel = np, "case" // "strikes on what ..."
			rel = "obl"
		}
		if as := s.child(np, "case"); as >= 0 && s.form(as) == "as" {
			toks[as].Head, toks[as].Rel = v, "mark"
		}
		toks[np].Head, toks[np].Rel = g, rel
		toks[v].Head, toks[v].Rel = np, "acl:relcl"
	}
	// "struck dozens of what the ministry described as PKK targets": the
	// noun phrase the free relative names is what the count is of
	for w := range toks {
		v := s.child(w, "acl:relcl")
		if s.form(w) != "what" || toks[w].Rel != "nmod" || v < 0 || !namingLemmas[s.lemma(v)] {
			continue
		}
		np := -1
		for c := v + 1; c < len(toks) && np < 0; c++ {
			if toks[c].Head == v && isNominal(toks[c].UPOS) && syntaxObl(toks[c].Rel) && s.caseOf(c) == "as" {
				np = c
			}
		}
		if np < 0 {
			continue
		}
		if as := s.child(np, "case"); as >= 0 && s.form(as) == "as" {
			toks[as].Head, toks[as].Rel = v, "mark"
		}
		if of := s.child(w, "case"); of >= 0 {
			toks[of].Head = np
		}
		toks[np].Head, toks[np].Rel = toks[w].Head, "nmod"
		toks[v].Head = np
		toks[w].Head, toks[w].Rel = v, "obj"
	}
	// "retaliation after South Korea and the United States began drills":
	// "after" read as a preposition of the names that are the subject of
	// the verb right after them marks that verb's clause
	for u := range toks {
		n := toks[u].Head
		if toks[u].Rel != "case" && toks[u].Rel != "advmod" || n <= u || !clauseMarks[s.form(u)] || !isNominal(toks[n].UPOS) {
			continue
		}
		if w := s.verbOnAgent(n); w >= 0 {
			// "after shells fired by Myanmar's forces landed inside
			// Bangladesh": the verb hung on the participle's agent
			g := toks[n].Head
			for g >= 0 && toks[g].UPOS != "VERB" {
				g = toks[g].Head
			}
			if g < 0 || g > u {
				continue
			}
			toks[w].Head, toks[w].Rel = g, "advcl"
			toks[n].Head, toks[n].Rel = w, "nsubj"
			toks[u].Head, toks[u].Rel = w, "mark"
			continue
		}
		_, last := s.tree.Subtree(n)
		v := last + 1
		if v >= len(toks) || toks[v].UPOS != "VERB" || s.dominates(n, v) || strings.HasSuffix(s.form(v), "ing") {
			continue
		}
		if sb := s.ownSubj(v); sb >= 0 && sb != n {
			// "were among nine people killed when drones hit a village":
			// the noun the participle before "when" describes was read as
			// the later verb's subject; it heads its own clause, and the
			// "when" clause is the participle's
			g := toks[n].Head
			if sb > u || !s.rel(n, "obj") || g < 0 || toks[g].UPOS != "VERB" || !s.dominates(sb, g) {
				continue
			}
			toks[sb].Head, toks[sb].Rel = toks[v].Head, toks[v].Rel
			toks[v].Head, toks[v].Rel = g, "advcl"
			toks[n].Head, toks[n].Rel = v, "nsubj"
			toks[u].Head, toks[u].Rel = v, "mark"
			continue
		}
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[u].Head, toks[u].Rel = v, "mark"
		if toks[v].Rel == "conj" {
			toks[v].Rel = "advcl" // a clause opened by "after" is no conjunct: "to protest ..., after jets struck"
		}
	}
	// "militants belonging to Indian proxy Fitna al-Khawarij, the army
	// said": a name right after a noun elsewhere, read as one more subject
	// of a verb that has its own, names that noun
	for u := 1; u < len(toks); u++ {
		v, n := toks[u].Head, u-1
		if toks[u].Rel != "nsubj" || toks[u].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || v < 0 || toks[n].Head == v || toks[n].Head == u {
			continue
		}
		for w := range v {
			// "Representatives of the government and guerrilla group ELN met":
			// the other subject may come first
			if w != u && toks[w].Head == v && toks[w].Rel == "nsubj" {
				toks[u].Head, toks[u].Rel = n, "appos"
				break
			}
		}
	}
	// "accused the Lebanese group Hezbollah of": a name right after a noun
	// of the same verb names that noun
	for u := 1; u < len(toks); u++ {
		n, p := u-1, toks[u].Head
		if toks[u].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || p < 0 || toks[n].Head != p || toks[u].Rel == "conj" || toks[u].Rel == "flat" {
			continue
		}
		if r := toks[u].Rel; r == "xcomp" || r == "obj" || r == "iobj" || r == "dep" || r == "obl" {
			toks[u].Head, toks[u].Rel = n, "appos"
		}
	}
	// "denied the claim, accusing Peru of ...": a participle after a comma
	// that the parser hung on the object describes the object's verb, and
	// takes its subject
	for u := 1; u < len(toks); u++ {
		p := toks[u].Head
		if toks[u].Rel != "acl" || toks[u-1].Form != "," || p < 0 || !strings.HasSuffix(s.form(u), "ing") || s.ownSubj(u) >= 0 {
			continue
		}
		if v := toks[p].Head; toks[p].Rel == "obj" && v >= 0 && toks[v].UPOS == "VERB" {
			toks[u].Head, toks[u].Rel = v, "advcl"
		}
	}
	// "violations of its airspace by Russian drones targeting Ukraine": a
	// participle right after a noun describes that noun
	for u := 1; u < len(toks); u++ {
		if toks[u].Rel == "acl" && toks[u].Head < u-1 && toks[u].Head >= 0 && isNominal(toks[u-1].UPOS) && strings.HasSuffix(s.form(u), "ing") && s.dominates(toks[u].Head, u-1) {
			toks[u].Head = u - 1
		}
	}
	// "..., an allegation that Beijing denied, saying Manila was to blame":
	// a participle after a comma that took as subject the noun the
	// relative clause before the comma describes belongs to that clause's
	// verb, and the noun stands beside the sentence
	for u := 2; u < len(toks); u++ {
		if toks[u].UPOS != "VERB" || !strings.HasSuffix(s.form(u), "ing") || toks[u-1].Form != "," {
			continue
		}
		n := s.child(u, "nsubj") // the noun read as the participle's subject, or as what it describes
		if n < 0 && toks[u].Rel == "acl" {
			n = toks[u].Head
		}
		v := u - 2
		if n < 0 || toks[v].Head != n || (toks[v].Rel != "acl" && toks[v].Rel != "acl:relcl") || toks[v].UPOS != "VERB" || s.ownSubj(v) < 0 {
			continue
		}
		if toks[n].Head == u {
			toks[n].Head, toks[n].Rel = toks[u].Head, "appos"
		}
		toks[u].Head, toks[u].Rel = v, "advcl"
		toks[u-1].Head = u
	}
	// "claimed that drones belonging to the UAE carried out attacks": a
	// plural noun read as the verb of the clause, and the clause's real
	// verb as its conjunct with no conjunction, is that verb's subject
	for v := range toks {
		w := s.form(v)
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(w, "s") || s.ownSubj(v) >= 0 || s.child(v, "obj") >= 0 || s.child(v, "mark") < 0 {
			continue
		}
		c := s.child(v, "conj")
		if c < 0 {
			c = s.child(v, "advcl")
		}
		if c < 0 || toks[c].UPOS != "VERB" || s.ownSubj(c) >= 0 || s.child(c, "cc") >= 0 || s.child(c, "mark") >= 0 {
			continue
		}
		mark := s.child(v, "mark")
		s.promote(c, v, "nsubj")
		toks[v].UPOS = "NOUN"
		toks[mark].Head = c
		for u := range toks {
			if toks[u].Head == v && toks[u].Rel == "xcomp" {
				toks[u].Rel = "acl" // "drones belonging to the UAE"
			}
		}
	}
	// "sanctuary to banned terror organizations": a past form after "to",
	// read as an infinitive taking the noun after it, describes that noun,
	// and "to" marks the noun
	for v := 1; v < len(toks); v++ {
		w := s.form(v)
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(w, "ed") || w == s.lemma(v) || toks[v-1].Head != v || toks[v-1].Rel != "mark" || s.form(v-1) != "to" {
			continue
		}
		n := s.child(v, "obj")
		if n <= v {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[v].Head, "obl"
		toks[v-1].Head, toks[v-1].Rel = n, "case"
		toks[v].Head, toks[v].Rel = n, "amod"
	}
	// "on Saturday Manila accused China": a name read as part of the day
	// before it is the subject of the day's verb, when that has none
	for u := 1; u < len(toks); u++ {
		d := toks[u].Head
		if toks[u].Rel != "flat" || d != u-1 || toks[u].UPOS != "PROPN" {
			continue
		}
		if _, day := weekdayNames[s.form(d)]; !day {
			continue
		}
		if v := toks[d].Head; v > u && toks[v].UPOS == "VERB" && s.ownSubj(v) < 0 {
			toks[u].Head, toks[u].Rel = v, "nsubj"
		}
	}
	// "had been violated 50 times by French forces": a by-phrase hung on
	// the count or the time of a passive verb is the verb's agent
	for u := range toks {
		n := toks[u].Head
		if toks[u].Rel != "nmod" || n < 0 || s.caseOf(u) != "by" || toks[n].Rel != "obl:unmarked" && toks[n].Rel != "obl:tmod" && toks[n].Rel != "obl:npmod" {
			continue
		}
		if v := toks[n].Head; v >= 0 && s.child(v, "aux:pass") >= 0 {
			toks[u].Head, toks[u].Rel = v, "obl:agent"
		}
	}
	// "designated the Sinaloa Cartel, the CJNG and six other groups": a
	// name after a comma that the parser hung on the verb, with no
	// preposition, is one more of the verb's object
	for u := range toks {
		p := toks[u].Head
		if p < 0 || toks[p].UPOS != "VERB" || !isNominal(toks[u].UPOS) || toks[u].Rel == "obj" || s.child(u, "case") >= 0 || !syntaxObl(toks[u].Rel) && toks[u].Rel != "dep" {
			continue
		}
		first, _ := s.tree.Subtree(u)
		for first < u && toks[first].UPOS == "PUNCT" {
			first++
		}
		if first == 0 || toks[first-1].Form != "," {
			continue
		}
		if o := s.child(p, "obj"); o >= 0 && o < u && !s.dominates(u, o) {
			toks[u].Head, toks[u].Rel = o, "conj"
		}
	}
	// "..., and Mali, Burkina Faso and Niger recalled their envoys": the
	// names before a verb with no subject, after the comma and "and" that
	// join the clauses, are its subject
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" || s.ownSubj(v) >= 0 || v < 3 || toks[v-1].UPOS != "PROPN" {
			continue
		}
		j := v - 1
		for j > 0 && (toks[j].UPOS == "PROPN" || toks[j].Form == "," || toks[j].UPOS == "CCONJ" && toks[j-1].Form != ",") {
			j--
		}
		if j+1 >= v || toks[j].UPOS != "CCONJ" || toks[j-1].Form != "," || toks[j+1].UPOS != "PROPN" {
			continue
		}
		f := j + 1
		for f+1 < v && toks[f].Rel == "compound" && toks[f].Head > f {
			f = toks[f].Head // "Burkina Faso": the name's head
		}
		for u := f + 1; u < v; u++ {
			if toks[u].UPOS == "PROPN" && toks[u].Rel == "conj" {
				toks[u].Head = f
			}
		}
		if !s.dominates(f, v) {
			toks[f].Head, toks[f].Rel = v, "nsubj"
		}
	}
	// "a rebuke from Pakistan, which recalled its envoy": a clause whose
	// subject is "which" or "who" describes the noun before it
	for w := 1; w < len(toks); w++ {
		v := toks[w].Head
		if toks[w].Rel != "nsubj" || v < 0 || toks[v].Rel == "acl:relcl" || !s.relPronoun(w) {
			continue
		}
		a := w - 1
		for a > 0 && toks[a].UPOS == "PUNCT" {
			a--
		}
		if !isNominal(toks[a].UPOS) {
			continue
		}
		if !s.dominates(v, a) {
			toks[v].Head, toks[v].Rel = a, "acl:relcl"
			continue
		}
		// "Somali forces, which are fighting al-Shabaab, were ambushed",
		// read with the noun an oblique of the clause and the clause an
		// adverbial of the main verb: the noun is that verb's subject
		if p := toks[v].Head; toks[a].Head == v && p >= 0 && toks[v].Rel == "advcl" && s.ownSubj(p) < 0 {
			rel := "nsubj"
			if s.child(p, "aux:pass") >= 0 {
				rel = "nsubj:pass"
			}
			toks[a].Head, toks[a].Rel = p, rel
			toks[v].Head, toks[v].Rel = a, "acl:relcl"
		}
	}
	// "X said Baghdad had not asked ..., dismissing a report": a comma
	// participle after a reported clause is the speaker's
	for u := 1; u < len(toks); u++ {
		if toks[u].Rel != "advcl" || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") || s.ownSubj(u) >= 0 {
			continue
		}
		for p := toks[u].Head; p >= 0 && toks[p].Head >= 0; p = toks[p].Head {
			if toks[p].Rel == "ccomp" && toks[p].Head < p && reportingLemmas[s.lemma(toks[p].Head)] {
				toks[u].Head = toks[p].Head
				break
			}
			if r := toks[p].Rel; r != "xcomp" && r != "conj" && r != "advcl" {
				break
			}
		}
	}
	// "shut its crossings as Belarus massed troops": a conjunction the
	// parser read as a preposition of the name after it, and the verb
	// after the name hung elsewhere, is a clause with that subject
	for c := range toks {
		h := toks[c].Head
		if toks[c].Rel != "case" || !clauseMarks[s.form(c)] || h <= c || !isNominal(toks[h].UPOS) || h+1 >= len(toks) {
			continue
		}
		modifiers := true // "after Russian drones violated": only the noun's own words between
		for u := c + 1; u < h; u++ {
			modifiers = modifiers && toks[u].Head == h
		}
		if !modifiers {
			continue
		}
		v := h + 1
		if toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 || toks[h].Head < 0 || toks[h].Head == v {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[h].Head, "advcl"
		for toks[v].Head >= 0 && toks[toks[v].Head].UPOS != "VERB" && toks[toks[v].Head].Head >= 0 {
			toks[v].Head = toks[toks[v].Head].Head // the clause hangs on a verb
		}
		toks[h].Head, toks[h].Rel = v, "nsubj"
		toks[c].Head, toks[c].Rel = v, "mark"
	}
	// "Iran's missile and drone attack on Israel": two nouns joined before
	// an event noun modify it; the parser reads the second as a verb whose
	// object is the event noun, or the event noun as the first one's
	// conjunct
	for u := 0; u+3 < len(toks); u++ {
		c, w, n := u+1, u+2, u+3
		if toks[u].UPOS != "NOUN" || toks[c].UPOS != "CCONJ" || !eventNouns[s.form(n)] || toks[n].UPOS != "NOUN" ||
			strings.HasSuffix(s.form(w), "ed") || strings.HasSuffix(s.form(w), "ing") {
			continue
		}
		asVerb := toks[w].UPOS == "VERB" && toks[n].Head == w && toks[n].Rel == "obj" && s.ownSubj(w) < 0
		asConj := toks[w].UPOS == "NOUN" && toks[w].Head == n && toks[w].Rel == "compound" && toks[n].Head == u && toks[n].Rel == "conj"
		if !asVerb && !asConj {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[u].Head, toks[u].Rel
		for d := range toks {
			if d != c && d != n && (toks[d].Head == u || toks[d].Head == w) {
				toks[d].Head = n // "Iran's", "weekend", "to": the phrase's own words
			}
		}
		toks[u].Head, toks[u].Rel = n, "compound"
		toks[w].Head, toks[w].Rel, toks[w].UPOS = u, "conj", "NOUN"
		toks[c].Head = w
	}
	root := -1
	for i := range toks {
		if toks[i].Head < 0 {
			root = i
		}
	}
	// "Kataib Hezbollah, an Iranian proxy group, claims to have attacked":
	// a name read as the root, with a verb after its apposition made a
	// relative clause whose subject is the apposition, is the verb's
	// subject, and the apposition describes it
	if r := root; r >= 0 && toks[r].UPOS == "PROPN" {
		for v := r + 1; v < len(toks); v++ {
			n := s.child(v, "nsubj")
			if toks[v].Head != r || toks[v].Rel != "acl:relcl" || n < 0 || n <= r || toks[v-1].Form != "," {
				continue
			}
			first, _ := s.tree.Subtree(n)
			if first < 1 || toks[first-1].Form != "," {
				continue
			}
			toks[v].Head, toks[v].Rel, toks[v].UPOS = -1, "root", "VERB"
			toks[r].Head, toks[r].Rel = v, "nsubj"
			toks[n].Head, toks[n].Rel = r, "appos"
			root = v
			for u := v + 1; u < len(toks); u++ {
				if toks[u].Head == r && toks[u].UPOS == "PUNCT" {
					toks[u].Head = v
				}
				if toks[u].Head == v && toks[u].Rel == "acl" {
					toks[u].Rel = "xcomp" // "claims to have attacked"
				}
			}
			break
		}
	}
	if r := root; r > 0 && toks[r].UPOS == "NOUN" && strings.HasSuffix(s.form(r), "s") && toks[r-1].UPOS == "PROPN" && toks[r-1].Head == r &&
		s.child(r, "det") < 0 && s.child(r, "nmod:poss") < 0 && s.child(r, "acl") > r {
		// "Kataib Hezbollah claims to have attacked": a plural noun read as
		// the root right after a name, with no article, and taking a
		// clause, is the name's verb
		n := r - 1
		for u := 0; u < n; u++ {
			if toks[u].Head == r {
				toks[u].Head, toks[u].Rel = n, "compound"
			}
		}
		toks[n].Head, toks[n].Rel = r, "nsubj"
		toks[r].UPOS = "VERB"
		for u := r + 1; u < len(toks); u++ {
			if toks[u].Head == r && toks[u].Rel == "acl" {
				toks[u].Rel = "xcomp"
				if s.markOf(u) != "to" {
					toks[u].Rel = "ccomp"
				}
			}
		}
	}
	// "Dozens of Chinese fishing boats escorted by coast guard vessels
	// entered Indonesia's zone": a noun phrase read as the root, the verb
	// hung on the participle that describes it: the verb is the root and
	// the phrase its subject
	if r := root; r >= 0 && isNominal(toks[r].UPOS) {
		for p := r + 1; p < len(toks); p++ {
			if toks[p].Rel != "acl" || toks[p].UPOS != "VERB" || !s.dominates(r, p) {
				continue
			}
			if w := s.verbOnAgent(toks[p].Head); w >= 0 && s.dominates(r, w) {
				s.promote(w, r, "nsubj")
				root = w
			}
			break
		}
	}
	// "The Islamic Resistance in Iraq, an umbrella of factions that
	// includes Kataib Hezbollah, claimed attacks": a name read as the root,
	// the verb after the comma that closes its apposition read as a
	// conjunct of the relative clause inside it: the verb is the root and
	// the name its subject
	if r := root; r >= 0 && isNominal(toks[r].UPOS) {
		for v := r + 2; v < len(toks); v++ {
			p := toks[v].Head
			if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" || s.form(v-1) != "," || p < 0 || !s.rel(p, "acl:relcl") ||
				!s.dominates(r, v) || strings.HasSuffix(s.form(v), "ing") || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 {
				continue
			}
			s.promote(v, r, "nsubj")
			root = v
			break
		}
	}
	// "Some of the shells landed in Pakistani villages", "Five of the
	// missiles landed inside Japan's zone, Tokyo said": a partitive
	// opening whose noun takes the verb as a participle, the quantifier
	// left as the root or hung on the reporting verb: the verb is the
	// clause's head and the quantifier its subject
	if q := 0; partitiveHeads[s.form(q)] || toks[q].UPOS == "NUM" {
		n := s.child(q, "nmod")
		if v := n + 1; n > q && v < len(toks) && s.caseOf(n) == "of" && !syntaxRelIs(toks[q].Rel, "nsubj") &&
			toks[v].Head == n && toks[v].Rel == "acl" && toks[v].UPOS == "VERB" && s.child(v, "aux") < 0 && s.child(v, "aux:pass") < 0 {
			rel := toks[q].Rel
			if rel != "root" {
				rel = "ccomp" // a discourse or dep hung on "said"
			}
			s.promote(v, q, "nsubj")
			toks[v].Rel = rel
			if rel == "root" {
				root = v
			}
		}
	}
	// "Fighter aircraft of the Air Force on Sunday eliminated scores of
	// fighters": a day after "on", read as a subject and the verb as a
	// clause on the noun before, says when; the noun is the subject and
	// the verb heads the sentence
	for t := 1; t < len(toks); t++ {
		v := toks[t].Head
		if toks[t].Rel != "nsubj" || !timeWords[s.form(t)] || s.form(t-1) != "on" && s.form(t-1) != "in" || v <= t {
			continue
		}
		toks[t].Rel = "obl:tmod"
		toks[t-1].Head, toks[t-1].Rel = t, "case"
		n := toks[v].Head
		if n < 0 || n >= t || !isNominal(toks[n].UPOS) || toks[v].Rel != "advcl" && toks[v].Rel != "acl" && toks[v].Rel != "acl:relcl" || toks[n].Head >= 0 && toks[n].Rel != "ccomp" && toks[n].Rel != "conj" {
			continue
		}
		s.promote(v, n, "nsubj")
		if n == root {
			root = v
		}
	}
	if root < 0 || toks[root].UPOS != "VERB" {
		return
	}
	for u := range toks {
		// "used by the BLA and the BLF": a name joined to a verb is joined
		// to the verb's last nominal before it
		p := toks[u].Head
		if toks[u].Rel != "conj" || p < 0 || !isNominal(toks[u].UPOS) || toks[p].UPOS != "VERB" {
			continue
		}
		for j := u - 1; j > p; j-- {
			if toks[j].Head == p && isNominal(toks[j].UPOS) && toks[j].Rel != "conj" {
				toks[u].Head = j
				break
			}
		}
	}
	for u := range toks {
		// "blamed the clashes on an attempt by X to change the status
		// quo, rebutting Y's claims": a participle after a comma that the
		// parser hung on an infinitive describes the main clause's subject
		p := toks[u].Head
		if toks[u].Rel != "advcl" || p < 0 || p == root || u == 0 || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") ||
			s.markOf(p) != "to" || s.ownSubj(u) >= 0 || s.ownSubj(p) >= 0 || u < root {
			continue
		}
		toks[u].Head = root
	}
	for u := range toks {
		p := toks[u].Head
		if toks[u].Rel != "conj" || p < 0 || p == root || u == 0 || toks[u-1].Form != "," || s.child(u, "cc") >= 0 {
			continue
		}
		if reportingLemmas[s.lemma(p)] || toks[p].Rel == "parataxis" {
			continue // ", Kabul said, warning that ...": the speaker's participle
		}
		if strings.HasSuffix(s.form(u), "ing") && !strings.HasSuffix(s.form(p), "ing") && s.ownSubj(u) < 0 && u > root {
			toks[u].Head, toks[u].Rel = root, "advcl"
		}
	}
	// "X seized the town, and Bashir vowed to retake it, calling the move
	// aggression": a participle after a joined clause with a subject of its
	// own belongs to that clause, not the first
	for p := range toks {
		h := toks[p].Head
		if toks[p].Rel != "advcl" || !strings.HasSuffix(s.form(p), "ing") || h < 0 || h > p {
			continue
		}
		for c := p - 1; c > h; c-- {
			if toks[c].Head == h && toks[c].Rel == "conj" && toks[c].UPOS == "VERB" && s.child(c, "nsubj") >= 0 {
				toks[p].Head = c
				break
			}
		}
	}
	// "Turkey accuses the YPG, which makes up the SDF, of having links":
	// the "of" clause a verb of charging takes, hung on punctuation or on
	// the relative clause between, is that verb's
	for v := range toks {
		if toks[v].UPOS != "VERB" || s.markOf(v) != "of" || toks[v].Head < 0 {
			continue
		}
		h := toks[v].Head
		if chargingVerbs[s.lemma(h)] {
			continue
		}
		for c := v - 1; c >= 0; c-- {
			if chargingVerbs[s.lemma(c)] && toks[c].UPOS == "VERB" {
				if toks[h].UPOS == "PUNCT" || toks[h].Rel == "acl:relcl" || s.rel(h, "acl") {
					toks[v].Head, toks[v].Rel = c, "advcl"
				}
				break
			}
		}
	}
	// "accused India of sponsoring the attack and Kabul of giving the
	// militants sanctuary": a name after "and" with an "of" clause of its
	// own, hung inside the first charge, is the verb's second object, and
	// its clause the second charge
	for c := range toks {
		v := toks[c].Head
		if v >= 0 && s.rel(v, "obj") {
			v = toks[v].Head // "accused France of spying", the clause hung on the object
		}
		if toks[c].UPOS != "VERB" || s.markOf(c) != "of" || v < 0 || !chargingVerbs[s.lemma(v)] {
			continue
		}
		x := s.child(v, "obj")
		if x < 0 || x > c {
			continue
		}
		for w := c + 1; w < len(toks); w++ {
			y := w - 2 // "and Kabul of giving": the name right before the second "of"
			if toks[w].UPOS != "VERB" || s.markOf(w) != "of" || !s.dominates(c, w) || y < 1 || s.form(y-1) != "and" || toks[y].UPOS != "PROPN" && toks[y].UPOS != "NOUN" {
				continue
			}
			toks[y].Head, toks[y].Rel = x, "conj"
			toks[y-1].Head, toks[y-1].Rel = y, "cc"
			toks[w].Head, toks[w].Rel = c, "conj"
			break
		}
	}
	// "the TTP, whom Islamabad accuses of killing soldiers": a verb of
	// judging tagged as a noun after a relative pronoun and a name is the
	// relative clause's verb, the pronoun its object, the name its subject
	for i := 2; i+2 < len(toks); i++ {
		if toks[i-1].Form != "," || !strings.EqualFold(toks[i].Form, "whom") && !strings.EqualFold(toks[i].Form, "which") {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].UPOS == "DET" || toks[j].UPOS == "PROPN" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "PRON") {
			j++ // "whom Nairobi accuses", "whom it accused"
		}
		if j == i+1 || j >= len(toks) || toks[j].UPOS != "NOUN" && toks[j].UPOS != "VERB" || toks[j].Rel == "acl:relcl" || !s.accusingAt(s.itemOfTok(j), true) {
			continue
		}
		ant := i - 2
		for ant > 0 && toks[ant].Rel == "flat" && toks[ant].Head >= 0 && toks[ant].Head < ant {
			ant = toks[ant].Head // "al-Shabaab, whom": the name's head, past its hyphen
		}
		if !isNominal(toks[ant].UPOS) {
			continue
		}
		for u := i + 1; u < j; u++ {
			if h := toks[u].Head; h < i+1 || h >= j {
				toks[u].Head, toks[u].Rel = j, "nsubj"
			}
		}
		for u := range toks {
			if toks[u].Head == j && toks[u].Rel == "acl" {
				toks[u].Rel = "advcl"
			}
		}
		toks[j].UPOS, toks[j].Head, toks[j].Rel = "VERB", ant, "acl:relcl"
		toks[i].Head, toks[i].Rel = j, "obj"
	}
	// "the minister said fighters who stormed two posts had crossed from
	// Afghanistan, and accused Kabul of ...": a verb of charging joined
	// with ", and" to a verb inside what a speaker said, with no subject of
	// its own, is the speaker's second act, joined to the reporting verb;
	// so is one after a claim a party denied ("dismissed claims that the
	// dam would choke the river and accused Cairo of ...")
	for v := range toks {
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || !chargingVerbs[s.lemma(v)] || s.child(v, "nsubj") >= 0 || toks[v].Head < 0 {
			continue
		}
		for r, steps := toks[toks[v].Head].Head, 0; r >= 0 && steps < 8; r, steps = toks[r].Head, steps+1 {
			if (reportingLemmas[s.lemma(r)] || s.denyingAt(s.itemOfTok(r))) && toks[r].UPOS == "VERB" && s.child(r, "nsubj") >= 0 && r < v {
				toks[v].Head = r
				break
			}
		}
	}
	// "accused Algeria of shooting down a drone and recalled its
	// ambassador": a finite verb cannot be the conjunct of the gerund that
	// states a charge; it is the accuser's second act
	for v := range toks {
		g := toks[v].Head
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || g < 0 || g > v || strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 ||
			!strings.HasSuffix(s.form(g), "ing") || s.markOf(g) != "of" && s.markOf(g) != "for" || toks[g].Head < 0 {
			continue
		}
		c := toks[g].Head
		if toks[c].Rel == "obj" && toks[c].Head >= 0 {
			c = toks[c].Head // "accused the UAE of arming the RSF": the charge hangs on the accused
		}
		if m, ok := s.c.lx.longestAt(s.items, s.itemOfTok(c)); ok && toks[c].UPOS == "VERB" && m.trig.typ == briefbot.Accusation {
			toks[v].Head = c
		}
	}
	// "it was Indian troops who opened fire": in a cleft the clause says
	// what the focused noun did, so its verb heads the clause and the noun
	// is its subject
	for v := range toks {
		n := toks[v].Head
		if toks[v].Rel != "acl:relcl" || n < 2 || n > v || !isNominal(toks[n].UPOS) {
			continue
		}
		it, cop, who := s.child(n, "nsubj"), s.child(n, "cop"), s.child(v, "nsubj")
		if it < 0 || cop < 0 || who < 0 || s.form(it) != "it" || it > cop || cop > n || !s.relPronoun(who) || who > v || s.dominates(v, toks[n].Head) {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[who].Rel = "mark"
		toks[it].Head, toks[it].Rel = v, "expl"
		toks[cop].Head, toks[cop].Rel = v, "dep"
		s.rehangPunct(v, v, n)
	}
	// "fired rockets at Israel, warning that it would ...": a reporting
	// participle after a comma, tagged a noun or hung on the comma, is a
	// verb on what the comma hangs on, and the clause after "that" is what
	// it reports
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Form != "," || toks[i].UPOS == "VERB" && toks[i].Rel == "advcl" || s.form(i+1) != "that" {
			continue // the cheap tests first: this runs on every token of every parsed sentence
		}
		form := s.form(i)
		lemma := strings.TrimSuffix(form, "ing")
		if !reportingLemmas[lemma] {
			lemma += "e" // "stating"
		}
		if !strings.HasSuffix(form, "ing") || !reportingLemmas[lemma] {
			continue
		}
		h := toks[i-1].Head
		if h < 0 || s.dominates(i, h) {
			h = toks[i].Head // the comma hung on the participle itself
		}
		if h < 0 || s.dominates(i, h) || toks[h].UPOS == "PUNCT" {
			// the participle hung on the comma: the verb of the clause before it
			for h = i - 2; h >= 0 && toks[h].UPOS != "VERB" && !s.dominates(i, h); h = toks[h].Head {
			}
		}
		if h < 0 || h >= i || s.dominates(i, h) {
			continue
		}
		toks[i].UPOS, toks[i].Lemma, toks[i].Head, toks[i].Rel = "VERB", lemma, h, "advcl"
		if v := toks[i+1].Head; v > i && toks[v].Head == i {
			toks[v].Rel = "ccomp"
		}
	}
	// "agreed on Monday to ban Belarusian airlines": an infinitive a verb
	// of deciding or promising takes is its complement, whose subject is
	// the verb's own, not a clause of purpose
	for v := range toks {
		if h := toks[v].Head; toks[v].Rel == "advcl" && h >= 0 && h < v && subjectControllers[s.lemma(h)] && s.markOf(v) == "to" && s.child(h, "obj") < 0 {
			toks[v].Rel = "xcomp"
		}
	}
	// "and a day later ordered 20 diplomats to leave": a span of time
	// before "later" or "earlier" says when the act came, it is no subject
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Rel != "nsubj" {
			continue
		}
		if _, unit := unitDays[s.form(i)]; unit && relativeTimeWords[s.form(i+1)] {
			toks[i].Rel = "obl:tmod"
		}
	}
	// "announced through a joint statement the recall of their envoys": an
	// object shifted after an oblique, hung on the oblique's noun, is the
	// verb's (a noun takes no object)
	for t := range toks {
		n := toks[t].Head
		if toks[t].Rel != "obj" || n < 0 || toks[n].UPOS != "NOUN" || !syntaxObl(toks[n].Rel) || toks[n].Head < 0 || s.child(n, "det") < 0 {
			continue // "trying to broker a deal": a verb tagged a noun takes its object
		}
		if v := toks[n].Head; toks[v].UPOS == "VERB" && s.child(v, "obj") < 0 && n < t {
			toks[t].Head = v
		}
	}
	// "it was willing to talk to the United States": an adjective that
	// says what its subject is ready to do takes a real subject, never an
	// expletive "it"
	for i := range toks {
		if toks[i].Rel == "expl" && toks[i].Head >= 0 && readinessAdjectives[lower(toks[toks[i].Head].Form)] {
			toks[i].Rel = "nsubj"
		}
	}
	// "Iranian-backed Hizballah, which controls the border, fired rockets",
	// "Biden blamed Iran-backed groups for the attack": a hyphenated
	// participle read as the root, the noun it describes as its object, and
	// the sentence's verb as a clause on the noun before or after it: the
	// participle describes the noun, and the verb heads the sentence
	if v := root; v >= 2 && toks[v].UPOS == "VERB" && s.form(v-1) == "-" && toks[v-1].Start == toks[v-2].End && toks[v].Start == toks[v-1].End {
		if w, n := s.hyphenParticipleVerb(v); w >= 0 {
			for c := range toks {
				switch {
				case c == n || c == w || toks[c].Head != v:
				case c > v && c < n && isNominal(toks[c].UPOS):
					toks[c].Head, toks[c].Rel = n, "compound" // "al-Masira television channel"
				case c > n || c < w:
					toks[c].Head = w
				case c == v-2:
					toks[c].Rel = "obl:npmod" // "Iranian-backed": who backs it, no subject
				}
			}
			if toks[w].Head, toks[w].Rel = -1, "root"; w < v {
				toks[n].Head, toks[n].Rel = w, "obj"
			} else if toks[n].Head, toks[n].Rel = w, "nsubj"; s.child(w, "aux:pass") >= 0 {
				toks[n].Rel = "nsubj:pass"
			}
			toks[v].Head, toks[v].Rel = n, "amod"
			root = w
		}
	}
	// "jets struck ISWAP camps on islands, killing scores": a plural noun
	// after a name, tagged a verb whose subject is the name, read as a
	// clause the verb before takes; it is that verb's object, the name its
	// modifier
	for v := 2; v < len(toks); v++ {
		h, n := toks[v].Head, s.child(v, "nsubj")
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "s") || h < 0 || h >= v || toks[h].UPOS != "VERB" ||
			(toks[v].Rel != "ccomp" && toks[v].Rel != "xcomp") || s.child(h, "obj") >= 0 || n != v-1 || toks[n].UPOS != "PROPN" {
			continue
		}
		if first, _ := s.tree.Subtree(n); first != h+1 {
			continue
		}
		toks[v].UPOS, toks[v].Head, toks[v].Rel = "NOUN", h, "obj"
		toks[n].Rel = "compound"
		for u := v + 1; u < len(toks); u++ {
			if toks[u].Head == v && (toks[u].Rel == "advcl" || toks[u].Rel == "punct") {
				toks[u].Head = h // ", killing scores of fighters": the clause's
			}
		}
	}
	// "rejected the U.N. experts' findings": the apostrophe of a plural
	// possessive read as punctuation, the noun it owns hung on the owner;
	// the owned noun takes the owner's place, and the owner owns it
	for t := 1; t+1 < len(toks); t++ {
		p := t - 1
		if (s.form(t) != "'" && s.form(t) != "’") || toks[t].UPOS != "PUNCT" || !isNominal(toks[p].UPOS) || !strings.HasSuffix(s.form(p), "s") ||
			toks[t].Start != toks[p].End {
			continue
		}
		h := t + 1
		for toks[h].Head > h && (toks[h].Rel == "compound" || toks[h].Rel == "amod") {
			h = toks[h].Head
		}
		if !isNominal(toks[h].UPOS) || toks[h].Head != p {
			continue
		}
		toks[h].Head, toks[h].Rel = toks[p].Head, toks[p].Rel
		for u := range toks {
			if toks[u].Head == p && u > h {
				toks[u].Head = h
			}
		}
		toks[p].Head, toks[p].Rel = h, "nmod:poss"
		toks[t].Head, toks[t].Rel, toks[t].UPOS = p, "case", "PART"
	}
	// "designated Venezuela's Tren de Aragua": a name after a possessive
	// read as part of the possessor's name; the name is the head, and the
	// possessor its modifier
	for x := range toks {
		if x+2 >= len(toks) || s.form(x+1) != "'s" || toks[x+1].Head != x {
			continue
		}
		for y := len(toks) - 1; y > x+1; y-- {
			if toks[y].Head == x && toks[y].Rel == "flat" {
				s.promote(y, x, "nmod:poss")
				break
			}
			// "the Sinaloa Cartel and Venezuela's Tren de Aragua", both
			// read as conjuncts of the first name
			if first, _ := s.tree.Subtree(y); first == x+2 && toks[y].Head == toks[x].Head && toks[y].Rel == toks[x].Rel && isNominal(toks[y].UPOS) {
				toks[x].Head, toks[x].Rel = y, "nmod:poss"
				break
			}
		}
	}
	// "dismissed the Houthis' claim and accused Iran of launching": a verb
	// of charging after "and", tagged a noun joined to the object, the
	// object read as the compound of the party charged: the verb is the
	// main verb's conjunct and takes the party as its object
	for a := 2; a+1 < len(toks); a++ {
		c, x := toks[a].Head, a+1
		if toks[a].UPOS != "NOUN" || toks[a].Rel != "conj" || !chargingVerbs[s.lemma(a)] || s.form(a-1) != "and" ||
			c < 0 || c >= a || toks[c].Head != x || toks[c].Rel != "compound" || !isNominal(toks[x].UPOS) || toks[x].Head < 0 {
			continue
		}
		v := toks[x].Head
		for s.rel(v, "acl") && s.head(v) >= 0 && s.head(s.head(v)) >= 0 {
			v = s.head(s.head(v)) // "dismissed claims that the dam would cut the flow and accused Cairo": the claim's denier charges
		}
		for u := range x {
			if toks[u].Head == x && u < c {
				toks[u].Head = c // "the Houthis'": the claim's
			}
		}
		toks[c].Head, toks[c].Rel = v, toks[x].Rel
		toks[a].UPOS, toks[a].Head, toks[a].Rel = "VERB", v, "conj"
		toks[x].Head, toks[x].Rel = a, "obj"
	}
	// "the jet that crashed, killing 38 people, had been hit by fire": a
	// participle set off by commas inside the subject, read as the clause
	// the subject belongs to: the subject is the later verb's
	for v := range toks {
		n, h := s.child(v, "nsubj"), toks[v].Head
		if n < 0 || h <= v || toks[v].Rel != "advcl" || !strings.HasSuffix(s.form(v), "ing") || toks[v].UPOS != "VERB" ||
			v == 0 || s.form(v-1) != "," || s.child(h, "nsubj") >= 0 || s.child(h, "nsubj:pass") >= 0 {
			continue
		}
		toks[n].Head = h
		if toks[n].Rel = "nsubj"; s.child(h, "aux:pass") >= 0 {
			toks[n].Rel = "nsubj:pass"
		}
	}
	// "responded to unprovoked firing by the army": a participle after
	// "to" read as an infinitive is an adjective; "to" is the preposition
	// of the noun after it, which the verb before takes
	for v := 1; v+1 < len(toks); v++ {
		to, n, g := v-1, v+1, toks[v].Head
		if s.form(to) != "to" || toks[to].Head != v || toks[v].Rel != "xcomp" || g < 0 || g > to ||
			!strings.HasSuffix(s.form(v), "ed") || baseFormsInEd[s.form(v)] || toks[n].Head != v ||
			!(toks[n].UPOS == "NOUN" || toks[n].UPOS == "VERB" && strings.HasSuffix(s.form(n), "ing")) {
			continue
		}
		s.promote(n, v, "amod")
		toks[n].Rel = "obl"
		toks[to].Head, toks[to].Rel = n, "case"
		toks[to].UPOS, toks[v].UPOS = "ADP", "ADJ"
	}
}

// baseFormsInEd are verbs whose plain form ends in "-ed": "to proceed".
var baseFormsInEd = set("need", "proceed", "succeed", "exceed", "shed", "embed", "feed", "bleed", "breed", "speed", "heed", "seed",
	"plead", "bed", "wed", "shred", "red", "weed", "concede", "recede", "accede", "intercede", "precede", "impede", "cede", "secede", "stampede", "supersede")

// repairOpeningPhraseRoot mends an opening prepositional phrase that took
// the sentence's subject as an apposition of its noun ("In response to
// this event, Mali, along with its partners, announced ..."), the phrase
// read as the root with the verb joined to it or as the verb's oblique: the
// verb is the root, the phrase its oblique, and the name its subject.
func (s *sent) repairOpeningPhraseRoot() {
	toks := s.tree.Tokens
	v := slices.IndexFunc(toks, func(t syntax.Token) bool { return t.Head < 0 })
	if v < 0 {
		return
	}
	if r := v; isNominal(toks[r].UPOS) && s.child(r, "case") >= 0 && s.child(r, "case") < r {
		for w := r + 1; w < len(toks); w++ {
			if toks[w].Head == r && toks[w].UPOS == "VERB" && (toks[w].Rel == "conj" || toks[w].Rel == "parataxis" || toks[w].Rel == "acl" && s.ownSubj(w) < 0) && s.child(w, "cc") < 0 {
				s.promote(w, r, "obl")
				for u := range r {
					if toks[u].Head == r && toks[u].Rel == "nsubj" {
						// "Venezuela's vice president, who is in The Hague
						// for two days of hearings, called": the subjects
						// the phrase took are the verb's
						toks[u].Head = w
					}
				}
				v = w
				break
			}
		}
	}
	if toks[v].UPOS != "VERB" || s.ownSubj(v) >= 0 {
		return
	}
	for a := 1; a < v; a++ {
		if toks[a].Rel != "appos" || !isNominal(toks[a].UPOS) || toks[a-1].Form != "," {
			continue
		}
		r := a
		for r >= 0 && toks[r].Head != v {
			r = toks[r].Head
		}
		if r >= 0 && r < a && syntaxObl(toks[r].Rel) && s.child(r, "case") >= 0 {
			toks[a].Head, toks[a].Rel = v, "nsubj"
			return
		}
	}
}

// promote gives the verb v the place of the token n the parser read as
// heading it: v takes n's head and relation, n hangs on v with rel, and
// what hung on n after v (the final stop) hangs on v.
func (s *sent) promote(v, n int, rel string) {
	toks := s.tree.Tokens
	toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
	toks[n].Head, toks[n].Rel = v, rel
	for u := v + 1; u < len(toks); u++ {
		if toks[u].Head == n {
			toks[u].Head = v
		}
	}
}

// rehangPunct hangs the punctuation after token after that hangs on any of
// from on the token to instead: a repair that moves a clause's head moves
// its full stop and commas with it.
func (s *sent) rehangPunct(to, after int, from ...int) {
	toks := s.tree.Tokens
	for u := after + 1; u < len(toks); u++ {
		if toks[u].Rel == "punct" && slices.Contains(from, toks[u].Head) {
			toks[u].Head = to
		}
	}
}

// hyphenParticipleVerb finds, for a hyphenated participle v read as the
// root, the noun n it describes and the verb w that heads the sentence: a
// verb on the participle's subject before it ("Biden blamed Iran-backed
// groups", the subject and its clause read as the participle's), or a
// subjectless verb hung on the participle after the noun ("Iranian-backed
// Hizballah ... fired"); w is -1 when there is neither.
func (s *sent) hyphenParticipleVerb(v int) (w, n int) {
	toks := s.tree.Tokens
	n, w = -1, -1
	for c := v + 1; c < len(toks); c++ {
		if toks[c].Head != v {
			continue
		}
		if isNominal(toks[c].UPOS) && w < 0 && (syntaxRelIs(toks[c].Rel, "obj") || syntaxObl(toks[c].Rel) || toks[c].Rel == "nmod") {
			n = c
		}
		if toks[c].UPOS == "VERB" && n >= 0 && w < 0 && (toks[c].Rel == "advcl" || toks[c].Rel == "conj" || toks[c].Rel == "parataxis" || toks[c].Rel == "ccomp") {
			w = c
		}
	}
	if n < 0 {
		return -1, -1
	}
	if sb := s.child(v, "nsubj"); sb >= 0 && sb < v-2 {
		if b := s.child(sb, "acl"); b > sb && b < v-2 && toks[b].UPOS == "VERB" {
			return b, n // "Biden blamed Iran-backed groups"
		}
		return -1, -1
	}
	if w < 0 || s.child(w, "nsubj") >= 0 || s.child(w, "nsubj:pass") >= 0 {
		return -1, -1
	}
	return w, n
}

// whoseOn reports a "whose" that modifies token t: "whose troops".
func (s *sent) whoseOn(t int) bool {
	w := s.child(t, "nmod:poss")
	return w >= 0 && s.form(w) == "whose"
}

// verbOnAgent returns the clause's real verb the parser hung on the by-agent
// of a participle that describes the noun n, or on the participle itself
// ("shells fired by the army landed"), or -1.
func (s *sent) verbOnAgent(n int) int {
	toks := s.tree.Tokens
	for p := n + 1; p < len(toks); p++ {
		if toks[p].Head != n || toks[p].Rel != "acl" || toks[p].UPOS != "VERB" {
			continue
		}
		if a := s.child(p, "obl:agent"); a >= 0 {
			if w := s.verbAfterAgent(p, a); w >= 0 {
				return w
			}
		}
	}
	return -1
}

// verbAfterAgent returns the finite verb with no subject of its own, after
// the by-agent a of the participle p, that the parser hung on the agent or
// on the participle: the verb of the clause whose subject p describes, or
// -1.
func (s *sent) verbAfterAgent(p, a int) int {
	toks := s.tree.Tokens
	for w := a + 1; w < len(toks); w++ {
		onAgent := toks[w].Head == a && toks[w].Rel == "acl"
		onParticiple := toks[w].Head == p && (toks[w].Rel == "advcl" || toks[w].Rel == "parataxis" || toks[w].Rel == "xcomp" || toks[w].Rel == "dep") && s.markOf(w) == ""
		if (onAgent || onParticiple) && toks[w].UPOS == "VERB" && !strings.HasSuffix(s.form(w), "ing") && s.ownSubj(w) < 0 {
			return w
		}
	}
	return -1
}

// lastTwoSubjects returns the last two tokens before token before that the
// tree makes subjects (nsubj) of the verb v, in order, or -1 for those it
// lacks: the parser's reading of one clause with two subjects, which
// several repairs mend.
func (s *sent) lastTwoSubjects(v, before int) (a, b int) {
	a, b = -1, -1
	for u := range before {
		if s.tree.Tokens[u].Head == v && s.tree.Tokens[u].Rel == "nsubj" {
			a, b = b, u
		}
	}
	return a, b
}

// repairNameLists makes a list of three or more parties ("Senegal, the
// Ivory Coast, Ghana and Benin") the conjuncts of its first, as it is: the
// parser reads such lists as modifiers and appositions of each other.
func (s *sent) repairNameLists() {
	toks := s.tree.Tokens
	for k := 0; k < len(s.items); k++ {
		list := []int{k}
		joined := false
		for j := k + 1; j < len(s.items) && s.items[k].kind == actorItem; j++ {
			it := &s.items[j]
			if it.kind == actorItem {
				if it.end <= it.start || s.itemTok[j] < 0 {
					break
				}
				list = append(list, j)
				if joined {
					break
				}
				continue
			}
			if it.is("and", "or") {
				joined = true
			} else if !it.is(",", "the") {
				break
			}
		}
		if len(list) < 3 || !joined || s.itemTok[k] < 0 {
			continue
		}
		first, last := s.itemTok[k], s.itemTok[list[len(list)-1]]
		if h := toks[first].Head; h > first && h <= last {
			// the first name hangs inside the list: it takes the place
			// the list has in the clause
			for u := first + 1; u <= last; u++ {
				if h := toks[u].Head; h < first || h > last {
					toks[first].Head, toks[first].Rel = h, toks[u].Rel
					break
				}
			}
		}
		for i, n := range list[1:] {
			h := s.itemTok[n]
			toks[h].Head, toks[h].Rel = first, "conj"
			for u := s.itemTok[list[i]] + 1; u < h; u++ {
				if s.tokItem[u] >= 0 {
					continue
				}
				toks[u].Head = h
				switch toks[u].UPOS {
				case "CCONJ":
					toks[u].Rel = "cc"
				case "DET":
					toks[u].Rel = "det"
				default:
					toks[u].Rel = "punct"
				}
			}
		}
		k = list[len(list)-1]
	}
}

// datelineDash returns the dash that ends a leading dateline (a place in
// capitals, maybe a region or an agency, then a dash), or -1.
func datelineDash(toks []syntax.Token) int {
	if len(toks) < 3 || len(toks[0].Form) < 3 || strings.ToUpper(toks[0].Form) != toks[0].Form {
		return -1
	}
	for d := 1; d < len(toks) && d <= 6; d++ {
		switch f := toks[d].Form; {
		case f == "—" || f == "–" || f == "-" || f == "--":
			if d+1 < len(toks) && (toks[d].Start > toks[d-1].End || toks[d+1].Start > toks[d].End) {
				return d
			}
			return -1 // "ULFA-I chief": a hyphen inside a name
		case f == "," || f == "(" || f == ")" || f[0] >= 'A' && f[0] <= 'Z':
		default:
			return -1
		}
	}
	return -1
}

// treebankPunct gives the parser a comma for each dash set off by spaces
// ("Three Americans – a service member and two contractors – were killed"
// sets off an apposition as commas do) and double quotes for single ones:
// the treebank the parser learned from has few of either.
func (s *sent) treebankPunct() {
	for i := range s.tree.Tokens {
		t := &s.tree.Tokens[i]
		if (t.Form == "–" || t.Form == "—") && t.Start > 0 && t.End < len(s.text) && s.text[t.Start-1] == ' ' && s.text[t.End] == ' ' {
			t.Form = ","
		}
	}
	// "Russia's 'reckless attack' on Ukraine": single quotes, read as the
	// double ones the treebank has; an opening quote follows a space, and
	// the next one closes it (a lone one is a plural's possessive)
	open := -1
	for i := range s.tree.Tokens {
		t := &s.tree.Tokens[i]
		if t.Form != "'" && t.Form != "‘" && t.Form != "’" {
			continue
		}
		if open < 0 && (t.Start == 0 || s.text[t.Start-1] == ' ') {
			open = i
			continue
		}
		if open >= 0 {
			s.tree.Tokens[open].Form, t.Form = "\"", "\""
			open = -1
		}
	}
}

// nameless are the parts of speech no name of a party takes.
var nameless = set("INTJ", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "SYM", "PUNCT")

// namingLemmas are the verbs of a free relative that names what a verb
// acts on: "what it described as", "what it said were".
var namingLemmas = set("describe", "call", "say", "claim", "term", "identify", "consider", "believe", "label", "brand")

// clauseMarks open a clause as well as a phrase: "as Belarus massed troops".
var clauseMarks = set("as", "after", "before", "since", "while", "when", "until")

func isNominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

func fillInts(b []int, n, v int) []int {
	if cap(b) < n {
		b = make([]int, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = v
	}
	return b
}

// verbAt reports an item the tree reads as a verb with a subject of its
// own: "clashed" in "the army and the SDF clashed".
func (s *sent) verbAt(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "VERB" && s.child(u, "nsubj") >= 0
}

// tk returns token i of the parse.
func (s *sent) tk(i int) *syntax.Token { return &s.tree.Tokens[i] }

// rel reports whether token i's relation is rel (or a subtype of it).
func (s *sent) rel(i int, rel string) bool { return syntax.RelIs(s.tree.Tokens[i].Rel, rel) }

// head returns the head of token i, or -1.
func (s *sent) head(i int) int { return s.tree.Tokens[i].Head }

// child returns the first dependent of i with relation rel, or -1.
func (s *sent) child(i int, rel string) int {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == i && syntax.RelIs(s.tree.Tokens[j].Rel, rel) {
			return j
		}
	}
	return -1
}

// lemma returns the lower-case lemma of token i.
func (s *sent) lemma(i int) string { return lower(s.tree.Tokens[i].Lemma) }

// form returns the lower-case form of token i.
func (s *sent) form(i int) string { return s.forms[i] }

// caseOf returns the case marker of a nominal at i ("on", "by",
// "according to"), or "".
func (s *sent) caseOf(i int) string {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head != i || !s.rel(j, "case") {
			continue
		}
		w := s.form(j)
		if f := s.child(j, "fixed"); f >= 0 {
			w += " " + s.form(f)
		}
		return w
	}
	return ""
}

// markOf returns the first marker of a clause at i ("if", "that", "to",
// "after"), or "".
func (s *sent) markOf(i int) string {
	if j := s.child(i, "mark"); j >= 0 {
		return s.form(j)
	}
	return ""
}

// itemOfTok returns the item that holds token i, or -1.
func (s *sent) itemOfTok(i int) int {
	if i < 0 || i >= len(s.tokItem) {
		return -1
	}
	return s.tokItem[i]
}

// tokOfItem returns the head token of item k, or -1.
func (s *sent) tokOfItem(k int) int {
	if k < 0 || k >= len(s.itemTok) {
		return -1
	}
	return s.itemTok[k]
}
