package coder

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// knowledgeData holds what the coder knows beyond names and triggers:
// homes.tsv, the state each national armed group fights; grounds.tsv, the
// state whose land is a group's own ground; branches.tsv, the
// regional branches of core groups; judgements.tsv, the words that call an
// act wrong or a claim false; rivals.tsv, the pairs in a standing dispute;
// sports.txt, the words of sports reporting.
//
//go:embed data/homes.tsv data/grounds.tsv data/branches.tsv data/judgements.tsv data/rivals.tsv data/sports.txt
var knowledgeData embed.FS

// knowledge is the parsed knowledgeData.
type knowledge struct {
	homes      map[string]string    // group -> the state it fights
	grounds    map[string]string    // group -> the state whose land is its own ground
	rivals     map[[2]string]bool   // pairs in a standing dispute, both orders
	disputants map[string]bool      // every party of homes and rivals
	branches   map[[2]string]string // {core group, state} -> branch there
	cores      map[string]bool      // the core groups of branches that states locate
	// branchRegions are the regions, named in words, that locate a branch:
	// core group -> ("West Africa", isis-west-africa)
	branchRegions map[string][]branchRegion
	// judgements by first word, longest phrase first
	judgements map[string][]judgementPhrase
	// sports are the words of sports reporting, by first word
	sports map[string][][]string
}

var builtinKnowledge = sync.OnceValue(func() knowledge {
	k, err := loadKnowledge(knowledgeData)
	if err != nil {
		// The data is embedded and checked by the tests, so this is a build defect.
		panic("coder: built-in knowledge: " + err.Error())
	}
	return k
})

// branchRegion is a region phrase that names a branch of a core group.
type branchRegion struct{ phrase, branch string }

// loadKnowledge parses data/homes.tsv and data/grounds.tsv ("group<TAB>state"),
// data/branches.tsv ("core<TAB>state or region<TAB>branch") and
// data/judgements.tsv ("phrase<TAB>kind").
func loadKnowledge(fsys fs.FS) (knowledge, error) {
	k := knowledge{homes: make(map[string]string), grounds: make(map[string]string), rivals: make(map[[2]string]bool), disputants: make(map[string]bool), branches: make(map[[2]string]string), cores: make(map[string]bool),
		branchRegions: make(map[string][]branchRegion), judgements: make(map[string][]judgementPhrase), sports: make(map[string][][]string)}
	err := eachDataLine(fsys, "data/homes.tsv", 2, func(f []string) error {
		k.homes[f[0]] = f[1]
		k.disputants[f[0]], k.disputants[f[1]] = true, true
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	err = eachDataLine(fsys, "data/grounds.tsv", 2, func(f []string) error {
		k.grounds[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	err = eachDataLine(fsys, "data/branches.tsv", 3, func(f []string) error {
		if strings.ToUpper(f[1]) == f[1] && len(f[1]) == 3 {
			k.branches[[2]string{f[0], f[1]}] = f[2]
			k.cores[f[0]] = true
		} else {
			k.branchRegions[f[0]] = append(k.branchRegions[f[0]], branchRegion{f[1], f[2]})
		}
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	err = eachDataLine(fsys, "data/rivals.tsv", 2, func(f []string) error {
		k.rivals[[2]string{f[0], f[1]}], k.rivals[[2]string{f[1], f[0]}] = true, true
		k.disputants[f[0]], k.disputants[f[1]] = true, true
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	err = eachDataLine(fsys, "data/judgements.tsv", 2, func(f []string) error {
		words := strings.Fields(f[0])
		var kind judgement
		switch f[1] {
		case "wrong":
			kind = judgeWrong
		case "false":
			kind = judgeFalse
		default:
			return fmt.Errorf("judgement kind %q: want wrong or false", f[1])
		}
		if len(words) == 0 {
			return errors.New("empty judgement")
		}
		k.judgements[words[0]] = append(k.judgements[words[0]], judgementPhrase{words, kind})
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	for _, ps := range k.judgements {
		slices.SortStableFunc(ps, func(a, b judgementPhrase) int { return len(b.words) - len(a.words) })
	}
	err = eachDataLine(fsys, "data/sports.txt", 1, func(f []string) error {
		words := strings.Fields(strings.ToLower(f[0]))
		k.sports[words[0]] = append(k.sports[words[0]], words)
		return nil
	})
	if err != nil {
		return knowledge{}, err
	}
	return k, nil
}

// sportsWords counts the words of sports reporting in items.
func (k knowledge) sportsWords(items []item) int {
	n := 0
	for i := range items {
		if items[i].kind != wordItem {
			continue
		}
		for _, words := range k.sports[items[i].text] {
			if i+len(words) <= len(items) && slices.EqualFunc(words, items[i:i+len(words)], func(w string, it item) bool { return it.text == w }) {
				n++
				break
			}
		}
	}
	return n
}

// home returns the state the group id fights, or "".
func (k knowledge) home(id string) string { return k.homes[id] }

// ground returns the state whose land is the group id's own ground, or "".
func (k knowledge) ground(id string) string { return k.grounds[id] }

// rivalsAmong reports whether two of the actors ids are in a standing
// dispute: a pair of rivals.tsv, or a group and the state it fights.
func (k knowledge) rivalsAmong(ids []string) bool {
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if k.rivalPair(a, b) {
				return true
			}
		}
	}
	return false
}

// rivalPair reports a and b in a standing dispute.
func (k knowledge) rivalPair(a, b string) bool {
	return k.rivals[[2]string{a, b}] || k.homes[a] == b || k.homes[b] == a
}

// rivalOfAny reports whether a is in a standing dispute with one of ids.
func (k knowledge) rivalOfAny(a string, ids []string) bool {
	return slices.ContainsFunc(ids, func(b string) bool { return b != a && k.rivalPair(a, b) })
}

// disputant reports whether id is in any standing dispute: one side of a
// pair of rivals, a group with a home, or a state a group fights.
func (k knowledge) disputant(id string) bool { return k.disputants[id] }

// localBranches recodes a core group mentioned in a sentence with a state
// that hosts one of its branches ("Islamic State fighters in Somalia") as
// that branch; with no such state in the sentence, the states of the
// article's earlier sentences count. Mentions of other states do not count:
// "U.S. strikes on Islamic State in Somalia" still locate the group. Two
// different branches leave the core group alone. A group whose branches
// only a region names ("al-Qaeda's North African wing") keeps its id
// anywhere else, and its affiliates are not it.
func (k knowledge) localBranches(text string, sentence, earlier []Mention) {
	for i := range sentence {
		core := k.cores[sentence[i].ActorID]
		if !core && len(k.branchRegions[sentence[i].ActorID]) == 0 {
			continue
		}
		end := 0
		if core {
			end = affiliatedForce(text, sentence[i].End)
		}
		if end > 0 {
			// "Islamic State-linked insurgents": a core group's affiliates
			// are its branches, so the modifier names the group itself
			// (al-Qaeda's, whose branches are only named, are not it)
			sentence[i].End, sentence[i].Surface = end, text[sentence[i].Start:end]
		}
		if b, end := k.namedBranch(text, sentence, i); b != "" {
			// "Islamic State's Afghanistan branch" is one mention of isis-k
			sentence[i].ActorID, sentence[i].End, sentence[i].Surface = b, end, text[sentence[i].Start:end]
			continue
		}
		if !core {
			continue // its branches are named, never located
		}
		branch, ok := k.branchIn(sentence[i].ActorID, sentence)
		if !ok {
			branch, _ = k.branchIn(sentence[i].ActorID, earlier)
		}
		if branch != "" {
			sentence[i].ActorID = branch
		}
	}
}

// affiliateLinks join a group to the force it names as its affiliate:
// "Islamic State-linked", "Islamic State affiliated".
var affiliateLinks = set("linked", "affiliated", "allied", "aligned")

// affiliatedForce returns where an affiliate link right after a core
// group's mention ending at end ends, when armed men follow it: "-linked
// insurgents", "affiliated terrorist networks". A named group after it
// ("Islamic State-linked ADF rebels") is that group, the core its patron.
func affiliatedForce(text string, end int) int {
	if end >= len(text) || text[end] != '-' && text[end] != ' ' {
		return 0
	}
	link := end + 1
	for link < len(text) && isWordRune(rune(text[link])) {
		link++
	}
	if !affiliateLinks[lower(text[end+1:link])] {
		return 0
	}
	words := strings.Fields(text[link:min(len(text), link+40)])
	for i := 0; i < len(words) && i < 2; i++ {
		w := lower(strings.TrimRight(words[i], ".,;:"))
		if armedForces[w] {
			return link
		}
		if !armedRecipients[w] {
			break
		}
	}
	return 0
}

// armedForces are the plural heads of an affiliate's force.
var armedForces = set("militants", "insurgents", "terrorists", "fighters", "jihadists", "rebels", "gunmen", "extremists",
	"militiamen", "groups", "group", "cells", "networks")

// branchHeads name a group's regional branch after its place.
var branchHeads = []string{"branch", "affiliate", "province", "wing", "franchise", "offshoot", "chapter", "arm"}

// namedBranch returns the branch a core group's mention at i names with a
// place and a branch noun after it ("Islamic State's Afghanistan branch",
// "Islamic State's Sahel affiliate") and where the phrase ends, or
// "".
func (k knowledge) namedBranch(text string, ms []Mention, i int) (string, int) {
	m := ms[i]
	at := m.End // where the rest of the phrase starts
	if n := possessiveLen(text[at:min(len(text), at+8)]); n > 0 {
		at += n
	}
	at = skipSpaces(text, at)
	place := ""
	if i+1 < len(ms) && ms[i+1].Start == at {
		place = k.branches[[2]string{m.ActorID, ms[i+1].ActorID}]
	}
	if place != "" {
		at = skipSpaces(text, ms[i+1].End)
	} else {
		// a region, or a state a branch is named after but not located by
		// ("al-Qaeda's Yemen branch")
		for _, r := range k.branchRegions[m.ActorID] {
			if end := at + len(r.phrase); end <= len(text) && strings.EqualFold(text[at:end], r.phrase) {
				place = r.branch
				if end < len(text) && text[end] == 'n' {
					end++ // "West African"
				}
				at = skipSpaces(text, end)
				break
			}
		}
	}
	if place == "" {
		return "", 0
	}
	for _, h := range branchHeads {
		if end := at + len(h); end <= len(text) && strings.EqualFold(text[at:end], h) && wordRune(text[end:]) == 0 {
			return place, end
		}
	}
	return "", 0
}

// skipSpaces returns the first byte at or after i that is no space.
func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// branchIn returns the one branch of group that the states in ms locate, or
// "". ok reports whether any state locates a branch.
func (k knowledge) branchIn(group string, ms []Mention) (branch string, ok bool) {
	for _, o := range ms {
		if b, found := k.branches[[2]string{group, o.ActorID}]; found {
			if branch != "" && branch != b {
				return "", true
			}
			branch, ok = b, true
		}
	}
	return branch, ok
}
