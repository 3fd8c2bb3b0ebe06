package briefing

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Column caps keep one long name from pushing every row off the screen;
// an item's text wraps at plainTextWidth under its indent, so a briefing
// fits a 90-column terminal.
const (
	maxDyadColumn   = 34
	maxOutletColumn = 24
	plainTextWidth  = 72
	plainIndent     = "                " // under the dyad, past "  24 Nov 09:10  "
)

// plainLines lays the briefing out for a terminal: aligned columns, each
// item's outlets and links on the lines below it.
func plainLines(b *Briefing) []string {
	lines := []string{"Briefing · " + windowPhrase(b)}
	if b.Empty() {
		return append(lines, quietPhrase())
	}
	lines = append(lines, countsPhrase(b))
	if b.Top != nil {
		lines = append(lines, "Escalated most: "+topPhrase(*b.Top))
	}
	items := slices.Concat(b.New, b.Deescalations)
	var dyadW, outletW int
	for _, it := range items {
		dyadW = max(dyadW, width(itemDyad(it)))
		for _, s := range shownSources(it) {
			outletW = max(outletW, width(s.Outlet))
		}
	}
	dyadW, outletW = min(dyadW, maxDyadColumn), min(outletW, maxOutletColumn)
	loc := b.From.Location()
	section := func(title string, items []Item, more int, noun string) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "", title)
		for i, it := range items {
			if i > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, strings.TrimRight("  "+it.When.In(loc).Format("_2 Jan 15:04")+"  "+pad(itemDyad(it), dyadW)+"  "+kindPhrase(it, loc), " "))
			for _, l := range wrap(it.What, plainTextWidth) {
				lines = append(lines, plainIndent+l)
			}
			for _, s := range shownSources(it) {
				lines = append(lines, plainIndent+"- "+pad(s.Outlet, outletW)+"  "+s.URL)
			}
			if n := len(it.Sources) - maxLinks; n > 0 {
				lines = append(lines, plainIndent+"- "+morePhrase(n, "outlet"))
			}
		}
		if more > 0 {
			lines = append(lines, "  "+morePhrase(more, noun))
		}
	}
	section(sectionNew(b.NoveltyDays), b.New, b.More, "item")
	if len(b.Trends) > 0 {
		lines = append(lines, "", sectionTrends)
		trendW := 0
		for _, t := range b.Trends {
			trendW = max(trendW, width(dyadPhrase(t)))
		}
		trendW = min(trendW, maxDyadColumn)
		for _, t := range b.Trends {
			lines = append(lines, "  "+pad(dyadPhrase(t), trendW)+"  "+Sparkline(t.Daily)+"  "+pad(string(t.Shift()), len(Rising))+"  "+trendCounts(t))
		}
		if b.MoreTrends > 0 {
			lines = append(lines, "  "+morePhrase(b.MoreTrends, "dyad"))
		}
	}
	section(sectionCalm, b.Deescalations, b.MoreDeescalations, "signal")
	if len(items) == 0 && len(b.Trends) == 0 {
		lines = append(lines, "", nothingNewPhrase(b.NoveltyDays))
	}
	return lines
}

// shownSources is the outlets an item links, at most maxLinks.
func shownSources(it Item) []Source { return it.Sources[:min(len(it.Sources), maxLinks)] }

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
