package briefing

import (
	"slices"
	"strings"
)

// chatStyle is the markup of one chat platform.
type chatStyle struct {
	bold, italic, code func(string) string
	// escape makes text literal.
	escape func(string) string
	link   func(label, url string) string
	// opener and closer delimit a link, so that cutting a line never
	// leaves half of one.
	opener, closer string
}

var (
	slackText  = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	slackURL   = strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C", " ", "%20")
	slackStyle = chatStyle{
		bold:   func(s string) string { return "*" + s + "*" },
		italic: func(s string) string { return "_" + s + "_" },
		code:   func(s string) string { return "`" + s + "`" },
		escape: slackText.Replace,
		link: func(label, url string) string {
			return "<" + slackURL.Replace(url) + "|" + slackText.Replace(label) + ">"
		},
		opener: "<", closer: ">",
	}

	discordText = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`)
	discordURL  = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20")
	// discordStyle uses masked links in angle brackets, which Discord
	// shows without a preview embed per link.
	discordStyle = chatStyle{
		bold:   func(s string) string { return "**" + s + "**" },
		italic: func(s string) string { return "_" + s + "_" },
		code:   func(s string) string { return "`" + s + "`" },
		escape: discordText.Replace,
		link: func(label, url string) string {
			return "[" + discordText.Replace(label) + "](<" + discordURL.Replace(url) + ">)"
		},
		opener: "[", closer: ">)",
	}
)

// EscapeSlack and EscapeDiscord make text literal in each platform's markup,
// so that a headline cannot forge a link or a mention; the bot's answers
// use them too.
func EscapeSlack(s string) string { return slackText.Replace(s) }

func EscapeDiscord(s string) string { return discordText.Replace(s) }

// chatLines lays the briefing out as chat markup, one item per line.
func chatLines(b *Briefing, st chatStyle) []string {
	lines := []string{st.bold("Briefing") + " " + st.escape(windowPhrase(b))}
	if b.Empty() {
		return append(lines, st.escape(quietPhrase()))
	}
	lines = append(lines, st.escape(countsPhrase(b)))
	if t := b.Top; t != nil {
		lines = append(lines, "Escalated most: "+st.bold(st.escape(dyadPhrase(*t)))+st.escape(", "+trendCounts(*t)))
	}
	loc := b.From.Location()
	section := func(title string, items []Item, more int, noun string) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "", st.bold(st.escape(title)))
		for _, it := range items {
			text := " · " + kindPhrase(it, loc) + " · " + it.When.In(loc).Format("2 Jan 15:04")
			if it.What != "" {
				text += " — " + it.What
			}
			line := "• " + st.bold(st.escape(itemDyad(it))) + st.escape(text)
			var links []string
			for _, s := range shownSources(it) {
				links = append(links, st.link(s.Outlet, s.URL))
			}
			if n := len(it.Sources) - maxLinks; n > 0 {
				links = append(links, st.escape("+"+plural(n, "outlet")))
			}
			if len(links) > 0 {
				line += " · " + strings.Join(links, ", ")
			}
			lines = append(lines, line)
		}
		if more > 0 {
			lines = append(lines, st.italic(st.escape(morePhrase(more, noun))))
		}
	}
	section(sectionNew(b.NoveltyDays), b.New, b.More, "item")
	if len(b.Trends) > 0 {
		lines = append(lines, "", st.bold(st.escape(sectionTrends)))
		for _, t := range b.Trends {
			lines = append(lines, "• "+st.bold(st.escape(dyadPhrase(t)))+" "+st.code(Sparkline(t.Daily))+" "+st.escape(string(t.Shift())+" · "+trendCounts(t)))
		}
		if b.MoreTrends > 0 {
			lines = append(lines, st.italic(st.escape(morePhrase(b.MoreTrends, "dyad"))))
		}
	}
	section(sectionCalm, b.Deescalations, b.MoreDeescalations, "signal")
	if len(b.New) == 0 && len(b.Deescalations) == 0 && len(b.Trends) == 0 {
		lines = append(lines, "", st.escape(nothingNewPhrase(b.NoveltyDays)))
	}
	return lines
}

// cut shortens a line to at most limit UTF-16 units, ending in an ellipsis,
// without leaving a link or a code span half open.
func (st chatStyle) cut(line string, limit int) string {
	const ellipsis = "…"
	p := prefixUnits(line, limit-units(ellipsis))
	if i := strings.LastIndex(p, st.opener); i >= 0 && !strings.Contains(p[i:], st.closer) {
		p = p[:i]
	}
	if strings.Count(p, "`")%2 == 1 {
		p = p[:strings.LastIndex(p, "`")]
	}
	// A dangling backslash would escape the ellipsis.
	p = strings.TrimRight(p, ` \`)
	return p + ellipsis
}

// split packs lines into parts of at most limit UTF-16 units, breaking only
// between lines; parts neither start nor end with blank lines. A line over
// the limit is cut. With maxParts > 0, parts beyond it are dropped and the
// last kept part says so.
func split(lines []string, limit, maxParts int, cut func(string, int) string) []string {
	var parts [][]string
	size := 0
	for _, l := range lines {
		if units(l) > limit {
			l = cut(l, limit)
		}
		n := len(parts)
		switch {
		case n == 0 || size+1+units(l) > limit:
			if strings.TrimSpace(l) == "" {
				continue
			}
			parts = append(parts, []string{l})
			size = units(l)
		default:
			parts[n-1] = append(parts[n-1], l)
			size += 1 + units(l)
		}
	}
	if maxParts > 0 && len(parts) > maxParts {
		dropped := 0
		for _, p := range parts[maxParts:] {
			dropped += len(p)
		}
		parts = parts[:maxParts]
		last := parts[maxParts-1]
		note := func() string { return "…and " + plural(dropped, "line") + " more, cut to fit" }
		for len(last) > 1 && units(strings.Join(append(slices.Clip(last), note()), "\n")) > limit {
			last = last[:len(last)-1]
			dropped++
		}
		parts[maxParts-1] = append(last, note())
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = strings.TrimRight(strings.Join(p, "\n"), "\n ")
	}
	return out
}

// units counts s in UTF-16 code units, as Slack and Discord count text.
func units(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// prefixUnits returns the longest prefix of s within n UTF-16 code units.
func prefixUnits(s string, n int) string {
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n < w {
			return s[:i]
		}
		n -= w
	}
	return s
}
