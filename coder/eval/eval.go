// Package eval scores event-coder predictions against gold labels. It is a
// faithful port of the shared score.py: same matching rules, same table and
// the same final "typed-dyad F1" line, byte for byte, so the Go command and
// the Python script can be diffed against each other.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strings"
)

// Types are the event types in the order the table lists them.
var Types = []string{"accusation", "denial", "escalation", "deescalation"}

// Event is one gold or predicted event as decoded from JSON. Values are kept
// as decoded (string, nil, json.Number, ...) so that comparisons follow the
// Python scorer's equality on the raw JSON values.
type Event map[string]any

// Item is one line of a gold or prediction file.
type Item struct {
	ID     any    // the decoded "id" value
	Date   string // gold items: YYYY-MM-DD
	Text   string
	Src    string // gold items of real news: the article's URL
	Events []Event
}

// Set is a file's items in first-appearance order; a later line with the
// same id replaces the earlier item in place, as a Python dict would.
type Set struct {
	Items []Item
	index map[string]int
}

// Add inserts or replaces an item by its id.
func (s *Set) Add(it Item) {
	if s.index == nil {
		s.index = make(map[string]int)
	}
	k := valueKey(it.ID)
	if i, ok := s.index[k]; ok {
		s.Items[i] = it
		return
	}
	s.index[k] = len(s.Items)
	s.Items = append(s.Items, it)
}

// Get returns the item with the given id.
func (s *Set) Get(id any) (Item, bool) {
	i, ok := s.index[valueKey(id)]
	if !ok {
		return Item{}, false
	}
	return s.Items[i], true
}

// Concat returns the items of sets in order, as if their files were
// concatenated: a later item with an id already seen replaces it in place.
func Concat(sets ...*Set) *Set {
	out := &Set{}
	for _, s := range sets {
		for _, it := range s.Items {
			out.Add(it)
		}
	}
	return out
}

// Half returns the items of one half of s split by article: the FNV-1a hash
// of an item's src URL (of its id when it has none) is even for half "A"
// and odd for half "B", so that all the items of an article fall in the
// same half and the split never changes.
func (s *Set) Half(half string) (*Set, error) {
	var odd bool
	switch half {
	case "A":
	case "B":
		odd = true
	default:
		return nil, fmt.Errorf("half %q: want A or B", half)
	}
	out := &Set{}
	for _, it := range s.Items {
		key := it.Src
		if key == "" {
			key = pyStr(it.ID)
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		if (h.Sum32()%2 == 1) == odd {
			out.Add(it)
		}
	}
	return out, nil
}

// Load reads a JSONL file of items; name prefixes error messages as
// "name:line: ...".
func Load(r io.Reader, name string) (*Set, error) {
	s := &Set{}
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if perr := s.parseLine(line, name, n); perr != nil {
				return nil, perr
			}
		}
		if errors.Is(err, io.EOF) {
			return s, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

func (s *Set) parseLine(line []byte, name string, n int) error {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return fmt.Errorf("%s:%d: not JSON: %w", name, n, err)
	}
	rawID, ok := raw["id"]
	if !ok {
		return fmt.Errorf("%s:%d: no id", name, n)
	}
	var it Item
	if err := decode(rawID, &it.ID); err != nil {
		return fmt.Errorf("%s:%d: id: %w", name, n, err)
	}
	for field, dst := range map[string]any{"date": &it.Date, "text": &it.Text, "src": &it.Src, "events": &it.Events} {
		if v, ok := raw[field]; ok {
			if err := decode(v, dst); err != nil {
				return fmt.Errorf("%s:%d: %s: %w", name, n, field, err)
			}
		}
	}
	s.Add(it)
	return nil
}

func decode(data []byte, dst any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	return d.Decode(dst)
}

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// PRF returns precision, recall and F1, each 0 when undefined.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Result is the outcome of scoring a prediction set.
type Result struct {
	ByType  map[string]*Counts
	Total   Counts
	Missing int // gold items with no prediction line
}

// Score matches pred against gold and writes score.py's report to w: the
// per-type table and the final line, preceded by the item-by-item misses and
// false positives when showErrors is set.
func Score(w io.Writer, gold, pred *Set, showErrors bool) (Result, error) {
	res := Result{ByType: make(map[string]*Counts)}
	counts := func(t string) *Counts {
		c, ok := res.ByType[t]
		if !ok {
			c = &Counts{}
			res.ByType[t] = c
		}
		return c
	}
	bw := bufio.NewWriter(w)
	fpTypes := map[string]bool{}
	for _, g := range gold.Items {
		p, ok := pred.Get(g.ID)
		if !ok {
			res.Missing++
		}
		preds := dedupe(p.Events)
		used := make([]bool, len(g.Events))
		var errs []string
		for _, ev := range preds {
			hit := false
			for i, gev := range g.Events {
				if !used[i] && matches(ev, gev) {
					used[i], hit = true, true
					break
				}
			}
			t := pyStr(ev["type"])
			if hit {
				counts(t).TP++
				continue
			}
			counts(t).FP++
			fpTypes[t] = true
			errs = append(errs, fmt.Sprintf("  FP %s %s->%s", t, pyStr(ev["source"]), pyStr(ev["target"])))
		}
		for i, gev := range g.Events {
			if !used[i] {
				t := pyStr(gev["type"])
				counts(t).FN++
				errs = append(errs, fmt.Sprintf("  FN %s %s->%s", t, pyStr(gev["source"]), pyStr(gev["target"])))
			}
		}
		if showErrors && len(errs) > 0 {
			fmt.Fprintf(bw, "%s: %s\n", pyStr(g.ID), prefixRunes(g.Text, 160))
			fmt.Fprintln(bw, strings.Join(errs, "\n"))
		}
	}

	fmt.Fprintf(bw, "%-14s%6s%6s%8s%8s%8s\n", "type", "gold", "pred", "P", "R", "F1")
	rows := append([]string(nil), Types...)
	var extra []string
	for t := range fpTypes {
		if !isType(t) {
			extra = append(extra, t)
		}
	}
	sort.Strings(extra)
	for _, t := range append(rows, extra...) {
		c := counts(t)
		p, r, f := c.PRF()
		fmt.Fprintf(bw, "%-14s%6d%6d%8.3f%8.3f%8.3f\n", t, c.TP+c.FN, c.TP+c.FP, p, r, f)
	}
	for _, c := range res.ByType {
		res.Total.TP += c.TP
		res.Total.FP += c.FP
		res.Total.FN += c.FN
	}
	if res.Missing > 0 {
		fmt.Fprintf(bw, "items with no prediction line: %d\n", res.Missing)
	}
	p, r, f := res.Total.PRF()
	fmt.Fprintf(bw, "typed-dyad F1: %.3f (P=%.3f R=%.3f tp=%d fp=%d fn=%d)\n", f, p, r, res.Total.TP, res.Total.FP, res.Total.FN)
	if err := bw.Flush(); err != nil {
		return res, fmt.Errorf("write score: %w", err)
	}
	return res, nil
}

func isType(t string) bool {
	for _, x := range Types {
		if x == t {
			return true
		}
	}
	return false
}

// dedupe keeps the first of predictions with equal (type, source, target).
func dedupe(evs []Event) []Event {
	seen := make(map[[3]string]bool, len(evs))
	out := make([]Event, 0, len(evs))
	for _, ev := range evs {
		k := [3]string{valueKey(ev["type"]), valueKey(ev["source"]), valueKey(ev["target"])}
		if !seen[k] {
			seen[k] = true
			out = append(out, ev)
		}
	}
	return out
}

func matches(pred, gold Event) bool {
	if valueKey(pred["type"]) != valueKey(gold["type"]) {
		return false
	}
	if !in(pred["source"], gold["source"], gold["alt_sources"]) {
		return false
	}
	if gold["target"] == nil {
		return true
	}
	return in(pred["target"], gold["target"], gold["alt_targets"])
}

// in reports whether v equals first or one of the values of the list alts.
func in(v, first, alts any) bool {
	k := valueKey(v)
	if k == valueKey(first) {
		return true
	}
	list, _ := alts.([]any)
	for _, a := range list {
		if k == valueKey(a) {
			return true
		}
	}
	return false
}

// valueKey is a canonical form of a decoded JSON value for equality; a
// missing field and JSON null are both nil, as with Python's dict.get.
func valueKey(v any) string {
	if s, ok := v.(string); ok {
		return "s" + s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return "j" + string(b)
}

// pyStr formats a decoded JSON value the way Python's str() prints it.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case json.Number:
		return x.String()
	default:
		b, err := json.Marshal(x)
		if err != nil {
			return fmt.Sprint(x)
		}
		return string(b)
	}
}

// prefixRunes returns the first n code points of s, as Python's s[:n].
func prefixRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}
