package config

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// storage decodes the storage section. A path is SQLite's: with the
// postgres driver it would be ignored, which is an error rather than a
// surprise.
func (d *decoder) storage(s *Storage, n *yaml.Node, path string) {
	s.Line = at(n, "driver").Line
	d.mapping(n, path,
		field{"driver", d.oneOf(&s.Driver, DriverSQLite, DriverPostgres)},
		field{"path", d.required(&s.Path)},
	)
	if s.Driver == DriverPostgres && at(n, "path") != n {
		d.problem(at(n, "path"), path+".path", "is the SQLite file's: the postgres driver reads the database URL from %s", EnvDatabaseURL)
	}
}

// DatabaseURL returns the Postgres database's URL from the environment
// (through getenv) for the postgres driver, "" for SQLite. A URL that is
// not set is an error naming the driver's line, so that a replica that
// loses it stops instead of starting on an empty SQLite file.
func (c *Config) DatabaseURL(getenv func(string) string) (string, error) {
	if c.Storage.Driver != DriverPostgres {
		return "", nil
	}
	url := strings.TrimSpace(getenv(EnvDatabaseURL))
	if url == "" {
		return "", Problems{{File: c.File, Line: c.Storage.Line, Path: "storage.driver",
			Msg: fmt.Sprintf("%s is not set: export the Postgres database's URL in it, such as postgres://briefbot:PASSWORD@db:5432/briefbot", EnvDatabaseURL)}}
	}
	return url, nil
}
