// Package inflect writes the regular inflections of English verbs and
// nouns, for the trigger lexicons and their generator.
package inflect

import "strings"

// irregular holds the past and past participle of the irregular verbs news
// of conflict uses; Verb writes them in place of "-ed".
var irregular = map[string][2]string{
	"bear": {"bore", "borne"}, "beat": {"beat", "beaten"}, "blow": {"blew", "blown"}, "break": {"broke", "broken"},
	"bring": {"brought", "brought"}, "buy": {"bought", "bought"}, "catch": {"caught", "caught"}, "cut": {"cut", "cut"},
	"draw": {"drew", "drawn"}, "drive": {"drove", "driven"}, "fall": {"fell", "fallen"}, "fight": {"fought", "fought"},
	"fly": {"flew", "flown"}, "forbid": {"forbade", "forbidden"}, "give": {"gave", "given"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "keep": {"kept", "kept"}, "lay": {"laid", "laid"}, "lead": {"led", "led"},
	"leave": {"left", "left"}, "make": {"made", "made"}, "put": {"put", "put"}, "seek": {"sought", "sought"},
	"sell": {"sold", "sold"}, "send": {"sent", "sent"}, "set": {"set", "set"}, "shoot": {"shot", "shot"},
	"shut": {"shut", "shut"}, "sink": {"sank", "sunk"}, "speak": {"spoke", "spoken"}, "spend": {"spent", "spent"},
	"strike": {"struck", "struck"}, "swear": {"swore", "sworn"}, "take": {"took", "taken"}, "teach": {"taught", "taught"},
	"tell": {"told", "told"}, "throw": {"threw", "thrown"}, "withdraw": {"withdrew", "withdrawn"}, "write": {"wrote", "written"},
	"build": {"built", "built"}, "meet": {"met", "met"}, "lose": {"lost", "lost"}, "find": {"found", "found"},
	"hurt": {"hurt", "hurt"}, "spread": {"spread", "spread"}, "bind": {"bound", "bound"}, "deal": {"dealt", "dealt"},
	"feel": {"felt", "felt"}, "hear": {"heard", "heard"}, "pay": {"paid", "paid"}, "say": {"said", "said"},
	"think": {"thought", "thought"}, "win": {"won", "won"}, "show": {"showed", "shown"}, "freeze": {"froze", "frozen"},
	"sit": {"sat", "sat"}, "stand": {"stood", "stood"}, "begin": {"began", "begun"}, "come": {"came", "come"}, "quit": {"quit", "quit"},
	"rebuild": {"rebuilt", "rebuilt"}, "uphold": {"upheld", "upheld"}, "retake": {"retook", "retaken"}, "shine": {"shone", "shone"},
}

// Participles returns the past participles of the irregular verbs Verb
// knows: "sent", "taken".
func Participles() []string {
	out := make([]string, 0, len(irregular))
	for _, p := range irregular {
		out = append(out, p[1])
	}
	return out
}

// Verb returns a verb's base, -s, past and -ing forms, in that order, and
// last an irregular verb's past participle when it is not its past, or a
// verb's doubled "-lled" and "-lling": "decry" gives decry, decries,
// decried, decrying; "take" gives take, takes, took, taking, taken;
// "cancel" gives cancel, cancels, canceled, canceling, cancelled, cancelling.
func Verb(v string) []string {
	forms := regularVerb(v)
	if p, ok := irregular[v]; ok {
		forms[2] = p[0]
		if p[1] != p[0] {
			forms = append(forms, p[1])
		}
	} else if n := len(v); n > 3 && v[n-1] == 'l' && vowel(v[n-2]) && !vowel(v[n-3]) && !doublesFinal(v) {
		// a final "l" after one vowel doubles in British spelling and in
		// verbs stressed at the end: "cancelled", "patrolled", "expelled"
		forms = append(forms, v+"led", v+"ling")
	}
	return forms
}

// regularVerb returns the forms of a regular verb.
func regularVerb(v string) []string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ee"):
		return []string{v, v + "s", v + "d", v + "ing"}
	case strings.HasSuffix(v, "e"):
		return []string{v, v + "s", v + "d", v[:n-1] + "ing"}
	case n > 1 && v[n-1] == 'y' && !vowel(v[n-2]):
		return []string{v, v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case doublesFinal(v):
		// one syllable ending in one vowel and one consonant doubles it:
		// "stop", "stopped", "stopping"
		return []string{v, v + "s", v + v[n-1:] + "ed", v + v[n-1:] + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") ||
		strings.HasSuffix(v, "z") || n > 1 && v[n-1] == 'o' && !vowel(v[n-2]):
		return []string{v, v + "es", v + "ed", v + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

// Noun returns a regular noun and its plural.
func Noun(w string) []string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !vowel(w[n-2]):
		return []string{w, w[:n-1] + "ies"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return []string{w, w + "es"}
	}
	return []string{w, w + "s"}
}

// doublesFinal reports a verb of one syllable that ends in a single vowel
// and a consonant other than w, x or y ("ban", "spot", "scrap"); "visit"
// and "patrol" take stress the spelling does not show, and stay regular.
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || vowel(v[n-1]) || strings.IndexByte("wxy", v[n-1]) >= 0 || !vowel(v[n-2]) || vowel(v[n-3]) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if vowel(v[i]) && (i == 0 || !vowel(v[i-1])) {
			vowels++
		}
	}
	return vowels == 1 && v[:2] != "qu"
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
