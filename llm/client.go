package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/briefbot/briefbot/internal/retry"
)

// maxAnswerBytes bounds a response body: an answer of events is a few
// kilobytes, and anything far larger is a runaway model or not an API.
const maxAnswerBytes = 1 << 20

// chatRequest is the body of POST /chat/completions, in the OpenAI format
// that Ollama, llama.cpp's server, vLLM and LM Studio all accept.
type chatRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
	// Temperature is always sent, 0, so that the same text gets the same
	// answer (and a cached answer stands for a fresh one).
	Temperature    float64         `json:"temperature"`
	MaxTokens      int             `json:"max_tokens"`
	Stream         bool            `json:"stream"`
	ResponseFormat *responseFormat `json:"response_format,omitempty"`
}

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// responseFormat asks for output that follows a JSON schema: OpenAI's
// structured outputs, which Ollama (0.5 and later), llama.cpp's server and
// vLLM turn into constrained decoding.
type responseFormat struct {
	Type       string     `json:"type"` // "json_schema"
	JSONSchema jsonSchema `json:"json_schema"`
}

type jsonSchema struct {
	Name   string          `json:"name"`
	Strict bool            `json:"strict"`
	Schema json.RawMessage `json:"schema"`
}

type chatResponse struct {
	Choices []struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
	Usage *struct {
		PromptTokens     int64 `json:"prompt_tokens"`
		CompletionTokens int64 `json:"completion_tokens"`
	} `json:"usage"`
}

// usage is what a request cost, in tokens.
type usage struct{ in, out int64 }

// apiError is a response the API refused or failed.
type apiError struct {
	status     int
	retryAfter time.Duration // from a 429's or 503's Retry-After
	body       string        // the start of the body, which says why
}

func (e *apiError) Error() string {
	return fmt.Sprintf("HTTP %d %s: %s", e.status, http.StatusText(e.status), e.body)
}

// transient reports whether asking again soon may succeed.
func (e *apiError) transient() bool { return e.status >= 500 }

// schemaRefused reports whether a 400 may be the server refusing
// response_format (an older server, or a model without structured output).
func (e *apiError) schemaRefused() bool {
	return e.status == http.StatusBadRequest &&
		(strings.Contains(e.body, "response_format") || strings.Contains(e.body, "json_schema"))
}

// errTimeout is a request cut by Options.Timeout.
var errTimeout = errors.New("no complete answer within the timeout")

// client posts chat completions.
type client struct {
	endpoint string
	apiKey   string
	timeout  time.Duration
	http     *http.Client
	now      func() time.Time // for a Retry-After given as a date
}

// newClient returns a client for the API at base, the URL that ends in
// /v1 (a URL that already ends in /chat/completions is taken as it is).
func newClient(base, apiKey string, timeout time.Duration, now func() time.Time) *client {
	endpoint := strings.TrimRight(base, "/")
	if !strings.HasSuffix(endpoint, "/chat/completions") {
		endpoint += "/chat/completions"
	}
	// The timeout is set per request through its context, which bounds a
	// body that trickles in as well as a server that never answers.
	return &client{endpoint: endpoint, apiKey: apiKey, timeout: timeout, http: &http.Client{}, now: now}
}

// chat sends req and returns the answer's text and what it cost; when the
// server does not report usage, est (the prompt's tokens, estimated)
// stands in for it, with the answer's estimated likewise. The error is an
// *apiError, errTimeout, ctx's error, or a transport error.
func (c *client) chat(ctx context.Context, req *chatRequest, est usage) (string, usage, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return "", usage{}, fmt.Errorf("encode request: %w", err)
	}
	rctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(rctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return "", usage{}, fmt.Errorf("build request: %w", err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	if c.apiKey != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	resp, err := c.http.Do(hreq)
	if err == nil {
		defer resp.Body.Close()
		body, err = io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes+1))
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return "", usage{}, ctx.Err()
	case rctx.Err() != nil:
		return "", est, errTimeout // the server worked on it: count the tokens
	default:
		return "", usage{}, fmt.Errorf("POST %s: %w", c.endpoint, err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", usage{}, &apiError{status: resp.StatusCode, body: snippet(body),
			retryAfter: retry.After(resp.Header.Get("Retry-After"), c.now())}
	}
	if len(body) > maxAnswerBytes {
		return "", est, fmt.Errorf("answer larger than %d bytes", maxAnswerBytes)
	}
	var cr chatResponse
	if err := json.Unmarshal(body, &cr); err != nil {
		return "", est, fmt.Errorf("decode response: %w", err)
	}
	if len(cr.Choices) == 0 {
		return "", est, errors.New("response has no choices")
	}
	content := cr.Choices[0].Message.Content
	if cr.Usage != nil && cr.Usage.PromptTokens+cr.Usage.CompletionTokens > 0 {
		est = usage{in: cr.Usage.PromptTokens, out: cr.Usage.CompletionTokens}
	} else {
		est.out = int64(len(content) / 4)
	}
	return content, est, nil
}

// snippet is the start of an error body, on one line, for logs.
func snippet(body []byte) string {
	s := strings.Join(strings.Fields(string(body)), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
