package briefing

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clause lengths in runes: a clause is cut to at most maxClause, preferring
// a clause boundary that leaves at least minClause.
const (
	maxClause = 125
	minClause = 40
)

// Clause cuts a short clause from an evidence sentence: without a dateline
// ("ISLAMABAD (Reuters) - ") and the final full stop, and cut at a clause
// boundary or between words, with an ellipsis, when it is long.
func Clause(sentence string) string {
	s := strings.Join(strings.Fields(sentence), " ")
	s = stripDateline(s)
	s = strings.TrimRight(s, ".;:, ")
	if utf8.RuneCountInString(s) <= maxClause {
		return s
	}
	cut := prefixRunes(s, maxClause-1)
	best := -1
	for _, sep := range []string{"; ", ", ", " — ", " – ", " - ", " ("} {
		if i := strings.LastIndex(cut, sep); i > best && utf8.RuneCountInString(cut[:i]) >= minClause {
			best = i
		}
	}
	if best < 0 {
		if i := strings.LastIndexByte(cut, ' '); i > 0 && utf8.RuneCountInString(cut[:i]) >= minClause {
			best = i
		} else {
			best = len(cut)
		}
	}
	return strings.TrimRightFunc(cut[:best], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
}

// stripDateline drops a wire-style dateline: an upper-case place name,
// perhaps with an agency in brackets, followed by a dash.
func stripDateline(s string) string {
	for _, dash := range []string{" - ", " — ", " – ", " -- "} {
		i := strings.Index(s, dash)
		if i <= 0 || i > 60 {
			continue
		}
		head := s[:i]
		if j := strings.IndexByte(head, '('); j >= 0 {
			head = head[:j]
		}
		head = strings.TrimRight(head, " ,")
		if head != "" && strings.ToUpper(head) == head && strings.ContainsFunc(head, unicode.IsLetter) {
			return s[i+len(dash):]
		}
	}
	return s
}

// prefixRunes returns at most n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// hostOf names an outlet by its link when the feed has no name.
func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return link
	}
	return strings.TrimPrefix(u.Host, "www.")
}
