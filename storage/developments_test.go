package storage

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// evidences lists the evidence of each development, in order: the fixture
// number of its best event in eventFixture.
func evidences(devs []briefbot.Development) []string {
	out := []string{}
	for _, d := range devs {
		out = append(out, d.Evidence)
	}
	return out
}

func TestDevelopmentQueries(t *testing.T) {
	ctx := context.Background()
	s := eventFixture(t)
	type query func() ([]briefbot.Development, error)
	tests := []struct {
		name  string
		query query
		want  []string
	}{
		{"seen: all, earliest first, ties by id", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{}, 0)
		}, []string{"1", "2", "7", "3", "4", "9", "5", "6"}},
		{"seen: from inclusive, to exclusive", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 1), at(0, 3), Filter{}, 0)
		}, []string{"1", "2", "7"}},
		{"seen: first reported, not reported again", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(2, 1), at(3, 0), Filter{}, 0)
		}, []string{}},
		{"seen: limit", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{}, 2)
		}, []string{"1", "2"}},
		{"seen: region on either side", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"south-asia"}}, 0)
		}, []string{"1", "2", "3", "5", "6"}},
		{"seen: region or actor", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"east-asia"}, Actors: []string{"IND"}}, 0)
		}, []string{"7", "4", "5"}},
		{"seen: unknown region matches nothing", func() ([]briefbot.Development, error) {
			return s.DevelopmentsSeen(ctx, at(0, 0), at(3, 0), Filter{Regions: []string{"atlantis"}}, 0)
		}, []string{}},
		{"after: stored after an id, first reported since, in storage order", func() ([]briefbot.Development, error) {
			return s.DevelopmentsAfter(ctx, 3, at(1, 0), Filter{}, 0)
		}, []string{"4", "5", "6", "9"}},
		{"after: filter and limit", func() ([]briefbot.Development, error) {
			return s.DevelopmentsAfter(ctx, 0, at(0, 0), Filter{Actors: []string{"PAK"}}, 2)
		}, []string{"2", "3"}},
		{"by actor: source or target, self once, latest first", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByActor(ctx, "IRN", at(0, 0), at(3, 0), 0)
		}, []string{"6", "9", "3", "2", "1"}},
		{"by actor: limit", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByActor(ctx, "IRN", at(0, 0), at(3, 0), 3)
		}, []string{"6", "9", "3"}},
		{"by actor: the days whose midnight is in the window", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByActor(ctx, "IRN", at(0, 2), at(2, 0), 0)
		}, []string{"9"}},
		{"by dyad: both directions", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByDyad(ctx, "IRN", "PAK", at(0, 0), at(3, 0), 0)
		}, []string{"6", "3", "2"}},
		{"by dyad: reversed arguments", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByDyad(ctx, "PAK", "IRN", at(0, 0), at(3, 0), 0)
		}, []string{"6", "3", "2"}},
		{"by dyad: limit", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByDyad(ctx, "IRN", "PAK", at(0, 0), at(3, 0), 1)
		}, []string{"6"}},
		{"by dyad: with itself", func() ([]briefbot.Development, error) {
			return s.DevelopmentsByDyad(ctx, "IRN", "IRN", at(0, 0), at(3, 0), 0)
		}, []string{"9"}},
	}
	for _, tt := range tests {
		check(t, tt.name, func() ([]string, error) {
			devs, err := tt.query()
			return evidences(devs), err
		}, tt.want)
	}

	// Events 6 and 8: one development with both articles as reports,
	// each only once its article is out.
	for _, tt := range []struct {
		until time.Time
		links []string
	}{
		{at(3, 0), []string{"https://x.test/6", "https://x.test/8"}},
		{at(2, 5), []string{"https://x.test/6"}},
	} {
		devs, err := s.DevelopmentsSeen(ctx, at(2, 0), tt.until, Filter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		var links []string
		for _, r := range devs[0].Reports {
			links = append(links, r.Link)
		}
		if len(devs) != 1 || devs[0].Mentions != 2 || !reflect.DeepEqual(links, tt.links) {
			t.Errorf("until %s: %+v, want one development of 2 mentions reported by %v", tt.until, devs, tt.links)
		}
	}
}

// mention is an article whose headline is title and whose text is text,
// and the events stated in it: each event's offsets are those of its
// evidence in the coded text.
type mention struct {
	day, hour   int
	link        string
	title, text string
	events      []briefbot.Event
}

func (m mention) add(t *testing.T, s *Store) {
	t.Helper()
	a := briefbot.Article{Link: m.link, FeedName: strings.Split(m.link, "/")[2], Title: m.title, Text: m.text, Published: at(m.day, m.hour)}
	coded := m.title + "\n\n" + m.text
	for i, e := range m.events {
		start := strings.Index(coded, e.Evidence)
		if start < 0 {
			t.Fatalf("%q is not in %q", e.Evidence, coded)
		}
		m.events[i].Start, m.events[i].End = start, start+len(e.Evidence)
	}
	if _, _, err := s.AddArticle(context.Background(), a, m.events); err != nil {
		t.Fatal(err)
	}
}

// describe tells what the test checks of a development.
func describe(d briefbot.Development) string {
	standing := "news"
	if d.Background {
		standing = "background"
	}
	return fmt.Sprintf("%s %s>%s day %d %s, %d mentions in %d articles: %s", d.Code, d.Source, d.Target,
		int(d.Day.Sub(day0).Hours()/24), standing, d.Mentions, len(d.Reports), d.Evidence)
}

func TestMergeAtIngest(t *testing.T) {
	const (
		headline = "Iran strikes militants in Pakistan"
		lead     = "Iran struck militant bases inside Pakistan on Tuesday."
		recap    = "The strikes followed Iran's raid on the border."
	)
	strike := func(evidence string) briefbot.Event {
		return briefbot.Event{Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "strike", Evidence: evidence, Confidence: 0.7}
	}
	text := lead + "\n" + recap
	anchored := func(e briefbot.Event, day int) briefbot.Event { e.When = at(day, 0); return e }
	background := func(e briefbot.Event) briefbot.Event { e.Background = true; return e }
	tests := []struct {
		name     string
		mentions []mention
		want     []string
	}{
		{"headline and lead: one development, the lead's sentence", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(headline), strike(lead)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 1 articles: " + lead}},
		{"restated the morning after", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{1, 3, "https://b.test/1", headline, text, []briefbot.Event{strike(lead)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"the next day's lead a day later: news", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{1, 9, "https://b.test/1", headline, text, []briefbot.Event{strike(headline)}},
		}, []string{"strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead, "strike IRN>PAK day 1 news, 1 mentions in 1 articles: " + headline}},
		{"the next day's recap further down", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{1, 9, "https://b.test/1", headline, text, []briefbot.Event{strike(recap)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"two days later in a lead: news", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{2, 9, "https://b.test/1", headline, text, []briefbot.Event{strike(headline)}},
		}, []string{"strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead, "strike IRN>PAK day 2 news, 1 mentions in 1 articles: " + headline}},
		{"two days later further down: a recap", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{2, 9, "https://b.test/1", headline, text, []briefbot.Event{strike(recap)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"over a week later further down: news", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{8, 9, "https://b.test/1", headline, text, []briefbot.Event{strike(recap)}},
		}, []string{"strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead, "strike IRN>PAK day 8 news, 1 mentions in 1 articles: " + recap}},
		{"a later report anchored a day earlier moves the day back", []mention{
			{1, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{1, 12, "https://b.test/1", headline, text, []briefbot.Event{anchored(strike(recap), 0)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"an attack and a strike the same day: one development, told by the earlier report", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{0, 10, "https://b.test/1", headline, text, []briefbot.Event{{Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "attack", Evidence: lead, Confidence: 0.9}}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"stored out of order: the earlier report still tells it", []mention{
			{0, 14, "https://b.test/1", headline, text, []briefbot.Event{{Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "attack", Evidence: recap, Confidence: 0.9}}},
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"a recall and a strike the same day: two", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{0, 10, "https://b.test/1", headline, text, []briefbot.Event{{Type: briefbot.Escalation, Source: "IRN", Target: "PAK", Code: "recall-ambassador", Evidence: lead}}},
		}, []string{"strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead, "recall-ambassador IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead}},
		{"the other direction: two", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{0, 10, "https://b.test/1", headline, text, []briefbot.Event{{Type: briefbot.Escalation, Source: "PAK", Target: "IRN", Code: "strike", Evidence: lead}}},
		}, []string{"strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead, "strike PAK>IRN day 0 news, 1 mentions in 1 articles: " + lead}},
		{"background joins the news it recalls, keeping the news sentence", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{strike(lead)}},
			{5, 9, "https://b.test/1", headline, text, []briefbot.Event{background(anchored(strike(headline), 5))}},
		}, []string{"strike IRN>PAK day 0 news, 2 mentions in 2 articles: " + lead}},
		{"news never joins background", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{background(strike(recap))}},
			{0, 10, "https://b.test/1", headline, text, []briefbot.Event{strike(lead)}},
		}, []string{"strike IRN>PAK day 0 background, 1 mentions in 1 articles: " + recap, "strike IRN>PAK day 0 news, 1 mentions in 1 articles: " + lead}},
		{"background anchored long ago", []mention{
			{0, 9, "https://a.test/1", headline, text, []briefbot.Event{background(anchored(strike(recap), -400))}},
		}, []string{"strike IRN>PAK day -400 background, 1 mentions in 1 articles: " + recap}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			for _, m := range tt.mentions {
				m.add(t, s)
			}
			devs, err := s.DevelopmentsSeen(context.Background(), at(-500, 0), at(20, 0), Filter{}, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range devs {
				got = append(got, describe(d))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("developments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSummariesFollowAMovedDay checks the per-day summaries when a later
// report moves a development's day back, and that background counts
// nowhere.
func TestSummariesFollowAMovedDay(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	e := ev("escalation", "IRN", "PAK")
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/1", Published: at(1, 9)}, e)
	e.When = at(0, 0)
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/2", Published: at(1, 10)}, e)
	old := ev("accusation", "IRN", "PAK")
	old.Background = true
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/3", Published: at(1, 11)}, old)

	days, err := s.ActorDailyCounts(ctx, "PAK", at(-1, 0), at(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []ActorDay{{"escalation", at(0, 0), 1}}; !reflect.DeepEqual(days, want) {
		t.Errorf("daily counts = %+v, want %+v", days, want)
	}
	keyDays, err := s.KeyDailyCounts(ctx, []Key{{"escalation", "IRN", "PAK"}, {"accusation", "IRN", "PAK"}}, at(-1, 0), at(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []DyadDay{{"IRN", "PAK", "escalation", at(0, 0), 1}}; !reflect.DeepEqual(keyDays, want) {
		t.Errorf("key daily counts = %+v, want %+v", keyDays, want)
	}
	cps, err := s.Counterparts(ctx, "IRN", at(-14, 0), at(14, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Counterpart{{"PAK", 1}}; !reflect.DeepEqual(cps, want) {
		t.Errorf("counterparts = %+v, want %+v", cps, want)
	}
	devs, err := s.DevelopmentsByActor(ctx, "IRN", at(-1, 0), at(3, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(devs) != 1 || devs[0].Type != briefbot.Escalation {
		t.Errorf("developments of IRN = %+v, want the escalation only: background is not news", devs)
	}
}

// TestFillDevelopments opens a store whose events have no developments, as
// one written before them: opening files them.
func TestFillDevelopments(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/fill.db"
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, published := range []time.Time{at(0, 1), at(0, 2), at(3, 6)} { // the third is days later: its own
		mustAdd(t, s, briefbot.Article{Link: fmt.Sprintf("https://x.test/%d", i), Published: published}, ev("accusation", "IRN", "PAK"))
	}
	for _, q := range []string{`UPDATE events SET development_id = NULL`, `DELETE FROM developments`} {
		if _, err := s.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s = reopen(t, s, path)
	devs, err := s.DevelopmentsSeen(ctx, at(0, 0), at(4, 0), Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(devs) != 2 || devs[0].Mentions != 2 || len(devs[0].Reports) != 2 || !devs[1].Day.Equal(at(3, 0)) {
		t.Errorf("filled developments = %+v, want one of 2 mentions on day 0 and one on day 3", devs)
	}
	days, err := s.ActorDailyCounts(ctx, "IRN", at(0, 0), at(4, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := []ActorDay{{"accusation", at(0, 0), 1}, {"accusation", at(3, 0), 1}}; !reflect.DeepEqual(days, want) {
		t.Errorf("daily counts after filling = %+v, want %+v", days, want)
	}
}

// TestMergeIsOrderFree stores the same articles in every order, as feeds
// polled at once do: the same developments must come out, on the same
// days, and a recap stored before what it recaps must not stand as a
// development of its own. (Which development takes a recap that no date
// anchors may depend on the order.)
func TestMergeIsOrderFree(t *testing.T) {
	const (
		headline = "Kyrgyz artillery shells Tajik villages"
		lead     = "Kyrgyz artillery shelled three Tajik villages overnight."
		recap    = "The shelling of Tajik villages on Tuesday killed four civilians."
	)
	shell := func(evidence string) briefbot.Event {
		return briefbot.Event{Type: briefbot.Escalation, Source: "KGZ", Target: "TJK", Code: "strike", Evidence: evidence, Confidence: 0.8}
	}
	text := lead + "\n" + recap
	mentions := []mention{
		{0, 11, "https://a.test/monday", "Clash at the border", "Tajikistan said Kyrgyz troops fired first.", []briefbot.Event{
			{Type: briefbot.Escalation, Source: "KGZ", Target: "TJK", Code: "attack", Evidence: "Tajikistan said Kyrgyz troops fired first.", Confidence: 0.7}}},
		{1, 7, "https://a.test/tuesday", headline, text, []briefbot.Event{shell(lead)}},
		{1, 8, "https://b.test/tuesday", headline, text, []briefbot.Event{shell(headline)}},
		{3, 13, "https://a.test/thursday", headline, text, []briefbot.Event{shell(recap)}},
	}
	want := []string{
		"attack KGZ>TJK day 0 news: Tajikistan said Kyrgyz troops fired first.",
		"strike KGZ>TJK day 1 news: " + lead,
	}
	for _, order := range permutations(len(mentions)) {
		s := openTemp(t)
		for _, i := range order {
			mentions[i].add(t, s)
		}
		devs, err := s.DevelopmentsSeen(context.Background(), at(-1, 0), at(9, 0), Filter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range devs {
			got = append(got, fmt.Sprintf("%s %s>%s day %d news: %s", d.Code, d.Source, d.Target, int(d.Day.Sub(day0).Hours()/24), d.Evidence))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("stored in the order %v:\n%s\nwant\n%s", order, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// permutations lists every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}
