package coder

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
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

func TestSplitSentencesBoundsLength(t *testing.T) {
	long := strings.Repeat("Iran and Iraq talked ", 400) + strings.Repeat("é", 3000)
	spans := splitSentences(long)
	if len(spans) < 4 {
		t.Fatalf("got %d spans, want the run-on text cut", len(spans))
	}
	for _, s := range spans {
		if s.end-s.start > maxSentence || !utf8.ValidString(long[s.start:s.end]) {
			t.Errorf("span [%d,%d) is %d bytes or cuts a character", s.start, s.end, s.end-s.start)
		}
	}
}

func TestCodeSurvivesOddText(t *testing.T) {
	for _, text := range []string{"", ".", "...!?", "“”‘’()", "\n\n\n", "Iran's", "'s 's", "U.S.", "- - -", "Iran-", "-Iran", "\xff\xfe Iran struck Iraq \xff", strings.Repeat("Iran accused Iraq of ", 300)} {
		testCoder().Code(briefbot.Article{Title: text, Text: text})
	}
}
