package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/coder/syntax"
)

// treebank is a tiny CoNLL-U treebank of our own.
const treebank = `# sent_id = 1
1	Freedonia	Freedonia	PROPN	_	_	2	nsubj	_	_
2	shelled	shell	VERB	_	_	0	root	_	_
3	the	the	DET	_	_	4	det	_	_
4	port	port	NOUN	_	_	2	obj	_	_
5	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = 2
1	Sylvania	Sylvania	PROPN	_	_	2	nsubj	_	_
2	denied	deny	VERB	_	_	0	root	_	_
3	it	it	PRON	_	_	2	obj	_	_
4	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = 3
1	The	the	DET	_	_	2	det	_	_
2	army	army	NOUN	_	_	3	nsubj	_	_
3	struck	strike	VERB	_	_	0	root	_	_
4	back	back	ADV	_	_	3	advmod	_	_
5	.	.	PUNCT	_	_	3	punct	_	_
`

// Two runs write the same bytes, and the model loads.
func TestRunIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conllu")
	if err := os.WriteFile(train, []byte(treebank), 0o644); err != nil {
		t.Fatal(err)
	}
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(dir, "model", "m.bin")
		var log bytes.Buffer
		if err := run([]string{"-train", train, "-dev", train, "-out", out, "-tagger-epochs", "2", "-parser-epochs", "2", "-folds", "3"}, &log); err != nil {
			t.Fatalf("run: %v\n%s", err, log.String())
		}
		if !strings.Contains(log.String(), "UPOS") {
			t.Errorf("no accuracy in the log:\n%s", log.String())
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = data
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two runs wrote different models")
	}
	if _, err := syntax.Load(bytes.NewReader(outs[0])); err != nil {
		t.Fatal(err)
	}
}

func TestRunErrors(t *testing.T) {
	var log bytes.Buffer
	if err := run([]string{"-train", filepath.Join(t.TempDir(), "missing.conllu")}, &log); err == nil {
		t.Error("a missing treebank did not fail")
	}
}
