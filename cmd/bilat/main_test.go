package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bilat runs the CLI in-process and returns stdout, stderr and the exit status.
func bilat(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), append([]string{"bilat"}, args...), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestVersion(t *testing.T) {
	out, _, code := bilat(t, "version")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "schema version")
}

func TestSchemaPrintsDDL(t *testing.T) {
	out, _, code := bilat(t, "schema", "--print")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "CREATE NODE TABLE IF NOT EXISTS Country")
	out, _, code = bilat(t, "--store", "neo4j://127.0.0.1:1", "schema", "--print")
	require.Equal(t, 0, code, "printing the DDL connects to nothing")
	assert.Contains(t, out, "CREATE CONSTRAINT country_id IF NOT EXISTS")
}

// TestUnreachableNeo4jIsOneLine: with no Neo4j listening, one line that names
// the address, and a non-zero exit.
func TestUnreachableNeo4jIsOneLine(t *testing.T) {
	start := time.Now()
	for _, args := range [][]string{
		{"--store", "neo4j://127.0.0.1:1", "schema"},
		{"schema", "--store", "neo4j://127.0.0.1:1"},
		{"ask", "pledges", "--from", "China", "--to", "Russia", "--store", "bolt://127.0.0.1:1"},
	} {
		out, errOut, code := bilat(t, args...)
		assert.NotEqual(t, 0, code, args)
		assert.Empty(t, out)
		assert.Equal(t, 1, strings.Count(strings.TrimRight(errOut, "\n"), "\n")+1, "one line: %q", errOut)
		assert.Contains(t, errOut, "127.0.0.1:1")
	}
	assert.Less(t, time.Since(start), 30*time.Second)
}

func TestUnknownCommandArguments(t *testing.T) {
	_, errOut, code := bilat(t, "ingest")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "name at least one file")
}

var summary = regexp.MustCompile(`ingested (\d+) articles? \((\d+) new, (\d+) already stored\): (\d+) entit(?:y|ies), (\d+) relations?; (\d+) failed`)

func counts(t *testing.T, store string) (nodes, edges string) {
	t.Helper()
	n, _, code := bilat(t, "--store", store, "query", "--format", "csv", "MATCH (n) WHERE n.label IS NOT NULL RETURN count(*) AS n")
	require.Equal(t, 0, code)
	e, _, code := bilat(t, "--store", store, "query", "--format", "csv", "MATCH (a)-[r]->(b) RETURN count(*) AS n")
	require.Equal(t, 0, code)
	return n, e
}

// TestIngestTwiceChangesNothing: bilat ingest examples/ twice gives the same
// node and edge counts.
func TestIngestTwiceChangesNothing(t *testing.T) {
	store := filepath.Join(t.TempDir(), "twice.kuzu")
	out, errOut, code := bilat(t, "--store", store, "ingest", "../../examples")
	require.Equal(t, 0, code, errOut)
	m := summary.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	assert.Equal(t, "12", m[1])
	n1, e1 := counts(t, store)
	_, _, code = bilat(t, "--store", store, "ingest", "../../examples")
	require.Equal(t, 0, code)
	n2, e2 := counts(t, store)
	assert.Equal(t, n1, n2)
	assert.Equal(t, e1, e2)
	assert.NotEqual(t, "n\n0\n", n1)
}

// TestBadInputs: each bad input is named with its file (and line), the other
// files are ingested, the exit status says some failed, and what was stored
// before is still there.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "date 2025-05-08\nRussian President Vladimir Putin held talks with Chinese President Xi Jinping in Moscow on Thursday.\n"
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	write("a-good.txt", []byte(good))
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2})
	write("latin1.txt", []byte("date 2025-01-01\nCaf\xe9 diplomacy\n"))
	write("empty.txt", nil)
	write("nodate.txt", []byte("Putin met Xi in Moscow.\n"))
	write("mixed.jsonl", []byte(`{"id":"j1","published":"2025-09-02","text":"Vladimir Putin and Xi Jinping held talks in Beijing on Tuesday."}`+"\n"+`{"id": broken`+"\n"))
	big := write("huge.txt", nil)
	require.NoError(t, os.Truncate(big, 51<<20))

	store := filepath.Join(t.TempDir(), "bad.kuzu")
	out, errOut, code := bilat(t, "--store", store, "ingest", dir)
	assert.Equal(t, 1, code)
	for _, want := range []string{"binary.txt", "latin1.txt", "empty.txt", "nodate.txt", "mixed.jsonl:2", "huge.txt"} {
		assert.Contains(t, errOut, want)
	}
	m := summary.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	assert.Equal(t, "2", m[1], "the good file and the good JSON line are ingested")

	// What was stored survives a later failing run.
	before, _ := counts(t, store)
	_, _, code = bilat(t, "--store", store, "ingest", filepath.Join(dir, "empty.txt"))
	assert.Equal(t, 1, code)
	after, _ := counts(t, store)
	assert.Equal(t, before, after)
}

func TestAskUnknownNameSuggests(t *testing.T) {
	store := filepath.Join(t.TempDir(), "ask.kuzu")
	_, errOut, code := bilat(t, "--store", store, "ingest", "../../examples")
	require.Equal(t, 0, code, errOut)
	_, errOut, code = bilat(t, "--store", store, "ask", "pledges", "--from", "Chna", "--to", "Russia")
	assert.Equal(t, 2, code, "a name to change is a usage error")
	assert.Contains(t, errOut, "did you mean China")
	out, errOut, code := bilat(t, "--store", store, "ask", "pledges", "--from", "China", "--to", "Russia", "--year", "2025")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2025-11-18")
	assert.Contains(t, out, "China")
	_, errOut, code = bilat(t, "--store", store, "ask", "nosuch")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown query")
	out, _, code = bilat(t, "ask", "--list")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "pledges")
}

func TestQueryIsReadOnlyUnlessWrite(t *testing.T) {
	store := filepath.Join(t.TempDir(), "ro.kuzu")
	_, _, code := bilat(t, "schema", "--store", store)
	require.Equal(t, 0, code)
	_, errOut, code := bilat(t, "--store", store, "query", "CREATE (c:Country {id: 'country:x', label: 'Country', name: 'X'})")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "--write")
	_, errOut, code = bilat(t, "--store", store, "query", "--write", "CREATE (c:Country {id: 'country:x', label: 'Country', name: 'X'})")
	assert.Equal(t, 0, code, errOut)
	out, _, _ := bilat(t, "--store", store, "query", "--param", "id=country:x", "MATCH (c:Country) WHERE c.id = $id RETURN c.name AS name")
	assert.Contains(t, out, "X")
	// Flags after the statement work too.
	out, errOut, code = bilat(t, "query", "--store", store, "MATCH (c:Country) WHERE c.id = $id RETURN c.name AS name", "--param", "id=country:x", "--format", "csv")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "name\nX\n", out)
}

func TestExtractPrintsGuidelineJSON(t *testing.T) {
	out, errOut, code := bilat(t, "extract", "../../examples/2025-11-18-li-qiang-moscow.txt")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"relation":"MET_WITH"`)
	assert.Contains(t, out, `"country":"China"`)
}
