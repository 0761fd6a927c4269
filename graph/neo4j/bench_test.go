package neo4j_test

import (
	"testing"

	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/graph/storetest"
)

// BenchmarkNeo4jWrite writes one article-sized batch per iteration.
func BenchmarkNeo4jWrite(b *testing.B) {
	st := neo4jtest.Open(b)
	storetest.Ready(b, st)
	storetest.BenchWrite(b, st)
}

// BenchmarkNeo4jQuery runs a date-range read over 1000 written batches.
func BenchmarkNeo4jQuery(b *testing.B) {
	st := neo4jtest.Open(b)
	storetest.Ready(b, st)
	storetest.BenchQueryRange(b, st)
}

// BenchmarkNeo4jWriteBatched writes 200 article-sized batches per Write.
func BenchmarkNeo4jWriteBatched(b *testing.B) {
	st := neo4jtest.Open(b)
	storetest.Ready(b, st)
	storetest.BenchWriteBatched(b, st, 200)
}
