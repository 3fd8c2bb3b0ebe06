package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// attackBefore reports an attack noun just before h: "an attack claimed
// by", "a bombing carried out by".
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

func (s *sent) attackBefore(h int) bool {
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

// actsHere reports whether id is the source of an event of this sentence:
// the denier in "X denied involvement before ISIS claimed it" is no victim.
func (s *sent) actsHere(id string) bool {
	for _, e := range s.events {
		if e.Source == id {
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

// codeThreat codes threats, warnings, vows and promised responses against
// the named party, else against who struck or accused the source.
func (s *sent) codeThreat(m match) {
	h, t := m.start, m.trig
	switch t.frame {
	case frameRespond:
		if !s.before(h, 5, threatModals, true) && !s.items[h].is("responded") {
			return
		}
	case frameThreat:
		if strings.HasPrefix(s.items[h].text, "warn") && (!s.threatFollows(m.end) || s.warnsOfOutcome(h, m.end)) {
			return // "warned Chad of reports about a plot" informs
		}
	case frameVow:
		cue := false
		for k := m.end; k < len(s.items) && k <= m.end+8; k++ {
			if s.items[k].kind == wordItem && vowCues[s.items[k].text] {
				cue = true
			}
		}
		if !cue {
			return
		}
	}
	src, conf := s.sourceOf(h, true)
	if len(src) == 0 {
		return
	}
	if t.code == "retaliate" && s.retort(m) {
		// "India hit back at Pakistan, calling its remarks baseless": words
		// answer words, a counter-accusation
		tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), src)
		if len(tg) == 0 {
			tg, _ = s.objects(m.end, s.complementEnd(m.end), src) // "fired back that Riyadh's decision ..."
		}
		s.emit(&trigger{typ: briefbot.Accusation, code: "accuse", intensity: -2}, src, s.ids(tg), nil, 0.6)
		return
	}
	targets := s.ids(s.insideActors(m, src))
	if len(targets) == 0 {
		end := s.objectEnd(m.end, nil)
		if t.frame != frameThreat || m.end < len(s.items) && !s.items[m.end].is("of", "that") {
			tg, _ := s.objects(m.end, end, src)
			if len(tg) > 0 && (t.frame != frameRespond || toAgainst[s.prevWord(tg[0])]) {
				targets = s.ids(tg)
			}
		}
		if len(targets) == 0 && end < len(s.items) && s.items[end].is("if", "unless") {
			tg, _ := s.objects(end, s.complementEnd(end), src)
			targets = s.ids(tg)
		}
		if len(targets) == 0 && t.frame == frameThreat && m.end < len(s.items) && s.items[m.end].is("that") {
			targets = s.ids(s.facingSubject(m.end+1, src)) // "warned that Iran would face consequences"
		}
	}
	s.avengedAttacks(m.end, s.complementEnd(m.end), src)
	if t.frame == frameVow || t.frame == frameThreat {
		s.consume(m.end, s.complementEnd(m.end)) // "warning Japan against playing with fire"
	}
	if len(targets) == 0 {
		targets = s.counterparts(src)
		if len(targets) == 0 && t.frame == frameRespond {
			targets = s.referencedAggressor(src) // "NATO responded by deploying jets"
		}
		if len(targets) == 0 && t.frame != frameThreat && t.frame != frameRespond {
			targets = s.others(src)
		}
		if len(targets) == 0 && len(s.others(src)) == 0 && t.frame == frameThreat {
			// "Peru reserves the right to respond." after a
			// sentence about the Philippines
			for i := len(s.d.actors) - 1; i >= 0; i-- {
				if a := s.d.actors[i]; !slices.Contains(src, a.id) && a.kind != briefbot.IGO {
					targets = []string{a.id}
					break
				}
			}
		}
		targets = firstOf(targets)
		conf = 0.5
	}
	s.emit(t, src, targets, nil, conf)
}

// retort reports a verbal answer: "hit back at X, calling ...", "fired
// back that ...".
func (s *sent) retort(m match) bool {
	for k := m.end; k < len(s.items) && k <= m.end+6; k++ {
		it := &s.items[k]
		if it.isBoundary() {
			return false
		}
		if it.is("that", "calling", "saying", "accusing", "describing", "dismissing", "rejecting", "denouncing", "branding", "with", "criticising", "criticizing") {
			return true
		}
	}
	return false
}

// avengedAttacks codes the attack a threat answers as a fact: "vowed to
// avenge the Indian strikes", "retaliate for Israel's raids" are strikes on
// the source. Attacks yet to come ("respond to any Israeli attack") are not.
func (s *sent) avengedAttacks(from, to int, victims []string) {
	for k := from; k < to && k < len(s.items); k++ {
		answers := s.items[k].is("to") && k > 0 && s.items[k-1].is("respond", "responds", "responded", "responding", "retaliate", "react", "reacted")
		if !s.items[k].is("avenge", "avenged", "avenging", "for") && !answers {
			continue
		}
		for j := k + 1; j < to && j <= k+5; j++ {
			it := &s.items[j]
			if it.kind == wordItem && (answeredDoubts[it.text] || hedges[it.text]) {
				break
			}
			if it.kind != wordItem || !answeredAttacks[it.text] {
				continue
			}
			a := s.nounAgent(match{start: j, end: j + 1})
			if a < 0 || a <= k {
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

// facingSubject returns the subject of a complement clause from k that
// will suffer the outcome: "(warned that) Iran would face consequences",
// "Kabul will pay a price", "Manila would regret it".
func (s *sent) facingSubject(k int, src []string) []int {
	if k < len(s.items) && s.items[k].is("the") {
		k++
	}
	if k >= len(s.items) || !s.eligibleObject(k) || slices.Contains(src, s.items[k].actor) {
		return nil
	}
	for j := k + 1; j < len(s.items) && j <= k+4; j++ {
		it := &s.items[j]
		if it.kind != wordItem {
			return nil
		}
		if it.is("regret") {
			return s.group(k)
		}
		if it.is("face", "faces", "pay", "suffer") {
			for n := j + 1; n < len(s.items) && n <= j+4 && s.items[n].kind == wordItem; n++ {
				if facedOutcomes[s.items[n].text] {
					return s.group(k)
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
	}
	return false
}

// warnsOfOutcome reports a warning that something else "would drag the
// region into instability": a predicted outcome, not the source's threat.
func (s *sent) warnsOfOutcome(h, from int) bool {
	src := s.ids(s.subjectOf(h))
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
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if s.items[k].kind == wordItem && breakers[s.items[k].text] {
			return true
		}
	}
	for k := m.end; k < len(s.items) && k <= m.end+1; k++ {
		if s.items[k].kind == wordItem && (breakers[s.items[k].text] || s.items[k].is("offer", "offers", "plan", "plans", "bid", "efforts", "effort", "call", "calls", "demands", "talks", "negotiations", "deadline", "proposal", "proposals")) {
			return true
		}
	}
	// the deal as the subject of a breaking verb: "the truce between
	// Israel and Hamas collapsed"
	for k := m.end; k < len(s.items) && k <= m.end+8; k++ {
		it := &s.items[k]
		if it.isBoundary() || it.is(",") || it.kind == wordItem && subjectBoundaries[it.text] {
			return false
		}
		if it.kind == actorItem || it.is("between", "and", "with", "the", "of", "has", "had", "have", "was", "were", "is", "already", "largely", "effectively") {
			continue
		}
		return it.kind == wordItem && breakers[it.text]
	}
	return false
}

// codeMutual codes acts with two sides (clashes, talks, ceasefires,
// deals) in both directions between the parties.
func (s *sent) codeMutual(m match) {
	h, t := m.start, m.trig
	if t.typ == briefbot.Deescalation && s.breaksDeal(m) {
		return
	}
	if (t.code == "agreement" || t.code == "talks") && !s.inConflict() {
		return // "France and Germany agreed on a budget": allies agreeing calms nothing
	}
	var parts []string
	verbal := true
	if agent := s.nounAgent(m); agent >= 0 {
		parts = s.ids(s.group(agent))
		verbal = false
	}
	if verbal {
		// "talks with Peru": the clause's subject is the other party; trade
		// "agreements with" two partners are no conflict moves.
		withObject := m.end+1 < len(s.items) && s.items[m.end].is("with") && s.eligibleObject(m.end+1) && t.code != "agreement"
		if s.lightVerb(h) >= 0 || s.looksVerbal(m) || withObject {
			parts = s.ids(s.subjectOf(h))
		}
	}
	subjects := len(parts)
	parts = append(parts, s.ids(s.insideActors(m, parts))...)
	end := s.objectEnd(m.end, nil)
	for k := m.end; k < end; k++ {
		if !s.eligibleObject(k) || slices.Contains(parts, s.items[k].actor) {
			continue
		}
		p := s.prevWord(k)
		if s.betweenBefore(m.end, k) {
			// "between Sudan's army and the RSF": the parties joined by "and";
			// who welcomes or announces it is no party.
			parts, subjects = parts[:0], 0
			parts = appendUnique(parts, s.items[k].actor)
			for j := k + 1; j < end && j <= k+6; j++ {
				if s.items[j].is("and") {
					for n := j + 1; n < end && n <= j+4; n++ {
						if s.eligibleObject(n) {
							parts = appendUnique(parts, s.items[n].actor)
							break
						}
					}
					break
				}
			}
		}
		// "Thai troops confronted Cambodian soldiers", "fought the RSF"
		direct := subjects > 0 && (verbal || s.looksVerbal(m)) && (k == m.end || k == m.end+1 && s.items[m.end].is("the"))
		if (p == "with" || p == "including" || (p == "and" && k > m.end) || direct) && len(parts) > 0 {
			// "with A and B" pairs them with the subject, never each other
			for _, g := range s.group(k) {
				parts = appendUnique(parts, s.items[g].actor)
			}
		}
		if locativePreps[p] || p == "at" || p == "near" {
			continue // "fighting erupted in Khartoum between ...": a place
		}
		break
	}
	if len(parts) == 0 {
		// "police battled the gunmen": the state and the group
		if state, group := s.stateForcesOn(m); state != "" {
			parts = []string{state, group}
		}
	}
	if len(parts) < 2 {
		// "the peace deal signed by Armenia and Azerbaijan"
		if a := s.byAgentWithin(m.end, 3); a >= 0 {
			parts, subjects = s.ids(s.group(a)), 0
		}
	}
	if t.typ == briefbot.Deescalation {
		// "the Qatar-brokered ceasefire between Israel and Hamas"
		for k := h - 1; k >= 0 && k >= h-3; k-- {
			if it := &s.items[k]; it.kind == actorItem && it.mediator {
				for _, p := range parts {
					s.add(t.typ, "mediate", 5, it.actor, p, nil, 0.6)
				}
				break
			}
		}
	}
	if subjects > 0 && subjects < len(parts) {
		// "X signed agreements with A and B": X with each, not A with B.
		// "X is willing to hold talks with A": only X moves.
		oneSided := s.before(h, 5, offerWords, true)
		for _, a := range parts[:subjects] {
			for _, b := range parts[subjects:] {
				s.add(t.typ, t.code, t.intensity, a, b, nil, 0.7)
				if !oneSided {
					s.add(t.typ, t.code, t.intensity, b, a, nil, 0.7)
				}
			}
		}
		return
	}
	s.emitPairs(t, parts, 0.7)
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
	for k := range s.items {
		if s.items[k].kind == wordItem && conflictCues[s.items[k].text] {
			return true
		}
	}
	return false
}

// betweenBefore reports "between" or "among" opening the phrase that holds
// the actor at k: "talks between the prime minister of Pakistan and ...".
func (s *sent) betweenBefore(from, k int) bool {
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
	case "agree", "agreed", "agrees", "sign", "signed", "signs", "met", "meet", "meets", "clashed", "clash",
		"fought", "fight", "exchanged", "exchange", "exchanging", "initialled", "initialed", "held", "hold",
		"holds", "resumed", "resume", "resumes", "restored", "restore", "normalised", "normalized", "swapped",
		"swap", "returned", "return", "disengaged", "disengage", "returns", "returning":
		return !(w == "exchange" && m.end-m.start > 1 && s.items[m.start+1].is("of"))
	}
	if m.end-m.start == 1 && strings.HasSuffix(w, "ed") {
		return true // a past tense: "confronted", "skirmished"
	}
	return false
}

// codeClaim codes "X claimed responsibility for the attack on Y" as X
// striking Y, finding Y in the sentence or the article.
func (s *sent) codeClaim(m match) {
	h, t := m.start, m.trig
	var src []string
	if t.frame == frameClaimedBy && !s.attackBefore(h) && !s.attackWithin(m) {
		return // "exercises conducted by Japan"
	}
	if t.frame == frameClaimedBy {
		for k := m.end; k < len(s.items) && k <= m.end+3; k++ {
			if s.eligibleObject(k) && !s.hedged[k] {
				src = []string{s.items[k].actor}
				break
			}
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
	if len(targets) == 0 && t.frame == frameClaimedBy {
		for k := m.end; k < len(s.items); k++ {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) && !s.inPP(k) || s.items[k].owner {
				targets = []string{s.items[k].actor}
				break
			}
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
	if len(targets) == 0 {
		for k := 0; k < h; k++ {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) && !s.actsHere(s.items[k].actor) {
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
		targets = s.homeOf(src) // "the TTP claimed the bombing": Pakistan
	}
	if len(targets) == 0 {
		for i := len(s.d.events) - 1; i >= 0 && len(targets) == 0; i-- {
			if e := s.d.events[i]; e.Type == briefbot.Escalation && !slices.Contains(src, e.Target) {
				targets = []string{e.Target}
			}
		}
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
	if !said {
		return false
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

// codeUrge codes calls for restraint or dialogue as de-escalation from the
// caller to each side called on.
func (s *sent) codeUrge(m match) {
	h, t := m.start, m.trig
	src, conf := s.sourceOf(h, t.frame == frameCalm)
	if len(src) == 0 {
		return
	}
	var targets []string
	cstart := m.end
	if t.frame == frameUrge {
		to := m.end
		for to < len(s.items) && !s.items[to].is("to", "for") && to < m.end+8 && !s.items[to].isBoundary() {
			to++
		}
		if to >= len(s.items) || !s.items[to].is("to", "for") || s.items[m.start].is("call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing") && s.items[m.end-1].is("for") {
			to = m.end
		}
		tg, _ := s.objects(m.end, to, src)
		targets = s.ids(tg)
		cstart = to
		cend := s.complementEnd(cstart)
		cue, calming := false, false
		for k := cstart; k < cend && k <= cstart+10; k++ {
			if it := &s.items[k]; it.kind == wordItem && calmCues[it.text] {
				cue = true
				calming = calming || !demandCues[it.text]
			}
		}
		if !cue {
			return
		}
		if len(targets) == 0 {
			tg, _ := s.objects(cstart, cend, src)
			targets = s.ids(tg)
		}
		s.consume(cstart, cend)
		if !calming && len(targets) == 1 && slices.Contains(s.counterparts(src), targets[0]) {
			return // "Yerevan called on Baku to stop its raids": a party's demand, no call for calm
		}
	} else {
		if s.before(h, 3, obligationWords, true) {
			// "Lima and Quito must de-escalate, Brazil said": the
			// speaker calls on them; without a speaker, nobody does
			if caller := s.reporter(h); len(caller) > 0 && !slices.Contains(caller, src[0]) {
				s.emit(t, caller, src, nil, 0.6)
			}
			return
		}
		tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), src)
		targets = s.ids(tg)
	}
	if len(targets) == 0 && len(src) > 1 && t.frame == frameCalm {
		s.emitPairs(t, src, 0.5) // "Chad and Sudan restated their commitment to a peaceful settlement"
		return
	}
	if len(targets) == 0 {
		targets = s.others(src)
		if len(targets) == 0 {
			for _, a := range s.d.lastTwo() {
				if !slices.Contains(src, a.id) {
					targets = append(targets, a.id)
				}
			}
		}
		conf = 0.5
	}
	s.emit(t, src, targets, nil, conf)
}

// codeMediate codes mediation ("brokered by Qatar") as de-escalation from
// the mediator to each side of the talks.
func (s *sent) codeMediate(m match) {
	if w := s.items[m.start].text; !strings.HasPrefix(w, "mediat") && !strings.HasPrefix(w, "broker") && !s.aboutTalks() {
		return // "co-hosted by Norway" mediates only a meeting of parties
	}
	var src []string
	if a := s.byAgent(m.end); a >= 0 {
		src = s.ids(s.group(a))
	} else if a := s.nounAgent(m); a >= 0 {
		src = s.ids(s.group(a)) // "Omani mediation"
	} else if m.end+1 < len(s.items) && s.items[m.end].is("of") && s.eligibleObject(m.end+1) {
		src = s.ids(s.group(m.end + 1)) // "with the mediation of Qatar"
	} else {
		src, _ = s.sourceOf(m.start, false)
	}
	if len(src) == 0 {
		return
	}
	var targets []string
	for _, e := range s.events {
		if e.Type == briefbot.Deescalation && !slices.Contains(src, e.Source) {
			targets = appendUnique(targets, e.Source)
		}
	}
	if len(targets) == 0 {
		targets = s.others(src)
	}
	for i := len(s.d.events) - 1; i >= 0 && len(targets) == 0; i-- {
		if e := s.d.events[i]; e.Type == briefbot.Deescalation && !slices.Contains(src, e.Source) && !slices.Contains(src, e.Target) {
			targets = []string{e.Source, e.Target} // "the talks, helped by Swiss mediation"
		}
	}
	s.emit(m.trig, src, targets, nil, 0.6)
}

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

// codeIntent codes a calming statement of intent ("does not seek
// escalation with Y") as de-escalation towards Y.
func (s *sent) codeIntent(m match) {
	if s.items[m.end-1].is("of", "to", "intention") && !s.hostileIntent(m.end) {
		return // "has no intention of selling arms to Chad" calms no one
	}
	src, conf := s.sourceOf(m.start, true)
	if len(src) == 0 {
		return
	}
	tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), src)
	targets := s.ids(tg)
	if len(targets) == 0 {
		targets = s.counterparts(src)
		targets = firstOf(targets)
	}
	s.emit(m.trig, src, targets, nil, conf)
	s.avengedAttacks(m.start, s.complementEnd(m.end), src) // "no plans to answer Kenya's shelling" states the shelling
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

// fabricator returns who a denial says made the claim up: "lies invented
// by the regime in Tehran", "saying the junta had invented the stories".
func (s *sent) fabricator(from int, src []string) []string {
	for k := from; k < len(s.items); k++ {
		it := &s.items[k]
		if it.isBoundary() {
			return nil
		}
		if it.kind != wordItem || !fabricateWords[it.text] {
			continue
		}
		if a := s.byAgentWithin(k+1, 6); a >= 0 && !slices.Contains(src, s.items[a].actor) {
			return []string{s.items[a].actor}
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
}
