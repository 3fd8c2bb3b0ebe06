package coder

import "github.com/briefbot/briefbot/coder/syntax"

// span is a half-open byte range of a text.
type span struct{ start, end int }

// splitSentences splits text into sentence spans with the parser's
// splitter, so that the sentences the coder reads are the ones the parser
// parses.
func splitSentences(text string) []span {
	sps := syntax.SplitSentences(text)
	out := make([]span, len(sps))
	for i, sp := range sps {
		out[i] = span{sp.Start, sp.End}
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
