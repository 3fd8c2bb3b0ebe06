package coder

// Anaphora: the parties that pronouns ("it", "its", "they"), titles ("the
// president"), descriptions ("the group", "the two neighbours") and named
// people stand for, from the sentence so far and the article before it.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot"
)

// lastLeader returns the state of the last leader named before, in the
// sentence (its items so far) or the article, or "".
func (s *sent) lastLeader(sofar []item) string {
	for i := len(sofar) - 1; i >= 0; i-- {
		if sofar[i].kind == actorItem && sofar[i].form == FormLeader {
			return sofar[i].actor
		}
	}
	return s.d.leader
}

// hasActor reports an actor among items.
func hasActor(items []item) bool {
	for i := range items {
		if items[i].kind == actorItem {
			return true
		}
	}
	return false
}

// personBefore is the party of the person "he" or "she" at i refers to,
// given the items before it, or "" when it cannot be told.
func (s *sent) personBefore(i int, sofar []item) string {
	n := len(sofar)
	if n >= 2 && reportingVerbs[sofar[n-1].text] {
		if sofar[n-2].kind == actorItem && sofar[n-2].form == FormLeader {
			return sofar[n-2].actor // "Olmert said he was holding Lebanon responsible": the leader who says it
		}
		if id := titledOfficial(sofar[:n-1]); id != "" {
			return id // "Venezuela's vice president said she ...": the official speaks for the party
		}
	}
	if s.d.speaker != "" && (i+1 < len(s.items) && reportingVerbs[s.items[i+1].text] || !hasActor(sofar)) {
		return s.d.speaker // "He said ..." or "She accused ..." after a sentence attributed to a party's official
	}
	if id := s.onlyLeader(sofar); id != "" {
		return id // "Hun Sen issued an ultimatum after he accused ...": the one person the sentence has named so far
	}
	if id := onlyOfficial(sofar); id != "" {
		return id // "A Houthi spokesman warned that Washington would pay for what he called aggression": the one official named so far
	}
	if !hasActor(sofar) {
		return s.d.leader // "Modi met army chiefs. He accused ...": the last leader named
	}
	return ""
}

// titledOfficial is the party of the official whose title ends sofar
// ("Venezuela's vice president", "the Iranian foreign minister"), or "".
func titledOfficial(sofar []item) string {
	n := len(sofar)
	if n == 0 || !personTitles[sofar[n-1].text] {
		return ""
	}
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		if sofar[k].kind == actorItem {
			return sofar[k].actor
		}
		if sofar[k].kind != wordItem || !organModifiers[sofar[k].text] && !organNouns[sofar[k].text] {
			return ""
		}
	}
	return ""
}

// labellingPasts name an act by what a party calls it: "what it called
// an attack".
var labellingPasts = set("called", "termed", "described", "dubbed", "branded", "labelled", "labeled")

// labelledActAt returns the first item in [from, to) of a free relative
// that names an act by what a party calls it ("what it called an attack"),
// or -1.
func (s *sent) labelledActAt(from, to int) int {
	for k := from; k+1 < to; k++ {
		if !s.items[k].is("what") {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if labellingPasts[s.items[j].text] {
				return k
			}
		}
	}
	return -1
}

// reportingParty returns the subject of the first verb of saying or
// warning in items, the party before it that no preposition takes ("Iran's
// foreign ministry warned": Iran).
func reportingParty(items []item) (*item, bool) {
	r := slices.IndexFunc(items, func(it item) bool { return it.kind == wordItem && (reportingVerbs[it.text] || warningVerbs[it.text]) })
	for k := r - 1; k >= 0 && k >= r-6; k-- {
		if it := &items[k]; it.kind == actorItem && !it.compound && (k == 0 || !prepositions[items[k-1].text]) {
			return it, true
		}
	}
	return nil, false
}

// clauseStart returns where the last clause of items opens: after its last
// semicolon or colon, or 0.
func clauseStart(items []item) int {
	for k := len(items) - 1; k >= 0; k-- {
		if items[k].is(";", ":") {
			return k + 1
		}
	}
	return 0
}

// onlyOfficial is the party of the officials named by title in sofar
// ("a Houthi spokesman", "Iran's foreign minister") when they all speak for
// one party, and "" otherwise.
func onlyOfficial(sofar []item) string {
	return soleParty(sofar, func(j int) string {
		if sofar[j].kind != wordItem || !personTitles[sofar[j].text] {
			return ""
		}
		return titledOfficial(sofar[:j+1])
	})
}

// onlyLeader is the party of the leaders named in sofar when they all speak
// for one party, and "" otherwise: "he" cannot be read between two.
func (s *sent) onlyLeader(sofar []item) string {
	return soleParty(sofar, func(j int) string {
		if sofar[j].kind == actorItem && sofar[j].form == FormLeader {
			return sofar[j].actor
		}
		return ""
	})
}

// soleParty returns the one party that partyAt finds among items, or ""
// when it finds none or two.
func soleParty(items []item, partyAt func(j int) string) string {
	id := ""
	for j := range items {
		if o := partyAt(j); o != "" {
			if id != "" && o != id {
				return ""
			}
			id = o
		}
	}
	return id
}

// resolveAnaphora turns "it", "they", "the group", "the country" and "both
// sides" into actor items for the actors they refer to.
func (s *sent) resolveAnaphora() {
	out := s.alt[:0]
	changed := false
	for i := 0; i < len(s.items); i++ {
		it := s.items[i]
		if it.kind != wordItem {
			out = append(out, it)
			continue
		}
		if a, e, ok := s.officialAt(i); ok {
			// "Chea Mon said": an official named earlier with a party's title
			named := item{start: it.start, end: s.items[e-1].end, kind: actorItem, actor: a.id, actorKind: a.kind, form: FormLeader, text: s.items[e-1].text, anaphor: true}
			if s.itemIs(e, "'s") {
				named.end, named.poss, e = s.items[e].end, true, e+1
			}
			out = append(out, named)
			i = e - 1
			changed = true
			continue
		}
		switch {
		case (it.text == "its" || it.text == "their") && s.ownedAfter(i):
			// "its troops"; "said its strikes on the PKK killed ten",
			// "neutralized by its operations": the owner of the forces, or
			// the author of the acts
			id, k, ok := s.resolvePronoun(i, out)
			if g, gok := s.lastGroupFor(i, out); gok && s.c.kind(id) == briefbot.State {
				id, k, ok = g.id, g.kind, true // "list Hamas as a terrorist group, and Israeli forces raid its fighters": a group's fighters
			}
			if ok {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: k, text: it.text, anaphor: true, poss: true})
				if it.text == "their" {
					// "clashes between their troops", said of Kyrgyzstan and
					// Tajikistan, and "said their troops had clashed": the
					// troops of all the listed parties
					out = appendListed(out, it)
				}
				changed = true
				continue
			}
		case (it.text == "his" || it.text == "her") && i+1 < len(s.items) && (organNouns[s.items[i+1].text] || forceNouns[s.items[i+1].text] || s.items[i+1].is("country", "nation", "men")):
			// "Tshisekedi ... His government": a leader's organs and men
			// are his state's or group's; "Iran's foreign minister said his
			// country ...": the speaker's state
			id := s.lastLeader(out)
			if id == "" && len(s.speakers) > 0 && s.speakers[0] < i && s.items[s.speakers[0]].actorKind == briefbot.State {
				id = s.items[s.speakers[0]].actor
			}
			if id != "" {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: s.c.kind(id), text: it.text, anaphor: true, poss: true})
				changed = true
				continue
			}
		case it.text == "him" || it.text == "her" && i+1 < len(s.items) && (s.items[i+1].is("of", "for", "responsible") || s.items[i+1].isBoundary()):
			// "issued a warrant for Putin, holding him responsible": the
			// one leader named so far ("accusing her of", not "her
			// government")
			id := s.onlyLeader(out)
			if id == "" {
				break
			}
			out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: s.c.kind(id), text: it.text, anaphor: true})
			changed = true
			continue
		case it.text == "he" || it.text == "she":
			if id := s.personBefore(i, out); id != "" {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: s.c.kind(id), text: it.text, anaphor: true})
				changed = true
				continue
			}
		case (it.text == "we" || it.text == "i" || it.text == "our") && len(s.speakers) > 0:
			// "'I implore both sides ...,' Blinken said": an official speaks
			// for the state; "our forces", its forces
			sp := &s.items[s.speakers[0]]
			out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: sp.actor, actorKind: sp.actorKind, text: it.text, anaphor: true, poss: it.text == "our"})
			changed = true
			continue
		case it.text == "them" && i >= 2 && s.items[i-1].is("of") && partCount(&s.items[i-2]):
			// "tracked 40 Chinese jets, with 20 of them crossing": the
			// forces counted, and so their owner
			if a, ok := lastForceOwner(out); ok {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: a.id, actorKind: a.kind, text: it.text, anaphor: true})
				changed = true
				continue
			}
		case it.text == "them" && i > 0 && i+1 < len(s.items) && s.items[i-1].is("accusing", "accused", "accuse", "accuses") && s.items[i+1].is("of"):
			// "expelled two French diplomats, accusing them of espionage":
			// the people charged are the party's that the clause named last
			if id, k, ok := s.resolvePronoun(i, out); ok {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: k, text: it.text, anaphor: true})
				changed = true
				continue
			}
		case (it.text == "it" || it.text == "they") && !s.expletive(i) && !s.actObject(i):
			if id, k, ok := s.resolvePronoun(i, out); ok {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: k, text: it.text, anaphor: true})
				if it.text == "they" {
					// "Mali, Niger and Burkina Faso said they had withdrawn ...": all of the list
					out = appendListed(out, it)
				}
				changed = true
				continue
			}
		case (it.text == "its" || it.text == "their") && s.relationNounAt(i+1) > 0:
			a, ok := s.rivalIn(out) // "Moscow's invasion of its neighbour", Turkey named since: Ukraine
			if !ok {
				a, ok = s.lastKindIn(out, briefbot.State, s.firstSubjectIn(out))
			}
			if ok {
				n := s.relationNounAt(i + 1)
				out = append(out, item{start: it.start, end: s.items[i+n].end, kind: actorItem, actor: a.id, actorKind: a.kind, text: s.items[i+n].text, anaphor: true})
				i += n
				changed = true
				continue
			}
		case it.is("north", "south") && s.capitalised(&s.items[i]) && i > 0 && s.items[i-1].is("to", "from", "with", "against", "at", "on", "over", "warns", "urges", "accuses", "fires", "blames") &&
			!(i+1 < len(s.items) && s.capitalised(&s.items[i+1])) && s.koreaInContext(out):
			// a headline's bare "North" or "South" in a story about
			// Korea: "Seoul halts loudspeaker broadcasts to North"
			id := "KOR"
			if it.text == "north" {
				id = "PRK"
			}
			out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: briefbot.State, text: it.text, anaphor: true})
			changed = true
			continue
		case it.text == "the" && s.itemIs(i+1, "north", "south") && s.capitalised(&s.items[i+1]) && s.koreaInContext(out):
			// "the North", "the South's military" in a story about Korea
			id := "KOR"
			if s.items[i+1].text == "north" {
				id = "PRK"
			}
			poss := i+2 < len(s.items) && s.items[i+2].text == "'s"
			end := s.items[i+1].end
			if poss {
				end = s.items[i+2].end
			}
			out = append(out, item{start: it.start, end: end, kind: actorItem, actor: id, actorKind: briefbot.State, text: s.items[i+1].text, anaphor: true, poss: poss})
			i++
			if poss {
				i++
			}
			changed = true
			continue
		case it.is("government", "federal", "junta", "regime", "army") && s.itemIs(i+1, "forces", "troops", "soldiers", "jets", "warplanes", "aircraft", "drones", "artillery", "helicopters", "gunships") && (i == 0 || !determiners[s.items[i-1].text]):
			// "government forces", "junta jets", "army warplanes" facing a
			// group: the state it fights
			if a, ok := s.homeIn(out, i); ok {
				out = append(out, item{start: it.start, end: s.items[i+1].end, kind: actorItem, actor: a.id, actorKind: a.kind, text: s.items[i+1].text, anaphor: true})
				i++
				changed = true
				continue
			}
		case it.text == "the" && (s.d.media != "" || s.d.agency != ""):
			// "The site accused Islamabad ..." after a sentence about Nournews
			if n, id := s.mediaAnaphor(i); n > 0 {
				out = append(out, item{start: it.start, end: s.items[i+n-1].end, kind: actorItem, actor: id, actorKind: s.c.kind(id), form: FormMedia, text: s.items[i+n-1].text, anaphor: true})
				i += n - 1
				changed = true
				continue
			}
			if n, _ := s.anaphorPhrase(i); n == 0 {
				break
			}
			fallthrough
		case it.text == "the" && i+2 < len(s.items) && partyCounts[s.items[i+1].text] > 0:
			// "Mali, Burkina Faso and Niger ... the three Sahel states": the
			// list of as many states named before
			n, list := s.countedStates(i, out)
			if n == 0 {
				break
			}
			end := s.items[i+n-1].end
			for j, a := range list {
				start := it.start
				if j > 0 {
					// the others stand with the first, as "both sides" do (parse)
					out = append(out, item{start: end, end: end, kind: wordItem, text: "and"})
					start = end
				}
				out = append(out, item{start: start, end: end, kind: actorItem, actor: a.id, actorKind: a.kind, text: s.items[i+n-1].text, anaphor: true})
			}
			i += n - 1
			changed = true
			continue
		case (it.text == "the" || it.text == "both" || it.text == "two" || it.text == "each" || it.text == "all") && i+1 < len(s.items):
			n, head := s.anaphorPhrase(i)
			if n == 0 {
				break
			}
			end := s.items[i+n-1].end
			poss := i+n < len(s.items) && s.items[i+n].text == "'s"
			if twoSidesHeads[head] {
				two := s.lastTwoIn(out, sidesKind(head))
				if len(two) == 0 {
					two = s.nextTwo(i+n, sidesKind(head))
				}
				if pair, ok := namedPairs[head]; ok {
					two = []ctxActor{{id: pair[1], kind: s.c.kind(pair[1])}, {id: pair[0], kind: s.c.kind(pair[0])}}
				}
				if len(two) == 2 {
					out = append(out,
						item{start: it.start, end: end, kind: actorItem, actor: two[1].id, actorKind: two[1].kind, text: head, anaphor: true},
						item{start: end, end: end, kind: wordItem, text: "and"},
						item{start: end, end: end, kind: actorItem, actor: two[0].id, actorKind: two[0].kind, text: head, anaphor: true})
					i += n - 1
					changed = true
					continue
				}
				break
			}
			k := briefbot.State
			switch {
			case groupAnaphors[head]:
				k = briefbot.Group
			case igoAnaphors[head]:
				k = briefbot.IGO
			}
			// "the federal cabinet in Mogadishu": the state its seat names
			a, ok := s.seatAfter(i+n, k)
			if !ok {
				// "the army" after "the Indian army ... Myanmar's region" is India
				a, ok = s.namedWithHead(out, head, k)
			}
			if !ok && k == briefbot.State {
				// "Ethiopia's government and the OLA held talks in Tanzania.
				// ... the government": the state an earlier sentence named it for
				a, ok = s.d.organs[organKey(head)]
			}
			if !ok && organHeads[head] {
				// "Iran's interior minister said Pakistani drones hit a
				// village, and the foreign ministry condemned it": the owner
				a, ok = s.lastOwnerIn(out)
				if !ok && len(s.speakers) > 0 && s.speakers[0] < i && s.items[s.speakers[0]].actorKind == briefbot.State {
					// "Armenia said Azerbaijani forces shelled three towns, in
					// what the defence ministry called a provocation": the
					// speaker's, not the last state named
					sp := &s.items[s.speakers[0]]
					a, ok = ctxActor{id: sp.actor, kind: sp.actorKind}, true
				}
			}
			if !ok && k == briefbot.State && i > 0 && s.items[i-1].is(",") && i+n < len(s.items) && reportingVerbs[s.items[i+n].text] {
				// "Iraq handed the Turkish ambassador a note, the foreign
				// ministry said": a trailing speaker is the subject's organ
				if id := s.firstSubjectIn(out); id != "" && s.c.kind(id) == briefbot.State {
					a, ok = ctxActor{id: id, kind: briefbot.State}, true
				}
			}
			if !ok && k == briefbot.State {
				a, ok = s.commandedForces(out) // "Netanyahu ordered the military to strike": his own
			}
			if !ok && head == "island" {
				a, ok = s.lastIsland(out) // "Chinese jets near the island": Taiwan, not China
				if !ok {
					break
				}
			}
			if !ok {
				a, ok = s.lastKindIn(out, k, s.objectPosition(out))
			}
			if !ok && k == briefbot.State {
				a, ok = s.homeIn(out, i) // "the OLA accused the army": Ethiopia's
			}
			if ok {
				if poss {
					end = s.items[i+n].end
					n++
				}
				out = append(out, item{start: it.start, end: end, kind: actorItem, actor: a.id, actorKind: a.kind, text: head, anaphor: true, poss: poss})
				i += n - 1
				changed = true
				continue
			}
		}
		out = append(out, it)
	}
	s.alt = out
	if changed {
		s.items = out
	}
}

// seatAfter returns the state named as the seat of a body right after
// item j: "the cabinet [in Mogadishu]".
func (s *sent) seatAfter(j int, k briefbot.Kind) (ctxActor, bool) {
	if k != briefbot.State || j+1 >= len(s.items) || !s.items[j].is("in") {
		return ctxActor{}, false
	}
	if it := &s.items[j+1]; it.kind == actorItem && it.actorKind == briefbot.State && (it.form == FormCapital || it.form == FormName) {
		return ctxActor{id: it.actor, kind: it.actorKind}, true
	}
	return ctxActor{}, false
}

// mediaAnaphor reports the length of "the site", "the state news agency",
// "the outlet" at i, followed by its verb, and the outlet of the previous
// sentence it refers to; or 0.
func (s *sent) mediaAnaphor(i int) (int, string) {
	for n := 2; n <= 4 && i+n-1 < len(s.items); n++ {
		last := &s.items[i+n-1]
		if last.kind != wordItem {
			return 0, ""
		}
		if mediaAnaphors[last.text] {
			id := s.d.media
			if last.text == "agency" && id == "" {
				id = s.d.agency
			}
			if id == "" || i+n >= len(s.items) {
				return 0, ""
			}
			next := &s.items[i+n]
			if next.kind != wordItem || !(next.is("said", "says", "has", "had", "was", "is", "also", "added", "quoted", "cited", "alleged", "accused", "claimed", "denied", "rejected", "reported", "reports", "wrote", "published", "blamed", "warned", "called", "described") || strings.HasSuffix(next.text, "ed")) {
				return 0, "" // "the site of the attack", "the agency chief"
			}
			return n, id
		}
		if !last.is("state", "state-run", "state-owned", "semi-official", "official", "news", "hardline", "online", "government-run", "government-owned") {
			return 0, ""
		}
	}
	return 0, ""
}

// koreaInContext reports a story about the two Koreas, where "the North"
// and "the South" name them.
func (s *sent) koreaInContext(before []item) bool {
	for _, it := range before {
		if it.kind == actorItem && (it.actor == "PRK" || it.actor == "KOR") {
			return true
		}
	}
	for _, a := range s.d.actors {
		if a.id == "PRK" || a.id == "KOR" {
			return true
		}
	}
	// "the North restored a hotline and let the South's businessmen visit
	// the Kaesong estate": the sentence's own Korean words
	for _, it := range s.items {
		if it.kind == wordItem && koreanWords[it.text] {
			return true
		}
	}
	return false
}

// koreanWords name places and things only the two Koreas share.
var koreanWords = set("kaesong", "panmunjom", "inter-korean", "dmz", "hotline", "demilitarized", "demilitarised")

// ownedTalkNouns are talks a possessive names a party to.
var ownedTalkNouns = set("talks", "negotiations", "dialogue", "consultations")

// ownedAfter reports a force, a domain, an act or an organ after the
// possessive at i, past its modifiers: "its troops", "its exclusive
// economic zone", "its strikes", "its foreign ministry", "its talks".
func (s *sent) ownedAfter(i int) bool {
	free := false // a modifier no list names: it may stand before an act only
	for j := i + 1; j < len(s.items) && j <= i+3; j++ {
		w := s.items[j].text
		if attackNouns[w] {
			return !free || !strings.HasSuffix(w, "ing") // not "strikes on its neighbour killing ten"
		}
		if ownedTalkNouns[w] {
			return true // "said its talks with the Taliban had ended": the party to them
		}
		if ownedNoun(w) || siteNouns[w] || ownedPlaces[w] || organNouns[w] && !organModifiers[w] {
			return !free
		}
		switch {
		case ownedModifiers[w] || organModifiers[w]:
		case s.freeModifier(j):
			free = true // "its latest strikes", "their deadly missile attack"
		default:
			return false
		}
	}
	return false
}

// freeModifier reports whether item j may be a word that modifies the noun
// after it, though no list names it: a plain lower-case word that is no
// preposition, determiner, conjunction or clause mark.
func (s *sent) freeModifier(j int) bool {
	it := &s.items[j]
	if it.kind != wordItem || it.text == "" || prepositions[it.text] || determiners[it.text] || subjectBoundaries[it.text] || clauseMarks[it.text] || reportingVerbs[it.text] {
		return false
	}
	for _, r := range it.text {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// partCount reports a count of part of a whole before "of": "20 (of
// them)", "one (of its villages)", "several".
func partCount(it *item) bool {
	return it.kind == wordItem && (numeral(it.text) || countWords[it.text] || it.is("one", "many", "most", "several", "all", "some"))
}

// urgingForms ask the party after them to act: "urged Serbia to".
var urgingForms = verbForms("urge", "ask", "press", "tell", "encourage", "implore")

// ownedPlaces are places a party's own: "bombed one of its villages".
var ownedPlaces = set("village", "villages", "town", "towns", "city", "cities", "border", "borders")

// ownCourseVerbs carry on what their subject does ("extending its attacks",
// "stepping up their raids"), act on its own ground ("had closed its
// airspace", "reopened its border") or call home its own envoy ("recalled
// its ambassador").
var ownCourseVerbs = set("extending", "continuing", "expanding", "stepping", "intensifying", "escalating", "resuming",
	"widening", "ramping", "pressing", "launching", "mounting", "waging", "conducting", "carrying",
	"closed", "closing", "shut", "shutting", "reopened", "reopening", "sealed", "sealing", "recalled", "recalling")

// rivalIn returns the state in a standing dispute with the party "its"
// refers to, named in the sentence or earlier in the article: the
// possessor of the noun right before ("Moscow's invasion of its
// neighbour"), else the sentence's subject.
func (s *sent) rivalIn(before []item) (ctxActor, bool) {
	owner := s.firstSubjectIn(before)
	for j := len(before) - 1; j >= 0 && j >= len(before)-4; j-- {
		if before[j].kind == actorItem && before[j].poss && !before[j].compound {
			owner = before[j].actor
			break
		}
	}
	if owner == "" {
		return ctxActor{}, false
	}
	for j := len(before) - 1; j >= 0; j-- {
		if it := &before[j]; it.kind == actorItem && it.actorKind == briefbot.State && s.c.rivalPair(owner, it.actor) {
			return ctxActor{id: it.actor, kind: briefbot.State}, true
		}
	}
	for j := len(s.d.actors) - 1; j >= 0; j-- {
		if a := s.d.actors[j]; a.kind == briefbot.State && s.c.rivalPair(owner, a.id) {
			return a, true
		}
	}
	return ctxActor{}, false
}

// relationNounAt returns how many items from k name another state by its
// relation to the one before: 1 for "neighbour", 2 for "northern
// neighbour", "old rival"; else 0.
func (s *sent) relationNounAt(k int) int {
	for n := 1; n <= 2 && k+n-1 < len(s.items); n++ {
		it := &s.items[k+n-1]
		if relationNouns[it.text] && !strings.HasSuffix(it.text, "s") {
			return n // one state named by its relation (not "its allies", a list)
		}
		if n == 1 && !it.is("northern", "southern", "eastern", "western", "old", "regional", "nuclear-armed", "larger", "smaller", "bigger") {
			return 0
		}
	}
	return 0
}

// reciprocalAfter reports a verb at k whose object is "the other" or
// "each other": "accused the other", "blamed each other".
func (s *sent) reciprocalAfter(k int) bool {
	if k+2 >= len(s.items) || s.items[k].kind != wordItem || !isVerbLike(s.items[k].text) {
		return false
	}
	return s.items[k+1].is("the", "each") && s.items[k+2].is("other")
}

// anaphorPhrase reports the length of a definite anaphor at i ("the group",
// "the militant group", "both countries", "the two sides") and its head.
func (s *sent) anaphorPhrase(i int) (int, string) {
	if s.items[i].is("each", "both") && s.reciprocalAfter(i+1) {
		return 1, "sides" // "each accused the other", "both blamed each other"
	}
	for n := 2; n <= 4 && i+n-1 < len(s.items); n++ {
		last := &s.items[i+n-1]
		if n == 2 && s.basedIn(i+1) {
			continue // "the Somalia-based militants": where the group is based describes it
		}
		if last.kind == actorItem && n == 3 && s.items[i+1].is("two") && last.actorKind == briefbot.IGO {
			continue // "the two NATO allies": the body they belong to describes them
		}
		if n == 2 && last.kind == actorItem && last.form == FormDemonym && i+2 < len(s.items) && s.items[i+2].kind == wordItem && groupAnaphors[s.items[i+2].text] {
			continue // "the Palestinian group", "the Yemeni rebels": a group its nationality describes
		}
		if last.kind != wordItem {
			return 0, ""
		}
		h := last.text
		if n == 4 && !(s.items[i+1].is("two") && twoSidesHeads[h]) {
			continue // only "the two nuclear-armed countries" takes a second modifier
		}
		if i+n < len(s.items) && s.items[i+n].kind == wordItem && !s.items[i+n].is("'s", "said", "says", "has", "had", "was", "is", "would", "will") && (groupAnaphors[s.items[i+n].text] || stateAnaphors[s.items[i+n].text] || twoSidesHeads[s.items[i+n].text]) {
			continue // "the army chief" is not the army
		}
		first := s.items[i].text
		switch {
		case twoSidesHeads[h] && (first == "both" || (n >= 3 && s.items[i+1].text == "two")):
			return n, h
		case pairNouns[h] && first == "the":
			return n, "sides" // "the nuclear-armed neighbours": a pair by what the noun means
		case twoSidesHeads[h] && first == "the" && n == 3 && s.items[i+1].is("neighbouring", "neighboring", "warring", "rival"):
			return n, "sides" // "the neighbouring countries", "the warring parties"
		case n == 2 && first == "each" && s.items[i+1].is("side", "government", "country", "army", "party", "nation", "military"):
			return n, "sides" // "each side blamed the other", "each government"
		case groupAnaphors[h] && first == "all" && n == 3 && quantityWord(&s.items[i+1]):
			return n, h // "killed all 33 attackers": the attackers told of before
		case i+n+1 < len(s.items) && s.items[i+n].is("of") && (s.items[i+n+1].kind == actorItem || s.items[i+n+1].is("the", "former") && i+n+2 < len(s.items) && s.items[i+n+2].kind == actorItem):
			return 0, "" // "the government of Mali" names its owner
		case (groupAnaphors[h] || stateAnaphors[h] || igoAnaphors[h]) && first == "the" && (n == 2 || ledBy(s.items[i+1].text) || n == 3 && s.basedIn(i+1) || s.items[i+1].is("militant", "armed", "terrorist", "terror", "extremist", "rebel", "guerrilla", "jihadist", "insurgent", "islamist", "military", "interim", "country's", "federal", "central", "national", "transitional", "paramilitary", "militant", "separatist", "dissident", "splinter", "breakaway", "foreign", "interior", "defence", "defense", "home", "external", "information",
			"gulf", "african", "asian", "european", "arab", "nuclear-armed", "himalayan", "baltic", "oil-rich", "neighbouring",
			"neighboring", "tiny", "small", "communist", "balkan", "caucasus", "sahel", "west", "east", "regional", "continental", "world", "international", "global", "outlawed", "banned", "proscribed") ||
			n == 3 && groupAnaphors[h] && s.items[i+1].kind == actorItem && s.items[i+1].form == FormDemonym):
			if next := i + n; next < len(s.items) && s.items[next].kind == wordItem && !spokesNouns[s.items[next].text] && !s.items[next].is("'s", "said", "says", "has", "had", "have", "was", "were", "is", "are", "would", "will", ",", "and", "of", "in", "on", "to", "for", "with", "denied", "rejected", "claimed", "accused") && !isVerbLike(s.items[next].text) && !clauseAdverbs[s.items[next].text] {
				if _, ok := s.c.lx.longestAt(s.items, next); !ok {
					return 0, "" // "the army chief" is not the army, though "the junta spokesman" speaks for the junta; "the regime struck" is the regime
				}
			}
			return n, h
		}
	}
	return 0, ""
}

// basedIn reports a party named as where the noun after it is based: "the
// Somalia-based militants".
func (s *sent) basedIn(k int) bool {
	it := &s.items[k]
	return it.kind == actorItem && it.compound && it.end <= len(s.text) && strings.HasSuffix(lower(s.text[it.start:it.end]), "-based")
}

// ledBy reports a modifier naming who leads or backs a force: "the
// Kurdish-led force", "the Iran-backed militia".
func ledBy(w string) bool {
	for _, suffix := range []string{"-led", "-backed", "-aligned", "-allied", "-linked", "-affiliated"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// isVerbLike guesses from the ending whether a word is a verb form.
func isVerbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s")
}

// expletive reports an "it" that refers to nothing: "it is unclear".
func (s *sent) expletive(i int) bool {
	if s.items[i].text != "it" || i+1 >= len(s.items) {
		return false
	}
	if !s.items[i+1].is("is", "was", "'s", "remains", "remained", "seems", "seemed", "appears", "appeared") {
		return false
	}
	j := i + 2
	for s.itemIs(j, "not", "also", "still", "now") {
		j++ // "it is not clear", but "it is not seeking escalation" is a party's
	}
	return j < len(s.items) && expletiveComplements[s.items[j].text]
}

// actObjectVerbs take an act for object, never a party: "claimed Israel
// had launched it", "denied that its forces carried it out".
var actObjectVerbs = set("launched", "launch", "launches", "mounted", "mount", "staged", "stage", "stages",
	"carried", "carry", "carries", "conducted", "conduct", "perpetrated", "committed", "orchestrated",
	"masterminded", "engineered", "plotted", "planned", "faked", "fabricated")

// actObject reports an "it" that is the object of such a verb: the act.
func (s *sent) actObject(i int) bool {
	return s.items[i].text == "it" && i > 0 && s.items[i-1].kind == wordItem && actObjectVerbs[s.items[i-1].text]
}

// actNounIn reports a hostile act's noun at item k of items: "bombardment",
// "strikes".
func (s *sent) actNounIn(items []item, k int) bool {
	if items[k].kind != wordItem {
		return false
	}
	if eventNouns[items[k].text] {
		return true
	}
	m, ok := s.c.lx.longestAt(items, k)
	return ok && m.trig.typ == briefbot.Escalation && m.end == k+1 && !strings.HasSuffix(items[k].text, "ed")
}

// appendListed follows the last item of out, a plural pronoun resolved to
// the first party of a list, with the rest of the list, joined by "and":
// "they" or "their" for all of "Mali, Niger and Burkina Faso".
func appendListed(out []item, pronoun item) []item {
	first := out[len(out)-1]
	for _, a := range listedWith(out[:len(out)-1], first.actor) {
		out = append(out, item{start: pronoun.end, end: pronoun.end, kind: wordItem, text: "and"},
			item{start: pronoun.end, end: pronoun.end, kind: actorItem, actor: a.actor, actorKind: a.actorKind, text: pronoun.text, anaphor: true, poss: first.poss})
	}
	return out
}

// listedWith returns the parties listed after the first mention of id in
// items that is no modifier, by commas and "and": Niger and Burkina Faso
// after Mali in "Mali, Niger and Burkina Faso".
func listedWith(items []item, id string) []item {
	var out []item
	for k := range items {
		if it := &items[k]; it.kind != actorItem || it.actor != id || it.compound {
			continue
		}
		for j := k + 1; j+1 < len(items); j += 2 {
			sep, next := &items[j], &items[j+1]
			if sep.is(",") && next.is("and") && j+2 < len(items) {
				j, next = j+1, &items[j+2]
			}
			if next.is("the") && j+2 < len(items) {
				j, next = j+1, &items[j+2] // "the United States and the European Union"
			}
			if !sep.is(",", "and") || next.kind != actorItem || next.compound || next.poss {
				break
			}
			out = append(out, *next)
		}
		break
	}
	return out
}

// irregularNouns are the people of an armed group, not of a state's forces.
var irregularNouns = set("fighters", "militants", "insurgents", "guerrillas", "jihadists", "militiamen", "rebels")

// lastGroupFor returns the armed group named last before the possessive at
// i when what it owns are irregular fighters ("its fighters"): a state's
// people would be its troops or soldiers.
func (s *sent) lastGroupFor(i int, before []item) (ctxActor, bool) {
	if i+1 >= len(s.items) || !irregularNouns[s.items[i+1].text] {
		return ctxActor{}, false
	}
	for k := len(before) - 1; k >= 0; k-- {
		if it := &before[k]; it.kind == actorItem && it.actorKind == briefbot.Group {
			return ctxActor{id: it.actor, kind: it.actorKind}, true
		}
	}
	return ctxActor{}, false
}

// resolvePronoun finds the actor "it" or "they" stands for: the nearest
// earlier subject in the sentence, else the previous sentence's subject.
func (s *sent) resolvePronoun(i int, before []item) (string, briefbot.Kind, bool) {
	if k := s.trailingSpeakerOwns(i, before); k >= 0 {
		return s.items[k].actor, s.items[k].actorKind, true
	}
	if n := len(before); n > 0 && before[n-1].is("what") && i+1 < len(s.items) && labellingPasts[s.items[i+1].text] {
		// "Iran said Israel would pay for what it called an attack": the
		// party that names the act so is the one reporting it; in a clause
		// of its own ("...; Rabat rejected what it called pretexts"), the
		// party reporting there or else the subject of the clause's verb
		clause := before[clauseStart(before):]
		if a, ok := reportingParty(clause); ok {
			return a.actor, a.actorKind, true
		}
		if len(clause) < n {
			for k := len(clause) - 2; k >= 0; k-- {
				if it := &clause[k]; it.kind == actorItem && !it.compound && (k == 0 || !prepositions[clause[k-1].text]) {
					return it.actor, it.actorKind, true
				}
			}
		}
		if a, ok := reportingParty(before); ok {
			return a.actor, a.actorKind, true
		}
	}
	// "said Iran must agree to a deal, otherwise it will face ...": the
	// party the condition binds, the subject of the clause before
	if n := len(before); n > 1 && s.items[i].is("it", "they") && (before[n-1].is("otherwise", "else") || before[n-1].is(",") && before[n-2].is("otherwise", "else")) {
		for k := n - 2; k >= 0; k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
				return it.actor, it.actorKind, true
			}
		}
	}
	first := ""
	for k := range before {
		if before[k].kind == actorItem && !before[k].compound && !s.inPPItems(before, k) {
			first = before[k].actor
			break
		}
	}
	// "cut ties with Israel over its offensive", "praised Iraq for its
	// support": the cause of an act done to a party is that party's
	if n := len(before); n > 1 && s.items[i].is("its", "their") && before[n-1].is("over", "for") {
		for k := n - 2; k >= 0 && !before[k].isBoundary(); k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound && it.actor != first {
				if k > 0 && before[k-1].is("by") || subjectPosition(before, k) {
					break // "was sanctioned by the US over its programme", "Tehran would be held accountable for their attacks": not one acted on
				}
				return it.actor, it.actorKind, true
			}
		}
	}
	// An object "it" ("cut ties with the UAE, accusing it of") is the latest
	// other party; a possessive after a participle of pressing one's own
	// course ("the group ..., extending its attacks to Niger") is the
	// participle's subject (below).
	verbed := before
	if n := len(before); n > 2 && s.items[i].is("its", "their") && before[n-1].is("of") && partCount(&before[n-2]) {
		verbed = before[:n-2] // "bombed one of its villages": the verb's object all the same
	}
	// ("they" is no object: "halted its attacks, but warned they would resume them")
	if n := len(verbed); n > 0 && verbed[n-1].kind == wordItem && !s.items[i].is("they") && !(s.items[i].is("its", "their") && ownCourseVerbs[verbed[n-1].text]) && (strings.HasSuffix(verbed[n-1].text, "ing") || pastForm(verbed[n-1].text)) && !reportingVerbs[verbed[n-1].text] && !clauseTakers[verbed[n-1].text] {
		if n > 1 && !verbed[n-2].is(",") && pastForm(verbed[n-1].text) && s.items[i].is("its", "their") && s.hostileVerbAt(verbed, n-1) {
			// a hostile verb's own subject is the nearest party: "X said
			// Kenyan jets bombed their camps" is X's
			subj := ""
			for k := n - 2; k >= 0; k-- {
				if it := &verbed[k]; it.kind == actorItem && !it.compound {
					if subj == "" {
						subj = it.actor
						if first != "" && first != subj && slices.ContainsFunc(verbed[:k], func(it item) bool { return it.kind == wordItem && reportingVerbs[it.text] }) {
							// "Rwanda denied backing M23 and said Congolese
							// forces had shelled its territory": the reporter's
							return first, s.c.kind(first), true
						}
					} else if it.actor != subj {
						return it.actor, it.actorKind, true
					}
				}
			}
		}
		// "and the Palestinian Authority condemned it": not the verb's own
		// subject either
		// ("the US and Britain accused it": nor any of a list of subjects)
		var verbSubj []string
		for k := n - 2; k >= 0 && k >= n-4; k-- {
			if it := &verbed[k]; it.kind == actorItem && !it.compound {
				if subjectPosition(verbed, k) {
					verbSubj = append(verbSubj, it.actor)
					for j := k - 2; j >= 0 && verbed[j+1].is("and", ",") && verbed[j].kind == actorItem && !verbed[j].compound; j -= 2 {
						verbSubj = append(verbSubj, verbed[j].actor)
					}
				}
				break
			}
		}
		// the sentence's first party is the participle's subject ("Iran cut
		// ties with the UAE, accusing it"), unless the verb has its own
		// ("Israel resumed its bombardment of Gaza, and Hamas accused it")
		notFirst := first
		if len(verbSubj) > 0 && !s.items[i].is("its", "their") {
			notFirst = ""
		}
		for _, igo := range []bool{false, true} { // "Sudan's case at the ICJ accusing it": the state
			for k := n - 1; k >= 0; k-- {
				if it := &verbed[k]; it.kind == actorItem && !it.compound && it.actor != notFirst && !slices.Contains(verbSubj, it.actor) && (it.actorKind == briefbot.IGO) == igo && !inRelativeItems(verbed, k) &&
					!(k > 0 && verbed[k-1].kind == wordItem && locativePreps[verbed[k-1].text]) && // "Hamas positions in Gaza, accusing them": not the place
					!(it.form == FormDemonym && k+1 < n && (intrudedPlaces[verbed[k+1].text] || verbed[k+1].is("border", "frontier", "coast"))) && // "near the Venezuelan border": a place too
					!(k > 2 && verbed[k-1].is("of", "on", "against") && s.actNounIn(verbed, k-2) && (verbed[k-3].is("its", "their") || verbed[k-3].kind == actorItem)) { // "its bombardment of Gaza": the victim of an act whose author is named
					return it.actor, it.actorKind, true
				}
			}
		}
	}
	// A possessive is its clause's subject's: "as Seoul continues its
	// naval drills".
	if s.items[i].is("its", "their") {
		for k := len(before) - 1; k >= 0; k-- {
			it := &before[k]
			partitive := it.is("of") && k > 0 && (numeral(before[k-1].text) || partitiveHeads[before[k-1].text] || countWords[before[k-1].text]) // "said 16 of its members"
			if partitive && k > 2 && before[k-2].kind == wordItem && reportingVerbs[before[k-2].text] && before[k-3].kind == actorItem && !before[k-3].compound {
				return before[k-3].actor, before[k-3].actorKind, true // "Hezbollah said five of its fighters": the reporter's
			}
			if it.isBoundary() || it.is(",") || it.kind == wordItem && (subjectBoundaries[it.text] || prepositions[it.text]) && !it.is("as") && !partitive {
				break
			}
			if it.kind == actorItem && !it.compound && k+1 < len(before) && before[k+1].kind == wordItem && !before[k+1].is("and", "or", "'s") && !prepositions[before[k+1].text] {
				return it.actor, it.actorKind, true
			}
		}
	}
	// "the Arab League denounced what it called aggression": the subject
	// of the verb the free relative is the object of.
	if n := len(before); n > 2 && before[n-1].is("what") && s.items[i].is("it", "they") {
		for k := n - 2; k >= 0 && k >= n-6 && !before[k].isBoundary() && !before[k].is(","); k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
				return it.actor, it.actorKind, true
			}
		}
	}
	// "a charge Kabul denied, saying it stayed neutral": the
	// participle's own subject, the nearest one.
	if n := len(before); n > 1 && before[n-1].kind == wordItem && strings.HasSuffix(before[n-1].text, "ing") && (clauseTakers[before[n-1].text] || ownCourseVerbs[before[n-1].text]) && before[n-2].is(",") {
		for k := n - 3; k >= 0; k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
				return it.actor, it.actorKind, true
			}
		}
	}
	// "Syria condemned the raid after the Israeli military said it had
	// ...", "after Tigrayan forces said they had captured": the subject of
	// the reporting verb right before the pronoun ("they" stands for a
	// whole list, from its first: see resolveAnaphora).
	if j := len(before) - 1; j > 0 && s.items[i].is("it", "its", "they") {
		// "India announced Thursday that it ...": past the day and "that"; "the
		// Syrian military said its air defences": the speaker's own
		for j > 0 && before[j].kind == wordItem && (before[j].is("that", "on", "today", "yesterday", "tonight", "earlier", "later", "also") || timeWords[before[j].text] || statementWords[before[j].text]) {
			j-- // (and past "in a statement")
		}
		if j > 0 && before[j].kind == wordItem && reportingVerbs[before[j].text] && !before[j].is("told", "tells", "tell", "telling") {
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if it := &before[k]; it.kind == actorItem {
					if !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
						for s.items[i].is("they") && !before[k].poss {
							// "Mali, Niger and Burkina Faso said they", "the US and the EU said they"
							j := k - 1
							if j >= 0 && before[j].is("the") {
								j--
							}
							if j < 1 || !before[j].is("and", ",") || before[j-1].kind != actorItem || before[j-1].compound || before[j-1].poss {
								break
							}
							k = j - 1
						}
						return before[k].actor, before[k].actorKind, true
					}
					if s.inPPItems(before, k) && k > 1 && before[k-2].kind == wordItem && groupAnaphors[before[k-2].text] {
						return "", "", false // "a militia in Iraq announced it had ...": the unnamed group speaks of itself
					}
					break
				}
			}
		}
	}
	// "urged Serbia to pull back the troops it has massed": inside what a
	// party is urged to do, "it" is that party
	if s.items[i].is("it", "its") {
		for j := len(before) - 1; j >= 2 && j >= len(before)-10 && !before[j].isBoundary() && !before[j].is(","); j-- {
			if x := &before[j-1]; before[j].is("to") && x.kind == actorItem && !x.compound &&
				(urgingForms[before[j-2].text] || j >= 3 && before[j-2].is("on") && before[j-3].is("called", "calls", "calling")) {
				return x.actor, x.actorKind, true
			}
		}
	}
	if s.items[i].is("they") && actsBefore(before) {
		return "", "", false // "condemned Israel's attacks on Iran and said they were a violation": the acts
	}
	// The sentence's first subject, usually the speaker: "Iran denied claims
	// that it ...", "Kataib Hezbollah said it ...".
	for k := range before {
		it := &before[k]
		if it.kind != actorItem || it.compound || s.inPPItems(before, k) {
			continue
		}
		if it.poss && k+1 < len(before) && before[k+1].kind == actorItem || namedAfterDemonym(before, k) >= 0 {
			continue // "Yemen's Houthis", "the Iraqi armed group Kataib Hezbollah"
		}
		return it.actor, it.actorKind, true
	}
	if len(s.d.subjects) > 0 {
		id := s.d.subjects[0]
		return id, s.c.kind(id), true
	}
	return "", "", false
}

// trailingSpeakerOwns returns the speaker a pronoun stands for in a report
// the speaker closes ("..., Hezbollah said"), or -1: where the pronoun
// opens the report ("Its fighters attacked Israeli positions") or owns the
// means of a passive ("five Hamas fighters were killed by its strikes"),
// no party before it can be meant, and the passive's subject is the one
// acted on.
func (s *sent) trailingSpeakerOwns(i int, before []item) int {
	k := -1
	for _, sp := range s.speakers {
		if sp > i && s.items[sp-1].is(",", "the") {
			k = sp
			break
		}
	}
	if k < 0 {
		return -1
	}
	if !hasActor(before) {
		return k
	}
	n := len(before)
	if !s.items[i].is("its", "their") || n < 3 || !before[n-1].is("by", "in") {
		return -1
	}
	if participle := before[n-2]; participle.kind == wordItem && strings.HasSuffix(participle.text, "ed") && (beForms[before[n-3].text] || n > 3 && beForms[before[n-4].text]) {
		return k
	}
	return -1
}

// irregularPasts are hostile verbs' past forms without "-ed".
var irregularPasts = set("struck", "hit", "shot", "overran", "overrun", "sank", "sunk", "blew", "threw", "broke", "fought")

// pastForm reports a verb's past form: "shelled", "struck".
func pastForm(w string) bool { return strings.HasSuffix(w, "ed") || irregularPasts[w] }

// actsBefore reports plural acts named since the last party that could be
// a subject, before a verb of saying or warning ("condemned Israel's attacks
// on Iran and said they", "... and warned they"): what "they" then stands
// for. Owners and parties after a preposition are part of the acts' phrase.
func actsBefore(before []item) bool {
	n := len(before)
	if n > 0 && before[n-1].is("that") {
		n--
	}
	if n == 0 || !reportingVerbs[before[n-1].text] && !warningVerbs[before[n-1].text] {
		return false
	}
	for k := n - 2; k >= 0; k-- {
		it := &before[k]
		switch {
		case it.isBoundary():
			return false
		case it.kind == actorItem:
			if !it.poss && !(k > 0 && prepositions[before[k-1].text]) {
				return false
			}
		case it.kind == wordItem && attackNouns[it.text] && strings.HasSuffix(it.text, "s"):
			return true
		}
	}
	return false
}

// statementWords make the phrase naming where a speaker spoke: "said in a
// statement it ...".
var statementWords = set("in", "a", "an", "the", "its", "statement", "interview", "letter", "speech", "post", "briefing", "communique", "communiqué", "televised", "address")

// inRelativeItems reports the item at k inside a relative clause opened by
// ", which" or ", who" and not yet closed: "the camp, which the military
// called a stronghold of Hamas," names no antecedent after it.
func inRelativeItems(items []item, k int) bool { return relativeOpener(items, k) >= 0 }

// relativeOpener returns the relative pronoun that opens the relative
// clause the item at k is in (see inRelativeItems), or -1.
func relativeOpener(items []item, k int) int {
	for j := k - 1; j > 0; j-- {
		if items[j].is(",") {
			return -1
		}
		if items[j].is("which", "who", "whom", "whose") && items[j-1].is(",") {
			return j
		}
	}
	return -1
}

// hostileVerbAt reports an escalation trigger at k: "bombed", "struck".
func (s *sent) hostileVerbAt(items []item, k int) bool {
	if intrusionVerbs[items[k].text] {
		return true // "Chinese warplanes entered its airspace": no party enters its own
	}
	m, ok := s.c.lx.longestAt(items, k)
	return ok && m.trig.typ == briefbot.Escalation
}

// intrusionVerbs take the place a party intrudes into, which is another's.
var intrusionVerbs = verbForms("enter", "violate", "intrude", "penetrate", "breach")

// namedWithHead returns the latest actor of the sentence that was named
// with the head noun of an anaphor: "the Indian army" for "the army".
func (s *sent) namedWithHead(before []item, head string, k briefbot.Kind) (ctxActor, bool) {
	for j := len(before) - 2; j >= 0; j-- {
		if before[j].kind == actorItem && !before[j].compound && before[j].actorKind == k && before[j+1].is(head) {
			return ctxActor{id: before[j].actor, kind: before[j].actorKind}, true
		}
	}
	return ctxActor{}, false
}

// lastForceOwner returns the owner of the latest forces named before:
// "Chinese" in "40 Chinese jets".
func lastForceOwner(before []item) (ctxActor, bool) {
	for j := len(before) - 2; j >= 0; j-- {
		if it := &before[j]; it.kind == actorItem && !it.compound && before[j+1].kind == wordItem && forceNouns[before[j+1].text] {
			return ctxActor{id: it.actor, kind: it.actorKind}, true
		}
	}
	return ctxActor{}, false
}

// islandStates are the states "the island" can stand for.
var islandStates = set("TWN", "CUB", "CYP", "LKA", "JPN", "BHR", "MLT", "SGP", "ISL", "IRL", "JAM", "HTI", "DOM", "MDG", "MUS", "SYC", "TLS", "NZL", "FJI", "PHL", "IDN")

// lastIsland returns the latest island state named in the sentence so
// far, else later in it ("China held drills around the island, Taiwan
// said"), else in the sentence before.
func (s *sent) lastIsland(before []item) (ctxActor, bool) {
	for _, items := range [][]item{before, s.items} {
		for j := len(items) - 1; j >= 0; j-- {
			if it := &items[j]; it.kind == actorItem && !it.compound && islandStates[it.actor] {
				return ctxActor{id: it.actor, kind: it.actorKind}, true
			}
		}
	}
	for _, id := range slices.Backward(s.d.subjects) {
		if islandStates[id] {
			return ctxActor{id: id, kind: s.c.kind(id)}, true
		}
	}
	return ctxActor{}, false
}

// lastOwnerIn returns the last state of the sentence named as a possessive
// owner ("Iran's"), one whose body is a subject first ("Estonia's foreign
// ministry said, summoning Moscow's envoy": "the minister" is Estonia's).
func (s *sent) lastOwnerIn(before []item) (ctxActor, bool) {
	for _, subject := range []bool{true, false} {
		for j := len(before) - 1; j >= 0; j-- {
			if it := &before[j]; it.kind == actorItem && it.actorKind == briefbot.State && it.poss && !it.anaphor && (!subject || subjectPosition(before, j)) {
				return ctxActor{id: it.actor, kind: briefbot.State}, true
			}
		}
	}
	return ctxActor{}, false
}

// homeIn resolves "the government", "the army" or "government forces" at
// item i in a sentence that names a national group but no state: the state
// the group fights. The nearest actor before the phrase decides, else the
// first one after it.
func (s *sent) homeIn(before []item, i int) (ctxActor, bool) {
	for j := len(before) - 1; j >= 0; j-- {
		if a, decided := s.homeOfItem(&before[j]); decided {
			return a, a.id != ""
		}
	}
	for j := i + 1; j < len(s.items); j++ {
		if a, decided := s.homeOfItem(&s.items[j]); decided {
			return a, a.id != ""
		}
	}
	return ctxActor{}, false
}

// homeOfItem returns the home state of the group at it; decided is false
// for words and for actors that say nothing, and a state decides "no home".
func (s *sent) homeOfItem(it *item) (a ctxActor, decided bool) {
	if it.kind != actorItem {
		return ctxActor{}, false
	}
	if it.actorKind == briefbot.State {
		return ctxActor{}, true
	}
	if h := s.c.home(it.actor); h != "" {
		return ctxActor{id: h, kind: briefbot.State}, true
	}
	return ctxActor{}, false
}

// lastKindIn returns the latest actor of kind k other than skip, in the
// sentence so far, else in the article.
func (s *sent) lastKindIn(before []item, k briefbot.Kind, skip string) (ctxActor, bool) {
	associate := -1
	for j := len(before) - 1; j >= 0; j-- {
		if before[j].kind == actorItem && !before[j].compound && !privateAt(before, j) && before[j].actorKind == k && before[j].actor != skip {
			if associateAt(before, j) {
				associate = max(associate, j)
				continue
			}
			return ctxActor{id: before[j].actor, kind: k}, true
		}
	}
	if associate >= 0 {
		return ctxActor{id: before[associate].actor, kind: k}, true
	}
	return s.d.lastOfKind(k)
}

// linkNouns name a tie to another party: "links to the PKK".
var linkNouns = set("links", "link", "connections", "connection", "affiliation")

// associateAt reports an actor named only as what another is tied to:
// in "accuses the SDF of links to the PKK and threatened the group", the
// group is the SDF, the one accused.
func associateAt(items []item, j int) bool {
	return j >= 2 && items[j-1].is("to", "with") && linkNouns[items[j-2].text] ||
		j >= 3 && items[j-1].is("the") && items[j-2].is("to", "with") && linkNouns[items[j-3].text]
}

// objectPosition returns the verb's subject when the anaphor about to
// follow before is an object ("accusing the Gulf state of"), since an
// object is another party than the subject; else "". A finite verb's
// subject is the latest actor followed by its verb ("The RSF shelled a
// hospital, and Sudan's army accused the group": the group is the RSF); a
// participle's is the sentence's first subject ("Sudan said the UAE was
// responsible, accusing the Gulf state").
func (s *sent) objectPosition(before []item) string {
	n := len(before)
	if n == 0 || before[n-1].kind != wordItem {
		return ""
	}
	w := before[n-1].text
	if !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || reportingVerbs[w] || clauseTakers[w] {
		return ""
	}
	if n > 2 && before[n-2].is("which", "who") {
		// "according to Sudan's army, which accused the paramilitary": the
		// relative clause's subject is what it hangs on
		for k := n - 3; k >= 0 && k >= n-6; k-- {
			if before[k].kind == actorItem && !before[k].compound {
				return before[k].actor
			}
		}
	}
	for k := n - 1; k >= 0 && strings.HasSuffix(w, "ed"); k-- {
		if before[k].kind == actorItem && !before[k].compound && subjectPosition(before, k) {
			return before[k].actor
		}
	}
	if n > 2 && before[n-2].is(",") {
		// "..., Petro wrote on X, accusing the group": the participle of a
		// trailing speaker is the speaker's
		for k := n - 3; k > 0 && k >= n-7 && before[k].kind == wordItem && !before[k].is(","); k-- {
			if reportingVerbs[before[k].text] && before[k-1].kind == actorItem && !before[k-1].compound {
				return before[k-1].actor
			}
		}
	}
	return s.firstSubjectIn(before)
}

// commandVerbs put their object to work: the forces they command are the
// subject's own.
var commandVerbs = set("ordered", "orders", "order", "instructed", "instructs", "directed", "directs", "commanded",
	"commands", "told", "tells", "authorised", "authorized", "authorises", "authorizes")

// commandedForces resolves "the military" right after a verb of command to
// the party of that verb's subject: the latest actor followed by its verb.
func (s *sent) commandedForces(before []item) (ctxActor, bool) {
	n := len(before)
	if n == 0 || before[n-1].kind != wordItem || !commandVerbs[before[n-1].text] {
		return ctxActor{}, false
	}
	for k := n - 2; k >= 0; k-- {
		if it := &before[k]; it.kind == actorItem && it.actorKind == briefbot.State && !it.compound && subjectPosition(before, k) {
			return ctxActor{id: it.actor, kind: briefbot.State}, true
		}
	}
	return ctxActor{}, false
}

// subjectPosition reports an actor followed by its verb ("Islamabad
// denied", "Chad's army accused"), not an object ("Sudanese troops of").
func subjectPosition(items []item, k int) bool {
	for j := k + 1; j < len(items) && j <= k+3; j++ {
		it := &items[j]
		if it.kind != wordItem {
			return false
		}
		if organNouns[it.text] || organModifiers[it.text] || it.is("'s") {
			continue
		}
		return strings.HasSuffix(it.text, "ed") || reportingVerbs[it.text] || beForms[it.text] || it.is("has", "had", "have", "will", "would", "must", "should", "denies", "rejects", "accuses")
	}
	return false
}

// firstSubjectIn returns the first actor of before that is no object of a
// preposition, or "".
func (s *sent) firstSubjectIn(before []item) string {
	for k := range before {
		if before[k].kind == actorItem && !before[k].compound && !s.inPPItems(before, k) {
			return before[k].actor
		}
	}
	return ""
}

// partyCounts count the parties of a plural anaphor beyond two: "the three
// states".
var partyCounts = map[string]int{"three": 3, "four": 4, "five": 5}

// countedStates reads "the three (Sahel) states" at i: its length in items
// and the states it stands for, the last list of as many named before, or
// 0 when there is none.
func (s *sent) countedStates(i int, before []item) (int, []ctxActor) {
	want := partyCounts[s.items[i+1].text]
	n := 0
	for k := i + 2; k < len(s.items) && k <= i+3; k++ {
		if s.items[k].kind == wordItem && statesOnly[s.items[k].text] {
			n = k - i + 1
			break
		}
	}
	if n == 0 {
		return 0, nil
	}
	for j := len(before) - 1; j >= 0; j-- {
		it := &before[j]
		if it.kind != actorItem || it.actorKind != briefbot.State || it.compound {
			continue
		}
		list := []ctxActor{{id: it.actor, kind: it.actorKind}}
		for _, m := range listedWith(before[j:], it.actor) {
			list = append(list, ctxActor{id: m.actor, kind: m.actorKind})
		}
		if len(list) == want {
			return n, list
		}
	}
	return 0, nil
}

// addressingVerbs tell others what to do: their subject is not among
// those they address.
var addressingVerbs = set("urge", "urges", "urged", "urging", "implore", "implores", "implored", "imploring", "ask", "asks", "asked",
	"asking", "tell", "tells", "told", "telling", "press", "presses", "pressed", "pressing", "encourage", "encourages", "encouraged")

// sidesKind returns the kind of party a plural for two sides names:
// "the two countries" are states, "both groups" armed groups, "both
// sides" either ("").
func sidesKind(head string) briefbot.Kind {
	switch {
	case statesOnly[head]:
		return briefbot.State
	case groupsOnly[head]:
		return briefbot.Group
	}
	return ""
}

// lastTwoIn returns the two parties "both sides" refers to: the latest two
// distinct actors named in a phrase of the sentence or in the article.
func (s *sent) lastTwoIn(before []item, only briefbot.Kind) []ctxActor {
	var out []ctxActor
	for j := len(before) - 1; j >= 0 && len(out) < 2; j-- {
		it := &before[j]
		if it.kind != actorItem || it.compound || it.actorKind == briefbot.IGO || (only != "" && it.actorKind != only) || !s.inPPItems(before, j) && !s.conjoinedInPP(before, j) || brokeredIn(before, j) {
			continue // the sentence's own subject is not one of "both sides", nor are its brokers
		}
		if (it.form == FormCapital || it.form == FormCity) && j > 0 && before[j-1].is("in", "at") {
			continue // "talks between Somali and Ethiopian officials in Ankara": the venue
		}
		if len(out) == 1 && out[0].id == it.actor {
			continue
		}
		out = append(out, ctxActor{id: it.actor, kind: it.actorKind})
	}
	if len(out) == 2 {
		return out
	}
	// "Iran and Pakistan said the two countries ...", "two Iranian guards
	// and a Taliban fighter were killed after the two sides ...": a
	// subject that is a pair is the two sides
	for j := 0; j+2 < len(before); j++ {
		a := &before[j]
		if a.kind != actorItem || a.compound || a.actorKind == briefbot.IGO || only != "" && a.actorKind != only {
			continue
		}
		if j > 1 && before[j-1].is(",") && before[j-2].kind == actorItem {
			continue // "Russia, France and the United States": a list of more than two sides
		}
		and := j + 1
		for and < len(before) && and <= j+3 && before[and].kind == wordItem && (ownedNoun(before[and].text) || organNouns[before[and].text] || before[and].is("fighter", "soldier", "guard", "officer", "policeman", "civilian", "civilians")) {
			and++ // "guards", "border guards"
		}
		if and >= len(before) || !before[and].is("and") {
			continue
		}
		k := and + 1
		for k < len(before) && k <= and+2 && before[k].is("a", "an", "one", "two", "three", "several", "some", "the") {
			k++
		}
		if b := &before[min(k, len(before)-1)]; b.kind == actorItem && b.actor != a.actor && !b.compound && b.actorKind != briefbot.IGO && (only == "" || b.actorKind == only) {
			if slices.ContainsFunc(before[k:], func(it item) bool { return it.kind == wordItem && addressingVerbs[it.text] }) {
				continue // "Russia and France urged both sides": who address the sides are none of them
			}
			return []ctxActor{{id: b.actor, kind: b.actorKind}, {id: a.actor, kind: a.actorKind}}
		}
	}
	side := func(a ctxActor) bool { return a.kind != briefbot.IGO && (only == "" || a.kind == only) }
	if len(out) == 0 {
		// "Armenia and Azerbaijan initialled a deal brokered by Trump. The
		// two leaders also agreed ...": the sides of the article's last
		// two-way act, not the broker named after them
		if pair := s.d.lastMutualPair(func(id string) bool { return side(ctxActor{id: id, kind: s.c.kind(id)}) }); len(pair) == 2 {
			return []ctxActor{{id: pair[0], kind: s.c.kind(pair[0])}, {id: pair[1], kind: s.c.kind(pair[1])}}
		}
	}
	ctx := s.d.lastTwo(side)
	if len(out) == 1 && len(ctx) == 2 && out[0].id != ctx[0].id && out[0].id != ctx[1].id && s.c.rivalPair(ctx[0].id, ctx[1].id) {
		// "India and Pakistan ... Since independence from Britain, the two
		// countries have fought three wars": the rivals before, not a party
		// the sentence names in passing
		return ctx
	}
	for _, a := range ctx {
		if len(out) == 2 {
			break
		}
		if len(out) == 1 && out[0].id == a.id {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		// "Thai jets bombed Cambodian targets, and each government blamed
		// the other": two rivals the clause before set against each other
		if pair := s.rivalPairIn(before, side); len(pair) == 2 {
			return pair
		}
	}
	if len(out) == 1 {
		// "Pakistan returned its envoy to Tehran after the two countries
		// agreed ...": with no other pair, the nearest party before is the other
		for j := len(before) - 1; j >= 0; j-- {
			if it := &before[j]; it.kind == actorItem && !it.compound && it.actor != out[0].id && side(ctxActor{id: it.actor, kind: it.actorKind}) && !s.inPPItems(before, j) {
				return append(out, ctxActor{id: it.actor, kind: it.actorKind})
			}
		}
	}
	return out
}

// nextTwo returns the first two distinct parties named from item k on, the
// later first, as lastTwoIn does: "both sides have traded barbs, with
// Thailand restricting crossings and Cambodia halting imports" names its
// sides after the anaphor when nothing before does.
func (s *sent) nextTwo(k int, only briefbot.Kind) []ctxActor {
	var out []ctxActor
	for j := k; j < len(s.items) && len(out) < 2; j++ {
		it := &s.items[j]
		if it.kind != actorItem || it.compound || it.actorKind == briefbot.IGO || only != "" && it.actorKind != only || len(out) == 1 && out[0].id == it.actor {
			continue
		}
		if brokeredIn(s.items, j) {
			return nil // "the two rivals restored relations in a thaw facilitated by Norway": the brokers are no sides
		}
		out = append(out, ctxActor{id: it.actor, kind: it.actorKind})
	}
	if len(out) < 2 {
		return nil
	}
	return []ctxActor{out[1], out[0]}
}

// rivalPairIn returns the first two parties named in items that are
// rivals and may be sides, the later first, or nil.
func (s *sent) rivalPairIn(items []item, side func(ctxActor) bool) []ctxActor {
	for j := range items {
		a := &items[j]
		if a.kind != actorItem || !side(ctxActor{id: a.actor, kind: a.actorKind}) {
			continue
		}
		for k := j + 1; k < len(items); k++ {
			if b := &items[k]; b.kind == actorItem && side(ctxActor{id: b.actor, kind: b.actorKind}) && s.c.rivalPair(a.actor, b.actor) {
				return []ctxActor{{id: b.actor, kind: b.actorKind}, {id: a.actor, kind: a.actorKind}}
			}
		}
	}
	return nil
}

// conjoinedInPP reports an actor joined by "and" to an actor that is the
// object of a preposition: "between Chad's army and the rebels".
func (s *sent) conjoinedInPP(items []item, j int) bool {
	for k := j - 1; k > 0 && k >= j-4; k-- {
		if items[k].is("and") {
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				if items[p].kind == actorItem {
					return s.inPPItems(items, p)
				}
			}
			return false
		}
		if items[k].kind != wordItem {
			return false
		}
	}
	return false
}
