package ingest

import (
	"fmt"
	"os"
	"testing"

	"github.com/bilatgraph/bilat/ingest/article"
)

func TestDebugTmp(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	x := p.Extract(article.Article{ID: "x", Published: os.Getenv("DBG_DATE"), Text: text})
	for _, e := range x.Entities {
		fmt.Printf("E %s %s %q country=%q title=%q\n", e.ID, e.Type, e.Name, e.Country, e.Title)
	}
	for _, m := range x.Mentions {
		fmt.Printf("M s%d %d-%d %q %s %s\n", m.Sentence, m.Start, m.End, m.Text, m.EntityID, m.Via)
	}
	for _, r := range x.Relations {
		fmt.Printf("R %s %s %s %s %q %s\n", r.Subject, r.Kind, r.Object, r.Date.Value, r.What, r.Rule)
	}
}
