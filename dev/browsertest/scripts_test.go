package browsertest

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	neo4jbrowser "github.com/bilatgraph/bilat/docs/neo4j-browser"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/queries"
)

var paramLine = regexp.MustCompile(`^:param ([A-Za-z_][A-Za-z0-9_]*) => (.*);$`)

// TestScriptsAnswerOnNeo4j runs every script of canned-queries.cypher the way
// Browser does, without a browser: each `:param name => expr` is evaluated by
// the server (RETURN expr), then the Cypher runs with those parameters. Over
// the examples every script must answer something, so the example values in
// the file are ones a user can try as they are.
func TestScriptsAnswerOnNeo4j(t *testing.T) {
	st := neo4jtest.Open(t) // skips without NEO4J_URI
	loadExamples(t, st)
	ctx := context.Background()
	all, err := queries.All()
	require.NoError(t, err)
	for _, q := range all {
		t.Run(q.Name, func(t *testing.T) {
			script, err := neo4jbrowser.Script(q, nil)
			require.NoError(t, err)
			params := map[string]any{}
			for _, line := range strings.Split(script, "\n") {
				m := paramLine.FindStringSubmatch(line)
				if m == nil {
					continue
				}
				res, err := st.Query(ctx, "RETURN "+m[2]+" AS v", nil, false)
				require.NoError(t, err, line)
				require.Len(t, res.Rows, 1)
				params[m[1]] = res.Rows[0][0]
			}
			assert.Len(t, params, len(q.Params), "one :param line per parameter")
			res, err := st.Query(ctx, strings.TrimSuffix(cypherOf(script), ";"), params, false)
			require.NoError(t, err)
			assert.NotEmpty(t, res.Rows, "the %s script answers nothing over examples/: pick other example values", q.Name)
			if len(q.Columns) > 0 {
				assert.Equal(t, q.Columns, res.Columns)
			}
		})
	}
}

// TestGraphScriptsDrawOnNeo4j runs every graph script as printed (one
// statement, no parameters) and checks it returns paths over the examples.
func TestGraphScriptsDrawOnNeo4j(t *testing.T) {
	st := neo4jtest.Open(t) // skips without NEO4J_URI
	loadExamples(t, st)
	all, err := queries.All()
	require.NoError(t, err)
	graphs := 0
	for _, q := range all {
		script, ok, err := neo4jbrowser.GraphScript(q, nil)
		require.NoError(t, err)
		if !ok {
			continue
		}
		graphs++
		res, err := st.Query(context.Background(), strings.TrimSuffix(cypherOf(script), ";"), nil, false)
		require.NoError(t, err, q.Name)
		assert.Equal(t, []string{"p"}, res.Columns, q.Name)
		assert.NotEmpty(t, res.Rows, "the %s graph script draws nothing over examples/", q.Name)
	}
	assert.Equal(t, 4, graphs)
}
