package scheduler

import (
	"context"
	"slices"
	"unicode/utf16"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
)

// NewComposer adapts a briefing.Composer: it renders Slack channels' briefings
// as Slack mrkdwn, Discord's as Discord markdown and the console's as plain
// text.
func NewComposer(c *briefing.Composer) Composer { return briefingComposer{c} }

type briefingComposer struct{ c *briefing.Composer }

func (a briefingComposer) Compose(ctx context.Context, r Request) (Briefing, error) {
	b, err := a.c.Compose(ctx, briefing.Request{From: r.From, To: r.To, Filter: r.Filter})
	if err != nil || b.Empty() {
		return Briefing{}, err
	}
	return Briefing{
		Parts: briefing.Render(b, format(r.Platform)),
		NewEscalation: slices.ContainsFunc(b.New, func(it briefing.Item) bool {
			return it.Type == briefbot.Escalation
		}),
	}, nil
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

// partLimit is the most UTF-16 code units one message may hold on platform;
// 0 is no limit.
func partLimit(platform string) int {
	switch config.Markup(platform) {
	case config.Slack:
		return briefing.SlackPartLimit
	case config.Discord:
		return briefing.DiscordPartLimit
	}
	return 0
}

// withMention puts the mention on a line of its own above the first part, or
// in a part of its own when the first part has no room left for it.
func withMention(parts []string, mention string, limit int) []string {
	first := mention + "\n" + parts[0]
	if limit > 0 && len(utf16.Encode([]rune(first))) > limit {
		return append([]string{mention}, parts...)
	}
	return append([]string{first}, parts[1:]...)
}
