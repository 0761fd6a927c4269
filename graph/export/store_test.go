package export_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/graph/storetest"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
)

// openKuzu returns an empty Kuzu store with the schema applied, in
// t.TempDir(), closed when t ends.
func openKuzu(t testing.TB) graph.Store {
	t.Helper()
	st, err := kuzu.Open(context.Background(), filepath.Join(t.TempDir(), "bilat.kuzu"), graph.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	storetest.Ready(t, st)
	return st
}

// openNeo4j returns the test Neo4j server's database, emptied, with the
// schema applied. It skips t when NEO4J_URI is not set (fails it under
// BILAT_REQUIRE_NEO4J=1); neo4jtest makes test processes take turns.
func openNeo4j(t testing.TB) graph.Store {
	t.Helper()
	st := neo4jtest.Open(t)
	storetest.Ready(t, st)
	return st
}

// stores are the backends every store test runs on.
var stores = []struct {
	name string
	open func(testing.TB) graph.Store
}{
	{"kuzu", openKuzu},
	{"neo4j", openNeo4j},
}

var (
	examplesOnce    sync.Once
	examplesBatches []graph.Batch
	examplesErr     []error
)

// exampleBatches returns what bilat ingest writes for the articles in
// examples/ at the top of the repository.
func exampleBatches(t testing.TB) []graph.Batch {
	t.Helper()
	examplesOnce.Do(func() {
		p, err := ingest.New()
		if err != nil {
			examplesErr = []error{err}
			return
		}
		examplesErr = reader.Walk([]string{"../../examples"}, func(a article.Article) error {
			examplesBatches = append(examplesBatches, p.Batch(p.Extract(a)))
			return nil
		})
	})
	require.Empty(t, examplesErr)
	require.NotEmpty(t, examplesBatches)
	return examplesBatches
}

func write(t testing.TB, st graph.Store, batches ...graph.Batch) {
	t.Helper()
	for _, b := range batches {
		storetest.Write(t, st, b)
	}
}
