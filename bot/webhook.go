package bot

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/slack-go/slack"
)

// Webhooks posts briefings through incoming webhooks, Slack's or Discord's,
// for channels that have no bot: a team that only wants briefings needs no
// app. A message is addressed to the name of the environment variable that
// holds the webhook's URL; the URL, which is all it takes to post, stays in
// memory and out of errors and logs.
type Webhooks struct {
	platform string // PlatformSlack or PlatformDiscord: the webhooks' markup
	urls     map[string]string
	client   *http.Client
	retry    retryPolicy
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
	return &Webhooks{platform: platform, urls: urls, client: client, retry: defaultRetry(), now: time.Now}
}

// Post sends a briefing body, rendered for the webhooks' platform, and
// returns the message's id: Discord's, asked for with ?wait=true; Slack's
// incoming webhooks return none, so a unique stand-in. Rate limits are
// waited out and server errors retried with backoff.
func (w *Webhooks) Post(ctx context.Context, channel, body string) (string, error) {
	where := w.platform + " webhook " + channel
	hook, ok := w.urls[channel]
	if !ok {
		return "", fmt.Errorf("%s: no URL for it (is %s set?)", where, channel)
	}
	var send func() (string, error)
	switch w.platform {
	case PlatformSlack:
		blocks, err := slackSections(body)
		if err != nil {
			return "", fmt.Errorf("%s: %w", where, err)
		}
		msg := &slack.WebhookMessage{Text: clip(body, slackSectionLimit), Blocks: &slack.Blocks{BlockSet: blocks}}
		send = func() (string, error) {
			if _, err := w.postJSON(ctx, hook, msg); err != nil {
				return "", err
			}
			return "slack-webhook-" + strconv.FormatInt(w.now().UnixNano(), 10), nil
		}
	default:
		msg, err := discordBriefing(body)
		if err != nil {
			return "", fmt.Errorf("%s: %w", where, err)
		}
		params := &discordgo.WebhookParams{Content: msg.Content, Embeds: msg.Embeds, AllowedMentions: msg.AllowedMentions}
		waiting, err := withQuery(hook, "wait", "true")
		if err != nil {
			return "", fmt.Errorf("%s: %w", where, err)
		}
		send = func() (string, error) {
			answer, err := w.postJSON(ctx, waiting, params)
			if err != nil {
				return "", err
			}
			var m struct{ ID string }
			if err := json.Unmarshal(answer, &m); err != nil || m.ID == "" {
				return "", fmt.Errorf("posted, but the answer holds no message id: %q", clip(string(answer), 200))
			}
			return m.ID, nil
		}
	}
	var id string
	err := w.retry.do(ctx, func() error {
		var err error
		id, err = send()
		return err
	}, webhookRetryable)
	if err != nil {
		return "", fmt.Errorf("%s: %w", where, err)
	}
	return id, nil
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

// webhookError is a webhook's refusal: its status, what it said, and how
// long it asked to wait.
type webhookError struct {
	status     int
	retryAfter time.Duration
	body       string
}

func (e *webhookError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.status, strings.TrimSpace(e.body))
}

// postJSON posts payload to hook and returns the answer of a 2xx. Errors
// never carry the URL, which is a credential.
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
		return nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return nil, &webhookError{status: resp.StatusCode, retryAfter: retryAfter(resp.Header, answer), body: clip(string(answer), 200)}
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

func webhookRetryable(err error, _ int, backoff time.Duration) (time.Duration, bool) {
	var we *webhookError
	switch {
	case !errors.As(err, &we):
		return 0, false
	case we.status == http.StatusTooManyRequests:
		return cmp.Or(we.retryAfter, backoff), true
	case we.status >= 500:
		return backoff, true
	}
	return 0, false
}
