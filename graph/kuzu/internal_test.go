package kuzu

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/storetest"
	"github.com/bilatgraph/bilat/schema"
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
	_, err = st.Query(ctx, "UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y RETURN sum((x * y) % 7) AS n", nil, false)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	res, err := st.Query(context.Background(), "RETURN 1 AS one", nil, false)
	require.NoError(t, err, "the store works after an interrupted query")
	assert.Equal(t, [][]any{{int64(1)}}, res.Rows)
}

// TestUpdateAfterRollback guards the workaround in rollbackWrite: without
// its checkpoint, Kuzu 0.11.3 fails the update after a rolled-back update of
// the same row with "Write-write conflict", or crashes.
func TestUpdateAfterRollback(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "rb.kuzu"), graph.Options{})
	require.NoError(t, err)
	defer st.Close()
	require.NoError(t, st.exec(ctx, "CREATE NODE TABLE C(id STRING PRIMARY KEY, name STRING)", nil))
	for i := 0; i < 60; i++ {
		require.NoError(t, st.begin(ctx, false))
		require.NoError(t, st.exec(ctx, "MERGE (n:C {id: $id}) SET n.name = $name",
			map[string]any{"id": fmt.Sprint("c", i%3), "name": fmt.Sprint("name", i)}), "iteration %d", i)
		if i%2 == 0 {
			st.rollbackWrite()
		} else {
			require.NoError(t, st.commit())
		}
	}
	res, err := st.Query(ctx, "MATCH (n:C) RETURN n.id AS id, n.name AS name ORDER BY id", nil, false)
	require.NoError(t, err)
	assert.Equal(t, [][]any{{"c0", "name57"}, {"c1", "name55"}, {"c2", "name59"}}, res.Rows)
}

// TestWriteCancelled checks that a write cut short by its context stores
// nothing and leaves the store usable.
func TestWriteCancelled(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "wc.kuzu"), graph.Options{})
	require.NoError(t, err)
	defer st.Close()
	require.NoError(t, st.ApplySchema(ctx, schema.Current()))
	for i := 0; i < 40; i++ {
		cctx, cancel := context.WithTimeout(ctx, time.Duration(i)*500*time.Microsecond)
		b := storetest.ArticleBatch(i)
		werr := st.Write(cctx, b)
		cancel()
		res, err := st.Query(ctx, "MATCH (a:Article)-[r]->(c) WHERE a.id = $id RETURN count(*) AS n",
			map[string]any{"id": b.Nodes[4].ID}, false)
		require.NoError(t, err, "iteration %d", i)
		want := int64(2)
		if werr != nil {
			want = 0
		}
		assert.Equal(t, want, res.Rows[0][0], "iteration %d (write error: %v)", i, werr)
	}
}

// TestCheckpointsAreRare checks the checkpoint policy that made ingest
// several times faster: a write of more than the former 5,000-row interval
// leaves its rows in the WAL (no checkpoint, neither ours nor Kuzu's at
// 16 MB of WAL), and closing the store checkpoints them into the file.
func TestCheckpointsAreRare(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ck.kuzu")
	st, err := Open(ctx, path, graph.Options{})
	require.NoError(t, err)
	require.NoError(t, st.ApplySchema(ctx, schema.Current()))
	_, rows, err := st.run(ctx, "CALL current_setting('auto_checkpoint') RETURN *", nil)
	require.NoError(t, err)
	assert.Equal(t, [][]any{{"False"}}, rows)

	var b graph.Batch
	for i := range 3000 {
		id := fmt.Sprintf("p%d", i)
		b.Nodes = append(b.Nodes, graph.Node{Label: "Person", ID: id, Props: map[string]any{"name": id}})
		b.Edges = append(b.Edges, graph.Edge{Kind: "REPRESENTS", Key: "r" + id, FromLabel: "Person", From: id, ToLabel: "Country", To: "c"})
	}
	b.Nodes = append(b.Nodes, graph.Node{Label: "Country", ID: "c", Props: map[string]any{"name": "C"}})
	require.NoError(t, st.Write(ctx, b))
	wal, err := os.Stat(path + ".wal")
	require.NoError(t, err, "the rows wait in the WAL for a later checkpoint")
	assert.Positive(t, wal.Size())

	require.NoError(t, st.Close())
	if wal, err := os.Stat(path + ".wal"); err == nil {
		assert.Zero(t, wal.Size(), "closing checkpoints")
	}
	st, err = Open(ctx, path, graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer st.Close()
	res, err := st.Query(ctx, "MATCH (:Person)-[r:REPRESENTS]->(:Country) RETURN count(r)", nil, false)
	require.NoError(t, err)
	assert.Equal(t, [][]any{{int64(3000)}}, res.Rows)
}
