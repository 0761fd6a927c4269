package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
)

// testLoadCLI exports the China–Russia subgraph of examples/ (in the Kuzu
// store at src) as Cypher and as JSON, loads each with bilat load into an
// empty Kuzu store and into the emptied test Neo4j, and checks that the
// target then exports as the same subgraph, in one process and under 5 s.
func testLoadCLI(t *testing.T, src string) {
	dir := t.TempDir()
	want, errOut, code := bilat(t, "--store", src, "export", "--between", "China", "--and", "Russia", "--format", "json")
	require.Equal(t, 0, code, errOut)
	files := map[string]string{}
	for _, f := range []string{"cypher", "json"} {
		files[f] = filepath.Join(dir, "cn-ru."+f)
		_, errOut, code := bilat(t, "--store", src, "export", "--between", "China", "--and", "Russia", "--format", f, "--out", files[f])
		require.Equal(t, 0, code, errOut)
	}
	targets := []struct {
		name  string
		store func(t *testing.T, format string) string
	}{
		{"kuzu", func(t *testing.T, format string) string { return filepath.Join(dir, format+".kuzu") }},
		{"neo4j", func(t *testing.T, format string) string {
			st := neo4jtest.Open(t) // emptied; closed when t ends
			// A server that has just started spends seconds (a minute
			// on a busy machine) planning the first statements of each
			// shape: load once untimed, then empty it again.
			_, errOut, code := bilat(t, "--store", st.Location(), "load", files[format])
			require.Equal(t, 0, code, errOut)
			neo4jtest.Clear(t, st)
			return st.Location()
		}},
	}
	for _, tg := range targets {
		for _, f := range []string{"cypher", "json"} {
			t.Run(tg.name+"/"+f, func(t *testing.T) {
				store := tg.store(t, f)
				start := time.Now()
				out, errOut, code := bilat(t, "--store", store, "load", files[f])
				took := time.Since(start)
				require.Equal(t, 0, code, errOut)
				t.Logf("%s (%v in all)", strings.TrimSpace(out), took)
				assert.Regexp(t, `^loaded 7 nodes and \d+ edges from .*cn-ru.`+f+` in 2 transactions \(\d+\.\d s\); store `, out)
				assert.Less(t, took, 5*time.Second)
				got, errOut, code := bilat(t, "--store", store, "export", "--format", "json")
				require.Equal(t, 0, code, errOut)
				assert.Equal(t, want, got, "the target holds exactly the subgraph")
			})
		}
	}
	t.Run("errors", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.cypher")
		require.NoError(t, os.WriteFile(bad, []byte("// comment\nDROP TABLE Country;\n"), 0o644))
		store := filepath.Join(dir, "bad.kuzu")
		_, errOut, code := bilat(t, "--store", store, "load", bad)
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, "bilat: load: "+bad+":2: not a statement bilat export writes")
		_, err := os.Stat(store)
		assert.True(t, os.IsNotExist(err), "a file that does not parse creates no store")
		_, errOut, code = bilat(t, "load", "-")
		assert.Equal(t, 2, code)
		assert.Contains(t, errOut, "needs --format")
	})
}
