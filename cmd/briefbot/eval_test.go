package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/coder/eval"
)

const evalGold = `{"id": "g-1", "date": "2025-01-02", "text": "Egypt accused Ethiopia of endangering its water supply.", "events": [{"type": "accusation", "source": "EGY", "target": "ETH", "alt_targets": [], "alt_sources": []}]}
{"id": "g-2", "date": "2025-01-03", "text": "Serbia denied the report.", "events": [{"type": "denial", "source": "SRB", "target": null}]}
{"id": "g-3", "date": "2025-01-04", "text": "Bread prices rose again in Cairo.", "events": []}
{"id": "g-4", "date": "2025-01-05", "text": "The talks went nowhere.", "events": [{"type": "deescalation", "source": "EGY", "target": "ETH"}]}
`

func writeGold(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(evalGold), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// eval must print what scoring the code command's predictions prints.
func TestEvalEqualsScoringTheCodeOutput(t *testing.T) {
	gold := writeGold(t)
	code, preds, errOut := runWithInput(t, "", "code", gold)
	if code != 0 {
		t.Fatalf("code: exit %d: %s", code, errOut)
	}
	goldSet, err := eval.Load(strings.NewReader(evalGold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	predSet, err := eval.Load(strings.NewReader(preds), "pred")
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"eval", gold}, {"eval", "-errors", gold}, {"eval", gold, "-errors"}} {
		errorsFlag := len(args) == 3
		var want bytes.Buffer
		if _, err := eval.Score(&want, goldSet, predSet, errorsFlag); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runWithInput(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if out != want.String() {
			t.Errorf("%v printed\n%s\nwant\n%s", args, out, want.String())
		}
		if !strings.Contains(out, "typed-dyad F1: 0.800 (P=1.000 R=0.667 tp=2 fp=0 fn=1)") {
			t.Errorf("%v: unexpected score:\n%s", args, out)
		}
		if errorsFlag != strings.Contains(out, "g-4: The talks went nowhere.\n  FN deescalation EGY->ETH") {
			t.Errorf("%v: error listing wrong:\n%s", args, out)
		}
	}
}

// With several files, eval prints each file's report and then the report
// of all of them together, each under a header.
func TestEvalSeveralFiles(t *testing.T) {
	first := writeGold(t)
	second := filepath.Join(t.TempDir(), "gold2.jsonl")
	const gold2 = `{"id": "h-1", "date": "2025-03-01", "text": "Chad expelled Sudan's ambassador.", "events": [{"type": "escalation", "source": "TCD", "target": "SDN"}], "src": "https://news.example/a"}
`
	if err := os.WriteFile(second, []byte(gold2), 0o600); err != nil {
		t.Fatal(err)
	}
	sets := map[string]*eval.Set{}
	var want strings.Builder
	for _, f := range []string{first, second} {
		code, preds, errOut := runWithInput(t, "", "code", f)
		if code != 0 {
			t.Fatalf("code %s: exit %d: %s", f, code, errOut)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := eval.Load(bytes.NewReader(b), f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := eval.Load(strings.NewReader(preds), "pred")
		if err != nil {
			t.Fatal(err)
		}
		sets["gold"+f], sets["pred"+f] = g, p
		want.WriteString("== " + f + " ==\n")
		if _, err := eval.Score(&want, g, p, false); err != nil {
			t.Fatal(err)
		}
	}
	want.WriteString("== all ==\n")
	all := eval.Concat(sets["gold"+first], sets["gold"+second])
	if _, err := eval.Score(&want, all, eval.Concat(sets["pred"+first], sets["pred"+second]), false); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runWithInput(t, "", "eval", first, second)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if out != want.String() {
		t.Errorf("printed\n%s\nwant\n%s", out, want.String())
	}
	if !strings.Contains(out, "== all ==\ntype ") || strings.Count(out, "typed-dyad F1") != 3 {
		t.Errorf("want three reports, the last for all:\n%s", out)
	}
}

func TestEvalUsage(t *testing.T) {
	code, _, errOut := runWithInput(t, "", "eval")
	if code != 2 || !strings.Contains(errOut, "want at least one GOLD.jsonl") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runWithInput(t, "", "eval", "-half", "C", writeGold(t))
	if code != 1 || !strings.Contains(errOut, "want A or B") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runWithInput(t, "", "eval", filepath.Join(t.TempDir(), "none.jsonl"))
	if code != 1 || !strings.Contains(errOut, "open gold") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
