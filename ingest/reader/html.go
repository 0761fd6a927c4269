package reader

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"github.com/bilatgraph/bilat/ingest/datafile"
	"net/url"
	"regexp"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// parseHTML extracts the main text and metadata of an HTML page, offline.
// The text is what go-readability (Mozilla's Readability) finds to be the
// article, as paragraphs separated by blank lines, less a first paragraph
// that repeats the title; the title and site name are Readability's (the
// site, else the URL's host, is the source); the publication date and
// canonical URL come from the page's metadata (see pageMeta).
func parseHTML(data []byte) (r record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("html: extractor failed: %v", p)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return record{}, err // golang.org/x/net/html's errors start "html: "
	}
	m := pageMeta(doc) // before Readability, which changes the tree
	r = record{url: m.url, date: m.date}
	removeElements(doc, pageChrome...)
	parser := readability.NewParser()
	if art, err := parser.ParseAndMutate(doc, &url.URL{}); err == nil {
		r.title = strings.TrimSpace(art.Title())
		r.source = strings.TrimSpace(art.SiteName())
		if art.Node != nil {
			r.text = paragraphs(art.Node)
		}
	}
	if r.source == "" && r.url != "" {
		// A page that names no site is sourced by its host, as
		// go-trafilatura did: herald.example.com.
		if u, err := url.Parse(r.url); err == nil {
			r.source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if strings.TrimSpace(r.text) == "" {
		r.text = bodyText(data)
	}
	// The page's headline usually opens the extracted text; it is already
	// the Title, so drop it there.
	if first, rest, ok := strings.Cut(r.text, "\n\n"); ok && r.title != "" &&
		strings.EqualFold(strings.TrimSpace(first), strings.TrimSpace(r.title)) {
		r.text = rest
	}
	return r, nil
}

// metadata is what a page says about itself in its head and markup.
type metadata struct {
	url  string // canonical, absolute http(s) URL
	date string // publication date, YYYY-MM-DD
}

// dateKeys are the <meta> names, properties and itemprops that give a
// page's publication date, most trusted first (html-date-keys.txt).
//
//go:embed html-date-keys.txt
var dateKeysText string

// dateKeys are the meta-tag names of a page's date, in lower case.
var dateKeys = datafile.Lines(strings.ToLower(dateKeysText))

// urlDate is a date written as path segments of a URL: /2024/03/18/.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/`)

// pageMeta reads the canonical URL and the publication date of a page. The
// date is the first found of: JSON-LD datePublished; a <meta> named in
// dateKeys, in that order; a <time> marked as the publication time
// (itemprop datePublished or pubdate), else the first <time datetime> in the
// page; a /YYYY/MM/DD/ date in the canonical URL. The URL is og:url, else
// <link rel=canonical>.
func pageMeta(doc *html.Node) metadata {
	metas := map[string]string{} // lower-case key -> first content
	var jsonLD, pubTime, firstTime, canonical string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, ok := metas[key]; !ok {
							metas[key] = content
						}
					}
				}
			case "link":
				if canonical == "" && slices.Contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "canonical") {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "script":
				if jsonLD == "" && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					jsonLD = ldDatePublished([]byte(n.FirstChild.Data))
				}
			case "time":
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt == "" {
					dt = strings.TrimSpace(text(n))
				}
				_, pubdate := attrOK(n, "pubdate")
				if pubTime == "" && (pubdate || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
					pubTime = dt
				}
				if firstTime == "" && attr(n, "datetime") != "" {
					firstTime = dt
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	var m metadata
	for _, u := range []string{metas["og:url"], canonical} {
		if p, err := url.Parse(u); err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
			m.url = u
			break
		}
	}
	cands := []string{jsonLD}
	for _, k := range dateKeys {
		cands = append(cands, metas[k])
	}
	cands = append(cands, pubTime, firstTime)
	if s := urlDate.FindStringSubmatch(m.url); s != nil {
		cands = append(cands, s[1]+"-"+s[2]+"-"+s[3])
	}
	for _, c := range cands {
		if d, ok := parseDate(c); ok && d >= minPageDate && d < maxPageDate {
			m.date = d
			break
		}
	}
	return m
}

// The dates a page may give for itself: a date outside is a parsing slip
// or a placeholder, and the page is read as undated.
const minPageDate, maxPageDate = "1990-01-01", "2200-01-01"

// ldDatePublished is the datePublished of a JSON-LD block: of its object,
// of the first object of an array that has one, or of an object in its
// @graph.
func ldDatePublished(data []byte) string {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 3 {
			return ""
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				return s
			}
			return find(x["@graph"], depth+1)
		case []any:
			for _, e := range x {
				if s := find(e, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// attr is the value of an element's attribute, "" when it has none.
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK is attr and whether the element has the attribute at all.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// text is the text under a node, as it stands.
func text(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// pageChrome are elements around an article that are never its text: a
// page of links alone reads as having no text.
var pageChrome = []string{"nav", "footer", "aside", "form", "button", "menu"}

// removeElements takes the elements with the given tag names, and what they
// hold, out of the tree.
func removeElements(n *html.Node, tags ...string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && slices.Contains(tags, c.Data) {
			n.RemoveChild(c)
		} else {
			removeElements(c, tags...)
		}
		c = next
	}
}

// bodyText is the last resort for pages Readability finds no text in: the
// paragraphs of <body>, less navigation, headers, footers and forms.
func bodyText(data []byte) string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && body == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "body" {
				body = c
				return
			}
			find(c)
		}
	}
	find(doc)
	if body == nil {
		return ""
	}
	return paragraphs(body, append(pageChrome, "header")...)
}

// blockTags end a paragraph when they open or close.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"dd": true, "div": true, "dl": true, "dt": true, "figcaption": true, "figure": true,
	"footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "ol": true, "p": true, "pre": true,
	"section": true, "table": true, "tr": true, "ul": true,
	"code": false,
}

// skipTags hold no article text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true}

// paragraphs flattens a tree into paragraphs separated by blank lines: the
// text of each block element, with runs of white space made one space.
// Elements named in skip are left out with their content.
func paragraphs(n *html.Node, skip ...string) string {
	var (
		paras []string
		cur   strings.Builder
	)
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] || slices.Contains(skip, n.Data) {
				return
			}
			if n.Data == "td" || n.Data == "th" {
				cur.WriteByte(' ')
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}
