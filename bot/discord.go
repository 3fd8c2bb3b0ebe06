package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/internal/retry"
)

// Discord limits.
const (
	discordDescriptionLimit = 4096
	discordBodyLimit        = 64 << 10
	discordMaxFields        = 25
)

// DiscordOptions configures the Discord front door. Each credential turns on
// what needs it: with only PublicKey, briefbot answers HTTP interactions and
// neither posts nor holds a gateway session.
type DiscordOptions struct {
	Token      string // DISCORD_BOT_TOKEN, without the "Bot " prefix: the gateway, posting, registering commands
	AppID      string // DISCORD_APP_ID, for registering commands
	PublicKey  string // DISCORD_PUBLIC_KEY (hex), for POST /discord/interactions; empty disables it
	Guild      string // register commands in this guild only; empty registers them globally
	APIURL     string // Discord's REST API origin; empty means the real one (tests point it at a fake)
	HTTPClient *http.Client
	Logger     *slog.Logger
	// Replays remembers accepted interactions; nil keeps them in memory only.
	Replays ReplayStore
}

// Discord answers application commands (gateway and HTTP interactions) and
// posts briefings.
type Discord struct {
	router  *Router
	session *discordgo.Session
	appID   string
	guild   string
	key     ed25519.PublicKey
	log     *slog.Logger
	retry   retryPolicy
	replays replayGuard
	budget  time.Duration
	clock   func() time.Time

	token bool // a bot token was given
	// open connects the gateway; tests replace it.
	open func() error
	// reconnect spaces the attempts to connect at start-up.
	reconnect backoff
	gateway   atomic.Bool // connected, so Close has a session to close
	meCache
}

// NewDiscord builds the Discord front door over router.
func NewDiscord(router *Router, o DiscordOptions) (*Discord, error) {
	// Without a bot token no Authorization header is sent: the interaction
	// webhooks (deferred answers, follow-ups) are authorised by the
	// interaction's own token.
	auth := ""
	if o.Token != "" {
		auth = "Bot " + o.Token
	}
	s, err := discordgo.New(auth)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	if o.HTTPClient != nil {
		s.Client = o.HTTPClient
	}
	if o.APIURL != "" {
		target, err := url.Parse(o.APIURL)
		if err != nil || target.Host == "" {
			return nil, fmt.Errorf("discord api url %q: want scheme://host", o.APIURL)
		}
		c := *s.Client
		c.Transport = rewriteHost{target: target, next: c.Transport}
		s.Client = &c
	}
	// Rate limits are waited out by retryPolicy, which honours the context.
	s.ShouldRetryOnRateLimit = false
	s.Identify.Intents = discordgo.IntentsGuilds
	d := &Discord{router: router, session: s, appID: o.AppID, guild: o.Guild, log: o.Logger,
		retry: defaultRetry(), replays: newReplayGuard(o.Replays), budget: ackBudget, clock: time.Now, token: o.Token != "",
		open: s.Open, reconnect: backoff{first: 5 * time.Second, max: 5 * time.Minute, sleep: retry.Sleep}}
	if d.log == nil {
		d.log = slog.Default()
	}
	// discordgo's own lines go through the package-wide logger that
	// RouteDiscordgoLogs sets; the session only decides which it emits.
	s.LogLevel = discordgo.LogWarning
	if d.log.Enabled(context.Background(), slog.LevelDebug) {
		s.LogLevel = discordgo.LogDebug
	}
	if o.PublicKey != "" {
		key, err := hex.DecodeString(o.PublicKey)
		if err != nil || len(key) != ed25519.PublicKeySize {
			return nil, errors.New("discord public key: want 64 hex digits")
		}
		d.key = key
	}
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		d.onGatewayInteraction(context.Background(), ic.Interaction)
	})
	return d, nil
}

// rewriteHost sends every REST request to another origin. discordgo builds
// its endpoint URLs once, at package load, so the transport is the one place
// to redirect them.
type rewriteHost struct {
	target *url.URL
	next   http.RoundTripper
}

func (rt rewriteHost) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = rt.target.Scheme, rt.target.Host, rt.target.Host
	next := rt.next
	if next == nil {
		next = http.DefaultTransport
	}
	return next.RoundTrip(r)
}

// Start registers the application commands and opens the gateway session,
// when a bot token was given; without an application id the commands are
// left unregistered. Discord being unreachable at start-up is not fatal:
// both are retried with backoff until they succeed or ctx ends. Once
// connected, discordgo itself reconnects a dropped session.
func (d *Discord) Start(ctx context.Context) error {
	if !d.token {
		return nil
	}
	register, connect := d.appID != "", true
	for attempt := 0; ; attempt++ {
		if register {
			if err := d.RegisterCommands(ctx); err != nil {
				d.log.Error("discord: registering commands failed; will retry", "err", err)
			} else {
				register = false
			}
		}
		if connect {
			if err := d.open(); err != nil {
				d.log.Error("discord: cannot connect the gateway; will retry", "err", err)
			} else {
				d.gateway.Store(true)
				d.log.Info("discord: gateway connected")
				connect = false
			}
		}
		if !register && !connect {
			return nil
		}
		if err := d.reconnect.wait(ctx, attempt); err != nil {
			return err
		}
	}
}

// backoff spaces retries: first, then doubling up to max.
type backoff struct {
	first, max time.Duration
	sleep      func(ctx context.Context, d time.Duration) error
}

func (b backoff) wait(ctx context.Context, attempt int) error {
	d := b.max
	if attempt < 30 { // beyond that the shift overflows
		d = min(b.first<<attempt, b.max)
	}
	return b.sleep(ctx, d)
}

// Close closes the gateway session.
func (d *Discord) Close() error {
	if !d.gateway.Load() {
		return nil
	}
	if err := d.session.Close(); err != nil {
		return fmt.Errorf("discord gateway close: %w", err)
	}
	return nil
}

// RegisterCommands replaces the application's commands, in the configured
// guild or globally, with the router's.
func (d *Discord) RegisterCommands(ctx context.Context) error {
	if d.appID == "" {
		// discordgo would PUT applications//commands.
		return errors.New("discord register commands: no application id")
	}
	cmds := discordCommands()
	err := d.retry.do(ctx, func() error {
		_, err := d.session.ApplicationCommandBulkOverwrite(d.appID, d.guild, cmds, discordgo.WithContext(ctx))
		return err
	}, discordRetryable)
	if err != nil {
		return fmt.Errorf("discord register commands (guild %q): %w", d.guild, err)
	}
	return nil
}

// discordOptions names each command's options, in the order the router
// reads its arguments.
var discordOptions = map[string][]*discordgo.ApplicationCommandOption{
	"who": {stringOption("actor", "actor ID, alias or name", true)},
	"brief": {stringOption("scope", "region or actor (default: this channel's subscriptions)", false),
		stringOption("window", "how far back, e.g. 24h, 7d, 2w (at most 90d)", false)},
	"dyad": {stringOption("a", "first actor", true), stringOption("b", "second actor", true),
		{Type: discordgo.ApplicationCommandOptionInteger, Name: "days", Description: "days back, 1-365 (default 30)",
			MinValue: ptr(1.0), MaxValue: maxDays}},
	"subscribe": {stringOption("target", "region or actor, or all", true)},
	"feeds": {{Type: discordgo.ApplicationCommandOptionString, Name: "action", Description: "list the feeds, or add or remove one (admins)",
		Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "list", Value: "list"}, {Name: "add", Value: "add"}, {Name: "remove", Value: "remove"}}},
		{Type: discordgo.ApplicationCommandOptionString, Name: "feed", Description: "add: the feed's URL and a name; remove: its name", MaxLength: maxURLLen}},
	"unsubscribe": {stringOption("target", "region or actor", true)},
}

func stringOption(name, desc string, required bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name,
		Description: desc, Required: required, MaxLength: maxArgLen}
}

func ptr[T any](v T) *T { return &v }

// discordCommands returns the application commands: one per router command
// and /briefbot with each as a subcommand.
func discordCommands() []*discordgo.ApplicationCommand {
	var cmds []*discordgo.ApplicationCommand
	var subs []*discordgo.ApplicationCommandOption
	for _, c := range commands {
		desc := clip(c.summary, 100-len("…"))
		cmds = append(cmds, &discordgo.ApplicationCommand{Name: c.name, Description: desc, Options: discordOptions[c.name]})
		subs = append(subs, &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand,
			Name: c.name, Description: desc, Options: discordOptions[c.name]})
	}
	return append(cmds, &discordgo.ApplicationCommand{Name: "briefbot", Description: "briefbot's commands", Options: subs})
}

// discordRequest turns an application command interaction into a router
// request; option values become words, in the declared order.
func discordRequest(i *discordgo.Interaction) Request {
	data := i.ApplicationCommandData()
	req := Request{Platform: PlatformDiscord, Channel: i.ChannelID, Command: data.Name}
	if i.Member != nil && i.Member.User != nil {
		req.User, req.Roles = i.Member.User.ID, i.Member.Roles
	} else if i.User != nil {
		req.User = i.User.ID
	}
	opts := data.Options
	name := data.Name
	if name == "briefbot" && len(opts) > 0 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		name = opts[0].Name
		req.Args = []string{name}
		opts = opts[0].Options
	}
	for _, decl := range discordOptions[name] {
		for _, o := range opts {
			if o.Name != decl.Name {
				continue
			}
			switch v := o.Value.(type) {
			case string:
				req.Args = append(req.Args, strings.Fields(clip(v, max(decl.MaxLength, maxArgLen)))...)
			case float64:
				req.Args = append(req.Args, strconv.FormatInt(int64(v), 10))
			}
		}
	}
	return req
}

func (d *Discord) onGatewayInteraction(ctx context.Context, i *discordgo.Interaction) {
	if i.Type != discordgo.InteractionApplicationCommand {
		return
	}
	d.answer(ctx, i, func(resp *discordgo.InteractionResponse) error {
		return d.session.InteractionRespond(i, resp, discordgo.WithContext(ctx))
	})
}

// ServeHTTP answers POST /discord/interactions: interactions signed with
// the application's Ed25519 key. Unsigned, stale, replayed or oversized
// requests are refused before anything runs; PING gets PONG.
func (d *Discord) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if d.key == nil {
		http.Error(w, "interactions endpoint not configured", http.StatusNotFound)
		return
	}
	body, ok := readPost(w, r, discordBodyLimit)
	if !ok {
		return
	}
	// VerifyInteraction checks the signature only; the age is ours to check.
	now := d.clock()
	ts, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil || now.Sub(time.Unix(ts, 0)).Abs() > replayWindow {
		http.Error(w, "stale or missing timestamp", http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, d.key) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	first, err := d.replays.first(r.Context(), PlatformDiscord, r.Header.Get("X-Signature-Timestamp"), body, now)
	if err != nil {
		d.log.Error("discord interaction replay check", "err", err)
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	if !first {
		http.Error(w, "replayed request", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "bad interaction", http.StatusBadRequest)
		return
	}
	write := func(resp *discordgo.InteractionResponse) error {
		w.Header().Set("Content-Type", "application/json")
		return json.NewEncoder(w).Encode(resp)
	}
	switch i.Type {
	case discordgo.InteractionPing:
		_ = write(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		d.answer(r.Context(), &i, write)
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

// answer runs the command and responds within the ack budget, or defers the
// response and edits it in when the command is slow.
func (d *Discord) answer(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error) {
	req := discordRequest(i)
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), followUpTimeout)
	resp, fast, later := d.router.answerSoon(work, req, d.budget)
	if fast {
		defer cancel()
		msgs := discordMessages(resp)
		if err := respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: msgs[0].Content, Embeds: msgs[0].Embeds, Flags: msgs[0].Flags,
				AllowedMentions: &discordgo.MessageAllowedMentions{}}}); err != nil {
			d.log.Error("discord interaction response", "command", req.Command, "err", err)
			return
		}
		d.followUps(work, i, msgs[1:])
		return
	}
	if err := respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		cancel()
		d.log.Error("discord deferred response", "command", req.Command, "err", err)
		return
	}
	go func() {
		defer cancel()
		msgs := discordMessages(<-later)
		_, err := d.session.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &msgs[0].Content, Embeds: &msgs[0].Embeds,
			AllowedMentions: &discordgo.MessageAllowedMentions{}}, discordgo.WithContext(work))
		if err != nil {
			d.log.Error("discord deferred edit", "command", req.Command, "err", err)
			return
		}
		d.followUps(work, i, msgs[1:])
	}()
}

// followUps sends the parts of a long answer that did not fit the first message.
func (d *Discord) followUps(ctx context.Context, i *discordgo.Interaction, msgs []discordgo.WebhookParams) {
	for _, m := range msgs {
		if _, err := d.session.FollowupMessageCreate(i, true, &m, discordgo.WithContext(ctx)); err != nil {
			d.log.Error("discord follow-up", "err", err)
			return
		}
	}
}

// discordMessages renders a response as one or more messages (a briefing
// may need several); the first answers the interaction.
func discordMessages(r Response) []discordgo.WebhookParams {
	var flags discordgo.MessageFlags
	if r.Private {
		flags = discordgo.MessageFlagsEphemeral
	}
	mentions := &discordgo.MessageAllowedMentions{}
	switch {
	case r.Error != "":
		desc := "⚠️ " + r.Error
		if len(r.Suggestions) > 0 {
			desc += "\nDid you mean: " + strings.Join(r.Suggestions, "; ")
		}
		return []discordgo.WebhookParams{{Embeds: []*discordgo.MessageEmbed{{Description: clip(desc, discordDescriptionLimit)}},
			Flags: flags, AllowedMentions: mentions}}
	case r.Briefing != nil:
		var msgs []discordgo.WebhookParams
		for _, m := range briefing.Render(r.Briefing, briefing.Discord) {
			embeds, err := discordEmbedsOf(m)
			if err != nil {
				embeds = []*discordgo.MessageEmbed{{Description: clip(m.Text, discordDescriptionLimit)}}
			}
			msgs = append(msgs, discordgo.WebhookParams{Embeds: embeds, Flags: flags, AllowedMentions: mentions})
		}
		if len(msgs) == 0 {
			msgs = append(msgs, discordgo.WebhookParams{Content: "Nothing to report.", Flags: flags})
		}
		return msgs
	}
	e := &discordgo.MessageEmbed{Title: clip(r.Title, 256)}
	for _, f := range r.Fields[:min(len(r.Fields), discordMaxFields)] {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: clip(f.Name, 256), Value: clip(f.Value, 1024), Inline: true})
	}
	var b strings.Builder
	for _, s := range r.Sections {
		if s.Heading != "" {
			b.WriteString("**" + discordEscape(s.Heading) + "**\n")
		}
		for _, l := range s.Lines {
			b.WriteString(discordLine(l) + "\n")
		}
		b.WriteString("\n")
	}
	e.Description = clip(strings.TrimSpace(b.String()), discordDescriptionLimit)
	return []discordgo.WebhookParams{{Embeds: []*discordgo.MessageEmbed{e}, Flags: flags, AllowedMentions: mentions}}
}

func discordLine(l Line) string {
	if l.URL == "" || strings.ContainsAny(l.URL, "() ") {
		return discordEscape(l.Text)
	}
	return discordEscape(l.Text) + " [link](" + l.URL + ")"
}

// discordEscape keeps user text and headlines from turning into markdown
// or mentions.
var discordEscape = briefing.EscapeDiscord

// discordEmbedsOf converts a rendered message's embeds, which are the API's
// JSON, to the client's types.
func discordEmbedsOf(m briefing.Message) ([]*discordgo.MessageEmbed, error) {
	data, err := json.Marshal(m.Embeds)
	if err != nil {
		return nil, err
	}
	var embeds []*discordgo.MessageEmbed
	if err := json.Unmarshal(data, &embeds); err != nil {
		return nil, fmt.Errorf("decode embeds: %w", err)
	}
	return embeds, nil
}

// leadingMentions splits off a first line made only of mentions.
func leadingMentions(body string) (mention, rest string) {
	first, after, found := strings.Cut(body, "\n")
	for _, w := range strings.Fields(first) {
		if !strings.HasPrefix(w, "<@") || !strings.HasSuffix(w, ">") {
			return "", body
		}
	}
	if !found || strings.TrimSpace(first) == "" {
		return "", body
	}
	return first, after
}

func discordRetryable(err error, _ int, backoff time.Duration) (time.Duration, bool) {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return rl.RetryAfter, true
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode >= 500 {
		return backoff, true
	}
	return 0, false
}
