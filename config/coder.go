package config

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Coder backends.
const (
	BackendBuiltin = "builtin" // the built-in coder: offline, the default
	BackendLLM     = "llm"     // a language model behind an OpenAI-compatible API
)

// Defaults of the llm section.
const (
	// DefaultLLMTimeout bounds one request, answer included: a 7–8B model
	// on a laptop's CPU reads a long prompt for a minute or more.
	DefaultLLMTimeout = 2 * time.Minute
	// DefaultLLMConcurrency is how many requests are in flight at once; a
	// local server answers one or two at a time anyway.
	DefaultLLMConcurrency = 2
)

// Coder says which coder codes articles.
type Coder struct {
	Backend string // BackendBuiltin or BackendLLM
	LLM     LLM
}

// LLM is a language model behind an OpenAI-compatible chat completions API
// (Ollama, llama.cpp's server, vLLM, LM Studio, a hosted API).
type LLM struct {
	URL   string // the API's base URL, such as http://localhost:11434/v1
	Model string
	// APIKeyEnv names the environment variable holding the API key, sent
	// as a bearer token; "" sends none (a local server needs none).
	APIKeyEnv         string
	Timeout           time.Duration // one request, answer included
	MaxConcurrency    int           // requests in flight at once
	RequestsPerMinute int           // 0: no limit
	MaxDailyTokens    int           // tokens in and out per UTC day; 0: no limit
	// Line is where api_key_env is in the file, for the problem found at
	// start-up when its variable is not set.
	Line int
}

// Configured reports whether the section names a model to call.
func (l LLM) Configured() bool { return l.URL != "" && l.Model != "" }

// coder decodes the coder section. The llm settings are checked whatever
// the backend, since "-coder llm" on the command line may choose them.
func (d *decoder) coder(c *Coder, n *yaml.Node, path string) {
	var llmNode *yaml.Node
	d.mapping(n, path,
		field{"backend", d.oneOf(&c.Backend, BackendBuiltin, BackendLLM)},
		field{"llm", func(v *yaml.Node, p string) {
			llmNode = v
			c.LLM.Line = at(v, "api_key_env").Line
			d.mapping(v, p,
				field{"url", d.url(&c.LLM.URL)},
				field{"model", d.str(&c.LLM.Model)},
				field{"api_key_env", d.apiKeyEnv(&c.LLM.APIKeyEnv)},
				field{"timeout", d.duration(&c.LLM.Timeout, time.Second)},
				field{"max_concurrency", d.positive(&c.LLM.MaxConcurrency)},
				field{"requests_per_minute", d.positive(&c.LLM.RequestsPerMinute)},
				field{"max_daily_tokens", d.positive(&c.LLM.MaxDailyTokens)},
			)
		}},
	)
	if c.Backend != BackendLLM {
		return
	}
	switch {
	case llmNode == nil:
		d.problem(at(n, "backend"), path+".backend", "the llm backend needs an llm section with url and model")
	case c.LLM.URL == "" && at(llmNode, "url").Value == "":
		d.problem(at(llmNode, "url"), path+".llm.url", "missing: the API's base URL, such as http://localhost:11434/v1")
	}
	if llmNode != nil && c.LLM.Model == "" {
		d.problem(at(llmNode, "model"), path+".llm.model", "missing: the model to ask, such as qwen2.5:7b-instruct")
	}
}

// apiKeyEnv decodes the name of the variable holding an API key. A value
// that is no variable's name is not quoted back: it may be the key itself.
func (d *decoder) apiKeyEnv(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		switch {
		case s == "":
		case !envName.MatchString(s):
			d.problem(n, path, "not an environment variable name (upper-case letters, digits and _): "+
				"name the variable that holds the API key, never the key itself")
		case secretEnvProblem(s, "the API key") != "":
			d.problem(n, path, "%s", secretEnvProblem(s, "the API key"))
		default:
			*dst = s
		}
	}
}

// LLMAPIKey returns the API key of the llm section from the environment
// (through getenv), "" when the section names no variable. A variable
// named but not set is an error naming its line, so that a deployment that
// loses its key stops instead of falling back to the built-in coder on
// every article.
func (c *Config) LLMAPIKey(getenv func(string) string) (string, error) {
	env := c.Coder.LLM.APIKeyEnv
	if env == "" {
		return "", nil
	}
	key := strings.TrimSpace(getenv(env))
	if key == "" {
		return "", Problems{{File: c.File, Line: c.Coder.LLM.Line, Path: "coder.llm.api_key_env",
			Msg: fmt.Sprintf("%s is not set: export the API key in it, or leave api_key_env out for a server that needs none", env)}}
	}
	return key, nil
}
