package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bilatgraph/bilat/graph"
)

// ArticleBatch returns a synthetic, article-sized batch for benchmarks:
// the i-th article, two countries and two people from small pools (so later
// batches merge into nodes and sometimes edges of earlier ones), and seven
// edges with evidence. Batches with different i differ.
func ArticleBatch(i int) graph.Batch {
	art := fmt.Sprintf("bench-article-%06d", i)
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
	c1, c2 := fmt.Sprintf("country-%02d", i%10), fmt.Sprintf("country-%02d", (i+3)%10)
	p1, p2 := fmt.Sprintf("person-%02d", i%20), fmt.Sprintf("person-%02d", (i+7)%20)
	ev := func(span string) []graph.Evidence {
		return []graph.Evidence{{Article: art, Sentence: "Sentence " + span + " of article " + art + ".", Span: span, Rule: "bench", Confidence: 0.5}}
	}
	event := func(kind, fl, from, tl, to string, sym bool, span string) graph.Edge {
		if sym && to < from {
			from, to = to, from
		}
		return graph.Edge{Kind: kind, Key: graph.EdgeKey(kind, from, to, day, sym), FromLabel: fl, From: from, ToLabel: tl, To: to,
			Props:    map[string]any{"date": day, "precision": "day", "year": 2025, "tone": "cooperative"},
			Evidence: ev(span)}
	}
	return graph.Batch{
		Nodes: []graph.Node{
			{Label: "Country", ID: c1, Props: map[string]any{"name": "Country " + c1}},
			{Label: "Country", ID: c2, Props: map[string]any{"name": "Country " + c2}},
			{Label: "Person", ID: p1, Props: map[string]any{"name": "Person " + p1, "country": c1}},
			{Label: "Person", ID: p2, Props: map[string]any{"name": "Person " + p2, "country": c2}},
			{Label: "Article", ID: art, Props: map[string]any{"title": "Article " + art, "source": "bench", "published": day}},
		},
		Edges: []graph.Edge{
			event("MET_WITH", "Person", p1, "Person", p2, true, "s0:0-40"),
			event("PLEDGED", "Country", c1, "Country", c2, false, "s1:0-50"),
			event("VISITED", "Person", p1, "Country", c2, false, "s2:0-30"),
			event("PRAISED", "Person", p2, "Country", c1, false, "s3:0-60"),
			{Kind: "REPRESENTS", Key: graph.StructuralKey("REPRESENTS", p1, c1, ""), FromLabel: "Person", From: p1, ToLabel: "Country", To: c1,
				Props: map[string]any{"title": "Minister"}, Evidence: ev("s0:0-10")},
			{Kind: "MENTIONS", Key: graph.StructuralKey("MENTIONS", art, c1, ""), FromLabel: "Article", From: art, ToLabel: "Country", To: c1, Props: map[string]any{"count": 1}},
			{Kind: "MENTIONS", Key: graph.StructuralKey("MENTIONS", art, c2, ""), FromLabel: "Article", From: art, ToLabel: "Country", To: c2, Props: map[string]any{"count": 1}},
		},
	}
}

// BenchQuery is a typical read for benchmarks over ArticleBatch data: the
// events between two dates, newest first.
const BenchQuery = "MATCH (a)-[r]->(b) WHERE r.date >= $from AND r.date <= $until " +
	"RETURN r.kind AS kind, a.id AS src, b.id AS dst, r.date AS date, size(r.articles) AS n ORDER BY date DESC, kind, src LIMIT 50"

// BenchWrite writes one article-sized batch per iteration to a store with the
// schema applied, and reports batches per second.
func BenchWrite(b *testing.B, st graph.Store) {
	ctx := context.Background()
	// Warm up: the first write compiles every statement.
	if err := st.Write(ctx, ArticleBatch(0)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.Write(ctx, ArticleBatch(i+1)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "batches/s")
}

// BenchWriteBatched writes articles ArticleBatch-sized, per articles per
// Write (as an ingest batches them), and reports articles and edges per
// second.
func BenchWriteBatched(b *testing.B, st graph.Store, per int) {
	ctx := context.Background()
	if err := st.Write(ctx, ArticleBatch(0)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	edges := 0
	for i := 0; i < b.N; i++ {
		bs := make([]graph.Batch, per)
		for j := range bs {
			bs[j] = ArticleBatch(1 + i*per + j)
			edges += len(bs[j].Edges)
		}
		if err := st.Write(ctx, Merge(bs...)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*per)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(edges)/b.Elapsed().Seconds(), "edges/s")
}

// BenchQueryRange runs BenchQuery (a date-range read) over 1000 written
// batches, and reports queries per second.
func BenchQueryRange(b *testing.B, st graph.Store) {
	ctx := context.Background()
	for i := 0; i < 1000; i++ {
		if err := st.Write(ctx, ArticleBatch(i)); err != nil {
			b.Fatal(err)
		}
	}
	params := map[string]any{"from": "2025-03-01", "until": "2025-03-31"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := st.Query(ctx, BenchQuery, params, false)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Rows) == 0 {
			b.Fatal("no rows")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}
