package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/briefbot/briefbot/coder/eval"
	"github.com/briefbot/briefbot/feed"
)

func init() {
	register(command{name: "eval", summary: "code a labelled file and score it as score.py does", run: runEval})
}

func runEval(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("eval", "[-errors] [-half A|B] [-config FILE] [-coder builtin|llm] [-db PATH] GOLD.jsonl...", std)
	showErrors := fs.Bool("errors", false, "list misses and false positives item by item")
	half := fs.String("half", "", "score only half `A` or B of the articles (split by a hash of each item's src URL)")
	flags := addCoderFlags(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(std.err, "briefbot eval: want at least one GOLD.jsonl")
		fs.Usage()
		return errUsage
	}
	run, err := flags.open(ctx, std.err)
	if err != nil {
		return err
	}
	err = scoreFiles(ctx, run, pos, *half, *showErrors, std.out)
	return errors.Join(err, run.close(std.err))
}

// scoreFiles codes and scores each gold file: one report for one file;
// for several, each file's report, then the report of all of them
// together, each exactly as score.py prints it, under a header naming it.
func scoreFiles(ctx context.Context, run *codingRun, paths []string, half string, showErrors bool, out io.Writer) error {
	var golds, preds []*eval.Set
	for _, path := range paths {
		gold, err := loadGold(path, half)
		if err != nil {
			return err
		}
		pred, err := codeSet(ctx, run, gold)
		if err != nil {
			return err
		}
		golds, preds = append(golds, gold), append(preds, pred)
	}
	if len(paths) == 1 {
		_, err := eval.Score(out, golds[0], preds[0], showErrors)
		return err
	}
	for i, path := range paths {
		fmt.Fprintf(out, "== %s ==\n", path)
		if _, err := eval.Score(out, golds[i], preds[i], showErrors); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, "== all ==")
	_, err := eval.Score(out, eval.Concat(golds...), eval.Concat(preds...), showErrors)
	return err
}

// loadGold reads a gold file, keeping one half of its articles when half is
// set.
func loadGold(path, half string) (*eval.Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	gold, err := eval.Load(f, path)
	if err != nil || half == "" {
		return gold, err
	}
	return gold.Half(half)
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("eval GOLD -errors") and returns the positionals.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// codeSet codes every gold item's text into a prediction set, run.workers
// items at a time.
func codeSet(ctx context.Context, run *codingRun, gold *eval.Set) (*eval.Set, error) {
	preds := make([]prediction, len(gold.Items))
	errs := make([]error, len(gold.Items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, run.workers) {
		wg.Go(func() {
			for i := range next {
				preds[i], errs[i] = predictGold(ctx, run.coder, gold.Items[i])
			}
		})
	}
	for i := range gold.Items {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	pred := &eval.Set{}
	for i, g := range gold.Items {
		p := preds[i]
		it := eval.Item{ID: g.ID}
		for _, e := range p.Events {
			ev := eval.Event{"type": string(e.Type), "source": e.Source, "target": nil}
			if e.Target != nil {
				ev["target"] = *e.Target
			}
			it.Events = append(it.Events, ev)
		}
		pred.Add(it)
	}
	return pred, nil
}

// predictGold codes one gold item's text.
func predictGold(ctx context.Context, c feed.Coder, g eval.Item) (prediction, error) {
	id, err := json.Marshal(g.ID)
	if err != nil {
		return prediction{}, fmt.Errorf("item id %v: %w", g.ID, err)
	}
	p, err := predict(ctx, c, codeItem{ID: id, Date: g.Date, Text: g.Text})
	if err != nil {
		return prediction{}, fmt.Errorf("item %s: %w", id, err)
	}
	return p, nil
}
