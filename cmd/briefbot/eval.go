package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/coder/eval"
)

func init() {
	register(command{name: "eval", summary: "code a labelled file and score it as score.py does", run: runEval})
}

func runEval(_ context.Context, args []string, std stdio) error {
	fs := newFlags("eval", "[-errors] [-half A|B] GOLD.jsonl...", std)
	showErrors := fs.Bool("errors", false, "list misses and false positives item by item")
	half := fs.String("half", "", "score only half `A` or B of the articles (split by a hash of each item's src URL)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(std.err, "briefbot eval: want at least one GOLD.jsonl")
		fs.Usage()
		return errUsage
	}
	c := coder.New(coder.Builtin())
	var golds, preds []*eval.Set
	for _, path := range pos {
		gold, err := loadGold(path, *half)
		if err != nil {
			return err
		}
		pred, err := codeSet(c, gold)
		if err != nil {
			return err
		}
		golds, preds = append(golds, gold), append(preds, pred)
	}
	if len(pos) == 1 {
		_, err := eval.Score(std.out, golds[0], preds[0], *showErrors)
		return err
	}
	// Each file's report, then the report of all the files together, each
	// exactly as score.py prints it, under a header naming it.
	for i, path := range pos {
		fmt.Fprintf(std.out, "== %s ==\n", path)
		if _, err := eval.Score(std.out, golds[i], preds[i], *showErrors); err != nil {
			return err
		}
	}
	fmt.Fprintln(std.out, "== all ==")
	_, err = eval.Score(std.out, eval.Concat(golds...), eval.Concat(preds...), *showErrors)
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

// codeSet codes every gold item's text into a prediction set.
func codeSet(c *coder.Coder, gold *eval.Set) (*eval.Set, error) {
	pred := &eval.Set{}
	for _, g := range gold.Items {
		id, err := json.Marshal(g.ID)
		if err != nil {
			return nil, fmt.Errorf("item id %v: %w", g.ID, err)
		}
		p, err := predict(c, codeItem{ID: id, Date: g.Date, Text: g.Text})
		if err != nil {
			return nil, fmt.Errorf("item %s: %w", id, err)
		}
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
