package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// code finds the triggers of the sentence left to right and codes each.
func (s *sent) code() {
	if n := len(s.items); n > 0 && s.items[n-1].is("?") {
		return // a question asserts nothing
	}
	for i := 0; i < len(s.items); i++ {
		if s.consumed[i] || s.items[i].kind != wordItem {
			continue
		}
		m, ok := s.c.lx.longestAt(s.items, i)
		if !ok {
			continue
		}
		if !s.parsed && m.trig.frame != frameIgnore && s.hasActor() {
			s.parse()
		}
		if s.auxiliaryHead(m) || s.modifiesNextAct(m) {
			continue
		}
		s.trigger = m.start
		s.codeTrigger(m)
		for k := m.start; k < m.end; k++ {
			s.consumed[k] = true
		}
		i = m.end - 1
	}
	s.codeCopularJudgements()
	s.codeOwnedWrongs()
	s.codeProtestedIntrusions()
	s.foldHostStrikes()
	s.codeEllipsis()
	s.codeCleft()
}

// modifiesNextAct reports a one-word trigger that modifies the act noun
// of the next trigger: "bombing raids by the military" is one act, read at
// "raids".
func (s *sent) modifiesNextAct(m match) bool {
	if m.end != m.start+1 || !s.hasTree || m.trig.typ != briefbot.Escalation {
		return false // "hosted talks", "the U.N.-brokered truce": who mediates is more than a modifier
	}
	n, ok := s.c.lx.longestAt(s.items, m.end)
	if !ok || n.trig.typ != m.trig.typ || n.trig.frame == frameIgnore {
		return false
	}
	u, v := s.tokOfItem(m.start), s.tokOfItem(m.end)
	return u >= 0 && v >= 0 && s.head(u) == v && (s.rel(u, "compound") || s.rel(u, "amod"))
}

// codeCleft codes "Manila said it was a Chinese vessel that rammed the
// Philippine ship": a reported act whose author the speaker singles out
// with "it was X that" is also the speaker's charge against X.
func (s *sent) codeCleft() {
	for k := 0; k+3 < len(s.items); k++ {
		if !s.items[k].is("it") || !s.items[k+1].is("was", "is", "were") {
			continue
		}
		j := k + 2
		for j < len(s.items) && j <= k+4 && s.items[j].kind == wordItem && s.items[j].is("a", "an", "the") {
			j++
		}
		if j+2 >= len(s.items) || !s.eligibleObject(j) {
			continue
		}
		e := j + 1
		for e < len(s.items) && e <= j+3 && s.items[e].kind == wordItem && !s.items[e].is("that", "who", "which") {
			e++ // "a Chinese [vessel] that", "Indian [troops] who"
		}
		if e >= len(s.items) || !s.items[e].is("that", "who", "which") {
			continue
		}
		author := s.items[j].actor
		acted := slices.ContainsFunc(s.events, func(ev briefbot.Event) bool { return ev.Type == briefbot.Escalation && ev.Source == author })
		if src := s.reporter(k); acted && len(src) > 0 && !slices.Contains(src, author) {
			s.trigger = e
			s.emit(accuseTrigger, src, []string{author}, nil, 0.6)
		}
	}
}

// followSuit codes the parties that "followed suit" at item k doing the
// last act of the sentence, or of the sentence before, again.
func (s *sent) followSuit(k int) {
	followers := s.ids(s.subjectOf(k))
	if len(followers) == 0 {
		return
	}
	var last []briefbot.Event
	for i, e := range s.events {
		if s.eventAt[i].trigger < k && !s.eventAt[i].background && e.Type != briefbot.Denial {
			last = append(last, e)
		}
	}
	if len(last) == 0 {
		for _, e := range s.d.events {
			if slices.Contains(s.d.subjects, e.Source) && e.Type != briefbot.Denial {
				last = append(last, e)
			}
		}
	}
	if len(last) == 0 {
		return
	}
	first := last[len(last)-1].Source // the events of the last party that acted
	s.trigger = k
	for _, e := range last {
		if e.Source == first {
			s.repeatAs(e, followers)
		}
	}
}

// ellipsisAux are the auxiliaries of a clause that repeats the one before
// it with another subject: "as has the European Union", "as did Canada".
var ellipsisAux = set("has", "have", "had", "did", "does", "do", "is", "are", "was", "were")

// codeEllipsis codes "the United States has listed the PKK as a terrorist
// organisation, as has the European Union": the party after "as" and an
// auxiliary did what the clause before says, to the same target; and
// "Bahrain and Sudan followed suit": they did what the party before did.
func (s *sent) codeEllipsis() {
	for k := 1; k+1 < len(s.items); k++ {
		if s.items[k].is("followed", "follow", "follows") && s.items[k+1].is("suit") {
			s.followSuit(k)
		}
	}
	for k := 1; k+2 < len(s.items); k++ {
		if !s.items[k].is("as") || !s.items[k-1].is(",") || !ellipsisAux[s.items[k+1].text] {
			continue
		}
		j := k + 2
		if s.items[j].is("the") && j+1 < len(s.items) {
			j++
		}
		if !s.eligibleObject(j) {
			continue
		}
		other := s.ids(s.group(j))
		subject := s.firstSubject(k)
		n := len(s.events)
		for i := 0; i < n; i++ {
			e, at := s.events[i], s.eventAt[i]
			if at.trigger >= k || at.background || e.Source != subject || slices.Contains(other, e.Target) {
				continue // what the subject did, not what its clause reports of others
			}
			s.trigger = at.trigger
			s.repeatAs(e, other)
		}
	}
}

// repeatAs adds event e again with each of sources as its source.
func (s *sent) repeatAs(e briefbot.Event, sources []string) {
	for _, o := range sources {
		if o != e.Source && o != e.Target {
			s.add(e.Type, e.Code, e.Intensity, o, e.Target, e.AltTargets, e.Confidence)
		}
	}
}

// firstSubject returns the first party before item before in a subject's
// place, or "".
func (s *sent) firstSubject(before int) string {
	for i := range before {
		if s.items[i].kind == actorItem && s.eligibleSubject(i) {
			return s.items[i].actor
		}
	}
	return ""
}

// foldHostStrikes merges the two events one strike gives when the sentence
// names both the group struck and the state it is in ("carried out air
// strikes inside Afghanistan, targeting hideouts of the Hafiz Gul Bahadur
// group"): the conventions code the group, the state its alternative.
func (s *sent) foldHostStrikes() {
	for i := 0; i < len(s.events); i++ {
		e := &s.events[i]
		if e.Type != briefbot.Escalation || s.c.kind(e.Target) != briefbot.State || !s.namedAsPlace(e.Target) {
			continue
		}
		j := slices.IndexFunc(s.events, func(g briefbot.Event) bool {
			return g.Type == briefbot.Escalation && g.Source == e.Source && s.c.kind(g.Target) == briefbot.Group && attackCodes[g.Code] && attackCodes[e.Code]
		})
		if j < 0 {
			continue
		}
		s.events[j].AltTargets = appendUnique(s.events[j].AltTargets, e.Target)
		s.events = slices.Delete(s.events, i, i+1)
		s.eventAt = slices.Delete(s.eventAt, i, i+1)
		i--
	}
}

// namedAsPlace reports the state id named in the sentence only after "in",
// "inside" or "into": where something happened, not who ("bombed a
// Lebanese army post" names the state struck).
func (s *sent) namedAsPlace(id string) bool {
	named := false
	for k := range s.items {
		if s.items[k].kind != actorItem || s.items[k].actor != id {
			continue
		}
		if p := s.prevWord(k); p != "in" && p != "inside" && p != "into" {
			return false
		}
		named = true
	}
	return named
}

// auxiliaryHead reports a phrase that begins with a form of "be" the tree
// reads as an auxiliary: in "Israel is holding Lebanon responsible", "is *
// responsible for" is no copula; "holding * responsible" says who blames
// whom.
func (s *sent) auxiliaryHead(m match) bool {
	if m.end-m.start < 3 || !s.items[m.start].is("is", "was", "are", "were", "be") {
		return false
	}
	u := s.tokOfItem(m.start)
	if !s.hasTree || u < 0 || s.tk(u).Rel != "aux" && s.tk(u).Rel != "aux:pass" {
		return false
	}
	for k := m.start + 1; k < m.end; k++ {
		if s.tokOfItem(k) == s.head(u) && connectionParticiples[s.items[k].text] {
			return false // "were linked to the attack": the passive is the phrase's own
		}
	}
	return true
}

// hasActor reports an actor item in the sentence.
func (s *sent) hasActor() bool { return hasActor(s.items) }

// negated reports "did not accuse", "no strikes", "refused to talk"; a
// coordinated verb has its own polarity: "denied the charge and blamed".
func (s *sent) negated(h int) bool {
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		it := &s.items[k]
		if it.is("and", "but") {
			return false
		}
		if it.kind == wordItem && negators[it.text] {
			return true
		}
		if it.isBoundary() || it.text == "," || it.kind == wordItem && subjectBoundaries[it.text] {
			return false
		}
	}
	return false
}

// unconfirmed reports a trigger inside "reports that", "speculation that",
// "rumours of": the writer does not state it.
func (s *sent) unconfirmed(h int) bool {
	for k := h - 1; k > 0 && k >= h-14; k-- {
		it := &s.items[k]
		if it.kind == punctItem || it.is("and", "but") && s.conjoinedBefore(h, k) {
			return false // "dismissed claims that the dam would harm it and accused Cairo": the denier's own act
		}
		if it.is("that", "of") && s.items[k-1].is("reports", "rumours", "rumors", "speculation", "claims", "suggestions", "fears", "remarks", "comments", "concerns", "warnings") {
			return true
		}
		if it.is("that") && s.items[k-1].is("claimed", "claim", "suggested", "suggest", "alleged", "allege", "speculated") && s.reportsSubject(k-1) {
			return true // "some reports claimed that ..."
		}
	}
	return false
}

// conjoinedBefore reports the trigger at h read by the tree as a verb
// conjoined to one before item k: the clause between does not hold it.
func (s *sent) conjoinedBefore(h, k int) bool {
	u := s.tokOfItem(h)
	if !s.hasTree || u < 0 || s.tk(u).Rel != "conj" || s.head(u) < 0 {
		return false
	}
	j := s.itemOfTok(s.head(u))
	return j >= 0 && j < k
}

// reportsSubject reports "reports" or "rumours" as the subject of the
// verb at v: "some reports in the Iranian press initially claimed".
func (s *sent) reportsSubject(v int) bool {
	for k := v - 1; k >= 0 && k >= v-7; k-- {
		it := &s.items[k]
		if it.kind == punctItem || it.is("that", "which") {
			return false
		}
		if it.is("reports", "report", "rumours", "rumors", "rumour", "rumor") {
			return true
		}
	}
	return false
}

// negatedClaim reports a negation anywhere before h in the clause, across
// "that": "there was no sign that Rome was behind it".
func (s *sent) negatedClaim(h int) bool {
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		it := &s.items[k]
		if it.kind == punctItem {
			return false
		}
		if it.kind == wordItem && negators[it.text] {
			return true
		}
	}
	return false
}

// hypothetical reports "could retaliate", "if Iran strikes", "whether".
func (s *sent) hypothetical(h int) bool {
	return s.before(h, 6, hypotheticals, true)
}

// calmingIntent reports a party's own wish to calm ("Pakistan seeks to
// improve relations with India", "sought to ease tensions"), a calming move
// though it is not yet done; a modal or a condition still makes it none.
func (s *sent) calmingIntent(h int) bool {
	if s.items[h].kind != wordItem || h < 2 {
		return false
	}
	// "wants to restore ties"; "said it would respect the truce": a
	// party's own word that it will keep the calm
	wish := s.items[h-1].is("to") && s.before(h-1, 1, desireWords, true)
	pledge := s.items[h-1].is("would", "will") && !s.speculative && s.saidBefore(h-1)
	if !wish && !pledge {
		return false
	}
	t, ok := s.c.lx.longestAt(s.items, h)
	return ok && t.trig.typ == briefbot.Deescalation && !s.before(h-1, 6, doubtWords, true)
}

// saidBefore reports a reporting verb or "according to" before h: the
// trigger is inside what a party says.
func (s *sent) saidBefore(h int) bool {
	for k := 0; k < h; k++ {
		if it := &s.items[k]; it.kind == wordItem && (reportingVerbs[it.text] || it.is("according")) {
			return true
		}
	}
	return false
}

// codeIntercept codes "the army intercepted six RSF drones" and "Israel
// intercepted a missile fired from Yemen": whoever fired what was
// intercepted attacked the interceptor, or the party the text says it was
// fired at ("Jordan intercepted Iranian drones heading for Israel").
func (s *sent) codeIntercept(m match) {
	if m.trig.headLast {
		s.codeDowned(m)
		return
	}
	interceptor, conf := s.sourceOf(m.start, true)
	if len(interceptor) == 0 {
		return
	}
	end := s.objectEnd(m.end, nil)
	for k := m.start + 1; k < end; k++ {
		if s.eligibleObject(k) && !slices.Contains(interceptor, s.items[k].actor) && !locativePreps[s.prevWord(k)] && s.prevWord(k) != "at" {
			target := interceptor
			for j := k + 1; j < end && j <= k+8; j++ {
				if s.eligibleObject(j) && s.items[j].actor != s.items[k].actor && destinationWords[s.prevWord(j)] {
					target = []string{s.items[j].actor}
					break
				}
			}
			s.emit(m.trig, []string{s.items[k].actor}, target, nil, conf*0.8)
			return
		}
	}
}

// codeDowned codes "six Ukrainian drones were shot down (by air defences),
// Russia said": the weapons' owner attacked whoever downed them, named by
// the by-phrase or reporting it.
func (s *sent) codeDowned(m match) {
	h := m.end - 1
	var owner []string
	for k := m.start - 1; k >= 0 && k >= m.start-3 && owner == nil; k-- {
		if s.items[k].kind == actorItem && !s.private[k] {
			owner = []string{s.items[k].actor}
		} else if s.items[k].kind != wordItem || s.items[k].isBoundary() {
			break
		}
	}
	if owner == nil {
		return // "several small drones had been shot down": nobody named attacked
	}
	defender := s.reporter(h)
	if a := s.byAgentWithin(m.end, 3); a >= 0 {
		defender = s.ids(s.group(a))
	}
	defender = without(defender, owner)
	if len(defender) == 0 {
		return
	}
	s.emit(m.trig, owner, defender, nil, 0.6)
}

// destinationWords before a party name what a launched weapon was aimed
// at: "drones flying toward Israel", "a missile bound for Riyadh".
var destinationWords = set("toward", "towards", "at", "for", "against", "on")

// codeNoEvidence codes "Paris said there was no evidence that Rome was
// behind it" as the speaker's denial of the claim.
func (s *sent) codeNoEvidence(m match) {
	h := m.start
	if m.trig.frame != frameBehind && m.trig.frame != frameFiredFirst {
		return
	}
	for k := h - 1; k > 0 && k >= h-12; k-- {
		if s.items[k].kind == punctItem {
			return
		}
		if s.items[k].is("evidence", "indication", "indications", "sign", "signs", "proof") && s.items[k-1].is("no") {
			for _, r := range s.reporter(h) {
				s.add(briefbot.Denial, "deny", -1, r, "", nil, 0.5)
			}
			return
		}
	}
}

// codeOwnNegatedAct codes "Russia said its jets did not violate Estonian
// airspace" as Russia's denial: a party reporting that it did not do a
// hostile act, or did not back an armed group ("has never supported these
// groups"). A future or conditional ("would not attack") is no denial.
func (s *sent) codeOwnNegatedAct(m match) {
	h, t := m.start, m.trig
	if !(t.typ == briefbot.Escalation && forceAct(t.frame) || t.frame == frameAbet) || h < 2 {
		return
	}
	if s.passive(h) {
		return // "our airspace was not violated by Russian jets": the subject is the victim, not the actor
	}
	rep := s.reporter(h)
	if len(rep) != 1 {
		return
	}
	var src []string
	switch {
	case s.items[h-1].is("never") || s.items[h-1].is("not", "n't") && s.items[h-2].is("did", "had", "has", "have", "was", "were", "never", "not", "n't"):
		src = s.ids(s.subjectOf(h))
	case h >= 3 && s.items[h-1].is("to") && s.items[h-2].is("planned", "intended", "meant", "sought", "aimed", "tried") && s.items[h-3].is("not", "n't", "never"):
		src = s.ids(s.subjectOf(h - 2)) // "had not planned to hit any targets in Poland"
	case s.noneOfOwn(h, rep[0]) && s.namedSpeaker(rep[0]):
		src = rep // "Moscow said no Russian troops had crossed", "none of its fighters fired"
	}
	if len(src) != 1 || rep[0] != src[0] {
		return
	}
	accusers := s.aggressors(src, briefbot.Accusation)
	if len(accusers) == 0 {
		accusers = []string{""} // a later accuser may still be found
	}
	for _, a := range accusers {
		s.add(briefbot.Denial, "deny", -1, src[0], a, nil, 0.6)
	}
}

// namedSpeaker reports a speaker of the sentence that names party id
// itself, not by an anaphor ("the ministry said") that may stand for
// another.
func (s *sent) namedSpeaker(id string) bool {
	for _, k := range s.speakers {
		if s.items[k].actor == id && !s.items[k].anaphor {
			return true
		}
	}
	return false
}

// noneOfOwn reports a subject of the verb at h, negated as the analysis
// negates one (negatedNoun), that names party id's forces: "no Russian
// troops had crossed", "none of its fighters fired".
func (s *sent) noneOfOwn(h int, id string) bool {
	t := s.tokOfItem(h)
	if !s.hasTree || t < 0 {
		return false
	}
	sb, _ := s.subjTok(t)
	if sb < 0 || !s.negatedNoun(sb) {
		return false
	}
	return slices.ContainsFunc(s.nominalActors(sb, nil), func(k int) bool { return s.items[k].actor == id })
}

// reportedBySpeaker reports a hedging adverb inside what a named party
// says: "Israel said the Houthis reportedly fired missiles" is Israel's
// claim, hedged by its author, not by the writer.
func (s *sent) reportedBySpeaker(k int) bool {
	if !hedgeAdverbs[s.items[k].text] {
		return false
	}
	for _, sp := range s.speakers {
		if sp < k {
			return true
		}
	}
	return false
}

// hedgedClause reports a verb coordinated with a hedged one: "had allegedly
// breached the border and shelled a village".
func (s *sent) hedgedClause(h int) bool {
	if h == 0 || !s.items[h-1].is("and") {
		return false
	}
	for k := h - 2; k >= 0 && k >= h-10; k-- {
		it := &s.items[k]
		if it.kind == punctItem || it.isBoundary() || it.is("that", "said", "says") {
			return false
		}
		if hedgeAdverbs[it.text] {
			return true
		}
	}
	return false
}

// ids returns the actor IDs of the items idx, without repeats.
func (s *sent) ids(idx []int) []string {
	var out []string
	for _, k := range idx {
		out = appendUnique(out, s.items[k].actor)
	}
	return out
}

// emit records one event per source and target.
func (s *sent) emit(t *trigger, sources, targets, alts []string, conf float64) {
	for _, src := range sources {
		for _, tgt := range targets {
			s.add(t.typ, t.code, t.intensity, src, tgt, alts, conf)
		}
		if len(targets) == 0 && t.typ == briefbot.Denial {
			s.add(t.typ, t.code, t.intensity, src, "", nil, conf)
		}
	}
}

// add records one event unless it lacks a party or repeats one of the
// sentence's clause. (The same act in another clause may be another act:
// "Russia, which invaded Ukraine in 2022, struck Kyiv"; anchor merges the
// repeats that prove to be of one day.)
func (s *sent) add(typ briefbot.EventType, code string, intensity float64, src, tgt string, alts []string, conf float64) {
	if src == "" || src == tgt || (tgt == "" && typ != briefbot.Denial) || typ == briefbot.Escalation && slices.Contains(s.civil, src) {
		return
	}
	for i, e := range s.events {
		if e.Type == typ && e.Source == src && e.Target == tgt && s.sameClause(s.eventAt[i].trigger, s.trigger) {
			return
		}
	}
	var a []string
	for _, x := range alts {
		if x != tgt && x != src {
			a = append(a, x)
		}
	}
	s.events = append(s.events, briefbot.Event{
		Type: typ, Source: src, Target: tgt, AltTargets: a,
		Evidence: s.text[s.sp.start:s.sp.end], Start: s.sp.start, End: s.sp.end,
		Confidence: conf, Code: code, Intensity: intensity,
	})
	s.eventAt = append(s.eventAt, eventMeta{trigger: s.trigger})
}

// sameClause reports triggers at items i and j in one clause of the tree:
// neither inside a relative or adverbial clause the other is not in.
func (s *sent) sameClause(i, j int) bool {
	if !s.hasTree || i == j {
		return true
	}
	return s.clauseOf(s.tokOfItem(i)) == s.clauseOf(s.tokOfItem(j))
}

// clauseOf returns the head of the relative or adverbial clause token t is
// in, or -1 for the main clause (or no token).
func (s *sent) clauseOf(t int) int {
	for c, steps := t, 0; c >= 0 && steps < 12; c, steps = s.head(c), steps+1 {
		if s.rel(c, "acl") || s.rel(c, "advcl") {
			return c
		}
	}
	return -1
}

// addPresupposed records an event that another presupposes, as earlier
// context: the accusation "rejected Pakistan's charge that ..." spells out.
func (s *sent) addPresupposed(typ briefbot.EventType, code string, intensity float64, src, tgt string, conf float64) {
	n := len(s.events)
	s.add(typ, code, intensity, src, tgt, nil, conf)
	if len(s.events) > n {
		s.eventAt[n].background = true
	}
}

// sourceOf returns the acting parties of the predicate at h: its subject,
// else the speaker of the sentence when fallback is set.
func (s *sent) sourceOf(h int, fallback bool) ([]string, float64) {
	if subj := s.subjectOf(h); len(subj) > 0 {
		return s.ids(subj), 0.8
	}
	if fallback && !s.speculative {
		if k := s.speaker(h); k >= 0 {
			return []string{s.items[k].actor}, 0.6
		}
	}
	return nil, 0
}

// aggressors returns who acted against or accused the actors srcs earlier
// in the sentence or article: the natural target of their threats and
// denials.
func (s *sent) aggressors(srcs []string, types ...briefbot.EventType) []string {
	var out []string
	scan := func(evs []briefbot.Event) {
		for i := len(evs) - 1; i >= 0; i-- {
			e := evs[i]
			if slices.Contains(srcs, e.Target) && !slices.Contains(srcs, e.Source) && slices.Contains(types, e.Type) {
				out = appendUnique(out, e.Source)
			}
		}
	}
	scan(s.events)
	if len(out) == 0 {
		scan(s.d.events)
	}
	return out
}

// firstOf keeps the first of several fallback candidates: a guess names
// one party, not all.
func firstOf(list []string) []string {
	if len(list) > 1 {
		return list[:1]
	}
	return list
}

// othersBefore returns the actors before item h other than exclude.
func (s *sent) othersBefore(h int, exclude []string) []string {
	var out []string
	for k := 0; k < h; k++ {
		// a place ("Chad's embassy in Peru") is no party
		if s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && !(s.inPP(k) && locativePreps[s.prevWord(k)]) {
			out = appendUnique(out, s.items[k].actor)
		}
	}
	return out
}

// others returns the actors of the sentence other than exclude, in order;
// a state named as the place of a thing ("the Gaza ceasefire") is none.
func (s *sent) others(exclude []string) []string {
	var out []string
	for k := range s.items {
		if s.otherAt(k, exclude) {
			out = appendUnique(out, s.items[k].actor)
		}
	}
	return out
}

// otherAt reports a party at item k other than exclude, not named as the
// place of a thing ("the Afghan border").
func (s *sent) otherAt(k int, exclude []string) bool {
	placeOfThing := s.statePlaceItem(k) && s.items[k-1].is("the", "a", "an") && k+1 < len(s.items) && s.items[k+1].kind == wordItem && !s.items[k+1].is("and", "or")
	return s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && !placeOfThing
}

// codeTrigger codes one trigger: negated, hypothetical, hedged and
// unconfirmed ones are dropped, then its frame finds the parties.
func (s *sent) codeTrigger(m match) {
	t := m.trig
	if t.headLast {
		m.start = m.end - 1 // "Mali's airspace was violated": the participle heads the phrase
	}
	h := m.start
	if t.typ == briefbot.Escalation && s.c.sportsWords(s.items) >= 2 {
		return // "led a relentless Argentine attack in the first half": play, not force
	}
	if v := s.tokOfItem(h); m.verbOnly && m.end-m.start == 1 && t.typ != briefbot.Accusation && v >= 0 &&
		(s.tk(v).UPOS == "NOUN" && s.determinedNoun(v) || s.tk(v).UPOS == "PROPN" && !titleCase(s.text[s.sp.start:s.sp.end])) {
		// "an office block", "the region's power broker", "the Sahara Press
		// Service": a verb's word read as a noun or a name's word names a
		// thing or a person (a protest so named is still one)
		return
	}
	if sp := s.c.frames[t.frame]; sp != nil {
		a := s.analyze(m)
		if a.flags&sp.drop != 0 {
			if a.flags&(flagNegated|flagPossible|flagModal|flagConditional|flagIntent|flagDesire) != 0 {
				s.codeOwnNegatedAct(m)
				s.codeStoppedCharge(&a, sp)
			}
			if t.typ == briefbot.Accusation && a.head >= 0 && s.hasTree {
				s.consumeContent(a.head, m.end) // "should stop accusing Iraq of harbouring militants": a charge not made states nothing
			}
			if t.frame == frameRespond {
				s.answeredAttacks(&a) // "could respond to Iran's attack": the attack is a fact
			}
			return
		}
		switch t.frame {
		case frameAct, frameLaunch, frameWrest, frameRepel, frameMeasure, frameCalmAct, framePledge, frameOrdered:
			s.codeAct(m)
		case frameNoun:
			s.codeNoun(m)
		case frameDeny, frameNoEvidence:
			s.codeDeny(&a)
		case frameAccuse, frameBlame, frameBlameOn, frameLiesWith, frameAttribute:
			s.codeAccuse(&a)
		case frameCondemn, frameProtest:
			s.codeCondemn(&a)
		case frameThreat, frameRespond, frameVow, frameDeter:
			s.codeThreat(&a)
		}
		return
	}
	if h > 0 && s.items[h-1].kind == wordItem && hedges[s.items[h-1].text] && !s.reportedBySpeaker(h-1) || s.hedgedClause(h) {
		return // "an apparent protest", "an alleged strike"
	}
	if t.frame != frameDeny && s.unconfirmed(h) {
		return // "declined to comment on reports that ..."
	}
	switch t.frame {
	case frameIntent:
	case frameBehind, frameFiredFirst, frameAbet, frameAllege, frameReported:
		if s.negatedClaim(h) {
			s.codeNoEvidence(m)
			s.codeOwnNegatedAct(m) // "the UAE said it has not supplied arms to the RSF"
			return
		}
		if s.before(h, 6, conditionMarks, true) {
			return // "would strike Hezbollah if the group violated the truce": a condition, no charge
		}
	case frameThreat, frameRespond, frameVow, frameWarnOf:
		if s.negated(h) || (s.speculative && s.hypothetical(h)) || s.before(h, 6, threatDoubts, true) {
			return
		}
	default:
		if t.frame == frameMutual && s.codeConditionalOffer(m) {
			return // "would respect the truce as long as Israel does": an offer, whatever its mood
		}
		if (t.frame == frameMutual || t.frame == frameCalm) && s.obliged(h) {
			s.codeObligation(h, t)
			return
		}
		// "should be held accountable" demands, and so accuses
		deontic := t.code == "blame" && s.before(h, 3, obligationWords, true) && !s.before(h, 6, threatDoubts, true)
		if s.negated(h) || s.hypothetical(h) && !s.calmingIntent(h) && !deontic {
			s.codeOwnNegatedAct(m)
			return
		}
	}
	switch t.frame { // the frames the table does not describe
	case frameAllege:
		s.codeAllege(m)
	case frameSummon:
		s.codeSummon(m)
	case frameBehind, frameFiredFirst, frameWarnOf, frameReported:
		s.codeBehind(m)
	case frameAbet:
		s.codeAbet(m)
	case frameProxy:
		s.codeProxy(m)
	case frameAlleged:
		s.codeAlleged(m)
	case frameIntercept:
		s.codeIntercept(m)
	case frameJudge:
		s.codeJudge(m)
	case frameReaction:
		s.codeReaction(m)
	case frameClaimNoun:
		s.codeClaimNoun(m)
	case frameNounAcc:
		s.codeViolation(m)
	case frameClaim, frameClaimedBy:
		s.codeClaim(m)
	case frameMutual, frameClash:
		if s.hasTree {
			// "any talks with Kabul", "a ceasefire could be agreed"; a deal
			// hoped for is none, but a party's wish to act is its intent
			// ("wants to restore ties")
			if a := s.analyze(m); a.flags&(flagPossible|flagConditional) != 0 || a.noun && a.flags&flagDesire != 0 {
				return
			}
		}
		s.codeMutual(&analysis{m: m, head: -1, subj: -1})
	case frameUrge, frameCalm:
		s.codeUrge(&analysis{m: m, head: -1, subj: -1})
	case frameMediate:
		s.codeMediate(&analysis{m: m, head: -1, subj: -1})
	case frameIntent:
		s.codeIntent(&analysis{m: m, head: -1, subj: -1})
	}
	// frameIgnore: a reading that codes nothing, such as the noun "targets".
}

// insideActors returns the actor items a gapped phrase matched over
// ("recalled [Pakistan's] ambassador").
func (s *sent) insideActors(m match, exclude []string) []int {
	var out []int
	for k := m.start + 1; k < m.end; k++ {
		if s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) {
			out = append(out, k)
		}
	}
	return out
}

// hostileObjects returns the objects of an attack, leaving out its
// partners (ties are cut "with" a party, which is its object): "joint operations with Chad against Boko Haram" are against
// Boko Haram; "operations with Chad" alone name no target.
func (s *sent) hostileObjects(t *trigger, from, to int, exclude []string) ([]int, []string) {
	tg, alts := s.objects(from, to, exclude)
	if t.frame == frameLaunch && len(tg) > 0 && (s.prevWord(tg[0]) == "in" || s.prevWord(tg[0]) == "from") {
		return nil, nil // "missiles fired by the Houthis in Yemen": where the launcher is, not what it fires at
	}
	if attackCodes[t.code] && len(tg) > 0 && s.nearBorderWith(tg[0]) {
		return nil, nil // "killed militants in a raid near the border with India": where it happened, not whom it hit
	}
	if !attackCodes[t.code] || len(tg) == 0 || !s.partner(from, tg[0]) {
		return tg, alts
	}
	partners := append(append([]string(nil), exclude...), s.ids(tg)...)
	for k := tg[len(tg)-1] + 1; k < to; k++ {
		if p := s.prevWord(k); s.eligibleObject(k) && (p == "against" || p == "on" || p == "at" || p == "targeting") {
			return s.objects(k, to, partners)
		}
	}
	return nil, nil
}

// nearBorderWith reports an actor at k named as the neighbour across a
// border the act happened near: "near the border with India", "close to
// its frontier with Iran", "10 km from the border with Syria".
func (s *sent) nearBorderWith(k int) bool {
	if k < 3 || !s.items[k-1].is("with") || !s.items[k-2].is("border", "frontier", "boundary") {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-6; j-- {
		switch it := &s.items[j]; {
		case it.is("near", "from", "outside") || it.is("to") && j > 0 && s.items[j-1].is("close"):
			return true
		case it.kind != wordItem || it.isBoundary() || prepositions[it.text]:
			return false
		}
	}
	return false
}

// partner reports an actor at k that joins the act starting at from:
// "alongside Chad", "joint operations with Chad", "together with Chad".
func (s *sent) partner(from, k int) bool {
	switch s.prevWord(k) {
	case "alongside":
		return true
	case "with":
		for j := k - 1; j >= 0 && j >= from-3; j-- {
			if s.items[j].is("joint", "jointly", "together", "coordinated", "combined") {
				return true
			}
		}
	}
	return false
}

// answered returns whom a retaliation with no named target answers: the
// sources' adversary so far ("Pakistan launched retaliatory strikes"),
// else the author of the last act ("mobilised troops in response to the
// raid").
func (s *sent) answered(m match, src []string) []string {
	cue := false
	for k := max(0, m.start-3); k < len(s.items) && k < m.end+3; k++ {
		cue = cue || s.items[k].kind == wordItem && answerCues[s.items[k].text]
	}
	if !cue {
		return nil
	}
	if a := firstOf(s.counterparts(src)); len(a) > 0 {
		return a
	}
	return s.referencedAggressor(src)
}

// struckAtHome reports "had been shot in Caracas" said by Iran: what
// befell a guest in the speaker's own capital is no act of the speaker's.
func (s *sent) struckAtHome(from int, speaker string) bool {
	for k := from; k+1 < len(s.items) && k <= from+2; k++ {
		if s.items[k].is("in") {
			n := &s.items[k+1]
			return n.kind == actorItem && n.actor == speaker && (n.form == FormCapital || n.form == FormCity) && !n.poss
		}
	}
	return false
}

// reportedIncursion codes "Lithuania said Belarusian helicopters violated
// its airspace": a violation reported by its victim is also its accusation.
func (s *sent) reportedIncursion(t *trigger, h int, src, targets []string) {
	if t.code != "incursion" && !(t.code == "entry" && s.entersSpace(h)) || len(targets) == 0 || !s.saidBefore(h) {
		return
	}
	for _, r := range s.reporter(h) {
		if !slices.Contains(targets, r) {
			continue // the victim reports it; "infiltrating ..., and Israel declared" does not
		}
		for _, a := range src {
			s.add(briefbot.Accusation, "accuse", -2, r, a, nil, 0.6)
		}
	}
}

// spaceNouns name the space of a state that entering violates.
var spaceNouns = set("airspace", "skies", "territory", "waters", "soil")

// entersSpace reports an entry at item h into a state's space: "had
// entered Japanese airspace", not "entered the village".
func (s *sent) entersSpace(h int) bool {
	for k := h + 1; k < len(s.items) && k <= h+4 && !s.items[k].isBoundary(); k++ {
		if spaceNouns[s.items[k].text] {
			return true
		}
	}
	return false
}

// stateForcesOn returns the state whose unnamed forces act on a national
// group, and the group: "Police killed nine Maoist rebels" is India
// acting on cpi-maoist. It returns "" unless the subject is a bare force
// noun and the object a group with a home state.
func (s *sent) stateForcesOn(m match) (state, group string) {
	h := m.start
	if s.speculative || h == 0 || !stateForceNouns[s.items[h-1].text] {
		return "", ""
	}
	for k := h - 2; k >= 0 && k >= h-3; k-- {
		it := &s.items[k]
		if it.kind == actorItem || it.is("its", "their", "'s") {
			return "", "" // "its forces", "Hamas forces": the owner is the subject
		}
		if it.kind != wordItem || !(determiners[it.text] || it.is("security", "government", "federal", "police")) {
			break // the noun phrase starts here
		}
	}
	tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), nil)
	if len(tg) != 1 || s.items[tg[0]].actorKind != briefbot.Group {
		return "", ""
	}
	group = s.items[tg[0]].actor
	if state = s.c.home(group); state == "" {
		return "", ""
	}
	return state, group
}

// homeOf returns the state a lone group source fights (data/homes.tsv), as
// the target of an act that names none.
func (s *sent) homeOf(src []string) []string {
	if len(src) != 1 {
		return nil
	}
	if h := s.c.home(src[0]); h != "" {
		return []string{h}
	}
	return nil
}

// afterOpeningPhrase returns the subject after the comma that ends an
// opening phrase starting at from, or nil.
func (s *sent) afterOpeningPhrase(from int) []int {
	for k := from; k < len(s.items); k++ {
		if s.items[k].isBoundary() {
			return nil
		}
		if s.items[k].is(",") {
			for j := k + 1; j < len(s.items) && j <= k+3; j++ {
				if s.eligibleSubject(j) {
					return s.group(j)
				}
			}
			return nil
		}
	}
	return nil
}

// laterBy finds the agent of an appositive participle: ", designated as
// ... by X". It returns the actor after "by", or -1.
func (s *sent) laterBy(m match) int {
	h := m.start
	if !(h == 0 || s.items[h-1].is(",")) || !strings.HasSuffix(s.items[h].text, "ed") {
		return -1
	}
	for k := m.end; k+1 < len(s.items) && k <= m.end+8; k++ {
		it := &s.items[k]
		if it.kind == actorItem || it.isBoundary() || it.is(",") {
			return -1
		}
		if it.is("by") {
			if s.eligibleObject(k + 1) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// nounAgent returns the actor modifying an event noun: "Iran's strike",
// "Israeli strikes", "strikes by Israel"; or -1. In "Russia's Ukraine
// invasion" the possessive is the agent (and the name the victim: see
// premodifiedVictim).
func (s *sent) nounAgent(m match) int {
	h := m.start
	if t := s.tokOfItem(h); s.hasTree && t >= 0 {
		// "Iran's missile and drone attack": the tree finds a possessor the
		// words before the noun hide
		p := s.child(t, "nmod:poss")
		if p < 0 && s.rel(t, "conj") && s.head(t) >= 0 && s.head(t) < t {
			p = s.child(s.head(t), "nmod:poss") // "Iran's missile and drone attack": the possessor of both
		}
		if p >= 0 {
			if k := s.itemOfTok(p); k >= 0 && k < h && s.items[k].kind == actorItem && !s.items[k].compound && !s.hedged[k] && !s.private[k] {
				return k
			}
		}
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		it := &s.items[k]
		if it.kind == actorItem {
			if it.compound || s.hedged[k] || s.private[k] || it.form == FormCity {
				return -1 // "the Mumbai attacks": where, not who
			}
			if v, a := s.premodifiedVictim(h); v == k {
				return a
			}
			if k == h-1 && s.statePlaceItem(k) {
				return -1 // "the Jordan attack": where, not who
			}
			return k
		}
		if it.kind != wordItem || prepositions[it.text] || it.is("the", "a", "an", "and", "of") || reportingVerbs[it.text] || s.verbAt(k) && !lightVerbs[it.text] {
			// "an airstrike by Israel on ...": the agent may follow; "Iran
			// says accusations by", "it faced provocations": a verb ends the
			// noun phrase
			break
		}
	}
	if m.end < len(s.items) && s.items[m.end].is("by") {
		return s.byAgent(m.end)
	}
	if m.start+1 < m.end && s.items[m.start+1].is("by") {
		return s.byAgent(m.start + 1) // "operations [by the Pakistani military] against its fighters": inside the phrase's gap
	}
	return -1
}

// premodifiedVictim returns the bare name between a possessive agent and
// the event noun at h ("Russia's [2022] Ukraine invasion") and the agent,
// or -1, -1.
func (s *sent) premodifiedVictim(h int) (victim, agent int) {
	k := h - 1
	if k >= 0 && s.items[k].kind == wordItem {
		if _, _, ok := s.yearAt(k); !ok {
			return -1, -1
		}
		k--
	}
	if k < 1 || s.items[k].kind != actorItem || s.items[k].form != FormName || s.items[k].poss || s.items[k].compound {
		return -1, -1
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if p := &s.items[j]; p.kind == actorItem {
			if p.poss && p.actor != s.items[k].actor {
				return k, j
			}
			return -1, -1
		}
		if _, _, ok := s.yearAt(j); !ok {
			return -1, -1
		}
	}
	return -1, -1
}

// judgedAct returns the judgement word whose object is the event noun at h
// (with its agent at agent, or -1), or -1: "condemned the Houthi attacks",
// "welcomed the US strikes", "Iran's condemnation of Israeli raids".
func (s *sent) judgedAct(h, agent int) int {
	k := h
	if agent >= 0 && agent < h {
		k = agent
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		it := &s.items[j]
		if it.kind != wordItem {
			return -1
		}
		if judgeWords[it.text] || approvalWords[it.text] {
			return j
		}
		if !actModifiers[it.text] {
			return -1
		}
	}
	return -1
}

// lightVerb returns the verb that governs the event noun at h ("launched an
// unprecedented war", "carried out raids", "joined in with shelling"), or -1.
func (s *sent) lightVerb(h int) int {
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		it := &s.items[k]
		if it.kind != wordItem {
			return -1
		}
		if lightVerbs[it.text] {
			return k
		}
		if it.is("with") && k > 0 && s.items[k-1].is("answered", "responded", "retaliated", "replied", "hit") {
			return k - 1 // "answered with air strikes on Houthi targets"
		}
		if it.is("with") && k > 1 && s.items[k-1].is("on", "ahead") && pressingOn[s.items[k-2].text] {
			return k - 2 // "pressed on with a second day of drills", "went ahead with the strikes"
		}
		if it.is("for") && k > 0 && s.items[k-1].is("notorious", "infamous", "known", "remembered") {
			return k - 1 // "the group is notorious for an assault on ...": the group's assault
		}
		inAfterLight := it.is("in") && k > 0 && lightVerbs[s.items[k-1].text] // "engaged in clashes"
		if (prepositions[it.text] && !it.is("of", "with", "out") && !inAfterLight) || subjectBoundaries[it.text] {
			return -1
		}
	}
	return -1
}

// consume marks items [from, to) as the complement of a trigger: what an
// accusation or denial is about is not itself an event.
func (s *sent) consume(from, to int) {
	for k := from; k < to && k < len(s.items); k++ {
		s.consumed[k] = true
	}
}

// complementEnd returns where the complement starting at from ends: the
// next clause-level boundary.
func (s *sent) complementEnd(from int) int {
	for k := from; k < len(s.items); k++ {
		it := &s.items[k]
		if it.isBoundary() || s.isParticiple(k) && s.items[k-1].is(",") && !(k+1 < len(s.items) && s.items[k+1].is(",", "and", "or")) {
			return k // ", saying ...", not "unprecedented, surprising and barbaric"
		}
		if it.is(",") {
			// only a list of actors ("accused Iran, Russia and China of") or
			// of single words ("called it unprecedented, surprising and
			// barbaric") goes on
			if !(k+2 < len(s.items) && (s.items[k+1].kind == actorItem || s.items[k+1].kind == wordItem && !s.items[k+1].is("and", "or", "but")) && s.items[k+2].is(",", "and", "or")) {
				return k
			}
		}
		if it.is("and", "but") && k+1 < len(s.items) && s.items[k+1].kind == wordItem && !strings.HasSuffix(s.items[k+1].text, "ing") {
			j := k + 1
			for j+1 < len(s.items) && s.items[j].is(clauseAux...) {
				j++ // "... of links to the PKK and has threatened to"
			}
			if _, ok := s.c.lx.longestAt(s.items, j); ok {
				return k // "... as frivolous and accused New Delhi of"
			}
		}
		if it.is("and", "but") && s.hasTree && k+1 < len(s.items) && s.items[from].is("of", "for") {
			if v := s.tokOfItem(k + 1); v >= 0 && s.tk(v).UPOS == "VERB" && s.rel(v, "conj") && s.head(v) >= 0 && s.itemOfTok(s.head(v)) < from {
				return k // "accused Hamas of violating the truce and resumed strikes": the tree joins the verb to one before the complement
			}
		}
		if it.is("and", "but") && k+2 < len(s.items) && s.items[k+1].kind == actorItem && s.items[k-1].kind != actorItem {
			if _, ok := s.c.lx.longestAt(s.items, k+2); ok {
				return k // "blamed Pakistan for the attack and Pakistan denied the claim": a clause of its own
			}
		}
		if it.is("said", "says", "told") && k > 0 && s.items[k-1].kind == actorItem {
			return k
		}
		if it.is("after", "before", "when", "while", "amid", "following", "since", "whereas") {
			// "accused Peru of breaking the truce after a Peruvian raid killed
			// two" states a fact; "summoned the envoy after Russian jets flew
			// over the Baltic" says when, and states no protest
			return k
		}
	}
	return len(s.items)
}

// reciprocal reports "accused each other", "one another".
func (s *sent) reciprocal(from int) bool {
	return from+1 < len(s.items) && (s.items[from].is("each", "the") && s.items[from+1].is("other") || s.items[from].is("one") && s.items[from+1].is("another"))
}

// emitPairs codes an event in each direction between every two parties.
func (s *sent) emitPairs(t *trigger, parts []string, conf float64) {
	if len(parts) > 4 {
		parts = parts[:4]
	}
	for _, a := range parts {
		for _, b := range parts {
			if a != b {
				s.add(t.typ, t.code, t.intensity, a, b, nil, conf)
			}
		}
	}
}

// codeAllege codes "X alleged that Y ...": X accuses the subject of the
// claim, unless X claims its own act.
func (s *sent) codeAllege(m match) {
	if m.start > 0 && (s.items[m.start-1].is("a", "an", "the", "this", "that", "such", "its", "their") || s.items[m.start-1].poss) {
		return // "a claim that ..." is a noun, the claim of someone else; "Israel's alleged strike" a hedge
	}
	if u := s.tokOfItem(m.start); s.items[m.start].is("alleged") && s.hasTree && u >= 0 && (s.rel(u, "amod") || s.tk(u).UPOS == "ADJ") {
		return // "alleged Israeli strikes": a hedge on the act, no charge
	}
	if m.end < len(s.items) && s.items[m.end].is("by") {
		return // "denied it, as alleged by Zambia": the charge the denial names is the denial's to code
	}
	src, conf := s.sourceOf(m.start, false)
	if len(src) == 0 {
		return
	}
	cend := s.complementEnd(m.end)
	for k := m.end; k < cend; k++ {
		if s.items[k].kind == actorItem {
			if slices.Contains(src, s.items[k].actor) {
				return // "saying that its fighters staged the raid": the act itself is coded
			}
			break
		}
	}
	if strings.HasPrefix(s.items[m.start].text, "claim") && s.actIn(m.end, cend) {
		return // "claimed that UAE drones carried out attacks": a reported act, coded as the act
	}
	if w := s.items[m.start].text; (strings.HasPrefix(w, "determin") || strings.HasPrefix(w, "conclud")) && !s.wrongIn(m.end, cend) {
		return // "concluded that the talks were productive": a finding that charges no one
	}
	tg, _ := s.objects(m.end, cend, src)
	if a := s.sponsorAgent(m.end, cend); a >= 0 && !slices.Contains(src, s.items[a].actor) {
		tg = []int{a} // "claiming that the bombers had been trained by Z" accuses Z
	}
	if !s.actIn(m.end, cend) {
		s.consume(m.end, cend) // "alleged that Indian jets struck a mosque" also reports the strike
	}
	s.emit(m.trig, src, s.ids(tg), nil, conf)
}

// actIn reports an act of force named by a verb in [from, to): "that
// drones carried out attacks", "that Russia shelled the town".
func (s *sent) actIn(from, to int) bool {
	for k := from; k < to && k < len(s.items); k++ {
		if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.typ == briefbot.Escalation && forceAct(m.trig.frame) {
			return true
		}
	}
	return false
}

// sponsorAgent returns the by-agent of a passive sponsoring verb in
// [from, to): "the fighters had been trained by Pakistan's military" names
// the accused, not the fighters. It returns -1 when there is none.
func (s *sent) sponsorAgent(from, to int) int {
	for k := from; k < to && k < len(s.items); k++ {
		if s.items[k].kind == wordItem && sponsorPassives[s.items[k].text] && s.passive(k) {
			if a := s.byAgent(k + 1); a >= 0 && a < to {
				return a
			}
		}
	}
	return -1
}

// agentPrep returns the preposition before the actor at k, skipping
// determiners, demonyms and media descriptors: "by" for "by the Iranian
// outlet Nournews".
func (s *sent) agentPrep(k int) string {
	j := k - 1
	skipped := false
	for ; j >= 0 && j >= k-5; j-- {
		it := &s.items[j]
		if it.kind == actorItem && it.form == FormDemonym && j < k-1 {
			continue
		}
		if it.kind == wordItem && (mediaHeads[it.text] || it.is("the", "a", "an", "state", "state-run", "state-owned", "semi-official", "official", "news", "hardline", "online")) {
			skipped = skipped || mediaHeads[it.text]
			continue
		}
		break
	}
	if skipped && j >= 0 && s.items[j].kind == wordItem {
		return s.items[j].text
	}
	return s.prevWord(k)
}

// referencedAggressor returns the source of the latest escalation, in this
// sentence or before, that src did not commit: what "the attack" refers to.
func (s *sent) referencedAggressor(src []string) []string {
	for i := len(s.events) - 1; i >= 0; i-- {
		if e := s.events[i]; e.Type == briefbot.Escalation && !slices.Contains(src, e.Source) {
			return []string{e.Source}
		}
	}
	if s.untargeted != "" && !slices.Contains(src, s.untargeted) {
		return []string{s.untargeted} // "North Korea fired a rocket, which the UN condemned"
	}
	for i := len(s.d.events) - 1; i >= 0; i-- {
		if i < s.d.untargetedAt && s.d.untargeted != "" && !slices.Contains(src, s.d.untargeted) {
			return []string{s.d.untargeted} // an act with no victim came after this event
		}
		if e := s.d.events[i]; e.Type == briefbot.Escalation && !slices.Contains(src, e.Source) {
			return []string{e.Source}
		}
	}
	if s.d.untargeted != "" && !slices.Contains(src, s.d.untargeted) {
		return []string{s.d.untargeted}
	}
	return nil
}

// condemnedAct codes the act a party is condemned for as its own:
// "condemned Iran for the drone strike on its territory" states Iran's
// strike.
func (s *sent) condemnedAct(from, to int, agent string) {
	for k := from; k+1 < to; k++ {
		if !s.items[k].is("for", "over") {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			n, ok := s.c.lx.longestAt(s.items, j)
			if !ok || n.trig.typ != briefbot.Escalation || n.trig.frame != frameNoun {
				continue
			}
			if s.nounAgent(n) >= 0 {
				return // "for Israel's strikes": the noun names its own agent
			}
			tg, alts := s.objects(n.end, s.objectEnd(n.end, nil), []string{agent})
			s.trigger = j
			s.emit(n.trig, []string{agent}, s.ids(tg), alts, 0.6)
			s.consume(n.start, n.end)
			return
		}
		return
	}
}

// condemnedAsFalse codes "X denounced the claim as an illusion" and "a
// claim denounced by X as lies" as X's denial of the claim, and reports
// whether it did.
func (s *sent) condemnedAsFalse(m match) bool {
	end := s.complementEnd(m.end)
	for k := m.end; k+1 < end && k < m.end+maxJudged; k++ {
		if !s.items[k].is("as") {
			continue
		}
		j := k + 1
		for j < end && j <= k+3 && s.items[j].is("a", "an", "the", "mere", "pure", "absolute", "complete", "total", "utter", "baseless",
			"completely", "totally", "entirely", "absolutely", "utterly", "wholly") && s.c.judgementKind(s.items, j) == 0 {
			j++
		}
		if j >= end || s.c.judgementKind(s.items, j) != judgeFalse {
			return false
		}
		var src []string
		from, to := m.end, k
		if a := s.byAgentWithin(m.end, 1); a >= 0 {
			src, from, to = []string{s.items[a].actor}, 0, m.start // "X said ..., a claim denounced by the army as ..."
		} else if src, _ = s.sourceOf(m.start, false); len(src) == 0 {
			return false
		}
		if !s.namesClaim(from, to) {
			return false // "slammed the decision as absurd" judges an act
		}
		s.denyJudged(src, from, to)
		s.consume(m.end, j+1)
		return true
	}
	return false
}

// withActor finds "with X", "to X", "against X" in [from, to).
func (s *sent) withActor(from, to int, exclude []string) int {
	found := -1
	for k := from; k < to; k++ {
		if p := s.prevWord(k); s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && (p == "with" || p == "to" || p == "against") {
			if p == "against" {
				return k // "a complaint with the UN against Ethiopia"
			}
			if s.forumAt(k) {
				continue
			}
			if found < 0 {
				found = k
			}
		}
	}
	return found
}

// codeSummon codes "X summoned Y's envoy to protest" as X accusing Y; a
// summons with no protest is nothing.
func (s *sent) codeSummon(m match) {
	var src, envoyOwner []string
	conf := 0.8
	if m.trig.headLast {
		// "Myanmar's ambassador was summoned by Bangladesh" (or "to the
		// foreign ministry in Dhaka"): the agent or the host summons the
		// envoy's state
		envoyOwner = s.ids(s.subjectOf(m.start))
		if a := s.byAgentWithin(m.end, 4); a >= 0 {
			src = s.ids(s.group(a))
		} else {
			src = s.hostOfEnvoyAfter(m.end)
		}
		if len(src) == 0 {
			src, conf = s.reporter(m.end-1), 0.6 // "Kabul said Pakistan's ambassador had been summoned"
		}
	} else {
		src, conf = s.sourceOf(m.start, false)
		if len(src) == 0 {
			src, conf = s.hostOfEnvoy(m.end), 0.5
		}
	}
	if len(src) == 0 {
		return
	}
	cend := s.complementEnd(m.end)
	cue := false
	for k := m.end; k < cend; k++ {
		if s.items[k].kind == wordItem && protestCues[s.items[k].text] {
			cue = true
		}
	}
	if !cue && cend+1 < len(s.items) && s.items[cend].is("and") {
		// "summoned Myanmar's ambassador and lodged a strong protest": the
		// protest the next clause lodges is this summons' own
		if n, ok := s.c.lx.longestAt(s.items, cend+1); ok && n.trig.typ == briefbot.Accusation && (n.trig.frame == frameProtest || n.trig.frame == frameCondemn) {
			cue = true
		}
	}
	if !cue {
		return
	}
	targets := without(envoyOwner, src)
	if len(targets) == 0 {
		targets = s.ids(s.insideActors(m, src))
	}
	if len(targets) == 0 && s.reciprocal(m.start+1) {
		s.consume(m.end, cend)
		s.emitPairs(m.trig, src, conf) // "Lima and Quito summoned each other's envoys"
		return
	}
	if len(targets) == 0 {
		tg, _ := s.objects(m.end, min(cend, m.end+3), src)
		targets = s.ids(tg)
	}
	// the protest is this event; the act protested is one of its own:
	// "summoned Pakistan's envoy over Pakistan's strikes"
	for k := m.end; k < cend; k++ {
		if s.items[k].kind == wordItem && protestCues[s.items[k].text] {
			s.consumed[k] = true
		}
	}
	s.emit(m.trig, src, targets, nil, conf)
}

// hostOfEnvoy returns the state an envoy summoned at from is posted to:
// "(the ministry summoned) Myanmar's ambassador to Bangladesh", or nil.
func (s *sent) hostOfEnvoy(from int) []string {
	for k := from; k+1 < len(s.items) && k <= from+2; k++ {
		if s.items[k].is("to", "in") && s.eligibleObject(k+1) && s.items[k+1].actorKind == briefbot.State {
			return []string{s.items[k+1].actor}
		}
	}
	return nil
}

// hostOfEnvoyAfter returns the state an envoy is summoned in, named in
// the few words after from: "was summoned to the foreign ministry in
// Dhaka".
func (s *sent) hostOfEnvoyAfter(from int) []string {
	for k := from; k+1 < len(s.items) && k <= from+6 && !s.items[k].isBoundary(); k++ {
		if s.items[k].is("in") && s.eligibleObject(k+1) && s.items[k+1].actorKind == briefbot.State {
			return []string{s.items[k+1].actor}
		}
	}
	return nil
}

// codeStoppedCharge codes "Islamabad should stop blaming Afghanistan"
// said by Afghanistan: the accused who tells its accuser to stop rejects
// the charge.
func (s *sent) codeStoppedCharge(a *analysis, sp *frameSpec) {
	if a.m.trig.typ != briefbot.Accusation || a.head < 0 || !s.hasTree {
		return
	}
	if p := s.head(a.head); p < 0 || !s.rel(a.head, "xcomp") || !stopVerbs[s.lemma(p)] {
		return
	}
	rep := s.reporter(a.m.start)
	accused, _ := s.fill(a, sp, asTarget, nil)
	if len(rep) != 1 || !slices.Equal(accused, rep) {
		return
	}
	accusers, _ := s.fill(a, sp, asSource, rep)
	for _, c := range accusers {
		s.add(briefbot.Denial, "deny", -1, rep[0], c, nil, 0.6)
	}
}

// stopVerbs end what they take: "should stop blaming".
var stopVerbs = set("stop", "cease", "quit")

// codeBehind codes "X said Y was behind ..." (and "X said Y would pay a
// price") from the reporting party to the subject.
func (s *sent) codeBehind(m match) {
	src := s.reporter(m.start)
	if len(src) == 0 {
		return
	}
	tg := s.ids(s.subjectOf(m.start))
	s.emit(m.trig, src, tg, nil, 0.6)
	if m.trig.frame == frameFiredFirst {
		// "Pyongyang said Seoul had fired first": the act is reported by its
		// victim as well as called the start of the fighting
		s.emit(firstFireTrigger, tg, src, nil, 0.6)
	}
}

// reporter returns who reports the clause at h: the speaker before it, or
// the subject of a reporting verb or participle before it ("Sudan cut ties,
// saying ...").
func (s *sent) reporter(h int) []string {
	if k := s.speaker(h); k >= 0 && (k < h && !s.reportingVerbBetween(k, h) || k > h) {
		return s.ids(s.group(k)) // "Hezbollah and the Lebanese authorities said"
	}
	for k := h - 1; k >= 0; k-- {
		it := &s.items[k]
		if it.kind == wordItem && (reportingVerbs[it.text] || it.is("saying", "alleging", "claiming", "insisting", "adding", "arguing", "asserting", "asserts", "argued", "alleged")) {
			subj := s.subjectOf(k)
			if len(subj) == 0 || (!s.isParticiple(k) && s.gapOutsideAppositions(subj[len(subj)-1], k) > 6) {
				return nil // "as local newspapers reported that": no party reports
			}
			return s.ids(subj)
		}
	}
	return nil
}

// gapOutsideAppositions returns k-j not counting the items of an
// apposition between them: "Nournews, a website close to X, reported" has
// its subject next to the verb.
func (s *sent) gapOutsideAppositions(j, k int) int {
	n := k - j
	for i := j + 1; i < k; i++ {
		if s.private[i] && s.hedged[i] {
			n--
		}
	}
	return n
}

// reportingVerbBetween reports another reporting verb between the speaker
// at k and h: "X said ..., as the media reported that Y was behind".
func (s *sent) reportingVerbBetween(k, h int) bool {
	verbs := 0
	for j := k + 1; j < h; j++ {
		if s.items[j].kind == wordItem && reportingVerbs[s.items[j].text] {
			verbs++
		}
	}
	return verbs > 1
}

// codeProxy codes "Indian proxy", said by Pakistan, as Pakistan accusing
// India of using proxies.
func (s *sent) codeProxy(m match) {
	agent := s.nounAgent(m)
	if k := m.start - 1; agent < 0 && k >= 0 && s.items[k].kind == actorItem && !s.items[k].compound && !s.hedged[k] {
		agent = k // "Indian proxy": the name before it, though it names no party of the sentence's acts
	}
	if k := m.end; agent < 0 && k < len(s.items) && s.items[k-1].is("from") && s.eligibleObject(k) {
		agent = k // "provocations coming from the DRC"
	}
	if k := m.end + 1; agent < 0 && k < len(s.items) && s.items[k-1].is("of", "for") {
		if s.items[k].is("the") && k+1 < len(s.items) {
			k++
		}
		if s.eligibleObject(k) {
			agent = k // "a proxy of Iran", "proxies for the UAE"
		}
	}
	if agent < 0 {
		return
	}
	src := s.reporter(m.start)
	if len(src) == 0 {
		if k := s.speaker(m.start); k >= 0 {
			src = []string{s.items[k].actor}
		}
	}
	targets := []string{s.items[agent].actor}
	if subj := s.copularSubject(min(agent, m.start)); subj >= 0 && !slices.Contains(src, s.items[subj].actor) {
		targets = appendUnique(targets, s.items[subj].actor) // "the Houthis are an Iranian proxy": the proxy too
	}
	s.emit(m.trig, src, targets, nil, 0.5)
}

// copularSubject returns the party that is the subject of a copula right
// before item k ("the Houthis are an ..."), or -1.
func (s *sent) copularSubject(k int) int {
	j := k - 1
	if j >= 0 && s.items[j].is("a", "an", "the") {
		j--
	}
	if j < 1 || !s.items[j].is("is", "are", "was", "were") || s.items[j-1].kind != actorItem {
		return -1
	}
	return j - 1
}

// codeAlleged codes "X suspended flights over Y's alleged support of the
// rebels" as X accusing Y.
func (s *sent) codeAlleged(m match) {
	k := m.start + 1
	if k >= m.end || s.items[k].kind != actorItem {
		if k = m.start - 1; k < 0 || !s.items[k].poss {
			return
		}
	}
	src := s.ids(s.subjectOf(m.start))
	if len(src) == 0 {
		src = s.reporter(m.start)
	}
	s.emit(m.trig, src, []string{s.items[k].actor}, nil, 0.5)
}

// codeAbet codes "X said Y was aiding the RSF" as X accusing Y: support
// for an armed group, when reported by a party.
func (s *sent) codeAbet(m match) {
	if s.passive(m.start) && sponsorPassives[s.items[m.start].text] {
		s.codePassiveAbet(m)
		return
	}
	end := s.objectEnd(m.end, nil)
	tg, _ := s.objects(m.end, end, nil)
	if (len(tg) == 0 || s.items[tg[0]].actorKind != briefbot.Group) && !s.armedRecipient(m.end, end) {
		return
	}
	src := s.reporter(m.start)
	if len(src) == 0 {
		return
	}
	accused := s.ids(s.subjectOf(m.start))
	s.emit(m.trig, src, accused, nil, 0.5)
}

// armedRecipients name armed groups in general: "supplied arms to
// terrorist groups", "backed the rebels".
var armedRecipients = set("terrorist", "terrorists", "militant", "militants", "rebel", "rebels", "insurgent",
	"insurgents", "jihadist", "jihadists", "extremist", "extremists", "separatist", "separatists", "militia", "militias")

// armedRecipient reports an armed group named in general within the first
// words of the object [from, to), before any other verb: "(supplied) arms
// to terrorist groups".
func (s *sent) armedRecipient(from, to int) bool {
	for k := from; k < to && k < from+6; k++ {
		it := &s.items[k]
		if it.kind != wordItem || it.isBoundary() || it.is(",", "that", "which", "who", "against") {
			return false
		}
		if armedRecipients[it.text] {
			return true
		}
	}
	return false
}

// codePassiveAbet codes "X reported that the ISIS-K fighters had been
// trained by Z" as X accusing Z: the by-agent sponsored a group.
func (s *sent) codePassiveAbet(m match) {
	a := s.byAgent(m.start + 1)
	if a < 0 || s.hypothetical(m.start) {
		return
	}
	if !s.groupSubject(m.start) {
		return
	}
	src := s.reporter(m.start)
	if len(src) == 0 || slices.Contains(src, s.items[a].actor) {
		return
	}
	s.emit(m.trig, src, []string{s.items[a].actor}, nil, 0.5)
}

// groupSubject reports an armed group, or fighters, as the subject of the
// passive verb at h: "the ISIS-K fighters ... had been trained".
func (s *sent) groupSubject(h int) bool {
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		it := &s.items[k]
		if it.isBoundary() || it.is("that", ",") {
			return false
		}
		if it.kind == actorItem && it.actorKind == briefbot.Group || it.kind == wordItem && groupAnaphors[it.text] {
			return true
		}
	}
	return false
}

// codeViolation codes "X's violation of Y's sovereignty" as Y (or the
// speaker) accusing X.
func (s *sent) codeViolation(m match) {
	agent := s.nounAgent(m)
	if agent < 0 {
		return
	}
	var src []string
	if k := s.speaker(m.start); k >= 0 {
		src = []string{s.items[k].actor}
	} else if in := s.insideActors(m, nil); len(in) > 0 {
		src = s.ids(in)
	}
	s.emit(m.trig, src, []string{s.items[agent].actor}, nil, 0.6)
}
