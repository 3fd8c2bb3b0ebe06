package briefing

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestRenderGolden(t *testing.T) {
	b := compose(t, scenario(), Composer{}, window())
	quiet := compose(t, newFakeStore(coder.Builtin()), Composer{}, Request{From: winFrom, To: winTo})
	for _, f := range []Format{Plain, Slack, Discord} {
		for name, b := range map[string]*Briefing{"scenario": b, "quiet": quiet} {
			t.Run(f.String()+"/"+name, func(t *testing.T) {
				got := strings.Join(Render(b, f), "\n\n----- next part -----\n\n") + "\n"
				golden(t, filepath.Join("testdata", name+"."+f.String()+".golden"), got)
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

// huge is a briefing far over one message.
func huge(items int) *Briefing {
	b := &Briefing{From: winFrom, To: winTo, NoveltyDays: 30, Counts: map[briefbot.EventType]int{briefbot.Escalation: items}, Total: items}
	for i := range items {
		b.New = append(b.New, Item{
			Type: briefbot.Escalation, Code: "strike",
			Source: Party{ID: "RUS", Name: "Russia"}, Target: Party{ID: "UKR", Name: "Ukraine"},
			What: strings.Repeat("struck <targets> & *depots* ", 3) + string(rune('a'+i%26)),
			When: winFrom.Add(time.Duration(i) * time.Minute),
			Sources: []Source{
				{Outlet: "wire|one", URL: "https://wire.example/a?x=1&y=" + strings.Repeat("z", i%40)},
				{Outlet: "[two]", URL: "https://two.example/b>c"},
			},
		})
		b.Trends = append(b.Trends, Trend{A: Party{Name: "A"}, B: Party{Name: "B"}, Escalations: i, BaselineDays: 30, Days: 1, Daily: make([]int, SparkDays)})
	}
	return b
}

func TestRenderSplitsWithinLimits(t *testing.T) {
	tests := []struct {
		format   Format
		style    chatStyle
		limit    int
		maxParts int
	}{
		{Slack, slackStyle, SlackPartLimit, SlackMaxParts},
		{Discord, discordStyle, DiscordPartLimit, 0},
	}
	for _, tt := range tests {
		t.Run(tt.format.String(), func(t *testing.T) {
			b := huge(150)
			parts := Render(b, tt.format)
			if len(parts) < 5 {
				t.Fatalf("%d parts, want a briefing this long split in many", len(parts))
			}
			if tt.maxParts > 0 && len(parts) > tt.maxParts {
				t.Errorf("%d parts, over the limit of %d", len(parts), tt.maxParts)
			}
			var rejoined []string
			for i, p := range parts {
				if n := units(p); n > tt.limit {
					t.Errorf("part %d holds %d units, over %d", i, n, tt.limit)
				}
				if strings.TrimSpace(p) == "" || strings.HasPrefix(p, "\n") || strings.HasSuffix(p, "\n") {
					t.Errorf("part %d starts or ends blank: %q", i, p)
				}
				rejoined = append(rejoined, strings.Split(p, "\n")...)
			}
			// Every line arrives whole, in order; only blank lines at the
			// cuts go.
			if want := nonBlank(chatLines(b, tt.style)); !slices.Equal(nonBlank(rejoined), want) {
				t.Errorf("the parts rejoin to %d lines, want the %d lines of the whole", len(nonBlank(rejoined)), len(want))
			}
		})
	}
}

func nonBlank(lines []string) []string {
	return slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return strings.TrimSpace(l) == "" })
}

func TestRenderSlackCapsParts(t *testing.T) {
	b := huge(3000)
	parts := Render(b, Slack)
	if len(parts) != SlackMaxParts {
		t.Fatalf("%d parts, want the cap of %d", len(parts), SlackMaxParts)
	}
	last := parts[len(parts)-1]
	if units(last) > SlackPartLimit || !strings.Contains(last[strings.LastIndex(last, "\n"):], "more, cut to fit") {
		t.Errorf("the last part (%d units) does not end saying what was cut: …%s", units(last), last[max(0, len(last)-200):])
	}
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
			parts := split([]string{"head", tt.line, "tail"}, tt.limit, 0, tt.style.cut)
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
	it := Item{Type: briefbot.Accusation, Source: Party{ID: "X", Name: "A<b>&c"}, Target: Party{ID: "Y", Name: "*d*_e_"},
		What: "said `x` | [y]", When: winFrom, Sources: []Source{{Outlet: "o|p", URL: "https://h.example/q?a=1&b=<2>|"}}}
	b := &Briefing{From: winFrom, To: winTo, NoveltyDays: 30, Counts: map[briefbot.EventType]int{briefbot.Accusation: 1}, Total: 1, New: []Item{it}}
	tests := []struct {
		format Format
		want   []string
	}{
		{Slack, []string{"*A&lt;b&gt;&amp;c → *d*_e_*", "said `x` | [y]", "<https://h.example/q?a=1&amp;b=%3C2%3E%7C|o|p>"}},
		{Discord, []string{`**A\<b\>&c → \*d\*\_e\_**`, "said \\`x\\` \\| \\[y\\]", `[o\|p](<https://h.example/q?a=1&b=%3C2%3E|>)`}},
	}
	for _, tt := range tests {
		got := strings.Join(Render(b, tt.format), "\n")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tt.format, w, got)
			}
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []Format{Plain, Slack, Discord} {
		if got, err := ParseFormat(strings.ToUpper(f.String())); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), got, err)
		}
	}
	if _, err := ParseFormat("teams"); err == nil || !strings.Contains(err.Error(), "plain, slack, discord") {
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
