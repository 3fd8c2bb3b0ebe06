package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

// codeBenchArticles is a realistic mix: event sentences of every type, reported
// speech, background, and many sentences with no event at all, as in news.
var codeBenchArticles = []briefbot.Article{
	{Title: "Pakistan strikes militant hideouts in Afghanistan", Text: "Pakistani jets struck TTP hideouts in Afghanistan's Khost province overnight, the military's media wing said on Tuesday. " +
		"Kabul condemned the strikes as a violation of its sovereignty and summoned Pakistan's envoy to protest. " +
		"The Taliban administration denied that it shelters the TTP, calling the accusation baseless. " +
		"Islamabad has long accused Kabul of allowing the group to operate from its soil. " +
		"The border crossing at Torkham remained closed for a third day, stranding hundreds of trucks. " +
		"Traders said they were losing millions of rupees a day. " +
		"China urged both countries to exercise restraint and resolve their differences through dialogue."},
	{Title: "Ceasefire holds in southern Lebanon", Text: "A ceasefire between Israel and Hezbollah held for a second day on Thursday, U.N. peacekeepers said. " +
		"Residents returned to villages near the border to find homes destroyed. " +
		"The Lebanese army deployed additional troops south of the Litani river. " +
		"Israel said it would respond forcefully to any violation of the truce. " +
		"Hezbollah did not comment. " +
		"Prices of bread and fuel have doubled since October, according to a local trade association."},
	{Text: "Russia launched a massive drone and missile attack on Ukraine's energy grid overnight, Ukrainian officials said. " +
		"Kyiv accused Moscow of deliberately targeting civilian infrastructure ahead of winter. " +
		"The Kremlin rejected the accusation, saying only military sites had been hit. " +
		"Poland scrambled jets as a precaution. " +
		"Power was restored to most of the capital by the afternoon. " +
		"Analysts said Russia could intensify its strikes in the coming weeks. " +
		"European Union foreign ministers will meet in Brussels on Monday to discuss new sanctions."},
	{Text: "Sudan's army and the Rapid Support Forces agreed to a 72-hour truce after talks brokered by Saudi Arabia and the United States. " +
		"Fighting continued in parts of Khartoum hours after the truce took effect. " +
		"The RSF accused the army of shelling residential districts, a charge the army denied. " +
		"Aid agencies said more than two million people had fled their homes. " +
		"The World Food Programme warned of famine in Darfur."},
	{Text: "Last December, Armenia accused Azerbaijan of shelling border villages, a charge Baku rejected as lies. " +
		"On Tuesday, two days after the truce expired, Azerbaijani troops fired on Armenian posts, Yerevan said. " +
		"Armenia called the attack a provocation and summoned Azerbaijan's envoy over the shelling. " +
		"The European Union urged both sides to show restraint, and the two countries agreed to hold talks in Brussels. " +
		"Azerbaijan has long accused Armenia of planting mines in its territory since the 2020 war."},
	{Text: "The central bank kept its key rate unchanged at 22%, citing persistent inflation. " +
		"Shares in the largest lender rose 3% after it reported record quarterly profit. " +
		"The finance minister said the budget deficit would narrow next year. " +
		"Unemployment fell to its lowest level in a decade, official data showed."},
}

func codeBenchSentences() int {
	n := 0
	for _, a := range codeBenchArticles {
		text := a.Text
		if a.Title != "" {
			text = a.Title + "\n\n" + text
		}
		n += len(splitSentences(text))
	}
	return n
}

// BenchmarkCode reports coding throughput in sentences per second; run with
// -cpu 1 -benchmem for the one-core figure. The articles carry a date, so
// that every event is anchored in time as in production.
func BenchmarkCode(b *testing.B) {
	c := New(Builtin())
	sentences := codeBenchSentences()
	published := time.Date(2024, 5, 15, 9, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	events := 0
	for b.Loop() {
		for _, a := range codeBenchArticles {
			a.Published = published
			events += len(c.Code(a))
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
	if events == 0 {
		b.Fatal("no events coded")
	}
}

func TestBenchArticlesAreCoded(t *testing.T) {
	if n := codeBenchSentences(); n < 25 {
		t.Fatalf("only %d sentences in the benchmark mix", n)
	}
	c := New(Builtin())
	var got []string
	for _, a := range codeBenchArticles {
		for _, e := range c.Code(a) {
			got = append(got, string(e.Type)+" "+e.Source+"->"+e.Target)
		}
	}
	joined := strings.Join(got, ", ")
	for _, want := range []string{"escalation PAK->ttp", "accusation UKR->RUS", "denial RUS->UKR", "deescalation ISR->hezbollah", "accusation ARM->AZE", "escalation AZE->ARM"} {
		if !strings.Contains(joined, want) {
			t.Errorf("benchmark mix does not code %q; got %s", want, joined)
		}
	}
}
