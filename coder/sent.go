package coder

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder/syntax"
)

// sent is one sentence being coded.
type sent struct {
	c           *Coder
	d           *discourse
	text        string
	sp          span
	items       []item
	consumed    []bool // items inside the complement of an earlier trigger
	hedged      []bool // actor items under "suspected", "alleged", or inside an apposition
	private     []bool // actor items that name private nationals or the media
	speakers    []int  // actor items that are attributed speakers
	speculative bool   // analysts or observers speak
	events      []briefbot.Event
	eventAt     []eventMeta // for each event: where it was found
	civil       []string    // actors named only by civilian organs: never the source of an attack
	civilSeen   []string    // buffer for findCivilOrgans
	refBuf      []timeRef   // buffer for timeRefs
	relBuf      []relation  // buffer for relations
	trigger     int         // the item of the trigger being coded
	alt         []item      // buffer for the items after anaphora resolution
	untargeted  string      // the author of an act that named no victim: "North Korea fired a rocket"
	intrusions  []intrusion // intrusions that named no victim, for a protest to name one

	// the parse (see parse.go), made once the sentence proves to hold a trigger
	parsed, hasTree bool
	actNounsOwned   bool // reading targets: the owner of an act noun is none
	tree            syntax.Sentence
	tokItem         []int    // token -> the item that holds it, or -1
	itemTok         []int    // item -> its head token, or -1
	forms           []string // token -> its form in lower case, made once
}

// eventMeta is what the temporal module needs to know of an event.
type eventMeta struct {
	trigger    int  // the item of the trigger that coded it
	background bool // a fact another event presupposes: the charge a denial rejects
}

// reset prepares s, and the buffers it keeps from the previous sentence of
// the same article, for the sentence text[sp] tokenized into items.
func (s *sent) reset(c *Coder, d *discourse, text string, sp span, items []item) {
	*s = sent{c: c, d: d, text: text, sp: sp, items: items,
		consumed: s.consumed, hedged: s.hedged, private: s.private,
		speakers: s.speakers[:0], events: s.events[:0], eventAt: s.eventAt[:0], alt: s.alt, intrusions: s.intrusions[:0],
		civil: s.civil[:0], civilSeen: s.civilSeen[:0], refBuf: s.refBuf, relBuf: s.relBuf,
		tree: syntax.Sentence{Tokens: s.tree.Tokens[:0]}, tokItem: s.tokItem, itemTok: s.itemTok, forms: s.forms[:0]}
	s.private = clearBools(s.private, len(s.items))
	s.findSpeakers()
	s.resolveAnaphora()
	s.speakers = s.speakers[:0]
	s.consumed = clearBools(s.consumed, len(s.items))
	s.hedged = clearBools(s.hedged, len(s.items))
	s.private = clearBools(s.private, len(s.items))
	for i := range s.items {
		if s.items[i].kind != actorItem {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if s.items[k].kind == wordItem && hedges[s.items[k].text] && !s.items[k+1].is("that") { // "alleged that India struck": a verb
				s.hedged[i] = true
			}
		}
		s.hedged[i] = s.hedged[i] || s.identityHedgedAt(i)
		s.private[i] = privateAt(s.items, i)
	}
	s.markAppositions()
	s.findSpeakers()
	s.findCivilOrgans()
}

// identityHedgedAt reports a party named only as whom someone is believed
// to be: "gunmen believed to be members of al-Shabaab", "a drone thought to
// belong to Israel". The text does not say who acted.
func (s *sent) identityHedgedAt(i int) bool {
	for k := i - 3; k >= 0 && k >= i-7; k-- {
		if s.items[k].is("believed", "thought", "presumed", "understood", "suspected") && s.items[k+1].is("to") && s.items[k+2].is("be", "belong") {
			for j := k + 3; j < i; j++ {
				if s.items[j].isBoundary() || s.items[j].kind != wordItem || !identityGlue[s.items[j].text] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// identityGlue may stand between "believed to be" and the party: "members
// of", "fighters from", "linked to".
var identityGlue = set("members", "member", "of", "from", "to", "linked", "part", "affiliated", "with", "the", "a", "an", "fighters", "militants", "loyal", "allied", "close")

// actsInClause reports an active trigger in the clause from item k to the
// next comma: "which has long accused Pakistan", not "which is backed by
// Iran" nor a role such as "who chairs ASEAN".
func (s *sent) actsInClause(k int) bool {
	for j := k; j < len(s.items) && !s.items[j].isBoundary() && !s.items[j].is(","); j++ {
		// a passive ("which was attacked") tells what befell the party; a
		// progressive ("who have been fighting") what it does
		passive := j > 0 && s.items[j-1].is("is", "was", "are", "were", "been", "being") && !strings.HasSuffix(s.items[j].text, "ing")
		if m, ok := s.c.lx.longestAt(s.items, j); ok && m.trig.frame != frameIgnore && m.trig.frame != frameMediate && !passive {
			return true
		}
	}
	return false
}

// civilOrganAt reports a civilian body named at k: a field and the body's
// noun ("health ministry", "medical sources") or a hospital. A field alone
// is the party's business, not a body of it: "India suspended trade".
func (s *sent) civilOrganAt(k int) bool {
	w := s.items[k].text
	if w == "hospital" || w == "hospitals" {
		return true
	}
	return civilOrgans[w] && k+1 < len(s.items) && civilBodies[s.items[k+1].text]
}

// findCivilOrgans records the actors the sentence names only by a civilian
// organ ("the Houthi-run health ministry", "Gaza's health authorities"):
// such an organ counts and reports, it does not strike.
func (s *sent) findCivilOrgans() {
	s.civil = s.civil[:0]
	seen := s.civilSeen[:0]
	for k := range s.items {
		it := &s.items[k]
		if it.kind != actorItem {
			continue
		}
		civil := false
		if it.form == FormOrgan {
			// "the Hamas-run health ministry" named as one organ
			for _, w := range strings.Fields(lower(it.text)) {
				civil = civil || civilOrgans[w]
			}
		}
		for j := k + 1; j < len(s.items) && j <= k+3 && s.items[j].kind == wordItem; j++ {
			if s.civilOrganAt(j) {
				civil = true
				break
			}
		}
		if civil {
			if !slices.Contains(s.civil, it.actor) {
				s.civil = append(s.civil, it.actor)
			}
		} else {
			seen = append(seen, it.actor)
		}
	}
	s.civil = slices.DeleteFunc(s.civil, func(id string) bool { return slices.Contains(seen, id) })
	s.civilSeen = seen
}

// markAppositions hides the actors of a description set off by commas
// after an actor ("Kataib Hezbollah, an Iranian proxy group, claimed"):
// they neither act nor suffer the act.
func (s *sent) markAppositions() {
	for i := 1; i+2 < len(s.items); i++ {
		if !s.items[i].is(",") || s.items[i-1].kind != actorItem {
			continue
		}
		first := &s.items[i+1]
		indefinite := first.is("a", "an", "who", "which")
		if first.is("which", "whom") && (s.items[i+2].kind == actorItem || i+3 < len(s.items) && s.items[i+2].is("the") && s.items[i+3].kind == actorItem) {
			continue // "Tren de Aragua, which the U.S. designated a terrorist group,": the clause's own subject acts on it
		}
		if first.is("which", "who") && s.actsInClause(i+2) {
			continue // "Iran, which has long accused Pakistan of ...,": the clause tells an act of the party
		}
		// "Hezbollah, Iran's main ally in Lebanon, fired": a possessive description
		owned := first.kind == actorItem && first.poss && s.items[i+2].kind == wordItem
		if !indefinite && !owned && !(first.is("the") && s.items[i+2].kind == wordItem) {
			continue
		}
		described := indefinite
		for j := i + 2; j < len(s.items) && j <= i+14; j++ {
			it := &s.items[j]
			if it.isBoundary() {
				break
			}
			if it.kind == wordItem && appositionHeads[it.text] {
				described = true
			}
			if it.is(",") {
				if described {
					for k := i + 1; k < j; k++ {
						s.hedged[k] = true
						s.private[k] = true
					}
				}
				break
			}
		}
	}
}

// clearBools returns b resized to n false values, reusing its memory.
func clearBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// privateAt reports an actor item that names private people, a place or a
// meeting rather than the actor: "Chinese nationals", "Syrian rebels", "near
// the Chinese border", "the Doha talks".
func privateAt(items []item, i int) bool {
	if i > 1 && items[i].actorKind == briefbot.State && items[i-1].is("of") && items[i-2].kind == wordItem && namedBodies[items[i-2].text] {
		return true // "the Amhara Association of America": part of a private body's name
	}
	if items[i].form == FormDemonym && i > 0 && items[i-1].is("were", "was", "are", "is", "be", "been") &&
		(i+1 >= len(items) || !forceNouns[items[i+1].text]) {
		return true // "the attackers were Pakistanis": a nationality, not the state ("it was Indian troops who": the state's)
	}
	if items[i].form == FormDemonym && i > 0 && items[i-1].is("ethnic") {
		return true // "attacks on ethnic Serbs": people of a descent, not the state
	}
	if i+1 >= len(items) || items[i+1].kind != wordItem {
		return false
	}
	next := items[i+1].text
	if standInHeads[next] || tradeModifiers[next] && i+2 < len(items) && standInHeads[items[i+2].text] ||
		items[i].actorKind == briefbot.IGO && (next == "member" || next == "members") {
		return true // "Iran proxies", "US companies", "U.S. defence firms", "a NATO member": others that act for, or belong to, the party
	}
	switch items[i].form {
	case FormDemonym:
		nonState := nonStateHeads[next] || i+2 < len(items) && items[i+2].kind == wordItem && nonStateHeads[items[i+2].text]
		return privateHeads[next] || (next == "border" || next == "frontier") && headEndsAt(items, i+2) && !towards(items, i) ||
			nonState && items[i].actorKind == briefbot.State
	case FormCapital:
		return placeNamedHeads[next]
	case FormCity:
		return placeNamedHeads[next] || cityPlaceHeads[next] // "the Rafah crossing", "the Bakhmut front"
	}
	return false
}

// towards reports "to" or "towards" before the phrase at i: "sent troops
// to the Colombian border" names whom the move is aimed at, where "near
// the Colombian border" names a place, unless troops are massed there:
// "massed troops near the Ukrainian border" is a build-up against Ukraine.
func towards(items []item, i int) bool {
	j := i - 1
	if j >= 0 && items[j].is("the") {
		j--
	}
	if j < 0 {
		return false
	}
	if items[j].is("to", "towards", "toward") {
		return true
	}
	if !items[j].is("near", "along", "on", "at") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-8 && !items[k].isBoundary(); k-- {
		if massingWords[items[k].text] {
			return true
		}
	}
	return false
}

// massingWords say forces are gathered in one place.
var massingWords = set("massed", "amassed", "massing", "amassing", "buildup", "build-up", "concentrated", "concentrating", "mobilised", "mobilized")

// headEndsAt reports whether a noun phrase ends before item k: "near the
// Chinese border after ..." but not "Chinese border posts".
func headEndsAt(items []item, k int) bool {
	if k >= len(items) {
		return true
	}
	it := &items[k]
	return it.kind != wordItem || prepositions[it.text] || objectBoundaries[it.text] || it.is("and", "or", "to", "was", "were", "is", "are", "had", "has")
}

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

// unplacedSpeakers are people who report without a party of their own
// unless the text gives one: "officials said", "sources said".
var unplacedSpeakers = set("officials", "sources", "witnesses", "residents", "medics", "doctors", "activists", "diplomats", "observers", "analysts", "experts")

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

// onlyLeader is the party of the leaders named in sofar when they all speak
// for one party, and "" otherwise: "he" cannot be read between two.
func (s *sent) onlyLeader(sofar []item) string {
	id := ""
	for i := range sofar {
		if sofar[i].kind == actorItem && sofar[i].form == FormLeader {
			if id != "" && sofar[i].actor != id {
				return ""
			}
			id = sofar[i].actor
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
			if e < len(s.items) && s.items[e].is("'s") {
				named.end, named.poss, e = s.items[e].end, true, e+1
			}
			out = append(out, named)
			i = e - 1
			changed = true
			continue
		}
		switch {
		case (it.text == "its" || it.text == "their") && i+1 < len(s.items) && (forceNouns[s.items[i+1].text] || i > 0 && s.items[i-1].is("by") && attackNouns[s.items[i+1].text]):
			// "its troops"; "neutralized by its operations": the owner of
			// the forces, or of the acts that did it
			if id, k, ok := s.resolvePronoun(i, out); ok {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: k, text: it.text, anaphor: true, poss: true})
				if it.text == "their" && i > 0 && s.items[i-1].is("between") {
					// "clashes between their troops", said of Kyrgyzstan and
					// Tajikistan: the troops of both
					out = appendListed(out, it)
				}
				changed = true
				continue
			}
		case (it.text == "his" || it.text == "her") && i+1 < len(s.items) && (organNouns[s.items[i+1].text] || s.items[i+1].is("country", "nation")):
			// "Tshisekedi ... His government": a leader's organs are his
			// state's; "Iran's foreign minister said his country ...": the
			// speaker's state
			id := s.lastLeader(out)
			if id == "" && len(s.speakers) > 0 && s.speakers[0] < i && s.items[s.speakers[0]].actorKind == briefbot.State {
				id = s.items[s.speakers[0]].actor
			}
			if id != "" {
				out = append(out, item{start: it.start, end: it.end, kind: actorItem, actor: id, actorKind: s.c.kind(id), text: it.text, anaphor: true, poss: true})
				changed = true
				continue
			}
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
		case (it.text == "it" || it.text == "they") && !s.expletive(i):
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
		case it.text == "the" && i+1 < len(s.items) && s.items[i+1].is("north", "south") && s.capitalised(&s.items[i+1]) && s.koreaInContext(out):
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
		case (it.text == "government" || it.text == "federal" || it.text == "junta" || it.text == "regime") && i+1 < len(s.items) && s.items[i+1].is("forces", "troops", "soldiers") && (i == 0 || !determiners[s.items[i-1].text]):
			// "government forces", "junta forces" facing a group: the state it fights
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
		case (it.text == "the" || it.text == "both" || it.text == "two" || it.text == "each") && i+1 < len(s.items):
			n, head := s.anaphorPhrase(i)
			if n == 0 {
				break
			}
			end := s.items[i+n-1].end
			poss := i+n < len(s.items) && s.items[i+n].text == "'s"
			if twoSidesHeads[head] {
				two := s.lastTwoIn(out, statesOnly[head])
				if len(two) == 0 {
					two = s.nextTwo(i+n, statesOnly[head])
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
			if !ok && organHeads[head] {
				// "Iran's interior minister said Pakistani drones hit a
				// village, and the foreign ministry condemned it": the owner
				a, ok = s.lastOwnerIn(out)
			}
			if !ok && k == briefbot.State && i > 0 && s.items[i-1].is(",") && i+n < len(s.items) && reportingVerbs[s.items[i+n].text] {
				// "Iraq handed the Turkish ambassador a note, the foreign
				// ministry said": a trailing speaker is the subject's organ
				if id := s.firstSubjectIn(out); id != "" && s.c.kind(id) == briefbot.State {
					a, ok = ctxActor{id: id, kind: briefbot.State}, true
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
	return false
}

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
		if it.is("neighbour", "neighbor", "rival", "ally", "foe", "adversary", "arch-rival", "arch-foe") {
			return n
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
		case i+n+1 < len(s.items) && s.items[i+n].is("of") && (s.items[i+n+1].kind == actorItem || s.items[i+n+1].is("the", "former") && i+n+2 < len(s.items) && s.items[i+n+2].kind == actorItem):
			return 0, "" // "the government of Mali" names its owner
		case (groupAnaphors[h] || stateAnaphors[h] || igoAnaphors[h]) && first == "the" && (n == 2 || ledBy(s.items[i+1].text) || n == 3 && s.basedIn(i+1) || s.items[i+1].is("militant", "armed", "terrorist", "terror", "extremist", "rebel", "jihadist", "insurgent", "islamist", "military", "interim", "country's", "federal", "central", "national", "transitional", "paramilitary", "militant", "separatist", "dissident", "splinter", "breakaway", "foreign", "interior", "defence", "defense", "home", "external", "information",
			"gulf", "african", "asian", "european", "arab", "nuclear-armed", "himalayan", "baltic", "oil-rich", "neighbouring",
			"neighboring", "tiny", "small", "communist", "balkan", "caucasus", "sahel", "west", "east")):
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
	for j < len(s.items) && s.items[j].is("not", "also", "still", "now") {
		j++ // "it is not clear", but "it is not seeking escalation" is a party's
	}
	return j < len(s.items) && expletiveComplements[s.items[j].text]
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
			if !sep.is(",", "and") || next.kind != actorItem || next.compound || next.poss {
				break
			}
			out = append(out, *next)
		}
		break
	}
	return out
}

// resolvePronoun finds the actor "it" or "they" stands for: the nearest
// earlier subject in the sentence, else the previous sentence's subject.
func (s *sent) resolvePronoun(i int, before []item) (string, briefbot.Kind, bool) {
	first := ""
	for k := range before {
		if before[k].kind == actorItem && !before[k].compound && !s.inPPItems(before, k) {
			first = before[k].actor
			break
		}
	}
	// An object "it" ("cut ties with the UAE, accusing it of") is the latest
	// other party.
	if n := len(before); n > 0 && before[n-1].kind == wordItem && (strings.HasSuffix(before[n-1].text, "ing") || strings.HasSuffix(before[n-1].text, "ed")) && !reportingVerbs[before[n-1].text] && !clauseTakers[before[n-1].text] {
		if n > 1 && !before[n-2].is(",") && strings.HasSuffix(before[n-1].text, "ed") && s.items[i].is("its", "their") && s.hostileVerbAt(before, n-1) {
			// a hostile verb's own subject is the nearest party: "X said
			// Kenyan jets bombed their camps" is X's
			subj := ""
			for k := n - 2; k >= 0; k-- {
				if it := &before[k]; it.kind == actorItem && !it.compound {
					if subj == "" {
						subj = it.actor
					} else if it.actor != subj {
						return it.actor, it.actorKind, true
					}
				}
			}
		}
		// "and the Palestinian Authority condemned it": not the verb's own
		// subject either
		verbSubj := ""
		for k := n - 2; k >= 0 && k >= n-4; k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound {
				if subjectPosition(before, k) {
					verbSubj = it.actor
				}
				break
			}
		}
		for _, igo := range []bool{false, true} { // "Sudan's case at the ICJ accusing it": the state
			for k := n - 1; k >= 0; k-- {
				if it := &before[k]; it.kind == actorItem && !it.compound && it.actor != first && it.actor != verbSubj && (it.actorKind == briefbot.IGO) == igo && !inRelativeItems(before, k) {
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
	// "a charge Kabul denied, saying it stayed neutral": the
	// participle's own subject, the nearest one.
	if n := len(before); n > 1 && before[n-1].kind == wordItem && strings.HasSuffix(before[n-1].text, "ing") && clauseTakers[before[n-1].text] && before[n-2].is(",") {
		for k := n - 3; k >= 0; k-- {
			if it := &before[k]; it.kind == actorItem && !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
				return it.actor, it.actorKind, true
			}
		}
	}
	// "Syria condemned the raid after the Israeli military said it had
	// ...": the subject of the reporting verb right before the pronoun
	// ("they" stands for a whole list: see resolveAnaphora).
	if j := len(before) - 1; j > 0 && s.items[i].is("it", "its") {
		// "India announced Thursday that it ...": past the day and "that"; "the
		// Syrian military said its air defences": the speaker's own
		for j > 0 && before[j].kind == wordItem && (before[j].is("that", "on", "today", "yesterday", "tonight", "earlier", "later", "also") || timeWords[before[j].text]) {
			j--
		}
		if j > 0 && before[j].kind == wordItem && reportingVerbs[before[j].text] && !before[j].is("told", "tells", "tell", "telling") {
			for k := j - 1; k >= 0 && k >= j-4; k-- {
				if it := &before[k]; it.kind == actorItem {
					if !it.compound && !s.inPPItems(before, k) && subjectPosition(before, k) {
						return it.actor, it.actorKind, true
					}
					if s.inPPItems(before, k) && k > 1 && before[k-2].kind == wordItem && groupAnaphors[before[k-2].text] {
						return "", "", false // "a militia in Iraq announced it had ...": the unnamed group speaks of itself
					}
					break
				}
			}
		}
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

// inRelativeItems reports the item at k inside a relative clause opened by
// ", which" or ", who" and not yet closed: "the camp, which the military
// called a stronghold of Hamas," names no antecedent after it.
func inRelativeItems(items []item, k int) bool {
	for j := k - 1; j > 0; j-- {
		if items[j].is(",") {
			return false
		}
		if items[j].is("which", "who", "whom", "whose") && items[j-1].is(",") {
			return true
		}
	}
	return false
}

// hostileVerbAt reports an escalation trigger at k: "bombed", "struck".
func (s *sent) hostileVerbAt(items []item, k int) bool {
	m, ok := s.c.lx.longestAt(items, k)
	return ok && m.trig.typ == briefbot.Escalation
}

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

// lastKindIn returns the latest actor of kind k other than skip, in the
// sentence so far, else in the article.
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

// objectPosition returns the sentence's first subject when the anaphor
// about to follow before is an object ("accusing the Gulf state of"), since
// an object is another party than the subject; else "".
func (s *sent) objectPosition(before []item) string {
	n := len(before)
	if n == 0 || before[n-1].kind != wordItem {
		return ""
	}
	w := before[n-1].text
	if !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || reportingVerbs[w] || clauseTakers[w] {
		return ""
	}
	return s.firstSubjectIn(before)
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
		return strings.HasSuffix(it.text, "ed") || reportingVerbs[it.text] || beForms[it.text] || it.is("has", "had", "have", "will", "would", "denies", "rejects", "accuses")
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

// lastTwoIn returns the two parties "both sides" refers to: the latest two
// distinct actors named in a phrase of the sentence or in the article.
func (s *sent) lastTwoIn(before []item, states bool) []ctxActor {
	var out []ctxActor
	for j := len(before) - 1; j >= 0 && len(out) < 2; j-- {
		it := &before[j]
		if it.kind != actorItem || it.compound || it.actorKind == briefbot.IGO || (states && it.actorKind != briefbot.State) || !s.inPPItems(before, j) && !s.conjoinedInPP(before, j) || brokeredIn(before, j) {
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
		if a.kind != actorItem || a.compound || a.actorKind == briefbot.IGO || states && a.actorKind != briefbot.State {
			continue
		}
		and := j + 1
		for and < len(before) && and <= j+3 && before[and].kind == wordItem && (forceNouns[before[and].text] || organNouns[before[and].text] || before[and].is("fighter", "soldier", "guard", "officer", "policeman", "civilian", "civilians")) {
			and++ // "guards", "border guards"
		}
		if and >= len(before) || !before[and].is("and") {
			continue
		}
		k := and + 1
		for k < len(before) && k <= and+2 && before[k].is("a", "an", "one", "two", "three", "several", "some", "the") {
			k++
		}
		if b := &before[min(k, len(before)-1)]; b.kind == actorItem && b.actor != a.actor && !b.compound && b.actorKind != briefbot.IGO && (!states || b.actorKind == briefbot.State) {
			return []ctxActor{{id: b.actor, kind: b.actorKind}, {id: a.actor, kind: a.actorKind}}
		}
	}
	side := func(a ctxActor) bool { return a.kind != briefbot.IGO && (!states || a.kind == briefbot.State) }
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
func (s *sent) nextTwo(k int, states bool) []ctxActor {
	var out []ctxActor
	for j := k; j < len(s.items) && len(out) < 2; j++ {
		it := &s.items[j]
		if it.kind != actorItem || it.compound || it.actorKind == briefbot.IGO || states && it.actorKind != briefbot.State || len(out) == 1 && out[0].id == it.actor {
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

// findSpeakers marks the actors a sentence is attributed to: "X said",
// "said X", "according to X".
func (s *sent) findSpeakers() {
	for r := range s.items {
		w := &s.items[r]
		if w.kind != wordItem {
			continue
		}
		if reportingVerbs[w.text] || w.text == "according" || w.text == "believe" || w.text == "expect" || w.text == "warn" || w.text == "suggest" {
			for k := r - 1; k >= 0 && k >= r-3; k-- {
				if s.items[k].kind == wordItem && speculators[s.items[k].text] {
					s.speculative = true
				}
			}
		}
		// "Israel will pay a heavy price, the Houthi leader warned.": a
		// warning that closes the sentence speaks for what came before it
		trailingWarning := w.is("warned", "warns") && (r+1 == len(s.items) || s.items[r+1].isBoundary() || s.items[r+1].is(","))
		if !reportingVerbs[w.text] && w.text != "according" && !trailingWarning {
			continue
		}
		found := false
		// ", said US Secretary of State Antony Blinken": a verb that opens
		// its phrase after a comma has its speaker after it; the clause
		// before the comma is what was said
		if r > 0 && s.items[r-1].is(",") && !w.is("told", "tell", "tells", "telling", "informed", "assured") {
			found = s.speakerAfter(r, 5, true)
		}
		if !found && w.text != "according" {
			for k, left := r-1, 9; k >= 0 && left > 0; k, left = k-1, left-1 {
				it := &s.items[k]
				if it.is(",") {
					if j := s.relativeClauseBefore(k); j > 0 {
						k = j // "Paetongtarn, whose call with Hun Sen sparked outrage, said": the clause names no speaker
						continue
					}
					if k < r-1 && unplacedSpeakers[s.items[r-1].text] {
						break // "..., officials said": speakers the text does not place, not a party named before the comma
					}
				}
				if it.kind == punctItem && it.text != "-" && it.text != "," || it.is("he", "she", "they", "we", "i", "who", "that") {
					break // ", the group's military spokesman, said" keeps its commas; "he said" is a person
				}
				// ", Mali's army said" opens a new phrase after a comma
				if it.kind == actorItem && !it.compound && !s.private[k] && (!s.inPP(k) || k > 0 && s.items[k-1].is(",")) {
					s.speakers = append(s.speakers, k)
					found = true
					break
				}
			}
		}
		if found || w.is("told", "tell", "tells", "telling", "informed", "assured") {
			continue // "told Washington that": the party after a verb of telling hears, it does not speak
		}
		reach := 5
		if w.text == "according" {
			reach = 7 // "according to a statement from Peru"
		}
		s.speakerAfter(r, reach, false)
	}
}

// speakerAfter marks the first actor within reach words after the
// reporting verb at r, before punctuation or "that", as a speaker, and
// reports whether there was one. The words of a title do not count: "said
// the statement of the Secretary of State Antony Blinken". A phrase-final
// speaker ends its clause: not "..., said Azerbaijan had started".
func (s *sent) speakerAfter(r, reach int, phraseFinal bool) bool {
	for k := r + 1; k < len(s.items) && reach > 0; k++ {
		it := &s.items[k]
		if it.kind == punctItem || it.is("that") {
			return false
		}
		if phraseFinal && it.kind == actorItem && k+1 < len(s.items) && s.items[k+1].kind == wordItem && !prepositions[s.items[k+1].text] {
			return false
		}
		if it.kind == actorItem && !it.compound && !s.private[k] {
			s.speakers = append(s.speakers, k)
			return true
		}
		if !s.capitalised(it) && !(it.is("of") && s.capitalised(&s.items[k-1])) {
			reach--
		}
	}
	return false
}

// relativeClauseBefore returns the comma that opens a relative clause
// ended by the comma at k (", whose ... ," or ", which ... ,"), or -1.
func (s *sent) relativeClauseBefore(k int) int {
	for j := k - 2; j > 0 && j >= k-16; j-- {
		if s.items[j].isBoundary() {
			return -1
		}
		if s.items[j].is("whose", "who", "which", "whom") {
			if s.items[j-1].is(",") {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// speaker returns the speaker of the reporting clause nearest to item i,
// or -1.
func (s *sent) speaker(i int) int {
	best, dist := -1, 1<<30
	for _, k := range s.speakers {
		d := k - i
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = k, d
		}
	}
	return best
}

// inPP reports whether the actor at k is the object of a preposition.
func (s *sent) inPP(k int) bool { return s.inPPItems(s.items, k) }

// inPPItems is inPP over a given item slice (during anaphora resolution).
func (s *sent) inPPItems(items []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		it := &items[j]
		if it.kind == actorItem {
			continue
		}
		if it.kind == wordItem && prepositions[it.text] {
			// "the foreign ministry of Pakistan" names its owner, not a place.
			owner := j > 0 && items[j-1].kind == wordItem && (organNouns[items[j-1].text] || forceNouns[items[j-1].text] || memberNouns[items[j-1].text] ||
				items[j-1].is("armies", "navies", "governments") || s.capitalised(&items[j-1])) // "the militaries of India and Pakistan"
			// "the foreign ministry of Pakistan", "a spokesman for the Malian government"
			// "a report by the United Nations" speaks for its author.
			author := it.text == "by" && j > 0 && items[j-1].kind == wordItem && authoredNouns[items[j-1].text] &&
				(j < 2 || !items[j-2].is("any", "no", "every")) || // "any attempt by Chad" is hypothetical
				// "gunmen from the Jalisco cartel" act for it
				it.text == "from" && j > 0 && items[j-1].kind == wordItem && memberNouns[items[j-1].text]
			// "officials in Lima" are Peru's, unless another party owns
			// them: "U.S. officials in Baghdad"
			resident := it.text == "in" && j > 0 && items[j-1].kind == wordItem && residentNouns[items[j-1].text] &&
				items[k].actorKind == briefbot.State && (j < 2 || items[j-2].kind != actorItem)
			return !(author || resident || owner && (it.text == "of" || it.text == "for" && spokesNouns[items[j-1].text]))
		}
		if it.text == "," && j > 1 && items[j-1].kind == wordItem && locativePreps[items[j-2].text] && s.placeName(&items[j-1]) {
			return true // "in Lyon, France": the country of a place
		}
		if it.text == "," && !listGoesOn(items, k) {
			return false // "... in northern Syria, the Tuareg-led coalition said": a new phrase
		}
		if !determiners[it.text] || (it.text == "and" && j > 0 && items[j-1].text == ",") {
			return false
		}
	}
	return false
}

// capitalised reports a word written with a capital, part of a name or
// title ("President Paul Kagame of Rwanda"), not at the sentence start.
func (s *sent) capitalised(it *item) bool {
	if it.start <= s.sp.start || it.end > len(s.text) {
		return false
	}
	for _, r := range s.text[it.start:it.end] { // "al-Shara" too
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// placeName reports a capitalised word that may name a place: "Kazan", not
// "July" or "mid-June".
func (s *sent) placeName(it *item) bool {
	c := s.text[it.start]
	return c >= 'A' && c <= 'Z' && !timeWords[it.text] && !strings.ContainsAny(it.text, "-0123456789")
}

// listGoesOn reports a list of actors continuing after the actor at k:
// "in Iran, Iraq and Syria".
func listGoesOn(items []item, k int) bool {
	j := k + 1
	if j >= len(items) || !items[j].is("and", "or", ",") {
		return false
	}
	for j < len(items) && j <= k+4 && items[j].is("and", "or", ",", "the") {
		j++
	}
	return j < len(items) && items[j].kind == actorItem
}

// listClosed reports a list of actors going on from the actor at i to an
// "and" or "or" and its last member: "Iran, Iraq and Syria".
// treeSplits reports two actors the tree puts in different phrases: one
// not a conjunct of the other, nor both of a third.
func (s *sent) treeSplits(j, k int) bool {
	if !s.hasTree {
		return false
	}
	a, b := s.tokOfItem(j), s.tokOfItem(k)
	if a < 0 || b < 0 {
		return false
	}
	head := func(t int) int {
		for s.rel(t, "conj") || s.rel(t, "flat") || s.rel(t, "appos") {
			t = s.head(t)
		}
		return t
	}
	return head(a) != head(b)
}

func (s *sent) listClosed(i int) bool {
	for n := i + 1; n < len(s.items) && n <= i+12; n++ {
		it := &s.items[n]
		switch {
		case it.kind == actorItem, it.is(",", "the"):
		case it.is("and", "or"):
			for j := n + 1; j < len(s.items) && j <= n+2; j++ {
				if s.items[j].kind == actorItem {
					return true
				}
				if !s.items[j].is("the", "to") {
					return false
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// eligibleSubject reports an actor that can be the agent of a predicate.
func (s *sent) eligibleSubject(k int) bool {
	it := &s.items[k]
	if it.kind != actorItem || it.compound || it.form == FormCity {
		return false // "Kharkiv was shelled": a city is where acts fall, no actor
	}
	if k < len(s.hedged) && (s.hedged[k] || s.private[k]) {
		return false
	}
	return !s.inPP(k)
}

// onlyCity reports a party the sentence names only by one of its cities:
// "in Jeddah, the army and the RSF signed" names no Saudi act.
func (s *sent) onlyCity(id string) bool {
	city := false
	for k := range s.items {
		if it := &s.items[k]; it.kind == actorItem && it.actor == id {
			if it.form != FormCity {
				return false
			}
			city = true
		}
	}
	return city
}

// eligibleObject reports an actor that can be acted on: no modifier and no
// private party.
func (s *sent) eligibleObject(k int) bool {
	it := &s.items[k]
	return it.kind == actorItem && (!it.compound || it.owner) && !s.private[k]
}

// isParticiple reports a ", accusing"-style participle at k, whose subject
// is the subject of the clause before the comma.
func (s *sent) isParticiple(k int) bool {
	it := &s.items[k]
	if it.kind != wordItem || k == 0 {
		return false
	}
	if strings.HasSuffix(it.text, "ing") && len(it.text) > 4 && s.items[k-1].is(",", "after", "before", "while", "when", "by", "without", "since") {
		return true
	}
	// "and accused": a second verb of the clause's subject.
	return k > 1 && s.items[k-1].is("and") && strings.HasSuffix(it.text, "ed") && !s.items[k-2].is("and")
}

// group returns the actor at k with the actors coordinated with it
// ("Iran and Pakistan", "U.S. and British").
func (s *sent) group(k int) []int {
	out := []int{k}
	for j := k; ; {
		n := s.coordinated(j, -1)
		if n < 0 {
			break
		}
		out = append([]int{n}, out...)
		j = n
	}
	for j := k; ; {
		n := s.coordinated(j, +1)
		if n < 0 {
			break
		}
		out = append(out, n)
		j = n
	}
	return out
}

// coordinated returns the actor joined to the actor at k by "and", "or" or a
// comma in direction dir, or -1.
func (s *sent) coordinated(k, dir int) int {
	j := k + dir
	sawConj, sawCommaAnd, sawAnd, skipped := false, false, false, false
	for steps := 0; j >= 0 && j < len(s.items) && steps < 5; steps++ {
		it := &s.items[j]
		switch {
		case it.kind == actorItem:
			if !sawConj || !s.eligibleObject(j) {
				return -1
			}
			// "..., and Kyiv denied" starts a clause; "Britain, France, and
			// Germany" is a list: its previous member follows a comma too.
			if sawCommaAnd && dir < 0 && !(j > 0 && s.items[j-1].is(",")) {
				return -1
			}
			if !sawAnd && (s.items[k].anaphor || s.items[j].anaphor) {
				return -1 // "independence from Italy, the two countries": a comma joins no name to an anaphor
			}
			if !sawAnd && (skipped || dir < 0 && s.inPP(j) && !s.inPP(k)) {
				return -1 // "in Lyon, France, Prime Minister Modi", "in Syria, the force": a comma joins nothing
			}
			if !sawAnd && !s.listClosed(max(j, k)) {
				return -1 // "of Peru, the ELN is": a comma alone ends a phrase
			}
			if !sawAnd && s.treeSplits(j, k) {
				return -1 // "talks mediated by Qatar, India and Pakistan agreed": the comma ends the by-phrase
			}
			return j
		case it.is("and", "or", ",", "&"):
			if it.is("and") && j+dir >= 0 && j+dir < len(s.items) && s.items[j+dir].is(",") {
				sawCommaAnd = true
			}
			sawAnd = sawAnd || !it.is(",")
			sawConj = true
		case it.is("the", "both", "its", "their", "also", "rival"): // "Sudan's army and the rival RSF"
		case organNouns[it.text] || organModifiers[it.text]:
			skipped = true
		default:
			return -1
		}
		j += dir
	}
	return -1
}

// subjectOf returns the actor items that act as the subject of the
// predicate at t.
func (s *sent) subjectOf(t int) []int {
	if subj, ok := s.treeSubject(t); ok {
		return subj
	}
	return s.ruleSubjectOf(t)
}

// ruleSubjectOf finds the subject of the predicate at t by the words
// before it, for a sentence the tree could not read.
func (s *sent) ruleSubjectOf(t int) []int {
	if k := s.openingParticipleSubject(t); k >= 0 {
		return s.group(k)
	}
	if k := t - 1; k > 0 && s.items[k].kind == actorItem && strings.HasSuffix(s.items[t].text, "ing") {
		// "with Georgia and Russia blaming each other": the absolute
		// construction's noun is the participle's subject
		if g := s.group(k); g[0] > 0 && s.items[g[0]-1].is("with") {
			return g
		}
	}
	if strings.HasSuffix(s.items[t].text, "ing") {
		// "Turkey launched an offensive in Syria, with warplanes and
		// artillery striking ...": forces no party owns, in the absolute
		// construction, are the main clause's subject's
		for k := t - 1; k > 0 && k >= t-4 && s.items[k].kind == wordItem && (forceNouns[s.items[k].text] || s.items[k].is("and")); k-- {
			if s.items[k-1].is("with") && s.items[k-2].is(",") {
				for j := range k {
					if s.items[j].kind == actorItem && s.eligibleSubject(j) {
						return s.group(j)
					}
				}
			}
		}
	}
	crossed := t < len(s.items) && s.isParticiple(t)
	coordinated := crossed && s.items[t-1].is("and")
	best, fallback := -1, -1
	start := t - 1
	if crossed && start >= 0 && s.items[start].is("after", "before", "while", "when", "since", "by", "without") {
		start-- // "after accusing": the conjunction belongs to the participle
	}
	for k := start; k >= 0; k-- {
		it := &s.items[k]
		if it.is(",") && !crossed {
			if j := s.relativeClauseBefore(k); j > 0 {
				k = j // "Sarkozy, whose country holds the EU presidency, shuttled": the clause holds no subject
				continue
			}
		}
		if it.kind == actorItem {
			if s.eligibleSubject(k) {
				if !crossed {
					return s.group(k)
				}
				best = k
			} else if !crossed && s.withAbsolute(k, t) {
				return []int{k} // "with Thai jets striking Cambodian targets"
			}
			continue
		}
		if s.isParticiple(k) {
			crossed = true
			continue
		}
		if subjectBoundaries[it.text] {
			if crossed && best < 0 && it.is("said", "says", "told", "added", "stated") {
				if s.attributionWithoutActor(k) {
					if s.officialSpeaker(k) {
						continue // "Burundi closed the border, the interior minister said, accusing Kigali": the official speaks for the clause's party
					}
					return nil // ", the local police said, accusing": a speaker but no actor
				}
				if k > 0 && k+1 < len(s.items) && s.items[k+1].is(",") && s.eligibleSubject(k-1) {
					return s.group(k - 1) // ", the Tuareg-led coalition said, accusing Bamako"
				}
				continue
			}
			relative := it.is("which", "who") || it.is("that") && k > 0 && !complementTakers[s.items[k-1].text] && !reportingVerbs[s.items[k-1].text] && !clauseTakers[s.items[k-1].text]
			if crossed && (coordinated && it.is("after", "before", "when", "while", "since", "as", "amid", "following", "despite", "until") || relative) {
				// a subordinate or relative clause inside the main one: its
				// actors are not the main subject the participle shares
				if best >= 0 {
					fallback = best
				}
				best = -1
				continue
			}
			if best < 0 && it.is("who", "which", "that") {
				// the antecedent: "the TTP, which", "Russian drones that"
				j := k - 1
				if j >= 0 && s.items[j].is(",") {
					j--
				}
				for n := 0; n < 2 && j > 0 && s.items[j].kind == wordItem && !prepositions[s.items[j].text] && !subjectBoundaries[s.items[j].text]; n++ {
					j--
				}
				if j >= 0 && s.items[j].kind == actorItem && !s.items[j].compound && !s.private[j] && !s.inPP(j) {
					return s.group(j)
				}
			}
			break
		}
	}
	if best < 0 {
		best = fallback
	}
	if best >= 0 {
		return s.group(best)
	}
	return nil
}

// openingParticipleSubject returns the subject of the clause that an
// opening participle phrase hangs on ("Denying involvement, Iran said"),
// when t is that participle; else -1.
func (s *sent) openingParticipleSubject(t int) int {
	if t != 0 || t >= len(s.items) || !strings.HasSuffix(s.items[t].text, "ing") {
		return -1
	}
	for k := t + 1; k < len(s.items); k++ {
		if s.items[k].isBoundary() || s.items[k].kind == wordItem && subjectBoundaries[s.items[k].text] {
			return -1
		}
		if !s.items[k].is(",") {
			continue
		}
		for j := k + 1; j < len(s.items) && j <= k+3; j++ {
			if s.eligibleSubject(j) {
				return j
			}
			if s.items[j].kind != wordItem || !s.items[j].is("the", "a", "an") {
				break
			}
		}
		return -1
	}
	return -1
}

// attributionWithoutActor reports a trailing ", the Tuareg-led coalition said"
// at the reporting verb k whose speaker is no actor.
func (s *sent) attributionWithoutActor(k int) bool {
	if k == 0 || s.items[k-1].kind != wordItem {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case s.items[j].kind == actorItem:
			return false
		case s.items[j].is(","):
			return true
		}
	}
	return false
}

// officialSpeaker reports an official's title in the speaker phrase that
// ends with the reporting verb at k: ", Interior Minister Martin Niteretse
// said".
func (s *sent) officialSpeaker(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && !s.items[j].is(","); j-- {
		if s.items[j].kind == wordItem && personTitles[s.items[j].text] {
			return true
		}
	}
	return false
}

// withAbsolute reports "with X jets striking": the actor at k, after
// "with", heads a noun phrase whose participle is the trigger at t.
func (s *sent) withAbsolute(k, t int) bool {
	if t-k < 1 || t-k > 4 || s.prevWord(k) != "with" || !strings.HasSuffix(s.items[t].text, "ing") || s.items[k].compound || s.private[k] {
		return false
	}
	for j := k + 1; j < t; j++ {
		if s.items[j].kind != wordItem || s.items[j].is("and", "or", "but") {
			return false
		}
	}
	return true
}

// mainSubject returns the first actor of the sentence before h that can be
// a subject, or -1.
func (s *sent) mainSubject(h int) int {
	for k := 0; k < h; k++ {
		if s.eligibleSubject(k) && !(s.items[k].poss && k+1 < len(s.items) && s.items[k+1].kind == actorItem) {
			return k
		}
	}
	return -1
}

// objectEnd returns where the object of a predicate starting at from ends:
// at the next clause boundary or stop word; a comma ends it unless a list of
// actors goes on.
func (s *sent) objectEnd(from int, stops map[string]bool) int {
	for k := from; k < len(s.items); k++ {
		it := &s.items[k]
		if it.kind == actorItem {
			continue
		}
		if objectBoundaries[it.text] || stops[it.text] {
			return k
		}
		if it.is("and", "but") && k+1 < len(s.items) && (s.items[k+1].is(clauseAux...) || s.subjectOfClauseAt(k+1) || s.finiteVerbAt(k+1)) {
			// "condemned the attacks and is backed by parties close to
			// Iran", "annexed Crimea and the United States imposed ...",
			// "killed the militants and blamed India": a clause of its own
			return k
		}
		if k > from && it.is("had", "has", "have", "was", "were") && k+1 < len(s.items) && s.items[k+1].kind == wordItem &&
			(strings.HasSuffix(s.items[k+1].text, "ed") || s.items[k+1].is("been")) && s.items[k-1].kind == wordItem &&
			!s.items[k-1].is("that", "which", "who", "to", "not", "also", "never") && !strings.HasSuffix(s.items[k-1].text, "ly") {
			return k // "fighters who stormed two posts had crossed from Afghanistan": the main clause's verb
		}
		if it.text == "," && k+1 < len(s.items) && s.items[k+1].is("which", "who") {
			if c := s.relativeClauseEnd(k + 1); c > 0 {
				k = c // "between the army, which is led by Burhan, and the RSF": the list goes on
				continue
			}
		}
		if it.text == "," {
			n := k + 1
			for n < len(s.items) && s.items[n].is("the", "and", "or", "including") {
				n++
			}
			// "struck Iran, Iraq and Syria" goes on; ", Mozambique's ministry said" does not
			if n >= len(s.items) || s.items[n].kind != actorItem || s.items[n].poss && !s.items[k+1].is("including") ||
				!s.items[k+1].is("and", "or", "including") && !s.listClosed(n) || s.speaksAfter(n) || s.subjectOfClauseAt(n) {
				return k
			}
		}
	}
	return len(s.items)
}

// finiteVerbAt reports a verb of saying, charging or denying the tree
// reads at item k as a conjoined predicate: "killed the militants ... and
// blamed India" ("killed one and injured two others" shares its object).
func (s *sent) finiteVerbAt(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "VERB" && s.rel(u, "conj") &&
		(reportingLemmas[s.lemma(u)] || s.accusingAt(k, false) || s.denyingAt(k))
}

// relativeClauseEnd returns the comma that closes the relative clause
// opening at k when a list goes on after it with "and" ("the army, which
// is led by Burhan, and the RSF"), or -1.
func (s *sent) relativeClauseEnd(k int) int {
	for j := k + 1; j+1 < len(s.items) && j <= k+12; j++ {
		if s.items[j].isBoundary() {
			return -1
		}
		if s.items[j].is(",") {
			if s.items[j+1].is("and") {
				return j
			}
			return -1
		}
	}
	return -1
}

// purposeEnd returns where an infinitive of purpose opens in [from, to)
// ("killed fighters [to increase security for Malians]"), or to.
func (s *sent) purposeEnd(from, to int) int {
	if !s.hasTree {
		return to
	}
	for k := from; k < to; k++ {
		if u := s.tokOfItem(k); s.items[k].is("to") && u >= 0 && s.tk(u).UPOS == "PART" && s.head(u) > u &&
			s.tk(s.head(u)).UPOS == "VERB" && s.rel(s.head(u), "advcl") {
			return k
		}
	}
	return to
}

// subjectOfClauseAt reports the actors listed from n, after "and" (and
// "the"), as the subject of a verb of their own that the "and" joins:
// ", and the United States imposed", "and the EU's foreign policy chief
// has called on".
func (s *sent) subjectOfClauseAt(n int) bool {
	for n < len(s.items) && s.items[n].is("the") {
		n++
	}
	if n >= len(s.items) || s.items[n].kind != actorItem {
		return false
	}
	c := -1
	for j := n - 1; j >= 0 && c < 0; j-- {
		if s.items[j].is("and", "but") {
			c = s.tokOfItem(j)
		} else if !s.items[j].is("the") {
			break
		}
	}
	if c < 0 || !s.hasTree || s.pairedByBetween(n) {
		return false
	}
	v := s.head(c)
	if v > c && s.rel(v, "nsubj") {
		v = s.head(v) // the parser may hang "and" on the new clause's subject
	}
	if v <= c || s.tk(v).UPOS != "VERB" {
		return false
	}
	sb := s.child(v, "nsubj")
	return sb > c && sb < v
}

// pairedByBetween reports a "between" shortly before item n in its clause:
// "between A and B" pairs its names, whatever the tree says.
func (s *sent) pairedByBetween(n int) bool {
	for j := n - 1; j >= 0 && j >= n-8; j-- {
		if s.items[j].is("between", "among") {
			return true
		}
		if s.items[j].isBoundary() || s.items[j].is(",") {
			return false
		}
	}
	return false
}

// speaksAfter reports the actors listed from n as a clause's speakers: ",
// South Korean and Japanese officials said".
func (s *sent) speaksAfter(n int) bool {
	g := s.group(n)
	for j := g[len(g)-1] + 1; j < len(s.items) && j <= g[len(g)-1]+3; j++ {
		if it := &s.items[j]; it.kind == wordItem && reportingVerbs[it.text] {
			return true
		} else if it.kind != wordItem || it.isBoundary() {
			return false
		}
	}
	return false
}

// clauseAux open a verb phrase of its own after "and": "and is backed".
var clauseAux = []string{"is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "also", "later", "then"}

var (
	stopOfFor = set("of", "for", "over")
	stopAs    = set("as")
	hostPreps = set("in", "inside", "across", "into", "near", "within")
	// threatDoubts make even a party's own threat hypothetical: "could retaliate".
	threatDoubts = set("if", "whether", "unless", "could", "might", "may")
)

// describesGroup reports a state's possessive right before a group's
// name, which only says where the group is from: "Venezuela's Tren de
// Aragua".
func (s *sent) describesGroup(k int) bool {
	it := &s.items[k]
	return it.poss && it.actorKind == briefbot.State && k+1 < len(s.items) && s.items[k+1].kind == actorItem && s.items[k+1].actorKind == briefbot.Group
}

// destination reports an actor named as where a thing was bound: "an aid
// flotilla bound for Gaza", "a ship headed to Iran" name no victim.
func (s *sent) destination(k int) bool {
	j := k - 1
	for j > 0 && s.items[j].is("the") {
		j--
	}
	return j > 0 && s.items[j].is("for", "to", "toward", "towards") && s.items[j-1].is("bound", "headed", "heading", "destined", "route", "sailing")
}

// offshore reports an actor named as the coast a place lies off: "into
// the sea off Japan", "off the coast of Somalia" name no victim.
func (s *sent) offshore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		it := &s.items[j]
		if it.kind != wordItem || it.isBoundary() {
			return false
		}
		if it.is("off") {
			return true
		}
		if !it.is("the", "coast", "coasts", "shore", "shores", "of") {
			return false
		}
	}
	return false
}

// objects returns the targets of a predicate whose object starts at from:
// the first actor with its coordinated actors, and as alternatives the
// host state of a struck group ("BLA hideouts in Iran").
func (s *sent) objects(from, to int, exclude []string) (targets []int, alts []string) {
	first := -1
	for k := from; k < to; k++ {
		if s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && !s.offshore(k) && !s.destination(k) && !s.describesGroup(k) {
			first = k
			break
		}
	}
	if first < 0 {
		return nil, nil
	}
	if n := s.namedAfterDemonym(first); n >= 0 && n < to && !slices.Contains(exclude, s.items[n].actor) {
		first = n
	}
	if first+1 < to && s.items[first+1].kind == wordItem && ownedActs[s.items[first+1].text] {
		for k := first + 2; k < to; k++ {
			if p := s.prevWord(k); s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && (p == "on" || p == "against") {
				first = k // "to reimpose U.N. sanctions on Eritrea"
				break
			}
		}
	}
	for _, k := range s.group(first) {
		if k >= from && k < to && !slices.Contains(exclude, s.items[k].actor) {
			targets = append(targets, k)
		}
	}
	if len(targets) == 0 {
		return nil, nil
	}
	last := targets[len(targets)-1]
	for k := last + 1; k < to; k++ {
		it := &s.items[k]
		if !s.eligibleObject(k) || slices.Contains(exclude, it.actor) {
			continue
		}
		prev := s.prevWord(k)
		if s.items[first].actorKind == briefbot.Group && it.actorKind == briefbot.State && hostPreps[prev] {
			alts = appendUnique(alts, it.actor)
			continue
		}
		if s.items[first].actorKind == briefbot.State && it.actorKind == briefbot.Group && len(targets) == 1 && hostPreps[s.prevWord(first)] {
			// "strikes in Pakistan against the BLA": the group is the target.
			alts = appendUnique(alts, s.items[first].actor)
			targets = []int{k}
			first = k
			continue
		}
		break
	}
	// "targets in Syria linked to Russia's intelligence service":
	// the owner of what was struck is the target, the places alternatives.
	if k := targets[len(targets)-1] + 1; k+2 < to && s.items[first].actorKind == briefbot.State && hostPreps[s.prevWord(first)] &&
		s.items[k].is("linked", "tied", "belonging", "affiliated", "used") && s.items[k+1].is("to", "with", "by") &&
		s.eligibleObject(k+2) && !slices.Contains(exclude, s.items[k+2].actor) {
		for _, t := range targets {
			alts = appendUnique(alts, s.items[t].actor)
		}
		targets = []int{k + 2}
	}
	return targets, alts
}

// namedAfterDemonym returns the actor a demonym at k only describes ("the
// Lebanese group Hezbollah", "Iranian-backed militia Kataib Hezbollah"), or -1.
func (s *sent) namedAfterDemonym(k int) int { return namedAfterDemonym(s.items, k) }

// namedAfterDemonym returns the name the state at items[k] describes, or -1.
func namedAfterDemonym(items []item, k int) int {
	if items[k].form != FormDemonym && !(items[k].poss && items[k].actorKind == briefbot.State) {
		return -1 // "the Lebanese group Hezbollah", "Lebanon's armed group Hezbollah"
	}
	for j := k + 1; j < len(items) && j <= k+3; j++ {
		it := &items[j]
		if it.kind == actorItem {
			// "Yemen's Houthi rebels", "Yemen's Houthi Supreme Political
			// Council": a name that modifies its own people or organ
			if it.actor != items[k].actor && (!it.compound || j+1 < len(items) && items[j+1].kind == wordItem && (organNouns[items[j+1].text] || organModifiers[items[j+1].text] || forceNouns[items[j+1].text])) {
				return j
			}
			return -1
		}
		if it.kind != wordItem || prepositions[it.text] || !appositionHeads[it.text] && !it.is("militant", "armed", "rebel", "terrorist", "islamist", "militia", "shiite", "shia", "sunni", "jihadist", "separatist", "insurgent") {
			return -1
		}
	}
	return -1
}

// prevWord returns the nearest word before k, skipping determiners.
func (s *sent) prevWord(k int) string {
	for j := k - 1; j >= 0; j-- {
		it := &s.items[j]
		if it.kind == wordItem && (it.text == "the" || it.text == "a" || it.text == "any" || it.text == "its" || it.text == "their" || it.text == "his" || it.text == "her" || it.text == "our" || it.text == "northern" || it.text == "southern" || it.text == "eastern" || it.text == "western") {
			continue
		}
		return it.text
	}
	return ""
}

// brokeredBy reports an actor at k named by the by-phrase of a participle
// of brokering: "a truce brokered by Qatar", "a rapprochement facilitated
// by Canada". The broker mediates; it is no party to what it brokers.
func (s *sent) brokeredBy(k int) bool { return brokeredIn(s.items, k) }

// brokeredIn is brokeredBy over a given item slice.
func brokeredIn(items []item, k int) bool {
	for j := k - 1; j > 0 && j >= k-7; j-- {
		if items[j].is("by") {
			return brokerWord(items[j-1].text)
		}
		if items[j].kind != actorItem && !items[j].is("the", "and", ",", "or") {
			return false // "a group backed by Iran, fired rockets at Israel": Israel is no backer
		}
	}
	return false
}

// brokerWord reports a form of a verb of helping others to a deal.
func brokerWord(w string) bool {
	return slices.ContainsFunc(brokerStems, func(p string) bool { return strings.HasPrefix(w, p) })
}

var brokerStems = []string{"broker", "secur", "mediat", "facilitat", "negotiat", "sponsor", "host", "co-host", "chair", "organis", "organiz", "back", "conven"}

// byAgent returns the actor after "by" that follows from, or -1.
func (s *sent) byAgent(from int) int {
	return s.byAgentWithin(from, 2)
}

// byAgentWithin is byAgent looking up to n items ahead for the "by".
func (s *sent) byAgentWithin(from, n int) int {
	for k := from; k < len(s.items) && k <= from+n; k++ {
		if s.items[k].isBoundary() || s.items[k].is(",") {
			return -1
		}
		if s.items[k].is("by") {
			for j := k + 1; j < len(s.items) && j <= k+7; j++ {
				if s.items[j].is("and", "or", "but", "that", "who", "which", "while") {
					return -1
				}
				if s.items[j].kind == actorItem {
					if s.eligibleObject(j) && !s.hedged[j] {
						return j
					}
					return -1
				}
				if s.items[j].kind == punctItem {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// passive reports whether the verb at h is passive: "was struck".
func (s *sent) passive(h int) bool {
	if u := s.tokOfItem(h); s.hasTree && u >= 0 && s.child(u, "aux:pass") >= 0 {
		return true
	}
	w := s.items[h].text
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples[w]) {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		it := &s.items[k]
		if it.kind != wordItem {
			return false
		}
		if beForms[it.text] {
			return true
		}
		if !strings.HasSuffix(it.text, "ly") && !it.is("also", "then", "later", "reportedly", "allegedly", "being", "not") {
			return false
		}
	}
	return false
}

// before scans left from h for up to n items within the clause and reports
// whether one of words is found.
func (s *sent) before(h, n int, words map[string]bool, stopAtComma bool) bool {
	for k := h - 1; k >= 0 && k >= h-n; k-- {
		it := &s.items[k]
		if it.kind == actorItem {
			continue
		}
		if words[it.text] {
			return true
		}
		if it.isBoundary() || (stopAtComma && it.text == ",") || (subjectBoundaries[it.text] && !words[it.text]) {
			return false
		}
	}
	return false
}
