package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// TestCloseReader: a read command's embedded store is closed when run
// returns, unless the process ends right after (exitAfterRun), when it is
// left to the exit.
func TestCloseReader(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.kuzu")
	st, err := graph.Open(ctx, path, graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.Close())

	reader := func() graph.Store {
		st, err := graph.Open(ctx, path, graph.Options{ReadOnly: true})
		require.NoError(t, err)
		return st
	}
	closeReader(reader())
	w, err := graph.Open(ctx, path, graph.Options{})
	require.NoError(t, err, "closed: a writer may open the store")
	require.NoError(t, w.Close())

	exitAfterRun = true
	defer func() { exitAfterRun = false }()
	r := reader()
	closeReader(r)
	_, err = graph.Open(ctx, path, graph.Options{})
	require.Error(t, err, "left open for the exit")
	require.NoError(t, r.Close())
}
