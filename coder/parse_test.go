package coder

import (
	"testing"

	"github.com/briefbot/briefbot/coder/syntax"
)

// parsed returns the sentence of text, tokenised and parsed as Code does.
func parsed(t *testing.T, text string) *sent {
	t.Helper()
	c := testCoder()
	ms := c.g.Mentions(text)
	s := &sent{}
	s.reset(c, &discourse{}, text, span{0, len(text)}, tokenize(text, 0, len(text), ms, c.kind, nil))
	if !s.parse() {
		t.Fatalf("%s: not parsed", text)
	}
	return s
}

// tokenAt returns the token whose form is form.
func tokenAt(t *testing.T, s *sent, form string) int {
	t.Helper()
	for i := range s.tree.Tokens {
		if s.tree.Tokens[i].Form == form {
			return i
		}
	}
	t.Fatalf("no token %q", form)
	return -1
}

// moveDependents hangs the dependents of from with relation rel on to, as
// a misparse would have them.
func moveDependents(toks []syntax.Token, from int, rel string, to int) {
	for u := range toks {
		if toks[u].Head == from && toks[u].Rel == rel {
			toks[u].Head = to
		}
	}
}

// The repairs mend attachments the parser gets wrong; each case breaks a
// correct parse the way the parser does on news text, and repairs it.
func TestRepairParticipleOnInfinitive(t *testing.T) {
	s := parsed(t, "Vietnam blamed the clash on an attempt by China to change the rules, rebutting Beijing's claims.")
	toks := s.tree.Tokens
	root, inf, part := tokenAt(t, s, "blamed"), tokenAt(t, s, "change"), tokenAt(t, s, "rebutting")
	toks[part].Head, toks[part].Rel = inf, "advcl" // as the parser hangs it
	s.repair()
	if toks[part].Head != root {
		t.Errorf("rebutting hangs on %q, want the main verb %q", toks[toks[part].Head].Form, toks[root].Form)
	}
}

func TestRepairSubjectsJoinedByConjunction(t *testing.T) {
	s := parsed(t, "Chad's army and the rival rebels have agreed to a truce.")
	toks := s.tree.Tokens
	army, rebels, and, agreed := tokenAt(t, s, "army"), tokenAt(t, s, "rebels"), tokenAt(t, s, "and"), tokenAt(t, s, "agreed")
	toks[army].Head, toks[army].Rel = agreed, "nsubj" // as the parser hangs it
	toks[rebels].Head, toks[rebels].Rel = agreed, "nsubj"
	toks[and].Head, toks[and].Rel = agreed, "cc"
	s.repair()
	if toks[rebels].Head != army || toks[rebels].Rel != "conj" || toks[and].Head != rebels {
		t.Errorf("rebels hangs on %q as %s, want a conjunct of the army", toks[toks[rebels].Head].Form, toks[rebels].Rel)
	}
}

func TestRepairNominalRootBeforeJoinedClause(t *testing.T) {
	s := parsed(t, "Thai troops and the Cambodian army fought near the temple.")
	toks := s.tree.Tokens
	troops, army, and, fought := tokenAt(t, s, "troops"), tokenAt(t, s, "army"), tokenAt(t, s, "and"), tokenAt(t, s, "fought")
	toks[troops].Head, toks[troops].Rel = -1, "root" // as the parser reads it: a noun phrase, then a clause
	toks[fought].Head, toks[fought].Rel = troops, "conj"
	toks[army].Head, toks[army].Rel = fought, "nsubj"
	toks[and].Head, toks[and].Rel = fought, "cc"
	moveDependents(toks, fought, "punct", troops)
	s.repair()
	if toks[fought].Rel != "root" || toks[troops].Head != fought || toks[troops].Rel != "nsubj" || toks[army].Head != troops || toks[army].Rel != "conj" || toks[and].Head != army {
		t.Errorf("fought is %s, troops %s of %q, army %s of %q: want the verb the root, the troops its subject and the army their conjunct",
			toks[fought].Rel, toks[troops].Rel, toks[max(0, toks[troops].Head)].Form, toks[army].Rel, toks[max(0, toks[army].Head)].Form)
	}
	if p := tokenAt(t, s, "."); toks[p].Head != fought {
		t.Errorf("the full stop hangs on %q, want the verb", toks[toks[p].Head].Form)
	}
}

func TestRepairListOfNames(t *testing.T) {
	s := parsed(t, "Senegal, the Ivory Coast, Ghana and Benin closed their borders.")
	toks := s.tree.Tokens
	senegal, coast, ghana, benin, and, closed := tokenAt(t, s, "Senegal"), tokenAt(t, s, "Coast"), tokenAt(t, s, "Ghana"), tokenAt(t, s, "Benin"), tokenAt(t, s, "and"), tokenAt(t, s, "closed")
	// as the parser reads it: the first name a modifier of the second,
	// which is the subject, and the third an apposition of the second
	toks[coast].Head, toks[coast].Rel = closed, "nsubj"
	toks[senegal].Head, toks[senegal].Rel = coast, "nmod"
	toks[ghana].Head, toks[ghana].Rel = coast, "appos"
	toks[benin].Head, toks[benin].Rel = ghana, "conj"
	s.repair()
	if toks[senegal].Head != closed || toks[senegal].Rel != "nsubj" {
		t.Errorf("Senegal is %s of %q, want the subject of closed", toks[senegal].Rel, toks[max(0, toks[senegal].Head)].Form)
	}
	for _, n := range []int{coast, ghana, benin} {
		if toks[n].Head != senegal || toks[n].Rel != "conj" {
			t.Errorf("%s is %s of %q, want a conjunct of Senegal", toks[n].Form, toks[n].Rel, toks[max(0, toks[n].Head)].Form)
		}
	}
	if toks[and].Head != benin || toks[and].Rel != "cc" {
		t.Errorf("and is %s of %q, want the conjunction of Benin", toks[and].Rel, toks[max(0, toks[and].Head)].Form)
	}
}

func TestRepairHyphenatedModifierReadAsAgent(t *testing.T) {
	s := parsed(t, "Two rockets fired by Iran-backed Houthi rebels in Yemen fell short.")
	toks := s.tree.Tokens
	fired, iran, backed, rebels, yemen := tokenAt(t, s, "fired"), tokenAt(t, s, "Iran"), tokenAt(t, s, "backed"), tokenAt(t, s, "rebels"), tokenAt(t, s, "Yemen")
	// as the parser hangs them: the name as the by-phrase, the
	// participle as a verb whose object is the noun
	toks[iran].Head, toks[iran].Rel = fired, "obl:agent"
	toks[backed].Head, toks[backed].Rel = fired, "parataxis"
	toks[rebels].Head, toks[rebels].Rel = backed, "obj"
	toks[yemen].Head, toks[yemen].Rel = backed, "obl"
	s.repair()
	if toks[rebels].Head != fired || toks[rebels].Rel != "obl:agent" || toks[backed].Head != rebels || toks[iran].Head != backed || toks[yemen].Head != rebels {
		t.Errorf("rebels hangs on %q as %s, backed on %q, Iran on %q, Yemen on %q; want the rebels the agent, modified by Iran-backed, in Yemen",
			toks[toks[rebels].Head].Form, toks[rebels].Rel, toks[toks[backed].Head].Form, toks[toks[iran].Head].Form, toks[toks[yemen].Head].Form)
	}
}

func TestRepairHyphenatedModifierOpeningTheSubject(t *testing.T) {
	s := parsed(t, "Saudi-led forces, backing the government, have fought the rebels.")
	toks := s.tree.Tokens
	led, forces, backing, fought := tokenAt(t, s, "led"), tokenAt(t, s, "forces"), tokenAt(t, s, "backing"), tokenAt(t, s, "fought")
	// as the parser hangs them: the participle as a clause of the verb,
	// the noun as its object
	for j := range toks {
		if toks[j].Head == fought && toks[j].Rel == "nsubj" {
			toks[j].Head, toks[j].Rel = led, "obj"
		}
	}
	toks[led].Head, toks[led].Rel = fought, "advcl"
	toks[forces].Head, toks[forces].Rel = led, "obj"
	toks[backing].Head, toks[backing].Rel = led, "advcl"
	s.repair()
	if toks[forces].Head != fought || toks[forces].Rel != "nsubj" || toks[led].Head != forces || toks[backing].Head != forces {
		t.Errorf("forces hangs on %q as %s, led on %q, backing on %q; want the forces the subject, modified by Saudi-led",
			toks[toks[forces].Head].Form, toks[forces].Rel, toks[toks[led].Head].Form, toks[toks[backing].Head].Form)
	}
}

func TestRepairNameAfterNounReadAsSubject(t *testing.T) {
	s := parsed(t, "Soldiers shot four gunmen of the proxy group Fitna al-Khawarij, the Pakistani army said.")
	toks := s.tree.Tokens
	said, name := tokenAt(t, s, "said"), tokenAt(t, s, "Fitna")
	toks[name].Head, toks[name].Rel = said, "nsubj" // as the parser hangs it
	s.repair()
	if toks[name].Head != name-1 || toks[name].Rel != "appos" {
		t.Errorf("Fitna hangs on %q as %s, want an apposition of the noun before it", toks[toks[name].Head].Form, toks[name].Rel)
	}
}

func TestRepairNameWithAppositionBeforeItsVerb(t *testing.T) {
	s := parsed(t, "Kataib Hezbollah, a militia backed by Tehran, claims to have struck a US base.")
	toks := s.tree.Tokens
	name, det, militia, claims := tokenAt(t, s, "Kataib"), tokenAt(t, s, "a"), tokenAt(t, s, "militia"), tokenAt(t, s, "claims")
	// as the parser hangs it: the name the root, the verb a relative
	// clause of it whose subject is the apposition
	for i := range toks {
		if toks[i].Head < 0 {
			toks[i].Head, toks[i].Rel = name, "dep"
		}
	}
	toks[name].Head, toks[name].Rel = -1, "root"
	toks[claims].Head, toks[claims].Rel, toks[claims].UPOS = name, "acl:relcl", "NOUN"
	toks[militia].Head, toks[militia].Rel = claims, "nsubj"
	toks[det].Head = militia
	s.repair()
	if toks[claims].Head != -1 || toks[name].Head != claims || toks[name].Rel != "nsubj" || toks[militia].Head != name || toks[militia].Rel != "appos" {
		t.Errorf("claims <- %d %s, Kataib <- %d %s, militia <- %d %s; want claims the root, Kataib its subject, militia Kataib's apposition",
			toks[claims].Head, toks[claims].Rel, toks[name].Head, toks[name].Rel, toks[militia].Head, toks[militia].Rel)
	}
}

func TestRepairReducedRelativeReadAsMainVerb(t *testing.T) {
	for _, tc := range []struct{ text, subj, realVerbRel string }{
		{"Shells fired by Armenian troops landed inside Azerbaijan.", "Shells", "acl"},
		{"A rocket fired by the Houthis hit a port in Saudi Arabia.", "rocket", "advcl"},
	} {
		s := parsed(t, tc.text)
		toks := s.tree.Tokens
		subj, fired := tokenAt(t, s, tc.subj), tokenAt(t, s, "fired")
		agent := s.child(fired, "obl:agent")
		if agent < 0 {
			t.Fatalf("%s: no agent of fired", tc.text)
		}
		verb := agent + 1
		// as the parser hangs it: the participle the main verb, the real
		// verb on its agent or on it
		toks[fired].Head, toks[fired].Rel = -1, "root"
		toks[subj].Head, toks[subj].Rel = fired, "nsubj"
		toks[verb].Head = agent
		if tc.realVerbRel == "advcl" {
			toks[verb].Head = fired
		}
		toks[verb].Rel = tc.realVerbRel
		s.repair()
		if toks[verb].Rel != "root" || toks[subj].Head != verb || toks[fired].Head != subj || toks[fired].Rel != "acl" {
			t.Errorf("%s: %s is %s, its subject hangs on %q, fired is %s of %q; want the reduced relative on the subject",
				tc.text, toks[verb].Form, toks[verb].Rel, toks[toks[subj].Head].Form, toks[fired].Rel, toks[max(0, toks[fired].Head)].Form)
		}
	}
}

func TestRepairMainVerbAfterRelativeClause(t *testing.T) {
	s := parsed(t, "The ADF, which Uganda designated a terrorist group, attacked a school.")
	toks := s.tree.Tokens
	adf, designated, attacked := tokenAt(t, s, "ADF"), tokenAt(t, s, "designated"), tokenAt(t, s, "attacked")
	// as the parser hangs it: the noun the root, the main verb a conjunct
	// of the relative clause's verb
	toks[adf].Head, toks[adf].Rel = -1, "root"
	toks[designated].Head, toks[designated].Rel = adf, "acl:relcl"
	toks[attacked].Head, toks[attacked].Rel = designated, "conj"
	moveDependents(toks, attacked, "nsubj", designated)
	s.repair()
	if toks[attacked].Rel != "root" || toks[adf].Head != attacked || toks[adf].Rel != "nsubj" {
		t.Errorf("attacked is %s, ADF is %s of %q; want attacked the main verb of ADF", toks[attacked].Rel, toks[adf].Rel, toks[max(0, toks[adf].Head)].Form)
	}
}

func TestRepairVocativeBeforeVerb(t *testing.T) {
	s := parsed(t, "Chad, along with its allies Niger and Mali, announced the expulsion of French diplomats.")
	toks := s.tree.Tokens
	chad, allies, announced := tokenAt(t, s, "Chad"), tokenAt(t, s, "allies"), tokenAt(t, s, "announced")
	// as the parser hangs it: the name a vocative, the party along with
	// it an oblique of the verb
	toks[chad].Head, toks[chad].Rel = announced, "vocative"
	toks[allies].Head, toks[allies].Rel = announced, "obl"
	s.repair()
	if toks[chad].Rel != "nsubj" || toks[allies].Head != chad || toks[allies].Rel != "nmod" {
		t.Errorf("Chad is %s, allies is %s of %q; want Chad the subject and its allies with it", toks[chad].Rel, toks[allies].Rel, toks[toks[allies].Head].Form)
	}
}

func TestRepairNounReadAsVerbInActNoun(t *testing.T) {
	s := parsed(t, "Israel vowed to respond to Iran's missile and drone attack on Haifa.")
	toks := s.tree.Tokens
	respond, iran, missile, drone, attack := tokenAt(t, s, "respond"), tokenAt(t, s, "Iran"), tokenAt(t, s, "missile"), tokenAt(t, s, "drone"), tokenAt(t, s, "attack")
	// as the parser hangs it: "drone" a verb joined to "respond", with
	// "attack" its object, and "missile" the oblique of "respond"
	toks[missile].Head, toks[missile].Rel = respond, "obl"
	toks[iran].Head = missile
	toks[tokenAt(t, s, "'s")].Head = iran
	toks[missile-3].Head = missile // "to"
	toks[drone].Head, toks[drone].Rel, toks[drone].UPOS = respond, "conj", "VERB"
	toks[attack].Head, toks[attack].Rel = drone, "obj"
	s.repair()
	if toks[attack].Head != respond || toks[attack].Rel != "obl" || toks[missile].Head != attack || toks[iran].Head != attack || toks[drone].UPOS != "NOUN" {
		t.Errorf("attack is %s of %q, missile hangs on %q, Iran on %q, drone is %s; want the act noun heading its modifiers",
			toks[attack].Rel, toks[max(0, toks[attack].Head)].Form, toks[toks[missile].Head].Form, toks[toks[iran].Head].Form, toks[drone].UPOS)
	}
}

func TestRepairClauseMarkReadAsPreposition(t *testing.T) {
	s := parsed(t, "Pyongyang threatened retaliation after Japan and Korea began drills.")
	toks := s.tree.Tokens
	after, japan, began, retaliation := tokenAt(t, s, "after"), tokenAt(t, s, "Japan"), tokenAt(t, s, "began"), tokenAt(t, s, "retaliation")
	// as the parser hangs it: "after Japan" a prepositional phrase, "began"
	// a clause with no subject
	toks[after].Head, toks[after].Rel = japan, "case"
	toks[japan].Head, toks[japan].Rel = retaliation, "nmod"
	moveDependents(toks, began, "mark", japan)
	s.repair()
	if toks[japan].Head != began || toks[japan].Rel != "nsubj" || toks[after].Head != began || toks[after].Rel != "mark" {
		t.Errorf("Japan is %s of %q, after is %s of %q; want the subject and the mark of began", toks[japan].Rel, toks[toks[japan].Head].Form, toks[after].Rel, toks[toks[after].Head].Form)
	}
}

func TestRepairVocativeWithRelativeClause(t *testing.T) {
	s := parsed(t, "Russia, which invaded Ukraine in 2022, struck Kyiv overnight.")
	toks := s.tree.Tokens
	russia, which, invaded, struck := tokenAt(t, s, "Russia"), tokenAt(t, s, "which"), tokenAt(t, s, "invaded"), tokenAt(t, s, "struck")
	// as the parser hangs it: the name a vocative of the relative clause's
	// verb, the root, and the main verb a conjunct of it
	toks[invaded].Head, toks[invaded].Rel = -1, "root"
	toks[russia].Head, toks[russia].Rel = invaded, "vocative"
	toks[which].Head, toks[which].Rel = invaded, "nsubj"
	toks[struck].Head, toks[struck].Rel = invaded, "conj"
	moveDependents(toks, struck, "nsubj", invaded)
	s.repair()
	if toks[struck].Rel != "root" || toks[russia].Head != struck || toks[russia].Rel != "nsubj" || toks[invaded].Head != russia || toks[invaded].Rel != "acl:relcl" {
		t.Errorf("struck is %s, Russia %s of %q, invaded %s of %q; want struck the main verb of Russia, invaded its relative clause",
			toks[struck].Rel, toks[russia].Rel, toks[max(0, toks[russia].Head)].Form, toks[invaded].Rel, toks[max(0, toks[invaded].Head)].Form)
	}
}

func TestRepairClauseAfterReportingParticiple(t *testing.T) {
	s := parsed(t, "The rebels said they shot down a jet, with an army spokesman saying no aircraft was lost.")
	toks := s.tree.Tokens
	shot, saying, lost := tokenAt(t, s, "shot"), tokenAt(t, s, "saying"), tokenAt(t, s, "lost")
	toks[lost].Head, toks[lost].Rel = shot, "ccomp" // as the parser hangs it: a complement of the earlier verb
	s.repair()
	if toks[lost].Head != saying || toks[lost].Rel != "ccomp" {
		t.Errorf("lost is %s of %q, want the complement of saying", toks[lost].Rel, toks[max(0, toks[lost].Head)].Form)
	}
}

func TestRepairAppositionReadAsClause(t *testing.T) {
	s := parsed(t, "Fighters from the ADF, a group allied to the Islamic State, attacked a Congolese army camp in Beni.")
	toks := s.tree.Tokens
	fighters, group, allied, attacked := tokenAt(t, s, "Fighters"), tokenAt(t, s, "group"), tokenAt(t, s, "allied"), tokenAt(t, s, "attacked")
	// as the parser reads it: "a group allied to" a clause, the main verb
	// its conjunct and the noun phrase before the comma an oblique
	toks[allied].Head, toks[allied].Rel = -1, "root"
	toks[group].Head, toks[group].Rel = allied, "nsubj"
	toks[fighters].Head, toks[fighters].Rel = allied, "obl"
	toks[attacked].Head, toks[attacked].Rel = allied, "conj"
	s.repair()
	if toks[attacked].Rel != "root" || toks[fighters].Head != attacked || toks[fighters].Rel != "nsubj" {
		t.Errorf("attacked is %s, fighters %s of %q: want the verb the root and the fighters its subject",
			toks[attacked].Rel, toks[fighters].Rel, toks[max(0, toks[fighters].Head)].Form)
	}
	if toks[group].Head != fighters || toks[group].Rel != "appos" || toks[allied].Head != group || toks[allied].Rel != "acl" {
		t.Errorf("group is %s of %q, allied %s of %q: want an apposition of the fighters that the participle describes",
			toks[group].Rel, toks[max(0, toks[group].Head)].Form, toks[allied].Rel, toks[max(0, toks[allied].Head)].Form)
	}
}

func TestRepairRelativePronounObject(t *testing.T) {
	s := parsed(t, "Lagos fought the militants in Borno, whom it blames for the bombings.")
	toks := s.tree.Tokens
	militants, whom, it, blames := tokenAt(t, s, "militants"), tokenAt(t, s, "whom"), tokenAt(t, s, "it"), tokenAt(t, s, "blames")
	// as the parser reads it: both pronouns subjects of a verb joined to
	// the main clause
	toks[whom].Head, toks[whom].Rel = blames, "nsubj"
	toks[it].Head, toks[it].Rel = blames, "nsubj"
	toks[blames].Head, toks[blames].Rel = tokenAt(t, s, "fought"), "conj"
	s.repair()
	if toks[whom].Rel != "obj" || toks[it].Rel != "nsubj" {
		t.Errorf("whom is %s and it %s, want the object and the subject", toks[whom].Rel, toks[it].Rel)
	}
	if toks[blames].Head != militants || toks[blames].Rel != "acl:relcl" {
		t.Errorf("blames is %s of %q, want a relative clause of the militants", toks[blames].Rel, toks[max(0, toks[blames].Head)].Form)
	}
}

func TestRepairNameAfterAndReadAsApposition(t *testing.T) {
	s := parsed(t, "Juba's army seized the town on Tuesday, and President Omar al-Bashir vowed to retake it, calling the move aggression.")
	toks := s.tree.Tokens
	seized, tuesday, omar, vowed, calling := tokenAt(t, s, "seized"), tokenAt(t, s, "Tuesday"), tokenAt(t, s, "Omar"), tokenAt(t, s, "vowed"), tokenAt(t, s, "calling")
	// as the parser reads it: the name an apposition of the day, the verb
	// after it a clause of the main verb without a subject, and the
	// participle hung on the main verb
	toks[omar].Head, toks[omar].Rel = tuesday, "appos"
	toks[vowed].Head, toks[vowed].Rel = seized, "advcl"
	toks[calling].Head, toks[calling].Rel = seized, "advcl"
	moveDependents(toks, vowed, "cc", omar)
	moveDependents(toks, vowed, "punct", omar)
	s.repair()
	if toks[omar].Head != vowed || toks[omar].Rel != "nsubj" || toks[vowed].Head != seized || toks[vowed].Rel != "conj" {
		t.Errorf("Omar is %s of %q, vowed %s of %q: want the subject of a clause joined to the main one",
			toks[omar].Rel, toks[max(0, toks[omar].Head)].Form, toks[vowed].Rel, toks[max(0, toks[vowed].Head)].Form)
	}
	if toks[calling].Head != vowed {
		t.Errorf("calling hangs on %q, want the joined clause's verb", toks[max(0, toks[calling].Head)].Form)
	}
}

func TestRepairHyphenatedLeaderReadAsRoot(t *testing.T) {
	s := parsed(t, "Hamas-led fighters killed dozens of people in southern Israel.")
	toks := s.tree.Tokens
	led, fighters, killed := tokenAt(t, s, "led"), tokenAt(t, s, "fighters"), tokenAt(t, s, "killed")
	// as the parser reads it: "Hamas led" the root, taking the clause
	toks[led].Head, toks[led].Rel = -1, "root"
	toks[killed].Head, toks[killed].Rel = led, "ccomp"
	toks[fighters].Head, toks[fighters].Rel = killed, "nsubj"
	s.repair()
	if toks[killed].Rel != "root" || toks[led].Head != fighters || toks[led].Rel != "amod" {
		t.Errorf("killed is %s, led %s of %q: want the verb the root and the participle a modifier of the fighters",
			toks[killed].Rel, toks[led].Rel, toks[max(0, toks[led].Head)].Form)
	}
}

func TestRepairObjectShiftedAfterOblique(t *testing.T) {
	s := parsed(t, "Baghdad condemned in a statement a series of airstrikes conducted by Turkish jets.")
	toks := s.tree.Tokens
	condemned, statement, series, conducted := tokenAt(t, s, "condemned"), tokenAt(t, s, "statement"), tokenAt(t, s, "series"), tokenAt(t, s, "conducted")
	// as the parser reads it: the object the subject of a relative clause
	// on the oblique's noun
	toks[conducted].Head, toks[conducted].Rel = statement, "acl"
	toks[series].Head, toks[series].Rel = conducted, "nsubj"
	s.repair()
	if toks[series].Head != condemned || toks[series].Rel != "obj" || toks[conducted].Head != series || toks[conducted].Rel != "acl" {
		t.Errorf("series is %s of %q, conducted %s of %q: want the verb's object, described by the participle",
			toks[series].Rel, toks[max(0, toks[series].Head)].Form, toks[conducted].Rel, toks[max(0, toks[conducted].Head)].Form)
	}
}
