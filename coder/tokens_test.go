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

// TestTokenizeNumbers checks that a comma grouping a number's digits keeps
// the number one word, and that a comma after a year stays a comma.
func TestTokenizeNumbers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"massed 100,000 troops", []string{"massed", "100,000", "troops"}},
		{"over 1,250,000 people", []string{"over", "1,250,000", "people"}},
		{"in 2014, 300 died", []string{"in", "2014", ",", "300", "died"}},
		{"units 12,34 and 5", []string{"units", "12", ",", "34", "and", "5"}},
		{"ended 1,000", []string{"ended", "1,000"}},
	} {
		var got []string
		for _, it := range tokenize(tc.text, 0, len(tc.text), nil, func(string) briefbot.Kind { return briefbot.State }, nil) {
			got = append(got, it.text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTokenizePluralPossessive checks that the apostrophe after a plural
// owns the next noun as "'s" does, and that a single quote it closes, or an
// apostrophe inside a word, owns nothing.
func TestTokenizePluralPossessive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"the experts' finding", []string{"the", "experts", "'s", "finding"}},
		{"the experts’ finding", []string{"the", "experts", "'s", "finding"}},
		{"called the charges 'baseless lies' again", []string{"called", "the", "charges", "baseless", "lies", "again"}},
		{"dismissed ‘these claims’ today", []string{"dismissed", "these", "claims", "today"}},
		{"the states' don't cares", []string{"the", "states", "'s", "don't", "cares"}},
		{"the boss' car", []string{"the", "boss", "'s", "car"}},
		{"said 'the experts' finding' was wrong", []string{"said", "the", "experts", "finding", "was", "wrong"}},
		{"ended with the states'", []string{"ended", "with", "the", "states"}},
	} {
		var got []string
		for _, it := range tokenize(tc.text, 0, len(tc.text), nil, func(string) briefbot.Kind { return briefbot.State }, nil) {
			got = append(got, it.text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestQuoteOpensAt checks which single quotes open a quote, for the
// tokenizer's possessives and the parser's quotes alike.
func TestQuoteOpensAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		i    int
		want bool
	}{
		{"'lies'", 0, true},
		{"called it 'lies'", 10, true},
		{"(‘lies’)", 1, true},
		{"the experts' finding", 11, false},
		{"don't", 3, false},
	} {
		if got := quoteOpensAt(tc.text, tc.i); got != tc.want {
			t.Errorf("%q at %d: %v, want %v", tc.text, tc.i, got, tc.want)
		}
	}
}
