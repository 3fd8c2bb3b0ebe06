// Package briefbot holds what the binary embeds from the repository's root:
// the annotated example configuration, which doubles as the defaults the
// daemon runs on when it is given no config file.
package briefbot

import _ "embed"

// ExampleConfig is config.example.yaml, the file a user copies.
//
//go:embed config.example.yaml
var ExampleConfig []byte
