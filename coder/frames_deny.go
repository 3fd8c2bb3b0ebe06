package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// The deny family: a party denies or rejects a claim. The target is the
// accuser the text names: the author of the claim denied ("rejected
// Guyana's accusations", "denied claims by Israel", "a report in IRNA"),
// or the party that accused the denier in the article; none when the text
// names none.

// codeDeny codes a denial against each named accuser, and the accusation a
// denial spells out ("rejected Pakistan's charge that Kabul shelters the
// TTP") as earlier context.
func (s *sent) codeDeny(a *analysis) {
	m := a.m
	h, t := m.start, m.trig
	sp := s.c.frames[t.frame]
	if s.deprives(m.end) {
		return // "denied entry to", "deny its soil to militants": withheld, not denied as untrue
	}
	if claimNouns[s.items[h].text] {
		s.codeDeniedClaim(a)
		return
	}
	if s.actRejectedAsWrong(a) {
		m.trig = rejectedAsWrong
		c := s.analyze(m)
		s.codeCondemn(&c)
		return
	}
	src, _ := s.fill(a, sp, asSource, nil)
	if len(src) == 0 && t.code == "not-involved" && m.end < len(s.items) && s.items[m.end-1].is("with") && s.eligibleObject(m.end) &&
		slices.Contains(s.reporter(h), s.items[m.end].actor) {
		src = []string{s.items[m.end].actor} // "the incident had nothing to do with Russia, the Kremlin said": its own denial
	}
	if s.othersExonerate(a, src) {
		return // "Washington said Iran had nothing to do with the attack": another clears it; it denies nothing
	}
	// "do not accept [Japan's] protests": the gap holds the accuser; in
	// "dismissed what [it] called lies" it holds the denier again
	inside := s.ids(slices.DeleteFunc(s.insideActors(m, nil), func(k int) bool { return s.items[k].anaphor && !s.items[k].poss }))
	src = slices.DeleteFunc(src, func(id string) bool { return slices.Contains(inside, id) })
	if len(src) == 0 {
		return
	}
	conf := sp.conf
	if s.reciprocal(m.end) {
		s.emitPairs(t, src, conf) // "each rejected the other's claims"
		return
	}
	end := s.objectEnd(m.end, stopAs)
	claim := -1 // the claim noun
	for k := m.start + 1; k < end; k++ {
		if it := &s.items[k]; it.kind == wordItem && claimNouns[it.text] {
			claim = k
		}
	}
	if claim >= 0 {
		s.consume(m.end, claim+1) // "denied Israel's accusations": the charge is no new event
	} else {
		claim, _ = s.allegedBy(m.end) // "denied that it sent troops, as alleged by Kinshasa"
	}
	accusers, ai := s.fill(a, sp, asTarget, src)
	explicit := ai >= 0 && sp.target[ai].rule == nil || ai >= 0 && sp.target[ai].name == "h:accusers"
	if len(accusers) == 0 {
		// "dismissing Abuja's announcement": the owner of what is denied,
		// inside the trigger's words, made the claim
		for _, k := range s.insideActors(m, nil) {
			if it := &s.items[k]; it.poss && !it.anaphor && !slices.Contains(src, it.actor) {
				accusers, explicit = appendUnique(accusers, it.actor), true
			}
		}
	}
	if t.code == codeRejectCourt && !slices.ContainsFunc(accusers, func(id string) bool { return courts[id] }) {
		return // "does not recognise the authority of the coup leaders": a rule refused, no charge denied (but a court's is its case)
	}
	if s.mediaReports(m.start+1, end) && (ai < 0 || !explicit || sp.target[ai].name != "poss") {
		// "rejected media reports that ...": the conventions' null accuser,
		// which no later sentence fills (fillDenialTargets)
		for _, d := range src {
			s.add(t.typ, codeRebutReports, t.intensity, d, "", nil, 0.6)
		}
		s.consume(m.end, s.complementEnd(m.end))
		return
	}
	if !explicit {
		accusers = s.guessedAccusers(accusers, src)
		conf = 0.6
	}
	if len(accusers) == 0 {
		accusers = []string{""} // a later sentence may name the accuser (fillDenialTargets)
	}
	for _, d := range src {
		for _, acc := range accusers {
			s.add(t.typ, t.code, t.intensity, d, acc, nil, conf)
		}
	}
	if s.before(m.start, 3, whichWords, false) {
		// "Hamas said Israel was blocking aid, which Israel denied": what
		// the speaker says of the denier, denied, was a charge
		for _, sp := range s.mainSpeakers(a, src) {
			for _, d := range src {
				if s.reportNames(sp, d, m.start) {
					s.addPresupposed(briefbot.Accusation, "accuse", -2, sp, d, 0.6)
				}
			}
		}
	}
	// What is denied: "denied that ...", "denied targeting ...", "claims that ...".
	// ("the accusations that Ukraine made": a clause that names the accuser
	// says nothing of what it claims)
	byRelative := ai >= 0 && sp.target[ai].name == "relcl.subj"
	contentStart := -1
	for k := m.end; k < len(s.items) && k <= end; k++ {
		// "of sending drones", not "of sovereignty"; "charges of state involvement"
		// or "claims of the alleged truce breaches": a wrong named
		ofAct := s.items[k].is("of") && k+1 < len(s.items) && (strings.HasSuffix(s.items[k+1].text, "ing") || claim >= 0 && k == claim+1 && (chargeNouns[s.items[claim].text] || s.items[claim].is("claim", "claims") && s.chargesIn(k+1, min(k+6, end+1))))
		// "charges it had shelled a village": a clause right after the claim
		clause := claim >= 0 && k == claim+1 && s.items[k].kind == actorItem && k+1 < len(s.items) && s.items[k+1].kind == wordItem && isVerbLike(s.items[k+1].text)
		// "the accusations from the White House regarding the alleged
		// connection of the Mexican government with crime": what a charge is about
		about := claim >= 0 && k > claim && chargeNouns[s.items[claim].text] && s.items[k].is("regarding", "about", "concerning")
		// "denied targeting", "denied deliberately targeting": the act right after the verb or its adverb
		next := k == m.end || k == m.end+1 && s.items[m.end].kind == wordItem && strings.HasSuffix(s.items[m.end].text, "ly")
		if s.items[k].is("that") && !byRelative || ofAct || clause || about || (next && s.items[k].kind == wordItem && len(s.items[k].text) > 4 && strings.HasSuffix(s.items[k].text, "ing")) {
			contentStart = k
			break
		}
		if k > max(claim, m.end)+12 || s.items[k].isBoundary() {
			break // (a search from the claim noun, or from the verb when none is named)
		}
	}
	if contentStart < 0 {
		if explicit && claim >= 0 && (s.chargeCompounded(claim) || s.chargeForAct(claim, end) || s.jointDenialSpellsCharge(a.head)) {
			// "dismissed Armenia's ceasefire breach allegations", "rejected
			// US blame for the attacks": the charge, named by the nouns on
			// the claim or the act it is over, is against the denier
			for _, acc := range accusers {
				for _, d := range src {
					s.addPresupposed(briefbot.Accusation, "accuse", -2, acc, d, 0.6)
				}
			}
		}
		return
	}
	cend := s.complementEnd(contentStart) // (which ends where the denier speaks again: "... and said it was the work of the PKK")
	relative := explicit && s.relativeCharge(contentStart)
	if relative {
		// "rejected a UN report that accused it of deploying troops": the
		// claim's author charged whom its verb names, the denier by default
		accused := src
		if o := contentStart + 2; o < cend && s.eligibleObject(o) && !slices.Contains(accusers, s.items[o].actor) {
			accused = []string{s.items[o].actor}
		}
		for _, acc := range accusers {
			for _, d := range accused {
				s.addPresupposed(briefbot.Accusation, "accuse", -2, acc, d, 0.6)
			}
		}
	}
	agent := s.sponsorAgent(contentStart, cend)
	if explicit && claim >= 0 && (agent >= 0 || !reportNouns[s.items[claim].text] || !relative && s.wrongIn(contentStart, cend)) {
		// (a report charges only when it names a wrong: "a report by Dutch
		// intelligence that Chinese hackers had breached a network")
		doer := ""
		if agent < 0 {
			doer = s.subjectPartyIn(contentStart, cend)
		}
		objects, _ := s.objects(contentStart, cend, accusers)
		charge := chargeNouns[s.items[claim].text] || agent >= 0 || s.chargesIn(contentStart, cend)
		for _, acc := range accusers {
			if doer == acc {
				continue // "New Delhi's claim that Indian commandos had crossed": a claim of its own deed charges no one
			}
			tg := objects
			if agent >= 0 && s.items[agent].actor != acc {
				tg = []int{agent} // "a claim that the bombers were trained by Z" accuses Z
			}
			targets := s.ids(tg)
			if h := s.harbourer(contentStart, cend); h != "" && h != acc {
				targets = []string{h} // "that the TTP operates from Afghan soil" charges Afghanistan, not the TTP
			}
			if !charge {
				targets = nil // "claims that Ukrainian troops had been encircled", "that the strikes hit bases" charge no one
			}
			if len(targets) == 0 && charge && (chargeNouns[s.items[claim].text] || s.items[contentStart].is("of") || s.mentionsParty(contentStart, cend, src)) {
				// "charges of state involvement", "claims of ceasefire
				// violations", "claims that it had sent migrants": the denier
				targets = src
			}
			for _, tgt := range targets {
				s.addPresupposed(briefbot.Accusation, "accuse", -2, acc, tgt, 0.6)
			}
		}
	}
	s.consume(contentStart, cend)
}

// withheldNouns name what one denies a party by keeping it from them:
// "denied entry", "deny safe haven to".
var withheldNouns = set("entry", "access", "visas", "visa", "permission", "passage", "bail", "landing",
	"soil", "territory", "sanctuary", "sanctuaries", "haven", "havens", "refuge", "shelter", "airspace")

// withheldSkips are the words between "deny" and what it withholds:
// "deny its soil", "deny them safe haven".
var withheldSkips = set("its", "their", "his", "her", "our", "the", "any", "them", "him", "it", "us", "safe")

// deprives reports that the words from item k name what a denial
// withholds rather than a claim it rejects ("denying consular access").
func (s *sent) deprives(k int) bool {
	for ; k < len(s.items) && (withheldSkips[s.items[k].text] || s.adjectiveAt(k)); k++ {
	}
	return k < len(s.items) && withheldNouns[s.items[k].text]
}

// adjectiveAt reports a word at item k the tagger reads as an adjective.
func (s *sent) adjectiveAt(k int) bool {
	t := s.tokOfItem(k)
	return s.items[k].kind == wordItem && t >= 0 && s.tk(t).UPOS == "ADJ"
}

// subjectPartyIn returns the party named in the clause [from, to) before
// its verb, its subject's ("that Indian commandos had crossed"), or "".
func (s *sent) subjectPartyIn(from, to int) string {
	for k := from; k < to && k < len(s.items); k++ {
		if s.items[k].kind == actorItem {
			return s.items[k].actor
		}
		if t := s.tokOfItem(k); t >= 0 && (s.tk(t).UPOS == "VERB" || s.tk(t).UPOS == "AUX") {
			return ""
		}
	}
	return ""
}

// guessedAccusers keeps the first of the accusers a denial was answered to
// by a guess (a guess names one party), or all of them where they made one
// charge of src together.
func (s *sent) guessedAccusers(accusers, src []string) []string {
	if s.oneCharge(accusers, src) {
		return accusers
	}
	return firstOf(accusers)
}

// oneCharge reports accusers who all made one charge of src in this
// sentence, with one verb: "Congo and the UN have accused Rwanda of backing
// the M23, a charge Kigali denies" answers both.
func (s *sent) oneCharge(accusers, src []string) bool {
	if len(accusers) > 1 && s.oneEarlierCharge(accusers, src) {
		return true
	}
	trig := -1
	for _, acc := range accusers {
		found := false
		for i, e := range s.events {
			if e.Type != briefbot.Accusation || e.Source != acc || !slices.Contains(src, e.Target) {
				continue
			}
			if trig >= 0 && s.eventAt[i].trigger != trig {
				return false
			}
			trig, found = s.eventAt[i].trigger, true
		}
		if !found {
			return false
		}
	}
	return len(accusers) > 1
}

// oneEarlierCharge reports accusers who all charged src in one earlier
// sentence of the article: "Saudi Arabia, the UAE, Bahrain and Egypt cut
// ties with Qatar, accusing Doha of supporting terrorism. Qatar said the
// claims had no basis" answers all four.
func (s *sent) oneEarlierCharge(accusers, src []string) bool {
	start := -1
	for _, acc := range accusers {
		i := slices.IndexFunc(s.d.events, func(e briefbot.Event) bool {
			return e.Type == briefbot.Accusation && e.Source == acc && slices.Contains(src, e.Target)
		})
		if i < 0 || start >= 0 && s.d.events[i].Start != start {
			return false
		}
		start = s.d.events[i].Start
	}
	return true
}

// relativeCharge reports a relative "that" or "which" at k whose verb
// charges: "a report that accused it of ...".
func (s *sent) relativeCharge(k int) bool {
	if k+1 >= len(s.items) || !s.items[k].is("that", "which") {
		return false
	}
	m, ok := s.c.lx.longestAt(s.items, k+1)
	return ok && m.trig.typ == briefbot.Accusation && (m.trig.frame == frameAccuse || m.trig.frame == frameBlame)
}

// mainSpeakers returns the parties whose words a denial's clause hangs on:
// X in "X told reporters of the incidents, which Y has denied".
func (s *sent) mainSpeakers(a *analysis, src []string) []string {
	if a.head < 0 {
		return nil
	}
	sub := false
	cur := a.head
	for steps := 0; cur >= 0 && steps < 10; steps++ {
		t := s.tk(cur)
		// the words of a report or of a condemnation: "X condemned the
		// executions, which Y denied ordering" answers X
		if sub && (reportingLemmas[s.lemma(cur)] || factiveVerbs[s.lemma(cur)]) {
			break
		}
		if t.Rel == "acl:relcl" || t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "conj" && s.relPronounChild(cur) {
			sub = true
		}
		cur = t.Head
	}
	if !sub || cur < 0 || !reportingLemmas[s.lemma(cur)] && !factiveVerbs[s.lemma(cur)] {
		return nil
	}
	sb, _ := s.subjTok(cur)
	if sb < 0 {
		return nil
	}
	var out []string
	for _, k := range s.nominalActors(sb, nil) {
		if !contains(src, s.items[k].actor) && !s.private[k] {
			out = appendUnique(out, s.items[k].actor)
		}
	}
	return out
}

// whichWords open a relative clause on what was said before.
var whichWords = set("which")

// reportNames reports a party d named in what the speaker acc
// reports before item end: the words after acc's name up to end.
func (s *sent) reportNames(acc, d string, end int) bool {
	start := -1
	for k := 0; k < end; k++ {
		if it := &s.items[k]; it.kind == actorItem && it.actor == acc && start < 0 {
			start = k
		} else if start >= 0 && it.kind == actorItem && it.actor == d && !it.poss {
			return true
		}
	}
	return false
}

// codeDeniedClaim codes a claim noun followed by its denial: "an
// allegation Bamako rejected", "a charge denied by Nairobi". The accuser is
// the party that made the charge before in the sentence or the article.
func (s *sent) codeDeniedClaim(a *analysis) {
	m := a.m
	in := s.insideActors(m, nil)
	for k := m.start + 1; k < m.end && len(in) == 0; k++ {
		if s.items[k].kind == actorItem {
			in = append(in, k) // "a charge Pakistan rejects", whatever the tagger made of "rejects"
		}
	}
	if ag := s.byAgent(m.end); len(in) == 0 && ag >= 0 {
		in = []int{ag}
	}
	if len(in) == 0 {
		return
	}
	src := s.ids(in)
	accusers := s.guessedAccusers(s.aggressors(src, briefbot.Accusation), src)
	if v := s.accusingVerbBefore(m.start); len(accusers) == 0 && v >= 0 {
		// "Duque's government accused Venezuela of sheltering ELN
		// commanders, a charge Caracas rejects": the accuser is that verb's
		// subject, known or not, never a party the charge names
		accusers = without(s.ids(s.subjectOf(v)), src)
		if len(accusers) == 0 {
			accusers = []string{""}
		} else if chargeNouns[s.items[m.start].text] {
			s.emit(accuseTrigger, accusers, src, nil, 0.5) // "with Thailand alleging new mines, an accusation Cambodia denied"
		}
	}
	if len(accusers) == 0 {
		// "with Thailand alleging new mines, an accusation Cambodia denied"
		if o := s.othersBefore(m.start, src); len(o) > 0 {
			accusers = o[len(o)-1:]
			if chargeNouns[s.items[m.start].text] {
				// "a claim Cambodia denied" after a neutral claim ("Thailand
				// said the strikes hit bases") is no accusation
				s.emit(accuseTrigger, accusers, src, nil, 0.5)
			}
		}
	}
	s.emit(m.trig, src, accusers, nil, 0.7)
}

// accusingVerbBefore returns the last trigger before item h in its
// sentence that the lexicon reads as accusing or blaming someone, or -1.
func (s *sent) accusingVerbBefore(h int) int {
	for k := h - 1; k >= 0; k-- {
		if s.accusingAt(k, false) {
			return k
		}
	}
	return -1
}

// denyingAt reports a denial trigger at item k: "dismissed", "rejected
// the claims".
func (s *sent) denyingAt(k int) bool {
	if k < 0 || s.items[k].kind != wordItem {
		return false
	}
	m, ok := s.c.lx.longestAt(s.items, k)
	return ok && m.trig.typ == briefbot.Denial
}

// accusingAt reports a trigger of the accuse frames at item k ("accuses",
// "blamed", "alleged"), and with judging those that call a party something
// ("called", "branded", "considers", "designated").
func (s *sent) accusingAt(k int, judging bool) bool {
	if k < 0 || s.items[k].kind != wordItem {
		return false
	}
	m, ok := s.c.lx.longestAt(s.items, k)
	if !ok {
		return false
	}
	switch m.trig.frame {
	case frameAccuse, frameBlame, frameBlameOn, frameAllege:
		return true
	case frameJudge:
		return judging
	}
	return judging && m.trig.code == "designation"
}

// reportNouns name claims that may only report: "reports that the strikes
// hit bases" charge no one unless the content names an agent.
var reportNouns = set("report", "reports", "statement", "statements", "finding", "findings")

// chargeNouns name a claim of wrongdoing, whatever it says.
var chargeNouns = set("accusation", "accusations", "allegation", "allegations", "charge", "charges", "insinuation", "insinuations", "blame")

// harbourWords name the ground a state is charged with giving armed men.
var harbourWords = set("soil", "sanctuary", "sanctuaries", "haven", "havens")

// harbourer returns the party whose ground a claim in [from, to) says
// armed men use, or "": "from Afghan soil", "safe havens in Iran".
func (s *sent) harbourer(from, to int) string {
	for k := from; k < to && k < len(s.items); k++ {
		if s.items[k].kind != wordItem || !harbourWords[s.items[k].text] {
			continue
		}
		if j := k - 1; j >= from && s.items[j].kind == actorItem {
			return s.items[j].actor // "Afghan soil", "its soil"
		}
		if j := k + 2; j < to && s.items[k+1].is("in", "inside") && s.items[j].kind == actorItem {
			return s.items[j].actor
		}
	}
	return ""
}

// chargesIn reports a content that charges someone: a pronoun doing
// something ("that it had sent migrants"), ground given to armed men ("that
// militants operate from Afghan soil"), a hostile act ("that Venezuelan
// gangs had fired on") or a wrong ("of ceasefire violations").
func (s *sent) chargesIn(from, to int) bool {
	for k := from; k < to && k < len(s.items); k++ {
		if it := &s.items[k]; it.is("it", "they", "he", "she", "we", "its", "their", "her", "his", "our") || it.kind == actorItem && isPronoun(it) ||
			it.kind == wordItem && harbourWords[it.text] {
			return true
		}
	}
	return s.wrongIn(from, to)
}

// wrongIn reports a hostile act or a wrong named in [from, to): what makes
// a claim or a finding a charge ("determined that the RSF had committed
// genocide", "claims of ceasefire violations").
func (s *sent) wrongIn(from, to int) bool {
	for k := from; k < to && k < len(s.items); k++ {
		if s.c.judgementKind(s.items, k) == judgeWrong || s.hostileActAt(k) {
			return true
		}
	}
	return false
}

// unnamedUnitActs reports a hostile act in items from..to whose subject
// is an armed unit no party is named for: "that the destroyer had locked
// its radar on".
func (s *sent) unnamedUnitActs(from, to int) bool {
	if !s.hasTree {
		return false
	}
	for k := from; k < to && k < len(s.items); k++ {
		if !s.hostileActAt(k) {
			continue
		}
		if t := s.tokOfItem(k); t >= 0 {
			if sb, passive := s.subjTok(t); sb >= 0 && !passive && unitNouns[s.lemma(sb)] && len(s.nominalActors(sb, nil)) == 0 {
				return true
			}
		}
	}
	return false
}

// unitNouns name armed units and craft, which act for a party.
var unitNouns = set("destroyer", "warship", "frigate", "ship", "vessel", "boat", "submarine", "jet", "warplane", "plane",
	"aircraft", "drone", "helicopter", "troops", "soldier", "force", "army", "navy", "unit", "patrol", "tank", "battalion")

// hostileActAt reports a trigger of a hostile act or a charge at item k.
func (s *sent) hostileActAt(k int) bool {
	m, ok := s.c.lx.longestAt(s.items, k)
	return ok && m.trig.frame != frameIgnore && (m.trig.typ == briefbot.Escalation || m.trig.typ == briefbot.Accusation)
}

// mentionsParty reports the parties src named in items from..to as doing
// something: by a pronoun ("claims that it had sent migrants"), by a name
// with a hostile act ("that Venezuelan gangs had fired on"), not "that
// Ukrainian troops had been encircled", or left unnamed as the author of a
// hostile act ("Tokyo's claim that the destroyer had targeted a plane",
// denied by Seoul).
func (s *sent) mentionsParty(from, to int, src []string) bool {
	named := false
	for k := from; k < to && k < len(s.items); k++ {
		if it := &s.items[k]; it.is("it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our", "us") || it.anaphor && contains(src, it.actor) {
			return true
		} else if it.kind == actorItem && contains(src, it.actor) {
			named = true
		}
	}
	if s.unnamedUnitActs(from, to) {
		return true // "the destroyer had targeted", not "the strikes hit"
	}
	if !named {
		return false
	}
	for k := from; k < to && k < len(s.items); k++ {
		if s.hostileActAt(k) {
			return true
		}
	}
	return false
}

func init() {
	// the rules' accusers: "Pakistan's charge", "French and German claims",
	// "accusations by Kenya", "a report by the Iranian outlet Nournews", "a
	// report in Dawn"
	rules["h:accusers"] = func(s *sent, a *analysis, src []string) []string {
		m := a.m
		end := s.objectEnd(m.end, stopAs)
		var accusers []string
		claim := -1
		for k := m.start + 1; k < end; k++ {
			it := &s.items[k]
			if it.kind == wordItem && claimNouns[it.text] {
				claim = k
			}
			if !s.eligibleObject(k) || contains(src, it.actor) {
				continue
			}
			modifies := false
			for j := k + 1; j < end && j <= k+4; j++ {
				if s.items[j].kind == wordItem && claimNouns[s.items[j].text] {
					modifies = true
					break
				}
				if s.items[j].kind == wordItem && !s.items[j].is("'s", "and", ",", "recent", "repeated", "latest", "officials", "official", "government", "media", "military") && !s.nounModifier(j) {
					break // but "Armenia's ceasefire breach allegations": nouns compounded on the claim
				}
			}
			p := s.agentPrep(k)
			inReport := p == "in" && claim >= 0 && claim < k && s.items[claim].is("report", "reports")
			if modifies || p == "by" || p == "from" || inReport || (p == "of" && k > 0 && claim >= 0 && claim < k) {
				for _, g := range s.group(k) {
					if !contains(src, s.items[g].actor) {
						accusers = appendUnique(accusers, s.items[g].actor)
					}
				}
			}
		}
		// "denied that it had sent troops, as alleged by Kinshasa"
		if _, p := s.allegedBy(m.end); p >= 0 {
			for _, g := range s.group(p) {
				if !contains(src, s.items[g].actor) {
					accusers = appendUnique(accusers, s.items[g].actor)
				}
			}
		}
		return accusers
	}
	// the party that accused the denier before, in the sentence or the
	// article
	rules["context"] = func(s *sent, a *analysis, src []string) []string {
		return s.aggressors(src, briefbot.Accusation)
	}
	// "lies invented by the regime in Tehran"
	rules["h:fabricator"] = func(s *sent, a *analysis, src []string) []string {
		return s.fabricator(a.m.end, src)
	}
	rules["mainspeaker"] = func(s *sent, a *analysis, src []string) []string { return s.mainSpeakers(a, src) }
	// "Hezbollah denied firing the rocket, after the Israeli military said
	// it had come from Gaza": a party that speaks later in the sentence
	rules["h:laterspeaker"] = func(s *sent, a *analysis, src []string) []string {
		for _, k := range s.speakers {
			if k > a.m.start && !contains(src, s.items[k].actor) && !s.joinedClauseBetween(a.m.start, k) {
				return []string{s.items[k].actor}
			}
		}
		return nil
	}
}

// othersExonerate reports a denial stated of src rather than by it ("had
// nothing to do with", "was not behind") inside what another party or an
// analyst says: the statement clears src, and src has denied nothing.
func (s *sent) othersExonerate(a *analysis, src []string) bool {
	if a.m.trig.code != codeNotInvolved {
		return false
	}
	if s.speculative {
		return true
	}
	if !s.hasTree || a.head < 0 {
		return false
	}
	sp := s.speakerTok(a.head)
	if sp < 0 {
		return false
	}
	ids := s.ids(s.nominalActors(sp, nil))
	if len(ids) == 0 {
		// "the cartel has not been linked to the killings, a state
		// prosecutor said": a speaker of no party clears it, unless a
		// spokesman, or an organ a state's may be, speaks for it
		groups := !slices.ContainsFunc(src, func(id string) bool { return s.c.kind(id) == briefbot.State })
		organ := organHeads[s.lemma(sp)] || organNouns[s.form(sp)]
		return s.tk(sp).UPOS == "NOUN" && !spokesNouns[s.form(sp)] && (groups || !organ)
	}
	return !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(src, id) })
}

// codeNotInvolved is the code of the denial triggers that state a party's
// innocence rather than name a denying (data/triggers-denial.tsv): "had
// nothing to do with", "was not behind", "played no role in".
const codeNotInvolved = "not-involved"

// nounModifier reports a word the parser compounded on a noun: "ceasefire"
// and "breach" in "ceasefire breach allegations".
func (s *sent) nounModifier(k int) bool {
	u := s.tokOfItem(k)
	return u >= 0 && s.tk(u).UPOS == "NOUN" && s.tk(u).Rel == "compound"
}

// chargeCompounded reports nouns compounded on the claim noun at claim that
// name a hostile act or a wrong: "ceasefire breach allegations".
func (s *sent) chargeCompounded(claim int) bool {
	for k := claim - 1; k >= 0 && s.nounModifier(k); k-- {
		if s.chargesIn(k, k+1) {
			return true
		}
	}
	return false
}

// chargeForAct reports a charge noun at claim followed by the act it is
// over, before end: "blame for the attacks", "accusations over the
// shelling".
func (s *sent) chargeForAct(claim, end int) bool {
	k := claim + 1
	if !chargeNouns[s.items[claim].text] || !s.itemIs(k, "for", "over") {
		return false
	}
	for k++; k < end && k < claim+5 && s.items[k].kind == wordItem && actModifiers[s.items[k].text]; k++ {
	}
	return k < end && s.actNounIn(s.items, k)
}

// jointDenialSpellsCharge reports a denial verb joined to the one at token
// v ("denied any role in the attack and rejected Kurti's claims", "denied
// involvement, rejecting Kosovo's accusations") whose object names what the
// charge was: a part in an act, or the act itself. The claims the second
// verb rejects are that charge.
func (s *sent) jointDenialSpellsCharge(v int) bool {
	if !s.hasTree || v < 0 {
		return false
	}
	joined := func(o int) bool {
		return o != v && s.tk(o).UPOS == "VERB" && (s.head(o) == v || s.head(v) == o) && (s.rel(o, "conj") || s.rel(v, "conj") || s.rel(o, "advcl") || s.rel(v, "advcl"))
	}
	for o := range s.tree.Tokens {
		k := s.itemOfTok(o)
		if !joined(o) || k < 0 {
			continue
		}
		if m, ok := s.c.lx.longestAt(s.items, k); !ok || m.trig.frame != frameDeny {
			continue
		}
		obj := s.child(o, "obj")
		if obj < 0 {
			continue
		}
		if involvementNouns[s.form(obj)] || eventNouns[s.form(obj)] || s.tk(obj).UPOS == "VERB" && strings.HasSuffix(s.form(obj), "ing") {
			return true
		}
	}
	return false
}

// allegedBy returns the participle of "as alleged by (both) X" in the
// clause from item from and X, a party, or -1, -1.
func (s *sent) allegedBy(from int) (participle, party int) {
	for k := from; k+3 < len(s.items) && !s.items[k].isBoundary(); k++ {
		if !s.items[k].is("as") || !s.items[k+1].is("alleged", "claimed", "charged") || !s.items[k+2].is("by") {
			continue
		}
		p := k + 3
		if s.items[p].is("both") {
			p++
		}
		if p < len(s.items) && s.eligibleObject(p) {
			return k + 1, p
		}
	}
	return -1, -1
}

// codeRebutReports is the code of a denial of media reports: it has no
// accuser, by the conventions, and none is sought.
const codeRebutReports = "rebut-reports"

// codeRejectCourt is a refusal of an authority that denies only when the
// authority is a court's ("does not accept the authority of the ICJ").
const codeRejectCourt = "reject-court"

// mediaReports reports "media reports" or "press reports" in items
// [from, to): claims no party made.
func (s *sent) mediaReports(from, to int) bool {
	for k := from; k+1 < to && k+1 < len(s.items); k++ {
		if (s.items[k].is("media", "press", "news", "newspaper") || mediaNames[s.items[k].text] && s.capitalised(&s.items[k])) && s.items[k+1].is("report", "reports") {
			return true // (and "a Wall Street Journal report", "a Reuters report")
		}
	}
	return false
}

// mediaNames end the names of news outlets.
var mediaNames = set("journal", "times", "post", "reuters", "bloomberg", "afp", "guardian", "telegraph", "herald", "tribune",
	"gazette", "bbc", "cnn", "axios", "politico", "economist", "observer", "independent", "standard", "express", "mail", "monde", "spiegel")

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

// actRejectedAsWrong reports a denial verb whose object is an act, not a
// claim, and whose "as" phrase calls it a wrong: "Egypt rejected
// Ethiopia's decision as a violation of the agreement", "a move Cairo
// rejected as unilateral". That condemns the act; it denies nothing.
func (s *sent) actRejectedAsWrong(a *analysis) bool {
	if a.head < 0 || !s.hasTree {
		return false
	}
	o := s.child(a.head, "obj")
	if o < 0 {
		o = s.child(a.head, "nsubj:pass")
	}
	if o < 0 && s.rel(a.head, "acl:relcl") {
		o = s.head(a.head) // "a move Cairo rejected as ...": the noun the clause is on
	}
	if o < 0 || claimNouns[s.form(o)] || !decisionNouns[s.form(o)] && !eventNouns[s.form(o)] {
		return false
	}
	end := min(len(s.items), a.m.end+12)
	for k := a.m.start + 1; k < end && !s.items[k].isBoundary(); k++ {
		if !s.items[k].is("as") {
			continue
		}
		wrong := false
		for j := k + 1; j < end && j <= k+4; j++ {
			switch s.c.judgementKind(s.items, j) {
			case judgeFalse:
				return false // "rejected as blatant lies": a claim denied
			case judgeWrong:
				wrong = true
			}
		}
		return wrong
	}
	return false
}
