package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// The mutual family: acts with two sides (clashes, talks, ceasefires,
// deals), coded in each direction between the parties named.

// codeMutual codes acts with two sides (clashes, talks, ceasefires,
// deals) in both directions between the parties.
func (s *sent) codeMutual(a *analysis) {
	m := a.m
	h, t := m.start, m.trig
	for k := m.end; k+1 < len(s.items) && k <= m.end+3 && !s.items[k].isBoundary(); k++ {
		if s.items[k].is("as") && s.items[k+1].is("observers", "observer") {
			return // "attended the talks as observers": no side of them
		}
	}
	if t.typ == briefbot.Deescalation && s.urged(h) {
		return // "IGAD urged Ethiopia and the TPLF to return to the negotiating table": asked for, not held
	}
	if t.typ == briefbot.Deescalation && s.itemIs(m.end, "with") && s.brokeredObject(h) {
		return // "thanked Kazakhstan for brokering the truce with Azerbaijan": the broker's act names the sides (but "brokered a ceasefire between Israel and Hamas" is theirs)
	}
	if sought := s.soughtDeal(m); t.typ == briefbot.Deescalation && (sought || s.breaksDeal(m) || s.observedOnly(h)) {
		if med := s.lightBroker(h); sought && len(med) > 0 {
			// "working to secure a truce between Israel and Hamas": no truce
			// yet, but who works for it mediates
			if sides := s.betweenSides(m.end, med); len(sides) >= 2 {
				s.addMediation(med, sides)
			}
		}
		return
	}
	// "France and Germany agreed on a budget": allies agreeing calms nothing;
	// rivals meeting calm their dispute (checked once the parties are known).
	// Allies who meet calm nothing even amid a crisis ("days after Tsai met
	// the U.S. Speaker, China held drills"); a deal struck amid fighting is
	// one between the sides at war.
	// "signed a security pact with China": a pact of cooperation names its
	// own field, no conflict it calms
	needsConflict := t.code == "talks" || t.code == "agreement" && (!s.inConflict() || s.cooperationPact(m))
	if t.code == "agreement" && !s.inConflict() && s.projectDeal(m) {
		return // "agreed to complete the feasibility study for the railway line": a joint project, even of rivals, calms no dispute
	}
	var parts []string
	verbal := true
	if agent := s.nounAgent(m); agent >= 0 && !s.brokeredBy(agent) {
		parts = s.ids(s.group(agent))
		verbal = false
		if subj := s.ids(s.subjectOf(h)); s.verbAt(h) && len(subj) > len(parts) {
			// "the army and fighters of the SDF clashed": a verb's subject
			// may name more than the name before it
			parts, verbal = subj, true
		}
	}
	if verbal {
		// "talks with Peru": the clause's subject is the other party; trade
		// "agreements with" two partners are no conflict moves.
		withObject := m.end+1 < len(s.items) && s.items[m.end].is("with") && s.objectSoonAfter(m.end+1) && t.code != "agreement" &&
			!(t.typ == briefbot.Escalation && s.condemnedWrong(h)) // "the UN condemned the clashes with Hezbollah": others' fighting
		// "Qatar brokered a deal": who brokers it mediates, no party
		if lv := s.lightVerb(h); lv >= 0 && !brokerWord(s.items[lv].text) || s.looksVerbal(m) || withObject {
			parts = s.ids(s.subjectOf(h))
		}
	}
	if n := s.tokOfItem(h); len(parts) == 0 && t.code == "clash" && n >= 0 && s.tk(n).UPOS == "NOUN" && s.rel(n, "obl") && s.caseOf(n) == "in" && harmVerbs[s.lemma(s.head(n))] {
		// "23 of its soldiers had been killed in clashes with Afghan
		// forces": the fallen are one side
		if sb, _ := s.subjTok(s.head(n)); sb >= 0 {
			parts = s.ids(s.nominalActors(s.partOf(sb), nil))
		}
	}
	if len(parts) == 0 && (t.code == "talks" || t.code == "clash" && s.foughtBefore(m.end-1) && m.end < len(s.items) && s.items[m.end].is("with")) {
		// "Armenia and Azerbaijan returned to the negotiating table", "the
		// KIA seized the town after weeks of fighting with the military"
		// (fighting with no side named is a conflict named as a noun)
		parts = s.ids(s.governorSubject(m.end - 1))
	}
	subjects := len(parts)
	// "a unilateral truce", "announced a unilateral ceasefire": one side's
	unilateral := s.before(h, 8, unilateralWords, true) || slices.ContainsFunc(s.items[m.start:m.end], func(it item) bool { return unilateralWords[it.text] })
	transitive := false    // "fought the RSF", not "fought with the RSF"
	fightsAgainst := false // "has been fighting against Iraqi forces": one side's fight, as "fought the RSF"
	sentBack := false      // "returned its ambassador to Tehran": one side's move
	partners := 0          // "alongside the M23": on the subject's side
	parts = append(parts, s.ids(s.insideActors(m, parts))...)
	end := s.objectEnd(m.end, nil)
	for k := m.end; k < end; k++ {
		if !s.eligibleObject(k) || slices.Contains(parts, s.items[k].actor) {
			continue
		}
		if s.auspicesOf(k) {
			continue // "signed under the auspices of the UN": the mediator (codeMediate), no side
		}
		p := s.prevWord(k)
		if p == "both" && k > 0 {
			p = s.prevWord(k - 1) // "fought with both Morocco and Mauritania"
		}
		if p == "of" {
			p = s.organOwnerPrep(k) // "talks with the head of the Houthi council"
		}
		if s.betweenBefore(m, k) {
			// "between Sudan's army and the RSF": the parties joined by "and";
			// who welcomes or announces it is no party.
			parts, subjects = parts[:0], 0
			parts = appendUnique(parts, s.items[k].actor)
			for j, last := k+1, k+6; j < end && j <= last; j++ {
				if s.items[j].is("which", "who") && s.items[j-1].is(",") {
					if c := s.relativeClauseEnd(j); c > 0 {
						last += c - j
						j = c // "between the army, which is led by Burhan, and the RSF"
						continue
					}
				}
				if s.items[j].is("and") {
					found, other := false, false
					for n := j + 1; n < end && n <= j+4; n++ {
						if s.eligibleObject(n) || s.counterpartAt(n) {
							parts = appendUnique(parts, s.items[n].actor)
							found = true
							break
						}
						if s.items[n].kind == actorItem {
							other = true
							break // "between Israel and Iran proxies in Lebanon": the other side is no party
						}
					}
					if !found && !other && j+1 < len(s.items) && s.items[j+1].is("its", "their") {
						last = j + 10 // "between the army and its allied militias on one side and M23 rebels on the other": the side's allies
						continue
					}
					break
				}
			}
		}
		// "Thai troops confronted Cambodian soldiers", "fought the RSF"
		direct := subjects > 0 && (verbal || s.looksVerbal(m)) && s.directObjectAt(m, k)
		transitive = transitive || direct
		if p == "alongside" && t.typ == briefbot.Escalation {
			// "the SDF fought alongside the U.S. against ISIS": a partner is
			// on the subject's side, and never the other side ("troops
			// fighting alongside the M23", whose subject the clause leaves
			// unnamed)
			if subjects > 0 && !slices.Contains(parts, s.items[k].actor) {
				parts = slices.Insert(parts, subjects, s.items[k].actor)
				subjects++
				partners++
			}
			continue
		}
		// "fighting against Turkish forces"; "a unilateral ceasefire against
		// the Houthis", whose other side it names
		against := p == "against" && subjects > 0 && (t.typ == briefbot.Escalation || unilateral)
		fightsAgainst = fightsAgainst || against
		toward := p == "to" && subjects > 0 && t.code == "return-ambassador" // "returned its ambassador to Tehran"
		sentBack = sentBack || toward
		if (p == "with" || p == "including" || (p == "and" && k > m.end) || direct || against || toward) && len(parts) > 0 {
			if n := s.namedAfterDemonym(k); n >= 0 {
				k = n // "with Lebanon's armed group Hezbollah"
			}
			// "with A and B" pairs them with the subject, never each other
			for _, g := range s.group(k) {
				parts = appendUnique(parts, s.items[g].actor)
			}
		}
		if locativePreps[p] || p == "at" || p == "near" {
			continue // "fighting erupted in Khartoum between ...": a place
		}
		if p == "by" && s.brokeredBy(k) {
			continue // "a truce brokered by Qatar between ...": the broker, coded as mediation
		}
		break
	}
	if t.typ == briefbot.Escalation && subjects > 0 && len(parts) > subjects {
		// "Kenyan troops fought al-Shabaab alongside the Somali army": a
		// partner named after the foe fights it too
		for _, k := range s.accompanying(m.end + 1) {
			if id := s.items[k].actor; !slices.Contains(parts, id) {
				parts = slices.Insert(parts, subjects, id)
				subjects++
			}
		}
	}
	if partners > 0 && len(parts) == subjects {
		// "troops fighting alongside the M23": partners name no other side;
		// a state's troops said to fight beside a group abet it, a charge
		// of the one who says so
		if len(parts) == 2 && s.c.kind(parts[0]) == briefbot.State && s.c.kind(parts[1]) == briefbot.Group {
			if sp := s.reporter(h); len(sp) > 0 && !slices.Contains(sp, parts[0]) {
				s.emit(accuseTrigger, sp, parts[:1], nil, 0.5)
			}
		}
		return
	}
	parts = slices.DeleteFunc(parts, s.onlyCity) // "signed in Jeddah", "talks in Istanbul": a venue
	if len(parts) == 0 {
		parts = s.hyphenPair(h) // "the Saudi-Houthi talks", "the India-Pakistan ceasefire"
	}
	if len(parts) == 0 {
		// "police battled the gunmen": the state and the group
		if state, group := s.stateForcesOn(m); state != "" {
			parts = []string{state, group}
		}
	}
	if len(parts) == 1 && subjects == 1 && t.code == "restore-ties" {
		// "the North restored the hotline and let South Korean businessmen
		// visit": ties restored with the one rival the sentence names
		if rivals := slices.DeleteFunc(s.others(parts), func(id string) bool { return !s.c.rivalOfAny(id, parts) }); len(rivals) == 1 {
			parts = append(parts, rivals[0])
			sentBack = true // the subject's own move, as a returned envoy is
		}
	}
	if len(parts) == 1 && subjects == 1 && t.typ == briefbot.Escalation && s.c.home(parts[0]) != "" && s.stateForcesAfter(m.end) {
		// "the TTP is fighting the security forces": the forces of the
		// state the group fights
		parts = append(parts, s.c.home(parts[0]))
		transitive = true
	}
	if len(parts) < 2 {
		// "the peace deal signed by Armenia and Azerbaijan"; "Thai troops
		// were confronted by Cambodian soldiers": the subject and the agent
		if a := s.dealPartyByAgent(m.end); a >= 0 && !s.brokeredBy(a) {
			if len(parts) == 1 && s.passive(h) {
				parts, subjects = append(parts, s.ids(s.group(a))...), 1
			} else {
				parts, subjects = s.ids(s.group(a)), 0
			}
		}
	}
	if len(parts) == 0 && t.typ == briefbot.Escalation && s.items[h].is("exchange", "exchanges", "tit-for-tat") {
		// "Iran and Pakistan announced ... after an exchange of strikes",
		// "restored ties after tit-for-tat expulsions": an exchange that
		// names no sides is the main clause's pair's (a conflict named as a
		// noun, "after border clashes", is no event)
		parts = s.mainSubjectPair()
	}
	if len(parts) == 0 && t.typ == briefbot.Deescalation && s.mediatorBefore(m) >= 0 {
		// "the movement says the Egypt-brokered truce will take effect":
		// the truce agreed before in the article, between the same sides
		for i := len(s.d.events) - 1; i >= 0; i-- {
			if e := s.d.events[i]; e.Type == briefbot.Deescalation && e.Code != "mediate" && e.Target != "" && s.c.kind(e.Source) != briefbot.IGO {
				parts = []string{e.Source, e.Target}
				break
			}
		}
	}
	if t.code == "talks" && s.inConflict() && subjects > 0 && len(parts)-subjects >= 2 && s.c.rivalsAmong(parts[subjects:]) && !s.rivalSides(parts, subjects) {
		// "Rubio held calls with Pakistan's and India's leaders after the
		// clashes": one who talks with two rivals in a crisis, at odds with
		// neither, goes between them
		s.addMediation(parts[:subjects], parts[subjects:])
		return
	}
	if t.code == "talks" && subjects > 0 && subjects < len(parts) && !s.rivalSides(parts, subjects) && s.anyWord(peaceAims) {
		// "Omani officials landed in Sanaa for talks with Houthi officials
		// to renew a truce": a third state that talks peace with one side
		// of a war mediates toward it
		sides := slices.DeleteFunc(slices.Clone(parts[subjects:]), func(p string) bool { return !s.c.disputant(p) })
		for _, md := range parts[:subjects] {
			if k := s.c.kind(md); k == briefbot.State || k == briefbot.IGO {
				s.addMediation([]string{md}, sides)
			}
		}
		return
	}
	if needsConflict && !s.rivalSides(parts, subjects) {
		return
	}
	if t.code == "ease" && !s.c.rivalsAmong(parts) && slices.ContainsFunc(s.events, func(e briefbot.Event) bool {
		return e.Type == briefbot.Deescalation && !slices.Contains(parts, e.Source) && !slices.Contains(parts, e.Target)
	}) {
		return // "Egypt and the US announced a truce between Israel and Hamas, ending eight days of fighting": the sides' fighting
	}
	if t.typ == briefbot.Deescalation && s.jointCharge(s.tokOfItem(m.end-1)) {
		return // "issued a joint statement condemning the launch": one front against a third party
	}
	if t.code == "talks" && s.groupWithForeignState(parts) {
		return // "Islamic Jihad held talks with Egyptian intelligence": a group consults a mediator
	}
	if t.typ == briefbot.Escalation && h > 0 && s.items[h-1].is("proxy") {
		return // "proxy wars between Iran and Israel": others fight them
	}
	if t.code == "talks" && h > 0 && s.items[h-1].is("separate", "parallel") {
		return // "hosted separate talks between Kinshasa and the M23": the sides did not meet; the host mediates
	}
	if t.code == "talks" && s.meetingPlace(h) {
		return // "the flashpoint, where Thailand, Cambodia and Laos meet": borders meet
	}
	if k := s.mediatorBefore(m); t.typ == briefbot.Deescalation && k >= 0 {
		sides := parts
		if len(sides) < 2 {
			// "Russia and Ukraine swapped prisoners in a UAE-brokered deal":
			// the sides of the clause's own calming act
			sides = s.calmingSides([]string{s.items[k].actor})
		}
		s.addMediation([]string{s.items[k].actor}, sides) // "the Qatar-brokered ceasefire between Israel and Hamas"
	}
	if t.typ == briefbot.Deescalation && len(parts) >= 2 {
		// "Qatar secured a truce between Israel and Hamas": who secures it mediates
		s.addMediation(without(s.lightBroker(h), parts), parts)
	}
	if t.typ == briefbot.Deescalation && len(parts) >= 2 {
		// "Israel and Hamas agreed to a ceasefire, Qatari and U.S.
		// mediators said": who announce it as its mediators mediated it
		s.addMediation(s.mediatingSpeakers(h), parts)
	}
	if t.typ == briefbot.Deescalation && subjects >= 2 && subjects < len(parts) && s.c.rivalsAmong(parts[:subjects]) {
		// "the Somali and Ethiopian ministers met with Turkey's minister": the
		// rivals are the sides, the one they meet with hosts them
		s.emitPairs(t, parts[:subjects], 0.7)
		s.addMediation(parts[subjects:], parts[:subjects])
		return
	}
	if t.typ == briefbot.Deescalation && subjects > 0 && len(parts) == subjects && (oneSidedTruces[t.code] || unilateral) {
		// "the Kremlin declared a unilateral truce in Ukraine": a truce one
		// side keeps in its rival's land is kept toward that rival
		for k := m.end; k < s.complementEnd(m.end); k++ {
			if s.eligibleObject(k) && s.locativeAt(k) && s.c.rivalOfAny(s.items[k].actor, parts) && !slices.Contains(parts, s.items[k].actor) {
				parts = append(parts, s.items[k].actor)
				break
			}
		}
		if len(parts) == 1 && s.c.home(parts[0]) != "" {
			parts = append(parts, s.c.home(parts[0])) // "Hamas announced a week-long truce": toward the state it fights
		}
	}
	// ("North Korea restored its hotline with the South": its own line,
	// where "their ties" are both sides')
	ownLine := t.code == "restore-ties" && slices.ContainsFunc(s.items[m.start:m.end], func(it item) bool { return it.text == "its" })
	if subjects > 0 && subjects < len(parts) {
		// "X signed agreements with A and B": X with each, not A with B.
		// "X is willing to hold talks with A": only X moves; so does X
		// fighting or battling A ("fought the RSF"), and X fighting
		// alongside P against A, where "fought with the RSF" is both
		// sides' fighting; a truce declared, unilaterally
		// or not, binds its declarer alone ("the PKK declared a ceasefire
		// with Turkey"), where one agreed binds both, and so does keeping
		// one ("Hezbollah said it would respect the truce with Israel").
		oneSided := s.before(h, 5, offerWords, true) || unilateral || oneSidedTruces[t.code] || ((transitive || fightsAgainst) && s.ongoingFight(h) || fightsAgainst && partners > 0) && t.typ == briefbot.Escalation || sentBack || ownLine
		for _, a := range parts[:subjects] {
			// "Saudi and Omani delegations held talks with the Houthis": the
			// Saudis and the Houthis talk, Oman, at odds with no one there,
			// goes toward them
			third := t.code == "talks" && !s.c.rivalOfAny(a, parts)
			for _, b := range parts[subjects:] {
				s.add(t.typ, t.code, t.intensity, a, b, nil, 0.7)
				if !oneSided && !third {
					s.add(t.typ, t.code, t.intensity, b, a, nil, 0.7)
				}
			}
		}
		return
	}
	n := len(s.events)
	s.emitPairs(t, parts, 0.7)
	if t.typ == briefbot.Escalation && subjects == 0 && h > 0 && s.items[h-1].is("the") && s.thirdPartySubject(h, parts) {
		// "the UN chief is concerned by the exchange of strikes between
		// Iran and Pakistan": a third party's reaction names fighting
		// already reported; it restates the acts, it does not add one
		for i := n; i < len(s.events); i++ {
			s.eventAt[i].background = true
		}
	}
}

// calmingSides returns the parties of the sentence's calming acts so far,
// other than the mediators': another mediator ("U.S.-mediated talks, hosted
// by the UN") is no side.
func (s *sent) calmingSides(mediators []string) []string {
	var sides []string
	for _, e := range s.events {
		if e.Type == briefbot.Deescalation && e.Code != "mediate" && !slices.Contains(mediators, e.Source) {
			sides = appendUnique(sides, e.Source)
		}
	}
	return sides
}

// counterpartAt reports a demonym naming a party's official as the other
// side's counterpart: "(between Pakistan's foreign minister and) his
// Iranian counterpart".
func (s *sent) counterpartAt(n int) bool {
	return s.items[n].kind == actorItem && s.items[n].form == FormDemonym && s.itemIs(n+1, "counterpart", "counterparts")
}

// organOwnerPrep returns the preposition that governs an organ or office
// of the party at k ("with the head of the Houthi council"), or "".
func (s *sent) organOwnerPrep(k int) string {
	j := k - 1
	for j >= 0 && s.items[j].is("the") {
		j--
	}
	if j < 1 || !s.items[j].is("of") || s.items[j-1].kind != wordItem || !organNouns[s.items[j-1].text] {
		return ""
	}
	return s.prevWord(j - 1)
}

// ongoingFight reports a verb of fighting at h that states a war going on
// rather than one battle: "the Houthis have been battling a coalition",
// "the TPLF is fighting Ethiopian forces", or one the subject sets out to
// fight ("sent troops to help fight insurgents"). Its object is fought by
// the subject alone; "soldiers fought Boko Haram in the forest" is a
// battle both sides fought.
func (s *sent) ongoingFight(h int) bool {
	if !fightVerbs[s.items[h].text] {
		return false
	}
	return strings.HasSuffix(s.items[h].text, "ing") || s.before(h, 2, perfectAux, true) || s.lastedFrom(h+1) || s.itemIs(h-1, "to") || s.itemIs(h-1, "help") && s.itemIs(h-2, "to")
}

// lastedFrom reports a span of time in the clause from k on: "fought
// Indian rule in Kashmir for nearly two decades", "since 1984".
func (s *sent) lastedFrom(k int) bool {
	for ; k < len(s.items) && !s.items[k].isBoundary() && !s.items[k].is(","); k++ {
		if s.items[k].is("since") {
			return true
		}
		if s.items[k].is("for") {
			for j := k + 1; j < len(s.items) && j <= k+4; j++ {
				if w := s.items[j].text; unitDays[w] >= 7 || w == "decades" {
					return true
				}
			}
		}
	}
	return false
}

var fightVerbs = set("fight", "fights", "fought", "fighting", "battle", "battles", "battled", "battling")

// addMediation codes each mediator's de-escalation toward each side it is
// not itself.
func (s *sent) addMediation(mediators, sides []string) {
	for _, md := range mediators {
		for _, p := range sides {
			if p != md {
				s.add(briefbot.Deescalation, "mediate", 5, md, p, nil, 0.6)
			}
		}
	}
}

// rivalSides reports rivals on the two sides of a mutual act: between the
// subjects and the others ("the US signed agreements with Rwanda and the
// DRC" joins no rivals), or among the parties when none is its subject or
// the subjects are rivals.
func (s *sent) rivalSides(parts []string, subjects int) bool {
	if subjects == 0 || subjects >= len(parts) || s.c.rivalsAmong(parts[:subjects]) {
		return s.c.rivalsAmong(parts) // "the Armenian and Azerbaijani ministers met with France's"
	}
	for _, a := range parts[:subjects] {
		for _, b := range parts[subjects:] {
			if s.c.rivalPair(a, b) {
				return true
			}
		}
	}
	return false
}

// stateForcesAfter reports a state's forces that no party owns right
// after item from: "the security forces", "government troops".
func (s *sent) stateForcesAfter(from int) bool {
	for k := from; k < len(s.items) && k <= from+3; k++ {
		it := &s.items[k]
		if it.kind != wordItem {
			return false
		}
		if stateForceNouns[it.text] {
			return true
		}
		if !unownedForceWord(it) {
			return false
		}
	}
	return false
}

// jointCharge reports a calming noun at token u that a participle of
// charging describes: "a joint statement condemning the launch".
func (s *sent) jointCharge(u int) bool {
	if !s.hasTree || u < 0 || s.tk(u).UPOS != "NOUN" {
		return false
	}
	for c := range s.tree.Tokens {
		// (or the participle right after it, hung on its verb)
		onNoun := s.head(c) == u && s.rel(c, "acl") || c == u+1 && s.head(c) == s.head(u) && s.rel(c, "advcl")
		if !onNoun || !strings.HasSuffix(s.form(c), "ing") {
			continue
		}
		if k := s.itemOfTok(c); k >= 0 {
			if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.typ == briefbot.Accusation {
				return true
			}
		}
	}
	return false
}

// groupWithForeignState reports talks between one armed group and one
// state that are not at odds (the state it fights is its rival): the state
// hosts or mediates, it is no side.
func (s *sent) groupWithForeignState(parts []string) bool {
	if len(parts) != 2 || s.c.rivalsAmong(parts) {
		return false
	}
	a, b := s.c.kind(parts[0]), s.c.kind(parts[1])
	return a == briefbot.Group && b == briefbot.State || a == briefbot.State && b == briefbot.Group
}

// meetingPlace reports "meet" in a clause opened by "where": a place where
// borders or rivers meet.
func (s *sent) meetingPlace(h int) bool {
	if !strings.HasPrefix(s.items[h].text, "meet") {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		if s.items[k].is("where") {
			return true
		}
		if s.items[k].isBoundary() || s.items[k].kind == wordItem && isVerbLike(s.items[k].text) && !s.items[k].is("borders", "frontiers", "boundaries", "rivers") {
			return false
		}
	}
	return false
}

// hyphenPair returns the two actors joined by a hyphen right before the
// noun at h: "the Saudi-Houthi talks".
func (s *sent) hyphenPair(h int) []string {
	k := h - 1
	for k >= 0 && s.items[k].kind == wordItem && !s.items[k].is("-") && k >= h-2 && !s.items[k].is("the", "a") {
		k-- // "the India-Pakistan border clashes"
	}
	if k < 1 || s.items[k].kind != actorItem || strings.Contains(s.text[s.items[k].start:s.items[k].end], "-") {
		return nil // "a US-EU-backed initiative": backers, not sides
	}
	j := k - 1
	if s.items[j].is("-") {
		j--
	}
	if j < 0 || s.items[j].kind != actorItem || !s.items[j].pair {
		return nil
	}
	return []string{s.items[j].actor, s.items[k].actor}
}

// pairAt returns the two actors of the hyphenated pair item k belongs to
// ("Saudi" or "Houthi" in "the Saudi-Houthi talks"), or nil.
func (s *sent) pairAt(k int) []int {
	switch {
	case s.items[k].pair && k+2 < len(s.items) && s.items[k+1].is("-") && s.items[k+2].kind == actorItem:
		return []int{k, k + 2}
	case k >= 2 && s.items[k-1].is("-") && s.items[k-2].kind == actorItem && s.items[k-2].pair:
		return []int{k - 2, k}
	}
	return nil
}

// thirdPartySubject reports a party, none of parts, as the subject of the
// clause of the event noun at h.
func (s *sent) thirdPartySubject(h int, parts []string) bool {
	for _, k := range s.subjectOf(h) {
		if s.items[k].kind == actorItem && !slices.Contains(parts, s.items[k].actor) {
			return true
		}
	}
	return false
}

// mainSubjectPair returns the two parties of the main clause's subject, if
// it names two: "Iran and Pakistan", "the two countries".
func (s *sent) mainSubjectPair() []string {
	if !s.hasTree {
		return nil
	}
	for t := range s.tree.Tokens {
		if s.head(t) >= 0 {
			continue
		}
		if k := s.itemOfTok(t); k >= 0 {
			if m, ok := s.c.lx.longestAt(s.items, k); ok && (m.trig.frame == frameUrge || m.trig.frame == frameCalm || m.trig.frame == frameMediate) {
				return nil // "Egypt and Qatar urged restraint after the exchange of fire": callers, not the sides
			}
			if ids := s.ids(s.subjectOf(k)); len(ids) == 2 {
				return ids
			}
		}
	}
	return nil
}

// governorSubject returns the subject of the verb that governs the noun at
// item k, the parties that take part in what the noun names.
func (s *sent) governorSubject(k int) []int {
	u := s.tokOfItem(k)
	if !s.hasTree || u < 0 {
		return nil
	}
	v := s.head(u)
	for steps := 0; v >= 0 && steps < 2 && isNominal(s.tk(v).UPOS); steps++ {
		v = s.head(v) // "wrapping up two days of talks": through the measure noun
	}
	if v < 0 || s.tk(v).UPOS != "VERB" {
		return nil
	}
	if sb, passive := s.subjTok(v); sb >= 0 && !passive {
		return s.nominalActors(sb, nil)
	}
	return nil
}

// foughtBefore reports fighting at item k named as what came before or
// around the clause's act ("after weeks of fighting with", "amid clashes
// with"), which its subject fought; "condemned the clashes with" names
// another's.
func (s *sent) foughtBefore(k int) bool {
	u := s.tokOfItem(k)
	if !s.hasTree || u < 0 {
		return false
	}
	for steps := 0; u >= 0 && steps < 2; steps++ {
		switch s.caseOf(u) {
		case "after", "following", "amid", "during":
			return true
		}
		u = s.head(u) // "after weeks of fighting": through the measure noun
	}
	return false
}

// mediatorBefore returns the party named as the broker of the act m
// ("the Qatar-brokered ceasefire"), or -1.
func (s *sent) mediatorBefore(m match) int {
	for k := m.end - 2; k >= 0 && k >= m.start-3; k-- { // "held U.S.-mediated talks": inside the phrase too
		if it := &s.items[k]; it.kind == actorItem && it.mediator {
			return k
		}
	}
	// "signed a Russian-brokered deal", "agreed to the EU-brokered deal":
	// the verb's object
	for k := m.end; k < len(s.items) && k <= m.end+2; k++ {
		if it := &s.items[k]; it.kind == actorItem && it.mediator {
			return k
		} else if !it.is("a", "an", "the", "to", "on") {
			break
		}
	}
	return -1
}

// directObjectAt reports the party at k as the object right after the verb
// of m ("confronted Cambodian soldiers", "fought the RSF"), or, as the tree
// reads it, the party its object names ("fought a coalition led by Saudi
// Arabia").
func (s *sent) directObjectAt(m match, k int) bool {
	j := m.end
	for j < k && (s.items[j].is("the", "his", "her", "its", "their") || s.items[j].kind == actorItem && s.items[j].compound) {
		j++
	}
	if j == k {
		return true
	}
	if t := s.tokOfItem(m.start); s.hasTree && t >= 0 {
		if o := s.child(t, "obj"); o >= 0 {
			return slices.Contains(s.nominalActors(o, nil), k)
		}
	}
	return false
}

// announceWords are participles of making a deal known, not of being
// party to it: "a truce proclaimed by Washington". presenceWords are those
// of being there: "talks attended by Brazilian officials"; approvalWords
// are too.
var (
	announceWords = set("proclaimed", "announced", "declared", "proposed", "unveiled", "drafted")
	presenceWords = set("attended", "witnessed", "observed")
)

// dealPartyByAgent returns the by-agent within a few words after from,
// passing over one who only announced or proposed the deal to the agent of
// the participle joined to it: "a truce proclaimed by Washington and
// accepted by Israel and Iran".
func (s *sent) dealPartyByAgent(from int) int {
	a := s.byAgentWithin(from, 3)
	for a >= 0 {
		v := s.byVerb(a)
		if v == "" || !announceWords[v] && !presenceWords[v] && !approvalWords[v] {
			break
		}
		present := !announceWords[v] // who attended or welcomed it is no party: "a deal welcomed by the UN"
		g := s.group(a)
		next := g[len(g)-1] + 1
		if next+1 >= len(s.items) || !s.items[next].is("and") {
			if present {
				return -1 // who attended is no party
			}
			return a
		}
		a = s.byAgentWithin(next+1, 3)
	}
	return a
}

// byVerb returns the word before the "by" that introduces the agent at a:
// "welcomed" in "welcomed by the United Nations".
func (s *sent) byVerb(a int) string {
	if k := s.prevWordAt(a); k >= 1 && s.items[k].is("by") {
		return s.items[k-1].text
	}
	return ""
}

// attemptVerbs take what is tried, not done: "trying to broker a deal";
// dealMakingVerbs make a deal.
var (
	attemptVerbs    = verbClass("try", "seek", "attempt", "work", "strive", "aim", "push", "struggle", "hope", "want")
	dealMakingVerbs = verbClass("secure", "reach", "strike", "forge", "clinch", "seal", "conclude", "finalise", "finalize", "agree")
)

// soughtDeal reports a deal that is the object of a verb of making one
// under a verb of trying: "has been trying to broker a security
// arrangement between Israel and Syria" names a mediation, not a deal.
func (s *sent) soughtDeal(m match) bool {
	if !s.hasTree {
		return false
	}
	u := -1 // the deal's noun: "a security [arrangement]"
	for k := m.start; k < m.end && u < 0; k++ {
		if t := s.tokOfItem(k); t >= 0 && s.rel(t, "obj") {
			u = t
		}
	}
	if u < 0 {
		return false
	}
	v := s.head(u)
	// "to broker" may be read as a noun the verb of trying takes
	if v < 1 || !s.rel(v, "xcomp") && !(lower(s.tk(v-1).Form) == "to" && (s.rel(v, "obl") || s.rel(v, "advcl"))) {
		return false
	}
	g := s.head(v)
	return g >= 0 && attemptVerbs[s.lemma(g)] && (brokerWord(s.form(v)) || dealMakingVerbs[s.lemma(v)])
}

// mediatorNouns name who helps others to a deal.
var mediatorNouns = set("mediator", "mediators", "broker", "brokers", "facilitator", "facilitators")

// mediatingSpeakers returns the parties that report the clause at h as
// its mediators: "..., Qatari and U.S. mediators said".
func (s *sent) mediatingSpeakers(h int) []string {
	k := s.speaker(h)
	if k < 0 {
		return nil
	}
	g := s.group(k)
	if e := g[len(g)-1] + 1; e >= len(s.items) || !mediatorNouns[s.items[e].text] {
		return nil
	}
	// "after months of war in Gaza, Qatari and U.S. mediators said": a
	// place ending the clause is no mediator listed with them
	g = slices.DeleteFunc(g, func(k int) bool { return locativePreps[s.prevWord(k)] })
	return s.ids(g)
}

// observerNouns are sent to watch a meeting, not to be party to it.
var observerNouns = set("observers", "observer", "monitors", "monitor")

// observedOnly reports a meeting at h that its subject only sent observers
// to: "the United States and China sent observers to the Putrajaya
// meeting".
func (s *sent) observedOnly(h int) bool {
	for k := h - 1; k >= 1 && k >= h-4; k-- {
		if s.items[k].is("to", "at") {
			return observerNouns[s.items[k-1].text]
		}
		if s.items[k].kind == wordItem && !s.items[k].is("the", "a", "an") && !s.capitalised(&s.items[k]) {
			return false
		}
	}
	return false
}

// lightBroker returns who brokers the deal noun at h by the verb that
// takes it: "Qatar secured a truce", "Egypt is working to broker a deal".
func (s *sent) lightBroker(h int) []string {
	if lv := s.lightVerb(h); lv >= 0 && brokerWord(s.items[lv].text) {
		return s.ids(s.subjectOf(lv))
	}
	return nil
}

// urgingVerbs ask another party to act: what they ask for has not happened.
var urgingVerbs = verbClass("urge", "call", "press", "ask", "appeal", "implore", "encourage", "demand", "invite")

// urged reports the trigger at item h inside an infinitive an urging verb
// takes: "urged the sides to return to the negotiating table".
func (s *sent) urged(h int) bool {
	u := s.tokOfItem(h)
	for steps := 0; s.hasTree && u >= 0 && steps < 3; steps++ {
		p := s.head(u)
		if p < 0 {
			return false
		}
		if (s.rel(u, "xcomp") || s.rel(u, "advcl") && s.markOf(u) == "to") && urgingVerbs[s.lemma(p)] {
			return true
		}
		if !s.rel(u, "obl") && !s.rel(u, "obj") && !s.rel(u, "nmod") && !s.rel(u, "compound") {
			return false
		}
		u = p // "return to the negotiating table": the noun's verb
	}
	return false
}

// objectSoonAfter reports a party named at k, or after words that only
// gather parties: "with India", "with all its neighbours, including India".
func (s *sent) objectSoonAfter(k int) bool {
	for j := k; j < len(s.items) && j <= k+6; j++ {
		if s.eligibleObject(j) {
			return true
		}
		if !s.items[j].is("all", "of", "its", "their", "both", "neighbours", "neighbors", "neighbouring", "neighboring", ",", "including") {
			return false
		}
	}
	return false
}

// codeConditionalOffer codes a party's calming move made on the condition
// that the other side does the same ("will respect the truce as long as
// Israel does", "if Israel does"): an offer, from the party to the other.
func (s *sent) codeConditionalOffer(m match) bool {
	if m.trig.typ != briefbot.Deescalation || s.negated(m.start) {
		return false
	}
	k := s.offerCondition(m)
	if k < 0 {
		return false
	}
	src, _ := s.sourceOf(m.start, true)
	if len(src) != 1 || src[0] == s.items[k].actor {
		return false
	}
	s.emit(m.trig, src, []string{s.items[k].actor}, nil, 0.6)
	return true
}

// offerCondition returns the party of a reciprocal condition after item
// from, in its clause: "if Israel does", "as long as Israel respects it",
// "provided that Baku does the same"; -1 for none.
func (s *sent) offerCondition(m match) int {
	from := m.end
	if m.trig.frame == frameCalmAct {
		from = m.start + 1 // the act's words may run past its condition
	}
	for k := from; k < len(s.items) && k <= from+10 && !s.items[k].isBoundary(); k++ {
		j := -1
		switch {
		case s.items[k].is("if", "provided", "providing", "once"):
			j = k + 1
		case s.items[k].is("long") && k > 0 && s.items[k-1].is("as", "so") && s.itemIs(k+1, "as"):
			j = k + 2
		}
		if j < 0 {
			continue
		}
		if s.itemIs(j, "that") {
			j++
		}
		// a calming act of one's own may hang on any act of the other's:
		// "would reopen the border if Niger lifted its ban"
		if j+1 < len(s.items) && s.eligibleObject(j) && (s.items[j+1].is("does", "did", "do", "respects", "respected", "reciprocates", "abides", "complies", "honours", "honors", "observes") ||
			m.trig.frame == frameCalmAct && s.items[j+1].kind == wordItem && isVerbLike(s.items[j+1].text)) {
			return j
		}
		return -1
	}
	return -1
}

// oneSidedTruces are the codes of a truce one party declares or keeps
// (data/triggers-deescalation.tsv): it binds that party alone.
var oneSidedTruces = set("declare-truce", "keep-truce")

// agreedToAct reports a verb of agreeing at t whose object is an act to do
// ("agreed to send a fact-finding mission"): with one party agreeing, the
// act, not a deal between parties, is what was agreed.
func (s *sent) agreedToAct(t int) bool {
	x := s.child(t, "xcomp")
	return x >= 0 && s.tk(x).UPOS == "VERB" && s.markOf(x) == "to"
}

// agreedDrills reports an agreement verb at t whose agreed act holds
// military exercises: "agreed to hold joint drills" (not "to suspend
// them").
func (s *sent) agreedDrills(t int) bool {
	x := s.child(t, "xcomp")
	o := s.child(x, "obj")
	return o >= 0 && drillNouns[s.form(o)] && holdVerbs[s.lemma(x)]
}

// holdVerbs hold or widen an exercise.
var holdVerbs = verbClass("hold", "conduct", "stage", "launch", "expand", "increase", "resume", "organise", "organize")

// drillNouns name military exercises.
var drillNouns = set("drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames", "war-games")

// cooperationFields name the field a pact of cooperation covers.
var cooperationFields = set("security", "defence", "defense", "military", "trade", "economic", "cooperation")

// pactNouns name a signed agreement.
var pactNouns = set("pact", "agreement", "deal", "accord", "treaty")

// cooperationPact reports a pact named by its field around the trigger m:
// "a security pact", "the trade deal", "the defence pact Moscow signed".
// ("agreed to strengthen security cooperation": the same, named by its aim)
func (s *sent) cooperationPact(m match) bool {
	for k := max(m.start-1, 0); k+1 < len(s.items) && k <= m.end+2; k++ {
		if s.cooperationFieldAt(k) {
			return true
		}
	}
	if k := m.start - 3; k >= 0 && s.items[m.start-1].kind == actorItem && s.cooperationFieldAt(k) {
		return true // the pact a bare relative clause signs, whatever the parser hangs it on
	}
	for k := m.end; k+1 < len(s.items) && k <= m.end+8 && !s.items[k].isBoundary(); k++ {
		if s.items[k].is("to") && growthVerbs[s.items[k+1].text] && s.partnershipWithin(k+2, 3) >= 0 {
			return true
		}
	}
	return false
}

// cooperationFieldAt reports a field of cooperation at item k naming the
// pact after it: "security pact".
func (s *sent) cooperationFieldAt(k int) bool {
	return s.items[k].kind != actorItem && cooperationFields[s.items[k].text] && k+1 < len(s.items) && pactNouns[s.items[k+1].text]
}

// partnershipWithin returns the partnership noun in the n words from k, or
// -1; its owner may open them ("its military cooperation").
func (s *sent) partnershipWithin(k, n int) int {
	for j := k; j < len(s.items) && j < k+n && (s.items[j].kind == wordItem || s.items[j].poss || s.items[j].is("its", "their")); j++ {
		if partnershipNouns[s.items[j].text] {
			return j
		}
	}
	return -1
}

// growthVerbs grow what two parties already share; partnershipNouns name
// it: "to deepen ties", "to boost defence cooperation".
var (
	growthVerbs      = set("strengthen", "deepen", "boost", "enhance", "expand", "bolster", "broaden", "intensify", "upgrade", "elevate")
	partnershipNouns = set("cooperation", "ties", "relations", "partnership", "coordination", "links", "alliance", "trade")
)

// projectNouns name a joint work of building or investment. (Not words that
// also name what a deal between foes shares or opens: "sharing power", "the
// Hodeidah port", "humanitarian corridors", "tariffs".)
var projectNouns = set("railway", "railways", "rail", "pipeline", "pipelines", "highway", "motorway", "feasibility",
	"transmission", "electricity", "refinery", "investment", "investments")

// projectDeal reports an agreement whose clause names a joint project: "a
// framework for a railway linking Termez to Peshawar".
func (s *sent) projectDeal(m match) bool {
	for k := m.start; k < len(s.items) && k <= m.end+10 && !s.items[k].isBoundary(); k++ {
		if s.items[k].kind == wordItem && projectNouns[s.items[k].text] {
			return true
		}
	}
	return false
}

// brokeredObject reports a deal at h that a verb of mediating right before
// it takes: "brokering the truce".
func (s *sent) brokeredObject(h int) bool {
	for k := max(h-3, 0); k < h; k++ {
		if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.frame == frameMediate && m.end <= h && (m.end == h || m.end+1 == h && s.items[m.end].is("the", "a", "an")) {
			return true
		}
	}
	return false
}
