package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func init() {
	register(command{name: "version", summary: "print the version and build information (also --version)", run: runVersion})
}

// version and commit name a release build, stamped by the Makefile's dist
// target and the Dockerfile with -ldflags "-X main.version=v1.2.0
// -X main.commit=0123abc"; a build from a checkout reads them from the
// module and VCS information Go records instead.
var version, commit string

// buildInfo says what the binary is.
type buildInfo struct {
	Version   string // a module version, a release's tag, or "(devel)"
	Commit    string // the VCS revision, "" when unknown
	Time      string // the revision's commit time, RFC 3339
	Modified  bool   // built from a checkout with uncommitted changes
	GoVersion string
}

// readBuildInfo reads the running binary's build information.
func readBuildInfo() buildInfo {
	info, _ := debug.ReadBuildInfo()
	return newBuildInfo(info, version, commit)
}

// newBuildInfo combines what Go recorded (info may be nil) with the
// -ldflags stamps, which win when set.
func newBuildInfo(info *debug.BuildInfo, stampedVersion, stampedCommit string) buildInfo {
	b := buildInfo{Version: "(devel)", GoVersion: runtime.Version()}
	if info != nil {
		if info.Main.Version != "" {
			b.Version = info.Main.Version
		}
		if info.GoVersion != "" {
			b.GoVersion = info.GoVersion
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Commit = s.Value
			case "vcs.time":
				b.Time = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	if stampedVersion != "" {
		b.Version = stampedVersion
	}
	if stampedCommit != "" {
		b.Commit = stampedCommit
	}
	return b
}

// String is the version line: "briefbot v1.2.0 (commit 0123abc, 2026-01-02T10:00:00Z, modified) go1.26.8".
func (b buildInfo) String() string {
	var details []string
	if b.Commit != "" {
		details = append(details, "commit "+b.Commit)
	}
	if b.Time != "" {
		details = append(details, b.Time)
	}
	if b.Modified {
		details = append(details, "modified")
	}
	s := "briefbot " + b.Version
	if len(details) > 0 {
		s += " (" + strings.Join(details, ", ") + ")"
	}
	return s + " " + b.GoVersion
}

func runVersion(_ context.Context, args []string, std stdio) error {
	fs := newFlags("version", "", std)
	if err := fs.Parse(args); err != nil {
		return err
	}
	_, err := fmt.Fprintln(std.out, readBuildInfo())
	return err
}
