package relations

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// prepositions before a mention that make it a place or a complement, not
// the subject of what follows.
var prepositions = map[string]bool{"of": true, "with": true, "to": true, "from": true, "against": true, "on": true, "by": true,
	"for": true, "between": true, "at": true, "about": true, "regarding": true, "toward": true, "towards": true, "in": true,
	"into": true, "over": true, "under": true, "among": true, "than": true, "like": true, "via": true}

// text returns the article text between two byte offsets.
func (d *doc) text(start, end int) string { return d.in.Article.Text[start:end] }

// wordBefore returns the lower-case word just before offset pos in sentence
// s, looking past articles: for "in the Kremlin" it is "in".
func (d *doc) wordBefore(s article.Sentence, pos int) string {
	w := strings.Fields(strings.ToLower(d.text(s.Start, pos)))
	for len(w) > 0 {
		last := strings.Trim(w[len(w)-1], `"“”'’(`)
		switch last {
		case "the", "a", "an":
			w = w[:len(w)-1]
			continue
		}
		return last
	}
	return ""
}

func isPossessive(d *doc, m article.Mention) bool {
	rest := d.in.Article.Text[m.End:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "' ")
}

// insideQuote reports whether offset pos lies inside a quotation in s.
func (d *doc) insideQuote(s article.Sentence, pos int) bool {
	open := false
	for i, r := range d.text(s.Start, pos) {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		case '«':
			open = true
		case '»':
			open = false
		}
		_ = i
	}
	return open
}

// stripMentions returns the text between start and end with modifier
// mentions ("Indian" in "and Indian Prime Minister Narendra Modi") removed.
func stripMentions(d *doc, ments []article.Mention, start, end int) string {
	if end < start {
		return ""
	}
	t := d.text(start, end)
	for _, m := range ments {
		if m.Start >= start && m.End <= end && (m.Via == viaModifier || m.Via == viaDemonym) {
			t = strings.Replace(t, d.text(m.Start, m.End), "X", 1)
		}
	}
	return t
}

// objectWindow is how far, in bytes, an object may follow its trigger.
const objectWindow = 140

// clauseEnd returns where the clause that starts at pos ends within s.
func (d *doc) clauseEnd(s article.Sentence, pos int) int {
	rest := tokens.LowerASCII(d.text(pos, s.End))
	end := len(rest)
	for _, stop := range []string{";", " while ", " but ", " whereas ", " — ", " – "} {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	if end > objectWindow {
		end = objectWindow
	}
	return pos + end
}
