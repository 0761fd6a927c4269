package kuzu

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// TestExpect: the statements a read-only Open is told to expect are a hint:
// a write or a statement that does not parse among them changes nothing and
// fails nothing, and each is parsed once per process.
func TestExpect(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warm.kuzu")
	st, err := Open(ctx, path, graph.Options{})
	require.NoError(t, err)
	_, err = st.Query(ctx, "CREATE NODE TABLE T(id STRING PRIMARY KEY)", nil, true)
	require.NoError(t, err)
	require.NoError(t, st.Close())

	write := "CREATE (:T {id: 'written while warming'})"
	bad := "MATCH (t:T RETURN t" // does not parse: the open must not care
	ro, err := Open(ctx, path, graph.Options{ReadOnly: true, Expect: []string{write, bad}})
	require.NoError(t, err)
	res, err := ro.Query(ctx, "MATCH (t:T) RETURN count(*)", nil, false)
	require.NoError(t, err)
	assert.Equal(t, int64(0), res.Rows[0][0])
	require.NoError(t, ro.Close())

	warmMu.Lock()
	assert.True(t, warmed[write] && warmed[bad] && warmed[readVersion], "parsed once: the next Open skips them")
	warmMu.Unlock()
	done := warmParser([]string{write, bad})
	assert.Equal(t, closedChan, done, "nothing left to parse, no scratch database")
}
