package bot

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

func slackReq(cmd string, args ...string) Request {
	return Request{Platform: PlatformSlack, Channel: "C1", User: "U1", Command: cmd, Args: args}
}

func TestRouterCommands(t *testing.T) {
	tests := []struct {
		name      string
		req       Request
		want      []string // substrings of the plain rendering
		wantNot   []string
		wantError bool
	}{
		{name: "who by alias, case-insensitive", req: slackReq("who", "tehran"),
			want: []string{"Iran (IRN)", "Kind: state", "Aliases: Iranian, Tehran", "Regions: middle-east",
				"2026-11-24 escalation (strike) ← Israel (ISR)  https://news.example/ISR-IRN",
				"2026-11-23 accusation (strike) → Israel (ISR)", "(no counterpart named)",
				"Israel (ISR) — 4 developments", "Saudi Arabia (SAU) — 1 development",
				"Escalation trend, developments per week", "rising: 2 in the last week, 0.2 per week before", "2026-05-09 deescalation"},
			wantNot: []string{"unnamed"}},
		{name: "who multi-word name", req: slackReq("who", "Saudi", "arabia"), want: []string{"Saudi Arabia (SAU)", "Riyadh", "→ Iran (IRN)"}},
		{name: "who via /briefbot", req: slackReq("/briefbot", "who", "IRN"), want: []string{"Iran (IRN)"}},
		{name: "who unknown suggests", req: slackReq("who", "Isreal"), wantError: true,
			want: []string{"I don't know the actor “Isreal”.", "Did you mean: Iran (IRN); Israel (ISR)"}},
		{name: "who without actor", req: slackReq("who"), wantError: true, want: []string{"Whom should I look up?"}},
		{name: "dyad default days", req: slackReq("dyad", "iran", "israel"),
			want: []string{"Iran (IRN) ↔ Israel (ISR), last 30 days", "IRN → ISR", "2 developments: 1 accusation, 1 escalation",
				"ISR → IRN", "1 development: 1 escalation", "(1-day buckets)", "Latest developments"}},
		{name: "dyad with days and multi-word actor", req: slackReq("dyad", "Saudi", "Arabia", "Iran", "365"),
			want: []string{"Saudi Arabia (SAU) ↔ Iran (IRN), last 365 days", "SAU → IRN", "1 development: 1 deescalation", "(13-day buckets)"}},
		{name: "dyad days out of range", req: slackReq("dyad", "IRN", "ISR", "366"), wantError: true, want: []string{"between 1 and 365"}},
		{name: "dyad days zero", req: slackReq("dyad", "IRN", "ISR", "0"), wantError: true, want: []string{"between 1 and 365"}},
		{name: "dyad same actor", req: slackReq("dyad", "IRN", "iran"), wantError: true, want: []string{"two different actors"}},
		{name: "dyad unknown second", req: slackReq("dyad", "IRN", "Saudia"), wantError: true, want: []string{"“Saudia”", "Saudi Arabia (SAU)"}},
		{name: "dyad one actor", req: slackReq("dyad", "IRN"), wantError: true, want: []string{"Which two actors?"}},
		{name: "feeds", req: slackReq("feeds"), want: []string{"Feeds (2)", "wire — last success 2 h ago  https://wire.example/rss",
			"old — never fetched; failing 7× in a row since 3 h ago: 404"}},
		{name: "subscriptions empty", req: slackReq("subscriptions"), want: []string{"None: this channel's briefings cover everything."}},
		{name: "help", req: slackReq("help"), want: []string{"who ACTOR", "dyad A B [DAYS]", "/briefbot COMMAND"}},
		{name: "briefbot alone is help", req: slackReq("briefbot"), want: []string{"briefbot commands"}},
		{name: "unknown command", req: slackReq("launch"), wantError: true, want: []string{"I don't know the command “launch”."}},
		{name: "unknown channel refused", req: Request{Platform: PlatformSlack, Channel: "C-OTHER", Command: "who", Args: []string{"IRN"}},
			wantError: true, want: []string{"only answer in the channels I am configured for"}},
		{name: "same channel id on another platform refused", req: Request{Platform: PlatformDiscord, Channel: "C1", Command: "feeds"},
			wantError: true, want: []string{"configured for"}},
		{name: "cli needs no channel", req: Request{Platform: PlatformCLI, Command: "who", Args: []string{"IRN"}}, want: []string{"Iran (IRN)"}},
		{name: "too long input", req: slackReq("who", strings.Repeat("x", maxArgLen+1)), wantError: true, want: []string{"too long"}},
		{name: "too many words", req: slackReq("who", strings.Fields(strings.Repeat("a ", maxArgs+1))...), wantError: true, want: []string{"too many words"}},
		{name: "control characters", req: slackReq("who", "IRN\x00"), wantError: true, want: []string{"cannot read"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{devs: testDevelopments(), feeds: []storage.Feed{
				{Name: "wire", URL: "https://wire.example/rss", LastSuccess: testNow.Add(-2 * time.Hour)},
				{Name: "old", ErrorCount: 7, LastError: "404", FailingSince: testNow.Add(-3 * time.Hour)},
			}}
			r, _ := newTestRouter(st)
			resp := r.Handle(context.Background(), tt.req)
			if (resp.Error != "") != tt.wantError {
				t.Fatalf("Error = %q, want error %v", resp.Error, tt.wantError)
			}
			out := RenderPlain(resp)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
			if tt.wantError && len(st.calls) > 0 {
				t.Errorf("a refused command reached the store: %v", st.calls)
			}
		})
	}
}

// TestRouterCountsBusyActorsExactly gives IRN more developments than any
// one page of them: counterparts, trend and dyad counts must still cover
// them all.
func TestRouterCountsBusyActorsExactly(t *testing.T) {
	st := &fakeStore{}
	today := testNow.Truncate(day)
	for d := range 80 { // latest first: per day, 20 accusations and one escalation
		for k := 20; k >= 1; k-- {
			st.devs = append(st.devs, briefbot.Development{Type: "accusation", Source: "ISR", Target: "IRN", Day: today.Add(-time.Duration(d) * day),
				Code: fmt.Sprint("accuse-", k)})
		}
		st.devs = append(st.devs, briefbot.Development{Type: "escalation", Source: "IRN", Target: "ISR", Day: today.Add(-time.Duration(d) * day)})
	}
	r, _ := newTestRouter(st)
	tests := []struct {
		req  Request
		want []string
	}{
		{slackReq("who", "IRN"), []string{"Main counterparts, 90 days", "Israel (ISR) — 1680 developments",
			"Escalation trend, developments per week", "steady: 7 in the last week, 6.1 per week before"}},
		{slackReq("dyad", "IRN", "ISR", "7"), []string{"IRN → ISR\n  7 developments: 7 escalation", "ISR → IRN\n  140 developments: 140 accusation",
			"███████  (1-day buckets)"}},
	}
	for _, tt := range tests {
		out := RenderPlain(r.Handle(context.Background(), tt.req))
		for _, want := range tt.want {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", tt.req.Command, want, out)
			}
		}
		if lines := strings.Count(out, "\n  2026-"); lines != 10 {
			t.Errorf("%s: %d development lines, want the latest 10", tt.req.Command, lines)
		}
	}
}

// TestRouterListsDevelopments checks that a development several outlets
// reported takes one line, with its gist, its outlets and its first link.
func TestRouterListsDevelopments(t *testing.T) {
	st := &fakeStore{devs: []briefbot.Development{{
		Type: "escalation", Code: "strike", Source: "IRN", Target: "jaish-al-adl", Day: testNow.Truncate(day),
		Evidence: "Iran struck two bases of Jaish al-Adl inside Pakistan on Tuesday.",
		Reports: []briefbot.Report{{Outlet: "wire", Link: "https://news.example/1"}, {Outlet: "dawn", Link: "https://news.example/2"},
			{Outlet: "wire", Link: "https://news.example/3"}, {Outlet: "tehran-times", Link: "https://news.example/4"}},
	}}}
	r, _ := newTestRouter(st)
	out := RenderPlain(r.Handle(context.Background(), slackReq("who", "IRN")))
	if want := "2026-11-25 escalation (strike) → Jaish al-Adl (jaish-al-adl): “Iran struck two bases of Jaish al-Adl inside Pakistan on Tuesday” (3 outlets)  https://news.example/1"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

// TestRouterData: who and dyad carry their answer in machine-readable form.
func TestRouterData(t *testing.T) {
	r, _ := newTestRouter(&fakeStore{devs: testDevelopments()})
	ctx := context.Background()
	p, ok := r.Handle(ctx, slackReq("who", "IRN")).Data.(Profile)
	if !ok || p.Actor.ID != "IRN" || len(p.Developments) != 7 || p.Developments[0].Source != "ISR" || p.Developments[0].Date != "2026-11-24" ||
		len(p.Counterparts) != 2 || p.Counterparts[0] != (JSONCounterpart{"ISR", 4}) || len(p.Escalations) != trendWeeks || p.Trend != "rising" {
		t.Errorf("who data = %+v", p)
	}
	d, ok := r.Handle(ctx, slackReq("dyad", "IRN", "ISR")).Data.(DyadAnswer)
	if !ok || d.A != "IRN" || d.B != "ISR" || d.Days != 30 || len(d.Directions) != 2 || d.Directions[0].Total != 2 ||
		d.Directions[1].ByType["escalation"] != 1 || len(d.Developments) != 3 {
		t.Errorf("dyad data = %+v", d)
	}
}

func TestRouterSubscriptions(t *testing.T) {
	st := &fakeStore{}
	r, _ := newTestRouter(st)
	ctx := context.Background()
	admin := func(channel, cmd string, args ...string) Request {
		return Request{Platform: PlatformSlack, Channel: channel, User: "UADMIN", Command: cmd, Args: args}
	}
	steps := []struct {
		req  Request
		want string
	}{
		{slackReq("subscribe", "Middle-East"), "Sorry, only briefbot admins"},
		// A channel that got everything is told it is narrowed, and how to undo it.
		{admin("C1", "subscribe", "Middle-East"), "This channel got every event; from now on it gets only events about region middle-east.\n  To get every event again: subscribe all"},
		{Request{Platform: PlatformDiscord, Channel: "D1", User: "u", Roles: []string{"ROLE-MOD"}, Command: "briefbot", Args: []string{"subscribe", "tehran"}},
			"from now on it gets only events about actor Iran (IRN)"},
		{admin("C1", "subscribe", "middle-east"), "already follows region middle-east.\n  It gets events about region middle-east."},
		{admin("C1", "subscribe", "IRN"), "now follows actor Iran (IRN).\n  It now gets events about region middle-east, actor Iran (IRN)."},
		{admin("C1", "subscribe", "atlantis"), "no region or actor called “atlantis”"},
		{slackReq("subscriptions"), "region: middle-east\n  actor: Iran (IRN)"},
		{Request{Platform: PlatformDiscord, Channel: "D1", Command: "subscriptions"}, "actor: Iran (IRN)"},
		{slackReq("unsubscribe", "middle-east"), "Sorry, only briefbot admins"},
		{admin("C1", "unsubscribe", "middle-east"), "no longer follows region middle-east.\n  It now gets events about actor Iran (IRN)."},
		{admin("C1", "unsubscribe", "middle-east"), "did not follow region middle-east.\n  It gets events about actor Iran (IRN)."},
		{admin("C1", "subscribe", "all"), "Removed this channel's 1 subscription: it now gets every event."},
		{admin("C1", "subscribe", "ALL"), "This channel already gets every event."},
		{slackReq("subscriptions"), "None"},
		// A channel whose config narrows it: subscriptions widen it, and
		// neither unsubscribe nor "all" can undo the config.
		{admin("CSOUTH", "subscribe", "IRN"), "now follows actor Iran (IRN).\n  It now gets events about region south-asia, actor Iran (IRN)."},
		{admin("CSOUTH", "subscribe", "south-asia"), "already follows region south-asia"},
		{admin("CSOUTH", "unsubscribe", "south-asia"), "follows region south-asia because briefbot's config says so: change it there."},
		{Request{Platform: PlatformSlack, Channel: "CSOUTH", Command: "subscriptions"}, "region: south-asia (from the config)\n  actor: Iran (IRN)"},
		{admin("CSOUTH", "subscribe", "all"), "Removed this channel's 1 subscription.\n  briefbot's config still limits it to events about region south-asia"},
	}
	for i, s := range steps {
		if out := RenderPlain(r.Handle(ctx, s.req)); !strings.Contains(out, s.want) {
			t.Fatalf("step %d %v: got %q, want %q", i, s.req, out, s.want)
		}
	}
	if len(st.subs) != 1 || st.subs[0] != (storage.Subscription{Platform: PlatformDiscord, Channel: "D1", Kind: "actor", Value: "IRN"}) {
		t.Errorf("stored subscriptions = %+v", st.subs)
	}

	open, _ := newTestRouter(&fakeStore{})
	open.Access.Admins = map[string][]string{PlatformDiscord: {"ROLE-MOD"}}
	if out := RenderPlain(open.Handle(ctx, slackReq("subscribe", "south-asia"))); !strings.Contains(out, "gets only events about region south-asia") {
		t.Errorf("a platform without admins lets anyone subscribe; got %q", out)
	}
	if out := RenderPlain(open.Handle(ctx, Request{Platform: PlatformDiscord, Channel: "D1", User: "UADMIN", Command: "subscribe", Args: []string{"south-asia"}})); !strings.Contains(out, "only briefbot admins") {
		t.Errorf("a Slack admin is no Discord admin; got %q", out)
	}
}

func TestRouterBrief(t *testing.T) {
	tests := []struct {
		name       string
		channel    string // default C1
		args       []string
		subs       []storage.Subscription
		wantWindow time.Duration
		wantFilter storage.Filter
		wantAll    bool
		wantError  string
	}{
		{name: "default window, no subscriptions", wantWindow: 24 * time.Hour},
		{name: "channel subscriptions", subs: []storage.Subscription{{Platform: PlatformSlack, Channel: "C1", Kind: "region", Value: "south-asia"}, {Platform: PlatformSlack, Channel: "C1", Kind: "actor", Value: "IRN"}},
			wantWindow: 24 * time.Hour, wantFilter: storage.Filter{Regions: []string{"south-asia"}, Actors: []string{"IRN"}}},
		{name: "configured channel with subscriptions", channel: "CSOUTH",
			subs:       []storage.Subscription{{Platform: PlatformSlack, Channel: "CSOUTH", Kind: "actor", Value: "IRN"}},
			wantWindow: 24 * time.Hour, wantFilter: storage.Filter{Regions: []string{"south-asia"}, Actors: []string{"IRN"}}},
		{name: "region and window", args: []string{"south-asia", "7d"}, wantWindow: 7 * day, wantFilter: storage.Filter{Regions: []string{"south-asia"}}},
		{name: "actor and weeks", args: []string{"Saudi", "Arabia", "2W"}, wantWindow: 14 * day, wantFilter: storage.Filter{Actors: []string{"SAU"}}},
		{name: "hours only", args: []string{"36h"}, wantWindow: 36 * time.Hour},
		{name: "all", args: []string{"south-asia", "7d", "all"}, wantWindow: 7 * day, wantFilter: storage.Filter{Regions: []string{"south-asia"}}, wantAll: true},
		{name: "window too long", args: []string{"91d"}, wantError: "between 1h and 90d"},
		{name: "window zero", args: []string{"IRN", "0h"}, wantError: "between 1h and 90d"},
		{name: "unknown scope", args: []string{"atlantis"}, wantError: "no region or actor"},
		{name: "window first", args: []string{"12h", "south-asia"}, wantWindow: 12 * time.Hour, wantFilter: storage.Filter{Regions: []string{"south-asia"}}},
		{name: "window amid a name", args: []string{"Saudi", "3d", "Arabia"}, wantWindow: 3 * day, wantFilter: storage.Filter{Actors: []string{"SAU"}}},
		{name: "unknown unit blames the window", args: []string{"south-asia", "1y"}, wantError: "“1y” is not a window I know: use hours, days or weeks"},
		{name: "minutes are not a window", args: []string{"90m"}, wantError: "“90m” is not a window I know"},
		{name: "two windows", args: []string{"12h", "south-asia", "7d"}, wantError: "Give one window, not two (“12h” and “7d”)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, comp := newTestRouter(&fakeStore{subs: tt.subs})
			req := slackReq("brief", tt.args...)
			req.Channel = cmp.Or(tt.channel, req.Channel)
			resp := r.Handle(context.Background(), req)
			if tt.wantError != "" {
				if !strings.Contains(resp.Error, tt.wantError) {
					t.Fatalf("Error = %q, want %q", resp.Error, tt.wantError)
				}
				return
			}
			if resp.Error != "" || resp.Briefing == nil {
				t.Fatalf("got %+v", resp)
			}
			if comp.got.All != tt.wantAll || comp.got.Location != nil {
				t.Errorf("all %v in %v, want %v in the channel's zone (none: UTC)", comp.got.All, comp.got.Location, tt.wantAll)
			}
			if !comp.got.To.Equal(testNow) || comp.got.To.Sub(comp.got.From) != tt.wantWindow {
				t.Errorf("window %v..%v, want %v up to now", comp.got.From, comp.got.To, tt.wantWindow)
			}
			if strings.Join(comp.got.Filter.Regions, ",") != strings.Join(tt.wantFilter.Regions, ",") ||
				strings.Join(comp.got.Filter.Actors, ",") != strings.Join(tt.wantFilter.Actors, ",") {
				t.Errorf("filter %+v, want %+v", comp.got.Filter, tt.wantFilter)
			}
		})
	}
}

func TestRouterStoreFailureIsNotLeaked(t *testing.T) {
	r, _ := newTestRouter(&fakeStore{err: errBoom})
	for _, cmd := range [][]string{{"who", "IRN"}, {"dyad", "IRN", "ISR"}, {"feeds"}, {"subscriptions"}} {
		resp := r.Handle(context.Background(), Request{Platform: PlatformCLI, Command: cmd[0], Args: cmd[1:]})
		if !strings.Contains(resp.Error, "went wrong") || strings.Contains(RenderPlain(resp), "boom") {
			t.Errorf("%v: got %+v", cmd, resp)
		}
	}
}

func TestRouterFeedsAddAndRemove(t *testing.T) {
	st := &fakeStore{feeds: []storage.Feed{{Name: "dawn", URL: "https://www.dawn.com/feeds/home", Origin: storage.OriginConfig}}}
	r, _ := newTestRouter(st)
	reloads := 0
	r.FeedsChanged = func() { reloads++ }
	admin := func(args ...string) Request {
		return Request{Platform: PlatformSlack, Channel: "C1", User: "UADMIN", Command: "feeds", Args: args}
	}
	long := "https://news.example/rss?" + strings.Repeat("q", 200)
	steps := []struct {
		req       Request
		want      string
		wantError bool
	}{
		{slackReq("feeds", "add", "https://wire.example/rss"), "only briefbot admins may add or remove feeds", true},
		{Request{Platform: PlatformDiscord, Channel: "D1", User: "u", Command: "feeds", Args: []string{"remove", "x"}}, "only briefbot admins", true},
		{admin("add", "ftp://wire.example/rss"), "is not a feed URL I can poll", true},
		{admin("add", "wire.example/rss"), "is not a feed URL I can poll", true},
		{admin("add", "https://wire.example/rss", "Bad Name!"), "A feed's name is up to 40", true},
		{admin("add", "<https://www.dawn.com/feeds/home>"), "That feed is already polled, as “dawn”.", true},
		{admin("add", "https://other.example/rss", "dawn"), "There is already a feed called “dawn”: choose another name.", true},
		{admin("add", "<https://www.wire.example/rss|wire.example/rss>"), "Added feed wire.example.  https://www.wire.example/rss", false},
		{admin("add", long, "long"), "Added feed long.", false},
		{admin("add", "https://wire.example/other"), "There is already a feed called “wire.example”: give this one a name.", true},
		{admin("remove", "dawn"), "“dawn” comes from briefbot's config file: remove it there.", true},
		{admin("remove", "nope"), "There is no feed called “nope”.\nDid you mean: feeds remove wire.example; feeds remove long", true},
		{admin("remove", "Wire.Example"), "Removed feed wire.example.", false},
		{admin("frobnicate"), "I can list feeds, add one or remove one.", true},
		{slackReq("feeds"), "dawn — never fetched", false},
		{Request{Platform: PlatformCLI, Command: "feeds", Args: []string{"add", "https://cli.example/rss"}}, "Added feed cli.example.", false},
	}
	for i, s := range steps {
		resp := r.Handle(context.Background(), s.req)
		if out := RenderPlain(resp); !strings.Contains(out, s.want) || (resp.Error != "") != s.wantError {
			t.Fatalf("step %d %v: got %q, want %q", i, s.req.Args, out, s.want)
		}
	}
	var names []string
	for _, f := range st.feeds {
		names = append(names, f.Name+" "+f.AddedBy)
	}
	if got := strings.Join(names, ", "); got != "dawn , long slack:UADMIN, cli.example cli:" {
		t.Errorf("feeds %q", got)
	}
	if reloads != 4 {
		t.Errorf("%d reloads asked, want one per change (4)", reloads)
	}

	open, _ := newTestRouter(&fakeStore{})
	open.Access.Admins = nil
	if resp := open.Handle(context.Background(), admin("add", "https://wire.example/rss")); !strings.Contains(resp.Error, "none are set for this platform") {
		t.Errorf("without admins: %q, want feeds refused", resp.Error)
	}
}
