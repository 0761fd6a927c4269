package storetest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// Query is a read query and its parameters, for Differential.
type Query struct {
	Cypher string
	Params map[string]any
}

// DefaultQueries are read queries over SampleBatch that must give the same
// rows on every store. Each orders its rows completely.
func DefaultQueries() []Query {
	return []Query{
		{Cypher: allNodes},
		{Cypher: allEdges},
		{Cypher: "MATCH (a)-[r]->(b) WHERE r.kind = 'PLEDGED' RETURN a.id, b.id, r.date ORDER BY r.date"},
		{Cypher: "MATCH (a)-[r]->(b) WHERE r.date >= $from AND r.date <= $until " +
			"RETURN r.date AS date, r.kind AS kind, a.label AS src_label, a.id AS src, b.id AS dst, r.confidence AS confidence ORDER BY date, kind",
			Params: map[string]any{"from": SampleDay1, "until": SampleDay2}},
		{Cypher: "MATCH (p:Person) OPTIONAL MATCH (p)-[r]->(c:Country) WHERE r.kind = 'REPRESENTS' " +
			"RETURN p.id AS person, coalesce(c.id, 'none') AS country, r.title AS title ORDER BY person"},
		{Cypher: "MATCH (a)-[r]->(b) RETURN r.kind AS kind, count(*) AS n, max(r.confidence) AS best ORDER BY kind"},
		{Cypher: "MATCH (a)-[r]->(b) WHERE r.articles IS NOT NULL RETURN r.kind AS kind, size(r.articles) AS n, r.articles AS articles ORDER BY kind"},
		{Cypher: "MATCH (a:Article)-[r]->(c) WHERE a.id = $id RETURN c.id AS id, r.count AS n ORDER BY id",
			Params: map[string]any{"id": SampleArticle}},
		{Cypher: "MATCH (a)-[r]-(b) WHERE a.id = $id RETURN DISTINCT b.id AS other ORDER BY other",
			Params: map[string]any{"id": "li-qiang"}},
		{Cypher: "MATCH (n) WHERE n.label IN $labels RETURN n.label AS label, count(*) AS n ORDER BY label",
			Params: map[string]any{"labels": []string{"Country", "Person"}}},
		{Cypher: "MATCH (c:Country)<-[r]-(x) WHERE r.kind = $kind RETURN c.name AS name, collect(x.id) AS who ORDER BY name",
			Params: map[string]any{"kind": "VISITED"}},
		{Cypher: "MATCH (a)-[r]->(b) WHERE r.tone = 'cooperative' AND r.year = $year " +
			"RETURN a.id AS src, b.id AS dst, r.kind AS kind ORDER BY kind, src SKIP $skip LIMIT $limit",
			Params: map[string]any{"year": 2025, "skip": 1, "limit": 2}},
		{Cypher: "MATCH (a)-[r:MET_WITH|PLEDGED]->(b) WITH r.kind AS kind, count(*) AS c WHERE c >= 1 RETURN kind, c ORDER BY c DESC, kind"},
		{Cypher: "MATCH (p:Person)-[*1..2]-(c:Country) WHERE p.id = $id RETURN DISTINCT c.id AS country ORDER BY country",
			Params: map[string]any{"id": "vladimir-putin"}},
		{Cypher: "MATCH (a)-[r]->(b) WHERE ($kind IS NULL OR r.kind = $kind) AND any(x IN r.articles WHERE x STARTS WITH 'xin') " +
			"RETURN r.kind AS kind, 'xinhua-2' IN r.articles AS has ORDER BY kind", Params: map[string]any{"kind": nil}},
		{Cypher: "MATCH (p:Person) WHERE p.name STARTS WITH 'Li' OR p.name CONTAINS 'Putin' " +
			"RETURN toLower(p.name) AS lower, EXISTS { MATCH (p)-[]->(:Event) } AS attended ORDER BY lower"},
	}
}

// Differential applies the schema to a and b (two fresh, empty stores),
// writes SampleBatch and SecondArticle to both, and checks that each query
// (DefaultQueries when none are given) returns the same columns and rows
// from both, after normalisation. Queries must order their rows fully.
func Differential(t *testing.T, a, b graph.Store, queries ...Query) {
	t.Helper()
	if len(queries) == 0 {
		queries = DefaultQueries()
	}
	for _, st := range []graph.Store{a, b} {
		Ready(t, st)
		Write(t, st, SampleBatch())
		Write(t, st, SecondArticle("xinhua-2"))
	}
	ctx := context.Background()
	for _, q := range queries {
		ra, err := a.Query(ctx, q.Cypher, q.Params, false)
		require.NoError(t, err, "%s: %s", a.Location(), q.Cypher)
		rb, err := b.Query(ctx, q.Cypher, q.Params, false)
		require.NoError(t, err, "%s: %s", b.Location(), q.Cypher)
		assert.NotEmpty(t, ra.Rows, "no rows, so nothing compared: %s", q.Cypher)
		assert.Equal(t, ra.Columns, rb.Columns, "columns of %s", q.Cypher)
		assert.Equal(t, ra.Rows, rb.Rows, "rows of %s", q.Cypher)
	}
}
