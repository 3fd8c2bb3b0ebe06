package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
)

type itemKind uint8

const (
	wordItem itemKind = iota
	punctItem
	actorItem
)

// item is one token of a sentence: a lower-cased word, a punctuation mark,
// or an actor mention standing for all the words it covers.
type item struct {
	start, end int // byte offsets in the coded text
	text       string
	kind       itemKind
	actor      string // actorItem: the actor ID
	actorKind  briefbot.Kind
	form       Form
	poss       bool // "Iran's": the mention owns the next noun
	compound   bool // "U.S.-backed", "Iran-linked": a modifier, never a party
	owner      bool // "US-flagged", "Israeli-owned": names the owner, a possible target
	mediator   bool // "Qatar-brokered", "Egyptian-mediated": names who brokered the deal
	pair       bool // "the Saudi-Houthi talks": joined by a hyphen to the next actor, the two sides of what follows
	anaphor    bool // "it", "the group", resolved to an earlier actor
	name       bool // a capitalised word inside the sentence: part of a person's or place's name
}

func (it *item) is(words ...string) bool {
	if it.kind == actorItem {
		return false
	}
	for _, w := range words {
		if it.text == w {
			return true
		}
	}
	return false
}

// givenNameStates are states whose name is also a given name.
var givenNameStates = set("Jordan", "Chad", "Georgia", "Israel", "India", "Kenya")

// surnameStates are short names of states that are also surnames written
// first, before the given name: "Pak Jong Chon" is a Korean official.
var surnameStates = set("Pak")

// personNamed reports a state's name that is a person's given name: one
// of givenNameStates followed by one capitalised word and then a comma, a
// verb of saying or "'s" ("Jordan Bardella, president of ...", "Chad
// Smith said").
func personNamed(name, after string) bool {
	if surnameStates[name] {
		return surnameFollows(after)
	}
	if !givenNameStates[name] || len(after) < 3 || after[0] != ' ' || !unicode.IsUpper(rune(after[1])) {
		return false
	}
	k := 1
	for k < len(after) && (unicode.IsLetter(rune(after[k])) || after[k] == '-') {
		k++
	}
	rest := after[k:]
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, " said") || strings.HasPrefix(rest, " told") || strings.HasPrefix(rest, " (")
}

// isBoundary reports whether the item ends a clause for phrase gaps.
func (it *item) isBoundary() bool {
	return it.kind == punctItem && (it.text == ";" || it.text == ":" || it.text == "." || it.text == "?" || it.text == "!")
}

// tokenize turns the sentence text[s:e] into items; ms are the actor
// mentions inside it, in order.
func tokenize(text string, s, e int, ms []Mention, kinds func(string) briefbot.Kind, buf []item) []item {
	items := buf[:0]
	mi := 0
	for i := s; i < e; {
		if mi < len(ms) && ms[mi].Start <= i {
			m := ms[mi]
			mi++
			if m.Start < i {
				continue // overlaps a token already read
			}
			it := item{start: m.Start, end: m.End, kind: actorItem, actor: m.ActorID, actorKind: kinds(m.ActorID), form: m.Form, text: m.Surface}
			// "pro-Iranian", "anti-Israel": a modifier, not the actor.
			it.compound = m.Start > s+1 && text[m.Start-1] == '-' && wordRune(text[m.Start-2:m.Start-1]) > 0
			j := m.End
			if n := possessiveAt(text, s, j, e); n > 0 {
				it.poss = true
				j += n
			} else if j < e && text[j] == '-' && mi < len(ms) && ms[mi].Start == j+1 && ms[mi].ActorID != m.ActorID {
				// "the Saudi-Houthi talks", "the India-Pakistan ceasefire": a pair
				it.compound, it.pair = true, true
			} else if j < e && text[j] == '-' && j+1 < e && wordRune(text[j+1:e]) > 0 {
				it.compound = true
				suffix := j + 1
				for j < e {
					if n := wordRune(text[j:e]); n > 0 {
						j += n
					} else if text[j] == '-' {
						j++
					} else {
						break
					}
				}
				it.owner = ownerSuffixes[lower(text[suffix:j])] || lower(text[suffix:j]) == "linked" && ownedThings[firstWord(text[j:e])]
				it.mediator = mediatorSuffixes[lower(text[suffix:j])]
				// "Saudi-led strikes", "HTS-led rebels": the leader acts.
				it.compound = !leaderSuffixes[lower(text[suffix:j])]
			}
			if personNamed(text[m.Start:m.End], text[j:e]) {
				it.compound = true // "Jordan Bardella, president of ...": a person's first name
			}
			it.end = j
			i = j
			if n := len(items); n > 0 && items[n-1].kind == actorItem && items[n-1].actor == it.actor && !items[n-1].poss && !items[n-1].compound {
				// "the Pakistani Inter-Services Intelligence", "the TTP (Pakistani
				// Taliban)": one mention of one actor.
				items[n-1].end, items[n-1].poss, items[n-1].compound, items[n-1].owner = it.end, it.poss, it.compound, it.owner
				continue
			}
			items = append(items, it)
			continue
		}
		c := text[i]
		if isSpace(c) {
			i++
			continue
		}
		if wordRune(text[i:e]) > 0 {
			j := i
			for j < e {
				if n := wordRune(text[j:e]); n > 0 {
					j += n
					continue
				}
				// keep "al-Adl", "U.S", "d'affaires" together, not a final "'s".
				r, n := utf8.DecodeRuneInString(text[j:e])
				if (r == '-' || r == '.' || r == '\'' || r == '’') && j+n < e && wordRune(text[j+n:e]) > 0 && (mi >= len(ms) || ms[mi].Start > j+n) && possessiveLen(text[j:min(e, j+8)]) == 0 {
					j += n
					continue
				}
				if r == ',' && thousandsAt(text[:e], j) {
					j++ // "100,000 troops": one number, one word
					continue
				}
				break
			}
			if mi < len(ms) && ms[mi].Start < j && ms[mi].Start > i {
				j = ms[mi].Start
			}
			w := lower(text[i:j])
			if n := len(items); n > 0 && items[n-1].text == "once" && (w == "again" || w == "more") {
				// "once again denied": an adverb, not the conjunction "once"
				items[n-1].end, items[n-1].text = j, "once "+w
			} else {
				r, _ := utf8.DecodeRuneInString(text[i:j])
				items = append(items, item{start: i, end: j, kind: wordItem, text: w, name: len(items) > 0 && unicode.IsUpper(r)})
			}
			if n := possessiveAt(text, s, j, e); n > 0 {
				items = append(items, item{start: j, end: j + n, kind: wordItem, text: "'s"})
				j += n
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		p := text[i : i+n]
		switch r {
		case '“', '”', '"', '‘', '’', '\'', '«', '»', '(', ')':
			i += n // quotes and brackets ("the TTP (Pakistani Taliban)") do not change who did what
			continue
		case '—', '–':
			p = "-"
		}
		items = append(items, item{start: i, end: i + n, kind: punctItem, text: p})
		i += n
	}
	markParentGroups(items)
	markPostedBodies(items)
	markMemberStates(items)
	retitleOfficials(items)
	markSanctionsBodies(items)
	markAdditiveNots(items)
	return items
}

// additiveWords after "not" add to what follows: "not only".
var additiveWords = set("only", "just", "merely", "simply")

// markAdditiveNots renames the "not" of "not only", "not just", which adds
// to what it precedes and denies nothing: "the charge is not only false,
// it is outrageous" calls it false.
func markAdditiveNots(items []item) {
	for k := 0; k+1 < len(items); k++ {
		if items[k].is("not") && additiveWords[items[k+1].text] {
			items[k].text = "not-only"
		}
	}
}

// thousandsAt reports a comma at j that groups a number's digits: the
// comma of "100,000", not of "in 2014, 300 soldiers".
func thousandsAt(text string, j int) bool {
	if j == 0 || j+4 > len(text) || !isDigit(text[j-1]) {
		return false
	}
	for k := j + 1; k < j+4; k++ {
		if !isDigit(text[k]) {
			return false
		}
	}
	return j+4 == len(text) || !isDigit(text[j+4])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// markParentGroups marks a group named as the parent of the group its
// phrase names ("al-Qaeda's Sahel affiliate JNIM", "Hamas's armed wing,
// the Qassam Brigades"): the parent only describes the party, as a
// modifier does.
func markParentGroups(items []item) {
	for k := range items {
		if items[k].kind != actorItem || !items[k].poss || items[k].actorKind != briefbot.Group {
			continue
		}
		for j := k + 1; j < len(items) && j <= k+4; j++ {
			it := &items[j]
			if it.kind == actorItem {
				if it.actorKind == briefbot.Group && it.actor != items[k].actor && j > k+1 && childGroupNouns[items[j-1].text] {
					items[k].compound = true
				}
				break
			}
			if it.kind != wordItem && !it.is(",") {
				break
			}
		}
	}
}

// markPostedBodies marks a body a state's envoy is posted to ("Iran's UN
// mission", "Russia's NATO envoy"): it says where the envoy serves, as a
// modifier does; the envoy speaks for the state.
func markPostedBodies(items []item) {
	for k := 1; k+1 < len(items); k++ {
		prev, next := &items[k-1], &items[k+1]
		if items[k].kind == actorItem && items[k].actorKind == briefbot.IGO && prev.kind == actorItem && prev.poss && prev.actorKind == briefbot.State &&
			next.kind == wordItem && envoyNouns[next.text] {
			items[k].compound = true
		}
	}
}

// memberStateNouns name the members of a body: "European Union countries",
// "NATO allies". (Its leaders, meeting as one, act as the body.)
var memberStateNouns = set("countries", "country", "states", "member", "members", "nations", "governments", "capitals", "allies", "partners")

// markMemberStates marks a body named as what its members belong to:
// "a dozen European Union countries expelled diplomats" are those
// countries, unnamed, not the Union.
func markMemberStates(items []item) {
	for k := 0; k+1 < len(items); k++ {
		if it := &items[k]; it.kind == actorItem && it.actorKind == briefbot.IGO && !it.poss && items[k+1].kind == wordItem && memberStateNouns[items[k+1].text] {
			it.compound = true
		}
	}
}

// retitleOfficials gives a person the gazetteer knows the state his title
// names: "Dutch Prime Minister Mark Rutte" speaks for the Netherlands,
// though he later led NATO, and "Norway's Prime Minister Jens
// Stoltenberg" for Norway. The title says what post he held when the news
// was written; the state named in it only describes him.
func retitleOfficials(items []item) {
	for k := 2; k < len(items); k++ {
		it := &items[k]
		if it.kind != actorItem || it.form != FormLeader || items[k-1].kind != wordItem || !personTitles[items[k-1].text] {
			continue
		}
		j := k - 2
		for j > 0 && j >= k-3 && items[j].kind == wordItem && organModifiers[items[j].text] {
			j-- // "Prime", "Foreign"
		}
		if st := &items[j]; st.kind == actorItem && st.actorKind == briefbot.State && st.actor != it.actor && (st.form == FormDemonym || st.poss) {
			it.actor, it.actorKind = st.actor, st.actorKind
			st.compound = true
		}
	}
}

// markSanctionsBodies marks the parties that name a body of sanctions
// ("the Security Council's al Qaeda and Taliban sanctions committee", "the
// Iran sanctions regime"): whom the sanctions concern, as a modifier of the
// body, not a party that acts.
func markSanctionsBodies(items []item) {
	for k := range items {
		if items[k].kind != actorItem {
			continue
		}
		j := k + 1
		for j+1 < len(items) && items[j].is("and", ",") && items[j+1].kind == actorItem {
			j += 2
		}
		if j+1 < len(items) && items[j].is("sanctions") && items[j+1].is("committee", "regime", "panel", "list") {
			for i := k; i < j; i += 2 {
				items[i].compound = true
			}
		}
	}
}

// envoyNouns name who a state posts abroad or to a body, and where.
var envoyNouns = set("mission", "envoy", "envoys", "ambassador", "ambassadors", "representative", "delegation", "delegate", "delegates", "permanent", "office",
	"diplomat", "diplomats", "charge", "chargé", "consul", "embassy", "embassies", "consulate")

// childGroupNouns name a group by its parent: "al-Qaeda's affiliate".
var childGroupNouns = set("affiliate", "branch", "wing", "offshoot", "arm", "faction", "franchise", "subsidiary", "ally", "proxy", "splinter")

// possessiveLen returns the length of a possessive ending ("'s", "’s", or a
// bare apostrophe after a plural) at the start of s, or 0.
func possessiveLen(s string) int {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(s, p) {
			if wordRune(s[len(p):]) == 0 {
				return len(p)
			}
		}
	}
	return 0
}

// possessiveAt returns the length of the possessive ending at text[j]
// (possessiveLen, or pluralPossessiveLen) in the sentence text[from:e],
// or 0.
func possessiveAt(text string, from, j, e int) int {
	if n := possessiveLen(text[j:min(e, j+8)]); n > 0 {
		return n
	}
	return pluralPossessiveLen(text[:e], from, j)
}

// pluralPossessiveLen returns the length of the apostrophe at text[j] that
// makes a plural possessive ("the UN experts' finding", "the Houthis'
// attacks"), or 0: it follows an "s", comes before a space and a word, and
// closes no single quote opened since text[from] ("called the charges
// 'lies' again" closes one).
func pluralPossessiveLen(text string, from, j int) int {
	if j <= from || j >= len(text) || text[j-1] != 's' && text[j-1] != 'S' {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[j:])
	if r != '\'' && r != '’' || j+n+1 >= len(text) || text[j+n] != ' ' || wordRune(text[j+n+1:]) == 0 || singleQuoteOpen(text[from:j]) {
		return 0
	}
	return n
}

// singleQuoteOpen reports whether text ends inside single quotes: a quote
// after a space, an opening bracket or a double quote opens one, and a quote
// after a word and before no word closes it ("don't" does neither).
func singleQuoteOpen(text string) bool {
	open := false
	for i, r := range text {
		if r != '\'' && r != '‘' && r != '’' {
			continue
		}
		end := i + utf8.RuneLen(r)
		switch {
		case quoteOpensAt(text, i):
			open = true
		case end >= len(text) || wordRune(text[end:]) == 0:
			open = false
		}
	}
	return open
}

// quoteOpensAt reports a single quote at text[i] that opens a quote: a
// left quote, or one at the start of text or after a space, an opening
// bracket or a double quote.
func quoteOpensAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "‘") || i == 0 || strings.ContainsRune(" (\"“", rune(text[i-1]))
}

// wordRune returns the byte length of the letter or digit that starts s,
// or 0 when s starts with anything else.
func wordRune(s string) int {
	if s == "" {
		return 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return n
	}
	return 0
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.Map(unicode.ToLower, s)
		}
	}
	return s
}

// ownedThings are the things an "X-linked" modifier names the owner of:
// "Israeli-linked vessels" are Israel's, where "an Iran-linked militia"
// is not Iran.
var ownedThings = set("vessel", "vessels", "ship", "ships", "tanker", "tankers", "cargo", "freighter", "freighters",
	"company", "companies", "firm", "firms", "business", "businesses", "shipping")

// firstWord returns the first word of s, in lower case, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	return lower(s[:n])
}
