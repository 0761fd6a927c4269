package kuzu_test

import (
	"context"
	"testing"

	"github.com/bilatgraph/bilat/graph/storetest"
)

// BenchmarkKuzuWrite writes one article-sized batch per iteration.
func BenchmarkKuzuWrite(b *testing.B) {
	st := openTemp(b)
	defer st.Close()
	storetest.Ready(b, st)
	ctx := context.Background()
	// Warm up: the first write compiles every statement.
	if err := st.Write(ctx, storetest.ArticleBatch(0)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.Write(ctx, storetest.ArticleBatch(i+1)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "batches/s")
}

// BenchmarkKuzuQuery runs a date-range read over 1000 written batches.
func BenchmarkKuzuQuery(b *testing.B) {
	st := openTemp(b)
	defer st.Close()
	storetest.Ready(b, st)
	ctx := context.Background()
	for i := 0; i < 1000; i++ {
		if err := st.Write(ctx, storetest.ArticleBatch(i)); err != nil {
			b.Fatal(err)
		}
	}
	params := map[string]any{"from": "2025-03-01", "until": "2025-03-31"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := st.Query(ctx, storetest.BenchQuery, params, false)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Rows) == 0 {
			b.Fatal("no rows")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}
