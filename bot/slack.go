package bot

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefbot/briefbot/briefing"
)

// Slack limits and budgets.
const (
	slackSectionLimit = briefing.SlackSectionLimit // characters of text in one section block
	slackMaxBlocks    = briefing.SlackMaxBlocks
	slackBodyLimit    = 16 << 10 // a slash command payload is a few hundred bytes
	ackBudget         = 2 * time.Second
	followUpTimeout   = 2 * time.Minute
)

// SlackOptions configures the Slack front door.
type SlackOptions struct {
	BotToken      string // SLACK_BOT_TOKEN, for chat.postMessage
	AppToken      string // SLACK_APP_TOKEN, for Socket Mode; empty disables it
	SigningSecret string // SLACK_SIGNING_SECRET, for POST /slack/commands
	APIURL        string // Slack's Web API base URL; empty means the real one (tests point it at slacktest)
	HTTPClient    *http.Client
	Logger        *slog.Logger
	// Replays remembers accepted requests; nil keeps them in memory only.
	Replays ReplayStore
}

// Slack answers slash commands (Socket Mode and HTTP) and posts briefings.
type Slack struct {
	router  *Router
	api     *slack.Client
	secret  string
	client  *http.Client
	log     *slog.Logger
	retry   retryPolicy
	replays replayGuard
	budget  time.Duration

	socket *socketmode.Client
	ack    func(req socketmode.Request, payload ...any) error
	stop   context.CancelFunc
	wg     sync.WaitGroup

	// mu guards what Check and ResolveChannels learn for later messages.
	mu      sync.Mutex
	botName string            // the bot user's name, for "/invite @name"
	names   map[string]string // channel id -> "#name", for logs
}

// NewSlack builds the Slack front door over router.
func NewSlack(router *Router, o SlackOptions) *Slack {
	client := o.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	debug := log.Enabled(context.Background(), slog.LevelDebug)
	opts := []slack.Option{slack.OptionHTTPClient(client), slack.OptionLog(slackLog{log}), slack.OptionDebug(debug)}
	if o.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(o.APIURL))
	}
	if o.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(o.AppToken))
	}
	s := &Slack{
		router:  router,
		api:     slack.New(o.BotToken, opts...),
		secret:  o.SigningSecret,
		client:  client,
		log:     log,
		retry:   defaultRetry(),
		replays: newReplayGuard(o.Replays),
		budget:  ackBudget,
		names:   map[string]string{},
	}
	if o.AppToken != "" {
		s.socket = socketmode.New(s.api, socketmode.OptionLog(slackLog{log}), socketmode.OptionDebug(debug))
		s.ack = s.socket.Ack
	}
	return s
}

// ErrTokenRefused marks a token the platform refused: a configuration
// error, unlike the platform being unreachable.
var ErrTokenRefused = errors.New("token refused")

// Check asks Slack who the bot token belongs to (auth.test), so a bad token
// is found at start-up rather than at the first briefing. An error wrapping
// ErrTokenRefused is Slack refusing it; any other is Slack being
// unreachable.
func (s *Slack) Check(ctx context.Context) (user, team string, err error) {
	resp, err := s.api.AuthTestContext(ctx)
	var refused slack.SlackErrorResponse
	if errors.As(err, &refused) {
		return "", "", fmt.Errorf("slack auth.test: %w (%s)", ErrTokenRefused, refused.Err)
	}
	if err != nil {
		return "", "", fmt.Errorf("slack auth.test: %w", err)
	}
	s.mu.Lock()
	s.botName = resp.User
	s.mu.Unlock()
	return resp.User, resp.Team, nil
}

// ResolveChannels looks up "#name" channels among those the app can see
// and returns their ids by name as given; names it cannot find are left
// out. Commands arrive with channel ids, so a channel configured by name
// must be known by its id.
func (s *Slack) ResolveChannels(ctx context.Context, names []string) (map[string]string, error) {
	want := map[string]string{} // lower-case name -> as given
	for _, n := range names {
		want[strings.ToLower(strings.TrimPrefix(n, "#"))] = n
	}
	ids := map[string]string{}
	params := &slack.GetConversationsParameters{Types: []string{"public_channel", "private_channel"}, ExcludeArchived: true, Limit: 1000}
	for len(ids) < len(want) {
		var page []slack.Channel
		var next string
		err := s.retry.do(ctx, func() error {
			var err error
			page, next, err = s.api.GetConversationsContext(ctx, params)
			return err
		}, slackRetryable)
		var se slack.SlackErrorResponse
		if errors.As(err, &se) && se.Err == "missing_scope" {
			return nil, fmt.Errorf("slack conversations.list: %w: the app needs the channels:read and groups:read scopes to look channels up by name; "+
				"add them and reinstall it, or write the channel ids in the config", err)
		}
		if err != nil {
			return nil, fmt.Errorf("slack conversations.list: %w", err)
		}
		s.mu.Lock()
		for _, c := range page {
			if given, ok := want[strings.ToLower(c.Name)]; ok {
				ids[given] = c.ID
				s.names[c.ID] = "#" + c.Name
			}
		}
		s.mu.Unlock()
		if next == "" {
			break
		}
		params.Cursor = next
	}
	return ids, nil
}

// channelLabel names a channel in errors: its id, and its name when known.
func (s *Slack) channelLabel(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if name := s.names[id]; name != "" {
		return id + " (" + name + ")"
	}
	return id
}

// postHint says how to fix the errors a new installation meets first.
func (s *Slack) postHint(err error) string {
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return ""
	}
	s.mu.Lock()
	name := cmp.Or(s.botName, "briefbot")
	s.mu.Unlock()
	switch se.Err {
	case "not_in_channel":
		return fmt.Sprintf(": the app is not a member of this channel; type \"/invite @%s\" in it", name)
	case "channel_not_found":
		return fmt.Sprintf(": the app sees no such channel; check the id, and if the channel is private type \"/invite @%s\" in it", name)
	}
	return ""
}

// Start connects Socket Mode, when an app token was given, and answers slash
// commands arriving there until ctx ends or Close is called.
func (s *Slack) Start(ctx context.Context) error {
	if s.socket == nil {
		return nil
	}
	ctx, s.stop = context.WithCancel(ctx)
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		if err := s.socket.RunContext(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("slack socket mode stopped", "err", err)
		}
	}()
	go func() {
		defer s.wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case evt := <-s.socket.Events:
				// Each command is acked within its own budget, not after
				// the ones before it.
				s.wg.Add(1)
				go func() {
					defer s.wg.Done()
					s.onSocketEvent(ctx, evt)
				}()
			}
		}
	}()
	return nil
}

// Close stops Socket Mode and waits for it.
func (s *Slack) Close() error {
	if s.stop != nil {
		s.stop()
	}
	s.wg.Wait()
	return nil
}

func (s *Slack) onSocketEvent(ctx context.Context, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		s.answer(ctx, cmd, func(msg *slack.WebhookMessage) {
			if err := s.ack(*evt.Request, msg); err != nil {
				s.log.Error("slack socket mode ack", "err", err)
			}
		})
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth:
		s.log.Warn("slack socket mode", "event", evt.Type, "data", evt.Data)
	}
}

// ServeHTTP answers POST /slack/commands: a slash command signed with the
// app's signing secret. Unsigned, stale, replayed or oversized requests are
// refused before anything runs.
func (s *Slack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, ok := readPost(w, r, slackBodyLimit)
	if !ok {
		return
	}
	// NewSecretsVerifier also refuses timestamps more than five minutes off.
	v, err := slack.NewSecretsVerifier(r.Header, s.secret)
	if err == nil {
		_, _ = v.Write(body)
		err = v.Ensure()
	}
	if err != nil {
		s.log.Warn("slack command refused", "err", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	first, err := s.replays.first(r.Context(), PlatformSlack, r.Header.Get("X-Slack-Request-Timestamp"), body, time.Now())
	if err != nil {
		s.log.Error("slack command replay check", "err", err)
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	if !first {
		s.log.Warn("slack command replay refused", "remote", r.RemoteAddr)
		http.Error(w, "replayed request", http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	s.answer(r.Context(), cmd, func(msg *slack.WebhookMessage) {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(msg); err != nil {
			s.log.Error("slack command response", "err", err)
		}
	})
}

// answer runs a slash command and calls reply within the ack budget, with
// the answer or, when the command is slow, a short acknowledgement followed
// by the answer through the command's response_url.
func (s *Slack) answer(ctx context.Context, cmd slack.SlashCommand, reply func(*slack.WebhookMessage)) {
	req := Request{Platform: PlatformSlack, Channel: cmd.ChannelID, User: cmd.UserID,
		Command: cmd.Command, Args: strings.Fields(clip(cmd.Text, maxArgs*maxArgLen+maxURLLen))}
	// The command outlives the request that carried it when it is slow.
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), followUpTimeout)
	resp, fast, later := s.router.answerSoon(work, req, s.budget)
	if fast {
		cancel()
		reply(slackMessage(resp))
		return
	}
	reply(&slack.WebhookMessage{Text: "Working on it…", ResponseType: slack.ResponseTypeEphemeral})
	go func() {
		defer cancel()
		msg := slackMessage(<-later)
		if err := slack.PostWebhookCustomHTTPContext(work, cmd.ResponseURL, s.client, msg); err != nil {
			s.log.Error("slack follow-up", "command", cmd.Command, "err", err)
		}
	}()
}

// slackMessage renders a response as a slash command reply.
func slackMessage(r Response) *slack.WebhookMessage {
	blocks := slackBlocks(r)
	kind := slack.ResponseTypeInChannel
	if r.Private {
		kind = slack.ResponseTypeEphemeral
	}
	return &slack.WebhookMessage{Text: clip(fallbackText(r), slackSectionLimit), Blocks: &slack.Blocks{BlockSet: blocks}, ResponseType: kind}
}

func fallbackText(r Response) string {
	if r.Error != "" {
		return r.Error
	}
	return r.Title
}

// slackBlocks renders a response as Block Kit blocks.
func slackBlocks(r Response) []slack.Block {
	var blocks []slack.Block
	section := func(text string) {
		for _, chunk := range splitLines(text, slackSectionLimit) {
			blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, chunk, false, false), nil, nil))
		}
	}
	switch {
	case r.Error != "":
		section(":warning: " + slackEscape(r.Error))
		if len(r.Suggestions) > 0 {
			blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType,
				clip("Did you mean: "+slackEscape(strings.Join(r.Suggestions, "; ")), slackSectionLimit), false, false)))
		}
	case r.Briefing != nil:
		for _, m := range briefing.Render(r.Briefing, briefing.Slack) {
			bs, err := slackBlocksOf(m)
			if err != nil {
				section(slackEscape(m.Text))
				continue
			}
			blocks = append(blocks, bs...)
		}
	default:
		if r.Title != "" {
			blocks = append(blocks, slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, clip(r.Title, 150), false, false)))
		}
		var fields []*slack.TextBlockObject
		for _, f := range r.Fields[:min(len(r.Fields), 10)] {
			fields = append(fields, slack.NewTextBlockObject(slack.MarkdownType,
				clip("*"+slackEscape(f.Name)+"*\n"+slackEscape(f.Value), 2000), false, false))
		}
		if len(fields) > 0 {
			blocks = append(blocks, slack.NewSectionBlock(nil, fields, nil))
		}
		for _, s := range r.Sections {
			var b strings.Builder
			if s.Heading != "" {
				b.WriteString("*" + slackEscape(s.Heading) + "*\n")
			}
			for _, l := range s.Lines {
				b.WriteString(slackLine(l) + "\n")
			}
			section(b.String())
		}
	}
	return blocks[:min(len(blocks), slackMaxBlocks)]
}

func slackLine(l Line) string {
	if l.URL == "" || strings.ContainsAny(l.URL, "|<> ") {
		return slackEscape(l.Text)
	}
	return slackEscape(l.Text) + " <" + l.URL + "|link>"
}

// slackEscape escapes the three characters mrkdwn reserves, so user text
// and headlines cannot forge links or mentions.
var slackEscape = briefing.EscapeSlack

// slackPayload is a stored message body as Slack takes it: a
// briefing.Message's blocks, with its text as the notification's fallback,
// or, for a body stored as mrkdwn text (before messages were structured,
// and the scheduler's own lines), section blocks of it within Slack's
// limits.
func slackPayload(body string) (text string, blocks []slack.Block, err error) {
	m := briefing.DecodeMessage(body)
	if len(m.Blocks) > 0 {
		blocks, err = slackBlocksOf(m)
	} else {
		for _, chunk := range splitLines(m.Text, slackSectionLimit) {
			blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, chunk, false, false), nil, nil))
		}
	}
	if err == nil && len(blocks) > slackMaxBlocks {
		err = fmt.Errorf("body needs %d blocks, more than %d", len(blocks), slackMaxBlocks)
	}
	return clip(m.Text, slackSectionLimit), blocks, err
}

// slackBlocksOf converts a rendered message's Block Kit blocks, which are
// the API's JSON, to the client's types.
func slackBlocksOf(m briefing.Message) ([]slack.Block, error) {
	data, err := json.Marshal(m.Blocks)
	if err != nil {
		return nil, err
	}
	var bs slack.Blocks
	if err := json.Unmarshal(data, &bs); err != nil {
		return nil, fmt.Errorf("decode blocks: %w", err)
	}
	return bs.BlockSet, nil
}

func slackRetryable(err error, _ int, backoff time.Duration) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return rl.RetryAfter, true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code >= 500 {
		return backoff, true
	}
	return 0, false
}
