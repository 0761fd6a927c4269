package ingest_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/schema"
)

// exampleArticles reads examples/ once per benchmark.
func exampleArticles(b *testing.B) []article.Article {
	var arts []article.Article
	errs := reader.Walk([]string{filepath.Join("..", "examples")}, func(a article.Article) error {
		arts = append(arts, a)
		return nil
	})
	require.Empty(b, errs)
	return arts
}

// BenchmarkExtractExamples measures extraction alone over the example
// articles: one op is one article.
func BenchmarkExtractExamples(b *testing.B) {
	p := newPipeline(b)
	arts := exampleArticles(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p.Extract(arts[i%len(arts)])
		i++
	}
}

// BenchmarkIngestKuzu measures what `bilat ingest` does per article on the
// embedded store: extract, build the batch, write it in one transaction.
// Each op writes a new article (a distinct id), so the store grows as it
// would over a real feed.
func BenchmarkIngestKuzu(b *testing.B) {
	p := newPipeline(b)
	arts := exampleArticles(b)
	ctx := context.Background()
	st, err := kuzu.Open(ctx, filepath.Join(b.TempDir(), "bench.kuzu"), graph.Options{})
	require.NoError(b, err)
	defer st.Close()
	require.NoError(b, st.ApplySchema(ctx, schema.Current()))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := arts[i%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		if err := st.Write(ctx, p.Batch(p.Extract(a))); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
