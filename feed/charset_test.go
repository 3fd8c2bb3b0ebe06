package feed

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// accented is a title with characters outside ASCII that windows-1252,
// ISO-8859-1 and every Unicode form can carry.
const accented = "Café owner “denies” the Zürich claim – naïvely"

// rssIn renders a two-item RSS feed whose XML declaration names decl (none
// when empty), in UTF-8.
func rssIn(decl, title string) string {
	prolog := `<?xml version="1.0"?>`
	if decl != "" {
		prolog = `<?xml version="1.0" encoding="` + decl + `"?>`
	}
	return prolog + `
<rss version="2.0"><channel><title>Odd</title>
<item><title>` + title + `</title><link>https://odd.example/1</link></item>
<item><title>Second item stays</title><link>https://odd.example/2</link></item>
</channel></rss>`
}

// encode renders s with enc, failing the test on runes enc cannot carry.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func withBOM(bom []byte, body []byte) []byte { return append(slices.Clip(bom), body...) }

// charsetCase is a feed body in an odd encoding, with the title it holds.
type charsetCase struct {
	name        string
	body        []byte
	contentType string
	wantTitle   string
	wantCharset string
}

func charsetCases(t *testing.T) []charsetCase {
	win1252 := charmap.Windows1252
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	utf32le := utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	utf32be := utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	return []charsetCase{
		{"windows-1252 declared only in the header",
			encode(t, win1252, rssIn("", accented)), "application/rss+xml; charset=windows-1252", accented, "windows-1252"},
		{"ISO-8859-1 declared only in the prolog",
			encode(t, charmap.ISO8859_1, rssIn("ISO-8859-1", "Café Zürich")), "text/xml", "Café Zürich", "windows-1252"},
		{"the header overrides the prolog",
			encode(t, win1252, rssIn("utf-8", accented)), "text/xml; charset=\"Windows-1252\"", accented, "windows-1252"},
		{"UTF-8 BOM overrides the header and prolog",
			withBOM([]byte{0xEF, 0xBB, 0xBF}, []byte(rssIn("iso-8859-1", accented))), "text/xml; charset=iso-8859-1", accented, "utf-8"},
		{"UTF-16LE with BOM", withBOM([]byte{0xFF, 0xFE}, encode(t, utf16le, rssIn("utf-16", accented))), "application/xml", accented, "utf-16le"},
		{"UTF-16BE with BOM", withBOM([]byte{0xFE, 0xFF}, encode(t, utf16be, rssIn("utf-16", accented))), "", accented, "utf-16be"},
		{"UTF-16LE without BOM", encode(t, utf16le, rssIn("utf-16", accented)), "", accented, "utf-16le"},
		{"UTF-16BE without BOM, header says UTF-8", encode(t, utf16be, rssIn("", accented)), "text/xml; charset=utf-8", accented, "utf-16be"},
		{"UTF-32LE with BOM", withBOM([]byte{0xFF, 0xFE, 0, 0}, encode(t, utf32le, rssIn("utf-32", accented))), "", accented, "utf-32le"},
		{"UTF-32BE with BOM", withBOM([]byte{0, 0, 0xFE, 0xFF}, encode(t, utf32be, rssIn("utf-32", accented))), "", accented, "utf-32be"},
		{"UTF-32LE without BOM", encode(t, utf32le, rssIn("", accented)), "", accented, "utf-32le"},
		{"a UTF-16 label on ASCII bytes is ignored", []byte(rssIn("utf-16", "plain")), "", "plain", "utf-8"},
		{"an unknown label reads as UTF-8", []byte(rssIn("x-klingon", accented)), "text/xml; charset=x-klingon", accented, "utf-8"},
		{"a bad header is ignored", encode(t, win1252, rssIn("windows-1252", accented)), "text/xml; charset", accented, "windows-1252"},
		{"an invalid byte mid-item becomes U+FFFD",
			[]byte(strings.Replace(rssIn("utf-8", accented), "Zürich", "Z\xfcrich", 1)), "", strings.Replace(accented, "Zürich", "Z\uFFFDrich", 1), "utf-8"},
		{"a control character becomes U+FFFD",
			[]byte(rssIn("", "bell\x07 rung")), "", "bell\uFFFD rung", "utf-8"},
	}
}

func TestToUTF8(t *testing.T) {
	for _, tt := range charsetCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			out, charset := toUTF8(tt.body, tt.contentType)
			if charset != tt.wantCharset {
				t.Errorf("charset = %q, want %q", charset, tt.wantCharset)
			}
			if !bytes.Contains(out, []byte("<title>"+tt.wantTitle+"</title>")) || !bytes.Contains(out, []byte("Second item stays")) {
				t.Errorf("decoded =\n%s\nwant the title %q and the second item", out, tt.wantTitle)
			}
			if bytes.Contains(out, []byte("encoding=")) && !bytes.Contains(out, []byte(`encoding="utf-8"`)) {
				t.Errorf("decoded declaration still names another charset: %.60s", out)
			}
		})
	}
}

// TestOddEncodingsAreStored polls feeds in the encodings above through the
// watcher: every item is stored, with its text intact.
func TestOddEncodingsAreStored(t *testing.T) {
	for _, tt := range charsetCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			}))
			defer srv.Close()
			store := newMemStore()
			sum, err := NewWatcher(store, wordCoder{}, testOptions(t)).PollOnce(context.Background(), []Source{{Name: "odd", URL: srv.URL}}, nil)
			if err != nil || sum.FeedsOK != 1 || sum.NewArticles != 2 {
				t.Fatalf("PollOnce = %+v, %v; want both items stored", sum, err)
			}
			var titles []string
			for _, a := range store.all() {
				titles = append(titles, a.Title)
			}
			if !slices.Contains(titles, tt.wantTitle) {
				t.Errorf("titles %q, want %q", titles, tt.wantTitle)
			}
		})
	}
}
