package briefing

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// karachi is the zone of a channel briefed at 08:00 Karachi time.
func karachi(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Karachi")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// rendered is what a golden file holds: plain and JSON text as it is, chat
// messages as the JSON the outbox stores.
func rendered(t *testing.T, b *Briefing, f Format) string {
	t.Helper()
	msgs := Render(b, f)
	if f == Plain || f == JSON {
		return msgs[0].Text + "\n"
	}
	data, err := marshal(msgs, "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data) + "\n"
}

// chatText is every text of chat messages, one per line, as the platform
// gets it.
func chatText(msgs []Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Text)
		for _, b := range m.Blocks {
			if b.Text != nil {
				out = append(out, b.Text.Text)
			}
			for _, e := range b.Elements {
				out = append(out, e.Text)
			}
		}
		for _, e := range m.Embeds {
			out = append(out, e.Title, e.Description)
			for _, f := range e.Fields {
				out = append(out, f.Name, f.Value)
			}
			if e.Footer != nil {
				out = append(out, e.Footer.Text)
			}
		}
	}
	return out
}

func TestRenderGolden(t *testing.T) {
	r := window()
	r.Location = karachi(t)
	briefings := map[string]*Briefing{
		"scenario": compose(t, scenario(t), Composer{}, r),
		"quiet":    compose(t, newWorld(t), Composer{}, r),
	}
	for _, f := range []Format{Plain, Slack, Discord, JSON} {
		for name, b := range briefings {
			t.Run(f.String()+"/"+name, func(t *testing.T) {
				golden(t, filepath.Join("testdata", name+"."+f.String()+".golden"), rendered(t, b, f))
			})
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestRenderInTheReadersZone: the window is shown in the channel's zone,
// days as the platforms' date tokens, which each reader's client shows in
// their own zone, from noon UTC so that the date is the same everywhere.
func TestRenderInTheReadersZone(t *testing.T) {
	r := window()
	r.Location = karachi(t)
	b := compose(t, scenario(t), Composer{}, r)
	noon24 := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC).Unix()
	tests := []struct {
		format Format
		want   []string
	}{
		{Plain, []string{"Tue 24 Nov 13:00 – Wed 25 Nov 13:00 PKT", "  Tue 24 Nov   Iran → Pakistan: strike"}},
		{Slack, []string{fmt.Sprintf("<!date^%d^{date_short}|Tue 24 Nov>", noon24),
			fmt.Sprintf("<!date^%d^{date_short} {time}|Tue 24 Nov 13:00>", winFrom.Unix())}},
		{Discord, []string{fmt.Sprintf("<t:%d:D>", noon24), fmt.Sprintf("<t:%d:f>", winFrom.Unix())}},
		{JSON, []string{`"from": "2026-11-24T13:00:00+05:00"`, `"zone": "Asia/Karachi"`, `"date": "2026-11-24"`}},
	}
	for _, tt := range tests {
		got := strings.Join(chatText(Render(b, tt.format)), "\n")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tt.format, w, got)
			}
		}
	}
	if got := rendered(t, b, Plain); strings.Contains(got, "UTC") {
		t.Errorf("plain text shows UTC for a Karachi channel:\n%s", got)
	}
}

// TestRenderOneMessage: a day's briefing is one Slack message of blocks
// and one Discord message of an embed with a title, a colour by severity,
// a timestamp and a field per story.
func TestRenderOneMessage(t *testing.T) {
	b := compose(t, scenario(t), Composer{}, window())
	slack := Render(b, Slack)
	if len(slack) != 1 || len(slack[0].Blocks) > SlackMaxBlocks || slack[0].Blocks[0].Type != "header" || slack[0].Text == "" {
		t.Fatalf("slack: %d messages, want one with a header and a text fallback: %+v", len(slack), slack)
	}
	discord := Render(b, Discord)
	if len(discord) != 1 || len(discord[0].Embeds) != 1 {
		t.Fatalf("discord: %+v, want one message of one embed", discord)
	}
	e := discord[0].Embeds[0]
	var names []string
	for _, f := range e.Fields {
		names = append(names, f.Name)
	}
	if e.Title != "Briefing" || e.Color != severityColor(WeightStateForce) || e.Timestamp != "2026-11-25T08:00:00Z" ||
		!slices.Equal(names, []string{"Iran – Pakistan", "\u200b", "Iran – Afghanistan", "India – Pakistan", sectionTrends}) || e.Footer == nil {
		t.Errorf("embed %+v, want title, red, the window's end, a field per story and the trends, the cap's note", e)
	}
	if !strings.Contains(e.Footer.Text, "…and 2 more developments: /brief 24h all") {
		t.Errorf("footer %q, want the command that lists them all", e.Footer.Text)
	}
}

// huge is a briefing far over one message: stories of many items.
func huge(stories, items int) *Briefing {
	b := &Briefing{From: winFrom, To: winTo, Location: time.UTC, NoveltyDays: 30, Counts: map[briefbot.EventType]int{briefbot.Escalation: stories * items}, Total: stories * items}
	for s := range stories {
		st := Story{Title: fmt.Sprintf("Story %d", s)}
		for i := range items {
			st.Items = append(st.Items, Item{
				IDs: []int64{int64(s*items + i)}, Type: briefbot.Escalation, Code: "strike", Weight: WeightStateForce,
				Source: Party{ID: "RUS", Name: "Russia"}, Targets: []Party{{ID: "UKR", Name: "Ukraine"}},
				What: strings.Repeat("struck <targets> & *depots* ", 3) + fmt.Sprintf("#%d#", s*items+i),
				Day:  winFrom, FirstSeen: winFrom.Add(time.Duration(i) * time.Minute),
				Sources: []Source{
					{Outlet: "wire|one", URL: "https://wire.example/a?x=1&y=" + strings.Repeat("z", i%40)},
					{Outlet: "[two]", URL: "https://two.example/b>c"},
				},
			})
		}
		b.Stories = append(b.Stories, st)
	}
	for i := range 30 {
		b.Trends = append(b.Trends, Trend{A: Party{Name: "A"}, B: Party{Name: fmt.Sprint("B", i)}, Escalations: i, BaselineDays: 30, Days: 1, Daily: make([]int, SparkDays)})
	}
	return b
}

// TestRenderSplitsOnlyBetweenSections: a briefing over a message's limits
// takes several messages, each within the platform's limits, and every
// item arrives once, whole, in order.
func TestRenderSplitsOnlyBetweenSections(t *testing.T) {
	b := huge(30, 12)
	var want []string
	for _, it := range b.Items() {
		want = append(want, fmt.Sprint(it.IDs[0]))
	}
	marker := regexp.MustCompile(`#(\d+)#`)
	itemIDs := func(texts []string) []string {
		var ids []string
		for _, text := range texts {
			for _, m := range marker.FindAllStringSubmatch(text, -1) {
				ids = append(ids, m[1])
			}
		}
		return ids
	}
	t.Run("slack", func(t *testing.T) {
		msgs := Render(b, Slack)
		if len(msgs) < 2 {
			t.Fatalf("%d messages, want a briefing this long in several", len(msgs))
		}
		for _, m := range msgs {
			if len(m.Blocks) > SlackMaxBlocks {
				t.Errorf("a message of %d blocks", len(m.Blocks))
			}
			for _, bl := range m.Blocks {
				if bl.Text != nil && units(bl.Text.Text) > SlackSectionLimit {
					t.Errorf("a block of %d units", units(bl.Text.Text))
				}
			}
		}
		if got := itemIDs(chatText(msgs)); !slices.Equal(got, want) {
			t.Errorf("items arrive as %v, want %v", got, want)
		}
	})
	t.Run("discord", func(t *testing.T) {
		msgs := Render(b, Discord)
		if len(msgs) < 2 {
			t.Fatalf("%d messages, want a briefing this long in several", len(msgs))
		}
		for _, m := range msgs {
			n := 0
			for _, e := range m.Embeds {
				n += embedUnits(e)
				if len(e.Fields) > discordMaxFields {
					t.Errorf("an embed of %d fields", len(e.Fields))
				}
				for _, f := range e.Fields {
					if units(f.Value) > discordFieldValueLimit || units(f.Name) > discordFieldNameLimit {
						t.Errorf("a field of %d and %d units", units(f.Name), units(f.Value))
					}
				}
			}
			if n > DiscordMessageLimit {
				t.Errorf("a message of %d units", n)
			}
		}
		if got := itemIDs(chatText(msgs)); !slices.Equal(got, want) {
			t.Errorf("items arrive as %v, want %v", got, want)
		}
	})
}

func TestSplitCutsAnOverlongLine(t *testing.T) {
	link := slackStyle.link("dawn", "https://dawn.example/"+strings.Repeat("x", 80))
	long := "• " + strings.Repeat("word ", 50) + link
	tests := []struct {
		name  string
		style chatStyle
		line  string
		limit int
	}{
		{"slack link at the cut", slackStyle, long, 260},
		{"discord link at the cut", discordStyle, "• " + strings.Repeat("word ", 50) + discordStyle.link("dawn", "https://dawn.example/"+strings.Repeat("x", 80)), 260},
		{"code span at the cut", slackStyle, "• " + strings.Repeat("word ", 50) + "`▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█`", 260},
		{"wide runes", discordStyle, strings.Repeat("🔥", 200), 101},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := split([]string{"head", tt.line, "tail"}, tt.limit, tt.style.cut)
			if len(parts) != 2 && len(parts) != 3 {
				t.Fatalf("%d parts: %q", len(parts), parts)
			}
			var cut string
			for _, p := range parts {
				if units(p) > tt.limit {
					t.Errorf("part of %d units over %d", units(p), tt.limit)
				}
				for _, l := range strings.Split(p, "\n") {
					if strings.HasSuffix(l, "…") {
						cut = l
					}
				}
			}
			if cut == "" || !utf8.ValidString(cut) {
				t.Fatalf("no valid cut line among %q", parts)
			}
			if strings.Count(cut, "`")%2 != 0 || (strings.Contains(cut, tt.style.opener) && !strings.Contains(cut, tt.style.closer)) {
				t.Errorf("the cut leaves markup open: %q", cut)
			}
		})
	}
}

func TestChatEscapes(t *testing.T) {
	it := Item{IDs: []int64{1}, Type: briefbot.Accusation, Source: Party{ID: "X", Name: "A<b>&c"}, Targets: []Party{{ID: "Y", Name: "*d*_e_"}},
		What: "said `x` | [y]", Day: winFrom, Sources: []Source{{Outlet: "o|p", URL: "https://h.example/q?a=1&b=<2>|"}}}
	b := &Briefing{From: winFrom, To: winTo, Location: time.UTC, NoveltyDays: 30, Counts: map[briefbot.EventType]int{briefbot.Accusation: 1}, Total: 1,
		Stories: []Story{{Title: "A<b>&c – *d*_e_", Items: []Item{it}}}}
	tests := []struct {
		format Format
		want   []string
	}{
		{Slack, []string{"*A&lt;b&gt;&amp;c → *d*_e_*", "said `x` | [y]", "<https://h.example/q?a=1&amp;b=%3C2%3E%7C|o|p>"}},
		{Discord, []string{`**A\<b\>&c → \*d\*\_e\_**`, "said \\`x\\` \\| \\[y\\]", `[o\|p](<https://h.example/q?a=1&b=%3C2%3E|>)`}},
	}
	for _, tt := range tests {
		got := strings.Join(chatText(Render(b, tt.format)), "\n")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tt.format, w, got)
			}
		}
	}
}

// TestRenderJSON: the machine-readable form has the documented fields, one
// development per target, with the coder's actor IDs.
func TestRenderJSON(t *testing.T) {
	b := compose(t, scenario(t), Composer{}, Request{From: winFrom, To: winTo, All: true})
	var doc struct {
		Window       map[string]any   `json:"window"`
		Developments []map[string]any `json:"developments"`
		Trends       []map[string]any `json:"trends"`
		More         *int             `json:"more"`
	}
	if err := json.Unmarshal([]byte(Render(b, JSON)[0].Text), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"from", "to", "zone", "regions", "actors", "novelty_days"} {
		if _, ok := doc.Window[k]; !ok {
			t.Errorf("window lacks %q: %v", k, doc.Window)
		}
	}
	if len(doc.Developments) != 10+1+2 || doc.More == nil || len(doc.Trends) == 0 { // 10 lines of news, China's is two; 2 background

		t.Fatalf("%d developments, more %v, %d trends", len(doc.Developments), doc.More, len(doc.Trends))
	}
	first := doc.Developments[0]
	for _, k := range []string{"id", "date", "type", "source", "target", "code", "summary", "evidence", "sources", "new", "background"} {
		if _, ok := first[k]; !ok {
			t.Errorf("a development lacks %q: %v", k, first)
		}
	}
	if first["source"] != "IRN" || first["target"] != "PAK" || first["date"] != "2026-11-24" || first["new"] != true || first["background"] != false {
		t.Errorf("first development %v, want Iran's strike on Pakistan, new, not background", first)
	}
	var background, chinese int
	for _, d := range doc.Developments {
		if d["background"] == true {
			background++
		}
		if d["source"] == "CHN" {
			chinese++
		}
	}
	if background != 2 || chinese != 2 {
		t.Errorf("%d background and %d Chinese developments, want 2 and 2", background, chinese)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []Format{Plain, Slack, Discord, JSON} {
		if got, err := ParseFormat(strings.ToUpper(f.String())); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), got, err)
		}
	}
	if _, err := ParseFormat("teams"); err == nil || !strings.Contains(err.Error(), "plain, slack, discord, json") {
		t.Errorf("ParseFormat(teams) error = %v, want one listing the formats", err)
	}
}

func TestSparkline(t *testing.T) {
	tests := []struct {
		counts []int
		want   string
	}{
		{nil, ""},
		{[]int{0, 0, 0}, "▁▁▁"},
		{[]int{0, 1, 2, 3, 4, 5, 6, 7}, "▁▂▃▄▅▆▇█"},
		{[]int{1, 100}, "▂█"},
		{[]int{5}, "█"},
	}
	for _, tt := range tests {
		if got := Sparkline(tt.counts); got != tt.want {
			t.Errorf("Sparkline(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}

func TestClause(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Iran accused Pakistan of sheltering militants.", "Iran accused Pakistan of sheltering militants"},
		{"ISLAMABAD (Reuters) - Pakistan recalled its envoy.", "Pakistan recalled its envoy"},
		{"KABUL — The Taliban denied the claim.", "The Taliban denied the claim"},
		{"Iran - which denies it - was accused.", "Iran - which denies it - was accused"},
		{"  spaced\n  out  ", "spaced out"},
		{"The ministry said the strike, which hit a depot near the border late on Tuesday night, was a response to repeated attacks by militants", "The ministry said the strike, which hit a depot near the border late on Tuesday night…"},
		{strings.Repeat("verylongword", 12), strings.Repeat("verylongword", 12)[:maxClause-1] + "…"},
	}
	for _, tt := range tests {
		if got := Clause(tt.in); got != tt.want {
			t.Errorf("Clause(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestRenderAlert(t *testing.T) {
	d := briefbot.Development{ID: 7, Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "strike", Day: at(24, 0, 0),
		FirstSeen: at(24, 9, 10), Evidence: "Iran struck militant hideouts inside Pakistan overnight.",
		Reports: []briefbot.Report{{Outlet: "dawn", Link: "https://dawn.example/1", Published: at(24, 9, 10)}}}
	a := (&Composer{Gazetteer: coder.Builtin()}).Alert(d, karachi(t))
	if !a.Matches([]string{"force"}, 0) || !a.Matches(nil, WeightStateForce) || a.Matches([]string{"accusation", "threat"}, 0) || a.Matches(nil, 101) {
		t.Errorf("Matches: the strike should match force or any kind up to its weight, and nothing else")
	}
	tests := []struct {
		format Format
		want   []string
	}{
		{Plain, []string{"New: Iran → Pakistan: strike, Tue 24 Nov (first reported Tue 24 Nov 14:10 PKT)", "“Iran struck militant hideouts inside Pakistan overnight”", "- dawn  https://dawn.example/1"}},
		{Slack, []string{"*New: Iran → Pakistan: strike*", "<!date^1795521600^{date_short}|Tue 24 Nov>", "<https://dawn.example/1|dawn>", "First reported <!date^"}},
		{Discord, []string{"New: Iran → Pakistan: strike", "<t:1795521600:D>", "[dawn](<https://dawn.example/1>)"}},
	}
	for _, tt := range tests {
		m := a.Render(tt.format)
		got := strings.Join(chatText([]Message{m}), "\n")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tt.format, w, got)
			}
		}
	}
	e := a.Render(Discord).Embeds[0]
	if e.Color != severityColor(WeightStateForce) || e.Timestamp != "2026-11-24T09:10:00Z" {
		t.Errorf("embed %+v, want red, stamped with the first report", e)
	}
}

// TestMajorTakesCeasefires: a ceasefire ranks below governments'
// accusations, yet it is major: alerts default to it (a channel alerted to
// de-escalations gets it, not a call for restraint), and a briefing that
// lists it under weightier lines carries the mention.
func TestMajorTakesCeasefires(t *testing.T) {
	c := &Composer{Gazetteer: coder.Builtin()}
	dev := func(code string) briefbot.Development {
		return briefbot.Development{Type: briefbot.Deescalation, Source: "ARM", Target: "AZE", Code: code, Day: at(24, 0, 0), FirstSeen: at(24, 9, 0)}
	}
	ceasefire, restraint := c.Alert(dev("ceasefire"), nil), c.Alert(dev("restraint"), nil)
	if w := ceasefire.Item.Weight; w != WeightCeasefire || w >= WeightGovClaim || w <= WeightSettlement {
		t.Errorf("ceasefire weight %d, want below accusations and above talks", w)
	}
	if w := c.Alert(dev("declare-truce"), nil).Item.Weight; w != WeightCeasefire {
		t.Errorf("a truce one side declares weighs %d, want a ceasefire's %d", w, WeightCeasefire)
	}
	if w := c.Alert(dev("keep-truce"), nil).Item.Weight; w == WeightCeasefire {
		t.Error("keeping a truce already agreed is no new ceasefire")
	}
	if !ceasefire.Matches([]string{"deescalation"}, 0) || restraint.Matches([]string{"deescalation"}, 0) || ceasefire.Matches(nil, WeightGovClaim) {
		t.Error("Matches: a ceasefire is major by default, a call for restraint is not, and a set weight is a bound")
	}
	briefing := func(weights ...int) *Briefing {
		var items []Item
		for _, w := range weights {
			items = append(items, Item{Weight: w})
		}
		return &Briefing{Stories: []Story{{Items: items}}}
	}
	if !briefing(WeightThreat, WeightGovClaim, WeightCeasefire).Major() || briefing(WeightThreat, WeightSettlement, WeightAppeal).Major() ||
		!briefing(WeightMeasure).Major() {
		t.Error("Briefing.Major: want any listed force, measure or ceasefire, and nothing else")
	}
}
