package coder

import (
	"fmt"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// The article day of these cases is Wednesday 15 May 2024.
func TestTemporalAnchors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // sorted "type SRC->TGT YYYY-MM-DD" plus " bg" for background
	}{
		{"no anchor: the article's day", "Iranian jets struck Pakistan.",
			[]string{"escalation IRN->PAK 2024-05-15"}},
		{"an old act in a relative clause and today's in the main clause are two events", "Russia, which invaded Ukraine in 2022, struck Kyiv overnight.",
			[]string{"escalation RUS->UKR 2022-01-01 bg", "escalation RUS->UKR 2024-05-15"}},
		{"a group's short name that is also a word, and a year in its relative clause", "IS, which lost its last stronghold in 2019, claimed the bombing of a Shiite shrine in Iraq.",
			[]string{"escalation isis->IRQ 2024-05-15"}},
		{"a standing charge in a relative clause is background, the main act news", "Iran, which has long accused Pakistan of harbouring militants, struck Pakistan on Tuesday.",
			[]string{"accusation IRN->PAK 2024-05-14 bg", "escalation IRN->PAK 2024-05-14"}},
		{"what an act noun came after is context", "The strikes came after Pakistan accused Iran of sheltering militants.",
			[]string{"accusation PAK->IRN 2024-05-15 bg"}},
		{"a span before 'after' dates the clause after it that many days earlier, as context", "Moscow and Ankara agreed a ceasefire, a week after 34 Turkish soldiers were killed in an air strike by Syrian government forces.",
			[]string{"deescalation RUS->TUR 2024-05-15", "deescalation TUR->RUS 2024-05-15", "escalation SYR->TUR 2024-05-08 bg"}},
		{"a since-clause tells what began before", "Tensions have risen since India struck Pakistan.",
			[]string{"escalation IND->PAK 2024-05-15 bg"}},
		{"an after-clause with only people in the main clause is news", "Three soldiers were wounded after Chad shelled Sudan.",
			[]string{"escalation TCD->SDN 2024-05-15"}},
		{"a date inside a relative clause dates that clause only", "Pakistan accused India of sheltering the militants who attacked Lahore in 2016.",
			[]string{"accusation PAK->IND 2024-05-15"}},
		{"a relative clause's date dates its own act", "Pakistan, which India struck in 2019, accused India of sheltering militants.",
			[]string{"accusation PAK->IND 2024-05-15", "escalation IND->PAK 2019-01-01 bg"}},
		{"a measure named by its noun and a reduced relative is dated by that clause", "The embargo imposed by Washington on Cuba in 1962 can only be lifted by Congress.",
			[]string{"escalation USA->CUB 1962-01-01 bg"}},
		{"weekday of the same week is news", "Iranian jets struck Pakistan on Monday.",
			[]string{"escalation IRN->PAK 2024-05-13"}},
		{"the article's own weekday", "Iranian jets struck Pakistan on Wednesday.",
			[]string{"escalation IRN->PAK 2024-05-15"}},
		{"yesterday", "Chad expelled Sudan's ambassador yesterday.",
			[]string{"escalation TCD->SDN 2024-05-14"}},
		{"a past year", "In 2014, the TTP attacked a school in Pakistan.",
			[]string{"escalation ttp->PAK 2014-01-01 bg"}},
		{"a past year at the end", "Russia annexed Crimea from Ukraine in 2014.",
			[]string{"escalation RUS->UKR 2014-01-01 bg"}},
		{"the current year adds nothing", "In 2024, Russia shelled Ukraine.",
			[]string{"escalation RUS->UKR 2024-05-15"}},
		{"last December", "Last December, India accused Pakistan of backing the militants.",
			[]string{"accusation IND->PAK 2023-12-01 bg"}},
		{"a month without a year is the latest one", "In March, Russia shelled Ukraine.",
			[]string{"escalation RUS->UKR 2024-03-01 bg"}},
		{"a later month is last year's", "In September, Russia shelled Ukraine.",
			[]string{"escalation RUS->UKR 2023-09-01 bg"}},
		{"a dated subject dates its verb, not the report", "Iran said on Wednesday that Monday’s strikes in Pakistan had targeted only Jaish al-Adl.",
			[]string{"escalation IRN->jaish-al-adl 2024-05-13"}},
		{"a third party's reaction to the fighting restates it", "The EU is alarmed by the exchange of fire between Armenia and Azerbaijan.",
			[]string{"escalation ARM->AZE 2024-05-15 bg", "escalation AZE->ARM 2024-05-15 bg"}},
		{"fighting between two sides is news", "Fighting erupted between Armenia and Azerbaijan.",
			[]string{"escalation ARM->AZE 2024-05-15", "escalation AZE->ARM 2024-05-15"}},
		{"a full date", "Russia attacked Ukraine on March 5, 2019.",
			[]string{"escalation RUS->UKR 2019-03-05 bg"}},
		{"day before month", "Russia attacked Ukraine on 5 May.",
			[]string{"escalation RUS->UKR 2024-05-05 bg"}},
		{"abbreviated month", "On Jan. 3, Iran warned that Riyadh would face consequences.",
			[]string{"escalation IRN->SAU 2024-01-03 bg"}},
		{"earlier this month", "Russia shelled Ukraine earlier this month.",
			[]string{"escalation RUS->UKR 2024-05-01 bg"}},
		{"last week is recent news", "Russia shelled Ukraine last week.",
			[]string{"escalation RUS->UKR 2024-05-08"}},
		{"last week's act named as a noun is a recap", "Armenia and Azerbaijan agreed to talks, easing tensions that followed last week's exchange of artillery fire.",
			[]string{"deescalation ARM->AZE 2024-05-15", "deescalation AZE->ARM 2024-05-15", "escalation ARM->AZE 2024-05-08 bg", "escalation AZE->ARM 2024-05-08 bg"}},
		{"a tally in the perfect since a past event is context", "Since the war began, Russia has fired thousands of missiles at Ukraine.",
			[]string{"escalation RUS->UKR 2024-05-15 bg"}},
		{"but a record counted since one is news", "In the second exchange since the incursion began, Russia and Ukraine have swapped 90 prisoners.",
			[]string{"deescalation RUS->UKR 2024-05-15", "deescalation UKR->RUS 2024-05-15"}},
		{"and so is a 'since' that gives a reason", "Kyiv has accused Budapest of handing out passports illegally, since Ukrainian law does not allow dual citizenship.",
			[]string{"accusation UKR->HUN 2024-05-15"}},
		{"and a denial of acts since a day, made today", "The UAE said it has not supplied arms to any party since the outbreak of the conflict.",
			[]string{"denial ARE-> 2024-05-15"}},
		{"three wars fought are a history told", "India and Pakistan have fought three wars since independence.",
			[]string{"escalation IND->PAK 2024-05-15 bg", "escalation PAK->IND 2024-05-15 bg"}},
		{"last year", "Chad expelled Sudan's ambassador last year.",
			[]string{"escalation TCD->SDN 2023-01-01 bg"}},
		{"days ago", "Chad expelled Sudan's ambassador three days ago.",
			[]string{"escalation TCD->SDN 2024-05-12"}},
		{"has long", "Iran has long accused Pakistan of sheltering Jaish al-Adl.",
			[]string{"accusation IRN->PAK 2024-05-15 bg"}},
		{"has repeatedly", "Kinshasa has repeatedly accused Kigali of backing the M23.",
			[]string{"accusation COD->RWA 2024-05-15 bg"}},
		{"a habit without a perfect is news", "Russian drones repeatedly struck Ukraine overnight.",
			[]string{"escalation RUS->UKR 2024-05-15"}},
		{"since a year", "The PKK has waged an insurgency against Turkey since 1984.",
			[]string{"escalation pkk->TUR 1984-01-01 bg"}},
		{"after clause: context, the day before", "Pakistan accused Iran of aggression on Wednesday, a day after Iran struck Pakistan.",
			[]string{"accusation PAK->IRN 2024-05-15", "escalation IRN->PAK 2024-05-14 bg"}},
		{"after clause dated by itself", "Pakistan accused Iran of aggression, two days after Iranian jets struck Pakistan on Sunday.",
			[]string{"accusation PAK->IRN 2024-05-15", "escalation IRN->PAK 2024-05-12 bg"}},
		{"after clause alone is the news", "Casualties were reported after Iranian jets struck Pakistan.",
			[]string{"escalation IRN->PAK 2024-05-15"}},
		{"future weekday is no anchor", "Armenia and Azerbaijan will hold ceasefire talks on Friday, a day after Azerbaijan shelled Armenia.",
			[]string{"deescalation ARM->AZE 2024-05-15", "deescalation AZE->ARM 2024-05-15", "escalation AZE->ARM 2024-05-14 bg"}},
		{"a dated noun modifier dates its noun only", "Ukraine accused Russia on Monday of repeating its 2014 invasion of Crimea.",
			[]string{"accusation UKR->RUS 2024-05-13"}},
		{"the charge a denial spells out is context", "Kabul rejected Pakistan's charge that it shelters the TTP.",
			[]string{"accusation PAK->AFG 2024-05-15 bg", "denial AFG->PAK 2024-05-15"}},
		{"coordinated clause keeps its own day", "Last Friday a U.S. drone struck Iran, and Iran has vowed to retaliate against the United States.",
			[]string{"escalation IRN->USA 2024-05-15", "escalation USA->IRN 2024-05-10"}},
		{"an act told as context in an after-phrase and as the news of the main clause is news", "After talks brokered by Qatar and Egypt, Israel and Hamas agreed to a ceasefire.",
			[]string{"deescalation EGY->ISR 2024-05-15 bg", "deescalation EGY->hamas 2024-05-15 bg", "deescalation ISR->hamas 2024-05-15", "deescalation QAT->ISR 2024-05-15 bg",
				"deescalation QAT->hamas 2024-05-15 bg", "deescalation hamas->ISR 2024-05-15"}},
		{"a record counted from a past year dates nothing and marks no context", "Russian jets struck HTS positions in Aleppo for the first time since 2016.",
			[]string{"escalation RUS->hts 2024-05-15"}},
		{"a count is no year", "Israel freed some 2000 Palestinians, and Hamas released the hostages to Israel.",
			[]string{"deescalation hamas->ISR 2024-05-15"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := timedDyads(t, tc.text, time.Date(2024, 5, 15, 9, 30, 0, 0, time.UTC))
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, want)
			}
		})
	}
}

func timedDyads(t *testing.T, text string, published time.Time) []string {
	t.Helper()
	var out []string
	for _, e := range testCoder().Code(briefbot.Article{Text: text, Published: published}) {
		s := fmt.Sprintf("%s %s->%s %s", e.Type, e.Source, e.Target, e.When.Format(time.DateOnly))
		if e.Background {
			s += " bg"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Without a publication date nothing is dated, and only cues mark
// background: a year cannot be told from the article's own.
func TestTemporalWithoutDate(t *testing.T) {
	got := timedDyads(t, "In 2014, the TTP attacked a school in Pakistan. Iran has long accused Pakistan of sheltering Jaish al-Adl.", time.Time{})
	want := []string{"accusation IRN->PAK 0001-01-01 bg", "escalation ttp->PAK 0001-01-01"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWeekdayOnOrBefore(t *testing.T) {
	wed := time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)
	for wd, want := range map[time.Weekday]int{time.Wednesday: 15, time.Tuesday: 14, time.Thursday: 9, time.Sunday: 12} {
		if got := weekdayOnOrBefore(wed, wd); got.Day() != want {
			t.Errorf("%v on or before Wed 15 May: %v, want the %d", wd, got, want)
		}
	}
}
