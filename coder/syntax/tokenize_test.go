package syntax

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // tokens separated by spaces
	}{
		{"plain", "Freedonia shelled the port.", "Freedonia shelled the port ."},
		{"negation", "Sylvania didn't respond and can't, won't.", "Sylvania did n't respond and ca n't , wo n't ."},
		{"clitics", "I'm sure they're there and we'll see; he'd go.", "I 'm sure they 're there and we 'll see ; he 'd go ."},
		{"possessive", "Iran's envoy met the soldiers' families.", "Iran 's envoy met the soldiers ' families ."},
		{"curly apostrophes", "Ukraine’s army doesn’t say.", "Ukraine ’s army does n’t say ."},
		{"curly quotes", "He said “enough” and ‘no’.", "He said “ enough ” and ‘ no ’ ."},
		{"dotted acronym", "The U.S. and U.N. agreed.", "The U.S. and U.N. agreed ."},
		{"acronym before hyphen", "A U.S.-backed force.", "A U.S. - backed force ."},
		{"titles keep their period", "Gen. Smith met Mr. Jones of Acme Inc. today.", "Gen. Smith met Mr. Jones of Acme Inc. today ."},
		{"initial", "John F. Kennedy", "John F. Kennedy"},
		{"numbers", "It cost $1,200.50, or 3.5% more, at 10:30 on 9/11.", "It cost $ 1,200.50 , or 3.5 % more , at 10:30 on 9/11 ."},
		{"hyphenated names split", "Jaish al-Adl and Iran-backed militias", "Jaish al - Adl and Iran - backed militias"},
		{"prefixes stay whole", "an anti-war e-mail from a co-founder", "an anti-war e-mail from a co-founder"},
		{"model designations stay whole", "MiG-31 jets, B-2 bombers and Shahed-136 drones, not mid-air or war-2", "MiG-31 jets , B-2 bombers and Shahed-136 drones , not mid-air or war - 2"},
		{"dashes", "Peace -- or war—again", "Peace -- or war — again"},
		{"brackets", "the TTP (Pakistani Taliban) said", "the TTP ( Pakistani Taliban ) said"},
		{"ellipsis and marks", "Wait... what?!", "Wait ... what ? !"},
		{"cannot and gonna", "We cannot and are gonna", "We can not and are gon na"},
		{"names with apostrophes", "O'Brien, chargé d'affaires", "O'Brien , chargé d'affaires"},
		{"url and e-mail", "See https://example.com/a?b=1 or mail info@example.org.", "See https://example.com/a?b=1 or mail info@example.org ."},
		{"slash between words", "and/or", "and / or"},
		{"lone clitic", "'s", "'s"},
		{"empty", "  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			var forms []string
			for _, tok := range toks {
				forms = append(forms, tok.Form)
				if tt.text[tok.Start:tok.End] != tok.Form || tok.Head != -1 {
					t.Errorf("token %q at [%d,%d) head %d", tok.Form, tok.Start, tok.End, tok.Head)
				}
			}
			if got := strings.Join(forms, " "); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// Offsets are into the whole text when tokenising one sentence of it.
func TestAppendTokensOffsets(t *testing.T) {
	text := "Iraq protested. Iran’s envoy left."
	spans := SplitSentences(text)
	if len(spans) != 2 {
		t.Fatalf("spans %v", spans)
	}
	toks := AppendTokens(nil, text, spans[1])
	want := []Token{
		{Form: "Iran", Head: -1, Start: 16, End: 20},
		{Form: "’s", Head: -1, Start: 20, End: 24},
		{Form: "envoy", Head: -1, Start: 25, End: 30},
		{Form: "left", Head: -1, Start: 31, End: 35},
		{Form: ".", Head: -1, Start: 35, End: 36},
	}
	if !reflect.DeepEqual(toks, want) {
		t.Errorf("got %+v\nwant %+v", toks, want)
	}
}

// Multi-word actor mentions, as the coder finds them, map onto whole tokens.
func TestMentionsMapOntoTokens(t *testing.T) {
	text := "Jaish al-Adl attacked the United States' embassy in the U.S.-backed zone."
	s := Sentence{Tokens: Tokenize(text)}
	for _, mention := range []string{"Jaish al-Adl", "the United States", "U.S."} {
		start := strings.Index(text, mention)
		first, last, ok := s.TokenSpan(Span{start, start + len(mention)})
		if !ok || s.Tokens[first].Start != start || s.Tokens[last].End != start+len(mention) {
			t.Errorf("mention %q does not map onto tokens: %d..%d", mention, first, last)
		}
	}
}

func TestTokenizeOddText(t *testing.T) {
	for _, text := range []string{"", ".", "...!?", "“”‘’()", "- - -", "Iran-", "-Iran", "'", "’s’s", "\xff\xfe Iran \xff", "ACCuse 00\xcd0", "a\xcd-b", strings.Repeat("!", 40), "a--b", "n't", "U.S.", "...U.S..."} {
		toks := Tokenize(text)
		end := 0
		for _, tok := range toks {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) || !utf8.ValidString(tok.Form) && utf8.ValidString(text) {
				t.Errorf("Tokenize(%q): bad token %+v", text, tok)
			}
			end = tok.End
		}
	}
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"plain", "Freedonia shelled the border. Sylvania protested!", []string{"Freedonia shelled the border.", "Sylvania protested!"}},
		{"dotted acronym mid-sentence", "The U.S. Navy said U.N. monitors left.", []string{"The U.S. Navy said U.N. monitors left."}},
		{"dotted acronym ends sentence", "Sanctions were imposed by the U.S. The move angered Tehran.", []string{"Sanctions were imposed by the U.S.", "The move angered Tehran."}},
		{"titles", "Gen. Asim Munir met Lt. Col. Smith.", []string{"Gen. Asim Munir met Lt. Col. Smith."}},
		{"initials", "President John F. Kennedy spoke. Then he left.", []string{"President John F. Kennedy spoke.", "Then he left."}},
		{"quote closes sentence", "He said: “Enough is enough.” Officials agreed.", []string{"He said: “Enough is enough.”", "Officials agreed."}},
		{"headline line", "Freedonia expels envoy\n\nSylvania denied the claim.", []string{"Freedonia expels envoy", "Sylvania denied the claim."}},
		{"empty", "  \n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tc.text) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSplitSentencesBoundsLength(t *testing.T) {
	long := strings.Repeat("Iran and Iraq talked ", 400) + strings.Repeat("é", 3000)
	for _, s := range SplitSentences(long) {
		if s.End-s.Start > MaxSentence || !utf8.ValidString(long[s.Start:s.End]) {
			t.Errorf("span [%d,%d) is %d bytes or cuts a character", s.Start, s.End, s.End-s.Start)
		}
	}
}

// lastApostrophe finds what strings.LastIndexAny(w, "'’") finds.
func TestLastApostrophe(t *testing.T) {
	for _, w := range []string{"", "a", "'", "’", "Iran's", "Iran’s", "d'affaires’s", "x’y'z", "’’", "é’s", "\x99", "\x80\x99", "\xe2\x80", "n’t"} {
		want := ""
		if i := strings.LastIndexAny(w, "'’"); i >= 0 {
			want = w[i:]
		}
		if got := lastApostrophe(w); got != want {
			t.Errorf("lastApostrophe(%q) = %q, want %q", w, got, want)
		}
	}
}
