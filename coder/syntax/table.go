package syntax

import (
	"cmp"
	"slices"
)

// A trained table groups its features by their top 16 bits, the bucket:
// an index gives each bucket's run of cells, in which its features ascend
// by their low 16 bits, the fingerprint. A bucket and a fingerprint make
// up the whole feature, so a lookup never takes one feature for another.
// The weights are quantised to 8 or 10 bits and a feature takes 4 to 8
// bytes, so that the tables stay small enough for the processor's caches:
// their lookups are most of the time of tagging and parsing.

// nbuckets is the number of buckets of every table.
const nbuckets = 1 << 16

// buckets returns the index of cells for features in ascending order:
// bucket b's cells are cells[index[b]:index[b+1]]. size gives the number
// of cells of the k-th feature.
func buckets(keys []uint32, size func(k int) int) []uint32 {
	index := make([]uint32, nbuckets+1)
	for k, key := range keys {
		index[key>>16+1] += uint32(size(k))
	}
	for b := range nbuckets {
		index[b+1] += index[b]
	}
	return index
}

// runs sets bounds to the run of cells of each feature's bucket, as
// start, end pairs. The loads do not depend on each other, so that their
// cache misses overlap, where a loop that searched each run in turn would
// wait for each.
func runs(index []uint32, feats []uint32, bounds []uint32) []uint32 {
	bounds = bounds[:0]
	for _, f := range feats {
		b := f >> 16
		bounds = append(bounds, index[b], index[b+1])
	}
	return bounds
}

// weights is a trained multi-class perceptron: for each feature, a row of
// (class, weight) pairs.
type weights struct {
	index []uint32
	// For each feature: its fingerprint, its row's length n, then n
	// cells class<<10 | weight, a 10-bit two's complement number. One
	// spare cell at the end lets score load the first cell of any run.
	cells []uint16
}

const (
	maxClasses = 1 << 6
	maxWeight  = 1<<9 - 1
)

// score adds the weights of feats to scores, indexed by class; bounds is
// scratch space. It loads every run's bounds, then every run's first
// cell, and only then searches the runs, now cached.
func (m *weights) score(feats []uint32, scores []int32, bounds []uint32) []uint32 {
	cells := m.cells
	bounds = runs(m.index, feats, bounds)
	var touch uint16
	for i := 0; i < len(bounds); i += 2 {
		touch += cells[bounds[i]]
	}
	// Summing into an array that every class index fits spares a bounds
	// check per weight.
	var sums [maxClasses]int32
	for i, f := range feats {
		fp := uint16(f)
		run := cells[bounds[2*i]:bounds[2*i+1]]
		for len(run) >= 2 {
			n := int(run[1])
			if run[0] >= fp {
				if run[0] == fp {
					for _, c := range run[2 : 2+n] {
						sums[c>>10] += int32(int16(c<<6) >> 6)
					}
				}
				break
			}
			run = run[2+n:]
		}
	}
	for class := range scores {
		scores[class] += sums[class]
	}
	// Keep the first-cell loads: the compiler drops loads whose values
	// are not used.
	return append(bounds, uint32(touch))
}

// columns are a perceptron's rows in key order, as stored: each feature's
// key and row length, then all rows' classes and weights.
type columns struct {
	keys []uint32
	lens []uint8
	cls  []uint8
	w    []int16
}

// newWeights builds the table from c, whose keys ascend, classes are
// below maxClasses and weights within ±maxWeight.
func newWeights(c columns) *weights {
	index := buckets(c.keys, func(k int) int { return 2 + int(c.lens[k]) })
	m := &weights{index: index, cells: make([]uint16, 0, index[nbuckets]+1)}
	e := 0
	for k, key := range c.keys {
		n := int(c.lens[k])
		m.cells = append(m.cells, uint16(key), uint16(n))
		for j := e; j < e+n; j++ {
			m.cells = append(m.cells, uint16(c.cls[j])<<10|uint16(c.w[j])&0x3ff)
		}
		e += n
	}
	m.cells = append(m.cells, 0)
	return m
}

// columns returns the table's rows in key order.
func (m *weights) columns() columns {
	var c columns
	for b := range nbuckets {
		run := m.cells[m.index[b]:m.index[b+1]]
		for len(run) > 0 {
			n := int(run[1])
			c.keys = append(c.keys, uint32(b)<<16|uint32(run[0]))
			c.lens = append(c.lens, uint8(n))
			for _, x := range run[2 : 2+n] {
				c.cls = append(c.cls, uint8(x>>10))
				c.w = append(c.w, int16(x<<6)>>6)
			}
			run = run[2+n:]
		}
	}
	return c
}

// transWeights is the trained transition model. Only the differences
// between the actions' scores decide, so shift's weights are folded into
// the others' and a feature has two weights, left's and right's.
//
// The transition model is looked up about ninety times per transition,
// and a search whose branches depend on the loaded data keeps the
// processor from overlapping the cache misses, so its table is searched
// without a branch: a feature lives in one bucket of four, a 16-byte
// block that one load of the fingerprints and one of the weights read,
// and a word-parallel comparison finds its lane. The bucket, of at least
// 1<<16, and the fingerprint make up the whole feature. A bucket that
// would take more than four features keeps the four with the largest
// weights; at most half full on average, few overflow, and what they drop
// are the weakest features, which pruning shows the parser can spare.
type transWeights struct {
	nb uint64 // buckets
	// By bucket: four 16-bit fingerprints, lane 0 the lowest, and the same
	// lanes' uint8(left)<<8 | uint8(right). An empty lane has zero
	// weights, so that matching it adds nothing.
	blocks [][2]uint64
}

// transRow is a feature and its weights, as stored.
type transRow struct {
	key         uint32
	left, right int8
}

const lanes = 0x0001_0001_0001_0001 // 1 in each 16-bit lane

// bucket returns the bucket of feature f among nb: f scaled to nb, so that
// with nb ≥ 1<<16 a bucket spans at most 1<<16 features, which the low 16
// bits, the fingerprint, tell apart.
func bucket(f uint32, nb uint64) uint64 { return uint64(f) * nb >> 32 }

// transBuckets returns the number of buckets for n features: at least
// 1<<16, and two for every four features, so that a bucket is half full
// on average.
func transBuckets(n int) uint64 { return max(1<<16, uint64(n+1)/2) }

// newTransWeights builds a table of nb buckets from rows, whose keys
// ascend, dropping the weakest features of overflowing buckets.
func newTransWeights(rows []transRow, nb uint64) *transWeights {
	// Strongest first, in key order among equals: a counting sort.
	strength := func(r transRow) int { return max(abs(int(r.left)), abs(int(r.right))) }
	var start [129]int
	for _, r := range rows {
		start[128-strength(r)+1]++
	}
	for s := 1; s < len(start); s++ {
		start[s] += start[s-1]
	}
	order := make([]transRow, len(rows))
	for _, r := range rows {
		s := 128 - strength(r)
		order[start[s]] = r
		start[s]++
	}
	m, _ := placeTransRows(order, nb, true)
	return m
}

// placeTransRows builds a table of nb buckets from rows. A row whose bucket
// is full is dropped when drop is set, and otherwise fails the build (ok
// false): rows read back from a stored table always fit, and in key order
// they fill the buckets from first to last, so that loading writes the
// table's memory in sequence.
func placeTransRows(rows []transRow, nb uint64, drop bool) (m *transWeights, ok bool) {
	m = &transWeights{nb: nb, blocks: make([][2]uint64, nb)}
	used := make([]uint8, nb)
	for _, r := range rows {
		b := bucket(r.key, nb)
		if used[b] == 4 {
			if !drop {
				return nil, false
			}
			continue
		}
		shift := 16 * uint(used[b])
		m.blocks[b][0] |= uint64(uint16(r.key)) << shift
		m.blocks[b][1] |= uint64(uint8(r.left))<<(shift+8) | uint64(uint8(r.right))<<shift
		used[b]++
	}
	return m, true
}

// rows returns the table's features and weights in key order.
func (m *transWeights) rows() []transRow {
	var rows []transRow
	for b := range m.nb {
		fps, ws := m.blocks[b][0], m.blocks[b][1]
		for lane := range uint(4) {
			w := uint16(ws >> (16 * lane))
			if w == 0 {
				continue
			}
			fp := uint32(uint16(fps >> (16 * lane)))
			// The feature is the one of the bucket's span with these low bits.
			lo := uint32((b<<32 + m.nb - 1) / m.nb)
			key := lo&^0xffff | fp
			if key < lo {
				key += 1 << 16
			}
			rows = append(rows, transRow{key, int8(w >> 8), int8(w)})
		}
	}
	slices.SortFunc(rows, func(a, b transRow) int { return cmp.Compare(a.key, b.key) })
	return rows
}

// score adds the weights of feats to scores, shift's being 0. It works
// through feats in chunks: first it loads every feature's fingerprints,
// in a loop of independent loads whose cache misses overlap, then it
// matches them and reads the weights, from the same cache lines.
func (m *transWeights) score(feats []uint32, scores *[nactions]int32) {
	blocks, nb := m.blocks, m.nb
	var l, r int32
	const chunk = 64
	var fps [chunk]uint64
	var at [chunk]uint32
	for len(feats) > 0 {
		part := feats[:min(len(feats), chunk)]
		feats = feats[len(part):]
		for i, f := range part {
			b := bucket(f, nb)
			at[i], fps[i] = uint32(b), blocks[b][0]
		}
		for i, f := range part {
			x := fps[i] ^ uint64(uint16(f))*lanes // zero in the matching lane
			// The high bit of each lane of z is set when the lane of x
			// is 0: the matching lane's bits are all set in match, no
			// other's.
			z := ^((x&(0x7fff*lanes) + 0x7fff*lanes) | x | 0x7fff*lanes)
			match := z >> 15 * 0xffff
			w := blocks[at[i]][1] & match
			w |= w >> 32
			w |= w >> 16
			l += int32(int8(w >> 8))
			r += int32(int8(w))
		}
	}
	scores[left] += l
	scores[right] += r
}
