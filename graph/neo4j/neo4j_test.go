package neo4j_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/graph/storetest"
)

func TestSuite(t *testing.T) {
	neo4jtest.URI(t)
	storetest.Suite{Open: func(t *testing.T) graph.Store { return neo4jtest.Open(t) }}.Run(t)
}

func TestOpenNothingListening(t *testing.T) {
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		start := time.Now()
		_, err := graph.Open(context.Background(), uri, graph.Options{})
		took := time.Since(start)
		require.Error(t, err, uri)
		msg := err.Error()
		t.Log(msg)
		assert.NotContains(t, msg, "\n", "one line")
		assert.Contains(t, msg, uri, "names the address")
		assert.Contains(t, msg, "is Neo4j running?")
		assert.True(t, errors.Is(err, graph.ErrUnavailable))
		assert.Less(t, took, 10*time.Second)
	}
}

func TestOpenHidesCredentials(t *testing.T) {
	_, err := neo4j.Open(context.Background(), "bolt://someone:s3cret@127.0.0.1:1", graph.Options{})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "s3cret")
	assert.True(t, strings.Contains(err.Error(), "bolt://someone@127.0.0.1:1") || strings.Contains(err.Error(), "bolt://127.0.0.1:1"), err.Error())
}

func TestReadOnlyIsServerSide(t *testing.T) {
	st := neo4jtest.Open(t)
	storetest.Ready(t, st)
	// A write the store does not scan for: the server refuses it in a read session.
	_, err := st.Query(context.Background(), "CALL db.createLabel('Scratch')", nil, false)
	assert.ErrorIs(t, err, graph.ErrReadOnly)
}

func TestUnreadableQueryIsOneLine(t *testing.T) {
	st := neo4jtest.Open(t)
	_, err := st.Query(context.Background(), "MATCH (n RETURN n", nil, false)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n")
	t.Log(err)
}
