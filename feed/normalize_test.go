package feed

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

func TestCanonicalLink(t *testing.T) {
	base, _ := url.Parse("https://news.example/feeds/world.xml")
	tests := []struct{ in, want string }{
		{"https://News.Example/a/b?utm_source=rss&utm_medium=feed", "https://news.example/a/b"},
		{"https://news.example/a?id=3&fbclid=XYZ&gclid=1&ref=home#section-2", "https://news.example/a?id=3"},
		{"https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2"},
		{"HTTP://news.example:80/a", "http://news.example/a"},
		{"https://news.example:443", "https://news.example/"},
		{"https://news.example:8443/a", "https://news.example:8443/a"},
		{"https://user:pw@news.example/a?UTM_Campaign=x", "https://news.example/a"},
		{"/stories/1?utm_content=x", "https://news.example/stories/1"},
		{"../b", "https://news.example/b"},
		{"https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"},
		{"mailto:desk@news.example", ""},
		{"javascript:alert(1)", ""},
		{"", ""},
		{"   ", ""},
	}
	for _, tc := range tests {
		if got := canonicalLink(tc.in, base); got != tc.want {
			t.Errorf("canonicalLink(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>First  paragraph\n continues.</p><p>Second.</p>", "First paragraph continues.\n\nSecond."},
		{"entities", "Fish &amp; chips &mdash; &quot;cheap&quot; &#8364;5", "Fish & chips — \"cheap\" €5"},
		{"line break", "Line one<br>Line two<br/><br/>After a gap", "Line one\nLine two\n\nAfter a gap"},
		{"scripts and styles", "<style>p{color:red}</style><p>Kept</p><script>alert('x')</script><noscript>no</noscript>", "Kept"},
		{"inline tags", "A <b>bold</b> and <a href='/x'>linked</a> word", "A bold and linked word"},
		{"escaped twice", "&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;&lt;p&gt;Next&lt;/p&gt;", "Escaped & fine\n\nNext"},
		{"list", "<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
		{"plain text", "Nothing to strip, 3 < 4.", "Nothing to strip, 3 < 4."},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := plainText(tc.in); got != tc.want {
				t.Errorf("plainText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	fetched := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	published := time.Date(2026, 11, 23, 8, 0, 0, 0, time.FixedZone("PKT", 5*3600))
	updated := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	future := fetched.Add(48 * time.Hour)
	src := Source{Name: "dawn", Tags: []string{"south-asia"}}
	tests := []struct {
		name      string
		item      gofeed.Item
		link      string
		guid      string
		published time.Time
		err       error
	}{
		{"link and guid", gofeed.Item{Link: "https://a.example/x?utm_source=y", GUID: "tag:a.example,2026:1", PublishedParsed: &published},
			"https://a.example/x", "tag:a.example,2026:1", published.UTC(), nil},
		{"link only, updated date", gofeed.Item{Link: "https://a.example/x", UpdatedParsed: &updated},
			"https://a.example/x", "https://a.example/x", updated, nil},
		{"link in Links", gofeed.Item{Links: []string{"https://a.example/y"}},
			"https://a.example/y", "https://a.example/y", fetched, nil},
		{"guid permalink only", gofeed.Item{GUID: "https://a.example/z"},
			"https://a.example/z", "https://a.example/z", fetched, nil},
		{"bare guid scoped to the feed", gofeed.Item{GUID: "12345"},
			"", "briefbot:dawn:12345", fetched, nil},
		{"date from the future", gofeed.Item{GUID: "urn:x:1", PublishedParsed: &future},
			"", "urn:x:1", fetched, nil},
		{"neither", gofeed.Item{Title: "Orphan", Link: "not a link"}, "", "", time.Time{}, errNoIdentity},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := normalize(&tc.item, src, nil, fetched)
			if err != tc.err {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if a.Link != tc.link || a.GUID != tc.guid || !a.Published.Equal(tc.published) {
				t.Errorf("got link %q guid %q published %s; want %q %q %s", a.Link, a.GUID, a.Published, tc.link, tc.guid, tc.published)
			}
			if a.FeedName != "dawn" || len(a.Tags) != 1 || !a.Fetched.Equal(fetched) {
				t.Errorf("feed %q tags %v fetched %s", a.FeedName, a.Tags, a.Fetched)
			}
		})
	}
	t.Run("content over description, title cleaned", func(t *testing.T) {
		it := gofeed.Item{GUID: "urn:x:2", Title: " Talks &amp; <i>truce</i>\n resume ", Description: "<p>Summary</p>",
			Content: "<p>Full text.</p><p>More.</p>"}
		a, err := normalize(&it, src, nil, fetched)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Talks & truce resume" || a.Text != "Full text.\n\nMore." {
			t.Errorf("title %q text %q", a.Title, a.Text)
		}
	})
}

// tagPattern matches anything an HTML tokenizer would read as markup.
var tagPattern = regexp.MustCompile(`<[a-zA-Z!?/]`)

// FuzzNormalize: whatever a feed sends, normalising does not panic, leaves
// no markup in the text, and yields a canonical link that canonicalising
// again leaves alone.
func FuzzNormalize(f *testing.F) {
	f.Add("<p>Hello &amp; <b>world</b></p><script>x()</script>", "https://A.example/x?utm_source=1&b=2#f", "guid-1", "Title &lt;b&gt;")
	f.Add("&lt;p&gt;double&lt;/p&gt;", "/relative?fbclid=1", "", "")
	f.Add("<<<a>>>", "http://[::1]:80/", "https://x.example/", "<br>")
	f.Add("&amp;lt;p&amp;gt;triple", "https://x.example/%zz", "", "<!--")
	fetched := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	base, _ := url.Parse("https://feeds.example/rss")
	f.Fuzz(func(t *testing.T, body, link, guid, title string) {
		it := &gofeed.Item{Description: body, Link: link, GUID: guid, Title: title}
		a, err := normalize(it, Source{Name: "fuzz"}, base, fetched)
		if err != nil {
			if err != errNoIdentity {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, s := range []string{a.Text, a.Title} {
			if tagPattern.MatchString(s) {
				t.Errorf("markup left in %q", s)
			}
		}
		if utf8.ValidString(body) && !utf8.ValidString(a.Text) {
			t.Errorf("valid UTF-8 in, invalid out: %q", a.Text)
		}
		if strings.Contains(a.Title, "\n") {
			t.Errorf("title %q spans lines", a.Title)
		}
		if a.Link != "" {
			if again := canonicalLink(a.Link, nil); again != a.Link {
				t.Errorf("canonicalLink not stable: %q -> %q", a.Link, again)
			}
		}
		if a.GUID == "" {
			t.Error("stored an item with no GUID")
		}
	})
}
