package llm

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
)

func TestParseAnswer(t *testing.T) {
	const event = `{"type": "accusation", "source": "TCD", "target": "SDN", "evidence": 1, "when": "2025-03-01", "background": false}`
	tests := []struct {
		name, content string
		want          int // events; -1 for an error
	}{
		{"the schema's object", `{"events": [` + event + `]}`, 1},
		{"no events", `{"events": []}`, 0},
		{"null events", `{"events": null}`, 0},
		{"in a code fence", "```json\n{\"events\": [" + event + "]}\n```", 1},
		{"prose around", "Here are the events:\n{\"events\": [" + event + "]}\nI hope this helps.", 1},
		{"trailing commas", `{"events": [` + strings.TrimSuffix(event, "}") + `,},],}`, 1},
		{"a comma in a string stays", `{"events": [{"type": "denial", "source": "a,]", "target": "", "evidence": 1}]}`, 1},
		{"a bare list", `[` + event + `, ` + event + `]`, 2},
		{"one bare event", event, 1},
		{"no JSON", "There are no events here.", -1},
		{"broken JSON", `{"events": [{"type": "accusation", "source": }]}`, -1},
		{"events not a list", `{"events": {"type": "accusation"}}`, -1},
		{"an event not an object", `{"events": ["accusation"]}`, -1},
		{"an object of something else", `{"answer": "none"}`, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAnswer(tt.content)
			switch {
			case tt.want < 0 && err == nil:
				t.Errorf("parseAnswer = %v, want an error", got)
			case tt.want >= 0 && (err != nil || len(got) != tt.want):
				t.Errorf("parseAnswer = %d events, %v; want %d", len(got), err, tt.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	ev := func(fields ...any) map[string]any {
		m := map[string]any{"type": "accusation", "source": "TCD", "target": "SDN", "evidence": "1", "when": "2025-03-04", "background": false}
		for i := 0; i+1 < len(fields); i += 2 {
			m[fields[i].(string)] = fields[i+1]
		}
		return m
	}
	want := func(fields ...any) answerEvent {
		e := answerEvent{Type: "accusation", Source: "TCD", Target: "SDN", Evidence: 1, When: "2025-03-04"}
		for i := 0; i+1 < len(fields); i += 2 {
			switch fields[i] {
			case "type":
				e.Type = briefbot.EventType(fields[i+1].(string))
			case "source":
				e.Source = fields[i+1].(string)
			case "target":
				e.Target = fields[i+1].(string)
			case "evidence":
				e.Evidence = fields[i+1].(int)
			case "when":
				e.When = fields[i+1].(string)
			case "background":
				e.Background = fields[i+1].(bool)
			}
		}
		return e
	}
	tests := []struct {
		name    string
		raw     map[string]any
		want    []answerEvent
		unknown int
		invalid string // a part of the error; "" for none
	}{
		{"ids", ev(), []answerEvent{want()}, 0, ""},
		{"names and aliases map to ids", ev("source", "Chad", "target", "Khartoum"), []answerEvent{want()}, 0, ""},
		{"ids in any case", ev("source", "tcd", "target", " sdn "), []answerEvent{want()}, 0, ""},
		{"a group by its alias", ev("source", "Pakistani Taliban", "target", "PAK"), []answerEvent{want("source", "ttp", "target", "PAK")}, 0, ""},
		{"an unknown source is dropped and counted", ev("source", "Atlantis"), nil, 1, ""},
		{"an unknown target is dropped and counted", ev("target", "the militia"), nil, 1, ""},
		{"an escalation needs a target", ev("type", "escalation", "target", ""), nil, 1, ""},
		{"a denial may name no accuser", ev("type", "denial", "target", nil), []answerEvent{want("type", "denial", "target", "")}, 0, ""},
		{"a denial of an unknown accuser keeps the denial", ev("type", "denial", "target", "the media"),
			[]answerEvent{want("type", "denial", "target", "")}, 1, ""},
		{"an event needs two parties", ev("target", "Chad"), nil, 0, ""},
		{"types as models write them", ev("type", "De-escalation"), []answerEvent{want("type", "deescalation")}, 0, ""},
		{"no date is the article's", ev("when", ""), []answerEvent{want()}, 0, ""},
		{"a timestamp is cut to its date", ev("when", "2025-03-02T10:00:00Z"), []answerEvent{want("when", "2025-03-02")}, 0, ""},
		{"background as a string", ev("background", "true"), []answerEvent{want("background", true)}, 0, ""},
		{"evidence in brackets", ev("evidence", "[2]"), []answerEvent{want("evidence", 2)}, 0, ""},
		{"an unknown type", ev("type", "threat"), nil, 0, `type "threat" is none of`},
		{"evidence out of range", ev("evidence", 3), nil, 0, "evidence 3 is not a sentence number from 1 to 2"},
		{"evidence counted from 0", ev("evidence", 0), nil, 0, "evidence 0 is not a sentence number"},
		{"no evidence", ev("evidence", nil), nil, 0, "evidence <nil> is not"},
		{"a date after the article's", ev("when", "2025-03-05"), nil, 0, "when 2025-03-05 is after the article's date, 2025-03-04"},
		{"an unreadable date", ev("when", "last week"), nil, 0, `when "last week" is not YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []map[string]any{tt.raw}
			if n, ok := tt.raw["evidence"].(int); ok {
				raw[0]["evidence"] = jsonNumber(n)
			}
			got, unknown, err := validate(raw, 2, day, coder.Builtin())
			var ie *invalidError
			switch {
			case tt.invalid != "":
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.invalid) {
					t.Errorf("err = %v, want an invalid answer saying %q", err, tt.invalid)
				}
			case err != nil:
				t.Errorf("err = %v", err)
			case !reflect.DeepEqual(got, tt.want) || unknown != tt.unknown:
				t.Errorf("validate = %+v, %d unknown; want %+v, %d", got, unknown, tt.want, tt.unknown)
			}
		})
	}
}

func TestValidateDropsRepeats(t *testing.T) {
	e := map[string]any{"type": "accusation", "source": "TCD", "target": "Sudan", "evidence": jsonNumber(1), "when": ""}
	got, _, err := validate([]map[string]any{e, e}, 1, time.Time{}, coder.Builtin())
	if err != nil || len(got) != 1 || got[0].When != "" {
		t.Errorf("validate = %+v, %v; want one event, undated as its article", got, err)
	}
}

func jsonNumber(n int) json.Number { return json.Number(strconv.Itoa(n)) }
