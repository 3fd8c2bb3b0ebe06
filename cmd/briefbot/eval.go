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
	fs := newFlags("eval", "[-errors] GOLD.jsonl", std)
	showErrors := fs.Bool("errors", false, "list misses and false positives item by item")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fmt.Fprintln(std.err, "briefbot eval: want exactly one GOLD.jsonl")
		fs.Usage()
		return errUsage
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	gold, err := eval.Load(f, pos[0])
	if err != nil {
		return err
	}
	pred, err := codeSet(coder.New(coder.Builtin()), gold)
	if err != nil {
		return err
	}
	_, err = eval.Score(std.out, gold, pred, *showErrors)
	return err
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
