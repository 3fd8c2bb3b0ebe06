package llmtest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/coder/eval"
)

const goldItems = `{"id": "a", "date": "2025-03-04", "text": "Bread prices rose. Chad accused Sudan of arming rebels.", "events": [{"type": "accusation", "source": "TCD", "target": "SDN"}]}
{"id": "b", "date": "2025-03-05", "text": "Serbia rejected the report.", "events": [{"type": "denial", "source": "SRB", "target": null}]}
`

func ask(t *testing.T, h http.Handler, user string) []map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"model": "gold", "messages": []map[string]string{{"role": "system", "content": "codebook"}, {"role": "user", "content": user}}})
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/chat/completions", bytes.NewReader(body)))
	var resp struct {
		Choices []struct {
			Message struct{ Content string } `json:"message"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || len(resp.Choices) != 1 {
		t.Fatalf("response %s: %v", w.Body, err)
	}
	var answer struct{ Events []map[string]any }
	if err := json.Unmarshal([]byte(resp.Choices[0].Message.Content), &answer); err != nil {
		t.Fatalf("answer %s: %v", resp.Choices[0].Message.Content, err)
	}
	return answer.Events
}

func TestGold(t *testing.T) {
	set, err := eval.Load(strings.NewReader(goldItems), "gold")
	if err != nil {
		t.Fatal(err)
	}
	gold := NewGold(coder.Builtin(), set)
	evs := ask(t, gold, "Article date: 2025-03-04\n\nSentences:\n    Bread prices rose.\n[1] Chad accused Sudan of arming rebels.\n")
	if len(evs) != 1 || evs[0]["source"] != "TCD" || evs[0]["evidence"] != 1.0 || evs[0]["when"] != "2025-03-04" {
		t.Errorf("events %v, want the item's accusation in sentence 1", evs)
	}
	evs = ask(t, gold, "Article date: 2025-03-05\n\nSentences:\n[1] Serbia rejected the report.\n")
	if len(evs) != 1 || evs[0]["target"] != "" {
		t.Errorf("events %v, want a denial with no accuser", evs)
	}
	// Another day's item, and text in no item, are no match.
	for _, user := range []string{
		"Article date: 2025-03-06\n\nSentences:\n[1] Serbia rejected the report.\n",
		"Article date: 2025-03-04\n\nSentences:\n[1] Chad recalled its envoy.\n",
	} {
		if evs := ask(t, gold, user); len(evs) != 0 {
			t.Errorf("events %v for %q, want none", evs, user)
		}
	}
	if gold.Requests() != 4 || gold.Unmatched() != 2 {
		t.Errorf("%d requests, %d unmatched; want 4, 2", gold.Requests(), gold.Unmatched())
	}
}
