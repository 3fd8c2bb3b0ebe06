package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that ends neither a sentence nor the
// token. Compared in lower case, without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true,
	"cmdr": true, "brig": true, "cpl": true, "pvt": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"pres": true, "amb": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "inc": true, "corp": true, "ltd": true,
	"co": true, "mt": true, "ft": true, "approx": true, "est": true, "fig": true, "al": true, "dept": true,
	"univ": true, "ave": true, "blvd": true, "rd": true,
}

// sentenceStarters are words that, after a dotted acronym such as "U.S.",
// show that the acronym ended the sentence.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"in": true, "on": true, "but": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "there": true, "meanwhile": true, "however": true,
	"earlier": true, "later": true, "last": true, "on,": true, "after": true, "since": true, "both": true,
}

// SentenceStarter reports a word that commonly opens a sentence (in lower
// case): after a period, it says the period ended one.
func SentenceStarter(w string) bool { return sentenceStarters[w] }

// MaxSentence bounds a sentence in bytes: text with no sentence ends (a
// table, a run-on list) is cut at spaces so parsing stays linear.
const MaxSentence = 2000

// SplitSentences splits text into sentence spans, exactly as the coder
// does. Line breaks end a sentence (headlines rarely end with a period); a
// period ends one unless it closes an abbreviation, an initial or a dotted
// acronym that is not followed by a sentence-opening word.
func SplitSentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		for e-s > MaxSentence {
			cut := s + MaxSentence
			for cut > s && !isSpace(text[cut]) {
				cut--
			}
			if cut == s {
				cut = s + MaxSentence
				for cut < e && !utf8.RuneStart(text[cut]) {
					cut++
				}
			}
			out = append(out, Span{s, cut})
			s, e = trimSpan(text, cut, e)
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			emit(i)
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j)
			if j < len(text) && !isSpace(text[j]) {
				continue // "U.S.-backed", "3.5", "example.com"
			}
			k := j
			for k < len(text) && text[k] != '\n' && isSpace(text[k]) {
				k++
			}
			if k >= len(text) {
				emit(j)
				i = j - 1
				continue
			}
			if c == '.' && !endsSentence(text, i, k) {
				continue
			}
			emit(j)
			i = j - 1
		}
	}
	emit(len(text))
	return out
}

// endsSentence decides whether the period at dot, followed by the word at
// next, ends a sentence.
func endsSentence(text string, dot, next int) bool {
	r, _ := utf8.DecodeRuneInString(text[next:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘([", r) {
		return false // "the U.S. and", "Gen. lower" never starts a sentence
	}
	ws := dot
	for ws > 0 && !isSpace(text[ws-1]) && !strings.ContainsRune("\"'“‘(", rune(text[ws-1])) {
		ws--
	}
	word := text[ws:dot]
	if word == "" {
		return true
	}
	lower := strings.ToLower(word)
	if abbreviations[lower] {
		return false
	}
	if strings.Contains(word, ".") { // dotted acronym: U.S, U.N, a.m
		return sentenceStarters[strings.ToLower(nextWord(text, next))]
	}
	if len(word) == 1 && unicode.IsUpper(rune(word[0])) { // an initial: "John F. Kennedy"
		return false
	}
	return true
}

func nextWord(text string, i int) string {
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return text[i:j]
}

func skipClosers(text string, j int) int {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune("\"')]”’", r) {
			return j
		}
		j += n
	}
	return j
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
