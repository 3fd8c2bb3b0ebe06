package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/coder/syntax"
)

func TestParsePrintsCoNLLU(t *testing.T) {
	code, out, errOut := runWithInput(t, "Freedonia recalled its envoy.\nSylvania didn't comment.", "parse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	sentences, err := syntax.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sentences) != 2 || sentences[0].ID != "1" || sentences[1].Text != "Sylvania didn't comment." {
		t.Fatalf("sentences %+v\n%s", sentences, out)
	}
	for _, want := range []string{"# sent_id = 2\n", "2\trecalled\trecall\tVERB\t_\t_\t0\troot\t", "\tn't\tnot\tPART\t"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestParseReadsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(path, []byte("Iran's envoy left."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runWithInput(t, "", "parse", path)
	if code != 0 || !strings.Contains(out, "# text = Iran's envoy left.\n") || !strings.Contains(out, "1\tIran\tIran\tPROPN") {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
}

func TestParseEval(t *testing.T) {
	code, out, errOut := runWithInput(t, "", "parse", "-eval", "testdata/parse-gold.conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := regexp.MustCompile(`^UPOS (0\.\d{3}|1\.000) UAS (0\.\d{3}|1\.000) LAS (0\.\d{3}|1\.000)\npunctuation counted[^\n]*, 14 words\n$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("output %q", out)
	}
	for _, score := range m[1:] {
		if v, _ := strconv.ParseFloat(score, 64); v < 0.7 {
			t.Errorf("score %s on two easy sentences:\n%s", score, out)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"two files", []string{"parse", "a", "b"}, 2, "at most one FILE"},
		{"file with -eval", []string{"parse", "-eval", "testdata/parse-gold.conllu", "a"}, 2, "at most one FILE"},
		{"missing file", []string{"parse", "testdata/missing.txt"}, 1, "open input"},
		{"missing gold", []string{"parse", "-eval", "testdata/missing.conllu"}, 1, "open gold file"},
		{"bad gold", []string{"parse", "-eval", "parse_test.go"}, 1, "conllu: line"},
		{"help", []string{"parse", "-h"}, 0, "usage: briefbot parse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runWithInput(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}
