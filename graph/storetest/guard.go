package storetest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// testQueryGuards: a query is one statement, a no-break space does not hide
// a write, and file access is refused unless the store allows it.
func testQueryGuards(t *testing.T, st graph.Store) {
	ctx := context.Background()
	Ready(t, st)
	Write(t, st, SampleBatch())
	nodes, edges := count(t, st, countNodes), count(t, st, countEdges)
	for _, write := range []bool{false, true} {
		for _, q := range []string{
			"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
			"MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
			"COMMIT",
		} {
			_, err := st.Query(ctx, q, nil, write)
			assert.Error(t, err, "%q write=%v", q, write)
		}
	}
	_, err := st.Query(ctx, "MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n", nil, false)
	assert.ErrorIs(t, err, graph.ErrReadOnly)
	assert.Equal(t, nodes, count(t, st, countNodes))
	assert.Equal(t, edges, count(t, st, countEdges))

	for _, q := range []string{
		"LOAD FROM '/etc/passwd' RETURN *",
		"LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
		"COPY (MATCH (n) RETURN n.id) TO '/tmp/bilat-guard.csv'",
		"EXPORT DATABASE '/tmp/bilat-guard'",
		"CALL apoc.load.json('file:///etc/passwd')",
		"CALL apoc.export.csv.all('/tmp/bilat-guard.csv', {})",
	} {
		for _, write := range []bool{false, true} {
			_, err := st.Query(ctx, q, nil, write)
			assert.ErrorIs(t, err, graph.ErrFileAccess, q)
		}
	}
	rows := Rows(t, st, countNodes+";", nil)
	assert.Equal(t, [][]any{{nodes}}, rows, "a trailing ';' is fine")
	require.Equal(t, edges, count(t, st, countEdges))
}
