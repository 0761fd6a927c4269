package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestPageMeta: where a page's date and canonical URL come from, and which
// source wins when a page gives several.
func TestPageMeta(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             metadata
	}{
		{"og tags", `<meta property="og:url" content="https://example.org/a"><meta property="article:published_time" content="2023-04-05T22:10:00-07:00">`, ``,
			metadata{url: "https://example.org/a", date: "2023-04-05"}}, // the day as written, not moved to UTC
		{"JSON-LD wins over meta", `<meta name="date" content="2020-01-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-06-30T08:00:00Z"}</script>`, ``,
			metadata{date: "2021-06-30"}},
		{"JSON-LD graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2019-11-02"}]}</script>`, ``,
			metadata{date: "2019-11-02"}},
		{"broken JSON-LD is skipped", `<script type="application/ld+json">{"datePublished":</script><meta name="pubdate" content="2018-02-03">`, ``,
			metadata{date: "2018-02-03"}},
		{"key order, not page order", `<meta name="dcterms.created" content="2017-05-05"><meta property="article:published_time" content="2017-05-06">`, ``,
			metadata{date: "2017-05-06"}},
		{"itemprop meta, any case", `<meta itemprop="datePublished" content="2016-08-09">`, ``,
			metadata{date: "2016-08-09"}},
		{"time marked pubdate over the first time", ``, `<p>Updated <time datetime="2024-02-02">Feb 2</time></p><time pubdate datetime="2024-01-15T10:00">Jan 15</time>`,
			metadata{date: "2024-01-15"}},
		{"first time with datetime", ``, `<time datetime="2015-03-04">4 March</time><time datetime="2015-03-09">9 March</time>`,
			metadata{date: "2015-03-04"}},
		{"date in the canonical URL", `<link rel="canonical" href="https://example.org/world/2014/07/21/talks.html">`, ``,
			metadata{url: "https://example.org/world/2014/07/21/talks.html", date: "2014-07-21"}},
		{"og:url over canonical, relative URLs ignored", `<link rel="canonical" href="/a"><meta property="og:url" content="/b">`, ``,
			metadata{}},
		{"canonical when og:url is relative", `<meta property="og:url" content="/b"><link rel="alternate canonical" href="http://example.org/c">`, ``,
			metadata{url: "http://example.org/c"}},
		{"placeholder dates are not dates", `<meta name="date" content="1970-01-01"><meta name="pubdate" content="not yet">`, ``,
			metadata{}},
		{"written-out date", `<meta name="date" content="12 March 2022">`, ``,
			metadata{date: "2022-03-12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			require.NoError(t, err)
			assert.Equal(t, tt.want, pageMeta(doc))
		})
	}
}

// TestParseHTML: the article's text without the page around it, its title
// once, and its metadata.
func TestParseHTML(t *testing.T) {
	page := `<html><head><title>Chile and Peru agree on water talks - Pacific Ledger</title>
<meta property="og:site_name" content="Pacific Ledger">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-14T18:00:00-05:00"}</script></head>
<body><nav><ul><li><a href="/">Front page</a></li><li><a href="/region">Region</a></li></ul></nav>
<form><input name="q"><button>Search the archive</button></form>
<main><article><h1>Chile and Peru agree on water talks</h1>
<p>Chile's foreign minister met his Peruvian counterpart in Arica on Sunday to discuss shared aquifers along their border.</p>
<p>The ministers agreed to form a joint commission that will report to both governments within six months, officials said.</p>
<p>Peru offered to host the first meeting of the commission in Tacna, and Chile accepted the invitation.</p>
</article>
<aside><p>Most read: a recipe for ceviche that every reader should try at home this weekend.</p></aside></main>
<footer><p>Pacific Ledger, all rights reserved.</p></footer></body></html>`
	r, err := parseHTML([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, "Chile and Peru agree on water talks", r.title)
	assert.Equal(t, "Pacific Ledger", r.source)
	assert.Equal(t, "2025-09-14", r.date)
	assert.Equal(t, "Chile's foreign minister met his Peruvian counterpart in Arica on Sunday to discuss shared aquifers along their border.\n\n"+
		"The ministers agreed to form a joint commission that will report to both governments within six months, officials said.\n\n"+
		"Peru offered to host the first meeting of the commission in Tacna, and Chile accepted the invitation.", r.text)
}

// TestParseHTMLSourceFromHost: a page that names no site is sourced by the
// host of its canonical URL.
func TestParseHTMLSourceFromHost(t *testing.T) {
	page := `<html><head><title>Ghana and Togo meet</title><link rel="canonical" href="https://www.gulf-wire.example.net/2021/05/04/ghana-togo">
</head><body><article><p>Ghana's president received Togo's foreign minister in Accra on Tuesday for talks on trade.</p></article></body></html>`
	r, err := parseHTML([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, "gulf-wire.example.net", r.source)
	assert.Equal(t, "2021-05-04", r.date)
	assert.Equal(t, "Ghana's president received Togo's foreign minister in Accra on Tuesday for talks on trade.", r.text)
}

func TestRemoveElements(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><nav>a</nav><p>b<nav>c</nav></p><footer><nav>d</nav></footer><p>e</p></body>`))
	require.NoError(t, err)
	removeElements(doc, "nav", "footer")
	assert.Equal(t, "b\n\ne", paragraphs(doc))
}

func TestDateKeys(t *testing.T) {
	assert.Contains(t, dateKeys, "article:published_time")
	for _, k := range dateKeys {
		assert.Equal(t, strings.ToLower(k), k)
	}
}
