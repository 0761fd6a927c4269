package reader

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseFeed reads an RSS or Atom feed with gofeed, from memory, never
// fetching. Each item is an article: its title, its link as URL, its
// published (else updated) date, its content (else description) with HTML
// tags stripped as text, its GUID as ID, and the feed's title as source.
func parseFeed(data []byte) (recs []record, err error) {
	defer func() {
		if p := recover(); p != nil {
			recs, err = nil, fmt.Errorf("feed: parser failed: %v", p)
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return nil, fmt.Errorf("feed: no items: %w", ErrNoText)
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		text := it.Content
		if strings.TrimSpace(text) == "" {
			text = it.Description
		}
		r := record{
			id:     it.GUID,
			url:    it.Link,
			title:  it.Title,
			source: feed.Title,
			date:   feedDate(it),
			text:   stripTags(text),
			where:  fmt.Sprintf("item %d %q", i+1, strings.TrimSpace(it.Title)),
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// feedDate is an item's published date, else its updated date, as written
// in the feed: the raw string when it reads as a date, so that a late-evening
// time keeps its own day; else gofeed's parsed time; else the raw string, for
// finish to reject.
func feedDate(it *gofeed.Item) string {
	for _, d := range []struct {
		raw    string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}} {
		if day, ok := parseDate(d.raw); ok {
			return day
		}
		if d.parsed != nil {
			return d.parsed.Format(time.DateOnly)
		}
		if strings.TrimSpace(d.raw) != "" {
			return d.raw
		}
	}
	return ""
}

// stripTags turns an HTML fragment into plain text: tags are dropped,
// entities decoded, block elements become paragraphs separated by blank
// lines, and runs of white space become one space.
func stripTags(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{
		Type: html.ElementNode, Data: "body", DataAtom: atom.Body,
	})
	if err != nil {
		return s
	}
	body := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return paragraphs(body)
}
