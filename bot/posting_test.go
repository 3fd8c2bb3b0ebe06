package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// outboxMsg is an outbox message as the scheduler hands it to a poster.
func outboxMsg(body string) storage.OutboxMessage {
	return storage.OutboxMessage{ID: 7, Platform: "slack", Channel: "C1", Part: 1, DedupKey: "briefing:24h0m0s:2026-11-25T03:00:00Z#1",
		Body: body, AttemptedAt: time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)}
}

// classified says how the outbox would read err: "ok", "rate limited 7s",
// "refused" or "unknown".
func classified(err error) string {
	var (
		rl interface{ RetryAfter() time.Duration }
		np interface{ NotPosted() bool }
	)
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &rl) && rl.RetryAfter() > 0:
		return "rate limited " + rl.RetryAfter().String()
	case errors.As(err, &np) && np.NotPosted():
		return "refused"
	}
	return "unknown"
}

// slackAnswer is one scripted answer of the fake Slack.
type slackAnswer struct {
	status int
	body   string
}

// scriptedSlack is a slacktest server whose chat.postMessage gives the
// scripted answers in turn (then success) and records what was posted, and
// whose conversations.history serves history, one page per cursor.
type scriptedSlack struct {
	mu      sync.Mutex
	script  []slackAnswer
	posts   []url.Values
	history []url.Values // the history requests
	pages   []string     // the history pages, JSON
}

func (sc *scriptedSlack) start(t *testing.T) *slacktest.Server {
	srv := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			if err := r.ParseForm(); err != nil {
				t.Errorf("parse form: %v", err)
			}
			sc.mu.Lock()
			defer sc.mu.Unlock()
			sc.posts = append(sc.posts, r.PostForm)
			if len(sc.script) > 0 {
				a := sc.script[0]
				sc.script = sc.script[1:]
				if a.status == http.StatusTooManyRequests {
					w.Header().Set("Retry-After", "7")
				}
				w.WriteHeader(a.status)
				fmt.Fprint(w, a.body)
				return
			}
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1764061200.000100"}`, r.PostForm.Get("channel"))
		})
		c.Handle("/conversations.history", func(w http.ResponseWriter, r *http.Request) {
			if err := r.ParseForm(); err != nil {
				t.Errorf("parse form: %v", err)
			}
			sc.mu.Lock()
			defer sc.mu.Unlock()
			sc.history = append(sc.history, r.PostForm)
			page := 0
			fmt.Sscan(r.PostForm.Get("cursor"), &page)
			fmt.Fprint(w, sc.pages[page])
		})
	})
	srv.Start()
	t.Cleanup(srv.Stop)
	return srv
}

func TestSlackPost(t *testing.T) {
	tests := []struct {
		name      string
		script    []slackAnswer
		body      string
		want      string
		wantBlock int
	}{
		{name: "ok", body: "*Briefing*\nall quiet", want: "ok", wantBlock: 1},
		{name: "429 says how long", script: []slackAnswer{{429, ""}}, body: "x", want: "rate limited 7s"},
		{name: "5xx outcome unknown", script: []slackAnswer{{503, ""}}, body: "x", want: "unknown"},
		{name: "4xx refused", script: []slackAnswer{{400, ""}}, body: "x", want: "refused"},
		{name: "API error refused", script: []slackAnswer{{200, `{"ok":false,"error":"channel_not_found"}`}}, body: "x", want: "refused"},
		{name: "internal error outcome unknown", script: []slackAnswer{{200, `{"ok":false,"error":"internal_error"}`}}, body: "x", want: "unknown"},
		{name: "garbled answer outcome unknown", script: []slackAnswer{{200, `{"ok":tr`}}, body: "x", want: "unknown"},
		{name: "long body split in sections", body: strings.Repeat(strings.Repeat("y", 99)+"\n", 45), want: "ok", wantBlock: 2},
		{name: "too long for a message", body: strings.Repeat(strings.Repeat("y", 2999)+"\n", 51), want: "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := &scriptedSlack{script: tt.script}
			srv := sc.start(t)
			s := newTestSlack(t, nil, srv.GetAPIURL())
			id, err := s.Post(context.Background(), outboxMsg(tt.body))
			if got := classified(err); got != tt.want {
				t.Fatalf("Post() = %v, read as %s; want %s", err, got, tt.want)
			}
			if tt.want != "ok" {
				return
			}
			if id != "1764061200.000100" || len(sc.posts) != 1 {
				t.Fatalf("message id %q after %d posts", id, len(sc.posts))
			}
			var meta slack.SlackMetadata
			if err := json.Unmarshal([]byte(sc.posts[0].Get("metadata")), &meta); err != nil {
				t.Fatalf("metadata: %v", err)
			}
			if meta.EventType != "briefbot_outbox" || fmt.Sprint(meta.EventPayload["outbox_id"]) != "7" ||
				fmt.Sprint(meta.EventPayload["part"]) != "1" || meta.EventPayload["key"] != outboxMsg("").DedupKey {
				t.Errorf("metadata = %+v, want the outbox message's id, part and key", meta)
			}
			var blocks slack.Blocks
			if err := json.Unmarshal([]byte(sc.posts[0].Get("blocks")), &blocks); err != nil {
				t.Fatalf("blocks: %v", err)
			}
			if len(blocks.BlockSet) != tt.wantBlock {
				t.Fatalf("%d blocks, want %d", len(blocks.BlockSet), tt.wantBlock)
			}
			var text strings.Builder
			for _, b := range blocks.BlockSet {
				sec := b.(*slack.SectionBlock)
				if n := len(sec.Text.Text); n > slackSectionLimit {
					t.Errorf("section of %d chars", n)
				}
				text.WriteString(sec.Text.Text + "\n")
			}
			if strings.TrimSpace(text.String()) != strings.TrimSpace(tt.body) {
				t.Errorf("blocks do not carry the body")
			}
		})
	}
}

// slackHistory renders a conversations.history page holding messages
// tagged with the given outbox ids (0: a message without metadata).
func slackHistory(next string, ids ...int) string {
	var msgs []string
	for i, id := range ids {
		meta := ""
		if id != 0 {
			meta = fmt.Sprintf(`,"metadata":{"event_type":"briefbot_outbox","event_payload":{"outbox_id":%d,"part":1,"key":%q}}`,
				id, outboxMsg("").DedupKey)
		}
		msgs = append(msgs, fmt.Sprintf(`{"type":"message","ts":"1764039600.%06d","text":"m"%s}`, i, meta))
	}
	more := next != ""
	return fmt.Sprintf(`{"ok":true,"messages":[%s],"has_more":%v,"response_metadata":{"next_cursor":%q}}`,
		strings.Join(msgs, ","), more, next)
}

func TestSlackFind(t *testing.T) {
	tests := []struct {
		name  string
		pages []string
		want  string // the id found, or ""
	}{
		{"found", []string{slackHistory("", 0, 7, 8)}, "1764039600.000001"},
		{"found on a later page", []string{slackHistory("1", 3), slackHistory("", 7)}, "1764039600.000000"},
		{"not there", []string{slackHistory("", 0, 6, 8)}, ""},
		{"an API error", []string{`{"ok":false,"error":"missing_scope"}`}, "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := &scriptedSlack{pages: tt.pages}
			srv := sc.start(t)
			s := newTestSlack(t, nil, srv.GetAPIURL())
			m := outboxMsg("x")
			id, found, err := s.Find(context.Background(), m)
			switch {
			case tt.want == "error":
				if err == nil || classified(err) != "refused" {
					t.Fatalf("Find() = %q, %v, %v; want the API's error", id, found, err)
				}
				return
			case err != nil:
				t.Fatal(err)
			case id != tt.want || found != (tt.want != ""):
				t.Errorf("Find() = %q, %v; want %q", id, found, tt.want)
			}
			q := sc.history[0]
			oldest, latest := m.AttemptedAt.Add(-findBefore).Unix(), m.AttemptedAt.Add(findAfter).Unix()
			if q.Get("channel") != "C1" || q.Get("include_all_metadata") != "1" ||
				q.Get("oldest") != fmt.Sprintf("%d.000000", oldest) || q.Get("latest") != fmt.Sprintf("%d.000000", latest) {
				t.Errorf("history asked with %v, want C1 around the attempt, with metadata", q)
			}
		})
	}
}

// discordREST poses as Discord's REST API for posting and looking up: it
// records the posts, answers each with the scripted status (then 200), and
// lists the messages it holds.
type discordREST struct {
	mu       sync.Mutex
	script   []int
	posts    []discordPost
	messages []*discordgo.Message
	listed   []url.Values
}

func (f *discordREST) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.URL.Path == "/api/v"+discordgo.APIVersion+"/users/@me":
		fmt.Fprint(w, `{"id":"BOT","username":"briefbot"}`)
	case r.Method == http.MethodGet:
		f.listed = append(f.listed, r.URL.Query())
		after := r.URL.Query().Get("after")
		var page []*discordgo.Message
		for _, m := range f.messages {
			if laterID(m.ID, after) && len(page) < 100 {
				page = append(page, m)
			}
		}
		json.NewEncoder(w).Encode(page)
	default:
		body, _ := io.ReadAll(r.Body)
		var p discordPost
		json.Unmarshal(body, &p)
		f.posts = append(f.posts, p)
		status := http.StatusOK
		if len(f.script) > 0 {
			status, f.script = f.script[0], f.script[1:]
		}
		switch status {
		case http.StatusTooManyRequests:
			w.WriteHeader(status)
			fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":2.5,"global":false}`)
		case http.StatusOK:
			fmt.Fprint(w, `{"id":"m42","channel_id":"D1"}`)
		default:
			w.WriteHeader(status)
			fmt.Fprint(w, `{"message":"oops","code":0}`)
		}
	}
}

func newRESTDiscord(t *testing.T, api http.Handler) *Discord {
	t.Helper()
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	d, err := NewDiscord(nil, DiscordOptions{Token: "tok", AppID: "APP", APIURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDiscordPost(t *testing.T) {
	tests := []struct {
		name        string
		script      []int
		body        string
		want        string
		wantContent string
		wantDesc    string
	}{
		{name: "ok", body: "**Briefing**", want: "ok", wantDesc: "**Briefing**"},
		{name: "mention goes to content", body: "<@&123>\n**Briefing**", want: "ok", wantContent: "<@&123>", wantDesc: "**Briefing**"},
		{name: "429 says how long", script: []int{429}, body: "x", want: "rate limited 2.5s"},
		{name: "5xx outcome unknown", script: []int{500}, body: "x", want: "unknown"},
		{name: "403 refused", script: []int{403}, body: "x", want: "refused"},
		{name: "too long refused", body: strings.Repeat("x", discordDescriptionLimit+1), want: "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &discordREST{script: tt.script}
			d := newRESTDiscord(t, api)
			m := outboxMsg(tt.body)
			m.Platform, m.Channel = "discord", "D1"
			id, err := d.Post(context.Background(), m)
			if got := classified(err); got != tt.want {
				t.Fatalf("Post() = %v, read as %s; want %s", err, got, tt.want)
			}
			if tt.want != "ok" {
				return
			}
			if id != "m42" || len(api.posts) != 1 {
				t.Fatalf("id %q after %d posts", id, len(api.posts))
			}
			sent := api.posts[0]
			if sent.Content != tt.wantContent || len(sent.Embeds) != 1 || sent.Embeds[0].Description != tt.wantDesc {
				t.Errorf("sent %+v", sent.MessageSend)
			}
			if !sent.EnforceNonce || sent.Nonce != discordNonce(m) || !strings.HasPrefix(sent.Nonce, "bb7-") || len(sent.Nonce) > 25 {
				t.Errorf("nonce %q, enforced %v; want the message's nonce, enforced", sent.Nonce, sent.EnforceNonce)
			}
		})
	}
}

func TestDiscordNonceNamesTheMessage(t *testing.T) {
	m := outboxMsg("x")
	other := m
	other.DedupKey += "x"
	if discordNonce(m) != discordNonce(m) || discordNonce(m) == discordNonce(other) {
		t.Errorf("nonces %q, %q: want one per message", discordNonce(m), discordNonce(other))
	}
}

func TestDiscordFind(t *testing.T) {
	m := outboxMsg("<@&1>\n**Briefing**")
	m.Platform, m.Channel = "discord", "D1"
	at := func(d time.Duration) string { return snowflake(m.AttemptedAt.Add(d)) }
	msg := func(id, author, content, desc string) *discordgo.Message {
		return &discordgo.Message{ID: id, Author: &discordgo.User{ID: author}, Content: content,
			Embeds: []*discordgo.MessageEmbed{{Description: desc}}}
	}
	tests := []struct {
		name     string
		messages []*discordgo.Message
		want     string
	}{
		{"found", []*discordgo.Message{msg(at(time.Second), "BOT", "<@&1>", "**Briefing**")}, at(time.Second)},
		{"someone else's copy", []*discordgo.Message{msg(at(time.Second), "U1", "<@&1>", "**Briefing**")}, ""},
		{"another briefing", []*discordgo.Message{msg(at(time.Second), "BOT", "<@&1>", "**Other**")}, ""},
		{"long before the attempt", []*discordgo.Message{msg(at(-time.Hour), "BOT", "<@&1>", "**Briefing**")}, ""},
		{"found on a later page", append(busyChannel(150, at), msg(at(2*time.Minute), "BOT", "<@&1>", "**Briefing**")), at(2 * time.Minute)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDiscordFind(t, m, tt.messages, tt.want) })
	}
}

// checkDiscordFind looks m up in a channel holding messages and wants the
// message id want, or nothing found when want is "".
func checkDiscordFind(t *testing.T, m storage.OutboxMessage, messages []*discordgo.Message, want string) {
	t.Helper()
	d := newRESTDiscord(t, &discordREST{messages: messages})
	id, found, err := d.Find(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	if id != want || found != (want != "") {
		t.Errorf("Find() = %q, %v; want %q", id, found, want)
	}
}

// busyChannel is n messages of others, a millisecond apart, from the
// attempt on.
func busyChannel(n int, at func(time.Duration) string) []*discordgo.Message {
	var msgs []*discordgo.Message
	for i := range n {
		msgs = append(msgs, &discordgo.Message{ID: at(time.Duration(i) * time.Millisecond), Author: &discordgo.User{ID: "U1"}, Content: "hi"})
	}
	return msgs
}

// TestSlackPostsABriefingMessage: a stored briefing message goes out as
// its blocks, with its text as the notification's fallback, tagged like
// any post.
func TestSlackPostsABriefingMessage(t *testing.T) {
	sc := &scriptedSlack{}
	srv := sc.start(t)
	s := newTestSlack(t, nil, srv.GetAPIURL())
	m := briefing.Message{Text: "<!here> Briefing: Top: Iran → Pakistan: strike", Blocks: []briefing.SlackBlock{
		{Type: "header", Text: &briefing.SlackText{Type: "plain_text", Text: "Briefing"}},
		{Type: "section", Text: &briefing.SlackText{Type: "mrkdwn", Text: "*Iran – Pakistan*\n• *Iran → Pakistan*: strike · <!date^1795521600^{date_short}|Tue 24 Nov>"}},
		{Type: "divider"},
		{Type: "context", Elements: []briefing.SlackText{{Type: "mrkdwn", Text: "_…and 2 more_"}}},
	}}
	if _, err := s.Post(context.Background(), outboxMsg(m.Encode())); err != nil {
		t.Fatal(err)
	}
	if len(sc.posts) != 1 || sc.posts[0].Get("text") != m.Text {
		t.Fatalf("posts %v, want one with the message's text", sc.posts)
	}
	var blocks slack.Blocks
	if err := json.Unmarshal([]byte(sc.posts[0].Get("blocks")), &blocks); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, b := range blocks.BlockSet {
		types = append(types, string(b.BlockType()))
	}
	if fmt.Sprint(types) != "[header section divider context]" {
		t.Errorf("blocks %v, want the message's", types)
	}
	var meta slack.SlackMetadata
	if err := json.Unmarshal([]byte(sc.posts[0].Get("metadata")), &meta); err != nil || fmt.Sprint(meta.EventPayload["outbox_id"]) != "7" {
		t.Errorf("metadata %+v (%v), want the outbox message's", meta, err)
	}
}

// TestDiscordPostsABriefingMessage: a stored briefing message goes out as
// its embeds, with its text (the mention) as the content and the outbox
// message's nonce enforced.
func TestDiscordPostsABriefingMessage(t *testing.T) {
	api := &discordREST{}
	d := newRESTDiscord(t, api)
	m := briefing.Message{Text: "<@&123>", Embeds: []briefing.DiscordEmbed{{
		Title: "Briefing", Description: "<t:1795507200:f> – <t:1795593600:f>", Color: 0xC0392B, Timestamp: "2026-11-25T08:00:00Z",
		Fields: []briefing.DiscordField{{Name: "Iran – Pakistan", Value: "• **Iran → Pakistan**: strike · <t:1795521600:D>"}},
		Footer: &briefing.DiscordFooter{Text: "…and 2 more developments: /brief 24h all"},
	}}}
	om := outboxMsg(m.Encode())
	om.Platform, om.Channel = "discord", "D1"
	if _, err := d.Post(context.Background(), om); err != nil {
		t.Fatal(err)
	}
	sent := api.posts[0]
	if sent.Content != "<@&123>" || len(sent.Embeds) != 1 || !sent.EnforceNonce || sent.Nonce != discordNonce(om) {
		t.Fatalf("sent %+v, want the mention, one embed and the nonce", sent)
	}
	e := sent.Embeds[0]
	if e.Title != "Briefing" || e.Color != 0xC0392B || e.Timestamp != "2026-11-25T08:00:00Z" || len(e.Fields) != 1 ||
		e.Fields[0].Name != "Iran – Pakistan" || e.Footer == nil || e.Footer.Text != "…and 2 more developments: /brief 24h all" {
		t.Errorf("embed %+v, want the message's", e)
	}
}

// TestDiscordFindsABriefingMessage: a briefing's parts posted as embeds
// are found after a crash by all they carry, as Discord lists them (its
// own timestamp format, trimmed text, a link embed of its own), and a
// continued part is not taken for another that shares its title, mention
// and empty description.
func TestDiscordFindsABriefingMessage(t *testing.T) {
	part := func(title, desc string, fields ...string) briefing.Message {
		e := briefing.DiscordEmbed{Title: title, Description: desc, Color: 0xC0392B, Timestamp: "2026-11-25T08:00:00Z"}
		for i := 0; i < len(fields); i += 2 {
			e.Fields = append(e.Fields, briefing.DiscordField{Name: fields[i], Value: fields[i+1]})
		}
		return briefing.Message{Text: "<@&1>", Embeds: []briefing.DiscordEmbed{e}}
	}
	parts := []briefing.Message{
		part("Briefing", "Top: Iran → Pakistan: strike", "Iran – Pakistan", "• Iran → Pakistan: strike"),
		part("Briefing (continued)", "", "India – Pakistan", "• India → Pakistan: accusation"),
		part("Briefing (continued)", "", "\u200b", "• Pakistan → India: denial"),
	}
	m := outboxMsg(parts[2].Encode())
	m.Platform, m.Channel, m.Part = "discord", "D1", 2
	at := func(d time.Duration) string { return snowflake(m.AttemptedAt.Add(d)) }
	// listed is a part as Discord lists it.
	listed := func(id string, p briefing.Message) *discordgo.Message {
		sent, err := discordBriefing(p.Encode())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range sent.Embeds {
			e.Timestamp = strings.Replace(e.Timestamp, "Z", "+00:00", 1)
			e.Description += "\n"
		}
		embeds := append(sent.Embeds, &discordgo.MessageEmbed{Type: discordgo.EmbedTypeLink, URL: "https://news.test/a"})
		return &discordgo.Message{ID: id, Author: &discordgo.User{ID: "BOT"}, Content: sent.Content + " ", Embeds: embeds}
	}
	tests := []struct {
		name     string
		messages []*discordgo.Message
		want     string
	}{
		{"found", []*discordgo.Message{listed(at(time.Second), parts[0]), listed(at(2*time.Second), parts[1]), listed(at(3*time.Second), parts[2])}, at(3 * time.Second)},
		{"only the parts before it", []*discordgo.Message{listed(at(time.Second), parts[0]), listed(at(2*time.Second), parts[1])}, ""},
		{"another briefing's part", []*discordgo.Message{listed(at(time.Second), part("Briefing (continued)", "", "\u200b", "• Pakistan → Iran: strike"))}, ""},
		{"another slot's part", []*discordgo.Message{func() *discordgo.Message {
			p := part("Briefing (continued)", "", "\u200b", "• Pakistan → India: denial")
			p.Embeds[0].Timestamp = "2026-11-24T08:00:00Z"
			return listed(at(time.Second), p)
		}()}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDiscordFind(t, m, tt.messages, tt.want) })
	}
}
