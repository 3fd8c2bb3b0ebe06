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
		if s.auxiliaryHead(m) || s.modifiesNextAct(m) || s.namesBody(m) {
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
	s.codeSimilarMeasures()
	s.codeProtestedIntrusions()
	s.foldHostStrikes()
	s.retargetExchange()
	s.codeEllipsis()
	s.codeCleft()
	s.codeDeniedByNegation()
	if s.untargeted == "" {
		s.untargeted = s.answeredDecisionAuthor()
	}
}

// answeredDecisionAuthor returns the party whose decision or move an
// answer phrase names ("in response to New Delhi's decision to revoke
// Kashmir's status"), or "": an act a later judgement may refer to ("the
// move was illegal"), though it had no party for victim.
func (s *sent) answeredDecisionAuthor() string {
	a := s.answerPhraseAfter(0)
	if a < 0 || !s.itemIs(a+1, "to", "for", "against") {
		return ""
	}
	k := a + 2
	if s.itemIs(k, "the") {
		k++
	}
	if k+1 < len(s.items) && s.items[k].kind == actorItem && s.items[k].poss && s.items[k+1].kind == wordItem && decisionNouns[s.items[k+1].text] {
		return s.items[k].actor
	}
	return ""
}

// bodyNouns end the name of a body: "the Joint Investigation Team", "the
// Ceasefire Monitoring Commission".
var bodyNouns = set("team", "commission", "committee", "mechanism", "mission", "council", "centre", "center", "office", "agency", "unit", "board", "panel", "force")

// namesBody reports a trigger in capitals inside a body's name: "the
// Dutch-led Joint Investigation Team" offers no joint investigation.
func (s *sent) namesBody(m match) bool {
	if m.start == 0 || m.end >= len(s.items) || !s.upper(m.start) || !s.upper(m.end) || !bodyNouns[s.items[m.end].text] {
		return false
	}
	return !s.upper(m.start - 1) // (not a headline in capitals throughout)
}

// codeSimilarMeasures codes "France suspended its aid to Niger, following
// similar measures by the EU and the US": the others named as taking the
// same step took it against the same party.
func (s *sent) codeSimilarMeasures() {
	for k := 0; k+3 < len(s.items); k++ {
		if !s.items[k].is("similar", "same", "identical", "matching") || !s.items[k+1].is("measures", "steps", "moves", "action", "sanctions") || !s.items[k+2].is("by") {
			continue
		}
		j := k + 3
		for j+1 < len(s.items) && s.items[j].is("both", "the") {
			j++
		}
		if !s.eligibleObject(j) || len(s.events) == 0 {
			continue
		}
		main := s.events[0]
		if main.Type != briefbot.Escalation && main.Type != briefbot.Deescalation || main.Target == "" {
			continue
		}
		s.trigger = k + 1
		for _, g := range s.group(j) {
			s.add(main.Type, main.Code, main.Intensity, s.items[g].actor, main.Target, nil, 0.5)
		}
	}
}

// codeDeniedByNegation codes "Ukraine accused Iran of supplying the drones,
// and Tehran said Iran had not sent any weapons": a party the article has
// accused, saying it did not do something, denies the charge. (What it
// would not do is an intent, no denial.)
func (s *sent) codeDeniedByNegation() {
	if !s.hasTree {
		return
	}
	for v := range s.tree.Tokens {
		if s.tk(v).UPOS != "VERB" || s.rel(v, "root") || thoughtVerbs[s.lemma(v)] || desireGovernors[s.lemma(v)] || doubtGovernors[s.lemma(v)] {
			continue // ("she did not believe an attack would happen": a view, no act the party denies)
		}
		neg, done := false, false
		for c := range s.tree.Tokens {
			if s.head(c) != v {
				continue
			}
			switch f := s.form(c); {
			case f == "never" || f == "not" || f == "n't":
				neg = true
				done = done || f == "never"
			case s.rel(c, "aux") && (f == "had" || f == "has" || f == "have" || f == "did" || f == "was" || f == "were"):
				done = true
			}
		}
		sb, pass := s.subjTok(v)
		spSubj := s.speakerTok(v) // "Tehran said ...", "..., the ministry said"
		if sb < 0 || pass || spSubj < 0 || !done || !neg && !s.negatedNoun(sb) {
			continue // (a subject negates too: "no forces had entered")
		}
		subj, speaker := s.ids(s.nominalActors(sb, nil)), s.ids(s.nominalActors(spSubj, nil))
		if len(subj) == 0 && (forceNouns[s.form(sb)] || unitNouns[s.form(sb)]) {
			subj = speaker // forces or craft of no party named: "Beijing said the aircraft had not entered", its own
		}
		if len(subj) != 1 || len(speaker) != 1 || subj[0] != speaker[0] || slices.ContainsFunc(s.events, func(e briefbot.Event) bool { return e.Type == briefbot.Denial && e.Source == subj[0] }) {
			continue
		}
		for _, acc := range s.aggressors(subj, briefbot.Accusation) {
			s.add(briefbot.Denial, "deny", -1, subj[0], acc, nil, 0.6)
		}
	}
}

// thoughtVerbs tell what a party thinks, knows or foresees.
var thoughtVerbs = verbClass("believe", "think", "know", "anticipate", "foresee", "see", "understand", "fear", "doubt", "imagine")

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
// act of the sentence, or of the sentence before, again: what its first
// party did, not what a participle of it says ("cut ties with Qatar,
// accusing it of ..." is followed in cutting ties), nor the other side's
// half of a mutual act.
func (s *sent) followSuit(k int) {
	followers := s.ids(s.subjectOf(k))
	if len(followers) == 0 {
		return
	}
	var last []briefbot.Event
	for i, e := range s.events {
		if at := s.eventAt[i].trigger; at < k && !s.eventAt[i].background && e.Type != briefbot.Denial && !s.participleAdjunct(at) {
			last = append(last, e)
		}
	}
	if len(last) == 0 {
		for i, e := range s.d.events[s.d.actsFrom:] {
			if i < 64 && s.d.acts&(1<<i) != 0 && slices.Contains(s.d.subjects, e.Source) {
				last = append(last, e)
			}
		}
	}
	if len(last) == 0 {
		return
	}
	first := last[0].Source // the events of the party that acted
	s.trigger = k
	for _, e := range last {
		if e.Source == first {
			s.repeatAs(e, followers)
		}
	}
}

// participleAdjunct reports a participle set off by a comma at item k:
// ", accusing it of", which says why the clause's act was done.
func (s *sent) participleAdjunct(k int) bool {
	return s.isParticiple(k) && s.items[k-1].is(",")
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
			if at.trigger >= k || at.background || e.Source != subject || slices.Contains(other, e.Target) || inRelativeItems(s.items, at.trigger) {
				continue // what the subject did, not what its clause reports of others nor what a relative clause tells of it
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
	if k := s.firstSubjectAt(before); k >= 0 {
		return s.items[k].actor
	}
	return ""
}

// firstSubjectAt returns the item of the first party before item before in
// a subject's place, or -1.
func (s *sent) firstSubjectAt(before int) int {
	for i := range before {
		if s.items[i].kind == actorItem && s.eligibleSubject(i) {
			return i
		}
	}
	return -1
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

// retargetExchange codes a party's release of a state's nationals as a
// release toward the group that released the party's people in return
// ("Hamas freed three Israeli hostages, and Israel released 90 Palestinian
// prisoners"): the exchange is between the two sides that made it, and the
// state whose nationals walked free is the other answer.
func (s *sent) retargetExchange() {
	for i := range s.events {
		e := &s.events[i]
		if e.Code != "prisoner-release" || s.c.kind(e.Target) != briefbot.State {
			continue
		}
		for _, evs := range [][]briefbot.Event{s.events, s.d.events} {
			k := slices.IndexFunc(evs, func(g briefbot.Event) bool {
				return g.Code == "prisoner-release" && g.Target == e.Source && s.c.kind(g.Source) == briefbot.Group
			})
			if k >= 0 {
				e.AltTargets = appendUnique(e.AltTargets, e.Target)
				e.Target = evs[k].Source
				break
			}
		}
	}
}

// namedAsPlace reports the state id named in the sentence only after "in",
// "inside" or "into": where something happened, not who ("bombed a
// Lebanese army post" names the state struck).
func (s *sent) namedAsPlace(id string) bool {
	return s.namedOnlyAs(id, func(k int) bool { return s.prevWord(k) == "in" || s.prevWord(k) == "inside" || s.prevWord(k) == "into" })
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
	if s.notYet(h) || s.undoneNoun(s.tokOfItem(h)) {
		return true
	}
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

// undoneNoun reports an event noun at token t that its verb keeps from
// happening: "talks between Iran and the US were cancelled", "the truce
// collapsed", "a sixth round of talks ... was cancelled".
func (s *sent) undoneNoun(t int) bool {
	if !s.hasTree || t < 0 {
		return false
	}
	if s.rel(t, "nmod") && s.caseOf(t) == "of" && s.head(t) >= 0 && phaseNouns[s.lemma(s.head(t))] {
		t = s.head(t)
	}
	return isNominal(s.tk(t).UPOS) && (s.rel(t, "nsubj:pass") || s.rel(t, "nsubj")) && s.head(t) >= 0 && s.undoes(s.head(t))
}

// notYet reports a trigger at item h that is yet to happen: "has yet to
// reopen its embassy".
func (s *sent) notYet(h int) bool {
	return h >= 2 && s.items[h-1].is("to") && s.items[h-2].is("yet")
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
			if u := s.tokOfItem(k); s.hasTree && u >= 0 && s.relPronoun(u) && s.rel(u, "nsubj") {
				continue // "her remarks that mark the first time the group has blamed Chad": what the comments are, not what they say
			}
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
		if it.kind == wordItem && (reportingVerbs[it.text] || reportingParticiples[it.text]) {
			// "denied involvement and said India was behind it": the claim
			// is the later verb's, negated only by its own "not"
			return k > 0 && s.items[k-1].is("not", "never", "n't")
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
	if s.offered(h) {
		return true // "proposed a meeting", "offered to hold talks": the offer is the calming move
	}
	// "wants to restore ties"; "said it would respect the truce": a
	// party's own word that it will keep the calm
	wish := s.items[h-1].is("to") && s.before(h-1, 1, desireWords, true)
	// ("would move to re-establish relations": the step it will take)
	will := h - 1
	if h >= 3 && s.items[h-1].is("to") && pledgedSteps[s.items[h-2].text] {
		will = h - 3
	}
	pledge := s.items[will].is("would", "will") && !s.speculative && s.saidBefore(will)
	if !wish && !pledge {
		return false
	}
	t, ok := s.c.lx.longestAt(s.items, h)
	return ok && t.trig.typ == briefbot.Deescalation && !s.before(will, 6, doubtWords, true)
}

// offered reports a calming act at item h that the parse makes what a
// party's verb of offering offers: "proposed a meeting with Pyongyang",
// "offered to talk", "offered to hold talks". An offer that is itself
// wished or weighed ("may propose talks") offers nothing yet.
func (s *sent) offered(h int) bool {
	n := s.tokOfItem(h)
	if !s.hasTree || n < 0 {
		return false
	}
	u, p := n, s.head(n) // the offered clause or noun, and the verb of offering
	if p >= 0 && s.rel(u, "obj") && s.rel(p, "xcomp") && s.markOf(p) == "to" {
		u, p = p, s.head(p) // "offered to hold talks": the noun is the object of what is offered
	}
	if p < 0 || !s.rel(u, "obj") && !(s.rel(u, "xcomp") && s.markOf(u) == "to") || !offerVerbs[s.lemma(p)] || s.negatedVerb(p) || s.child(p, "aux") >= 0 {
		return false
	}
	for v := range s.tree.Tokens {
		if s.head(v) == n && s.caseOf(v) == "between" {
			return false // "proposed talks between Israel and Iran": a third party's proposal, no side's move
		}
	}
	t, ok := s.c.lx.longestAt(s.items, h)
	return ok && t.trig.typ == briefbot.Deescalation
}

// offerVerbs offer a calming act to another party.
var offerVerbs = verbClass("propose", "offer", "suggest")

// pledgedSteps take the calming act a party says it will start on: "would
// move to re-establish relations".
var pledgedSteps = set("move", "work", "begin", "start")

// saidBefore reports a reporting verb or "according to" before h: the
// trigger is inside what a party says.
func (s *sent) saidBefore(h int) bool {
	for k := 0; k < h; k++ {
		if it := &s.items[k]; it.kind == wordItem && (reportingVerbs[it.text] || reportingParticiples[it.text] || it.is("according")) {
			return true
		}
	}
	return false
}

// said reports an act at item h that a party reports, before it ("Israel
// said Hezbollah fired") or after it ("\"... fired on our posts,\" the army
// said"). A speaker after the act reports it only at the end of its
// clause, not as the subject of a clause joined after it ("infiltrating
// towns, and Netanyahu declared that Israel was at war").
func (s *sent) said(h int) bool {
	if s.saidBefore(h) {
		return true
	}
	k := s.speaker(h)
	if k <= h {
		return false
	}
	for k--; k > h && s.items[k].kind != punctItem && !s.items[k].is("and", "but", "while", "as"); k-- {
	}
	return !s.items[k].is("and", "but", "while", "as")
}

// destinationWords before a party name what a launched weapon was aimed
// at: "drones flying toward Israel", "a missile bound for Riyadh".
var destinationWords = set("toward", "towards", "at", "for", "against", "on")

// codeOwnNegatedAct codes "Russia said its jets did not violate Estonian
// airspace" as Russia's denial: a party reporting that it did not do a
// hostile act, or did not back an armed group ("has never supported these
// groups"). A future or conditional ("would not attack") is no denial.
func (s *sent) codeOwnNegatedAct(m match) {
	h, t := m.start, m.trig
	if !(t.typ == briefbot.Escalation && forceAct(t.frame) || t.frame == frameAbet || t.frame == frameReported) || h < 2 {
		return // (a wrong one reports of oneself negated, "said it had not violated the truce", is denied too)
	}
	if s.passive(h) {
		return // "our airspace was not violated by Russian jets": the subject is the victim, not the actor
	}
	rep := s.reporter(h)
	if len(rep) != 1 {
		return
	}
	if s.items[h-1].is("never") && s.items[h-2].is("will", "would", "shall", "'ll") {
		return // "would never use force against Taiwan": a pledge, no denial
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

// labelledAct reports an act at h named in a free relative by what a party
// says it was: "what it said was Moscow's jamming" is its claim. (What a
// party calls an act, "what it called an unprovoked violation of its
// airspace by Iran", names an act that took place.)
func (s *sent) labelledAct(h int) bool {
	for k := h - 1; k >= 1 && k >= h-7; k-- {
		it := &s.items[k]
		if it.kind == punctItem || it.isBoundary() {
			return false
		}
		if it.is("was", "were", "is", "are") && s.items[k-1].is("said", "says", "claimed", "claims", "believed", "believes") {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if s.items[j].is("what") {
					return true
				}
			}
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
	if typ == briefbot.Escalation && tgt != "" && s.c.ground(src) == tgt && s.c.home(src) != "" && s.onlyPlace(tgt) {
		// "Hamas claimed an ambush in Khan Younis": on its own ground a
		// group strikes the state it fights, not the place's
		tgt = s.c.home(src)
		if src == tgt {
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
func (s *sent) clauseOf(t int) int { return s.clauseHeadOf(t, "acl", "advcl") }

// clauseHeadOf returns the nearest head at or above token t whose relation
// is one of rels (or a subtype), or -1.
func (s *sent) clauseHeadOf(t int, rels ...string) int {
	for c, steps := t, 0; c >= 0 && steps < 12; c, steps = s.head(c), steps+1 {
		for _, r := range rels {
			if s.rel(c, r) {
				return c
			}
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

// aboutSport reports a sentence with two or more words of sports reporting
// (one, after a sentence about a game), counted once.
func (s *sent) aboutSport() bool {
	if s.sport == 0 {
		s.sport = 1 + s.c.sportsWords(s.items)
	}
	return s.sport > 2 || s.d.sport && s.sport > 1
}

// codeTrigger codes one trigger: negated, hypothetical, hedged and
// unconfirmed ones are dropped, then its frame finds the parties.
func (s *sent) codeTrigger(m match) {
	if v := s.tokOfItem(m.start); m.verb != nil && s.hasTree && v >= 0 && s.tk(v).UPOS == "VERB" && s.child(v, "nsubj") >= 0 && !strings.HasSuffix(s.form(v), "ing") {
		m.trig = m.verb // "Israel and the United States strike Iranian sites": the parse finds the verb the words did not
	}
	if s.nounAsVerb(m) {
		return // "would deal firmly with any provocation": the verb, no deal
	}
	t := m.trig
	if t.headLast {
		// "Mali's airspace was violated": the participle heads the phrase,
		// and the times of its clause ("the embargo imposed on Cuba in
		// 1962") are the act's
		m.start = m.end - 1
		s.trigger = m.start
	}
	h := m.start
	if (t.typ == briefbot.Escalation || t.typ == briefbot.Deescalation) && s.aboutSport() {
		return // "led a relentless Argentine attack in the first half": play, not force; "a quarter-final meeting with the hosts": a fixture, no talks
	}
	if v := s.tokOfItem(h); m.end-m.start == 1 && v >= 0 && s.tk(v).UPOS == "PROPN" && s.rel(v, "flat") {
		return // "U.S. charge d'affaires Mike Hammer": a word of a person's name
	}
	if v := s.tokOfItem(h); m.verbOnly && m.end-m.start == 1 && v >= 0 && (s.bareVerbModifier(v) || t.typ != briefbot.Accusation &&
		(s.tk(v).UPOS == "NOUN" && (s.determinedNoun(v) || s.rel(v, "compound")) || s.tk(v).UPOS == "PROPN" && !titleCase(s.text[s.sp.start:s.sp.end]))) {
		// "an office block", "the region's power broker", "the Sahara Press
		// Service": a verb's word read as a noun or a name's word names a
		// thing or a person (a protest so named is still one, but not "a
		// protest crackdown", where it only says what the noun is about)
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
			if t.frame == frameRespond || t.frame == frameThreat {
				s.answeredAttacks(&a) // "could respond to Iran's attack", "could avenge the shelling": the attack is a fact
			}
			return
		}
		if t.typ == briefbot.Escalation && !a.noun && s.wordsNotForce(&a) {
			return // "struck a deal", "fired back at Japan's criticism": words, not force
		}
		switch t.frame {
		case frameAct, frameLaunch, frameWrest, frameDetain, frameApproach, frameRepel, frameMeasure, frameCalmAct, framePledge, frameOrdered, frameDeclared:
			s.codeAct(m)
		case frameNoun:
			s.codeNoun(m)
		case frameDeny, frameNoEvidence:
			s.codeDeny(&a)
		case frameAccuse, frameBlame, frameBlameOn, frameLiesWith, frameAttribute, frameEvidence:
			s.codeAccuse(&a)
		case frameCondemn, frameProtest:
			s.codeCondemn(&a)
		case frameThreat, frameRespond, frameVow, frameDeter, frameUltimatum:
			s.codeThreat(&a)
		}
		return
	}
	if h > 0 && s.items[h-1].kind == wordItem && hedges[s.items[h-1].text] && !s.reportedBySpeaker(h-1) || s.hedgedClause(h) || t.typ == briefbot.Escalation && s.labelledAct(h) {
		return // "an apparent protest", "an alleged strike", "what it said was an attack"
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
		if t.frame == frameBehind && s.before(h, 4, possibleWords, true) {
			return // "said the group may have been responsible": a guess, no charge
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
			// ("failed to agree a ceasefire", but "at the end of a week of
			// talks" did hold them)
			// (nor talks "between" others that a party plans, offers or
			// is ready to host: they have not met)
			if a := s.analyze(m); a.flags&(flagPossible|flagConditional) != 0 || a.noun && (a.flags&flagDesire != 0 || a.flags&flagIntent != 0 && s.itemIs(m.end, "between")) || a.flags&flagNegated != 0 && s.verbDenies(a.head) {
				return
			}
			if t := s.tokOfItem(m.start); t >= 0 && s.calledFor(t) {
				return // "urged Congo and Rwanda to meet": the call's, coded by its own trigger
			}
			if t := s.tokOfItem(m.start); t >= 0 && m.trig.code == "agreement" && s.tk(t).UPOS == "VERB" && s.agreedToAct(t) {
				// "the bloc agreed only to send a mission": one party's
				// decision, coded by its act's own trigger, if any; "Tokyo,
				// Seoul and Washington agreed to hold annual exercises":
				// allies agree on a show of force, not on calm between them
				if len(s.ids(s.subjectOf(m.start))) == 1 || s.agreedDrills(t) {
					return
				}
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

// verbDenies reports a verb at token t, or one that takes it, that says it
// did not happen: "did not agree", "failed to agree a ceasefire", "refused
// talks" (not "at the end of a week of talks", which were held).
func (s *sent) verbDenies(t int) bool {
	for steps := 0; t >= 0 && steps < 3; steps++ {
		if s.tk(t).UPOS == "VERB" && (s.negatedVerb(t) || negGovernors[s.lemma(t)]) {
			return true
		}
		if !s.rel(t, "obj") && !s.rel(t, "xcomp") && !syntaxObl(s.tk(t).Rel) {
			return false
		}
		t = s.head(t)
	}
	return false
}

// bareVerbModifier reports a verb's bare word read as an adjective on the
// noun right after it: "protest" in "a protest crackdown" (not a
// participle, "a mediating role", "shelled towns", nor a message that
// carries the act, "a protest note").
func (s *sent) bareVerbModifier(v int) bool {
	f := s.form(v)
	return s.tk(v).UPOS == "ADJ" && s.rel(v, "amod") && s.head(v) == v+1 && !messageNouns[s.lemma(v+1)] && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "ed")
}

// nounAsVerb reports a trigger the lexicon lists only as a noun whose word
// the tree reads as a verb with an auxiliary, or as a bare infinitive:
// "deal" in "would deal firmly with" (not "leading to skirmishes", a
// plural the tagger misread).
func (s *sent) nounAsVerb(m match) bool {
	u := s.tokOfItem(m.start)
	return s.hasTree && u >= 0 && m.trig.nounOnly && s.tk(u).UPOS == "VERB" &&
		(s.child(u, "aux") >= 0 || s.markOf(u) == "to" && s.form(u) == s.lemma(u))
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
	// ("deployed troops alongside Congolese forces": a partner of any act)
	if len(tg) == 0 || !s.partner(from, tg[0]) || !attackCodes[t.code] && s.prevWord(tg[0]) != "alongside" {
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
	if k < 3 || !s.items[k-1].is("with") || !s.items[k-2].is("border", "borders", "frontier", "frontiers", "boundary", "boundaries") {
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

// jointWords say an act is done with a partner: "joint operations with".
var jointWords = set("joint", "jointly", "together", "coordinated", "combined")

// partner reports an actor at k that joins or is served by the act
// starting at from: "alongside Chad", "joint operations with Chad",
// "together with Chad", "in solidarity with the Palestinians", "in support
// of Hamas".
func (s *sent) partner(from, k int) bool {
	switch s.prevWord(k) {
	case "alongside":
		return true
	case "with":
		for j := k - 1; j >= 0 && j >= from-3; j-- {
			if jointWords[s.items[j].text] || s.items[j].is("solidarity") {
				return true
			}
		}
	case "of":
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if s.items[j].is("support", "behalf", "defence", "defense") && j > 0 && s.items[j-1].is("in", "on") {
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
	answer := s.answerPhraseAfter(m.end)
	cue = cue || answer >= 0
	if !cue && s.hasTree {
		// "staged a bombing drill on an island in the Yellow Sea in
		// response to the launch": the clause's own answer, however far
		v := s.phraseHead(m)
		if v >= 0 && s.rel(v, "obj") {
			v = s.head(v)
		}
		for c := range s.tree.Tokens {
			cue = cue || v >= 0 && s.head(c) == v && syntaxObl(s.tk(c).Rel) && answerCues[s.form(c)]
		}
	}
	if !cue && m.trig.frame == frameMeasure {
		// "suspended the talks a day after an ELN attack": a measure
		// answers the attack that came before it (not "after a UN report
		// was published")
		if a := s.laterAggressor(m.end, src); len(a) == 1 {
			if k := slices.IndexFunc(s.items[m.end:], func(it item) bool { return it.kind == actorItem && it.actor == a[0] }); k >= 0 {
				k += m.end
				for j := k; j < len(s.items) && j <= k+3; j++ {
					if n, ok := s.c.lx.longestAt(s.items, j); ok && n.trig.typ == briefbot.Escalation && attackCodes[n.trig.code] {
						return a
					}
				}
			}
		}
		return nil
	}
	if !cue {
		return nil
	}
	if a := firstOf(s.counterparts(src)); len(a) > 0 {
		return a
	}
	if a := s.referencedAggressor(src); len(a) > 0 {
		return a
	}
	if a := s.laterAggressor(m.end, src); len(a) > 0 {
		return a
	}
	// "resumed loudspeaker broadcasts across the border, in retaliation
	// for the balloons North Korea has flown": whose doing the answered
	// thing is, though the text names no act of theirs (not where it
	// went: "Pelosi's visit to Taiwan")
	for k := answer + 1; answer >= 0 && k < len(s.items) && !s.items[k].isBoundary() && !s.items[k].is(";"); k++ {
		if s.eligibleObject(k) && s.items[k].actorKind != briefbot.IGO && !slices.Contains(src, s.items[k].actor) && !s.items[k-1].is("to", "into", "in", "at", "toward", "towards", "on") {
			return []string{s.items[k].actor}
		}
	}
	return nil
}

// answerPhraseAfter returns the noun of an "in retaliation", "in response"
// or "as a reprisal" phrase in the clause from item from on, or -1.
func (s *sent) answerPhraseAfter(from int) int {
	for k := from; k+1 < len(s.items) && !s.items[k].isBoundary() && !s.items[k].is(";"); k++ {
		if s.items[k].is("in", "as") {
			j := k + 1
			if s.itemIs(j, "a") {
				j++
			}
			if j < len(s.items) && s.items[j].kind == wordItem && answerNouns[s.items[j].text] {
				return j
			}
		}
	}
	return -1
}

// laterAggressor returns the party that a clause after from, opened by
// "after" or "when", makes the subject of its act: "returned fire after
// Afghan forces opened fire".
func (s *sent) laterAggressor(from int, src []string) []string {
	end := from
	for end+1 < len(s.items) && end <= from+8 && !s.items[end].isBoundary() {
		end++
	}
	return s.clauseSubjectAfter(from, end, 3, src, "after", "when")
}

// clauseSubjectAfter returns the first party other than src that is the
// subject of a clause one of markers opens among the items [from, to),
// within reach of the marker.
func (s *sent) clauseSubjectAfter(from, to, reach int, src []string, markers ...string) []string {
	for k := from; k < to; k++ {
		if !s.items[k].is(markers...) {
			continue
		}
		for j := k + 1; j < len(s.items) && j <= k+reach; j++ {
			if s.eligibleSubject(j) && !slices.Contains(src, s.items[j].actor) {
				return []string{s.items[j].actor}
			}
		}
	}
	return nil
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

// namesFoeOf reports a group in the sentence that fights the state
// (homes.tsv).
func (s *sent) namesFoeOf(state string) bool {
	return slices.ContainsFunc(s.items, func(it item) bool {
		return it.kind == actorItem && it.actorKind == briefbot.Group && s.c.home(it.actor) == state
	})
}

// reportedIncursion codes "Lithuania said Belarusian helicopters violated
// its airspace": a violation reported by its victim is also its accusation.
//
// Crossing a line that only divides ("the median line of the Taiwan
// Strait") is reported as a fact of the drills, not charged.
func (s *sent) reportedIncursion(m match, src, targets []string) {
	t, h := m.trig, m.start
	if t.code != "incursion" && !(t.code == "entry" && s.entersSpace(h)) || len(targets) == 0 || !s.saidBefore(h) {
		return
	}
	if m.end-1 > h && s.items[m.end-1].is("line") && s.items[m.end-2].is("median") {
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

// reportedViolation codes "Israel said Hezbollah fired rockets in
// violation of the ceasefire" and "... opened fire without any
// provocation": an act a party reports as breaking a rule, or as
// unprovoked, is also its accusation of the act's author (the writer's own
// "in violation of" accuses no one).
func (s *sent) reportedViolation(t *trigger, h int, src []string) {
	if t.typ != briefbot.Escalation || !s.said(h) {
		return
	}
	for k := h + 1; k < len(s.items) && k <= h+16 && !s.items[k].isBoundary(); k++ {
		inBreach := s.itemIs(k, "in") && s.itemIs(k+1, "violation", "breach", "contravention", "defiance") && s.itemIs(k+2, "of") ||
			s.itemIs(k, "in") && s.itemIs(k+1, "an", "a") && s.itemIs(k+2, "act") && s.itemIs(k+3, "of") // "shelled its positions in an act of aggression"
		// "opened fire without any provocation", "unprovoked", "entered
		// its airspace without permission", "illegally entered"
		wrongly := s.itemIs(k, "unprovoked") || s.itemIs(h-1, "illegally", "unlawfully") ||
			s.itemIs(k, "without") && (unlicensed[s.items[k+1].text] || s.itemIs(k+1, "any", "prior") && k+2 < len(s.items) && unlicensed[s.items[k+2].text])
		if inBreach || wrongly {
			for _, r := range s.reporter(h) {
				for _, a := range src {
					if a != r {
						s.add(briefbot.Accusation, "accuse", -2, r, a, nil, 0.6)
					}
				}
			}
			return
		}
	}
}

// unlicensed name what an act done "without" them lacked: "without
// provocation", "without permission".
var unlicensed = set("provocation", "permission", "authorization", "authorisation", "consent", "clearance", "notice", "notification")

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
		if it.kind != wordItem || !unownedForceWord(it) {
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

// unownedForceWord reports a word that may open a state's forces named
// with no state: "the", "security", "government".
func unownedForceWord(it *item) bool {
	return determiners[it.text] || it.is("security", "government", "federal", "police", "state")
}

// homeOf returns the state a lone group source fights (data/homes.tsv), as
// the target of the act m when it names none, or the state the article
// last told it acted against. An act on armed men of no
// state ("the PKK killed ten militants") falls on no state.
func (s *sent) homeOf(m match, src []string) []string {
	if len(src) != 1 || s.onNonStateMen(m) {
		return nil
	}
	h := s.c.home(src[0])
	if h == "" {
		return nil
	}
	// "al-Shabaab claimed an attack in Kenya. The Somali group said it had
	// targeted the campus": the victim of the group's act the article told
	// of, a state it also fights abroad
	for i := len(s.d.events) - 1; i >= 0; i-- {
		if e := s.d.events[i]; e.Type == briefbot.Escalation && e.Source == src[0] && e.Target != "" && s.c.kind(e.Target) == briefbot.State {
			return []string{e.Target}
		}
	}
	return []string{h}
}

// onNonStateMen reports that the object of the act m is armed men of no
// state: "killed ten militants", "attacked rebels".
func (s *sent) onNonStateMen(m match) bool {
	if t := s.tokOfItem(m.start); s.hasTree && t >= 0 {
		o := s.child(t, "obj")
		return o >= 0 && nonStateHeads[s.form(o)]
	}
	for k := m.end; k < len(s.items) && k <= m.end+4; k++ {
		if it := &s.items[k]; nonStateHeads[it.text] {
			return true
		} else if !quantityWord(it) && !determiners[it.text] {
			return false
		}
	}
	return false
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
			if it.compound || s.hedged[k] || s.private[k] || it.form == FormCity && !s.cityOrganAt(k) {
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
		if it.kind != wordItem || prepositions[it.text] || clauseMarks[it.text] || it.is("the", "a", "an", "and", "of", "amid", "despite") || reportingVerbs[it.text] || s.verbAt(k) && !lightVerbs[it.text] {
			// "an airstrike by Israel on ...": the agent may follow; "Iran
			// says accusations by", "it faced provocations": a verb ends the
			// noun phrase; "targets in Syria after rocket barrage": so does
			// a word of time
			break
		}
	}
	if m.end < len(s.items) && s.items[m.end].is("by") {
		return s.byAgent(m.end)
	}
	if m.start+1 < m.end && s.items[m.start+1].is("by") {
		return s.byAgent(m.start + 1) // "operations [by the Pakistani military] against its fighters": inside the phrase's gap
	}
	if m.trig != nil && entryCodes[m.trig.code] && m.end < len(s.items) && s.items[m.end].is("of") {
		return s.moverOf(m.end + 1)
	}
	return -1
}

// moverOf returns the party named in an of-phrase from item k on an
// entry noun when the way it went follows: "the intrusion of 16 Chinese
// military aircraft into Malaysian airspace" (not "the violation of Greek
// airspace", which names where), or -1.
func (s *sent) moverOf(k int) int {
	mover := -1
	for j := k; j < len(s.items) && j <= k+5; j++ {
		switch {
		case s.items[j].is("into", "across", "over"):
			return mover
		case mover < 0 && s.eligibleObject(j):
			mover = j
		case s.items[j].kind != wordItem || prepositions[s.items[j].text]:
			return -1
		}
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
// (with its agent, or the last of its agents, at agent, or -1), or -1:
// "condemned the Houthi attacks",
// "welcomed the US strikes", "Iran's condemnation of Israeli raids".
func (s *sent) judgedAct(h, agent int) int {
	k := h
	if agent >= 0 && agent < h {
		k = agent
		for k >= 2 && s.items[k-1].is("and", ",", "or") && s.items[k-2].kind == actorItem {
			k -= 2 // "condemned the US and British strikes": the whole list of agents
		}
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
		if it.isBoundary() || s.participleAdjunct(k) && !s.itemIs(k+1, ",", "and", "or") {
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
		if it.is("and", "but") && (s.itemIs(k+1, "that") || k+1 < len(s.items) && s.items[k+1].kind == wordItem && reportingVerbs[s.items[k+1].text]) {
			return k // "would retaliate against the US and that ...", "... and said ...": a second thing said
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
