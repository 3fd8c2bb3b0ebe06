package bot

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/storage"
)

// Webhooks posts briefings through incoming webhooks, Slack's or Discord's,
// for channels that have no bot: a team that only wants briefings needs no
// app. A message is addressed to the name of the environment variable that
// holds the webhook's URL; the URL, which is all it takes to post, stays in
// memory and out of errors and logs.
//
// Webhooks are a scheduler.Poster but not a Resolver: a webhook cannot list
// what it posted, so a message left in flight by a crash, or whose post got
// no answer, is reported as uncertain instead of being posted again (see
// scheduler.Resolver). An HTTP error answer means nothing was posted: the
// outbox posts again later.
type Webhooks struct {
	platform string // PlatformSlack or PlatformDiscord: the webhooks' markup
	urls     map[string]string
	client   *http.Client
	now      func() time.Time
}

// NewSlackWebhooks posts to Slack incoming webhooks, with urls by variable
// name; client nil means one with a 30-second timeout.
func NewSlackWebhooks(urls map[string]string, client *http.Client) *Webhooks {
	return newWebhooks(PlatformSlack, urls, client)
}

// NewDiscordWebhooks posts to Discord channel webhooks, with urls by
// variable name; client nil means one with a 30-second timeout.
func NewDiscordWebhooks(urls map[string]string, client *http.Client) *Webhooks {
	return newWebhooks(PlatformDiscord, urls, client)
}

func newWebhooks(platform string, urls map[string]string, client *http.Client) *Webhooks {
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	return &Webhooks{platform: platform, urls: urls, client: client, now: time.Now}
}

// Post makes one attempt at sending m's body, rendered for the webhooks'
// platform, to the webhook m.Channel names, and returns the message's id:
// Discord's, asked for with ?wait=true; Slack's incoming webhooks return
// none, so a unique stand-in.
func (w *Webhooks) Post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	where := w.platform + " webhook " + m.Channel
	hook, ok := w.urls[m.Channel]
	if !ok {
		return "", &postError{err: fmt.Errorf("%s: no URL for it (is %s set?)", where, m.Channel), refused: true}
	}
	var (
		payload any
		err     error
	)
	switch w.platform {
	case PlatformSlack:
		var (
			text   string
			blocks []slack.Block
		)
		text, blocks, err = slackPayload(m.Body)
		payload = &slack.WebhookMessage{Text: text, Blocks: &slack.Blocks{BlockSet: blocks}}
	default:
		var msg *discordgo.MessageSend
		if msg, err = discordBriefing(m.Body); err == nil {
			payload = &discordgo.WebhookParams{Content: msg.Content, Embeds: msg.Embeds, AllowedMentions: msg.AllowedMentions}
			hook, err = withQuery(hook, "wait", "true")
		}
	}
	if err != nil {
		return "", &postError{err: fmt.Errorf("%s: %w", where, err), refused: true}
	}
	answer, err := w.postJSON(ctx, hook, payload)
	if err != nil {
		return "", fmt.Errorf("%s: %w", where, err)
	}
	var posted struct{ ID string }
	if w.platform == PlatformDiscord && json.Unmarshal(answer, &posted) == nil && posted.ID != "" {
		return posted.ID, nil
	}
	return w.platform + "-webhook-" + strconv.FormatInt(w.now().UnixNano(), 10), nil
}

// withQuery returns rawURL with key set to value in its query.
func withQuery(rawURL, key, value string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", errors.New("the webhook URL does not parse") // the error would quote it
	}
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// webhookError is a webhook's refusal: its status and what it said.
type webhookError struct {
	status int
	body   string
}

func (e *webhookError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.status, strings.TrimSpace(e.body))
}

// postJSON posts payload to hook and returns the answer of a 2xx. Errors
// never carry the URL, which is a credential, and are classified for the
// outbox: an HTTP error answer posted nothing (a 429 says how long to
// wait), and neither did a connection that was never made; any other
// failure leaves the outcome unknown.
func (w *Webhooks) postJSON(ctx context.Context, hook string, payload any) ([]byte, error) {
	data, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook, bytes.NewReader(data))
	if err != nil {
		return nil, errors.New("the webhook URL does not parse")
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.client.Do(req)
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if err != nil {
		var op *net.OpError
		return nil, &postError{err: err, refused: errors.As(err, &op) && op.Op == "dial"}
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		we := &webhookError{status: resp.StatusCode, body: clip(string(answer), 200)}
		if resp.StatusCode == http.StatusTooManyRequests {
			return nil, &postError{err: we, retryAfter: cmp.Or(retryAfter(resp.Header, answer), defaultRetryAfter)}
		}
		return nil, &postError{err: we, refused: true}
	}
	return answer, nil
}

// retryAfter reads how long a 429 asks to wait: Discord's retry_after
// (seconds, fractional) or the Retry-After header (whole seconds).
func retryAfter(h http.Header, body []byte) time.Duration {
	var limited struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if json.Unmarshal(body, &limited) == nil && limited.RetryAfter > 0 {
		return time.Duration(limited.RetryAfter * float64(time.Second))
	}
	if secs, err := strconv.Atoi(h.Get("Retry-After")); err == nil && secs > 0 {
		return time.Duration(secs) * time.Second
	}
	return 0
}
