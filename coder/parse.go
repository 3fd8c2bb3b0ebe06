package coder

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/coder/syntax"
)

// The coder parses only the sentences that may state an event: those with
// an actor and a trigger (see sent.code). The parse is mapped onto the
// sentence's items, so that a slot of the tree (a subject, an object) can
// be read as the actor items it names.

// maxParseTokens bounds the sentences the coder parses: a longer one (a
// table, a run-on list) is read by the rules alone.
const maxParseTokens = 120

// parse parses the sentence once and maps its tokens onto its items. It
// reports whether a tree is available.
func (s *sent) parse() bool {
	if s.parsed {
		return s.hasTree
	}
	s.parsed = true
	start := s.sp.start
	// "KABUL, Afghanistan — Pakistan struck ...": the dateline is no part
	// of the clause; parse what follows it
	start += datelineEnd(s.text[start:s.sp.end])
	toks := syntax.AppendTokens(s.tree.Tokens[:0], s.text, syntax.Span{Start: start, End: s.sp.end})
	s.tree.Tokens = toks
	s.treebankPunct()
	s.headlineCommas()
	for i := range toks {
		s.forms = append(s.forms, lower(toks[i].Form))
	}
	if len(toks) == 0 || len(toks) > maxParseTokens || s.c.syn == nil {
		return false
	}
	s.tree.Text, s.tree.Start = s.text[start:s.sp.end], start
	s.markNames()
	s.c.syn.Annotate(&s.tree)
	if s.markVerbReadAsNoun() {
		s.c.syn.Annotate(&s.tree)
	}
	s.restoreLemmas()
	s.tokItem = fillInts(s.tokItem, len(toks), -1)
	s.itemTok = fillInts(s.itemTok, len(s.items), -1)
	t := 0
	for k := range s.items {
		it := &s.items[k]
		if it.end <= it.start {
			continue // a zero-width item ("both sides" read as two parties): see below
		}
		for t > 0 && toks[t-1].End > it.start {
			t--
		}
		for t < len(toks) && toks[t].End <= it.start {
			t++
		}
		first, last := -1, -1
		for u := t; u < len(toks) && toks[u].Start < it.end; u++ {
			if s.tokItem[u] < 0 {
				s.tokItem[u] = k
			}
			if first < 0 {
				first = u
			}
			last = u
		}
		if first < 0 {
			continue
		}
		// the item's head: its token whose head lies outside it
		head := last
		for u := first; u <= last; u++ {
			if h := toks[u].Head; h < first || h > last {
				head = u
				if toks[u].UPOS != "PUNCT" && toks[u].UPOS != "PART" {
					break
				}
			}
		}
		s.itemTok[k] = head
	}
	for k := range s.items {
		if s.items[k].end <= s.items[k].start && s.items[k].kind == actorItem && k >= 2 {
			s.itemTok[k] = s.itemTok[k-2] // the second of "both sides" stands with the first
		}
	}
	for k := range s.items {
		if u := s.itemTok[k]; u >= 0 && s.items[k].kind == actorItem && nameless[toks[u].UPOS] {
			return false // "Hezbollah" read as an interjection: a tree that misreads a party is no guide
		}
	}
	s.hasTree = true
	s.repair()
	if !s.acyclic() {
		// a repair that broke the tree (FuzzRepairsKeepATree hunts for
		// them) leaves the sentence to the rules over the words, not to
		// walks that would never end
		s.hasTree = false
		return false
	}
	return true
}

// acyclic reports whether every token's heads lead to the root.
func (s *sent) acyclic() bool {
	toks := s.tree.Tokens
	for i := range toks {
		h := i
		for steps := 0; h >= 0 && steps <= len(toks); steps++ {
			h = toks[h].Head
		}
		if h >= 0 {
			return false
		}
	}
	return true
}

// markNames tells the tagger which capitalised tokens belong to an actor's
// name, so that none of them is read as a function word: "IS" in "IS
// claimed the attack", "Fano" at the head of a sentence.
func (s *sent) markNames() {
	toks := s.tree.Tokens
	t := 0
	for k := range s.items {
		it := &s.items[k]
		if it.kind != actorItem || it.anaphor {
			continue
		}
		for t < len(toks) && toks[t].End <= it.start {
			t++
		}
		for u := t; u < len(toks) && toks[u].Start < it.end; u++ {
			if r, _ := utf8.DecodeRuneInString(toks[u].Form); unicode.IsUpper(r) {
				toks[u].Name = true
			}
		}
		// a name or capital of one word that a list goes on from is a
		// proper noun ("Oman and Qatar urged"); before a noun it may be an
		// adjective ("the Saudi strikes"), and so may a word of a longer
		// name ("United States")
		if t+1 < len(toks) && toks[t+1].Start >= it.end && toks[t].Start >= it.start && toks[t].End == it.end && nameListGlue[toks[t+1].Form] {
			toks[t].Proper = it.form == FormName || it.form == FormCapital || it.form == FormCity
		}
	}
}

// nameListGlue joins the names of a list.
var nameListGlue = set("and", "or", ",")

// markVerbReadAsNoun finds a present-tense verb the tagger read as a
// plural noun after its subject's name: a headline's ("Turkey shells
// Kurdish positions", "North Korea fires missiles into the sea"), before
// the words of its object, or an object relative clause's ("a charge which
// Rwanda denies", "militants whom Nairobi blames"). The word, which the trigger lexicon reads as a verb, is
// marked for the tagger; it reports whether one was, so that the sentence
// is annotated again.
func (s *sent) markVerbReadAsNoun() bool {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		f := toks[u].Form
		if toks[u].UPOS != "NOUN" && toks[u].UPOS != "ADJ" || strings.ToLower(f) != f {
			continue
		}
		if s.passiveParticipleAt(u) {
			toks[u].Verb = true // "the jet was shot at", "had been hit by", "had been obliterated"
			return true
		}
		if toks[u].UPOS == "ADJ" {
			continue
		}
		// "Turkey shells": a present tense agrees with one party; "Turkey,
		// the US and the EU list", "Thai jets bomb": its bare form with a
		// list of them, or with a party's plural forces
		bare := !strings.HasSuffix(f, "s")
		plural := toks[u-1].UPOS == "NOUN" && (strings.HasSuffix(toks[u-1].Form, "s") || pluralNouns[lower(toks[u-1].Form)])
		if bare && !s.listNamedBefore(u) && !(plural && s.partyNamedBefore(u)) {
			continue
		}
		next := u + 1
		if next+1 < len(toks) && (toks[next].Form == `"` || toks[next].Form == "“") {
			next++ // "threatens 'merciless' response"
		}
		// (verblessBefore walks the sentence: read last, only when needed)
		headline := next < len(toks) && objectOpeners[toks[next].UPOS] && (s.partyNamedBefore(u) || s.verblessBefore(u))
		relative := u >= 2 && (s.form(u-2) == "which" || s.form(u-2) == "that" || s.form(u-2) == "whom") && toks[u-1].UPOS == "PROPN" && s.partyNamedBefore(u)
		if !headline && !relative {
			continue // "US strikes on Houthi targets", "US strikes killed ten": the noun
		}
		if k := s.itemAt(toks[u].Start); k >= 0 {
			// a bare form opens a phrase the lexicon reads as a verb's: "list the PKK as a terrorist group"
			if m, ok := s.c.lx.longestAt(s.items, k); ok && (relative || m.readsAsVerb() || bare && m.end-m.start > 1 || s.verblessBefore(u)) {
				toks[u].Verb = true
				return true
			}
		}
	}
	return false
}

// verblessBefore reports a sentence the tagger left with no finite verb
// before token u, only participles with their agents: "The decree signed
// by Putin on Saturday bans imports" has one, which the tagger read as a
// noun, and the parser made "signed" the root.
func (s *sent) verblessBefore(u int) bool {
	toks := s.tree.Tokens
	for i := range u {
		if toks[i].UPOS == "AUX" || toks[i].UPOS == "VERB" && s.child(i, "obl:agent") < 0 {
			return false
		}
	}
	return u > 0
}

// pluralNouns are plurals without an "s": "Ecuadorian police storm its
// embassy".
var pluralNouns = set("police", "personnel", "people")

// passiveParticipleAt reports a word at token u, right after a form of
// "be" (or its adverb: "was reportedly shot"), that the trigger lexicon
// reads as a verb: a passive participle, though the tagger, which met "a
// shot" more often than "was shot", reads a noun. A plural ("the causes
// were strikes") stays a noun.
func (s *sent) passiveParticipleAt(u int) bool {
	b := u - 1
	for b > 0 && (strings.HasSuffix(s.form(b), "ly") || s.form(b) == "and" && strings.HasSuffix(s.form(b-1), "ly")) {
		b-- // "was reportedly shot", "have been completely and totally obliterated"
	}
	if b < 0 || !beForms[s.form(b)] || strings.HasSuffix(s.form(u), "s") {
		return false
	}
	k := s.itemAt(s.tree.Tokens[u].Start)
	if k < 0 {
		return false
	}
	m, ok := s.c.lx.longestAt(s.items, k)
	return ok && (m.verb != nil || m.trig.verbFirst)
}

// partyNamedBefore reports a party named by the words right before
// token u: "Turkey", "UN chief", "Israeli army" (not "Iran's", nor "Israeli"
// right before it, whose "shells" are a noun).
func (s *sent) partyNamedBefore(u int) bool {
	toks := s.tree.Tokens
	for p := u - 1; p >= 0 && p >= u-3 && (isNominal(toks[p].UPOS) || toks[p].UPOS == "ADJ"); p-- {
		if k := s.itemAt(toks[p].Start); k >= 0 && s.items[k].kind == actorItem {
			return !s.items[k].poss && (p != u-1 || s.items[k].form != FormDemonym)
		}
	}
	return false
}

// listNamedBefore reports a list of parties right before token u, its
// last name ending there: "Turkey, the US and the EU".
func (s *sent) listNamedBefore(u int) bool {
	k := s.itemAt(s.tree.Tokens[u-1].Start)
	return k >= 0 && s.items[k].kind == actorItem && !s.items[k].poss && s.items[k].end == s.tree.Tokens[u-1].End && s.coordinated(k, -1) >= 0
}

// afterComma reports a verb right after a comma, or after a comma and its
// auxiliaries and adverbs: ", had in turn accused".
func (s *sent) afterComma(v int) bool {
	toks := s.tree.Tokens
	u := v - 1
	for u > 0 && u >= v-4 && toks[u].Form != "," && s.dominates(v, u) && !s.rel(u, "nsubj") {
		u--
	}
	return u >= 0 && toks[u].Form == ","
}

// objectOpeners are the tags of the word that opens a verb's object.
var objectOpeners = set("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON")

// itemAt returns the item that holds byte offset off, or -1.
func (s *sent) itemAt(off int) int {
	for k := range s.items {
		if s.items[k].start <= off && off < s.items[k].end {
			return k
		}
	}
	return -1
}

// chargingVerbs take what they charge with "of": "accused X of arming".
var chargingVerbs = verbClass("accuse", "suspect", "convict", "charge")

// subjectControllers take an infinitive whose subject is their own:
// "agreed to impose sanctions", "vowed to retaliate".
var subjectControllers = verbClass("agree", "decide", "vote", "vow", "pledge", "promise", "plan", "threaten", "try", "seek",
	"want", "refuse", "move", "prepare", "aim", "hope", "intend", "attempt", "resolve", "undertake", "offer")

// readinessAdjectives say what their subject is ready or unready to do.
var readinessAdjectives = set("willing", "unwilling", "ready", "prepared", "eager", "keen", "determined", "reluctant", "open", "committed")

// repair mends the attachments the parser gets wrong in news text and the
// coder relies on, one construction a method, in an order that matters:
// later repairs read the tree the earlier ones mended, and those after the
// root is found apply only to a sentence whose root is a verb.
func (s *sent) repair() {
	// an apposition read as a conjunct is mended last, whatever the root:
	// the repairs of reduced relatives and joined clauses may make one
	defer s.repairAppositionReadAsConjunct()
	defer s.repairRelationApposition()
	s.repairThatAsSecondSubject()
	s.repairPerfectAcrossAdverbial()
	s.repairDependentsOfAuxiliary()
	s.repairPossessedAdjective()
	s.repairAgentReadAsPrepositionsObject()
	s.repairStrandedPreposition()
	s.repairAgentOnCharge()
	s.repairClauseAfterRelativeReport()
	s.repairMarkedSubjectOfParticiple()
	s.repairPerfectReadAsPassive()
	s.repairSpeechJoinedToReportedPassive()
	s.repairFiniteJoinedToGerund()
	s.repairDependentOfPunct()
	s.repairSubjectOfInfinitive()
	s.repairParticipleReadAsCompound()
	s.repairControlledClauseAsPurpose()
	s.repairParticipleOnAgentNoun()
	s.repairNounBeforeItsRelative()
	s.repairClauseAfterAndName()
	s.repairHyphenLedSubject()
	s.repairShiftedObject()
	s.repairRelativePronounSubject()
	s.repairConjunctReadAsApposition()
	s.repairOriginOnGoods()
	s.repairNameReadAsVocative()
	s.repairJoinedSubjects()
	s.repairJoinedTitledNames()
	s.repairJoinedTitledObjects()
	s.repairNameLists()
	s.repairApposedLinkedGroup()
	s.repairWithSpeakerClause()
	s.repairTrailingSpeakerAsApposition()
	s.repairInsertedSource()
	s.repairNominalRootJoinedClause()
	s.repairHyphenModifierAsVerb()
	s.repairAgentParticipleAsMain()
	s.repairRepeatedPreposition()
	s.repairThatClauseOnDay()
	s.repairThatClauseOnActNoun()
	s.repairThatReadAsRelative()
	s.repairConjunctionAsConjunct()
	s.repairCountAfterReportingVerb()
	s.repairSinceAsAdverb()
	s.repairNamesAfterOpeningByPhrase()
	s.repairVerbAfterRelativeClause()
	s.repairVocativeOfRelative()
	s.repairPossessorOnVerb()
	s.repairNounAfterCommaAsModifier()
	s.repairOpeningPhraseRoot()
	s.repairAlongWith()
	s.repairJoinedModifierOfActNoun()
	s.repairFreeRelativeSubject()
	s.repairFreeRelativeObject()
	s.repairFreeRelativeCount()
	s.repairFreeRelativeAfterComma()
	s.repairAfterAsPreposition()
	s.repairOpeningPhraseReadAsClause()
	s.repairCalledOnReadAsClause()
	s.repairAbsoluteWith()
	s.repairGerundSubjectInPhrase()
	s.repairNameAsExtraSubject()
	s.repairNameAfterNoun()
	s.repairNameApposedBeforeParticiple()
	s.repairNameNounReadAsPlaceConjunct()
	s.repairParticipleOnObject()
	s.repairParticipleAfterNoun()
	s.repairJoinedClauseReadAsRelative()
	s.repairMotionParticipleReadAsNoun()
	s.repairSiteParticipleAfterPlace()
	s.repairStrandedAgent()
	s.repairOwnerWordOffForce()
	s.repairCommaParticipleAsModifier()
	s.repairCommaParticipleInSubordinate()
	s.repairUnknownAgentAsAdverb()
	s.repairBareRelativeReadAsApposition()
	s.repairBareRelativeReadAsAdverbial()
	s.repairAdditiveNot()
	s.repairParticipleTakingClaim()
	s.repairPluralNounAsVerb()
	s.repairVerbConjunctReadAsNoun()
	s.repairPastVerbReadAsNounConjunct()
	s.repairInfinitiveConjunctOnMainVerb()
	s.repairPluralAfterToReadAsInfinitive()
	s.repairPossessedNounAsVerb()
	s.repairJoinedModifiersReadAsConjuncts()
	s.repairWeaponJoinedToAct()
	s.repairDirectionOnLastConjunct()
	s.repairPastFormAfterTo()
	s.repairGerundAfterTo()
	s.repairPrepositionRelative()
	s.repairNameAfterDay()
	s.repairAgentOnCount()
	s.repairListedNamesAsObject()
	s.repairNamesBeforeSubjectlessVerb()
	s.repairWhichClauseOnNoun()
	s.repairClauseOnOrdinalTime()
	s.repairVerbJoinedToNoun()
	s.repairReducedRelativeAsConjunct()
	s.repairReducedRelativeCharge()
	s.repairReducedPassiveOnNoun()
	s.repairVerblessRelativeClause()
	s.repairConjunctionAsPreposition()
	s.repairNounsBeforeEventNoun()
	s.repairAgentOfActNoun()
	s.repairRelativeClauseReadAsRoot()
	s.repairMarkedClauseAsComplement()
	s.repairFiniteVerbJoinedToInfinitive()
	s.repairMarkedSubjectAfterVerb()
	s.repairMeansOnObject()
	s.repairCausePhraseOnObject()
	s.repairAdverbPairBeforeParticiple()
	s.repairWhileClauseOnNoun()
	root := s.treeRoot()
	root = s.repairNameRootWithApposition(root)
	root = s.repairForceAppositionRoot(root)
	s.repairPluralNounRootAfterName(root)
	root = s.repairDemonymListRoot(root)
	root = s.repairNounPhraseRootWithParticiple(root)
	root = s.repairActRootWithVerbOnItsPhrase(root)
	root = s.repairNameRootWithRelativeConj(root)
	root = s.repairNameRootBeforeItsVerb(root)
	root = s.repairCompoundRootWithClause(root)
	root = s.repairVerbReadAsModifierOfRoot(root)
	root = s.repairVerbJoinedToRootParticiple(root)
	s.repairCaseConjunct()
	root = s.repairPartitiveSubject(root)
	root = s.repairDayAsSubject(root)
	s.repairHeadlinePassive() // after the root repairs, on the roots they make: "Kenyan base used by U.S. troops attacked by al Shabaab"
	if root < 0 || s.tk(root).UPOS != "VERB" {
		return // the repairs below mend the clauses around a verb root
	}
	s.repairNameJoinedToVerb()
	s.repairParticipleOnInfinitive(root)
	s.repairCommaParticipleConjunct(root)
	s.repairParticipleOnOblique()
	s.repairParticipleAfterAgent()
	s.repairHarmRelativeOnTarget()
	s.repairSpeechParticipleOnComplement()
	s.repairParticipleAfterJoinedClause()
	s.repairChargeClauseOnPunct()
	s.repairSecondChargeAfterAnd()
	s.repairJoinedChargeGerund()
	s.repairJudgingVerbAsNoun()
	s.repairChargeAfterReportedClause()
	s.repairFiniteVerbAfterCharge()
	s.repairCleft()
	s.repairReportingParticipleAsNoun()
	s.repairInfinitiveComplement()
	s.repairSpanBeforeLater()
	s.repairObjectShiftedOntoOblique()
	s.repairReadyAdjective()
	s.repairHyphenParticipleRoot(root)
	s.repairPluralNounAfterNameAsVerb()
	s.repairReportedSubjectAsObject()
	s.repairSplitReportedSubject()
	s.repairNameAfterPossessive()
	s.repairChargingVerbAsNoun()
	s.repairSpeakersOwnVerb() // after the reported clauses and the charging verbs are mended
	s.repairParticipleInsideSubject()
	s.repairParticipleAfterTo()
	s.repairPlaceOnDescribedNoun()
}

// treeRoot returns the root token of the tree, or -1.
func (s *sent) treeRoot() int {
	root := -1
	for i, t := range s.tree.Tokens {
		if t.Head < 0 {
			root = i
		}
	}
	return root
}

// baseFormsInEd are verbs whose plain form ends in "-ed": "to proceed".
var baseFormsInEd = set("need", "proceed", "succeed", "exceed", "shed", "embed", "feed", "bleed", "breed", "speed", "heed", "seed",
	"plead", "bed", "wed", "shred", "red", "weed", "concede", "recede", "accede", "intercede", "precede", "impede", "cede", "secede", "stampede", "supersede")

// promote gives the verb v the place of the token n the parser read as
// heading it: v takes n's head and relation, n hangs on v with rel, and
// what hung on n after v (the final stop) hangs on v.
func (s *sent) promote(v, n int, rel string) {
	toks := s.tree.Tokens
	toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
	toks[n].Head, toks[n].Rel = v, rel
	s.rehang(n, v, func(u int) bool { return u > v }, nil)
}

// gatherPhrase hangs on head each token of [from, to) whose head lies
// outside the span: a phrase the parser scattered is one again.
func (s *sent) gatherPhrase(from, to, head int) {
	toks := s.tree.Tokens
	for u := from; u < to; u++ {
		if h := toks[u].Head; u != head && (h < from || h >= to) {
			toks[u].Head = head
		}
	}
}

// verbAbove returns the nearest verb that token t hangs under, among its
// first n heads (all of them when n < 0), or -1.
func (s *sent) verbAbove(t, n int) int {
	for v := s.head(t); v >= 0 && n != 0; v, n = s.head(v), n-1 {
		if s.tk(v).UPOS == "VERB" {
			return v
		}
	}
	return -1
}

// rehangPunct hangs the punctuation after token after that hangs on any of
// from on the token to instead: a repair that moves a clause's head moves
// its full stop and commas with it.
func (s *sent) rehangPunct(to, after int, from ...int) {
	toks := s.tree.Tokens
	for u := after + 1; u < len(toks); u++ {
		if toks[u].Rel == "punct" && slices.Contains(from, toks[u].Head) {
			toks[u].Head = to
		}
	}
}

// hyphenParticipleVerb finds, for a hyphenated participle v read as the
// root, the noun n it describes and the verb w that heads the sentence: a
// verb on the participle's subject before it ("Biden blamed Iran-backed
// groups", the subject and its clause read as the participle's), or a
// subjectless verb hung on the participle after the noun ("Iranian-backed
// Hizballah ... fired"); w is -1 when there is neither.
func (s *sent) hyphenParticipleVerb(v int) (w, n int) {
	toks := s.tree.Tokens
	n, w = -1, -1
	for c := v + 1; c < len(toks); c++ {
		if toks[c].Head != v {
			continue
		}
		if isNominal(toks[c].UPOS) && w < 0 && (syntaxRelIs(toks[c].Rel, "obj") || syntaxObl(toks[c].Rel) || toks[c].Rel == "nmod") {
			n = c
		}
		if toks[c].UPOS == "VERB" && n >= 0 && w < 0 && (toks[c].Rel == "advcl" || toks[c].Rel == "conj" || toks[c].Rel == "parataxis" || toks[c].Rel == "ccomp") {
			w = c
		}
	}
	if n < 0 {
		return -1, -1
	}
	if sb := s.child(v, "nsubj"); sb >= 0 && sb < v-2 {
		if b := s.child(sb, "acl"); b > sb && b < v-2 && toks[b].UPOS == "VERB" {
			return b, n // "Biden blamed Iran-backed groups"
		}
		return -1, -1
	}
	if w < 0 || s.child(w, "nsubj") >= 0 || s.child(w, "nsubj:pass") >= 0 {
		return -1, -1
	}
	return w, n
}

// whoseOn reports a "whose" that modifies token t: "whose troops".
func (s *sent) whoseOn(t int) bool {
	w := s.child(t, "nmod:poss")
	return w >= 0 && s.form(w) == "whose"
}

// verbOnAgent returns the clause's real verb the parser hung on the by-agent
// of a participle that describes the noun n, or on the participle itself
// ("shells fired by the army landed"), or -1.
func (s *sent) verbOnAgent(n int) int {
	toks := s.tree.Tokens
	for p := n + 1; p < len(toks); p++ {
		if toks[p].Head != n || toks[p].Rel != "acl" || toks[p].UPOS != "VERB" {
			continue
		}
		if a := s.child(p, "obl:agent"); a >= 0 {
			if w := s.verbAfterAgent(p, a); w >= 0 {
				return w
			}
		}
	}
	return -1
}

// verbAfterGerundPhrase finds, in "missiles targeting western Ukraine
// entered its airspace", the "-ing" participle p right after the noun n and
// the finite verb w after the participle's phrase, with no punctuation,
// conjunction, relative word or other verb between them, or w = -1.
func (s *sent) verbAfterGerundPhrase(n int) (p, w int) {
	toks := s.tree.Tokens
	p = n + 1
	if p >= len(toks) || toks[p].UPOS != "VERB" || !strings.HasSuffix(s.form(p), "ing") {
		return p, -1
	}
	for w = p + 1; w < len(toks); w++ {
		switch toks[w].UPOS {
		case "VERB":
			if strings.HasSuffix(s.form(w), "ing") || s.form(w) == toks[w].Lemma && !strings.HasSuffix(s.form(w), "t") || s.child(w, "aux") >= 0 || s.child(w, "aux:pass") >= 0 {
				return p, -1 // (a finite past: "entered", "hit", "struck", not "fire" or "being")
			}
			return p, w
		case "PUNCT", "CCONJ", "SCONJ", "AUX", "PRON", "PART":
			return p, -1
		}
	}
	return p, -1
}

// verbAfterAgent returns the finite verb with no subject of its own, after
// the by-agent a of the participle p, that the parser hung on the agent or
// on the participle: the verb of the clause whose subject p describes, or
// -1.
func (s *sent) verbAfterAgent(p, a int) int {
	toks := s.tree.Tokens
	for w := a + 1; w < len(toks); w++ {
		onAgent := toks[w].Head == a && toks[w].Rel == "acl"
		onParticiple := toks[w].Head == p && (toks[w].Rel == "advcl" || toks[w].Rel == "parataxis" || toks[w].Rel == "xcomp" || toks[w].Rel == "dep") && s.markOf(w) == ""
		if (onAgent || onParticiple) && toks[w].UPOS == "VERB" && !strings.HasSuffix(s.form(w), "ing") && s.ownSubj(w) < 0 {
			return w
		}
	}
	return -1
}

// lastTwoSubjects returns the last two tokens before token before that the
// tree makes subjects (nsubj) of the verb v, in order, or -1 for those it
// lacks: the parser's reading of one clause with two subjects, which
// several repairs mend.
func (s *sent) lastTwoSubjects(v, before int) (a, b int) {
	a, b = -1, -1
	for u := range before {
		if s.tree.Tokens[u].Head == v && s.tree.Tokens[u].Rel == "nsubj" {
			a, b = b, u
		}
	}
	return a, b
}

// treebankPunct gives the parser a comma for each dash set off by spaces
// ("Three Americans – a service member and two contractors – were killed"
// sets off an apposition as commas do) and double quotes for single ones:
// the treebank the parser learned from has few of either.
func (s *sent) treebankPunct() {
	for i := range s.tree.Tokens {
		t := &s.tree.Tokens[i]
		if (t.Form == "–" || t.Form == "—") && t.Start > 0 && t.End < len(s.text) && s.text[t.Start-1] == ' ' && s.text[t.End] == ' ' {
			t.Form = ","
		}
	}
	// "Russia's 'reckless attack' on Ukraine": single quotes, read as the
	// double ones the treebank has; an opening quote (quoteOpensAt) is
	// closed by the next one
	open := -1
	for i := range s.tree.Tokens {
		t := &s.tree.Tokens[i]
		if t.Form != "'" && t.Form != "‘" && t.Form != "’" {
			continue
		}
		if pluralPossessiveLen(s.text[:s.sp.end], s.sp.start, t.Start) > 0 {
			t.Form = "'s" // "the UN experts' finding": the treebank's possessive, which the tagger knows best as "'s"
			continue
		}
		if open < 0 && t.Start >= s.sp.start && quoteOpensAt(s.text[s.sp.start:], t.Start-s.sp.start) {
			open = i
			continue
		}
		if open >= 0 {
			s.tree.Tokens[open].Form, t.Form = "\"", "\""
			open = -1
		}
	}
}

// headlineCommas reads a headline's comma between two names as the "and"
// it stands for: "Israel, Iran exchange fire", "urges Congo, Rwanda to
// talk". A headline is a sentence with no closing stop.
func (s *sent) headlineCommas() {
	toks := s.tree.Tokens
	n := len(toks)
	for n > 0 && strings.Contains(`"”’')]`, toks[n-1].Form) {
		n-- // 'targeting civilians."': the stop inside the quote closes it
	}
	if n < 3 || strings.ContainsAny(toks[n-1].Form, ".!?…") {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Form != "," {
			continue
		}
		before, after := s.itemAt(toks[i-1].Start), s.itemAt(toks[i+1].Start)
		if before >= 0 && after >= 0 && s.namedParty(before) && s.namedParty(after) && !s.items[before].poss && s.items[after].start == toks[i+1].Start &&
			!s.replyClauseAfter(before, after) {
			toks[i].Form = "and"
			if k := s.itemAt(toks[i].Start); k >= 0 {
				s.items[k].text = "and"
			}
		}
	}
}

// replyClauseAfter reports the second of two names about a headline's
// comma opening a clause of its own: "Poland shuts border with Belarus,
// Minsk protests". A verb that agrees with that name alone, a present
// tense in "-s", cannot have the two for its subject, and the first name,
// which some word precedes, is none of a list that opens the headline
// ("Iran, Israel strikes: what we know").
func (s *sent) replyClauseAfter(before, after int) bool {
	v := after + 1
	if s.items[before].start == s.sp.start || v >= len(s.items) {
		return false
	}
	w := s.items[v].text
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ToLower(w) != w {
		return false
	}
	m, ok := s.c.lx.longestAt(s.items, v)
	return ok && m.start == v && m.readsAsVerb()
}

// namedParty reports an actor item that names its party as a noun, not one
// that refers back to it ("the militant group") or a demonym, whose list
// keeps its commas ("Argentine, Chilean and Peruvian diplomats").
func (s *sent) namedParty(k int) bool {
	return s.items[k].kind == actorItem && !s.items[k].anaphor && s.items[k].form != FormDemonym
}

// nameless are the parts of speech no name of a party takes.
var nameless = set("INTJ", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "SYM", "PUNCT")

// namingLemmas are the verbs of a free relative that names what a verb
// acts on: "what it described as", "what it said were".
var namingLemmas = verbClass("describe", "call", "say", "claim", "term", "identify", "consider", "believe", "label", "brand")

// clauseMarks open a clause as well as a phrase: "as Belarus massed troops".
var clauseMarks = set("as", "after", "before", "since", "while", "when", "until")

func isNominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

func fillInts(b []int, n, v int) []int {
	if cap(b) < n {
		b = make([]int, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = v
	}
	return b
}

// verbAt reports an item the tree reads as a verb with a subject of its
// own: "clashed" in "the army and the SDF clashed".
func (s *sent) verbAt(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "VERB" && s.child(u, "nsubj") >= 0
}

// tk returns token i of the parse.
func (s *sent) tk(i int) *syntax.Token { return &s.tree.Tokens[i] }

// rel reports whether token i's relation is rel (or a subtype of it).
func (s *sent) rel(i int, rel string) bool { return syntax.RelIs(s.tree.Tokens[i].Rel, rel) }

// head returns the head of token i, or -1.
func (s *sent) head(i int) int { return s.tree.Tokens[i].Head }

// child returns the first dependent of i with relation rel, or -1.
func (s *sent) child(i int, rel string) int {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == i && syntax.RelIs(s.tree.Tokens[j].Rel, rel) {
			return j
		}
	}
	return -1
}

// lemma returns the lower-case lemma of token i.
func (s *sent) lemma(i int) string { return lower(s.tree.Tokens[i].Lemma) }

// form returns the lower-case form of token i.
func (s *sent) form(i int) string { return s.forms[i] }

// caseOf returns the case marker of a nominal at i ("on", "by",
// "according to"), or "".
func (s *sent) caseOf(i int) string {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head != i || !s.rel(j, "case") {
			continue
		}
		w := s.form(j)
		if f := s.child(j, "fixed"); f >= 0 {
			w += " " + s.form(f)
		}
		return w
	}
	return ""
}

// markOf returns the first marker of a clause at i ("if", "that", "to",
// "after"), or "".
func (s *sent) markOf(i int) string {
	if j := s.child(i, "mark"); j >= 0 {
		return s.form(j)
	}
	return ""
}

// itemOfTok returns the item that holds token i, or -1.
func (s *sent) itemOfTok(i int) int {
	if i < 0 || i >= len(s.tokItem) {
		return -1
	}
	return s.tokItem[i]
}

// tokOfItem returns the head token of item k, or -1.
func (s *sent) tokOfItem(k int) int {
	if k < 0 || k >= len(s.itemTok) {
		return -1 // a sentence left unparsed has no map (reset empties the one the last sentence left)
	}
	return s.itemTok[k]
}
