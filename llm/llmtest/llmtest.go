// Package llmtest stands in for an OpenAI-compatible chat completions API,
// for tests and for measuring the LLM coder without a model.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/coder/eval"
)

// Request is the part of a chat completions request a stand-in reads.
type Request struct {
	Model          string          `json:"model"`
	Temperature    *float64        `json:"temperature"`
	MaxTokens      int             `json:"max_tokens"`
	Stream         bool            `json:"stream"`
	Messages       []Message       `json:"messages"`
	ResponseFormat json.RawMessage `json:"response_format"`
}

// Message is one message of a request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ReadRequest decodes a request's body.
func ReadRequest(r *http.Request) (Request, error) {
	var req Request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return Request{}, fmt.Errorf("decode request: %w", err)
	}
	return req, nil
}

// User returns the request's first user message: the article's sentences.
func (r Request) User() string {
	for _, m := range r.Messages {
		if m.Role == "user" {
			return m.Content
		}
	}
	return ""
}

// Reply writes a chat completion whose answer is content, reporting
// tokens of about four bytes each.
func Reply(w http.ResponseWriter, req Request, content string) {
	in := 0
	for _, m := range req.Messages {
		in += len(m.Content)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"object":  "chat.completion",
		"model":   req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": content}}},
		"usage":   map[string]any{"prompt_tokens": in / 4, "completion_tokens": len(content) / 4, "total_tokens": in/4 + len(content)/4},
	})
}

var (
	dateLine     = regexp.MustCompile(`(?m)^Article date: (\S+)$`)
	numberedLine = regexp.MustCompile(`(?m)^\[(\d+)\] (.*)$`)
)

// Gold answers each request with the gold events of the labelled item its
// numbered sentences come from: the answer a perfect model would give, so
// that what the LLM coder loses against it is the pipeline's own loss.
// Each event's evidence is the first sentence that names its source or
// its target. It is safe for concurrent use.
type Gold struct {
	items []eval.Item
	g     *coder.Gazetteer
	// requests counts the requests; unmatched those whose sentences are
	// in no item.
	requests, unmatched atomic.Int64
}

// NewGold returns a stand-in answering from the items of sets, finding
// actors with g.
func NewGold(g *coder.Gazetteer, sets ...*eval.Set) *Gold {
	s := &Gold{g: g}
	for _, set := range sets {
		s.items = append(s.items, set.Items...)
	}
	return s
}

// Requests returns the number of requests served.
func (s *Gold) Requests() int64 { return s.requests.Load() }

// Unmatched returns the number of requests whose sentences are in no item.
func (s *Gold) Unmatched() int64 { return s.unmatched.Load() }

func (s *Gold) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	req, err := ReadRequest(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	user := req.User()
	var date string
	if m := dateLine.FindStringSubmatch(user); m != nil {
		date = m[1]
	}
	var sentences []string
	for _, m := range numberedLine.FindAllStringSubmatch(user, -1) {
		sentences = append(sentences, m[2])
	}
	it, ok := s.find(date, sentences)
	if !ok {
		s.unmatched.Add(1)
		Reply(w, req, `{"events": []}`)
		return
	}
	events := []map[string]any{}
	for _, e := range it.Events {
		target, _ := e["target"].(string)
		events = append(events, map[string]any{
			"type": e["type"], "source": e["source"], "target": target,
			"evidence": s.evidence(sentences, e), "when": it.Date, "background": false,
		})
	}
	b, err := json.Marshal(map[string]any{"events": events})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	Reply(w, req, string(b))
}

// find returns the item of date whose text holds every sentence.
func (s *Gold) find(date string, sentences []string) (eval.Item, bool) {
	if len(sentences) == 0 {
		return eval.Item{}, false
	}
	for _, it := range s.items {
		if date != "unknown" && it.Date != date {
			continue
		}
		all := true
		for _, sent := range sentences {
			all = all && strings.Contains(it.Text, sent)
		}
		if all {
			return it, true
		}
	}
	return eval.Item{}, false
}

// evidence numbers the first sentence that names e's source or target
// (or one of their alternatives), else the first sentence.
func (s *Gold) evidence(sentences []string, e eval.Event) int {
	parties := map[string]bool{}
	for _, key := range []string{"source", "target", "alt_sources", "alt_targets"} {
		switch v := e[key].(type) {
		case string:
			parties[v] = true
		case []any:
			for _, x := range v {
				if id, ok := x.(string); ok {
					parties[id] = true
				}
			}
		}
	}
	for i, sent := range sentences {
		for _, m := range s.g.Mentions(sent) {
			if parties[m.ActorID] {
				return i + 1
			}
		}
	}
	return 1
}
