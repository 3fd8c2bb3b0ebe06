package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/briefbot/briefbot/coder/syntax"
)

func init() {
	register(command{name: "parse", summary: "tag and parse English text into CoNLL-U dependency trees", run: runParse})
}

// punctNote is the second line of -eval: how punctuation is scored.
const punctNote = "punctuation counted, as in the CoNLL 2018 shared task (gold tokenisation, predicted tags)"

func runParse(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("parse", "[-eval GOLD.conllu] [FILE]", std)
	gold := fs.String("eval", "", "parse the words of a gold CoNLL-U file and print UPOS, UAS and LAS instead")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 || *gold != "" && fs.NArg() > 0 {
		fmt.Fprintln(std.err, "briefbot parse: at most one FILE, and none with -eval")
		fs.Usage()
		return errUsage
	}
	if *gold != "" {
		return evalParse(*gold, std.out)
	}
	in := std.in
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	text := string(data)
	m := syntax.Default()
	out := bufio.NewWriter(std.out)
	for i, sp := range syntax.SplitSentences(text) {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := syntax.Sentence{ID: strconv.Itoa(i + 1), Text: text[sp.Start:sp.End], Start: sp.Start}
		s.Tokens = syntax.AppendTokens(nil, text, sp)
		m.Annotate(&s)
		if err := syntax.WriteCoNLLU(out, []syntax.Sentence{s}); err != nil {
			return err
		}
	}
	return out.Flush()
}

func evalParse(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open gold file: %w", err)
	}
	defer f.Close()
	sentences, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	acc := syntax.Default().Evaluate(sentences)
	_, err = fmt.Fprintf(w, "%v\n%s, %d words\n", acc, punctNote, acc.Words)
	return err
}
