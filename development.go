package briefbot

import (
	"slices"
	"strings"
	"time"
)

// Development is one real-world event: one type of act by a source against a
// target on one day, however many sentences, articles and outlets state it.
// Briefings, trends, /who and /dyad count developments, not sentences.
type Development struct {
	ID         int64
	Type       EventType
	Source     string   // actor ID
	Target     string   // actor ID; "" only for a denial naming no accuser
	AltTargets []string // of all its mentions: e.g. the host state of a struck group
	// Day is the day it happened, at midnight UTC.
	Day time.Time
	// Code, Evidence, Confidence and Intensity are those of its best
	// mention (see Evidence.Better).
	Code       string
	Evidence   string
	Confidence float64
	Intensity  float64
	// Background marks a development known only from sentences giving it
	// as earlier context. It is never news: briefings do not list it and no
	// count includes it.
	Background bool
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of the articles that mention it.
	FirstSeen, LastSeen time.Time
	// Mentions counts the sentences that state it.
	Mentions int
	// Reports are the articles that state it, earliest first, one per
	// article; filled by the queries that say so.
	Reports []Report
}

// Key is what every mention of the development shares besides its day.
func (d Development) Key() DevelopmentKey {
	return DevelopmentKey{Type: d.Type, Source: d.Source, Target: d.Target, Family: Family(d.Type, d.Code)}
}

// Report is one article that states a development.
type Report struct {
	ArticleID   int64
	Outlet      string // the feed's name
	Link, Title string
	Published   time.Time
}

// Outlets returns the distinct outlets of the reports, in report order.
func (d Development) Outlets() []string {
	var out []string
	for _, r := range d.Reports {
		if r.Outlet != "" && !slices.Contains(out, r.Outlet) {
			out = append(out, r.Outlet)
		}
	}
	return out
}

// DevelopmentKey is what the mentions of one development share: its type,
// its sides and the family of its code.
type DevelopmentKey struct {
	Type           EventType
	Source, Target string
	Family         string
}

// Key is the key of the development the event states.
func (e Event) Key() DevelopmentKey {
	return DevelopmentKey{Type: e.Type, Source: e.Source, Target: e.Target, Family: Family(e.Type, e.Code)}
}

// families maps the coder's codes to the kind of act they name. Outlets
// word one act differently ("struck", "attacked", "shelled"), and the coder
// codes the words, so the codes of one kind of act must merge; different
// kinds between the same sides on the same day (a recall and a strike) stay
// apart.
var families = map[string]string{
	// Force.
	"strike": "force", "attack": "force", "clash": "force", "raid": "force",
	"incursion": "force", "seize": "force", "blockade": "force", "rescue": "force",
	// Threats and shows of force.
	"threat": "threat", "mobilise": "threat", "show-of-force": "threat", "retaliate": "threat", "test": "threat",
	// Diplomatic measures.
	"recall-ambassador": "diplomatic", "expel": "diplomatic", "cut-ties": "diplomatic", "close-border": "diplomatic",
	// Economic and legal measures.
	"sanction": "sanction", "designation": "sanction",
	// Calls on others.
	"restraint": "appeal", "mediate": "appeal", "sympathy": "appeal",
}

// Families are the kinds of act that Family names besides the event types.
var Families = []string{"force", "threat", "diplomatic", "sanction", "appeal"}

// Family names the kind of act a code of type t names: "force", "threat",
// "diplomatic", "sanction" or "appeal"; every other code names the type's
// own kind (all accusations are one kind, and so are all denials and all
// settlements between the parties: talks, agreements, ceasefires, returned
// ambassadors).
func Family(t EventType, code string) string {
	if f, ok := families[code]; ok {
		return f
	}
	return string(t)
}

// The merge rule. A mention joins the development with its key, and its
// news or background standing, whose day is its own. Failing that, one
// whose day is a day before or after: around midnight, outlets restate an
// event under the next date unless the sentence anchors it. A news mention
// in an article's headline or lead that its sentence does not anchor joins
// it only if the two first reports are within FollowUp of each other: a
// day later, the lead is the next day's news (the strike back, the next
// shelling), and a restatement there anchors itself ("on Monday", "a day
// after"). Failing those, a mention outside its article's headline and lead
// (a recap further down, "after Tuesday's strikes") or a background one
// joins the latest development up to RestatementDays before its day; and a
// news mention in a lead joins the earliest development up to
// RestatementDays after its day that no lead has stated yet, since those
// recaps were of it, stored before it. A background mention joins a news
// development if there is one, never the reverse: news is never merged
// into background, so it cannot be hidden by it. Otherwise the mention
// starts a development of its own. The rule gives the same developments
// whatever order the articles are stored in.
const (
	AdjacentDays    = 1
	FollowUp        = 18 * time.Hour
	RestatementDays = 7
)

// Candidate is a stored development that a mention might join.
type Candidate struct {
	Day        time.Time
	Background bool
	// FirstSeen is its first report; Lead says a news mention in a
	// headline or lead states it.
	FirstSeen time.Time
	Lead      bool
}

// Mention is what the merge rule reads of an event in its article.
type Mention struct {
	Day, Published time.Time
	// InLead says the mention is in its article's headline or lead.
	InLead, Background bool
}

// Lead reports whether the mention is news stated in a headline or lead.
func (m Mention) Lead() bool { return m.InLead && !m.Background }

// Join returns the index in candidates of the development that m joins,
// by the merge rule, or -1 for a new development. The candidates are
// developments with m's key.
func Join(candidates []Candidate, m Mention) int {
	anchored := !Day(m.Published).Equal(m.Day)
	best, bestScore := -1, 0
	for i, c := range candidates {
		if c.Background && !m.Background {
			continue // news never joins background
		}
		diff := int(c.Day.Sub(m.Day).Hours()) / 24 // > 0: the development is later
		var score int
		switch {
		case diff == 0:
			score = 1000
		case abs(diff) <= AdjacentDays && (!m.Lead() || anchored || m.Published.Sub(c.FirstSeen).Abs() <= FollowUp):
			// The earlier of two on either side.
			score = 990
			if diff < 0 {
				score++
			}
		case !m.Lead() && diff < 0 && diff >= -RestatementDays:
			score = 500 + diff // the latest
		case m.Lead() && !c.Lead && diff > 0 && diff <= RestatementDays:
			score = 500 - diff // the earliest
		default:
			continue
		}
		if !c.Background {
			score += 2000 // a background mention prefers news
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// DevelopmentDay is a development's key with the day it happened.
type DevelopmentDay struct {
	Key DevelopmentKey
	Day time.Time // midnight UTC
}

// DevelopmentDay is the key and day of the development the event states:
// its When, else its article's day.
func (e Event) DevelopmentDay() DevelopmentDay {
	when := e.When
	if when.IsZero() {
		when = e.Published
	}
	return DevelopmentDay{Key: e.Key(), Day: Day(when)}
}

// Same reports whether two news mentions state one development by the
// merge rule's test of days: the same key, days at most AdjacentDays
// apart.
func (d DevelopmentDay) Same(o DevelopmentDay) bool {
	diff := d.Day.Sub(o.Day).Abs()
	return d.Key == o.Key && diff <= AdjacentDays*24*time.Hour
}

// maxLead bounds an article's lead: a feed whose text is one long
// paragraph has no lead beyond its first sentences.
const maxLead = 400

// lead returns the article's lead: the text's first paragraph, at most
// maxLead bytes.
func (a Article) lead() string {
	lead, _, _ := strings.Cut(a.Text, "\n")
	return lead[:min(len(lead), maxLead)]
}

// InLead reports whether an event coded from the article is stated in its
// headline or lead (the text's first paragraph): there outlets tell the
// day's news; further down they may recap. An event without offsets (one
// stored before they were kept) is placed by its sentence, and an article
// with neither title nor text is all lead.
func (a Article) InLead(e Event) bool {
	if e.End > 0 {
		end := len(a.lead())
		if a.Title != "" {
			end += len(a.Title) + 2
		}
		return e.Start < end
	}
	return a.Title == "" && a.Text == "" || strings.Contains(a.Title+"\n\n"+a.lead(), e.Evidence)
}

// InHeadline reports whether an event coded from the article is stated in
// its headline.
func (a Article) InHeadline(e Event) bool {
	if e.End > 0 {
		return a.Title != "" && e.Start < len(a.Title)
	}
	return a.Title != "" && strings.TrimSpace(e.Evidence) == a.Title
}

// Evidence is what decides which mention's sentence speaks for a
// development.
type Evidence struct {
	// Rank is 2 for a news sentence, plus 1 for a sentence of the body
	// rather than a telegraphic headline.
	Rank       int
	Published  time.Time
	Confidence float64
}

// EvidenceOf is the evidence standing of event e of article a.
func EvidenceOf(e Event, a Article) Evidence {
	x := Evidence{Published: a.Published, Confidence: e.Confidence}
	if !e.Background {
		x.Rank += 2
	}
	if !a.InHeadline(e) {
		x.Rank++
	}
	return x
}

// Better reports whether x tells a development better than y: a news
// sentence before a background one, a sentence of the body before a
// headline, then the earliest report (the day's own news before later
// recaps, whatever order the articles were stored in), then the coder's
// confidence.
func (x Evidence) Better(y Evidence) bool {
	switch {
	case x.Rank != y.Rank:
		return x.Rank > y.Rank
	case !x.Published.Equal(y.Published):
		return x.Published.Before(y.Published)
	}
	return x.Confidence > y.Confidence
}
