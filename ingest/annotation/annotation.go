// Package annotation is the article annotation format of the corpus
// guideline (one JSON object per article: id, published, text, entities,
// relations): bilat writes its extractions in it, and reads gold
// annotations from it for scoring.
package annotation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Document is one annotated article.
type Document struct {
	ID        string     `json:"id"`
	Published string     `json:"published"`
	Source    *string    `json:"source"`
	URL       *string    `json:"url"`
	Title     *string    `json:"title"`
	Text      string     `json:"text,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is an annotated entity.
type Entity struct {
	Name    string  `json:"name"`
	Type    string  `json:"type"`
	Country *string `json:"country,omitempty"`
	Title   string  `json:"title,omitempty"`
	Acronym string  `json:"acronym,omitempty"`
	Date    string  `json:"date,omitempty"`
	Place   string  `json:"place,omitempty"`
}

// Relation is an annotated relation between named entities.
type Relation struct {
	Subject  string  `json:"subject"`
	Relation string  `json:"relation"`
	Object   string  `json:"object"`
	Date     *string `json:"date"`
	What     *string `json:"what"`
	Evidence string  `json:"evidence"`
	// Rule and Confidence are bilat's provenance; the guideline ignores them.
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// FromExtraction converts what the pipeline found in one article. With
// withText false the article text is left out, to keep output small.
func FromExtraction(x article.Extraction, withText bool) Document {
	a := x.Article
	d := Document{ID: a.ID, Published: a.Published, Source: strPtr(a.Source), URL: strPtr(a.URL), Title: strPtr(a.Title),
		Entities: []Entity{}, Relations: []Relation{}}
	if withText {
		d.Text = a.Text
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
		ent := Entity{Name: e.Name, Type: e.Type, Title: e.Title, Acronym: e.Acronym, Date: e.Date, Place: e.Place}
		if e.Type == article.Person {
			ent.Country = strPtr(e.Country)
		}
		d.Entities = append(d.Entities, ent)
	}
	for _, r := range x.Relations {
		d.Relations = append(d.Relations, Relation{
			Subject: names[r.Subject], Relation: r.Kind, Object: names[r.Object],
			Date: strPtr(r.Date.Value), What: strPtr(r.What), Evidence: r.Evidence,
			Rule: r.Rule, Confidence: r.Confidence,
		})
	}
	return d
}

// ReadFile reads documents from a JSON Lines file (see ReadJSONL).
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadJSONL(path, f)
}

// ReadJSONL reads documents, one JSON object per line. Blank lines are
// skipped; a malformed line is an error naming the line.
func ReadJSONL(name string, r io.Reader) ([]Document, error) {
	var out []Document
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var d Document
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}
