package coder

import "github.com/briefbot/briefbot"

// discourse is what later sentences of an article need from earlier ones:
// who was talked about, who acted, and what was coded.
type discourse struct {
	actors   []ctxActor       // actor mentions of earlier sentences, oldest first
	subjects []string         // the acting parties of the previous sentence
	events   []briefbot.Event // events coded so far
	speaker  string           // the party the previous sentence was attributed to
	media    string           // the state outlet named in the previous sentence: "the site"
	agency   string           // the state agency named in the previous sentence: "the agency"
	leader   string           // the state of the last leader named: "his government"
	// the author of the last act that named no victim, and how many events
	// were coded before it: "That launch was condemned" refers to it
	untargeted   string
	untargetedAt int
}

type ctxActor struct {
	id    string
	kind  briefbot.Kind
	venue bool // named as where parties met: "at a summit in Uzbekistan"
}

// meetingNouns name meetings, whose place is a venue: "a summit in
// Tashkent", "met in Brussels".
var meetingNouns = set("summit", "talks", "meeting", "meetings", "conference", "ceremony", "forum",
	"met", "meet", "meets", "convened", "gathered") // "Serbia and Kosovo met in Brussels"

// maxContextActors bounds the memory of an article's discourse.
const maxContextActors = 24

// next records a coded sentence.
func (d *discourse) next(s *sent) {
	d.events = append(d.events, s.events...)
	if s.untargeted != "" {
		d.untargeted, d.untargetedAt = s.untargeted, len(d.events)
	}
	subjects := d.subjects[:0:0]
	first := "" // the sentence's first party in a subject's place
	for i := range s.items {
		if s.items[i].kind == actorItem && s.eligibleSubject(i) {
			first = s.items[i].actor
			break
		}
	}
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
		if it.kind == actorItem && !it.compound {
			venue := i > 1 && s.items[i-1].is("in") && s.items[i-2].kind == wordItem && meetingNouns[s.items[i-2].text]
			d.actors = append(d.actors, ctxActor{it.actor, it.actorKind, venue})
			if it.form == FormLeader && !it.anaphor {
				d.leader = it.actor
			}
		}
	}
	if n := len(d.actors); n > maxContextActors {
		d.actors = append(d.actors[:0], d.actors[n-maxContextActors:]...)
	}
}

// lastOfKind returns the most recent earlier actor of kind k ("" for any).
func (d *discourse) lastOfKind(k briefbot.Kind) (ctxActor, bool) {
	for i := len(d.actors) - 1; i >= 0; i-- {
		if k == "" || d.actors[i].kind == k {
			return d.actors[i], true
		}
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

// appendUnique appends s to list unless it is there.
func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
