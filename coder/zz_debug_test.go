package coder

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZ")
	if text == "" {
		t.Skip()
	}
	c := testCoder()
	ms := c.g.Mentions(text)
	for _, sp := range splitSentences(text) {
		var in []Mention
		for _, m := range ms {
			if m.Start >= sp.start && m.End <= sp.end {
				in = append(in, m)
			}
		}
		items := tokenize(text, sp.start, sp.end, in, c.kind, nil)
		for i, it := range items {
			fmt.Printf("%d:%s", i, it.text)
			if it.kind == actorItem {
				fmt.Printf("[%s %s]", it.actor, it.form)
			}
			fmt.Print(" ")
		}
		fmt.Println()
	}
	for _, e := range c.Code(Article{Text: text}) {
		fmt.Println(e.Type, e.Source, e.Target, e.Code)
	}
}
