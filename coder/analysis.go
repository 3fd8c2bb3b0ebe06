package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
)

// An analysis is what one trigger's tree says: its head token, its
// subject, and the flags that may keep it from being an event. The slots
// (subject, object, obliques by their case, the speaker) are read from it
// by slot (frames.go).
type analysis struct {
	m       match
	head    int  // the head token of the trigger; -1 without a tree
	noun    bool // the trigger is a nominal: "strikes", "the ceasefire"
	subj    int  // the subject token, -1 for none
	passive bool // the subject is a passive one: the patient
	flags   flag
	// srcSlot is the slot the source was read from, once read
	srcSlot string
	phrase  []int // the trigger's tokens, head first (phraseToks), once read
}

// bySpeaker reports a source read from the party that reports the act,
// not from the clause: "..., Iran said".
func (a *analysis) bySpeaker() bool { return a.srcSlot == "speaker" || a.srcSlot == "h:speaker" }

// flag is one reason a trigger may state no event.
type flag uint16

const (
	flagNegated     flag = 1 << iota // "did not strike", "no strikes", "refused to talk"
	flagPossible                     // "could strike", "any attack", "possible strikes"
	flagModal                        // "would strike", "should be held accountable"
	flagConditional                  // "if Iran strikes"
	flagIntent                       // "plans to strike", "is expected to strike"
	flagDesire                       // "seeks to strike", "wants talks": a wish, a calming move when calm is wished
	flagHedged                       // the writer hedges: "reportedly struck", "an alleged strike"
	flagUnconfirmed                  // inside "reports that", "rumours of"
	flagPurpose                      // an aim, not an act: "to degrade their ability to attack"
	flagQuestion                     // the sentence asks
	flagVictims                      // a participle naming victims: "among those killed"
	flagSpeculative                  // analysts, experts or observers speak
	flagAssist                       // done to help its object: "deployed troops to assist the nation"
)

var flagNames = map[string]flag{
	"negated": flagNegated, "possible": flagPossible, "modal": flagModal, "conditional": flagConditional,
	"intent": flagIntent, "desire": flagDesire, "hedged": flagHedged, "unconfirmed": flagUnconfirmed,
	"purpose": flagPurpose, "question": flagQuestion, "victims": flagVictims, "speculative": flagSpeculative,
	"assist":       flagAssist,
	"hypothetical": flagPossible | flagModal | flagConditional | flagIntent | flagDesire,
}

// analyze reads the trigger m from the tree, or from the rules when the
// sentence has no tree.
func (s *sent) analyze(m match) analysis {
	a := analysis{m: m, head: -1, subj: -1}
	if n := len(s.items); n > 0 && s.items[n-1].is("?") {
		a.flags |= flagQuestion
	}
	if m.trig.typ == briefbot.Escalation && s.labelledAct(m.start) {
		a.flags |= flagHedged // "protested over what it said was Moscow's jamming": a party's word for the act, its charge only
	}

	if !s.hasTree || s.predTok(m.start) < 0 {
		a.flags |= s.ruleFlags(m)
		if s.speculative && a.flags&flagNames["hypothetical"] != 0 {
			a.flags |= flagSpeculative
		}
		return a
	}
	a.head = s.phraseHead(m)
	switch s.tk(a.head).UPOS {
	case "NOUN", "PROPN":
		// "had been shot at", tagged a noun: with auxiliaries it is a verb
		a.noun = s.child(a.head, "aux:pass") < 0 && s.child(a.head, "aux") < 0
	case "ADJ":
		a.noun = m.trig.frame == frameNoun // "any Israeli counter-offensive", tagged an adjective: the lexicon lists a noun
	}
	if !a.noun {
		a.subj, a.passive = s.subjTok(a.head)
	}
	a.flags |= s.treeFlags(&a)
	if m.trig.negative {
		a.flags &^= flagNegated // "will not go unpunished": the phrase's own "not"
	}
	if s.invertedCondition(m.start) {
		a.flags |= flagConditional // "Should the Houthis resume attacks, ...": the parser misreads the inversion
	}
	if s.assists(a.head) {
		a.flags |= flagAssist
	}
	if s.unconfirmed(m.start) {
		a.flags |= flagUnconfirmed // "reports that ...", whatever the tree made of the clause
	}
	if m.start >= 2 && s.items[m.start-1].is("to") && refusalNouns[s.items[m.start-2].text] {
		a.flags |= flagNegated // "Havana's refusal to extradite", whatever the tree made of the noun
	}
	if s.speculative && a.flags&flagNames["hypothetical"] != 0 {
		a.flags |= flagSpeculative // "analysts said Iran would retaliate"
	}
	return a
}

// phraseHead returns the token that heads the trigger's words, starting
// from the first: "no such incident" is read at "incident", the noun the
// determiners modify; "not accept * authority" at "accept", the verb the
// negation modifies; "air strikes" at "strikes", the noun a compound
// modifies; "missile and drone strikes" at "strikes" too, the noun the
// joined compound modifies.
func (s *sent) phraseHead(m match) int {
	h := s.predTok(m.start)
	for range 3 {
		p := s.head(h)
		if s.rel(h, "conj") && (s.rel(p, "compound") || s.rel(p, "amod")) {
			p = s.head(p) // "drone", joined to "missile", in "missile and drone strikes"
		} else if !s.rel(h, "det") && !s.rel(h, "amod") && !s.rel(h, "advmod") && !s.rel(h, "compound") {
			break
		}
		inside := false
		for k := m.start + 1; k < m.end; k++ {
			inside = inside || s.predTok(k) == p
		}
		if !inside {
			break
		}
		h = p
	}
	return h
}

// invertedCondition reports a trigger at h in a clause that opens the
// sentence with an inverted condition: "Should the Houthis resume attacks,
// ...", "Were Iran to strike, ...".
func (s *sent) invertedCondition(h int) bool {
	if len(s.items) == 0 || !s.items[0].is("should", "were", "had") {
		return false
	}
	for k := 1; k < h; k++ {
		if s.items[k].is(",") || s.items[k].isBoundary() {
			return false
		}
	}
	return true
}

// ruleFlags are the flags of a trigger in a sentence the tree could not
// read.
func (s *sent) ruleFlags(m match) flag {
	var f flag
	h := m.start
	if s.negated(h) {
		f |= flagNegated
	}
	if s.invertedCondition(h) {
		f |= flagConditional
	}
	switch {
	case s.before(h, 6, possibleWords, true):
		f |= flagPossible
	case s.before(h, 6, conditionWords, true):
		f |= flagConditional
	case s.before(h, 6, modalWords, true):
		f |= flagModal
	case s.calmingIntent(h):
		f |= flagDesire
	case s.hypothetical(h):
		f |= flagIntent
	}
	if h > 0 && s.items[h-1].kind == wordItem && hedges[s.items[h-1].text] && !s.reportedBySpeaker(h-1) || s.hedgedClause(h) {
		f |= flagHedged
	}
	if s.unconfirmed(h) {
		f |= flagUnconfirmed
	}
	return f
}

var (
	possibleWords  = set("could", "might", "may", "can", "possible", "possibly", "potential", "likely", "any")
	conditionWords = set("if", "whether", "unless")
	modalWords     = set("would", "should")
)

var (
	// possibleAux make a verb a possibility: "could strike"; modalAux a
	// wish or a duty: "would strike", "should be held accountable".
	possibleAux = set("could", "might", "may", "can")
	modalAux    = set("would", "should", "must", "ought")
	// desireGovernors take a wished act: "seeks to ease tensions".
	desireGovernors = verbClass("seek", "want", "hope", "aim", "wish")
	// doubtGovernors take an act that has not happened: "plans to strike",
	// "refused to talk" (negated), "is expected to".
	doubtGovernors = verbClass("plan", "consider", "weigh", "mull", "propose", "intend", "expect",
		"prepare", "threaten", "need", "wish", "like", "offer", "ready", "likely",
		"possible", "able", "unable", "capable", "incapable", "willing", "prevent", "deter", "thwart", "foil", "avert", "stop", "aimed",
		"design", "designed", "urge", "call", "ask", "demand", "push", "press", "allow", "decline", "plot", "conspire", "scheme")
	// callVerbs ask for what they take with "for": "called for sanctions".
	callVerbs    = verbClass("call", "ask", "push", "press", "appeal", "lobby", "campaign", "demand", "plead")
	negGovernors = verbClass("refuse", "decline", "fail", "deny", "avoid", "refrain", "abstain", "stop", "cease", "halt", "ignore", "rebuff", "spurn", "snub")
	// doubtNouns mark what they modify as not yet done: "any attack",
	// "possible strikes".
	doubtNouns = set("any", "possible", "potential", "future", "further", "planned", "proposed", "imminent",
		"alleged", "suspected", "purported", "apparent", "presumed", "feared", "reported")
	// unconfirmedNouns take a content that the writer does not state:
	// "reports that", "rumours of".
	unconfirmedNouns = set("report", "rumour", "rumor", "speculation", "claim", "suggestion", "fear", "remark",
		"comment", "concern", "warning", "allegation", "accusation", "charge")
	// preventVerbs keep their object from happening: "to prevent attacks".
	preventVerbs = verbClass("prevent", "deter", "thwart", "foil", "avert", "stop", "halt", "block", "forestall", "preempt", "pre-empt")
	// objIntentVerbs take an act not yet done as their object: "plans strikes".
	objIntentVerbs = verbClass("plan", "propose", "consider", "threaten", "demand", "fear", "weigh", "mull", "contemplate", "envisage", "rule")
	// possibleNouns take an act that may happen: "the possibility of strikes".
	possibleNouns = set("possibility", "prospect", "risk", "danger", "threat", "likelihood", "option", "spectre", "specter", "chance", "odds",
		"ability", "capacity", "capability", "capabilities")
	// factiveVerbs state their object as done, whatever mood they are in:
	// "summoned the envoy to protest the violations".
	factiveVerbs = verbClass("protest", "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "censure")
	// answerVerbs take an act done: "could answer Ukraine's strikes".
	answerVerbs = verbClass("answer", "avenge", "requite")
	// endNouns stop what they take: "the suspension of attacks".
	endNouns = set("suspension", "halt", "end", "cessation", "cancellation", "absence", "lack", "prevention",
		"freeze", "pause", "moratorium", "renunciation", "abandonment", "rejection")
	// refusalNouns take an act not done: "the refusal to extradite".
	refusalNouns = set("refusal", "failure", "reluctance", "unwillingness", "inability")
	// decisionNouns take an act that happens: "the decision to recall".
	decisionNouns = set("decision", "move", "order", "step", "bid", "vote", "announcement", "attempt", "measure", "action",
		"willingness", "readiness", "intention")
)

// undoingVerbs keep their subject from happening or ending well: "the talks
// were cancelled", "the ceasefire collapsed".
var undoingVerbs = verbClass("cancel", "postpone", "scrap", "shelve", "delay", "defer", "collapse", "fail", "stall", "abort", "derail")

// undoes reports a verb at p of undoingVerbs, or "called off", "broke
// down".
func (s *sent) undoes(p int) bool {
	l := s.lemma(p)
	if undoingVerbs[l] {
		return true
	}
	prt := s.child(p, "compound:prt")
	return prt >= 0 && (l == "call" && s.form(prt) == "off" || l == "break" && s.form(prt) == "down")
}

// negatedVerb reports a "not", "n't" or "never" on the verb at v.
func (s *sent) negatedVerb(v int) bool {
	for j := range s.tree.Tokens {
		if t := &s.tree.Tokens[j]; t.Head == v && (t.Rel == "advmod" || t.Rel == "neg") {
			switch lower(t.Form) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// negatedSubject reports a verb at v whose subject denies it: "neither
// side", "no troops".
func (s *sent) negatedSubject(v int) bool {
	for j := range s.tree.Tokens {
		if t := &s.tree.Tokens[j]; t.Head == v && (t.Rel == "nsubj" || t.Rel == "nsubj:pass") && s.negatedNoun(j) {
			return true
		}
	}
	return false
}

// instrumentVerbs take the means of an act done: "used mortars to shell".
var instrumentVerbs = verbClass("use", "employ")

// occurVerbs tell that their subject takes place: "talks could resume".
var occurVerbs = verbClass("resume", "begin", "start", "happen", "occur", "continue", "proceed", "restart", "take", "go", "come")

// negatedNoun reports a noun that "neither", "no" or "none of" denies.
func (s *sent) negatedNoun(n int) bool {
	if s.form(n) == "none" || s.form(n) == "neither" {
		return true
	}
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == n && (s.tree.Tokens[j].Rel == "det" && (s.form(j) == "neither" || s.form(j) == "no") || s.tree.Tokens[j].Rel == "cc:preconj" && s.form(j) == "neither") {
			return true // ("neither Guyana nor Venezuela will")
		}
	}
	return false
}

// assistVerbs, as the purpose of an act, make it help to its object.
var assistVerbs = verbClass("assist", "help", "support", "aid", "train", "back", "bolster")

// assists reports an act at token h done for a purpose that helps: "(sent
// troops to Mozambique) to assist the nation in its campaign".
func (s *sent) assists(h int) bool {
	for j := range s.tree.Tokens {
		t := &s.tree.Tokens[j]
		if t.Head == h && syntaxObl(t.Rel) && s.caseOf(j) == "at" && invitationNouns[s.lemma(j)] {
			return true // "deployed troops to Juba at the request of President Kiir": invited
		}
		if (t.Head == h || t.Head >= 0 && s.head(t.Head) == h && syntaxObl(s.tk(t.Head).Rel)) &&
			(t.Rel == "advcl" || t.Rel == "xcomp" || t.Rel == "acl") && s.markOf(j) == "to" && assistVerbs[s.lemma(j)] {
			return true // "(at the request of X) to help secure the capital"
		}
	}
	return false
}

// invitationNouns say a party asked for an act done on its soil.
var invitationNouns = set("request", "invitation", "behest")

// treeFlags reads the flags of the trigger a from the tree.
func (s *sent) treeFlags(a *analysis) flag {
	var f flag
	h := a.head
	phrase := s.phraseToks(a)
	for j := range s.tree.Tokens {
		t := &s.tree.Tokens[j]
		if t.Head != h || slices.Contains(phrase, j) {
			continue // "is not to blame": the phrase's own words
		}
		w := lower(t.Form)
		switch {
		case (t.Rel == "advmod" || t.Rel == "det" || t.Rel == "neg") && (w == "not" || w == "n't" || w == "never" || w == "no"),
			t.Rel == "cc" && w == "nor":
			f |= flagNegated // "neither confirmed nor denied"
		case t.Rel == "aux" && (possibleAux[w] || modalAux[w]) && s.counterfactual(h, j):
			f |= flagPossible // "a resolution that would have threatened Syria": it never did
		case t.Rel == "aux" && possibleAux[w]:
			if (a.m.trig.code == "threat" || a.m.trig.typ == briefbot.Escalation && w != "can") && s.ownFuture(h) {
				continue // "China has said it may resort to force", "Israel said it could strike Iran": the party's own threat
			}
			f |= flagPossible
		case t.Rel == "aux" && modalAux[w]:
			if w == "would" && (s.ownFuture(h) || a.m.trig.frame == frameMeasure && s.agentlessPassive(h) && s.speakerTok(h) >= 0) && !(isNominal(s.tk(h).UPOS) && s.child(h, "cop") >= 0) {
				// (but "it would be a serious incursion by Kenya" judges an
				// act not known to be done)
				// "Iran said it would strike Israel": a party's own threat,
				// its "will" reported; "Trump said sanctions would be
				// imposed on Tehran": a measure, which is the speaker's policy
				continue
			}
			f |= flagModal
		case t.Rel == "mark" && (w == "if" || w == "unless" || w == "whether"):
			f |= flagConditional
		case t.Rel == "mark" && w == "until" && (s.form(h) == s.lemma(h) || s.form(h) == s.lemma(h)+"s"):
			f |= flagConditional // "until they withdraw their troops": a condition yet to be met
		case (t.Rel == "nsubj" || t.Rel == "nsubj:pass") && s.negatedNoun(j):
			f |= flagNegated // "neither side will target the other", "no troops crossed"
		case (t.Rel == "amod" || t.Rel == "det") && a.noun && doubtNouns[w]:
			if w == "alleged" || w == "suspected" || w == "purported" || w == "apparent" || w == "presumed" || w == "reported" {
				f |= flagHedged
			} else {
				f |= flagPossible
			}
		case t.Rel == "advmod" && hedgeAdverbs[w]:
			if s.speakerTok(h) < 0 {
				f |= flagHedged
			}
		}
	}
	if s.notYet(a.m.start) || a.noun && s.undoneNoun(h) {
		f |= flagNegated
	}
	if s.rel(h, "conj") && s.head(h) >= 0 {
		// "agreed not to threaten or use force": "not" before alternatives
		// denies each of them
		if c := s.child(h, "cc"); c >= 0 && (s.form(c) == "or" || s.form(c) == "nor") && (s.negatedVerb(s.head(h)) || s.negatedSubject(s.head(h))) {
			f |= flagNegated // (and "neither side would threaten or use force")
		}
		if p := s.auxHost(h); !a.noun && p != h {
			// "must de-escalate the situation and return to dialogue": a
			// verb sharing the first one's subject shares its modal too
			for j := range s.tree.Tokens {
				if tj := &s.tree.Tokens[j]; tj.Head == p && tj.Rel == "aux" {
					switch w := s.form(j); {
					case possibleAux[w] && !(a.m.trig.code == "threat" && s.ownFuture(p)):
						f |= flagPossible
					case modalAux[w] && w != "would":
						// not "would", which a misread conj also joins to
						// another subject's verb: "(Pakistan said) any attempt
						// would be considered an act of war, and closed its airspace"
						f |= flagModal
					}
				}
			}
		}
	}
	// the clause the trigger heads, and the clauses that take it
	cur := h
	for steps := 0; steps < 6 && cur >= 0; steps++ {
		t := s.tk(cur)
		p := t.Head
		if p < 0 {
			break
		}
		switch {
		case (t.Rel == "advcl" || t.Rel == "xcomp") && s.markOf(cur) == "by":
			// "could respond by targeting": the means shares its verb's mood
			for j := range s.tree.Tokens {
				if tj := &s.tree.Tokens[j]; tj.Head == p && tj.Rel == "aux" {
					if possibleAux[s.form(j)] {
						f |= flagPossible // not "would respond by striking": a party's own threat
					}
				}
				if tj := &s.tree.Tokens[j]; tj.Head == p && tj.Rel == "mark" && (s.form(j) == "if" || s.form(j) == "unless") {
					f |= flagConditional
				}
			}
		case t.Rel == "ccomp" && s.markOf(cur) != "to" && desireGovernors[s.lemma(p)]:
			f |= flagPossible // "hoped the truce would lead to a lifting of the siege": an outcome wished for, not done
		case t.Rel == "xcomp" && isNominal(s.tk(cur).UPOS) && s.markOf(cur) != "to":
			// "what it called an unprovoked violation": a predicate noun,
			// named, not wished or planned
		case t.Rel == "xcomp" || t.Rel == "ccomp" && s.markOf(cur) == "to":
			l := s.lemma(p)
			switch {
			case negGovernors[l]:
				f |= flagNegated
			case desireGovernors[l]:
				f |= flagDesire
			case doubtGovernors[l]:
				f |= flagIntent
			}
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "aux" && possibleAux[s.form(j)] {
					f |= flagPossible
				}
				if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "aux" && modalAux[s.form(j)] && !(s.form(j) == "would" && s.ownFuture(p)) {
					f |= flagModal
				}
			}
			if s.negatedVerb(p) {
				f |= flagNegated
			}
		case a.noun && cur == h && t.Rel == "compound" && rehearsalNouns[s.lemma(p)]:
			f |= flagPossible // "a precision bombing drill": the act rehearsed, not done
		case a.noun && cur == h && t.Rel == "nsubj" && s.child(p, "cop") >= 0 && (possibleWords[s.form(p)] || s.form(p) == "unlikely"):
			f |= flagPossible // "a meeting between Modi and Xi was possible"
		case a.noun && cur == h && (t.Rel == "nsubj:pass" || t.Rel == "nsubj" && occurVerbs[s.lemma(p)]):
			// "a ceasefire could be agreed", "talks could resume": a noun
			// shares the mood of the verb that makes it happen, not of one
			// that tells what it leads to ("the attack could lead to war");
			// and "did not believe a U.S. attack would happen" foresees one
			// (but "said its operations would continue" is the party's word)
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "aux" && (possibleAux[s.form(j)] || s.form(j) == "would" && t.Rel == "nsubj" && !s.ownFuture(p)) {
					f |= flagPossible
				}
			}
		case t.Rel == "obj" && s.tk(p).UPOS == "VERB" && !a.m.holds(s.itemOfTok(p)):
			// "to prevent Hamas attacks", "refused talks", "plans strikes"
			// (not "charges Kenya has denied", a denial whose verb is of
			// its own phrase)
			l := s.lemma(p)
			switch {
			case negGovernors[l] || preventVerbs[l]:
				f |= flagNegated
			case desireGovernors[l]:
				f |= flagDesire
			case objIntentVerbs[l]:
				f |= flagIntent
			}
			if a.noun && cur == h && (occurVerbs[l] || s.child(p, "aux") >= 0) && !factiveVerbs[l] && !answerVerbs[l] {
				// "could resume air strikes on the SDF": the act the verb
				// takes shares its mood (but what "could answer" or "would
				// condemn" takes is done)
				for j := range s.tree.Tokens {
					if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "aux" && possibleAux[s.form(j)] {
						f |= flagPossible
					}
				}
			}
		case t.Rel == "acl" && cur == h && (s.form(p) == "those" || s.form(p) == "people"):
			f |= flagVictims // "among those killed"
		case syntaxRelIs(t.Rel, "obl") && s.caseOf(cur) == "for" && callVerbs[s.lemma(p)]:
			f |= flagIntent // "called for EU sanctions": asked for, not done
		case s.lemma(p) == "look" && lookedInto(s.caseOf(cur)+s.markOf(cur)):
			f |= flagIntent // "would look at blacklisting airlines": weighed, not done
		case t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "acl:relcl" || t.Rel == "ccomp":
			switch mark := s.markOf(cur); {
			case conditionMarks[mark]:
				f |= flagConditional
			case mark == "from":
				if preventVerbs[s.lemma(p)] || negGovernors[s.lemma(p)] {
					f |= flagNegated // "to deter China from attacking", "refrain from striking"
				}
			case mark == "of" && doubtGovernors[s.lemma(p)]:
				f |= flagIntent // "capable of launching an invasion": able to, not done
			case mark == "to":
				if t.Rel == "advcl" && s.decisionObj(cur) < 0 && !instrumentVerbs[s.lemma(p)] || t.Rel == "acl" && !decisionNouns[s.lemma(p)] {
					f |= flagPurpose // but "used tanks to shell the airport" did shell it
				}
				if t.Rel == "acl" && possibleNouns[s.lemma(p)] {
					f |= flagPossible // "the movement's ability to threaten shipping"
				}
			}
			if (t.Rel == "acl" || t.Rel == "ccomp") && unconfirmedNouns[s.lemma(p)] && s.tk(p).UPOS == "NOUN" &&
				(s.markOf(cur) == "that" || s.child(cur, "nsubj") >= 0 || s.child(cur, "nsubj:pass") >= 0) {
				f |= flagUnconfirmed // "reports that the army struck", not "a claim denounced by X"
			}
		case t.Rel == "nmod" && s.caseOf(cur) == "of" && unconfirmedNouns[s.lemma(p)]:
			f |= flagUnconfirmed // "rumours of strikes"
		case t.Rel == "nmod" && s.caseOf(cur) == "of" && possibleNouns[s.lemma(p)]:
			f |= flagPossible // "the possibility of strikes", "the risk of war"
		case t.Rel == "nmod" && s.caseOf(cur) == "of" && endNouns[s.lemma(p)]:
			f |= flagNegated // "the suspension of offensive actions"
		}
		if t.Rel == "acl" || t.Rel == "nmod" {
			// "no intention of invading", "any attempt by Ethiopia to fill"
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head == p && (s.tree.Tokens[j].Rel == "det" || s.tree.Tokens[j].Rel == "amod") {
					switch s.form(j) {
					case "no":
						f |= flagNegated
					case "any", "possible", "potential", "future":
						f |= flagPossible
					}
				}
			}
		}
		if t.Rel == "conj" {
			// "had allegedly entered the airspace and struck a post"
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "advmod" && hedgeAdverbs[s.form(j)] && s.speakerTok(p) < 0 {
					f |= flagHedged
				}
			}
		}
		if t.Rel == "obj" && (factiveVerbs[s.lemma(p)] || answerVerbs[s.lemma(p)]) {
			break // "to protest violations of its airspace", "would avenge the strike": what is protested or answered is stated as done
		}
		if t.Rel == "advcl" && clauseMarks[s.markOf(cur)] {
			break // "to protest ..., after Turkish jets struck": a clause of time states a fact
		}
		if t.Rel == "conj" || t.Rel == "xcomp" || t.Rel == "ccomp" || t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "nmod" || t.Rel == "obj" ||
			syntaxObl(t.Rel) && outcomeVerbs[s.lemma(p)] ||
			cur == h && (t.Rel == "amod" || t.Rel == "compound") && s.tk(p).UPOS == "NOUN" {
			// "the suspension of offensive actions": the trigger modifies
			// the noun; "would lead to a lifting of the siege": an outcome
			// shares the mood of what would bring it
			cur = p
			continue
		}
		break
	}
	return f
}

// auxHost returns the token whose auxiliaries are those of token t: t
// itself, or the verb t is a conjunct of when t has neither a subject nor
// an auxiliary of its own ("must de-escalate and [return]").
func (s *sent) auxHost(t int) int {
	if s.rel(t, "conj") && s.head(t) >= 0 && s.child(t, "nsubj") < 0 && s.child(t, "aux") < 0 {
		return s.head(t)
	}
	return t
}

// ownFuture reports a clause at v the party it names as subject says of
// itself: "Iran said it would strike", "the Houthis said they would keep
// targeting".
func (s *sent) ownFuture(v int) bool {
	if s.speculative {
		return false
	}
	sb, passive := s.subjTok(v)
	if sb < 0 || passive {
		return false
	}
	sp := s.speakerTok(v)
	if sp < 0 {
		return false
	}
	if w := s.form(sb); w == "it" || w == "they" || w == "we" {
		return true
	}
	if p := s.child(sb, "nmod:poss"); p >= 0 && ownPossessives[s.form(p)] {
		return true // "said their countries would move to restore ties", "its forces would respond"
	}
	spk, sub := s.nominalActors(sp, nil), s.nominalActors(sb, nil)
	return len(spk) > 0 && len(sub) > 0 && s.items[spk[0]].actor == s.items[sub[0]].actor
}

// counterfactual reports a modal at aux followed by "have" on the verb at
// v: "would have threatened", "could have struck", a past that did not
// happen.
func (s *sent) counterfactual(v, aux int) bool {
	if aux+1 >= len(s.tree.Tokens) || s.head(aux+1) != v || !s.rel(aux+1, "aux") {
		return false
	}
	w := s.form(aux + 1)
	return w == "have" || w == "'ve"
}

// agentlessPassive reports a passive verb at v that names no agent.
func (s *sent) agentlessPassive(v int) bool {
	_, passive := s.subjTok(v)
	return passive && s.child(v, "obl:agent") < 0
}

// rehearsalNouns name the practice of an act: "a bombing drill".
var rehearsalNouns = set("drill", "exercise", "rehearsal", "simulation", "training")

// ownPossessives stand for the speaker on what it owns.
var ownPossessives = set("its", "their", "our")

// decisionObj returns the decision noun an infinitive at v hangs on when
// the tree took it for a clause of the verb: "slammed Lithuania's
// decision to close the border"; -1 for none.
func (s *sent) decisionObj(v int) int {
	if s.markOf(v) != "to" || !(s.rel(v, "advcl") || s.rel(v, "xcomp")) {
		return -1
	}
	p := s.head(v)
	if p < 0 {
		return -1
	}
	if o := s.child(p, "obj"); o >= 0 && o < v && decisionNouns[s.lemma(o)] {
		return o
	}
	return -1
}

// reportingLemmas are the verbs whose subject speaks for a clause they take.
var reportingLemmas = verbClass("say", "tell", "add", "state", "announce", "report", "claim", "insist", "note",
	"confirm", "declare", "write", "tweet", "post", "allege", "assert", "argue", "stress", "explain", "warn", "vow", "pledge", "promise",
	"accuse", "charge", "reiterate", "emphasise", "emphasize", "maintain", "contend", "acknowledge", "admit",
	"quote", "cite", "believe", "suggest", "indicate", "show", "counter", "retort")

// relativeWordOn reports a relative word on the verb v: "where U.N.
// agencies say famine has set in" speaks of a place, not of the clause
// before it.
func (s *sent) relativeWordOn(v int) bool {
	for j := range s.tree.Tokens {
		if s.head(j) == v && j < v && (s.form(j) == "where" || s.relPronoun(j)) {
			return true
		}
	}
	return false
}

// speakerTok returns the token of the party a clause at h is attributed
// to: the subject of a reporting verb that takes it ("X said Y struck Z",
// "Y struck Z, X said") or the object of "according to"; -1 for none.
func (s *sent) speakerTok(h int) int {
	cur := h
	for steps := 0; steps < 8 && cur >= 0; steps++ {
		for j := range s.tree.Tokens {
			t := &s.tree.Tokens[j]
			if t.Head != cur {
				continue
			}
			// (a conjunct with no "and" after the clause is the same
			// speaker misread: "Y struck Z, a prosecutor said, adding")
			trailing := t.Rel == "conj" && j > cur && s.child(j, "cc") < 0
			if (t.Rel == "parataxis" || trailing) && reportingLemmas[lower(t.Lemma)] && !s.relativeWordOn(j) {
				if sb := s.child(j, "nsubj"); sb >= 0 {
					return sb // "Y struck Z, X said" (not "..., where X says ...")
				}
			}
			if syntaxObl(t.Rel) && s.caseOf(j) == "according to" {
				return j
			}
		}
		t := s.tk(cur)
		p := t.Head
		if p < 0 {
			return -1
		}
		if (t.Rel == "ccomp" || t.Rel == "parataxis" || t.Rel == "obj" || t.Rel == "xcomp") && reportingLemmas[s.lemma(p)] {
			if sb, _ := s.subjTok(p); sb >= 0 {
				return sb
			}
			if ag := s.agentTok(p); ag >= 0 {
				return ag // "it was reported by X that"
			}
			return -1
		}
		switch t.Rel {
		case "conj", "xcomp", "advcl", "ccomp", "acl", "acl:relcl", "obj", "obl", "nmod", "nsubj", "nsubj:pass", "parataxis":
			cur = p
		default:
			return -1
		}
	}
	return -1
}

func syntaxObl(rel string) bool {
	return rel == "obl" || strings.HasPrefix(rel, "obl:") || rel == "nmod"
}

// agentTok returns the by-agent of a passive at h: "struck by Israel".
func (s *sent) agentTok(h int) int {
	for j := range s.tree.Tokens {
		t := &s.tree.Tokens[j]
		if t.Head != h {
			continue
		}
		if t.Rel == "obl:agent" || (t.Rel == "obl" || t.Rel == "nmod") && s.caseOf(j) == "by" {
			return j
		}
	}
	return -1
}

// lookedInto reports the marker of what "look" weighs: "look at", "look
// into".
func lookedInto(marker string) bool { return marker == "at" || marker == "into" }
