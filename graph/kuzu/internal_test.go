package kuzu

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// TestReadOnlyTransaction checks the second line of defence: a write that
// the keyword check misses still fails, inside Kuzu's READ ONLY transaction,
// with graph.ErrReadOnly.
func TestReadOnlyTransaction(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "ro.kuzu"), graph.Options{})
	require.NoError(t, err)
	defer st.Close()
	require.NoError(t, st.exec(ctx, "CREATE NODE TABLE T(id STRING PRIMARY KEY)", nil))

	require.NoError(t, st.begin(ctx, true))
	_, _, err = st.run(ctx, "CREATE (t:T {id: 'x'})", nil)
	require.Error(t, err)
	st.rollback()
	assert.Contains(t, err.Error(), "read-only transaction", "Query maps this text to graph.ErrReadOnly")

	res, err := st.Query(ctx, "MATCH (t:T) RETURN count(*) AS n", nil, false)
	require.NoError(t, err)
	assert.Equal(t, [][]any{{int64(0)}}, res.Rows)
}

func TestQuoteColumns(t *testing.T) {
	in := []string{
		"CREATE NODE TABLE IF NOT EXISTS A(id STRING PRIMARY KEY, label STRING)",
		"CREATE REL TABLE IF NOT EXISTS R(FROM A TO A, key STRING, end STRING, articles STRING[])",
		"CREATE NODE TABLE IF NOT EXISTS B(`id` STRING PRIMARY KEY)",
	}
	want := []string{
		"CREATE NODE TABLE IF NOT EXISTS A(`id` STRING PRIMARY KEY, `label` STRING)",
		"CREATE REL TABLE IF NOT EXISTS R(FROM A TO A, `key` STRING, `end` STRING, `articles` STRING[])",
		"CREATE NODE TABLE IF NOT EXISTS B(`id` STRING PRIMARY KEY)",
	}
	assert.Equal(t, want, quoteColumns(in))
}

func TestClosed(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "c.kuzu"), graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.Close())
	require.NoError(t, st.Close(), "closing twice is harmless")
	_, err = st.Query(ctx, "RETURN 1", nil, false)
	assert.True(t, errors.Is(err, errClosed))
}

func TestCancelled(t *testing.T) {
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.kuzu"), graph.Options{})
	require.NoError(t, err)
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = st.Query(ctx, "RETURN 1", nil, false)
	assert.ErrorIs(t, err, context.Canceled)

	// A long query is interrupted when its context ends.
	ctx, cancel = context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err = st.Query(ctx, "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n", nil, false)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	res, err := st.Query(context.Background(), "RETURN 1 AS one", nil, false)
	require.NoError(t, err, "the store works after an interrupted query")
	assert.Equal(t, [][]any{{int64(1)}}, res.Rows)
}
