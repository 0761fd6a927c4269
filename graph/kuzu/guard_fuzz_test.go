package kuzu_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/graph/storetest"
)

// guardSeeds are statements that tried to write, or reach files, through
// the read-only query path; DIR stands for a scratch directory.
var guardSeeds = []string{
	"COMMIT;\u00a0MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
	"COMMIT; MATCH (n) DETACH DELETE n",
	"MATCH (n)\u00a0DETACH\u00a0DELETE\u00a0n",
	"match (n) /* */ detach\u2003delete n",
	"ROLLBACK; DROP TABLE Country",
	"DROP\u00a0TABLE Country",
	"MATCH (n) RETURN n; MATCH (m) DELETE m",
	"RETURN 'a\\\\'; MATCH (n) DETACH DELETE n",
	"MATCH (n:Country) SET n.name = 'x'",
	"CREATE (:Country {id: 'x', label: 'Country', name: 'X'})",
	"MERGE (:Country {id: 'x'})",
	"BEGIN TRANSACTION; MATCH (n) DELETE n; COMMIT",
	"ALTER TABLE Country ADD x STRING",
	"COPY (MATCH (n) RETURN n.id) TO 'DIR/out.csv'",
	"copy\u00a0(MATCH (n) RETURN n.id) to 'DIR/out.parquet'",
	"EXPORT DATABASE 'DIR/export'",
	"ATTACH 'DIR/other.kuzu' AS o (dbtype kuzu)",
	"CALL create_fts_index('Country', 'x', ['name'])",
	"CHECKPOINT",
	"MATCH (n) RETURN count(*) // ; DETACH DELETE n",
	"MATCH (n) RETURN count(*);",
}

// FuzzReadOnlyGuard runs fuzzed statements read-only on a Kuzu store
// holding the sample graph, opened read-only (as read commands open it) and
// read-write (as ingest does, with write false): whatever runs, the node
// and edge counts stay as they were and no file appears in the scratch
// directory.
func FuzzReadOnlyGuard(f *testing.F) {
	for _, s := range guardSeeds {
		f.Add(s)
	}
	dir := f.TempDir()
	scratch := filepath.Join(dir, "scratch")
	require.NoError(f, os.Mkdir(scratch, 0o755))
	path := filepath.Join(dir, "guard.kuzu")
	ctx := context.Background()
	st, err := kuzu.Open(ctx, path, graph.Options{})
	require.NoError(f, err)
	storetest.Ready(f, st)
	storetest.Write(f, st, storetest.SampleBatch())
	require.NoError(f, st.Close())

	// A copy for the read-write opening: one process may not hold a
	// database read-only and read-write at once.
	data, err := os.ReadFile(path)
	require.NoError(f, err)
	rwPath := filepath.Join(dir, "guard-rw.kuzu")
	require.NoError(f, os.WriteFile(rwPath, data, 0o644))

	counts := func(t testing.TB, st graph.Store) [2]any {
		n, err := st.Query(ctx, "MATCH (n) RETURN count(*)", nil, false)
		require.NoError(t, err)
		e, err := st.Query(ctx, "MATCH ()-[r]->() RETURN count(*)", nil, false)
		require.NoError(t, err)
		return [2]any{n.Rows[0][0], e.Rows[0][0]}
	}
	var stores []graph.Store
	var before [][2]any
	for _, o := range []struct {
		path     string
		readOnly bool
	}{{path, true}, {rwPath, false}} {
		st, err := kuzu.Open(ctx, o.path, graph.Options{ReadOnly: o.readOnly})
		require.NoError(f, err)
		f.Cleanup(func() { _ = st.Close() })
		stores = append(stores, st)
		before = append(before, counts(f, st))
	}
	f.Fuzz(func(t *testing.T, stmt string) {
		stmt = strings.ReplaceAll(stmt, "DIR", scratch)
		for i, st := range stores {
			_, _ = st.Query(ctx, stmt, nil, false)
			if got := counts(t, st); got != before[i] {
				t.Fatalf("store %d: %q changed the store: nodes and edges %v, were %v", i, stmt, got, before[i])
			}
			if ents, _ := os.ReadDir(scratch); len(ents) > 0 {
				t.Fatalf("store %d: %q wrote %s", i, stmt, ents[0].Name())
			}
		}
	})
}
