package bot

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// Posting briefings through the outbox (see scheduler.Poster and
// scheduler.Resolver). Each Post makes one attempt and classifies its
// failure; the outbox retries. Each post is tagged with its outbox message,
// so that after a crash Find can tell whether the attempt in flight reached
// the channel: Slack carries the tag in message metadata; Discord gets it
// as a nonce with enforce_nonce, which makes Discord itself return the
// existing message to a repeated post within its nonce window, and Find
// looks for the bot's message with the same content around the attempt.

// outboxEventType is the Slack metadata event type of briefbot's posts.
const outboxEventType = "briefbot_outbox"

// Where Find looks, around the attempt being resolved: from a little before
// it (clocks disagree) to well after it (a slow request lands late).
const (
	findBefore = 5 * time.Minute
	findAfter  = 15 * time.Minute
	// findPages bounds the history read: enough for a busy channel's half
	// hour, and an answer instead of an endless search.
	findPages = 10
)

// postError is a failed post or lookup, classified for the outbox: rate
// limited (RetryAfter > 0), refused (NotPosted), or neither when the outcome
// is unknown.
type postError struct {
	err        error
	retryAfter time.Duration
	refused    bool
}

func (e *postError) Error() string             { return e.err.Error() }
func (e *postError) Unwrap() error             { return e.err }
func (e *postError) RetryAfter() time.Duration { return e.retryAfter }
func (e *postError) NotPosted() bool           { return e.refused }

// defaultRetryAfter is waited on a 429 that does not say how long.
const defaultRetryAfter = 30 * time.Second

// slackTransient are the errors with which Slack says it may have done part
// of the work: the outcome of such a post is unknown.
var slackTransient = []string{"internal_error", "fatal_error", "service_unavailable", "request_timeout"}

// classifySlack turns a Slack Web API error into a postError.
func classifySlack(err error) error {
	var (
		rl  *slack.RateLimitedError
		sc  slack.StatusCodeError
		api slack.SlackErrorResponse
	)
	switch {
	case errors.As(err, &rl):
		return &postError{err: err, retryAfter: max(rl.RetryAfter, time.Second)}
	case errors.As(err, &sc) && sc.Code == http.StatusTooManyRequests:
		return &postError{err: err, retryAfter: defaultRetryAfter}
	case errors.As(err, &sc):
		return &postError{err: err, refused: sc.Code < 500}
	case errors.As(err, &api):
		return &postError{err: err, refused: !slices.Contains(slackTransient, api.Err)}
	}
	return err // a transport error or a garbled answer: the outcome is unknown
}

// classifyDiscord turns a Discord REST error into a postError.
func classifyDiscord(err error) error {
	var (
		rl *discordgo.RateLimitError
		re *discordgo.RESTError
	)
	switch {
	case errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil:
		return &postError{err: err, retryAfter: cmp.Or(rl.RetryAfter, defaultRetryAfter)}
	case errors.As(err, &re) && re.Response != nil:
		return &postError{err: err, refused: re.Response.StatusCode < 500}
	}
	return err
}

// Post sends a stored message (a briefing.Message's Block Kit blocks, or
// mrkdwn text as section blocks of at most 3000 characters: see
// slackPayload) to its channel with chat.postMessage, tagged with its
// outbox message in the metadata, and returns the message timestamp.
func (s *Slack) Post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	text, blocks, err := slackPayload(m.Body)
	if err != nil {
		return "", &postError{err: fmt.Errorf("slack post to %s: %w", m.Channel, err), refused: true}
	}
	_, ts, err := s.api.PostMessageContext(ctx, m.Channel,
		slack.MsgOptionText(text, false), slack.MsgOptionBlocks(blocks...),
		slack.MsgOptionMetadata(slack.SlackMetadata{EventType: outboxEventType, EventPayload: outboxPayload(m)}))
	if err != nil {
		return "", fmt.Errorf("slack post to %s: %w%s", s.channelLabel(m.Channel), classifySlack(err), s.postHint(err))
	}
	return ts, nil
}

// outboxPayload is the metadata that names a post's outbox message.
func outboxPayload(m storage.OutboxMessage) map[string]any {
	return map[string]any{"outbox_id": m.ID, "part": m.Part, "key": m.DedupKey}
}

// Find looks for m in its channel's history around m.AttemptedAt by the
// metadata Post tagged it with (conversations.history with
// include_all_metadata; the app needs the channels:history and
// groups:history scopes).
func (s *Slack) Find(ctx context.Context, m storage.OutboxMessage) (string, bool, error) {
	params := &slack.GetConversationHistoryParameters{
		ChannelID: m.Channel, Limit: 200, Inclusive: true, IncludeAllMetadata: true,
		Oldest: slackTS(m.AttemptedAt.Add(-findBefore)), Latest: slackTS(m.AttemptedAt.Add(findAfter)),
	}
	want := outboxPayload(m)
	for range findPages {
		resp, err := s.api.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return "", false, fmt.Errorf("slack history of %s: %w", m.Channel, classifySlack(err))
		}
		for _, msg := range resp.Messages {
			if msg.Metadata.EventType == outboxEventType && samePayload(msg.Metadata.EventPayload, want) {
				return msg.Timestamp, true, nil
			}
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return "", false, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
	return "", false, fmt.Errorf("slack history of %s: more than %d pages around %s, cannot tell", m.Channel, findPages, m.AttemptedAt)
}

// samePayload compares metadata as it comes back from JSON (numbers as
// float64) with the payload Post sent.
func samePayload(got, want map[string]any) bool {
	for k, v := range want {
		if fmt.Sprint(got[k]) != fmt.Sprint(v) {
			return false
		}
	}
	return true
}

// slackTS is t as a Slack timestamp, seconds with microseconds.
func slackTS(t time.Time) string {
	return fmt.Sprintf("%d.%06d", t.Unix(), t.Nanosecond()/1000)
}

// discordPost is a message with the nonce fields discordgo's MessageSend
// lacks.
type discordPost struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// discordNonce names m for Discord (at most 25 characters): its outbox id,
// and a hash of its destination and key, so that a database started afresh
// does not reuse another message's nonce.
func discordNonce(m storage.OutboxMessage) string {
	sum := sha256.Sum256([]byte(m.Platform + "\x00" + m.Channel + "\x00" + m.DedupKey))
	return fmt.Sprintf("bb%d-%x", m.ID, sum[:4])
}

// discordBriefing is a stored message body as Discord takes it: a
// briefing.Message's embeds, with its text (the mentions) as the content,
// where they notify; or, for a body stored as Discord markdown (before
// messages were structured, and the scheduler's own lines), one embed of
// it, with the mentions of its first line as the content. Only users and
// roles may be pinged.
func discordBriefing(body string) (*discordgo.MessageSend, error) {
	m := briefing.DecodeMessage(body)
	msg := &discordgo.MessageSend{AllowedMentions: &discordgo.MessageAllowedMentions{
		Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeUsers, discordgo.AllowedMentionTypeRoles}}}
	if len(m.Embeds) > 0 {
		embeds, err := discordEmbedsOf(m)
		if err != nil {
			return nil, err
		}
		msg.Content, msg.Embeds = m.Text, embeds
	} else {
		mention, rest := leadingMentions(m.Text)
		if len(rest) > discordDescriptionLimit {
			return nil, fmt.Errorf("body of %d bytes exceeds an embed's %d", len(rest), discordDescriptionLimit)
		}
		msg.Content, msg.Embeds = mention, []*discordgo.MessageEmbed{{Description: rest}}
	}
	for _, e := range msg.Embeds {
		e.Type = discordgo.EmbedTypeRich
	}
	return msg, nil
}

// Post sends a stored message (a briefing.Message's embeds, or Discord
// markdown as one embed: see discordBriefing) to its channel, with the
// message's nonce enforced, and returns the message id.
func (d *Discord) Post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	msg, err := discordBriefing(m.Body)
	if err != nil {
		return "", &postError{err: fmt.Errorf("discord post to %s: %w", m.Channel, err), refused: true}
	}
	endpoint := discordgo.EndpointChannelMessages(m.Channel)
	body, err := d.session.RequestWithBucketID(http.MethodPost, endpoint,
		discordPost{MessageSend: msg, Nonce: discordNonce(m), EnforceNonce: true}, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("discord post to %s: %w", m.Channel, classifyDiscord(err))
	}
	var created discordgo.Message
	if err := json.Unmarshal(body, &created); err != nil || created.ID == "" {
		return "", fmt.Errorf("discord post to %s: unreadable answer %.200q: %w", m.Channel, body, err)
	}
	return created.ID, nil
}

// Find looks for m among the bot's messages in its channel around
// m.AttemptedAt, by content (the mentions and every field of its embeds,
// see sameDiscordMessage): Discord does not keep nonces. Should Find miss a
// message, the post that follows carries the same nonce, and Discord
// returns the existing message instead of posting again within its nonce
// window.
func (d *Discord) Find(ctx context.Context, m storage.OutboxMessage) (string, bool, error) {
	want, err := discordBriefing(m.Body)
	if err != nil {
		return "", false, nil // never posted: Post refuses it
	}
	me, err := d.botUserID(ctx)
	if err != nil {
		return "", false, err
	}
	after, until := snowflake(m.AttemptedAt.Add(-findBefore)), m.AttemptedAt.Add(findAfter)
	const pageSize = 100
	for range findPages {
		msgs, err := d.session.ChannelMessages(m.Channel, pageSize, "", after, "", discordgo.WithContext(ctx))
		if err != nil {
			return "", false, fmt.Errorf("discord messages of %s: %w", m.Channel, classifyDiscord(err))
		}
		past := true
		for _, msg := range msgs {
			if msg.Author != nil && msg.Author.ID == me && sameDiscordMessage(msg, want) {
				return msg.ID, true, nil
			}
			if laterID(msg.ID, after) {
				after = msg.ID
			}
			if !msg.Timestamp.After(until) {
				past = false
			}
		}
		if len(msgs) < pageSize || past {
			return "", false, nil
		}
	}
	return "", false, fmt.Errorf("discord messages of %s: more than %d pages around %s, cannot tell", m.Channel, findPages, m.AttemptedAt)
}

// sameDiscordMessage reports whether got, as Discord lists it, is the post
// of want: the content and the rich embeds agree in everything briefbot
// sets (title, description, fields, footer, colour, and the timestamp as
// an instant). The embed's description alone would not do: a briefing's
// continued parts share their title, mention and empty description, and
// differ only in their fields. Discord trims text, writes timestamps its
// own way, and may add link embeds of its own.
func sameDiscordMessage(got *discordgo.Message, want *discordgo.MessageSend) bool {
	if strings.TrimSpace(got.Content) != strings.TrimSpace(want.Content) {
		return false
	}
	var embeds []*discordgo.MessageEmbed
	for _, e := range got.Embeds {
		if e.Type == "" || e.Type == discordgo.EmbedTypeRich {
			embeds = append(embeds, e)
		}
	}
	return slices.EqualFunc(embeds, want.Embeds, sameEmbed)
}

func sameEmbed(a, b *discordgo.MessageEmbed) bool {
	same := func(x, y string) bool { return strings.TrimSpace(x) == strings.TrimSpace(y) }
	footer := func(e *discordgo.MessageEmbed) string {
		if e.Footer == nil {
			return ""
		}
		return e.Footer.Text
	}
	return same(a.Title, b.Title) && same(a.Description, b.Description) && same(footer(a), footer(b)) &&
		a.Color == b.Color && sameInstant(a.Timestamp, b.Timestamp) &&
		slices.EqualFunc(a.Fields, b.Fields, func(x, y *discordgo.MessageEmbedField) bool {
			return same(x.Name, y.Name) && same(x.Value, y.Value)
		})
}

// sameInstant compares two RFC 3339 timestamps as moments ("Z" and
// "+00:00" alike), and as text when either does not parse.
func sameInstant(a, b string) bool {
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ta.Equal(tb)
}

// botUserID is the bot's own user id, asked once.
func (d *Discord) botUserID(ctx context.Context) (string, error) {
	d.meMu.Lock()
	defer d.meMu.Unlock()
	if d.me != "" {
		return d.me, nil
	}
	u, err := d.session.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("discord: who am I: %w", classifyDiscord(err))
	}
	d.me = u.ID
	return d.me, nil
}

// discordEpoch is the first millisecond of 2015, where snowflakes count from.
const discordEpoch = 1420070400000

// snowflake is the smallest Discord id of time t.
func snowflake(t time.Time) string {
	ms := max(0, t.UnixMilli()-discordEpoch)
	return strconv.FormatUint(uint64(ms)<<22, 10)
}

// laterID compares two snowflakes.
func laterID(a, b string) bool {
	x, errA := strconv.ParseUint(a, 10, 64)
	y, errB := strconv.ParseUint(b, 10, 64)
	return errA == nil && errB == nil && x > y
}

// meCache is embedded in Discord for botUserID.
type meCache struct {
	meMu sync.Mutex
	me   string
}
