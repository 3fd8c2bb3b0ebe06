// Command genlexicon writes the coder's generated trigger lexicons,
// data/triggers-gen-*.tsv, from WordNet 3.0 (Princeton University; see
// coder/data/README.md for its license), installed by Debian's wordnet-base:
//
//	apt-get install -y wordnet-base
//	go generate -run genlexicon ./coder
//
// Each class below names a few seed synsets ("attack.v.01": the first verb
// sense of "attack") whose lemmas, and the lemmas of their troponyms or
// hyponyms down to a depth, trigger one kind of event in one frame. WordNet
// groups senses, not news usage, so every class lists the lemmas it must
// not take (other senses, slang, words the hand-written lexicons already
// code another way). Each lemma is written with its inflections: verbs
// from WordNet's exception list (struck, shot down) and the regular rules,
// nouns with their plurals.
//
// Lemmas the hand-written lexicons (data/triggers-{type}.tsv) already have
// are left out: what is written by hand wins.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/coder/internal/inflect"
)

// seed is a synset named like NLTK does ("attack.v.01"), with how many
// levels of troponyms (verbs) or hyponyms (nouns) below it to take.
type seed struct {
	ref   string
	depth int
}

// class is one generated group of trigger lines.
type class struct {
	typ       string // event type, names the output file
	code      string
	intensity float64
	frame     string
	seeds     []seed
	exclude   []string // lemmas ("mow_down") this class must not take
}

var classes = []class{
	{typ: "escalation", code: "attack", intensity: -9, frame: "act",
		seeds: []seed{{"attack.v.01", 1}, {"attack.v.03", 0}, {"attack.v.04", 0}, {"bombard.v.02", 1},
			{"kill.v.01", 1}, {"murder.v.01", 0}, {"assassinate.v.01", 0}, {"massacre.v.01", 0},
			{"ambush.v.01", 0}, {"storm.v.02", 0}, {"shoot_down.v.02", 0}},
		exclude: []string{
			// other senses, or no act of war
			"submarine", "pepper", "pelt", "surround", "hem_in", "circumvent", "seal_off", "ebb", "infest",
			"overrun", "set_on", "bust", "blast", "land", "down", "force", "surprise", "scupper", "lurk",
			"lie_in_wait", "bushwhack", "waylay", "ambuscade", "hit", "dispatch", "bump_off", "off", "polish_off",
			"remove", "drown", "butcher", "poison", "stone", "lapidate", "commit_suicide", "zap", "vaporize",
			"sacrifice", "take_off", "tomahawk", "destroy", "put_down", "saber", "sabre", "overlie", "overlay",
			"brain", "put_away", "put_to_sleep", "smother", "asphyxiate", "suffocate", "strangle", "strangulate",
			"throttle", "impale", "stake", "dismember", "martyr", "shed_blood", "execute", "put_to_death", "draw",
			"quarter", "draw_and_quarter", "electrocute", "fry", "shoot", "pip", "waste", "knock_off", "do_in",
			"erase", "extinguish", "carry_off", "decimate", "neutralize", "neutralise", "bomb_out", "glide-bomb",
			"skip-bomb", "pattern-bomb", "hydrogen-bomb", "letter_bomb", "atomize", "atomise", "atom-bomb",
			"gas", "teargas", "blitz", "occupy", "eradicate",
			"assail", // as often words as arms
		}},
	{typ: "escalation", code: "attack", intensity: -10, frame: "act",
		seeds: []seed{{"invade.v.01", 0}}},
	{typ: "escalation", code: "seize", intensity: -7, frame: "act",
		seeds:   []seed{{"appropriate.v.02", 0}},
		exclude: []string{"appropriate"}},
	{typ: "escalation", code: "incursion", intensity: -6, frame: "act",
		seeds:   []seed{{"intrude.v.01", 0}, {"intrude_on.v.01", 0}},
		exclude: []string{"irrupt", "invade", "obtrude_upon"}},
	{typ: "escalation", code: "attack", intensity: -9, frame: "noun",
		seeds: []seed{{"attack.n.01", 0}, {"ground_attack.n.01", 0}, {"invasion.n.01", 0}, {"incursion.n.02", 0},
			{"infiltration.n.01", 0}, {"foray.n.01", 0}, {"strike.n.05", 1}, {"counterattack.n.01", 0},
			{"bombing.n.01", 1}, {"barrage.n.02", 0}, {"air_raid.n.01", 0}, {"surprise_attack.n.01", 1}, {"massacre.n.01", 0},
			{"assassination.n.02", 0}, {"killing.n.02", 0}, {"occupation.n.02", 0}, {"annexation.n.02", 0}},
		exclude: []string{
			"onset", "onrush", "barrage_fire", "penetration", "maraud", "countermove", "battery", "trap", "lying_in_wait",
			"butchery", "carnage", "kill", "putting_to_death", "military_control", "first_strike", "bombing_run",
			"coup_de_main", "ambush", "ambuscade",
		}},
	{typ: "accusation", code: "accuse", intensity: -2, frame: "accuse",
		seeds:   []seed{{"accuse.v.01", 0}},
		exclude: []string{"impeach"}},
	{typ: "accusation", code: "criticise", intensity: -2, frame: "condemn",
		seeds: []seed{{"criticize.v.01", 1}, {"condemn.v.01", 0}, {"denounce.v.01", 0}, {"stigmatize.v.01", 0},
			{"reprimand.v.01", 0}},
		exclude: []string{
			"knock", "pick_apart", "criminate", "blast", "crucify", "admonish", "call_on_the_carpet", "take_to_task",
			"rag", "trounce", "lecture", "jaw", "dress_down", "call_down", "bawl_out", "chew_up", "chew_out",
			"have_words", "reproof", "come_down", "blame", "find_fault", "pick", "disparage", "belittle",
			"pick_at", "nitpick", "attack", "round", "assail", "lash_out", "snipe", "assault", "harsh_on",
			"brand", "mark", "scold", "savage", "reprehend", "belabor", "belabour", "objurgate",
		}},
	{typ: "denial", code: "deny", intensity: -1, frame: "deny",
		seeds: []seed{{"deny.v.01", 0}, {"refute.v.01", 0}, {"refute.v.02", 0}, {"repudiate.v.04", 0},
			{"disprove.v.01", 0}, {"contradict.v.02", 0}},
		exclude: []string{"negate", "contravene"}},
	{typ: "deescalation", code: "mediate", intensity: 5, frame: "mediate",
		seeds:   []seed{{"intercede.v.01", 0}},
		exclude: []string{"intermediate", "liaise"}},
	{typ: "deescalation", code: "restore-ties", intensity: 6, frame: "mutual",
		seeds:   []seed{{"reconcile.v.03", 0}},
		exclude: []string{"make_up", "settle", "patch_up"}},
	{typ: "deescalation", code: "talks", intensity: 4, frame: "mutual",
		seeds:   []seed{{"negotiate.v.01", 0}},
		exclude: []string{"negociate"}},
}

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dictionary directory (index.*, data.*, *.exc)")
	out := flag.String("out", "data", "directory holding triggers-{type}.tsv, to write triggers-gen-{type}.tsv into")
	flag.Parse()
	if err := run(*wn, *out, classes); err != nil {
		slog.Error("genlexicon", "err", err)
		os.Exit(1)
	}
}

func run(wnDir, out string, classes []class) error {
	wn, err := loadWordNet(wnDir)
	if err != nil {
		return err
	}
	files := map[string][]string{}
	seen := map[string]bool{}
	for _, c := range classes {
		hand, err := handWords(filepath.Join(out, "triggers-"+c.typ+".tsv"), c.frame == "noun")
		if err != nil {
			return err
		}
		lines, err := c.lines(wn, hand, seen)
		if err != nil {
			return err
		}
		files[c.typ] = append(files[c.typ], lines...)
	}
	for _, typ := range []string{"accusation", "denial", "escalation", "deescalation"} {
		path := filepath.Join(out, "triggers-gen-"+typ+".tsv")
		header := "# Generated by coder/internal/genlexicon from WordNet 3.0 (see README.md); do not edit.\n" +
			"# " + typ + " triggers: one lemma a line with its inflections. Columns: see triggers-accusation.tsv.\n"
		if err := os.WriteFile(path, []byte(header+strings.Join(files[typ], "")), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// lines returns the trigger lines of a class: one per lemma not yet seen
// and not in hand.
func (c class) lines(wn *wordNet, hand, seen map[string]bool) ([]string, error) {
	var lemmas []string
	for _, sd := range c.seeds {
		ls, err := wn.lemmas(sd.ref, sd.depth)
		if err != nil {
			return nil, err
		}
		lemmas = append(lemmas, ls...)
	}
	pos := strings.Split(c.seeds[0].ref, ".")[1]
	var out []string
	for _, l := range lemmas {
		if slices.Contains(c.exclude, l) || seen[pos+l] || hand[l] {
			continue
		}
		seen[pos+l] = true
		out = append(out, fmt.Sprintf("%s\t%s\t%s\t%s\t%s\n", wn.phrase(l, pos), c.typ, c.code,
			strconv.FormatFloat(c.intensity, 'f', -1, 64), c.frame))
	}
	return out, nil
}

// handWords returns the one-word phrases of a hand-written lexicon, base
// forms without their "+v" or "+n": its event nouns when nouns is set,
// else its verbs.
func handWords(path string, nouns bool) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		phrase := f[0]
		if strings.Contains(phrase, " ") || (f[len(f)-1] == "noun") != nouns {
			continue
		}
		for _, alt := range strings.Split(phrase, "/") {
			out[strings.TrimSuffix(strings.TrimSuffix(alt, "+v"), "+n")] = true
		}
	}
	return out, sc.Err()
}

// wordNet holds the parts of the dictionary the generator reads.
type wordNet struct {
	index      map[string][]string            // "attack.v" -> synset offsets in sense order
	synsets    map[string]synset              // "v00123456" -> synset
	exceptions map[string]map[string][]string // pos -> base -> inflected forms
}

type synset struct {
	lemmas []string
	down   []string // troponyms or hyponyms, as "v00123456"
}

var posFiles = map[string]string{"v": "verb", "n": "noun"}

func loadWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{index: map[string][]string{}, synsets: map[string]synset{}, exceptions: map[string]map[string][]string{}}
	for pos, name := range posFiles {
		if err := eachLine(filepath.Join(dir, "index."+name), func(f []string) error {
			if len(f) < 4 {
				return errors.New("short index line")
			}
			nptr, err := strconv.Atoi(f[3])
			if err != nil || len(f) < 6+nptr {
				return fmt.Errorf("bad index line for %q", f[0])
			}
			wn.index[f[0]+"."+pos] = f[6+nptr:]
			return nil
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, "data."+name), func(f []string) error {
			s, err := parseSynset(f, pos)
			if err != nil {
				return fmt.Errorf("synset %s: %w", f[0], err)
			}
			wn.synsets[pos+f[0]] = s
			return nil
		}); err != nil {
			return nil, err
		}
		exc := map[string][]string{}
		if err := eachLine(filepath.Join(dir, name+".exc"), func(f []string) error {
			if len(f) >= 2 {
				exc[f[1]] = append(exc[f[1]], f[0])
			}
			return nil
		}); err != nil {
			return nil, err
		}
		wn.exceptions[pos] = exc
	}
	return wn, nil
}

// parseSynset reads a data line: offset lex_filenum ss_type w_cnt (word
// lex_id)... p_cnt (symbol offset pos source/target)... | gloss.
func parseSynset(f []string, pos string) (synset, error) {
	if len(f) < 4 {
		return synset{}, errors.New("short line")
	}
	n, err := strconv.ParseInt(f[3], 16, 0)
	if err != nil || len(f) < 5+2*int(n) {
		return synset{}, errors.New("bad word count")
	}
	var s synset
	for i := range int(n) {
		w := strings.ToLower(f[4+2*i])
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j] // adjective markers: "(a)"
		}
		s.lemmas = append(s.lemmas, w)
	}
	i := 4 + 2*int(n)
	p, err := strconv.Atoi(f[i])
	if err != nil || len(f) < i+1+4*p {
		return synset{}, errors.New("bad pointer count")
	}
	for k := range p {
		sym, off, ppos := f[i+1+4*k], f[i+2+4*k], f[i+3+4*k]
		if (sym == "~" || sym == "~i") && ppos == pos {
			s.down = append(s.down, pos+off)
		}
	}
	return s, nil
}

// eachLine calls fn with the fields of each line of a WordNet file that is
// not part of its license header (those start with a space).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// lemmas returns the lemmas of the synset ref ("attack.v.01") and of its
// troponyms or hyponyms down to depth, in order, without repeats.
func (wn *wordNet) lemmas(ref string, depth int) ([]string, error) {
	parts := strings.Split(ref, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("synset %q: want lemma.pos.NN", ref)
	}
	sense, err := strconv.Atoi(parts[2])
	offs := wn.index[parts[0]+"."+parts[1]]
	if err != nil || sense < 1 || sense > len(offs) {
		return nil, fmt.Errorf("synset %q: no such sense", ref)
	}
	var out []string
	var walk func(id string, d int)
	walk = func(id string, d int) {
		s := wn.synsets[id]
		for _, l := range s.lemmas {
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
		if d > 0 {
			for _, c := range s.down {
				walk(c, d-1)
			}
		}
	}
	walk(parts[1]+offs[sense-1], depth)
	return out, nil
}

// particles follow the verb they belong to: "shoot down", "wipe out".
var particles = map[string]bool{"down": true, "out": true, "off": true, "up": true, "on": true, "upon": true,
	"in": true, "into": true, "back": true, "away": true, "over": true, "terms": true}

// phrase writes a lemma as a lexicon phrase, its head with every
// inflection: "shoot/shoots/shot/shooting down", "carpet
// bomb/bombs/bombed/bombing", "surprise_attack/surprise_attacks".
func (wn *wordNet) phrase(lemma, pos string) string {
	words := strings.Split(lemma, "_")
	if pos == "n" {
		last := len(words) - 1
		var forms []string
		for _, f := range nounForms(words[last], wn.exceptionsOf("n", words[last])) {
			forms = append(forms, strings.Join(append(words[:last:last], f), "_"))
		}
		return strings.Join(forms, "/")
	}
	head := len(words) - 1 // "carpet bomb"
	if len(words) > 1 && particles[words[1]] {
		head = 0
	}
	words[head] = strings.Join(verbForms(words[head], wn.exceptionsOf("v", words[head])), "/")
	return strings.Join(words, " ")
}

// exceptionsOf returns the irregular forms of a word, or of the verb it
// ends in: "counterstrike" inflects like "strike".
func (wn *wordNet) exceptionsOf(pos, w string) []string {
	if exc := wn.exceptions[pos][w]; len(exc) > 0 {
		return exc
	}
	for i := 1; len(w)-i >= 4; i++ {
		if exc := wn.exceptions[pos][w[i:]]; len(exc) > 0 {
			var out []string
			for _, x := range exc {
				out = append(out, w[:i]+x)
			}
			return out
		}
	}
	return nil
}

// verbForms returns a verb's base, -s, past and -ing forms. WordNet's
// exceptions give irregular pasts ("struck") and doubled consonants
// ("rammed", "ramming"); they replace the regular form of their slot.
func verbForms(v string, exc []string) []string {
	reg := inflect.Verb(v)
	out := []string{v, reg[1]}
	var pasts, ings []string
	irregular := false
	for _, x := range exc {
		if strings.HasSuffix(x, "ing") {
			ings = append(ings, x)
			continue
		}
		pasts = append(pasts, x)
		// a participle in -n alone ("mown") leaves the regular past ("mowed")
		irregular = irregular || !strings.HasSuffix(x, "n")
	}
	if !irregular {
		out = append(out, reg[2])
	}
	out = append(out, pasts...)
	if len(ings) == 0 {
		ings = []string{reg[3]}
	}
	out = append(out, ings...)
	slices.Sort(out[1:])
	return slices.Compact(out)
}

// nounForms returns a noun and its plural: WordNet's irregular one, else
// the regular rules.
func nounForms(w string, exc []string) []string {
	if len(exc) > 0 {
		return append([]string{w}, exc...)
	}
	return inflect.Noun(w)
}
