package syntax

import "slices"

// The parser is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011):
// a stack whose bottom is the root (node 0), and a buffer that is always the
// words b..n, in order. Its transitions are
//
//	shift  move b to the stack
//	left   make b the head of the stack top s0; pop s0
//	right  make s1, the item under s0, its head; pop s0
//
// right with s1 the root is allowed only on an empty buffer, so each tree
// has one root word. The trees it builds are projective.
//
// The transitions are unlabelled: a second classifier labels each arc as
// it is made. Three classes instead of one per action and relation keep
// the transition model's rows short, which is most of the parser's speed,
// and the labeller sees the dependent's finished subtree: in arc-hybrid a
// word leaves the stack only once it has all its dependents.

const (
	shift = iota
	left
	right
	nactions

	noLabel = 255
	maxVal  = 7 // valency counts are capped here
)

// state is a parser configuration over nodes 0 (the root) to n.
type state struct {
	n     int
	stack []int32
	b     int
	head  []int32
	label []uint8
	// The two outermost children on each side, -1 when missing: in
	// arc-hybrid each new left child is further left and each new right
	// child further right than the ones before.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8  // valency, capped at maxVal
	ll, rl             []uint64 // sets of the left and right children's labels
}

// reset prepares s for a sentence of n words, reusing its memory.
func (s *state) reset(n int) {
	s.n, s.b = n, 1
	s.stack = append(s.stack[:0], 0)
	grow := func(x []int32) []int32 {
		x = append(x[:0], make([]int32, n+1)...)
		for i := range x {
			x[i] = -1
		}
		return x
	}
	s.head, s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.head), grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.label = append(s.label[:0], make([]uint8, n+1)...)
	s.nl = append(s.nl[:0], make([]uint8, n+1)...)
	s.nr = append(s.nr[:0], make([]uint8, n+1)...)
	s.ll = append(s.ll[:0], make([]uint64, n+1)...)
	s.rl = append(s.rl[:0], make([]uint64, n+1)...)
	for i := range s.label {
		s.label[i] = noLabel
	}
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// stackAt returns the k-th item from the stack top, or -1.
func (s *state) stackAt(k int) int32 {
	if k >= len(s.stack) {
		return -1
	}
	return s.stack[len(s.stack)-1-k]
}

// bufAt returns the k-th word of the buffer, or -1.
func (s *state) bufAt(k int) int32 {
	if s.b+k > s.n {
		return -1
	}
	return int32(s.b + k)
}

// allowed reports whether action a is valid in s.
func (s *state) allowed(a int) bool {
	switch a {
	case shift:
		return s.b <= s.n
	case left:
		return s.b <= s.n && s.stackAt(0) > 0
	default:
		return len(s.stack) >= 2 && (s.stackAt(1) != 0 || s.b > s.n)
	}
}

// forced returns the only action allowed in s, or -1 when there are
// more: the parser need not score a state without a choice.
func (s *state) forced() int {
	only := -1
	for a := range nactions {
		if s.allowed(a) {
			if only >= 0 {
				return -1
			}
			only = a
		}
	}
	return only
}

// arc returns the head and the dependent of the arc that action a, left
// or right, makes.
func (s *state) arc(a int) (h, d int32) {
	if a == left {
		return int32(s.b), s.stackAt(0)
	}
	return s.stackAt(1), s.stackAt(0)
}

// apply performs action a, which must be allowed; an arc gets label l.
func (s *state) apply(a int, l uint8) {
	if a == shift {
		s.stack = append(s.stack, int32(s.b))
		s.b++
		return
	}
	h, d := s.arc(a)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d], s.label[d] = h, l
	if d < h {
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h] = min(s.nl[h]+1, maxVal)
		s.ll[h] |= 1 << (l & 63)
	} else {
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h] = min(s.nr[h]+1, maxVal)
		s.rl[h] |= 1 << (l & 63)
	}
}

// best returns the highest-scoring allowed action, the first on ties;
// with costs, only actions of cost 0 count (the oracle's choice while
// training), and -1 when there are none.
func (s *state) best(scores *[nactions]int32, costs *[nactions]int32) int {
	best := -1
	for a, sc := range scores {
		if (best < 0 || sc > scores[best]) && (costs == nil || costs[a] == 0) && s.allowed(a) {
			best = a
		}
	}
	return best
}

// costs sets costs[a] to the number of gold arcs that action a makes
// unreachable, or -1 when a is not allowed. gold gives each word's gold
// head (index 0 unused); the gold tree must be projective for the costs to
// be exact.
func (s *state) costs(gold []int32, costs *[nactions]int32) {
	*costs = [nactions]int32{-1, -1, -1}
	s0, s1, b := s.stackAt(0), s.stackAt(1), int32(s.b)
	inBuffer := func(x int32) bool { return x >= b }
	if s.allowed(shift) {
		c := int32(0)
		for i, k := range s.stack {
			if gold[k] == b && k > 0 || gold[b] == k && i < len(s.stack)-1 {
				c++
			}
		}
		costs[shift] = c
	}
	if !s.allowed(left) && !s.allowed(right) {
		return
	}
	// Popping s0 loses its dependents still in the buffer.
	deps := int32(0)
	for d := b; d <= int32(s.n); d++ {
		if gold[d] == s0 {
			deps++
		}
	}
	if s.allowed(left) {
		c := deps
		if h := gold[s0]; h == s1 || inBuffer(h) && h != b {
			c++
		}
		costs[left] = c
	}
	if s.allowed(right) {
		c := deps
		if inBuffer(gold[s0]) {
			c++
		}
		costs[right] = c
	}
}

// parserCtx is what the features read besides the state, for nodes
// 0..n: the words and their suffixes, their tags and ambiguity classes,
// and how far the next verb and the next punctuation mark are.
type parserCtx struct {
	word, suf, shape, amb []uint64
	tag                   []uint8
	nextVerb              []uint8
	nextPunct             []uint8
}

// tagSet is the tags, as the parser's features group them.
type tagSet struct {
	ntags        int    // the root's tag is ntags, one past the real ones
	verbs, punct uint64 // bit t set for tag t
	nameless     uint64 // the tags no part of a name has: function words, interjections, symbols
	propn        uint8
	noun, verb   uint8
	adj          uint8
}

func newTagSet(tags []string) tagSet {
	ts := tagSet{ntags: len(tags)}
	for t, name := range tags {
		switch name {
		case "VERB", "AUX":
			ts.verbs |= 1 << t
		case "PUNCT":
			ts.punct |= 1 << t
			ts.nameless |= 1 << t
		case "INTJ", "ADP", "SCONJ", "CCONJ", "PART", "SYM":
			ts.nameless |= 1 << t
		case "PROPN":
			ts.propn = uint8(t)
		case "NOUN":
			ts.noun = uint8(t)
		case "ADJ":
			ts.adj = uint8(t)
		}
		if name == "VERB" {
			ts.verb = uint8(t)
		}
		if name == "AUX" {
			ts.nameless |= 1 << t
		}
	}
	return ts
}

// set fills the parser's view of the words: node 0 is the root, node i+1
// is token i, whose ambiguity class is amb[i].
func (c *parserCtx) set(wf []wordFeats, tags []uint8, amb []uint64, ts tagSet) {
	n := len(wf) + 1
	c.word = append(c.word[:0], rootWord)
	c.suf = append(c.suf[:0], rootWord)
	c.shape = append(c.shape[:0], rootWord)
	c.amb = append(c.amb[:0], 0)
	c.tag = append(c.tag[:0], uint8(ts.ntags))
	for i := range wf {
		c.word = append(c.word, wf[i].norm)
		c.suf = append(c.suf, wf[i].suf3)
		c.shape = append(c.shape, wf[i].shape)
		c.amb = append(c.amb, amb[i])
		c.tag = append(c.tag, tags[i])
	}
	c.nextVerb = slices.Grow(c.nextVerb[:0], n)[:n]
	c.nextPunct = slices.Grow(c.nextPunct[:0], n)[:n]
	verb, punct := -1, -1
	for i := n - 1; i >= 0; i-- {
		c.nextVerb[i], c.nextPunct[i] = distance(i, verb), distance(i, punct)
		if ts.verbs>>c.tag[i]&1 != 0 {
			verb = i
		}
		if ts.punct>>c.tag[i]&1 != 0 {
			punct = i
		}
	}
}

// distance buckets the distance from node i to node j after it, 0 when
// there is no j.
func distance(i, j int) uint8 {
	switch {
	case j < 0:
		return 0
	case j-i <= 3:
		return uint8(j - i)
	case j-i <= 6:
		return 4
	}
	return 5
}

// parserFeats appends the features of state s to feats. The templates
// follow Zhang and Nivre (2011), with s1 added since in arc-hybrid s1 and
// b0 are the two candidate heads of s0, and with the words' neighbours in
// the sentence, suffixes, shapes and ambiguity classes, and what lies
// ahead in the buffer, which a greedy parser cannot wait to see.
func parserFeats(feats []uint32, s *state, c *parserCtx) []uint32 {
	for slot := range nslots {
		feats = slotFeats(feats, slot, s.slot(slot), s, c)
	}
	return stateFeats(feats, s, c)
}

// Slots are the places of a state whose features read one word alone
// and the sentence around it, not the arcs built so far: the stack's top
// three items and the buffer's front, whose features read the first four
// words of the buffer. A word's features in a slot are the same whenever
// it is there, so that the parser scores them once per sentence. The
// last slot is the stack top again, with the two items under it: while a
// word is on the stack, the items under it stay the same, so that the
// features of the three are the top's too.
const (
	slotS0 = iota
	slotS1
	slotS2
	slotB
	slotStack
	nslots
)

// slot returns the word in slot: a stack item, -1 when there is none, or
// the buffer's front b, n+1 when the buffer is empty.
func (s *state) slot(slot int) int32 {
	switch slot {
	case slotB:
		return int32(s.b)
	case slotStack:
		return s.stackAt(0)
	}
	return s.stackAt(slot)
}

// nodeFeats are the helpers of the feature functions, each value of a
// node x, with the value for none when x is out of the sentence.
type nodeFeats struct{ c *parserCtx }

func (v nodeFeats) in(x int32) bool { return x >= 0 && int(x) < len(v.c.tag) }

func (v nodeFeats) w(x int32) uint64 {
	if !v.in(x) {
		return noneWord
	}
	return v.c.word[x]
}

func (v nodeFeats) p(x int32) uint64 {
	if !v.in(x) {
		return noneTag
	}
	return uint64(v.c.tag[x])
}

func (v nodeFeats) of(x int32, values []uint64) uint64 {
	if !v.in(x) {
		return 1 << 63
	}
	return values[x]
}

func (v nodeFeats) ahead(x int32, of []uint8) uint64 {
	if !v.in(x) {
		return 7
	}
	return uint64(of[x])
}

// slotFeats appends the features of word x in slot (see state.slot); s
// gives the items under the stack top for slotStack.
func slotFeats(feats []uint32, slot int, x int32, s *state, c *parserCtx) []uint32 {
	v := nodeFeats{c}
	switch slot {
	case slotStack:
		return stackFeats(feats, x, s.stackAt(1), s.stackAt(2), c)
	case slotS0:
		s0w, s0p := v.w(x), v.p(x)
		return append(feats,
			f1(1, 0), f1(2, pair(s0w, s0p)), f1(3, s0w), f1(4, s0p),
			f2(107, s0p, v.of(x, c.amb)), f2(111, s0p, v.p(x-1)), f2(112, s0p, v.p(x+1)), f3(113, s0w, v.p(x-1), v.p(x+1)),
			f2(115, s0p, v.of(x, c.suf)), f2(124, s0w, v.p(x+1)), f2(127, s0p, v.of(x, c.shape)),
			f2(153, s0p, v.ahead(x, c.nextVerb)), f2(154, s0w, v.p(x-1)),
		)
	case slotS1:
		s1w, s1p := v.w(x), v.p(x)
		return append(feats,
			f1(14, pair(s1w, s1p)), f1(15, s1w), f1(16, s1p),
			f2(109, s1p, v.of(x, c.amb)), f2(121, s1p, v.p(x+1)), f2(123, s1p, v.p(x-1)),
			f2(125, s1p, v.of(x, c.suf)), f2(138, s1p, v.of(x, c.shape)),
		)
	case slotS2:
		return append(feats, f1(135, v.w(x)))
	}
	b0 := x
	if !v.in(b0) {
		b0 = -1
	}
	buf := func(k int32) int32 {
		if b0 < 0 || !v.in(b0+k) {
			return -1
		}
		return b0 + k
	}
	b1, b2 := buf(1), buf(2)
	b0w, b0p, b1w, b1p, b2w, b2p := v.w(b0), v.p(b0), v.w(b1), v.p(b1), v.w(b2), v.p(b2)
	b0wp := pair(b0w, b0p)
	return append(feats,
		f1(5, b0wp), f1(6, b0w), f1(7, b0p),
		f1(8, pair(b1w, b1p)), f1(9, b1w), f1(10, b1p),
		f1(11, pair(b2w, b2p)), f1(12, b2w), f1(13, b2p),
		f2(24, b0p, b1p), f3(32, b0p, b1p, b2p),
		f2(101, b0p, v.ahead(b0, c.nextVerb)), f2(103, b0p, v.ahead(b0, c.nextPunct)), f3(106, b1p, b2p, v.p(buf(3))),
		f2(108, b0p, v.of(b0, c.amb)), f2(116, b0p, v.of(b0, c.suf)), f2(119, b0p, v.p(b0-1)),
		f2(126, b1p, v.of(b1, c.suf)), f2(128, b0p, v.of(b0, c.shape)),
		f2(136, b0w, b1w), f2(137, b0wp, b1p), f2(139, b1p, v.of(b1, c.amb)),
		f3(151, v.p(b0-1), b0p, b1p), f2(152, b0w, v.p(b0-1)),
	)
}

// dist returns the distance from a to b after it, capped, 0 when either
// is missing.
func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	return uint64(min(b-a, 6))
}

// stackFeats appends the features of the stack's top three items s0, s1
// and s2 that read neither the arcs built so far nor the buffer.
func stackFeats(feats []uint32, s0, s1, s2 int32, c *parserCtx) []uint32 {
	v := nodeFeats{c}
	w, p := v.w, v.p
	d1 := dist(s1, s0)
	s0w, s0p, s1w, s1p, s2p := w(s0), p(s0), w(s1), p(s1), p(s2)
	s0wp, s1wp := pair(s0w, s0p), pair(s1w, s1p)
	return append(feats,
		// s0 with s1
		f2(25, s1wp, s0wp), f2(26, s1wp, s0w), f2(27, s1w, s0wp), f2(28, s1wp, s0p), f2(29, s1p, s0wp),
		f2(30, s1w, s0w), f2(31, s1p, s0p),
		f3(41, s2p, s1p, s0p),
		// distance
		f2(50, s1w, d1), f2(51, s1p, d1), f3(52, s1p, s0p, d1), f3(53, s1w, s0w, d1), f2(54, s0w, d1),
		// what lies ahead, the words beside s0 and s1, s0's shape
		f3(105, s1p, s0p, v.ahead(s0, c.nextVerb)), f3(122, s1p, p(s1+1), s0p),
		f3(130, s1p, s0p, v.of(s0, c.shape)), f3(148, s1p, s0p, p(s0-1)),
	)
}

// stateFeats appends the features of state s that read the arcs built so
// far or more than one slot.
func stateFeats(feats []uint32, s *state, c *parserCtx) []uint32 {
	v := nodeFeats{c}
	w, p := v.w, v.p
	l := func(x int32) uint64 {
		if x < 0 {
			return noLabel + 1
		}
		return uint64(s.label[x])
	}
	child := func(x int32, of []int32) int32 {
		if x < 0 {
			return -1
		}
		return of[x]
	}
	val := func(x int32, of []uint8) uint64 {
		if x < 0 {
			return maxVal + 1
		}
		return uint64(of[x])
	}
	set := func(x int32, of []uint64) uint64 {
		if x < 0 {
			return 1 << 63
		}
		return of[x]
	}
	s0, s1 := s.stackAt(0), s.stackAt(1)
	b0, b1 := s.bufAt(0), s.bufAt(1)
	s0l1, s0l2, s0r1, s0r2 := child(s0, s.lc1), child(s0, s.lc2), child(s0, s.rc1), child(s0, s.rc2)
	s1l1, s1r1 := child(s1, s.lc1), child(s1, s.rc1)
	b0l1, b0l2 := child(b0, s.lc1), child(b0, s.lc2)
	d0 := dist(s0, b0)

	s0w, s0p, s1w, s1p, b0w, b0p := w(s0), p(s0), w(s1), p(s1), w(b0), p(b0)
	b1p := p(b1)
	s0wp, s1wp, b0wp := pair(s0w, s0p), pair(s1w, s1p), pair(b0w, b0p)
	return append(feats,
		// pairs: s0 with b0
		f2(17, s0wp, b0wp), f2(18, s0wp, b0w), f2(19, s0w, b0wp), f2(20, s0wp, b0p), f2(21, s0p, b0wp),
		f2(22, s0w, b0w), f2(23, s0p, b0p),
		// tag triples
		f3(33, s0p, b0p, b1p), f3(34, s1p, s0p, b0p),
		f3(35, s0p, p(s0l1), b0p), f3(36, s0p, p(s0r1), b0p), f3(37, s0p, b0p, p(b0l1)),
		f3(38, s1p, s0p, p(s0l1)), f3(39, s1p, s0p, p(s0r1)), f3(40, s1p, p(s1r1), s0p),
		f3(42, s1p, p(s1l1), s0p), f3(43, s1p, s0p, b1p),
		// distance
		f2(44, s0w, d0), f2(45, s0p, d0), f2(46, b0w, d0), f2(47, b0p, d0),
		f3(48, s0w, b0w, d0), f3(49, s0p, b0p, d0),
		// valency
		f2(55, s0w, val(s0, s.nr)), f2(56, s0p, val(s0, s.nr)), f2(57, s0w, val(s0, s.nl)), f2(58, s0p, val(s0, s.nl)),
		f2(59, b0w, val(b0, s.nl)), f2(60, b0p, val(b0, s.nl)), f2(61, s1p, val(s1, s.nr)), f2(62, s1w, val(s1, s.nr)),
		// children
		f1(63, w(s0l1)), f1(64, p(s0l1)), f1(65, l(s0l1)),
		f1(66, w(s0r1)), f1(67, p(s0r1)), f1(68, l(s0r1)),
		f1(69, w(b0l1)), f1(70, p(b0l1)), f1(71, l(b0l1)),
		f1(72, w(s0l2)), f1(73, p(s0l2)), f1(74, l(s0l2)),
		f1(75, w(s0r2)), f1(76, p(s0r2)), f1(77, l(s0r2)),
		f1(78, w(b0l2)), f1(79, p(b0l2)), f1(80, l(b0l2)),
		f1(81, l(s1r1)), f1(82, l(s1l1)), f2(83, s1p, l(s1r1)),
		f3(84, s0p, p(s0l1), p(s0l2)), f3(85, s0p, p(s0r1), p(s0r2)), f3(86, b0p, p(b0l1), p(b0l2)),
		// label sets
		f2(87, s0w, set(s0, s.rl)), f2(88, s0p, set(s0, s.rl)), f2(89, s0w, set(s0, s.ll)), f2(90, s0p, set(s0, s.ll)),
		f2(91, b0w, set(b0, s.ll)), f2(92, b0p, set(b0, s.ll)), f2(93, s1p, set(s1, s.rl)),
		// s1 with b0: s0's two candidate heads
		f2(94, s1p, b0p), f2(95, s1wp, b0p), f2(96, s1p, b0wp),
		f3(97, s1w, s0p, b0p), f3(98, s1p, s0w, b0p), f3(99, s1p, s0p, b0w), f3(100, s1p, b0p, dist(s1, b0)),
		// what lies ahead: the next verb and punctuation mark
		f3(102, s0p, b0p, v.ahead(b0, c.nextVerb)), f3(104, s0p, b0p, v.ahead(b0, c.nextPunct)),
		// the tags the words might have had, the words beside s0 in the
		// sentence, whatever their place in the tree, suffixes and shapes
		// for the words seen too rarely to have weights of their own
		f3(110, s0p, b0p, v.of(b0, c.amb)), f3(114, s0p, p(s0-1), b0p),
		f3(117, s0p, b0p, v.of(b0, c.suf)), f3(118, s0p, v.of(s0, c.suf), b0p),
		f3(120, s0p, b0p, p(b0-1)),
		f3(129, s0p, v.of(s0, c.shape), b0p),
		f2(131, s0w, l(s0l1)), f2(132, s0w, l(s0r1)), f1(133, w(s1r1)), f2(134, s1p, p(s1r1)),
		f3(140, s0p, l(s0l1), l(s0r1)), f3(141, s0p, val(s0, s.nl), val(s0, s.nr)), f3(142, s1w, s0p, b0w),
		f3(143, s1p, p(s1+1), b0p), f2(144, w(s0r1), b0p), f3(145, l(s0l1), s0p, b0p), f3(146, l(b0l1), s0p, b0p),
		f3(147, s0w, b0p, b1p), f3(149, s0p, p(s0+1), b0p), f3(150, l(s0r1), s0p, b0p),
	)
}

// labelFeats appends the features for labelling the arc from h to d. The
// dependent's subtree is complete, so its children and their labels tell
// much: a case child "by" makes obl:agent, an aux:pass child nsubj:pass.
// Every template is split by the arc's direction.
func labelFeats(feats []uint32, s *state, c *parserCtx, h, d int32) []uint32 {
	w := func(x int32) uint64 {
		if x < 0 {
			return noneWord
		}
		return c.word[x]
	}
	p := func(x int32) uint64 {
		if x < 0 || int(x) >= len(c.tag) {
			return noneTag
		}
		return uint64(c.tag[x])
	}
	l := func(x int32) uint64 {
		if x < 0 {
			return noLabel + 1
		}
		return uint64(s.label[x])
	}
	dir := uint64(0)
	if d < h {
		dir = 1
	}
	dist := uint64(min(max(h-d, d-h), 8))
	hw, hp, dw, dp := w(h), p(h), w(d), p(d)
	dl1, dr1 := s.lc1[d], s.rc1[d]
	// The word beside the arc: before the dependent's subtree for a
	// left arc, after it for a right arc.
	beside := s.stackAt(1)
	if d > h {
		beside = s.bufAt(0)
	}
	t := func(n uint64) uint64 { return n<<1 | dir }
	return append(feats,
		f1(t(1), 0),
		f1(t(2), dp), f1(t(3), dw), f1(t(4), hp), f1(t(5), hw),
		f2(t(6), hp, dp), f2(t(7), hw, dp), f2(t(8), hp, dw), f2(t(9), hw, dw),
		f3(t(10), hp, dp, dist),
		f3(t(11), dp, l(dl1), w(dl1)), f3(t(12), dp, l(dr1), w(dr1)),
		f3(t(13), hp, dp, w(dl1)), f2(t(14), dw, w(dl1)), f2(t(15), hw, w(dl1)),
		f2(t(16), dp, s.ll[d]), f2(t(17), dp, s.rl[d]),
		f3(t(18), hp, dp, s.ll[h]), f3(t(19), hp, dp, s.rl[h]),
		f3(t(20), dp, p(d-1), p(d+1)), f3(t(21), hp, p(h-1), p(h+1)),
		f3(t(22), dp, uint64(s.nl[d]), uint64(s.nr[d])),
		f3(t(23), hw, dp, dist),
		f2(t(24), dp, c.suf[d]), f2(t(25), hp, c.suf[h]), f3(t(26), hp, dp, c.suf[h]), f2(t(27), dp, c.amb[d]),
		f3(t(28), hp, dp, p(beside)), f2(t(29), dp, w(beside)),
		f2(t(30), hw, c.suf[d]), f2(t(31), dp, c.shape[d]), f2(t(32), hp, c.amb[h]), f3(t(33), hp, dp, c.amb[d]),
		f3(t(34), dp, l(dr1), l(dl1)), f3(t(35), hw, dw, dist),
	)
}
