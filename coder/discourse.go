package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
)

// discourse is what later sentences of an article need from earlier ones:
// who was talked about, who acted, and what was coded.
type discourse struct {
	actors   []ctxActor       // actor mentions of earlier sentences, oldest first
	subjects []string         // the acting parties of the previous sentence
	events   []briefbot.Event // events coded so far
	// the previous sentence's events a "followed suit" repeats (no
	// participle's charge): bit i stands for events[actsFrom+i]
	acts     uint64
	actsFrom int
	speaker  string // the party the previous sentence was attributed to
	media    string // the state outlet named in the previous sentence: "the site"
	agency   string // the state agency named in the previous sentence: "the agency"
	leader   string // the party of the last leader or titled official named: "his government", "He said"
	// the author of the last act that named no victim, and how many events
	// were coded before it: "That launch was condemned" refers to it
	untargeted   string
	untargetedAt int
	officials    []official // officials named with a party's title, newest last
	// organs are the parties last named with a state's organ noun:
	// "Ethiopia's government" makes "the government" of a later sentence
	// Ethiopia's, though another state is named between
	organs map[string]ctxActor
	sport  bool // an earlier sentence was about a game: one word of sport makes a later one so
}

// official is a person the article has named with a party's title:
// "Thai government spokesman Somchai Prasert", "General Chea Mon,
// Cambodia's military commander". Later sentences name them alone ("Chea
// Mon said"), and speak for the party.
type official struct {
	surname string // lower case
	party   ctxActor
}

// maxOfficials bounds the officials an article's discourse remembers.
const maxOfficials = 16

type ctxActor struct {
	id    string
	kind  briefbot.Kind
	venue bool // named as where parties met: "at a summit in Uzbekistan"
	// named by a city that is no capital ("the attacks in Mumbai"), or as
	// where an envoy is posted ("recalled its ambassador from Tehran"):
	// a later organ is another's while there is one
	aside bool
}

// meetingNouns name meetings, whose place is a venue: "a summit in
// Tashkent", "met in Brussels".
var meetingNouns = set("summit", "talks", "meeting", "meetings", "conference", "ceremony", "forum",
	"met", "meet", "meets", "convened", "gathered") // "Serbia and Kosovo met in Brussels"

// maxContextActors bounds the memory of an article's discourse.
const maxContextActors = 24

// next records a coded sentence.
func (d *discourse) next(s *sent) {
	d.acts, d.actsFrom = 0, len(d.events)
	for i, e := range s.events {
		if at := s.eventAt[i]; i < 64 && !at.background && e.Type != briefbot.Denial && !s.participleAdjunct(at.trigger) {
			d.acts |= 1 << i
		}
	}
	d.events = append(d.events, s.events...)
	d.sport = d.sport || s.sport > 2
	if s.untargeted != "" {
		d.untargeted, d.untargetedAt = s.untargeted, len(d.events)
	}
	subjects := d.subjects[:0:0]
	first := s.firstSubject(len(s.items))
	for _, e := range s.events {
		if e.Type != briefbot.Denial || e.Target != "" {
			if e.Target == first {
				// "The PKK is designated a terrorist group by Turkey. It has
				// been fighting ...": a passive's subject is the next "it"
				subjects = appendUnique(subjects, first)
				break
			}
			subjects = appendUnique(subjects, e.Source)
			break
		}
	}
	if len(subjects) == 0 && first != "" {
		subjects = append(subjects, first)
	}
	if len(subjects) > 0 {
		d.subjects = subjects
	}
	d.speaker = ""
	if len(s.speakers) > 0 {
		d.speaker = s.items[s.speakers[0]].actor
	}
	d.media, d.agency = "", ""
	for _, it := range s.items {
		if it.kind != actorItem || it.compound {
			continue
		}
		if it.form == FormMedia && d.media == "" {
			d.media = it.actor
		}
		if it.form == FormAgency && d.agency == "" {
			d.agency = it.actor
		}
	}
	for i, it := range s.items {
		if it.kind == actorItem && !it.compound && !it.anaphor && it.actorKind == briefbot.State {
			j := i + 1
			for j < len(s.items) && j <= i+2 && s.items[j].kind == wordItem && organModifiers[s.items[j].text] {
				j++ // "India's foreign ministry", "Mali's military government"
			}
			if j >= len(s.items) || !stateAnaphors[s.items[j].text] {
				j = i + 1 // "Pakistan's military denied"
			}
			if j < len(s.items) && stateAnaphors[s.items[j].text] {
				if d.organs == nil {
					d.organs = map[string]ctxActor{}
				}
				d.organs[organKey(s.items[j].text)] = ctxActor{id: it.actor, kind: it.actorKind}
			}
		}
		if it.kind == actorItem && !it.compound {
			venue := i > 1 && s.items[i-1].is("in") && s.items[i-2].kind == wordItem && meetingNouns[s.items[i-2].text]
			posting := i > 1 && s.items[i-1].is("in", "to", "from", "at") && s.items[i-2].kind == wordItem && envoyNouns[s.items[i-2].text]
			d.actors = append(d.actors, ctxActor{id: it.actor, kind: it.actorKind, venue: venue, aside: it.form == FormCity || posting})
			if it.form == FormLeader && !it.anaphor {
				d.leader = it.actor
				d.nameLeader(it)
			}
		}
	}
	s.officialsNamed(func(surname string, k int) {
		it := &s.items[k]
		d.officials = append(d.officials, official{surname, ctxActor{id: it.actor, kind: it.actorKind}})
		d.leader = it.actor // "Cambodia's spokesman Phay Siphan spoke. He said ...": the person last named
	})
	if n := len(d.officials); n > maxOfficials {
		d.officials = append(d.officials[:0], d.officials[n-maxOfficials:]...)
	}
	if n := len(d.actors); n > maxContextActors {
		d.actors = append(d.actors[:0], d.actors[n-maxContextActors:]...)
	}
}

// retitle gives a person named by surname the party the article named him
// for in full: "Rutte said", after "Dutch Prime Minister Mark Rutte", is
// the Dutch prime minister still, though the gazetteer knows him as NATO's
// chief. A title of his own in the sentence says it anew.
func (d *discourse) retitle(items []item) {
	for k := range items {
		it := &items[k]
		if it.kind != actorItem || it.form != FormLeader || k > 0 && items[k-1].kind == wordItem && personTitles[items[k-1].text] {
			continue
		}
		if a, ok := d.official(lower(it.text[strings.LastIndexByte(it.text, ' ')+1:])); ok {
			it.actor, it.actorKind = a.id, a.kind
		}
	}
}

// organKey names an organ as the discourse remembers it: "Pakistan's
// military ... the army's media wing" is one organ.
func organKey(head string) string {
	if head == "army" {
		return "military"
	}
	return head
}

// lastOfKind returns the most recent earlier actor of kind k ("" for any),
// one named aside only when no other is: "the terrorist attacks in
// Mumbai. The government says" is not India's government, nor "recalled
// its ambassador from Tehran. The foreign ministry said" Iran's.
func (d *discourse) lastOfKind(k briefbot.Kind) (ctxActor, bool) {
	aside := -1
	for i := len(d.actors) - 1; i >= 0; i-- {
		if k == "" || d.actors[i].kind == k {
			if !d.actors[i].aside {
				return d.actors[i], true
			}
			aside = max(aside, i)
		}
	}
	if aside >= 0 {
		return d.actors[aside], true
	}
	return ctxActor{}, false
}

// lastTwo returns the two most recent distinct earlier actors that may be
// sides (all but venues, and those side rejects when it is not nil), for
// "both sides" and "the two countries".
func (d *discourse) lastTwo(side func(ctxActor) bool) []ctxActor {
	var out []ctxActor
	for i := len(d.actors) - 1; i >= 0 && len(out) < 2; i-- {
		a := d.actors[i]
		if len(out) == 1 && out[0].id == a.id || a.venue || side != nil && !side(a) {
			continue // where they met is no side
		}
		out = append(out, a)
	}
	return out
}

// lastMutualPair returns the two sides of the latest event the article
// coded in both directions (a truce, a clash, talks), the later-named side
// first as lastTwo returns them, or nil. Mediation is no side's act.
func (d *discourse) lastMutualPair(side func(string) bool) []string {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.Target == "" || e.Code == "mediate" || !side(e.Source) || !side(e.Target) {
			continue
		}
		for _, r := range d.events {
			if r.Type == e.Type && r.Source == e.Target && r.Target == e.Source {
				return []string{e.Target, e.Source}
			}
		}
	}
	return nil
}

// appendUnique appends s to list unless it is there.
func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// nameLeader records the names a leader named in full goes by later:
// "Khawaja Asif ... Asif said", "Xi Jinping ... Xi said".
func (d *discourse) nameLeader(it item) {
	words := strings.Fields(it.text)
	if len(words) < 2 {
		return
	}
	party := ctxActor{id: it.actor, kind: it.actorKind}
	for i, w := range words {
		if w = lower(w); (i == len(words)-1 || i == 0 && len(words) <= 3) && personName(w) {
			d.officials = append(d.officials, official{w, party})
		}
	}
}

// official returns the party of the official whose surname is name, the
// newest first.
func (d *discourse) official(name string) (ctxActor, bool) {
	for i := len(d.officials) - 1; i >= 0; i-- {
		if d.officials[i].surname == name {
			return d.officials[i].party, true
		}
	}
	return ctxActor{}, false
}

// officialAt reports a name starting at item k whose surname is an
// official's the article named before, with the official's party and the
// end of the name.
func (s *sent) officialAt(k int) (party ctxActor, end int, ok bool) {
	if len(s.d.officials) == 0 || !s.upper(k) || k > 0 && (s.upper(k-1) || s.items[k-1].kind == actorItem) {
		return ctxActor{}, -1, false // not "[Russian] Foreign Ministry": a name after a party's is its body's
	}
	end = s.nameEnd(k)
	party, ok = s.d.official(s.items[end-1].text)
	return party, end, ok
}

// rankWords come before a name as part of a title, like personTitles:
// "Lt Gen Ahmed Sharif Chaudhry", "Brigadier General Bun Thean".
var rankWords = set("lt", "lt-col", "lt-gen", "gen", "col", "maj", "brig", "adm", "capt", "lieutenant", "colonel", "major",
	"brigadier", "admiral", "commodore", "captain", "sergeant", "marshal", "deputy", "vice", "prime", "foreign", "defence",
	"defense", "interior", "state", "army", "chief", "staff", "of")

// upper reports a word written with a capital initial, wherever it stands.
func (s *sent) upper(k int) bool {
	it := &s.items[k]
	if it.kind != wordItem || it.end > len(s.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[it.start:it.end])
	return unicode.IsUpper(r)
}

// nameEnd returns the end of the run of capitalised words from k.
func (s *sent) nameEnd(k int) int {
	for k < len(s.items) && s.upper(k) {
		k++
	}
	return k
}

// personName reports a word that may be a person's name, not a title or
// the name of a body: "Ministry" of "Georgian Foreign Ministry" is none.
func personName(w string) bool {
	return len(w) > 2 && !titleWord(w) && !organNouns[w] && !ownedNoun(w) && !spokesNouns[w]
}

// titleWord reports a word of a title before a name.
func titleWord(w string) bool { return personTitles[w] || rankWords[w] || honorifics[w] }

// officialsNamed calls found with the surname of each official the sentence
// names with a party's title, and the item of the party: "<party> [title]
// <Title> <Name>" ("Thai government spokesman Somchai Prasert", "Pakistan
// Defence Minister Khawaja Asif") or "<Name>, <party>'s <title>" ("General
// Chea Mon, Cambodia's military commander").
func (s *sent) officialsNamed(found func(surname string, k int)) {
	for k := range s.items {
		it := &s.items[k]
		if it.kind != actorItem || it.compound || it.anaphor || it.form == FormLeader || s.private[k] ||
			k > 0 && s.items[k-1].is("former", "ex", "late") {
			continue
		}
		j := k + 1
		// the title's words, capitalised or not: "Thai government
		// spokesman", "Chinese Foreign Ministry spokesman"
		for ; j < len(s.items) && j <= k+5 && s.items[j].kind == wordItem && (!s.upper(j) || titleWord(s.items[j].text) || organNouns[s.items[j].text]); j++ {
			if nonStateHeads[s.items[j].text] || s.items[j].is("former", "ex") {
				break
			}
		}
		// the name comes right after the title: not "commander at Preah Vihear"
		titled := j > k+1 && personTitles[s.items[j-1].text]
		if e := s.nameEnd(j); e > j && (titled || j == k+1) {
			first := j // the name after the title's last word
			for t := j; t < e; t++ {
				if titleWord(s.items[t].text) {
					titled, first = true, t+1
				}
			}
			if titled && first < e && personName(s.items[e-1].text) {
				found(s.items[e-1].text, k)
				if n := e - first; (n == 2 || n == 3) && personName(s.items[first].text) {
					// "spokesman Hong Lei ... Hong said": many names put the
					// family name first, and news calls them by it
					found(s.items[first].text, k)
				}
			}
			continue
		}
		if k >= 2 && s.items[k-1].is(",") && s.upper(k-2) && personName(s.items[k-2].text) && (it.poss || it.form == FormDemonym) {
			for t := k + 1; t < len(s.items) && t <= k+3 && s.items[t].kind == wordItem; t++ {
				if personTitles[s.items[t].text] {
					found(s.items[k-2].text, k)
					break
				}
			}
		}
	}
}
