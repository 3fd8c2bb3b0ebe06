package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// attackWithin reports an attack noun inside the trigger: "came under fire
// from".
func (s *sent) attackWithin(m match) bool {
	for k := m.start; k < m.end; k++ {
		if s.items[k].kind == wordItem && (attackNouns[s.items[k].text] || s.items[k].is("fire", "shelling", "bombardment")) {
			return true
		}
	}
	return false
}

// attackBefore reports an attack named before the participle at item h as
// what it says was done: "the raid, which happened in ..., was staged by",
// or, in the tree, its passive subject ("the bombing that killed a blogger
// had been organised by").
func (s *sent) attackBefore(h int) bool {
	if u := s.tokOfItem(h); s.hasTree && u >= 0 {
		if sb, passive := s.subjTok(u); sb >= 0 && sb < u && passive && attackNouns[s.form(sb)] {
			return true
		}
	}
	for k := h - 1; k >= 0 && k >= h-16; k-- {
		if s.items[k].isBoundary() || s.items[k].is("by") || strings.HasSuffix(s.items[k].text, "ed") {
			return false // "caused by a stray shell fired by" is no attack
		}
		if s.items[k].kind == wordItem && attackNouns[s.items[k].text] {
			return true // "the raid, which happened in ..., was staged by"
		}
	}
	return false
}

// actsHere reports whether id is the source of an event of this sentence,
// or the party it accuses: the denier in "X denied involvement before ISIS
// claimed it" is no victim.
func (s *sent) actsHere(id string) bool {
	for _, e := range s.events {
		// "India blamed Pakistan for the bombing, which was claimed by
		// JeM": the accused is no victim of the act either
		if e.Source == id || e.Type == briefbot.Accusation && e.Target == id {
			return true
		}
	}
	return false
}

// counterparts returns who the actors srcs are in conflict with according
// to the events so far: who struck or accused them, and whom they accused.
func (s *sent) counterparts(srcs []string) []string {
	out := s.aggressors(srcs, briefbot.Escalation, briefbot.Accusation)
	for _, evs := range [][]briefbot.Event{s.events, s.d.events} {
		for _, e := range evs {
			if slices.Contains(srcs, e.Source) && !slices.Contains(srcs, e.Target) && e.Target != "" && (e.Type == briefbot.Accusation || e.Type == briefbot.Escalation) {
				out = appendUnique(out, e.Target)
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// retort reports a verbal answer: "hit back at X, calling ...", "fired
// back that ...".
func (s *sent) retort(m match) bool {
	for k := m.end; k < len(s.items) && k <= m.end+6; k++ {
		it := &s.items[k]
		if it.isBoundary() {
			return false
		}
		if it.is("with") && (s.forceAfter(k+1, 3) || s.measureAfter(k+1, 4)) {
			return false // "hit back with full force" is a threat; "retaliated with a matching tariff", a measure
		}
		if it.is("that") && s.items[k-1].is("and") {
			return false // "would retaliate against X and that ...": a second thing said, no retort
		}
		if it.is("that", "calling", "saying", "accusing", "describing", "dismissing", "rejecting", "denouncing", "branding", "with", "criticising", "criticizing") {
			return true
		}
	}
	return false
}

// measureAfter reports a hostile act or measure among the n items from k:
// "with a matching tariff", "with sanctions".
func (s *sent) measureAfter(k, n int) bool {
	for j := k; j < len(s.items) && j < k+n; j++ {
		if m, ok := s.c.lx.longestAt(s.items, j); ok && m.trig.typ == briefbot.Escalation && m.trig.frame != frameIgnore {
			return true
		}
	}
	return false
}

// forceAfter reports a word of armed force among the n items from k:
// "with full force", "with missiles".
func (s *sent) forceAfter(k, n int) bool {
	for j := k; j < len(s.items) && j < k+n; j++ {
		if s.items[j].kind == wordItem && forceWords[s.items[j].text] {
			return true
		}
	}
	return false
}

var forceWords = set("force", "forces", "strikes", "missiles", "fire", "firepower", "artillery", "attacks", "drones",
	"rockets", "might", "military", "arms", "weapons", "troops", "retaliation", "bombs")

// avengedAttacks codes the attack a threat answers as a fact: "vowed to
// avenge the Indian strikes", "retaliate for Israel's raids" are strikes on
// the source. Attacks yet to come ("respond to any Israeli attack") are not.
func (s *sent) avengedAttacks(from, to int, victims []string) {
	if from > 0 && s.items[from-1].is("avenge", "avenged", "avenging") {
		from-- // the threat's own verb: "would avenge Israel's strike"
	}
	for k := from; k < to && k < len(s.items); k++ {
		answers := s.items[k].is("to") && k > 0 && s.items[k-1].is("respond", "responds", "responded", "responding", "retaliate", "react", "reacted", "response", "reply")
		if !s.items[k].is("avenge", "avenged", "avenging", "for") && !answers {
			continue
		}
		for j := k + 1; j < to && j <= k+7; j++ { // "to Iran's weekend missile and drone attack"
			it := &s.items[j]
			if it.kind == wordItem && (answeredDoubts[it.text] || hedges[it.text]) {
				break
			}
			wrong := it.kind == wordItem && !answeredAttacks[it.text] && s.c.judgementKind(s.items, j) == judgeWrong
			if it.kind != wordItem || !answeredAttacks[it.text] && !wrong {
				continue
			}
			a := s.nounAgent(match{start: j, end: j + 1})
			if a < 0 {
				a = s.originAfter(j) // "to provocation coming from the DRC"
			}
			if a < 0 {
				a = s.relativeAgent(j) // "for the barrage Tehran fired at Israel"
			}
			if a < 0 || a <= k {
				break
			}
			if wrong {
				// "a stern response to the North's provocations": the answered
				// act, called a wrong, accuses its author
				s.emit(accuseTrigger, victims, s.ids(s.group(a)), nil, 0.6)
				break
			}
			for _, id := range s.ids(s.group(a)) {
				for _, v := range victims {
					if id != v {
						s.add(briefbot.Escalation, "strike", -10, id, v, nil, 0.6)
					}
				}
			}
			break
		}
	}
}

// relativeAgent returns the party a relative clause on the act noun at
// item j makes the subject of its verb ("the barrage Tehran fired at
// Israel", "the raid that Kyiv carried out"), or -1.
func (s *sent) relativeAgent(j int) int {
	u := s.tokOfItem(j)
	if !s.hasTree || u < 0 {
		return -1
	}
	for r := range s.tree.Tokens {
		if s.head(r) != u || !s.rel(r, "acl:relcl") || s.tk(r).UPOS != "VERB" {
			continue
		}
		if sb, passive := s.subjTok(r); sb >= 0 && !passive {
			if ks := s.nominalActors(sb, nil); len(ks) > 0 {
				return ks[0]
			}
		}
	}
	return -1
}

// originAfter returns the party an act noun at j is said to come from
// ("provocations coming from the DRC", "attacks from Afghan soil" names
// none: soil is no party), or -1.
func (s *sent) originAfter(j int) int {
	for n := j + 1; n+1 < len(s.items) && n <= j+2; n++ {
		if !s.items[n].is("from") {
			continue
		}
		k := n + 1
		if s.items[k].is("the") && k+1 < len(s.items) {
			k++
		}
		if s.eligibleObject(k) {
			return k
		}
		return -1
	}
	return -1
}

// facingSubject returns the subject of a complement clause from k that
// will suffer the outcome: "(warned that) Iran would face consequences",
// "Kabul will pay a price", "Manila would regret it".
func (s *sent) facingSubject(k int, src []string) []int {
	if s.itemIs(k, "the") {
		k++
	}
	if k >= len(s.items) || !s.eligibleObject(k) || slices.Contains(src, s.items[k].actor) {
		return nil
	}
	g := s.group(k) // "that Washington and London would pay"
	last := slices.Max(g)
	for j := last + 1; j < len(s.items) && j <= last+4; j++ {
		it := &s.items[j]
		if it.kind != wordItem {
			return nil
		}
		if it.is("regret") {
			return g
		}
		if it.is("pay") && s.itemIs(j+1, "for") {
			return g // "would pay for what it called an attack"
		}
		if it.is("face", "faces", "pay", "suffer") {
			for n := j + 1; n < len(s.items) && n <= j+4 && s.items[n].kind == wordItem; n++ {
				if facedOutcomes[s.items[n].text] {
					return g
				}
			}
			return nil
		}
	}
	return nil
}

// threatFollows reports a threat in the words after a warning: "against",
// "consequences", "would respond", "will not tolerate".
func (s *sent) threatFollows(from int) bool {
	for k := from; k < len(s.items) && k <= from+16; k++ {
		it := &s.items[k]
		if it.isBoundary() {
			return false
		}
		if it.kind == wordItem && threatCues[it.text] {
			return true
		}
		if k > from && it.is("to") && s.items[k-1].is("not", "never") && s.eligibleObject(from) {
			return true // "warned Greece not to test Turkey's patience", not "warned its citizens not to travel"
		}
	}
	return false
}

// warnsOfOutcome reports a warning that something else "would drag the
// region into instability": a predicted outcome, not the source's threat.
func (s *sent) warnsOfOutcome(h, from int) bool {
	src := s.ids(s.subjectOf(h))
	for k := from; k+3 < len(s.items) && k <= from+16 && !s.items[k].isBoundary(); k++ {
		if s.thereBe(k, "would", "will", "could", "might", "may") &&
			slices.ContainsFunc(s.items[k+3:min(k+6, len(s.items))], func(it item) bool { return it.kind == wordItem && outcomeNouns[it.text] }) {
			return true // "warned Israel that there would be a catastrophe"
		}
	}
	for k := from; k+1 < len(s.items) && k <= from+6; k++ {
		it := &s.items[k]
		if it.isBoundary() || it.kind == actorItem && (len(src) == 0 || slices.Contains(src, it.actor)) || it.is("it", "we", "if", "unless") {
			return false
		}
		if it.is("would", "will", "could", "might", "may") {
			return outcomeVerbs[s.items[k+1].text]
		}
	}
	return false
}

// breaksDeal reports "violated the ceasefire", "rejected truce proposals".
func (s *sent) breaksDeal(m match) bool {
	if t := s.tokOfItem(m.start); t >= 0 && (s.rel(t, "nsubj") || s.rel(t, "nsubj:pass")) && breakers[s.form(s.head(t))] && !(m.trig.code == "talks" && s.lemma(s.head(t)) == "end") {
		// "the rapprochement, which won him the prize, has unravelled": the
		// deal as the subject of a breaking verb, past a clause on it (but
		// talks that ended, with or without a deal, were held)
		return true
	}
	if t := s.tokOfItem(m.start); t >= 0 && s.rel(t, "acl:relcl") && s.head(s.head(t)) >= 0 {
		// "called off the ceasefire they had agreed with the government":
		// a deal told in a clause on what was broken
		v := s.head(s.head(t))
		if p := s.child(v, "compound:prt"); breakers[s.form(v)] || p >= 0 && s.form(p) == "off" {
			return true
		}
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if s.items[k].kind == wordItem && breakers[s.items[k].text] {
			return true
		}
	}
	for k := m.start + 1; k < m.end-1; k++ {
		if s.items[k].kind == wordItem && breakers[s.items[k].text] {
			return true // "declares end of truce": the gap of the trigger holds its breaking
		}
	}
	for k := m.end; k < len(s.items) && k <= m.end+1; k++ {
		if s.items[k].is("to", ",") {
			break // "an agreement to end the fighting": what the deal does ("restored ties, ending a dispute": what the move did)
		}
		if s.items[k].kind == wordItem && (breakers[s.items[k].text] || s.items[k].is("offer", "offers", "plan", "plans", "bid", "efforts", "effort", "call", "calls", "demands", "talks", "negotiations", "deadline", "proposal", "proposals")) {
			return true
		}
	}
	// the deal as the subject of a breaking verb: "the truce between
	// Israel and Hamas collapsed", "a ceasefire brokered by the US
	// between Armenia and Azerbaijan was broken"
	for k := m.end; k < len(s.items) && k <= m.end+10; k++ {
		it := &s.items[k]
		if it.isBoundary() || it.is(",") || it.kind == wordItem && subjectBoundaries[it.text] {
			return false
		}
		if it.kind == actorItem || it.is("between", "and", "with", "the", "of", "by", "has", "had", "have", "was", "were", "is", "already", "largely", "effectively") || brokerWord(it.text) {
			continue
		}
		return it.kind == wordItem && breakers[it.text]
	}
	return false
}

// inConflict reports whether the sentence or the article so far is about a
// dispute, so that an agreement or a meeting between its parties calms it.
func (s *sent) inConflict() bool {
	for _, e := range s.d.events {
		if e.Type != briefbot.Deescalation {
			return true
		}
	}
	for _, e := range s.events {
		if e.Type != briefbot.Deescalation {
			return true
		}
	}
	return s.anyWord(conflictCues)
}

// anyWord reports whether the sentence holds one of words.
func (s *sent) anyWord(words map[string]bool) bool {
	return slices.ContainsFunc(s.items, func(it item) bool { return it.kind == wordItem && words[it.text] })
}

// betweenBefore reports "between" or "among" opening the phrase that holds
// the actor at k after the trigger m: "talks between the prime minister of
// Pakistan and ...", or the trigger's own last word: "a phone call between".
func (s *sent) betweenBefore(m match, k int) bool {
	from := m.end
	if s.items[m.end-1].is("between", "among") {
		from--
	}
	for j := k - 1; j >= from && j >= k-5; j-- {
		if s.items[j].is("between", "among") {
			return true
		}
		if s.items[j].kind != wordItem || s.items[j].is("and", "with") {
			return false
		}
	}
	return false
}

// looksVerbal reports whether a mutual trigger is a verb ("agreed",
// "clashed", "met") rather than a noun ("the ceasefire").
func (s *sent) looksVerbal(m match) bool {
	w := s.items[m.start].text
	switch w {
	case "agree", "agreed", "agrees", "agreeing", "sign", "signed", "signs", "met", "meet", "meets", "clashed", "clash",
		"fought", "fight", "exchanged", "exchange", "exchanging", "initialled", "initialed", "held", "hold",
		"holds", "resumed", "resume", "resumes", "restored", "restore", "normalised", "normalized", "swapped",
		"swap", "returned", "return", "disengaged", "disengage", "returns", "returning":
		return !(w == "exchange" && m.end-m.start > 1 && s.items[m.start+1].is("of"))
	}
	if m.end-m.start == 1 && strings.HasSuffix(w, "ed") {
		return true // a past tense: "confronted", "skirmished"
	}
	u := s.tokOfItem(m.start)
	if !s.hasTree || u < 0 || s.tk(u).UPOS != "VERB" {
		return false
	}
	if s.child(u, "nsubj") >= 0 {
		return true // a verb with its subject: "re-established relations"
	}
	if sb, _ := s.subjTok(u); sb >= 0 && s.rel(u, "xcomp") {
		return true // an infinitive its controller's subject does: "would move to re-establish relations"
	}
	if strings.HasSuffix(w, "ing") &&
		(m.end-m.start == 1 && (s.rel(u, "root") || s.child(u, "aux") >= 0) || m.start > 0 && s.items[m.start-1].is(",") && (s.rel(u, "conj") || s.rel(u, "advcl")) ||
			s.rel(u, "acl") && s.child(u, "obj") >= 0) {
		// a progressive: "the PKK has been fighting Turkish forces", "troops,
		// who are fighting the group,"; a participle's clause after a
		// comma: "named ambassadors, restoring relations"; one on a noun,
		// with its object: "a coalition fighting the Houthis"
		return true
	}
	return false
}

// codeClaim codes "X claimed responsibility for the attack on Y" as X
// striking Y, finding Y in the sentence or the article.
func (s *sent) codeClaim(m match) {
	h, t := m.start, m.trig
	if n := s.tokOfItem(m.end - 1); t.frame == frameClaim && n >= 0 && (s.rel(n, "nsubj") || s.rel(n, "nsubj:pass")) && s.head(n) != s.tokOfItem(h) {
		return // "claimed the bombing was carried out by Israeli agents": what the claim says of the act, not the act's claim
	}
	var src []string
	if s.items[h].is("come", "comes", "came", "coming") && s.criticised(m) {
		// "Iran came under fire from the US for supplying drones": words
		// of criticism, not fire; "Iranian troops came under fire" is fire
		by := m.end
		if by+1 < len(s.items) && s.items[by].is("the") {
			by++
		}
		if by < len(s.items) && s.eligibleObject(by) {
			if sb := s.ids(s.subjectOf(h)); len(sb) > 0 && !slices.Contains(sb, s.items[by].actor) {
				s.emit(accuseTrigger, s.ids(s.group(by)), sb, nil, 0.6)
			}
		}
		return
	}
	if t.frame == frameClaimedBy && !s.attackBefore(h) && !s.attackWithin(m) {
		if s.items[h].is("orchestrated", "engineered", "masterminded", "instigated") || orderWords[s.items[h].text] && s.incidentSubject(h) {
			// "arrivals of migrants, which Finland says were orchestrated by
			// Moscow", "said the blaze had been ordered by Russian
			// intelligence": a charge by the speaker
			if by := s.byAgentWithin(m.end-1, 3); by >= 0 {
				if sp := s.reporter(h); len(sp) > 0 && !slices.Contains(sp, s.items[by].actor) {
					s.emit(accuseTrigger, sp, s.ids(s.group(by)), nil, 0.6)
				}
			}
		}
		return // "exercises conducted by Japan"
	}
	if t.frame == frameClaimedBy {
		for k := m.end; k < len(s.items) && k <= m.end+6; k++ {
			if locativePreps[s.prevWord(k)] {
				break // "carried out by gunmen based in Afghanistan": where the agents are, no agent
			}
			if s.items[k].kind == punctItem || s.items[k].is("and", "or", "that", "which", "who") {
				break // (but "claimed by the Sunni militant group Jaish al-Adl" names it after its description)
			}
			if s.eligibleObject(k) && !s.hedged[k] {
				src = []string{s.items[k].actor}
				break
			}
		}
		if len(src) == 0 {
			src = s.ids(s.insideActors(m, nil)) // "came under Russian shelling from the air"
		}
	} else {
		src = s.ids(s.subjectOf(h))
	}
	if len(src) == 0 {
		return
	}
	if t.frame == frameClaimedBy && s.attributedBy(h, src) {
		return
	}
	end := s.objectEnd(m.end, nil)
	tg, alts := s.objects(m.end, end, src)
	targets := s.ids(tg)
	if v := s.harmedBySubject(h, src); t.frame == frameClaimedBy && len(v) > 0 {
		targets, alts = v, nil // "bombings claimed by Islamic State outside Kabul airport killed 13 US troops": whom they killed, not where
	}
	if len(targets) == 0 && t.frame == frameClaimedBy {
		for k := m.end; k < len(s.items); k++ {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) && !s.inPP(k) || s.items[k].owner {
				targets = []string{s.items[k].actor}
				break
			}
		}
	}
	if t.frame != frameClaimedBy && (len(targets) == 0 || s.placesOnly(tg)) {
		// "claimed a bombing that killed 40 Indian police"; "a bombing
		// outside Kabul airport that killed 13 US troops": whom it killed,
		// not where
		if v := s.relativeVictims(h, src); len(v) > 0 {
			targets, alts = v, nil
		}
	}
	for k := m.start + 1; len(targets) == 0 && k < m.end-1; k++ {
		// "claimed the Kabul attack", "the Nairobi mall attack": the city
		// the act is named after is where it fell
		if it := &s.items[k]; it.kind == actorItem && (it.form == FormCapital || it.form == FormCity) && !slices.Contains(src, it.actor) {
			targets = []string{it.actor}
		}
	}
	if len(targets) == 0 && t.frame == frameClaimedBy {
		// "a car bombing in Lima claimed by the group": the nearest place
		for k := h - 1; k >= 0 && k >= h-4; k-- {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) {
				targets = []string{s.items[k].actor}
				break
			}
		}
	}
	for v := 0; len(targets) == 0 && v < s.tokOfItem(h); v++ {
		// "struck crowds outside Kabul airport, killing 13 US troops, and
		// Islamic State claimed responsibility": whom the act killed
		targets = s.harmedBy(v, src)
	}
	if len(targets) == 0 {
		// a party named before: "... struck near the airport, the Israeli
		// military said; the Houthis claimed responsibility" (where the act
		// came from, "a missile fired from Yemen", is no victim, nor is a
		// pronoun: "failed to bring it down")
		for k := 0; k < h; k++ {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) && !s.actsHere(s.items[k].actor) && s.prevWord(k) != "from" && !isPronoun(&s.items[k]) {
				targets = []string{s.items[k].actor}
				break
			}
		}
	}
	if len(targets) == 0 {
		// "X claimed the ambush, and Chad's interior minister vowed ...": the
		// state the sentence names
		for k := m.end; k < len(s.items); k++ {
			// its organs or people: "Chad's interior minister", "Nigerian troops"
			if it := &s.items[k]; s.eligibleObject(k) && it.actorKind == briefbot.State && (it.poss || it.form == FormDemonym) && !slices.Contains(src, it.actor) {
				targets = []string{it.actor}
				break
			}
		}
	}
	if len(targets) == 0 {
		// "claimed a raid that killed nine guards in Chad": the place
		for k := m.end; k < s.complementEnd(m.end); k++ {
			if it := &s.items[k]; s.eligibleObject(k) && it.actorKind == briefbot.State && locativePreps[s.prevWord(k)] && !slices.Contains(src, it.actor) {
				targets = []string{it.actor}
				break
			}
		}
	}
	if len(targets) == 0 {
		// "Three Americans were killed by al-Shabaab in Kenya. The group
		// claimed the attack": its attack already told
		targets = s.lastStruck(src, true)
	}
	if len(targets) == 0 {
		targets = s.homeOf(m, src) // "the TTP claimed the bombing": Pakistan
	}
	if len(targets) == 0 {
		targets = s.lastStruck(src, false)
	}
	if len(targets) == 0 {
		for i := len(s.d.actors) - 1; i >= 0; i-- {
			if a := s.d.actors[i]; a.kind == briefbot.State && !slices.Contains(src, a.id) {
				targets = []string{a.id}
				break
			}
		}
	}
	s.emit(t, src, targets, alts, 0.7)
}

// lastStruck returns the target of the article's latest escalation that
// struck none of src, and when own one src carried out: the attack a claim
// refers to.
func (s *sent) lastStruck(src []string, own bool) []string {
	for i := len(s.d.events) - 1; i >= 0; i-- {
		if e := s.d.events[i]; e.Type == briefbot.Escalation && !slices.Contains(src, e.Target) && (!own || slices.Contains(src, e.Source)) {
			return []string{e.Target}
		}
	}
	return nil
}

// harmedBySubject returns the parties whose people the act noun that the
// participle at h describes killed or wounded as the subject of a verb of
// harm: "bombings claimed by Islamic State killed 13 US troops".
func (s *sent) harmedBySubject(h int, src []string) []string {
	v := s.tokOfItem(h)
	if !s.hasTree || v < 0 || !s.rel(v, "acl") {
		return nil
	}
	return s.harmedVictims(s.head(v), src)
}

// harmedVictims returns the parties other than src whose people a verb of
// harm, whose subject is the noun at n, killed or wounded: "bombings ...
// killed 13 US troops".
func (s *sent) harmedVictims(n int, src []string) []string {
	if n < 0 || !s.rel(n, "nsubj") {
		return nil
	}
	return s.harmedBy(s.head(n), src)
}

// placesOnly reports object items that all name where something was, in
// a phrase with a preposition of place: "outside [Kabul] airport".
func (s *sent) placesOnly(objs []int) bool {
	for _, k := range objs {
		t := s.tokOfItem(k)
		for t >= 0 && s.rel(t, "compound") {
			t = s.head(t)
		}
		if t < 0 || !placePreps[s.caseOf(t)] {
			return false
		}
	}
	return len(objs) > 0
}

// relativeVictims returns the parties whose people the act claimed at h
// harmed, as its relative clause tells: "claimed a suicide bombing that
// killed 40 Indian paramilitary police".
func (s *sent) relativeVictims(h int, src []string) []string {
	v := s.tokOfItem(h)
	if !s.hasTree || v < 0 {
		return nil
	}
	act := s.child(v, "obj")
	if act < 0 {
		return nil
	}
	for r := act + 1; r < len(s.tree.Tokens); r++ {
		if s.head(r) == act && s.rel(r, "acl:relcl") {
			if out := s.harmedBy(r, src); out != nil {
				return out
			}
		}
	}
	return nil
}

// harmedBy returns the parties other than src that the object of the verb
// of harm at v names ("killed 13 US troops"), or nil when v is no such verb
// with an object.
func (s *sent) harmedBy(v int, src []string) []string {
	if v < 0 || !harmVerbs[s.lemma(v)] {
		return nil
	}
	o := s.child(v, "obj")
	if o < 0 {
		return nil
	}
	return without(s.ids(s.nominalActors(o, nil)), src)
}

// attributedBy codes "U.S. officials said the bombings were carried out by
// ISIS-K" like "X said Y was behind it": an accusation by the reporter, and
// no strike the text states itself. It reports whether it coded one.
func (s *sent) attributedBy(h int, src []string) bool {
	if h < 2 || !s.items[h-1].is("was", "were", "been", "is", "are") {
		return false // "an attack claimed by X": no clause attributes it
	}
	said := false
	for k := h - 2; k >= 0 && k >= h-8 && !said; k-- {
		it := &s.items[k]
		if it.kind == punctItem || it.is("after", "before", "when", "while", "as", "since") {
			return false // "said ..., hours after a bombing was claimed by X"
		}
		said = it.kind == wordItem && reportingVerbs[it.text]
	}
	if u := s.tokOfItem(h); !said && s.hasTree && u >= 0 && s.rel(u, "ccomp") && s.head(u) < u && reportingLemmas[s.lemma(s.head(u))] {
		said = true // "said the bombing that killed a blogger in St Petersburg had been organised by": the clause, however long its subject
	}
	if k := s.speaker(h); !said && (k <= h || !plannerWords[s.items[h].text]) {
		return false // (a speaker after a plot's author names who was behind it: "..., was plotted by TRF, Amit Shah told parliament")
	}
	var out bool
	for _, r := range s.reporter(h) {
		for _, a := range src {
			if r != a {
				s.add(briefbot.Accusation, "accuse", -2, r, a, nil, 0.6)
				out = true
			}
		}
	}
	return out
}

// orderWords name who had a harm done: "the arson was ordered by".
var orderWords = set("ordered", "organised", "organized", "planned", "plotted", "hatched", "commissioned")

// incidentSubject reports a harm that is no attack as the passive subject
// of the verb at h: "the blaze had been ordered by".
func (s *sent) incidentSubject(h int) bool {
	u := s.tokOfItem(h)
	if !s.hasTree || u < 0 {
		return false
	}
	sb, passive := s.subjTok(u)
	return sb >= 0 && passive && incidentNouns[s.form(sb)]
}

// incidentNouns are harms done in secret that are no armed attack, so that
// who ordered them is a charge: "the arson", "the poisoning".
var incidentNouns = set("blaze", "fire", "fires", "arson", "sabotage", "explosion", "explosions", "poisoning", "poisonings",
	"assassination", "murder", "plot", "cyberattack", "cyberattacks", "hack", "hacking", "derailment")

// plannerWords name who planned an act, not who carried it out: "was
// plotted by", "masterminded by".
var plannerWords = set("masterminded", "planned", "plotted", "coordinated", "directed", "ordered", "organised", "organized", "hatched", "orchestrated")

// aboutTalks reports a sentence about talks, a meeting or a deal.
func (s *sent) aboutTalks() bool {
	for _, e := range s.events {
		if e.Type == briefbot.Deescalation {
			return true
		}
	}
	for k := range s.items {
		if s.items[k].kind == wordItem && talkWords[s.items[k].text] {
			return true
		}
	}
	return false
}

// hostileIntent reports a hostile act in the intention disclaimed after
// from: "no intention of attacking", "of entering a war".
func (s *sent) hostileIntent(from int) bool {
	for k := from; k < len(s.items) && k <= from+4; k++ {
		it := &s.items[k]
		if it.isBoundary() || it.is(",") {
			return false
		}
		if it.kind == wordItem && (vowCues[it.text] || hostileIntents[it.text]) {
			return true
		}
	}
	return false
}

// criticised reports "come under fire from X" said of a party by name,
// or for a deed ("for supplying drones", "over its nuclear programme"):
// criticism, where a party's troops, posts or ships come under real fire.
func (s *sent) criticised(m match) bool {
	end := s.objectEnd(m.end, nil)
	for k := m.end; k < end && k <= m.end+5; k++ {
		if s.items[k].is("for", "over") {
			return true
		}
	}
	k := m.end
	if k+1 < len(s.items) && s.items[k].is("the") {
		k++
	}
	if k+1 < len(s.items) && s.items[k].kind == actorItem && s.items[k+1].kind == wordItem && (ownedNoun(s.items[k+1].text) || weaponNouns[s.items[k+1].text]) {
		return false // "came under fire from Hezbollah rockets", "from Afghan forces"
	}
	// a state or a body named bare criticises; an armed group fires
	sb := s.subjectOf(m.start)
	return len(sb) > 0 && sb[0] == m.start-1 && s.items[sb[0]].kind == actorItem && s.items[sb[0]].form == FormName &&
		k < len(s.items) && s.items[k].kind == actorItem && s.items[k].actorKind != briefbot.Group
}

// weaponNouns name what fires or is fired.
var weaponNouns = set("rockets", "rocket", "missiles", "missile", "drones", "drone", "artillery", "shells", "mortars", "guns", "gunfire", "jets", "warplanes", "aircraft", "snipers")

// fabricator returns who a denial says made the claim up: "lies invented
// by the regime in Tehran", "saying the junta had invented the stories",
// "an illusion generated by the Indian side".
func (s *sent) fabricator(from int, src []string) []string {
	for k := from; k < len(s.items); k++ {
		it := &s.items[k]
		if it.isBoundary() {
			return nil
		}
		if it.kind != wordItem || !fabricateWords[it.text] && !(spreadWords[it.text] && s.falsehoodBefore(from, k)) {
			continue
		}
		if a := s.byAgentWithin(k+1, 6); a >= 0 && !slices.Contains(src, s.items[a].actor) {
			return without(s.ids(s.group(a)), src) // "invented by the United States and Israel": each
		}
		for j := k - 1; j >= from && j >= k-3; j-- {
			if s.eligibleSubject(j) && !slices.Contains(src, s.items[j].actor) {
				return []string{s.items[j].actor}
			}
			if s.items[j].kind != wordItem || !s.items[j].is("had", "has", "have", "army", "military", "government", "forces", "officials", "authorities") {
				break
			}
		}
	}
	return nil
}

// spreadWords make or spread what a falsehood noun before them names:
// "propaganda spread by", "an illusion generated by".
var spreadWords = set("created", "generated", "spread", "peddled", "circulated", "disseminated", "promoted", "pushed",
	"orchestrated", "cooked", "produced", "put")

// falsehoodBefore reports a word calling a claim false among the few
// before k, from from on: "an illusion [being deliberately] generated".
func (s *sent) falsehoodBefore(from, k int) bool {
	for j := k - 1; j >= from && j >= k-4; j-- {
		if s.c.judgementKind(s.items, j) == judgeFalse {
			return true
		}
	}
	return false
}

// codeClaimNoun codes an accusation named as a noun: "Iran's accusations
// against Israel", "accusations by Kyiv that Moscow shelled the plant",
// "leveled allegations of sabotage against Egypt". What the accusation
// says is its content, no event of its own.
func (s *sent) codeClaimNoun(m match) {
	h := m.start
	var src []string
	if a := s.nounAgent(m); a >= 0 {
		src = s.ids(s.group(a))
	} else if k := s.lightVerb(h); k >= 0 {
		src, _ = s.sourceOf(k, false)
	}
	if len(src) == 0 {
		return
	}
	cend := s.complementEnd(m.end)
	var targets []string
	for k := m.end; k < cend; k++ {
		if s.items[k].is("against") {
			if tg, _ := s.objects(k, cend, src); len(tg) > 0 {
				targets = s.ids(tg)
			}
			break
		}
		if s.items[k].is("that", "of") {
			if tg, _ := s.objects(k, cend, src); len(tg) > 0 {
				targets = s.ids(tg[:1])
			}
			s.consume(k, cend)
			break
		}
	}
	s.emit(m.trig, src, targets, nil, 0.5)
	if h > 0 && s.c.judgementKind(s.items, h-1) == judgeFalse {
		// "X said Sudan was making unfounded allegations": who calls the
		// charges false denies them
		for _, r := range s.reporter(h) {
			for _, a := range src {
				if r != a {
					s.add(briefbot.Denial, "deny", -1, r, a, nil, 0.5)
				}
			}
		}
	}
}
