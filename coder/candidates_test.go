package coder

import (
	"reflect"
	"testing"

	"github.com/briefbot/briefbot"
)

func TestCandidates(t *testing.T) {
	tests := []struct {
		name  string
		a     briefbot.Article
		want  []string // the candidate sentences
		count int      // the text's sentences
	}{
		{"an actor and a trigger", briefbot.Article{Text: "Bread prices rose. Chad expelled the envoy of Sudan. The weather was mild."},
			[]string{"Chad expelled the envoy of Sudan."}, 3},
		{"two actors and no trigger", briefbot.Article{Text: "Chile and Peru sat down on Monday."},
			[]string{"Chile and Peru sat down on Monday."}, 1},
		{"one actor and no trigger", briefbot.Article{Text: "Chile held an election on Sunday."}, nil, 1},
		{"a trigger and no actor", briefbot.Article{Text: "Gunmen attacked a convoy."}, nil, 1},
		{"a phrase listed only to rule a reading out is no trigger", briefbot.Article{Text: "Chile named its targets for growth."}, nil, 1},
		{"the title is a sentence", briefbot.Article{Title: "Chad expels Sudan's envoy", Text: "The move came late."},
			[]string{"Chad expels Sudan's envoy"}, 2},
		{"a dateline names no party", briefbot.Article{Text: "KABUL (Reuters) - Officials met on Monday."}, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel := testCoder().Candidates(tt.a)
			var got []string
			for _, c := range sel.Candidates {
				if sel.Text[c.Sentence.Start:c.Sentence.End] != c.Sentence.Text {
					t.Errorf("span %d-%d does not hold %q", c.Sentence.Start, c.Sentence.End, c.Sentence.Text)
				}
				got = append(got, c.Sentence.Text)
			}
			if !reflect.DeepEqual(got, tt.want) || sel.Sentences != tt.count {
				t.Errorf("candidates %q of %d sentences, want %q of %d", got, sel.Sentences, tt.want, tt.count)
			}
		})
	}
}

// A candidate carries its neighbours as context, and the actors they name:
// "the group" may be named in the sentence before.
func TestCandidateContext(t *testing.T) {
	text := "Officials in Nigeria blamed Boko Haram. The group denied it. Markets were calm. Rain fell."
	sel := testCoder().Candidates(briefbot.Article{Text: text})
	if len(sel.Candidates) != 1 {
		t.Fatalf("candidates = %+v, want the first sentence only", sel.Candidates)
	}
	c := sel.Candidates[0]
	if c.Before != (Span{}) || c.After.Text != "The group denied it." {
		t.Errorf("context = %+v / %+v, want none before and the next sentence after", c.Before, c.After)
	}
	var ids []string
	for _, m := range c.Mentions {
		ids = append(ids, m.ActorID)
	}
	if want := []string{"NGA", "boko-haram"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("mentions %v, want %v", ids, want)
	}

	text = "Rain fell. Chad accused Sudan of arming rebels. Khartoum rejected it. Markets were calm."
	c = testCoder().Candidates(briefbot.Article{Text: text}).Candidates[0]
	if c.Before.Text != "Rain fell." || c.After.Text != "Khartoum rejected it." {
		t.Errorf("context = %q / %q", c.Before.Text, c.After.Text)
	}
	ids = nil
	for _, m := range c.Mentions {
		ids = append(ids, m.ActorID)
	}
	if want := []string{"TCD", "SDN", "SDN"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("mentions %v, want those of the sentence and the next, %v", ids, want)
	}
}
