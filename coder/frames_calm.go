package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// The calm family: calls for restraint or dialogue, mediation and calming
// statements of intent, from the caller, mediator or speaker toward each
// side addressed.

// codeUrge codes calls for restraint or dialogue as de-escalation from the
// caller to each side called on.
func (s *sent) codeUrge(a *analysis) {
	m := a.m
	h, t := m.start, m.trig
	if s.ultimatumWithin(m.end, s.complementEnd(m.end)) {
		return // "urged Kyiv to withdraw or face an offensive": a threat, coded by its penalty
	}
	if t.frame == frameCalm && s.hasTree && s.calledFor(s.governingVerb(s.tokOfItem(h), 2)) {
		// "urged Iran and Pakistan to avoid an escalation", "urged both
		// sides to show restraint": the call is the urger's, coded by its
		// own trigger
		return
	}
	src, conf := s.sourceOf(h, t.frame == frameCalm)
	drawn := s.callsFrom(m)
	if drawn >= 0 {
		src, conf = s.ids(s.group(drawn)), 0.6 // "prompted calls for restraint from China and the UN": who calls
	}
	if len(src) == 0 {
		if t.frame == frameUrge {
			s.consume(m.end, s.complementEnd(m.end)) // "an unknown group demanded that Pakistan end its cooperation": what is asked for did not happen
		}
		return
	}
	var targets, gapped []string
	cstart := m.end
	if t.frame == frameUrge {
		warning := strings.HasPrefix(s.items[m.start].text, "warn")
		addressee, to := m.end, m.end
		if p := s.toWithin(m); p > 0 {
			addressee, to = m.start+1, p // "warned Israel to stop": the phrase holds its addressee
		}
		// (not the "to" of what is asked for: "urged an end to the fighting")
		for to < len(s.items) && !s.items[to].is("to", "for") && to < m.end+8 && !s.items[to].isBoundary() && !s.calmCueAt(to) {
			to++
		}
		if to >= len(s.items) || !s.items[to].is("to", "for") || s.items[m.start].is("call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing") && s.items[m.end-1].is("for") {
			to = m.end
		}
		if to == m.end && s.items[m.start].is("ask", "asks", "asked", "asking", "ordered", "orders", "ordering") {
			return // "ordered a nationwide mobilisation": an order, no call
		}
		if s.items[m.end-1].is("that") {
			// "demanded that the Philippines stop its provocations": the
			// clause's subject is the addressee
			for to = m.end; to < len(s.items) && to < m.end+4 && s.items[to].kind != actorItem; to++ {
			}
			to = min(to+1, len(s.items))
		}
		tg, _ := s.objects(addressee, to, src)
		targets = s.ids(tg)
		if len(targets) == 0 {
			targets = without(s.contacted(h), src)
		}
		if len(targets) > 0 && !slices.ContainsFunc(targets, func(id string) bool { return !courts[id] }) {
			return // "asked the ICJ to uphold the award": a court is asked to rule, not to calm
		}
		if len(targets) == 0 && s.namesNoParty(addressee, to) {
			return // "urged regional leaders to soothe tensions": the addressee is named, and no party
		}
		if len(targets) > 0 && warning && s.threatFollows(to) {
			s.emit(warnTrigger, src, targets, nil, 0.6)
		}
		cstart = to
		cend := s.complementEnd(cstart)
		if len(targets) == 1 && s.internalAddressee(addressee, to, cstart, cend) {
			s.consume(cstart, cend)
			return // "urged Libyan leaders to resolve their differences": one state's factions, at odds with no other party
		}
		cue, calming, wrong, owner := false, false, false, -1
		if n, ok := s.c.lx.longestAt(s.items, min(to+1, len(s.items)-1)); ok && to > 0 && s.items[to-1].is("not") && n.trig.typ == briefbot.Escalation {
			cue, calming = true, true // "urged Iran not to retaliate": a call to hold back
		}
		if to > 0 && s.items[to-1].is("not") && slices.ContainsFunc(src, func(id string) bool { return courts[id] }) {
			cue, calming = true, true // "the World Court orders Venezuela not to hold elections": a court's order to refrain
		}
		for k := cstart; k < cend && k <= cstart+10; k++ {
			if demandCues[s.items[k].text] {
				if p := s.partnershipWithin(k+1, 3); p >= 0 {
					k = p // "to halt military cooperation with Pyongyang": ties, no fight, to end
					continue
				}
			}
			if it := &s.items[k]; s.calmCueAt(k) {
				cue = true
				calming = calming || !demandCues[it.text]
				if demandCues[it.text] && s.hostileActAfter(k+1, 3) && len(targets) == 1 && s.c.rivalOfAny(targets[0], src) {
					wrong = true // "warned Washington to stop arming Ukraine": a rival's hostile act to end
				}
			}
			if kd := s.c.judgementKind(s.items, k); kd == judgeWrong || kd == judgeFalse {
				// "to end its provocations", "to stop spreading disinformation"
				wrong = true
				if o, _ := s.wrongOwner(k); o >= 0 && owner < 0 {
					owner = o
				}
			}
		}
		if !cue {
			return
		}
		if len(targets) == 1 && s.fromOwnLand(cstart, cend, src) {
			// "Iraq called on Turkey to withdraw its troops from Iraqi
			// territory": a demand to leave the caller's land accuses, and
			// the withdrawal asked for has not happened
			s.emit(accuseTrigger, src, targets, nil, 0.6)
			s.consume(cstart, cend)
			return
		}
		if len(targets) == 0 {
			targets = s.askedOf(cstart, cend, src)
		}
		s.consume(cstart, s.askedEnd(cstart, cend))
		gapped = s.gappedAddressees(cstart, cend, src)
		if owner >= 0 && !calming {
			if o := s.items[owner].actor; !slices.Contains(targets, o) && !slices.Contains(src, o) {
				// "urged the UN to halt Thailand's aggression": the wrong's
				// owner is accused; the body addressed is asked to act
				s.emit(accuseTrigger, src, []string{o}, nil, 0.6)
				return
			}
		}
		igo := len(src) == 1 && s.c.kind(src[0]) == briefbot.IGO // a body's call on a party that hit it still asks for calm
		if !calming && len(targets) == 1 && (wrong || slices.Contains(s.counterparts(src), targets[0]) && !igo) {
			// "Yerevan called on Baku to stop its raids", "... to end its
			// provocations": a party's demand that the other stop a wrong
			// accuses it; it is no call for calm
			s.emit(accuseTrigger, src, targets, nil, 0.6)
			return
		}
		if !calming && s.items[m.end-1].is("that") && !(len(src) == 1 && s.c.kind(src[0]) == briefbot.IGO && len(targets) > 0) {
			if wrong {
				s.emit(accuseTrigger, src, targets, nil, 0.6)
			}
			// "demanded that Washington and Seoul stop the drills": a
			// party's demand, no call for calm (a body's, "the Security
			// Council demanded that the Houthis halt attacks", is one)
			return
		}
		if warning {
			return // a warning to stop that names no wrong is no call for calm
		}
	} else {
		targets = s.askedOf(m.end, s.objectEnd(m.end, nil), src)
	}
	// "Chad and Sudan restated their commitment to a peaceful settlement";
	// "both sides called for restraint", when they are the ones at odds
	if len(targets) == 0 && len(src) > 1 && (s.c.rivalsAmong(src) || s.counterpartsAmong(src)) {
		// (not "the EU and the US urged restraint": allies calm each other
		// in nothing)
		s.emitPairs(t, src, 0.5)
		return
	}
	if len(targets) == 0 && drawn >= 0 {
		// "strikes between Iran and Pakistan prompted calls for restraint
		// from China": the calls go to the sides of what drew them
		// (those who acted, or with one, it and whom it hit: "Iran hit
		// Jaish al-Adl bases in Pakistan" and Pakistan's answer set Iran
		// and Pakistan at odds, not the group)
		for _, e := range s.events {
			if e.Type == briefbot.Escalation {
				targets = appendUnique(targets, e.Source)
			}
		}
		for _, e := range s.events {
			if e.Type == briefbot.Escalation && len(targets) < 2 && e.Target != "" {
				targets = appendUnique(targets, e.Target)
			}
		}
		targets = without(targets, src)
	}
	if len(targets) == 0 {
		// a party named only as where ("called for de-escalation in
		// northern Syria") is no addressee
		targets = slices.DeleteFunc(s.addressable(src, m.end), s.onlyWhere)
		if len(targets) == 0 {
			for _, a := range s.d.lastTwo(nil) {
				if !slices.Contains(src, a.id) {
					targets = append(targets, a.id)
				}
			}
		}
		conf = 0.5
	}
	s.emit(t, src, append(targets, gapped...), nil, conf)
}

// contacted returns the parties a call at item h is made to when it is the
// purpose of calling or meeting them: "phoned Pashinyan and Aliyev to urge
// an end to the fighting" urges the two it phoned.
func (s *sent) contacted(h int) []string {
	u := s.tokOfItem(h)
	if !s.hasTree || u < 0 || !s.rel(u, "advcl") || s.markOf(u) != "to" || !contactVerbs[s.lemma(s.head(u))] {
		return nil
	}
	o := s.child(s.head(u), "obj")
	if o < 0 {
		return nil
	}
	return s.ids(s.nominalActors(o, nil))
}

// askedEnd returns where what a call asks for ends: after "an end to" or "a
// halt to", whose object goes on as the call is made ("urged an end to the
// clashes between Pakistan and Afghanistan"), else at end.
func (s *sent) askedEnd(from, end int) int {
	for k := from; k+1 < end && k <= from+3; k++ {
		if demandCues[s.items[k].text] && s.items[k+1].is("to") && k > 0 && s.items[k-1].kind == wordItem && !s.items[k-1].is("to") {
			return k + 2
		}
	}
	return end
}

// calmCueAt reports a word at k that asks for calm or for an end to
// something: "restraint", "withdraw", "stand down", "step back".
func (s *sent) calmCueAt(k int) bool {
	it := &s.items[k]
	return it.kind == wordItem && (calmCues[it.text] || s.itemIs(k+1, "down") && calmDowns[it.text] ||
		(s.itemIs(k+1, "back") || s.itemIs(k+1, "away") || s.itemIs(k+1, "off")) && calmBacks[it.text])
}

// gappedAddressees returns the parties of a second call that shares the
// first one's verb: "urged Serbia to show restraint and Kosovo to withdraw
// its police" asks Kosovo too. The second call counts only when it asks
// for calm or an end to something in its own words.
func (s *sent) gappedAddressees(cstart, cend int, src []string) []string {
	for k := cstart + 1; k+2 < cend; k++ {
		if !s.items[k].is("and") || !s.eligibleObject(k+1) {
			continue
		}
		g := s.group(k + 1)
		to := g[len(g)-1] + 1
		if to >= cend || !s.items[to].is("to") {
			continue
		}
		for j := to + 1; j < cend && j <= to+4; j++ {
			if it := &s.items[j]; s.calmCueAt(j) {
				var out []string
				for _, a := range g {
					// a rival told to stop is accused, not calmed: left to
					// its own trigger
					if id := s.items[a].actor; !slices.Contains(src, id) && !(demandCues[it.text] && s.c.rivalOfAny(id, src)) {
						out = append(out, id)
					}
				}
				return out
			}
		}
		return nil
	}
	return nil
}

// courts rule on disputes; they are asked to rule, not to calm.
var courts = set("icj", "icc")

// addressable returns the parties other than src a call with no named
// addressee ("urged them to halt the fighting", "called on all sides") may
// be addressed to: not those of a relative clause ("Russia, which has
// forces in Syria,") nor those of a clause that follows the call ("...,
// while the Kremlin called").
func (s *sent) addressable(src []string, from int) []string {
	var out []string
	for k := range s.clauseJoinAfter(from + 1) {
		if s.otherAt(k, src) && !inRelativeItems(s.items, k) && !s.domainOwner(k) {
			out = appendUnique(out, s.items[k].actor)
		}
	}
	return out
}

// counterpartsAmong reports two of src that struck or accused each other
// earlier in the article.
func (s *sent) counterpartsAmong(src []string) bool {
	for _, a := range src {
		for _, b := range s.counterparts([]string{a}) {
			if b != a && slices.Contains(src, b) {
				return true
			}
		}
	}
	return false
}

// codeMediate codes mediation ("brokered by Qatar") as de-escalation from
// the mediator to each side of the talks.
func (s *sent) codeMediate(a *analysis) {
	m := a.m
	if u := s.tokOfItem(m.start); s.items[m.start].is("chair", "host") && (s.hasTree && u >= 0 && isNominal(s.tk(u).UPOS) || m.start > 0 && (s.items[m.start-1].is("the", "a", "its") || s.items[m.start-1].kind == actorItem)) {
		return // "whose country holds the ASEAN chair": who chairs a body mediates nothing
	}
	if s.before(m.start, 3, refusals, true) {
		return // "New Delhi has long rejected outside mediation": none took place
	}
	// "hosted his Ethiopian and Somali counterparts": rivals a party hosts
	// meet, and it mediates
	hosted := s.hostedRivals(m)
	// "Egypt's efforts to broker": the work toward a deal mediates it
	effort := m.end-m.start > 2 && s.items[m.start+1].is("to")
	if w := s.items[m.start].text; !strings.HasPrefix(w, "mediat") && !strings.HasPrefix(w, "broker") && !effort && !s.items[m.end-1].is("between", "both") && !s.aboutTalks() && len(hosted) == 0 {
		return // "co-hosted by Norway" mediates only a meeting of parties; "to settle the dispute between" mediates
	}
	if s.items[m.end-1].is("both") && !s.c.rivalsAmong(s.betweenSides(m.end, nil)) {
		return // "in contact with both Israel and Hamas" goes between rivals; with two partners it is only contact
	}
	if len(hosted) > 0 && s.analyze(m).flags&(flagPossible|flagModal|flagConditional|flagIntent|flagDesire) == 0 {
		// (talks a party offers or is ready to host have not met: "offered
		// to host talks between Russia and Ukraine")
		s.emitPairs(&trigger{typ: briefbot.Deescalation, code: "talks", intensity: 4}, hosted, 0.6)
	}
	var src, creditSides []string
	credited := false
	if a := s.byAgent(m.end); a >= 0 {
		src = s.ids(s.group(a))
	} else if a := s.byAgentWithin(m.end-1, 0); a >= 0 {
		src = s.ids(s.group(a)) // "convened by the African Union"
	} else if a := s.byAfterSides(m.end); a >= 0 {
		src = s.ids(s.group(a)) // "brokered between Moscow and Kyiv by the UN and Turkey"
	} else if a := s.nounAgent(m); a >= 0 {
		src = s.ids(s.group(a)) // "Omani mediation"
	} else if k := s.ofParty(m); k >= 0 {
		src = s.ids(s.group(k)) // "with the mediation of Qatar", "under the auspices of the United Nations"
	} else if m.end < len(s.items) && s.items[m.end].is("by") {
		return // "talks facilitated by the Caribbean Community": a mediator that is no party of ours
	} else if src, creditSides = s.creditedParty(m.start); len(src) == 0 {
		src, _ = s.sourceOf(m.start, false)
	} else {
		credited = true
	}
	if len(src) == 0 {
		return
	}
	// "mediated talks between Israel and Hamas alongside Egypt", "have
	// mediated between the two sides alongside Washington": a fellow
	// mediator, never a side
	fellows := without(s.ids(s.accompanying(m.end)), src)
	targets := without(s.betweenSides(m.end, src), fellows) // "a truce brokered by Egypt between Israel and Islamic Jihad"
	if credited {
		targets = creditSides
	}
	src = append(src, fellows...)
	if len(targets) > 0 {
		if s.items[m.end-1].is("talks", "negotiations") && len(targets) == 2 {
			// "convened talks between Ethiopia and the TPLF": the talks the
			// phrase holds are the sides' own move toward each other
			s.emitPairs(&trigger{typ: briefbot.Deescalation, code: "talks", intensity: 4}, targets, 0.6)
		}
	}
	if len(targets) == 0 {
		targets = s.calmingSides(src) // (with no side named the credit's, the sides of a deal told before)
	}
	for k := m.start - 1; len(targets) == 0 && k >= 0 && k >= m.start-12 && !s.items[k].isBoundary(); k-- {
		if s.items[k].is("between") {
			targets = s.betweenSides(k, src) // "shuttled between Moscow and Tbilisi to broker a ceasefire"
		}
	}
	if len(targets) == 0 && !credited {
		// "hosted a NATO summit": the body whose meeting it is, no side; nor
		// is what a relative clause on the mediator names ("Sarkozy, whose
		// country holds the EU's presidency, brokered a plan"), nor a party
		// of a contrasting clause ("helped secure the truce, while
		// Washington urged ...")
		join := s.clauseJoinAfter(m.end)
		targets = slices.DeleteFunc(s.others(src), func(id string) bool {
			return s.namesAMeeting(id) || s.onlyWhere(id) || s.namedOnlyAs(id, func(k int) bool {
				return k < m.start && inRelativeItems(s.items, k) || k > join || approvalWords[s.byVerb(k)] // "brokered by Qatar and welcomed by the UN": an onlooker
			})
		})
	}
	for i := len(s.d.events) - 1; i >= 0 && len(targets) == 0; i-- {
		if e := s.d.events[i]; e.Type == briefbot.Deescalation && !slices.Contains(src, e.Source) && !slices.Contains(src, e.Target) {
			targets = []string{e.Source, e.Target} // "the talks, helped by Swiss mediation"
		}
	}
	s.emit(m.trig, src, without(targets, fellows), nil, 0.6)
}

// callsFrom returns the first party of "from X" after calls named as a
// noun that something drew ("prompted calls for restraint from China",
// "amid calls for calm from the UN"), or -1.
func (s *sent) callsFrom(m match) int {
	if !s.items[m.start].is("calls", "appeals") || m.start == 0 || !s.items[m.start-1].is("prompted", "drew", "sparked", "triggered", "amid", "brought", "prompting", "drawing", "sparking", "triggering") {
		return -1
	}
	return s.fromParty(m.end, s.objectEnd(m.end, nil))
}

// creditVerbs thank or praise a party for what it did.
var creditVerbs = verbClass("praise", "thank", "credit", "commend", "hail", "laud", "applaud", "congratulate")

// creditedParty returns the party a verb of praise at the head of the
// trigger at h credits with it, and the sides of what it did: in "Biden
// praised Sisi for his role in mediating the deal" Egypt mediated, not the
// United States.
//
// The sides are those the phrase of the credit names, with the party
// crediting when it is at odds with one of them ("Armenia thanked Russia
// for brokering the truce with Azerbaijan"); a phrase naming none leaves
// them to the article ("for his role in mediating the deal").
func (s *sent) creditedParty(h int) (credited, sides []string) {
	u := s.tokOfItem(h)
	if !s.hasTree || u < 0 {
		return nil, nil
	}
	for v, steps := s.head(u), 0; v >= 0 && steps < 6; v, steps = s.head(v), steps+1 {
		if s.tk(v).UPOS != "VERB" || !creditVerbs[s.lemma(v)] {
			continue
		}
		o := s.child(v, "obj")
		if o < 0 || o > u {
			return nil, nil
		}
		credited = s.ids(s.nominalActors(o, nil))
		// the sides named after the act, up to the end of its phrase
		for k := h + 1; k < len(s.items) && k <= h+8 && !s.items[k].isBoundary(); k++ {
			if s.items[k].is("and") && s.itemIs(k+1, "said", "says", "added", "called", "urged", "vowed") {
				break
			}
			if !s.items[k].anaphor && s.otherAt(k, credited) {
				sides = appendUnique(sides, s.items[k].actor)
			}
		}
		if sb, _ := s.subjTok(v); sb >= 0 && len(sides) > 0 {
			for _, c := range s.ids(s.nominalActors(sb, nil)) {
				if s.c.rivalOfAny(c, sides) {
					sides = appendUnique(sides, c)
				}
			}
		}
		return credited, sides
	}
	return nil, nil
}

// clauseJoinAfter returns the first item after k that joins a contrasting
// clause ("while", "whereas", a semicolon), or the sentence's length.
func (s *sent) clauseJoinAfter(k int) int {
	for ; k < len(s.items); k++ {
		if clauseJoins[s.items[k].text] {
			return k
		}
	}
	return len(s.items)
}

// refusals before an offer or a mediation say it did not take place.
var refusals = set("rejected", "rejects", "reject", "rejecting", "refused", "refuses", "refuse", "declined", "rebuffed", "rebuffs", "opposed", "opposes")

// namesAMeeting reports a party the sentence names only right before a
// word of meeting: "a NATO summit", "the ASEAN meeting".
func (s *sent) namesAMeeting(id string) bool {
	named := false
	for k := range s.items {
		if s.items[k].kind != actorItem || s.items[k].actor != id {
			continue
		}
		if k+1 >= len(s.items) || !s.items[k+1].is("summit", "summits", "meeting", "meetings", "conference", "session", "forum") {
			return false
		}
		named = true
	}
	return named
}

// betweenSides returns the parties named by a "between" within four items
// after from, other than exclude: "between Israel and Hamas".
func (s *sent) betweenSides(from int, exclude []string) []string {
	var sides []string
	if from > 0 && s.items[from-1].is("both") {
		from-- // "in contact with both Israel and Hamas": the phrase's own last word opens the sides
	}
	for k := from; k < len(s.items) && k <= from+8 && !s.items[k].isBoundary() && !s.items[k].is(","); k++ {
		if !s.items[k].is("between") && !(k == from && s.items[k].is("both")) {
			continue // (past a place and a day: "hosted talks in Geneva on Tuesday between")
		}
		for j := k + 1; j < len(s.items) && j <= k+8 && !s.items[j].isBoundary(); j++ {
			if len(sides) >= 2 && (prepositions[s.items[j].text] || accompanyCases[s.items[j].text] || s.items[j].is(",")) {
				break // "between Israel and Hamas over the release of Palestinian prisoners", "... alongside Egypt", "..., and the EU threatened"
			}
			if s.eligibleObject(j) && !slices.Contains(exclude, s.items[j].actor) {
				sides = appendUnique(sides, s.items[j].actor)
			}
		}
		break
	}
	return sides
}

// coAgents returns the parties that act with the sources of the act at m,
// named in its clause as partners: "Mali, together with Burkina Faso and
// Niger, recalled its ambassador", "launched strikes on ADF camps in a
// joint operation with the Congolese army".
func (s *sent) coAgents(m match, src, targets []string) []string {
	var out []string
	lo := m.start
	for lo > 0 && lo > m.start-10 && !s.items[lo-1].isBoundary() {
		lo--
	}
	for k := lo; k < len(s.items) && k < m.end+16 && !s.items[k].isBoundary(); k++ {
		if !s.eligibleObject(k) || !s.coAgentAt(k, k > m.start) || s.relClauseOf(k) != s.relClauseOf(m.start) || slices.ContainsFunc(src, func(id string) bool { return s.c.home(id) == s.items[k].actor || s.c.home(s.items[k].actor) == id }) {
			continue // (not "which it held responsible, together with the TTP": another clause's; nor a group's foe)
		}
		for _, g := range s.group(k) {
			if id := s.items[g].actor; !slices.Contains(src, id) && !slices.Contains(targets, id) {
				out = appendUnique(out, id)
			}
		}
	}
	return out
}

// coAgentAt reports a party at k named as acting with another: "alongside
// Somali forces", "together with Niger", "a joint operation with the
// Congolese army" (not "in solidarity with", "in support of": the side
// served). After the act's verb, where "together with Tren de Aragua" may
// join the object ("designated the CJNG together with ..."), only a joint
// act or forces alongside count.
func (s *sent) coAgentAt(k int, afterVerb bool) bool {
	w := s.prevWordAt(k)
	if w < 0 {
		return false
	}
	switch s.items[w].text {
	case "alongside":
		return !afterVerb || k+1 < len(s.items) && (stateForceNouns[s.items[k+1].text] || forceNouns[s.items[k+1].text])
	case "with":
		for j := w - 1; j >= 0 && j >= w-3; j-- {
			if jointWords[s.items[j].text] && (!afterVerb || !s.items[j].is("together")) || !afterVerb && s.items[j].is("along") {
				return true
			}
			if pastForm(s.items[j].text) {
				break // "a joint operation agreed with Kinshasa": its partner in the deal
			}
		}
	}
	return false
}

// relClauseOf returns the head token of the relative clause item k is in,
// or -1 (also with no tree).
func (s *sent) relClauseOf(k int) int {
	if t := s.tokOfItem(k); s.hasTree && t >= 0 {
		return s.clauseHeadOf(t, "acl:relcl")
	}
	return -1
}

// accompanying returns the parties named after "alongside", "along with",
// "together with" or "with help from" in the clause from item from: who
// acts with the subject.
func (s *sent) accompanying(from int) []int {
	for k := from; k+1 < len(s.items) && k <= from+12 && !s.items[k].isBoundary(); k++ {
		j := k + 1
		switch {
		case accompanyCases[s.items[k].text]:
			if s.items[j].is("with") {
				j++
			}
		case s.items[k].is("with"):
			n := helpedBy(s.items[j:]) // "with help from Qatar", "with the help of Qatar"
			if n == 0 {
				continue
			}
			j += n
		default:
			continue
		}
		for s.itemIs(j, "the") {
			j++
		}
		if j < len(s.items) && s.eligibleObject(j) {
			return s.group(j)
		}
		return nil
	}
	return nil
}

// hostedRivals returns the rivals a host verb takes as its object ("hosted
// both his Ethiopian and Somali counterparts"), or nil.
func (s *sent) hostedRivals(m match) []string {
	if !strings.HasPrefix(s.items[m.start].text, "host") && !strings.HasPrefix(s.items[m.start].text, "co-host") || s.passive(m.start) || s.itemIs(m.end, "by") {
		return nil // ("talks hosted by Russia and the US": the hosts, who met no one)
	}
	if m.end < len(s.items) && s.items[m.end].is("separate", "parallel") {
		return nil // "hosted separate talks between Kinshasa and the M23": the sides did not meet
	}
	tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), nil)
	parts := s.ids(tg)
	if len(parts) < 2 || !s.c.rivalsAmong(parts) {
		return nil
	}
	return parts
}

// byAfterSides returns the agent of the by-phrase after the sides a
// mediation is between ("brokered between Moscow and Kyiv by the UN"), or
// -1.
func (s *sent) byAfterSides(from int) int {
	if from >= len(s.items) || !s.items[from].is("between") {
		return -1
	}
	for k := from + 1; k < len(s.items) && k <= from+8; k++ {
		if s.items[k].is("by") {
			return s.byAgentWithin(k, 0)
		}
		if s.items[k].isBoundary() || s.items[k].is(",") {
			return -1
		}
	}
	return -1
}

// codeIntent codes a calming statement of intent ("does not seek
// escalation with Y") as de-escalation towards Y.
func (s *sent) codeIntent(a *analysis) {
	m := a.m
	if s.items[m.end-1].is("of", "to", "intention") && !s.hostileIntent(m.end) {
		return // "has no intention of selling arms to Chad" calms no one
	}
	if strings.HasPrefix(s.items[m.start].text, "assur") || strings.HasPrefix(s.items[m.start].text, "reassur") {
		if !s.calmingContent(m.end, s.complementEnd(m.end)) {
			return // "assuring that it is the firm response" calms no one
		}
	}
	if slices.ContainsFunc(s.items[m.start:m.end], func(it item) bool { return it.is("end", "ending", "stop", "halt") }) {
		return // "does not want to end the war": no calm
	}
	src, conf := s.sourceOf(m.start, true)
	if len(src) == 0 {
		return
	}
	tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), src)
	targets := s.ids(tg)
	if len(targets) == 0 {
		targets = s.addressee(m.start, src) // "told the US that it is not seeking escalation"
	}
	if len(targets) == 0 && len(src) >= 2 && s.c.rivalsAmong(src) {
		s.emitPairs(m.trig, src, conf) // "the army and the RSF said they were committed to the truce": to each other
		return
	}
	if len(targets) == 0 {
		targets = s.counterparts(src)
		targets = firstOf(targets)
	}
	if len(targets) == 0 && !s.anyoneAfter(m.end) {
		// "Pakistan does not seek escalation, urges the Afghan Taliban
		// authorities to ...": the one rival the sentence names (not "with
		// any neighbour": with no one in particular)
		if rivals := slices.DeleteFunc(s.others(src), func(id string) bool { return !s.c.rivalOfAny(id, src) }); len(rivals) == 1 {
			targets = rivals
		}
	}
	s.emit(m.trig, src, targets, nil, conf)
	s.avengedAttacks(m.start, s.complementEnd(m.end), src) // "no plans to answer Kenya's shelling" states the shelling
}

// anyoneAfter reports "with any", "with anyone" or "with its neighbours"
// after k: a statement aimed at no one in particular.
func (s *sent) anyoneAfter(k int) bool {
	return k+1 < len(s.items) && s.items[k].is("with", "against", "toward", "towards") && s.items[k+1].is("any", "anyone", "anybody", "its", "their", "neighbours", "neighbors")
}

// addressee returns the party a statement at item h is told to: the
// object of the verb of telling whose clause holds it ("told the US that
// it does not seek escalation").
func (s *sent) addressee(h int, src []string) []string {
	if !s.hasTree {
		return nil
	}
	start := s.predTok(h)
	if start < 0 {
		start = s.tokOfItem(h) // "not" of "is not seeking escalation"
	}
	for c, steps := start, 0; c >= 0 && steps < 4; c, steps = s.head(c), steps+1 {
		if !s.rel(c, "ccomp") || s.head(c) < 0 {
			continue
		}
		v := s.head(c)
		var out []string
		for j := range s.tree.Tokens {
			if s.tree.Tokens[j].Head == v && (s.tree.Tokens[j].Rel == "obj" || s.tree.Tokens[j].Rel == "iobj") {
				for _, k := range s.nominalActors(j, nil) {
					if !contains(src, s.items[k].actor) {
						out = appendUnique(out, s.items[k].actor)
					}
				}
			}
		}
		return out
	}
	return nil
}

// sideWords name the sides of a conflict without naming them: "both
// sides", "all parties", "the two countries".
var sideWords = set("both", "all", "the", "two", "each", "sides", "side", "parties", "party", "countries",
	"nations", "neighbours", "neighbors", "governments", "rivals", "belligerents", "warring", "involved", "concerned")

// hostileActAfter reports a one-sided hostile act opening within n items
// of from, past determiners: "(stop) arming Taiwan", "(halt) its strikes".
func (s *sent) hostileActAfter(from, n int) bool {
	for k := from; k < len(s.items) && k < from+n; k++ {
		if s.oneSidedHostileAt(k) {
			return true
		}
		if s.items[k].kind != wordItem || !s.items[k].is("its", "their", "the", "all", "further") {
			return false
		}
	}
	return false
}

// namesNoParty reports an addressee in [from, to) named by other words
// than the sides: "regional leaders", "the international community".
func (s *sent) namesNoParty(from, to int) bool {
	for k := from; k < to; k++ {
		it := &s.items[k]
		if it.kind != wordItem || sideWords[it.text] {
			continue
		}
		if u := s.tokOfItem(k); s.hasTree && u >= 0 && !isNominal(s.tk(u).UPOS) {
			continue // "urged them again to", "urged all sides concerned"
		}
		if !s.hasTree && !strings.HasSuffix(it.text, "s") {
			continue // without a tree, a plural noun: "leaders", "officials"
		}
		return true
	}
	return false
}

// calmingContent reports a calm cue or a negation in items [from, to):
// what an assurance promises ("would take measures to stop such
// incidents", "would not happen again").
func (s *sent) calmingContent(from, to int) bool {
	for k := from; k < to && k < len(s.items); k++ {
		if it := &s.items[k]; it.kind == wordItem && (calmCues[it.text] || negators[it.text]) {
			return true
		}
	}
	return false
}

// calledFor reports a calming move at token v that a call or pressure asks
// of its addressee: "urged Iran and Pakistan to show restraint and avoid an
// escalation", "pressure on Iran to avoid escalation".
func (s *sent) calledFor(v int) bool { return s.caller(v) >= 0 }

// caller returns the verb of calling whose call a verb at v is ("urged
// Congo and Rwanda to meet and resolve the crisis"), or -1. A verb with a
// subject of its own is done, not called for.
func (s *sent) caller(v int) int {
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if !s.rel(v, "xcomp") && !s.rel(v, "conj") && !s.rel(v, "acl") && !(s.rel(v, "advcl") && s.markOf(v) == "to") || s.child(v, "nsubj") >= 0 {
			return -1
		}
		v = s.head(v)
		// ("wants to restore ties" is the subject's own wish: a call has
		// an addressee)
		if l := s.lemma(v); v >= 0 && (objectControllers[l] && !causeVerbs[l] && s.child(v, "obj") >= 0 || callVerbs[l] || l == "pressure") {
			return v
		}
	}
	return -1
}

// obliged reports a calming verb at item h its subject is told to do:
// "must de-escalate", and "(must de-escalate and) return to dialogue",
// which shares the first verb's "must".
func (s *sent) obliged(h int) bool {
	if s.before(h, 3, obligationWords, true) {
		return true
	}
	th := s.tokOfItem(h)
	if !s.hasTree || th < 0 {
		return false
	}
	// "must resume talks", "must return to security and dialogue": the
	// verb that takes the act
	if th = s.governingVerb(th, 4); th < 0 {
		return false
	}
	th = s.auxHost(th)
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == th && s.tree.Tokens[j].Rel == "aux" && obligationWords[s.form(j)] {
			return true
		}
	}
	return false
}

// governingVerb returns the verb that takes the noun at token v as its
// object or oblique, through up to n nouns ("return to security and
// dialogue"), or v when it is no noun; -1 for a noun that verb does not
// take so.
func (s *sent) governingVerb(v, n int) int {
	for steps := 0; steps < n && v >= 0 && isNominal(s.tk(v).UPOS); steps++ {
		if !s.rel(v, "obj") && !s.rel(v, "obl") && !s.rel(v, "conj") && !s.rel(v, "nmod") {
			return -1
		}
		v = s.head(v)
	}
	return v
}

// codeObligation codes a call on the subjects of an obliged calming verb:
// "Lima and Quito must de-escalate, Brazil said" is the speaker's; without
// a speaker, nobody calls.
func (s *sent) codeObligation(h int, t *trigger) {
	if s.ultimatumWithin(h+1, s.complementEnd(h+1)) {
		return // "Iran must make peace or face far greater attacks": an ultimatum, coded as a threat, no call for calm
	}
	src, _ := s.sourceOf(h, true)
	if caller := s.reporter(h); len(caller) > 0 && len(src) > 0 && !slices.Contains(caller, src[0]) {
		s.emit(t, caller, src, nil, 0.6)
	}
}

// landNouns name a party's land, which its troops may be asked to leave.
var landNouns = set("territory", "territories", "soil", "land", "lands")

// ofParty returns the party named by an "of" that ends the trigger m or
// follows it, past "the", or -1.
func (s *sent) ofParty(m match) int {
	k := m.end
	if !s.items[k-1].is("of") {
		if k >= len(s.items) || !s.items[k].is("of") {
			return -1
		}
		k++
	}
	if s.itemIs(k, "the") {
		k++
	}
	if k < len(s.items) && s.eligibleObject(k) {
		return k
	}
	return -1
}

// auspicesOf reports a party named as whose auspices a deal was under:
// "under the auspices of the UN".
func (s *sent) auspicesOf(k int) bool {
	j := k - 1
	if j >= 0 && s.items[j].is("the") {
		j--
	}
	return j >= 1 && s.items[j].is("of") && s.items[j-1].is("auspices", "aegis")
}

// helpedBy returns the length of "help from", "the help of", "the
// assistance of" at the start of items, or 0.
func helpedBy(items []item) int {
	n := 0
	if len(items) > 0 && items[0].is("the") {
		n = 1
	}
	if n+1 < len(items) && (helpNouns[items[n].text] || items[n].is("mediation")) && items[n+1].is("from", "of") {
		return n + 2
	}
	return 0
}

// fromOwnLand reports "from" or "out of" and the land of one of src
// between items from and to ("from Iraqi territory", "from its soil", "out
// of Iraq"), or "respect" and its domain ("respect India's sovereignty").
func (s *sent) fromOwnLand(from, to int, src []string) bool {
	for k := from; k+1 < to; k++ {
		respect := s.items[k].is("respect")
		if !s.items[k].is("from") && !(s.items[k].is("of") && s.items[k-1].is("out")) && !respect {
			continue
		}
		j := k + 1
		if s.items[j].is("the") && j+1 < to {
			j++
		}
		it := &s.items[j]
		owner := it.kind == actorItem && slices.Contains(src, it.actor) || it.is("its", "our", "their")
		if respect {
			if owner && (it.poss || it.is("its", "our")) && j+1 < to && domainNouns[s.items[j+1].text] {
				return true // "urged Kathmandu to respect India's sovereignty": the other is charged with violating it
			}
			continue
		}
		if owner && (it.kind == actorItem && !it.poss && it.form != FormDemonym || j+1 < to && landNouns[s.items[j+1].text]) {
			return true
		}
	}
	return false
}

// askedOf returns the parties the object [from, to) of a call asks to
// calm, other than src: not where ("a political solution in Syria"), nor
// whose land is to be respected ("called for respect for Congo's
// territorial integrity" asks it of others).
func (s *sent) askedOf(from, to int, src []string) []string {
	tg, _ := s.objects(from, to, src)
	tg = slices.DeleteFunc(tg, s.domainOwner)
	return slices.DeleteFunc(s.ids(tg), s.onlyWhere)
}

// domainOwner reports a party at item k named as the owner of the domain
// the next item names: "Congo's territorial integrity", "Ukrainian
// sovereignty".
func (s *sent) domainOwner(k int) bool {
	it := &s.items[k]
	return (it.poss || it.form == FormDemonym) && k+1 < len(s.items) && domainNouns[s.items[k+1].text]
}

// toWithin returns the item of "to" inside the trigger phrase m, after its
// addressee ("warned Israel to stop"), or -1; the "to" right after the
// verb is the addressee's preposition ("appealed to the US and Europe to
// help").
func (s *sent) toWithin(m match) int {
	for k := m.start + 2; k < m.end; k++ {
		if s.items[k].is("to") {
			return k
		}
	}
	return -1
}

// factionNouns after one state's name are its own leaders or factions.
var factionNouns = set("leaders", "factions", "parties", "politicians", "sides", "groups", "rivals", "stakeholders")

// rivalryModifiers make those factions rivals of each other: "Libya's
// rival factions".
var rivalryModifiers = set("rival", "warring", "feuding", "competing", "opposing")

// internalAddressee reports a call addressed to one state's own factions,
// [from, to), about their quarrel with each other: "urged Libyan leaders
// to resolve their differences", "called on Libya's rival factions".
func (s *sent) internalAddressee(from, to, cstart, cend int) bool {
	party, rivals := -1, false
	for k := from; k < to; k++ {
		it := &s.items[k]
		switch {
		case it.kind == actorItem:
			if party >= 0 {
				return false // "Serbian and Kosovar leaders": two parties
			}
			party = k
		case rivalryModifiers[it.text]:
			rivals = true
		case factionNouns[it.text] && party >= 0 && k <= party+2:
			if rivals {
				return true
			}
			for j := cstart; j+1 < cend; j++ {
				if s.items[j].is("their") && s.items[j+1].is("differences", "disputes", "rivalry") || s.items[j].is("each") && s.items[j+1].is("other") ||
					s.items[j].is("one") && s.items[j+1].is("another") {
					return true
				}
			}
			return false
		}
	}
	return false
}
