package briefing

import (
	"fmt"
	"strings"
	"time"
)

// chatStyle is the markup of one chat platform.
type chatStyle struct {
	bold, italic, code func(string) string
	// escape makes text literal.
	escape func(string) string
	link   func(label, url string) string
	// day shows a calendar day, moment an instant, each in the reader's
	// zone with fallback as the text of clients that cannot.
	day    func(day time.Time) string
	moment func(t time.Time, fallback string) string
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
		day: func(day time.Time) string {
			return fmt.Sprintf("<!date^%d^{date_short}|%s>", noonUnix(day), dayPhrase(day))
		},
		moment: func(t time.Time, fallback string) string {
			return fmt.Sprintf("<!date^%d^{date_short} {time}|%s>", t.Unix(), slackText.Replace(fallback))
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
		day:    func(day time.Time) string { return fmt.Sprintf("<t:%d:D>", noonUnix(day)) },
		moment: func(t time.Time, _ string) string { return fmt.Sprintf("<t:%d:f>", t.Unix()) },
		opener: "[", closer: ">)",
	}
)

// EscapeSlack and EscapeDiscord make text literal in each platform's markup,
// so that a headline cannot forge a link or a mention; the bot's answers
// use them too.
func EscapeSlack(s string) string { return slackText.Replace(s) }

func EscapeDiscord(s string) string { return discordText.Replace(s) }

// window shows the briefing's window in the reader's zone.
func (st chatStyle) window(b *Briefing) string {
	from, to := b.From.In(b.Location), b.To.In(b.Location)
	return st.moment(b.From, from.Format(timeLayout)) + " – " + st.moment(b.To, to.Format(timeLayout+" MST"))
}

// item is one development as one line: "who → whom: what", its day, its
// flags, a short quote and its outlets.
func (st chatStyle) item(it Item, noveltyDays int) string {
	line := "• " + st.bold(st.escape(itemDyad(it))) + st.escape(": "+kindPhrase(it)) + " · " + st.day(it.Day)
	if f := flagsPhrase(it, noveltyDays); f != "" {
		line += " · " + st.italic(st.escape(f))
	}
	if it.What != "" {
		line += " · " + st.escape(quote(it.What))
	}
	var links []string
	for _, s := range shownSources(it) {
		links = append(links, st.link(s.Outlet, s.URL))
	}
	if n := len(it.Sources) - maxLinks; n > 0 {
		links = append(links, st.escape(fmt.Sprintf("+%d", n)))
	}
	if len(links) > 0 {
		line += " · " + strings.Join(links, ", ")
	}
	return line
}

func (st chatStyle) trend(t Trend) string {
	return "• " + st.bold(st.escape(dyadPhrase(t))) + " " + st.code(Sparkline(t.Daily)) + " " + st.escape(string(t.Shift())+" · "+trendCounts(t))
}

// section is a titled part of a briefing: a story, the trends, the
// background. A platform splits a message only between sections.
type section struct {
	title string
	lines []string
}

// storySections lays the briefing's stories out as sections of chat lines.
func storySections(b *Briefing, st chatStyle) []section {
	var out []section
	for _, s := range b.Stories {
		sec := section{title: s.Title}
		for _, it := range s.Items {
			sec.lines = append(sec.lines, st.item(it, b.NoveltyDays))
		}
		out = append(out, sec)
	}
	return out
}

// afterSections lays out what follows the stories: the trends and, when
// asked for, the background.
func afterSections(b *Briefing, st chatStyle) []section {
	var out []section
	if len(b.Trends) > 0 {
		sec := section{title: sectionTrends}
		for _, t := range b.Trends {
			sec.lines = append(sec.lines, st.trend(t))
		}
		if b.MoreTrends > 0 {
			sec.lines = append(sec.lines, st.italic(st.escape(morePhrase(b.MoreTrends, "dyad"))))
		}
		out = append(out, sec)
	}
	if len(b.Background) > 0 {
		sec := section{title: sectionBackground}
		for _, it := range b.Background {
			sec.lines = append(sec.lines, st.item(it, b.NoveltyDays))
		}
		out = append(out, sec)
	}
	return out
}

// headline is the briefing's first lines in chat: the window and the
// headline.
func (st chatStyle) headline(b *Briefing) string {
	if b.Empty() && b.BackgroundCount == 0 {
		return st.window(b) + "\n" + st.escape(quietPhrase())
	}
	return st.window(b) + "\n" + st.bold(st.escape(headlinePhrase(b)))
}

func (st chatStyle) more(b *Briefing) string {
	if b.More == 0 {
		return ""
	}
	return st.italic(st.escape(morePhrase(b.More, "development")+":")) + " " + st.code(chatCommand(b))
}

func briefingTitle(b *Briefing) string { return "Briefing" + scopePhrase(b) }

// slackMessages lays the briefing out in Block Kit: a header, the window
// and headline, a section per story, the cap's note, the trends. A story
// longer than a section holds takes several, split between lines; a
// briefing of more than 50 blocks takes several messages, split between
// blocks.
func slackMessages(b *Briefing) []Message {
	st := slackStyle
	mrkdwn := func(s string) *SlackText { return &SlackText{Type: "mrkdwn", Text: s} }
	blocks := []SlackBlock{
		{Type: "header", Text: &SlackText{Type: "plain_text", Text: prefixUnits(briefingTitle(b), 150)}},
		{Type: "section", Text: mrkdwn(st.headline(b))},
	}
	sections := func(secs []section) {
		for _, sec := range secs {
			lines := append([]string{st.bold(st.escape(sec.title))}, sec.lines...)
			for _, part := range split(lines, SlackSectionLimit, st.cut) {
				blocks = append(blocks, SlackBlock{Type: "section", Text: mrkdwn(part)})
			}
		}
	}
	sections(storySections(b, st))
	if b.More > 0 {
		blocks = append(blocks, SlackBlock{Type: "context", Elements: []SlackText{*mrkdwn(st.more(b))}})
	}
	if after := afterSections(b, st); len(after) > 0 {
		blocks = append(blocks, SlackBlock{Type: "divider"})
		sections(after)
	}
	text := st.escape(briefingTitle(b) + ": " + headlinePhrase(b))
	var msgs []Message
	for len(blocks) > 0 {
		n := min(len(blocks), SlackMaxBlocks)
		m := Message{Text: text, Blocks: blocks[:n]}
		if len(msgs) > 0 {
			m.Text = st.escape(briefingTitle(b) + " (continued)")
		}
		msgs = append(msgs, m)
		blocks = blocks[n:]
	}
	return msgs
}

// discordMessages lays the briefing out as embeds: a title, the window and
// headline, a colour by the weightiest item, the window's end as the
// timestamp, a field per story and one for the trends, and the cap's note
// in the footer. A story longer than a field holds takes several, the rest
// untitled; a briefing over an embed's 25 fields or a message's 6,000
// characters takes several messages, split between fields.
func discordMessages(b *Briefing) []Message {
	st := discordStyle
	color := severityColor(0)
	if top := b.Top(); top != nil {
		color = severityColor(top.Weight)
	}
	var fields []DiscordField
	for _, sec := range append(storySections(b, st), afterSections(b, st)...) {
		name := prefixUnits(sec.title, discordFieldNameLimit)
		for _, part := range split(sec.lines, discordFieldValueLimit, st.cut) {
			fields = append(fields, DiscordField{Name: name, Value: part})
			// A story's further fields read as one with the first under
			// an empty name (Discord wants one: a zero-width space).
			name = "\u200b"
		}
	}
	newEmbed := func(title string) DiscordEmbed {
		return DiscordEmbed{Title: prefixUnits(title, discordTitleLimit), Color: color, Timestamp: b.To.UTC().Format(time.RFC3339)}
	}
	first := newEmbed(briefingTitle(b))
	first.Description = prefixUnits(st.headline(b), discordDescriptionLimit)
	if b.More > 0 {
		first.Footer = &DiscordFooter{Text: prefixUnits(morePhrase(b.More, "development")+": "+chatCommand(b), discordFooterLimit)}
	}
	msgs := []Message{{Embeds: []DiscordEmbed{first}}}
	size := embedUnits(first)
	for _, f := range fields {
		cur := &msgs[len(msgs)-1].Embeds[0]
		n := units(f.Name) + units(f.Value)
		if len(cur.Fields) == discordMaxFields || size+n > DiscordMessageLimit {
			next := newEmbed(briefingTitle(b) + " (continued)")
			msgs = append(msgs, Message{Embeds: []DiscordEmbed{next}})
			cur, size = &msgs[len(msgs)-1].Embeds[0], embedUnits(next)
		}
		cur.Fields = append(cur.Fields, f)
		size += n
	}
	return msgs
}

// embedUnits counts the text of an embed as Discord counts it against a
// message's limit.
func embedUnits(e DiscordEmbed) int {
	n := units(e.Title) + units(e.Description)
	for _, f := range e.Fields {
		n += units(f.Name) + units(f.Value)
	}
	if e.Footer != nil {
		n += units(e.Footer.Text)
	}
	return n
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
// between lines; a line over the limit is cut.
func split(lines []string, limit int, cut func(string, int) string) []string {
	var parts []string
	var cur []string
	size := 0
	for _, l := range lines {
		if units(l) > limit {
			l = cut(l, limit)
		}
		if len(cur) > 0 && size+1+units(l) > limit {
			parts = append(parts, strings.Join(cur, "\n"))
			cur, size = nil, 0
		}
		if len(cur) > 0 {
			size++
		}
		cur = append(cur, l)
		size += units(l)
	}
	if len(cur) > 0 {
		parts = append(parts, strings.Join(cur, "\n"))
	}
	return parts
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
