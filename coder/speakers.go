package coder

import (
	"slices"
	"strings"
)

// Speakers: the parties a sentence is attributed to ("X said", "according
// to X", "officials said").

// unplacedSpeakers are people who report without a party of their own
// unless the text gives one: "officials said", "sources said".
var unplacedSpeakers = set("officials", "sources", "witnesses", "residents", "medics", "doctors", "activists", "diplomats", "observers", "analysts", "experts")

// findSpeakers marks the actors a sentence is attributed to: "X said",
// "said X", "according to X".
func (s *sent) findSpeakers() {
	for r := range s.items {
		w := &s.items[r]
		if w.kind != wordItem {
			continue
		}
		if reportingVerbs[w.text] || w.text == "according" || w.text == "believe" || w.text == "expect" || w.text == "warn" || w.text == "suggest" {
			for k := r - 1; k >= 0 && k >= r-3; k-- {
				if s.items[k].kind == wordItem && speculators[s.items[k].text] {
					s.speculative = true
				}
			}
		}
		// "Israel will pay a heavy price, the Houthi leader warned.": a
		// warning that closes the sentence speaks for what came before it
		trailingWarning := w.is("warned", "warns") && (r+1 == len(s.items) || s.items[r+1].isBoundary() || s.items[r+1].is(","))
		if !reportingVerbs[w.text] && w.text != "according" && !trailingWarning {
			continue
		}
		if r > 1 && s.items[r-1].is("and", "but") {
			// "May told parliament that ... and announced", "Rwanda dismissed
			// the charge ..., and said": the sentence's subject speaks again
			// (one that spoke already, after a comma, or whose clause
			// reports no one else's words: "Kigali denied backing the M23
			// and said"), not a party of what was said before
			if first := s.firstSubjectAt(r); first >= 0 && (slices.Contains(s.speakers, first) || s.items[r-2].is(",") || !s.reportsBetween(first, r-1)) {
				s.speakers = append(s.speakers, first)
				continue
			}
		}
		found := false
		// ", said US Secretary of State Antony Blinken": a verb that opens
		// its phrase after a comma has its speaker after it; the clause
		// before the comma is what was said
		if r > 0 && s.items[r-1].is(",") && !w.is("told", "tell", "tells", "telling", "informed", "assured") {
			found = s.speakerAfter(r, 5, true)
		}
		if !found && w.text != "according" {
			for k, left := r-1, 9; k >= 0 && left > 0; k, left = k-1, left-1 {
				it := &s.items[k]
				if it.is(",") {
					if j := s.relativeClauseBefore(k); j > 0 {
						k = j // "Paetongtarn, whose call with Hun Sen sparked outrage, said": the clause names no speaker
						continue
					}
					if k < r-1 && unplacedSpeakers[s.items[r-1].text] {
						break // "..., officials said": speakers the text does not place, not a party named before the comma
					}
				}
				if it.kind == punctItem && it.text != "-" && it.text != "," || it.is("he", "she", "they", "we", "i", "who", "that") {
					break // ", the group's military spokesman, said" keeps its commas; "he said" is a person
				}
				if k == r-1 && s.bareName(k) {
					break // "'We reject Japan's protest,' Hong said": a person the text names, not a party inside the quote
				}
				if k < r-1 && (it.is(",", "and", "but") || it.is("a", "an")) && spokesNouns[s.items[r-1].text] {
					found = true // "..., and a spokesman said Kyiv would": a spokesman of no party named here, neither the party before nor the one after
					break
				}
				// ", Mali's army said" opens a new phrase after a comma
				if it.kind == actorItem && !it.compound && !s.private[k] && (!s.inPP(k) || k > 0 && s.items[k-1].is(",")) {
					s.speakers = append(s.speakers, k)
					found = true
					break
				}
			}
		}
		if found || w.is("told", "tell", "tells", "telling", "informed", "assured") {
			continue // "told Washington that": the party after a verb of telling hears, it does not speak
		}
		reach := 5
		if w.text == "according" {
			reach = 7 // "according to a statement from Peru"
		} else if r > 0 && s.items[r-1].kind != punctItem {
			continue // "Human Rights Watch said Malian troops ...": a subject no party names spoke; the clause after it is what was said
		}
		s.speakerAfter(r, reach, false)
	}
}

// speakerAfter marks the first actor within reach words after the
// reporting verb at r, before punctuation or "that", as a speaker, and
// reports whether there was one. The words of a title do not count: "said
// the statement of the Secretary of State Antony Blinken". A phrase-final
// speaker ends its clause: not "..., said Azerbaijan had started".
func (s *sent) speakerAfter(r, reach int, phraseFinal bool) bool {
	for k := r + 1; k < len(s.items) && reach > 0; k++ {
		it := &s.items[k]
		if it.kind == punctItem || it.is("that") {
			return false
		}
		if phraseFinal && it.kind == actorItem && k+1 < len(s.items) && s.items[k+1].kind == wordItem && !prepositions[s.items[k+1].text] {
			return false
		}
		if it.kind == actorItem && !it.compound && !s.private[k] {
			s.speakers = append(s.speakers, k)
			return true
		}
		if !s.capitalised(it) && !(it.is("of") && s.capitalised(&s.items[k-1])) {
			reach--
		}
	}
	return false
}

// relativeClauseBefore returns the comma that opens a relative clause
// ended by the comma at k (", whose ... ," or ", which ... ,"), or -1.
func (s *sent) relativeClauseBefore(k int) int {
	for j := k - 2; j > 0 && j >= k-16; j-- {
		if s.items[j].isBoundary() {
			return -1
		}
		if s.items[j].is("whose", "who", "which", "whom") {
			if s.items[j-1].is(",") {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// speaker returns the speaker of the reporting clause nearest to item i,
// or -1. A speaker across "while", "whereas" or a semicolon speaks in
// another clause: "Russia dismissed the charge, while NATO's chief said the
// alliance would ..." is no report by NATO.
func (s *sent) speaker(i int) int {
	best, dist := -1, 1<<30
	for _, k := range s.speakers {
		if s.joinedClauseBetween(i, k) {
			continue
		}
		d := k - i
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = k, d
		}
	}
	return best
}

// joinedClauseBetween reports a clause join (clauseJoins) between items i
// and j.
func (s *sent) joinedClauseBetween(i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if s.items[k].kind != actorItem && clauseJoins[s.items[k].text] {
			return true
		}
	}
	return false
}

// reportsBetween reports a verb of saying among the items between i and j.
func (s *sent) reportsBetween(i, j int) bool {
	return slices.ContainsFunc(s.items[i+1:j], func(it item) bool { return it.kind == wordItem && reportingVerbs[it.text] })
}

// bareName reports a person's name ending at item k that stands alone as
// a subject: its capitalised words open the sentence or follow a comma or
// a quote ("..., Hong Lei said"), not a party's title ("Georgia's State
// Security Service said", "China Coast Guard spokesperson Liu Dejun said").
func (s *sent) bareName(k int) bool {
	it := &s.items[k]
	if it.kind != wordItem || !s.upper(k) || !personName(it.text) || strings.ToUpper(it.text) == it.text {
		return false
	}
	st := k
	for st > 0 && s.items[st-1].kind == wordItem && s.upper(st-1) {
		st--
	}
	return st == 0 || s.items[st-1].kind == punctItem
}
