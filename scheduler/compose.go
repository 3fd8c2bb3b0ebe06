package scheduler

import (
	"context"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
)

// NewComposer adapts a briefing.Composer: it renders Slack channels'
// briefings as Block Kit messages and Discord's as embeds, each stored as
// its JSON, and the console's as plain text; the channel's mention goes on
// the first message when the briefing lists a major development.
func NewComposer(c *briefing.Composer) Composer { return briefingComposer{c} }

type briefingComposer struct{ c *briefing.Composer }

func (a briefingComposer) Compose(ctx context.Context, r Request) (Briefing, error) {
	b, err := a.c.Compose(ctx, briefing.Request{From: r.From, To: r.To, Filter: r.Filter,
		Keywords: r.Keywords, ExcludeKeywords: r.ExcludeKeywords, Location: r.Location})
	if err != nil || b.Empty() {
		return Briefing{}, err
	}
	f := format(r.Platform)
	msgs := briefing.Render(b, f)
	if r.Mention != "" && b.Major() {
		msgs[0] = msgs[0].WithMention(r.Mention, f)
	}
	return Briefing{Parts: bodies(msgs, f)}, nil
}

// bodies are the messages as the outbox stores them: the text for the
// console, the message's JSON for the chat platforms.
func bodies(msgs []briefing.Message, f briefing.Format) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		if f == briefing.Plain {
			out[i] = m.Text
		} else {
			out[i] = m.Encode()
		}
	}
	return out
}

func format(platform string) briefing.Format {
	switch config.Markup(platform) {
	case config.Slack:
		return briefing.Slack
	case config.Discord:
		return briefing.Discord
	}
	return briefing.Plain
}
