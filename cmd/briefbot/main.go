// Command briefbot watches news feeds, codes who accuses, denies, threatens
// or strikes whom, and briefs chat channels about it.
//
// Usage:
//
//	briefbot <command> [flags] [arguments]
//
// Run "briefbot help" for the list of commands and "briefbot <command> -h"
// for the flags of one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// stdio is where a command reads and writes, so tests can run commands in
// memory.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command is one subcommand of the binary.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, std stdio) error
}

// commands lists the subcommands in the order help shows them.
var commands []command

// register adds a subcommand; each command file calls it from init.
func register(c command) { commands = append(commands, c) }

// newFlags returns a flag set for a subcommand whose -h prints its usage to
// std.err.
func newFlags(name, usage string, std stdio) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(std.err)
	fs.Usage = func() {
		fmt.Fprintf(std.err, "usage: briefbot %s %s\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(runMain(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

// runMain dispatches to a subcommand and returns the process exit code.
func runMain(ctx context.Context, args []string, std stdio) int {
	if len(args) == 0 {
		printHelp(std.err)
		return 2
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		err := c.run(ctx, args[1:], std)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(std.err, "briefbot %s: %v\n", name, err)
			return 1
		}
	}
	fmt.Fprintf(std.err, "briefbot: unknown command %q\n\n", name)
	printHelp(std.err)
	return 2
}

// errUsage marks an error whose message the command has already printed
// along with its usage.
var errUsage = errors.New("usage")

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "briefbot watches news feeds and briefs chat channels on who accuses, denies, threatens or strikes whom.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: briefbot <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "briefbot <command> -h" for a command's flags.`)
}

func init() {
	register(command{name: "help", summary: "show this list of commands", run: func(_ context.Context, _ []string, std stdio) error {
		printHelp(std.out)
		return nil
	}})
}
