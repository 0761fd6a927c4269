package reader

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// htmlDateOptions fixes the date range go-htmldate accepts. Its default
// upper bound is a year from now, which would make results depend on the
// clock.
var htmlDateOptions = htmldate.Options{
	UseOriginalDate:     true, // publication, not last-modified
	SkipExtensiveSearch: true, // no slow free-text date parsing
	MinDate:             time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC),
	MaxDate:             time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC),
}

// parseHTML extracts the main text and metadata of an HTML page with
// go-trafilatura, offline. The text becomes paragraphs separated by blank
// lines, less a first paragraph that repeats the title. Metadata gives the
// title, date, site name (as the source) and canonical URL when the page has
// them.
func parseHTML(data []byte) (r record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("html: extractor failed: %v", p)
		}
	}()
	res, err := extract(data, trafilatura.DefaultConfig())
	if err == nil && utf8.RuneCountInString(res.ContentText) < trafilatura.DefaultConfig().MinExtractedSize {
		// On short pages trafilatura falls back to a baseline that glues
		// the whole page's text together; take the main extractor's result
		// as it is instead.
		cfg := trafilatura.DefaultConfig()
		cfg.MinExtractedSize = 0
		if small, serr := extract(data, cfg); serr == nil {
			res = small
		} else {
			res.ContentNode, res.ContentText = nil, ""
		}
	}
	if err != nil {
		if !strings.Contains(err.Error(), "not long enough") {
			if strings.HasPrefix(err.Error(), "html: ") { // golang.org/x/net/html's own prefix
				return record{}, err
			}
			return record{}, fmt.Errorf("html: %w", err)
		}
		res, err = &trafilatura.ExtractResult{}, nil
	}
	m := res.Metadata
	r = record{title: m.Title, source: m.Sitename, url: m.URL}
	if !m.Date.IsZero() {
		r.date = m.Date.Format(time.DateOnly)
	}
	if res.ContentNode != nil {
		r.text = paragraphs(res.ContentNode)
	} else {
		r.text = res.ContentText
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

// extract runs trafilatura offline on data with cfg.
func extract(data []byte, cfg *trafilatura.Config) (*trafilatura.ExtractResult, error) {
	opts := htmlDateOptions
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		Config:          cfg,
		ExcludeComments: true,
		HtmlDateOptions: &opts,
	})
	if err == nil && res == nil {
		err = errors.New("no result")
	}
	return res, err
}

// bodyText is the last resort for pages trafilatura finds no text in: the
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
	return paragraphs(body, "nav", "header", "footer", "aside", "form", "button", "menu")
}

// blockTags end a paragraph when they open or close.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"dd": true, "div": true, "dl": true, "dt": true, "figcaption": true, "figure": true,
	"footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "ol": true, "p": true, "pre": true,
	"section": true, "table": true, "tr": true, "ul": true,
	// trafilatura's own tags
	"head": true, "list": true, "item": true, "quote": true, "lb": true, "row": true,
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
			if n.Data == "td" || n.Data == "th" || n.Data == "cell" {
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
