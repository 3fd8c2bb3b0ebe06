package briefing

import (
	"strings"
	"unicode/utf8"
)

// Column caps keep one long name from pushing every row off the screen;
// an item's text wraps at plainTextWidth under its indent, so a briefing
// fits a 90-column terminal.
const (
	maxOutletColumn = 24
	plainTextWidth  = 72
	plainIndent     = "               " // under the text, past "  Tue 16 Jan  "
)

// plainLines lays the briefing out for a terminal: a story's title, then
// each item's day, "who → whom: what" and flags, its quote, and its outlets
// and links on the lines below.
func plainLines(b *Briefing) []string {
	lines := []string{"Briefing · " + windowPhrase(b) + scopePhrase(b)}
	if b.Empty() && b.BackgroundCount == 0 {
		return append(lines, quietPhrase())
	}
	lines = append(lines, headlinePhrase(b))
	outletW := 0
	for _, it := range append(b.Items(), b.Background...) {
		for _, s := range shownSources(it) {
			outletW = max(outletW, width(s.Outlet))
		}
	}
	outletW = min(outletW, maxOutletColumn)
	item := func(it Item) {
		head := "  " + pad(dayPhrase(it.Day), 11) + "  " + itemDyad(it) + ": " + kindPhrase(it)
		if f := flagsPhrase(it, b.NoveltyDays); f != "" {
			head += " · " + f
		}
		lines = append(lines, head)
		for _, l := range wrap(quote(it.What), plainTextWidth) {
			lines = append(lines, plainIndent+l)
		}
		for _, s := range shownSources(it) {
			lines = append(lines, plainIndent+"- "+pad(s.Outlet, outletW)+"  "+s.URL)
		}
		if n := len(it.Sources) - maxLinks; n > 0 {
			lines = append(lines, plainIndent+"- "+morePhrase(n, "outlet"))
		}
	}
	for _, s := range b.Stories {
		lines = append(lines, "", s.Title)
		for _, it := range s.Items {
			item(it)
		}
	}
	if b.More > 0 {
		lines = append(lines, "", morePhrase(b.More, "development")+": "+cliCommand(b))
	}
	if len(b.Trends) > 0 {
		lines = append(lines, "", sectionTrends)
		trendW := 0
		for _, t := range b.Trends {
			trendW = max(trendW, width(dyadPhrase(t)))
		}
		for _, t := range b.Trends {
			lines = append(lines, "  "+pad(dyadPhrase(t), trendW)+"  "+Sparkline(t.Daily)+"  "+pad(string(t.Shift()), len(Rising))+"  "+trendCounts(t))
		}
		if b.MoreTrends > 0 {
			lines = append(lines, "  "+morePhrase(b.MoreTrends, "dyad"))
		}
	}
	if len(b.Background) > 0 {
		lines = append(lines, "", sectionBackground)
		for _, it := range b.Background {
			item(it)
		}
	}
	return lines
}

func width(s string) int { return utf8.RuneCountInString(s) }

// pad fills s with spaces to w runes; longer text is left as it is.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// wrap breaks text into lines of at most w runes between words; a word
// longer than w gets a line of its own.
func wrap(text string, w int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case width(line)+1+width(word) <= w:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
