package syntax

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"
)

// Model is a trained tagger, lemmatizer and parser. It is read-only once
// loaded and safe for concurrent use.
type Model struct {
	tags     []string // UPOS tags by index
	labels   []string // relations by index
	lex      lexicon
	lemmas   []lemmaEntry
	lemma    *lemmatizer
	tagger   *weights
	parser   *transWeights
	labeller *weights
	sys      system
	tagSet   tagSet
	pool     sync.Pool // *scratch
}

// system is the labeller's classes: the relations, and the root
// relation, which the root's arc has and no other.
type system struct{ nlabels, root int }

// bestLabel returns the highest-scoring label for an arc from head h,
// the first on ties.
func (y system) bestLabel(h int32, scores []int32) uint8 {
	if h == 0 {
		return uint8(y.root)
	}
	best := -1
	for l, s := range scores[:y.nlabels] {
		if l != y.root && (best < 0 || s > scores[best]) {
			best = l
		}
	}
	return uint8(best)
}

// scratch is one parse's working memory, pooled so that parsing allocates
// little beyond its results.
type scratch struct {
	toks  []Token
	wf    []wordFeats
	runes []rune
	tags  []uint8
	lower []byte
	sc    scorer
	st    state
	ctx   parserCtx
}

//go:embed data/model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the model embedded in the binary, loading it on first
// use. It panics if the embedded data is corrupt, which the package tests
// rule out.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic(fmt.Sprintf("syntax: embedded model: %v", err))
		}
		defaultModel = m
	})
	return defaultModel
}

// Parse splits text into sentences and tokens, and tags, lemmatises and
// parses each sentence. Offsets are into text.
func (m *Model) Parse(text string) []Sentence {
	spans := SplitSentences(text)
	out := make([]Sentence, len(spans))
	sc := m.getScratch()
	for i, sp := range spans {
		s := &out[i]
		s.Text, s.Start = text[sp.Start:sp.End], sp.Start
		// Tokenised into scratch space, then copied: one allocation of
		// the right size per sentence.
		sc.toks = AppendTokens(sc.toks[:0], text, sp)
		s.Tokens = slices.Clone(sc.toks)
		m.annotate(s, sc)
	}
	clear(sc.toks) // keep no strings of text
	m.pool.Put(sc)
	return out
}

// Annotate sets the UPOS, Lemma, Head and Rel of s.Tokens from their Form;
// the other fields are left as they are.
func (m *Model) Annotate(s *Sentence) {
	sc := m.getScratch()
	m.annotate(s, sc)
	m.pool.Put(sc)
}

func (m *Model) annotate(s *Sentence, sc *scratch) {
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	m.tagWords(toks, sc)
	for i := range toks {
		toks[i].UPOS = m.tags[sc.tags[i]]
		toks[i].Lemma, sc.lower = m.lemma.lemma(toks[i].Form, sc.tags[i], m.tags, sc.lower)
	}
	m.parse(&sc.st, &sc.ctx, &sc.sc)
	for i := range toks {
		toks[i].Head = int(sc.st.head[i+1]) - 1
		toks[i].Rel = m.labels[sc.st.label[i+1]]
	}
}

// standInName is the word the parser reads for a name the tagger took
// for a function word.
const standInName = "Iran"

// tagWords reads the words of toks into sc, tags them, and sets the
// parser's context from the words and tags.
func (m *Model) tagWords(toks []Token, sc *scratch) {
	sc.grow(len(toks))
	for i := range toks {
		sc.runes = computeWordFeats(&sc.wf[i], toks[i].Form, sc.runes)
		sc.wf[i].first = i == 0
	}
	sc.sc.scores = sc.sc.scores[:len(m.tags)]
	tagSentence(sc.wf, sc.tags, &m.lex, &sc.sc, m.tagger.score, nil)
	for i := range toks {
		if toks[i].Name && m.tagSet.nameless>>sc.tags[i]&1 != 0 {
			// its own word would pull the parser back to the function
			// word's attachments: it is read as a state's name instead
			sc.tags[i] = m.tagSet.propn
			sc.runes = computeWordFeats(&sc.wf[i], standInName, sc.runes)
		}
		if toks[i].Name && sc.tags[i] == m.tagSet.verb {
			sc.tags[i] = m.tagSet.propn // "Beijing condemned ...": a name opening a sentence is no verb
		}
		if toks[i].Proper && sc.tags[i] == m.tagSet.adj {
			sc.tags[i] = m.tagSet.propn // "Oman and Qatar urged": a name, which no adjective's attachments fit
		}
		if toks[i].Verb && (sc.tags[i] == m.tagSet.noun || sc.tags[i] == m.tagSet.adj) {
			sc.tags[i] = m.tagSet.verb // (and "had been obliterated" is a passive, not a state)
		}
	}
	sc.ctx.set(sc.wf, sc.tags, sc.sc.amb, m.tagSet)
}

func (m *Model) getScratch() *scratch {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{sc: scorer{scores: make([]int32, max(len(m.tags), len(m.labels)))}}
	}
	return sc
}

// grow makes room for a sentence of n tokens.
func (sc *scratch) grow(n int) {
	sc.wf = slices.Grow(sc.wf[:0], n)[:n]
	sc.tags = slices.Grow(sc.tags[:0], n)[:n]
}

// parse runs the greedy parser over ctx's words, leaving the tree in st.
func (m *Model) parse(st *state, ctx *parserCtx, sc *scorer) {
	n := len(ctx.word) - 1
	st.reset(n)
	sc.scores = sc.scores[:m.sys.nlabels]
	sc.resetSlots(n)
	for !st.terminal() {
		a := st.forced()
		if a < 0 {
			scores := m.transScores(st, ctx, sc)
			a = st.best(&scores, nil)
		}
		st.apply(a, m.label(st, ctx, sc, a))
	}
}

// resetSlots forgets the slots' scores, for a sentence of n words.
func (sc *scorer) resetSlots(n int) {
	for slot := range nslots {
		sc.slots[slot] = slices.Grow(sc.slots[slot][:0], n+3)[:n+3]
		clear(sc.slots[slot])
	}
}

// transScores returns the transitions' scores in st. A slot's features
// are scored the first time a word is there, and their scores kept for
// the next times, by slot and word (plus one, for -1).
func (m *Model) transScores(st *state, ctx *parserCtx, sc *scorer) [nactions]int32 {
	var scores [nactions]int32
	for slot := range nslots {
		x := st.slot(slot)
		cached := &sc.slots[slot][x+1]
		if !cached.known {
			sc.feats = slotFeats(sc.feats[:0], slot, x, st, ctx)
			m.parser.score(sc.feats, &cached.scores)
			cached.known = true
		}
		scores[left] += cached.scores[left]
		scores[right] += cached.scores[right]
	}
	sc.feats = stateFeats(sc.feats[:0], st, ctx)
	m.parser.score(sc.feats, &scores)
	return scores
}

// label returns the label of the arc that action a makes, noLabel for
// shift.
func (m *Model) label(st *state, ctx *parserCtx, sc *scorer, a int) uint8 {
	if a == shift {
		return noLabel
	}
	h, d := st.arc(a)
	if h == 0 {
		return uint8(m.sys.root)
	}
	sc.feats = labelFeats(sc.feats[:0], st, ctx, h, d)
	clear(sc.scores)
	sc.bounds = m.labeller.score(sc.feats, sc.scores, sc.bounds)
	return m.sys.bestLabel(h, sc.scores)
}

// Tags returns the UPOS tags the model assigns.
func (m *Model) Tags() []string { return slices.Clone(m.tags) }

// Relations returns the dependency relations the model assigns.
func (m *Model) Relations() []string { return slices.Clone(m.labels) }

const magic = "briefbot-syntax\x02"

// WriteTo writes the model in the form Load reads. The bytes depend only
// on the model. They are not compressed: decompressing would take most of
// the time of loading.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	b := []byte(magic)
	b = appendStrings(b, m.tags)
	b = appendStrings(b, m.labels)
	b = binary.AppendUvarint(b, uint64(len(m.lex.sure)))
	for _, k := range slices.Sorted(maps.Keys(m.lex.sure)) {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = append(b, m.lex.sure[k])
	}
	b = binary.AppendUvarint(b, uint64(len(m.lex.classes)))
	for _, k := range slices.Sorted(maps.Keys(m.lex.classes)) {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.AppendUvarint(b, m.lex.classes[k])
	}
	b = binary.AppendUvarint(b, uint64(len(m.lemmas)))
	for _, e := range m.lemmas {
		flag := byte(0)
		if e.isWord {
			flag = 1
		}
		b = append(b, e.tag, flag, e.rule.strip)
		b = appendString(b, e.text)
		b = appendString(b, e.rule.add)
	}
	b = m.tagger.append(b)
	b = m.parser.append(b)
	b = m.labeller.append(b)
	n, err := w.Write(b)
	return int64(n), err
}

// Load reads a model written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	m, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	return m, nil
}

func decode(data []byte) (*Model, error) {
	d := decoder{data: data}
	if string(d.bytes(len(magic))) != magic {
		return nil, corrupt("not a syntax model")
	}
	m := &Model{tags: d.strings(), labels: d.strings(), lex: lexicon{sure: map[uint64]uint8{}, classes: map[uint64]uint64{}}}
	for n := d.count(9); n > 0; n-- {
		k := d.uint64()
		m.lex.sure[k] = d.byte()
	}
	for n := d.count(9); n > 0; n-- {
		k := d.uint64()
		m.lex.classes[k] = d.uvarint()
	}
	m.lemmas = make([]lemmaEntry, d.count(5))
	for i := range m.lemmas {
		e := &m.lemmas[i]
		e.tag, e.isWord, e.rule.strip = d.byte(), d.byte() == 1, d.byte()
		e.text, e.rule.add = d.string(), d.string()
	}
	m.tagger = d.weights(len(m.tags))
	m.parser = d.transWeights()
	m.labeller = d.weights(len(m.labels))
	if d.err != nil {
		return nil, d.err
	}
	if d.left() != 0 {
		return nil, corrupt("trailing data")
	}
	if err := m.init(); err != nil {
		return nil, err
	}
	return m, nil
}

// init derives the run-time tables from the stored ones and checks that
// they fit together.
func (m *Model) init() error {
	if len(m.tags) == 0 || len(m.labels) == 0 || len(m.tags) > maxClasses || len(m.labels) > maxClasses {
		return corrupt("tag or label count")
	}
	m.sys = system{nlabels: len(m.labels), root: slices.Index(m.labels, "root")}
	propn := slices.Index(m.tags, "PROPN")
	if m.sys.root < 0 || propn < 0 {
		return corrupt("no root relation or PROPN tag")
	}
	for _, t := range m.lex.sure {
		if int(t) >= len(m.tags) {
			return corrupt("tag dictionary")
		}
	}
	for _, c := range m.lex.classes {
		if c>>len(m.tags) != 0 {
			return corrupt("ambiguity classes")
		}
	}
	m.lemma = newLemmatizer(m.lemmas, uint8(propn))
	m.tagSet = newTagSet(m.tags)
	return nil
}

// append encodes the rows: the keys as ascending deltas, then the rows'
// lengths, classes and weights, each in a block of its own so that the
// compressor finds their regularities.
func (m *weights) append(b []byte) []byte {
	c := m.columns()
	b = binary.AppendUvarint(b, uint64(len(c.keys)))
	prev := uint32(0)
	for _, k := range c.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
	}
	b = append(b, c.lens...)
	b = append(b, c.cls...)
	for _, w := range c.w {
		b = binary.LittleEndian.AppendUint16(b, uint16(w))
	}
	return b
}

// append encodes the features as ascending deltas, then all left
// weights, then all right weights.
func (m *transWeights) append(b []byte) []byte {
	rows := m.rows()
	b = binary.AppendUvarint(b, m.nb)
	b = binary.AppendUvarint(b, uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		b = binary.AppendUvarint(b, uint64(r.key-prev))
		prev = r.key
	}
	for _, r := range rows {
		b = append(b, byte(r.left))
	}
	for _, r := range rows {
		b = append(b, byte(r.right))
	}
	return b
}

// decoder reads data from pos on. It moves an offset, not a slice: a slice
// stored at each read costs a write barrier while the collector runs, and
// a load reads a few million values.
type decoder struct {
	data []byte
	pos  int
	err  error
}

// left returns the number of bytes not read yet.
func (d *decoder) left() int { return len(d.data) - d.pos }

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = corrupt(what)
	}
	d.pos = len(d.data)
}

func (d *decoder) bytes(n int) []byte {
	if n < 0 || n > d.left() {
		d.fail("truncated")
		return nil
	}
	out := d.data[d.pos : d.pos+n]
	d.pos += n
	return out
}

func (d *decoder) byte() byte {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) uint64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.pos += n
	return v
}

// count reads a count of items of at least minSize bytes each, refusing
// counts the remaining data cannot hold.
func (d *decoder) count(minSize int) int {
	n := d.uvarint()
	if n > uint64(d.left()/minSize) {
		d.fail("count beyond the data")
		return 0
	}
	return int(n)
}

func (d *decoder) string() string { return string(d.bytes(int(d.uvarint()))) }

func (d *decoder) strings() []string {
	out := make([]string, d.count(1))
	for i := range out {
		out[i] = d.string()
	}
	return out
}

// weights decodes a perceptron over nclass classes.
func (d *decoder) weights(nclass int) *weights {
	var c columns
	c.keys = make([]uint32, d.count(2))
	key := uint32(0)
	for i := range c.keys {
		delta := d.uvarint()
		if delta == 0 && i > 0 || delta > 1<<32-1-uint64(key) {
			d.fail("unsorted features")
			break
		}
		key += uint32(delta)
		c.keys[i] = key
	}
	c.lens = d.bytes(len(c.keys))
	total := 0
	for _, n := range c.lens {
		total += int(n)
	}
	c.cls = d.bytes(total)
	for _, cl := range c.cls {
		if int(cl) >= nclass {
			d.fail("weights for unknown classes")
			break
		}
	}
	raw := d.bytes(2 * total)
	if d.err != nil {
		return nil
	}
	c.w = make([]int16, total)
	for i := range c.w {
		c.w[i] = int16(binary.LittleEndian.Uint16(raw[2*i:]))
		if c.w[i] < -maxWeight || c.w[i] > maxWeight {
			d.fail("weight out of range")
			return nil
		}
	}
	return newWeights(c)
}

// transWeights decodes a transition model.
func (d *decoder) transWeights() *transWeights {
	nb := d.uvarint()
	if nb < 1<<16 || nb > 1<<28 {
		d.fail("transition table size")
		return nil
	}
	rows := make([]transRow, d.count(3))
	key := uint32(0)
	for i := range rows {
		delta := d.uvarint()
		if delta == 0 && i > 0 || delta > 1<<32-1-uint64(key) {
			d.fail("unsorted features")
			break
		}
		key += uint32(delta)
		rows[i].key = key
	}
	raw := d.bytes(2 * len(rows))
	if d.err != nil {
		return nil
	}
	for i := range rows {
		rows[i].left, rows[i].right = int8(raw[i]), int8(raw[len(rows)+i])
	}
	m, ok := placeTransRows(rows, nb, false)
	if !ok {
		d.fail("overfull transition bucket")
	}
	return m
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}
