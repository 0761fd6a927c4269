package export_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/bilatgraph/bilat/graph/export"
)

// benchGraph generates a graph of 60 countries, 140 people and edges
// edges: event edges with evidence lists and a REPRESENTS per person.
func benchGraph(edges int) *export.Graph {
	g := &export.Graph{ISO3: map[string]string{}}
	for i := 0; i < 60; i++ {
		id := fmt.Sprintf("country:c%02d", i)
		g.Nodes = append(g.Nodes, export.Node{Label: "Country", ID: id,
			Props: map[string]any{"name": fmt.Sprintf("Country %d", i), "iso2": "C" + fmt.Sprint(i%10), "iso3": fmt.Sprintf("C%02d", i)}})
	}
	for i := 0; i < 140; i++ {
		id := fmt.Sprintf("person:p%03d", i)
		g.Nodes = append(g.Nodes, export.Node{Label: "Person", ID: id,
			Props: map[string]any{"name": fmt.Sprintf("Person \"%d\" O'Neil", i), "title": "Minister", "country": fmt.Sprintf("Country %d", i%60)}})
		g.Edges = append(g.Edges, export.Edge{Kind: "REPRESENTS", Key: fmt.Sprintf("REPRESENTS|%s|c%d", id, i%60),
			FromLabel: "Person", From: id, ToLabel: "Country", To: fmt.Sprintf("country:c%02d", i%60),
			Props: map[string]any{"title": "Minister", "term_start": "2024-01-01", "articles": []string{"a1"}}})
	}
	kinds := []string{"MET_WITH", "PLEDGED", "URGED", "PRAISED", "CRITICIZED"}
	for i := 0; len(g.Edges) < edges; i++ {
		from, to := fmt.Sprintf("person:p%03d", i%140), fmt.Sprintf("person:p%03d", (i*7+3)%140)
		kind := kinds[i%len(kinds)]
		date := fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1)
		g.Edges = append(g.Edges, export.Edge{Kind: kind, Key: fmt.Sprintf("%s|%s|%s|%s|%d", kind, from, to, date, i),
			FromLabel: "Person", From: from, ToLabel: "Person", To: to,
			Props: map[string]any{"date": date, "precision": "day", "year": int64(2025), "what": "cooperate <closely> & more",
				"subject_country": fmt.Sprintf("country:c%02d", i%60), "object_country": fmt.Sprintf("country:c%02d", (i*7+3)%60),
				"articles": []string{"a1", "a2"}, "sentences": []string{"A sentence about it.", "Another one, with \"quotes\"."},
				"spans": []string{"s0:0-20", "s1:0-28"}, "rules": []string{"r1", "r2"}, "confidence": 0.8,
				"cameo": "040", "plover": "CONSULT", "tone": "cooperative"}})
	}
	g.Sort()
	return g
}

// BenchmarkExportGraphML writes 500 edges (140 structural, 360 events
// with evidence) among 200 nodes as GraphML.
func BenchmarkExportGraphML(b *testing.B) {
	g := benchGraph(500)
	b.ReportAllocs()
	for b.Loop() {
		if err := export.WriteGraphML(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(g.Edges)), "edges/op")
}

// BenchmarkExportFormats writes the same graph in every one-file format.
func BenchmarkExportFormats(b *testing.B) {
	g := benchGraph(500)
	for _, f := range export.Formats {
		if f == "csv" {
			continue
		}
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := export.Write(io.Discard, g, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
