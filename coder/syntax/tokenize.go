package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize returns the tokens of text, which should be one sentence (see
// SplitSentences), with byte offsets into text.
func Tokenize(text string) []Token {
	return AppendTokens(nil, text, Span{0, len(text)})
}

// AppendTokens appends to dst the tokens of text[sp.Start:sp.End], with byte
// offsets into text, the way the English Web Treebank tokenises: clitics
// and possessives split off ("do" "n't", "Iran" "'s", "soldiers" "'"),
// punctuation split off except in abbreviations ("U.S.", "Gen.") and
// numbers ("1,200.50", "10:30"), and hyphenated words split at the hyphen
// ("Iran" "-" "backed", "al" "-" "Adl") unless the first part is a prefix
// such as "anti", "non" or "e" ("anti-war", "e-mail") or the word is a
// model's designation ("MiG-31", "F-16"). Only Form, Start and End are set;
// Head is -1.
func AppendTokens(dst []Token, text string, sp Span) []Token {
	t := tokenizer{text: text, out: dst}
	for i := sp.Start; i < sp.End; {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < sp.End {
			r, n := utf8.DecodeRuneInString(text[j:sp.End])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
	return t.out
}

type tokenizer struct {
	text string
	out  []Token
}

func (t *tokenizer) emit(start, end int) {
	if end > start {
		t.out = append(t.out, Token{Form: t.text[start:end], Head: -1, Start: start, End: end})
	}
}

// chunk tokenises text[a:b], a run of non-space characters.
func (t *tokenizer) chunk(a, b int) {
	text := t.text
	// Leading punctuation, one mark at a time; "'s" alone is a clitic.
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if isWord(r) || isApostrophe(r) && cliticLen(text[a:b]) == b-a {
			break
		}
		e := a + n
		if r == '.' || r == '-' || r == '!' || r == '?' {
			e = runEnd(text, a, b, r)
		}
		t.emit(a, e)
		a = e
	}
	// Trailing punctuation, collected right to left.
	var tail [8]Span
	nt := 0
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if isWord(r) || isApostrophe(r) && cliticLen(text[a:b]) == b-a {
			break
		}
		s := b - n
		if r == '.' || r == '-' || r == '!' || r == '?' {
			s = runStart(text, a, b, r)
			if r == '.' && s == b-1 && keepsPeriod(text[a:s]) {
				break
			}
		}
		if nt == len(tail) {
			break // a long run of marks: leave the rest to the middle
		}
		tail[nt] = Span{s, b}
		nt++
		b = s
	}
	t.middle(a, b)
	for k := nt - 1; k >= 0; k-- {
		t.emit(tail[k].Start, tail[k].End)
	}
}

// middle splits text[a:b], which starts and ends with a word character,
// at inner punctuation and hyphens, then splits clitics off each piece.
func (t *tokenizer) middle(a, b int) {
	text := t.text
	if a >= b {
		return
	}
	if s := text[a:b]; strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, "@") && strings.Contains(s, ".") {
		t.emit(a, b) // a URL or an e-mail address
		return
	}
	seg := a
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		if isWord(r) || !splitsInside(text, a, i, b, r, n) {
			i += n
			continue
		}
		t.clitics(seg, i)
		e := i + n
		if r == '-' || r == '.' {
			e = runEnd(text, i, b, r)
		}
		t.emit(i, e)
		i, seg = e, e
	}
	t.clitics(seg, b)
}

// splitsInside reports whether the mark r, n bytes at text[i], inside the
// word text[a:b], separates tokens. (n, not the rune's length: an invalid
// byte decodes as a 3-byte U+FFFD.)
func splitsInside(text string, a, i, b int, r rune, n int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[a:i])
	next, _ := utf8.DecodeRuneInString(text[i+n : b])
	switch r {
	case '.', '&', '_', '\'', '’':
		return false // "U.S", "3.5", "AT&T", "O'Brien"
	case ',', ':', '/':
		return !(unicode.IsDigit(prev) && unicode.IsDigit(next)) // "1,200", "10:30", "9/11"
	case '-', '‐':
		if !isWord(prev) || !isWord(next) {
			return true
		}
		orig := text[lastWordStart(text, a, i):i]
		first := strings.ToLower(orig)
		return !hyphenPrefixes[first] && !(isDigits(first) && unicode.IsDigit(next)) && !modelName(orig, next)
	}
	return true
}

// modelName reports a capitalised name and a number joined by a hyphen, a
// model's designation the treebank keeps whole: "MiG-31", "F-16", "CCA-15".
func modelName(first string, next rune) bool {
	if !unicode.IsDigit(next) || len(first) > 6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r)
}

// lastWordStart returns where the run of word characters ending at i starts.
func lastWordStart(text string, a, i int) int {
	for i > a {
		r, n := utf8.DecodeLastRuneInString(text[a:i])
		if !isWord(r) && r != '.' {
			break
		}
		i -= n
	}
	return i
}

// hyphenPrefixes keep a hyphenated word whole, as the treebank does:
// "anti-war", "e-mail", "co-founder", "pre-war".
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "anti": true, "mid": true, "pre": true, "re": true, "co": true, "post": true,
	"over": true, "pro": true, "multi": true, "ex": true, "semi": true, "counter": true, "sub": true,
	"neo": true, "cross": true, "inter": true, "intra": true, "trans": true, "ultra": true, "mini": true,
	"micro": true, "macro": true, "bi": true, "tri": true, "un": true, "de": true, "mis": true, "psycho": true,
}

// clitics emits text[a:b] as a word followed by its clitic, if any:
// "don't" is "do" "n't", "Iran's" is "Iran" "'s", "cannot" is "can" "not".
func (t *tokenizer) clitics(a, b int) {
	w := t.text[a:b]
	n := 0
	for _, suf := range []string{"n't", "n’t"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			n = len(suf)
		}
	}
	if n == 0 {
		n = cliticLen(lastApostrophe(w))
		if n == len(w) {
			n = 0
		}
	}
	if n == 0 {
		for _, pair := range [][2]string{{"cannot", "not"}, {"gonna", "na"}, {"wanna", "na"}, {"gotta", "ta"}} {
			if strings.EqualFold(w, pair[0]) {
				n = len(pair[1])
			}
		}
	}
	t.emit(a, b-n)
	t.emit(b-n, b)
}

// lastApostrophe returns the suffix of w from its last apostrophe, or "".
func lastApostrophe(w string) string {
	// A byte loop: strings.LastIndexAny decodes rune by rune for a
	// non-ASCII set, and every word comes here.
	for i := len(w) - 1; i >= 0; i-- {
		switch {
		case w[i] == '\'':
			return w[i:]
		case w[i] == 0x99 && i >= 2 && w[i-2] == 0xe2 && w[i-1] == 0x80: // ’
			return w[i-2:]
		}
	}
	return ""
}

// cliticLen returns len(s) when s is a clitic such as "'s", "’re" or "'ll",
// else 0.
func cliticLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if !isApostrophe(r) {
		return 0
	}
	switch strings.ToLower(s[n:]) {
	case "s", "re", "ve", "ll", "d", "m":
		return len(s)
	}
	return 0
}

// keepsPeriod reports whether word keeps a following period as its own:
// "U.S", "Gen", "Inc", an initial "F".
func keepsPeriod(word string) bool {
	if word == "" {
		return false
	}
	start := len(word)
	for start > 0 && isWordByte(word[start-1]) || start > 1 && word[start-1] == '.' {
		start--
	}
	word = word[start:]
	if abbreviations[strings.ToLower(word)] || strings.ToLower(word) == "e.g" || strings.ToLower(word) == "i.e" {
		return true
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	// A dotted acronym: letters separated by single periods.
	if !strings.Contains(word, ".") {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func runEnd(text string, i, b int, r rune) int {
	n := utf8.RuneLen(r)
	for i < b && strings.HasPrefix(text[i:b], string(r)) {
		i += n
	}
	return i
}

func runStart(text string, a, i int, r rune) int {
	n := utf8.RuneLen(r)
	for i > a && strings.HasSuffix(text[a:i], string(r)) {
		i -= n
	}
	return i
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
