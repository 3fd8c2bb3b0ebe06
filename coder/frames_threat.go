package coder

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// The threaten family: threats, warnings, vows and promised responses,
// against the party named, else against who struck or accused the source.
// A party's own threat is an escalation though it is conditional ("will
// respond if"); speculation by others is none.

// answeredAttacks codes the attack a response answers, whatever becomes of
// the response itself: "weighs how to respond to Iran's attack" tells the
// attack on the party that weighs it.
func (s *sent) answeredAttacks(a *analysis) {
	src, _ := s.fill(a, s.c.frames[a.m.trig.frame], asSource, nil)
	for v, steps := a.head, 0; len(src) == 0 && v >= 0 && s.hasTree && steps <= len(s.tree.Tokens); v, steps = s.head(v), steps+1 {
		// "is deciding whether to respond": who decides would respond
		if sb, passive := s.subjTok(v); sb >= 0 && !passive {
			src = s.ids(s.nominalActors(sb, nil))
			break
		}
	}
	if len(src) > 0 {
		s.avengedAttacks(a.m.end, s.complementEnd(a.m.end), src)
	}
}

// noChoiceBut reports "no choice (option, alternative) but to" before h:
// a party's own resolve to act.
func (s *sent) noChoiceBut(h int) bool {
	return h >= 4 && s.items[h-1].is("to") && s.items[h-2].is("but") && s.items[h-3].is("choice", "option", "alternative") && s.items[h-4].is("no")
}

// causedAct reports a verb at item h that a verb of causing makes its
// object do: "prompting Pakistani troops to respond".
func (s *sent) causedAct(h int) bool {
	t := s.tokOfItem(h)
	return s.hasTree && t >= 0 && s.rel(t, "xcomp") && s.head(t) >= 0 && causeVerbs[s.lemma(s.head(t))]
}

// endangeredThings are what a party or thing is said to threaten when no
// threat is made: "threatens Rwanda's security", "threatened regional
// stability".
var endangeredThings = set("security", "stability", "peace", "existence", "sovereignty", "safety", "interests", "integrity", "unity", "survival", "future")

// directiveVerbs tell a party what to do by when: the verb an ultimatum's
// "or face ..." hangs under.
var directiveVerbs = verbClass("give", "tell", "order", "demand", "call", "urge", "warn", "ask", "instruct", "issue", "set", "grant")

// directiveAbove returns the verb of telling a party what to do that the
// trigger at item h, an ultimatum's penalty, hangs under within a few
// steps of the tree ("gave the junta a week to reinstate Bazoum or face
// ..."), or -1.
func (s *sent) directiveAbove(h int) int {
	t := s.tokOfItem(h)
	if !s.hasTree || t < 0 {
		return -1
	}
	for c, steps := s.head(t), 0; c >= 0 && steps < 6; c, steps = s.head(c), steps+1 {
		if s.tk(c).UPOS == "VERB" && directiveVerbs[s.lemma(c)] {
			return c
		}
	}
	return -1
}

// penaltyVerbs take an ultimatum's penalty: "or face military action".
var penaltyVerbs = verbForms("face", "risk")

// ultimatumWithin reports an ultimatum's penalty among items [from, to).
func (s *sent) ultimatumWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.frame == frameUltimatum {
			return true
		}
	}
	return false
}

func init() {
	// the party that sets an ultimatum, and the party it addresses
	rules["h:directive"] = func(s *sent, a *analysis, _ []string) []string {
		if d := s.directiveAbove(a.m.start); d >= 0 {
			if sb, pass := s.subjTok(d); sb >= 0 && !pass {
				return s.ids(s.nominalActors(sb, nil))
			}
		}
		return nil
	}
	// "Washington said Tehran must halt enrichment or face military
	// action": who is to face the penalty, the subject of its verb
	rules["h:obligee"] = func(s *sent, a *analysis, exclude []string) []string {
		for k := a.m.start + 1; k < a.m.end; k++ {
			if v := s.tokOfItem(k); s.hasTree && v >= 0 && penaltyVerbs[s.items[k].text] {
				// (the parse may read "face" as a noun: the nearest verb above)
				for steps := 0; v >= 0 && s.tk(v).UPOS != "VERB" && steps < 4; steps++ {
					v = s.head(v)
				}
				if v < 0 {
					return nil
				}
				if sb, pass := s.subjTok(v); sb >= 0 && !pass {
					return without(s.ids(s.nominalActors(sb, nil)), exclude)
				}
				return nil
			}
		}
		return nil
	}
	rules["h:addressee"] = func(s *sent, a *analysis, exclude []string) []string {
		d := s.directiveAbove(a.m.start)
		if d < 0 {
			return nil
		}
		for _, st := range [][]step{{{"iobj", ""}}, {{"obj", ""}}, {{"obl", "on"}}} {
			for _, c := range s.stepFrom(a, d, st[0], false, nil) {
				if ids := without(s.ids(s.nominalActors(c, nil)), exclude); len(ids) > 0 {
					return ids
				}
			}
		}
		return nil
	}
}

// labelWords name what an act is called: "condemned it as", "calling it",
// and labellingPasts.
var labelWords = func() map[string]bool {
	m := set("as", "calling", "terming", "describing", "branding", "labelling", "labeling", "dubbing")
	maps.Copy(m, labellingPasts)
	return m
}()

// codeThreat codes a threat, a warning, a vow or a promised response.
func (s *sent) codeThreat(a *analysis) {
	m := a.m
	h, t := m.start, m.trig
	if t.frame == frameThreat && s.items[h].is("act") && s.before(h, 4, labelWords, true) {
		return // "condemned the shooting as an act of war", "called it an act of war": a judgement, coded as one
	}
	switch t.frame {
	case frameRespond:
		if !s.before(h, 5, threatModals, true) && !s.items[h].is("responded") && !s.causedAct(h) && !s.noChoiceBut(h) {
			s.answeredAttacks(a) // "mulls how to respond to Iran's attack": no threat, but the attack is told
			return               // "responded to questions"
		}
		if m.end+1 < len(s.items) && s.items[m.end].is("by") {
			if w, ok := s.c.lx.longestAt(s.items, m.end+1); ok && w.trig.typ != briefbot.Escalation {
				return // "responded by summoning Mali's ambassador": the means is its own event, in words
			}
		}
		if s.calmManner(m.end) {
			return // "will respond to the situation with a resolute and calm attitude": no threat
		}
		if s.repliesTo(a.head) {
			return // "will respond to the US proposal": an answer, no threat
		}
	case frameThreat:
		if j := h - 1; j > 0 && s.items[j].is("a", "an") && s.items[j-1].is("was", "were") {
			return // "the raid was an act of war": a judgement of what happened, no threat
		}
		if strings.HasPrefix(s.items[h].text, "warn") && (!s.threatFollows(m.end) || s.warnsOfOutcome(h, m.end) || s.warnsOfOthers(a) || s.items[m.end].is("against")) {
			return // "warned Chad of reports about a plot" informs; "warned against foreign intervention" cautions
		}
	case frameDeter:
		if !s.before(h, 5, futureAuxes, true) && !futureAuxes[s.items[h].text] { // ("would cross a red line" holds its own)
			return // "the raid was met with a response": what followed, not a warning
		}
	case frameVow:
		cue := false
		end := s.objectEnd(m.end, nil) // "vowed to defend its troops after the attack": what is vowed ends there
		for k := m.end; k < end && k <= m.end+8; k++ {
			if s.items[k].kind == wordItem && vowCues[s.items[k].text] {
				cue = true
			}
		}
		if !cue {
			return // "vowed to rebuild"
		}
	}
	if t.frame != frameDeter && !s.items[h].is("ready", "prepared", "poised") && (a.subj >= 0 && !a.passive && (threatThings[s.lemma(a.subj)] || t.frame == frameThreat && eventNouns[s.lemma(a.subj)]) || h > 0 && threatThings[singular(s.items[h-1].text)]) {
		return // "North Korea's actions threaten peace", "an Israeli operation in Rafah would threaten the treaty": a thing endangers, no party threatens (but "our missiles are ready to strike" is the owner's threat)
	}
	if t.frame == frameThreat && a.head >= 0 && !a.noun {
		// (but "Boko Haram's insurgency has threatened Nigeria's integrity"
		// names hostilities that do)
		if o := s.child(a.head, "obj"); o >= 0 && endangeredThings[s.lemma(o)] && (a.subj >= 0 && (s.tk(a.subj).UPOS == "PRON" || s.tk(a.subj).UPOS == "PROPN") || s.relativeSubject(a.head)) {
			return // "says it threatens Rwanda's security", "a violation that threatened the safety of its people": said to endanger, no threat made
		}
	}
	sp := s.c.frames[t.frame]
	src, si := s.fill(a, sp, asSource, nil)
	if len(src) == 0 {
		return
	}
	conf := sp.conf
	if si >= 0 && strings.Contains(sp.source[si].name, "speaker") {
		conf = 0.6
	}
	if s.selfInflicted(m) {
		// "said Israel had prepared a harsh punishment for itself": the doom
		// is the subject's own, and the speaker threatens it
		if k := s.speaker(m.start); k >= 0 && !slices.Contains(src, s.items[k].actor) {
			s.emit(t, s.ids(s.group(k)), src, nil, 0.6)
		}
		return
	}
	if t.code == "retaliate" && s.retort(m) {
		// "India hit back at Pakistan, calling its remarks baseless": words
		// answer words, a counter-accusation
		tg, _ := s.objects(m.end, s.objectEnd(m.end, nil), src)
		if len(tg) == 0 {
			tg, _ = s.objects(m.end, s.complementEnd(m.end), src) // "fired back that Riyadh's decision ..."
		}
		s.emit(accuseTrigger, src, s.ids(tg), nil, 0.6)
		return
	}
	targets, ti := s.fill(a, sp, asTarget, src)
	s.avengedAttacks(m.end, s.complementEnd(m.end), src)
	if (t.frame == frameVow || t.frame == frameThreat) && len(targets) > 0 {
		// "warning Japan against playing with fire"; a warning with no
		// party named leaves its clause to say whom ("warned that it would
		// keep attacking the US"); what a party calls the act it answers
		// is its own charge ("would pay for what it called aggression")
		end := s.complementEnd(m.end)
		if k := s.labelledActAt(m.end, end); k >= 0 {
			end = k
		}
		s.consume(m.end, end)
	}
	if ti >= 0 && sp.target[ti].rule != nil && !strings.HasPrefix(sp.target[ti].name, "h:") && !authorSlots[sp.target[ti].name] {
		targets, conf = firstOf(targets), 0.5 // a party the context names (the clause a threat answers names its own)
	}
	if len(src) > 1 && (len(targets) == 0 || !slices.ContainsFunc(targets, func(id string) bool { return !slices.Contains(src, id) })) && (s.c.rivalsAmong(src) || s.counterpartsAmong(src)) {
		s.emitPairs(t, src, 0.5) // "Israel and Hamas warned they would respond to any violation": each warns the other
		return
	}
	s.emit(t, src, targets, nil, conf)
	if len(targets) > 0 && s.answersWrong(m.end) {
		s.emit(accuseTrigger, src, targets, nil, 0.5) // "would respond to the brutal aggression": what it answers, called a wrong
	}
}

// answersWrong reports an answer's object, right after item from, that
// the text calls a wrong: "respond to the brutal aggression".
func (s *sent) answersWrong(from int) bool {
	if from < 1 || !s.items[from-1].is("respond", "retaliate", "react", "reply") || !s.itemIs(from, "to", "against", "for") {
		return false
	}
	for k := from + 1; k < len(s.items) && k <= from+4 && !s.items[k].isBoundary(); k++ {
		if s.items[k].kind == wordItem && doubtNouns[s.items[k].text] {
			return false // "would respond to any aggression": feared, not done
		}
		if s.c.judgementKind(s.items, k) == judgeWrong {
			return true
		}
	}
	return false
}

// onlyPlace reports a party the sentence names only as where something
// happened ("at a base in Jordan", "in the Pakistani city of Karachi": a
// city that is no capital names no party) or as a name modifying a noun
// ("since the Gaza war began"); a pronoun read as the party names it no
// other way ("..., calling it a cowardly act").
func (s *sent) onlyPlace(id string) bool {
	return s.namedOnlyAs(id, func(k int) bool {
		t := s.tokOfItem(k)
		return s.locativeAt(k) || s.items[k].form == FormCity || s.items[k].anaphor && isPronoun(&s.items[k]) || s.items[k].form != FormDemonym && (s.items[k].compound || t >= 0 && s.rel(t, "compound")) ||
			t >= 0 && s.rel(t, "amod") && s.head(t) >= 0 && settlementNouns[s.form(s.head(t))] && placePreps[s.caseOf(s.head(t))]
	})
}

// settlementNouns name a place a nationality locates: "the Pakistani city
// of Karachi", "the Yemeni port".
var settlementNouns = set("city", "town", "village", "province", "region", "capital", "district", "county",
	"port", "island", "coast", "territory", "airport", "harbour", "harbor")

// onlyWhere reports a party the sentence names only after a preposition of
// place: "called for de-escalation in northern Syria".
func (s *sent) onlyWhere(id string) bool {
	return s.namedOnlyAs(id, s.locativeAt)
}

// locativeAt reports an actor at k named as a place: after a preposition
// of place, or joined to one so named ("operating in Syria and Iraq").
func (s *sent) locativeAt(k int) bool {
	for j := k; j >= 0; j-- {
		if locativePreps[s.prevWord(j)] {
			return true
		}
		if j == 0 || !s.items[j-1].is("and", "or", ",") || j < 2 || s.items[j-2].kind != actorItem {
			return false
		}
		j-- // back over "and" to the conjunct before
	}
	return false
}

// selfInflicted reports a threat its subject brings on itself: "had
// prepared a harsh punishment for itself".
func (s *sent) selfInflicted(m match) bool {
	for k := m.end; k < s.objectEnd(m.end, nil) && k <= m.end+4; k++ {
		if s.items[k].kind == wordItem && reflexives[s.items[k].text] {
			return true
		}
	}
	return false
}

// warnsOfOthers reports a warning whose clause is a passive done by
// someone named: "warned Kenya that hotels would be targeted by gunmen"
// tells Kenya of a third party's threat; "warned that Kenya would be
// punished" is the warner's own.
func (s *sent) warnsOfOthers(a *analysis) bool {
	if a.head < 0 {
		return false
	}
	for j := range s.tree.Tokens {
		t := &s.tree.Tokens[j]
		// a clause without "that" may be read as an adverbial one
		if t.Head != a.head || t.Rel != "ccomp" && !(t.Rel == "advcl" && s.markOf(j) == "") {
			continue
		}
		if _, passive := s.subjTok(j); (passive || s.child(j, "aux:pass") >= 0) && s.agentTok(j) >= 0 {
			return true
		}
	}
	return false
}

// invertedConditionAt reports a clause at j that opens with its auxiliary:
// "should Pyongyang attack again", "were Iran to strike".
func (s *sent) invertedConditionAt(j int) bool {
	aux, sb := -1, s.child(j, "nsubj")
	for u := range s.tree.Tokens {
		if s.head(u) == j && s.rel(u, "aux") && (s.form(u) == "should" || s.form(u) == "were" || s.form(u) == "had") {
			aux = u
		}
	}
	return aux >= 0 && sb > aux
}

// causeMarks open a clause that says what a threat answers.
var causeMarks = set("after", "because", "since", "as", "if", "unless", "should") // "If Iran attacks, Israel will respond": the condition names whom

// threatThings are acts and things, not parties: their "threat" is a danger.
var threatThings = set("action", "move", "test", "launch", "program", "programme", "policy", "activity",
	"behaviour", "behavior", "provocation", "weapon", "missile", "drill", "exercise", "deployment", "presence",
	"development", "buildup", "build-up", "expansion", "militarization", "militarisation", "conduct",
	"conflict", "war", "fighting", "violence", "crisis", "unrest", "instability", "situation", "tension")

// singular strips a plural ending: "launches", "tests", "activities".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

func init() {
	// the rules' object of a threat: after the verb, in the condition
	// ("will respond if Iran ..."), or the subject that will suffer
	// ("warned that Iran would face consequences")
	rules["h:threatobj"] = func(s *sent, a *analysis, src []string) []string {
		m, t := a.m, a.m.trig
		end := s.objectEnd(m.end, nil)
		if t.frame != frameThreat || m.end < len(s.items) && !s.items[m.end].is("of", "that") {
			tg, _ := s.objects(m.end, end, src)
			tg = slices.DeleteFunc(tg, s.forumAt) // "warned in a letter to the Security Council": where, not whom
			if len(tg) > 0 && (t.frame != frameRespond || toAgainst[s.prevWord(tg[0])]) {
				return s.ids(tg)
			}
		}
		if s.itemIs(end, "if", "unless") {
			tg, _ := s.objects(end, s.complementEnd(end), src)
			if len(tg) > 0 {
				return s.ids(tg)
			}
		}
		if t.frame == frameThreat && m.end < len(s.items) && s.items[m.end].is("that") {
			return s.ids(s.facingSubject(m.end+1, src))
		}
		return nil
	}
	// "threatened to freeze its relations with the EU if Cyprus took
	// over": the party the threatened step is taken against, named by its
	// preposition, before the one whose act would cause it
	rules["h:threatwith"] = func(s *sent, a *analysis, src []string) []string {
		m := a.m
		end := s.objectEnd(m.end, nil)
		for k := m.end; k < end; k++ {
			if s.eligibleObject(k) && !slices.Contains(src, s.items[k].actor) && (s.prevWord(k) == "with" || s.prevWord(k) == "against") {
				tg, _ := s.objects(k, end, src)
				return s.ids(tg)
			}
		}
		return nil
	}
	// "threatened retaliation after Seoul and Washington began drills": the
	// party whose act the threat answers
	rules["causer"] = func(s *sent, a *analysis, src []string) []string {
		if a.head < 0 {
			return nil
		}
		var out []string
		for j := range s.tree.Tokens {
			p := s.tree.Tokens[j].Head // the threat's verb, or what it threatens: "threatened to take measures after ..."
			if p < 0 || p != a.head && !(s.head(p) == a.head && s.rel(p, "xcomp")) || s.tree.Tokens[j].Rel != "advcl" || !causeMarks[s.markOf(j)] && !s.invertedConditionAt(j) {
				continue
			}
			if sb, passive := s.subjTok(j); sb >= 0 && !passive && s.head(sb) == j && !conflictNouns[s.lemma(sb)] {
				for _, k := range s.nominalActors(sb, nil) {
					if !contains(src, s.items[k].actor) && !s.private[k] {
						out = appendUnique(out, s.items[k].actor)
					}
				}
			}
		}
		return out
	}
	// who struck or accused the source, or whom it accused
	rules["counterparts"] = func(s *sent, a *analysis, src []string) []string {
		if m := a.m; m.trig.frame == frameThreat && m.end+1 < len(s.items) && s.items[m.end].is("that") &&
			s.items[m.end+1].kind == actorItem && slices.Contains(src, s.items[m.end+1].actor) {
			if tg, _ := s.objects(m.end+2, s.complementEnd(m.end+2), src); len(tg) > 0 {
				return nil // "warning that it would keep attacking the US": the clause says whom
			}
		}
		return s.counterparts(src)
	}
	// "U.S. and British jets struck Yemen, and the Houthis vowed the strikes
	// would not go unpunished": an act named again with no owner is the act
	// last reported, and its authors are threatened
	rules["actref"] = func(s *sent, a *analysis, src []string) []string {
		end := s.complementEnd(a.m.end)
		for k := a.m.end; k < end && k <= a.m.end+3 && s.items[k].kind == wordItem; k++ {
			if s.items[k].is("the", "this", "these", "such") && k+1 < end && attackNouns[s.items[k+1].text] {
				return s.referencedAggressor(src)
			}
		}
		return nil
	}
	// "the strikes would not go unpunished": the act named again before
	// the threat, with no owner, is the act last reported
	rules["subjref"] = func(s *sent, a *analysis, src []string) []string {
		for k := a.m.start - 1; k > 0 && k >= a.m.start-4; k-- {
			if (attackNouns[s.items[k].text] || crimeNouns[s.items[k].text]) && s.items[k-1].is("the", "this", "these", "such") {
				if ids := s.accusedBy(src); len(ids) > 0 {
					return ids // "accused Morocco of killing three drivers and said the crime would not go unpunished"
				}
				return s.referencedAggressor(src)
			}
			if s.items[k].kind != wordItem || s.items[k].isBoundary() {
				break
			}
		}
		return nil
	}
	// "NATO responded by scrambling jets": the author of the act last reported
	rules["aggressor"] = func(s *sent, a *analysis, src []string) []string {
		return s.referencedAggressor(src)
	}
	// the other parties of the sentence, but not those that only report it
	// or name a coast ("off Japan, Japanese officials said")
	rules["others"] = func(s *sent, a *analysis, src []string) []string {
		// "vowed to respond after an attack killed three soldiers at a base
		// in Jordan, the first deaths since the Gaza war began": where it
		// happened is no one a response answers
		return slices.DeleteFunc(s.othersBesideReporters(src), s.onlyPlace)
	}
	// "Peru reserves the right to respond." after a sentence about the
	// Philippines: the last party named before, when the sentence names
	// no other
	rules["lastactor"] = func(s *sent, a *analysis, src []string) []string {
		if len(s.others(src)) > 0 {
			return nil
		}
		for i := len(s.d.actors) - 1; i >= 0; i-- {
			if ac := s.d.actors[i]; !slices.Contains(src, ac.id) && ac.kind != briefbot.IGO {
				return []string{ac.id}
			}
		}
		return nil
	}
}

// accusedBy returns whom src accuses in the sentence so far.
func (s *sent) accusedBy(src []string) []string {
	var out []string
	for _, e := range s.events {
		if e.Type == briefbot.Accusation && slices.Contains(src, e.Source) && !slices.Contains(src, e.Target) {
			out = appendUnique(out, e.Target)
		}
	}
	return out
}

// replyObjects are what a party answers in words: "will respond to the
// proposal".
var replyObjects = set("proposal", "offer", "invitation", "request", "question", "query", "letter", "message", "note",
	"call", "appeal", "concern", "plan", "initiative", "draft", "text", "inquiry", "overture", "questionnaire", "demand", "statement")

// repliesTo reports a verb of responding at v whose "to" phrase names
// something answered in words.
func (s *sent) repliesTo(v int) bool {
	if v < 0 {
		return false
	}
	for o := range s.tree.Tokens {
		if s.head(o) == v && s.rel(o, "obl") && s.caseOf(o) == "to" {
			return replyObjects[s.lemma(o)]
		}
	}
	return false
}

// relativeSubject reports a verb whose subject is a relative pronoun.
func (s *sent) relativeSubject(v int) bool {
	sb := s.child(v, "nsubj")
	return sb >= 0 && s.relPronoun(sb)
}

// crimeNouns refer back to a wrong as a crime: "the crime will not go
// unpunished".
var crimeNouns = set("crime", "crimes", "atrocity", "atrocities", "murder", "murders", "act", "aggression")

// authorSlots name the authors of an act, each of whom a threat is aimed
// at, where other slots of the context name one party.
var authorSlots = set("causer", "actref", "subjref")

// calmMannerWords name a response made in calm.
var calmMannerWords = set("calm", "calmly", "restraint", "peacefully", "diplomatically", "dialogue")

// calmManner reports a calm manner named within eight items from k, in
// the same clause.
func (s *sent) calmManner(k int) bool {
	for j := k; j < len(s.items) && j <= k+8 && !s.items[j].isBoundary(); j++ {
		if s.items[j].kind != actorItem && calmMannerWords[s.items[j].text] {
			return true
		}
	}
	return false
}
