// Package syntax splits English text into sentences and tokens, tags each
// token with its universal part of speech (UPOS) and lemma, and parses each
// sentence into a labelled dependency tree with the Universal Dependencies
// relations of the English Web Treebank (nsubj, obj, obl:tmod, acl:relcl, ...).
//
// The tagger is an averaged perceptron; the parser is a greedy arc-hybrid
// transition parser, also an averaged perceptron, trained with a dynamic
// oracle. Both models are trained by coder/internal/gensyntax and embedded
// in the binary: Default returns them, loaded once.
//
// Token indices are 0-based positions in Sentence.Tokens; a head of -1 marks
// the root. Byte offsets (Start, End) index the text given to Parse.
package syntax

import "iter"

// Span is a half-open byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Token is one syntactic word: "don't" is two tokens, "do" and "n't", with
// adjacent offsets.
type Token struct {
	Form  string
	Lemma string
	UPOS  string // a universal part-of-speech tag: NOUN, VERB, PROPN, ...
	Head  int    // index of the head token in Sentence.Tokens, or -1 for the root
	Rel   string // dependency relation to the head: nsubj, obl:tmod, ...; "root" for the root

	// Name and Verb are set before Annotate by a caller that knows more
	// than the tagger. A token of a name (a gazetteer's match) is never
	// tagged as a function word, an interjection or punctuation ("IS
	// claimed the attack" is no "is"), and is read as a proper noun
	// instead. A token the caller reads as a verb is never tagged a noun
	// ("Turkey shells Kurdish positions" has no noun "shells"). A token
	// that is a proper name by itself ("Oman", "Tehran"), no demonym, is
	// never tagged an adjective either.
	Name, Verb, Proper bool

	// Start and End are the token's byte offsets in the parsed text; for a
	// sentence read from CoNLL-U they are offsets in its # text when the
	// forms can be found there in order, else -1.
	Start, End int

	// The remaining CoNLL-U columns, kept for reading and writing treebanks;
	// the parser leaves XPOS, Feats and Deps empty ("_" when written).
	XPOS, Feats, Deps, Misc string
}

// Sentence is a tokenised, tagged and parsed sentence.
type Sentence struct {
	ID     string // sent_id
	Text   string // the sentence's text
	Start  int    // byte offset of Text in the text given to Parse
	Tokens []Token

	// Comments are all comment lines of a sentence read from CoNLL-U, in
	// order and without the leading "#", including sent_id and text. When
	// nil, writing produces sent_id and text lines from ID and Text.
	Comments []string
	// Multiword are CoNLL-U multiword tokens ("don't" over "do" "n't").
	Multiword []Multiword
	// Empty are CoNLL-U empty-node lines ("8.1\t..."), kept verbatim: the
	// tagger and parser ignore them.
	Empty []string
}

// Multiword is a CoNLL-U multiword token spanning Tokens[First..Last].
type Multiword struct {
	First, Last int
	Form, Misc  string
}

// Root returns the index of the root token, or -1 for an empty sentence.
func (s *Sentence) Root() int {
	for i := range s.Tokens {
		if s.Tokens[i].Head < 0 {
			return i
		}
	}
	return -1
}

// Children yields the dependents of token i in order.
func (s *Sentence) Children(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for j := range s.Tokens {
			if s.Tokens[j].Head == i && !yield(j) {
				return
			}
		}
	}
}

// ChildrenByRel yields the dependents of token i whose relation is rel. A
// rel without a subtype matches its subtypes too: "obl" yields obl,
// obl:tmod and obl:agent dependents, "obl:tmod" only obl:tmod ones.
func (s *Sentence) ChildrenByRel(i int, rel string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for j := range s.Tokens {
			if s.Tokens[j].Head == i && RelIs(s.Tokens[j].Rel, rel) && !yield(j) {
				return
			}
		}
	}
}

// Child returns the first dependent of token i whose relation is rel (as
// in ChildrenByRel), or -1.
func (s *Sentence) Child(i int, rel string) int {
	for j := range s.ChildrenByRel(i, rel) {
		return j
	}
	return -1
}

// RelIs reports whether relation got is rel or, when rel has no subtype,
// one of rel's subtypes.
func RelIs(got, rel string) bool {
	if len(got) == len(rel) {
		return got == rel
	}
	return len(got) > len(rel) && got[len(rel)] == ':' && got[:len(rel)] == rel
}

// Subtree returns the first and last token indices (inclusive) of the
// subtree headed by i. The parser's trees are projective, so every token in
// between belongs to it; a gold tree read from CoNLL-U may not be.
func (s *Sentence) Subtree(i int) (first, last int) {
	first, last = i, i
	for j := range s.Tokens {
		if s.dominates(i, j) {
			first, last = min(first, j), max(last, j)
		}
	}
	return first, last
}

// dominates reports whether token j is in the subtree of token i.
func (s *Sentence) dominates(i, j int) bool {
	for steps := 0; j >= 0 && steps <= len(s.Tokens); steps++ {
		if j == i {
			return true
		}
		j = s.Tokens[j].Head
	}
	return false
}

// SubtreeSpan returns the byte offsets covered by the subtree of token i.
func (s *Sentence) SubtreeSpan(i int) Span {
	first, last := s.Subtree(i)
	return Span{s.Tokens[first].Start, s.Tokens[last].End}
}

// TokenSpan returns the first and last indices (inclusive) of the tokens
// that overlap the byte range sp, such as an actor mention; ok is false
// when no token does.
func (s *Sentence) TokenSpan(sp Span) (first, last int, ok bool) {
	first, last = -1, -1
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.End > sp.Start && t.Start < sp.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last, first >= 0
}
