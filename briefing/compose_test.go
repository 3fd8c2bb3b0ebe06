package briefing

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

func compose(t *testing.T, f *fakeStore, c Composer, r Request) *Briefing {
	t.Helper()
	if c.Store == nil {
		c.Store = f
	}
	c.Gazetteer = f.gaz
	b, err := c.Compose(context.Background(), r)
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	return b
}

func window() Request { return Request{From: winFrom, To: winTo} }

// line is what a test checks of an item.
type line struct {
	dyad, kind string
	when       time.Time
	outlets    []string
	answers    string // "IRN 18 Nov" for a linked denial
}

func lineOf(it Item) line {
	l := line{dyad: itemDyad(it), kind: kindPhrase(it, time.UTC), when: it.When}
	for _, s := range it.Sources {
		l.outlets = append(l.outlets, s.Outlet)
	}
	if a := it.Answers; a != nil {
		l.answers = a.Accuser.ID + " " + a.When.Format("2 Jan")
	}
	return l
}

func checkLines(t *testing.T, section string, items []Item, want []line) {
	t.Helper()
	if len(items) != len(want) {
		var got []line
		for _, it := range items {
			got = append(got, lineOf(it))
		}
		t.Fatalf("%s: %d items, want %d:\n got %+v", section, len(items), len(want), got)
	}
	for i, it := range items {
		got := lineOf(it)
		w := want[i]
		if got.dyad != w.dyad || got.kind != w.kind || !got.when.Equal(w.when) || !slices.Equal(got.outlets, w.outlets) || got.answers != w.answers {
			t.Errorf("%s[%d] = %+v\nwant %+v", section, i, got, w)
		}
	}
}

func TestComposeScenario(t *testing.T) {
	b := compose(t, scenario(), Composer{}, window())

	wantCounts := map[briefbot.EventType]int{briefbot.Accusation: 2, briefbot.Denial: 2, briefbot.Escalation: 4, briefbot.Deescalation: 1}
	for _, typ := range briefbot.EventTypes {
		if b.Counts[typ] != wantCounts[typ] {
			t.Errorf("Counts[%s] = %d, want %d", typ, b.Counts[typ], wantCounts[typ])
		}
	}
	if b.Total != 9 || b.Empty() {
		t.Errorf("Total = %d, Empty = %v; want 9, false", b.Total, b.Empty())
	}
	if b.Top == nil || b.Top.A.ID != "IRN" || b.Top.B.ID != "PAK" {
		t.Fatalf("Top = %+v, want IRN – PAK", b.Top)
	}

	checkLines(t, "New", b.New, []line{
		{dyad: "Iran → Pakistan", kind: "strike", when: at(24, 9, 10), outlets: []string{"dawn", "aljazeera", "bbc", "tribune"}},
		{dyad: "Iran → Afghanistan", kind: "accusation", when: at(24, 11, 30), outlets: []string{"tehrantimes"}},
		{dyad: "Pakistan → Iran", kind: "denied Iran's 18 Nov accusation", when: at(24, 17, 20), outlets: []string{"dawn"}, answers: "IRN 18 Nov"},
		{dyad: "Afghanistan", kind: "denied Iran's 24 Nov accusation", when: at(24, 19, 0), outlets: []string{"tolo"}, answers: "IRN 24 Nov"},
	})
	checkLines(t, "Deescalations", b.Deescalations, []line{
		{dyad: "Afghanistan → Pakistan", kind: "talks", when: at(25, 6, 15), outlets: []string{"tolo"}},
	})
	if got := b.New[0].Reports; got != 3 {
		t.Errorf("the strike item merges %d reports, want 3", got)
	}
	if got, want := b.New[0].What, "Iran's Revolutionary Guards said they struck militant hideouts across the border in Pakistan's Balochistan province…"; got != want {
		t.Errorf("What = %q\nwant %q", got, want)
	}

	if len(b.Trends) != 2 {
		t.Fatalf("%d trends, want 2: %+v", len(b.Trends), b.Trends)
	}
	irnPak := b.Trends[0]
	wantDaily := make([]int, SparkDays) // 12 Nov .. 25 Nov
	wantDaily[15-12], wantDaily[22-12], wantDaily[24-12] = 1, 1, 4
	if irnPak.Escalations != 4 || irnPak.Deescalations != 0 || irnPak.Before != 3 || irnPak.BaselineDays != 30 || !slices.Equal(irnPak.Daily, wantDaily) || irnPak.Shift() != Rising {
		t.Errorf("IRN–PAK trend = %+v (%s)\nwant 4 escalations, 3 before in 30 days, daily %v, rising", irnPak, irnPak.Shift(), wantDaily)
	}
	afgPak := b.Trends[1]
	if afgPak.A.ID != "AFG" || afgPak.Deescalations != 1 || afgPak.Escalations != 0 || afgPak.Shift() != Easing {
		t.Errorf("AFG–PAK trend = %+v (%s), want one de-escalation, easing", afgPak, afgPak.Shift())
	}
}

func TestComposeNovelty(t *testing.T) {
	const days = 30
	lookback := days * 24 * time.Hour
	tests := []struct {
		name    string
		history []briefbot.Event // each stored at its own Date
		new     bool
	}{
		{"never seen", nil, true},
		{"seen just inside the lookback", []briefbot.Event{at2(ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "x"), winFrom.Add(-lookback+time.Minute))}, false},
		{"seen exactly at the lookback's start", []briefbot.Event{at2(ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "x"), winFrom.Add(-lookback))}, false},
		{"seen just before the lookback", []briefbot.Event{at2(ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "x"), winFrom.Add(-lookback-time.Minute))}, true},
		{"seen a minute before the window", []briefbot.Event{at2(ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "x"), winFrom.Add(-time.Minute))}, false},
		{"the other direction was seen", []briefbot.Event{at2(ev(briefbot.Accusation, "PAK", "IRN", "accuse", -4, "x"), winFrom.Add(-time.Hour))}, true},
		{"another type was seen", []briefbot.Event{at2(ev(briefbot.Escalation, "IRN", "PAK", "strike", -8, "x"), winFrom.Add(-time.Hour))}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeStore(coder.Builtin())
			for i, e := range tt.history {
				f.add(int64(100+i), "wire", e.Published, e)
			}
			f.add(1, "wire", winFrom, ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "Iran accused Pakistan of harbouring militants."))
			f.add(2, "wire", winFrom, ev(briefbot.Deescalation, "IRN", "PAK", "talks", 4, "Iran and Pakistan held talks."))
			c := Composer{Store: f, Gazetteer: f.gaz, NoveltyDays: days}
			b, err := c.Compose(context.Background(), window())
			if err != nil {
				t.Fatal(err)
			}
			if got := len(b.New) == 1; got != tt.new {
				t.Errorf("new = %v, want %v (items %+v)", got, tt.new, b.New)
			}
			wantProbed := []storage.Key{{Type: "accusation", Source: "IRN", Target: "PAK"}}
			if !slices.Equal(f.probed, wantProbed) {
				t.Errorf("probed %v, want only the window's accusation key %v", f.probed, wantProbed)
			}
			if f.probedSpan != [2]time.Time{winFrom.Add(-lookback), winFrom} {
				t.Errorf("SeenAmong read %v, want the %d days before the window", f.probedSpan, days)
			}
		})
	}
}

// at2 dates an event for a fakeStore.add.
func at2(e briefbot.Event, t time.Time) briefbot.Event { e.Published = t; return e }

func TestComposeWindowBounds(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	f.add(1, "wire", winFrom, ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "At the start."))
	f.add(2, "wire", winTo.Add(-time.Second), ev(briefbot.Accusation, "IND", "PAK", "accuse", -4, "Just before the end."))
	f.add(3, "wire", winTo, ev(briefbot.Accusation, "AFG", "PAK", "accuse", -4, "At the end."))
	f.add(4, "wire", winFrom.Add(-time.Second), ev(briefbot.Accusation, "USA", "RUS", "accuse", -4, "Just before the start."))
	b := compose(t, f, Composer{}, window())
	var got []string
	for _, it := range b.New {
		got = append(got, it.Source.ID)
	}
	if want := []string{"IRN", "IND"}; !slices.Equal(got, want) {
		t.Errorf("new items from %v, want %v", got, want)
	}
}

func TestComposeGroupsAStoryIntoOneLine(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	strike := ev(briefbot.Escalation, "IRN", "PAK", "strike", -9, "Iran struck targets in Pakistan.")
	f.add(1, "dawn", at(24, 10, 0), strike)
	f.add(1, "bbc", at(24, 10, 30))
	f.add(1, "aljazeera", at(24, 9, 0), strike)
	b := compose(t, f, Composer{}, window())
	checkLines(t, "New", b.New, []line{
		{dyad: "Iran → Pakistan", kind: "strike", when: at(24, 9, 0), outlets: []string{"aljazeera", "dawn", "bbc"}},
	})
	for _, s := range b.New[0].Sources {
		if s.URL == "" {
			t.Errorf("source %q has no link", s.Outlet)
		}
	}
}

func TestComposeMergesTargetsOfOneSentence(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	const both = "Iran struck targets in Iraq and Syria."
	f.add(1, "dawn", at(24, 10, 0), ev(briefbot.Escalation, "IRN", "IRQ", "strike", -9, both), ev(briefbot.Escalation, "IRN", "SYR", "strike", -9, both))
	f.add(2, "bbc", at(24, 11, 0), ev(briefbot.Escalation, "IRN", "ISR", "strike", -9, "Iran struck Israel."))
	f.add(3, "tolo", at(24, 12, 0), ev(briefbot.Denial, "IRQ", "IRN", "deny", -2, "Both denied it."), ev(briefbot.Denial, "SYR", "IRN", "deny", -2, "Both denied it."))
	b := compose(t, f, Composer{}, window())
	var got []string
	for _, it := range b.New {
		got = append(got, itemDyad(it))
	}
	if want := []string{"Iran → Iraq, Syria", "Iran → Israel", "Iraq → Iran", "Syria → Iran"}; !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
}

func TestComposeLinksDenials(t *testing.T) {
	accuse := func(src, tgt string) briefbot.Event {
		return ev(briefbot.Accusation, src, tgt, "accuse", -4, "An accusation.")
	}
	deny := ev(briefbot.Denial, "PAK", "IRN", "deny", -2, "Pakistan denied it.")
	denyAnyone := ev(briefbot.Denial, "PAK", "", "deny", -2, "Pakistan denied it.")
	denialAt := at(24, 18, 0)
	tests := []struct {
		name        string
		denial      briefbot.Event
		accusations []briefbot.Event
		want        string
	}{
		{"accused before the window", deny, []briefbot.Event{at2(accuse("IRN", "PAK"), at(18, 9, 0))}, "IRN 18 Nov"},
		{"latest accusation wins", deny, []briefbot.Event{at2(accuse("IRN", "PAK"), at(18, 9, 0)), at2(accuse("IRN", "PAK"), at(24, 9, 0))}, "IRN 24 Nov"},
		{"accusation after the denial", deny, []briefbot.Event{at2(accuse("IRN", "PAK"), at(24, 20, 0))}, ""},
		{"accusation older than the lookback", deny, []briefbot.Event{at2(accuse("IRN", "PAK"), time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))}, ""},
		{"accused by someone else", deny, []briefbot.Event{at2(accuse("IND", "PAK"), at(20, 9, 0))}, ""},
		{"accusation the other way", deny, []briefbot.Event{at2(accuse("PAK", "IRN"), at(20, 9, 0))}, ""},
		{"no accuser named: anyone's", denyAnyone, []briefbot.Event{at2(accuse("IND", "PAK"), at(20, 9, 0)), at2(accuse("AFG", "PAK"), at(21, 9, 0))}, "AFG 21 Nov"},
		{"nothing to answer", deny, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeStore(coder.Builtin())
			for i, a := range tt.accusations {
				f.add(int64(100+i), "wire", a.Published, a)
			}
			f.add(1, "dawn", denialAt, tt.denial)
			b := compose(t, f, Composer{}, window())
			var denial *Item
			for i := range b.New {
				if b.New[i].Type == briefbot.Denial {
					denial = &b.New[i]
				}
			}
			if denial == nil {
				t.Fatalf("no denial among %+v", b.New)
			}
			if got := lineOf(*denial).answers; got != tt.want {
				t.Errorf("answers %q, want %q", got, tt.want)
			}
		})
	}
}

func TestComposeTrendAgainstBaseline(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	strike := func(src, tgt string) briefbot.Event {
		return ev(briefbot.Escalation, src, tgt, "strike", -8, "A strike.")
	}
	// Ten escalations a day, every day of the month before: busy but usual.
	for d := 1; d <= 30; d++ {
		day := winFrom.AddDate(0, 0, -d)
		for i := range 10 {
			f.add(int64(1000*d+i), "wire", day.Add(time.Duration(i)*time.Minute), strike("RUS", "UKR"))
		}
	}
	for i := range 10 {
		f.add(int64(i+1), "wire", winFrom.Add(time.Duration(i)*time.Minute), strike("UKR", "RUS"))
	}
	// Two, from nothing before: the dyad that escalated most.
	f.add(50, "wire", at(24, 12, 0), strike("IND", "PAK"))
	f.add(51, "wire", at(24, 13, 0), strike("IND", "PAK"))
	f.add(52, "wire", at(24, 14, 0), ev(briefbot.Deescalation, "RUS", "UKR", "talks", 4, "Talks."))

	b := compose(t, f, Composer{Store: f}, window())
	if len(b.Trends) != 2 {
		t.Fatalf("%d trends, want 2", len(b.Trends))
	}
	top, busy := b.Trends[0], b.Trends[1]
	if b.Top == nil || b.Top.A.ID != "IND" || top.A.ID != "IND" || top.Shift() != Rising || top.Before != 0 {
		t.Errorf("top trend %+v (%s), want IND – PAK rising from nothing", top, top.Shift())
	}
	if busy.A.ID != "UKR" || busy.Escalations != 10 || busy.Deescalations != 1 || busy.Before != 300 || busy.Baseline() != 10 || busy.Shift() != Steady {
		t.Errorf("busy trend %+v (%s), want UKR – RUS, 10 against 10 a day, steady", busy, busy.Shift())
	}
	want := slices.Repeat([]int{10}, SparkDays)
	want[SparkDays-1] = 0 // the window's last day, 25 Nov, is before 08:00 and quiet
	if !slices.Equal(busy.Daily, want) {
		t.Errorf("daily = %v, want %v", busy.Daily, want)
	}

	// Capped, the section keeps the busiest dyad, though it is steady.
	b = compose(t, f, Composer{Store: f, MaxItems: 1}, window())
	if len(b.Trends) != 1 || b.Trends[0].A.ID != "UKR" || b.MoreTrends != 1 || b.Top != nil {
		t.Errorf("capped to one: trends %+v, %d more, top %+v; want UKR – RUS, 1 more, no top", b.Trends, b.MoreTrends, b.Top)
	}
}

// With a lookback shorter than the sparkline, older days still draw but do
// not count in the baseline.
func TestComposeShortLookbackSparkline(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	strike := ev(briefbot.Escalation, "IND", "PAK", "strike", -8, "A strike.")
	f.add(1, "wire", at(14, 12, 0), strike) // 10 days before the window's first day
	f.add(5, "wire", at(17, 7, 0), strike)  // an hour before the 7 days before
	f.add(2, "wire", at(20, 12, 0), strike) // within the 7 days before
	f.add(3, "wire", at(24, 7, 0), strike)  // the window's first day, before the window
	f.add(4, "wire", at(24, 12, 0), strike)
	b := compose(t, f, Composer{Store: f, NoveltyDays: 7}, window())
	if len(b.Trends) != 1 {
		t.Fatalf("%d trends, want 1", len(b.Trends))
	}
	tr := b.Trends[0]
	want := make([]int, SparkDays) // 12 Nov .. 25 Nov
	want[14-12], want[17-12], want[20-12], want[24-12] = 1, 1, 1, 2
	if tr.Before != 2 || tr.BaselineDays != 7 || !slices.Equal(tr.Daily, want) {
		t.Errorf("trend %+v, want 2 before in 7 days and daily %v", tr, want)
	}
}

func TestTrendShift(t *testing.T) {
	tests := []struct {
		name  string
		trend Trend
		want  Shift
	}{
		{"first escalation", Trend{Escalations: 1, Days: 1, BaselineDays: 30}, Rising},
		{"as usual", Trend{Escalations: 3, Before: 90, BaselineDays: 30, Days: 1}, Steady},
		{"fewer than usual", Trend{Escalations: 1, Before: 90, BaselineDays: 30, Days: 1}, Easing},
		{"talks outnumber strikes", Trend{Escalations: 1, Deescalations: 2, BaselineDays: 30, Days: 1}, Easing},
		{"even", Trend{Escalations: 1, Deescalations: 1, BaselineDays: 30, Days: 1}, Steady},
	}
	for _, tt := range tests {
		if got := tt.trend.Shift(); got != tt.want {
			t.Errorf("%s: Shift() = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestComposeFilter(t *testing.T) {
	tests := []struct {
		name   string
		filter storage.Filter
		want   []string // the dyads of the new items
	}{
		{"everything", storage.Filter{}, []string{"Russia → Ukraine", "Iran → Pakistan", "United States → Venezuela"}},
		{"a region", storage.Filter{Regions: []string{"south-asia"}}, []string{"Iran → Pakistan"}},
		{"an actor", storage.Filter{Actors: []string{"UKR"}}, []string{"Russia → Ukraine"}},
		{"a region or an actor", storage.Filter{Regions: []string{"latin-america"}, Actors: []string{"IRN"}}, []string{"Iran → Pakistan", "United States → Venezuela"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeStore(coder.Builtin())
			f.add(1, "wire", at(24, 9, 0), ev(briefbot.Escalation, "RUS", "UKR", "strike", -8, "Russia struck Ukraine."))
			f.add(2, "wire", at(24, 10, 0), ev(briefbot.Escalation, "IRN", "PAK", "strike", -8, "Iran struck Pakistan."))
			f.add(3, "wire", at(24, 11, 0), ev(briefbot.Accusation, "USA", "VEN", "accuse", -4, "Washington accused Caracas."))
			r := window()
			r.Filter = tt.filter
			b := compose(t, f, Composer{}, r)
			var got []string
			for _, it := range b.New {
				got = append(got, itemDyad(it))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("new items %v, want %v", got, tt.want)
			}
			for _, fl := range f.filters {
				if !slices.Equal(fl.Regions, tt.filter.Regions) || !slices.Equal(fl.Actors, tt.filter.Actors) {
					t.Errorf("a read got filter %+v, want %+v", fl, tt.filter)
				}
			}
		})
	}
}

func TestComposeCapsEachSection(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	targets := []string{"AFG", "IND", "CHN", "USA", "RUS"}
	for i, tgt := range targets {
		f.add(int64(i+1), "wire", at(24, 9+i, 0), ev(briefbot.Accusation, "PAK", tgt, "accuse", -4, "Pakistan accused "+tgt+"."))
	}
	// The most reported story survives the cap.
	f.add(5, "second", at(24, 15, 0))
	f.add(5, "third", at(24, 15, 0))
	b := compose(t, f, Composer{MaxItems: 2}, window())
	if len(b.New) != 2 || b.More != 3 {
		t.Fatalf("%d new items and %d more, want 2 and 3", len(b.New), b.More)
	}
	if b.New[1].Target.ID != "RUS" {
		t.Errorf("kept %s and %s, want the three-outlet story about RUS among them", b.New[0].Target.ID, b.New[1].Target.ID)
	}
}

func TestComposeQuietWindow(t *testing.T) {
	f := newFakeStore(coder.Builtin())
	f.add(1, "wire", winFrom.Add(-time.Hour), ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "Before the window."))
	b := compose(t, f, Composer{}, window())
	if !b.Empty() || len(b.New) != 0 || b.Top != nil {
		t.Errorf("briefing of a quiet window = %+v, want empty", b)
	}
}

func TestComposeRejectsBadWindow(t *testing.T) {
	c := Composer{Store: newFakeStore(coder.Builtin())}
	if _, err := c.Compose(context.Background(), Request{From: winTo, To: winFrom}); err == nil {
		t.Error("Compose with From after To: no error")
	}
}
