package coder

import (
	"github.com/briefbot/briefbot"
)

// Selection is what of an article may state an event: the sentences an
// outside coder (a language model) is shown instead of the whole text.
type Selection struct {
	// Text is the coded text (see Code), which the offsets refer to.
	Text string
	// Sentences counts the sentences of Text, candidates or not.
	Sentences int
	// Candidates are the sentences that may state an event, in text order.
	Candidates []Candidate
}

// Candidate is one sentence that may state an event, with the sentence
// before and after it as context.
type Candidate struct {
	Sentence      Span
	Before, After Span // zero at the edges of the text
	// Mentions are the actor mentions of the sentence and its context, in
	// text order: the context may name whom "the group" or "it" means.
	Mentions []Mention
}

// Span is a stretch of the coded text.
type Span struct {
	Start, End int // byte offsets in Selection.Text
	Text       string
}

// Candidates returns the sentences of an article that may state an event:
// those that mention an actor and hold a phrase of the trigger lexicons,
// and those that mention two actors (an event need not use a listed
// word). A sentence with no actor is never a candidate: an event needs a
// party, and the context of the sentences next to it is sent along.
func (c *Coder) Candidates(a briefbot.Article) Selection {
	text, ms := c.read(a)
	spans := splitSentences(text)
	sel := Selection{Text: text, Sentences: len(spans)}
	// own[i] is the range of ms inside spans[i]; a mention across a
	// sentence break belongs to neither, as in Code.
	own := make([][2]int, len(spans))
	mi := 0
	for i, sp := range spans {
		for mi < len(ms) && ms[mi].Start < sp.start {
			mi++
		}
		mj := mi
		for mj < len(ms) && ms[mj].End <= sp.end {
			mj++
		}
		own[i] = [2]int{mi, mj}
		mi = mj
	}
	var buf []item
	for i, sp := range spans {
		sentence := ms[own[i][0]:own[i][1]]
		if !c.mayState(text, sp, sentence, &buf) {
			continue
		}
		cand := Candidate{Sentence: spanOf(text, sp)}
		from, to := own[i][0], own[i][1]
		if i > 0 {
			cand.Before, from = spanOf(text, spans[i-1]), own[i-1][0]
		}
		if i+1 < len(spans) {
			cand.After, to = spanOf(text, spans[i+1]), own[i+1][1]
		}
		cand.Mentions = ms[from:to:to]
		sel.Candidates = append(sel.Candidates, cand)
	}
	return sel
}

// mayState reports whether a sentence with the mentions ms may state an
// event: two actors, or one and a trigger phrase. buf is reused across
// sentences.
func (c *Coder) mayState(text string, sp span, ms []Mention, buf *[]item) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms[1:] {
		if m.ActorID != ms[0].ActorID {
			return true
		}
	}
	*buf = tokenize(text, sp.start, sp.end, ms, c.kind, *buf)
	items := *buf
	for i := range items {
		if items[i].kind != wordItem {
			continue
		}
		// A phrase the lexicon lists only to rule a reading out (the noun
		// "targets") is no cue.
		if m, ok := c.lx.longestAt(items, i); ok && m.trig.frame != frameIgnore {
			return true
		}
	}
	return false
}

func spanOf(text string, sp span) Span {
	return Span{Start: sp.start, End: sp.end, Text: text[sp.start:sp.end]}
}
