package feed

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// errNoIdentity marks an item with neither a usable link nor a GUID: it
// could never be recognised again, so storing it would duplicate it on
// every poll.
var errNoIdentity = errors.New("item has neither a link nor a GUID")

// maxFutureSkew is how far past the fetch time a published date may lie
// before it is taken for a feed's clock or time-zone mistake and replaced by
// the fetch time; left alone, such an article would sit at the top of every
// briefing window for days.
const maxFutureSkew = 24 * time.Hour

// normalize turns a parsed item into the article to store. base resolves
// relative links.
func normalize(it *gofeed.Item, src Source, base *url.URL, fetched time.Time) (briefbot.Article, error) {
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	link = canonicalLink(link, base)
	guid := strings.TrimSpace(it.GUID)
	switch {
	case guid == "" && link == "":
		return briefbot.Article{}, errNoIdentity
	case guid == "":
		guid = link
	case link == "":
		// RSS GUIDs are permalinks unless they say otherwise, and many
		// link-less items carry their URL only there.
		link = canonicalLink(guid, nil)
	}
	if !strings.Contains(guid, ":") {
		// A bare GUID such as "12345" is unique only within its feed; scope
		// it so two feeds numbering their posts alike do not collide.
		guid = "briefbot:" + src.Name + ":" + guid
	}

	text := plainText(it.Content)
	if text == "" {
		text = plainText(it.Description)
	}
	return briefbot.Article{
		FeedName:  src.Name,
		GUID:      guid,
		Link:      link,
		Title:     strings.Join(strings.Fields(plainText(it.Title)), " "),
		Text:      text,
		Tags:      append([]string(nil), src.Tags...),
		Published: itemDate(it, fetched),
		Fetched:   fetched,
	}, nil
}

// itemDate is the published time, else the updated time, else the fetch
// time, in UTC.
func itemDate(it *gofeed.Item, fetched time.Time) time.Time {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Before(fetched.Add(maxFutureSkew)) {
			return t.UTC()
		}
	}
	return fetched.UTC()
}

// trackingParams are query parameters that identify a campaign or a click,
// not the page; utm_* is handled by prefix.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "ref": true, "ref_src": true,
	"ref_url": true, "referrer": true, "source": true, "cmpid": true, "ocid": true, "smid": true,
	"s_cid": true, "spm": true, "at_medium": true, "at_campaign": true, "taid": true,
}

// canonicalLink is the form of a link that two copies of it share: http(s)
// only, scheme and host in lower case, default port, fragment and tracking
// parameters gone, remaining parameters sorted. It returns "" for anything
// that is not an absolute http(s) link after resolving against base.
func canonicalLink(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = host
	if port != "" {
		u.Host = host + ":" + port
	}
	if strings.Contains(host, ":") { // IPv6 literal
		u.Host = "[" + host + "]"
		if port != "" {
			u.Host += ":" + port
		}
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		// An unparsable query is kept as is rather than guessed at.
		return u.String()
	}
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
			delete(q, k)
		}
	}
	u.RawQuery = q.Encode()
	u.ForceQuery = false
	return u.String()
}

// blockElements end a paragraph: the text on either side of them is kept
// apart by a blank line.
var blockElements = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "aside": true, "figure": true, "figcaption": true, "hr": true, "address": true,
	"main": true, "nav": true, "details": true, "summary": true,
}

// hiddenElements hold no readable text.
var hiddenElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true, "iframe": true, "object": true, "title": true,
}

// tagLike matches what an HTML tokenizer would take for the start of a tag,
// a comment or a doctype.
var tagLike = regexp.MustCompile(`<[a-zA-Z!?/]`)

// plainText turns an HTML fragment into plain text: tags gone, scripts and
// styles dropped, entities decoded, paragraphs separated by blank lines and
// <br> kept as a line break. Text without markup keeps its own line breaks.
// Feeds often escape their HTML twice, so text that still looks like markup
// after a pass is parsed again, a couple of times at most; whatever still
// looks like a tag after that loses its "<".
func plainText(s string) string {
	if !tagLike.MatchString(s) && !tagLike.MatchString(html.UnescapeString(s)) {
		return tidy(html.UnescapeString(s))
	}
	for range 3 {
		s = htmlToText(s)
		if !tagLike.MatchString(s) {
			return s
		}
	}
	return tagLike.ReplaceAllStringFunc(s, func(m string) string { return m[1:] })
}

// htmlSpace is a run of what HTML counts as white space between words.
var htmlSpace = regexp.MustCompile(`[ \t\n\r\f]+`)

func htmlToText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	hidden := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidy(b.String())
		case html.TextToken:
			if hidden == 0 {
				b.WriteString(htmlSpace.ReplaceAllLiteralString(string(z.Text()), " "))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case hiddenElements[tag]:
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			case tag == "br":
				b.WriteString("\n")
			case blockElements[tag]:
				b.WriteString("\n\n")
			case tag == "td" || tag == "th":
				b.WriteString(" ")
			}
		}
	}
}

// tidy collapses spaces within lines, trims them, and keeps at most one
// blank line between paragraphs.
func tidy(s string) string {
	var out []string
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// cut shortens text to at most n bytes, at a line or word break near the
// end when there is one, never inside a UTF-8 sequence, and marks the cut
// with an ellipsis.
func cut(text string, n int) string {
	const mark = "…"
	if len(text) <= n {
		return text
	}
	end := n - len(mark)
	for end > 0 && !utf8.RuneStart(text[end]) {
		end--
	}
	// Prefer a break within the last kilobyte, so no word is left half.
	if i := strings.LastIndexAny(text[max(0, end-1024):end], "\n "); i >= 0 {
		end = max(0, end-1024) + i
	}
	return strings.TrimRight(text[:end], " \n") + mark
}
