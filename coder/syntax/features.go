package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing: a feature is its template number and values mixed into
// 32 bits. The mixing must never change without retraining the model.

const mulK = 0x9E3779B97F4A7C15

func fin(h uint64) uint32 {
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	f := uint32(h >> 32)
	if f == 0 {
		f = 1 // 0 marks an empty table slot
	}
	return f
}

func f1(t, a uint64) uint32       { return fin((t*mulK ^ a) * mulK) }
func f2(t, a, b uint64) uint32    { return fin(((t*mulK^a)*mulK ^ b) * mulK) }
func f3(t, a, b, c uint64) uint32 { return fin((((t*mulK^a)*mulK^b)*mulK ^ c) * mulK) }

// Sentinel word values for positions outside the sentence and the root.
const (
	noneWord = 0x5bd1e9955bd1e995
	rootWord = 0x27d4eb2f165667c5
	noneTag  = 255
)

// wordFeats are the per-token values the tagger and the parser read,
// computed once per token.
type wordFeats struct {
	norm, shape                  uint64 // hashes of the normalised word and its shape
	pre1, pre2, pre3             uint64
	suf1, suf2, suf3, suf4, suf5 uint64
	first                        bool // first token of the sentence
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// computeWordFeats fills f from form. The normalised word is lower case,
// with digits as 0 and curly quotes straight; runes is scratch space.
func computeWordFeats(f *wordFeats, form string, runes []rune) []rune {
	runes = runes[:0]
	shape := uint64(fnvOffset)
	var last rune = -1
	for _, r := range form {
		var class rune
		switch {
		case unicode.IsUpper(r):
			class = 'X'
		case unicode.IsLower(r):
			class = 'x'
		case unicode.IsDigit(r):
			class = 'd'
		default:
			class = normRune(r)
		}
		if class != last {
			shape = (shape ^ uint64(class)) * fnvPrime
			last = class
		}
		runes = append(runes, normRune(r))
	}
	hash := func(rs []rune) uint64 {
		h := uint64(fnvOffset)
		for _, r := range rs {
			h = (h ^ uint64(r)) * fnvPrime
		}
		return h ^ uint64(len(rs))<<56
	}
	suffix := func(k int) uint64 { return hash(runes[max(0, len(runes)-k):]) }
	f.norm, f.shape = hash(runes), shape
	f.pre1, f.pre2, f.pre3 = hash(runes[:min(1, len(runes))]), hash(runes[:min(2, len(runes))]), hash(runes[:min(3, len(runes))])
	f.suf1, f.suf2, f.suf3, f.suf4, f.suf5 = suffix(1), suffix(2), suffix(3), suffix(4), suffix(5)
	return runes
}

func normRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r >= '0' && r <= '9':
		return '0'
	case r == '’' || r == '‘' || r == '`' || r == '´':
		return '\''
	case r == '“' || r == '”' || r == '«' || r == '»':
		return '"'
	case r == '–' || r == '—':
		return '-'
	}
	return unicode.ToLower(r)
}

// pair combines two values into one, for templates that pair a word with
// its tag.
func pair(a, b uint64) uint64 { return (a*mulK ^ b) * mulK }
