package storage

import (
	"bytes"
	"context"
	"database/sql"
	"reflect"
	"testing"

	"github.com/briefbot/briefbot"
)

func TestLLMAnswers(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, ok, err := s.LLMAnswer(ctx, "h1", "m", "1"); ok || err != nil {
		t.Fatalf("empty cache: ok %v, err %v", ok, err)
	}
	if err := s.SaveLLMAnswer(ctx, "h1", "m", "1", []byte(`{"events":[]}`), at(0, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLLMAnswer(ctx, "h1", "m", "1", []byte(`{"events":[1]}`), at(1, 0)); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.LLMAnswer(ctx, "h1", "m", "1")
	if !ok || err != nil || !bytes.Equal(got, []byte(`{"events":[1]}`)) {
		t.Errorf("LLMAnswer = %s, %v, %v; want the later answer", got, ok, err)
	}
	// The model and the prompt version are part of the key.
	for _, key := range [][3]string{{"h1", "other", "1"}, {"h1", "m", "2"}, {"h2", "m", "1"}} {
		if _, ok, _ := s.LLMAnswer(ctx, key[0], key[1], key[2]); ok {
			t.Errorf("LLMAnswer%v found an answer stored under another key", key)
		}
	}
	// Saving prunes what is older than the TTL.
	if err := s.SaveLLMAnswer(ctx, "h2", "m", "1", []byte(`{}`), at(92, 0)); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.LLMAnswer(ctx, "h1", "m", "1"); ok {
		t.Error("an answer 91 days old was kept")
	}
}

func TestLLMTokens(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, n := range []int64{100, 250} {
		if _, err := s.AddLLMTokens(ctx, at(0, 9), n); err != nil {
			t.Fatal(err)
		}
	}
	if total, err := s.AddLLMTokens(ctx, at(1, 1), 7); total != 7 || err != nil {
		t.Errorf("next day's total = %d, %v; want 7", total, err)
	}
	if got, err := s.LLMTokens(ctx, at(0, 23)); got != 350 || err != nil {
		t.Errorf("LLMTokens(day 0) = %d, %v; want 350", got, err)
	}
	if got, err := s.LLMTokens(ctx, at(5, 0)); got != 0 || err != nil {
		t.Errorf("LLMTokens(a day with none) = %d, %v; want 0", got, err)
	}
}

// What coded each event is stored with it.
func TestEventBackendIsStored(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	model, fallback, builtin := ev("escalation", "IRN", "PAK"), ev("accusation", "PAK", "IRN"), ev("denial", "IRN", "PAK")
	model.Backend, fallback.Backend = briefbot.BackendLLM, briefbot.BackendFallback
	id := mustAdd(t, s, briefbot.Article{Link: "https://x.test/a", Published: at(0, 5)}, model, fallback, builtin)
	rows, err := s.read.QueryContext(ctx, `SELECT backend FROM events WHERE article_id = ? ORDER BY id`, id)
	if err != nil {
		t.Fatal(err)
	}
	got, err := collect(rows, func(r *sql.Rows) (b string, err error) { return b, r.Scan(&b) })
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"llm", "fallback", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("backends %q, want %q", got, want)
	}
}
