package coder

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder/internal/inflect"
)

// triggerData holds the trigger lexicons: one hand-written file per event
// type, and one generated from WordNet (triggers-gen-*.tsv). Files load in
// name order, so a hand-written line wins over a generated one.
//
//go:generate go run ./internal/genlexicon -out data
//go:embed data/triggers-*.tsv
var triggerData embed.FS

// frame names how the roles of a trigger are found; see data/frames.tsv
// and the frames_*.go files.
type frame uint8

const (
	frameAct        frame = iota // subject acts on object: "Iran struck Pakistan"
	frameNoun                    // event noun: "Iran's strikes on Pakistan"
	frameAccuse                  // "X accused Y of", "X held Y responsible"
	frameBlame                   // "X blamed Y for" or "X blamed the attack on Y"
	frameBlameOn                 // "X pinned the blame on Y"
	frameAllege                  // "X alleged that Y ..."
	frameCondemn                 // "X condemned Y's attack" or "X condemned the attack"
	frameProtest                 // "X protested to Y", "X lodged a protest with Y"
	frameSummon                  // "X summoned Y's envoy to protest"
	frameBehind                  // "X said Y was behind the attack"
	frameNounAcc                 // "Y's violation of X's sovereignty"
	frameDeny                    // "X denied Y's claim"
	frameThreat                  // "X threatened Y", "X warned Y"
	frameRespond                 // "X will respond to Y"
	frameVow                     // "X vowed to retaliate"
	frameMutual                  // "A and B agreed a ceasefire", "talks between A and B"
	frameClaim                   // "X claimed responsibility for the attack on Y"
	frameClaimedBy               // "an attack claimed by X"
	frameCalm                    // "X urged Y to show restraint"
	frameMediate                 // "talks mediated by X"
	frameIntent                  // "X does not seek escalation with Y"
	frameUrge                    // "X urged Y to exercise restraint"
	frameAbet                    // "X said Y was aiding the RSF": X accuses Y
	frameWarnOf                  // "X said Y would pay a price": X threatens Y
	frameReported                // "X said Y violated the truce": X accuses Y
	frameProxy                   // "X's proxy", said by Y: Y accuses X
	frameIgnore                  // a reading that is no event: the noun "targets"
	frameAlleged                 // "over Chad's alleged backing": the subject accuses Rwanda
	frameIntercept               // "X intercepted Y's drones": Y attacked X
	frameJudge                   // "X called the raid illegal": X accuses the raid's author
	frameReaction                // "the strikes drew a rebuke from X": X accuses the strikes' author
	frameClaimNoun               // "X's accusations against Y", "accusations by X that Y ..."
	frameMeasure                 // "X recalled its ambassador from Y", "X imposed sanctions on Y"
	frameCalmAct                 // "X reopened the border with Y", "X released Y\'s prisoners"
	frameClash                   // "A and B clashed", "fighting between A and B"
	frameLiesWith                // "the responsibility lies with Y, X said"
	frameAttribute               // "X attributed the attack to Y"
	frameEvidence                // "X said there were signs of Y's involvement"
	frameNoEvidence              // "there was no evidence of it, X said": X denies
	frameLaunch                  // "X fired missiles at Y": an act whose place "in" is where it is launched from
	frameWrest                   // "X recaptured the town from Y": the act falls on whom it is taken from
	frameDetain                  // "X detained Y's police officers": the act falls on the people held only
	frameApproach                // "X's boats came within 150 yards of Y's destroyer": the act falls on whom it closes in on
	frameDeter                   // "any attack by Y will be met with force", X warned: X threatens Y
	frameRepel                   // "X repelled an attack by Y": X fights Y, who attacked X
	frameFiredFirst              // "X said Y fired first": X blames Y, and Y fired on X
	framePledge                  // "X will cooperate with Y's investigation": a calming act X commits to is one
	frameOrdered                 // "Iranian diplomats had 48 hours to leave, Riyadh said": a measure told by whom it befalls
	frameDeclared                // "its ceasefire with Morocco was over, the Polisario said": a measure its speaker declares
	frameUltimatum               // "X gave Y a week to comply or face military intervention": X threatens Y
)

// forceAct reports a frame of an act of force by its subject.
func forceAct(f frame) bool {
	return f == frameAct || f == frameLaunch || f == frameWrest || f == frameDetain || f == frameRepel
}

var frameNames = map[string]frame{
	"act": frameAct, "noun": frameNoun, "accuse": frameAccuse,
	"blame": frameBlame, "blameon": frameBlameOn, "allege": frameAllege, "condemn": frameCondemn,
	"protest": frameProtest, "summon": frameSummon, "behind": frameBehind, "nounacc": frameNounAcc,
	"deny": frameDeny, "threat": frameThreat, "respond": frameRespond, "vow": frameVow,
	"mutual": frameMutual, "claim": frameClaim, "claimedby": frameClaimedBy, "calm": frameCalm,
	"mediate": frameMediate, "intent": frameIntent, "urge": frameUrge, "abet": frameAbet, "warnof": frameWarnOf, "reported": frameReported, "proxy": frameProxy, "ignore": frameIgnore, "alleged": frameAlleged,
	"intercept": frameIntercept, "judge": frameJudge, "reaction": frameReaction, "claimnoun": frameClaimNoun,
	"measure": frameMeasure, "calmact": frameCalmAct, "clash": frameClash, "lieswith": frameLiesWith, "attribute": frameAttribute, "evidence": frameEvidence,
	"noevidence": frameNoEvidence, "launch": frameLaunch, "wrest": frameWrest, "detain": frameDetain, "approach": frameApproach, "deter": frameDeter, "repel": frameRepel, "firedfirst": frameFiredFirst,
	"pledge": framePledge, "ordered": frameOrdered, "declared": frameDeclared, "ultimatum": frameUltimatum,
}

// trigger is one lexicon line.
type trigger struct {
	phrase    string
	typ       briefbot.EventType
	code      string
	intensity float64
	frame     frame
	// headLast marks a passive phrase ("~airspace * violated"): its last
	// word, the participle, is the trigger the frame reads, so that the
	// by-phrase is the source and the passive's subject the target.
	headLast bool
	// verb marks a one-word phrase written only as verbs ("shell+v"): a
	// noun of its words is a thing unless another line lists the noun.
	verb bool
	// verbFirst marks a phrase whose first word is written as a verb
	// ("shoot+v at"): after a form of "be" that word is a participle.
	verbFirst bool
	// nounOnly marks a one-word phrase written only as nouns ("deal+n"):
	// a verb of its words is no such thing ("would deal with").
	nounOnly bool
	// negative marks a phrase that says "not" itself ("~not * unpunished"):
	// its "not" is the threat's wording, no denial of it.
	negative bool
}

// accuseTrigger is the accusation that a construction other than an
// accusation verb states: a demand that the other stop a wrong, an act
// called a wrong, a measure taken over one. It is shared and never changed.
var accuseTrigger = &trigger{typ: briefbot.Accusation, code: "accuse", intensity: -2}

// warnTrigger is the threat in a warning to stop, when consequences follow:
// "warned Manila to cease its actions, or bear all consequences".
var warnTrigger = &trigger{typ: briefbot.Escalation, code: "threat", intensity: -7, frame: frameThreat}

// rejectedAsWrong is what rejecting an act as a wrong is: a condemnation
// ("rejected the move as a violation of the agreement").
var rejectedAsWrong = &trigger{typ: briefbot.Accusation, code: "condemn", intensity: -3, frame: frameCondemn}

// orderedRestraint is what a court's or a body's order to withdraw is: a
// call for restraint, not an expulsion.
var orderedRestraint = &trigger{typ: briefbot.Deescalation, code: "restraint", intensity: 3}

// intrusionTrigger is the act a protest of a party's forces' presence in
// another's waters or land states: an incursion.
var intrusionTrigger = &trigger{typ: briefbot.Escalation, code: "incursion", intensity: -6}

// rescueTrigger is what freeing people another party held is: an act
// against the captors.
var rescueTrigger = &trigger{typ: briefbot.Escalation, code: "rescue", intensity: -5}

// ownActClaim is what a party's saying it was behind an attack is: a claim
// of the act.
var ownActClaim = &trigger{typ: briefbot.Escalation, code: "attack", intensity: -10, frame: frameClaim}

// firstFireTrigger is the act a party said to have "fired first" did.
var firstFireTrigger = &trigger{typ: briefbot.Escalation, code: "attack", intensity: -8}

// maxGap is how many words a "*" in a phrase may skip; maxListGap bounds
// the items it skips, the parties of a list and their commas included.
const (
	maxGap     = 4
	maxListGap = 12
)

// lexicon is a word trie of the trigger phrases.
type lexicon struct {
	root *trieNode
}

type trieNode struct {
	next map[string]*trieNode
	gap  *trieNode // "*": skip up to maxGap items first
	trig *trigger  // a phrase ends here
	// noun is the event-noun reading of a phrase that is also a verb
	// ("attack", "strikes"); the sentence decides which applies.
	noun *trigger
}

func newNode() *trieNode { return &trieNode{next: make(map[string]*trieNode)} }

var builtinLexicon = sync.OnceValue(func() *lexicon {
	lx, err := loadLexicon(triggerData)
	if err != nil {
		panic("coder: built-in trigger lexicon: " + err.Error()) // embedded data, checked by the tests
	}
	return lx
})

// loadLexicon parses every data/triggers-*.tsv file of fsys.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{root: newNode()}
	names, err := fs.Glob(fsys, "data/triggers-*.tsv")
	if err != nil {
		return nil, fmt.Errorf("listing trigger files: %w", err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimRight(line, " \r")
			if line == "" || line[0] == '#' {
				continue
			}
			t, words, err := parseTrigger(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
			}
			lx.add(words, t)
		}
	}
	return lx, nil
}

// parseTrigger parses one lexicon line into its trigger and the word
// alternatives of each phrase position (nil for a gap).
func parseTrigger(line string) (*trigger, [][]string, error) {
	f := strings.Split(line, "\t")
	if len(f) != 5 {
		return nil, nil, fmt.Errorf("%d tab-separated fields, want 5", len(f))
	}
	t := &trigger{phrase: f[0], typ: briefbot.EventType(f[1]), code: f[2]}
	if !validType(t.typ) {
		return nil, nil, fmt.Errorf("unknown event type %q", f[1])
	}
	if t.code == "" {
		return nil, nil, fmt.Errorf("empty code")
	}
	var err error
	if t.intensity, err = strconv.ParseFloat(f[3], 64); err != nil || t.intensity < -10 || t.intensity > 10 {
		return nil, nil, fmt.Errorf("intensity %q: want a number in -10..10", f[3])
	}
	fr, ok := frameNames[f[4]]
	if !ok {
		return nil, nil, fmt.Errorf("unknown frame %q", f[4])
	}
	t.frame = fr
	phrase := f[0]
	if rest, ok := strings.CutPrefix(phrase, "~"); ok {
		phrase, t.headLast = rest, true
	}
	var words [][]string
	fields := strings.Fields(phrase)
	t.verb = len(fields) == 1
	t.negative = slices.Contains(strings.Split(fields[0], "/"), "not")
	t.verbFirst = strings.Contains(fields[0], "+v")
	t.nounOnly = len(fields) == 1 && !slices.ContainsFunc(strings.Split(fields[0], "/"), func(alt string) bool { return !strings.HasSuffix(alt, "+n") })
	for _, w := range fields {
		if w == "*" {
			words = append(words, nil)
			continue
		}
		var forms []string
		for _, alt := range strings.Split(w, "/") {
			t.verb = t.verb && strings.HasSuffix(alt, "+v")
			forms = append(forms, wordForms(alt)...)
		}
		for _, f := range forms {
			if strings.Contains(f, "'") {
				forms = append(forms, strings.ReplaceAll(f, "'", "\u2019")) // "chargé d’affaires", as typeset
			}
		}
		words = append(words, forms)
	}
	if len(words) == 0 || words[0] == nil || words[len(words)-1] == nil {
		return nil, nil, fmt.Errorf("phrase %q: empty, or starts or ends with *", f[0])
	}
	return t, words, nil
}

// validType reports whether t is one of EventTypes.
func validType(t briefbot.EventType) bool {
	for _, x := range briefbot.EventTypes {
		if x == t {
			return true
		}
	}
	return false
}

// wordForms expands "accuse+v" into its verb forms ("send+v" into send,
// sends, sent, sending), "carry+v_out" into those of a phrasal verb (carry
// out, carries out, ...) and "attack+n" into singular and plural; other
// words stand as written, in lower case.
func wordForms(w string) []string {
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	switch {
	case strings.HasSuffix(w, "+v") && !strings.Contains(w, " "):
		return inflect.Verb(strings.TrimSuffix(w, "+v"))
	case strings.Contains(w, "+v "):
		verb, particle, _ := strings.Cut(w, "+v ")
		forms := inflect.Verb(verb)
		for i := range forms {
			forms[i] += " " + particle
		}
		return forms
	case strings.HasSuffix(w, "+n"):
		return inflect.Noun(strings.TrimSuffix(w, "+n"))
	}
	return []string{w}
}

// add inserts every expansion of a phrase. Where two lines expand to the
// same words the first keeps them, except that an event-noun reading and a
// verb reading of the same words ("attack") are both kept and the sentence
// picks one (nounReading).
func (lx *lexicon) add(words [][]string, t *trigger) {
	nodes := []*trieNode{lx.root}
	for _, forms := range words {
		var next []*trieNode
		for _, nd := range nodes {
			if forms == nil {
				if nd.gap == nil {
					nd.gap = newNode()
				}
				next = append(next, nd.gap)
				continue
			}
			for _, f := range forms {
				cur := nd
				for _, part := range strings.Fields(f) { // "chargé d'affaires" is two words
					c, ok := cur.next[part]
					if !ok {
						c = newNode()
						cur.next[part] = c
					}
					cur = c
				}
				next = append(next, cur)
			}
		}
		nodes = next
	}
	for _, nd := range nodes {
		switch {
		case nd.trig == nil:
			nd.trig = t
		case nd.noun == nil && isNounFrame(t.frame) && !isNounFrame(nd.trig.frame):
			nd.noun = t
		case nd.noun == nil && isNounFrame(nd.trig.frame) && !isNounFrame(t.frame):
			nd.noun, nd.trig = nd.trig, t
		}
	}
}

// nounReading decides whether the words [start, end), which read as a verb
// or a noun ("attack", "strikes"), are a noun here: after an article, a
// possessive, a demonym or a preposition, or before "on" or "against".
func nounReading(items []item, start, end int) bool {
	if strings.HasSuffix(items[start].text, "ing") {
		// a gerund is a participle unless a determiner or possessive
		// heads it or its agent or victim follows: "the killing of",
		// "Iran's shelling", "shelling by Armenia"
		return end < len(items) && items[end].is("of", "by", "on", "against") ||
			start > 0 && (items[start-1].poss || items[start-1].kind == wordItem && nounCues[items[start-1].text])
	}
	if start > 0 {
		p := &items[start-1]
		switch {
		case p.kind == actorItem:
			// "the Hamas raids", "Iran's strikes", "Israeli raids"
			return p.poss || p.form == FormDemonym || p.compound || start > 1 && items[start-2].kind == wordItem &&
				(nounCues[items[start-2].text] || prepositions[items[start-2].text] || items[start-2].text[0] >= '0' && items[start-2].text[0] <= '9' ||
					strings.HasSuffix(items[start-2].text, "ed") || items[start-2].is("struck", "hit", "shot", "as")) // "struck PKK targets", "described as PKK targets"
		case p.kind == wordItem && (nounCues[p.text] || weaponModifiers[p.text]):
			return true // "the raid", "a helicopter raid"
		case p.kind == wordItem && strings.HasSuffix(p.text, "ed") && start > 1 && (items[start-2].poss || items[start-2].kind == wordItem && nounCues[items[start-2].text]):
			return true // "the military's first acknowledged strike": a participle between the determiner and its noun
		case p.kind == wordItem && bareVerbCues[p.text]:
			// "to target", "would strike": a bare verb; "on its way to
			// targets": a plural after them is a noun
			w := items[end-1].text
			return end == start+1 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		case p.kind == wordItem && (verbCues[p.text] || strings.HasSuffix(p.text, "ly")):
			return false
		}
	}
	if end < len(items) && items[end].is("on", "against", "by", "of", "targeting") {
		return true
	}
	if start == 0 {
		return false
	}
	p := &items[start-1]
	if p.kind == wordItem && (prepositions[p.text] || p.text[0] >= '0' && p.text[0] <= '9' || strings.Contains(p.text, "-")) {
		return true
	}
	w := items[end-1].text
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// bareVerbCues take a verb's bare form after them: "to", "will", "did".
var bareVerbCues = set("to", "will", "would", "could", "can", "may", "might", "did", "does", "do", "not", "n't", "never")

// isNounFrame reports the frames of a noun reading.
func isNounFrame(f frame) bool { return f == frameNoun || f == frameIgnore }

// match is a trigger found in a sentence: items [start, end) matched, and
// head is the item of the phrase's first word.
type match struct {
	start, end int
	trig       *trigger
	// verb is the verb reading of words the lexicon lists as both and
	// read here as a noun ("the United States strike Iranian sites" reads
	// "strike" after a name as a noun): the parse may show the verb.
	verb *trigger
	// verbOnly marks words the lexicon lists only as a verb ("block",
	// "shell"): read as a noun they name a thing ("an apartment block"),
	// not the act.
	verbOnly bool
}

// readsAsVerb reports a match the lexicon writes as a verb: a word listed
// only as one, a verb reading beside a noun one, or a phrase whose first
// word is a verb's.
func (m match) readsAsVerb() bool {
	return m.verbOnly || m.verb != nil || m.trig.verb || m.trig.verbFirst
}

// holds reports an item inside the phrase matched.
func (m match) holds(k int) bool { return k >= m.start && k < m.end }

// longestAt returns the longest phrase matching items from i, if any.
func (lx *lexicon) longestAt(items []item, i int) (match, bool) {
	best := match{start: i, end: -1}
	lx.walk(items, i, lx.root, i, &best)
	return best, best.end > i
}

func (lx *lexicon) walk(items []item, start int, nd *trieNode, i int, best *match) {
	if nd.trig != nil && i > best.end && !prepositionGoesOn(items, i) {
		best.end, best.trig = i, nd.trig
		best.verbOnly = nd.noun == nil && nd.trig.verb
		best.verb = nil
		if nd.noun != nil && nounReading(items, start, i) {
			best.trig, best.verb = nd.noun, nd.trig
		}
	}
	if i < len(items) && items[i].kind == wordItem {
		if c, ok := nd.next[items[i].text]; ok {
			lx.walk(items, start, c, i+1, best)
		}
	}
	if nd.gap != nil {
		words := 0 // the glue of a list of parties costs nothing: "listed the Sinaloa Cartel, the CJNG and Tren de Aragua as terrorist"
		for k := 0; words <= maxGap && k <= maxListGap && i+k < len(items); k++ {
			if k > 0 {
				prev := &items[i+k-1]
				if k == 1 && prev.is("that") {
					// "disputed that account": a demonstrative right before
					// the phrase's next word, not a clause
					lx.walkWord(items, start, nd.gap, i+k, best)
					break
				}
				if k == 1 && prev.is("it") && actObjectVerbs[items[start].text] || prev.is("alongside") {
					// "launched it to justify its strikes": "it" is the act
					// launched, and the strikes another's; "deployed troops
					// alongside Congolese forces": the partner's forces
					break
				}
				if prev.isBoundary() || prev.kind == wordItem && (subjectBoundaries[prev.text] || chargeNouns[prev.text] && items[i+k].is("of", "over", "about", "against") || wayParticiple(items, i+k-1) || prev.is("not", "n't", "never", "no", "during")) ||
					prev.is(",") && items[i+k].is("and", "but", "while") {
					// a gap never spans a clause ("claimed that the strikes", ",
					// and Hamas released"), a charge ("traded accusations of
					// cross-border fire": what is charged is no act), a
					// negation ("pledged not to retaliate"), the time of the
					// act ("fired first during an artillery drill") nor a
					// vessel's way ("seized a tanker sailing from Dubai")
					break
				}
				if !prev.is("-") && (!prev.is(",", "and", "the") || !listGlue(items, i+k-1)) && !quantityWord(prev) && !nameWord(items, i+k-1) {
					words++ // "intelligence-based" is one word; "more than a dozen" counts one
				}
				if words > maxGap {
					break
				}
			}
			lx.walkWord(items, start, nd.gap, i+k, best)
		}
	}
}

// nameWord reports a word of a name at j, or a comma that sets one off,
// which a gap skips for free: "gave France's ambassador, Sylvain Itte, 48
// hours to leave".
func nameWord(items []item, j int) bool {
	name := func(j int) bool { return j >= 0 && j < len(items) && items[j].name && !timeWords[items[j].text] } // (a day is no name: "traded blame on Sunday for")
	return name(j) || items[j].is(",") && (name(j-1) || name(j+1))
}

// wayParticiple reports a participle of motion at j that describes the
// noun before it ("a tanker sailing from Dubai"), not a clause's verb ("the
// UAE was flying arms into Chad").
func wayParticiple(items []item, j int) bool {
	return j > 0 && motionParticiples[items[j].text] && !beForms[items[j-1].text]
}

// prepositionGoesOn reports a phrase that ends in "over" where the word
// goes on as a preposition of time: "declared a truce over the weekend",
// not "declared the truce over." nor "a no-fly zone over Niger".
func prepositionGoesOn(items []item, end int) bool {
	if end == 0 || end >= len(items) || !items[end-1].is("over") {
		return false
	}
	next := &items[end]
	return next.is("the", "a", "an", "this", "that", "last", "next", "several", "recent", "past", "christmas", "easter", "eid", "holidays", "new") ||
		timeWords[next.text] || numeral(next.text)
}

// quantityWord reports a number or a word of a count, which a gap skips
// for free: "fired more than a dozen ballistic missiles".
func quantityWord(it *item) bool {
	return it.kind == wordItem && (it.text[0] >= '0' && it.text[0] <= '9' || countWords[it.text])
}

var countWords = set("more", "than", "fewer", "least", "nearly", "almost", "around", "some", "dozen", "dozens",
	"hundred", "hundreds", "thousand", "thousands", "scores", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// listGlue reports a comma, "and" or "the" at j between two parties of a
// list: "the Sinaloa Cartel, the CJNG and Tren de Aragua".
func listGlue(items []item, j int) bool {
	return partyNear(items, j, -1) && partyNear(items, j, +1)
}

// partyNear reports a party within two items of j in direction dir, past
// nothing but list glue.
func partyNear(items []item, j, dir int) bool {
	for k := j + dir; k >= 0 && k < len(items) && k != j+3*dir; k += dir {
		if items[k].kind == actorItem {
			return true
		}
		if !items[k].is(",", "and", "the") {
			return false
		}
	}
	return false
}

// walkWord continues after a gap: the next item must match a word.
func (lx *lexicon) walkWord(items []item, start int, nd *trieNode, i int, best *match) {
	if i < len(items) && items[i].kind == wordItem {
		if c, ok := nd.next[items[i].text]; ok {
			lx.walk(items, start, c, i+1, best)
		}
	}
}
