package coder

// Repairs of names and noun phrases: names read as apposition, subject or
// verb; possessives; hyphenated modifiers; nouns joined before an event noun.

import (
	"slices"
	"strings"
)

// repairNameLists makes a list of three or more parties ("Senegal, the Ivory
// Coast, Ghana and Benin") the conjuncts of its first, as it is: the parser
// reads such lists as modifiers and appositions of each other.
func (s *sent) repairNameLists() {
	toks := s.tree.Tokens
	for k := 0; k < len(s.items); k++ {
		list := []int{k}
		joined, closed := false, false // an "and" in the list; one before its last name
		for j := k + 1; j < len(s.items) && s.items[k].kind == actorItem; j++ {
			it := &s.items[j]
			if it.kind == actorItem {
				if it.end <= it.start || s.itemTok[j] < 0 {
					break
				}
				list = append(list, j)
				if joined {
					closed = true
					break
				}
				continue
			}
			if it.is("and", "or") {
				joined = true
			} else if !it.is(",", "the") {
				break
			}
		}
		if len(list) < 2 || !joined || s.itemTok[k] < 0 {
			continue
		}
		first, last := s.itemTok[k], s.itemTok[list[len(list)-1]]
		if len(list) == 2 && !(closed && toks[first].Head > first && toks[first].Head <= last && !s.rel(first, "conj")) {
			continue // two names the parser joined or kept apart itself
		}
		s.keepNamesWhole(list)
		oldHead, oldRel := toks[first].Head, toks[first].Rel
		if h := toks[first].Head; h > first && h <= last {
			// the first name hangs inside the list: it takes the place
			// the list has in the clause
			for u := first + 1; u <= last; u++ {
				if h := toks[u].Head; (h < first || h > last) && !s.dominates(first, h) {
					// (not a head the list itself dominates: "hosted by
					// Belarus, ..., Putin and Poroshenko" read with the
					// clause hung on a name)
					toks[first].Head, toks[first].Rel = h, toks[u].Rel
					break
				}
			}
		}
		if slices.ContainsFunc(list[1:], func(n int) bool { return s.dominates(s.itemTok[n], first) }) {
			// a name of the list heads the first by a path outside the
			// list: no tree has them joined by hanging one on the other
			toks[first].Head, toks[first].Rel = oldHead, oldRel
			continue
		}
		for i, n := range list[1:] {
			h := s.itemTok[n]
			toks[h].Head, toks[h].Rel = first, "conj"
			for u := s.itemTok[list[i]] + 1; u < h; u++ {
				if k := s.tokItem[u]; k >= 0 && s.items[k].kind == actorItem || s.dominates(u, first) {
					continue
				}
				toks[u].Head, toks[u].Rel = h, modifierRel(toks[u].UPOS, "punct")
			}
		}
		k = list[len(list)-1]
	}
}

// keepNamesWhole hangs each word of the names of a list on its name's head,
// where the parser took them for modifiers of the next name: "Nikol
// Pashinyan and Ilham Aliyev" read as one name.
func (s *sent) keepNamesWhole(list []int) {
	toks := s.tree.Tokens
	for _, n := range list {
		h := s.itemTok[n]
		for u := range toks {
			if u != h && s.tokItem[u] == n && (toks[u].Head < 0 || s.tokItem[toks[u].Head] != n) {
				toks[u].Head, toks[u].Rel = h, "flat"
			}
		}
	}
}

// repairApposedLinkedGroup mends "Militants from JNIM, a group linked to
// al-Qaeda, killed ...", read as a clause "a group linked to" that the main
// verb joins: the noun is an apposition its participle describes, and the main
// verb takes the participle's place, with the noun phrase before the comma its
// subject.
func (s *sent) repairApposedLinkedGroup() {
	toks := s.tree.Tokens
	for p := range toks {
		n := s.child(p, "nsubj")
		if toks[p].UPOS != "VERB" || !strings.HasSuffix(s.form(p), "ed") || n < 0 || n != p-1 || toks[n].UPOS != "NOUN" ||
			s.child(p, "aux") >= 0 || s.child(p, "obj") >= 0 {
			continue
		}
		first, _ := s.tree.Subtree(n)
		if first < 2 || toks[first-1].Form != "," {
			continue
		}
		r := first - 2
		for toks[r].Head >= 0 && toks[r].Head < first-1 {
			r = toks[r].Head
		}
		v := -1
		for u := p + 1; u < len(toks) && v < 0; u++ {
			if toks[u].Head == p && toks[u].Rel == "conj" && toks[u].UPOS == "VERB" && s.child(u, "nsubj") < 0 {
				v = u
			}
		}
		hosted := toks[r].Head == p || toks[p].Head == r && toks[p].Rel == "appos"
		if v < 0 || !isNominal(toks[r].UPOS) || !hosted {
			continue
		}
		if toks[p].Head == r {
			toks[v].Head, toks[v].Rel = toks[r].Head, toks[r].Rel
		} else {
			toks[v].Head, toks[v].Rel = toks[p].Head, toks[p].Rel
		}
		toks[r].Head, toks[r].Rel = v, "nsubj"
		toks[n].Head, toks[n].Rel = r, "appos"
		toks[p].Head, toks[p].Rel = n, "acl"
		s.rehangPunct(v, v, r, p)
	}
}

// repairNounAfterCommaAsModifier mends "two drug organizations, the Jalisco
// New Generation and Sinaloa cartels": a noun after a comma hung on the noun
// before as a modifier with no preposition is its apposition.
func (s *sent) repairNounAfterCommaAsModifier() {
	toks := s.tree.Tokens
	for n := 1; n < len(toks); n++ {
		h := toks[n].Head
		if toks[n].Rel != "nmod" || h < 0 || h >= n || !isNominal(toks[h].UPOS) || s.child(n, "case") >= 0 {
			continue
		}
		if first, _ := s.tree.Subtree(n); first > h && toks[first].Form == "," || first > 0 && toks[first-1].Form == "," {
			toks[n].Rel = "appos"
		}
	}
}

// repairAlongWith mends "Mali, along with its partners Burkina Faso and Niger,
// announced": news has no vocatives; a name read as one before a verb with no
// subject is its subject, and the party "along with" it, hung on the verb,
// goes with it.
func (s *sent) repairAlongWith() {
	toks := s.tree.Tokens
	for u := range toks {
		v := toks[u].Head
		if v <= u || v < 0 || toks[v].UPOS != "VERB" || !(toks[u].Rel == "vocative" && s.ownSubj(v) < 0 || toks[u].Rel == "nsubj") {
			continue
		}
		toks[u].Rel = "nsubj" // the parser may have read the subject right, and only the party along with it wrong
		for w := u + 1; w < v; w++ {
			if toks[w].Head == v && syntaxObl(toks[w].Rel) && accompanyCases[s.caseOf(w)] {
				toks[w].Head, toks[w].Rel = u, "nmod"
			}
		}
	}
}

// repairJoinedModifierOfActNoun mends "to Iran's missile and drone attack": a
// noun joined to a modifier of an act noun, tagged as a verb whose object is
// that act noun, is one more modifier; the act noun heads the phrase (a phrase
// with a preposition or a possessor cannot go on as a verb).
func (s *sent) repairJoinedModifierOfActNoun() {
	toks := s.tree.Tokens
	for w := 2; w+1 < len(toks); w++ {
		p, n := w-2, w+1
		if toks[w].UPOS != "VERB" || toks[w].Rel != "conj" || toks[w-1].UPOS != "CCONJ" || toks[n].Head != w || toks[n].Rel != "obj" ||
			!isNominal(toks[p].UPOS) || toks[n].UPOS != "NOUN" || toks[p].Head != toks[w].Head || s.child(p, "case") < 0 && s.child(p, "nmod:poss") < 0 ||
			strings.HasSuffix(s.form(w), "ing") {
			continue // "of the agreement and urging Israel ... to return": a verb's participle taking a party
		}
		toks[n].Head, toks[n].Rel = toks[p].Head, toks[p].Rel
		for u := range p {
			if toks[u].Head == p && (toks[u].Rel == "case" || toks[u].Rel == "nmod:poss" || toks[u].Rel == "det" || toks[u].Rel == "amod") {
				toks[u].Head = n
			}
		}
		toks[p].Head, toks[p].Rel = n, "compound"
		toks[w].Head, toks[w].Rel, toks[w].UPOS = p, "conj", "NOUN"
	}
}

// repairNameAsExtraSubject mends "militants belonging to Indian proxy Fitna
// al-Khawarij, the army said": a name right after a noun elsewhere, read as
// one more subject of a verb that has its own, names that noun.
func (s *sent) repairNameAsExtraSubject() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		v, n := toks[u].Head, u-1
		if toks[u].Rel != "nsubj" || toks[u].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || v < 0 || toks[n].Head == v || s.dominates(u, n) {
			continue
		}
		for w := range v {
			// "Representatives of the government and guerrilla group ELN met":
			// the other subject may come first
			if w != u && toks[w].Head == v && toks[w].Rel == "nsubj" {
				toks[u].Head, toks[u].Rel = n, "appos"
				break
			}
		}
	}
}

// repairNameAfterNoun mends "accused the Lebanese group Hezbollah of": a name
// right after a noun of the same verb names that noun.
func (s *sent) repairNameAfterNoun() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		n, p := u-1, toks[u].Head
		if toks[u].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || p < 0 || toks[n].Head != p || toks[u].Rel == "conj" || toks[u].Rel == "flat" {
			continue
		}
		if r := toks[u].Rel; r == "xcomp" || r == "obj" || r == "iobj" || r == "dep" || r == "obl" {
			toks[u].Head, toks[u].Rel = n, "appos"
		}
	}
}

// repairNameNounReadAsPlaceConjunct mends "struck PKK bases in Iraq and
// SDF positions in Syria": a name after "and" read as a conjunct of the
// place before it, with the noun it modifies hung on the first object, is
// that noun's modifier, and the noun the object's conjunct.
func (s *sent) repairNameNounReadAsPlaceConjunct() {
	toks := s.tree.Tokens
	for u := 2; u+1 < len(toks); u++ {
		n, place := u+1, toks[u].Head
		if toks[u].UPOS != "PROPN" || toks[u].Rel != "conj" || toks[u-1].Form != "and" || place < 0 || place >= u || toks[n].UPOS != "NOUN" {
			continue
		}
		o := toks[place].Head
		if o < 0 || !isNominal(toks[o].UPOS) || !syntaxRelIs(toks[place].Rel, "nmod") || toks[n].Head != o || toks[n].Rel != "obj" && toks[n].Rel != "dep" {
			continue
		}
		toks[n].Head, toks[n].Rel = o, "conj"
		toks[u].Head, toks[u].Rel = n, "compound"
		toks[u-1].Head = n
	}
}

// repairNameApposedBeforeParticiple mends "wrote to his Thai counterpart,
// Samak Sundaravej, proposing talks": a name set off by commas after a noun
// names that noun, and is no subject of the participle after it, whose
// subject is its clause's.
func (s *sent) repairNameApposedBeforeParticiple() {
	toks := s.tree.Tokens
	for u := 2; u < len(toks); u++ {
		n := u - 2
		if toks[u].UPOS != "PROPN" || toks[u].Rel != "nsubj" || toks[n].UPOS != "NOUN" || toks[u-1].Form != "," {
			continue
		}
		w := u
		for w+1 < len(toks) && toks[w+1].Head == u && toks[w+1].Rel == "flat" {
			w++
		}
		if v := w + 2; v < len(toks) && toks[w+1].Form == "," && toks[u].Head == v && toks[v].UPOS == "VERB" && strings.HasSuffix(toks[v].Form, "ing") {
			toks[u].Head, toks[u].Rel = n, "appos"
		}
	}
}

// repairPossessorOnVerb mends "Syria's Foreign Ministry sent letters": a
// possessor hung on a verb owns the noun after it that the verb takes.
func (s *sent) repairPossessorOnVerb() {
	toks := s.tree.Tokens
	for t := 0; t+2 < len(toks); t++ {
		h := toks[t].Head
		if toks[t].Rel != "nmod:poss" || h < 0 || toks[h].UPOS != "VERB" || toks[t+1].Rel != "case" {
			continue
		}
		for n := t + 2; n < h && n <= t+5; n++ {
			if toks[n].Head == h && isNominal(toks[n].UPOS) {
				toks[t].Head = n
				break
			}
		}
	}
}

// repairNameAfterDay mends "on Saturday Manila accused China": a name read as
// part of the day before it is the subject of the day's verb, when that has
// none.
func (s *sent) repairNameAfterDay() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		d := toks[u].Head
		if toks[u].Rel != "flat" || d != u-1 || toks[u].UPOS != "PROPN" {
			continue
		}
		if _, day := weekdayNames[s.form(d)]; !day {
			continue
		}
		if v := toks[d].Head; v > u && toks[v].UPOS == "VERB" && s.ownSubj(v) < 0 {
			toks[u].Head, toks[u].Rel = v, "nsubj"
		}
	}
}

// repairListedNamesAsObject mends "designated the Sinaloa Cartel, the CJNG and
// six other groups": a name after a comma that the parser hung on the verb,
// with no preposition, is one more of the verb's object.
func (s *sent) repairListedNamesAsObject() {
	toks := s.tree.Tokens
	for u := range toks {
		p := toks[u].Head
		if p < 0 || toks[p].UPOS != "VERB" || !isNominal(toks[u].UPOS) || toks[u].Rel == "obj" || s.child(u, "case") >= 0 || !syntaxObl(toks[u].Rel) && toks[u].Rel != "dep" {
			continue
		}
		first, _ := s.tree.Subtree(u)
		for first < u && toks[first].UPOS == "PUNCT" {
			first++
		}
		if first == 0 || toks[first-1].Form != "," {
			continue
		}
		if o := s.child(p, "obj"); o >= 0 && o < u && !s.dominates(u, o) {
			toks[u].Head, toks[u].Rel = o, "conj"
		}
	}
}

// repairNounsBeforeEventNoun mends "Iran's missile and drone attack on
// Israel": two nouns joined before an event noun modify it; the parser reads
// the second as a verb whose object is the event noun, or the event noun as
// the first one's conjunct.
func (s *sent) repairNounsBeforeEventNoun() {
	toks := s.tree.Tokens
	for u := 0; u+3 < len(toks); u++ {
		c, w, n := u+1, u+2, u+3
		if toks[u].UPOS != "NOUN" || toks[c].UPOS != "CCONJ" || !eventNouns[s.form(n)] || toks[n].UPOS != "NOUN" ||
			strings.HasSuffix(s.form(w), "ed") || strings.HasSuffix(s.form(w), "ing") {
			continue
		}
		asVerb := toks[w].UPOS == "VERB" && toks[n].Head == w && toks[n].Rel == "obj" && s.ownSubj(w) < 0
		asConj := toks[w].UPOS == "NOUN" && toks[w].Head == n && toks[w].Rel == "compound" && toks[n].Head == u && toks[n].Rel == "conj"
		if !asVerb && !asConj {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[u].Head, toks[u].Rel
		for d := range toks {
			if d != c && d != n && (toks[d].Head == u || toks[d].Head == w) {
				toks[d].Head = n // "Iran's", "weekend", "to": the phrase's own words
			}
		}
		toks[u].Head, toks[u].Rel = n, "compound"
		toks[w].Head, toks[w].Rel, toks[w].UPOS = u, "conj", "NOUN"
		toks[c].Head = w
	}
}

// repairNameJoinedToVerb mends "used by the BLA and the BLF": a name joined
// to a verb is joined to the verb's last nominal before it.
func (s *sent) repairNameJoinedToVerb() {
	toks := s.tree.Tokens
	for u := range toks {
		p := toks[u].Head
		if toks[u].Rel != "conj" || p < 0 || !isNominal(toks[u].UPOS) || toks[p].UPOS != "VERB" {
			continue
		}
		for j := u - 1; j > p; j-- {
			if toks[j].Head == p && isNominal(toks[j].UPOS) && toks[j].Rel != "conj" {
				toks[u].Head = j
				break
			}
		}
	}
}

// repairHyphenLedSubject mends "Hamas-led fighters killed ...", read as "Hamas
// led" and a clause it takes: the hyphenated participle modifies the noun
// after it, and the clause's verb is the head.
func (s *sent) repairHyphenLedSubject() {
	toks := s.tree.Tokens
	for p := 2; p+1 < len(toks); p++ {
		n := p + 1
		v := toks[n].Head
		if toks[p-1].Form != "-" || toks[p].UPOS != "VERB" || !isNominal(toks[n].UPOS) || toks[n].Rel != "nsubj" ||
			v <= n || toks[v].Head != p || toks[v].Rel != "ccomp" && toks[v].Rel != "parataxis" {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[p].Head, toks[p].Rel
		toks[p].Head, toks[p].Rel = n, "amod"
		s.rehangPunct(v, p, p)
	}
}

// repairHyphenModifierAsVerb mends a hyphenated modifier the parser reads as
// a verb whose object is the noun it modifies: "missiles fired by Iran-backed
// Houthi rebels" (the name taken for the by-phrase), "Saudi-led forces ...
// have fought" (the participle taken for a clause of the verb, the subject
// left out), "blamed Iran-backed groups" (its complement). The noun takes
// the place the name or the participle had; the participle modifies it and
// the name the participle.
func (s *sent) repairHyphenModifierAsVerb() {
	toks := s.tree.Tokens
	for p := 2; p+1 < len(toks); p++ {
		n := p - 2
		if toks[p-1].Form != "-" || toks[p].UPOS != "VERB" || !isNominal(toks[n].UPOS) && toks[n].UPOS != "ADJ" {
			continue // "Iran-backed", "Saudi-led"
		}
		h := -1
		for j := p + 1; j < len(toks) && j <= p+3; j++ {
			if toks[j].Head == p && toks[j].Rel == "obj" && isNominal(toks[j].UPOS) {
				h = j
			}
		}
		if h < 0 {
			continue
		}
		switch v := toks[p].Head; {
		case toks[n].Head != p && (v == toks[n].Head || v == n):
			toks[h].Head, toks[h].Rel = toks[n].Head, toks[n].Rel // the name's place: "fired by [Iran]-backed"
		case toks[n].Head == p && v >= 0 && toks[v].UPOS == "VERB" && s.child(v, "nsubj") < 0 && s.child(v, "nsubj:pass") < 0:
			toks[h].Head, toks[h].Rel = v, "nsubj" // the subject the verb lacks
		case toks[n].Head == p && v >= 0 && toks[v].UPOS == "VERB" && (toks[p].Rel == "ccomp" || toks[p].Rel == "xcomp" || toks[p].Rel == "obj"):
			toks[h].Head, toks[h].Rel = v, "obj" // the object: "blamed Iran-backed militant groups"
		default:
			continue
		}
		// what followed describes the noun: "in Yemen", ", backing ...,"
		s.rehang(p, h, func(j int) bool { return j > h }, nounRels)
		toks[p].Head, toks[p].Rel = h, "amod"
		toks[n].Head, toks[n].Rel = p, "compound"
		toks[p-1].Head = n
	}
}

// repairHyphenParticipleRoot mends "Iranian-backed Hizballah, which controls
// the border, fired rockets", "Biden blamed Iran-backed groups for the
// attack": a hyphenated participle read as the root, the noun it describes as
// its object, and the sentence's verb as a clause on the noun before or after
// it: the participle describes the noun, and the verb heads the sentence.
func (s *sent) repairHyphenParticipleRoot(root int) {
	toks := s.tree.Tokens
	if v := root; v >= 2 && toks[v].UPOS == "VERB" && s.form(v-1) == "-" && toks[v-1].Start == toks[v-2].End && toks[v].Start == toks[v-1].End {
		if w, n := s.hyphenParticipleVerb(v); w >= 0 {
			for c := range toks {
				switch {
				case c == n || c == w || toks[c].Head != v:
				case c > v && c < n && isNominal(toks[c].UPOS):
					toks[c].Head, toks[c].Rel = n, "compound" // "al-Masira television channel"
				case c > n || c < w:
					toks[c].Head = w
				case c == v-2:
					toks[c].Rel = "obl:npmod" // "Iranian-backed": who backs it, no subject
				}
			}
			if toks[w].Head, toks[w].Rel = -1, "root"; w < v {
				toks[n].Head, toks[n].Rel = w, "obj"
			} else if toks[n].Head, toks[n].Rel = w, "nsubj"; s.child(w, "aux:pass") >= 0 {
				toks[n].Rel = "nsubj:pass"
			}
			toks[v].Head, toks[v].Rel = n, "amod"
		}
	}
}

// repairNameAfterPossessive mends "designated Venezuela's Tren de Aragua": a
// name after a possessive read as part of the possessor's name; the name is
// the head, and the possessor its modifier.
func (s *sent) repairNameAfterPossessive() {
	toks := s.tree.Tokens
	for x := range toks {
		if x+2 >= len(toks) || s.form(x+1) != "'s" || toks[x+1].Head != x {
			continue
		}
		for y := len(toks) - 1; y > x+1; y-- {
			if toks[y].Head == x && toks[y].Rel == "flat" {
				s.promote(y, x, "nmod:poss")
				break
			}
			// "the Sinaloa Cartel and Venezuela's Tren de Aragua", both
			// read as conjuncts of the first name
			// ("China's and Pakistan's envoys" are two possessors)
			if first, _ := s.tree.Subtree(y); first == x+2 && toks[x+2].Rel != "cc" && toks[y].Head == toks[x].Head && toks[y].Rel == toks[x].Rel && isNominal(toks[y].UPOS) {
				toks[x].Head, toks[x].Rel = y, "nmod:poss"
				break
			}
		}
	}
}

// repairPluralNounAsVerb mends "claimed that drones belonging to the UAE
// carried out attacks": a plural noun read as the verb of the clause, and the
// clause's real verb as its conjunct with no conjunction, is that verb's
// subject.
func (s *sent) repairPluralNounAsVerb() {
	toks := s.tree.Tokens
	for v := range toks {
		w := s.form(v)
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(w, "s") || s.ownSubj(v) >= 0 || s.child(v, "obj") >= 0 || s.child(v, "mark") < 0 {
			continue
		}
		c := s.child(v, "conj")
		if c < 0 {
			c = s.child(v, "advcl")
		}
		if c < 0 || toks[c].UPOS != "VERB" || s.ownSubj(c) >= 0 || s.child(c, "cc") >= 0 || s.child(c, "mark") >= 0 {
			continue
		}
		mark := s.child(v, "mark")
		s.promote(c, v, "nsubj")
		toks[v].UPOS = "NOUN"
		toks[mark].Head = c
		for u := range toks {
			if toks[u].Head == v && toks[u].Rel == "xcomp" {
				toks[u].Rel = "acl" // "drones belonging to the UAE"
			}
		}
	}
}

// repairVerbConjunctReadAsNoun mends "would expel India's envoy and
// suspend bilateral trade": a bare verb after "and", read as a noun joined
// to the object of the verb before it with its own object as a second
// noun joined there too, is that verb's conjunct, and the second noun its
// object. A noun so joined would take a determiner or stand alone; it
// would not stand bare before a phrase that hangs on the same object.
func (s *sent) repairVerbConjunctReadAsNoun() {
	toks := s.tree.Tokens
	for n := 1; n+1 < len(toks); n++ {
		o := toks[n].Head
		if toks[n].UPOS != "NOUN" || toks[n].Rel != "conj" || o < 0 || o > n || toks[o].Rel != "obj" || s.form(n) != s.lemma(n) || strings.HasSuffix(s.form(n), "s") ||
			s.child(n, "cc") != n-1 || s.child(n, "det") >= 0 || s.child(n, "nmod:poss") >= 0 || s.child(n, "amod") >= 0 || s.child(n, "compound") >= 0 {
			continue
		}
		v := toks[o].Head
		if v < 0 || toks[v].UPOS != "VERB" || s.form(v) != s.lemma(v) {
			continue // (the first verb is bare too: "would expel", "to expel")
		}
		h := n + 1
		for h < len(toks) && s.dominates(h+1, h) && toks[h].Head != o {
			h++ // the second noun's own modifiers: "bilateral"
		}
		if h >= len(toks) || toks[h].Head != o || !isNominal(toks[h].UPOS) || s.child(h, "cc") >= 0 || s.child(h, "case") >= 0 {
			continue // (joined or hung on the first object anyhow: "ambassador [and suspend] trade")
		}
		toks[n].UPOS, toks[n].Head, toks[n].Rel = "VERB", v, "conj"
		toks[h].Head, toks[h].Rel = n, "obj"
	}
}

// repairPastVerbReadAsNounConjunct mends "blamed Israel for the attack and
// vowed revenge": a past verb after "and", read as a noun joined to the
// noun before it inside one phrase with the noun after it as head, is the
// conjunct of the clause's verb, and the noun after it its object. The
// phrase before "and" ends with its own noun.
func (s *sent) repairPastVerbReadAsNounConjunct() {
	toks := s.tree.Tokens
	for n := 2; n+1 < len(toks); n++ {
		a, h := toks[n].Head, n+1
		w := s.form(n)
		if toks[n].UPOS != "NOUN" || toks[n].Rel != "conj" || s.child(n, "cc") != n-1 || !strings.HasSuffix(w, "ed") || len(w) < 5 || baseFormsInEd[w] || edNouns[w] ||
			a < 0 || a >= n-1 || !isNominal(toks[a].UPOS) || !isNominal(toks[h].UPOS) || toks[a].Head != h || toks[h].Head < 0 {
			continue
		}
		v := s.verbAbove(h, len(toks))
		if v < 0 || v > a {
			continue
		}
		toks[a].Head, toks[a].Rel = toks[h].Head, toks[h].Rel
		for j := 0; j < a; j++ {
			if toks[j].Head == h {
				toks[j].Head = a // "for the": the first phrase's words
			}
		}
		toks[n].UPOS, toks[n].Head, toks[n].Rel = "VERB", v, "conj"
		toks[n-1].Head = n
		toks[h].Head, toks[h].Rel = n, "obj"
	}
}

// edNouns are nouns and adjectives ending in -ed, which no past verb is.
var edNouns = set("deed", "deeds", "creed", "greed", "hatred", "kindred", "hundred", "sacred", "naked", "wicked", "steed")

// repairInfinitiveConjunctOnMainVerb mends "prompting Athens to convene its
// council and put its navy on alert": a bare verb joined by "and" right
// after an infinitive's clause, read as the conjunct of the main verb
// before it, is the infinitive's conjunct and shares its subject.
func (s *sent) repairInfinitiveConjunctOnMainVerb() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		p := toks[v].Head
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" || p < 0 || p >= v || s.form(v) != s.lemma(v) {
			continue
		}
		cc := s.child(v, "cc")
		if cc != v-1 || s.ownSubj(v) >= 0 {
			continue
		}
		for u := v - 2; u > p; u-- {
			if toks[u].UPOS != "VERB" || s.markOf(u) != "to" || s.form(u) != s.lemma(u) {
				continue
			}
			if _, last := s.tree.Subtree(u); last == cc-1 && s.dominates(p, u) && !s.dominates(v, u) {
				toks[v].Head = u
			}
			break
		}
	}
}

// repairPluralAfterToReadAsInfinitive mends "responded to provocations by
// Armenian units": a plural after "to", read as an infinitive, is no verb
// (an infinitive has its bare form), and "to" is its preposition.
func (s *sent) repairPluralAfterToReadAsInfinitive() {
	toks := s.tree.Tokens
	for v := 1; v < len(toks); v++ {
		w := s.form(v)
		if toks[v].UPOS != "VERB" || s.form(v-1) != "to" || toks[v-1].Head != v || toks[v-1].Rel != "mark" ||
			!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w == s.lemma(v) || s.child(v, "obj") >= 0 || s.ownSubj(v) >= 0 {
			continue
		}
		toks[v].UPOS = "NOUN"
		toks[v-1].Rel = "case"
		if toks[v].Rel == "xcomp" || toks[v].Rel == "advcl" {
			toks[v].Rel = "obl"
		}
		for u := range toks {
			if toks[u].Head != v {
				continue
			}
			switch toks[u].Rel {
			case "obl:agent", "obl":
				toks[u].Rel = "nmod" // "provocations by Armenian units"
			case "advmod":
				toks[u].Rel = "amod"
			}
		}
	}
}

// repairJoinedModifiersReadAsConjuncts mends a noun after two joined
// modifiers read as the conjunct of the first: "condemned the U.S. and
// British strikes" (the "and" and the second modifier hung on the noun)
// and "condemned Iranian missile and drone strikes" (the second modifier a
// conjunct too, and the noun a conjunct with no "and" of its own, which a
// true one would have). The noun heads the phrase and the joined modifiers
// modify it.
func (s *sent) repairJoinedModifiersReadAsConjuncts() {
	toks := s.tree.Tokens
	for n := 3; n < len(toks); n++ {
		x, y, cc := toks[n].Head, n-1, n-2
		if toks[n].Rel != "conj" || toks[n].UPOS != "NOUN" || x != n-3 || toks[cc].Rel != "cc" {
			continue
		}
		modifier := toks[x].UPOS == "PROPN" && toks[cc].Head == n && toks[y].Head == n && (toks[y].Rel == "amod" || toks[y].Rel == "compound")
		joinedNoun := toks[x].UPOS == "NOUN" && toks[cc].Head == y && toks[y].Head == x && toks[y].Rel == "conj" && s.child(n, "cc") < 0
		if !modifier && !joinedNoun {
			continue
		}
		s.nounTakesPhrase(n, x)
		toks[y].Head, toks[y].Rel = x, "conj"
		toks[cc].Head = y
	}
}

// nounTakesPhrase makes the noun n head the phrase its modifier x was read
// as heading: n takes x's place, x modifies n, and what hung on x as the
// phrase's (its determiner and adjectives before it, the rest after n)
// hangs on n.
func (s *sent) nounTakesPhrase(n, x int) {
	toks := s.tree.Tokens
	toks[n].Head, toks[n].Rel = toks[x].Head, toks[x].Rel
	toks[x].Head, toks[x].Rel = n, "compound"
	for u := range toks {
		if toks[u].Head == x && (u < x && toks[u].Rel != "cc" || u > n) {
			toks[u].Head = n
		}
	}
}

// repairWeaponJoinedToAct mends "condemned Iranian missile and drone
// strikes" read with "missile" as the object and "strikes" its conjunct: a
// bare singular weapon cannot stand alone as a noun phrase, so it modifies
// the act noun.
func (s *sent) repairWeaponJoinedToAct() {
	toks := s.tree.Tokens
	for n := range toks {
		x := toks[n].Head
		if toks[n].Rel != "conj" || x < 0 || x >= n || !attackNouns[s.form(n)] || !weaponModifiers[s.form(x)] ||
			s.child(x, "det") >= 0 || s.child(x, "nmod:poss") >= 0 || s.child(n, "det") >= 0 {
			continue
		}
		s.nounTakesPhrase(n, x)
	}
}

// repairDirectionOnLastConjunct mends "fired 300 drones, cruise missiles
// and ballistic missiles toward Israel": a direction hung on the last of
// a list of arms belongs to the verb that sent them all.
func (s *sent) repairDirectionOnLastConjunct() {
	toks := s.tree.Tokens
	for u := range toks {
		n := toks[u].Head
		if toks[u].Rel != "nmod" || n < 0 || toks[n].Rel != "conj" || !forceNouns[s.form(n)] {
			continue
		}
		if c := s.caseOf(u); c != "toward" && c != "towards" && c != "at" && c != "into" {
			continue
		}
		v := n
		for k := 0; k < 4 && v >= 0 && toks[v].UPOS != "VERB"; k++ {
			v = toks[v].Head
		}
		if v >= 0 && toks[v].UPOS == "VERB" {
			toks[u].Head, toks[u].Rel = v, "obl"
		}
	}
}

// repairConjunctReadAsApposition mends "Greek Prime Minister Kyriakos
// Mitsotakis and Turkish President Recep Tayyip Erdogan signed": a name
// whose phrase opens with "and" is joined to the name before, not set
// beside it as another name for it.
func (s *sent) repairConjunctReadAsApposition() {
	toks := s.tree.Tokens
	for a := range toks {
		if toks[a].Rel != "appos" {
			continue
		}
		if first, _ := s.tree.Subtree(a); first < a && toks[first].UPOS == "CCONJ" && (s.form(first) == "and" || s.form(first) == "or") {
			toks[a].Rel = "conj"
			toks[first].Head, toks[first].Rel = a, "cc"
		}
	}
}

// repairAppositionReadAsConjunct mends "accused Congo's army of working with
// the FDLR, a militia founded by ..., to threaten Rwanda": a group's noun
// opened by "a" after a comma that closes a name, read as a conjunct of an
// earlier noun with no "and", is the name's apposition; and an infinitive
// after the comma that closes the apposition, hung inside it, is the clause
// of the verb the name hangs on.
func (s *sent) repairAppositionReadAsConjunct() {
	toks := s.tree.Tokens
	for c := range toks {
		if toks[c].Rel != "conj" || s.child(c, "cc") >= 0 || !groupAnaphors[s.form(c)] {
			continue // (a group restating the name: not "a move that Russia condemned", restating an act)
		}
		first, last := s.tree.Subtree(c)
		if first > 0 && toks[first].Form == "," {
			first++ // (the comma may hang inside the phrase)
		}
		if first < 2 || first >= c || !s.rel(first, "det") || s.form(first) != "a" && s.form(first) != "an" || toks[first-1].Form != "," || !s.nameTok(first-2) {
			continue
		}
		name := first - 2
		for name > 0 && (s.rel(name, "flat") || s.rel(name, "compound")) && toks[name].Head < name && toks[name].Head >= 0 {
			name = toks[name].Head
		}
		if s.dominates(c, name) || toks[c].Head == name {
			continue
		}
		toks[c].Head, toks[c].Rel = name, "appos"
		toks[first-1].Head = c
		v := s.verbAbove(name, -1)
		for u := c + 1; u <= last && v >= 0; u++ {
			f, _ := s.tree.Subtree(u)
			if toks[f].Form != "," {
				f-- // (the comma may hang outside the clause)
			}
			if s.rel(u, "advcl") && s.markOf(u) == "to" && toks[u].UPOS == "VERB" && toks[f].Form == "," {
				toks[u].Head = v // "..., to threaten Rwanda": the working's purpose
				toks[f].Head = u
				break
			}
		}
	}
}

// tradeNouns name goods that cross from one party to another.
var tradeNouns = set("imports", "exports", "shipments", "purchases", "sales", "deliveries")

// repairOriginOnGoods mends "banned imports of beef, pork and fish from the
// United States": the origin hung on the goods the trade noun lists is the
// trade's, whence the goods came.
func (s *sent) repairOriginOnGoods() {
	toks := s.tree.Tokens
	for u := range toks {
		g := toks[u].Head
		for steps := 0; g >= 0 && s.rel(g, "conj") && steps < 8; steps++ {
			g = toks[g].Head // (on the last of the goods listed)
		}
		if !s.rel(u, "nmod") || s.caseOf(u) != "from" || g < 0 || !s.rel(g, "nmod") || s.caseOf(g) != "of" {
			continue
		}
		if t := s.head(g); t >= 0 && tradeNouns[s.form(t)] {
			toks[u].Head = t
		}
	}
}

// repairRelationApposition mends "released prisoners to their
// rivals, the Houthi rebels": a party named after the comma that closes a
// relation noun owned by another ("its foes", "their rivals"), read as a
// conjunct with no "and" or an apposition of an earlier noun, is the
// relation noun's apposition, the party it means.
func (s *sent) repairRelationApposition() {
	toks := s.tree.Tokens
	for c := range toks {
		if toks[c].Rel != "conj" && toks[c].Rel != "appos" || s.child(c, "cc") >= 0 || !isNominal(toks[c].UPOS) {
			continue
		}
		first, _ := s.tree.Subtree(c)
		if toks[first].Form == "," {
			first++ // (the comma may hang inside the phrase)
		}
		r := first - 2
		if r < 0 || toks[first-1].Form != "," || !relationNouns[s.form(r)] || s.child(r, "nmod:poss") < 0 || toks[c].Head == r || s.dominates(c, r) {
			continue
		}
		if len(s.nominalActors(c, nil)) == 0 {
			continue // "to their rivals, the talks": no party named
		}
		toks[c].Head, toks[c].Rel = r, "appos"
		toks[first-1].Head = c
	}
}

// nameTok reports a word of a name: a proper noun, or a capitalised noun
// the tagger took for a common one ("the FDLR").
func (s *sent) nameTok(t int) bool {
	f := s.tk(t).Form
	return s.tk(t).UPOS == "PROPN" || s.tk(t).UPOS == "NOUN" && f != "" && f[0] >= 'A' && f[0] <= 'Z' && t > 0
}

// repairNameReadAsVocative mends "Hezbollah, a group backed by Iran, fired
// rockets": a name that opens the sentence and is set off by a comma is no
// one addressed; when the noun phrase after the comma is the verb's
// subject, the name is the subject and the phrase its apposition, or,
// when the phrase is a name, the next of a list.
func (s *sent) repairNameReadAsVocative() {
	toks := s.tree.Tokens
	name := 0 // the name's head: "Iran", or "States" in "The United States"
	for name < len(toks) && name < 4 && toks[name].UPOS != "PROPN" {
		name++
	}
	if len(toks) < 3 || name >= len(toks) || toks[name].UPOS != "PROPN" || toks[name].Rel != "vocative" && toks[name].Rel != "discourse" {
		return
	}
	first, last := s.tree.Subtree(name)
	v := toks[name].Head
	if first != 0 || last+1 >= len(toks) || toks[last].UPOS != "PUNCT" || v < 0 {
		return
	}
	for n := last + 1; n < v; n++ {
		if toks[n].Head == v && isNominal(toks[n].UPOS) && s.rel(n, "nsubj") {
			if first, _ := s.tree.Subtree(n); first != last+1 || s.whoseOn(n) {
				return // "Pakistan, whose troops shelled ..., denied": a relative clause's subject
			}
			toks[name].Rel = toks[n].Rel
			// "The United States, Turkey and Arab states brokered": a name
			// after the comma lists another party
			rel := "appos"
			if toks[n].UPOS == "PROPN" {
				rel = "conj"
			}
			toks[n].Head, toks[n].Rel = name, rel
			return
		}
	}
}

// repairPossessedNounAsVerb mends "said that its strikes on the PKK had
// killed ten militants": a word after a possessive determiner is a noun,
// never a verb with the determiner as its subject. The verb the parse hung
// on it heads the clause with the noun as its subject, and a name that
// parse made that verb's subject, after a case marker, is the noun's.
func (s *sent) repairPossessedNounAsVerb() {
	toks := s.tree.Tokens
	for v := 1; v < len(toks); v++ {
		p := v - 1
		if toks[v].UPOS != "VERB" || toks[p].Head != v || toks[p].Rel != "nsubj" || !possessiveDeterminers[s.form(p)] {
			continue
		}
		w := -1
		for u := v + 1; u < len(toks); u++ {
			if toks[u].Head == v && toks[u].UPOS == "VERB" && (toks[u].Rel == "ccomp" || toks[u].Rel == "xcomp" || toks[u].Rel == "parataxis") &&
				s.child(u, "mark") < 0 {
				w = u
				break
			}
		}
		if w < 0 {
			continue
		}
		toks[p].Rel, toks[v].UPOS = "nmod:poss", "NOUN"
		s.promote(w, v, "nsubj")
		if m := s.child(v, "mark"); m >= 0 {
			toks[m].Head = w // "that": the clause's
		}
		for n := v + 1; n < w; n++ {
			if toks[n].Head != w || toks[n].Rel != "nsubj" {
				continue
			}
			toks[n].Head, toks[n].Rel = v, "nmod"
			for u := v + 1; u < n; u++ {
				if toks[u].Head == w && toks[u].Rel == "case" {
					toks[u].Head = n
				}
			}
		}
	}
}

// possessiveDeterminers own the noun after them; "her" is left out, for it
// is also an object ("told her officials").
var possessiveDeterminers = set("its", "their", "our", "my", "your", "his")

// repairPluralNounAfterNameAsVerb mends "jets struck ISWAP camps on islands,
// killing scores": a plural noun after a name, tagged a verb whose subject is
// the name, read as a clause the verb before takes; it is that verb's object,
// the name its modifier.
func (s *sent) repairPluralNounAfterNameAsVerb() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		h, n := toks[v].Head, s.child(v, "nsubj")
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "s") || h < 0 || h >= v || toks[h].UPOS != "VERB" ||
			(toks[v].Rel != "ccomp" && toks[v].Rel != "xcomp") || s.child(h, "obj") >= 0 || n != v-1 || toks[n].UPOS != "PROPN" {
			continue
		}
		if first, _ := s.tree.Subtree(n); first != h+1 {
			continue
		}
		toks[v].UPOS, toks[v].Head, toks[v].Rel = "NOUN", h, "obj"
		toks[n].Rel = "compound"
		for u := v + 1; u < len(toks); u++ {
			if toks[u].Head == v && (toks[u].Rel == "advcl" || toks[u].Rel == "punct") {
				toks[u].Head = h // ", killing scores of fighters": the clause's
			}
		}
	}
}

// repairPlaceOnDescribedNoun mends "strikes against what it described as
// terrorist hideouts in Iran's province": the place after the noun a free
// relative names, read as the naming verb's, is where the noun is.
func (s *sent) repairPlaceOnDescribedNoun() {
	toks := s.tree.Tokens
	for v := range toks {
		np := toks[v].Head
		if toks[v].Rel != "acl:relcl" || np < 0 || !namingLemmas[s.lemma(v)] || s.child(v, "obj") < 0 || s.form(s.child(v, "obj")) != "what" {
			continue
		}
		for c := np + 1; c < len(toks); c++ {
			if toks[c].Head == v && syntaxObl(toks[c].Rel) && locativePreps[s.caseOf(c)] {
				toks[c].Head, toks[c].Rel = np, "nmod"
			}
		}
	}
}

// repairFreeRelativeSubject mends "struck what the defence ministry
// described as PKK targets" read with the words after "what" scattered: they
// are the subject of the verb of naming, which is the clause the verb
// before "what" takes; "what" is its object (and repairFreeRelativeObject
// then makes the named phrase the verb's object).
func (s *sent) repairFreeRelativeSubject() {
	toks := s.tree.Tokens
	for w := 1; w+2 < len(toks); w++ {
		g := w - 1
		if s.form(w) != "what" || toks[g].UPOS != "VERB" || namingLemmas[s.lemma(g)] {
			continue
		}
		v := w + 2
		for v < len(toks) && v <= w+5 && toks[v].UPOS != "VERB" {
			v++
		}
		subj := v - 1
		if v >= len(toks) || v > w+5 || !namingLemmas[s.lemma(v)] || !isNominal(toks[subj].UPOS) {
			continue
		}
		if np := toks[v].Head; toks[w].Head == v && (np == g || np > v && s.rel(v, "acl:relcl") && toks[np].Head == g) {
			continue // read right already, or mended below
		}
		if slices.ContainsFunc([]int{v, w, subj}, func(u int) bool { return s.dominates(u, g) }) {
			continue // (a tree that hangs the verb under the phrase is left alone)
		}
		s.gatherModifiers(w+1, subj+1, subj) // "the defence ministry", not a clause of its own
		toks[subj].Head, toks[subj].Rel = v, "nsubj"
		toks[v].Head, toks[v].Rel = g, "ccomp"
		toks[w].Head, toks[w].Rel = v, "obj"
	}
}

// repairFreeRelativeObject mends "struck what Islamabad described as hideouts
// of the group", "strikes on what it said were militant camps": the noun
// phrase the free relative names is what the verb acts on; the report
// describes it.
func (s *sent) repairFreeRelativeObject() {
	toks := s.tree.Tokens
	for w := range toks {
		if np := toks[w].Head; s.form(w) == "what" && toks[w].Rel == "nsubj" && np > w && isNominal(toks[np].UPOS) && s.child(np, "cop") >= 0 &&
			toks[np].Rel == "ccomp" && toks[np].Head >= 0 && toks[np].Head < w && toks[toks[np].Head].UPOS == "VERB" {
			// "hit what it said were bases of the group", read with the
			// noun as the verb's clause and "what" as its subject: the
			// noun is what the verb acts on, the report describes it
			if r := s.child(w, "acl:relcl"); r > w && r < np && namingLemmas[s.lemma(r)] {
				toks[np].Rel = "obj"
				toks[r].Head = np
				toks[w].Head, toks[w].Rel = r, "obj"
				continue
			}
		}
		if s.form(w) == "what" && toks[w].Rel == "obj" && toks[w].Head >= 0 && toks[toks[w].Head].UPOS == "VERB" && !namingLemmas[s.lemma(toks[w].Head)] {
			// "struck what it said were militant bases" read with the
			// report as a relative clause on "what": the report is the
			// verb's clause, and "what" its object, as below
			if r := s.child(w, "acl:relcl"); r > w && namingLemmas[s.lemma(r)] {
				toks[r].Head, toks[r].Rel = toks[w].Head, "ccomp"
				toks[w].Head = r
			}
		}
		v := toks[w].Head
		if toks[w].Rel != "obj" || v < 0 || s.form(w) != "what" || !namingLemmas[s.lemma(v)] {
			continue
		}
		g := toks[v].Head
		if g < 0 || g > w || toks[v].Rel != "ccomp" && toks[v].Rel != "advcl" && toks[v].Rel != "xcomp" {
			continue
		}
		np := -1
		for c := v + 1; c < len(toks) && np < 0; c++ {
			// (or read as the report's subject: "what it said were
			// militant hideouts", the noun with its copula)
			if toks[c].Head == v && isNominal(toks[c].UPOS) && (syntaxObl(toks[c].Rel) && s.caseOf(c) == "as" || toks[c].Rel == "ccomp" || toks[c].Rel == "xcomp" || toks[c].Rel == "obj" ||
				toks[c].Rel == "nsubj" && s.child(c, "cop") >= 0) {
				np = c
			}
		}
		if np < 0 {
			continue
		}
		mark := s.child(v, "mark")
		rel := "obj"
		if mark >= 0 && mark < w {
			toks[mark].Head, toks[mark].Rel = np, "case" // "strikes on what ..."
			rel = "obl"
		}
		if as := s.child(np, "case"); as >= 0 && s.form(as) == "as" {
			toks[as].Head, toks[as].Rel = v, "mark"
		}
		toks[np].Head, toks[np].Rel = g, rel
		toks[v].Head, toks[v].Rel = np, "acl:relcl"
	}
}

// repairFreeRelativeAfterComma mends "shelled three towns, in what the
// defence ministry called a provocation": the free relative after the
// comma, its parts hung anywhere, names the act of the clause before it,
// and the noun phrase before its verb of naming is that verb's subject.
func (s *sent) repairFreeRelativeAfterComma() {
	toks := s.tree.Tokens
	for w := 2; w < len(toks); w++ {
		if s.form(w) != "what" || s.form(w-1) != "in" || toks[w-2].Form != "," {
			continue
		}
		v := w + 1
		for v < len(toks) && v <= w+5 && toks[v].UPOS != "VERB" {
			v++
		}
		if v >= len(toks) || v > w+5 || v == w+1 || !namingLemmas[s.lemma(v)] || toks[v].Head == w && s.rel(v, "acl:relcl") {
			continue
		}
		main := w - 3
		for main >= 0 && toks[main].UPOS != "VERB" {
			main--
		}
		subj := v - 1
		if main < 0 || !isNominal(toks[subj].UPOS) && toks[subj].UPOS != "PRON" {
			continue
		}
		s.gatherModifiers(w+1, subj+1, subj)
		toks[subj].Head, toks[subj].Rel = v, "nsubj"
		toks[v].Head, toks[v].Rel = w, "acl:relcl"
		toks[w].Head, toks[w].Rel = main, "obl"
		toks[w-1].Head, toks[w-1].Rel = w, "case"
	}
}

// repairFreeRelativeCount mends "struck dozens of what the ministry described
// as PKK targets": the noun phrase the free relative names is what the count
// is of.
func (s *sent) repairFreeRelativeCount() {
	toks := s.tree.Tokens
	for w := range toks {
		v := s.child(w, "acl:relcl")
		if s.form(w) != "what" || toks[w].Rel != "nmod" || v < 0 || !namingLemmas[s.lemma(v)] {
			continue
		}
		np := -1
		for c := v + 1; c < len(toks) && np < 0; c++ {
			if toks[c].Head == v && isNominal(toks[c].UPOS) && syntaxObl(toks[c].Rel) && s.caseOf(c) == "as" {
				np = c
			}
		}
		if np < 0 {
			continue
		}
		if as := s.child(np, "case"); as >= 0 && s.form(as) == "as" {
			toks[as].Head, toks[as].Rel = v, "mark"
		}
		if of := s.child(w, "case"); of >= 0 {
			toks[of].Head = np
		}
		toks[np].Head, toks[np].Rel = toks[w].Head, "nmod"
		toks[v].Head = np
		toks[w].Head, toks[w].Rel = v, "obj"
	}
}

// repairPartitiveSubject mends "Some of the shells landed in Pakistani
// villages", "Five of the missiles landed inside Japan's zone, Tokyo said": a
// partitive opening whose noun takes the verb as a participle, the quantifier
// left as the root or hung on the reporting verb: the verb is the clause's
// head and the quantifier its subject.
func (s *sent) repairPartitiveSubject(root int) int {
	toks := s.tree.Tokens
	if q := 0; partitiveHeads[s.form(q)] || toks[q].UPOS == "NUM" {
		n := s.child(q, "nmod")
		if v := n + 1; n > q && v < len(toks) && s.caseOf(n) == "of" && !syntaxRelIs(toks[q].Rel, "nsubj") &&
			toks[v].Head == n && toks[v].Rel == "acl" && toks[v].UPOS == "VERB" && s.child(v, "aux") < 0 && s.child(v, "aux:pass") < 0 {
			rel := toks[q].Rel
			if rel != "root" {
				rel = "ccomp" // a discourse or dep hung on "said"
			}
			s.promote(v, q, "nsubj")
			toks[v].Rel = rel
			if rel == "root" {
				root = v
			}
		}
	}
	return root
}

// repairAgentOfActNoun mends "the blocking of the aid by Maduro's
// government", "any violation of the truce by Hezbollah": a by-phrase hung
// on the noun of an act's of-phrase names the act's agent.
func (s *sent) repairAgentOfActNoun() {
	toks := s.tree.Tokens
	for b := range toks {
		n := toks[b].Head
		if n < 0 || toks[b].Rel != "nmod" || s.caseOf(b) != "by" || toks[n].Rel != "nmod" || s.caseOf(n) != "of" || toks[n].Head < 0 {
			continue
		}
		e := toks[n].Head
		if toks[e].UPOS != "NOUN" {
			continue
		}
		if _, ok := s.c.lx.longestAt(s.items, s.itemOfTok(e)); ok || eventNouns[s.form(e)] || strings.HasSuffix(s.form(e), "ing") {
			toks[b].Head = e
		}
	}
}

// nounRels are what a clause's relations become on a noun.
var nounRels = map[string]string{"obl": "nmod", "advcl": "acl"}

// repairJoinedTitledNames mends "Indian Prime Minister Narendra Modi and
// Chinese President Xi Jinping held talks": two officials named with their
// titles, joined by "and" at the head of the sentence, of whom the parse
// makes the second alone the verb's subject (the first, or its title, left
// as the root), are the verb's subject together.
func (s *sent) repairJoinedTitledNames() {
	toks := s.tree.Tokens
	for v := range toks {
		sb := s.child(v, "nsubj")
		if toks[v].UPOS != "VERB" || sb < 0 || sb > v || !s.officialNamedAt(sb) {
			continue
		}
		a := sb - 1 // the "and" before the second official's title
		for a > 0 && s.form(a) != "and" && (isNominal(toks[a].UPOS) || toks[a].UPOS == "ADJ" || toks[a].UPOS == "DET") {
			a--
		}
		p := a - 1
		for p > 0 && s.rel(p, "flat") && toks[p].Head < p {
			p = toks[p].Head // "Narendra Modi": the name's first word heads it
		}
		start := p // the first official's title and demonym
		for start > 0 && (isNominal(toks[start-1].UPOS) || toks[start-1].UPOS == "ADJ" || toks[start-1].UPOS == "DET") {
			start--
		}
		r := s.treeRoot()
		if a <= 0 || s.form(a) != "and" || p < 0 || !s.officialNamedAt(p) || toks[p].Head == v || r < 0 || r != v && (r < start || r >= a) {
			continue // (a root outside the names is some other misreading)
		}
		if r != v {
			for u := a; u < len(toks); u++ {
				if toks[u].Head == r {
					toks[u].Head = v // (the final stop)
				}
			}
			toks[v].Head, toks[v].Rel = -1, "root"
		}
		s.gatherModifiers(start, a, p)
		s.gatherModifiers(a+1, sb, sb)
		toks[p].Head, toks[p].Rel = v, "nsubj"
		toks[sb].Head, toks[sb].Rel = p, "conj"
		toks[a].Head, toks[a].Rel = sb, "cc"
	}
}

// repairJoinedTitledObjects mends "phoned Kyrgyz President Sadyr Japarov
// and Tajik President Emomali Rahmon": two officials named with their titles
// and joined by "and", which the parse runs together as one name, are two
// conjoined noun phrases, the first taking the place the run had.
func (s *sent) repairJoinedTitledObjects() {
	toks := s.tree.Tokens
	for k := 0; k+1 < len(s.items); k++ {
		if !s.officialItem(k) {
			continue
		}
		a := k + 1 // the "and" after the first official's name
		if !s.items[a].is("and") {
			continue
		}
		j := a + 1 // the second official's name, after its demonym and title
		for j < len(s.items) && j <= a+4 && !s.officialItem(j) && (s.items[j].kind == wordItem && (personTitles[s.items[j].text] || s.items[j].is("prime", "foreign", "defence", "defense")) || s.items[j].kind == actorItem && s.items[j].form == FormDemonym) {
			j++
		}
		if j >= len(s.items) || !s.officialItem(j) {
			continue
		}
		p, q, at := s.itemTok[k], s.itemTok[j], s.itemTok[a]
		start := p // the first official's title and demonym
		for start > 0 && (isNominal(toks[start-1].UPOS) || toks[start-1].UPOS == "ADJ") && s.tokItem[start-1] >= k-3 {
			start--
		}
		end := q // past the second official's name
		for end+1 < len(toks) && s.tokItem[end+1] == j {
			end++
		}
		if p < 0 || q < 0 || at < 0 || s.rel(q, "conj") && toks[q].Head == p || s.rel(q, "nsubj") {
			continue // (the joined subjects are repairJoinedTitledNames')
		}
		h, r := -1, ""
		for u := start; u <= end; u++ {
			if x := toks[u].Head; x < start || x > end {
				if h >= 0 && x != h {
					h = -2
					break
				}
				h, r = x, toks[u].Rel
			}
		}
		if h < 0 {
			continue // the run hangs on the clause by more than one word, or is the root
		}
		if r == "xcomp" && toks[h].UPOS == "VERB" && s.child(h, "obj") < 0 {
			r = "obj" // "phoned Indian Prime Minister Narendra Modi and ...", read as a predicate
		}
		s.gatherModifiers(start, at, p)
		s.gatherModifiers(at+1, end+1, q)
		toks[p].Head, toks[p].Rel = h, r
		toks[q].Head, toks[q].Rel = p, "conj"
		toks[at].Head, toks[at].Rel = q, "cc"
		for c := end + 1; c < len(toks); c++ {
			if (toks[c].Head == p || toks[c].Head == q) && s.rel(c, "acl") && s.markOf(c) == "to" && toks[h].UPOS == "VERB" {
				toks[c].Head, toks[c].Rel = h, "advcl" // a name takes no infinitive: "... to urge restraint" is the verb's purpose
			}
		}
		k = j
	}
}

// officialItem reports an item naming an official by name, as
// officialNamedAt does for a token.
func (s *sent) officialItem(k int) bool {
	return s.itemTok[k] >= 0 && s.officialNamedAt(s.itemTok[k])
}

// gatherModifiers hangs on head each word of the noun phrase [from, to)
// that the parse hung outside it, with the relation its tag gives ("the
// defence ministry", "Chinese President Xi": a title, a demonym): as
// gatherPhrase, for a phrase whose words only modify its head.
func (s *sent) gatherModifiers(from, to, head int) {
	toks := s.tree.Tokens
	for u := from; u < to; u++ {
		if h := toks[u].Head; u == head || h >= from && h < to {
			continue
		}
		toks[u].Head, toks[u].Rel = head, modifierRel(toks[u].UPOS, "compound")
	}
}

// modifierRel is the relation a word with tag upos takes to the name it is
// gathered on: "amod", "det" or "cc" by its tag, else other.
func modifierRel(upos, other string) string {
	switch upos {
	case "ADJ":
		return "amod"
	case "DET":
		return "det"
	case "CCONJ":
		return "cc"
	}
	return other
}

// officialNamedAt reports a token of a person's name that names a party's
// official: "Xi" in "Chinese President Xi Jinping".
func (s *sent) officialNamedAt(t int) bool {
	k := s.itemOfTok(t)
	return k >= 0 && s.items[k].kind == actorItem && s.items[k].form == FormLeader
}
