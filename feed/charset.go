package feed

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Byte orders and widths a body's first bytes can reveal.
var (
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf32BE = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	utf32LE = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
)

// boms are the byte order marks, UTF-32's before UTF-16's, whose little
// endian mark begins the same way.
var boms = []struct {
	mark []byte
	enc  encoding.Encoding // nil for UTF-8
	name string
}{
	{[]byte{0xEF, 0xBB, 0xBF}, nil, "utf-8"},
	{[]byte{0x00, 0x00, 0xFE, 0xFF}, utf32BE, "utf-32be"},
	{[]byte{0xFF, 0xFE, 0x00, 0x00}, utf32LE, "utf-32le"},
	{[]byte{0xFE, 0xFF}, utf16BE, "utf-16be"},
	{[]byte{0xFF, 0xFE}, utf16LE, "utf-16le"},
}

// xmlDecl finds the encoding an XML declaration names.
var xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// toUTF8 returns a feed's body as valid UTF-8 and the name of the charset
// it was decoded from. The charset is the one the byte order mark, else the
// HTTP Content-Type, else the XML declaration names (the order of authority
// RFC 7303 gives); a body in UTF-16 or UTF-32 without a mark is recognised
// by its first character, and a label that contradicts what the bytes
// plainly are is ignored. Bytes that do not decode become U+FFFD, as do
// characters XML forbids, so that one bad byte costs a character, not the
// feed. The XML declaration is rewritten to name UTF-8, so that the parser
// does not decode the text a second time.
func toUTF8(body []byte, contentType string) ([]byte, string) {
	enc, name, rest := sniff(body)
	if name == "" {
		label := headerCharset(contentType)
		if label == "" {
			if m := xmlDecl.FindSubmatch(body[:min(len(body), 1024)]); m != nil {
				label = string(m[1])
			}
		}
		enc, name = lookupCharset(label)
	}
	out := rest
	if enc != nil {
		// Decoders replace what they cannot decode; an error would be
		// internal, and the raw bytes are still cleaned below.
		if decoded, err := enc.NewDecoder().Bytes(rest); err == nil {
			out = decoded
		}
	}
	out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	out = bytes.Map(xmlChar, out)
	return declareUTF8(out), name
}

// sniff reads the encoding from a byte order mark, which it strips, or from
// the zero bytes around a first ASCII character in UTF-16 or UTF-32. It
// returns no name when the body is ASCII-compatible and unmarked.
func sniff(body []byte) (encoding.Encoding, string, []byte) {
	for _, b := range boms {
		if bytes.HasPrefix(body, b.mark) {
			return b.enc, b.name, body[len(b.mark):]
		}
	}
	if len(body) >= 4 {
		z := [4]bool{body[0] == 0, body[1] == 0, body[2] == 0, body[3] == 0}
		switch z {
		case [4]bool{true, true, true, false}:
			return utf32BE, "utf-32be", body
		case [4]bool{false, true, true, true}:
			return utf32LE, "utf-32le", body
		case [4]bool{true, false, true, false}:
			return utf16BE, "utf-16be", body
		case [4]bool{false, true, false, true}:
			return utf16LE, "utf-16le", body
		}
	}
	return nil, "", body
}

// charsetParam finds a Content-Type's charset parameter, leniently: servers
// quote it with either quote and put spaces anywhere.
var charsetParam = regexp.MustCompile(`(?i);\s*charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)`)

// headerCharset is the charset parameter of a Content-Type, or "".
func headerCharset(contentType string) string {
	if m := charsetParam.FindStringSubmatch(contentType); m != nil {
		return m[1]
	}
	return ""
}

// lookupCharset returns the decoder of an ASCII-compatible body's charset
// label: nil for UTF-8, unknown labels and labels of UTF-16 or UTF-32
// (which the bytes, having no zeros where those would, are not).
func lookupCharset(label string) (encoding.Encoding, string) {
	l := strings.ToLower(label)
	if l == "" || strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf-32") || strings.HasPrefix(l, "ucs-") {
		return nil, "utf-8"
	}
	enc, name := charset.Lookup(l)
	if enc == nil || name == "utf-8" {
		return nil, "utf-8"
	}
	return enc, name
}

// xmlChar replaces the characters XML 1.0 forbids (C0 controls but tab and
// line ends, and the non-characters U+FFFE and U+FFFF), which make the
// parser give up on the whole feed.
func xmlChar(r rune) rune {
	switch {
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF:
		return utf8.RuneError
	}
	return r
}

// encodingAttr is the encoding pseudo-attribute of an XML declaration.
var encodingAttr = regexp.MustCompile(`^(\s*<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*(["'])`)

// declareUTF8 makes a decoded body's XML declaration name UTF-8.
func declareUTF8(body []byte) []byte {
	return encodingAttr.ReplaceAll(body, []byte("${1}${2}utf-8${3}"))
}
