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
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// fakeDiscord poses as Discord's REST API: it answers the scripted statuses
// in turn (then success) and records each request.
type fakeDiscord struct {
	mu     sync.Mutex
	script []int
	reqs   []recorded
}

type recorded struct {
	method, path string
	body         []byte
	auth         string // the Authorization header
}

func (f *fakeDiscord) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.reqs = append(f.reqs, recorded{r.Method, r.URL.Path, body, r.Header.Get("Authorization")})
	status := http.StatusOK
	if len(f.script) > 0 {
		status, f.script = f.script[0], f.script[1:]
	}
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch {
	case status == http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "3")
		w.WriteHeader(status)
		fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":2.5,"global":false}`)
	case status != http.StatusOK:
		w.WriteHeader(status)
		fmt.Fprint(w, `{"message":"oops","code":0}`)
	case strings.HasSuffix(r.URL.Path, "/commands"):
		w.Write(body)
	case strings.HasSuffix(r.URL.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	default:
		fmt.Fprint(w, `{"id":"m42","channel_id":"D1"}`)
	}
}

func (f *fakeDiscord) requests() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.reqs...)
}

func newTestDiscord(t *testing.T, r *Router, api *fakeDiscord, publicKey string) (*Discord, *[]time.Duration) {
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	d, err := NewDiscord(r, DiscordOptions{Token: "tok", AppID: "APP", PublicKey: publicKey,
		APIURL: srv.URL, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return d, recordWaits(&d.retry)
}

func TestDiscordRegisterCommands(t *testing.T) {
	for _, guild := range []string{"", "G1"} {
		// discordgo retries a 502 itself; a 500 is ours to retry.
		api := &fakeDiscord{script: []int{502, 500}}
		d, _ := newTestDiscord(t, nil, api, "")
		d.guild = guild
		if err := d.RegisterCommands(context.Background()); err != nil {
			t.Fatal(err)
		}
		reqs := api.requests()
		want := "/api/v" + discordgo.APIVersion + "/applications/APP/commands"
		if guild != "" {
			want = "/api/v" + discordgo.APIVersion + "/applications/APP/guilds/G1/commands"
		}
		last := reqs[len(reqs)-1]
		if len(reqs) != 3 || last.method != http.MethodPut || last.path != want {
			t.Fatalf("guild %q: %d requests, last %s %s", guild, len(reqs), last.method, last.path)
		}
		var cmds []discordgo.ApplicationCommand
		if err := json.Unmarshal(last.body, &cmds); err != nil {
			t.Fatal(err)
		}
		opts := map[string]string{}
		for _, c := range cmds {
			var names []string
			for _, o := range c.Options {
				names = append(names, o.Name)
			}
			opts[c.Name] = strings.Join(names, ",")
		}
		for name, want := range map[string]string{"who": "actor", "dyad": "a,b,days", "brief": "scope,window",
			"subscribe": "target", "unsubscribe": "target", "feeds": "action,feed", "help": "",
			"briefbot": "who,brief,dyad,subscribe,unsubscribe,subscriptions,feeds,help"} {
			if got, ok := opts[name]; !ok || got != want {
				t.Errorf("command %s options %q, want %q", name, got, want)
			}
		}
	}
}

func commandInteraction(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) map[string]any {
	return map[string]any{
		"id": "I1", "application_id": "APP", "type": discordgo.InteractionApplicationCommand, "channel_id": "D1", "token": "TOKEN",
		"member": map[string]any{"user": map[string]any{"id": "u1"}, "roles": []string{"ROLE-MOD"}},
		"data":   map[string]any{"id": "C", "name": name, "type": 1, "options": opts},
	}
}

func opt(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	typ := discordgo.ApplicationCommandOptionString
	if _, ok := value.(float64); ok {
		typ = discordgo.ApplicationCommandOptionInteger
	}
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: typ, Value: value}
}

func TestDiscordRequestFromOptions(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]any
		want Request
	}{
		{name: "who", in: commandInteraction("who", opt("actor", "Saudi Arabia")),
			want: Request{Command: "who", Args: []string{"Saudi", "Arabia"}}},
		{name: "dyad options in declared order", in: commandInteraction("dyad", opt("days", 90.0), opt("b", "Iran"), opt("a", "SAU")),
			want: Request{Command: "dyad", Args: []string{"SAU", "Iran", "90"}}},
		{name: "briefbot subcommand", in: commandInteraction("briefbot", &discordgo.ApplicationCommandInteractionDataOption{
			Name: "brief", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("window", "7d"), opt("scope", "south-asia")}}),
			want: Request{Command: "briefbot", Args: []string{"brief", "south-asia", "7d"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, _ := json.Marshal(tt.in)
			var i discordgo.Interaction
			if err := json.Unmarshal(raw, &i); err != nil {
				t.Fatal(err)
			}
			got := discordRequest(&i)
			tt.want.Platform, tt.want.Channel, tt.want.User, tt.want.Roles = PlatformDiscord, "D1", "u1", []string{"ROLE-MOD"}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func signDiscord(key ed25519.PrivateKey, ts time.Time, body []byte) *http.Request {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	return req
}

func TestDiscordInteractionsEndpoint(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, otherKey, _ := ed25519.GenerateKey(nil)
	ping := []byte(`{"id":"P","application_id":"APP","type":1,"token":"T"}`)
	who, _ := json.Marshal(commandInteraction("who", opt("actor", "tehran")))
	tests := []struct {
		name    string
		reqs    func() []*http.Request
		want    []int
		answers bool
		body    string // in the last response
	}{
		{name: "ping", reqs: func() []*http.Request { return []*http.Request{signDiscord(priv, testNow, ping)} }, want: []int{200}, body: `{"type":1}`},
		{name: "signed command", reqs: func() []*http.Request { return []*http.Request{signDiscord(priv, testNow, who)} },
			want: []int{200}, answers: true, body: `"title":"Iran (IRN)"`},
		{name: "bad signature", reqs: func() []*http.Request { return []*http.Request{signDiscord(otherKey, testNow, who)} }, want: []int{401}},
		{name: "tampered body", reqs: func() []*http.Request {
			r := signDiscord(priv, testNow, who)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(who, []byte("tehran"), []byte("israel"), 1)))
			return []*http.Request{r}
		}, want: []int{401}},
		{name: "stale timestamp, validly signed", reqs: func() []*http.Request {
			return []*http.Request{signDiscord(priv, testNow.Add(-5*time.Minute-time.Second), who)}
		}, want: []int{401}},
		{name: "future timestamp", reqs: func() []*http.Request {
			return []*http.Request{signDiscord(priv, testNow.Add(6*time.Minute), who)}
		}, want: []int{401}},
		{name: "replay", reqs: func() []*http.Request {
			return []*http.Request{signDiscord(priv, testNow, who), signDiscord(priv, testNow, who)}
		}, want: []int{200, 401}},
		{name: "replay with the signature's hex in upper case", reqs: func() []*http.Request {
			b := signDiscord(priv, testNow, who)
			b.Header.Set("X-Signature-Ed25519", strings.ToUpper(b.Header.Get("X-Signature-Ed25519")))
			return []*http.Request{signDiscord(priv, testNow, who), b}
		}, want: []int{200, 401}},
		{name: "oversized", reqs: func() []*http.Request {
			big := append(who[:len(who)-1:len(who)-1], []byte(`,"pad":"`+strings.Repeat("x", discordBodyLimit)+`"}`)...)
			return []*http.Request{signDiscord(priv, testNow, big)}
		}, want: []int{400}},
		{name: "not JSON", reqs: func() []*http.Request { return []*http.Request{signDiscord(priv, testNow, []byte("{"))} }, want: []int{400}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{devs: testDevelopments()}
			r, _ := newTestRouter(st)
			d, _ := newTestDiscord(t, r, &fakeDiscord{}, hex.EncodeToString(pub))
			d.clock = func() time.Time { return testNow }
			last := serveAll(t, Handler(nil, d), st, tt.reqs(), tt.want)
			if got := st.called("DevelopmentsByActor"); got != tt.answers {
				t.Errorf("router reached = %v, want %v", got, tt.answers)
			}
			if !strings.Contains(last.Body.String(), tt.body) {
				t.Errorf("response %s lacks %s", last.Body, tt.body)
			}
		})
	}
}

func TestDiscordSlowInteractionIsDeferred(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	r, _ := newTestRouter(&fakeStore{devs: testDevelopments(), delay: 50 * time.Millisecond})
	api := &fakeDiscord{}
	d, _ := newTestDiscord(t, r, api, hex.EncodeToString(pub))
	d.clock = func() time.Time { return testNow }
	d.budget = time.Millisecond
	body, _ := json.Marshal(commandInteraction("dyad", opt("a", "IRN"), opt("b", "ISR")))
	rec := httptest.NewRecorder()
	d.ServeHTTP(rec, signDiscord(priv, testNow, body))
	if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"type":5}` {
		t.Fatalf("deferral %d %s", rec.Code, rec.Body)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(api.requests()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	reqs := api.requests()
	if len(reqs) != 1 || reqs[0].method != http.MethodPatch || reqs[0].path != "/api/v"+discordgo.APIVersion+"/webhooks/APP/TOKEN/messages/@original" ||
		!bytes.Contains(reqs[0].body, []byte("Iran (IRN) ↔ Israel (ISR)")) {
		t.Fatalf("edit requests %+v", reqs)
	}
}

func TestDiscordGatewayInteraction(t *testing.T) {
	r, _ := newTestRouter(&fakeStore{})
	api := &fakeDiscord{}
	d, _ := newTestDiscord(t, r, api, "")
	raw, _ := json.Marshal(commandInteraction("briefbot", &discordgo.ApplicationCommandInteractionDataOption{
		Name: "subscribe", Type: discordgo.ApplicationCommandOptionSubCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("target", "south-asia")}}))
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatal(err)
	}
	d.onGatewayInteraction(context.Background(), &i)
	reqs := api.requests()
	if len(reqs) != 1 || reqs[0].path != "/api/v"+discordgo.APIVersion+"/interactions/I1/TOKEN/callback" {
		t.Fatalf("requests %+v", reqs)
	}
	var resp discordgo.InteractionResponse
	if err := json.Unmarshal(reqs[0].body, &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !strings.Contains(resp.Data.Embeds[0].Description, "from now on it gets only events about region south-asia") ||
		resp.Data.AllowedMentions == nil || len(resp.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("response %s", reqs[0].body)
	}
}

// TestDiscordStart checks what Start does with each set of credentials:
// commands are registered only with an application id, and a gateway that
// cannot connect at boot is retried with backoff until it can.
func TestDiscordStart(t *testing.T) {
	tests := []struct {
		name          string
		token, appID  string
		script        []int // the REST API's answers to registration
		openFailures  int
		wantOpens     int
		wantRegisters int // PUT requests
		wantWaits     []time.Duration
	}{
		{name: "connects at once", token: "tok", appID: "APP", wantOpens: 1, wantRegisters: 1},
		{name: "gateway down at boot", token: "tok", appID: "APP", openFailures: 3, wantOpens: 4, wantRegisters: 1,
			wantWaits: []time.Duration{5 * time.Second, 10 * time.Second, 20 * time.Second}},
		{name: "registration refused, then accepted", token: "tok", appID: "APP", script: []int{403}, wantOpens: 1, wantRegisters: 2,
			wantWaits: []time.Duration{5 * time.Second}},
		{name: "no application id: nothing registered", token: "tok", wantOpens: 1},
		{name: "no token: HTTP interactions only", appID: "APP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeDiscord{script: tt.script}
			srv := httptest.NewServer(api)
			defer srv.Close()
			d, err := NewDiscord(nil, DiscordOptions{Token: tt.token, AppID: tt.appID, APIURL: srv.URL, Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				t.Fatal(err)
			}
			opens := 0
			d.open = func() error {
				if opens++; opens <= tt.openFailures {
					return errors.New("dial tcp: connection refused")
				}
				return nil
			}
			var waits []time.Duration
			d.reconnect.sleep = func(_ context.Context, w time.Duration) error { waits = append(waits, w); return nil }
			if err := d.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			puts := 0
			for _, r := range api.requests() {
				if r.method == http.MethodPut {
					puts++
				}
			}
			if opens != tt.wantOpens || puts != tt.wantRegisters || fmt.Sprint(waits) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("%d opens, %d registrations, waits %v; want %d, %d, %v", opens, puts, waits, tt.wantOpens, tt.wantRegisters, tt.wantWaits)
			}
			if d.gateway.Load() != (tt.wantOpens > 0) {
				t.Errorf("gateway connected = %v", d.gateway.Load())
			}
		})
	}
}

func TestDiscordStartStopsWhenCancelled(t *testing.T) {
	d, _ := newTestDiscord(t, nil, &fakeDiscord{}, "")
	d.open = func() error { return errors.New("down") }
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Start(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Start() = %v, want context.Canceled", err)
	}
}

func TestDiscordRegisterCommandsNeedsAnAppID(t *testing.T) {
	api := &fakeDiscord{}
	d, _ := newTestDiscord(t, nil, api, "")
	d.appID = ""
	if err := d.RegisterCommands(context.Background()); err == nil || !strings.Contains(err.Error(), "no application id") {
		t.Errorf("RegisterCommands() = %v, want an error naming the missing application id", err)
	}
	if len(api.requests()) > 0 {
		t.Errorf("requests sent: %+v", api.requests())
	}
}

// TestDiscordHTTPOnly runs the interactions endpoint with a public key and
// no bot token: Discord's portal checks the endpoint with a signed PING,
// and a slow answer is edited in through the interaction's webhook, which
// needs no bot token either.
func TestDiscordHTTPOnly(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	api := &fakeDiscord{}
	srv := httptest.NewServer(api)
	defer srv.Close()
	r, _ := newTestRouter(&fakeStore{devs: testDevelopments(), delay: 20 * time.Millisecond})
	d, err := NewDiscord(r, DiscordOptions{PublicKey: hex.EncodeToString(pub), AppID: "APP", APIURL: srv.URL, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	d.clock = func() time.Time { return testNow }
	d.budget = time.Millisecond
	h := Handler(nil, d)

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, signDiscord(priv, testNow, []byte(`{"id":"P","application_id":"APP","type":1,"token":"T"}`)))
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"type":1}` {
		t.Fatalf("PING: %d %s", rec.Code, rec.Body)
	}
	body, _ := json.Marshal(commandInteraction("who", opt("actor", "IRN")))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, signDiscord(priv, testNow, body))
	if rec.Code != http.StatusOK {
		t.Fatalf("command: %d %s", rec.Code, rec.Body)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(api.requests()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	reqs := api.requests()
	if len(reqs) != 1 || reqs[0].method != http.MethodPatch || reqs[0].auth != "" {
		t.Errorf("requests %+v, want one unauthenticated edit of the deferred answer", reqs)
	}
}
