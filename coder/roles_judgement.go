package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// Judgements: a party calls an act wrong ("termed the raid illegal", "the
// strike was a provocation, she said"), which accuses the act's author, or
// calls a claim false ("called the charges lies"), which denies it. The
// words of judgement are data (data/judgements.tsv).

// judgement is what a judgement word says of its object.
type judgement uint8

const (
	judgeWrong judgement = iota + 1 // the act is wrongdoing: illegal, a provocation
	judgeFalse                      // the claim is untrue: lies, baseless
)

// judgementPhrase is one line of data/judgements.tsv.
type judgementPhrase struct {
	words []string
	kind  judgement
}

// judgementAt returns the kind and length of the judgement phrase that
// starts at item k, longest first, or 0.
func (k knowledge) judgementAt(items []item, at int) (judgement, int) {
	if items[at].kind != wordItem {
		return 0, 0
	}
	for _, p := range k.judgements[items[at].text] {
		n := len(p.words)
		if at+n > len(items) {
			continue
		}
		ok := true
		for i, w := range p.words {
			if items[at+i].kind != wordItem || items[at+i].text != w {
				ok = false
				break
			}
		}
		if ok {
			return p.kind, n
		}
	}
	return 0, 0
}

// judgementKind returns the kind of the judgement phrase at item at, or 0.
func (k knowledge) judgementKind(items []item, at int) judgement {
	kind, _ := k.judgementAt(items, at)
	return kind
}

// attackLabelAt reports an attack noun with what it falls on at item k,
// which a party that calls an act so labels a wrong: "called the strike
// an attack on its sovereignty". A label is indefinite ("a direct attack
// on"); "called the rebel attack on its troops a provocation" names the
// act judged, not the judgement.
func (s *sent) attackLabelAt(k int) bool {
	if k+1 >= len(s.items) || !s.items[k].is("attack", "assault") || !s.items[k+1].is("on", "against") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.items[j].is("a", "an") {
			return true
		}
		if s.items[j].kind != wordItem || s.items[j].is("the", "its", "their", "this", "that") {
			return false
		}
	}
	return false
}

// maxJudged bounds how far a judgement may follow its verb: "called the
// Turkish incursion into its northern provinces a violation".
const maxJudged = 14

// codeJudge codes "X called/termed/described Y (as) Z" where Z is a
// judgement: X accuses the author of Y, or denies the claim Y.
func (s *sent) codeJudge(m match) {
	h := m.start
	var src []string
	// "countries deemed sponsors of terrorism": a participle on a noun is passive too
	u := s.tokOfItem(h)
	passive := s.passive(h) || s.hasTree && u >= 0 && s.rel(u, "acl") && strings.HasSuffix(s.form(u), "ed") && s.child(u, "nsubj") < 0 &&
		s.head(u) >= 0 && s.tk(s.head(u)).UPOS == "NOUN"
	if passive {
		if a := s.byAgentWithin(m.end, maxJudged); a >= 0 {
			src = []string{s.items[a].actor}
		}
	} else {
		src, _ = s.sourceOf(h, false)
	}
	if len(src) == 0 {
		return
	}
	end := s.complementEnd(m.end)
	j, n, kind := -1, 0, judgement(0)
	for k := m.end; k < end && k < m.end+maxJudged; k++ {
		kd, l := s.c.judgementAt(s.items, k)
		if kd == 0 && s.attackLabelAt(k) {
			kd, l = judgeWrong, 1 // "calling it an attack on our energy security"
		}
		if kd != 0 && !s.before(k, 2, negators, true) && !s.chargeContent(k) {
			j, n, kind = k, l, kd
			break
		}
	}
	if j < 0 {
		j, n, kind = s.farJudgement(h, end)
	}
	if j < 0 {
		return
	}
	object := m.end
	if passive {
		object = s.clauseStart(h)
	}
	objEnd := j
	if passive {
		objEnd = h
	}
	// the judgement is no event of its own; the act judged is one:
	// "termed the Armenian shelling a provocation" states the shelling (but
	// "described as 16 violations of Greek airspace by Turkish jets" names
	// an act with its judgement, and the act is told)
	if m2, ok := s.c.lx.longestAt(s.items, j); !ok || m2.trig.typ != briefbot.Escalation || m2.end <= j+n {
		s.consume(j, j+n)
	}
	if j > 0 && s.items[j-1].is("legitimate", "justified", "lawful", "legal") {
		return // "calling it a legitimate act of war": the judge approves of the act
	}
	if kind == judgeFalse || s.judgesCharge(object, objEnd) {
		s.denyJudged(src, object, objEnd) // "called the claims lies", "called the accusation unacceptable"
		return
	}
	targets := s.judgedAuthor(src, object, objEnd, j+n)
	if len(targets) == 0 {
		targets = s.ownerOfLaterWrong(src, j+n)
	}
	if len(targets) == 0 {
		targets = s.relativeObjectAuthor(h, src) // "signed a deal with Somaliland, which Somalia denounced as ..."
	}
	if len(targets) == 0 {
		targets = s.answerableFor(h, src) // "warned that Israel would pay for what it called a cowardly attack"
	}
	// (not a party named only as the place: "an explosion near the
	// airport of the Pakistani city of Karachi ..., describing it as a
	// terrorist attack")
	if o := slices.DeleteFunc(s.othersNotVictims(src), s.onlyPlace); len(targets) == 0 && len(o) == 1 && !s.onRelativeAntecedent(h) && !s.onlyDeniedParty(o[0]) {
		// "Asmara called the pact illegal ... if Addis Ababa proceeds": the
		// one other party (but "a Kurdish referendum that Baghdad declared
		// illegal" names what it judges, and no party did it; nor is one
		// it denies backing)
		targets = o
	}
	s.emit(m.trig, src, targets, nil, 0.6)
}

// farJudgement returns the judgement, its length and kind, that the parse
// makes the predicate of the verb at item h when a long object puts it
// beyond maxJudged: "called the rebel attack on junta troops last week in
// the border township a provocation". It must lie before end.
func (s *sent) farJudgement(h, end int) (int, int, judgement) {
	v := s.tokOfItem(h)
	if !s.hasTree || v < 0 {
		return -1, 0, 0
	}
	for u := range s.tree.Tokens {
		k := s.itemOfTok(u)
		if s.head(u) != v || !s.rel(u, "xcomp") && !(syntaxObl(s.tk(u).Rel) && s.caseOf(u) == "as") || k < h+maxJudged || k >= end {
			continue
		}
		for j := k - 2; j <= k+2 && j < len(s.items); j++ { // the phrase may start before its head: "an act of aggression"
			// (or name the wrong after "an act of": "an act of piracy")
			actOf := j == k+2 && s.items[k].is("act", "acts") && s.items[k+1].is("of")
			if kd, l := s.c.judgementAt(s.items, j); kd != 0 && (j+l > k && j <= k || actOf) && !s.before(j, 2, negators, true) {
				return j, l, kd
			}
		}
	}
	return -1, 0, 0
}

// ownerOfLaterWrong returns the parties that own the wrong a judgement's
// adjective goes on to name from item from: "described the raids as
// barbaric American-British aggression".
func (s *sent) ownerOfLaterWrong(src []string, from int) []string {
	for k := from; k < len(s.items) && k <= from+3 && !s.items[k].isBoundary(); k++ {
		if s.c.judgementKind(s.items, k) != judgeWrong {
			continue
		}
		if o, byPronoun := s.wrongOwner(k); o >= 0 && !byPronoun {
			return s.partiesAt(o, src)
		}
		return nil
	}
	return nil
}

// partiesAt returns the parties an actor at k names, without src: both of
// a hyphened pair ("the US-South Korean drills"), or the actor with those
// coordinated with it ("by the United States and South Korea").
func (s *sent) partiesAt(k int, src []string) []string {
	if pair := s.pairAt(k); pair != nil {
		return without([]string{s.items[pair[0]].actor, s.items[pair[1]].actor}, src)
	}
	return without(s.ids(s.group(k)), src)
}

// onRelativeAntecedent reports a verb at item h in a relative clause on a
// noun: "a referendum that Baghdad declared illegal".
func (s *sent) onRelativeAntecedent(h int) bool {
	t := s.tokOfItem(h)
	return s.hasTree && t >= 0 && s.rel(t, "acl:relcl") && s.head(t) >= 0 && s.head(t) < t && s.tk(s.head(t)).UPOS == "NOUN"
}

// codeCopularJudgements codes "Y is illegal", "it was a provocation" said
// by a party: the party accuses the author of Y; "the charges are lies"
// denies them. The writer's own judgement is no event.
func (s *sent) codeCopularJudgements() {
	for k := 1; k+1 < len(s.items); k++ {
		if !s.items[k].is("is", "was", "are", "were", "been", "constitutes", "constituted", "amounts", "amounted", "has", "had", "have") {
			continue
		}
		j := k + 1
		var backers []string // "a U.S.-backed aggression": the backer is accused too
		for j < len(s.items) && j <= k+4 && (s.items[j].is("a", "an", "the", "clearly", "extremely", "totally",
			"completely", "absolutely", "utterly", "nothing", "but", "to", "in", "deeply", "highly", "simply", "blatantly",
			"pure", "sheer", "mere", "complete", "total", "absolute", "outright", "flat-out", "flatly", "not-only", "only", "just", "merely", "\"", "“", "'") || judgedGrade[s.items[j].text] ||
			s.items[j].kind == actorItem && s.items[j].compound) {
			if s.items[j].kind == actorItem {
				backers = append(backers, s.items[j].actor)
			}
			j++
		}
		if j >= len(s.items) {
			return
		}
		kind, n := s.c.judgementAt(s.items, j)
		if kind == 0 || s.before(j, 3, negators, true) || s.items[k].is("has", "had", "have") && !s.items[j].is("no", "not") {
			continue // "has no justification" judges; "had fabricated the reports" is a perfect
		}
		src := s.reporter(k)
		if len(src) == 0 {
			continue
		}
		s.trigger = k
		if kind == judgeFalse || s.judgesCharge(s.clauseStart(k), k) {
			if owned, accused := s.openingClaim(src, k); owned {
				// "Armenia's accusation that Azerbaijani units opened fire
				// ... is false, the ministry said": the speaker the rules
				// found is the claim's author, who does not call it false;
				// the unnamed speaker is the accused's
				if accused != "" {
					s.denyJudged([]string{accused}, 0, k)
				}
				continue
			}
			s.denyJudged(src, 0, k) // "the Chadian charges are lies, Khartoum said"
			continue
		}
		targets := s.judgedAuthor(src, s.clauseStart(k), k, j+n)
		if len(targets) > 0 {
			for _, b := range backers {
				if !slices.Contains(src, b) {
					targets = appendUnique(targets, b)
				}
			}
		}
		s.emit(accuseTrigger, src, targets, nil, 0.5)
	}
}

// othersNotVictims returns the parties other than exclude that no act
// falls on: "the coalition's actions on Yemen" names Yemen as the victim,
// never the author judged.
func (s *sent) othersNotVictims(exclude []string) []string {
	return slices.DeleteFunc(s.others(exclude), func(id string) bool {
		for k := range s.items {
			if s.items[k].kind == actorItem && s.items[k].actor == id && victimPreps[s.prevWord(k)] {
				return true
			}
		}
		return false
	})
}

// onlyDeniedParty reports a party named only in what a verb denies:
// "called the resolution shameful and denied backing the militants" names
// the militants as no author of the wrong it judges.
func (s *sent) onlyDeniedParty(id string) bool {
	named := false
	for k := range s.items {
		if s.items[k].kind != actorItem || s.items[k].actor != id {
			continue
		}
		if t := s.tokOfItem(k); !s.hasTree || t < 0 || !s.deniedBy(t) {
			return false
		}
		named = true
	}
	return named
}

// deniedBy reports a token inside what a verb of denying takes, two
// clauses up at most: "denied [backing [the militants]]".
func (s *sent) deniedBy(t int) bool {
	for steps := 0; t >= 0 && steps < 3; steps++ {
		t = s.head(t)
		if t >= 0 && denyLemmas[s.lemma(t)] {
			return true
		}
	}
	return false
}

// relativeObjectAuthor returns, for a verb at h whose object is a
// relative pronoun before its subject ("a deal with Somaliland, which
// Somalia denounced"), the subject of the clause the pronoun's noun ends:
// the author of what is judged.
func (s *sent) relativeObjectAuthor(h int, src []string) []string {
	lim := h - 6
	if h > 0 && s.items[h-1].kind == actorItem {
		lim = slices.Min(s.group(h-1)) - 5 // "a step that Egypt, Saudi Arabia and Qatar denounced": past the list of judges
	}
	for k := h - 1; k > 0 && k >= lim; k-- {
		it := &s.items[k]
		comma := -1 // the comma before the relative clause
		switch {
		case it.is("which") && s.items[k-1].is(","):
			comma = k - 1
		case it.is("which", "that") && k > 3 && s.items[k-1].kind == wordItem && (decisionNouns[s.items[k-1].text] || eventNouns[s.items[k-1].text]) &&
			s.items[k-2].is("a", "an", "the") && s.items[k-3].is(","):
			comma = k - 3 // "Finland's decision to join NATO, a move that Russia condemned": the move is what came before
		case it.kind == wordItem && (decisionNouns[it.text] || eventNouns[it.text] || talkWords[it.text] || visitNouns[it.text]) && k > 1 && s.items[k-1].is("a", "an", "the") && s.actorAfterDet(k+1):
			// "..., a move Belgrade condemned as a provocation", with no
			// "that"; "..., in an operation Islamabad condemned"; "..., a
			// deal Mogadishu described as a violation of its sovereignty";
			// "..., a trip Abu Dhabi called a violation"
			if j := k - 2; s.items[j].is(",") {
				comma = j
			} else if j > 0 && s.items[j].is("in", "during", "with") && s.items[j-1].is(",") {
				comma = j - 1
			}
		}
		if comma >= 0 {
			if a := s.clauseAuthorBefore(comma, src); len(a) > 0 {
				return a // "..., which in return recognised Moroccan sovereignty, a move X condemned": that clause's subject
			}
			for j := 0; j < comma; j++ {
				if s.items[j].kind == actorItem && !slices.Contains(src, s.items[j].actor) && s.eligibleSubject(j) {
					return without(s.ids(s.group(j)), src) // "that Washington and Seoul stop the drills, which ..."
				}
			}
			return nil
		}
		if it.kind != actorItem && !it.is("has", "had", "have", "the", "also", "later", "quickly", "'s", "and", ",") && !organNouns[it.text] && !organModifiers[it.text] {
			return nil // but "an operation Pakistan's foreign ministry condemned", "a move Egypt, Jordan and Saudi Arabia condemned": the judges' words
		}
	}
	return nil
}

// clauseAuthorBefore returns the parties, other than src, that do the act
// of the clause ending at the comma at item comma: the subject of its verb,
// or a relative clause's antecedent.
func (s *sent) clauseAuthorBefore(comma int, src []string) []string {
	v := s.tokOfItem(comma - 1)
	for steps := 0; s.hasTree && v >= 0 && s.tk(v).UPOS != "VERB" && steps < 6; steps++ {
		v = s.head(v)
	}
	if v < 0 || s.tk(v).UPOS != "VERB" {
		return nil
	}
	sb, passive := s.subjTok(v)
	if sb >= 0 && s.relPronoun(sb) && s.rel(v, "acl:relcl") {
		sb, passive = s.head(v), false // "the United States, which recognised ...": the antecedent
	}
	if sb < 0 || passive {
		return nil
	}
	return without(s.ids(s.nominalActors(sb, nil)), src)
}

// actorAfterDet reports an actor at item k, or after "the" there: "a move
// Belgrade condemned", "a trip the UAE called".
func (s *sent) actorAfterDet(k int) bool {
	if s.itemIs(k, "the") {
		k++
	}
	return k < len(s.items) && s.items[k].kind == actorItem
}

// visitNouns name a visit, which a party may judge as a wrong done by the
// visitor.
var visitNouns = set("trip", "visit", "tour", "stopover")

// chargeContent reports a word at item k that says what a charge before it
// is of: "genocide" in "the charge of genocide", no judgement of the judge's.
func (s *sent) chargeContent(k int) bool {
	return k >= 2 && s.items[k-1].is("of") && chargeNouns[s.items[k-2].text]
}

// judgesCharge reports a charge as the head of what [from, to) names:
// whoever calls an accusation wrong ("unacceptable", "a provocation")
// rejects it, as one who calls it false.
func (s *sent) judgesCharge(from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if it := &s.items[k]; it.kind == wordItem && !it.is("these", "this", "such", "those") && !determiners[it.text] {
			// (or what the charge is of: "South Africa's charge of genocide")
			return chargeNouns[it.text] || k-2 >= from && s.chargeContent(k)
		}
	}
	return false
}

// openingClaim reports a claim that one of src made, named by the
// sentence's first words before item to ("Armenia's accusation that ...",
// "The claim spread by Armenia about ..."), and the party the claim
// accuses: the first other party it names.
func (s *sent) openingClaim(src []string, to int) (owned bool, accused string) {
	c := -1
	for k := 0; k < to && k <= 3; k++ {
		if s.items[k].kind == wordItem && claimNouns[s.items[k].text] {
			c = k
			break
		}
	}
	if c < 0 {
		return false, ""
	}
	if a := s.claimNounAuthor(nil, 0, min(to, c+6)); a < 0 || !slices.Contains(src, s.items[a].actor) {
		return false, ""
	}
	for j := c + 1; j < to && j <= c+maxJudged; j++ {
		if it := &s.items[j]; it.kind == actorItem && !slices.Contains(src, it.actor) {
			return true, it.actor
		}
	}
	return true, ""
}

// judgedGrade are the words that grade a judgement noun: "a deliberate
// provocation", "a grave violation", "a serious breach".
// (A word that is a judgement itself, "unprovoked", is not skipped.)
var judgedGrade = set("deliberate", "serious", "grave", "gross", "direct", "open", "clear", "dangerous", "new",
	"fresh", "further", "another", "major", "brazen", "naked", "egregious", "obvious", "premeditated", "calculated",
	"intentional", "pathetic", "cynical", "desperate", "cheap", "shameless", "blatant", "crude",
	"military", "armed", "foreign", "external")

// clauseStart returns the first item of the clause that ends before k: after
// the last comma, "that" or reporting verb.
func (s *sent) clauseStart(k int) int {
	for j := k - 1; j >= 0; j-- {
		it := &s.items[j]
		if it.isBoundary() || it.is(",", "that", "which") || it.kind == wordItem && reportingVerbs[it.text] {
			return j + 1
		}
	}
	return 0
}

// judgedAuthor returns who did the act judged: an actor named in the
// judged phrase [from, to) ("the Azerbaijani offensive", "Iran's strikes",
// "the presence of militants in Afghanistan"), the agent after the
// judgement ("an act of war by Peru", at after), else, for an act named
// without its author ("called it illegal"), the author of the act the
// sentence or article last reported.
func (s *sent) judgedAuthor(src []string, from, to, after int) []string {
	if a := s.byAgentWithin(after, 1); a >= 0 && !slices.Contains(src, s.items[a].actor) {
		return []string{s.items[a].actor}
	}
	for k := from; k < to; k++ {
		it := &s.items[k]
		if victimPreps[s.prevWord(k)] {
			continue // "the coalition's actions against Yemen": the victim, not the author
		}
		if it.kind == actorItem && s.pairAt(k) != nil {
			return s.partiesAt(k, src) // "the US-South Korean drills": both
		}
		if it.kind == actorItem && !isPronoun(it) && !slices.Contains(src, it.actor) && !s.private[k] && (!it.compound || ledBy(lower(s.text[it.start:it.end]))) {
			return s.partiesAt(k, src) // "the drills by the United States and South Korea": both
		}
	}
	for k := from; k < to; k++ {
		// "called it illegal", "the strikes were a provocation": the act
		// last reported
		if it := &s.items[k]; isPronoun(it) || it.kind == wordItem && (eventNouns[it.text] || it.is("this", "these", "which")) {
			return s.referencedAggressor(src)
		}
	}
	return nil
}

// answerableFor returns the parties a clause holds to account for the act
// a judgement at item h names in a free relative on "for": "vowed revenge
// against Israel for what it called an attack" (the object's party),
// "warned that Israel would pay for what it called an attack" (the
// subject's, when the clause names no other).
func (s *sent) answerableFor(h int, src []string) []string {
	t := s.tokOfItem(h)
	if !s.hasTree || t < 0 || !s.rel(t, "acl:relcl") {
		return nil
	}
	w := s.head(t)
	if w < 0 || s.form(w) != "what" || s.caseOf(w) != "for" || s.head(w) < 0 {
		return nil
	}
	v := s.head(w)
	var objs, subjs []string
	for u := range s.tree.Tokens {
		p := s.head(u)
		object := p == v && s.rel(u, "obj") ||
			(p == v || p >= 0 && s.head(p) == v && s.rel(p, "obj")) && (s.rel(u, "obl") || s.rel(u, "nmod")) && victimPreps[s.caseOf(u)]
		subject := p == v && (s.rel(u, "nsubj") || s.rel(u, "nsubj:pass"))
		if !object && !subject {
			continue
		}
		for _, k := range s.nominalActors(u, nil) {
			if id := s.items[k].actor; !s.private[k] && !slices.Contains(src, id) {
				if object {
					objs = appendUnique(objs, id)
				} else {
					subjs = appendUnique(subjs, id)
				}
			}
		}
	}
	if len(objs) > 0 {
		return objs
	}
	return subjs
}

// victimPreps name whom an act falls on ("in" may name a host: "the
// presence of militants in Afghanistan").
var victimPreps = set("on", "against", "upon")

// isPronoun reports "it" or "them", whether or not resolved to an actor:
// what is judged is an act.
func isPronoun(it *item) bool {
	return it.text == "it" || it.text == "them"
}

// denyJudged codes a claim called false: a denial of the claim's author,
// named in the claim phrase [from, to) or the party that accused src.
func (s *sent) denyJudged(src []string, from, to int) {
	var accusers []string
	named := false
	a := s.claimAuthor(src, from, to)
	if a < 0 {
		a = s.claimNounAuthor(src, to, len(s.items)) // "'These accusations are a smokescreen,' X said of U.S. claims"
	}
	if a >= 0 {
		for _, g := range s.group(a) {
			if !slices.Contains(src, s.items[g].actor) {
				accusers = appendUnique(accusers, s.items[g].actor) // "the Egyptian and Libyan allegations"
			}
		}
		named = true
	}
	if len(accusers) == 0 {
		accusers = s.fabricator(to, src) // "the accusations were lies invented by X"
	}
	if len(accusers) == 0 {
		accusers = s.guessedAccusers(s.aggressors(src, briefbot.Accusation), src)
	}
	if len(accusers) == 0 {
		accusers = []string{""}
	}
	if named {
		// "the allegation about Algerian shelling is baseless": no shelling
		// is stated, though "India says it struck ..., a claim Pakistan
		// denounced" still states India's own strike
		s.retractActs(from, to, accusers)
	}
	charged := named && (s.chargesDenier(src, from, to) || s.deniedAct(to))
	for _, a := range accusers {
		for _, d := range src {
			s.add(briefbot.Denial, "deny", -1, d, a, nil, 0.6)
			if charged {
				// "accusations by Sudan that it armed the rebels are
				// baseless": the charge spelled out is the accuser's
				s.addPresupposed(briefbot.Accusation, "accuse", -2, a, d, 0.6)
			}
		}
	}
}

// deniedAct reports a denial before item at that spells out an act:
// "denied supplying the rebels, saying the Saudi allegations were
// baseless".
func (s *sent) deniedAct(at int) bool {
	for k := 0; k < at; k++ {
		if m, ok := s.c.lx.longestAt(s.items, k); ok && m.trig.typ == briefbot.Denial && m.end < at {
			next := s.items[m.end].text
			return s.items[m.end].kind == wordItem && (next == "that" || len(next) > 4 && strings.HasSuffix(next, "ing"))
		}
	}
	return false
}

// chargesDenier reports a claim in [from, to) whose content, after "that",
// has the deniers src do a hostile act: "claims that it armed the rebels".
func (s *sent) chargesDenier(src []string, from, to int) bool {
	for k := from; k < to; k++ {
		if s.items[k].kind == wordItem && claimNouns[s.items[k].text] && !reportNouns[s.items[k].text] {
			for j := k + 1; j < to && j <= k+8; j++ { // past "disseminated by the Armenian Defense Ministry"
				if s.items[j].is("that", "about", "of") {
					return s.mentionsParty(j+1, to, src) // "the claim that X ...", "the allegation about X's shelling"
				}
			}
		}
	}
	return false
}

// claimAuthor returns the party that made a claim named in [from, to): the
// one modifying a claim noun ("the Chadian charges", "Kurti's claims",
// "reports by Nournews"), else a party that speaks before it; or -1.
// Another party merely named near the claim ("targeting the Greek-flagged
// carrier") made none.
func (s *sent) claimAuthor(src []string, from, to int) int {
	if k := s.claimNounAuthor(src, from, to); k >= 0 {
		return k
	}
	// "reports claiming UN experts have found that ...": who found it
	for k := from; k < to; k++ {
		if it := &s.items[k]; it.kind == actorItem && !slices.Contains(src, it.actor) && !isPronoun(it) {
			for j := k + 1; j < to && j <= k+5; j++ {
				if s.items[j].kind == wordItem && findingVerbs[s.items[j].text] {
					return k
				}
			}
		}
	}
	// "India says it struck ..., a claim denounced by Pakistan": the
	// party that speaks before
	for _, k := range s.speakers {
		if k < to && !slices.Contains(src, s.items[k].actor) {
			return k
		}
	}
	return -1
}

// retractActs drops the escalations by parties other than the claimants
// coded from triggers in [from, to): a claim called false states no act of
// the accused, though its words were read before the judgement was.
func (s *sent) retractActs(from, to int, claimants []string) {
	keep := 0
	for i, e := range s.events {
		if t := s.eventAt[i].trigger; e.Type == briefbot.Escalation && t >= from && t < to && !slices.Contains(claimants, e.Source) {
			continue
		}
		s.events[keep], s.eventAt[keep] = e, s.eventAt[i]
		keep++
	}
	s.events, s.eventAt = s.events[:keep], s.eventAt[:keep]
}

// madeVerbs are the participles that name who made a claim: "the
// allegation spread by X".
var madeVerbs = set("made", "spread", "disseminated", "levelled", "leveled", "circulated", "published", "issued", "voiced", "raised", "repeated", "peddled")

// claimNounAuthor returns the party in [from, to) that modifies a claim
// noun ("the Chadian charges", "Kurti's claims", "reports by Nournews"),
// or -1.
func (s *sent) claimNounAuthor(src []string, from, to int) int {
	for k := from; k < to; k++ {
		it := &s.items[k]
		if it.kind == actorItem && !slices.Contains(src, it.actor) && !isPronoun(it) {
			if k+1 < to && s.items[k+1].kind == wordItem && claimNouns[s.items[k+1].text] {
				return k
			}
			b := k - 1
			if b > 0 && s.items[b].is("the") {
				b--
			}
			if b > 0 && s.items[b].is("by", "from") && (claimNouns[s.items[b-1].text] ||
				b > 1 && claimNouns[s.items[b-2].text] && madeVerbs[s.items[b-1].text]) {
				return k // "claims by X", "the allegation spread by the X ministry"
			}
		}
	}
	return -1
}

// findingVerbs state what a party found: its finding is its claim.
var findingVerbs = set("found", "discovered", "concluded", "determined", "established", "uncovered", "documented")

// namesClaim reports a claim noun or a pronoun in [from, to): what a party
// calls false is a claim ("the charges", "them"); an act called absurd is
// judged wrong.
func (s *sent) namesClaim(from, to int) bool {
	for k := from; k < to; k++ {
		if it := &s.items[k]; isPronoun(it) || it.kind == wordItem && (claimNouns[it.text] || it.is("this", "that", "these")) {
			return true
		}
	}
	return false
}

// fromParty returns the party that the first "from" in [from, end) names
// within a few words ("a sharp rebuke from Armenia", "calls for restraint
// from the United Nations"), or -1.
func (s *sent) fromParty(from, end int) int {
	for k := from; k < end; k++ {
		if s.items[k].is("from") {
			for j := k + 1; j < end && j <= k+4; j++ {
				if s.eligibleObject(j) {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// codeReaction codes "the Azerbaijani shelling drew a sharp rebuke from
// Armenia", "triggering a swift response from the Armenian army",
// "a claim that drew rebuttals from the AA": the party that reacts (after
// "from") rebukes, answers or denies the author of what drew the reaction.
func (s *sent) codeReaction(m match) {
	end := s.objectEnd(m.end, nil)
	k := s.fromParty(m.end, end)
	if k < 0 {
		return
	}
	src := s.ids(s.group(k))
	if s.items[m.end-1].is("response", "responses") && !s.armedResponse(m.start, end) {
		return // "a defiant response from Eritrea" is words
	}
	// "missiles struck Odesa, Kyiv said, drawing condemnation": what draws
	// it is the clause's act, whoever reports it
	author := s.participleActAuthor(m.start, src)
	if len(author) == 0 {
		if subj := s.subjectOf(m.start); len(subj) > 0 {
			author = s.ids(subj)
		} else {
			author = s.judgedAuthor(src, s.clauseStart(m.start), m.start, m.start)
		}
	}
	if m.trig.typ == briefbot.Denial && len(author) == 0 {
		author = []string{""}
	}
	s.emit(m.trig, src, author, nil, 0.5)
}

// participleActAuthor returns the author of the clause's last act when a
// participle at k follows it ("struck Odesa, drawing condemnation"), other
// than exclude, or nil.
func (s *sent) participleActAuthor(k int, exclude []string) []string {
	if !s.isParticiple(k) {
		return nil
	}
	for i := len(s.events) - 1; i >= 0; i-- {
		if e := s.events[i]; e.Type == briefbot.Escalation && !slices.Contains(exclude, e.Source) {
			return []string{e.Source}
		}
	}
	return nil
}

// armedResponse reports a force named in a response phrase [from, to): "a
// military response", "a response from the Pakistani army".
func (s *sent) armedResponse(from, to int) bool {
	for k := from; k < to; k++ {
		if s.items[k].is("military", "armed", "army", "forces", "troops", "retaliatory", "forceful") {
			return true
		}
	}
	return false
}

// codeOwnedWrongs codes a wrong a speaking party pins on another by naming
// it as the other's: "Russia's illegal actions affected farmers, the
// Georgian ministry said", "the Russian aggression against Moldova". The
// writer's own words accuse no one; nor does a party of its own acts.
func (s *sent) codeOwnedWrongs() {
	for k := range s.items {
		if s.c.judgementKind(s.items, k) != judgeWrong {
			continue
		}
		var owners []string
		if j, byPronoun := s.wrongOwner(k); j >= 0 && (!s.consumed[k] || eventNouns[s.items[k].text] && (byPronoun || !s.feared(j))) {
			// "protecting peacekeepers from Georgian aggression", the Kremlin
			// said: the act, coded as such, is also the speaker's charge;
			// "US and British aggression", both's
			owners = s.ids(s.group(j))
			if pair := s.pairAt(j); pair != nil {
				owners = s.ids(pair)
			}
		} else if o := s.judgedActAuthor(k); o != "" {
			owners = []string{o} // "carried out unprovoked raids": the wrong inside the act's words
		}
		if len(owners) == 0 || s.condemnedWrong(k) || s.calmingAfter(k) {
			continue
		}
		src := s.reporter(k)
		if len(src) == 0 {
			src = s.namer(k)
		}
		if len(src) == 0 || slices.ContainsFunc(owners, func(o string) bool { return slices.Contains(src, o) }) {
			continue
		}
		s.trigger = k
		s.emit(accuseTrigger, src, owners, nil, 0.5)
	}
}

// calmingAfter reports a judgement word on a calming step: "Israel's
// unilateral truce" is a truce, no wrong.
func (s *sent) calmingAfter(k int) bool {
	for j := k + 1; j < len(s.items) && j <= k+2; j++ {
		if w := s.items[j].text; peaceAims[w] || calmSteps[w] {
			return true
		}
	}
	return false
}

// calmSteps are one side's calming steps.
var calmSteps = set("withdrawal", "pullout", "pull-out", "pause", "lull", "halt", "release", "concession", "concessions")

// namer returns the party that names the wrong at k as its own charge,
// though it reports nothing: "vowed to respond to what it called Ukrainian
// aggression", "citing Russian aggression, Kyiv suspended trade".
func (s *sent) namer(k int) []string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		it := &s.items[j]
		if it.isBoundary() {
			return nil
		}
		if it.is("citing") || j >= 2 && s.items[j-2].is("what") && s.namingAt(j) {
			return s.ids(s.subjectOf(j))
		}
	}
	return nil
}

// namingAt reports a verb of naming at item j: "what it called aggression".
func (s *sent) namingAt(j int) bool {
	u := s.tokOfItem(j)
	return s.hasTree && u >= 0 && namingLemmas[s.lemma(u)]
}

// namingHead returns the verb of naming that governs token n ("what he
// called attacks by Kosovo's police"), else -1.
func (s *sent) namingHead(n int) int {
	if n < 0 {
		return -1
	}
	v := s.head(n)
	if v >= 0 && namingLemmas[s.lemma(v)] {
		return v
	}
	// "called the incident a terrorist attack organised by Kyiv": the
	// name read as a modifier of the object, with no preposition
	if v >= 0 && s.rel(n, "nmod") && s.caseOf(n) == "" && s.rel(v, "obj") && s.head(v) >= 0 && namingLemmas[s.lemma(s.head(v))] {
		return s.head(v)
	}
	return -1
}

// condemnedWrong reports a wrong at item k that a verb of condemning before
// it in its clause takes: "NATO condemned Russia's reckless attack, and the
// EU said ..." is NATO's charge, coded with the verb, not the later speaker's.
func (s *sent) condemnedWrong(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if it := &s.items[j]; it.isBoundary() || it.is(",") {
			return false
		} else if it.kind == wordItem && judgeWords[it.text] {
			return true
		}
	}
	return false
}

// feared reports a determiner before the owner at j that makes its act
// one only feared: "any Armenian aggression", "possible Israeli strikes".
func (s *sent) feared(j int) bool {
	return j > 0 && s.items[j-1].kind == wordItem && hypotheticals[s.items[j-1].text]
}

// judgedActAuthor returns the author of the attack coded at the act noun
// a wrong at k modifies: "Pakistani troops resorted to unprovoked firing
// on our posts, the army said" judges Pakistan's firing.
func (s *sent) judgedActAuthor(k int) string {
	if eventNouns[s.items[k].text] {
		return "" // "an act of aggression by X" names its own author
	}
	n := k + 1
	for n < len(s.items) && n <= k+3 && s.items[n].kind == wordItem && !s.actNounAt(n) && !s.items[n].isBoundary() && !prepositions[s.items[n].text] {
		n++ // "unprovoked small-arms firing"
	}
	if n >= len(s.items) || n > k+3 || !s.actNounAt(n) {
		return ""
	}
	for i, e := range s.events {
		if t := s.eventAt[i].trigger; e.Type == briefbot.Escalation && t >= k-4 && t <= n {
			return e.Source
		}
	}
	return ""
}

// actNounAt reports a noun of an act at item n: "raids", "firing".
func (s *sent) actNounAt(n int) bool {
	it := &s.items[n]
	if it.kind != wordItem {
		return false
	}
	if eventNouns[it.text] {
		return true
	}
	m, ok := s.c.lx.longestAt(s.items, n)
	return strings.HasSuffix(it.text, "ing") && ok && m.trig.typ == briefbot.Escalation
}

// wrongOwner returns the party a wrong at k is named as its own by ("Thai
// aggression", "Russia's continued violations", "interference by Russia"),
// or -1, and whether a pronoun names it ("if Armenia continues its
// provocations").
func (s *sent) wrongOwner(k int) (owner int, byPronoun bool) {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		it := &s.items[j]
		if it.kind == actorItem {
			if (it.poss || it.form == FormDemonym || j == k-1 && (j == 0 || s.itemIs(j-1, "the"))) && !it.compound && !s.private[j] || s.pairAt(j) != nil {
				return j, false // "Russia's aggression", "the US aggression", "the American-British aggression"
			}
			return -1, false
		}
		if it.is("its", "their") {
			return s.ownPronounOwner(k), true // "if Armenia continues its provocations"
		}
		if it.is("any", "every", "future", "possible", "further", "no") {
			return -1, false // "would respond to any violation by Hezbollah": none charged
		}
		if !judgedGrade[it.text] && !it.is("unabated", "continued", "repeated", "ongoing", "latest", "recent", "so-called", "the") {
			break
		}
	}
	// "unprecedented interference by Russia", "a serious escalation on
	// the part of China": the wrong's agent after it
	by := k + 1
	if k+4 < len(s.items) && s.items[k+1].is("on") && s.items[k+2].is("the") && s.items[k+3].is("part") && s.items[k+4].is("of") {
		by = k + 4
	}
	if by+1 < len(s.items) && s.items[by].is("by", "of") && (by > k+1 || s.items[by].is("by")) {
		j := by + 1
		if s.items[j].is("the") && j+1 < len(s.items) {
			j++
		}
		if it := &s.items[j]; it.kind == actorItem && !it.compound && !it.poss && !s.private[j] {
			return j, false
		}
	}
	return -1, false
}

// ownPronounOwner returns the party a possessive pronoun on the wrong at
// k refers to when it is the subject of the verb taking the wrong: "if
// Armenia continued its provocations", "Russia must stop its aggression".
func (s *sent) ownPronounOwner(k int) int {
	u := s.tokOfItem(k)
	if !s.hasTree || u < 0 || !s.rel(u, "obj") {
		return -1
	}
	sb, passive := s.subjTok(s.head(u))
	if sb < 0 || passive {
		return -1
	}
	acts := s.nominalActors(sb, nil)
	if len(acts) != 1 || s.items[acts[0]].compound || s.private[acts[0]] {
		return -1
	}
	return acts[0]
}
