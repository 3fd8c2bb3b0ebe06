# make           build ./briefbot for this machine
# make test      vet and test, as CI does
# make dist      release binaries for linux and darwin, amd64 and arm64, in dist/
#
# Binaries are static (no cgo), built with -trimpath, and stamped with the
# version and commit that "briefbot version" prints. Override either:
#   make dist VERSION=v1.2.0

VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse HEAD 2>/dev/null)
PLATFORMS ?= linux/amd64 linux/arm64 darwin/amd64 darwin/arm64
LDFLAGS   := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT)
GOBUILD   := CGO_ENABLED=0 go build -trimpath -ldflags '$(LDFLAGS)'

.PHONY: build test dist clean

build:
	$(GOBUILD) -o briefbot ./cmd/briefbot

test:
	go vet ./...
	go test ./...

dist:
	mkdir -p dist
	set -e; for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; \
		out=dist/briefbot-$(VERSION)-$$os-$$arch; \
		echo "$$out"; \
		GOOS=$$os GOARCH=$$arch $(GOBUILD) -o $$out ./cmd/briefbot; \
	done
	cd dist && sha256sum briefbot-$(VERSION)-* > SHA256SUMS-$(VERSION)

clean:
	rm -rf dist briefbot
