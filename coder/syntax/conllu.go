package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCoNLLU reads the sentences of a CoNLL-U file. Word lines become
// Tokens (HEAD converted to a 0-based index, -1 for 0 or "_"); multiword
// token lines ("1-2") and empty nodes ("8.1") are kept aside so that
// WriteCoNLLU reproduces them. "_" reads as an empty field except in FORM
// and LEMMA, where it may be the word itself.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		open bool
	)
	flush := func() {
		if open {
			cur.setOffsets()
			out = append(out, cur)
		}
		cur, open = Sentence{}, false
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			flush()
			continue
		case line[0] == '#':
			c := line[1:]
			cur.Comments = append(cur.Comments, c)
			if k, v, ok := strings.Cut(strings.TrimSpace(c), "="); ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					cur.ID = strings.TrimSpace(v)
				case "text":
					cur.Text = strings.TrimSpace(v)
				}
			}
			open = true
			continue
		}
		open = true
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu: line %d: %d fields, want 10", n, len(f))
		}
		if err := cur.addLine(line, f); err != nil {
			return nil, fmt.Errorf("conllu: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	flush()
	return out, nil
}

// addLine adds one word, multiword-token or empty-node line.
func (s *Sentence) addLine(line string, f []string) error {
	id := f[0]
	if strings.Contains(id, ".") {
		s.Empty = append(s.Empty, line)
		return nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad multiword token ID %q", id)
		}
		s.Multiword = append(s.Multiword, Multiword{First: first - 1, Last: last - 1, Form: f[1], Misc: field(f[9])})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Tokens)+1 {
		return fmt.Errorf("word ID %q out of sequence", id)
	}
	head := -1
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return fmt.Errorf("bad head %q", f[6])
		}
		head = h - 1
	}
	s.Tokens = append(s.Tokens, Token{
		Form: f[1], Lemma: f[2], UPOS: field(f[3]), XPOS: field(f[4]), Feats: field(f[5]),
		Head: head, Rel: field(f[7]), Deps: field(f[8]), Misc: field(f[9]),
		Start: -1, End: -1,
	})
	return nil
}

func field(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// setOffsets finds each token's form in the sentence text, in order; a
// multiword token's words share its span unless their forms spell it.
func (s *Sentence) setOffsets() {
	at := 0
	find := func(form string) (int, int, bool) {
		i := strings.Index(s.Text[at:], form)
		if form == "" || i < 0 || strings.TrimSpace(s.Text[at:at+i]) != "" {
			return -1, -1, false
		}
		return at + i, at + i + len(form), true
	}
	mw := 0
	for i := 0; i < len(s.Tokens); i++ {
		if mw < len(s.Multiword) && s.Multiword[mw].First == i {
			m := s.Multiword[mw]
			mw++
			start, end, ok := find(m.Form)
			if !ok {
				continue
			}
			pos := start
			for j := m.First; j <= m.Last && j < len(s.Tokens); j++ {
				t := &s.Tokens[j]
				if f := t.Form; strings.HasPrefix(s.Text[pos:end], f) && f != "" {
					t.Start, t.End = pos, pos+len(f)
					pos += len(f)
				} else {
					t.Start, t.End = start, end
				}
			}
			at = end
			i = m.Last
			continue
		}
		if start, end, ok := find(s.Tokens[i].Form); ok {
			s.Tokens[i].Start, s.Tokens[i].End = start, end
			at = end
		}
	}
}

// WriteCoNLLU writes sentences in CoNLL-U. A sentence without Comments gets
// "# sent_id" and "# text" lines from ID and Text; a token without Misc gets
// SpaceAfter=No when its End meets the next token's Start.
func WriteCoNLLU(w io.Writer, sentences []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sentences {
		sentences[i].write(bw)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("conllu: %w", err)
	}
	return nil
}

func (s *Sentence) write(w *bufio.Writer) {
	if s.Comments != nil {
		for _, c := range s.Comments {
			w.WriteString("#" + c + "\n")
		}
	} else {
		if s.ID != "" {
			w.WriteString("# sent_id = " + s.ID + "\n")
		}
		if s.Text != "" {
			w.WriteString("# text = " + s.Text + "\n")
		}
	}
	empty := s.Empty
	writeEmpty := func(after int) {
		for len(empty) > 0 && emptyAfter(empty[0]) <= after {
			w.WriteString(empty[0] + "\n")
			empty = empty[1:]
		}
	}
	writeEmpty(0)
	mw := 0
	for i := range s.Tokens {
		for mw < len(s.Multiword) && s.Multiword[mw].First == i {
			m := s.Multiword[mw]
			fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First+1, m.Last+1, m.Form, blank(m.Misc))
			mw++
		}
		t := &s.Tokens[i]
		misc := t.Misc
		if misc == "" && s.Comments == nil && i+1 < len(s.Tokens) && t.End >= 0 && t.End == s.Tokens[i+1].Start {
			misc = "SpaceAfter=No"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", i+1, t.Form, t.Lemma, blank(t.UPOS), blank(t.XPOS),
			blank(t.Feats), t.Head+1, blank(t.Rel), blank(t.Deps), blank(misc))
		writeEmpty(i + 1)
	}
	writeEmpty(len(s.Tokens) + 1<<20)
	w.WriteString("\n")
}

// emptyAfter returns the word ID an empty node follows ("8.1" follows 8).
func emptyAfter(line string) int {
	id, _, _ := strings.Cut(line, ".")
	n, err := strconv.Atoi(id)
	if err != nil {
		return 0
	}
	return n
}

func blank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// errNoSentences reports a treebank without a sentence.
var errNoSentences = errors.New("no sentences")
