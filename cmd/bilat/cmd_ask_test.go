package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/queries"
)

var (
	examplesOnce  sync.Once
	examplesStore string
)

// examplesKuzu is a Kuzu store holding examples/, built once per test run.
func examplesKuzu(t *testing.T) string {
	t.Helper()
	examplesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "bilat-ask-")
		require.NoError(t, err)
		examplesStore = filepath.Join(dir, "ex.kuzu")
		_, errOut, code := bilat(t, "--store", examplesStore, "ingest", "../../examples")
		require.Equal(t, 0, code, errOut)
	})
	return examplesStore
}

// onStores runs check with the location of a store holding examples/: a
// Kuzu store, and the test Neo4j server when there is one.
func onStores(t *testing.T, check func(t *testing.T, store string)) {
	t.Run("kuzu", func(t *testing.T) { check(t, examplesKuzu(t)) })
	t.Run("neo4j", func(t *testing.T) {
		st := neo4jtest.Open(t)
		neo4jtest.Clear(t, st)
		uri := neo4jtest.URI(t)
		_, errOut, code := bilat(t, "--store", uri, "ingest", "../../examples")
		require.Equal(t, 0, code, errOut)
		check(t, uri)
	})
}

func oneLineErr(t *testing.T, errOut string) {
	t.Helper()
	assert.Equal(t, 1, strings.Count(strings.TrimRight(errOut, "\n"), "\n")+1, "one line: %q", errOut)
}

// TestAskNamesThroughAliases: a country by any name people write, a leader
// by family name, a person where a country is wanted, close matches ranked
// by edit distance.
func TestAskNamesThroughAliases(t *testing.T) {
	onStores(t, func(t *testing.T, store string) {
		for _, us := range []string{"US", "us", "U.S.", "the United States", "United States", "USA"} {
			out, errOut, code := bilat(t, "--store", store, "ask", "leaders", "--country", us)
			require.Equal(t, 0, code, "%s: %s", us, errOut)
			assert.Contains(t, out, "Donald Trump", us)
		}
		out, errOut, code := bilat(t, "--store", store, "ask", "neighbourhood", "--actor", "Xi")
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "Vladimir Putin")
		_, errOut, code = bilat(t, "--store", store, "ask", "pledges", "--from", "Li Qiang", "--to", "Russia")
		assert.Equal(t, 2, code)
		oneLineErr(t, errOut)
		assert.Contains(t, errOut, "Li Qiang represents China; did you mean --from China?")
		_, errOut, _ = bilat(t, "--store", store, "ask", "pledges", "--from", "Xi", "--to", "Russia")
		assert.Contains(t, errOut, "Xi Jinping represents China")
		assert.NotContains(t, errOut, "Mexico")
		_, errOut, _ = bilat(t, "--store", store, "ask", "neighbourhood", "--actor", "Xo")
		assert.NotContains(t, errOut, "Mexico", "Xo is no near miss of Mexico")
		_, errOut, _ = bilat(t, "--store", store, "ask", "pledges", "--from", "Rusia", "--to", "China")
		assert.Contains(t, errOut, "did you mean Russia?")
	})
}

// TestAskValidatesParameters: each bad value is one line naming the
// parameter, exit status 2, the same on both stores.
func TestAskValidatesParameters(t *testing.T) {
	onStores(t, func(t *testing.T, store string) {
		for _, c := range []struct {
			args []string
			want string
		}{
			{[]string{"pledges", "--from", "China", "--to", "Russia", "--year", "25"}, `--year: "25" is not a year`},
			{[]string{"pledges", "--from", "China", "--to", "Russia", "--year", "twenty"}, `--year: "twenty" is not a whole number`},
			{[]string{"timeline", "--a", "China", "--b", "Russia", "--since", "2025-13-01"}, `--since: "2025-13-01" is not a calendar date`},
			{[]string{"timeline", "--a", "China", "--b", "Russia", "--until", "2025-02-30"}, `--until: "2025-02-30" is not a calendar date`},
			{[]string{"partners", "--country", "Russia", "--limit", "-1"}, "--limit: -1 is not a count"},
			{[]string{"partners", "--country", "Russia", "--limit", "-5"}, "--limit: -5 is not a count"},
			{[]string{"partners", "--country", "Russia", "--limit", "0"}, "--limit: 0 is not a count"},
			{[]string{"path", "--a", "China", "--b", "Beijing"}, "--a and --b both name China"},
			{[]string{"timeline", "--a", "China", "--b", "Russia", "--sinse", "2025"}, "did you mean --since?"},
			{[]string{"pledges", "--to", "Russia"}, "--from is required"},
			{[]string{"pledges", "--from", "China", "--to", "Russia", "--format", "xml"}, `--format "xml": use table, json or csv`},
		} {
			out, errOut, code := bilat(t, append([]string{"--store", store, "ask"}, c.args...)...)
			assert.Equal(t, 2, code, "%v: %s", c.args, errOut)
			assert.Empty(t, out)
			oneLineErr(t, errOut)
			assert.Contains(t, errOut, c.want, c.args)
		}
		out, errOut, code := bilat(t, "--store", store, "ask", "partners", "--country", "Russia", "--limit", "1")
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "(1 row)")
	})
}

// TestAskTables: a table names articles by title (JSON keeps the id), fits
// the terminal's width with cells cut by "…", prints in full with --wide,
// and counts "1 row".
func TestAskTables(t *testing.T) {
	store := examplesKuzu(t)
	t.Setenv("COLUMNS", "100")
	js, errOut, code := bilat(t, "--store", store, "ask", "evidence", "--a", "China", "--b", "Russia", "--kind", "VISITED", "--format", "json")
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `"articles": \[\s*"[0-9a-f]{16}"`, js, "JSON keeps article ids")
	out, errOut, code := bilat(t, "--store", store, "ask", "evidence", "--a", "China", "--b", "Russia", "--kind", "VISITED")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Xi and Putin", "the title of the article of 2025-05-07")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	cut := false
	for _, l := range lines {
		assert.LessOrEqual(t, len([]rune(l)), 100, l)
		cut = cut || strings.Contains(l, "…")
	}
	assert.True(t, cut, "long sentences are cut to fit:\n%s", out)
	wide, _, code := bilat(t, "--store", store, "ask", "evidence", "--a", "China", "--b", "Russia", "--kind", "VISITED", "--wide")
	require.Equal(t, 0, code)
	assert.NotContains(t, wide, "…")
	assert.Contains(t, wide, "Chinese President Xi Jinping")
	out, _, _ = bilat(t, "--store", store, "ask", "leaders", "--country", "Russia", "--at", "2025-05-08")
	assert.Contains(t, out, "Vladimir Putin")
	out, _, _ = bilat(t, "--store", store, "ask", "path", "--a", "Li Qiang", "--b", "Kim Jong Un")
	assert.Contains(t, out, "(1 row)")
	assert.NotContains(t, out, "rows")
}

// TestAskWarmsTheAlternativeItRuns: before the store is open, the names
// guessed from the gazetteer select the statement the resolved ids will
// (a leader, a family name, an organization, countries); a name the
// gazetteer lacks leaves the plain text.
func TestAskWarmsTheAlternativeItRuns(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, examplesKuzu(t), graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer st.Close()
	q, err := queries.Get("evidence")
	require.NoError(t, err)
	require.NotEmpty(t, q.Alternatives["kuzu"], "evidence has Kuzu alternatives")
	for _, raw := range []map[string]string{
		{"a": "Xi Jinping", "b": "Putin"},
		{"a": "China", "b": "Vladimir Putin"},
		{"a": "China", "b": "Russia"},
		{"a": "the US", "b": "Shanghai Cooperation Organization"},
		{"a": "Moscow", "b": "Xi"},
	} {
		params, err := askParams(q, raw, func() (*nameIndex, error) { return loadNames(ctx, st) })
		require.NoError(t, err, "%v", raw)
		assert.Equal(t, q.For("kuzu", params), askStatements(q, "kuzu", raw)[0], "%v", raw)
	}
	assert.Equal(t, q.Text, askStatements(q, "kuzu", map[string]string{"a": "Nobody Known", "b": "Russia"})[0])
	assert.Equal(t, q.For("neo4j", nil), askStatements(q, "neo4j", map[string]string{"a": "Xi Jinping", "b": "Putin"})[0])
}
