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

// TestLoad is the acceptance test of bilat load: a graph written to Kuzu,
// exported as a Cypher script (either dialect) or as JSON, read back and
// loaded into an empty store (Kuzu, and Neo4j when NEO4J_URI is set) in
// batches exports again as the same nodes and edges with the same
// properties; loading it twice changes nothing; the examples load in
// under 5 s.
func TestLoad(t *testing.T) {
	datasets := []struct {
		name    string
		batches func(t *testing.T) []graph.Batch
	}{
		{"sample and examples", func(t *testing.T) []graph.Batch {
			return append([]graph.Batch{storetest.SampleBatch()}, exampleBatches(t)...)
		}},
		{"escaping", func(*testing.T) []graph.Batch {
			return []graph.Batch{storetest.SampleBatch(), trickyBatch()}
		}},
	}
	for _, ds := range datasets {
		t.Run(ds.name, func(t *testing.T) {
			src := openKuzu(t)
			write(t, src, ds.batches(t)...)
			want := selectAll(t, src)
			require.NotEmpty(t, want.Edges)
			files := map[string]struct {
				format string
				text   []byte
			}{
				"cypher-neo4j": {"cypher", []byte(script(t, want, export.Neo4j))},
				"cypher-kuzu":  {"cypher", []byte(script(t, want, export.Kuzu))},
			}
			var js bytes.Buffer
			require.NoError(t, export.WriteJSON(&js, want))
			files["json"] = struct {
				format string
				text   []byte
			}{"json", js.Bytes()}
			for name, f := range files {
				g, err := export.Read(bytes.NewReader(f.text), f.format, name)
				require.NoError(t, err)
				assert.Equal(t, want.Nodes, g.Nodes, "%s read back", name)
				assert.Equal(t, want.Edges, g.Edges, "%s read back", name)
				for _, s := range stores {
					t.Run(name+"/"+s.name, func(t *testing.T) {
						// A first, untimed load into a scratch store: a Neo4j
						// server that has just started spends seconds planning
						// and compiling the first statements of each shape.
						start := time.Now()
						_, err := export.Load(context.Background(), s.open(t), g, 50)
						require.NoError(t, err)
						cold := time.Since(start)
						dst := s.open(t)
						require.Empty(t, selectAll(t, dst).Nodes, "the target starts empty")
						start = time.Now()
						n, err := export.Load(context.Background(), dst, g, 50)
						took := time.Since(start)
						require.NoError(t, err)
						t.Logf("loaded %d nodes and %d edges from %s into %s in %d transactions, %v (first load %v)", len(g.Nodes), len(g.Edges), name, s.name, n, took, cold)
						assert.Less(t, took, 5*time.Second)
						assert.Equal(t, (len(g.Nodes)+49)/50+(len(g.Edges)+49)/50, n, "one transaction per batch of 50")
						got := selectAll(t, dst)
						assert.Equal(t, want.Nodes, got.Nodes)
						assert.Equal(t, want.Edges, got.Edges)
						_, err = export.Load(context.Background(), dst, g, 0)
						require.NoError(t, err)
						again := selectAll(t, dst)
						assert.Equal(t, want.Edges, again.Edges, "loading twice changes nothing")
					})
				}
			}
		})
	}
}

// TestReadErrors: a line that is not what bilat export writes is one error
// naming the file and line.
func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ format, text, want string }{
		{"cypher", "// c\nMERGE (n:Country {`id`: 'country:x'}) SET n.`label` = 'Country';\nCREATE (n:Foo);\n", "f:3: not a statement bilat export writes: want MERGE (a node) or MATCH (an edge)"},
		{"cypher", "MERGE (n:Country {`id`: 'x\n", "f:1: not a statement bilat export writes: unterminated string"},
		{"cypher", "MATCH (a:Country {`id`: 'a'}), (b:Country {`id`: 'b'}) MERGE (a)-[r:PLEDGED {`key`: 'k'}]->(b) SET r.`kind` = 'PLEDGED';\n", `f: edge PLEDGED "k": endpoint Country "a" is not among the nodes`},
		{"json", `{"nodes": [{"label": "Country"}]}`, "f: node 1 has no id or label"},
		{"json", `[1, 2`, "f: not bilat's JSON export"},
		{"plover", ``, `f: cannot read format "plover"`},
	} {
		_, err := export.Read(strings.NewReader(tc.text), tc.format, "f")
		require.Error(t, err, tc.text)
		assert.Contains(t, err.Error(), tc.want)
	}
}
