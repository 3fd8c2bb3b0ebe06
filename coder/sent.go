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
	sport       int    // 1 + how many words of sports reporting the sentence holds, or 0 before they are counted
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

// seatHosts are the states that host a body's seat, whose name is the
// body's metonym: "Brussels" is the EU's.
var seatHosts = map[string]string{"eu": "BEL"}

// seatsAsHosts reads a body's seat as its host state where the article
// names that state: "Rwanda cut ties with Belgium, accusing Brussels of
// taking sides" speaks of Belgium.
func (s *sent) seatsAsHosts() {
	for i := range s.items {
		it := &s.items[i]
		host, ok := seatHosts[it.actor]
		if it.kind != actorItem || it.form != FormCapital || !ok {
			continue
		}
		named := slices.ContainsFunc(s.d.actors, func(a ctxActor) bool { return a.id == host })
		for k := range s.items {
			named = named || s.items[k].kind == actorItem && s.items[k].actor == host
		}
		if named {
			it.actor, it.actorKind = host, briefbot.State
		}
	}
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
		tree: syntax.Sentence{Tokens: s.tree.Tokens[:0]}, tokItem: s.tokItem[:0], itemTok: s.itemTok[:0], forms: s.forms[:0]}
	s.private = clearBools(s.private, len(s.items))
	d.retitle(s.items)
	s.seatsAsHosts()
	s.findSpeakers()
	s.resolveAnaphora()
	if len(d.officials) > 0 && slices.ContainsFunc(s.items, func(it item) bool { return it.kind == wordItem && firstPersons[it.text] }) {
		// "'We reject Japan's protest,' Hong said": the official named
		// earlier speaks, and is known as a speaker only once resolved
		s.speakers = s.speakers[:0]
		s.findSpeakers()
		s.resolveAnaphora()
	}
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
		s.private[i] = privateAt(s.items, i) || s.companyNamed(i)
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
		// (a role such as "who chairs ASEAN" is no act; "which has mediated
		// between the Houthis and Saudi Arabia" and "which hosted contacts
		// between Ethiopian and Eritrean officials" are)
		role := func(m match) bool {
			w := s.items[m.start].text
			return m.trig.frame == frameMediate && !strings.HasPrefix(w, "mediat") && !strings.HasPrefix(w, "broker") && !s.betweenAfter(m.end)
		}
		if m, ok := s.c.lx.longestAt(s.items, j); ok && m.trig.frame != frameIgnore && !role(m) && !passive {
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
			if _, ok := s.c.lx.longestAt(s.items, j); ok {
				break // "Russia struck a hospital": the act's object, not the party's organ
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
		if first.is("a", "an") && claimNouns[s.items[i+2].text] {
			continue // "shelled Jermuk, a charge Baku rejected,": the charge is the clause before, no description of the town
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
		(i+1 >= len(items) || !ownedNoun(items[i+1].text)) {
		return true // "the attackers were Pakistanis": a nationality, not the state ("it was Indian troops who": the state's)
	}
	if items[i].form == FormDemonym && i > 0 && items[i-1].is("ethnic", "ordinary") {
		return true // "attacks on ethnic Serbs", "meeting ordinary Cubans": people of a descent or a land, not the state
	}
	if items[i].form == FormDemonym && armedPeopleBefore(items, i) {
		return true // "killing 140 fighters, many of them Uzbeks": the fighters' nationality, not the state
	}
	if i > 1 && items[i-1].is("as") && (items[i-2].is("known") || i > 2 && items[i-3].is("known")) || i > 0 && items[i-1].is("dubbed", "nicknamed") {
		return true // "Ansar al-Sunna insurgents, known locally as al-Shabab": another's name, not that party
	}
	if i+1 >= len(items) || items[i+1].kind != wordItem {
		return false
	}
	next := items[i+1].text
	if standInHeads[next] || tradeModifiers[next] && i+2 < len(items) && standInHeads[items[i+2].text] ||
		items[i].actorKind == briefbot.IGO && (next == "member" || next == "members") {
		return true // "Iran proxies", "US companies", "U.S. defence firms", "a NATO member": others that act for, or belong to, the party
	}
	if items[i].poss && items[i].actorKind == briefbot.State && nonStateHeads[next] {
		return true // "Iraq's militias", "Syria's rebels": armed people of the land, not its state
	}
	switch items[i].form {
	case FormDemonym:
		// "Chinese state hackers", "Russian military hackers": the state's own
		stateRun := next == "state" || next == "government" || next == "military" || strings.HasPrefix(next, "state-") || strings.HasPrefix(next, "government-")
		nonState := !stateRun && (nonStateHeads[next] || i+2 < len(items) && items[i+2].kind == wordItem && nonStateHeads[items[i+2].text])
		// "Turkish-backed Syrian fighters": fighters another party backs are
		// its proxies, not the state their demonym names
		backed := i > 0 && items[i-1].kind == actorItem && items[i-1].compound && !items[i-1].owner && !items[i-1].mediator && !items[i-1].pair &&
			(next == "fighters" || next == "groups" || next == "proxies" || next == "factions")
		nonState = nonState || backed
		return privateHeads[next] || (next == "border" || next == "frontier") && headEndsAt(items, i+2) && !towards(items, i) ||
			nonState && items[i].actorKind == briefbot.State
	case FormCapital:
		// ("Pyongyang's National Defence Commission": an adjective, no
		// national of the state)
		return placeNamedHeads[next] || privateHeads[next] && !(items[i].poss && next == "national")
	case FormCity:
		return placeNamedHeads[next] || cityPlaceHeads[next] // "the Rafah crossing", "the Bakhmut front"
	}
	return false
}

// armedPeopleBefore reports a nationality at i that describes armed
// people named just before: "militants, most of them Uzbeks", "fighters
// including Chechens". ("them" may have been read as a party already.)
func armedPeopleBefore(items []item, i int) bool {
	j := i - 1
	switch {
	case j >= 3 && items[j].text == "them" && items[j-1].is("of") && items[j-2].is("many", "most", "some", "all", "several", "half", "dozens", "scores", "majority"):
		j -= 3
		if items[j].is("the") {
			j-- // "the majority of them"
		}
	case j >= 1 && items[j].is("including", "among"):
		j--
	default:
		return false
	}
	if j >= 1 && items[j].is(",") {
		j--
	}
	return j >= 0 && items[j].kind == wordItem && (nonStateHeads[items[j].text] || items[j].is("fighters", "attackers", "assailants", "bombers"))
}

// companyNamed reports a state's name that opens a company's, capitalised
// words that end in a corporate noun: "Myanmar Economic Holdings", "the
// Myanmar Oil and Gas Enterprise". Sanctions on it fall on no state.
func (s *sent) companyNamed(i int) bool {
	if s.items[i].kind != actorItem || s.items[i].actorKind != briefbot.State || s.items[i].form != FormName || s.items[i].poss {
		return false
	}
	for j := i + 1; j < len(s.items) && j <= i+4; j++ {
		it := &s.items[j]
		if it.kind != wordItem || !s.capitalised(it) && !it.is("and", "&") {
			return false
		}
		if corporateNouns[it.text] {
			return true
		}
	}
	return false
}

// corporateNouns end a company's name.
var corporateNouns = set("holdings", "corporation", "corp", "enterprise", "enterprises", "company", "co", "group", "industries", "limited", "ltd", "inc", "bank", "petroleum", "shipping")

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
	return it.kind != wordItem || prepositions[it.text] || objectBoundaries[it.text] || it.is("and", "or", "to", "was", "were", "is", "are", "had", "has") ||
		timeWords[it.text] || timeStarters[it.text] || it.is("late", "early", "this") // "near the Algerian border late last week"
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
			owner := j > 0 && items[j-1].kind == wordItem && (organNouns[items[j-1].text] || ownedNoun(items[j-1].text) || memberNouns[items[j-1].text] ||
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

// listClosed reports a list of actors going on from the actor at i to an
// "and" or "or" and its last member: "Iran, Iraq and Syria".
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
	return s.namedOnlyAs(id, func(k int) bool { return s.items[k].form == FormCity })
}

// namedOnlyAs reports a party the sentence names, and every time so that
// as(k) holds for its item k.
func (s *sent) namedOnlyAs(id string, as func(k int) bool) bool {
	named := false
	for k := range s.items {
		if it := &s.items[k]; it.kind == actorItem && it.actor == id {
			if !as(k) {
				return false
			}
			named = true
		}
	}
	return named
}

// cityOrganAt reports a city or province at k that names the state's
// organ after it: "the Balochistan government", "the Khyber Pakhtunkhwa
// police" act for the state, where a place alone acts for no one.
func (s *sent) cityOrganAt(k int) bool {
	return s.items[k].form == FormCity && k+1 < len(s.items) && s.items[k+1].kind == wordItem && organNouns[s.items[k+1].text]
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
			if !sawConj && skipped && it.actor == s.items[k].actor {
				break // "and Kosovo Prime Minister Avdullah Hoti": the official's own state, in his title
			}
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
			if it.is("and") && j+dir >= 0 && s.itemIs(j+dir, ",") {
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
		// "with Armenia and Azerbaijan blaming each other": the absolute
		// construction's noun is the participle's subject
		if g := s.group(k); g[0] > 0 && s.items[g[0]-1].is("with") {
			return g
		}
	}
	if strings.HasSuffix(s.items[t].text, "ing") {
		// "Turkey launched an offensive in Syria, with warplanes and
		// artillery striking ...": forces no party owns, in the absolute
		// construction, are the main clause's subject's
		for k := t - 1; k > 0 && k >= t-4 && s.items[k].kind == wordItem && (ownedNoun(s.items[k].text) || s.items[k].is("and")); k-- {
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
				if k > 0 && s.itemIs(k+1, ",") && s.eligibleSubject(k-1) {
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
		if it.text == "," && s.itemIs(k+1, "which", "who") {
			if c := s.relativeClauseEnd(k + 1); c > 0 {
				k = c // "between the army, which is led by Burhan, and the RSF": the list goes on
				continue
			}
		}
		if it.text == "," {
			n := k + 1
			for s.itemIs(n, "the", "and", "or", "including") {
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

// finiteVerbAt reports a verb of saying, charging, denying or calling the
// tree reads at item k as a conjoined predicate: "killed the militants ...
// and blamed India", "condemned the strikes and urged both sides" ("killed
// one and injured two others" shares its object, "targeted an airport and
// engaged with Malian forces" its act).
func (s *sent) finiteVerbAt(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "VERB" && s.rel(u, "conj") &&
		(reportingLemmas[s.lemma(u)] || s.accusingAt(k, false) || s.denyingAt(k) ||
			s.tk(s.head(u)).UPOS == "VERB" && (objectControllers[s.lemma(u)] || callVerbs[s.lemma(u)]))
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

// hostileActEnd returns where an act of force joined by "and" opens in
// [from, to), or to: the object of a calming act ends before it.
func (s *sent) hostileActEnd(from, to int) int {
	for k := from; k+1 < to; k++ {
		if s.items[k].is("and") && s.oneSidedHostileAt(k+1) {
			return k
		}
	}
	return to
}

// oneSidedHostileAt reports an act of force that one party does to
// another, or the abetting of one, opening at item k: "killed the
// attackers", "arming Taiwan", "its strikes"; not "the fighting", which
// both sides do.
func (s *sent) oneSidedHostileAt(k int) bool {
	m, ok := s.c.lx.longestAt(s.items, k)
	return ok && (m.trig.typ == briefbot.Escalation && m.trig.frame != frameClash && m.trig.frame != frameMutual || m.trig.frame == frameAbet)
}

// meansOf reports an actor at k named in a phrase of means: "through IS's
// Amaq news agency", "via its embassy" say how, not to whom.
func (s *sent) meansOf(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		it := &s.items[j]
		if it.is("through", "via") {
			return true
		}
		if !(it.kind == wordItem && it.is("the", "its", "their", "a", "an") || it.kind == actorItem && it.poss) {
			return false // past "the", "its" or an owner: "through IS's Amaq news agency"
		}
	}
	return false
}

// subjectOfClauseAt reports the actors listed from n, after "and" (and
// "the"), as the subject of a verb of their own that the "and" joins:
// ", and the United States imposed", "and the EU's foreign policy chief
// has called on".
func (s *sent) subjectOfClauseAt(n int) bool {
	for s.itemIs(n, "the") {
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

// destination reports an actor named as where a thing was bound or came
// from: "an aid flotilla bound for Gaza", "a ship headed to Iran", "a
// tanker sailing from Dubai" name no victim.
func (s *sent) destination(k int) bool {
	if t := s.tokOfItem(k); s.hasTree && t >= 0 {
		// "a tanker sailing from Dubai toward the Omani port": the
		// port's phrase hangs on the participle of motion that describes
		// the tanker (not on a clause's verb: "the UAE was flying arms
		// into Chad")
		for n := 0; n < 3 && t >= 0; n++ {
			if h := s.head(t); h >= 0 && s.rel(t, "obl") && s.rel(h, "acl") && (motionParticiples[s.form(h)] || s.form(h) == "bound" || s.form(h) == "headed") {
				return true
			}
			if !s.rel(t, "compound") && !s.rel(t, "amod") && !s.rel(t, "nmod") {
				break
			}
			t = s.head(t)
		}
	}
	j := k - 1
	for j > 0 && s.items[j].is("the") {
		j--
	}
	return j > 0 && s.items[j].is("for", "to", "toward", "towards", "from") &&
		(s.items[j-1].is("bound", "headed", "destined", "route") || motionParticiples[s.items[j-1].text])
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
		if s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && !s.offshore(k) && !s.destination(k) && !s.describesGroup(k) && !s.meansOf(k) {
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
		if !s.eligibleObject(k) || slices.Contains(exclude, it.actor) || s.meansOf(k) {
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
			if it.actor != items[k].actor && (!it.compound || j+1 < len(items) && items[j+1].kind == wordItem && (organNouns[items[j+1].text] || organModifiers[items[j+1].text] || ownedNoun(items[j+1].text))) {
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

// prevWordSkips are the determiners and compass words between a
// preposition and its party: "from the Gaza Strip", "in northern Syria".
var prevWordSkips = set("the", "a", "any", "its", "their", "his", "her", "our", "northern", "southern", "eastern", "western")

// prevWord returns the nearest word before k, skipping prevWordSkips.
func (s *sent) prevWord(k int) string {
	if j := s.prevWordAt(k); j >= 0 {
		return s.items[j].text
	}
	return ""
}

// prevWordAt returns the index of the word prevWord gives, or -1.
func (s *sent) prevWordAt(k int) int {
	j := k - 1
	for j >= 0 && s.items[j].kind == wordItem && prevWordSkips[s.items[j].text] {
		j--
	}
	return j
}

// itemIs reports an item at j, inside the sentence, that is one of words.
func (s *sent) itemIs(j int, words ...string) bool {
	return j >= 0 && j < len(s.items) && s.items[j].is(words...)
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
				if s.items[j].is("and", "or", "but", "that", "who", "which", "while") || j == k+1 && s.gerundAt(j) {
					return -1 // ("retaliate for the killing by attacking US bases": the means names no agent)
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

// gerundAt reports whether item k is a verb's "-ing" form heading a clause
// ("by attacking US bases"), not a participle modifying a name ("by
// neighbouring Rwanda").
func (s *sent) gerundAt(k int) bool {
	if s.items[k].kind != wordItem || !strings.HasSuffix(s.items[k].text, "ing") || determiners[s.items[k].text] {
		return false
	}
	if u := s.tokOfItem(k); s.hasTree && u >= 0 {
		return s.tk(u).UPOS == "VERB" && !s.rel(u, "amod")
	}
	return k+1 < len(s.items) && s.items[k+1].kind != actorItem
}

// passive reports whether the verb at h is passive: "was struck".
func (s *sent) passive(h int) bool {
	if u := s.tokOfItem(h); s.hasTree && u >= 0 && (s.child(u, "aux:pass") >= 0 || victimParticiples[s.form(u)] && s.child(u, "nsubj:pass") >= 0) {
		return true // "were killed"; a headline's "leader killed in blast"
	}
	w := s.items[h].text
	if !pastParticiple(w) {
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
