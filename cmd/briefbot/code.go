package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/feed"
)

func init() {
	register(command{name: "code", summary: "code JSONL news items, or one plain-text article, into events (one prediction line each)", run: runCode})
}

// codeItem is one input line of "briefbot code" and of a gold file.
type codeItem struct {
	ID    json.RawMessage `json:"id"`
	Date  string          `json:"date"`
	Title string          `json:"title"`
	Text  string          `json:"text"`
}

// predEvent is one coded event in the evaluation's prediction format, with
// the coder's extra fields.
type predEvent struct {
	Type       briefbot.EventType `json:"type"`
	Source     string             `json:"source"`
	Target     *string            `json:"target"` // null for a denial naming no accuser
	AltTargets []string           `json:"alt_targets,omitempty"`
	Code       string             `json:"code"`
	Intensity  float64            `json:"intensity"`
	Confidence float64            `json:"confidence"`
	Start      int                `json:"start"`
	End        int                `json:"end"`
	When       string             `json:"when,omitempty"`    // YYYY-MM-DD, the day it happened; absent when the item had no date
	Background bool               `json:"background"`        // earlier context, not the news of the day
	Backend    string             `json:"backend,omitempty"` // "llm" or "fallback" when the llm backend coded the item
}

type prediction struct {
	ID     json.RawMessage `json:"id"`
	Events []predEvent     `json:"events"`
}

func runCode(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("code", "[-config FILE] [-coder builtin|llm] [-db PATH] [FILE]\n\nFILE (default: stdin) holds JSONL items {\"id\",\"date\",\"title\",\"text\"}, one a line,\nor one article as plain text, whose prediction has FILE's name as its id.", std)
	flags := addCoderFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	in, name := std.in, "stdin"
	switch fs.NArg() {
	case 0:
	case 1:
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	default:
		fmt.Fprintln(std.err, "briefbot code: at most one FILE")
		fs.Usage()
		return errUsage
	}
	run, err := flags.open(ctx, std.err)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(std.out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	code := func(it codeItem) (prediction, error) { return predict(ctx, run.coder, it) }
	write := func(p prediction) error {
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("write prediction: %w", err)
		}
		return nil
	}
	br := bufio.NewReaderSize(in, 1<<16)
	if isJSONL(br) {
		err = codeLines(ctx, br, name, run.workers, code, write, std.err)
	} else {
		err = codeArticle(br, name, code, write)
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write predictions: %w", ferr)
	}
	return errors.Join(err, run.close(std.err))
}

// isJSONL reports whether the input starts, after blank space, with a
// JSON object; anything else is an article's plain text.
func isJSONL(br *bufio.Reader) bool {
	for n := 1; n <= br.Size(); n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return true // blank: no items
		}
		if c := b[n-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c == '{'
		}
	}
	return false
}

// codeLines codes each JSONL item, workers at a time, and writes the
// predictions in the input's order. A line that cannot be read or coded is
// reported on errOut with its line number and skipped, so that one bad
// line in a large file costs one prediction, not the run; the error at the
// end counts them. At most 2×workers lines are held at once, so input of
// any size is coded in constant memory.
func codeLines(ctx context.Context, r io.Reader, name string, workers int, code func(codeItem) (prediction, error), write func(prediction) error, errOut io.Writer) error {
	type job struct {
		line []byte
		n    int
		pred prediction
		err  error
		done chan struct{}
	}
	workers = max(1, workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	todo := make(chan *job)
	inOrder := make(chan *job, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range todo {
				var it codeItem
				if j.err = json.Unmarshal(j.line, &it); j.err == nil {
					j.pred, j.err = code(it)
				}
				close(j.done)
			}
		})
	}
	read := make(chan error, 1)
	go func() {
		defer close(inOrder)
		defer close(todo)
		read <- eachJSONLine(ctx, r, name, func(line []byte, n int) error {
			j := &job{line: line, n: n, done: make(chan struct{})}
			select {
			case inOrder <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			todo <- j // workers never wait on the writer, so one takes j soon
			return nil
		})
	}()
	var items, bad int
	var werr error
	for j := range inOrder {
		<-j.done
		if werr != nil {
			continue // drain, so that the reader and workers stop
		}
		items++
		if j.err == nil {
			if werr = write(j.pred); werr != nil {
				cancel()
			}
			continue
		}
		bad++
		fmt.Fprintf(errOut, "%s:%d: %v\n", name, j.n, j.err)
	}
	wg.Wait()
	err := <-read
	if werr != nil {
		return werr
	}
	if err == nil && bad > 0 {
		err = fmt.Errorf("%d of %d items could not be coded", bad, items)
	}
	return err
}

// maxArticle bounds a plain-text article; a longer input is not one article.
const maxArticle = 1 << 20

// codeArticle codes the whole input as one article.
func codeArticle(r io.Reader, name string, code func(codeItem) (prediction, error), write func(prediction) error) error {
	text, err := io.ReadAll(io.LimitReader(r, maxArticle+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if len(text) > maxArticle {
		return fmt.Errorf("%s: more than %d bytes of plain text: give one article, or JSONL items", name, maxArticle)
	}
	id, _ := json.Marshal(name)
	p, err := code(codeItem{ID: id, Text: string(text)})
	if err != nil {
		return err
	}
	return write(p)
}

// predict codes one item.
func predict(ctx context.Context, c feed.Coder, it codeItem) (prediction, error) {
	a := briefbot.Article{Title: it.Title, Text: it.Text}
	if it.Date != "" {
		d, err := time.Parse(time.DateOnly, it.Date)
		if err != nil {
			return prediction{}, fmt.Errorf("date %q: want YYYY-MM-DD", it.Date)
		}
		a.Published = d
	}
	p := prediction{ID: it.ID, Events: []predEvent{}}
	for _, e := range c.Code(ctx, a) {
		pe := predEvent{Type: e.Type, Source: e.Source, AltTargets: e.AltTargets, Code: e.Code,
			Intensity: e.Intensity, Confidence: e.Confidence, Start: e.Start, End: e.End, Background: e.Background,
			Backend: e.Backend}
		if !e.When.IsZero() {
			pe.When = e.When.Format(time.DateOnly)
		}
		if e.Target != "" {
			t := e.Target
			pe.Target = &t
		}
		p.Events = append(p.Events, pe)
	}
	return p, nil
}

// eachJSONLine calls fn with every non-blank line of r, reading one line at
// a time so that input of any size is coded in constant memory.
func eachJSONLine(ctx context.Context, r io.Reader, name string, fn func(line []byte, n int) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if ferr := fn(t, n); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
}
