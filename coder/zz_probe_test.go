package coder

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	txt := "Al-Shabaab militants stormed a hotel in Mogadishu, and security forces battled the gunmen for hours."
	c := New(Builtin())
	ms := c.g.Mentions(txt)
	items := tokenize(txt, 0, len(txt), ms, c.kind, nil)
	s := &sent{}
	s.reset(c, &discourse{}, txt, span{0, len(txt)}, items)
	for i := range s.items {
		fmt.Print(s.items[i].text, "|", s.items[i].actor, " ")
		if m, ok := c.lx.longestAt(s.items, i); ok {
			st, g := s.stateForcesOn(m)
			fmt.Print("[", m.trig.phrase, " ", st, g, s.objectEnd(m.end, nil), "] ")
		}
	}
}
