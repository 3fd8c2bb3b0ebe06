// Command goldserver stands in for a language model that codes perfectly:
// it answers the LLM coder's requests with the gold events of labelled
// items, so that "briefbot eval -coder llm" against it measures what the
// pipeline itself loses (candidate selection, parsing, validation). See
// the README, "An optional LLM coder".
//
//	go run ./llm/internal/goldserver [-addr 127.0.0.1:8089] GOLD.jsonl...
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/coder/eval"
	"github.com/briefbot/briefbot/llm/llmtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8089", "listen on this host:port")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: goldserver [-addr HOST:PORT] GOLD.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*addr, flag.Args()); err != nil {
		log.Fatal(err)
	}
}

func run(addr string, paths []string) error {
	var sets []*eval.Set
	items := 0
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		set, err := eval.Load(f, path)
		f.Close()
		if err != nil {
			return err
		}
		sets = append(sets, set)
		items += len(set.Items)
	}
	gold := llmtest.NewGold(coder.Builtin(), sets...)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: gold}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	log.Printf("answering with the gold events of %d items at http://%s/v1", items, ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Printf("served %d requests, %d matching no item", gold.Requests(), gold.Unmatched())
	return nil
}
