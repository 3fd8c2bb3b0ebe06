package briefing

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/briefbot/briefbot"
)

// The machine-readable form of briefings, and of the developments /who and
// /dyad list. The README documents it; actor IDs are the coder's, dates
// are calendar days (YYYY-MM-DD) and times RFC 3339.

// JSONDevelopment is one development.
type JSONDevelopment struct {
	ID   int64  `json:"id"`
	Date string `json:"date"` // the day it happened
	Type string `json:"type"`
	// Source and Target are actor IDs; Target is "" for a denial naming
	// no accuser.
	Source   string `json:"source"`
	Target   string `json:"target"`
	Code     string `json:"code"`
	Summary  string `json:"summary"` // "Iran → Pakistan: strike"
	Evidence string `json:"evidence"`
	// Sources are its outlets, one each, earliest report first.
	Sources []JSONSource `json:"sources"`
	// New says no development of its type between its sides happened in
	// the briefing's novelty days before it; only briefings set it.
	New        *bool  `json:"new,omitempty"`
	Background bool   `json:"background"`
	Weight     int    `json:"weight"`
	FirstSeen  string `json:"first_seen"`
	// Story numbers its story in the briefing from 1; 0 for background
	// and outside briefings.
	Story int `json:"story,omitempty"`
	// Answers is, for a denial, the accusation it answers.
	Answers *JSONAnswer `json:"answers,omitempty"`
}

// JSONSource is one outlet's report.
type JSONSource struct {
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published"`
}

// JSONAnswer is the accusation a denial answers.
type JSONAnswer struct {
	Source string `json:"source"`
	Date   string `json:"date"`
}

type jsonWindow struct {
	From        string   `json:"from"`
	To          string   `json:"to"`
	Zone        string   `json:"zone"`
	Regions     []string `json:"regions"`
	Actors      []string `json:"actors"`
	NoveltyDays int      `json:"novelty_days"`
}

type jsonTrend struct {
	A              string  `json:"a"`
	B              string  `json:"b"`
	Escalations    int     `json:"escalations"`
	Deescalations  int     `json:"deescalations"`
	Before         int     `json:"before"`
	BaselineDays   int     `json:"baseline_days"`
	BaselinePerDay float64 `json:"baseline_per_day"`
	Daily          []int   `json:"daily"`
	Shift          string  `json:"shift"`
}

type jsonBriefingDoc struct {
	Window          jsonWindow        `json:"window"`
	Headline        string            `json:"headline"`
	Counts          map[string]int    `json:"counts"`
	Developments    []JSONDevelopment `json:"developments"`
	More            int               `json:"more"`
	BackgroundCount int               `json:"background_count"`
	Trends          []jsonTrend       `json:"trends"`
}

const dayLayout = "2006-01-02"

// MarshalJSON writes the briefing in its machine-readable form: the
// window, the headline, the listed developments (one entry per target of
// an item, story by story), how many the cap left out, and the trends.
func (b *Briefing) MarshalJSON() ([]byte, error) {
	doc := jsonBriefingDoc{
		Window: jsonWindow{
			From: b.From.In(b.Location).Format(time.RFC3339), To: b.To.In(b.Location).Format(time.RFC3339),
			Zone: b.Location.String(), Regions: nonNil(b.Filter.Regions), Actors: nonNil(b.Filter.Actors),
			NoveltyDays: b.NoveltyDays,
		},
		Headline: headlinePhrase(b), Counts: map[string]int{},
		Developments: []JSONDevelopment{}, More: b.More, BackgroundCount: b.BackgroundCount, Trends: []jsonTrend{},
	}
	for t, n := range b.Counts {
		doc.Counts[string(t)] = n
	}
	for i, s := range b.Stories {
		for _, it := range s.Items {
			doc.Developments = append(doc.Developments, jsonItem(it, true, i+1)...)
		}
	}
	for _, it := range b.Background {
		doc.Developments = append(doc.Developments, jsonItem(it, true, 0)...)
	}
	for _, t := range b.Trends {
		doc.Trends = append(doc.Trends, jsonTrend{A: t.A.ID, B: t.B.ID, Escalations: t.Escalations, Deescalations: t.Deescalations,
			Before: t.Before, BaselineDays: t.BaselineDays, BaselinePerDay: t.Baseline(), Daily: t.Daily, Shift: string(t.Shift())})
	}
	return marshal(doc, "")
}

// marshal writes v as JSON with HTML left unescaped: links and quotes read
// as they are.
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonBriefing is the briefing's JSON, indented for reading.
func jsonBriefing(b *Briefing) []byte {
	data, err := marshal(b, "  ")
	if err != nil { // plain values only: cannot happen, but never print half a document
		data, _ = json.Marshal(map[string]string{"error": err.Error()})
	}
	return data
}

// jsonItem writes an item as one development per target; inBriefing sets
// New from the item's flag.
func jsonItem(it Item, inBriefing bool, story int) []JSONDevelopment {
	targets := it.Targets
	if len(targets) == 0 {
		targets = []Party{{}}
	}
	var sources []JSONSource
	for _, s := range it.Sources {
		sources = append(sources, JSONSource{Outlet: s.Outlet, URL: s.URL, Title: s.Title, Published: s.Published.UTC().Format(time.RFC3339)})
	}
	var out []JSONDevelopment
	for i, t := range targets {
		one := it
		one.Targets = []Party{t}
		if t.ID == "" {
			one.Targets = nil
		}
		d := JSONDevelopment{
			ID: it.IDs[min(i, len(it.IDs)-1)], Date: it.Day.UTC().Format(dayLayout), Type: string(it.Type),
			Source: it.Source.ID, Target: t.ID, Code: it.Code, Summary: itemDyad(one) + ": " + kindPhrase(it),
			Evidence: it.Evidence, Sources: nonNil(sources), Background: it.Background, Weight: it.Weight,
			FirstSeen: it.FirstSeen.UTC().Format(time.RFC3339), Story: story,
		}
		if inBriefing {
			d.New = &it.First
		}
		if a := it.Answers; a != nil {
			d.Answers = &JSONAnswer{Source: a.Accuser.ID, Date: a.Day.UTC().Format(dayLayout)}
		}
		out = append(out, d)
	}
	return out
}

// DevelopmentsJSON is the machine-readable form of developments listed
// outside a briefing, as /who and /dyad list them.
func DevelopmentsJSON(devs []briefbot.Development, actors Actors) []JSONDevelopment {
	c := Composer{Gazetteer: actors}
	out := []JSONDevelopment{}
	for _, d := range devs {
		out = append(out, jsonItem(c.item(d, false), false, 0)...)
	}
	return out
}

// nonNil makes an absent list an empty one, so consumers always see [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
