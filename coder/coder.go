// Package coder turns news text into events: who accuses, denies, threatens,
// strikes or calms whom. It holds the actor gazetteer and the trigger
// lexicons as embedded data and codes text with no I/O and no model.
package coder

// Coder codes articles into events. It holds only read-only data and is
// safe for concurrent use.
type Coder struct {
	g     *Gazetteer
	lx    *lexicon
	kinds map[string]Kind
}

// New returns a coder that finds actors with g.
func New(g *Gazetteer) *Coder {
	c := &Coder{g: g, lx: builtinLexicon(), kinds: make(map[string]Kind)}
	for _, a := range g.Actors() {
		c.kinds[a.ID] = a.Kind
	}
	return c
}

func (c *Coder) kind(id string) Kind { return c.kinds[id] }

// Code returns the events of an article, in text order. The offsets of each
// event refer to the title, "\n\n" and the text when the article has a
// title, else to the text alone.
func (c *Coder) Code(a Article) []Event {
	text := a.Text
	if a.Title != "" {
		text = a.Title + "\n\n" + a.Text
	}
	ms := c.g.Mentions(text)
	d := &discourse{}
	var out []Event
	var buf []item
	s := &sent{}
	mi := 0
	for _, sp := range splitSentences(text) {
		for mi < len(ms) && ms[mi].Start < sp.start {
			mi++
		}
		mj := mi
		for mj < len(ms) && ms[mj].End <= sp.end {
			mj++
		}
		buf = tokenize(text, sp.start, sp.end, ms[mi:mj], c.kind, buf)
		s.reset(c, d, text, sp, buf)
		s.code()
		out = append(out, s.events...)
		d.next(s)
		mi = mj
	}
	fillDenialTargets(out)
	return out
}

// fillDenialTargets gives a denial that named no accuser the accuser of a
// later sentence: "X denied that its jets entered the airspace. Estonia
// said ..." is X denying Estonia. Failing an accusation, the party that
// reports an act of the denier against it is the accuser.
func fillDenialTargets(evs []Event) {
	for i := range evs {
		if evs[i].Type == Denial && evs[i].Target == "" {
			evs[i].Target = laterAccuser(evs[i].Source, evs[i+1:])
		}
	}
}

// laterAccuser returns who later accuses denier, else whom the denier is
// later said to act against, else "".
func laterAccuser(denier string, later []Event) string {
	for _, e := range later {
		if e.Type == Accusation && e.Target == denier {
			return e.Source
		}
	}
	for _, e := range later {
		if e.Type == Escalation && e.Source == denier {
			return e.Target
		}
	}
	return ""
}
