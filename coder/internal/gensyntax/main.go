// Command gensyntax trains the tagger, lemmatizer and parser of package
// coder/syntax on the UD English Web Treebank and writes the model that the
// package embeds. From the repository root:
//
//	go run ./coder/internal/gensyntax
//
// reads ../shared/ud/en_ewt-ud-{train,dev}.conllu and writes
// coder/syntax/data/model.bin. Training is deterministic: the same
// treebank and flags give the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/briefbot/briefbot/coder/syntax"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gensyntax:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("gensyntax", flag.ContinueOnError)
	fs.SetOutput(log)
	train := fs.String("train", "../shared/ud/en_ewt-ud-train.conllu", "training treebank (CoNLL-U)")
	dev := fs.String("dev", "../shared/ud/en_ewt-ud-dev.conllu", "treebank to report accuracy on; empty for none")
	out := fs.String("out", "coder/syntax/data/model.bin", "model file to write")
	var opt syntax.TrainOptions
	fs.IntVar(&opt.TaggerEpochs, "tagger-epochs", 0, "tagger epochs (0: the default)")
	fs.IntVar(&opt.ParserEpochs, "parser-epochs", 0, "parser epochs (0: the default)")
	fs.IntVar(&opt.Folds, "folds", 0, "jackknife folds (0: the default)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	fs.Float64Var(&opt.Explore, "explore", 0, "probability of following the parser's own prediction while training (0: the default)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of training to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	opt.Log = log
	start := time.Now()
	sentences, err := readTreebank(*train)
	if err != nil {
		return err
	}
	m, err := syntax.Train(sentences, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s (%d bytes) in %v\n", *out, buf.Len(), time.Since(start).Round(time.Second))
	if *dev != "" {
		gold, err := readTreebank(*dev)
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "%s: %v (punctuation counted)\n", *dev, m.Evaluate(gold))
	}
	return nil
}

func readTreebank(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
