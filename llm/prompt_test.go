package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
)

// testArticle has two candidates with a sentence of context between them
// and one sentence that is neither, which must never be sent.
var testArticle = briefbot.Article{
	Link:      "https://news.example/1",
	Published: time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC),
	Text: "Chad accused Sudan of arming the rebels. Bread prices rose. Farmers met in the capital. " +
		"Exports of gum arabic fell. Khartoum denied the charge.",
}

var testCoder = coder.New(coder.Builtin())

func TestUserMessage(t *testing.T) {
	sel := testCoder.Candidates(testArticle)
	got := userMessage(sel.Text, testArticle.Published, sel.Candidates, coder.Builtin())
	// The actors' names come from the gazetteer's data: the forms the text
	// uses first, then the name, then aliases up to maxNames.
	want := `Article date: 2025-03-04

Actors named (id: names):
TCD: Chad; …
SDN: Sudan; Khartoum; …

Sentences (code the numbered ones; the others are context):
[1] Chad accused Sudan of arming the rebels.
    Bread prices rose.
…
    Exports of gum arabic fell.
[2] Khartoum denied the charge.
`
	if shortNames(got) != want {
		t.Errorf("user message:\n%s\nwant:\n%s", got, want)
	}
	for _, line := range strings.Split(got, "\n")[3:5] {
		if n := strings.Count(line, ";") + 1; n > maxNames {
			t.Errorf("%d names, want at most %d: %s", n, maxNames, line)
		}
	}
	if strings.Contains(got, "Farmers") {
		t.Error("a sentence that is neither a candidate nor context was sent")
	}
	if undated := userMessage(sel.Text, time.Time{}, sel.Candidates, coder.Builtin()); !strings.HasPrefix(undated, "Article date: unknown\n") {
		t.Errorf("undated article: %q", undated[:30])
	}
}

// actorLine is a line of the actor list, its id and the names the text
// uses.
var actorLine = regexp.MustCompile(`(?m)^([A-Za-z0-9-]+: (?:Chad|Sudan; Khartoum))(; .*)?$`)

// shortNames replaces the gazetteer's further names of TCD and SDN in a
// user message by "…".
func shortNames(user string) string { return actorLine.ReplaceAllString(user, "$1; …") }

// Adjacent candidates share their context, written once.
func TestUserMessageSharesContext(t *testing.T) {
	a := briefbot.Article{Text: "Rain fell. Chad accused Sudan of arming rebels. Sudan denied it. Chad recalled its envoy. Markets were calm."}
	sel := testCoder.Candidates(a)
	got := userMessage(sel.Text, time.Time{}, sel.Candidates, coder.Builtin())
	want := "    Rain fell.\n[1] Chad accused Sudan of arming rebels.\n[2] Sudan denied it.\n[3] Chad recalled its envoy.\n    Markets were calm.\n"
	if !strings.HasSuffix(got, want) {
		t.Errorf("sentences:\n%s\nwant them to end:\n%s", got, want)
	}
}

// The answer schema must be valid JSON, or servers refuse every request.
func TestAnswerSchemaIsJSON(t *testing.T) {
	var v map[string]any
	if err := json.Unmarshal(answerSchema, &v); err != nil {
		t.Fatal(err)
	}
}

// promptHashes records a hash of each prompt version's codebook, schema and
// user message layout. Changing any of them changes the hash: bump
// PromptVersion, so that answers cached for the old prompt are not reused,
// and record the new hash here.
var promptHashes = map[string]string{
	"1": "ddfc09bd5534e231a745f1704f5928e6584600a8646280322c0afd771d6589ab",
}

func TestPromptVersionGuard(t *testing.T) {
	sel := testCoder.Candidates(testArticle)
	h := sha256.New()
	// The gazetteer's names are left out: they are the data's, and a
	// request that lists other names is another text to the cache anyway.
	layout := shortNames(userMessage(sel.Text, testArticle.Published, sel.Candidates, coder.Builtin()))
	for _, part := range []string{systemPrompt, string(answerSchema), layout} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	got := hex.EncodeToString(h.Sum(nil))
	if want := promptHashes[PromptVersion]; got != want {
		t.Errorf("the prompt of version %q changed (hash %s, recorded %q): bump PromptVersion and record the hash", PromptVersion, got, want)
	}
}
