package kuzu_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/graph/storetest"
)

func openTemp(t testing.TB) *kuzu.Store {
	t.Helper()
	st, err := kuzu.Open(context.Background(), filepath.Join(t.TempDir(), "bilat.kuzu"), graph.Options{})
	require.NoError(t, err)
	return st
}

func TestSuite(t *testing.T) {
	storetest.Suite{Open: func(t *testing.T) graph.Store { return openTemp(t) }}.Run(t)
}
