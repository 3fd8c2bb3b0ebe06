package syntax

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

// TrainOptions control training. The zero value of a field means its
// default.
type TrainOptions struct {
	TaggerEpochs int    // passes over the treebank for the tagger (default 12)
	ParserEpochs int    // passes for the parser (default 15)
	Folds        int    // jackknife folds for the parser's training tags (default 10)
	Seed         uint64 // shuffles and exploration
	// Explore is the probability, from the second parser epoch on, of
	// following the parser's own prediction instead of the oracle's, so
	// that it learns to recover from its mistakes (default 0.9).
	Explore float64
	// Workers bounds the taggers trained at once (default 2).
	Workers int
	// Log, when set, receives a line per epoch.
	Log io.Writer

	start time.Time
}

func (o *TrainOptions) defaults() {
	o.TaggerEpochs = cmp.Or(o.TaggerEpochs, 12)
	o.ParserEpochs = cmp.Or(o.ParserEpochs, 15)
	o.Folds = cmp.Or(o.Folds, 10)
	o.Explore = cmp.Or(o.Explore, 0.9)
	o.Workers = cmp.Or(o.Workers, 2)
	o.start = time.Now()
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, "%5.0fs "+format+"\n", append([]any{time.Since(o.start).Seconds()}, args...)...)
	}
}

// Training keeps only the weights of at least these fractions of each
// model's largest: the rest come from features seen in a few updates, and
// dropping them shrinks the tables, which makes tagging and parsing
// faster. The transition model keeps more: at 0.02 its table is 2.5 times
// smaller and parsing a tenth faster, but UAS on the dev and test sets is
// 0.003 to 0.004 lower (0.843 and 0.848); the tagger's and the labeller's
// thresholds cost the dev set less than 0.001 of UAS.
const (
	pruneTagger   = 0.035
	pruneParser   = 0.01
	pruneLabeller = 0.05
)

// Train trains a model on gold sentences (CoNLL-U word lines with UPOS,
// LEMMA, HEAD and DEPREL). The parser learns from tags predicted by
// jackknifing, as it will see them at run time. The same sentences and
// options always give the same model.
func Train(sentences []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(sentences) == 0 {
		return nil, fmt.Errorf("train: %w", errNoSentences)
	}
	m := &Model{}
	tagIndex, labelIndex := map[string]uint8{}, map[string]uint8{}
	for _, s := range sentences {
		for _, t := range s.Tokens {
			if t.UPOS == "" || t.Rel == "" {
				return nil, fmt.Errorf("train: sentence %q: a token without UPOS or relation", s.ID)
			}
			tagIndex[t.UPOS], labelIndex[t.Rel] = 0, 0
		}
	}
	m.tags, m.labels = sortedKeys(tagIndex), sortedKeys(labelIndex)
	for i, t := range m.tags {
		tagIndex[t] = uint8(i)
	}
	for i, l := range m.labels {
		labelIndex[l] = uint8(i)
	}
	if len(m.tags) > maxClasses || len(m.labels) > maxClasses {
		return nil, fmt.Errorf("train: %d tags and %d relations are too many", len(m.tags), len(m.labels))
	}
	m.lemmas = trainLemmatizer(sentences, tagIndex)

	data := make([]trainSentence, len(sentences))
	for i := range sentences {
		if err := data[i].set(&sentences[i], tagIndex, labelIndex); err != nil {
			return nil, fmt.Errorf("train: sentence %q: %w", sentences[i].ID, err)
		}
	}
	// Jackknifing: each fold is tagged by a tagger trained on the others;
	// alongside, the model's tagger is trained on all the sentences.
	k := min(opt.Folds, len(data))
	eachFold(data, k, opt.Workers, func(f int, held, rest []*trainSentence) {
		if len(rest) == 0 { // a single fold: nothing to train on
			for _, s := range held {
				s.predicted, s.amb = s.tags, make([]uint64, len(s.tags))
			}
			return
		}
		lex := newLexicon(rest)
		var log *TrainOptions
		if f == k {
			m.lex, log = lex, &opt
		}
		t := trainTagger(rest, &lex, len(m.tags), opt.TaggerEpochs, opt.Seed+uint64(f), log)
		if f == k {
			m.tagger = t.weights(pruneTagger)
		}
		// The folds are tagged with the perceptron's last weights, not
		// its averaged ones: their tags are then about as often wrong as
		// the model's on new text, where the averaged weights, trained on
		// sentences of the same documents, would be right more often.
		sc := &scorer{scores: make([]int32, len(m.tags))}
		for _, s := range held {
			s.predicted = make([]uint8, len(s.wf))
			tagSentence(s.wf, s.predicted, &lex, sc, t.score, nil)
			s.amb = slices.Clone(sc.amb)
		}
	})
	correct, total := 0, 0
	for _, s := range data {
		for i, t := range s.predicted {
			if t == s.tags[i] {
				correct++
			}
			total++
		}
	}
	opt.logf("jackknifed tags: %.4f correct", float64(correct)/float64(total))
	all := make([]*trainSentence, len(data))
	for i := range data {
		all[i] = &data[i]
	}
	m.sys = system{nlabels: len(m.labels), root: slices.Index(m.labels, "root")}
	if m.sys.root < 0 {
		return nil, fmt.Errorf("train: no root relation")
	}
	parser, labeller := trainParser(all, m.sys, newTagSet(m.tags), &opt)
	m.parser, m.labeller = parser.transWeights(pruneParser), labeller.weights(pruneLabeller)
	if err := m.init(); err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	return m, nil
}

func sortedKeys(m map[string]uint8) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// trainSentence is a gold sentence in the form training reads.
type trainSentence struct {
	wf        []wordFeats
	tags      []uint8  // gold
	predicted []uint8  // jackknifed
	amb       []uint64 // ambiguity classes, from the same fold's lexicon
	heads     []int32  // projectivised gold heads of nodes 0..n (node 0: -1)
	labels    []uint8
}

func (t *trainSentence) set(s *Sentence, tagIndex, labelIndex map[string]uint8) error {
	n := len(s.Tokens)
	t.wf = make([]wordFeats, n)
	t.tags = make([]uint8, n)
	t.heads = make([]int32, n+1)
	t.labels = make([]uint8, n+1)
	t.heads[0] = -1
	var runes []rune
	roots := 0
	for i, tok := range s.Tokens {
		runes = computeWordFeats(&t.wf[i], tok.Form, runes)
		t.wf[i].first = i == 0
		t.tags[i] = tagIndex[tok.UPOS]
		if tok.Head < -1 || tok.Head >= n || tok.Head == i {
			return fmt.Errorf("token %d: head %d out of range", i+1, tok.Head+1)
		}
		if tok.Head < 0 {
			roots++
		}
		t.heads[i+1] = int32(tok.Head + 1)
		t.labels[i+1] = labelIndex[tok.Rel]
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	if hasCycle(t.heads) {
		return fmt.Errorf("heads form a cycle")
	}
	projectivize(t.heads)
	return nil
}

func hasCycle(heads []int32) bool {
	for i := 1; i < len(heads); i++ {
		h := heads[i]
		for steps := 0; h > 0; steps++ {
			if steps > len(heads) {
				return true
			}
			h = heads[h]
		}
	}
	return false
}

// projectivize lifts non-projective arcs, shortest first, to the head's
// head until the tree is projective, so that the parser's oracle can
// reach it.
func projectivize(heads []int32) {
	for {
		lift, span := -1, len(heads)
		for d := 1; d < len(heads); d++ {
			h := heads[d]
			if h > 0 && !projectiveArc(heads, h, int32(d)) && abs(int(h)-d) < span {
				lift, span = d, abs(int(h)-d)
			}
		}
		if lift < 0 {
			return
		}
		heads[lift] = heads[heads[lift]]
	}
}

// projectiveArc reports whether every word between h and d descends from h.
func projectiveArc(heads []int32, h, d int32) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		x := heads[k]
		for x != h && x > 0 {
			x = heads[x]
		}
		if x != h {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// eachFold calls fn for each of k folds of data, at most workers at a
// time, with the fold's sentences and the rest; and with fold k, the
// whole of data as the rest and no held sentences. A single fold is
// held out of nothing: it is the whole of data and nothing is the rest.
func eachFold(data []trainSentence, k, workers int, fn func(f int, held, rest []*trainSentence)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	for f := range k + 1 {
		lo, hi := f*len(data)/k, (f+1)*len(data)/k
		var held, rest []*trainSentence
		for i := range data {
			if i >= lo && i < hi {
				held = append(held, &data[i])
			} else if k > 1 || f == k {
				rest = append(rest, &data[i])
			}
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(f, held, rest)
		}()
	}
	wg.Wait()
}

// trainTagger trains a tagger on sentences, tagging left to right with its
// own predictions as context, as at run time.
func trainTagger(sentences []*trainSentence, lex *lexicon, ntags, epochs int, seed uint64, opt *TrainOptions) *averaged {
	p := newAveraged(ntags)
	rng := rand.New(rand.NewPCG(seed, 0x7a66))
	order := make([]int, len(sentences))
	for i := range order {
		order[i] = i
	}
	sc := &scorer{scores: make([]int32, ntags)}
	var tags []uint8
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := sentences[si]
			tags = append(tags[:0], make([]uint8, len(s.wf))...)
			tagSentence(s.wf, tags, lex, sc, p.score, func(i int, feats []uint32, guess uint8) uint8 {
				if guess != s.tags[i] {
					p.update(feats, int(s.tags[i]), int(guess))
				} else {
					correct++
				}
				total++
				return guess
			})
		}
		if opt != nil {
			opt.logf("tagger epoch %d: %.4f of the words outside the dictionary right", epoch+1, float64(correct)/float64(max(total, 1)))
		}
	}
	return p
}

// trainParser trains the transition model with the dynamic oracle of
// Goldberg and Nivre (2012): at each state it learns the best-scoring
// action of zero cost, and from the second epoch on it often follows its
// own prediction instead, mistakes included. The labeller learns from each
// arc the parser makes to a word's gold head.
func trainParser(sentences []*trainSentence, sys system, ts tagSet, opt *TrainOptions) (parser, labeller *averaged) {
	parser, labeller = newAveraged(nactions), newAveraged(sys.nlabels)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(sentences))
	for i := range order {
		order[i] = i
	}
	labelScores := make([]int32, sys.nlabels)
	var (
		feats, lfeats []uint32
		costs         [nactions]int32
		st            state
		ctx           parserCtx
	)
	for epoch := range opt.ParserEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, steps, labelsRight, arcs := 0, 0, 0, 0
		for _, si := range order {
			s := sentences[si]
			ctx.set(s.wf, s.predicted, s.amb, ts)
			st.reset(len(s.wf))
			for !st.terminal() {
				feats = parserFeats(feats[:0], &st, &ctx)
				var scores [nactions]int32
				parser.score(feats, scores[:], nil)
				st.costs(s.heads, &costs)
				guess := st.best(&scores, nil)
				gold := st.best(&scores, &costs)
				if gold < 0 {
					gold = cheapest(&st, &costs)
				}
				steps++
				if costs[guess] == 0 {
					right++
				} else {
					parser.update(feats, gold, guess)
				}
				next, explore := gold, epoch > 0 && rng.Float64() < opt.Explore
				if explore {
					next = guess
				}
				l := uint8(noLabel)
				if h, d := st.arc(next); next != shift && h > 0 {
					lfeats = labelFeats(lfeats[:0], &st, &ctx, h, d)
					clear(labelScores)
					labeller.score(lfeats, labelScores, nil)
					l = sys.bestLabel(h, labelScores)
					if s.heads[d] == h {
						arcs++
						if l == s.labels[d] {
							labelsRight++
						} else {
							labeller.update(lfeats, int(s.labels[d]), int(l))
							if !explore {
								l = s.labels[d]
							}
						}
					}
				} else if next != shift {
					l = uint8(sys.root)
				}
				st.apply(next, l)
			}
		}
		opt.logf("parser epoch %d: %.4f of the transitions right, %.4f of the labels",
			epoch+1, float64(right)/float64(max(steps, 1)), float64(labelsRight)/float64(max(arcs, 1)))
	}
	return parser, labeller
}

// cheapest returns the allowed action of least cost; the oracle needs it
// only if the gold tree cannot be reached at all.
func cheapest(st *state, costs *[nactions]int32) int {
	best := -1
	for a, c := range costs {
		if c >= 0 && st.allowed(a) && (best < 0 || c < costs[best]) {
			best = a
		}
	}
	return best
}
