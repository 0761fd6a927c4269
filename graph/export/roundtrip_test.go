package export_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/export"
	"github.com/bilatgraph/bilat/graph/storetest"
)

// load runs each statement of a Cypher script (one per line) through
// Store.Query with writes allowed, as cypher-shell would.
func load(t *testing.T, st graph.Store, script string) int {
	t.Helper()
	n := 0
	for _, line := range strings.Split(script, "\n") {
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		_, err := st.Query(context.Background(), line, nil, true)
		require.NoError(t, err, line)
		n++
	}
	return n
}

func script(t *testing.T, g *export.Graph, d export.Dialect) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, export.WriteCypher(&buf, g, d))
	return buf.String()
}

func selectAll(t *testing.T, st graph.Store) *export.Graph {
	t.Helper()
	g, err := export.Select(context.Background(), st, export.Selection{})
	require.NoError(t, err)
	return g
}

// TestCypherRoundTrip is the acceptance test of bilat export --format
// cypher: a graph written to Kuzu, exported as Cypher and loaded into an
// empty store (Kuzu, and Neo4j when NEO4J_URI is set) exports again as
// the same nodes and edges with the same properties, and as the same script.
//
// Two data sets: SampleBatch plus what ingest makes of examples/, whose
// text has no control characters, so the Neo4j and Kuzu scripts are the
// same text and that one script is loaded into both stores; and a batch
// whose strings hold quotes, backslashes, newlines and tabs, which Kuzu
// needs its own dialect for.
func TestCypherRoundTrip(t *testing.T) {
	datasets := []struct {
		name    string
		batches func(t *testing.T) []graph.Batch
		same    bool // the dialects write the same script
	}{
		{"sample and examples", func(t *testing.T) []graph.Batch {
			return append([]graph.Batch{storetest.SampleBatch()}, exampleBatches(t)...)
		}, true},
		{"escaping", func(*testing.T) []graph.Batch {
			return []graph.Batch{storetest.SampleBatch(), trickyBatch()}
		}, false},
	}
	for _, ds := range datasets {
		t.Run(ds.name, func(t *testing.T) {
			src := openKuzu(t)
			write(t, src, ds.batches(t)...)
			want := selectAll(t, src)
			require.NotEmpty(t, want.Nodes)
			require.NotEmpty(t, want.Edges)
			scripts := map[export.Dialect]string{export.Neo4j: script(t, want, export.Neo4j), export.Kuzu: script(t, want, export.Kuzu)}
			neutral := func(s string) string {
				return strings.Replace(strings.Replace(s, "for kuzu", "", 1), "for neo4j", "", 1)
			}
			if ds.same {
				assert.Equal(t, neutral(scripts[export.Neo4j]), neutral(scripts[export.Kuzu]), "text without control characters: one script for both stores")
			} else {
				assert.NotEqual(t, neutral(scripts[export.Neo4j]), neutral(scripts[export.Kuzu]))
			}
			for _, s := range []struct {
				name    string
				open    func(testing.TB) graph.Store
				dialect export.Dialect
			}{{"kuzu", openKuzu, export.Kuzu}, {"neo4j", openNeo4j, export.Neo4j}} {
				t.Run(s.name, func(t *testing.T) {
					dst := s.open(t)
					require.Empty(t, selectAll(t, dst).Nodes, "the target starts empty")
					start := time.Now()
					n := load(t, dst, scripts[s.dialect])
					t.Logf("loaded %d statements into %s in %v", n, s.name, time.Since(start))
					assert.Equal(t, len(want.Nodes)+len(want.Edges), n)
					got := selectAll(t, dst)
					require.Len(t, got.Nodes, len(want.Nodes))
					require.Len(t, got.Edges, len(want.Edges))
					assert.Equal(t, want, got, "same ids, keys, kinds and properties")
					assert.Equal(t, scripts[s.dialect], script(t, got, s.dialect), "exported again: the same script")

					load(t, dst, scripts[s.dialect])
					assert.Equal(t, want, selectAll(t, dst), "running the script twice changes nothing")
				})
			}
		})
	}
}
