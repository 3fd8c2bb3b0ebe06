package syntax

import (
	"slices"
	"testing"
)

// treeSentence is "Iran 's envoy was expelled by Iraq ." with its tree.
func treeSentence() *Sentence {
	forms := []string{"Iran", "'s", "envoy", "was", "expelled", "by", "Iraq", "."}
	heads := []int{2, 0, 4, 4, -1, 6, 4, 4}
	rels := []string{"nmod:poss", "case", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct"}
	s := &Sentence{}
	pos := 0
	for i, f := range forms {
		s.Tokens = append(s.Tokens, Token{Form: f, Head: heads[i], Rel: rels[i], Start: pos, End: pos + len(f)})
		pos += len(f) + 1
	}
	return s
}

func TestTreeHelpers(t *testing.T) {
	s := treeSentence()
	if r := s.Root(); r != 4 {
		t.Errorf("Root() = %d", r)
	}
	if got := slices.Collect(s.Children(4)); !slices.Equal(got, []int{2, 3, 6, 7}) {
		t.Errorf("Children(4) = %v", got)
	}
	tests := []struct {
		rel  string
		want []int
	}{
		{"nsubj", []int{2}}, {"nsubj:pass", []int{2}}, {"nsubj:outer", nil}, {"obl", []int{6}}, {"aux", []int{3}}, {"nsub", nil},
	}
	for _, tt := range tests {
		if got := slices.Collect(s.ChildrenByRel(4, tt.rel)); !slices.Equal(got, tt.want) {
			t.Errorf("ChildrenByRel(4, %q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
	if c := s.Child(4, "obl"); c != 6 {
		t.Errorf("Child(4, obl) = %d", c)
	}
	if c := s.Child(4, "obj"); c != -1 {
		t.Errorf("Child(4, obj) = %d", c)
	}
	if first, last := s.Subtree(2); first != 0 || last != 2 {
		t.Errorf("Subtree(2) = %d, %d", first, last)
	}
	if first, last := s.Subtree(4); first != 0 || last != 7 {
		t.Errorf("Subtree(4) = %d, %d", first, last)
	}
	if sp := s.SubtreeSpan(6); sp != (Span{s.Tokens[5].Start, s.Tokens[6].End}) {
		t.Errorf("SubtreeSpan(6) = %v", sp)
	}
	if first, last, ok := s.TokenSpan(Span{0, 4}); !ok || first != 0 || last != 0 {
		t.Errorf("TokenSpan(Iran) = %d, %d, %v", first, last, ok)
	}
	if _, _, ok := s.TokenSpan(Span{1000, 1004}); ok {
		t.Error("TokenSpan past the end found tokens")
	}
}
