// Package article holds the plain types that bilat's ingest stages pass to
// each other: an Article as read, its Sentences, the Entities and Mentions
// found in it, and the Relations extracted from it. It imports only the
// tokens utility, so every stage can depend on it and on nothing else.
package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Article is one news article as read from an input.
type Article struct {
	ID        string // given by the input, or a content hash of the text
	Published string // publication date, YYYY-MM-DD; empty when unknown
	Title     string
	Source    string // outlet name
	URL       string
	Text      string
	Origin    Origin // where it was read from, for messages
}

// Origin is where an article was read from.
type Origin struct {
	File string // path, or "-" for standard input
	Line int    // 1-based line for line-oriented formats (JSON Lines), else 0
}

// Sentence is one sentence of an article's text.
type Sentence struct {
	Index      int    // 0-based position in the article
	Start, End int    // byte offsets in Article.Text
	Text       string // Article.Text[Start:End]
}

// Entity types.
const (
	Country      = "Country"
	Person       = "Person"
	Organization = "Organization"
	Policy       = "Policy"
	Event        = "Event"
)

// Entity is something an article names: a country, person, organization,
// policy or event, under its canonical name.
type Entity struct {
	ID      string // stable identity, e.g. "country:china", "person:li-qiang"
	Type    string // one of the entity type constants
	Name    string // canonical name
	Country string // Person: canonical name of the country represented at the article's date; Organization: its country, if any
	Title   string // Person: office as stated, e.g. "Premier"
	Acronym string // Organization
	Date    string // Event: YYYY-MM-DD when known
	Place   string // Event: where it took place, as written
	Body    string // Person: the organization they act for, when it is not a state (a NATO Secretary General)
	Start   string // Person: start of the term the title refers to, when known
	End     string // Person: end of that term, when known
}

// Mention is one place in the text that refers to an entity.
type Mention struct {
	EntityID   string
	Sentence   int // index of the sentence
	Start, End int // byte offsets in Article.Text
	Text       string
	Via        string // how it was recognised: name, alias, acronym, demonym, capital, metonym, title, surname, pronoun, nominal
}

// Date is a resolved calendar date with its precision.
type Date struct {
	Value     string // YYYY-MM-DD (first day of the month or year for coarser precision); empty when unknown
	Precision string // day, month, year or "" when unknown
}

// Date precisions.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Relation is one extracted, dated edge with its provenance.
type Relation struct {
	Kind       string // MET_WITH, PLEDGED, ...
	Subject    string // entity id
	Object     string // entity id
	Date       Date
	What       string // the promised, requested or imposed action, where there is one
	Sentence   int    // index of the sentence that states it
	Start, End int    // byte offsets of that sentence in Article.Text
	Evidence   string // the sentence text
	Rule       string // the extraction rule that fired
	Confidence float64
	Also       []Statement // the other sentences of the article that state the same fact
}

// Statement is one more sentence that states a relation, with the rule that
// read it there.
type Statement struct {
	Sentence   int
	Start, End int
	Evidence   string
	Rule       string
	Confidence float64
}

// Extraction is everything the pipeline found in one article.
type Extraction struct {
	Article   Article
	Truncated int // when the text was longer than the pipeline reads, its length in bytes
	Sentences []Sentence
	Entities  []Entity
	Mentions  []Mention
	Relations []Relation
}

// EntityID returns the stable id of an entity: a prefix for its type and a
// slug of its canonical name, e.g. "country:south-korea", "person:li-qiang".
func EntityID(entityType, name string) string {
	prefix := "entity"
	switch entityType {
	case Country:
		prefix = "country"
	case Person:
		prefix = "person"
	case Organization:
		prefix = "org"
	case Policy:
		prefix = "policy"
	case Event:
		prefix = "event"
	}
	// one string for the id: prefix, colon and slug built in one buffer
	var buf [64]byte
	return string(appendSlug(append(append(buf[:0], prefix...), ':'), name))
}

// Slug lower-cases a name, drops diacritics and joins its words with dashes.
func Slug(name string) string {
	var buf [64]byte
	return string(appendSlug(buf[:0], name))
}

// appendSlug appends Slug(name) to dst.
func appendSlug(dst []byte, name string) []byte {
	start := len(dst)
	dash := false
	add := func(r rune) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			dst = append(dst, byte(r))
			dash = false
		} else if !dash && len(dst) > start {
			dst = append(dst, '-')
			dash = true
		}
	}
	folded := tokens.Fold(name)
	if ascii(folded) {
		// strings.ToLower of ASCII lowers A-Z only: do it here, without a copy
		for i := 0; i < len(folded); i++ {
			c := folded[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			add(rune(c))
		}
	} else {
		for _, r := range strings.ToLower(folded) {
			add(r)
		}
	}
	if len(dst) > start && dst[len(dst)-1] == '-' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// DatelineEnd returns where an article's dateline ends ("KINGSTOWN, St
// Vincent, Dec 15 (Reuters) - ", "NEW DELHI: "), or 0: a first word in
// capitals, then only capitalised words, numbers and an agency's name in
// brackets, up to a dash or a colon in the first 100 bytes.
func DatelineEnd(text string) int {
	head := text[:min(len(text), 100)]
	end := -1
	for _, sep := range []string{" - ", " — ", " – ", " -- ", ": "} {
		if i := strings.Index(head, sep); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return 0
	}
	words := strings.Fields(head[:end])
	if len(words) == 0 {
		return 0 // only spaces before the dash
	}
	if first := strings.Trim(words[0], ",:"); len(first) < 3 || strings.ToUpper(first) != first {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(/"))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0
		}
	}
	return end
}
