package coder

import (
	"github.com/briefbot/briefbot"

	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// frameData is the table of frames: for each frame a trigger names, which
// flags drop it, where its source and target come from, in order, and a
// confidence. See data/README.md.
//
//go:embed data/frames.tsv
var frameData embed.FS

// frameSpec is one line of data/frames.tsv.
type frameSpec struct {
	name   string
	family string
	drop   flag
	source []slot
	target []slot
	conf   float64
	guards guard
}

// guard narrows or ends the search for a target (the guards column).
type guard uint8

const (
	guardForum           guard = 1 << iota // a body a protest is lodged at is no target
	guardPartylessObject                   // an object that names no party ends the search
	guardCharge                            // the parties of an involvement denied are the accused, not the accusers
)

var guardNames = map[string]guard{"forum": guardForum, "partyless-object": guardPartylessObject, "charge": guardCharge}

// involvementNouns name what a denial says a party did not have: "rejected any
// suggestion of American or Israeli involvement" names the accused.
var involvementNouns = set("involvement", "role", "part", "hand", "complicity", "participation", "link", "links", "presence", "responsibility")

// slot is where a party may be named: a path in the tree from the
// trigger ("subj", "obj.nmod:by") or a rule (rules).
type slot struct {
	name  string
	steps []step // the tree path; nil for a rule
	rule  ruleSlot
}

// step is one relation of a tree path: "obj", "obl:on" (an oblique whose
// case is "on"), "nmod:by", "poss".
type step struct{ rel, cas string }

// ruleSlot finds a party by a rule rather than the tree. exclude are the
// parties already found for the other side.
type ruleSlot func(s *sent, a *analysis, exclude []string) []string

// treeSteps are the relations a path may use.
var treeSteps = set("gov", "subj", "patient", "agent", "obj", "iobj", "obl", "nmod", "poss", "light", "speaker", "xcomp", "ccomp", "between", "appos", "conj", "acl", "relcl")

var builtinFrames = sync.OnceValue(func() map[frame]*frameSpec {
	fr, err := loadFrames(frameData)
	if err != nil {
		panic("coder: built-in frames: " + err.Error()) // embedded data, checked by the tests
	}
	return fr
})

// loadFrames parses data/frames.tsv of fsys.
func loadFrames(fsys fs.FS) (map[frame]*frameSpec, error) {
	out := make(map[frame]*frameSpec)
	err := eachDataLine(fsys, "data/frames.tsv", 7, func(f []string) error {
		fr, ok := frameNames[f[0]]
		if !ok {
			return fmt.Errorf("unknown frame %q", f[0])
		}
		if _, dup := out[fr]; dup {
			return fmt.Errorf("frame %q twice", f[0])
		}
		sp := &frameSpec{name: f[0], family: f[1]}
		var err error
		if sp.drop, err = nameSet(f[2], flagNames, "flag"); err != nil {
			return fmt.Errorf("frame %s: %w", f[0], err)
		}
		if sp.source, err = parseSlots(f[3]); err != nil {
			return fmt.Errorf("frame %s: source: %w", f[0], err)
		}
		if sp.target, err = parseSlots(f[4]); err != nil {
			return fmt.Errorf("frame %s: target: %w", f[0], err)
		}
		if sp.conf, err = strconv.ParseFloat(f[5], 64); err != nil || sp.conf <= 0 || sp.conf > 1 {
			return fmt.Errorf("frame %s: confidence %q: want a number in (0, 1]", f[0], f[5])
		}
		if sp.guards, err = nameSet(f[6], guardNames, "guard"); err != nil {
			return fmt.Errorf("frame %s: %w", f[0], err)
		}
		out[fr] = sp
		return nil
	})
	return out, err
}

// nameSet returns the union of the values a comma-separated list of names
// stands for; "-" is none.
func nameSet[T ~uint8 | ~uint16 | ~uint32](list string, names map[string]T, what string) (T, error) {
	var out T
	if list == "-" {
		return out, nil
	}
	for _, n := range strings.Split(list, ",") {
		v, ok := names[n]
		if !ok {
			return out, fmt.Errorf("unknown %s %q", what, n)
		}
		out |= v
	}
	return out, nil
}

// parseSlots parses a comma-separated list of slots; "-" is none.
func parseSlots(list string) ([]slot, error) {
	if list == "-" {
		return nil, nil
	}
	var out []slot
	for _, name := range strings.Split(list, ",") {
		if r, ok := rules[name]; ok {
			out = append(out, slot{name: name, rule: r})
			continue
		}
		sl := slot{name: name}
		for _, p := range strings.Split(name, ".") {
			rel, cas, _ := strings.Cut(p, ":")
			if !treeSteps[rel] || cas != "" && rel != "obl" && rel != "nmod" {
				return nil, fmt.Errorf("unknown slot %q", name)
			}
			sl.steps = append(sl.steps, step{rel, strings.ReplaceAll(cas, "_", " ")})
		}
		out = append(out, sl)
	}
	return out, nil
}

// role is the side a slot fills.
type role uint8

const (
	asSource role = iota
	asTarget
)

// fill returns the parties of the first of the frame's slots for role r
// that names any, other than exclude, and that slot's index (-1 for none).
// A source slot the tree fills with a party that is no actor ("killed by
// gunmen") ends the search: the text names the agent, and it is none of
// ours. The frame's guards narrow the search for a target.
func (s *sent) fill(a *analysis, sp *frameSpec, r role, exclude []string) ([]string, int) {
	list, guards := sp.source, guard(0)
	if r == asTarget {
		list, guards = sp.target, sp.guards
	}
	for i := range list {
		sl := &list[i]
		if sl.rule != nil {
			if ids := without(sl.rule(s, a, exclude), exclude); len(ids) > 0 && !(r == asSource && s.onlyForums(ids)) {
				if r == asSource {
					a.srcSlot = sl.name
				}
				return ids, i
			}
			continue
		}
		if a.head < 0 {
			continue
		}
		toks := s.path(a, sl.steps)
		var ids []string
		blocked := false
		for _, t := range toks {
			if timeWords[s.form(t)] {
				continue // "took measures against Lithuania on Friday": a day names neither side
			}
			if guards&guardCharge != 0 && involvementNouns[s.lemma(t)] {
				continue
			}
			if phaseNouns[s.lemma(t)] {
				for o := range s.tree.Tokens {
					if s.head(o) == t && s.rel(o, "nmod") && s.caseOf(o) == "of" {
						t = o // "the resumption of Israeli strikes": the strikes
						break
					}
				}
			}
			owners := sl.steps[len(sl.steps)-1].rel == "poss"
			// (but a charge's object is its author: "blamed an Israeli air
			// strike for the blast" accuses Israel)
			s.actNounsOwned = r == asTarget && !owners && a.m.trig.typ != briefbot.Accusation
			acts := s.nominalActors(t, nil)
			s.actNounsOwned = false
			found := false
			for _, k := range acts {
				it := &s.items[k]
				if pair := s.pairAt(k); pair != nil && (owners || eventNouns[s.form(t)]) {
					// "the American-British aggression": a pair owning an
					// act did it together
					for _, p := range pair {
						if !contains(exclude, s.items[p].actor) {
							ids = appendUnique(ids, s.items[p].actor)
						}
					}
					found = true
					continue
				}
				if r == asSource && (it.compound || s.hedged[k] || s.private[k] || s.forumAt(k) || it.form == FormCity && !s.cityOrganAt(k)) || r == asTarget && (it.compound && !it.owner || s.private[k] || s.prevWord(k) == "alongside") {
					continue // "fought off the assault alongside AU forces": a partner, however parsed
				}
				if guards&guardForum != 0 && s.forumAt(k) {
					continue
				}
				found = true
				if !contains(exclude, it.actor) {
					ids = appendUnique(ids, it.actor)
				}
			}
			if !found && r == asSource && sl.name == "subj" && len(acts) == 0 && spokesNouns[s.form(t)] {
				// "Pakistan's military said ..., and a military spokesman
				// accused India": the spokesman of the body the sentence named
				if id := s.organOwnerElsewhere(t); id != "" && !contains(exclude, id) {
					ids = appendUnique(ids, id)
				} else {
					blocked = true // an official the text does not place: no other party spoke
				}
			}
			if !found && r == asSource && len(acts) == 0 && (s.agentNoun(t) || organHeads[s.lemma(t)] && s.child(t, "nmod:poss") >= 0 || unknownAgents[s.form(t)]) {
				// "Duque's government", its owner unknown; "whoever carried
				// out the attack": no other party is the agent
				blocked = true
			}
			if k := s.itemOfTok(t); !found && r == asSource && sl.name == "subj" && len(acts) == 0 && forceAct(a.m.trig.frame) && projectileNouns[s.lemma(t)] &&
				s.child(t, "nmod:poss") < 0 && k > 0 && s.items[k-1].kind == wordItem && !s.items[k-1].is("its", "their") {
				blocked = true // "a drone had struck the plant", the IAEA said: a weapon no one owns, not the speaker's
			}
			if !found && r == asTarget && len(acts) > 0 && victimSlots[sl.name] && s.standInObject(acts) {
				blocked = true // "sanctioned US companies": the act falls on others than the party
			}
			if r == asTarget && len(acts) == 0 && a.m.trig.code == "sanction" && victimSlots[sl.name] && (s.tk(t).UPOS == "PROPN" || standInHeads[s.form(t)] || privateHeads[s.form(t)]) {
				blocked = true // "sanctions on Lockheed Martin over arms sales to Taiwan": a company, no party ("tariffs on imports from Mexico" fall on Mexico)
			}
			if guards&guardPartylessObject != 0 && !found && sl.name == "obj" && (isNominal(s.tk(t).UPOS) || s.relPronoun(t)) {
				// "blamed Islamist militants based in Pakistan", "blamed an
				// explosion at a KIA camp", "blamed Iran-backed groups
				// operating in Syria": who is blamed is no party, and where
				// it happened or who backs it accuses no one
				blocked = true
			}
		}
		if len(ids) > 0 {
			if r == asSource {
				a.srcSlot = sl.name
			}
			return ids, i
		}
		if blocked {
			return nil, -1
		}
	}
	return nil, -1
}

// organOwnerElsewhere returns the party that owns, elsewhere in the
// sentence, the body a spokesman at t speaks for ("a military spokesman"
// after "Pakistan's military"), or the state whose organ heads the sentence
// ("The Indian army said ..., and a defence spokesman denied", "The
// Kremlin said ..., and a spokesman added"), or "".
func (s *sent) organOwnerElsewhere(t int) string {
	if id := s.sameOrganOwner(t); id != "" {
		return id
	}
	for r := range s.tree.Tokens {
		if s.head(r) >= 0 || r == t || s.dominates(t, r) {
			continue
		}
		if sb, _ := s.subjTok(r); sb >= 0 && sb != t && (organHeads[s.lemma(sb)] || ownedNoun(s.form(sb)) || spokesNouns[s.form(sb)]) {
			if id := s.stateNamedAt(sb); id != "" {
				return id
			}
		} else if k := s.itemOfTok(sb); sb >= 0 && sb != t && k >= 0 && s.items[k].kind == actorItem && (s.items[k].form == FormOrgan || s.items[k].form == FormAgency) && s.items[k].actorKind == briefbot.State {
			return s.items[k].actor // "The Kremlin blamed Kyiv, and a spokesman said": the organ's state
		}
	}
	return ""
}

// sameOrganOwner returns the state that owns, elsewhere in the sentence, a
// body named by the same word as the spokesman at t's modifier, or "".
func (s *sent) sameOrganOwner(t int) string {
	for c := range s.tree.Tokens {
		if s.head(c) != t || !s.rel(c, "amod") && !s.rel(c, "compound") {
			continue
		}
		for u := range s.tree.Tokens {
			if u == c || s.lemma(u) != s.lemma(c) || s.dominates(t, u) {
				continue
			}
			if id := s.stateNamedAt(u); id != "" {
				return id
			}
		}
	}
	return ""
}

// stateNamedAt returns the first state the noun phrase at t names as its
// own (no private people of it), or "".
func (s *sent) stateNamedAt(t int) string {
	for _, k := range s.nominalActors(t, nil) {
		if it := &s.items[k]; s.c.kind(it.actor) == briefbot.State && !s.private[k] {
			return it.actor
		}
	}
	return ""
}

// victimSlots name whom an act falls on directly: the object, or the
// phrase with "on" or "against".
var victimSlots = set("obj", "nmod:on", "nmod:against", "obl:on", "obl:against", "gov.obl:on", "gov.obl:against")

// standInObject reports actor items that are all others standing in for
// a party ("US companies", "Iran proxies"): an act on them falls on no party.
func (s *sent) standInObject(acts []int) bool {
	for _, k := range acts {
		if k+1 >= len(s.items) || s.items[k+1].kind != wordItem {
			return false
		}
		next := s.items[k+1].text
		if !standInHeads[next] && !(tradeModifiers[next] && k+2 < len(s.items) && standInHeads[s.items[k+2].text]) {
			return false
		}
	}
	return true
}

// agentNouns act on their own: a clause whose subject or agent is one of
// them names an agent that is no actor ("gunmen killed", "struck by
// militants"), not the speaker's forces.
var agentNouns = set("gunman", "gunmen", "militant", "attacker", "assailant", "insurgent", "rebel", "terrorist",
	"jihadist", "man", "men", "bomber", "extremist", "separatist", "criminal", "smuggler", "pirate", "kidnapper",
	"hijacker", "individual", "person", "people", "someone", "protester", "mob", "gang", "cartel", "resident",
	"villager", "civilian", "tribesman", "tribesmen", "fighter", "militia", "militiaman", "militiamen", "assassin",
	"shooter", "unknown", "group", "outfit", "faction", "cell", "organisation", "organization", "movement",
	// people who cross or flee: "600,000 Rohingya have crossed into Bangladesh, according to the UN"
	"refugee", "migrant", "asylum-seeker", "rohingya", "family", "worker", "pilgrim", "tourist", "fisherman", "fishermen",
	"thousands", "hundreds", "dozens")

// agentNoun reports a nominal at t that names people acting on their own.
func (s *sent) agentNoun(t int) bool {
	return agentNouns[s.lemma(t)] || agentNouns[s.form(t)]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func without(ids, exclude []string) []string {
	out := ids[:0:0]
	for _, id := range ids {
		if id != "" && !contains(exclude, id) {
			out = appendUnique(out, id)
		}
	}
	return out
}

// path returns the tokens a tree path leads to from the trigger.
func (s *sent) path(a *analysis, steps []step) []int {
	if len(steps) == 0 {
		return []int{a.head}
	}
	cur := s.stepFrom(a, a.head, steps[0], true, nil)
	for _, st := range steps[1:] {
		if len(cur) == 0 {
			return nil
		}
		var next []int
		for _, t := range cur {
			next = s.stepFrom(a, t, st, false, next)
		}
		cur = next
	}
	return cur
}

// stepFrom appends the tokens one step leads to from t. From the trigger
// (first), the words of a phrase count as the trigger ("launched an
// attack on": "on" may hang on either).
func (s *sent) stepFrom(a *analysis, t int, st step, first bool, dst []int) []int {
	from := []int{t}
	if first {
		if a.phrase == nil {
			a.phrase = s.phraseToks(a) // read once for all the frame's slots
		}
		from = a.phrase
	}
	switch st.rel {
	case "subj":
		if first && a.subj >= 0 && !a.passive {
			return append(dst, a.subj)
		}
		if !first {
			if sb, pass := s.subjTok(t); sb >= 0 && !pass {
				return append(dst, sb)
			}
		}
		return dst
	case "patient":
		if first && a.subj >= 0 && a.passive {
			return append(dst, a.subj)
		}
		return dst
	case "speaker":
		if sp := s.speakerTok(t); sp >= 0 {
			return append(dst, sp)
		}
		return dst
	case "gov":
		// the verb that takes an event noun: "launched strikes", "engaged in clashes"
		if p := s.head(t); p >= 0 && s.eventNounOfVerb(t) && lightVerbs[s.form(p)] {
			return append(dst, p)
		}
		return dst
	case "light":
		// the verb that takes an event noun: "launched strikes", "engaged in clashes"
		p := s.head(t)
		if p >= 0 && s.eventNounOfVerb(t) && s.tk(p).UPOS == "VERB" {
			if sb, pass := s.subjTok(p); sb >= 0 && !pass {
				return append(dst, sb)
			}
			if ag := s.agentTok(p); ag >= 0 {
				return append(dst, ag)
			}
		}
		return dst
	}
	for _, f := range from {
		for j := range s.tree.Tokens {
			tj := &s.tree.Tokens[j]
			if tj.Head != f || first && slices.Contains(from, j) && !(st.rel == "poss" && tj.Rel == "nmod:poss") && st.rel != "agent" {
				continue // a word of the phrase is no party to it: "launched [strikes]" (but a by-phrase in its gap is the agent: "blamed [by Iranian officials] on")
			}
			switch st.rel {
			case "agent":
				if first && (a.noun || f != a.head) {
					continue // an event noun's agent is its nmod:by; "dismissed [claims] by X" names no agent
				}
				if first && a.subj >= 0 && !a.passive && s.child(a.head, "aux:pass") < 0 {
					continue // "challenged assertions by the US": an active clause has its subject, the by-phrase is the object's
				}
				if tj.Rel == "obl:agent" || (tj.Rel == "obl" || tj.Rel == "nmod") && s.caseOf(j) == "by" {
					dst = append(dst, j)
				}
				if tj.Rel == "obj" && first && a.passive {
					// "is designated a terrorist group by Turkey": the
					// by-phrase hung on the second object
					for c := range s.tree.Tokens {
						if s.tree.Tokens[c].Head == j && syntaxObl(s.tree.Tokens[c].Rel) && s.caseOf(c) == "by" {
							dst = append(dst, c)
						}
					}
				}
			case "obj", "iobj", "xcomp", "ccomp", "appos", "conj":
				if tj.Rel != st.rel {
					continue
				}
				if st.rel == "obj" && a.m.trig.frame == frameDeny && (tj.UPOS == "VERB" || tj.UPOS == "AUX") {
					continue // "denied targeting the carrier": an act denied, whose victim accuses no one
				}
				if st.rel == "obj" && s.relPronoun(j) && s.rel(f, "acl") && s.head(f) >= 0 {
					ant := s.head(f)
					if a.m.trig.frame == frameDeny && len(s.nominalActors(ant, nil)) > 0 && !claimNouns[s.form(ant)] && !reportNouns[s.form(ant)] {
						continue // "arming the RSF, which Abu Dhabi denies": what is denied is the charge, not the party (but "a UN report that Bamako rejected" is the UN's)
					}
					if (s.rel(ant, "appos") || s.rel(ant, "conj") && s.child(ant, "cc") < 0) && s.head(ant) >= 0 && len(s.nominalActors(ant, nil)) == 0 {
						ant = s.head(ant) // "Finland's decision to join NATO, a move that Russia condemned": what the apposition (or a conjunct with no "and") names
					}
					dst = append(dst, ant) // "the ADF, which Kampala designated": the antecedent
					continue
				}
				dst = append(dst, j)
			case "acl":
				// (not a relative clause with a subject of its own, on the
				// noun as its object: "an assault the government accused
				// the UAE of supporting")
				if sb := s.child(j, "nsubj"); syntaxRelIs(tj.Rel, "acl") && tj.UPOS == "VERB" && (sb < 0 || s.relPronoun(sb)) {
					dst = append(dst, j) // "an attack that wounded two Israelis": the clause on the noun
				}
			case "relcl":
				if tj.Rel == "acl:relcl" && tj.UPOS == "VERB" {
					dst = append(dst, j) // "the claims Algeria has made": a relative clause, not what the claim says
				}
			case "obl", "nmod":
				if syntaxRelIs(tj.Rel, st.rel) && (st.cas == "" || s.caseOf(j) == st.cas) {
					dst = append(dst, j)
				}
			case "between":
				if (syntaxRelIs(tj.Rel, "obl") || syntaxRelIs(tj.Rel, "nmod")) && (s.caseOf(j) == "between" || s.caseOf(j) == "among") {
					dst = append(dst, j)
				}
			case "poss":
				// "Russia's Ukraine invasion": a possessor is the agent and
				// the name after it the victim; the possessor of another word
				// of the phrase owns that ("violation of its airspace")
				if first && f != a.head && !claimNouns[s.form(f)] {
					continue // but "dismissed [Armenia's] allegations as fake": the claim's author
				}
				if tj.Rel == "compound" && s.statePlace(j) {
					continue // "the Jordan attack", "the Kabul bombing": where, not who
				}
				if tj.Rel == "nmod:poss" || (tj.Rel == "amod" || tj.Rel == "compound") && s.child(f, "nmod:poss") < 0 {
					dst = append(dst, j)
				}
			}
		}
	}
	return dst
}

// statePlace reports a state named by its name or capital at token j,
// after a determiner: as a noun's modifier it says where ("the Jordan attack"), where a demonym or
// an acronym says who ("the Iranian attack", "US strikes").
func (s *sent) statePlace(j int) bool {
	return s.statePlaceItem(s.itemOfTok(j))
}

// statePlaceItem is statePlace for item k, which must follow a
// determiner or, in a headline's words, a preposition: "the Jordan attack",
// "recalls envoy over Gaza bombardment", not "Israel's Gaza offensive".
func (s *sent) statePlaceItem(k int) bool {
	if k <= 0 || s.items[k].kind != actorItem || s.items[k].actorKind != briefbot.State || s.items[k].poss ||
		s.items[k].form != FormName && s.items[k].form != FormCapital && s.items[k].form != FormCity {
		return false
	}
	j := k - 1
	if j > 0 && s.items[j].is("new", "fresh", "latest", "possible", "planned", "renewed", "another", "further") {
		j-- // "decide on new Syria incursion", "a new Gaza offensive"
	}
	if s.items[j].is("the", "a", "an", "this", "that") {
		return true
	}
	// (not "killed in Saudi air strikes", a name read as a nationality)
	t := s.tokOfItem(k)
	return s.items[j].is("over", "after", "in", "for", "amid", "on") && t >= 0 && s.rel(t, "compound")
}

// eventNounOfVerb reports a noun at t that its verb takes as its act:
// "launched [strikes]", "engaged in [clashes]", "[strikes] were carried
// out", "handed the envoy a [note] of protest" (a second object the
// parser may read as xcomp).
func (s *sent) eventNounOfVerb(t int) bool {
	return s.rel(t, "obj") || s.rel(t, "obl") || s.rel(t, "nsubj:pass") || s.rel(t, "xcomp") && isNominal(s.tk(t).UPOS)
}

func syntaxRelIs(got, rel string) bool {
	return got == rel || len(got) > len(rel) && got[len(rel)] == ':' && got[:len(rel)] == rel
}

// phraseToks returns the tokens of the trigger's words: its head first,
// then the tokens of the other words of its phrase that are no actors.
func (s *sent) phraseToks(a *analysis) []int {
	out := []int{a.head}
	for k := a.m.start; k < a.m.end; k++ {
		if s.items[k].kind != wordItem {
			continue
		}
		if t := s.tokOfItem(k); t >= 0 && t != a.head {
			out = append(out, t)
		}
	}
	return out
}

// rules are the slots found by rules over the words rather than the tree:
// fallbacks where the tree names nobody.
var rules = map[string]ruleSlot{
	"h:subj": func(s *sent, a *analysis, _ []string) []string {
		if s.passive(a.m.start) {
			return nil
		}
		if s.hasTree && a.subj >= 0 && s.tk(a.subj).UPOS == "PRON" && s.itemOfTok(a.subj) >= 0 && s.items[s.itemOfTok(a.subj)].kind == wordItem {
			return nil // "He pressed the Taliban to act, accusing the group": a person the text does not place is no party named nearby
		}
		if s.hasTree && a.subj >= 0 && s.head(a.subj) >= 0 && s.rel(s.head(a.subj), "advcl") && s.markOf(s.head(a.subj)) == "with" && s.titledPerson(a.subj) {
			// "Cuba dismissed the report, with Deputy Foreign Minister
			// Carlos Fernandez accusing Washington": an official of no
			// named country, in a clause on the main one, is its subject's
			if main := s.ids(s.subjectOf(s.itemOfTok(s.head(s.head(a.subj))))); len(main) > 0 {
				return main
			}
		}
		if a.noun && a.head >= 0 && s.rel(a.head, "nmod") && s.head(a.head) >= 0 && claimNouns[s.form(s.head(a.head))] {
			return nil // "dismissed the report on the downing of the airliner": a claim's act is not its denier's
		}
		if a.noun && a.head >= 0 && s.caseOf(a.head) == "over" {
			return nil // "recalled their ambassadors over the downing of a drone": the act answered is another's
		}
		if s.hasTree && a.head >= 0 && s.rel(a.head, "xcomp") && s.head(a.head) >= 0 {
			if o := s.child(s.head(a.head), "obj"); o >= 0 && o < a.head && s.itemOfTok(o) >= 0 && s.items[s.itemOfTok(o)].kind == wordItem {
				return nil // "forced Finnair to suspend flights": the one made to act, no party
			}
		}
		return s.ids(s.ruleSubjectOf(a.m.start))
	},
	"h:speaker": func(s *sent, a *analysis, _ []string) []string {
		if s.speculative {
			return nil
		}
		k := s.speaker(a.m.start)
		if k < 0 {
			return nil
		}
		for j := a.m.end; j < k; j++ {
			if s.items[j].is("where", "which", "who", "whom", "whose") {
				return nil // "a surge of aid into the territory, where U.N. agencies say ...": another clause's speaker
			}
		}
		return s.ids(s.group(k)) // "Hamas and the Qatari authorities said"
	},
	"h:obj": func(s *sent, a *analysis, exclude []string) []string {
		var stops map[string]bool
		if a.noun {
			stops = beForms // "Hezbollah's attack was an act of war by Lebanon": the noun phrase ends at its predicate
		}
		end := s.objectEnd(a.m.end, stops)
		if a.noun && a.head >= 0 && s.hasTree {
			// "an assault the government accused the UAE of supporting":
			// a relative clause with a subject of its own names its own
			// parties, not the act's
			for j := range s.tree.Tokens {
				if s.head(j) == a.head && s.rel(j, "acl:relcl") && s.ownSubj(j) >= 0 && !s.relPronoun(s.ownSubj(j)) {
					if first, _ := s.tree.Subtree(j); s.itemOfTok(first) >= a.m.end {
						end = min(end, s.itemOfTok(first))
					}
				}
			}
		}
		for k := a.m.end; k < end && k <= a.m.end+4; k++ {
			if s.items[k].kind == actorItem {
				if s.private[k] && s.standInObject([]int{k}) {
					return nil // "sanctions on three U.S. defence firms over a sale to Taiwan": the firms, no party
				}
				break
			}
		}
		if a.m.trig.code == "sanction" {
			for k := a.m.end + 1; k < end; k++ {
				if s.items[k].is("over") {
					end = k // "sanctions on Lockheed Martin over arms sales to Taiwan": the cause names no target
					break
				}
			}
		}
		if a.m.trig.typ == briefbot.Escalation {
			end = s.purposeEnd(a.m.end, end) // "killed fighters to increase security for Malians": whom it is for suffers nothing
		} else {
			end = s.hostileActEnd(a.m.end, end) // "freed the hostages and killed all 33 attackers": a rescue, no release to the attackers
		}
		tg, _ := s.hostileObjects(a.m.trig, a.m.end, end, exclude)
		tg = slices.DeleteFunc(tg, s.brokeredBy) // "in an exchange mediated by the UAE": the mediator, never a target
		return s.ids(tg)
	},
	"inside": func(s *sent, a *analysis, exclude []string) []string {
		var out []int
		if a.m.trig.code == "prisoner-release" {
			// "freed two French nationals": whom a release frees are their
			// state's, though they are private people
			for k := a.m.start + 1; k < a.m.end; k++ {
				if it := &s.items[k]; it.kind == actorItem && !it.compound && !contains(exclude, it.actor) {
					out = append(out, k)
				}
			}
			return s.ids(out)
		}
		agent := -1
		if a.m.start+1 < len(s.items) && s.items[a.m.start+1].is("by") {
			agent = s.byAgent(a.m.start + 1) // "operations [by the Pakistani military] against": the author, no target
		}
		for _, k := range s.insideActors(a.m, exclude) {
			if k+1 < len(s.items) && s.items[k+1].kind == wordItem && ownedActs[s.items[k+1].text] || k == agent {
				continue // "reimposed [U.N.] sanctions": their owner, not their target
			}
			if a.m.trig.frame == frameLaunch && s.weaponMaker(k, a.m.end) {
				continue // "fired [British] Storm Shadow missiles at": who made them, not whom they hit
			}
			out = append(out, k)
		}
		return s.ids(out)
	},
	"home": func(s *sent, a *analysis, exclude []string) []string { return s.homeOf(a.m, exclude) },
	// the by-phrase right after a passive the tree misread: "was condemned
	// by the United Nations for violating ..."
	"h:agent": func(s *sent, a *analysis, _ []string) []string {
		if !s.passive(a.m.start) {
			return nil
		}
		if k := s.byAgentWithin(a.m.end, 1); k >= 0 {
			return s.ids(s.group(k))
		}
		return nil
	},
}

// onlyForums reports parties that the sentence names only as forums: "a
// case at the ICJ accusing the UAE" is not the court's accusation.
func (s *sent) onlyForums(ids []string) bool {
	named := false
	for _, id := range ids {
		for k := range s.items {
			if s.items[k].kind == actorItem && s.items[k].actor == id {
				if !s.forumAt(k) {
					return false
				}
				named = true
			}
		}
	}
	return named // a party a rule finds outside the sentence is no forum
}

// forumAt reports an international body at item k that a protest or
// complaint is lodged with or taken to: "will file a complaint with the UN
// Security Council" protests to it, not against it. A state there is the
// party protested ("lodged a protest with Iran").
func (s *sent) forumAt(k int) bool {
	if s.c.kind(s.items[k].actor) != briefbot.IGO {
		return false
	}
	p := s.prevWord(k)
	if p == "to" {
		for j := k - 1; j > 0; j-- {
			if s.items[j].is("to") {
				return !s.items[j-1].is("according") // "according to the UN" names a speaker
			}
		}
	}
	return p == "with" || p == "to" || p == "at" || p == "before"
}

// titledPerson reports a name at token t that no party owns, given with an
// official's title: "Deputy Foreign Minister Carlos Fernandez".
func (s *sent) titledPerson(t int) bool {
	if s.tk(t).UPOS != "PROPN" || s.itemOfTok(t) < 0 || s.items[s.itemOfTok(t)].kind != wordItem {
		return false
	}
	for j := range s.tree.Tokens {
		if s.head(j) == t && (s.rel(j, "nmod:desc") || s.rel(j, "compound")) && organNouns[lower(s.form(j))] {
			return true
		}
	}
	return false
}
