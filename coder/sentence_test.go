package coder

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"plain", "Freedonia shelled the border. Sylvania protested!", []string{"Freedonia shelled the border.", "Sylvania protested!"}},
		{"dotted acronym mid-sentence", "The U.S. Navy said U.N. monitors left.", []string{"The U.S. Navy said U.N. monitors left."}},
		{"dotted acronym ends sentence", "Sanctions were imposed by the U.S. The move angered Tehran.", []string{"Sanctions were imposed by the U.S.", "The move angered Tehran."}},
		{"titles", "Gen. Asim Munir met Lt. Col. Smith and Sen. Jones.", []string{"Gen. Asim Munir met Lt. Col. Smith and Sen. Jones."}},
		{"initials", "President John F. Kennedy spoke. Then he left.", []string{"President John F. Kennedy spoke.", "Then he left."}},
		{"numbers", "Resolution No. 2334 passed on Jan. 26 with 3.5 votes.", []string{"Resolution No. 2334 passed on Jan. 26 with 3.5 votes."}},
		{"quote closes sentence", "\"We will respond.\" The minister left.", []string{"\"We will respond.\"", "The minister left."}},
		{"curly quotes", "He said: “Enough is enough.” Officials agreed.", []string{"He said: “Enough is enough.”", "Officials agreed."}},
		{"headline line", "Freedonia expels envoy\n\nSylvania denied the claim.", []string{"Freedonia expels envoy", "Sylvania denied the claim."}},
		{"lower case after period", "Troops near the U.S. border were moved.", []string{"Troops near the U.S. border were moved."}},
		{"hyphen after acronym", "A U.S.-backed force advanced. It stopped.", []string{"A U.S.-backed force advanced.", "It stopped."}},
		{"empty", "  \n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text) {
				got = append(got, tc.text[s.start:s.end])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
