package neo4j_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/schema"
)

// dropSchema makes the test database fresh: no nodes, no constraints, no
// indexes but the built-in lookup ones.
func dropSchema(t *testing.T, st graph.Store) {
	t.Helper()
	ctx := context.Background()
	neo4jtest.Clear(t, st)
	res, err := st.Query(ctx, "SHOW CONSTRAINTS YIELD name RETURN name", nil, false)
	require.NoError(t, err)
	for _, r := range res.Rows {
		_, err := st.Query(ctx, "DROP CONSTRAINT `"+r[0].(string)+"` IF EXISTS", nil, true)
		require.NoError(t, err)
	}
	res, err = st.Query(ctx, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", nil, false)
	require.NoError(t, err)
	for _, r := range res.Rows {
		_, err := st.Query(ctx, "DROP INDEX `"+r[0].(string)+"` IF EXISTS", nil, true)
		require.NoError(t, err)
	}
}

// versionNodes returns the version and dirty flag of every SchemaVersion node.
func versionNodes(t *testing.T, st graph.Store) [][]any {
	t.Helper()
	res, err := st.Query(context.Background(), "MATCH (v:SchemaVersion) RETURN v.version, v.dirty", nil, false)
	require.NoError(t, err)
	return res.Rows
}

// TestConcurrentFirstApply: several stores (as several processes would)
// apply the schema to a fresh database at once; every one succeeds and one
// clean version node is left.
func TestConcurrentFirstApply(t *testing.T) {
	st := neo4jtest.Open(t)
	uri := neo4jtest.URI(t)
	const apps = 4
	want := int64(schema.Current().Version)
	for round := 0; round < 3; round++ {
		dropSchema(t, st)
		stores := make([]*neo4j.Store, apps)
		for i := range stores {
			s, err := neo4j.Open(context.Background(), uri, neo4jtest.Options())
			require.NoError(t, err)
			defer s.Close()
			stores[i] = s
		}
		errs := make([]error, apps)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				errs[i] = s.ApplySchema(context.Background(), schema.Current())
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			assert.NoError(t, err, "round %d, application %d", round, i)
		}
		assert.Equal(t, [][]any{{want, false}}, versionNodes(t, st), "round %d", round)
	}
	storeutilReady(t, st)
}

// storeutilReady leaves the database with the schema applied for later tests.
func storeutilReady(t *testing.T, st graph.Store) {
	require.NoError(t, st.ApplySchema(context.Background(), schema.Current()))
}

// TestRepairDuplicateVersions: the two dirty version nodes that two
// concurrent first-time ingests of older bilat versions left are repaired
// into one clean one.
func TestRepairDuplicateVersions(t *testing.T) {
	st := neo4jtest.Open(t)
	ctx := context.Background()
	dropSchema(t, st)
	want := int64(schema.Current().Version)
	for i := 0; i < 2; i++ {
		_, err := st.Query(ctx, "CREATE (:SchemaVersion {id: 'schema', version: $v, dirty: true})", map[string]any{"v": want}, true)
		require.NoError(t, err)
	}
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, int(want), v)
	assert.True(t, dirty)
	assert.Error(t, st.ApplySchema(ctx, schema.Current()))
	require.NoError(t, st.RepairSchema(ctx, schema.Current()))
	assert.Equal(t, [][]any{{want, false}}, versionNodes(t, st))
	require.NoError(t, st.ApplySchema(ctx, schema.Current()))
}

// TestUpgradeCreatesNewIndexes: a database at the previous schema version,
// without the indexes the current one added, gets them from ApplySchema
// (version 2: each country of an event edge alone, and the full-text index
// of its article ids, which the article query calls by name).
func TestUpgradeCreatesNewIndexes(t *testing.T) {
	st := neo4jtest.Open(t)
	ctx := context.Background()
	dropSchema(t, st)
	sc := schema.Current()
	require.NoError(t, st.ApplySchema(ctx, sc))
	added := []string{schema.ArticlesIndex, "met_with_subject_country", "sanctioned_object_country"}
	for _, name := range added {
		_, err := st.Query(ctx, "DROP INDEX `"+name+"`", nil, true)
		require.NoError(t, err, name)
	}
	_, err := st.Query(ctx, "MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.version = $v",
		map[string]any{"v": int64(sc.Version - 1)}, true)
	require.NoError(t, err)

	require.NoError(t, st.ApplySchema(ctx, sc))
	res, err := st.Query(ctx, "SHOW INDEXES YIELD name, type, state RETURN name, type, state", nil, false)
	require.NoError(t, err)
	got := map[string][]any{}
	for _, r := range res.Rows {
		got[r[0].(string)] = r[1:]
	}
	for _, name := range added {
		require.Contains(t, got, name)
	}
	assert.Equal(t, "FULLTEXT", got[schema.ArticlesIndex][0])
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, sc.Version, v)
	assert.False(t, dirty)
}
