package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

func init() {
	register(command{name: "copy-db", summary: "copy a SQLite database into the config's empty Postgres database", run: runCopyDB})
}

// runCopyDB moves a deployment from SQLite to Postgres: every row of the
// SQLite file, into the database BRIEFBOT_DATABASE_URL names, which must be
// empty. Stop the daemon first, so that the file does not change meanwhile.
func runCopyDB(ctx context.Context, args []string, std stdio) error {
	flags := newFlags("copy-db", "-from FILE [-config FILE]", std)
	configPath := addConfigFlag(flags)
	from := flags.String("from", "", "the SQLite database `file` to copy")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *from == "" || flags.NArg() > 0 {
		fmt.Fprintln(std.err, "copy-db takes -from FILE and no arguments")
		flags.Usage()
		return errUsage
	}
	cfg, err := configPath.load()
	if err != nil {
		return err
	}
	if cfg.Storage.Driver != config.DriverPostgres {
		return fmt.Errorf("the config's storage.driver is %q: copy-db copies into the postgres driver's database", cfg.Storage.Driver)
	}
	// Opening would create an empty file and copy nothing.
	if _, err := os.Stat(*from); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no database at %s", *from)
	}
	src, err := storage.Open(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, cfg, "")
	if err != nil {
		return err
	}
	defer dst.Close()
	if err := src.CopyTo(ctx, dst); err != nil {
		return err
	}
	st, err := dst.Stats(ctx)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(std.out, "copied %s into Postgres: %d feeds, %d articles, %d events, %d developments\n",
		*from, st.Feeds, st.Articles, st.Events, st.Developments)
	return err
}
