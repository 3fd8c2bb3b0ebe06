// Package heaptest measures the heap a loaded value keeps, for the memory
// tests and benchmarks of the embedded data (the gazetteer, the parser's
// model).
package heaptest

import (
	"runtime"
	"testing"
)

// Retained calls load and returns the bytes of heap its result keeps,
// failing tb if load fails.
func Retained[T any](tb testing.TB, load func() (T, error)) int64 {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v, err := load()
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// AtMost fails t when what, which keeps retained bytes of heap, keeps more
// than limit, and logs what it keeps.
func AtMost(t *testing.T, what string, retained, limit int64) {
	t.Helper()
	if retained > limit {
		t.Errorf("the loaded %s retains %.1f MB, want at most %.1f", what, float64(retained)/(1<<20), float64(limit)/(1<<20))
	}
	t.Logf("loaded %s retains %.1f MB of heap", what, float64(retained)/(1<<20))
}
