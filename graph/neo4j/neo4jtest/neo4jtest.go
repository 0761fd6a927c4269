// Package neo4jtest connects tests to the Neo4j server named by NEO4J_URI
// (with NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE if set). Without
// it, tests skip, unless BILAT_REQUIRE_NEO4J=1, which makes them fail.
//
// The tests delete every node and relationship in that database (they drop
// no constraint or index), so point NEO4J_URI at a scratch server such as
// the one `make neo4j-up` starts. Test processes that use it take turns
// through a lock file, since `go test ./...` runs packages in parallel.
package neo4jtest

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j"
)

// SkipMessage is why Neo4j tests skip.
const SkipMessage = "NEO4J_URI not set: start one with `make neo4j-up` or run `make test`"

// URI returns NEO4J_URI, or skips t (fails it under BILAT_REQUIRE_NEO4J=1).
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("BILAT_REQUIRE_NEO4J") == "1" {
			t.Fatal("BILAT_REQUIRE_NEO4J=1 but " + SkipMessage)
		}
		t.Skip(SkipMessage)
	}
	return uri
}

// Options returns the credentials and database from the environment.
func Options() graph.Options {
	return graph.Options{
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// Open connects to the test server, empties its database and returns the
// store, closed when t ends. It skips t when NEO4J_URI is not set.
func Open(t testing.TB) *neo4j.Store {
	t.Helper()
	uri := URI(t)
	lockOnce(t)
	st, err := neo4j.Open(context.Background(), uri, Options())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	Clear(t, st)
	return st
}

// Clear deletes every node and relationship, in batches.
func Clear(t testing.TB, st graph.Store) {
	t.Helper()
	for {
		res, err := st.Query(context.Background(),
			"MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n", nil, true)
		require.NoError(t, err)
		if len(res.Rows) == 0 || res.Rows[0][0] == int64(0) {
			return
		}
	}
}
