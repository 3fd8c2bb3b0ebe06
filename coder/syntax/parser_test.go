package syntax

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// testSys has three labels; label 0 is the root's.
var testSys = system{nlabels: 3, root: 0}

// act is an action and, for an arc, its label.
type act struct {
	a int
	l uint8
}

func TestTransitions(t *testing.T) {
	type want struct {
		stack []int32
		b     int
		arcs  string // "h>d:l" for each attached word, in order of d
	}
	tests := []struct {
		name    string
		n       int
		actions []act
		want    want
	}{
		{"initial", 3, nil, want{[]int32{0}, 1, ""}},
		{"shift", 3, []act{{shift, 0}}, want{[]int32{0, 1}, 2, ""}},
		{"left attaches s0 to b0 and pops it", 3, []act{{shift, 0}, {left, 1}}, want{[]int32{0}, 2, "2>1:1"}},
		{"right attaches s0 to s1 and pops it", 3, []act{{shift, 0}, {shift, 0}, {right, 2}}, want{[]int32{0, 1}, 3, "1>2:2"}},
		{"a full parse", 2, []act{{shift, 0}, {left, 1}, {shift, 0}, {right, 0}}, want{[]int32{0}, 3, "2>1:1 0>2:0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s state
			s.reset(tt.n)
			for _, a := range tt.actions {
				if !s.allowed(a.a) {
					t.Fatalf("action %d not allowed in stack %v b %d", a.a, s.stack, s.b)
				}
				s.apply(a.a, a.l)
			}
			var arcs []string
			for d := 1; d <= tt.n; d++ {
				if s.head[d] >= 0 {
					arcs = append(arcs, fmt.Sprintf("%d>%d:%d", s.head[d], d, s.label[d]))
				}
			}
			got := want{s.stack, s.b, joinStrings(arcs)}
			if !slices.Equal(got.stack, tt.want.stack) || got.b != tt.want.b || got.arcs != tt.want.arcs {
				t.Errorf("got stack %v b %d arcs %q, want stack %v b %d arcs %q", got.stack, got.b, got.arcs, tt.want.stack, tt.want.b, tt.want.arcs)
			}
			if term := s.terminal(); term != (s.b > tt.n && len(s.stack) == 1) {
				t.Errorf("terminal() = %v", term)
			}
		})
	}
}

func joinStrings(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestTransitionPreconditions(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		actions []int
		allowed []int
		refused []int
	}{
		{"left never pops the root", 2, nil, []int{shift}, []int{left, right}},
		{"right to the root waits for an empty buffer", 2, []int{shift}, []int{shift, left}, []int{right}},
		{"right below the root's level", 3, []int{shift, shift}, []int{shift, left, right}, nil},
		{"on an empty buffer only right", 1, []int{shift}, []int{right}, []int{shift, left}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s state
			s.reset(tt.n)
			for _, a := range tt.actions {
				s.apply(a, 0)
			}
			for _, a := range tt.allowed {
				if !s.allowed(a) {
					t.Errorf("action %d refused", a)
				}
			}
			for _, a := range tt.refused {
				if s.allowed(a) {
					t.Errorf("action %d allowed", a)
				}
			}
		})
	}
}

// Only the root's arc has the root label, whatever the scores.
func TestBestLabel(t *testing.T) {
	scores := []int32{9, 1, 5}
	if l := testSys.bestLabel(0, scores); l != 0 {
		t.Errorf("arc from the root labelled %d", l)
	}
	if l := testSys.bestLabel(2, scores); l != 2 {
		t.Errorf("arc from a word labelled %d, want 2", l)
	}
}

// randomTree returns the heads (node 0 the root, heads[0] = -1) and labels
// of a random projective tree over n words with one root word.
func randomTree(rng *rand.Rand, n int) ([]int32, []uint8) {
	heads := make([]int32, n+1)
	labels := make([]uint8, n+1)
	heads[0] = -1
	// build attaches the words lo..hi to head h.
	var build func(lo, hi int, h int32)
	build = func(lo, hi int, h int32) {
		if lo > hi {
			return
		}
		r := lo + rng.IntN(hi-lo+1)
		heads[r] = h
		labels[r] = uint8(1 + rng.IntN(testSys.nlabels-1))
		if h == 0 {
			labels[r] = uint8(testSys.root)
		}
		build(lo, r-1, int32(r))
		build(r+1, hi, int32(r))
	}
	build(1, n, 0)
	return heads, labels
}

// bestFuture returns the most gold arcs that the parser can still build
// from stack and buffer start b: the brute-force oracle.
func bestFuture(s *state, gold []int32, memo map[string]int) int {
	if s.terminal() {
		return 0
	}
	key := fmt.Sprint(s.stack, s.b)
	if v, ok := memo[key]; ok {
		return v
	}
	best := -1
	for a := range nactions {
		if !s.allowed(a) {
			continue
		}
		next := cloneState(s)
		gain := next.applyGain(a, gold)
		best = max(best, gain+bestFuture(next, gold, memo))
	}
	memo[key] = best
	return best
}

// applyGain applies a and returns 1 if it built a gold arc.
func (s *state) applyGain(a int, gold []int32) int {
	d := s.stackAt(0)
	s.apply(a, 0)
	if a != shift && s.head[d] == gold[d] {
		return 1
	}
	return 0
}

func cloneState(s *state) *state {
	c := &state{n: s.n, b: s.b, stack: slices.Clone(s.stack), head: slices.Clone(s.head), label: slices.Clone(s.label),
		lc1: slices.Clone(s.lc1), lc2: slices.Clone(s.lc2), rc1: slices.Clone(s.rc1), rc2: slices.Clone(s.rc2),
		nl: slices.Clone(s.nl), nr: slices.Clone(s.nr), ll: slices.Clone(s.ll), rl: slices.Clone(s.rl)}
	return c
}

// The dynamic oracle's cost of each action is exactly the number of gold
// arcs it makes unreachable, so it is 0 exactly on the actions from which
// the best tree is still reachable; checked by brute force on random
// projective trees, in states reached by random actions.
func TestDynamicOracleIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var costs [nactions]int32
	for trial := range 300 {
		n := 1 + trial%7
		gold, _ := randomTree(rng, n)
		memo := map[string]int{}
		var s state
		s.reset(n)
		for !s.terminal() {
			s.costs(gold, &costs)
			future := bestFuture(&s, gold, memo)
			var allowed []int
			for a := range nactions {
				if !s.allowed(a) {
					if costs[a] != -1 {
						t.Fatalf("cost %d for refused action %d", costs[a], a)
					}
					continue
				}
				allowed = append(allowed, a)
				next := cloneState(&s)
				gain := next.applyGain(a, gold)
				want := future - gain - bestFuture(next, gold, memo)
				if int(costs[a]) != want {
					t.Fatalf("tree %v, stack %v b %d: cost of action %d = %d, want %d", gold, s.stack, s.b, a, costs[a], want)
				}
			}
			s.apply(allowed[rng.IntN(len(allowed))], 0)
		}
	}
}

// Following zero-cost actions from the start, the static oracle's path,
// rebuilds a projective gold tree exactly.
func TestOraclePathRebuildsGoldTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var costs, scores [nactions]int32
	for trial := range 500 {
		n := 1 + trial%20
		gold, glabel := randomTree(rng, n)
		var s state
		s.reset(n)
		for !s.terminal() {
			s.costs(gold, &costs)
			a := s.best(&scores, &costs)
			if a < 0 {
				t.Fatalf("tree %v: no zero-cost action in stack %v b %d", gold, s.stack, s.b)
			}
			_, d := s.arc(a)
			s.apply(a, glabel[d])
		}
		if !slices.Equal(s.head[1:], gold[1:]) || !slices.Equal(s.label[1:], glabel[1:]) {
			t.Fatalf("rebuilt heads %v labels %v, want %v %v", s.head, s.label, gold, glabel)
		}
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name        string
		heads, want []int32
	}{
		{"projective stays", []int32{-1, 2, 0, 2}, []int32{-1, 2, 0, 2}},
		// 1 → 3 crosses 2 → 4 (root 2): word 3's arc is lifted to 1's head.
		{"crossing arc lifted", []int32{-1, 2, 0, 1, 2}, []int32{-1, 2, 0, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.heads)
			projectivize(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("projectivize(%v) = %v, want %v", tt.heads, got, tt.want)
			}
			for d := 1; d < len(got); d++ {
				if got[d] > 0 && !projectiveArc(got, got[d], int32(d)) {
					t.Errorf("arc %d→%d still not projective", got[d], d)
				}
			}
		})
	}
}

// The scores of the slots' features, kept from state to state, and of the
// other features add up to the scores of all of a state's features, in
// every state of the parses of news sentences.
func TestSlotScoresKept(t *testing.T) {
	m := Default()
	sc := m.getScratch()
	states := 0
	for _, text := range benchText {
		toks := Tokenize(text)
		m.tagWords(toks, sc)
		st := &sc.st
		st.reset(len(toks))
		sc.sc.scores = sc.sc.scores[:m.sys.nlabels]
		sc.sc.resetSlots(len(toks))
		for !st.terminal() {
			got := m.transScores(st, &sc.ctx, &sc.sc)
			var want [nactions]int32
			m.parser.score(parserFeats(nil, st, &sc.ctx), &want)
			if got != want {
				t.Fatalf("%q: stack %v b %d: kept scores %v, all features %v", text, st.stack, st.b, got, want)
			}
			a := st.best(&got, nil)
			st.apply(a, m.label(st, &sc.ctx, &sc.sc, a))
			states++
		}
	}
	if states < 20*len(benchText) {
		t.Errorf("only %d states", states)
	}
}

func TestForced(t *testing.T) {
	var s state
	s.reset(2)
	if a := s.forced(); a != shift {
		t.Errorf("with the root alone on the stack, forced %d, want shift", a)
	}
	s.apply(shift, noLabel)
	if a := s.forced(); a != -1 {
		t.Errorf("with a choice, forced %d", a)
	}
	s.apply(shift, noLabel)
	if a := s.forced(); a != right {
		t.Errorf("on an empty buffer, forced %d, want right", a)
	}
}
