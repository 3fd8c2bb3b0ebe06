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
