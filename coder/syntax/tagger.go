package syntax

// The tagger tags left to right, greedily; its features are the word and
// its neighbours, affixes and shape (for unknown words), the two tags
// already chosen on the left, and the sets of tags the words around have
// had in the treebank, which stand in for the tags not chosen yet on the
// right.

// lexicon is what the tagger knows of the treebank's words, by
// normalised-word hash: the frequent words that nearly always have one
// tag, which it tags without scoring, and the set of tags that each word
// seen a few times has had, its ambiguity class.
type lexicon struct {
	sure    map[uint64]uint8
	classes map[uint64]uint64 // bit t for tag t
}

// newLexicon counts the tags of the words of sentences.
func newLexicon(sentences []*trainSentence) lexicon {
	counts := map[uint64]map[uint8]int{}
	for _, s := range sentences {
		for i := range s.wf {
			h := s.wf[i].norm
			if counts[h] == nil {
				counts[h] = map[uint8]int{}
			}
			counts[h][s.tags[i]]++
		}
	}
	lex := lexicon{sure: map[uint64]uint8{}, classes: map[uint64]uint64{}}
	for h, byTag := range counts {
		n, best, bestN := 0, uint8(0), 0
		for t, c := range byTag {
			n += c
			if c > bestN || c == bestN && t < best {
				best, bestN = t, c
			}
		}
		if n >= 20 && float64(bestN) >= 0.99*float64(n) {
			lex.sure[h] = best
		}
		if n >= 3 {
			// Tags of fewer than one in twenty of the word's tokens are
			// more often annotation noise than a use of the word.
			var class uint64
			for t, c := range byTag {
				if 20*c >= n {
					class |= 1 << t
				}
			}
			lex.classes[h] = class
		}
	}
	return lex
}

// ambiguity sets classes[i] to the ambiguity class of word i, 0 for a
// word the lexicon has none for.
func (lex *lexicon) ambiguity(classes []uint64, wf []wordFeats) []uint64 {
	classes = classes[:0]
	for i := range wf {
		classes = append(classes, lex.classes[wf[i].norm])
	}
	return classes
}

// taggerFeats appends the features of token i to feats; amb holds the
// words' ambiguity classes.
func taggerFeats(feats []uint32, wf []wordFeats, amb []uint64, tags []uint8, i int) []uint32 {
	w := &wf[i]
	word := func(k int) uint64 {
		if k < 0 || k >= len(wf) {
			return noneWord
		}
		return wf[k].norm
	}
	tag := func(k int) uint64 {
		if k < 0 {
			return noneTag
		}
		return uint64(tags[k])
	}
	side := func(k int, get func(*wordFeats) uint64) uint64 {
		if k < 0 || k >= len(wf) {
			return noneWord
		}
		return get(&wf[k])
	}
	class := func(k int) uint64 {
		if k < 0 || k >= len(wf) {
			return 1 << 63
		}
		return amb[k]
	}
	suf3 := func(f *wordFeats) uint64 { return f.suf3 }
	shape := func(f *wordFeats) uint64 { return f.shape }
	initial := uint64(0)
	if w.first {
		initial = 1
	}
	t1, t2 := tag(i-1), tag(i-2)
	a0, a1 := class(i), class(i+1)
	return append(feats,
		f1(1, 0),
		f1(2, w.norm),
		f1(3, w.suf1), f1(4, w.suf2), f1(5, w.suf3), f1(6, w.suf4),
		f1(7, w.pre1), f1(8, w.pre3),
		f2(9, w.shape, initial),
		f1(10, word(i-1)), f1(11, word(i-2)), f1(12, word(i+1)), f1(13, word(i+2)),
		f1(14, side(i-1, suf3)), f1(15, side(i+1, suf3)),
		f1(16, side(i-1, shape)), f1(17, side(i+1, shape)),
		f1(18, t1), f2(19, t1, t2),
		f2(20, t1, w.norm), f2(21, t1, w.suf3),
		f2(22, word(i-1), w.norm), f2(23, w.norm, word(i+1)),
		f2(24, w.shape, side(i+1, shape)),
		f3(25, t1, w.shape, side(i+1, suf3)),
		f1(26, a0), f1(27, a1), f1(28, class(i+2)),
		f2(29, t1, a0), f2(30, a0, a1), f3(31, t1, a0, a1), f2(32, w.norm, a1),
		f1(33, w.pre2), f1(34, w.suf5), f3(35, t1, w.norm, word(i+1)), f2(36, t2, w.norm),
		f2(37, w.suf3, word(i+1)), f2(38, word(i-1), w.suf3), f2(39, w.shape, a0), f3(40, t1, t2, a0),
	)
}

// tagSentence tags wf into tags. classify scores the features; it is the
// trained model at run time and the perceptron being trained otherwise,
// when learn, if not nil, is told the features and the guess of each word
// that is scored and returns the tag to go on with.
func tagSentence(wf []wordFeats, tags []uint8, lex *lexicon, sc *scorer, classify func([]uint32, []int32, []uint32) []uint32, learn func(i int, feats []uint32, guess uint8) uint8) {
	sc.amb = lex.ambiguity(sc.amb, wf)
	for i := range wf {
		if t, ok := lex.sure[wf[i].norm]; ok {
			tags[i] = t
			continue
		}
		sc.feats = taggerFeats(sc.feats[:0], wf, sc.amb, tags, i)
		clear(sc.scores)
		sc.bounds = classify(sc.feats, sc.scores, sc.bounds)
		tags[i] = uint8(argmax(sc.scores))
		if learn != nil {
			tags[i] = learn(i, sc.feats, tags[i])
		}
	}
}

// scorer is the scratch space of scoring: features, the bounds of their
// runs in a table, ambiguity classes and the classes' scores.
type scorer struct {
	feats  []uint32
	bounds []uint32
	amb    []uint64
	scores []int32
	slots  [nslots][]slotScores
}

// slotScores are the transition scores of a word's features in a slot.
type slotScores struct {
	scores [nactions]int32
	known  bool
}

// argmax returns the index of the largest score, the first on ties.
func argmax(scores []int32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}
