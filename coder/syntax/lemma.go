package syntax

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lemma rule turns a word into its lemma by cutting Strip bytes off its
// end and adding Add: "denied" → "deny" is {3, "y"}. The base word is the
// form itself for proper nouns ("States" → "State") and the lower-case form
// otherwise ("The" → "the").
type lemmaRule struct {
	strip uint8
	add   string
}

// lemmatizer finds the lemma of a (form, UPOS) pair: a treebank word keeps
// the lemma the treebank gives it most often; another word gets the rule of
// the longest suffix it shares with treebank words of its UPOS.
type lemmatizer struct {
	// words holds the treebank words whose lemma the suffix rules miss;
	// suffixes the rules by UPOS and suffix, keyed by lemmaKey.
	words, suffixes map[uint64]lemmaRule
	propn           uint8 // the PROPN tag
}

// maxSuffix is the longest suffix, in bytes, that a rule is learned for.
const maxSuffix = 5

// lemmaKey hashes a tag and a lower-case word or suffix; isWord tells
// the two apart.
func lemmaKey(tag uint8, s []byte, isWord bool) uint64 {
	h := uint64(fnvOffset)
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	h = (h ^ uint64(tag)) * fnvPrime
	if isWord {
		h = (h ^ 0xff) * fnvPrime
	}
	return h
}

// lemma returns the lemma of form tagged tag; buf is scratch space for the
// lower-case form.
func (lz *lemmatizer) lemma(form string, tag uint8, tags []string, buf []byte) (string, []byte) {
	lowerForm := appendLower(buf[:0], form)
	r, ok := lz.words[lemmaKey(tag, lowerForm, true)]
	if !ok {
		if int(tag) < len(tags) && tags[tag] == "VERB" {
			if l, ok := irregularVerbs[string(lowerForm)]; ok {
				return l, lowerForm
			}
		}
		r = lz.suffixRule(lowerForm, tag)
	}
	base := form
	if tag != lz.propn && string(lowerForm) != form {
		base = string(lowerForm)
	}
	if int(r.strip) > len(base) || r.strip == 0 && r.add == "" {
		return base, lowerForm
	}
	l := base[:len(base)-int(r.strip)] + r.add
	if !ok && int(tag) < len(tags) && tags[tag] == "VERB" && undoubledL(string(lowerForm), l) {
		l += "l" // "shelled" is "shell", unlike "cancelled"
	}
	return l, lowerForm
}

// undoubledL reports whether a suffix rule took "shelled" or "spelling" to
// a one-syllable lemma ending in a single l: verbs of one syllable end in
// "ll" ("shell", "quell"), while the learned rules undo the doubling of
// longer ones ("travelled", "cancelling").
func undoubledL(form, lemma string) bool {
	if !strings.HasSuffix(form, "lled") && !strings.HasSuffix(form, "lling") ||
		!strings.HasSuffix(lemma, "l") || strings.HasSuffix(lemma, "ll") {
		return false
	}
	groups, inVowel := 0, false
	for _, c := range []byte(lemma) {
		v := strings.IndexByte("aeiouy", c) >= 0
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}

// suffixRule returns the rule of the longest suffix of lower known for tag.
func (lz *lemmatizer) suffixRule(lower []byte, tag uint8) lemmaRule {
	for k := min(maxSuffix, len(lower)-1); k > 0; k-- {
		if r, ok := lz.suffixes[lemmaKey(tag, lower[len(lower)-k:], false)]; ok {
			return r
		}
	}
	return lz.suffixes[lemmaKey(tag, nil, false)]
}

func appendLower(buf []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// ruleFor returns the rule that makes lemma from the lower-case word.
func ruleFor(lower, lemma string) lemmaRule {
	ll := strings.ToLower(lemma)
	n := 0
	for n < len(lower) && n < len(ll) && lower[n] == ll[n] {
		n++
	}
	if len(lower)-n > 255 {
		return lemmaRule{}
	}
	return lemmaRule{strip: uint8(len(lower) - n), add: lemma[n:]}
}

// lemmaEntry is one learned rule, as stored in the model: a word's or a
// suffix's.
type lemmaEntry struct {
	tag    uint8
	text   string // lower case
	isWord bool
	rule   lemmaRule
}

// trainLemmatizer learns rules from the treebank's (form, UPOS, lemma)
// triples. Suffix rules count word types, not tokens, so that a few
// frequent irregular words do not decide the rule for a whole ending.
func trainLemmatizer(sentences []Sentence, tagIndex map[string]uint8) []lemmaEntry {
	type wordTag struct {
		lower string
		tag   uint8
	}
	lemmaCounts := map[wordTag]map[lemmaRule]int{}
	for _, s := range sentences {
		for _, t := range s.Tokens {
			tag, ok := tagIndex[t.UPOS]
			if !ok || t.Lemma == "" || t.Lemma == "_" {
				continue
			}
			lower := string(appendLower(nil, t.Form))
			k := wordTag{lower, tag}
			if lemmaCounts[k] == nil {
				lemmaCounts[k] = map[lemmaRule]int{}
			}
			base := t.Lemma
			if t.UPOS != "PROPN" {
				base = strings.ToLower(t.Lemma)
				if t.Lemma == "I" { // the treebank writes the pronoun's lemma in capitals
					base = t.Lemma
				}
			}
			lemmaCounts[k][ruleFor(lower, base)]++
		}
	}
	best := func(counts map[lemmaRule]int) lemmaRule {
		var b lemmaRule
		bc := -1
		for r, c := range counts {
			if c > bc || c == bc && (r.strip < b.strip || r.strip == b.strip && r.add < b.add) {
				b, bc = r, c
			}
		}
		return b
	}
	words := make([]wordTag, 0, len(lemmaCounts))
	for k := range lemmaCounts {
		words = append(words, k)
	}
	slices.SortFunc(words, func(a, b wordTag) int {
		return cmp.Or(cmp.Compare(a.tag, b.tag), cmp.Compare(a.lower, b.lower))
	})
	// Suffix rules by type frequency.
	type suffixTag struct {
		suffix string
		tag    uint8
	}
	suffixCounts := map[suffixTag]map[lemmaRule]int{}
	wordRule := map[wordTag]lemmaRule{}
	for _, w := range words {
		r := best(lemmaCounts[w])
		wordRule[w] = r
		for k := 0; k <= min(maxSuffix, len(w.lower)-1); k++ {
			st := suffixTag{w.lower[len(w.lower)-k:], w.tag}
			if int(r.strip) > k && k > 0 {
				continue // a rule longer than the suffix says nothing about it
			}
			if suffixCounts[st] == nil {
				suffixCounts[st] = map[lemmaRule]int{}
			}
			suffixCounts[st][r]++
		}
	}
	lz := &lemmatizer{words: map[uint64]lemmaRule{}, suffixes: map[uint64]lemmaRule{}}
	var out []lemmaEntry
	suffixes := make([]suffixTag, 0, len(suffixCounts))
	for k := range suffixCounts {
		suffixes = append(suffixes, k)
	}
	// Shorter suffixes first, so that a longer one is kept only when it
	// changes the rule its shorter suffix gives.
	slices.SortFunc(suffixes, func(a, b suffixTag) int {
		return cmp.Or(cmp.Compare(len(a.suffix), len(b.suffix)), cmp.Compare(a.tag, b.tag), cmp.Compare(a.suffix, b.suffix))
	})
	for _, st := range suffixes {
		counts := suffixCounts[st]
		total := 0
		for _, c := range counts {
			total += c
		}
		if st.suffix != "" && total < 2 {
			continue
		}
		r := best(counts)
		if st.suffix != "" && lz.suffixRule([]byte("x"+st.suffix), st.tag) == r {
			continue
		}
		lz.suffixes[lemmaKey(st.tag, []byte(st.suffix), false)] = r
		out = append(out, lemmaEntry{tag: st.tag, text: st.suffix, rule: r})
	}
	for _, w := range words {
		if r := wordRule[w]; lz.suffixRule([]byte(w.lower), w.tag) != r {
			out = append(out, lemmaEntry{tag: w.tag, text: w.lower, isWord: true, rule: r})
		}
	}
	return out
}

func newLemmatizer(entries []lemmaEntry, propn uint8) *lemmatizer {
	lz := &lemmatizer{words: map[uint64]lemmaRule{}, suffixes: map[uint64]lemmaRule{}, propn: propn}
	for _, e := range entries {
		m := lz.suffixes
		if e.isWord {
			m = lz.words
		}
		m[lemmaKey(e.tag, []byte(e.text), e.isWord)] = e.rule
	}
	return lz
}

// irregularVerbs are past forms of English verbs, news verbs first, that
// suffix rules cannot find and the treebank may lack.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(irregularVerbList, "\n") {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			m[form] = f[0]
		}
	}
	return m
}()

const irregularVerbList = `strike struck stricken
fight fought
flee fled
shoot shot
seek sought
lead led
hit hit
take took taken
give gave given
meet met
hold held
win won
lose lost
send sent
speak spoke spoken
tell told
say said
make made
go went gone
come came
begin began begun
break broke broken
bring brought
buy bought
build built
catch caught
choose chose chosen
draw drew drawn
drive drove driven
fall fell fallen
feel felt
fly flew flown
freeze froze frozen
get got gotten
grow grew grown
hide hid hidden
keep kept
know knew known
lay laid
leave left
lend lent
mean meant
pay paid
run ran
rise rose risen
see saw seen
sell sold
shake shook shaken
slay slew slain
spend spent
spread spread
stand stood
steal stole stolen
stick stuck
swear swore sworn
teach taught
think thought
throw threw thrown
understand understood
withdraw withdrew withdrawn
overthrow overthrew overthrown
undertake undertook undertaken
uphold upheld
withhold withheld
beat beaten
bleed bled
blow blew blown
bind bound
deal dealt
dig dug
feed fed
forget forgot forgotten
hang hung
hear heard
ride rode ridden
sink sank sunk
sit sat
sing sang sung
swing swung
tear tore torn
wear wore worn
write wrote written
become became
forbid forbade forbidden
forgive forgave forgiven
arise arose arisen
awake awoke awoken
bear bore borne
bend bent
bite bit bitten
eat ate eaten
find found
forecast forecast
foresee foresaw foreseen
mislead misled
oversee oversaw overseen
shine shone
sleep slept
slide slid
spin spun
sweep swept
wake woke woken
weep wept
wind wound`
