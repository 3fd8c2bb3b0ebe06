package syntax

import "fmt"

// Accuracy counts the words a model tags and attaches correctly.
type Accuracy struct {
	Words    int // words scored
	UPOS     int // with the gold tag
	Heads    int // with the gold head (UAS)
	Labelled int // with the gold head and relation (LAS)
}

// Evaluate tags and parses the gold sentences' words (gold tokenisation)
// and scores every word, punctuation included, as the CoNLL 2018 shared
// task does. Relations are compared in full, subtypes included.
func (m *Model) Evaluate(gold []Sentence) Accuracy {
	var acc Accuracy
	for i := range gold {
		g := &gold[i]
		s := Sentence{Tokens: make([]Token, len(g.Tokens))}
		for k, t := range g.Tokens {
			s.Tokens[k].Form = t.Form
		}
		m.Annotate(&s)
		for k, t := range s.Tokens {
			want := &g.Tokens[k]
			acc.Words++
			if t.UPOS == want.UPOS {
				acc.UPOS++
			}
			if t.Head == want.Head {
				acc.Heads++
				if t.Rel == want.Rel {
					acc.Labelled++
				}
			}
		}
	}
	return acc
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// String formats the scores as "UPOS 0.xxx UAS 0.xxx LAS 0.xxx".
func (a Accuracy) String() string {
	return fmt.Sprintf("UPOS %.3f UAS %.3f LAS %.3f", ratio(a.UPOS, a.Words), ratio(a.Heads, a.Words), ratio(a.Labelled, a.Words))
}
