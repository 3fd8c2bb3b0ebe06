package bot

import (
	"strings"

	"github.com/briefbot/briefbot/briefing"
)

// RenderPlain renders a response as plain text for the terminal.
func RenderPlain(r Response) string {
	var b strings.Builder
	if r.Error != "" {
		b.WriteString(r.Error + "\n")
		if len(r.Suggestions) > 0 {
			b.WriteString("Did you mean: " + strings.Join(r.Suggestions, "; ") + "\n")
		}
		return b.String()
	}
	if r.Briefing != nil {
		return briefing.Render(r.Briefing, briefing.Plain)[0].Text + "\n"
	}
	if r.Title != "" {
		b.WriteString(r.Title + "\n")
	}
	for _, f := range r.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	for _, s := range r.Sections {
		b.WriteString("\n")
		if s.Heading != "" {
			b.WriteString(s.Heading + "\n")
		}
		for _, l := range s.Lines {
			b.WriteString("  " + l.Text)
			if l.URL != "" {
				b.WriteString("  " + l.URL)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
