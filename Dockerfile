# syntax=docker/dockerfile:1
#
# briefbot in a container: a static binary (no cgo: the SQLite driver is pure
# Go) on a distroless image with no shell, running as a non-root user, with
# the database on the /data volume.
#
#   docker build -t briefbot \
#     --build-arg VERSION="$(git describe --tags --always --dirty)" \
#     --build-arg COMMIT="$(git rev-parse HEAD)" .
#   docker run -d --name briefbot -v briefbot-data:/data -p 127.0.0.1:8080:8080 \
#     --env-file deploy/briefbot.env briefbot
#
# The image runs deploy/briefbot.yaml; mount your own at
# /etc/briefbot/briefbot.yaml. deploy/compose.yaml does all of this.

FROM golang:1.26.8 AS build
WORKDIR /src
# Modules first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The repository's .git is not in the build context (.dockerignore), so the
# version and commit come in as build arguments.
ARG VERSION=""
ARG COMMIT=""
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false \
        -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
        -o /out/briefbot ./cmd/briefbot \
    # An empty directory to copy as /data, so that the volume belongs to the
    # image's non-root user.
    && mkdir /out/data

# static: CA certificates and /etc/passwd, nothing else. The time zone data
# is compiled into the binary.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
COPY --from=build --chown=65532:65532 /out/data /data
COPY deploy/briefbot.yaml /etc/briefbot/briefbot.yaml
USER 65532:65532
WORKDIR /data
VOLUME /data
EXPOSE 8080
# No curl in the image: the binary asks its own /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/briefbot", "healthcheck", "-config", "/etc/briefbot/briefbot.yaml"]
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["run", "-config", "/etc/briefbot/briefbot.yaml"]
