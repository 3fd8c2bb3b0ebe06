package config

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Problem is one thing wrong with a config file, at a line.
type Problem struct {
	File string
	Line int    // 1-based; 0 when the problem has no single place
	Path string // the key path, such as "channels[0].schedule"
	Msg  string
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is every problem found in a config file, sorted by line, so a
// user fixes them all in one edit instead of one per run.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// decoder walks a YAML node tree, collecting problems instead of stopping at
// the first, because decoding into structs would lose line numbers and
// report unknown keys one at a time.
type decoder struct {
	file     string
	problems Problems
}

func (d *decoder) problem(n *yaml.Node, path, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.problems = append(d.problems, Problem{File: d.file, Line: line, Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) sorted() Problems {
	sort.SliceStable(d.problems, func(i, j int) bool { return d.problems[i].Line < d.problems[j].Line })
	return d.problems
}

// resolve follows aliases so that anchors and *references work anywhere.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// secretHint is added to unknown keys that look like credentials, which are
// read from the environment only so that config files can be shared.
func secretHint(key string) string {
	k := strings.ToLower(key)
	for _, word := range []string{"token", "secret", "password", "key", "dsn", "database"} {
		if strings.Contains(k, word) {
			return "; secrets are read from the environment only (" + strings.Join(secretVars, ", ") + ")"
		}
	}
	return ""
}

// field is one known key of a mapping and what to do with its value.
type field struct {
	key    string
	decode func(v *yaml.Node, path string)
}

// mapping checks that n is a mapping whose keys are all known, then decodes
// the present keys in the order of fields. It returns false when n is not a
// mapping; a null node is an empty mapping.
func (d *decoder) mapping(n *yaml.Node, path string, fields ...field) bool {
	n = resolve(n)
	if isNull(n) {
		return true
	}
	if n.Kind != yaml.MappingNode {
		d.problem(n, path, "expected a mapping of keys to values")
		return false
	}
	keys := map[string]*yaml.Node{} // key node, for duplicate reports
	values := map[string]*yaml.Node{}
	known := make([]string, len(fields))
	for i, f := range fields {
		known[i] = f.key
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kpath := join(path, k.Value)
		switch {
		case !slices.Contains(known, k.Value):
			d.problem(k, kpath, "unknown key (known: %s)%s", strings.Join(known, ", "), secretHint(k.Value))
		case keys[k.Value] != nil:
			d.problem(k, kpath, "duplicate key (first at line %d)", keys[k.Value].Line)
		default:
			keys[k.Value], values[k.Value] = k, resolve(v)
		}
	}
	for _, f := range fields {
		if keys[f.key] != nil {
			f.decode(values[f.key], join(path, f.key))
		}
	}
	return true
}

// section decodes a mapping of known keys.
func (d *decoder) section(fields ...field) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) { d.mapping(n, path, fields...) }
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// sequence calls item for each element of a sequence node; null is empty.
func (d *decoder) sequence(n *yaml.Node, path string, item func(v *yaml.Node, path string)) {
	n = resolve(n)
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.problem(n, path, "expected a list")
		return
	}
	for i, v := range n.Content {
		item(resolve(v), fmt.Sprintf("%s[%d]", path, i))
	}
}

// str decodes any scalar as its text, so that a numeric Discord id needs no
// quotes; null leaves dst unchanged.
func (d *decoder) str(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.problem(n, path, "expected a single value")
			return
		}
		*dst = strings.TrimSpace(n.Value)
	}
}

func (d *decoder) strs(dst *[]string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		d.sequence(n, path, func(v *yaml.Node, p string) {
			var s string
			d.str(&s)(v, p)
			if s != "" {
				*dst = append(*dst, s)
			}
		})
	}
}

func (d *decoder) boolean(dst *bool) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			d.problem(n, path, "expected true or false, got %q", n.Value)
			return
		}
		*dst = n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
	}
}

// positive decodes an integer of at least 1.
func (d *decoder) positive(dst *int) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if isNull(n) {
			return
		}
		v, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || v < 1 {
			d.problem(n, path, "expected a whole number of at least 1, got %q", n.Value)
			return
		}
		*dst = v
	}
}

// duration decodes a Go duration ("15m", "24h") or a number of days ("7d"),
// of at least min.
func (d *decoder) duration(dst *time.Duration, min time.Duration) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if isNull(n) {
			return
		}
		v, err := ParseDuration(n.Value)
		switch {
		case n.Kind != yaml.ScalarNode || err != nil:
			d.problem(n, path, "bad duration %q: use a number with a unit, such as 15m, 24h or 7d", n.Value)
		case v < min:
			d.problem(n, path, "duration %s is shorter than %s", n.Value, min)
		default:
			*dst = v
		}
	}
}

// ParseDuration parses a Go duration ("15m", "24h") or a whole number of
// days ("7d"), the form config files and commands take for windows.
func ParseDuration(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, err
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}
