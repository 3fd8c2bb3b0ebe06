package syntax

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// A feature is a 32-bit hash of a template number and the values it
// combines; a class is a tag or a parser action. The weights of a feature
// are sparse: most features take part in a few mistakes only.

// averaged is a perceptron being trained, with the averaging trick: each
// weight keeps the sum of its past values over updates, brought up to date
// lazily when it changes. Integer arithmetic keeps training deterministic.
// Each feature's weights are contiguous, so scoring reads one run of
// memory per feature.
type averaged struct {
	nclass int
	index  featTable // feature → its row
	rows   [][]entry
	now    int64 // number of updates so far
}

type entry struct {
	class uint8
	w     int32
	total int64 // sum of w over updates up to stamp
	stamp int64
}

func newAveraged(nclass int) *averaged {
	return &averaged{nclass: nclass, index: newFeatTable()}
}

func (p *averaged) score(feats []uint32, scores []int32, scratch []uint32) []uint32 {
	for _, f := range feats {
		if r := p.index.get(f); r >= 0 {
			for _, e := range p.rows[r] {
				scores[e.class] += e.w
			}
		}
	}
	return scratch
}

// update moves the weights of feats towards class good and away from bad.
func (p *averaged) update(feats []uint32, good, bad int) {
	p.now++
	for _, f := range feats {
		r := p.index.get(f)
		if r < 0 {
			r = int32(len(p.rows))
			p.rows = append(p.rows, nil)
			p.index.put(f, r)
		}
		p.add(r, good, 1)
		p.add(r, bad, -1)
	}
}

func (p *averaged) add(r int32, class int, d int32) {
	row := p.rows[r]
	k := 0
	for k < len(row) && int(row[k].class) != class {
		k++
	}
	if k == len(row) {
		row = append(row, entry{class: uint8(class), stamp: p.now})
		p.rows[r] = row
	}
	x := &row[k]
	x.total += int64(x.w) * (p.now - x.stamp)
	x.stamp = p.now
	x.w += d
}

// featTable maps features to row numbers while training: open addressing,
// faster than a map for hashed keys.
type featTable struct {
	keys []uint32
	vals []int32
	n    int
}

func newFeatTable() featTable {
	return featTable{keys: make([]uint32, 1<<16), vals: make([]int32, 1<<16)}
}

func (t *featTable) get(f uint32) int32 {
	mask := uint32(len(t.keys) - 1)
	for i := f & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case f:
			return t.vals[i]
		case 0:
			return -1
		}
	}
}

func (t *featTable) put(f uint32, v int32) {
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		*t = featTable{keys: make([]uint32, 2*len(old.keys)), vals: make([]int32, 2*len(old.keys))}
		for i, k := range old.keys {
			if k != 0 {
				t.put(k, old.vals[i])
			}
		}
	}
	mask := uint32(len(t.keys) - 1)
	i := f & mask
	for t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = f, v
	t.n++
}

// avg returns the average of x's weight over all updates.
func (p *averaged) avg(x *entry) float64 {
	return float64(x.total+int64(x.w)*(p.now-x.stamp)) / float64(max(p.now, 1))
}

// each calls f with every feature of p, in ascending order, and its
// averaged weights by class.
func (p *averaged) each(f func(key uint32, w []float64)) {
	keys := make([]uint32, 0, p.index.n)
	for _, k := range p.index.keys {
		if k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	w := make([]float64, p.nclass)
	for _, k := range keys {
		clear(w)
		for _, e := range p.rows[p.index.get(k)] {
			w[e.class] = p.avg(&e)
		}
		f(k, w)
	}
}

// quantum returns the factor that maps maxAbs to limit, so that quantised
// scores order classes as the averaged ones do, up to rounding.
func quantum(maxAbs, limit float64) float64 {
	if maxAbs == 0 {
		return 0
	}
	return limit / maxAbs
}

// weights returns the weights quantised to 10 bits, dropping those below
// minWeight, a fraction of the largest: most features took part in a few
// updates only, and without them the table is a fraction of the size, and
// faster.
func (p *averaged) weights(minWeight float64) *weights {
	maxAbs := 0.0
	p.each(func(_ uint32, w []float64) {
		for _, x := range w {
			maxAbs = max(maxAbs, math.Abs(x))
		}
	})
	scale := quantum(maxAbs, maxWeight)
	var c columns
	p.each(func(k uint32, w []float64) {
		n := 0
		for class, x := range w {
			if q := math.Round(x * scale); q != 0 && math.Abs(x) >= minWeight*maxAbs {
				c.cls = append(c.cls, uint8(class))
				c.w = append(c.w, int16(q))
				n++
			}
		}
		if n > 0 {
			c.keys = append(c.keys, k)
			c.lens = append(c.lens, uint8(n))
		}
	})
	return newWeights(c)
}

// transWeights returns the weights of a transition perceptron as left's
// and right's differences from shift's, quantised to 8 bits. Features
// whose differences are both below minWeight, a fraction of the largest,
// are dropped.
func (p *averaged) transWeights(minWeight float64) *transWeights {
	maxAbs := 0.0
	p.each(func(_ uint32, w []float64) {
		maxAbs = max(maxAbs, math.Abs(w[left]-w[shift]), math.Abs(w[right]-w[shift]))
	})
	scale := quantum(maxAbs, math.MaxInt8)
	var rows []transRow
	p.each(func(k uint32, w []float64) {
		l, r := w[left]-w[shift], w[right]-w[shift]
		ql, qr := math.Round(l*scale), math.Round(r*scale)
		if (ql != 0 || qr != 0) && max(math.Abs(l), math.Abs(r)) >= minWeight*maxAbs {
			rows = append(rows, transRow{k, int8(ql), int8(qr)})
		}
	})
	return newTransWeights(rows, transBuckets(len(rows)))
}

// errCorrupt reports a model file that does not decode.
var errCorrupt = errors.New("corrupt model data")

func corrupt(what string) error { return fmt.Errorf("%w: %s", errCorrupt, what) }
