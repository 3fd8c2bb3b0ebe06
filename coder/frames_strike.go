package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// The strike family: acts of force and hostile measures by their subject
// on their object ("Iran struck Pakistan", "Syria was struck by Israel",
// "Britain and France imposed sanctions on Belarus").

// othersBesideReporters returns the parties of the sentence other than
// exclude that an act may fall on: not those that only report it (its
// speakers and their own organs, "his government") unless they speak of
// themselves ("targeted our forces, the SDF said"), nor a coast a place
// lies off, nor a party after "by", an author ("an act of war by Lebanon").
func (s *sent) othersBesideReporters(exclude []string) []string {
	ownWords := s.firstPerson()
	var reporters []string
	for _, k := range s.speakers {
		reporters = append(reporters, s.items[k].actor)
	}
	ownWords = ownWords || s.ownForces(reporters) // "Syria said its air defences responded"
	var out []string
	for k := range s.items {
		it := &s.items[k]
		reporter := slices.Contains(s.speakers, k) || it.anaphor && it.poss && slices.Contains(reporters, it.actor)
		if s.eligibleObject(k) && !slices.Contains(exclude, it.actor) && (ownWords || !reporter) && !s.offshore(k) && s.prevWord(k) != "by" {
			out = appendUnique(out, it.actor)
		}
	}
	return out
}

// ownClauseFirst orders parties named in the clause of item k, after a
// "while" or a semicolon that joins it to another, before the others:
// "Iran dismissed the account, while Syria said ... Israeli aggression".
func (s *sent) ownClauseFirst(ids []string, k int) []string {
	from := 0
	for j := k - 1; j > 0; j-- {
		if clauseJoins[s.items[j].text] {
			from = j
			break
		}
	}
	if from == 0 {
		return ids
	}
	var near, far []string
	for _, id := range ids {
		if slices.ContainsFunc(s.items[from:], func(it item) bool { return it.kind == actorItem && it.actor == id }) {
			near = append(near, id)
		} else {
			far = append(far, id)
		}
	}
	return append(near, far...)
}

// complaintLemmas are the verbs of a party that complains of what was done
// to it: "protested the incursion", "summoned the envoy over it".
var complaintLemmas = verbClass("protest", "summon", "complain")

// clauseJoins join two clauses of their own parties: "Iran dismissed the
// account, while Syria said ...".
var clauseJoins = set("while", "whereas", ";")

// ownForces reports a reporter's forces or land named by its possessive
// pronoun ("its air defences", "their positions"): the reporter speaks of
// itself, as with "we".
func (s *sent) ownForces(reporters []string) bool {
	for k, it := range s.items {
		if it.kind == actorItem && it.anaphor && it.poss && slices.Contains(reporters, it.actor) && k+1 < len(s.items) && ownedNoun(s.items[k+1].text) && !organNouns[s.items[k+1].text] {
			return true
		}
	}
	return false
}

// firstPerson reports "we", "us", "our" or "ours" in the sentence: its
// speaker speaks of itself.
func (s *sent) firstPerson() bool {
	return slices.ContainsFunc(s.items, func(it item) bool { return firstPersons[it.text] }) // an actor item too: "we" resolved to the speaker
}

// eachSaysOther returns the two sides of an act whose doer is "the other"
// as each side tells it ("Thailand and Cambodia each said the other had
// shelled its posts", "traded accusations, with each saying the other had
// opened fire"): the reporters, else the main clause's pair.
func (s *sent) eachSaysOther(a *analysis) []string {
	if a.subj < 0 || a.passive || s.form(a.subj) != "other" {
		return nil
	}
	if sp := s.speakerTok(a.head); sp >= 0 {
		if ids := s.ids(s.nominalActors(sp, nil)); len(ids) == 2 {
			return ids
		}
		if s.form(sp) != "each" {
			return nil
		}
	}
	return s.mainSubjectPair()
}

// namedWithin reports the party id named among items [from, to).
func (s *sent) namedWithin(from, to int, id string) bool {
	for k := from; k < to && k < len(s.items); k++ {
		if s.items[k].kind == actorItem && s.items[k].actor == id {
			return true
		}
	}
	return false
}

// landingVerbs say where a fired thing came down: "shells fired by X
// landed inside Y".
var landingVerbs = verbClass("land", "fall", "hit", "strike", "explode", "crash", "impact")

// attributiveParticiple reports a trigger that is a participle describing
// the noun after it, no act of the day: people held, named by the act that
// took them ("handing over 115 captured servicemen"), a party or place
// named by what was done to it ("fighters of the banned TTP", "the annexed
// Crimean peninsula"), and a thing named by what it does ("a flood of
// harassing phone calls").
func (s *sent) attributiveParticiple(m match) bool {
	h := m.start
	if m.end-m.start != 1 || h == 0 || h+1 >= len(s.items) {
		return false
	}
	if v := s.tokOfItem(h); strings.HasSuffix(s.items[h].text, "ing") && s.hasTree && v > 0 && s.rel(v, "amod") && s.head(v) > v &&
		s.tk(s.head(v)).UPOS == "NOUN" && (s.tk(v-1).UPOS == "DET" || s.tk(v-1).UPOS == "ADP" || s.tk(v-1).UPOS == "ADJ") {
		return true
	}
	if !strings.HasSuffix(s.items[h].text, "ed") {
		return false
	}
	prev, next := &s.items[h-1], &s.items[h+1]
	if u := s.tokOfItem(h); prepositions[prev.text] && next.kind == wordItem && s.hasTree && u >= 0 && s.rel(u, "amod") {
		return true // "providing sanctuary to banned terror organisations like the TTP"
	}
	if !numeral(prev.text) && !prev.is("the", "a", "an", "its", "their", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds") && !prepositions[prev.text] { // "in occupied Palestine"
		return false
	}
	return next.kind == actorItem || heldPeople[next.text] || takenThings[next.text]
}

// takenThings are what an act takes or downs, which the act's participle
// names: "returned the seized tanker", "displayed the downed drone".
var takenThings = set("pilot", "soldier", "sailor", "fisherman", "tanker", "tankers", "vessel", "vessels", "ship", "ships",
	"boat", "boats", "aircraft", "plane", "drone", "drones", "jet")

// captorsOf returns who held the people a release from item from frees,
// when not the releasers themselves: "hostages held by Boko Haram",
// "captives from Boko Haram captivity".
func (s *sent) captorsOf(from int, src []string) []string {
	end := s.objectEnd(from, nil)
	for k := from; k+1 < end; k++ {
		held := s.items[k].is("held", "kidnapped", "abducted", "captured", "taken") && k+2 < end && s.items[k+1].is("by")
		if !held && !s.items[k].is("from") {
			continue
		}
		j := k + 1
		if held {
			j++
		}
		if s.items[j].is("the") && j+1 < end {
			j++
		}
		if s.eligibleObject(j) && !slices.Contains(src, s.items[j].actor) {
			return s.ids(s.group(j))
		}
	}
	return nil
}

// wordsNotForce codes a verb of force whose object is words, a policy or a
// deal: "attacked the EU's sanctions policy" and "fired back at Japan's
// criticism" criticise (an accusation against the owner, if named);
// "struck a deal" and "shot down the proposal" use no force at all. So do
// acts done "in a speech" or "in an interview". It reports whether the
// verb was one of these.
func (s *sent) wordsNotForce(a *analysis) bool {
	v := a.head
	if !s.hasTree || v < 0 || s.tk(v).UPOS != "VERB" || !attackCodes[a.m.trig.code] && a.m.trig.frame != frameIntercept && a.m.trig.code != "retaliate" {
		return false // (a measure on a pact is one: "suspended the military agreement")
	}
	obj := s.child(v, "obj")
	if obj < 0 {
		for c := range s.tree.Tokens {
			if s.head(c) == v && syntaxObl(s.tk(c).Rel) && (s.caseOf(c) == "at" || s.caseOf(c) == "down") {
				obj = c // "fired back at Japan's criticism", "shot down the proposal" (its particle read as a preposition)
			}
		}
	}
	verbal := false
	for c := range s.tree.Tokens {
		if s.head(c) == v && syntaxObl(s.tk(c).Rel) && s.caseOf(c) == "in" && utteranceNouns[s.lemma(c)] {
			verbal = true // "attacked Kosovo's prime minister in a speech"
		}
	}
	switch {
	case obj >= 0 && (pactNouns[s.form(obj)] || proposalNouns[s.lemma(obj)] || strikeIdioms[s.lemma(obj)]):
		return true // "struck a deal", "shot down the proposal", "struck a conciliatory tone"
	case obj >= 0 && (utteranceNouns[s.lemma(obj)] || claimNouns[s.form(obj)] || policyNouns[s.lemma(obj)]) || verbal:
		src, _ := s.sourceOf(a.m.start, false)
		if len(src) == 0 {
			return true
		}
		var owners []string
		if obj >= 0 {
			for c := range s.tree.Tokens {
				if s.head(c) == obj && (s.rel(c, "nmod:poss") || s.rel(c, "amod") || s.rel(c, "compound")) {
					owners = append(owners, s.ids(s.nominalActors(c, nil))...)
				}
			}
			if len(owners) == 0 {
				owners = s.ids(s.nominalActors(obj, nil)) // "attacked Kosovo's prime minister in a speech"
			}
		}
		s.emit(accuseTrigger, src, without(owners, src), nil, 0.6)
		return true
	}
	return false
}

// utteranceNouns name what a party says; policyNouns what it decides; and
// proposalNouns what it puts forward. Force used on them is words.
var (
	// (not "post" nor "position": "attacked a police post", "army positions")
	utteranceNouns = set("criticism", "remark", "comment", "statement", "speech", "interview", "rhetoric", "accusation", "allegation",
		"claim", "narrative", "tweet", "op-ed", "resolution")
	policyNouns   = set("policy", "stance", "decision", "approach", "strategy", "legislation")
	proposalNouns = set("proposal", "idea", "bill", "motion", "request", "suggestion", "initiative", "amendment")
	// strikeIdioms are what "strike" takes in its senses of no force
	strikeIdioms = set("tone", "chord", "balance", "note", "compromise", "bargain", "pose")
)

// genericActNouns name a deed without saying what it was: "in a hostile
// action by X".
var genericActNouns = set("action", "act", "move", "operation", "incident")

// inActPath leads from a verb to the act noun it was done in.
var inActPath = []step{{"obl", "in"}}

// tradeShipping reports a noun at t naming merchant shipping, which sails
// under many flags: "merchant ships", "commercial vessels", "freighters".
func (s *sent) tradeShipping(t int) bool {
	if t < 0 {
		return false
	}
	if t = s.partOf(t); collectiveNouns[s.form(t)] {
		if n := s.child(t, "nmod"); n > t && s.caseOf(n) == "of" {
			t = n // "dozens of merchant ships"
		}
	}
	switch s.lemma(t) {
	case "shipping", "freighter":
		return true
	case "ship", "vessel", "boat":
		for c := range s.tree.Tokens {
			if s.head(c) == t && (s.rel(c, "amod") || s.rel(c, "compound")) && merchantWords[s.form(c)] {
				return true
			}
		}
	}
	return false
}

// onTradeShipping reports an act at v on merchant shipping, named by its
// object or by the object of the clause it elaborates ("attacked merchant
// ships, sinking two and seizing another").
func (s *sent) onTradeShipping(v int) bool {
	for steps := 0; v >= 0 && steps < 3; steps++ {
		if s.tradeShipping(s.child(v, "obj")) {
			return true
		}
		if !s.rel(v, "conj") && !s.rel(v, "advcl") {
			return false
		}
		v = s.head(v)
	}
	return false
}

var merchantWords = set("merchant", "commercial", "cargo", "container", "cruise")

// projectileNouns are things fired that come down where they land.
var projectileNouns = set("missile", "rocket", "shell", "mortar", "drone", "bomb", "projectile", "round", "munition", "warhead", "artillery", "icbm", "slbm", "uav")

// weaponMaker reports a party at k that names where the weapon after it,
// before end, comes from: "British Storm Shadow missiles", "Iranian-made
// drones".
func (s *sent) weaponMaker(k, end int) bool {
	if k > 0 && prepositions[s.items[k-1].text] {
		return false // "fire on Russian drones": what is fired on
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		it := &s.items[j]
		if it.kind != wordItem || prepositions[it.text] {
			return false
		}
		if projectileNouns[singular(it.text)] {
			return true
		}
	}
	return false
}

// projectileSubject reports a landing verb whose subject is a fired thing:
// "a North Korean missile landed inside Japan's exclusive economic zone".
func (s *sent) projectileSubject(a *analysis) bool {
	return a.subj >= 0 && projectileNouns[s.lemma(s.partOf(a.subj))]
}

// swapNouns name an exchange of prisoners.
var swapNouns = set("swap", "exchange", "swaps", "exchanges")

// swapWithAfter reports an exchange with a party from item k on: "in an
// exchange with Russia" (not "in exchange for 30 prisoners").
func (s *sent) swapWithAfter(k int) bool {
	for ; k+1 < len(s.items); k++ {
		if s.items[k].kind == wordItem && swapNouns[s.items[k].text] && s.items[k+1].is("with") {
			return true
		}
	}
	return false
}

// aimSlots are the launch frame's target slots that say where a fired
// thing went: "at", "toward", "into", where it landed.
var aimSlots = set("obl:at", "nmod:at", "obl:toward", "obl:towards", "obl:into", "obj.nmod:into", "obj.nmod:at", "obj.nmod:toward", "obj.nmod:towards", "landed", "aimedin")

// codeAct codes "X struck Y" by the act frame of data/frames.tsv.
func (s *sent) codeAct(m match) {
	a := s.analyze(m)
	if a.noun && m.end-m.start == 1 && s.thingNotAct(a.head) {
		return // "struck a headquarters, as well as Islamic State targets": the verb's word as a noun
	}
	if s.attributiveParticiple(m) || s.civilOperation(m) {
		return
	}
	if s.foretoldAct(m.start) {
		// "Trump said that if Iran did not reach a deal there will be
		// bombing": an act a party foretells is its threat, against whom
		// its condition names
		if src := s.reporter(m.start); len(src) == 1 {
			if tg := s.conditionParty(src); len(tg) > 0 {
				s.emit(warnTrigger, src, tg, nil, 0.6)
			}
		}
		return
	}
	if a.head >= 0 && s.hasTree {
		if o := s.child(a.head, "obj"); o >= 0 && reflexives[s.form(o)] {
			return // "Shekau had killed himself": an act on oneself falls on no other party
		}
	}
	if m.end+1 < len(s.items) && (s.items[m.end].text == "its" || s.items[m.end].text == "their") && s.items[m.end+1].is("own") {
		return // "firing into their own territory": on its own side, no other party's
	}
	if o := s.child(a.head, "obj"); m.trig.code == "blockade" && o >= 0 && s.lemma(a.head) == "block" && motionNouns[s.form(o)] {
		return // "China blocked a proposal to designate ...": a vote withheld, no blockade (rejecting a proposal is no event)
	}
	if m.trig.code == "landing" && !s.projectileSubject(&a) {
		return // "Putin's plane landed in Ankara": only a fired thing comes down on a party
	}
	if pair := s.eachSaysOther(&a); len(pair) == 2 {
		s.emitPairs(m.trig, pair, 0.6) // "Thailand and Cambodia each said the other had fired first"
		return
	}
	sp := s.c.frames[m.trig.frame]
	if a.flags&flagVictims != 0 && len(s.path(&a, []step{{"agent", ""}})) == 0 {
		return // "among those killed": victims, and no agent named
	}
	src, _ := s.fill(&a, sp, asSource, nil)
	if len(src) == 0 && m.trig.code == "recall-ambassador" && !a.passive {
		src = s.ids(s.insideActors(m, nil)) // "Santos recalled Colombia's ambassador": one recalls one's own envoy
	}
	if len(src) == 0 || m.trig.headLast && a.passive && forceAct(m.trig.frame) && a.srcSlot != "agent" && a.srcSlot != "nmod:by" && a.srcSlot != "platform" && a.srcSlot != "patient.poss" {
		return // "as thousands of rockets were fired, and Netanyahu said": a passive act names its agent or none
	}
	if c := s.caller(a.head); m.trig.typ == briefbot.Deescalation && a.head >= 0 && c >= 0 && len(without(src, s.ids(s.subjectOf(s.itemOfTok(c))))) > 0 {
		// "urged Congo and Rwanda to meet and resolve the crisis": the
		// call's, coded by its own trigger ("Ocalan called for his group to
		// lay down arms" is the group's own move)
		return
	}
	if a.srcSlot == "h:subj" && a.head >= 0 && s.rel(a.head, "obj") && labelVerbs[s.lemma(s.head(a.head))] {
		return // "called the hijacking an Iranian act of terrorism": who names the act did not do it
	}
	if a.bySpeaker() && a.subj >= 0 && naturalAgents[s.form(a.subj)] {
		return // "famine will strike two districts, the UN said": no one's act, least of all the speaker's
	}
	if a.bySpeaker() && a.noun && m.end-m.start == 1 {
		return // "Manila said the ramming was deliberate": a verb's word used as a noun names no author; the speaker reports it
	}
	if a.bySpeaker() && !a.noun && s.projectileSubject(&a) && !a.passive && s.namedWithin(m.end, s.complementEnd(m.end), src[0]) {
		return // "rockets struck near a base housing U.S. troops, a U.S. official said": the speaker's own people were hit
	}
	if a.bySpeaker() && !a.noun && a.subj >= 0 && eventNouns[s.form(a.subj)] && s.indefinite(a.subj) && s.child(a.subj, "nmod:poss") < 0 && s.child(a.subj, "amod") < 0 {
		// "a drone strike killed a Hamas official, Lebanese sources said":
		// an act of no named author, not the speaker's (where "Israel said
		// the strikes targeted Hamas operatives" tells its own)
		return
	}
	if a.bySpeaker() && a.passive && s.authoredInstrument(a.head) {
		return // "was killed in a CIA drone strike, Pakistani officials said": the strike's author, coded by its noun
	}
	if a.bySpeaker() && s.struckAtHome(a.m.end, src[0]) && !s.namesFoeOf(src[0]) {
		return // "Lebanon said a Hamas official was killed in Beirut" (but "Pakistan said TTP militants were killed in Waziristan": its own fight)
	}
	if entryCodes[m.trig.code] && s.entersOwn(m, src) {
		return // "the freed Ukrainians crossed into Ukraine through Belarus": home, no incursion
	}
	if o := s.child(a.head, "obj"); m.trig.code == "prisoner-release" && !a.noun && o >= 0 && publishedNouns[s.form(o)] {
		return // "released a video showing the captured pilot": a publication, no one freed
	}
	if m.trig.code == "prisoner-release" && !slices.ContainsFunc(s.items, func(it item) bool {
		return it.is("swap", "exchange", "deal", "agreement", "negotiations", "talks", "mediation")
	}) {
		if captors := s.captorsOf(m.end, src); len(captors) > 0 {
			// "troops freed 20 hostages held by Boko Haram": a rescue from
			// the captors, no release by those who freed them (but "freed
			// soldiers held by Russia in a swap" was bargained for)
			s.emit(rescueTrigger, src, captors, nil, 0.6)
			return
		}
	}
	conf := sp.conf
	targets, ti := s.fill(&a, sp, asTarget, src)
	if m.trig.code == "test" && ti >= 0 && !aimSlots[sp.target[ti].name] {
		targets = nil // "test-fired two missiles in protest against drills by Seoul": a test falls only where it is aimed
	}
	if m.trig.code == "prisoner-release" && a.srcSlot == "subj" && len(src) == 1 && len(targets) == 1 && s.swapWithAfter(m.end) {
		// "Ukraine freed 200 prisoners in an exchange with Russia": both
		// sides freed theirs (a subject the tree names; a guessed one may
		// be a deal's mediator)
		s.emitPairs(m.trig, []string{src[0], targets[0]}, conf)
		return
	}
	if entryCodes[m.trig.code] {
		// "troops crossed the border from Russia and Belarus": where an
		// incursion comes from is no target
		targets = slices.DeleteFunc(targets, s.namedAsOrigin)
	}
	if attackCodes[m.trig.code] {
		// "attacked convoys on the roads from Senegal": where a route
		// comes from is no target
		targets = slices.DeleteFunc(targets, s.namedAsRouteOrigin)
	}
	if m.trig.code == "offer" && !s.inConflict() {
		// "Japan offered to work with the US on chips", "Washington pledged
		// cooperation with Baku and Yerevan": cooperation offered to any
		// but a rival calms nothing
		if len(targets) > 0 {
			targets = slices.DeleteFunc(targets, func(t string) bool { return !s.c.rivalOfAny(t, src) })
			if len(targets) == 0 {
				return
			}
		} else if !s.c.rivalsAmong(src) {
			return
		}
	}
	if a.bySpeaker() && a.passive && !a.noun && m.trig.frame != frameMeasure && (ti < 0 || sp.target[ti].name != "patient" || len(s.path(&a, []step{{"agent", ""}})) > 0 ||
		!slices.ContainsFunc(targets, func(t string) bool { return s.c.rivalOfAny(t, src) })) {
		// "the SDF said 12 people were killed": who reports a passive act
		// on no named party names its victims, not its author ("the army
		// said five TTP militants were killed" names its own act on its
		// foe; "Lebanese sources said a Hamas official was killed" names
		// no act of Lebanon's); nor does one whose agent is no party
		// ("shot down by air defences"). A measure is a state's own policy:
		// "Trump said new sanctions were imposed on Tehran"
		return
	}
	if attackCodes[m.trig.code] && (len(targets) == 0 || ti >= 0 && sp.target[ti].rule != nil) {
		if d := s.deniersCounterCharge(m, src); len(d) > 0 {
			// "Kabul denied the charge and said Pakistan had carried out
			// the attack itself": the denier blames another for the act
			// discussed, as "said Y was behind it" does; whom it hit is
			// no guess of ours
			s.emit(accuseTrigger, d, src, nil, 0.6)
			return
		}
	}
	if len(targets) == 0 && (attackCodes[m.trig.code] || m.trig.code == "launch" && len(src) == 1 && s.c.kind(src[0]) == briefbot.Group) {
		// "Pakistani troops opened fire along the LoC, the Indian army
		// said", "Israel said Hamas had fired dozens of rockets" (but a
		// state's missile fired at no one is a test: no event)
		targets = s.rivalReporter(m.start, src)
	}
	var alts []string
	if len(targets) > 0 {
		alts = s.hostStates(&a, targets, src)
		targets, alts = s.hostsOfTroops(targets, alts)
		targets, alts = s.placeStatesAsHosts(targets, alts)
		if ti >= 0 && placeSlots[sp.target[ti].name] {
			targets, alts = s.groupInPlaceIDs(src, targets, alts)
		}
		if ti >= 0 && sp.target[ti].rule != nil {
			conf = min(conf, 0.6)
		}
	}
	t := m.trig
	if len(targets) == 0 && len(src) == 1 && t.frame == frameCalmAct {
		if k := s.offerCondition(m); k >= 0 && s.items[k].actor != src[0] {
			targets = []string{s.items[k].actor} // "would reopen the border if Niger lifted its ban": an offer to Niger
		}
	}
	guessed := ti >= 0 && sp.target[ti].rule != nil
	if (len(targets) == 0 || guessed && t.typ == briefbot.Deescalation && s.c.rivalsAmong(src)) && len(src) > 1 &&
		(s.reciprocal(m.end) || s.sharedObject(m) || t.typ == briefbot.Deescalation && (s.c.rivalsAmong(src) || s.counterpartsAmong(src)) || s.reciprocalAct(m)) {
		// "Guyana and Venezuela pledged to refrain from any escalation": a
		// calming move of two parties that names no third is toward each
		// other, and so is one of two rivals that a rule guessed a third
		// party for ("Moscow and Kyiv each handed over 390 prisoners ...,
		// thanking Turkey")
		s.emitPairs(t, src, conf) // "Iran and Pakistan downgraded their ties", "... shelled each other"
		return
	}
	if len(targets) == 0 && t.typ == briefbot.Escalation && len(src) == 1 {
		s.untargeted = src[0] // an act a later judgement may refer to: "That launch was condemned"
		if intrusionCodes[t.code] {
			s.intrusions = append(s.intrusions, intrusion{t, src[0], conf})
		}
	}
	if !a.noun && a.head >= 0 && s.futureAct(a.head) {
		t = asThreat(t) // "warned it would annihilate Seoul if ...": a threat, not an attack
	}
	if t.code == "expel" && !slices.ContainsFunc(src, func(id string) bool { return s.c.kind(id) != briefbot.IGO }) {
		t = orderedRestraint // "the ICJ ordered Thailand and Cambodia to withdraw their troops": a court's call for restraint
	}
	if t.code == "accept" && slices.ContainsFunc(s.items[a.m.start:a.m.end], func(it item) bool { return it.is("proposal", "plan", "offer") }) {
		// "accepted an Egyptian proposal for a ceasefire": a broker's
		// proposal is accepted toward the other side, not the broker
		targets = slices.DeleteFunc(targets, func(id string) bool { return !s.c.rivalOfAny(id, src) })
		if len(targets) == 0 {
			return
		}
	}
	if t.typ == briefbot.Escalation && len(targets) > 0 {
		src = append(src, s.coAgents(m, src, targets)...)
	}
	s.emit(t, src, targets, alts, conf)
	if t.frame == frameRepel {
		for _, tg := range targets {
			s.emit(t, []string{tg}, src, nil, conf) // what is repelled attacked the repeller first
		}
	}
	s.reportedIncursion(m, src, targets)
	s.reportedViolation(t, m.start, src)
	if t.typ == briefbot.Escalation && len(targets) > 0 && s.judgedCause(m.end) {
		// "severed ties with Morocco over its hostile actions": the cause,
		// called a wrong, accuses
		s.emit(accuseTrigger, src, targets, nil, 0.5)
	}
}

// judgedCause reports a cause after item from, in its clause, that the
// text calls a wrong: "over its hostile actions", "in protest at its
// interference", "due to its aggression". A bare protest ("recalled its
// ambassador in protest at the shelling") adds none: the recall and the
// protest are one development, listed once.
func (s *sent) judgedCause(from int) bool {
	end := min(len(s.items), from+14)
	for k := from; k < len(s.items) && k < from+24 && !s.items[k].isBoundary(); k++ {
		if s.items[k].is("retaliating", "retaliation") && s.itemIs(k+1, "for") {
			end = min(len(s.items), k+12) // "..., retaliating for": the retaliation's cause, however far the act's words run
			break
		}
	}
	// (a relative clause tells others' words: "a build-up near Venezuela
	// that Maduro has denounced as preparation for an invasion")
	for k := from; k < end && !s.items[k].isBoundary() && !s.items[k].is("that", "which", "who"); k++ {
		if !s.items[k].is("over", "because", "due", "citing", "protest", "for") {
			continue
		}
		reach := 5
		if s.itemIs(k+1, "what") {
			reach = 10 // "for what the administration said was a campaign of cyberattacks"
		}
		for j := k + 1; j < end && j <= k+reach && !s.items[j].isBoundary(); j++ {
			if s.c.judgementKind(s.items, j) == judgeWrong {
				return true
			}
		}
	}
	return false
}

// sharedObject reports an object the subjects share, inside the trigger's
// words: "downgraded their bilateral relations".
func (s *sent) sharedObject(m match) bool {
	for k := m.start + 1; k < m.end; k++ {
		if s.items[k].is("their", "bilateral", "mutual") {
			return true
		}
	}
	return false
}

// namedAsOrigin reports a party the sentence names only after "from",
// alone or in a list: "from Russia and Belarus".
func (s *sent) namedAsOrigin(id string) bool {
	return s.namedOnlyAfterFrom(id, func(int) bool { return true })
}

// routeNouns lead from a place: "the roads from Senegal".
var routeNouns = set("road", "roads", "route", "routes", "highway", "highways", "corridor", "corridors")

// namedAsRouteOrigin reports a party the sentence names only as where a
// route or a craft comes from.
func (s *sent) namedAsRouteOrigin(id string) bool {
	return s.namedOnlyAfterFrom(id, func(from int) bool {
		// "convoys bound for Bamako from Senegal"; "struck a drug boat from Venezuela": where a craft sailed from
		return from > 0 && (routeNouns[s.items[from-1].text] || vesselNouns[s.items[from-1].text]) || s.before(from, 4, boundWords, true)
	})
}

// boundWords say where a convoy or a ship is going.
var boundWords = set("bound", "headed", "heading", "destined")

// namedOnlyAfterFrom reports a party the sentence names, and names only
// right after a "from" at which ok holds.
func (s *sent) namedOnlyAfterFrom(id string, ok func(from int) bool) bool {
	named := false
	for k := range s.items {
		if s.items[k].kind == actorItem && s.items[k].actor == id {
			f := s.group(k)[0]
			if f < 1 || !s.items[f-1].is("from") || !ok(f-1) {
				return false
			}
			named = true
		}
	}
	return named
}

// entersOwn reports an entry whose "into" names one of its own parties:
// "crossed into Ukraine", said of Ukrainians.
func (s *sent) entersOwn(m match, src []string) bool {
	for k := m.start; k < len(s.items) && k <= m.end+3; k++ {
		if s.items[k].is("into") {
			for j := k + 1; j < len(s.items) && j <= k+3; j++ {
				if s.items[j].kind == actorItem {
					return slices.Contains(src, s.items[j].actor)
				}
			}
			return false
		}
	}
	return false
}

// numeral reports a word written in digits: "115".
func numeral(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// heldPeople are people an act took and holds: "captured soldiers".
var heldPeople = set("soldiers", "servicemen", "troops", "fighters", "sailors", "pilots", "prisoners", "hostages",
	"civilians", "nationals", "citizens", "fishermen", "crew", "crews", "schoolgirls", "students", "men", "women")

// rivalReporter returns the state that reports an act by its rival that
// names no victim: the reporter is the one fired on. A third party that
// reports it names no victim.
func (s *sent) rivalReporter(h int, src []string) []string {
	if len(src) != 1 {
		return nil
	}
	if s.c.kind(src[0]) == briefbot.Group {
		// a state reports the fire of the group that fights it
		for _, r := range s.reporter(h) {
			if r == s.c.home(src[0]) {
				return []string{r}
			}
		}
		return nil
	}
	if s.c.kind(src[0]) != briefbot.State {
		return nil
	}
	for _, r := range s.reporter(h) {
		// ("Myanmar's military shelled a village, the Arakan Army said":
		// a group the state fights reports the state's fire on it, unless
		// a place of another state is named: "in Gaza", Hamas said)
		if r != src[0] && (s.c.kind(r) == briefbot.State && s.c.rivalPair(r, src[0]) && !s.namesOtherState(src[0], r) || s.c.home(r) == src[0] && !s.namesOtherState(src[0])) {
			return []string{r}
		}
	}
	return nil
}

// deniersCounterCharge returns the parties that report the act at m when
// they denied something earlier in the sentence and the act is the one
// under discussion, named by "the" ("carried out the attack itself",
// "staged the bombing"), or nil.
func (s *sent) deniersCounterCharge(m match, src []string) []string {
	definite := false
	for k := max(m.start-1, 0); k+1 < m.end; k++ {
		if s.items[k].is("the") && eventNouns[s.items[k+1].text] {
			definite = true
		}
	}
	if !definite {
		return nil
	}
	var out []string
	for _, r := range s.reporter(m.start) {
		if !slices.Contains(src, r) && slices.ContainsFunc(s.events, func(e briefbot.Event) bool { return e.Type == briefbot.Denial && e.Source == r }) {
			out = append(out, r)
		}
	}
	return out
}

// indefinite reports a noun at token n with "a" or "an": "a drone strike".
func (s *sent) indefinite(n int) bool {
	d := s.child(n, "det")
	return d >= 0 && (s.form(d) == "a" || s.form(d) == "an")
}

// namesOtherState reports a state other than ids named in the sentence.
func (s *sent) namesOtherState(ids ...string) bool {
	return slices.ContainsFunc(s.items, func(it item) bool {
		return it.kind == actorItem && it.actorKind == briefbot.State && !slices.Contains(ids, it.actor)
	})
}

// futureAuxes make a verb an act still to come: "will strike", "would
// annihilate", "'ll hit". The analysis drops the ones that are not the
// party's own word; those that remain are its threats.
var futureAuxes = set("will", "would", "shall", "'ll", "wo", "may", "might", "could")

// futureAct reports a future auxiliary on the verb at v.
func (s *sent) futureAct(v int) bool {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == v && s.tree.Tokens[j].Rel == "aux" && futureAuxes[lower(s.form(j))] {
			return true
		}
	}
	return false
}

// threatIntensity is the Goldstein-like weight of a threat of force.
const threatIntensity = -7

// asThreat returns the trigger of an act as the threat of it.
func asThreat(t *trigger) *trigger {
	if t.typ != briefbot.Escalation || t.code == "threat" {
		return t
	}
	c := *t
	c.code, c.intensity = "threat", threatIntensity
	return &c
}

// civilOperation reports an operation the match names that its modifier
// makes a civil one: "conducting illegal oil and gas operations",
// "carried out evacuation operations in Sudan".
func (s *sent) civilOperation(m match) bool {
	for k := m.start + 1; k < m.end; k++ {
		if s.items[k].is("operation", "operations") && s.items[k-1].kind == wordItem && civilWorks[s.items[k-1].text] {
			return true
		}
	}
	return false
}

// civilWorks name the work of a civil operation.
var civilWorks = set("oil", "gas", "drilling", "exploration", "mining", "fishing", "survey", "rescue", "relief", "humanitarian",
	"evacuation", "business", "commercial", "salvage", "search", "recovery", "aid", "demining", "clean-up", "cleanup", "construction")

// thingNotAct reports a noun the tree joins to another noun, or a
// counted object ("struck eight Houthi targets"): a word of a verb trigger
// read so is a thing, not an act.
func (s *sent) thingNotAct(t int) bool {
	if s.rel(t, "obj") && s.child(t, "nummod") >= 0 {
		return true
	}
	if s.lemma(t) == "target" && (s.child(t, "compound") >= 0 || s.child(t, "det") >= 0 || s.child(t, "amod") >= 0) {
		return true // "struck Hezbollah targets": what was struck, not the verb "targets"
	}
	return s.rel(t, "conj") && s.head(t) >= 0 && isNominal(s.tk(s.head(t)).UPOS)
}

// determinedNoun reports a noun that a determiner, a modifier or a
// preposition marks as one, not a verb the tagger misread ("an apartment
// block", "the shells").
func (s *sent) determinedNoun(t int) bool {
	if strings.HasSuffix(s.form(t), "ing") {
		return false // "the killing of": a gerund names the act
	}
	for _, r := range []string{"det", "compound", "amod", "nummod", "nmod:poss", "case"} {
		if c := s.child(t, r); c >= 0 && !(r == "case" && s.form(c) == "to") {
			return true // "to broker a deal", the verb tagged a noun after "to", is no noun
		}
	}
	return false
}

// hostStates returns the states a struck group is located in ("TTP
// hideouts in Afghanistan"): alternative targets.
func (s *sent) hostStates(a *analysis, targets, src []string) []string {
	groups := false
	for _, t := range targets {
		groups = groups || s.c.kind(t) == briefbot.Group
	}
	if !groups || a.head < 0 {
		return nil
	}
	var out []string
	for t := range s.tree.Tokens {
		if c := s.caseOf(t); c != "in" && c != "inside" && c != "across" && !(c == "on" && groundNouns[s.lemma(t)]) || !s.dominates(a.head, t) {
			continue // (a camp "on the Venezuelan bank of the river" is in Venezuela)
		}
		for _, k := range s.nominalActors(t, nil) {
			if id := s.items[k].actor; s.c.kind(id) == briefbot.State && !contains(targets, id) && !contains(src, id) {
				out = appendUnique(out, id)
			}
		}
	}
	return out
}

// hostsOfTroops moves to the alternatives a state named as the owner of a
// place that houses another target's troops: "Iraqi bases housing U.S.
// troops" are struck at the United States, in Iraq. (The parser reads
// "housing" as a noun there as often as not, so the words decide.)
func (s *sent) hostsOfTroops(targets, alts []string) ([]string, []string) {
	if len(targets) < 2 {
		return targets, alts
	}
	for k := 0; k+3 < len(s.items); k++ {
		host := s.items[k].actor
		if s.items[k].kind != actorItem || !slices.Contains(targets, host) || s.items[k+1].kind != wordItem || !troopPlaces[s.items[k+1].text] {
			continue
		}
		j := k + 2
		if s.items[j].is("that", "which") {
			j++
		}
		if s.items[j].kind != wordItem || !housingWords[s.items[j].text] {
			continue
		}
		for n := j + 1; n < len(s.items) && n <= j+3; n++ {
			if it := &s.items[n]; it.kind == actorItem && it.actor != host && slices.Contains(targets, it.actor) {
				return slices.DeleteFunc(targets, func(id string) bool { return id == host }), appendUnique(alts, host)
			}
		}
	}
	return targets, alts
}

// troopPlaces house troops; housingWords say they do ("bases housing U.S.
// troops").
var (
	troopPlaces  = set("base", "bases", "camp", "camps", "facility", "facilities", "compound")
	housingWords = set("housing", "hosting", "house", "houses", "host", "hosts")
)

// placeSlots name where an act fell, not on whom: "struck targets across
// Yemen", "were hit in Gaza".
var placeSlots = set("obl:in", "obj.nmod:in", "obl:inside", "obl:across", "obj.nmod:across", "patient.nmod:in", "patient.nmod:across",
	"patient.nmod:of.nmod:in", "patient.nmod:of.nmod:across")

// groupInPlaceIDs recodes a strike on a place ("hit a vehicle in southern
// Lebanon") as a strike on the group the same source has been fighting in
// this article, with the state as the alternative.
func (s *sent) groupInPlaceIDs(src, targets, alts []string) ([]string, []string) {
	if len(targets) != 1 || s.c.kind(targets[0]) != briefbot.State {
		return targets, alts
	}
	for _, evs := range [][]briefbot.Event{s.events, s.d.events} {
		for i := len(evs) - 1; i >= 0; i-- {
			e := evs[i]
			if e.Type == briefbot.Escalation && slices.Contains(src, e.Source) && s.c.kind(e.Target) == briefbot.Group {
				return []string{e.Target}, appendUnique(alts, targets[0])
			}
		}
	}
	return targets, alts
}

// placeStatesAsHosts makes a state named only by the demonym of a place,
// beside a group named as a target, the group's host: "struck the
// Houthi-held Yemeni port of Hodeidah" strikes the Houthis, in Yemen.
func (s *sent) placeStatesAsHosts(targets, alts []string) ([]string, []string) {
	if len(targets) < 2 || !slices.ContainsFunc(targets, func(id string) bool { return s.c.kind(id) == briefbot.Group }) {
		return targets, alts
	}
	out := targets[:0:0]
	for _, id := range targets {
		if s.c.kind(id) == briefbot.State && s.namedOnlyAs(id, func(k int) bool {
			return s.items[k].form == FormDemonym && k+1 < len(s.items) && settlementNouns[s.items[k+1].text]
		}) {
			alts = appendUnique(alts, id)
			continue
		}
		out = append(out, id)
	}
	return out, alts
}

// orderVerbs tell forces to act.
var orderVerbs = verbClass("order", "instruct", "direct", "command")

// motionNouns are what a body decides on, which a party may block by its
// vote or veto.
var motionNouns = set("proposal", "proposals", "listing", "bid", "bids", "resolution", "resolutions", "motion", "motions",
	"nomination", "candidacy", "application", "request", "designation", "statement", "vote", "accession", "membership", "move", "attempt", "attempts")

// foretoldAct reports an act at item h that "there will be" or "there
// would be" foretells, past a word or two: "there will be bombing".
func (s *sent) foretoldAct(h int) bool {
	for k := h - 1; k >= 2 && k >= h-3; k-- {
		if s.items[k].is("be") {
			return s.thereBe(k-2, "will", "would")
		}
		if s.items[k].kind != wordItem {
			return false
		}
	}
	return false
}

// thereBe reports "there", one of modals and "be" from item k: "there
// will be bombing", "there could be a catastrophe".
func (s *sent) thereBe(k int, modals ...string) bool {
	return s.itemIs(k, "there") && s.itemIs(k+1, modals...) && s.itemIs(k+2, "be")
}

// conditionParty returns the party whose doing the sentence's "if" or
// "unless" clause names, other than src: "if Iran did not reach a deal".
func (s *sent) conditionParty(src []string) []string {
	return s.clauseSubjectAfter(0, len(s.items), 4, src, "if", "unless")
}

// authoredInstrument reports an act noun with its author named, in an
// "in" phrase of the verb at v: "was killed [in a CIA drone strike]".
func (s *sent) authoredInstrument(v int) bool {
	if v < 0 || !s.hasTree {
		return false
	}
	for c := range s.tree.Tokens {
		if s.head(c) == v && syntaxObl(s.tk(c).Rel) && s.caseOf(c) == "in" && eventNouns[s.form(c)] && len(s.nominalActors(c, nil)) > 0 {
			return true
		}
	}
	return false
}

// partiesIn returns the parties the noun phrases at toks name, other than
// exclude, each once.
func (s *sent) partiesIn(toks []int, exclude []string) []string {
	var out []string
	for _, t := range toks {
		for _, k := range s.nominalActors(t, nil) {
			if !contains(exclude, s.items[k].actor) {
				out = appendUnique(out, s.items[k].actor)
			}
		}
	}
	return out
}

// ownerVerbs link what was struck to its owner: "depots linked to KH".
var ownerVerbs = verbClass("link", "tie", "belong", "affiliate", "connect", "use", "operate", "run", "control", "own")

func init() {
	// "shells fired by Myanmar's army landed inside Bangladesh": where what
	// the act sent came down
	rules["landed"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 || !s.rel(a.head, "acl") {
			return nil
		}
		thing := s.head(a.head)
		if thing < 0 || !s.rel(thing, "nsubj") || !landingVerbs[s.lemma(s.head(thing))] {
			return nil
		}
		// where it came down, or what it hit and where that is
		where := func(t int) bool {
			c := s.caseOf(t)
			return c == "in" || c == "inside" || c == "into" || c == "on"
		}
		var places []int
		v := s.head(thing)
		for t := range s.tree.Tokens {
			switch tt := &s.tree.Tokens[t]; {
			case tt.Head == v && syntaxRelIs(tt.Rel, "obl") && where(t), tt.Head == v && tt.Rel == "obj":
				places = append(places, t)
			case tt.Head >= 0 && s.tree.Tokens[tt.Head].Head == v && s.tree.Tokens[tt.Head].Rel == "obj" && syntaxRelIs(tt.Rel, "nmod") && where(t):
				places = append(places, t)
			}
		}
		return s.partiesIn(places, exclude)
	}
	// "fired missiles at bases [in Pakistan]": the parser often hangs the
	// place of what a launch was aimed at on the verb. It is where the fired
	// thing went only when an at-phrase names what was aimed at and no party
	// ("rockets fired by fighters in Lebanon" says where they were fired from).
	rules["aimedin"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 {
			return nil
		}
		// (the fired things are the trigger's own words, or its object)
		aims := slices.Concat(s.path(a, []step{{"obl", "at"}}), s.path(a, []step{{"nmod", "at"}}), s.path(a, []step{{"obj", ""}, {"nmod", "at"}}))
		if len(aims) == 0 {
			return nil
		}
		for _, t := range aims {
			if len(s.nominalActors(t, nil)) > 0 {
				return nil
			}
		}
		return s.partiesIn(slices.Concat(s.path(a, []step{{"obl", "in"}}), s.path(a, []step{{"obl", "inside"}})), exclude)
	}
	// "Putin ordered troops to attack Ukraine": who orders forces to act
	// acts through them
	rules["orderer"] = func(s *sent, a *analysis, _ []string) []string {
		if a.head < 0 || !s.rel(a.head, "xcomp") {
			return nil
		}
		v := s.head(a.head)
		if v < 0 || !orderVerbs[s.lemma(v)] {
			return nil
		}
		if o := s.child(v, "obj"); o < 0 || !forceNouns[s.form(o)] || len(s.nominalActors(o, nil)) > 0 {
			return nil // (forces named as another party's are theirs: "urged Russian troops to")
		}
		if sb, pass := s.subjTok(v); sb >= 0 && !pass {
			return s.ids(s.nominalActors(sb, nil))
		}
		return nil
	}
	// "warned that if Iran did not reach a deal there would be bombing":
	// whom a threat's condition names
	rules["condition"] = func(s *sent, _ *analysis, exclude []string) []string { return s.conditionParty(exclude) }
	// "U.S. jets hit depots in Iraq and Syria linked to Kataib Hezbollah":
	// the owner of what was struck.
	rules["owner"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 {
			return nil
		}
		objs := s.path(a, []step{{"obj", ""}})
		var out []string
		for j := range s.tree.Tokens {
			p := s.head(j)
			if p < 0 || !ownerVerbs[s.lemma(j)] || !(p == a.head || slices.Contains(objs, p)) {
				continue
			}
			for o := range s.tree.Tokens {
				if s.head(o) == j && syntaxObl(s.tree.Tokens[o].Rel) {
					if c := s.caseOf(o); c == "to" || c == "with" || c == "by" {
						for _, k := range s.nominalActors(o, nil) {
							if it := &s.items[k]; !s.private[k] && (!it.compound || it.owner) {
								out = appendUnique(out, it.actor) // not "Iran-aligned groups": their backer owns nothing struck
							}
						}
					}
				}
			}
		}
		return without(out, exclude)
	}
	// "the group Iran struck in Pakistan", "the camps that Israel hit": a
	// relative clause with a subject and no object acts on the noun it
	// describes.
	rules["antecedent"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 || a.noun || a.passive || !s.rel(a.head, "acl:relcl") && !s.rel(a.head, "acl") {
			return nil
		}
		if o := s.child(a.head, "obj"); o >= 0 && !s.relPronoun(o) {
			return nil
		}
		if sb, _ := s.subjTok(a.head); sb < 0 || s.relPronoun(sb) {
			return nil
		}
		n := s.head(a.head)
		acts := s.nominalActors(n, nil)
		if len(acts) == 0 && s.rel(n, "conj") {
			acts = s.nominalActors(s.head(n), nil) // "Russian officials and lawmakers they accuse": the modifier both share
		}
		var out []string
		for _, k := range acts {
			if !s.private[k] && !(s.items[k].compound && !s.items[k].owner) { // (not "Israeli-made drones")
				out = appendUnique(out, s.items[k].actor)
			}
		}
		return without(out, exclude)
	}
	// "Designated a terrorist group by Turkey, the PKK": the agent of an
	// opening participle, and the subject it describes.
	rules["h:by"] = func(s *sent, a *analysis, _ []string) []string {
		if k := s.laterBy(a.m); k >= 0 {
			return s.ids(s.group(k))
		}
		return nil
	}
	rules["h:opening"] = func(s *sent, a *analysis, _ []string) []string {
		if a.m.start != 0 || !strings.HasSuffix(s.items[0].text, "ed") {
			return nil
		}
		return s.ids(s.afterOpeningPhrase(a.m.end))
	}
	// "militants were killed, Iran said", "balloons were flown across the
	// border, Seoul said": a state reporting an attack or an intrusion with
	// no named victim suffered it.
	rules["victim"] = func(s *sent, a *analysis, exclude []string) []string {
		if !attackCodes[a.m.trig.code] && !intrusionCodes[a.m.trig.code] && (a.m.trig.code != "launch" || !s.firedAtPlace(a)) {
			return nil
		}
		if s.onTradeShipping(a.head) {
			return nil // "the Houthis attacked merchant ships, sinking two, the U.S. military said": the reporter owns no ship
		}
		k := -1
		if a.head >= 0 {
			if t := s.speakerTok(a.head); t >= 0 {
				if acts := s.nominalActors(t, nil); len(acts) > 0 {
					k = acts[0]
				}
			}
		}
		if k < 0 {
			k = s.speaker(a.m.start)
		}
		if k >= 0 && s.items[k].actorKind == briefbot.State && !contains(exclude, s.items[k].actor) {
			return []string{s.items[k].actor}
		}
		return nil
	}
	// "Greece protested the incursion by Turkish jets": an entry into no
	// space the sentence names falls on whom protests it (a third party
	// condemns; the one entered protests, summons, complains)
	rules["complainant"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 || !a.noun || !entryCodes[a.m.trig.code] {
			return nil
		}
		p := s.head(a.head)
		over := syntaxObl(s.tk(a.head).Rel) && (s.caseOf(a.head) == "over" || s.caseOf(a.head) == "about")
		if over && p >= 0 && s.rel(p, "obj") {
			p = s.head(p) // "summoned the envoy over airspace violations", the phrase hung on the envoy
		}
		if p < 0 || !complaintLemmas[s.lemma(p)] || !s.rel(a.head, "obj") && !over {
			return nil
		}
		sb, passive := s.subjTok(p)
		if sb < 0 || passive {
			return nil
		}
		return without(s.ids(s.nominalActors(sb, nil)), exclude)
	}
	// "three Indian soldiers were killed when Pakistani troops opened
	// fire", "two of its soldiers were killed in an attack by the PKK":
	// whose people the act killed, in the clause it explains
	rules["casualties"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 {
			return nil
		}
		inWhen := !a.noun && s.rel(a.head, "advcl") && (s.markOf(a.head) == "when" || s.hasChildForm(a.head, "advmod", "when"))
		inNoun := a.noun && syntaxRelIs(s.tk(a.head).Rel, "obl") && s.caseOf(a.head) == "in" // "were killed in an attack by the PKK"
		if !inWhen && !inNoun {
			return nil
		}
		p := s.head(a.head)
		if p < 0 || !harmVerbs[s.lemma(p)] {
			return nil
		}
		var out []string
		for sb := range s.tree.Tokens {
			if s.head(sb) != p || !s.rel(sb, "nsubj") && !s.rel(sb, "nsubj:pass") {
				continue // every subject: the parser may read "two of its soldiers" as two
			}
			for _, k := range s.nominalActors(sb, nil) {
				if it := &s.items[k]; !it.compound && !contains(exclude, it.actor) {
					out = appendUnique(out, it.actor)
				}
			}
		}
		return out
	}
	// "the drone was destroyed in a hostile action by the Algerian regime":
	// the agent of the plain act noun the deed was done in (an attack noun
	// there is a trigger of its own, read by the noun frame)
	rules["inact"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 {
			return nil
		}
		var out []string
		for _, n := range s.path(a, inActPath) {
			if !genericActNouns[s.lemma(n)] {
				continue
			}
			for b := range s.tree.Tokens {
				if s.head(b) == n && s.rel(b, "nmod") && s.caseOf(b) == "by" {
					out = append(out, without(s.ids(s.nominalActors(b, nil)), exclude)...)
				}
			}
		}
		return out
	}
	// "Mali accused Algeria of spying and recalled its ambassador": a
	// measure joined to the accusation its author makes falls on whom it
	// accuses.
	rules["accused"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.head < 0 || !s.rel(a.head, "conj") || s.head(a.head) > a.head || s.ownSubj(a.head) >= 0 {
			return nil
		}
		p := s.head(a.head)
		if m, ok := s.c.lx.longestAt(s.items, s.itemOfTok(p)); !ok || m.trig.typ != briefbot.Accusation {
			return nil
		}
		var out []string
		for o := range s.tree.Tokens {
			if s.head(o) == p && s.rel(o, "obj") {
				out = append(out, without(s.ids(s.nominalActors(o, nil)), exclude)...)
			}
		}
		return out
	}
	// "Hamas released 33 hostages and Israel freed 1,900 prisoners": a
	// release whose captives the text does not place is made to the other
	// side of the exchange.
	rules["exchanged"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.m.trig.code != "prisoner-release" {
			return nil
		}
		var out []string
		for k := range s.items {
			if k == a.m.start || s.items[k].kind != wordItem {
				continue
			}
			if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.code == "prisoner-release" {
				for _, id := range without(s.ids(s.subjectOf(k)), exclude) {
					out = appendUnique(out, id)
				}
			}
		}
		return out
	}
	// "Pakistan launched retaliatory strikes": the sources' adversary.
	rules["answered"] = func(s *sent, a *analysis, exclude []string) []string {
		if a.m.trig.typ != briefbot.Escalation {
			return nil
		}
		return s.answered(a.m, exclude)
	}
	// "Ethiopia deployed troops to the border", "Cambodia proposed talks,
	// Thailand said": the one other party of a posture, a calming move, an
	// offer or an apology.
	rules["other1"] = func(s *sent, a *analysis, exclude []string) []string {
		if c := a.m.trig.code; !postureCodes[c] && !oneOtherCodes[c] && !(c == "cut-ties" && s.items[a.m.end-1].is("ties", "relations")) {
			return nil // (a break of ties is with the one other party: "since 2021, when Algiers cut ties")
		}
		if a.m.trig.typ == briefbot.Deescalation && len(exclude) > 1 && s.c.rivalsAmong(exclude) {
			return nil // "Congo and Rwanda signed a US-brokered accord, pledging to halt ...": a step the rivals take toward each other
		}
		o := s.others(exclude)
		if a.m.trig.typ == briefbot.Deescalation {
			o = slices.DeleteFunc(o, s.onlyCity) // "wait for Putin in Istanbul": the venue is no party
		}
		o = slices.DeleteFunc(o, func(id string) bool { // "deployed troops alongside Congolese forces in South Kivu": a partner, wherever else it is named
			for k := range s.items {
				if s.items[k].kind == actorItem && s.items[k].actor == id && s.partner(a.m.start, k) {
					return true
				}
			}
			return false
		})
		if len(o) == 1 {
			return o
		}
		return nil
	}
	// "M23 rebels seized the town": the state a lone group fights.
	rules["home"] = func(s *sent, a *analysis, exclude []string) []string {
		if c := a.m.trig.code; !attackCodes[c] && c != "disarm" && c != "accept" || strings.HasSuffix(s.items[a.m.start].text, "ing") && !s.progressive(a.head) ||
			a.srcSlot != "subj" && a.srcSlot != "h:subj" {
			return nil // a participle may be what another party is accused of ("is laying down its arms" is the subject's own act); a speaker may be a victim
		}
		return s.homeOf(a.m, exclude)
	}
	// the rules' agent of an event noun, and the subject of its light verb
	rules["h:nounagent"] = func(s *sent, a *analysis, _ []string) []string {
		if k := s.nounAgent(a.m); k >= 0 {
			return s.ids(s.group(k))
		}
		return nil
	}
	rules["h:light"] = func(s *sent, a *analysis, _ []string) []string {
		if k := s.lightVerb(a.m.start); k >= 0 {
			src, _ := s.sourceOf(k, true)
			return src
		}
		return nil
	}
	// "Russian drones violated its airspace during an attack on Ukraine":
	// the attack a party's act was done during, with no author of its own,
	// is that party's
	rules["h:during"] = func(s *sent, a *analysis, _ []string) []string {
		t := a.head
		if !s.hasTree || t < 0 || !s.rel(t, "obl") || s.caseOf(t) != "during" {
			return nil
		}
		p := s.head(t)
		if p < 0 || s.tk(p).UPOS != "VERB" {
			return nil
		}
		if sb, pass := s.subjTok(p); sb >= 0 && !pass {
			return s.ids(s.nominalActors(sb, nil))
		}
		return nil
	}
	// "Pakistan's military said an operation against the TTP killed ten
	// militants": a state reports its own fight with the group that fights
	// it, where the act names no author
	rules["h:homespeaker"] = func(s *sent, a *analysis, _ []string) []string {
		spk := s.reporter(a.m.start)
		if !attackCodes[a.m.trig.code] || len(spk) != 1 || s.c.kind(spk[0]) != briefbot.State {
			return nil
		}
		sp := s.c.frames[a.m.trig.frame]
		tg, ti := s.fill(a, sp, asTarget, spk)
		if ti < 0 || !strings.HasPrefix(sp.target[ti].name, "nmod:") {
			return nil // the act's own "on" or "against" phrase, not a party named near it ("bore the hallmarks of the PKK")
		}
		if !slices.ContainsFunc(tg, func(id string) bool { return s.c.home(id) != spk[0] }) {
			return spk
		}
		return nil
	}
	// "Russia's Ukraine invasion": a name between the agent and the noun
	rules["h:premod"] = func(s *sent, a *analysis, _ []string) []string {
		if v, _ := s.premodifiedVictim(a.m.start); v >= 0 {
			return []string{s.items[v].actor}
		}
		return nil
	}
	// "missiles had been fired from American and British ships": a passive
	// act's platform, a party's force, names who acted (where it was fired
	// from, "from Lebanon", names no one)
	rules["platform"] = func(s *sent, a *analysis, exclude []string) []string {
		if !a.passive || a.head < 0 {
			return nil
		}
		for c := range s.tree.Tokens {
			if s.head(c) == a.head && s.rel(c, "obl") && s.caseOf(c) == "from" && forceNouns[s.form(c)] {
				return without(s.ids(s.nominalActors(c, nil)), exclude)
			}
		}
		return nil
	}
	// "Police killed nine Maoist rebels": the state whose forces act on a
	// national group.
	rules["forces"] = func(s *sent, a *analysis, _ []string) []string {
		if state, _ := s.stateForcesOn(a.m); state != "" {
			return []string{state}
		}
		return nil
	}
}

// codeNoun codes an event noun by the noun frame: "Iran's strikes on
// Pakistan", "strikes by Israel", "launched strikes on".
func (s *sent) codeNoun(m match) {
	a := s.analyze(m)
	if a.head >= 0 && s.tk(a.head).UPOS == "VERB" && s.child(a.head, "aux") >= 0 {
		return // "Rwanda has been firing into its own territory": a verb, whose own triggers read it
	}
	sp := s.c.frames[m.trig.frame]
	src, _ := s.fill(&a, sp, asSource, nil)
	if len(src) == 0 {
		if len(s.path(&a, []step{{"between", ""}})) > 0 || s.betweenAfter(m.end) {
			s.codeMutual(&a) // "shelling grew between the Indian army and the Maoists"
		} else if attackCodes[m.trig.code] && s.before(m.start, 3, exchangedActs, true) {
			// "India and Pakistan agreed a truce after days of cross-border
			// strikes": strikes that name no side, traded across the line,
			// are the main clause's rivals'
			if pair := s.mainSubjectPair(); len(pair) == 2 && s.c.rivalsAmong(pair) {
				s.emitPairs(m.trig, pair, 0.5)
			}
		}
		return
	}
	conf := sp.conf
	targets, ti := s.fill(&a, sp, asTarget, src)
	byAgent := a.srcSlot == "acl.agent" || a.srcSlot == "nmod:by"
	if v := s.namingHead(a.head); len(targets) == 0 && byAgent && v >= 0 {
		// "what he called attacks by Kosovo's police", "in what it
		// described as firing initiated by India": whoever names the act
		// charges its author
		if namer, _ := s.sourceOf(s.itemOfTok(v), true); len(without(namer, src)) > 0 {
			s.emit(accuseTrigger, without(namer, src), src, nil, 0.6)
		}
		return
	}
	// ("Israel's strikes on the capital, Syria said": an owned act placed
	// on what no party names is a report of fire too)
	placedOnPlace := a.srcSlot == "poss" && m.end < len(s.items) && s.items[m.end].is("on", "against") && !s.eligibleObject(min(m.end+1, len(s.items)-1))
	if len(targets) == 0 && attackCodes[m.trig.code] && (a.srcSlot == "gov.subj" || a.srcSlot == "h:light" || byAgent || placedOnPlace) {
		// only an act its author is said to do ("firing initiated by
		// India"): "Armenian aggression" or "the TTP's assault" names a
		// charge or a deed, not a report of fire
		if d := s.deniersCounterCharge(m, src); len(d) > 0 {
			s.emit(accuseTrigger, d, src, nil, 0.6) // "denied involvement, saying Pakistan had staged the bombing"
			return
		}
		if targets = s.rivalReporter(m.start, src); len(targets) > 0 {
			s.emit(m.trig, src, targets, nil, 0.6) // "Pakistani troops resorted to firing, the Indian army said"
			return
		}
	}
	if len(targets) > 0 && ti >= 0 && sp.target[ti].name == "h:obj" && len(s.harmedVictims(a.head, src)) > 0 {
		return // "bombings claimed by Islamic State outside Kabul airport killed 13 US troops": the verb names whom the act fell on
	}
	var alts []string
	if len(targets) > 0 {
		alts = s.hostStates(&a, targets, src)
		targets, alts = s.hostsOfTroops(targets, alts)
		if sl := sp.target[ti].name; sl == "nmod:in" || sl == "nmod:inside" || sl == "h:obj" {
			targets, alts = s.groupInPlaceIDs(src, targets, alts)
		}
		s.emit(m.trig, src, targets, alts, conf)
		if m.trig.typ == briefbot.Escalation && s.judgedCause(m.end) {
			s.emit(accuseTrigger, src, targets, nil, 0.5) // "closure of the Russian consulate over sabotage", as codeAct
		}
		return
	}
	if v := s.head(a.head); m.end-m.start == 1 && v >= 0 && s.rel(a.head, "obj") && opposeVerbs[s.lemma(v)] && s.c.judgementKind(s.items, m.start) == judgeWrong {
		// "Tehran would help Syria counter Israeli aggression": a wrong
		// to be opposed, named with no victim, is a charge by whoever
		// speaks, not an act on anyone
		if k := s.speaker(m.start); k >= 0 && !slices.Contains(src, s.items[k].actor) {
			s.emit(accuseTrigger, s.ids(s.group(k)), src, nil, 0.6)
		} else if acc, _ := s.sourceOf(s.itemOfTok(v), false); len(without(acc, src)) > 0 {
			s.emit(accuseTrigger, without(acc, src), src, nil, 0.6)
		}
		return
	}
	// A judged act ("the UN condemned the Houthi attacks on shipping",
	// "Pakistan welcomed the US strikes") has no victim in its judge: an
	// approver never, a condemning organisation never; a named victim that
	// is no actor ("on shipping") leaves no default victim either.
	agent := s.nounAgent(m)
	judge := s.judgedAct(m.start, agent)
	approved := judge >= 0 && approvalWords[s.items[judge].text]
	placed := m.end < len(s.items) && s.items[m.end].is("on", "against")
	o := s.ownClauseFirst(s.othersBesideReporters(src), m.start)
	if a.head >= 0 && s.head(a.head) >= 0 && helpNouns[s.form(s.head(a.head))] {
		o = nil // "Iraqi forces, with the support of US air strikes, retook Mosul": the helped are no victims
	}
	if s.shippingVictim(a.head) {
		o = nil // "after Iran's seizures of commercial vessels": the act names its victim, and it is no party
	}
	// "The SDF, which fought alongside U.S. forces, said Turkish air strikes
	// had killed civilians": a party named only in a relative clause the act
	// is not in describes someone else, and suffered nothing
	o = slices.DeleteFunc(o, func(id string) bool { return s.namedOnlyInOtherRelative(id, m.start) })
	if slices.ContainsFunc(o, func(id string) bool { return s.namedOnlyAs(id, s.destinationAt) }) {
		o = nil // "the raid on an aid flotilla bound for Gaza": the act names its victim, and where it was headed is none
	}
	if enforcer := s.enforcers(&a); len(enforcer) > 0 {
		// "India said it would enforce the UN sanctions": who carries
		// out or backs an act is not its target
		o = slices.DeleteFunc(o, func(id string) bool { return slices.Contains(enforcer, id) })
	}
	if judge >= 0 {
		// several judging together ("Egypt, Qatar and Saudi Arabia
		// condemned the incursion") are a chorus of others, not its victim;
		// a lone judge is the victim unless the clause names another party
		// ("Saudi Arabia condemned the Israeli strikes as a violation of
		// Iran's sovereignty"), and only when it says so (see judgeHurt)
		chorus := s.ids(s.subjectOf(judge))
		// "Egypt and Qatar, which mediated alongside Washington, condemned
		// the strikes": a party described with the judges is no victim
		for k := 0; k < judge; k++ {
			if s.items[k].kind == actorItem && inRelativeItems(s.items, k) {
				o = without(o, []string{s.items[k].actor})
			}
		}
		others := slices.ContainsFunc(o, func(id string) bool { return !slices.Contains(chorus, id) })
		o = slices.DeleteFunc(o, func(id string) bool {
			return approved || s.c.kind(id) == briefbot.IGO || slices.Contains(chorus, id) && (len(chorus) > 1 || others || !s.judgeHurt(id, src))
		})
	}
	// "The airstrike by AFRICOM targeted ...": an agent after the noun
	// names no victim by itself (but the judge of an act it places, as
	// "condemned the attack by Rwanda on Goma", may be).
	early := agent >= 0 && (agent < m.start || judge >= 0 && agent+1 < len(s.items) && s.items[agent+1].is("on", "against"))
	if len(o) > 0 && (early || postureCodes[m.trig.code] && len(o) == 1) {
		targets, conf = firstOf(o), 0.5
	}
	if len(targets) == 0 && m.trig.typ == briefbot.Escalation && !s.shippingVictim(a.head) {
		targets = s.answered(m, src) // (but "in response to the group's attacks on shipping" fell on no responder)
	}
	if len(targets) == 0 && len(src) > 1 && s.before(m.start, 2, reciprocalWords, true) {
		s.emitPairs(m.trig, src, conf) // "India and Pakistan carried out tit-for-tat expulsions"
		return
	}
	if len(targets) == 0 && agent >= 0 && !(judge >= 0 && (approved || placed)) && (attackCodes[m.trig.code] || m.trig.code == "disarm") {
		targets = s.homeOf(m, src) // "an ELN bomb attack killed two soldiers"
	}
	s.emit(m.trig, src, targets, alts, conf)
}

// destinationAt reports a party named at k as where something was headed:
// "bound for Gaza", "en route to Yemen", "heading to Port Sudan".
func (s *sent) destinationAt(k int) bool {
	return k >= 2 && s.items[k-1].is("for", "to") && s.items[k-2].is("bound", "headed", "heading", "destined", "route", "sailing", "travelling", "traveling")
}

// namedOnlyInOtherRelative reports a party every mention of which lies in
// a relative clause (", which ...,") that does not hold item h.
func (s *sent) namedOnlyInOtherRelative(id string, h int) bool {
	named := false
	for k := range s.items {
		if s.items[k].kind != actorItem || s.items[k].actor != id {
			continue
		}
		r := relativeOpener(s.items, k)
		if r < 0 || r == relativeOpener(s.items, h) {
			return false
		}
		named = true
	}
	return named
}

// opposeVerbs take as their object a wrong to be resisted: "to counter
// Israeli aggression".
var opposeVerbs = verbClass("counter", "confront", "resist", "repel", "deter", "oppose", "thwart", "combat", "fight", "face")

// victimCases mark the nominal modifier naming what an attack hit: "attacks
// on tankers", "the seizure of a cargo ship".
var victimCases = set("of", "on", "against", "at")

// shippingVictim reports an act noun at n whose victim, after one of
// victimCases, is merchant shipping that names no party: "attacks on
// Red Sea shipping", "seizures of commercial vessels".
func (s *sent) shippingVictim(n int) bool {
	if n < 0 {
		return false
	}
	for c := range s.tree.Tokens {
		if s.head(c) != n || !s.rel(c, "nmod") || !victimCases[s.caseOf(c)] {
			continue
		}
		first, last := s.tree.Subtree(c)
		for t := first; t <= last; t++ {
			if k := s.itemOfTok(t); k >= 0 && s.items[k].kind == actorItem {
				return false // "attacks on US-flagged tankers"
			}
		}
		if merchantVessels[s.form(c)] || merchantVessels[s.form(last)] || last+1 < len(s.forms) && merchantVessels[s.forms[last+1]] {
			return true // (also "on Red Sea shipping", its last word read apart from "Sea")
		}
		if vesselNouns[s.form(c)] && slices.ContainsFunc(s.forms[first:c], func(w string) bool { return merchantModifiers[w] }) {
			return true
		}
	}
	return false
}

// enforcingVerbs carry out, join or back an act another party ordered.
var enforcingVerbs = verbClass("enforce", "implement", "apply", "join", "back", "support", "endorse", "uphold", "observe", "tighten", "toughen")

// enforcers returns the subject of an enforcing verb whose object is the
// act noun of a: "China toughened enforcement of UN sanctions" names China.
func (s *sent) enforcers(a *analysis) []string {
	if a.head < 0 {
		return nil
	}
	n := a.head
	if s.rel(n, "nmod") && s.caseOf(n) == "of" && s.head(n) >= 0 {
		n = s.head(n) // "enforcement of UN sanctions"
	}
	v := s.head(n)
	if v < 0 || !s.rel(n, "obj") || !enforcingVerbs[s.lemma(v)] && !(s.lemma(n) == "enforcement" || s.lemma(n) == "implementation") {
		return nil
	}
	sb, _ := s.subjTok(v)
	if sb < 0 {
		return nil
	}
	return s.ids(s.nominalActors(sb, nil))
}

// reciprocalAct reports a reciprocal word inside the trigger's phrase:
// "carried out tit-for-tat strikes".
func (s *sent) reciprocalAct(m match) bool {
	return slices.ContainsFunc(s.items[m.start+1:m.end], func(it item) bool { return it.kind == wordItem && reciprocalWords[it.text] })
}

// judgeHurt reports a judge of an act by src that the act hurt: its rival
// did it ("Pakistan condemned the Indian strikes"), or it names its own
// domain ("as a flagrant violation of its sovereignty", "an attack on
// Iraqi sovereignty") or what the act fell on as its own ("on its oil
// terminal"). "Iran condemned the American and British strikes"
// says nothing of Iran as their target.
func (s *sent) judgeHurt(judge string, src []string) bool {
	if slices.ContainsFunc(src, func(a string) bool { return s.c.rivalPair(a, judge) }) {
		return true
	}
	for k := range s.items {
		if k+1 < len(s.items) && s.items[k].is("on", "against", "at") && s.items[k+1].is("its", "their", "our") {
			return true // "the Iranian strikes on its oil terminal": the judge's own
		}
		if s.items[k].kind != actorItem || s.items[k].actor != judge {
			continue
		}
		for j := k + 1; j < len(s.items) && j <= k+2; j++ {
			if domainNouns[s.items[j].text] {
				return true
			}
			if !ownedModifiers[s.items[j].text] {
				break
			}
		}
	}
	return false
}

// betweenAfter reports "between" right after the trigger.
func (s *sent) betweenAfter(from int) bool {
	for j := from; j < len(s.items) && j <= from+2; j++ {
		if s.items[j].is("between") {
			return true
		}
	}
	return false
}

// firedAtPlace reports a launch aimed at a place ("fired rockets at a
// hospital"): its victim is the one who reports it. A launch with no place
// ("fired a missile off its east coast") may be a test.
func (s *sent) firedAtPlace(a *analysis) bool {
	if a.head < 0 {
		return false
	}
	for j := range s.tree.Tokens {
		onVerb := s.head(j) == a.head && syntaxObl(s.tk(j).Rel)
		onObject := s.rel(j, "nmod") && s.head(j) >= 0 && s.head(s.head(j)) == a.head && s.rel(s.head(j), "obj") // "fired shells near the border"
		if onVerb || onObject {
			switch s.caseOf(j) {
			case "at", "on", "upon", "across":
				return true
			case "near":
				return s.borderNoun(j) // "fired shells near the maritime border": at the reporter's side
			}
		}
	}
	return false
}

// hasChildForm reports a dependent of t with relation rel and form w.
func (s *sent) hasChildForm(t int, rel, w string) bool {
	for j := range s.tree.Tokens {
		if s.head(j) == t && s.rel(j, rel) && s.form(j) == w {
			return true
		}
	}
	return false
}

// borderNoun reports a border, frontier or line of control at token t.
func (s *sent) borderNoun(t int) bool {
	switch s.lemma(t) {
	case "border", "frontier", "boundary", "line":
		return true
	}
	return false
}

// intrusion is an act into another's waters, airspace or land that named
// no victim.
type intrusion struct {
	trig *trigger
	by   string
	conf float64
}

// codeProtestedIntrusions codes an intrusion that named no victim against
// the state that protested it in the same sentence: "Tokyo protested after
// Chinese ships spent 13 hours in waters near the islands". Third parties
// protest strikes; an intrusion is protested by whoever it entered.
func (s *sent) codeProtestedIntrusions() {
	for _, in := range s.intrusions {
		for _, e := range s.events {
			if e.Type == briefbot.Accusation && (e.Code == "protest" || e.Code == "summon") && e.Target == in.by && s.c.kind(e.Source) == briefbot.State {
				s.add(in.trig.typ, in.trig.code, in.trig.intensity, in.by, e.Source, nil, min(in.conf, 0.6))
				break
			}
		}
	}
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
	if a := s.analyze(m); !a.noun && s.wordsNotForce(&a) {
		return // "shot down the French proposal": words, not force
	}
	interceptor, conf := s.sourceOf(m.start, true)
	if len(interceptor) == 0 {
		return
	}
	end := s.objectEnd(m.end, nil)
	// The firer is the weapons' owner, or who a by-phrase says fired them;
	// where they came from is a place ("rockets fired from Lebanon" names
	// no one who fired them).
	firer := -1
	for k := m.start + 1; k < end; k++ {
		if p := s.prevWord(k); s.eligibleObject(k) && !slices.Contains(interceptor, s.items[k].actor) && !locativePreps[p] && p != "at" && p != "from" {
			if p == "by" {
				firer = k
				break
			}
			if firer < 0 {
				firer = k
			}
		}
	}
	if firer < 0 {
		return
	}
	target := interceptor
	for j := firer + 1; j < end && j <= firer+8; j++ {
		if s.eligibleObject(j) && s.items[j].actor != s.items[firer].actor && destinationWords[s.prevWord(j)] {
			target = []string{s.items[j].actor}
			break
		}
	}
	s.emit(m.trig, []string{s.items[firer].actor}, target, nil, conf*0.8)
	if m.trig.code == "shoot-down" {
		// "Polish jets shot down Russian drones": downing a swarm of craft
		// is an act against its owner too (data/triggers-escalation.tsv
		// codes missiles shot down as intercepted)
		s.emit(m.trig, interceptor, []string{s.items[firer].actor}, nil, conf*0.8)
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
		return // "three small drones had been downed": nobody named attacked
	}
	defender := s.reporter(h)
	if a := s.byAgentWithin(m.end, 3); a >= 0 {
		defender = s.ids(s.group(a))
	}
	defender = without(defender, owner)
	if len(defender) == 0 {
		return
	}
	lone := false
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		lone = lone || loneCraft[s.items[k].text] // (the phrase's head is its verb: "a drone was shot")
	}
	if lone {
		// "an Israeli drone was shot down by Hezbollah": a lone craft
		// downed is the downer's act against its owner, as "shot down an
		// Israeli drone" (a swarm's or a missile's downing answers an attack)
		s.emit(m.trig, defender, owner, nil, 0.6)
		for k := m.end; k+1 < len(s.items) && k <= m.end+3; k++ {
			if s.items[k].is("over", "above", "in", "inside") && s.items[k+1].kind == actorItem && slices.Contains(defender, s.items[k+1].actor) {
				s.emit(intrusionTrigger, owner, defender, nil, 0.6) // "shot down over Romania": it flew into the downer's land
				break
			}
		}
		return
	}
	s.emit(m.trig, owner, defender, nil, 0.6)
}

// loneCraft are one craft, flown, not fired: "a drone", "a helicopter".
var loneCraft = set("drone", "uav", "helicopter", "jet", "plane", "warplane")
