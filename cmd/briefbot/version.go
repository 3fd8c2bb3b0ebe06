package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func init() {
	register(command{name: "version", summary: "print the version and build information", run: runVersion})
}

func runVersion(_ context.Context, args []string, std stdio) error {
	fs := newFlags("version", "", std)
	if err := fs.Parse(args); err != nil {
		return err
	}
	version, revision := "(devel)", ""
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				revision = s.Value
			}
		}
	}
	fmt.Fprintf(std.out, "briefbot %s", version)
	if revision != "" {
		fmt.Fprintf(std.out, " (%s)", revision)
	}
	fmt.Fprintln(std.out)
	return nil
}
