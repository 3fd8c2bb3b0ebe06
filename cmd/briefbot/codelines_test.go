package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// numberedLines returns n JSONL items whose ids are their line numbers;
// every line in bad is not JSON.
func numberedLines(n int, bad map[int]bool) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if bad[i] {
			b.WriteString("{not json\n")
			continue
		}
		fmt.Fprintf(&b, "{\"id\": %d, \"text\": \"item %d\"}\n", i, i)
	}
	return b.String()
}

// slowCode codes an item after a random pause, so that items finish out of
// order when several workers run.
func slowCode(seed uint64) func(codeItem) (prediction, error) {
	var mu sync.Mutex
	r := rand.New(rand.NewPCG(seed, seed))
	return func(it codeItem) (prediction, error) {
		mu.Lock()
		d := time.Duration(r.IntN(300)) * time.Microsecond
		mu.Unlock()
		time.Sleep(d)
		return prediction{ID: it.ID}, nil
	}
}

func TestCodeLinesKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			bad := map[int]bool{3: true, 50: true, 199: true}
			var ids []string
			var errOut bytes.Buffer
			err := codeLines(context.Background(), strings.NewReader(numberedLines(200, bad)), "in.jsonl", workers,
				slowCode(uint64(workers)), func(p prediction) error { ids = append(ids, string(p.ID)); return nil }, &errOut)
			if err == nil || !strings.Contains(err.Error(), "3 of 200 items could not be coded") {
				t.Errorf("err = %v, want 3 of 200 items not coded", err)
			}
			var want []string
			for i := 1; i <= 200; i++ {
				if !bad[i] {
					want = append(want, fmt.Sprint(i))
				}
			}
			if strings.Join(ids, " ") != strings.Join(want, " ") {
				t.Errorf("predictions out of input order:\n%v", ids)
			}
			reports := strings.Split(strings.TrimSpace(errOut.String()), "\n")
			if len(reports) != 3 || !strings.HasPrefix(reports[0], "in.jsonl:3: ") ||
				!strings.HasPrefix(reports[1], "in.jsonl:50: ") || !strings.HasPrefix(reports[2], "in.jsonl:199: ") {
				t.Errorf("bad lines reported as\n%s\nwant lines 3, 50 and 199 in order", errOut.String())
			}
		})
	}
}

// TestCodeLinesHoldsFewLines checks that a writer that cannot keep up stops
// the reading: at most 2×workers items wait, whatever the input's size.
func TestCodeLinesHoldsFewLines(t *testing.T) {
	const workers = 2
	var coded atomic.Int32
	release := make(chan struct{})
	code := func(it codeItem) (prediction, error) {
		coded.Add(1)
		return prediction{ID: it.ID}, nil
	}
	written := 0
	write := func(prediction) error {
		if written == 0 {
			<-release
		}
		written++
		return nil
	}
	done := make(chan error, 1)
	go func() {
		done <- codeLines(context.Background(), strings.NewReader(numberedLines(1000, nil)), "in", workers, code, write, &bytes.Buffer{})
	}()
	// One item is being written and 2×workers wait in order behind it.
	const most = 2*workers + 1
	for coded.Load() < most {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // room to read on, if it would
	if n := coded.Load(); n > most {
		t.Errorf("%d items coded while the first waited to be written, want at most %d", n, most)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if written != 1000 || coded.Load() != 1000 {
		t.Errorf("coded %d and wrote %d of 1000", coded.Load(), written)
	}
}

// TestCodeLinesStopsOnWriteError checks that a failed write (a closed pipe)
// ends the run with that error, promptly, with nothing left running.
func TestCodeLinesStopsOnWriteError(t *testing.T) {
	broken := errors.New("broken pipe")
	var coded atomic.Int32
	code := func(it codeItem) (prediction, error) { coded.Add(1); return prediction{ID: it.ID}, nil }
	writes := 0
	write := func(prediction) error {
		if writes++; writes == 5 {
			return broken
		}
		return nil
	}
	err := codeLines(context.Background(), strings.NewReader(numberedLines(10000, nil)), "in", 4, code, write, &bytes.Buffer{})
	if !errors.Is(err, broken) {
		t.Fatalf("err = %v, want the write error", err)
	}
	if n := coded.Load(); n > 100 {
		t.Errorf("%d items coded after the output broke at the 5th", n)
	}
}

func TestCodeLinesStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	code := func(it codeItem) (prediction, error) {
		var id int
		if json.Unmarshal(it.ID, &id) == nil && id == 10 {
			cancel()
		}
		return prediction{ID: it.ID}, nil
	}
	written := 0
	err := codeLines(ctx, strings.NewReader(numberedLines(10000, nil)), "in", 2, code, func(prediction) error { written++; return nil }, &bytes.Buffer{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if written > 100 {
		t.Errorf("%d items written after cancelling at the 10th", written)
	}
}
