package feed

import (
	"math/bits"
	"strings"
	"unicode"
)

// shingleSize is the number of words per shingle. Two-word shingles keep
// word order in the fingerprint, so two stories told with the same topic
// words ("Iran", "Pakistan", "border", "strike") still differ, while an
// edited word disturbs only two shingles.
const shingleSize = 2

// minBodyWords is the length from which the text alone is fingerprinted.
// Outlets carrying one wire story rewrite its headline far more than its
// body, so the headline only adds noise, unless the text is too short to
// say anything alone.
const minBodyWords = 20

// DefaultClusterDistance is the Hamming distance up to which two SimHashes
// are taken for the same story. Copies of one wire story by different
// outlets (own headline and dateline, a phrase edited, a sentence added or
// cut) come out at most 9 bits apart in testdata/stories.txt and the sample
// feeds, different stories at least 16 (TestClusterDistance,
// TestSampleFeeds). The threshold stays near the copies rather than midway
// because unrelated articles are about 32 ± 4 bits apart and a window holds
// thousands of them: at 10 bits a random pair matches with odds of about
// 1e-8, at 16 about 3e-5, which over 15,000 articles in a window would merge
// stories every day.
const DefaultClusterDistance = 10

// simHash is the 64-bit SimHash of the word shingles of an article: each
// shingle votes on every bit with its FNV-1a hash, and a bit is set when
// most shingles have it set. Similar texts share most shingles and so get
// fingerprints a few bits apart.
func simHash(title, text string) uint64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
	}
	words := split(text)
	if len(words) < minBodyWords {
		words = append(split(title), words...)
	}
	var votes [64]int
	vote := func(shingle []string) {
		// FNV-1a of the words joined by spaces, as hash/fnv computes it,
		// without allocating a hasher per shingle.
		sum := uint64(fnvOffset64)
		for i, w := range shingle {
			if i > 0 {
				sum = (sum ^ ' ') * fnvPrime64
			}
			for j := range len(w) {
				sum = (sum ^ uint64(w[j])) * fnvPrime64
			}
		}
		for bit := range 64 {
			if sum&(1<<bit) != 0 {
				votes[bit]++
			} else {
				votes[bit]--
			}
		}
	}
	if len(words) < shingleSize {
		if len(words) > 0 {
			vote(words)
		}
	} else {
		for i := 0; i+shingleSize <= len(words); i++ {
			vote(words[i : i+shingleSize])
		}
	}
	var fp uint64
	for bit, v := range votes {
		if v > 0 {
			fp |= 1 << bit
		}
	}
	return fp
}

// The FNV-1a constants for 64 bits. Stored fingerprints were computed with
// them: changing the hash would move every new fingerprint away from them.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// hamming is the number of bits in which a and b differ.
func hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }
