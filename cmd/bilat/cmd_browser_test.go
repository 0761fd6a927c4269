package main

import (
	"archive/zip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/queries"
)

// -update rewrites golden files: go test ./cmd/bilat -run Browser -update.
// The flag is registered here unless another test file of the package
// already has one by that name.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files (docs/neo4j-browser/canned-queries.cypher)")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

var browserDocs = filepath.Join("..", "..", "docs", "neo4j-browser")

// TestBrowserStylePrintsTheFile: bilat browser style prints
// docs/neo4j-browser/bilat.grass, byte for byte.
func TestBrowserStylePrintsTheFile(t *testing.T) {
	out, errOut, code := bilat(t, "browser", "style")
	require.Equal(t, 0, code, errOut)
	want, err := os.ReadFile(filepath.Join(browserDocs, "bilat.grass"))
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
}

// TestBrowserQueriesFileIsCurrent: docs/neo4j-browser/canned-queries.cypher
// is what bilat browser queries prints now. After changing a query, run
// go test ./cmd/bilat -run Browser -update.
func TestBrowserQueriesFileIsCurrent(t *testing.T) {
	out, errOut, code := bilat(t, "browser", "queries")
	require.Equal(t, 0, code, errOut)
	path := filepath.Join(browserDocs, "canned-queries.cypher")
	if updating() {
		require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
		t.Logf("rewrote %s", path)
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), out,
		"%s is stale: run go test ./cmd/bilat -run Browser -update and commit it", path)
}

func TestBrowserQueriesByName(t *testing.T) {
	out, errOut, code := bilat(t, "browser", "queries", "pledges")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "// pledges: "), out)
	assert.Contains(t, out, ":param from => \"country:china\";\n")
	assert.Contains(t, out, ":param year => 0;\n")
	assert.Contains(t, out, "MATCH (s)-[r:PLEDGED]->(o)")
	assert.NotContains(t, out, "// name:")

	out, _, code = bilat(t, "browser", "queries", "pledges", "path")
	require.Equal(t, 0, code)
	assert.Contains(t, out, ";\n\n// path: ")
	assert.Contains(t, out, "shortestPath", "the Neo4j text of path, not the Kuzu variant")

	_, errOut, code = bilat(t, "browser", "queries", "nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown query")
	assert.Equal(t, 1, strings.Count(strings.TrimRight(errOut, "\n"), "\n")+1, "one line: %q", errOut)
}

// TestBrowserQueriesZip: --zip writes bilat/NAME.cypher per query and
// bilat/NAME-graph.cypher per graph variant, the scripts bilat browser
// queries NAME prints.
func TestBrowserQueriesZip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bilat.zip")
	_, errOut, code := bilat(t, "browser", "queries", "--zip", path)
	require.Equal(t, 0, code, errOut)
	zr, err := zip.OpenReader(path)
	require.NoError(t, err)
	defer zr.Close()
	all, err := queries.All()
	require.NoError(t, err)
	files := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		got, err := io.ReadAll(rc)
		rc.Close()
		require.NoError(t, err)
		files[f.Name] = string(got)
	}
	graphs := 0
	for _, q := range all {
		want, _, code := bilat(t, "browser", "queries", q.Name)
		require.Equal(t, 0, code)
		got, ok := files["bilat/"+q.Name+".cypher"]
		require.True(t, ok, q.Name)
		if g, ok := files["bilat/"+q.Name+"-graph.cypher"]; ok {
			got += "\n" + g
			graphs++
		}
		assert.Equal(t, want, got, q.Name)
	}
	assert.Equal(t, 4, graphs, "timeline, meetings, neighbourhood and path as graphs")
	assert.Len(t, files, len(all)+graphs)
	_, _, code = bilat(t, "browser", "queries", "--zip", path, "pledges")
	assert.Equal(t, 2, code)
}
