package coder

import (
	"reflect"
	"testing"

	"github.com/briefbot/briefbot"
)

func TestTokenize(t *testing.T) {
	text := `Iran’s IRGC said “Jaish al-Adl's men” fled; U.S.-backed forces, too.`
	ms := Builtin().Mentions(text)
	items := tokenize(text, 0, len(text), ms, func(string) briefbot.Kind { return briefbot.State }, nil)
	var got []string
	for _, it := range items {
		s := it.text
		if it.kind == actorItem {
			s = "[" + it.actor
			if it.poss {
				s += "'s"
			}
			if it.compound {
				s += "-"
			}
			s += "]"
		}
		got = append(got, s)
		if text[it.start:it.end] == "" && it.kind != actorItem {
			t.Errorf("empty item %+v", it)
		}
	}
	want := []string{"[IRN's]", "[IRN]", "said", "[jaish-al-adl's]", "men", "fled", ";", "[USA-]", "forces", ",", "too", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
