package all_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	_ "github.com/bilatgraph/bilat/graph/all"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/graph/storetest"
)

func TestEverySchemeRegistered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bilat.kuzu")
	st, err := graph.Open(context.Background(), path, graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.Close())
	for _, uri := range []string{"neo4j://127.0.0.1:1", "bolt+ssc://127.0.0.1:1"} {
		_, err := graph.Open(context.Background(), uri, graph.Options{})
		require.ErrorIs(t, err, graph.ErrUnavailable, "a registered scheme that cannot connect, not an unknown one")
	}
}

// TestDifferential checks that Kuzu and Neo4j answer the same queries with
// the same rows.
func TestDifferential(t *testing.T) {
	n := neo4jtest.Open(t)
	k, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "diff.kuzu"), graph.Options{})
	require.NoError(t, err)
	defer k.Close()
	storetest.Differential(t, k, n)
}
