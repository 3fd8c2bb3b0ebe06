package feed

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// sampleFS holds the bundled demo feeds and their manifest, feeds.json.
//
//go:embed testdata/sample
var sampleFS embed.FS

const sampleDir = "testdata/sample"

// sampleFeed is one entry of the manifest.
type sampleFeed struct {
	Name   string   `json:"name"`
	File   string   `json:"file"`
	Tags   []string `json:"tags"`
	Format string   `json:"format"` // rss, atom or json
}

// sampleContentTypes are the media types the sample server labels each
// format with, as a well-behaved feed server would.
var sampleContentTypes = map[string]string{
	"rss":  "application/rss+xml; charset=utf-8",
	"atom": "application/atom+xml; charset=utf-8",
	"json": "application/feed+json; charset=utf-8",
}

var sampleManifest = sync.OnceValues(func() ([]sampleFeed, error) {
	data, err := sampleFS.ReadFile(path.Join(sampleDir, "feeds.json"))
	if err != nil {
		return nil, fmt.Errorf("sample feeds: %w", err)
	}
	var feeds []sampleFeed
	if err := json.Unmarshal(data, &feeds); err != nil {
		return nil, fmt.Errorf("sample feeds: feeds.json: %w", err)
	}
	for _, f := range feeds {
		if _, ok := sampleContentTypes[f.Format]; !ok {
			return nil, fmt.Errorf("sample feeds: %s: unknown format %q", f.Name, f.Format)
		}
		if _, err := fs.Stat(sampleFS, path.Join(sampleDir, f.File)); err != nil {
			return nil, fmt.Errorf("sample feeds: %s: %w", f.Name, err)
		}
	}
	return feeds, nil
})

// SampleSources lists the bundled demo feeds as served by SampleHandler at
// baseURL (e.g. an httptest or loopback server's URL).
func SampleSources(baseURL string) ([]Source, error) {
	feeds, err := sampleManifest()
	if err != nil {
		return nil, err
	}
	sources := make([]Source, len(feeds))
	for i, f := range feeds {
		sources[i] = Source{Name: f.Name, URL: strings.TrimSuffix(baseURL, "/") + "/" + f.File, Tags: f.Tags}
	}
	return sources, nil
}

// SampleHandler serves the bundled demo feeds at /<file> with their content
// types, ETag and Last-Modified validators answered with 304, and gzip when
// the client asks for it, so the demo exercises the watcher's whole HTTP
// path.
func SampleHandler() http.Handler {
	feeds, err := sampleManifest()
	type file struct {
		body, gzipped []byte
		contentType   string
		etag          string
	}
	files := map[string]file{}
	for _, f := range feeds {
		body, _ := sampleFS.ReadFile(path.Join(sampleDir, f.File)) // checked by sampleManifest
		sum := sha256.Sum256(body)
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(body)
		zw.Close()
		files["/"+f.File] = file{body: body, gzipped: gz.Bytes(), contentType: sampleContentTypes[f.Format],
			etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	}
	// Embedded files carry no modification time; the server's start stands
	// in, which is stable for as long as the demo runs.
	modified := time.Now().UTC().Truncate(time.Second)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("ETag", f.etag)
		h.Set("Last-Modified", modified.Format(http.TimeFormat))
		h.Set("Vary", "Accept-Encoding")
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			if inm == f.etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		} else if ims, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !modified.After(ims) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Type", f.contentType)
		body := f.body
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = f.gzipped
		}
		w.Write(body)
	})
}
