package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder/internal/inflect"
)

// Roles read from the dependency tree. Each function takes and returns
// token indices of the parse, except the *Actors functions, which return
// the actor items a nominal names.

// predTok returns the token that heads the predicate at item k: the token
// of the word, or, for a copula, an auxiliary or a particle, the word it
// hangs on ("was behind the attack": "attack"; "is responsible": "responsible").
func (s *sent) predTok(k int) int {
	t := s.tokOfItem(k)
	for steps := 0; t >= 0 && steps < 3; steps++ {
		if !(s.rel(t, "cop") || s.rel(t, "aux") || s.rel(t, "case") || s.rel(t, "mark") || s.rel(t, "compound:prt") || s.rel(t, "fixed")) {
			break
		}
		t = s.head(t)
	}
	return t
}

// relPronoun reports a relative pronoun: "which", "who", "that", "whom".
func (s *sent) relPronoun(t int) bool {
	switch s.form(t) {
	case "which", "who", "that", "whom":
		return s.tk(t).UPOS == "PRON"
	}
	return false
}

// messageNouns carry what their sender says: "a note urging Ankara to".
var messageNouns = set("note", "letter", "message", "statement", "communique", "memo", "memorandum", "resolution", "cable")

// documentNouns are writings besides messages that state a charge of
// their own: "a case accusing Israel of genocide".
var documentNouns = set("case", "lawsuit", "suit", "complaint", "petition", "application", "report", "dossier", "submission")

// documentAuthor returns the agent of a reduced relative on the message
// or document noun n before the participle at cur ("the case brought by
// South Africa accusing Israel", "a letter sent by Sudan accusing Chad"),
// who wrote what the participle says, or -1.
func (s *sent) documentAuthor(n, cur int) int {
	if w := s.lemma(n); !messageNouns[w] && !documentNouns[w] {
		return -1
	}
	for q := n + 1; q < cur; q++ {
		if s.tk(q).Head == n && s.rel(q, "acl") && s.tk(q).UPOS == "VERB" {
			if ag := s.agentTok(q); ag >= 0 {
				return ag
			}
		}
	}
	return -1
}

// contactVerbs meet or reach someone, whose purpose is the subject's:
// "summoned the envoy to protest", "phoned Putin to urge a ceasefire".
var contactVerbs = verbClass("call", "phone", "telephone", "ring", "meet", "visit", "host", "receive", "summon", "convene", "contact", "email", "text")

// objectControllers are verbs whose object is the subject of their open
// complement: "urged Iran to show restraint".
var objectControllers = verbClass("urge", "call", "ask", "press", "encourage", "order", "tell", "force", "allow",
	"warn", "invite", "persuade", "push", "help", "appeal", "implore", "advise", "compel", "oblige", "expect",
	"want", "request", "instruct", "direct", "command", "authorize", "authorise", "enable", "lead", "prompt")

// subjTok returns the token heading the subject of the predicate at h,
// and whether it is the subject of a passive; -1 when the tree names none.
// It follows a conjunct to the subject it shares ("denied X and accused
// Y"), an open complement to its controller ("vowed to retaliate", "urged
// Y to talk"), a relative clause to its antecedent ("X, which claimed the
// attack,"), and a participle to the noun or clause it hangs on ("X
// expelled the envoy, accusing Y", "militants killed by the army").
func (s *sent) subjTok(h int) (int, bool) {
	cur := h
	for steps := 0; steps < 8 && cur >= 0; steps++ {
		for j := range s.tree.Tokens {
			if s.tree.Tokens[j].Head != cur {
				continue
			}
			r := s.tree.Tokens[j].Rel
			// "forces have since conducted operations", read as a passive: a
			// verb with an object, no passive auxiliary and no other subject
			// is active
			if r == "nsubj:pass" && s.child(cur, "obj") >= 0 && s.child(cur, "aux:pass") < 0 && !s.hasPlainSubject(cur) {
				return j, false
			}
			// "has been waging": a progressive is active; "is designated"
			// is passive whatever the tagger made of it
			passive := r == "nsubj:pass" && !strings.HasSuffix(s.form(cur), "ing") || r == "nsubj" && s.passiveVerb(cur)
			if r != "nsubj" && !passive && r != "nsubj:outer" {
				continue
			}
			if s.relPronoun(j) && s.rel(cur, "acl") {
				ant := s.head(cur)
				if ant >= 0 && s.rel(ant, "appos") {
					ant = s.head(ant) // "Jaish al-Adl, a group which has carried out attacks": the name
				}
				for _, c := range []int{ant, s.head(ant)} { // "among more than a dozen states" may hang on "more"
					if c >= 0 && s.markedAmong(c) && s.child(c, "cop") >= 0 && s.child(c, "nsubj") >= 0 {
						ant = s.child(c, "nsubj") // "Germany and France were among 20 countries that expelled": the members named
						break
					}
				}
				return ant, passive // "the TTP, which claimed the attack"
			}
			return j, passive
		}
		t := s.tk(cur)
		participle := t.UPOS == "VERB" && strings.HasSuffix(s.form(cur), "ing") && t.Head >= 0
		if participle {
			if ag := s.documentAuthor(t.Head, cur); ag >= 0 {
				return ag, false // "the case brought by South Africa accusing Israel"
			}
		}
		switch {
		case participle && messageNouns[s.lemma(t.Head)] && s.head(t.Head) >= 0:
			cur = s.head(t.Head) // "handed Turkey's envoy a note urging ...": the sender's
		case s.rel(cur, "conj"):
			p := t.Head
			if s.child(cur, "aux:pass") >= 0 && s.child(p, "aux:pass") < 0 && !s.passiveVerb(p) {
				// "troops moved in after militants were accused of ...": a
				// passive joined to an active verb does not share its doer
				return -1, false
			}
			if strings.HasSuffix(s.form(p), "ing") && !strings.HasSuffix(s.form(cur), "ing") && (s.rel(p, "acl") || s.rel(p, "advcl") || s.rel(p, "xcomp")) {
				// "accused Y of shelling villages and called on Y", "of flying
				// drones carrying leaflets and threatened": a finite verb is no
				// conjunct of the gerund; it shares the clause's subject
				p = s.head(p)
				for steps := 0; p >= 0 && (s.tk(p).UPOS != "VERB" || strings.HasSuffix(s.form(p), "ing")) && steps <= len(s.tree.Tokens); steps++ {
					p = s.head(p)
				}
				if p < 0 {
					return -1, false
				}
			}
			if s.rel(p, "ccomp") && s.child(cur, "aux") < 0 && strings.HasSuffix(s.form(cur), "ed") && (s.perfectAux(p) || s.form(p) == "had") &&
				s.child(cur, "cc") != p+1 {
				// "determined that RSF members had committed genocide and
				// imposed sanctions": a plain past after a backshifted
				// clause goes on the main clause (but "had rammed and fired
				// on" shares the "had" of the verb right before it)
				cur = s.head(p)
				continue
			}
			cur = p
		case s.rel(cur, "xcomp"):
			p := t.Head
			if o := s.child(p, "obj"); o >= 0 && !s.ownerlessDecision(o) && (objectControllers[s.lemma(p)] || o < cur && s.markOf(cur) == "to") {
				return o, false // "urged Iran to talk"; "slammed Baku's move to shut the crossing"
			}
			cur = p
		case t.Rel == "acl":
			if s.markOf(cur) == "to" && decisionNouns[s.lemma(t.Head)] {
				if n := t.Head; s.ownerlessDecision(n) && (s.rel(n, "obj") || s.purposeNoun(n)) && s.head(n) >= 0 {
					cur = s.head(n) // "expressed willingness to talk", "met the king in a bid to mediate": whoever expressed it, or met
					continue
				}
				return t.Head, false // "Baku's move to shut the crossing": the noun's owner
			}
			if strings.HasSuffix(s.form(cur), "ing") {
				return t.Head, false // "forces attacking the town"
			}
			if s.tk(cur).UPOS == "VERB" && s.child(cur, "mark") < 0 {
				if s.child(cur, "obj") >= 0 && s.child(cur, "aux:pass") < 0 {
					// "Pakistani forces raided TTP hideouts": a verb with an
					// object is no passive participle; the tree took the
					// clause for a noun phrase
					return t.Head, false
				}
				return t.Head, true // "militants killed by the army"
			}
			return -1, false
		case s.rel(cur, "ccomp") && strings.HasSuffix(s.form(cur), "ing") && t.Head >= 0 && t.Head < cur && cur > 0 && s.tk(cur-1).Form == "," && reportingLemmas[s.lemma(t.Head)]:
			cur = t.Head // "South Korea's military said, calling the act inhumane": the speaker's participle
		case s.ownerlessDecision(cur) && s.purposeNoun(cur):
			cur = t.Head // "met the king in a bid to mediate", the noun heading the trigger: whoever met
		case s.decisionObj(cur) >= 0:
			return s.decisionObj(cur), false // "slammed Lithuania's decision to close the border"
		case s.rel(cur, "advcl"):
			if s.child(cur, "aux") >= 0 || s.child(cur, "cop") >= 0 {
				return -1, false
			}
			switch s.markOf(cur) {
			case "to":
				// "delegations arrived in Sanaa to hold talks": a purpose
				// clause's doer is the main clause's; "prompting the Kremlin
				// to condemn" is the object's, as an xcomp's, but not after a
				// verb of meeting: "phoned Putin to urge a ceasefire" is the
				// caller's urging
				if o := s.child(t.Head, "obj"); o >= 0 && o < cur && !contactVerbs[s.lemma(t.Head)] {
					return o, false
				}
			case "", "after", "before", "while", "by", "when", "since", "without", "in":
				if !strings.HasSuffix(s.form(cur), "ing") {
					return -1, false
				}
			default:
				return -1, false
			}
			cur = t.Head // ", accusing Bogota of": the main clause's subject
		default:
			return -1, false
		}
	}
	return -1, false
}

// purposeNoun reports a noun of deciding marked "in" on a verb, which
// says what the verb's doer did it for: "in an attempt to", "in a bid to".
func (s *sent) purposeNoun(n int) bool {
	return s.rel(n, "obl") && s.caseOf(n) == "in"
}

// markedAmong reports a noun that "among" marks, itself or through the
// modifiers before it: "among 20 countries", "among more than 20
// countries".
func (s *sent) markedAmong(n int) bool {
	for a := 0; a < n; a++ {
		if s.form(a) != "among" {
			continue
		}
		for h, steps := s.head(a), 0; h >= 0 && h <= n && steps < 3; h, steps = s.head(h), steps+1 {
			if h == n {
				return true
			}
		}
	}
	return false
}

// hasPlainSubject reports an active subject (nsubj, not nsubj:pass) of v.
func (s *sent) hasPlainSubject(v int) bool {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == v && s.tree.Tokens[j].Rel == "nsubj" {
			return true
		}
	}
	return false
}

// ownerlessDecision reports a noun of deciding or being willing with no
// owner of its own ("expressed willingness to talk"): the act it takes is
// the subject's whose verb takes the noun. "Baku's move to shut the
// crossing" is Baku's.
func (s *sent) ownerlessDecision(n int) bool {
	return decisionNouns[s.lemma(n)] && s.child(n, "nmod:poss") < 0 && s.child(n, "amod") < 0
}

// irregularParticiples are past participles that do not end in -ed or -en:
// those of the irregular verbs the lexicons inflect.
var irregularParticiples = set(inflect.Participles()...)

// pastParticiple reports a word that may be a past participle: "killed",
// "taken", "sent".
func pastParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples[w]
}

// passiveVerb reports a past participle with a form of "be" as its
// auxiliary: "is designated", "were killed", "has been struck".
func (s *sent) passiveVerb(v int) bool {
	return pastParticiple(s.form(v)) && s.beAuxiliary(v)
}

// progressive reports a verb at token v in a progressive tense: "is
// laying down its arms", "were shelling".
func (s *sent) progressive(v int) bool {
	return s.hasTree && v >= 0 && strings.HasSuffix(s.form(v), "ing") && s.beAuxiliary(v)
}

// beAuxiliary reports a form of "be" among the auxiliaries of the verb at v.
func (s *sent) beAuxiliary(v int) bool {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == v && (s.tree.Tokens[j].Rel == "aux" || s.tree.Tokens[j].Rel == "aux:pass") && s.lemma(j) == "be" {
			return true
		}
	}
	return false
}

// nominalActors appends the actor items a nominal at t names: the mention
// itself, else the party that owns or modifies it ("Iran's foreign
// ministry", "Pakistani jets", "the army of Pakistan", "gunmen from the
// ADF", "the group, Hamas,"), and the parties coordinated with it.
func (s *sent) nominalActors(t int, dst []int) []int {
	dst = s.nominalActors1(t, dst, 0)
	k := s.itemOfTok(t)
	for j := range s.tree.Tokens {
		h := s.tree.Tokens[j].Head
		// a conjunct of the name's head, or of another of its words: the
		// parser may hang "and ISWAP" on "Haram" of "Boko Haram"; and the
		// conjuncts it hangs on a conjunct ("Saudi Arabia, the UAE,
		// Bahrain and Egypt", the last two on the UAE)
		if s.tree.Tokens[j].Rel == "conj" && (h == t || k >= 0 && h >= 0 && s.itemOfTok(h) == k && s.itemOfTok(j) != k) {
			dst = s.nominalActors(j, dst)
		}
		// "the Sinaloa and Jalisco cartels": a name joined to the name the
		// head ends, hung on the head as its modifier, shares the head
		if h == t && s.tree.Tokens[j].Rel == "compound" && k >= 0 && s.joinedInto(j, k) {
			if kj := s.itemOfTok(j); kj >= 0 && kj != k && s.items[kj].kind == actorItem {
				dst = appendItem(dst, kj)
			}
		}
	}
	return dst
}

// joinedInto reports a token j with a conjunct inside item k.
func (s *sent) joinedInto(j, k int) bool {
	for c := range s.tree.Tokens {
		if s.head(c) == j && s.rel(c, "conj") && s.itemOfTok(c) == k {
			return true
		}
	}
	return false
}

// rangedStates appends the parties a "from ... to ..." range hung within
// two steps of the noun at t lists ("governments across the region, from
// Brazil and Colombia to Argentina and Chile"); "to" may hang beside
// "from" or on it.
func (s *sent) rangedStates(t int, dst []int) []int {
	for f := range s.tree.Tokens {
		if h := s.head(f); !s.rel(f, "nmod") || h != t && (h < 0 || s.head(h) != t) || s.caseOf(f) != "from" {
			continue
		}
		for to := range s.tree.Tokens {
			if h := s.head(to); h != s.head(f) && h != f || s.caseOf(to) != "to" {
				continue
			}
			for _, end := range []int{f, to} {
				dst = s.nominalActors1(end, dst, 1)
				for c := range s.tree.Tokens {
					if s.head(c) == end && s.rel(c, "conj") {
						dst = s.nominalActors1(c, dst, 1)
					}
				}
			}
		}
	}
	return dst
}

// accompanyCases join a party to another as one side: "Mali, along with
// Niger, recalled", "together with its allies".
var accompanyCases = set("along", "together", "alongside")

// statementNouns speak for who issued them: "a statement from the Chinese
// defence ministry accused ...".
var statementNouns = set("statement", "statements", "communique", "communiqué", "letter", "note", "declaration")

// coalitionNouns name a force a party may lead: "leads a coalition".
var coalitionNouns = set("coalition", "alliance", "force", "forces", "mission")

// leadVerbs make their subject the leader of their object.
var leadVerbs = verbClass("lead", "head", "command")

// helpNouns name the help that others give an actor: "with help from X".
var helpNouns = set("help", "assistance", "support")

// forceOwners appends the parties a force noun w belongs to, named by the
// word j that hangs on it: "drones belonging to the UAE", "a coalition led
// by Saudi Arabia", "forces loyal to Haftar"; and those who hold a site: "a
// base used by Kenyan forces", "a facility housing U.S. forces".
func (s *sent) forceOwners(w string, j int, dst []int, depth int) []int {
	if o := s.child(j, "obj"); siteNouns[w] && o >= 0 && housingWords[s.form(j)] {
		return s.nominalActors1(o, dst, depth+1)
	}
	if !ownableForce(w) && !siteNouns[w] || !ownerWords[s.form(j)] {
		return dst
	}
	for c := range s.tree.Tokens {
		if s.tree.Tokens[c].Head == j && (syntaxRelIs(s.tree.Tokens[c].Rel, "obl") || s.tree.Tokens[c].Rel == "nmod") && (s.caseOf(c) == "to" || s.caseOf(c) == "by") {
			dst = s.nominalActors1(c, dst, depth+1)
			for cc := range s.tree.Tokens {
				if s.head(cc) == c && s.rel(cc, "conj") {
					dst = s.nominalActors1(cc, dst, depth+1) // "camps used by the TTP and the BLA"
				}
			}
		}
	}
	return dst
}

func (s *sent) nominalActors1(t int, dst []int, depth int) []int {
	if k := s.itemOfTok(t); k >= 0 && s.items[k].kind == actorItem {
		dst = appendItem(dst, k)
		// the parties an anaphor stands for beside the first ("both
		// sides", "they" after a list), inserted after it with no words
		for j := k + 1; j < len(s.items) && s.items[j].end <= s.items[j].start; j++ {
			if s.items[j].kind == actorItem {
				dst = appendItem(dst, j)
			}
		}
		if depth == 0 {
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head != t {
					continue
				}
				if syntaxRelIs(s.tree.Tokens[j].Rel, "nmod") && accompanyCases[s.caseOf(j)] {
					dst = s.nominalActors(j, dst) // "Mali, along with Niger,"
				}
				if a := s.itemOfTok(j); s.tree.Tokens[j].Rel == "amod" && a >= 0 && s.items[a].kind == actorItem && s.items[k].actorKind == briefbot.State && s.items[a].actorKind == briefbot.State {
					// "French, British and US forces": states listed before
					// a state's forces share them
					dst = s.nominalActors(j, dst)
				}
			}
		}
		return dst
	}
	if depth > 1 {
		return dst
	}
	w := s.form(t)
	if w == "whose" {
		// "Togo, whose president had mediated": the relative clause's
		// antecedent owns what "whose" modifies
		for v, steps := s.head(t), 0; v >= 0 && steps < 3; v, steps = s.head(v), steps+1 {
			if s.rel(v, "acl:relcl") {
				return s.nominalActors1(s.head(v), dst, depth+1)
			}
		}
		return dst
	}
	if depth == 0 && s.actNounsOwned && ownedActs[w] {
		return dst // "reimposed U.N. sanctions on X": the sanctions' owner is no target
	}
	if depth == 0 && statesOnly[w] {
		dst = s.rangedStates(t, dst)
	}
	if v := s.head(t); depth == 0 && coalitionNouns[w] && v >= 0 && s.rel(t, "obj") && leadVerbs[s.lemma(v)] {
		if sb, pass := s.subjTok(v); sb >= 0 && !pass {
			dst = s.nominalActors1(sb, dst, depth+1) // "Saudi Arabia leads a coalition fighting the Houthis": its leader
		}
	}
	start := len(dst)
	var demonyms []int // states named by an adjective: "the Lebanese group Hezbollah"
	named := false     // a group named by its name
	for j := range s.tree.Tokens {
		tj := &s.tree.Tokens[j]
		if tj.Head != t {
			continue
		}
		switch tj.Rel {
		case "nmod:poss", "amod", "compound", "flat", "nmod:desc":
			if tj.Rel == "compound" && eventNouns[w] && s.statePlace(j) {
				continue // "the Jordan attack killed three": where, not who
			}
			if n := len(dst); tj.Rel == "amod" {
				if dst = s.forceOwners(w, j, dst, depth); len(dst) > n {
					continue // "forces loyal to Haftar"
				}
			}
			n := len(dst)
			dst = s.nominalActors1(j, dst, depth+1)
			for _, k := range dst[n:] {
				if (tj.Rel == "amod" || tj.Rel == "nmod:poss") && s.c.kind(s.items[k].actor) == briefbot.State {
					demonyms = append(demonyms, k) // "Lebanon's armed group Hezbollah": its country describes it
				} else if tj.Rel != "amod" && s.c.kind(s.items[k].actor) == briefbot.Group {
					named = true
				}
			}
			if len(dst) > n {
				for c := range s.tree.Tokens {
					if s.tree.Tokens[c].Head == j && s.tree.Tokens[c].Rel == "conj" {
						dst = s.nominalActors1(c, dst, depth+1) // "U.S. and British jets"
					}
				}
			}
		case "nmod":
			c := s.caseOf(j)
			if c == "with" && helpNouns[s.form(j)] {
				// "Mozambique's military, with help from Rwandan troops": the helpers act too
				for x := range s.tree.Tokens {
					if s.head(x) == j && s.rel(x, "nmod") && (s.caseOf(x) == "from" || s.caseOf(x) == "of") {
						dst = s.nominalActors(x, dst)
					}
				}
				continue
			}
			if accompanyCases[c] || (c == "of" || c == "for") && organNouns[w] || c == "under" && (stateForceNouns[w] || forceNouns[w]) && commandNouns[s.form(j)] || (c == "from" || c == "by") && statementNouns[w] || c == "of" && (collectiveNouns[w] || partitiveHeads[w] || s.tk(t).UPOS == "NUM" || siteNouns[w] || memberNouns[w] || ownedNoun(w)) || (c == "from" || c == "for") && memberNouns[w] || c == "in" && residentNouns[w] && len(dst) == start || c == "by" && (decisionNouns[w] || eventNouns[w]) ||
				c == "including" && (collectiveNouns[w] || memberNouns[w]) { // "several council members, including France and the United States"
				// "residents in Gaza", but "Hamas leaders in Doha" are Hamas's; "raids by Israeli jets killed" are Israel's
				n := len(dst)
				dst = s.nominalActors(j, dst)
				for _, k := range dst[n:] {
					named = named || c == "of" && s.c.kind(s.items[k].actor) == briefbot.Group // "Russian mercenaries of the Wagner Group"
				}
			}
		case "acl":
			dst = s.forceOwners(w, j, dst, depth)
			if decreeNouns[w] && issueVerbs[s.lemma(j)] {
				if ag := s.agentTok(j); ag >= 0 {
					dst = s.nominalActors1(ag, dst, depth+1) // "a decree signed by Putin bans ...": who issued it
				}
			}
		case "appos":
			n := len(dst)
			dst = s.nominalActors1(j, dst, depth+1)
			for c := range s.tree.Tokens {
				if s.tree.Tokens[c].Head == j && s.tree.Tokens[c].Rel == "conj" {
					dst = s.nominalActors1(c, dst, depth+1) // "its partners Burkina Faso and Niger"
				}
			}
			for _, k := range dst[n:] {
				named = named || s.c.kind(s.items[k].actor) == briefbot.Group
			}
		}
	}
	if len(dst) == start && depth == 0 && ownableForce(w) && s.rel(t, "obj") && s.head(t) >= 0 && keepVerbs[s.lemma(s.head(t))] {
		// "Ethiopia has thousands of troops in Somalia fighting
		// al-Shabaab": forces a party has or keeps are its own
		if sb, passive := s.subjTok(s.head(t)); sb >= 0 && !passive {
			dst = s.nominalActors1(sb, dst, depth+1)
		}
	}
	if named && len(demonyms) > 0 {
		// the group is the party; its country describes it
		out := dst[:start]
		for _, k := range dst[start:] {
			if !slices.Contains(demonyms, k) {
				out = append(out, k)
			}
		}
		dst = out
	}
	return dst
}

// commandNouns say whose forces are "under" them: "the armed forces under
// his command".
var commandNouns = set("command", "control", "leadership", "orders")

// decreeNouns name a document whose issuer acts through it; issueVerbs
// issue one: "a decree signed by Putin".
var (
	decreeNouns = set("decree", "decrees", "order", "orders", "law", "bill", "resolution", "proclamation", "directive", "edict")
	issueVerbs  = verbClass("sign", "issue", "pass", "adopt", "approve", "enact", "publish")
)

// keepVerbs have their subject own the forces they take: "has troops in
// Somalia", "keeps 28,500 troops in South Korea".
var keepVerbs = verbClass("have", "keep", "maintain", "station", "deploy", "base", "lead")

// collectiveNouns name the people of their "of" phrase: "a group of gunmen
// from the CJNG".
var collectiveNouns = set("group", "groups", "band", "unit", "units", "team", "squad", "contingent", "convoy",
	"dozens", "hundreds", "thousands", "scores", "number", "wave", "swarm", "fleet", "column", "battalion",
	"battalions", "brigade", "company", "detachment", "platoon", "members", "member", "elements", "none", "panel", "delegation")

// partitiveHeads name a part of their "of" phrase, which says whose it
// is: "some of the Indian shells", "most of the Iranian missiles".
var partitiveHeads = set("some", "several", "many", "most", "all", "few", "both", "each", "one")

// partOf returns the noun a partitive at t takes its part of ("five of
// the missiles": missiles), else t.
func (s *sent) partOf(t int) int {
	if partitiveHeads[s.form(t)] || s.tk(t).UPOS == "NUM" {
		if n := s.child(t, "nmod"); n > t && s.caseOf(n) == "of" {
			return n
		}
	}
	return t
}

func appendItem(dst []int, k int) []int {
	for _, x := range dst {
		if x == k {
			return dst
		}
	}
	return append(dst, k)
}

// treeSubject returns the actor items of the subject of the predicate at
// item k, and whether the tree names a subject that is an actor.
func (s *sent) treeSubject(k int) ([]int, bool) {
	if !s.hasTree {
		return nil, false
	}
	h := s.predTok(k)
	if h < 0 {
		return nil, false
	}
	t, _ := s.subjTok(h)
	if t < 0 {
		return nil, false
	}
	if messageNouns[s.lemma(t)] && len(s.nominalActors(t, nil)) == 0 {
		// "handed the envoy a letter urging Israel to ...": what a message
		// says, its sender says
		for v, steps := s.head(h), 0; v >= 0 && steps <= len(s.tree.Tokens); v, steps = s.head(v), steps+1 {
			if sb, _ := s.subjTok(v); s.tk(v).UPOS == "VERB" && sb >= 0 && sb != t {
				t = sb
				break
			}
		}
	}
	var out []int
	for _, a := range s.nominalActors(s.partOf(t), nil) { // "23 of its soldiers": the soldiers' owner
		it := &s.items[a]
		if it.compound || s.hedged[a] || s.private[a] {
			continue
		}
		out = append(out, a)
	}
	return out, len(out) > 0
}

// perfectAux reports a clause at v in the past perfect: "had struck".
func (s *sent) perfectAux(v int) bool {
	for j := range s.tree.Tokens {
		if s.tree.Tokens[j].Head == v && s.rel(j, "aux") && s.form(j) == "had" {
			return true
		}
	}
	return false
}

// dominates reports whether token j is in the subtree of token i.
func (s *sent) dominates(i, j int) bool {
	for steps := 0; j >= 0 && steps <= len(s.tree.Tokens); steps++ {
		if j == i {
			return true
		}
		j = s.tree.Tokens[j].Head
	}
	return false
}
