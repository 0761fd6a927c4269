package kuzu_test

import (
	"testing"

	"github.com/bilatgraph/bilat/graph/storetest"
)

// BenchmarkKuzuWrite writes one article-sized batch per iteration.
func BenchmarkKuzuWrite(b *testing.B) {
	st := openTemp(b)
	defer st.Close()
	storetest.Ready(b, st)
	storetest.BenchWrite(b, st)
}

// BenchmarkKuzuQuery runs a date-range read over 1000 written batches.
func BenchmarkKuzuQuery(b *testing.B) {
	st := openTemp(b)
	defer st.Close()
	storetest.Ready(b, st)
	storetest.BenchQueryRange(b, st)
}

// BenchmarkKuzuWriteBatched writes 200 article-sized batches per Write.
func BenchmarkKuzuWriteBatched(b *testing.B) {
	st := openTemp(b)
	defer st.Close()
	storetest.Ready(b, st)
	storetest.BenchWriteBatched(b, st, 200)
}
