package coder

import (
	"strings"
	"testing"
	"time"

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

// arc hangs the token dep on the token head (the root when head is "")
// with the relation rel; tokens are named by their first form.
type arc struct{ dep, head, rel string }

// The repairs mend attachments the parser gets wrong; each case breaks a
// correct parse the way the parser does on news text (misparse, after
// moving some dependents of one token to another), repairs it, and checks
// the arcs it must have.
func TestRepairs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		misparse   []arc
		moves      []arc // the dependents of dep with rel move to head
		want       []arc
	}{
		{"a past verb read as the conjunct of a gerund a verb takes is that verb's conjunct",
			"Rwanda denied backing M23 and said Congolese forces had shelled Rwandan villages.",
			[]arc{{"said", "backing", "conj"}}, nil,
			[]arc{{"said", "denied", "conj"}}},
		{"a bare relative clause on a deal, read as the verb's adverbial, is on the deal, and the particle read as its preposition is the verb's",
			"The TTP called off the ceasefire it had agreed with the government in June.",
			[]arc{{"agreed", "called", "advcl"}, {"off", "ceasefire", "case"}, {"ceasefire", "called", "obl"}}, nil,
			[]arc{{"agreed", "ceasefire", "acl:relcl"}, {"off", "called", "compound:prt"}, {"ceasefire", "called", "obj"}}},
		{"and so read as its complement, whose conjunct is the main verb's",
			"The TTP on Monday called off the ceasefire it had agreed with the government in June and ordered its fighters to carry out attacks.",
			[]arc{{"agreed", "called", "ccomp"}, {"ordered", "agreed", "conj"}}, nil,
			[]arc{{"agreed", "ceasefire", "acl:relcl"}, {"ordered", "called", "conj"}}},
		{"an origin hung on the last of the goods a trade noun lists is the trade's",
			"Beijing halted imports of coal, timber and seafood from Australia.",
			[]arc{{"Australia", "seafood", "nmod"}}, nil,
			[]arc{{"Australia", "imports", "nmod"}}},
		{"a party named after a relation noun its owner has, read as a conjunct of the object, is the relation noun's apposition",
			"Tehran handed back the captured sailors to its old foes, the British navy.",
			[]arc{{"navy", "sailors", "conj"}}, nil,
			[]arc{{"navy", "foes", "appos"}}},
		{"and so when read as the object's apposition",
			"Tehran handed back the captured sailors to its old foes, the British navy.",
			[]arc{{"navy", "sailors", "appos"}}, nil,
			[]arc{{"navy", "foes", "appos"}}},
		{"a second by-phrase past a phrase of time is the verb's second agent",
			"The plan was signed by Georgia on Friday and by Russia on Saturday.",
			[]arc{{"Russia", "Friday", "conj"}}, nil,
			[]arc{{"Russia", "Georgia", "conj"}}},
		{"two officials named with their titles and joined by 'and' are the verb's subject together",
			"Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan on Wednesday.",
			[]arc{{"Indian", "", "root"}, {"Narendra", "Indian", "obl"}, {"held", "Indian", "conj"}, {"Xi", "held", "nsubj"}}, nil,
			[]arc{{"held", "", "root"}, {"Narendra", "held", "nsubj"}, {"Xi", "Narendra", "conj"}, {"Indian", "Narendra", "amod"}, {"and", "Xi", "cc"}}},
		{"the words between a verb's 'what' and a verb of naming, scattered, are that verb's subject; the phrase named is the first verb's object",
			"Turkish warplanes struck what the defence ministry described as 32 PKK targets in northern Iraq.",
			[]arc{{"defence", "struck", "ccomp"}, {"described", "defence", "acl:relcl"}, {"targets", "described", "obj"}}, nil,
			[]arc{{"ministry", "described", "nsubj"}, {"defence", "ministry", "compound"}, {"targets", "struck", "obj"}, {"described", "targets", "acl:relcl"}}},
		{"the clause after 'the first time', its subject read as the noun's apposition and its verb as the main verb's conjunct, is a relative clause on 'time'",
			"The raid marked the first time Turkey has openly struck Syrian government forces.",
			[]arc{{"Turkey", "time", "appos"}, {"struck", "marked", "conj"}}, nil,
			[]arc{{"struck", "time", "acl:relcl"}, {"Turkey", "struck", "nsubj"}}},
		{"'after' read as a preposition of the subject of a verb that an adverb parts from it marks the verb's clause",
			"Seoul fired warning shots after North Korean soldiers briefly crossed the border.",
			[]arc{{"after", "soldiers", "case"}, {"soldiers", "fired", "obl"}, {"crossed", "fired", "conj"}, {"briefly", "crossed", "advmod"}}, nil,
			[]arc{{"crossed", "fired", "advcl"}, {"soldiers", "crossed", "nsubj"}, {"after", "crossed", "mark"}}},
		{"a relative clause read as the root with the name before it as its vocative is on the name, and the verb after it is the root",
			"The Philippines, which brought the case after Chinese ships took control of the shoal, welcomed the ruling.",
			[]arc{{"Philippines", "brought", "vocative"}, {"brought", "", "root"}, {"welcomed", "took", "conj"}}, nil,
			[]arc{{"welcomed", "", "root"}, {"Philippines", "welcomed", "nsubj"}, {"brought", "Philippines", "acl:relcl"}}},
		{"a phrase after its verb that opens with a preposition, read as the verb's subject, modifies the object",
			"The army launched an offensive against rebel fighters in the hills.",
			[]arc{{"against", "rebel", "case"}, {"rebel", "fighters", "compound"}, {"fighters", "launched", "nsubj"}}, nil,
			[]arc{{"fighters", "offensive", "nmod"}, {"against", "fighters", "case"}}},
		{"and with no object before it, it is the verb's oblique",
			"The rebels fired overnight at army positions near the town.",
			[]arc{{"at", "army", "case"}, {"army", "positions", "compound"}, {"positions", "fired", "nsubj"}}, nil,
			[]arc{{"positions", "fired", "obl"}, {"at", "positions", "case"}}},
		{"a clause marked 'that' after an act's noun, read as the verb's, is a relative clause on the noun",
			"Kyiv denied the strike that Russia and Belarus blamed it for.",
			[]arc{{"that", "blamed", "mark"}, {"blamed", "denied", "advcl"}}, nil,
			[]arc{{"blamed", "strike", "acl:relcl"}, {"that", "blamed", "obl"}}},
		{"a name after 'and', with a place of its own, read as a conjunct of a common noun, is the subject of the verb after it",
			"Baku denied any part in the shelling and the Defence Ministry in Baku rejected the claims.",
			[]arc{{"Ministry", "shelling", "conj"}, {"rejected", "denied", "advcl"}}, nil,
			[]arc{{"Ministry", "rejected", "nsubj"}, {"rejected", "denied", "conj"}}},
		{"a gerund after 'and', read as a conjunct of the charging verb, is a second charge",
			"Kabul accused Islamabad of shelling a village and violating its airspace.",
			[]arc{{"violating", "accused", "conj"}}, nil,
			[]arc{{"violating", "shelling", "conj"}}},
		{"a participle after a comma, read as the complement of a clause marked 'after', is the main verb's",
			"Seoul halted the talks after the launch began, accusing Pyongyang of bad faith.",
			[]arc{{"accusing", "began", "xcomp"}}, nil,
			[]arc{{"accusing", "halted", "advcl"}}},
		{"a hyphened name's fighters read as its apposition, with the verb as a clause on them, are the verb's subject",
			"Al-Shabaab fighters stormed an army base.",
			[]arc{{"Al", "", "root"}, {"fighters", "Al", "appos"}, {"stormed", "fighters", "acl"}}, nil,
			[]arc{{"stormed", "", "root"}, {"fighters", "stormed", "nsubj"}, {"Al", "fighters", "compound"}}},
		{"'have' read as the main verb across an adverbial set off by commas is the participle's auxiliary",
			"Kyiv has, in turn, repeatedly struck refineries.",
			[]arc{{"has", "", "root"}, {"struck", "has", "conj"}, {"Kyiv", "has", "nsubj"}}, nil,
			[]arc{{"struck", "", "root"}, {"has", "struck", "aux"}, {"Kyiv", "struck", "nsubj"}}},
		{"a clause marked by 'after', read as the verb's complement, is its adverbial",
			"Anwar said after hosting talks between the two leaders that a truce had been agreed.",
			[]arc{{"hosting", "said", "ccomp"}}, nil,
			[]arc{{"hosting", "said", "advcl"}}},
		{"a name that opens a list, read as a vocative with the list's next name as the subject, is the subject",
			"The United States, Turkey and Qatar brokered the truce.",
			[]arc{{"States", "brokered", "vocative"}, {"Turkey", "brokered", "nsubj"}}, nil,
			[]arc{{"States", "brokered", "nsubj"}, {"Turkey", "States", "conj"}}},
		{"a participle of an act's outcome after a reported clause stays the act's",
			"Kyiv said Russian missiles struck Kharkiv, killing five people.",
			[]arc{{"killing", "struck", "advcl"}}, nil,
			[]arc{{"killing", "struck", "advcl"}}},
		{"'as', a noun and a participle with its agent is no clause: the participle describes the noun",
			"Tehran condemned the attack as a crime committed by Israel.",
			nil, nil,
			[]arc{{"committed", "crime", "acl"}, {"as", "crime", "case"}}},
		{"a free relative pronoun read as an adverb is its verb's subject",
			"Whoever carried out the attack will pay.",
			[]arc{{"Whoever", "carried", "advmod"}}, nil,
			[]arc{{"Whoever", "carried", "nsubj"}}},
		{"a participle taking a party, joined to a noun of an act's modifiers, stays a verb",
			`Egypt condemned the Israeli strikes, with Cairo calling them a flagrant violation of the agreement and urging Israel and Hamas to return to talks.`,
			nil, nil,
			[]arc{{"urging", "calling", "conj"}, {"Israel", "urging", "obj"}}},
		{"a verb joined to a noun deep in another verb's object is that verb's conjunct",
			`Egypt condemned the Israeli strikes, with Cairo calling them a "flagrant violation" of the agreement and urging Israel and Hamas to return to talks.`,
			[]arc{{"agreement", `"`, "nmod"}, {"urging", "agreement", "conj"}}, nil,
			[]arc{{"urging", "calling", "conj"}}},
		{"an adjective after a possessive, both hung on the verb after it, is the verb's subject",
			"Pakistan's military acknowledged that two soldiers had been killed.",
			[]arc{{"military", "acknowledged", "amod"}, {"Pakistan", "acknowledged", "nmod:poss"}}, nil,
			[]arc{{"military", "acknowledged", "nsubj"}, {"Pakistan", "military", "nmod:poss"}}},
		{"a participle after a comma read as a modifier of the noun after it takes that noun as its object",
			"Hun Sen wrote to his Thai counterpart, proposing bilateral talks.",
			[]arc{{"proposing", "talks", "amod"}, {"talks", "wrote", "obl"}}, nil,
			[]arc{{"proposing", "wrote", "advcl"}, {"talks", "proposing", "obj"}}},
		{"a verb in a tense joined to an infinitive of purpose on a noun is joined to the verb the noun hangs on",
			"The United States called China's move to place the rig provocative and urged China and Vietnam to settle the dispute.",
			[]arc{{"urged", "place", "conj"}}, nil,
			[]arc{{"urged", "called", "conj"}}},
		{"a word saying whose a force is, hung on the verb, describes the force",
			"Ethiopia, which is fighting forces loyal to the TPLF, denied the charge.",
			[]arc{{"loyal", "fighting", "advmod"}}, nil,
			[]arc{{"loyal", "forces", "amod"}}},
		{"a list of demonyms read as the root, with the noun they modify as its conjunct, modifies the noun, and the verb after it is the root",
			"French, British and US forces launched strikes on Libya.",
			[]arc{{"French", "", "root"}, {"forces", "French", "conj"}, {"launched", "forces", "acl"}}, nil,
			[]arc{{"launched", "", "root"}, {"forces", "launched", "nsubj"}, {"French", "forces", "amod"}}},
		{"a 'by' read as an adverb taking the noun after it is that noun's case, the agent of the passive before",
			"Mali said its airspace had been violated more than 50 times this year, largely by French forces using drones.",
			[]arc{{"by", "largely", "advmod"}, {"forces", "by", "obj"}}, nil,
			[]arc{{"forces", "violated", "obl:agent"}, {"by", "forces", "case"}}},
		{"the first of two joined subjects of a reported clause, read as the reporting verb's object, is the clause's subject",
			"Biden said the United States and its allies would impose severe sanctions on Moscow.",
			nil, nil,
			[]arc{{"impose", "said", "ccomp"}, {"States", "impose", "nsubj"}, {"allies", "States", "conj"}}},
		{"a past form of harm with no auxiliary and no object is a headline's passive",
			"Hamas deputy leader killed in Beirut blast",
			[]arc{{"leader", "killed", "nsubj"}}, nil,
			[]arc{{"leader", "killed", "nsubj:pass"}}},
		{"a participle of motion read as a noun with the vessel as its compound is the vessel's participle",
			"Iran seized a tanker sailing from the UAE.",
			[]arc{{"tanker", "sailing", "compound"}, {"sailing", "seized", "obj"}}, nil,
			[]arc{{"tanker", "seized", "obj"}, {"sailing", "tanker", "acl"}, {"UAE", "sailing", "obl"}, {"a", "tanker", "det"}}},
		{"a verb in a tense joined to an infinitive is joined to the verb that takes the infinitive",
			"The UN chief urged Khartoum and Juba to halt the fighting and called the occupation illegal.",
			[]arc{{"called", "halt", "conj"}}, nil,
			[]arc{{"called", "urged", "conj"}}},
		{"a charge joined by 'and' to what a party denies is the denier's",
			"Beijing denied that the pact was aimed at any third party and accused Canberra of exaggerating tensions.",
			[]arc{{"accused", "aimed", "conj"}}, nil,
			[]arc{{"accused", "denied", "conj"}}},
		{"the verb after the comma that closes a relative clause on a noun root, read as the clause's adverbial, is the root",
			"The truce, which Egypt brokered in May, collapsed on Friday.",
			[]arc{{"truce", "", "root"}, {"brokered", "truce", "acl"}, {"collapsed", "brokered", "advcl"}}, nil,
			[]arc{{"collapsed", "", "root"}, {"truce", "collapsed", "nsubj"}}},
		{"a place after the noun a free relative names, read as the naming verb's, is where the noun is",
			"Pakistan carried out precision military strikes against what it described as terrorist hideouts in Iran's Sistan-Baluchestan province.",
			[]arc{{"province", "described", "obl"}}, nil,
			[]arc{{"province", "hideouts", "nmod"}}},
		{"a verb of calling joined to a predicate the speaker reports is the speaker's",
			"Greek Prime Minister Kyriakos Mitsotakis said the Turkish survey was illegal and called on Ankara to withdraw the ship.",
			[]arc{{"called", "illegal", "conj"}}, nil,
			[]arc{{"called", "said", "conj"}}},
		{"a name read as the head of a noun phrase whose noun follows a joined modifier modifies the noun with it",
			"Iran condemned the U.S. and British strikes on Houthi positions.",
			[]arc{{"U.S.", "condemned", "obj"}, {"strikes", "U.S.", "conj"}, {"and", "strikes", "cc"}, {"British", "strikes", "amod"}}, nil,
			[]arc{{"strikes", "condemned", "obj"}, {"U.S.", "strikes", "compound"}, {"British", "U.S.", "conj"}}},
		{"a to-clause read as describing the object of a verb of asking is the verb's complement",
			"Kenya urged both sides to show restraint.",
			[]arc{{"show", "sides", "acl"}}, nil,
			[]arc{{"show", "urged", "xcomp"}}},
		{"a verb after a phrase set off by commas, read as the phrase's conjunct with its object as a subject after it, heads the sentence",
			"Russia and Turkey, in a joint statement, urged Armenia and Azerbaijan to halt the fighting.",
			[]arc{{"Russia", "", "root"}, {"statement", "Russia", "nmod"}, {"urged", "statement", "conj"}, {"Armenia", "urged", "nsubj"}}, nil,
			[]arc{{"urged", "", "root"}, {"Russia", "urged", "nsubj"}, {"statement", "urged", "obl"}, {"Armenia", "urged", "obj"}}},
		{"a relative clause whose antecedent the parse made its subject, with the main verb joined inside it, describes the antecedent, the subject of that verb",
			"The shells, which Seoul said were fired by the North, hit a fishing village on Yeonpyeong.",
			[]arc{{"said", "", "root"}, {"shells", "said", "nsubj"}, {"which", "said", "nsubj"}, {"hit", "fired", "conj"}}, nil,
			[]arc{{"hit", "", "root"}, {"shells", "hit", "nsubj"}, {"said", "shells", "acl:relcl"}}},
		{"a relative clause with no 'that', its subject read as a modifier of the noun and its verb as the main verb's conjunct, describes the noun",
			"Turkish jets struck PKK camps in Iraq, in a raid Baghdad's foreign ministry condemned as a violation of its sovereignty.",
			[]arc{{"ministry", "raid", "nmod"}, {"condemned", "struck", "conj"}, {"raid", "condemned", "obl"}}, nil,
			[]arc{{"condemned", "raid", "acl:relcl"}, {"ministry", "condemned", "nsubj"}, {"raid", "struck", "obl"}}},
		{"a name whose phrase opens with 'and', read as an apposition of the name before, is joined to it",
			"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the declaration.",
			[]arc{{"Aliyev", "Nikol", "appos"}, {"and", "President", "cc"}}, nil,
			[]arc{{"Aliyev", "Nikol", "conj"}, {"and", "Aliyev", "cc"}}},
		{"a comma participle after a denied act is the denier's",
			"Kabul denied harbouring TTP militants, dismissing Pakistan's allegations.",
			[]arc{{"dismissing", "harbouring", "advcl"}}, nil,
			[]arc{{"dismissing", "denied", "advcl"}}},
		{"a relative pronoun read as the subject of a noun, with the verb after the noun's phrase joined elsewhere, is that verb's object",
			"Kenya accused Somalia of arming militias, in a letter to the UN that Somalia's foreign minister, Ahmed Moalim Fiqi, dismissed as a pretext.",
			[]arc{{"that", "minister", "nsubj"}, {"minister", "UN", "acl:relcl"}, {"dismissed", "accused", "conj"}}, nil,
			[]arc{{"dismissed", "UN", "acl:relcl"}, {"minister", "dismissed", "nsubj"}, {"that", "dismissed", "obj"}}},
		{"the first noun of a compound read as the root, with a clause whose subject is the second noun and which has its own object",
			"Laos's defence ministry accused Vietnam of shelling its posts.",
			[]arc{{"defence", "", "root"}, {"ministry", "accused", "nsubj"}, {"accused", "defence", "acl:relcl"}}, nil,
			[]arc{{"accused", "", "root"}, {"defence", "ministry", "compound"}, {"ministry", "accused", "nsubj"}, {"Laos", "ministry", "nmod:poss"}}},
		{"a name read as the root with its verb as a clause on it, and the verb's object as a subject after it",
			"President Emmanuel Macron blamed radical Islamist groups operating in the Sahel.",
			[]arc{{"Emmanuel", "", "root"}, {"blamed", "Emmanuel", "acl"}, {"groups", "blamed", "nsubj"}}, nil,
			[]arc{{"blamed", "", "root"}, {"Emmanuel", "blamed", "nsubj"}, {"groups", "blamed", "obj"}}},
		{"a to-clause on the second of two objects of a verb of asking, that object joined to the verb, is the verb's complement",
			"Japan urged the government in Naypyidaw and the rebels to agree to a truce.",
			[]arc{{"rebels", "urged", "conj"}, {"agree", "rebels", "acl"}}, nil,
			[]arc{{"agree", "urged", "xcomp"}}},
		{"a passive with its auxiliary and a by-agent is no reduced relative on its subject",
			"The attack was carried out by gunmen based in Iran, Pakistan said.",
			nil, nil,
			[]arc{{"carried", "said", "ccomp"}, {"attack", "carried", "nsubj:pass"}, {"based", "gunmen", "acl"}}},
		{"a speaker set off by a comma before a verb of saying, read as an apposition of the noun before the comma, is its subject",
			"China fired missiles near Kinmen on Tuesday, Taiwan's Mainland Affairs Council said, calling it a provocation.",
			[]arc{{"Council", "Tuesday", "appos"}, {"said", "fired", "advcl"}}, nil,
			[]arc{{"Council", "said", "nsubj"}}},
		{"a noun after ', and' with a clause that has an object of its own is that clause's subject",
			"Uganda denied arming the rebels, and its foreign ministry accused the Congolese army of shelling villages.",
			[]arc{{"ministry", "rebels", "conj"}, {"accused", "ministry", "acl"}}, nil,
			[]arc{{"ministry", "accused", "nsubj"}, {"accused", "denied", "conj"}}},
		{"a bare weapon read as the head of a noun phrase, with the act noun as its conjunct, modifies the act",
			"Iraq condemned Iranian missile and unmanned aerial vehicle strikes on the camps.",
			[]arc{{"missile", "condemned", "obj"}, {"strikes", "missile", "conj"}, {"and", "strikes", "cc"}, {"vehicle", "strikes", "compound"}, {"Iranian", "missile", "amod"}}, nil,
			[]arc{{"strikes", "condemned", "obj"}, {"missile", "strikes", "compound"}, {"Iranian", "strikes", "amod"}}},
		{"a noun read as the head of a noun phrase, with a joined modifier and the act noun as its conjuncts, modifies the act",
			"Iran condemned Iranian missile and drone strikes on the camps.",
			[]arc{{"missile", "condemned", "obj"}, {"drone", "missile", "conj"}, {"and", "drone", "cc"}, {"strikes", "missile", "conj"}, {"Iranian", "missile", "amod"}}, nil,
			[]arc{{"strikes", "condemned", "obj"}, {"missile", "strikes", "compound"}, {"drone", "missile", "conj"}, {"Iranian", "strikes", "amod"}}},
		{"a name after \"and\" read as the place's conjunct, its noun hung on the first object, modifies the noun, the object's conjunct",
			"Turkish jets struck PKK bases in Iraq and SDF positions in Syria.",
			[]arc{{"SDF", "Iraq", "conj"}, {"positions", "bases", "obj"}}, nil,
			[]arc{{"SDF", "positions", "compound"}, {"positions", "bases", "conj"}}},
		{"an act noun read as the root, the finite verb after its phrase hung on a noun inside it, is the verb's subject",
			"An Israeli strike on Beirut's southern suburbs on Tuesday evening killed Fuad Shukr.",
			[]arc{{"strike", "", "root"}, {"killed", "suburbs", "acl"}}, nil,
			[]arc{{"killed", "", "root"}, {"strike", "killed", "nsubj"}}},
		{"\"which\" read as the determiner of a relative clause's subject leaves the name before it the main verb's subject",
			"The Resistance Front, which Indian officials regard as an offshoot of Lashkar-e-Taiba, claimed responsibility.",
			[]arc{{"Front", "regard", "vocative"}, {"regard", "", "root"}, {"claimed", "regard", "conj"}}, nil,
			[]arc{{"Front", "claimed", "nsubj"}, {"regard", "Front", "acl:relcl"}}},
		{"a name set off by commas after a noun names the noun, not the subject of the participle after it",
			"Hun Sen said he had written to his Thai counterpart, Samak Sundaravej, proposing bilateral talks.",
			[]arc{{"Samak", "proposing", "nsubj"}}, nil,
			[]arc{{"Samak", "counterpart", "appos"}}},
		{"a subject read as a passive's, on a verb with a perfect 'have' and no form of 'be', is active",
			"Japan said five of the Chinese missiles had landed inside its exclusive economic zone.",
			[]arc{{"five", "landed", "nsubj:pass"}}, nil,
			[]arc{{"five", "landed", "nsubj"}}},
		{"a word after a possessive determiner, tagged a verb with the determiner as its subject, is the subject of the verb hung on it",
			"Turkey said that its strikes on the PKK had killed ten militants.",
			nil, nil,
			[]arc{{"killed", "said", "ccomp"}, {"strikes", "killed", "nsubj"}, {"its", "strikes", "nmod:poss"}, {"PKK", "strikes", "nmod"}, {"that", "killed", "mark"}}},
		{"a count after a reporting verb, the verb read as the subject of the verb it reports",
			"Pakistan's military said 23 of its soldiers had been killed.",
			[]arc{{"said", "killed", "nsubj:pass"}, {"23", "said", "obj"}, {"killed", "", "root"}}, nil,
			[]arc{{"said", "", "root"}, {"killed", "said", "ccomp"}, {"23", "killed", "nsubj:pass"}}},
		{"a participle of what its subject carries, read as the main verb, describes the subject",
			"A gunman armed with a rifle stormed the embassy in Tehran.",
			[]arc{{"armed", "", "root"}, {"gunman", "armed", "nsubj"}, {"stormed", "rifle", "acl"}}, nil,
			[]arc{{"stormed", "", "root"}, {"gunman", "stormed", "nsubj"}, {"armed", "gunman", "acl"}}},
		{"a past form read as an adjective of a noun root, after a noun phrase, is the verb",
			"Pakistan's foreign ministry voiced deep concerns and reservations on Tuesday about the U.S. raid that killed an al Qaeda leader.",
			[]arc{{"voiced", "concerns", "amod"}, {"concerns", "", "root"}, {"ministry", "concerns", "compound"}, {"Pakistan", "concerns", "nmod:poss"}, {"raid", "concerns", "conj"}}, nil,
			[]arc{{"voiced", "", "root"}, {"ministry", "voiced", "nsubj"}, {"concerns", "voiced", "obj"}, {"raid", "concerns", "nmod"}}},
		{"a finite verb read as the conjunct of the gerund of a charge is the accuser's second act",
			"Mali accused Algeria of shooting down a drone and recalled its ambassador.",
			[]arc{{"recalled", "shooting", "conj"}}, nil,
			[]arc{{"recalled", "accused", "conj"}}},
		{"a partitive opening whose noun took the verb as a participle is the verb's subject",
			"Five of the Chinese missiles landed inside Japan's zone, Tokyo said.",
			[]arc{{"Five", "said", "discourse"}, {"missiles", "Five", "nmod"}, {"landed", "missiles", "acl"}}, nil,
			[]arc{{"landed", "said", "ccomp"}, {"Five", "landed", "nsubj"}, {"missiles", "Five", "nmod"}}},
		{"a participle after 'to', read as an infinitive, is an adjective of the noun the preposition takes",
			"Indian troops responded to unprovoked firing by Pakistani forces.",
			[]arc{{"to", "unprovoked", "mark"}, {"unprovoked", "responded", "xcomp"}, {"firing", "unprovoked", "advcl"}}, nil,
			[]arc{{"to", "firing", "case"}, {"unprovoked", "firing", "amod"}, {"firing", "responded", "obl"}}},
		{"a participle between commas inside the subject, read as the subject's clause, leaves the subject to the later verb",
			"Aliyev said the jet that crashed in Kazakhstan, killing 38 people, had been hit by fire from the ground over Russia.",
			nil, nil,
			[]arc{{"jet", "hit", "nsubj:pass"}}},
		{"a hyphenated participle read as the root describes the noun after it, whose verb heads the sentence",
			"Iranian-backed Houthis, who control the capital, fired a missile at Saudi Arabia.",
			nil, nil,
			[]arc{{"fired", "", "root"}, {"Houthis", "fired", "nsubj"}, {"backed", "Houthis", "amod"}}},
		{"a hyphenated participle read as the root, its subject's clause holding the sentence's verb",
			"President Joe Biden blamed radical Iran-backed militant groups operating in Iraq for the strike and vowed a response.",
			nil, nil,
			[]arc{{"blamed", "", "root"}, {"Joe", "blamed", "nsubj"}, {"groups", "blamed", "obj"}, {"backed", "groups", "amod"}}},
		{"a verb of charging after 'and', tagged a noun joined to the object, is the main verb's conjunct",
			"U.S. Secretary of State Mike Pompeo dismissed the Houthis' claim and accused Iran of staging the raid.",
			nil, nil,
			[]arc{{"accused", "dismissed", "conj"}, {"Iran", "accused", "obj"}, {"claim", "dismissed", "obj"}, {"Houthis", "claim", "nmod:poss"}}},
		{"a name right before the noun phrase of the verb's other subject modifies it",
			"U.S. B-2 bombers hit three sites in Iran overnight.",
			[]arc{{"U.S.", "hit", "nsubj"}, {"bombers", "hit", "nsubj"}}, nil,
			[]arc{{"U.S.", "bombers", "compound"}, {"bombers", "hit", "nsubj"}}},
		{"a name read as the root, its verb read as a conjunct of the relative clause in its apposition",
			"The Islamic Resistance in Iraq, an umbrella of armed factions that includes Kataib Hezbollah, claimed drone attacks on three U.S. bases.",
			nil, nil,
			[]arc{{"claimed", "", "root"}, {"Resistance", "claimed", "nsubj"}}},
		{"the apostrophe of a plural possessive marks the owner of the noun after it",
			"Kigali rejected the U.N. experts' findings.",
			nil, nil,
			[]arc{{"findings", "rejected", "obj"}, {"experts", "findings", "nmod:poss"}, {"'s", "experts", "case"}}},
		{"a plural possessive before a noun the tagger would read as a verb",
			"Moscow rejected the UN experts' finding that Russian troops were operating in the region.",
			nil, nil,
			[]arc{{"finding", "rejected", "obj"}, {"experts", "finding", "nmod:poss"}, {"'s", "experts", "case"}}},
		{"a single quote after a plural closes a quote it opened, and owns nothing",
			"Pakistan called the charges 'baseless lies' and rejected them.",
			nil, nil,
			[]arc{{"rejected", "called", "conj"}}},
		{"a plural noun after a name, tagged a verb the verb before takes as a clause, is that verb's object",
			"Chadian jets struck ISWAP camps on islands in Lake Chad, killing dozens of fighters, the army said.",
			nil, nil,
			[]arc{{"camps", "struck", "obj"}, {"ISWAP", "camps", "compound"}, {"killing", "struck", "advcl"}}},
		{"a reporting participle after a comma, tagged a noun, reports the clause after it",
			"The Houthis fired missiles at Israel, warning that they would strike the US.",
			[]arc{{"warning", ",", "acl"}, {"strike", "warning", "csubj"}}, nil,
			[]arc{{"warning", "fired", "advcl"}, {"strike", "warning", "ccomp"}}},
		{"a source between commas reports the sentence; the purpose clause after it is the main verb's",
			"Qatari envoys arrived in Beirut, state media said on Sunday, to negotiate a truce with Hezbollah.",
			[]arc{{"said", "arrived", "conj"}, {"negotiate", "said", "ccomp"}}, nil,
			[]arc{{"said", "arrived", "parataxis"}, {"negotiate", "arrived", "advcl"}}},
		{"a by-phrase hung on a passive verb's count is the verb's agent",
			"Mali said its airspace had been violated 50 times by French forces.",
			[]arc{{"forces", "times", "nmod"}, {"times", "violated", "obl:unmarked"}}, nil,
			[]arc{{"forces", "violated", "obl:agent"}}},
		{"a day after 'on', read as a subject, says when; the noun before is the subject",
			"Jets of the Nigerian Air Force on Sunday struck an ISWAP camp.",
			[]arc{{"Sunday", "struck", "nsubj"}, {"on", "struck", "mark"}, {"struck", "Jets", "acl"}, {"Jets", "", "root"}}, nil,
			[]arc{{"Sunday", "struck", "obl:tmod"}, {"on", "Sunday", "case"}, {"Jets", "struck", "nsubj"}, {"struck", "", "root"}}},
		{"'after' read as a preposition before a noun whose participle's agent took the clause's verb",
			"Dhaka summoned the envoy after shells fired by Myanmar's army landed in Bangladesh.",
			[]arc{{"after", "shells", "case"}, {"shells", "envoy", "nmod"}, {"fired", "shells", "acl"}, {"army", "fired", "obl:agent"}, {"landed", "army", "acl"}}, nil,
			[]arc{{"landed", "summoned", "advcl"}, {"shells", "landed", "nsubj"}, {"after", "landed", "mark"}, {"fired", "shells", "acl"}}},
		{"'after' read as a preposition before a noun whose '-ing' participle's phrase took the clause's verb",
			"Warsaw scrambled jets after Russian missiles targeting western Ukraine briefly entered its airspace.",
			[]arc{{"after", "missiles", "case"}, {"missiles", "jets", "nmod"}, {"targeting", "scrambled", "advcl"}, {"Ukraine", "entered", "nsubj"}, {"entered", "scrambled", "advcl"}}, nil,
			[]arc{{"entered", "scrambled", "advcl"}, {"missiles", "entered", "nsubj"}, {"after", "entered", "mark"}, {"targeting", "missiles", "acl"}, {"Ukraine", "targeting", "obj"}, {"briefly", "entered", "advmod"}}},
		{"a participle after two adverbs joined by 'and' is the passive verb, not the first adverb's conjunct",
			"Iran's facilities have been completely and totally destroyed.",
			[]arc{{"completely", "", "root"}, {"facilities", "completely", "nsubj"}, {"been", "completely", "cop"}, {"destroyed", "completely", "conj"}}, nil,
			[]arc{{"destroyed", "", "root"}, {"facilities", "destroyed", "nsubj:pass"}, {"been", "destroyed", "aux:pass"}, {"completely", "destroyed", "advmod"}}},
		{"a phrase of cause hung on the object is the verb's",
			"Islamabad expelled India's envoy in protest at New Delhi's decision.",
			[]arc{{"protest", "envoy", "nmod"}}, nil,
			[]arc{{"protest", "expelled", "obl"}}},
		{"'that' after a reported day, read as the subject of the noun phrase after it, marks the reported clause that phrase is the subject of",
			"The envoy said on Friday that Yemen's warring parties, the coalition and the Houthis, had agreed to a truce.",
			[]arc{{"that", "parties", "nsubj"}, {"parties", "Friday", "appos"}, {"agreed", "said", "ccomp"}}, nil,
			[]arc{{"that", "agreed", "mark"}, {"parties", "agreed", "nsubj"}, {"agreed", "said", "ccomp"}}},
		{"a clause opened by 'while', read as a noun joined to the object with its verb a participle on it, is the main verb's clause",
			"Biden blamed militant groups, while the Islamic Resistance in Iraq claimed the attack.",
			[]arc{{"Resistance", "groups", "conj"}, {"claimed", "Resistance", "acl"}, {"while", "Resistance", "mark"}}, nil,
			[]arc{{"claimed", "blamed", "advcl"}, {"Resistance", "claimed", "nsubj"}, {"while", "claimed", "mark"}}},
		{"a trailing speaker after a comma, read as an oblique of the clause before, is the verb of saying's subject",
			"North Korea sent balloons across the border, South Korea's Joint Chiefs of Staff said on Wednesday, calling it a provocation.",
			[]arc{{"Chiefs", "sent", "obl"}, {"said", "sent", "conj"}, {",", "Chiefs", "punct"}}, nil,
			[]arc{{"Chiefs", "said", "nsubj"}}},
		{"a participle after a comma, read as a compound of the noun after it, is the verb's clause and the noun its object",
			"Prague expelled 18 Russian diplomats, citing evidence that Russia's GRU was involved in an explosion.",
			[]arc{{"citing", "evidence", "compound"}, {"evidence", "diplomats", "conj"}}, nil,
			[]arc{{"citing", "expelled", "advcl"}, {"evidence", "citing", "obj"}}},
		{"a group's noun after a comma that closes a name, read as a conjunct of an earlier noun, is the name's apposition, and an infinitive after it the verb's",
			"Kigali accused Congo's army of working with the FDLR, a militia founded by perpetrators of the genocide, to threaten Rwanda.",
			[]arc{{"militia", "army", "conj"}, {"threaten", "founded", "advcl"}}, nil,
			[]arc{{"militia", "FDLR", "appos"}, {"threaten", "working", "advcl"}}},
		{"a participle hung on a comma is a clause of the verb above the comma",
			"Zelenskiy said on Monday, accusing Moscow of expanding the war.",
			[]arc{{",", "Monday", "punct"}, {"accusing", ",", "acl"}}, nil,
			[]arc{{"accusing", "said", "advcl"}}},
		{"an act named with 'in a' after the object of a killing is the killing's means",
			"Pakistani troops killed a TTP commander in a raid in North Waziristan.",
			[]arc{{"raid", "commander", "nmod"}}, nil,
			[]arc{{"raid", "killed", "obl"}}},
		{"but the act a suspect is named in is the suspect's",
			"Police arrested a suspect in the attack on the embassy.",
			[]arc{{"attack", "suspect", "nmod"}}, nil,
			[]arc{{"attack", "suspect", "nmod"}}},
		{"a name read as an infinitive's subject after a verb with no object is the verb's object",
			"The minister telephoned both Nikol Pashinyan and Ilham Aliyev to urge restraint.",
			[]arc{{"Nikol", "urge", "nsubj"}, {"urge", "telephoned", "ccomp"}, {"both", "urge", "cc:preconj"}, {"Ilham", "Pashinyan", "conj"}}, nil,
			[]arc{{"Nikol", "telephoned", "obj"}, {"urge", "telephoned", "advcl"}, {"both", "Nikol", "cc:preconj"}}},
		{"two officials with titles, run together as one name after a verb, are its object and the object's conjunct",
			"Putin phoned Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon to urge restraint.",
			[]arc{{"Kyrgyz", "phoned", "obj"}, {"Sadyr", "Kyrgyz", "flat"}, {"Emomali", "Kyrgyz", "flat"}, {"Tajik", "President", "compound"}}, nil,
			[]arc{{"Sadyr", "phoned", "obj"}, {"Emomali", "Sadyr", "conj"}, {"and", "Emomali", "cc"}, {"Kyrgyz", "Sadyr", "compound"}}},
		{"a name read as a vocative before the phrase in apposition to it is the verb's subject",
			"Hezbollah, a movement armed by Iran, shelled Israeli positions.",
			[]arc{{"Hezbollah", "shelled", "vocative"}, {"movement", "shelled", "nsubj"}}, nil,
			[]arc{{"Hezbollah", "shelled", "nsubj"}, {"movement", "Hezbollah", "appos"}}},
		{"the verb after an apposition that holds a clause, hung inside it, is the name's",
			"The Arakan Army, the strongest of the armed groups fighting the junta, seized the town.",
			[]arc{{"Army", "", "root"}, {"strongest", "Army", "appos"}, {"fighting", "strongest", "advcl"}, {"seized", "fighting", "conj"}, {".", "Army", "punct"}}, nil,
			[]arc{{"seized", "", "root"}, {"Army", "seized", "nsubj"}, {".", "seized", "punct"}}},
		{"a perfect 'have' read as the main verb across an adverbial is the participle's auxiliary",
			"Kabul had in turn blamed Islamabad for the raid.",
			[]arc{{"had", "", "root"}, {"blamed", "had", "xcomp"}, {"Kabul", "had", "nsubj"}, {".", "had", "punct"}}, nil,
			[]arc{{"blamed", "", "root"}, {"had", "blamed", "aux"}, {"Kabul", "blamed", "nsubj"}, {".", "blamed", "punct"}}},
		{"a judgement after the comma that closes a reported clause is the speaker's",
			"Baghdad said Turkish drones had hit a camp near Sinjar, denounced the raid as aggression and vowed to act.",
			[]arc{{"denounced", "hit", "advcl"}}, nil,
			[]arc{{"denounced", "said", "conj"}}},
		{"a clause with 'which' as its object, hung on the noun before it, answers the charge that holds the noun",
			"Manila accuses Beijing of sending militia boats to harass fishermen, which China denies.",
			[]arc{{"denies", "fishermen", "conj"}}, nil,
			[]arc{{"denies", "sending", "conj"}}},
		{"a reported subject read as the reporting verb's object, its verb hung on it, is that verb's subject",
			"Riga said Russian strikes on the port had disrupted its grain exports.",
			[]arc{{"strikes", "said", "obj"}, {"disrupted", "strikes", "ccomp"}}, nil,
			[]arc{{"disrupted", "said", "ccomp"}, {"strikes", "disrupted", "nsubj"}}},
		{"'by' read as an oblique with its noun as its object marks the agent",
			"The drones were launched by Iran's army.",
			[]arc{{"by", "launched", "obl"}, {"army", "by", "obj"}}, nil,
			[]arc{{"army", "launched", "obl:agent"}, {"by", "army", "case"}}},
		{"a verb joined by 'and' to a verb's argument is that verb's conjunct",
			"The shells were fired by the army and landed inside Bangladesh.",
			[]arc{{"landed", "army", "conj"}}, nil,
			[]arc{{"landed", "fired", "conj"}}},
		{"the clause a relative clause's report reports, with 'that' its subject",
			"Dhaka protested over shells that its guards said had been fired by Myanmar.",
			[]arc{{"fired", "protested", "advcl"}, {"that", "said", "obj"}}, nil,
			[]arc{{"fired", "said", "ccomp"}, {"that", "fired", "nsubj:pass"}}},
		{"a noun with a case marker read as a participle's subject is the oblique it describes",
			"Dhaka protested, for the third time, over shells fired by Myanmar.",
			[]arc{{"over", "shells", "case"}, {"shells", "fired", "nsubj"}, {"fired", "protested", "advcl"}}, nil,
			[]arc{{"shells", "protested", "obl"}, {"fired", "shells", "acl"}}},
		{"a name before a 'whose' clause, read as a vocative, is the main verb's subject",
			"Pakistan, whose troops shelled Afghan posts, denied the charge.",
			[]arc{{"Pakistan", "shelled", "vocative"}, {"shelled", "", "root"}, {"denied", "shelled", "advcl"}, {".", "shelled", "punct"}}, nil,
			[]arc{{"denied", "", "root"}, {"Pakistan", "denied", "nsubj"}, {"shelled", "Pakistan", "acl:relcl"}}},
		{"'since' between an auxiliary and its participle is an adverb, and the noun phrase before the subject",
			"Pakistani forces have since conducted operations against TTP fighters.",
			[]arc{{"since", "conducted", "mark"}, {"conducted", "have", "advcl"}, {"have", "forces", "acl"}, {"forces", "", "root"}}, nil,
			[]arc{{"since", "conducted", "advmod"}, {"have", "conducted", "aux"}, {"forces", "conducted", "nsubj"}, {"conducted", "", "root"}}},
		{"a that-clause hung on the day after a reporting verb is what the verb reports",
			"Kabul said on Thursday that Pakistani jets had bombed a market.",
			[]arc{{"bombed", "Thursday", "acl"}}, nil,
			[]arc{{"bombed", "said", "ccomp"}}},
		{"a count of what a party described as a noun phrase counts that noun phrase",
			"Turkish jets struck dozens of what the ministry described as PKK targets in Iraq.",
			[]arc{{"what", "dozens", "nmod"}, {"of", "what", "case"}, {"described", "what", "acl:relcl"}, {"targets", "described", "obl"}, {"as", "targets", "case"}}, nil,
			[]arc{{"targets", "dozens", "nmod"}, {"described", "targets", "acl:relcl"}, {"what", "described", "obj"}}},
		{"a second object with its own 'of' clause after a verb of charging",
			"Pakistan accused India of sponsoring the attack and Afghanistan of giving the militants sanctuary.",
			[]arc{{"Afghanistan", "attack", "conj"}, {"giving", "attack", "acl"}}, nil,
			[]arc{{"Afghanistan", "India", "conj"}, {"giving", "sponsoring", "conj"}}},
		{"a phrase after 'and' repeating the preposition before it is its conjunct",
			"Turkish jets struck targets in Iraq and in Syria.",
			[]arc{{"Syria", "struck", "obl"}}, nil,
			[]arc{{"Syria", "Iraq", "conj"}}},
		{"a repeated preposition's phrase hung on the object is the conjunct of the phrase before it",
			"The group inflicted losses on the army and on the police.",
			[]arc{{"police", "losses", "conj"}}, nil,
			[]arc{{"police", "army", "conj"}}},
		{"names listed after the comma that closes an opening by-phrase are the next verb's subject",
			"In talks mediated by Qatar, India and Pakistan agreed to a ceasefire.",
			[]arc{{"agreed", "mediated", "advcl"}, {"mediated", "", "root"}, {"India", "Qatar", "conj"}, {"Pakistan", "Qatar", "conj"}, {",", "India", "punct"}, {".", "mediated", "punct"}}, nil,
			[]arc{{"agreed", "", "root"}, {"India", "agreed", "nsubj"}, {"Pakistan", "India", "conj"}, {"mediated", "agreed", "advcl"}}},
		{"an opening phrase read as the root, with the verb joined to it and its subject an apposition",
			"In response to the raid, Chad announced the recall of its envoy.",
			[]arc{{"response", "", "root"}, {"Chad", "raid", "appos"}, {"announced", "response", "conj"}}, nil,
			[]arc{{"announced", "", "root"}, {"response", "announced", "obl"}, {"Chad", "announced", "nsubj"}}},
		{"a phrase in a relative clause read as the root, with the verb a clause on its noun",
			"Venezuela's vice president, who is in The Hague for two days of hearings, called Guyana's request barbaric.",
			[]arc{{"days", "", "root"}, {"called", "days", "acl"}, {"president", "days", "nsubj"}}, nil,
			[]arc{{"called", "", "root"}, {"days", "called", "obl"}, {"president", "called", "nsubj"}}},
		{"a noun read as an oblique of the relative clause after it is the main verb's subject",
			"Somali forces, which are fighting al-Shabaab, were ambushed.",
			[]arc{{"forces", "fighting", "obl"}, {"fighting", "ambushed", "advcl"}}, nil,
			[]arc{{"forces", "ambushed", "nsubj:pass"}, {"fighting", "forces", "acl:relcl"}}},
		{"a past form after 'to', read as an infinitive, describes the noun after it",
			"Pakistan says the regime was providing safe sanctuary to banned terror organizations like the TTP.",
			[]arc{{"banned", "providing", "xcomp"}, {"organizations", "banned", "obj"}, {"to", "banned", "mark"}}, nil,
			[]arc{{"organizations", "providing", "obl"}, {"to", "organizations", "case"}, {"banned", "organizations", "amod"}}},
		{"the verb after 'in which' and its subject is a relative clause on the word before",
			"Qatar announced a truce, ending a week of fighting in which Israeli drones killed 40 Palestinians.",
			[]arc{{"killed", "ending", "xcomp"}, {"drones", "fighting", "obl"}, {"which", "drones", "nsubj"}}, nil,
			[]arc{{"killed", "fighting", "acl:relcl"}, {"drones", "killed", "nsubj"}, {"which", "killed", "obl"}, {"in", "which", "case"}}},
		{"a direction hung on the last of a list of arms is the verb's",
			"Russia launched scores of drones, cruise missiles and ballistic missiles toward Kyiv overnight.",
			[]arc{{"Kyiv", "missiles", "nmod"}}, nil,
			[]arc{{"Kyiv", "launched", "obl"}}},
		{"a gerund after 'to', read as describing the noun after it, is the verb's controlled clause",
			"Georgia and Russia committed to restoring relations.",
			[]arc{{"restoring", "relations", "amod"}, {"relations", "committed", "obl"}, {"to", "relations", "case"}}, nil,
			[]arc{{"restoring", "committed", "xcomp"}, {"to", "restoring", "mark"}, {"relations", "restoring", "obj"}}},
		{"a name read as part of the day before it is the subject of the day's verb",
			"The two nations have had repeated confrontations at sea in recent months, and on Saturday Manila accused China of firing flares at its aircraft.",
			[]arc{{"Manila", "Saturday", "flat"}}, nil,
			[]arc{{"Manila", "accused", "nsubj"}}},
		{"a participle after a relative clause's comma belongs to the clause's verb",
			"Manila accused a Chinese ship of ramming its vessel, an allegation that Beijing denied, saying Manila was to blame.",
			[]arc{{"saying", "accused", "advcl"}, {"allegation", "saying", "nsubj"}}, nil,
			[]arc{{"saying", "denied", "advcl"}, {"allegation", "accused", "appos"}}},
		{"a possessor hung on a verb owns the noun after it",
			"Syria's Foreign Ministry sent letters to the council.",
			[]arc{{"Syria", "sent", "nmod:poss"}}, nil,
			[]arc{{"Syria", "Ministry", "nmod:poss"}}},
		{"a name after a noun, read as a second subject after the first, names that noun",
			"Envoys of the government and rebel group ELN met in Havana.",
			[]arc{{"ELN", "met", "nsubj"}}, nil,
			[]arc{{"ELN", "group", "appos"}}},
		{"'when' read as a modifier of a participle's object, the noun before taken for the later verb's subject",
			"Officials said two boys were among five people killed when Turkish drones hit a farm.",
			[]arc{{"when", "drones", "advmod"}, {"drones", "killed", "obj"}, {"people", "hit", "nsubj"}, {"hit", "said", "ccomp"}}, nil,
			[]arc{{"hit", "killed", "advcl"}, {"drones", "hit", "nsubj"}, {"when", "hit", "mark"}, {"people", "said", "ccomp"}}},
		{"a noun phrase read as the root, its verb hung on the participle that describes it",
			"Dozens of Chinese boats escorted by coast guard ships entered the zone.",
			[]arc{{"Dozens", "", "root"}, {"boats", "Dozens", "nmod"}, {"escorted", "boats", "acl"}, {"ships", "escorted", "obl:agent"}, {"entered", "escorted", "advcl"}}, nil,
			[]arc{{"entered", "", "root"}, {"Dozens", "entered", "nsubj"}, {"escorted", "boats", "acl"}}},
		{"a noun after a comma hung on the noun before with no preposition is its apposition",
			"The list named two gangs, the Sinaloa and Gulf cartels.",
			[]arc{{"cartels", "gangs", "nmod"}}, nil,
			[]arc{{"cartels", "gangs", "appos"}}},
		{"the noun phrase a free relative names is what the verb acts on",
			"Jets struck what Kabul described as camps of the group.",
			[]arc{{"what", "described", "obj"}, {"described", "struck", "ccomp"}, {"camps", "described", "obl"}, {"as", "camps", "case"}}, nil,
			[]arc{{"camps", "struck", "obj"}, {"described", "camps", "acl:relcl"}, {"as", "described", "mark"}}},
		{"an infinitive a verb of agreeing takes is its complement",
			"The EU agreed on Monday to impose sanctions on Minsk.",
			[]arc{{"impose", "agreed", "advcl"}}, nil,
			[]arc{{"impose", "agreed", "xcomp"}}},
		{"an object shifted after an oblique, hung on the oblique's noun",
			"Chad announced through a joint statement the recall of its ambassador.",
			[]arc{{"recall", "statement", "obj"}}, nil,
			[]arc{{"recall", "announced", "obj"}}},
		{"a cleft's clause says what its noun did",
			"It was Thai soldiers who fired first, Cambodia said.",
			[]arc{{"soldiers", "said", "ccomp"}, {"It", "soldiers", "nsubj"}, {"was", "soldiers", "cop"}, {"who", "fired", "nsubj"}, {"fired", "soldiers", "acl:relcl"}}, nil,
			[]arc{{"fired", "said", "ccomp"}, {"soldiers", "fired", "nsubj"}, {"who", "fired", "mark"}, {"It", "fired", "expl"}}},
		{"a span of time before 'later' is no subject",
			"Moscow dismissed the claims and a day later expelled 20 Czech diplomats.",
			[]arc{{"day", "expelled", "nsubj"}}, nil,
			[]arc{{"day", "expelled", "obl:tmod"}}},
		{"a verb of charging after a claim a party denied is the denier's",
			"Ethiopia dismissed claims that the dam would harm Egypt and accused Cairo of meddling.",
			[]arc{{"accused", "harm", "conj"}}, nil,
			[]arc{{"accused", "dismissed", "conj"}}},
		{"a verb of charging after ', and' is the speaker's, not a verb's inside what was said",
			"The minister said gunmen who raided two posts had crossed from Afghanistan, and accused Kabul of sheltering them.",
			[]arc{{"accused", "crossed", "conj"}}, nil,
			[]arc{{"accused", "said", "conj"}}},
		{"a verb of judging tagged as a noun after 'whom' and a name",
			"Pakistan struck the TTP, whom Islamabad accuses of killing soldiers.",
			[]arc{{"whom", "accuses", "nmod:poss"}, {"Islamabad", "accuses", "compound"}, {"accuses", "TTP", "obj"}, {"killing", "accuses", "acl"}}, nil,
			[]arc{{"accuses", "TTP", "acl:relcl"}, {"whom", "accuses", "obj"}, {"Islamabad", "accuses", "nsubj"}, {"killing", "accuses", "advcl"}}},
		{"the 'of' clause of a verb of charging, hung on a relative clause between",
			"Ankara accuses the PKK, which runs camps in Iraq, of having ties to the bombers.",
			[]arc{{"having", "runs", "advcl"}}, nil,
			[]arc{{"having", "accuses", "advcl"}}},
		{"an adjective of readiness takes a real subject, not an expletive",
			"Tehran said it was ready to talk to the Saudis.",
			[]arc{{"it", "ready", "expl"}}, nil,
			[]arc{{"it", "ready", "nsubj"}}},
		{"a participle after a comma hangs on the main verb, not an infinitive",
			"Vietnam blamed the clash on an attempt by China to change the rules, rebutting Beijing's claims.",
			[]arc{{"rebutting", "change", "advcl"}}, nil,
			[]arc{{"rebutting", "blamed", "advcl"}}},
		{"two subjects with a conjunction between them are one, coordinated",
			"Chad's army and the rival rebels have agreed to a truce.",
			[]arc{{"army", "agreed", "nsubj"}, {"rebels", "agreed", "nsubj"}, {"and", "agreed", "cc"}}, nil,
			[]arc{{"rebels", "army", "conj"}, {"and", "rebels", "cc"}}},
		{"a name read as a vocative, a party along with it as an oblique",
			"Chad, along with its allies Niger and Mali, announced the expulsion of French diplomats.",
			[]arc{{"Chad", "announced", "vocative"}, {"allies", "announced", "obl"}}, nil,
			[]arc{{"Chad", "announced", "nsubj"}, {"allies", "Chad", "nmod"}}},
		{"a clause right after a reporting participle is its complement",
			"The rebels said they shot down a jet, with an army spokesman saying no aircraft was lost.",
			[]arc{{"lost", "shot", "ccomp"}}, nil,
			[]arc{{"lost", "saying", "ccomp"}}},
		{"an apposition read as a participle clause the main verb joins",
			"Fighters from the ADF, a group allied to the Islamic State, attacked a Congolese army camp in Beni.",
			[]arc{{"allied", "", "root"}, {"group", "allied", "nsubj"}, {"Fighters", "allied", "obl"}, {"attacked", "allied", "conj"}}, nil,
			[]arc{{"attacked", "", "root"}, {"Fighters", "attacked", "nsubj"}, {"group", "Fighters", "appos"}, {"allied", "group", "acl"}}},
		{"a relative pronoun and a subject read as two subjects",
			"Lagos fought the militants in Borno, whom it blames for the bombings.",
			[]arc{{"whom", "blames", "nsubj"}, {"it", "blames", "nsubj"}, {"blames", "fought", "conj"}}, nil,
			[]arc{{"whom", "blames", "obj"}, {"it", "blames", "nsubj"}, {"blames", "militants", "acl:relcl"}}},
		{"a name after ', and' read as an apposition of the day before it",
			"Juba's army seized the town on Tuesday, and President Omar al-Bashir vowed to retake it, calling the move aggression.",
			[]arc{{"Omar", "Tuesday", "appos"}, {"vowed", "seized", "advcl"}, {"calling", "seized", "advcl"}},
			[]arc{{"vowed", "Omar", "cc"}, {"vowed", "Omar", "punct"}},
			[]arc{{"Omar", "vowed", "nsubj"}, {"vowed", "seized", "conj"}, {"calling", "vowed", "advcl"}}},
		{"'Hamas-led' read as 'Hamas led' taking the clause",
			"Hamas-led fighters killed dozens of people in southern Israel.",
			[]arc{{"led", "", "root"}, {"killed", "led", "ccomp"}, {"fighters", "killed", "nsubj"}}, nil,
			[]arc{{"killed", "", "root"}, {"led", "fighters", "amod"}}},
		{"an object shifted after an oblique, read as a relative clause's subject",
			"Baghdad condemned in a statement a series of airstrikes conducted by Turkish jets.",
			[]arc{{"conducted", "statement", "acl"}, {"series", "conducted", "nsubj"}}, nil,
			[]arc{{"series", "condemned", "obj"}, {"conducted", "series", "acl"}}},
		{"a passive participle with its agent after a noun, read as the noun's verb, is a reduced relative on the noun",
			"Ankara said its jet downed by Syria had been in international airspace.",
			[]arc{{"jet", "downed", "nsubj"}, {"downed", "airspace", "amod"}, {"Syria", "downed", "obl:agent"}}, nil,
			[]arc{{"jet", "airspace", "nsubj"}, {"downed", "jet", "acl"}, {"Syria", "downed", "obl:agent"}}},
		{"a participle tagged a noun, with its particle and agent, is a reduced relative on the noun before it",
			"The Turkish jet shot down by Syria was unarmed.",
			nil, nil, // the tagger's own misreading: "shot" a noun
			[]arc{{"jet", "unarmed", "nsubj"}, {"shot", "jet", "acl"}, {"down", "shot", "compound:prt"}, {"Syria", "shot", "obl:agent"}}},
		{"a 'that' read as the subject of a clause whose subject follows marks the clause",
			"The Polisario Front said on Saturday that its ceasefire with Morocco was over.",
			[]arc{{"that", "over", "nsubj"}, {"over", "said", "ccomp"}}, nil,
			[]arc{{"that", "over", "mark"}, {"over", "said", "ccomp"}, {"ceasefire", "over", "nsubj"}}},
		{"a verb of charging with a pronoun subject and no object after a noun is a relative clause on the noun",
			"Washington sanctioned Russian officials it accuses of undermining Ukraine's sovereignty.",
			[]arc{{"accuses", "sanctioned", "ccomp"}}, nil,
			[]arc{{"accuses", "officials", "acl:relcl"}}},
		{"a participle after a comma hung on the noun of the verb's oblique is the verb's",
			"Petro wrote on X, accusing the group of war crimes.",
			[]arc{{"accusing", "X", "advcl"}}, nil,
			[]arc{{"accusing", "wrote", "advcl"}}},
		{"a subject and a mark hung on an auxiliary belong to its verb",
			"Singh said the commanders met, and that New Delhi had also lodged a protest with Beijing.",
			[]arc{{"Delhi", "had", "nsubj"}, {"that", "had", "mark"}, {"had", "lodged", "aux"}}, nil,
			[]arc{{"Delhi", "lodged", "nsubj"}, {"that", "lodged", "mark"}}},
		{"an opening 'after' phrase read as a clause with its noun as subject is a phrase of time; the verb's subject follows the comma",
			"After hours of talks in Ankara on Wednesday, Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed signed a declaration.",
			[]arc{{"After", "signed", "mark"}, {"hours", "signed", "nsubj"}, {"Hassan", "Wednesday", "appos"}}, nil,
			[]arc{{"After", "hours", "case"}, {"hours", "signed", "obl"}}},
		{"'on' read as the mark of the infinitive after 'called' is the case of the party called on",
			"Mogherini called on Turkey to halt the operation and withdraw its forces.",
			[]arc{{"on", "halt", "mark"}, {"Turkey", "halt", "nsubj"}, {"halt", "called", "advcl"}}, nil,
			[]arc{{"on", "Turkey", "case"}, {"Turkey", "called", "obl"}, {"halt", "called", "xcomp"}}},
		{"the noun of an absolute 'with' phrase, hung on the verb before, is the participle's subject",
			"Taipei said it had tracked 40 Chinese jets near the island, with 20 of them crossing the median line.",
			[]arc{{"20", "tracked", "obl"}}, nil,
			[]arc{{"20", "crossing", "nsubj"}}},
		{"a diplomatic act joined to a clause whose subject is forces is the speaker's",
			"Kinshasa said Rwandan troops were fighting alongside the rebels and broke off diplomatic relations with Kigali.",
			[]arc{{"broke", "fighting", "conj"}}, nil,
			[]arc{{"broke", "said", "conj"}}},
		{"a free relative after a comma names the act before it; the phrase before its verb of naming is the verb's subject",
			"Azerbaijani troops shelled the towns, in what the defence ministry called a provocation.",
			[]arc{{"what", ",", "obl"}, {"defence", "what", "appos"}, {"ministry", "called", "nsubj"}, {"called", "defence", "acl:relcl"}}, nil,
			[]arc{{"what", "shelled", "obl"}, {"ministry", "called", "nsubj"}, {"called", "what", "acl:relcl"}, {"in", "what", "case"}}},
		{"a reported clause's subject read as the reporting participle's object, its verb hung elsewhere",
			"Hanoi demanded that Beijing withdraw the ship, saying the Chinese vessels had violated its waters.",
			[]arc{{"vessels", "saying", "obj"}, {"violated", "demanded", "parataxis"}}, nil,
			[]arc{{"vessels", "violated", "nsubj"}, {"violated", "saying", "ccomp"}}},
		{"a reporting participle hung on the complement clause of a demand gives the demander's reason",
			"Hanoi demanded that Beijing withdraw the ship, saying the Chinese vessels had violated its waters.",
			[]arc{{"saying", "withdraw", "advcl"}}, nil,
			[]arc{{"saying", "demanded", "advcl"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := parsed(t, tc.text)
			toks := s.tree.Tokens
			at := func(form string) int {
				if form == "" {
					return -1
				}
				return tokenAt(t, s, form)
			}
			for _, a := range tc.moves {
				moveDependents(toks, at(a.dep), a.rel, at(a.head))
			}
			for _, a := range tc.misparse {
				toks[at(a.dep)].Head, toks[at(a.dep)].Rel = at(a.head), a.rel
			}
			s.repair()
			for _, a := range tc.want {
				if d := at(a.dep); toks[d].Head != at(a.head) || toks[d].Rel != a.rel {
					head := "the root"
					if h := toks[d].Head; h >= 0 {
						head = toks[h].Form
					}
					t.Errorf("%s is %s of %s, want %s of %q", a.dep, toks[d].Rel, head, a.rel, a.head)
				}
			}
		})
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

// Dashes set off by spaces are read as commas: the apposition they enclose
// leaves the verb after it the root (single quotes, read as double ones, are
// tested where they change what is coded: TestHardSyntax).
func TestTreebankPunct(t *testing.T) {
	for _, tc := range []struct{ text, root string }{
		{"Three Americans – a US military service member and two contractors – were killed by Somalia's al Shabaab militant group during an attack on a military base in Kenya.", "killed"},
		{"Two Ukrainian drones — both of them cheap models — were shot down over Belgorod.", "shot"},
	} {
		s := parsed(t, tc.text)
		root := ""
		for _, tk := range s.tree.Tokens {
			if tk.Head < 0 {
				root = tk.Form
			}
		}
		if root != tc.root {
			t.Errorf("%s: root %q, want %q", tc.text, root, tc.root)
		}
	}
}

// FuzzRepairsKeepATree checks that the repairs leave a tree: one root, and
// every token reaches it.
func FuzzRepairsKeepATree(f *testing.F) {
	for _, text := range []string{
		"The drones, which Ukraine said were launched by Russia, hit an apartment block in Odesa.",
		"China and the United States, in separate statements, urged India and Pakistan, both nuclear-armed, to exercise restraint.",
		"The Pentagon condemned Iranian missile and unmanned aerial vehicle strikes near Erbil, Iraq, on Monday.",
		// a noun the parser hangs under a comma before a participle
		"ADF fighters seized two villages in the Beni territory from army units in a months-long push that has taken them within 20 km of Butembo, residents and officials said, reversing gains made by the army and allied militias during a 2021 offensive.",
	} {
		f.Add(text)
	}
	c := testCoder()
	f.Fuzz(func(t *testing.T, text string) {
		s := &sent{}
		s.reset(c, &discourse{}, text, span{0, len(text)}, tokenize(text, 0, len(text), c.g.Mentions(text), c.kind, nil))
		if !s.parse() && (len(s.tree.Tokens) == 0 || len(s.tree.Tokens) > maxParseTokens || s.acyclic()) {
			return // no parse, or one left unrepaired; but a tree a repair broke is dropped, and caught here
		}
		if !s.acyclic() {
			t.Fatalf("%q: a token never reaches the root", text)
		}
		roots := 0
		for _, tok := range s.tree.Tokens {
			if tok.Head < 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Fatalf("%q: %d roots", text, roots)
		}
	})
}

// A headline's comma between two names stands for "and"; a sentence that
// ends in a stop, inside a closing quote or not, keeps its commas, and so
// do names referred back to or named by their demonyms.
func TestHeadlineCommas(t *testing.T) {
	for _, tt := range []struct {
		text string
		and  bool
	}{
		{"Israel, Iran trade fire across border", true},
		{"Kenya urges Congo, Rwanda to talk", true},
		{"Israel, Iran trade fire across the border.", false},
		{`Officials in Tehran, Damascus accused Israel of "a cowardly attack."`, false},
		{"Venezuela expels Argentine, Chilean and Peruvian diplomats", false},
		{"Georgia closes its border with Russia, Moscow protests", false},
		{"Georgia, Russia swap detainees", true},
		{"Georgia, Russia protests: what we know", true},
	} {
		s := parsed(t, tt.text)
		and := false
		for i, tk := range s.tree.Tokens {
			if tk.Form == "and" && !strings.Contains(tt.text[tk.Start:tk.End], "and") {
				and = true
				if s.form(i) != "and" {
					t.Errorf("%s: the comma's lower-case form is %q", tt.text, s.form(i))
				}
			}
		}
		if and != tt.and {
			t.Errorf("%s: a comma read as \"and\": %v, want %v", tt.text, and, tt.and)
		}
	}
}

// An adjective after a possessive with no noun after it is the noun
// possessed: the tagger reads "military" in "Syria's military" as the
// adjective at times.
func TestRepairPossessedAdjective(t *testing.T) {
	s := parsed(t, "The rockets were fired by Syria's military.")
	toks := s.tree.Tokens
	fired, syria, military := tokenAt(t, s, "fired"), tokenAt(t, s, "Syria"), tokenAt(t, s, "military")
	toks[military].UPOS, toks[military].Head, toks[military].Rel = "ADJ", syria, "amod"
	toks[syria].Head, toks[syria].Rel = fired, "obl:agent"
	s.repair()
	if toks[military].Head != fired || toks[military].Rel != "obl:agent" || toks[syria].Head != military || toks[syria].Rel != "nmod:poss" || toks[military].UPOS != "NOUN" {
		t.Errorf("military is %s %s of %q, Syria %s of %q: want the noun the agent, Syria its possessor",
			toks[military].UPOS, toks[military].Rel, toks[max(0, toks[military].Head)].Form, toks[syria].Rel, toks[max(0, toks[syria].Head)].Form)
	}
}

// TestNameListKeepsATree checks that joining a list of names leaves a tree
// when the parse hangs the clause before the list on one of its names, so
// that a later name heads the first by a path outside the list.
func TestNameListKeepsATree(t *testing.T) {
	const text = "After some 16 hours of overnight negotiations in Minsk, hosted by Belarus and mediated by German Chancellor Angela Merkel and French President Francois Hollande, Putin and Ukrainian President Petro Poroshenko agreed on a ceasefire in eastern Ukraine to take effect on February 15."
	s := parsed(t, text)
	toks := s.tree.Tokens
	// the heads a misreading gave: "hosted" hung on "Putin", and the
	// first name of the list under it
	heads := []int{3, 3, 3, 10, 6, 6, 3, 8, 6, 3, 26, 12, 10, 14, 10, 17, 17, 14, 17, 17, 23, 22, 23, 17, 23, 26, 32, 30, 29, 30, 26, 30, -1, 35, 35, 32, 38, 38, 35, 40, 32, 40, 44, 44, 40, 32}
	if len(toks) != len(heads) {
		t.Fatalf("%d tokens, want %d", len(toks), len(heads))
	}
	for i, h := range heads {
		toks[i].Head = h
	}
	s.repairNameLists()
	if !s.acyclic() {
		t.Fatal("a token never reaches the root")
	}
}

// TestRepairsEndOnACycle checks that the repairs end on a parse with a
// cycle, which no repair should make (FuzzRepairsKeepATree) but which would
// otherwise hang the coder: every walk up the heads is bounded. The cycle
// here is the one a faulty repair once left: a name after the comma of an
// opening phrase and the phrase's noun hung on each other, so that a walk
// from the name toward the verb never arrives.
func TestRepairsEndOnACycle(t *testing.T) {
	s := parsed(t, "After talks in Minsk, Putin and Poroshenko agreed on a ceasefire.")
	toks := s.tree.Tokens
	name, noun := tokenAt(t, s, "Putin"), tokenAt(t, s, "talks")
	toks[name].Head, toks[name].Rel = noun, "conj"
	toks[noun].Head = name
	done := make(chan struct{})
	go func() {
		s.repair()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the repairs did not end on a parse with a cycle")
	}
}

// TestAcyclic checks the test that drops a parse a repair broke.
func TestAcyclic(t *testing.T) {
	for _, tc := range []struct {
		heads []int
		want  bool
	}{
		{[]int{1, -1, 1}, true},
		{[]int{1, 2, 0}, false},
		{[]int{-1, 2, 1}, false},
		{[]int{-1}, true},
	} {
		s := &sent{}
		for _, h := range tc.heads {
			s.tree.Tokens = append(s.tree.Tokens, syntax.Token{Head: h})
		}
		if got := s.acyclic(); got != tc.want {
			t.Errorf("heads %v: acyclic %v, want %v", tc.heads, got, tc.want)
		}
	}
}
