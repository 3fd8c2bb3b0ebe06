package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
)

// answerEvent is one event of a validated answer, as cached: ids resolved,
// evidence numbered from 1 like the sentences sent.
type answerEvent struct {
	Type       briefbot.EventType `json:"type"`
	Source     string             `json:"source"`
	Target     string             `json:"target"`
	Evidence   int                `json:"evidence"`
	When       string             `json:"when"`
	Background bool               `json:"background"`
}

// answer is a validated answer, as cached.
type answer struct {
	Events []answerEvent `json:"events"`
}

// errNoJSON is a model's text with no JSON value in it.
var errNoJSON = errors.New("no JSON in the answer")

// parseAnswer reads the events out of a model's text. Servers that cannot
// constrain the output leave models to wrap the JSON in a code fence or in
// prose, or to leave a trailing comma; all of that is forgiven. The value
// may be {"events": [...]}, a bare list of events, or one event.
func parseAnswer(content string) ([]map[string]any, error) {
	js, err := extractJSON(content)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(strings.NewReader(js))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("parse answer: %w", err)
	}
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	case map[string]any:
		evs, ok := x["events"]
		switch {
		case ok:
			if list, ok = evs.([]any); !ok && evs != nil {
				return nil, fmt.Errorf(`"events" is a %T, not a list`, evs)
			}
		case x["type"] != nil:
			list = []any{x}
		default:
			return nil, errors.New(`the answer has no "events"`)
		}
	default:
		return nil, fmt.Errorf("the answer is a %T, not an object", v)
	}
	out := make([]map[string]any, len(list))
	for i, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("event %d is a %T, not an object", i+1, e)
		}
		out[i] = m
	}
	return out, nil
}

// extractJSON returns the JSON value in s: the body of the first code
// fence if there is one, from the first '{' or '[' to the last '}' or ']',
// with commas before a closing bracket dropped.
func extractJSON(s string) (string, error) {
	if i := strings.Index(s, "```"); i >= 0 {
		body := s[i+3:]
		if nl := strings.IndexByte(body, '\n'); nl >= 0 {
			body = body[nl+1:] // the fence's language tag
		}
		if j := strings.Index(body, "```"); j >= 0 {
			body = body[:j]
		}
		s = body
	}
	start := strings.IndexAny(s, "{[")
	end := strings.LastIndexAny(s, "}]")
	if start < 0 || end < start {
		return "", errNoJSON
	}
	return dropTrailingCommas(s[start : end+1]), nil
}

// dropTrailingCommas removes each comma that only whitespace separates
// from a closing bracket, outside strings.
func dropTrailingCommas(s string) string {
	var b strings.Builder
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == ',':
			j := i + 1
			for j < len(s) && strings.IndexByte(" \t\r\n", s[j]) >= 0 {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// invalidError is an answer that breaks the format: asked again once, then
// given up on.
type invalidError struct{ msg string }

func (e *invalidError) Error() string { return "invalid answer: " + e.msg }

func invalid(format string, args ...any) error {
	return &invalidError{msg: fmt.Sprintf(format, args...)}
}

// validate checks raw events against a request of n sentences about an
// article of day (zero when unknown) and returns them with their actors
// resolved to gazetteer ids. An event naming an actor the gazetteer does
// not know is dropped and counted in unknown; a type outside the four, an
// evidence number out of range or a date that cannot be read or lies after
// the article's make the whole answer invalid. Repeats are dropped.
func validate(raw []map[string]any, n int, day time.Time, g *coder.Gazetteer) (events []answerEvent, unknown int, err error) {
	for i, r := range raw {
		e := answerEvent{Type: eventType(str(r["type"]))}
		if !e.Type.Valid() {
			return nil, 0, invalid("event %d: type %q is none of %v", i+1, str(r["type"]), briefbot.EventTypes)
		}
		ev, ok := number(r["evidence"])
		if !ok || ev < 1 || ev > n {
			return nil, 0, invalid("event %d: evidence %v is not a sentence number from 1 to %d", i+1, r["evidence"], n)
		}
		e.Evidence = ev
		when, err := eventDay(str(r["when"]), day)
		if err != nil {
			return nil, 0, invalid("event %d: %v", i+1, err)
		}
		e.When = when
		e.Background = truth(r["background"])
		var srcOK, tgtOK bool
		e.Source, srcOK = actorID(g, str(r["source"]))
		e.Target, tgtOK = actorID(g, str(r["target"]))
		if !tgtOK && e.Type == briefbot.Denial {
			// A denial stands without its accuser: one the gazetteer
			// does not know ("the media") is dropped, not the denial.
			if str(r["target"]) != "" {
				unknown++
			}
			e.Target, tgtOK = "", true
		}
		switch {
		case !srcOK || !tgtOK:
			unknown++
			continue
		case e.Source == e.Target:
			continue // an event needs two parties
		case containsEvent(events, e):
			continue
		}
		events = append(events, e)
	}
	return events, unknown, nil
}

func containsEvent(events []answerEvent, e answerEvent) bool {
	for _, x := range events {
		if x == e {
			return true
		}
	}
	return false
}

// eventType reads a type as models write it: any case, with a hyphen or a
// space in "de-escalation".
func eventType(s string) briefbot.EventType {
	s = strings.ToLower(strings.TrimSpace(s))
	return briefbot.EventType(strings.NewReplacer("-", "", " ", "").Replace(s))
}

// actorID maps what the model wrote (an id, a name or an alias) to a
// gazetteer id.
func actorID(g *coder.Gazetteer, s string) (string, bool) {
	a, ok := g.Lookup(strings.TrimSpace(s))
	return a.ID, ok
}

// eventDay reads when as YYYY-MM-DD (a longer timestamp is cut to its
// date), "" standing for the article's day; it may not be after day.
func eventDay(when string, day time.Time) (string, error) {
	when = strings.TrimSpace(when)
	if when == "" {
		if day.IsZero() {
			return "", nil
		}
		return day.Format(time.DateOnly), nil
	}
	if len(when) > len(time.DateOnly) {
		when = when[:len(time.DateOnly)]
	}
	t, err := time.Parse(time.DateOnly, when)
	if err != nil {
		return "", fmt.Errorf("when %q is not YYYY-MM-DD", when)
	}
	if !day.IsZero() && t.After(day) {
		return "", fmt.Errorf("when %s is after the article's date, %s", when, day.Format(time.DateOnly))
	}
	return when, nil
}

// str reads a JSON string; null and other values read as "".
func str(v any) string {
	s, _ := v.(string)
	return s
}

// number reads a whole number, also written as a string ("2") or in
// brackets as the sentences are labelled ("[2]").
func number(v any) (int, bool) {
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = strings.Trim(strings.TrimSpace(x), "[]")
	default:
		return 0, false
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int(f)) {
		return int(f), true
	}
	return 0, false
}

// truth reads a JSON boolean, also written as a string.
func truth(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case string:
		b, _ := strconv.ParseBool(strings.TrimSpace(x))
		return b
	}
	return false
}
