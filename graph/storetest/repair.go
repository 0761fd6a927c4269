package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

// testRepairSchema: a dirty version that ApplySchema refuses is finished by
// RepairSchema, which keeps the data; a newer version is still refused.
func testRepairSchema(t *testing.T, st graph.Store) {
	ctx := context.Background()
	Ready(t, st)
	Write(t, st, SampleBatch())
	nodes := count(t, st, countNodes)
	r, ok := st.(graph.SchemaRepairer)
	require.True(t, ok, "%T implements graph.SchemaRepairer", st)
	want := schema.Current().Version
	set := "MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.version = $version, v.dirty = $dirty"

	_, err := st.Query(ctx, set, map[string]any{"version": int64(want), "dirty": true}, true)
	require.NoError(t, err)
	var se *graph.SchemaError
	require.True(t, errors.As(st.ApplySchema(ctx, schema.Current()), &se))
	require.NoError(t, r.RepairSchema(ctx, schema.Current()))
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, v)
	assert.False(t, dirty)
	require.NoError(t, st.ApplySchema(ctx, schema.Current()), "a repaired store applies")
	assert.Equal(t, nodes, count(t, st, countNodes))
	require.NoError(t, r.RepairSchema(ctx, schema.Current()), "repairing a clean store is a no-op")

	_, err = st.Query(ctx, set, map[string]any{"version": int64(want + 1), "dirty": true}, true)
	require.NoError(t, err)
	err = r.RepairSchema(ctx, schema.Current())
	require.True(t, errors.As(err, &se), "a newer version is refused: %v", err)
	assert.Equal(t, want+1, se.Stored)
}
