package briefing

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

func TestComposeScenario(t *testing.T) {
	b := compose(t, scenario(t), Composer{}, window())

	// Ranked by weight (force between states, then the recall, then
	// governments' accusations and denials) and cut at 8, then grouped by
	// story in the order things happened.
	want := []string{
		"Iran – Pakistan | 24 Nov Iran → Pakistan: strike [first] (dawn, aljazeera)",
		"Iran – Pakistan | 24 Nov Pakistan → Iran: condemnation [first] (tribune)",
		"Iran – Pakistan | 24 Nov Pakistan → Iran: ambassador recalled (dawn)",
		"Iran – Pakistan | 24 Nov Pakistan → Iran: denied Iran's 18 Nov accusation [first] (dawn)",
		"Iran – Pakistan | 25 Nov Pakistan → Iran: strike (dawn)",
		"Iran – Afghanistan | 24 Nov Iran → Afghanistan: accusation [first] (tehrantimes)",
		"Iran – Afghanistan | 24 Nov Afghanistan: denied Iran's 24 Nov accusation [first] (tolo)",
		"India – Pakistan | 24 Nov India → Pakistan: accusation (ndtv)",
	}
	checkLines(t, b, want)
	if b.More != 2 {
		t.Errorf("More = %d, want 2 (the talks and the call for restraint)", b.More)
	}
	wantCounts := map[briefbot.EventType]int{briefbot.Accusation: 3, briefbot.Denial: 2, briefbot.Escalation: 3, briefbot.Deescalation: 3}
	// Of the explainer's background, "has long accused" joins the 18 Nov
	// accusation it recalls; the attacks of 2014 and December stand apart.
	if !reflect.DeepEqual(b.Counts, wantCounts) || b.Total != 11 || b.BackgroundCount != 2 {
		t.Errorf("Counts = %v, Total %d, background %d; want %v, 11, 2", b.Counts, b.Total, b.BackgroundCount, wantCounts)
	}
	top := b.Top()
	if top == nil || itemDyad(*top) != "Iran → Pakistan" || top.Weight != WeightStateForce || top.Reports != 2 {
		t.Errorf("Top = %+v, want Iran's strike, two reports", top)
	}
	if got, want := top.What, "Iran's Revolutionary Guards said they struck militant hideouts across the border in Pakistan's Balochistan province…"; got != want {
		t.Errorf("the strike's quote = %q, want the lead's, not the headline's: %q", got, want)
	}

	// Iran – Pakistan and Afghanistan – Pakistan: China's call on both is
	// no move of either.
	if len(b.Trends) != 2 {
		t.Fatalf("%d trends, want 2: %+v", len(b.Trends), b.Trends)
	}
	irnPak := b.Trends[0]
	wantDaily := make([]int, SparkDays) // 12 Nov .. 25 Nov, by the day they happened
	wantDaily[15-12], wantDaily[24-12], wantDaily[25-12] = 1, 2, 1
	if irnPak.A.ID != "PAK" || irnPak.Escalations != 3 || irnPak.Before != 2 || !slices.Equal(irnPak.Daily, wantDaily) || irnPak.Shift() != Rising {
		t.Errorf("IRN–PAK trend = %+v (%s)\nwant 3 escalation developments, 2 in the 30 days before, daily %v, rising", irnPak, irnPak.Shift(), wantDaily)
	}
}

// TestComposeCountsDevelopmentsNotSentences: one strike told by three
// outlets in headlines and leads is one line, one count and one trend
// step, not six.
func TestComposeCountsDevelopmentsNotSentences(t *testing.T) {
	w := newWorld(t)
	const headline, lead = "India strikes sites across Pakistan", "India struck nine sites across Pakistan overnight, the army said."
	for i, outlet := range []string{"wire", "dawn", "ndtv"} {
		w.report(outlet, at(24, 9+i, 0), headline, lead,
			ev(briefbot.Escalation, "IND", "PAK", "strike", headline), ev(briefbot.Escalation, "IND", "PAK", "attack", lead))
	}
	b := compose(t, w, Composer{}, window())
	// The lead's sentence, and so its code, speaks for the development.
	want := []string{"India – Pakistan | 24 Nov India → Pakistan: attack [first] (wire, dawn, ndtv)"}
	checkLines(t, b, want)
	if b.Total != 1 || b.Counts[briefbot.Escalation] != 1 || len(b.Trends) != 1 || b.Trends[0].Escalations != 1 {
		t.Errorf("total %d, counts %v, trends %+v: want one escalation", b.Total, b.Counts, b.Trends)
	}
}

// TestComposeNewIsWhatWasFirstReported: in a running conflict the day's
// strike is listed though the dyad escalated the week before; the flag
// says whether it is the first of its kind; and a striker's claim of
// restraint is not a calming move.
func TestComposeNewIsWhatWasFirstReported(t *testing.T) {
	w := newWorld(t)
	w.said("dawn", at(20, 9, 0), ev(briefbot.Escalation, "IND", "PAK", "attack", "Indian troops fired across the Line of Control."))
	w.said("wire", at(24, 9, 0), with(ev(briefbot.Escalation, "IND", "jaish-e-mohammed", "strike", "India struck camps of Jaish-e-Mohammed in Pakistan."), "PAK"))
	w.said("wire", at(24, 9, 5), ev(briefbot.Escalation, "IND", "PAK", "strike", "India said its missiles hit nine sites in Pakistan."))
	w.said("wire", at(24, 10, 0), ev(briefbot.Deescalation, "IND", "PAK", "restraint", "India said it had demonstrated considerable restraint in selection of targets."))
	w.said("wire", at(24, 11, 0), ev(briefbot.Deescalation, "PAK", "IND", "restraint", "Pakistan called for restraint."))
	b := compose(t, w, Composer{}, window())
	want := []string{
		"India – Pakistan | 24 Nov India → Jaish-e-Mohammed: strike [first] (wire)",
		"India – Pakistan | 24 Nov India → Pakistan: strike (wire)",
		"India – Pakistan | 24 Nov Pakistan → India: restraint [first] (wire)",
	}
	checkLines(t, b, want)
}

// TestComposeBackgroundIsNeverNews: what an article recalls is not news,
// however it is dated, and counts nowhere.
func TestComposeBackgroundIsNeverNews(t *testing.T) {
	w := newWorld(t)
	const recap = "In December, its fighters stormed a police station."
	w.report("wire", at(24, 9, 0), "Pakistan says militants killed", "Pakistan said troops killed four militants.\n"+recap,
		ev(briefbot.Escalation, "PAK", "ttp", "attack", "Pakistan said troops killed four militants."),
		background(ev(briefbot.Escalation, "ttp", "PAK", "attack", recap), time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)))
	w.said("wire", at(24, 10, 0), background(ev(briefbot.Escalation, "ttp", "PAK", "attack", "In 2014, the Pakistani Taliban attacked a school."), time.Date(2014, 12, 16, 0, 0, 0, 0, time.UTC)))
	// Background the coder could not date: the article's day, marked.
	w.said("wire", at(24, 11, 0), background(ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Iran has long accused Pakistan of harbouring militants."), time.Time{}))
	// An old event the coder dated but did not mark: stale, not news.
	w.said("wire", at(24, 12, 0), on(ev(briefbot.Escalation, "IRN", "PAK", "strike", "Iran struck Pakistan on 10 November."), at(10, 0, 0)))
	b := compose(t, w, Composer{}, window())
	want := []string{"Pakistan – Tehrik-i-Taliban Pakistan | 24 Nov Pakistan → Tehrik-i-Taliban Pakistan: attack [first] (wire)"}
	checkLines(t, b, want)
	if b.Total != 1 || b.BackgroundCount != 4 {
		t.Errorf("total %d, background %d; want 1 and 4", b.Total, b.BackgroundCount)
	}
	for _, tr := range b.Trends {
		if tr.A.ID == "IRN" || tr.B.ID == "IRN" || slices.Contains(tr.Daily, 2) {
			t.Errorf("trend %+v counts background", tr)
		}
	}
	// With all asked for, background is listed apart, never as news.
	all := compose(t, w, Composer{}, Request{From: winFrom, To: winTo, All: true})
	if len(all.Background) != 4 || len(all.Items()) != 1 {
		t.Errorf("all: %d background and %d news items, want 4 and 1", len(all.Background), len(all.Items()))
	}
}

// TestComposeKeepsStoriesApart: an explainer whose history the coder took
// for news, and a rejection three days later, are two developments with
// their own days; a denial answers only an accusation made before it.
func TestComposeKeepsStoriesApart(t *testing.T) {
	w := newWorld(t)
	w.report("caspian", at(17, 8, 0), "Explainer: Jaish al-Adl", "Iranian officials have long accused Islamabad of failing to stop the group.\nPakistan denies sheltering it.",
		ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Iranian officials have long accused Islamabad of failing to stop the group."),
		ev(briefbot.Denial, "PAK", "IRN", "deny", "Pakistan denies sheltering it."))
	w.said("caspian", at(20, 9, 0), ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Nournews accused Pakistan's military of training the bombers."))
	w.said("ledger", at(20, 14, 0), ev(briefbot.Denial, "PAK", "IRN", "deny", "Pakistan's Foreign Office rejected the report as baseless."))
	b := compose(t, w, Composer{}, Request{From: at(17, 0, 0), To: at(21, 0, 0)})
	want := []string{
		"Iran – Pakistan | 17 Nov Iran → Pakistan: accusation [first] (caspian)",
		"Iran – Pakistan | 17 Nov Pakistan → Iran: denied Iran's 17 Nov accusation [first] (caspian)",
		"Iran – Pakistan | 20 Nov Iran → Pakistan: accusation (caspian)",
		"Iran – Pakistan | 20 Nov Pakistan → Iran: denied Iran's 20 Nov accusation (ledger)",
	}
	checkLines(t, b, want)
}

func TestComposeLinksDenials(t *testing.T) {
	accuse := func(src, tgt string) briefbot.Event {
		return ev(briefbot.Accusation, src, tgt, "accuse", src+" accused "+tgt+".")
	}
	deny := ev(briefbot.Denial, "PAK", "IRN", "deny", "Pakistan denied it.")
	denyAnyone := ev(briefbot.Denial, "PAK", "", "deny", "Pakistan denied it.")
	type accusation struct {
		at time.Time
		e  briefbot.Event
	}
	tests := []struct {
		name        string
		denial      briefbot.Event
		accusations []accusation
		want        string
	}{
		{"accused before the window", deny, []accusation{{at(18, 9, 0), accuse("IRN", "PAK")}}, "IRN 18 Nov"},
		{"the latest accusation", deny, []accusation{{at(18, 9, 0), accuse("IRN", "PAK")}, {at(24, 9, 0), accuse("IRN", "PAK")}}, "IRN 24 Nov"},
		{"an accusation after the denial", deny, []accusation{{at(24, 20, 0), accuse("IRN", "PAK")}}, ""},
		{"older than the novelty days", deny, []accusation{{time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), accuse("IRN", "PAK")}}, ""},
		{"accused by someone else", deny, []accusation{{at(20, 9, 0), accuse("IND", "PAK")}}, ""},
		{"an accusation the other way", deny, []accusation{{at(20, 9, 0), accuse("PAK", "IRN")}}, ""},
		{"no accuser named: anyone's of the day before", denyAnyone, []accusation{{at(20, 9, 0), accuse("IND", "PAK")}, {at(23, 9, 0), accuse("AFG", "PAK")}}, "AFG 23 Nov"},
		{"no accuser named: not an older charge", denyAnyone, []accusation{{at(21, 9, 0), accuse("AFG", "PAK")}}, ""},
		{"nothing to answer", deny, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			for _, a := range tt.accusations {
				w.said("wire", a.at, a.e)
			}
			w.said("dawn", at(24, 18, 0), tt.denial)
			b := compose(t, w, Composer{}, window())
			var got string
			for _, it := range b.Items() {
				if it.Type == briefbot.Denial && it.Answers != nil {
					got = it.Answers.Accuser.ID + " " + it.Answers.Day.Format("2 Jan")
				}
			}
			if got != tt.want {
				t.Errorf("answers %q, want %q", got, tt.want)
			}
		})
	}
}

// TestComposeRanksAndCaps: force between states, then measures, then
// governments' claims, then de-escalations; the cap keeps the weightiest
// and counts the rest.
func TestComposeRanksAndCaps(t *testing.T) {
	w := newWorld(t)
	w.said("wire", at(24, 9, 0), ev(briefbot.Deescalation, "QAT", "ISR", "mediate", "Qatar offered to mediate between Israel and Hamas."))
	w.said("wire", at(24, 9, 1), ev(briefbot.Accusation, "hamas", "ISR", "accuse", "Hamas accused Israel of stalling."))
	w.said("wire", at(24, 9, 2), ev(briefbot.Accusation, "RUS", "UKR", "accuse", "Russia accused Ukraine of shelling a plant."))
	w.said("wire", at(24, 9, 3), ev(briefbot.Escalation, "USA", "IRN", "sanction", "The United States imposed sanctions on Iran."))
	w.said("wire", at(24, 9, 4), ev(briefbot.Escalation, "RUS", "UKR", "strike", "Russia struck Kyiv with missiles."))
	w.said("wire", at(24, 9, 5), ev(briefbot.Escalation, "ISR", "hezbollah", "strike", "Israel struck Hezbollah positions."))
	w.said("wire", at(24, 9, 6), ev(briefbot.Deescalation, "ARM", "AZE", "peace-deal", "Armenia and Azerbaijan signed a peace deal."))
	w.said("wire", at(24, 9, 7), ev(briefbot.Deescalation, "KGZ", "TJK", "agreement", "Kyrgyzstan and Tajikistan agreed to a ceasefire."))
	w.said("wire", at(24, 9, 8), ev(briefbot.Deescalation, "SRB", "XKX", "agreement", "Serbia and Kosovo agreed to resume talks."))
	b := compose(t, w, Composer{MaxItems: 5}, window())
	var got []string
	for _, it := range b.Items() {
		got = append(got, itemDyad(it))
	}
	// The five weightiest: state force, force with a group, a sanction, a
	// government's accusation, then a ceasefire first among the
	// de-escalations; stories run by their weightiest item, the accusation
	// under the strike of its story.
	want := []string{"Russia → Ukraine", "Russia → Ukraine", "Israel → Hezbollah", "United States → Iran", "Armenia → Azerbaijan"}
	if !reflect.DeepEqual(got, want) || b.More != 4 {
		t.Errorf("items %q and %d more, want %q and 4 more", got, b.More, want)
	}
	weights := map[string]int{}
	for _, it := range compose(t, w, Composer{}, Request{From: winFrom, To: winTo, All: true}).Items() {
		weights[itemDyad(it)+": "+kindPhrase(it)] = it.Weight
	}
	wantWeights := map[string]int{
		"Russia → Ukraine: strike": WeightStateForce, "Israel → Hezbollah: strike": WeightForce,
		"Armenia → Azerbaijan: peace deal": WeightCeasefire, "Kyrgyzstan → Tajikistan: agreement": WeightCeasefire,
		"Serbia → Kosovo: agreement": WeightSettlement, "United States → Iran: sanctions": WeightMeasure,
		"Russia → Ukraine: accusation": WeightGovClaim, "Hamas → Israel: accusation": WeightClaim,
		"Qatar → Israel: mediation": WeightAppeal,
	}
	if !reflect.DeepEqual(weights, wantWeights) {
		t.Errorf("weights %v\nwant %v", weights, wantWeights)
	}
}

func TestComposeMergesTargetsOfOneSentence(t *testing.T) {
	w := newWorld(t)
	const both = "Iran struck targets in Iraq and Syria."
	w.report("dawn", at(24, 10, 0), "", both, ev(briefbot.Escalation, "IRN", "IRQ", "strike", both), ev(briefbot.Escalation, "IRN", "SYR", "strike", both))
	w.said("bbc", at(24, 11, 0), ev(briefbot.Escalation, "IRN", "ISR", "strike", "Iran struck Israel."))
	w.report("tolo", at(24, 12, 0), "", "Both denied it.", ev(briefbot.Denial, "IRQ", "IRN", "deny", "Both denied it."), ev(briefbot.Denial, "SYR", "IRN", "deny", "Both denied it."))
	b := compose(t, w, Composer{}, window())
	var got []string
	for _, it := range b.Items() {
		got = append(got, itemDyad(it))
	}
	if want := []string{"Iran → Iraq, Syria", "Iraq → Iran", "Syria → Iran", "Iran → Israel"}; !reflect.DeepEqual(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
}

func TestComposeFilterAndKeywords(t *testing.T) {
	tests := []struct {
		name    string
		r       Request
		want    []string // the dyads of the items
		wantAll int      // Total
	}{
		{"everything", Request{}, []string{"Russia → Ukraine", "Iran → Pakistan", "United States → Venezuela"}, 3},
		{"a region", Request{Filter: storage.Filter{Regions: []string{"south-asia"}}}, []string{"Iran → Pakistan"}, 1},
		{"an actor", Request{Filter: storage.Filter{Actors: []string{"UKR"}}}, []string{"Russia → Ukraine"}, 1},
		{"a region or an actor", Request{Filter: storage.Filter{Regions: []string{"latin-america"}, Actors: []string{"IRN"}}}, []string{"Iran → Pakistan", "United States → Venezuela"}, 2},
		{"a keyword in the evidence, any case", Request{Keywords: []string{"drones"}}, []string{"Russia → Ukraine"}, 1},
		{"a keyword in a headline", Request{Keywords: []string{"border town"}}, []string{"Iran → Pakistan"}, 1},
		{"whole words only", Request{Keywords: []string{"drone"}}, nil, 0},
		{"excluded", Request{ExcludeKeywords: []string{"caracas"}}, []string{"Russia → Ukraine", "Iran → Pakistan"}, 2},
		{"kept and excluded", Request{Keywords: []string{"struck"}, ExcludeKeywords: []string{"Kyiv"}}, []string{"Iran → Pakistan"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			w.said("wire", at(24, 9, 0), ev(briefbot.Escalation, "RUS", "UKR", "strike", "Russia struck Kyiv with Drones."))
			w.report("wire", at(24, 10, 0), "Strike near border town", "Iran struck Pakistan.", ev(briefbot.Escalation, "IRN", "PAK", "strike", "Iran struck Pakistan."))
			w.said("wire", at(24, 11, 0), ev(briefbot.Accusation, "USA", "VEN", "accuse", "Washington accused Caracas."))
			r := tt.r
			r.From, r.To = winFrom, winTo
			b := compose(t, w, Composer{}, r)
			var got []string
			for _, it := range b.Items() {
				got = append(got, itemDyad(it))
			}
			if !reflect.DeepEqual(got, tt.want) || b.Total != tt.wantAll {
				t.Errorf("items %v (total %d), want %v (%d)", got, b.Total, tt.want, tt.wantAll)
			}
		})
	}
}

func TestComposeWindowBounds(t *testing.T) {
	w := newWorld(t)
	w.said("wire", winFrom, ev(briefbot.Accusation, "IRN", "PAK", "accuse", "At the start."))
	w.said("wire", winTo.Add(-time.Second), ev(briefbot.Accusation, "IND", "PAK", "accuse", "Just before the end."))
	w.said("wire", winTo, ev(briefbot.Accusation, "AFG", "PAK", "accuse", "At the end."))
	w.said("wire", winFrom.Add(-time.Second), ev(briefbot.Accusation, "USA", "RUS", "accuse", "Just before the start."))
	b := compose(t, w, Composer{}, window())
	var got []string
	for _, it := range b.Items() {
		got = append(got, it.Source.ID)
	}
	slices.Sort(got)
	if want := []string{"IND", "IRN"}; !slices.Equal(got, want) {
		t.Errorf("items from %v, want %v", got, want)
	}
}

// TestComposeTrendAgainstBaseline counts developments per day: ten a day
// as usual is steady; two from nothing is rising.
func TestComposeTrendAgainstBaseline(t *testing.T) {
	w := newWorld(t)
	// Strikes and threats on alternate days, every day of the month
	// before: one development a day is usual.
	codes := []string{"strike", "threat"}
	for d := 1; d <= 30; d++ {
		day := winFrom.AddDate(0, 0, -d)
		w.said("wire", day, ev(briefbot.Escalation, "RUS", "UKR", codes[d%2], "Russia and Ukraine traded blows."))
	}
	for i := range 2 {
		w.said("wire", winFrom.Add(time.Duration(i)*time.Hour), ev(briefbot.Escalation, "UKR", "RUS", codes[i], "Ukraine hit back."))
	}
	w.said("wire", at(24, 12, 0), ev(briefbot.Escalation, "IND", "PAK", "strike", "India struck Pakistan."))
	w.said("wire", at(24, 13, 0), ev(briefbot.Escalation, "IND", "PAK", "threat", "India warned Pakistan."))
	b := compose(t, w, Composer{}, window())
	if len(b.Trends) != 2 {
		t.Fatalf("%d trends, want 2", len(b.Trends))
	}
	top, busy := b.Trends[0], b.Trends[1]
	if top.A.ID != "IND" || top.Shift() != Rising || top.Before != 0 || top.Escalations != 2 {
		t.Errorf("top trend %+v (%s), want India – Pakistan rising from nothing", top, top.Shift())
	}
	if busy.A.ID != "UKR" || busy.Escalations != 2 || busy.Before != 30 || busy.Baseline() != 1 || busy.Shift() != Rising {
		t.Errorf("busy trend %+v (%s), want Ukraine – Russia, 2 against 1 a day", busy, busy.Shift())
	}
}

func TestComposeQuietWindow(t *testing.T) {
	w := newWorld(t)
	w.said("wire", winFrom.Add(-time.Hour), ev(briefbot.Accusation, "IRN", "PAK", "accuse", "Before the window."))
	b := compose(t, w, Composer{}, window())
	if !b.Empty() || len(b.Stories) != 0 || b.Top() != nil {
		t.Errorf("briefing of a quiet window = %+v, want empty", b)
	}
}

func TestComposeRejectsBadWindow(t *testing.T) {
	c := Composer{Store: newWorld(t).s, Gazetteer: coder.Builtin()}
	if _, err := c.Compose(context.Background(), Request{From: winTo, To: winFrom}); err == nil {
		t.Error("Compose with From after To: no error")
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"Iran's strike", "iran", true},
		{"Iranian strike", "iran", false},
		{"the border town of Panjgur", "Border Town", true},
		{"drones", "drone", false},
		{"a drone, then", "drone", true},
		{"Kyiv", "", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.text, tt.phrase); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}
