package briefbot

import (
	"testing"
	"time"
)

func TestJoin(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, 2+d, 0, 0, 0, 0, time.UTC) }
	at := func(d, h int) time.Time { return day(d).Add(time.Duration(h) * time.Hour) }
	news := func(d, firstHour int, lead bool) Candidate {
		return Candidate{Day: day(d), FirstSeen: at(d, firstHour), Lead: lead}
	}
	lead := func(d, h int) Mention { return Mention{Day: day(d), Published: at(d, h), InLead: true} }
	recap := func(d, h int) Mention { return Mention{Day: day(d), Published: at(d, h)} }
	tests := []struct {
		name       string
		candidates []Candidate
		m          Mention
		want       int
	}{
		{"nothing to join", nil, lead(0, 9), -1},
		{"the same day", []Candidate{news(0, 9, true)}, lead(0, 20), 0},
		{"the morning after, within the follow-up", []Candidate{news(0, 16, true)}, lead(1, 7), 0},
		{"the next day's lead, a day later", []Candidate{news(0, 9, true)}, lead(1, 9), -1},
		{"stored before the day before's lead, within the follow-up", []Candidate{news(1, 7, true)}, lead(0, 16), 0},
		{"a lead anchored to the day before", []Candidate{news(0, 9, true)}, Mention{Day: day(0), Published: at(1, 12), InLead: true}, 0},
		{"a lead anchored a day off", []Candidate{news(1, 9, true)}, Mention{Day: day(0), Published: at(2, 12), InLead: true}, 0},
		{"a recap the next day", []Candidate{news(0, 9, true)}, recap(1, 20), 0},
		{"a recap days later: the latest before it", []Candidate{news(0, 9, true), news(2, 9, true), news(6, 9, true)}, recap(4, 9), 1},
		{"a recap over a week later", []Candidate{news(0, 9, true)}, recap(8, 9), -1},
		{"a lead two days later", []Candidate{news(0, 9, true)}, lead(2, 9), -1},
		{"a lead takes a later recap of it", []Candidate{news(3, 13, false)}, lead(1, 7), 0},
		{"a lead leaves a later lead alone", []Candidate{news(3, 13, true)}, lead(1, 7), -1},
		{"the closest day wins", []Candidate{news(1, 9, true), news(0, 20, true)}, lead(0, 21), 1},
		{"news never joins background", []Candidate{{Day: day(0), Background: true, FirstSeen: at(0, 9)}}, lead(0, 10), -1},
		{"background joins news first", []Candidate{{Day: day(3), Background: true, FirstSeen: at(3, 9)}, news(0, 9, true)},
			Mention{Day: day(3), Published: at(3, 10), Background: true}, 1},
		{"background joins background", []Candidate{{Day: day(3), Background: true, FirstSeen: at(3, 9)}},
			Mention{Day: day(3), Published: at(3, 10), Background: true, InLead: true}, 0},
	}
	for _, tt := range tests {
		if got := Join(tt.candidates, tt.m); got != tt.want {
			t.Errorf("%s: Join = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestFamily(t *testing.T) {
	tests := []struct {
		t    EventType
		code string
		want string
	}{
		{Escalation, "strike", "force"},
		{Escalation, "attack", "force"},
		{Escalation, "recall-ambassador", "diplomatic"},
		{Escalation, "sanction", "sanction"},
		{Escalation, "threat", "threat"},
		{Deescalation, "restraint", "appeal"},
		{Deescalation, "ceasefire", "deescalation"},
		{Accusation, "condemn", "accusation"},
		{Denial, "", "denial"},
	}
	for _, tt := range tests {
		if got := Family(tt.t, tt.code); got != tt.want {
			t.Errorf("Family(%s, %q) = %q, want %q", tt.t, tt.code, got, tt.want)
		}
	}
}

func TestEvidenceBetter(t *testing.T) {
	early, late := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		x, y Evidence
		want bool
	}{
		{"news over background", Evidence{Rank: 2, Published: late}, Evidence{Rank: 1, Published: early, Confidence: 1}, true},
		{"a body sentence over a headline", Evidence{Rank: 3, Published: late}, Evidence{Rank: 2, Published: early}, true},
		{"the earlier report", Evidence{Rank: 3, Published: early, Confidence: 0.5}, Evidence{Rank: 3, Published: late, Confidence: 0.9}, true},
		{"then confidence", Evidence{Rank: 3, Published: early, Confidence: 0.9}, Evidence{Rank: 3, Published: early, Confidence: 0.5}, true},
		{"a tie keeps what is there", Evidence{Rank: 3, Published: early}, Evidence{Rank: 3, Published: early}, false},
	}
	for _, tt := range tests {
		if got := tt.x.Better(tt.y); got != tt.want {
			t.Errorf("%s: Better = %v, want %v", tt.name, got, tt.want)
		}
	}
}
