package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomRows returns n features in ascending order with random non-zero
// weights; some features share their low 16 bits, the fingerprint.
func randomRows(rng *rand.Rand, n int) []transRow {
	keys := map[uint32]bool{}
	for len(keys) < n {
		k := rng.Uint32()
		keys[k] = true
		if rng.IntN(4) == 0 {
			keys[k^1<<20] = true // same fingerprint, another bucket
		}
	}
	var rows []transRow
	for _, k := range slices.Sorted(func(yield func(uint32) bool) {
		for k := range keys {
			if !yield(k) {
				return
			}
		}
	}) {
		l, r := int8(rng.IntN(255)-127), int8(rng.IntN(255)-127)
		if l == 0 && r == 0 {
			l = 1
		}
		rows = append(rows, transRow{k, l, r})
	}
	return rows
}

// A feature scores its own weights, an absent one nothing; the table
// gives back its rows; and of a bucket's features, it keeps the four
// strongest.
func TestTransWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 1000, 200000} {
		rows := randomRows(rng, n)
		m := newTransWeights(rows, transBuckets(len(rows)))
		kept := m.rows()
		if len(rows) < 1000 && len(kept) != len(rows) {
			t.Errorf("%d features: kept %d", len(rows), len(kept))
		}
		if len(kept) < len(rows)*95/100 {
			t.Errorf("%d features: kept only %d", len(rows), len(kept))
		}
		byKey := map[uint32]transRow{}
		for _, r := range rows {
			byKey[r.key] = r
		}
		strength := func(r transRow) int { return max(abs(int(r.left)), abs(int(r.right))) }
		weakestKept := map[uint64]int{}
		for _, r := range kept {
			if byKey[r.key] != r {
				t.Fatalf("kept %+v, stored %+v", r, byKey[r.key])
			}
			var scores [nactions]int32
			m.score([]uint32{r.key}, &scores)
			if scores != [nactions]int32{0, int32(r.left), int32(r.right)} {
				t.Fatalf("feature %x scores %v, want %d %d", r.key, scores, r.left, r.right)
			}
			b := bucket(r.key, m.nb)
			if w, ok := weakestKept[b]; !ok || strength(r) < w {
				weakestKept[b] = strength(r)
			}
			delete(byKey, r.key)
		}
		for _, r := range byKey { // dropped
			if strength(r) > weakestKept[bucket(r.key, m.nb)] {
				t.Errorf("dropped %+v, stronger than a feature kept in its bucket", r)
			}
			var scores [nactions]int32
			m.score([]uint32{r.key}, &scores)
			if scores != [nactions]int32{} {
				t.Errorf("dropped feature %x scores %v", r.key, scores)
			}
		}
		var scores [nactions]int32
		m.score([]uint32{0, 1 << 16, 0xffff_ffff}, &scores) // absent, or present with their weights
		var want [nactions]int32
		for _, r := range kept {
			if r.key == 0 || r.key == 1<<16 || r.key == 0xffff_ffff {
				want[left] += int32(r.left)
				want[right] += int32(r.right)
			}
		}
		if scores != want {
			t.Errorf("edge features score %v, want %v", scores, want)
		}
	}
}

// A table's rows, placed again as a load places them, make the same
// table; rows that overflow a bucket are refused, not dropped.
func TestPlaceTransRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	rows := randomRows(rng, 200000)
	m := newTransWeights(rows, transBuckets(len(rows)))
	again, ok := placeTransRows(m.rows(), m.nb, false)
	if !ok {
		t.Fatal("a table's own rows overflow it")
	}
	if !slices.Equal(again.rows(), m.rows()) {
		t.Error("the placed rows differ from the table's")
	}
	for _, r := range m.rows()[:1000] {
		var want, got [nactions]int32
		m.score([]uint32{r.key}, &want)
		again.score([]uint32{r.key}, &got)
		if got != want {
			t.Fatalf("feature %x scores %v, want %v", r.key, got, want)
		}
	}
	five := []transRow{{1, 1, 1}, {2, 1, 1}, {3, 1, 1}, {4, 1, 1}, {5, 1, 1}} // one bucket of 1<<16
	if _, ok := placeTransRows(five, 1<<16, false); ok {
		t.Error("placed five features in one bucket")
	}
}

// A sparse table gives back its rows and scores each feature's row.
func TestWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var c columns
	for _, r := range randomRows(rng, 5000) {
		c.keys = append(c.keys, r.key)
		n := 1 + rng.IntN(5)
		c.lens = append(c.lens, uint8(n))
		for _, class := range rng.Perm(maxClasses)[:n] {
			c.cls = append(c.cls, uint8(class))
			c.w = append(c.w, int16(rng.IntN(2*maxWeight+1)-maxWeight))
		}
	}
	m := newWeights(c)
	got := m.columns()
	if !slices.Equal(got.keys, c.keys) || !slices.Equal(got.lens, c.lens) || !slices.Equal(got.cls, c.cls) || !slices.Equal(got.w, c.w) {
		t.Fatal("the table's rows differ from the ones it was built from")
	}
	e := 0
	scores := make([]int32, maxClasses)
	for k, key := range c.keys {
		clear(scores)
		m.score([]uint32{key, key ^ 1<<31}, scores, nil)
		want := make([]int32, maxClasses)
		for j := e; j < e+int(c.lens[k]); j++ {
			want[c.cls[j]] += int32(c.w[j])
		}
		if other, ok := slices.BinarySearch(c.keys, key^1<<31); ok {
			o := 0
			for _, n := range c.lens[:other] {
				o += int(n)
			}
			for j := o; j < o+int(c.lens[other]); j++ {
				want[c.cls[j]] += int32(c.w[j])
			}
		}
		if !slices.Equal(scores, want) {
			t.Fatalf("feature %x scores %v, want %v", key, scores, want)
		}
		e += int(c.lens[k])
	}
}
