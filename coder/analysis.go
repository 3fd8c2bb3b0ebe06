package coder

import (
	"strings"
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
}

// flag is one reason a trigger may state no event.
type flag uint16

const (
	flagNegated      flag = 1 << iota // "did not strike", "no strikes", "refused to talk"
	flagHypothetical                  // "could strike", "if Iran strikes", "plans to strike", "any attack"
	flagHedged                        // the writer hedges: "reportedly struck", "an alleged strike"
	flagUnconfirmed                   // inside "reports that", "rumours of"
	flagPurpose                       // an aim, not an act: "to degrade their ability to attack"
	flagQuestion                      // the sentence asks
	flagVictims                       // a participle naming victims: "among those killed"
)

var flagNames = map[string]flag{
	"negated": flagNegated, "hypothetical": flagHypothetical, "hedged": flagHedged,
	"unconfirmed": flagUnconfirmed, "purpose": flagPurpose, "question": flagQuestion, "victims": flagVictims,
}

// analyze reads the trigger m from the tree, or from the rules when the
// sentence has no tree.
func (s *sent) analyze(m match) analysis {
	a := analysis{m: m, head: -1, subj: -1}
	if n := len(s.items); n > 0 && s.items[n-1].is("?") {
		a.flags |= flagQuestion
	}
	if !s.hasTree {
		a.flags |= s.ruleFlags(m)
		return a
	}
	a.head = s.predTok(m.start)
	if a.head < 0 {
		a.flags |= s.ruleFlags(m)
		return a
	}
	switch s.tk(a.head).UPOS {
	case "NOUN", "PROPN":
		a.noun = true
	}
	if !a.noun {
		a.subj, a.passive = s.subjTok(a.head)
	}
	a.flags |= s.treeFlags(&a)
	return a
}

// ruleFlags are the flags of a trigger in a sentence the tree could not
// read.
func (s *sent) ruleFlags(m match) flag {
	var f flag
	h := m.start
	if s.negated(h) {
		f |= flagNegated
	}
	if s.hypothetical(h) && !s.calmingIntent(h) {
		f |= flagHypothetical
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
	// modalAux make a verb a possibility: "could strike".
	modalAux = set("could", "might", "may", "would", "should", "can", "must", "ought")
	// doubtGovernors take an act that has not happened: "plans to strike",
	// "refused to talk" (negated), "is expected to".
	doubtGovernors = set("plan", "consider", "weigh", "mull", "seek", "want", "hope", "propose", "intend", "expect",
		"aim", "try", "attempt", "prepare", "threaten", "need", "wish", "like", "offer", "ready", "likely",
		"possible", "able", "unable", "willing", "prevent", "deter", "thwart", "foil", "avert", "stop", "aimed",
		"design", "designed", "urge", "call", "ask", "demand", "push", "press", "allow", "decline")
	negGovernors = set("refuse", "decline", "fail", "deny", "avoid", "stop", "cease", "halt")
	// doubtNouns mark what they modify as not yet done: "any attack",
	// "possible strikes".
	doubtNouns = set("any", "possible", "potential", "future", "further", "planned", "proposed", "imminent",
		"alleged", "suspected", "purported", "apparent", "presumed", "feared", "reported")
	// unconfirmedNouns take a content that the writer does not state:
	// "reports that", "rumours of".
	unconfirmedNouns = set("report", "rumour", "rumor", "speculation", "claim", "suggestion", "fear", "remark",
		"comment", "concern", "warning", "allegation", "accusation", "charge")
	// decisionNouns take an act that happens: "the decision to recall".
	decisionNouns = set("decision", "move", "order", "step", "bid", "vote", "announcement")
)

// treeFlags reads the flags of the trigger a from the tree.
func (s *sent) treeFlags(a *analysis) flag {
	var f flag
	h := a.head
	for j := range s.tree.Tokens {
		t := &s.tree.Tokens[j]
		if t.Head != h {
			continue
		}
		w := lower(t.Form)
		switch {
		case (t.Rel == "advmod" || t.Rel == "det" || t.Rel == "neg") && (w == "not" || w == "n't" || w == "never" || w == "no"):
			f |= flagNegated
		case t.Rel == "aux" && modalAux[w]:
			f |= flagHypothetical
		case t.Rel == "mark" && (w == "if" || w == "unless" || w == "whether"):
			f |= flagHypothetical
		case (t.Rel == "amod" || t.Rel == "det") && a.noun && doubtNouns[w]:
			if w == "alleged" || w == "suspected" || w == "purported" || w == "apparent" || w == "presumed" || w == "reported" {
				f |= flagHedged
			} else {
				f |= flagHypothetical
			}
		case t.Rel == "advmod" && hedgeAdverbs[w]:
			if s.speakerTok(h) < 0 {
				f |= flagHedged
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
		case t.Rel == "xcomp" || t.Rel == "ccomp" && s.markOf(cur) == "to":
			l := s.lemma(p)
			if negGovernors[l] {
				f |= flagNegated
			} else if doubtGovernors[l] {
				f |= flagHypothetical
			}
			for j := range s.tree.Tokens {
				if s.tree.Tokens[j].Head == p && s.tree.Tokens[j].Rel == "aux" && modalAux[s.form(j)] {
					f |= flagHypothetical
				}
				if s.tree.Tokens[j].Head == p && (s.tree.Tokens[j].Rel == "advmod") && (s.form(j) == "not" || s.form(j) == "n't" || s.form(j) == "never") {
					f |= flagNegated
				}
			}
		case t.Rel == "acl" && cur == h && (s.form(p) == "those" || s.form(p) == "people"):
			f |= flagVictims // "among those killed"
		case t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "acl:relcl" || t.Rel == "ccomp":
			switch s.markOf(cur) {
			case "if", "unless", "whether":
				f |= flagHypothetical
			case "to":
				if t.Rel == "advcl" || t.Rel == "acl" && !decisionNouns[s.lemma(p)] {
					f |= flagPurpose
				}
			}
			if (t.Rel == "acl" || t.Rel == "ccomp") && unconfirmedNouns[s.lemma(p)] && s.tk(p).UPOS == "NOUN" {
				f |= flagUnconfirmed
			}
		case t.Rel == "nmod" && s.caseOf(cur) == "of" && unconfirmedNouns[s.lemma(p)]:
			f |= flagUnconfirmed // "rumours of strikes"
		}
		if t.Rel == "conj" || t.Rel == "xcomp" || t.Rel == "ccomp" || t.Rel == "advcl" || t.Rel == "acl" || t.Rel == "nmod" {
			cur = p
			continue
		}
		break
	}
	return f
}

// reportingLemmas are the verbs whose subject speaks for a clause they take.
var reportingLemmas = set("say", "tell", "add", "state", "announce", "report", "claim", "insist", "note",
	"confirm", "declare", "write", "tweet", "post", "allege", "assert", "argue", "stress", "explain", "warn",
	"accuse", "charge", "reiterate", "emphasise", "emphasize", "maintain", "contend", "acknowledge", "admit",
	"quote", "cite", "believe", "suggest", "indicate", "show")

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
			if t.Rel == "parataxis" && reportingLemmas[lower(t.Lemma)] {
				if sb := s.child(j, "nsubj"); sb >= 0 {
					return sb // "Y struck Z, X said"
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
