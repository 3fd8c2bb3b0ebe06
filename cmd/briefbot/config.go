package main

import (
	"errors"
	"flag"
	"io"
	"log/slog"
	"strings"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/config"
)

// configFlag is -config. Left out, commands run on the built-in example
// config; given empty ("-config=", or an unset variable in a unit file) it
// is an error, since running the example's real feeds by accident is not
// what anyone asking for a file meant.
type configFlag struct{ path string }

func (f *configFlag) String() string { return f.path }

func (f *configFlag) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty: give a config file, or leave -config out to use the built-in example")
	}
	f.path = s
	return nil
}

// addConfigFlag adds -config to fs.
func addConfigFlag(fs *flag.FlagSet) *configFlag {
	f := &configFlag{}
	fs.Var(f, "config", "config `file` (default: the built-in example config)")
	return f
}

// load loads the config file, or the built-in example when -config was left
// out.
func (f *configFlag) load() (*config.Config, error) {
	if f.path == "" {
		return exampleConfig()
	}
	return config.Load(f.path)
}

// exampleConfig is config.example.yaml, embedded in the binary.
func exampleConfig() (*config.Config, error) {
	return config.Parse(briefbot.ExampleConfig, "config.example.yaml")
}

// logFlags are -log-format and -log-level, which override the config's log
// section.
type logFlags struct{ format, level *string }

func addLogFlags(fs *flag.FlagSet) logFlags {
	return logFlags{
		format: fs.String("log-format", "", "text or json (default: the config's log.format, else text)"),
		level:  fs.String("log-level", "", "debug, info, warn or error (default: the config's log.level, else info)"),
	}
}

// logger builds the process's logger from the config and the flags.
func (f logFlags) logger(w io.Writer, cfg config.Log) (*slog.Logger, error) {
	if *f.format != "" {
		if *f.format != config.LogText && *f.format != config.LogJSON {
			return nil, errors.New("-log-format: want text or json")
		}
		cfg.Format = *f.format
	}
	if *f.level != "" {
		l, err := config.ParseLevel(*f.level)
		if err != nil {
			return nil, errors.New("-log-level: " + err.Error())
		}
		cfg.Level = l
	}
	return newLogger(w, cfg), nil
}

// newLogger logs to w in the config's format from its level up.
func newLogger(w io.Writer, cfg config.Log) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.Level}
	if cfg.Format == config.LogJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
