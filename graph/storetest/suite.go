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

// Suite is the contract every graph.Store must pass. A backend's test builds
// one and calls Run.
type Suite struct {
	// Open returns a fresh, empty store (no schema applied). The suite
	// closes it; Open may register cleanups with t for anything else.
	Open func(t *testing.T) graph.Store
}

// Run runs every contract test as a subtest.
func (s Suite) Run(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*testing.T, graph.Store)
	}{
		{"ApplySchemaTwice", testApplySchemaTwice},
		{"SchemaNewerOrDirty", testSchemaNewerOrDirty},
		{"SchemaOlderUpgraded", testSchemaOlderUpgraded},
		{"WriteSameBatchTwice", testWriteSameBatchTwice},
		{"EvidenceUnion", testEvidenceUnion},
		{"MissingEndpoint", testMissingEndpoint},
		{"InvalidBatch", testInvalidBatch},
		{"ReadBack", testReadBack},
		{"DateRange", testDateRange},
		{"ReadOnly", testReadOnly},
		{"QueryGuards", testQueryGuards},
		{"RepairSchema", testRepairSchema},
		{"Symmetric", testSymmetric},
		{"Values", testValues},
		{"ManyArticlesInOneBatch", testManyArticles},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := s.Open(t)
			t.Cleanup(func() { _ = st.Close() })
			tc.fn(t, st)
		})
	}
	t.Run("BulkEqualsIncremental", func(t *testing.T) {
		inc, bulk := s.Open(t), s.Open(t)
		t.Cleanup(func() { _ = inc.Close(); _ = bulk.Close() })
		bw, ok := bulk.(graph.BulkWriter)
		if !ok {
			t.Skip("this store has no bulk loader: its bulk ingest is Write in larger batches")
		}
		testBulkEqualsIncremental(t, inc, bulk, bw)
	})
	t.Run("BatchedEqualsOneByOne", func(t *testing.T) {
		one, many := s.Open(t), s.Open(t)
		t.Cleanup(func() { _ = one.Close(); _ = many.Close() })
		testBatchedEqualsOneByOne(t, one, many)
	})
}

// Ready applies the current schema to st, failing t on error.
func Ready(t testing.TB, st graph.Store) {
	t.Helper()
	require.NoError(t, st.ApplySchema(context.Background(), schema.Current()))
}

// Rows runs a query, failing t on error, and returns its rows.
func Rows(t testing.TB, st graph.Store, cypher string, params map[string]any) [][]any {
	t.Helper()
	res, err := st.Query(context.Background(), cypher, params, false)
	require.NoError(t, err, cypher)
	return res.Rows
}

// Write writes b, failing t on error.
func Write(t testing.TB, st graph.Store, b graph.Batch) {
	t.Helper()
	require.NoError(t, st.Write(context.Background(), b))
}

// Queries that run unchanged on every store. Nodes carry their label as the
// label property and edges their kind as the kind property, and the
// SchemaVersion node has no label, which keeps it out.
const (
	countNodes = "MATCH (n) WHERE n.label IS NOT NULL RETURN count(*) AS n"
	countEdges = "MATCH (a)-[r]->(b) RETURN count(*) AS n"
	allNodes   = "MATCH (n) WHERE n.label IS NOT NULL RETURN n.label AS label, n.id AS id, n AS node ORDER BY label, id"
	allEdges   = "MATCH (a)-[r]->(b) RETURN r.kind AS kind, r.key AS key, a.id AS src, b.id AS dst, r AS edge ORDER BY kind, key"
)

func count(t *testing.T, st graph.Store, cypher string) int64 {
	t.Helper()
	rows := Rows(t, st, cypher, nil)
	require.Len(t, rows, 1)
	n, ok := rows[0][0].(int64)
	require.True(t, ok, "count is %T, want int64", rows[0][0])
	return n
}

func testApplySchemaTwice(t *testing.T, st graph.Store) {
	ctx := context.Background()
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, graph.NilVersion, v, "a fresh store has no version")
	assert.False(t, dirty)

	want := schema.Current().Version
	require.NoError(t, st.ApplySchema(ctx, schema.Current()))
	v, dirty, err = st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, v)
	assert.False(t, dirty)

	require.NoError(t, st.ApplySchema(ctx, schema.Current()), "applying the same schema twice is a no-op")
	v, dirty, err = st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, v)
	assert.False(t, dirty)
	Write(t, st, SampleBatch())
	assert.Equal(t, int64(6), count(t, st, countNodes))
}

func testSchemaNewerOrDirty(t *testing.T, st graph.Store) {
	ctx := context.Background()
	Ready(t, st)
	want := schema.Current().Version
	set := "MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.version = $version, v.dirty = $dirty"

	_, err := st.Query(ctx, set, map[string]any{"version": int64(want + 1), "dirty": false}, true)
	require.NoError(t, err)
	err = st.ApplySchema(ctx, schema.Current())
	var se *graph.SchemaError
	require.True(t, errors.As(err, &se), "want *graph.SchemaError for a newer stored version, got %v", err)
	assert.Equal(t, want+1, se.Stored)
	assert.Equal(t, want, se.Wanted)
	assert.False(t, se.Dirty)
	v, _, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want+1, v, "a refused apply changes nothing")

	_, err = st.Query(ctx, set, map[string]any{"version": int64(want), "dirty": true}, true)
	require.NoError(t, err)
	err = st.ApplySchema(ctx, schema.Current())
	require.True(t, errors.As(err, &se), "want *graph.SchemaError for a dirty store, got %v", err)
	assert.True(t, se.Dirty)
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, v)
	assert.True(t, dirty)
}

// testSchemaOlderUpgraded: a store that recorded the previous version (and
// holds data) is brought up to the current one by ApplySchema, data kept.
func testSchemaOlderUpgraded(t *testing.T, st graph.Store) {
	ctx := context.Background()
	Ready(t, st)
	Write(t, st, SampleBatch())
	want := schema.Current().Version
	_, err := st.Query(ctx, "MATCH (v:SchemaVersion) WHERE v.id = 'schema' SET v.version = $version",
		map[string]any{"version": int64(want - 1)}, true)
	require.NoError(t, err)
	require.NoError(t, st.ApplySchema(ctx, schema.Current()), "an older version is upgraded")
	v, dirty, err := st.SchemaVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, v)
	assert.False(t, dirty)
	assert.Equal(t, int64(6), count(t, st, countNodes))
}

func testWriteSameBatchTwice(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())
	nodes, edges := Rows(t, st, allNodes, nil), Rows(t, st, allEdges, nil)
	require.Len(t, nodes, 6)
	require.Len(t, edges, 7)

	Write(t, st, SampleBatch())
	assert.Equal(t, nodes, Rows(t, st, allNodes, nil), "nodes after writing the batch again")
	assert.Equal(t, edges, Rows(t, st, allEdges, nil), "edges after writing the batch again")
}

func testEvidenceUnion(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())
	Write(t, st, SecondArticle("xinhua-2"))
	q := "MATCH (a)-[r]->(b) WHERE r.kind = 'MET_WITH' RETURN r.articles AS articles, r.rules AS rules, r.confidence AS confidence"
	rows := Rows(t, st, q, nil)
	require.Len(t, rows, 1, "one MET_WITH edge")
	assert.Equal(t, []any{SampleArticle, "xinhua-2"}, rows[0][0])
	assert.Equal(t, []any{"met-with", "held-talks"}, rows[0][1])
	assert.Equal(t, 0.99, rows[0][2], "confidence is the highest")

	Write(t, st, SecondArticle("xinhua-2"))
	Write(t, st, SampleBatch())
	rows = Rows(t, st, q, nil)
	require.Len(t, rows, 1)
	assert.Equal(t, []any{SampleArticle, "xinhua-2"}, rows[0][0], "the same article again adds nothing")
}

func testMissingEndpoint(t *testing.T, st graph.Store) {
	Ready(t, st)
	b := SampleBatch()
	b.Nodes = b.Nodes[:1] // china, and an edge from an article that does not exist
	b.Edges = []graph.Edge{
		{Kind: "MENTIONS", Key: "self", FromLabel: "Article", From: "none", ToLabel: "Country", To: "china"},
	}
	err := st.Write(context.Background(), b)
	require.Error(t, err)
	assert.ErrorIs(t, err, graph.ErrNotFound)
	assert.Equal(t, int64(0), count(t, st, countNodes), "a failed write stores nothing")

	// The first edge can be written, the second cannot: neither stays.
	Write(t, st, graph.Batch{Nodes: SampleBatch().Nodes[:2]})
	b = SampleBatch()
	b.Nodes = nil
	b.Edges = []graph.Edge{b.Edges[4], {Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "china", ToLabel: "Country", To: "atlantis"}}
	err = st.Write(context.Background(), b)
	assert.ErrorIs(t, err, graph.ErrNotFound)
	assert.Contains(t, err.Error(), "atlantis", "the error names the missing node")
	assert.Equal(t, int64(0), count(t, st, countEdges), "a failed write stores no edge")
	assert.Equal(t, int64(2), count(t, st, countNodes))
}

func testInvalidBatch(t *testing.T, st graph.Store) {
	Ready(t, st)
	for name, b := range map[string]graph.Batch{
		"unknown label":    {Nodes: []graph.Node{{Label: "Planet", ID: "mars"}}},
		"unknown property": {Nodes: []graph.Node{{Label: "Country", ID: "x", Props: map[string]any{"colour": "red"}}}},
		"wrong type":       {Nodes: []graph.Node{{Label: "Country", ID: "x", Props: map[string]any{"name": 3}}}},
		"label injection":  {Nodes: []graph.Node{{Label: "Country {id: 'x'}) DETACH DELETE n //", ID: "x"}}},
		"kind not allowed": {Nodes: SampleBatch().Nodes, Edges: []graph.Edge{{Kind: "SIGNED", Key: "k",
			FromLabel: "Country", From: "china", ToLabel: "Country", To: "russia"}}},
	} {
		assert.Error(t, st.Write(context.Background(), b), name)
	}
	assert.Equal(t, int64(0), count(t, st, countNodes))
}

func testReadBack(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())
	rows := Rows(t, st, "MATCH (p:Person)-[r]->(c:Country) WHERE p.id = $id AND r.kind = $kind "+
		"RETURN p.name AS name, c.id AS country, r.title AS title, r.term_start AS start, r.articles AS articles",
		map[string]any{"id": "li-qiang", "kind": "REPRESENTS"})
	require.Equal(t, [][]any{{"Li Qiang", "china", "Premier", "2023-03-11", []any{SampleArticle}}}, rows)

	rows = Rows(t, st, "MATCH (a)-[r]->(b) WHERE r.key = $key "+
		"RETURN r.articles AS articles, r.sentences AS sentences, r.spans AS spans, r.rules AS rules, "+
		"r.confidence AS confidence, r.year AS year, r.what AS what",
		map[string]any{"key": graph.EdgeKey("PLEDGED", "china", "russia", SampleDay2, false)})
	require.Len(t, rows, 1)
	assert.Equal(t, []any{
		[]any{SampleArticle},
		[]any{"China is ready to work with Russia to deepen practical cooperation, Li said."},
		[]any{"s2:0-76"}, []any{"ready-to"}, 0.7, int64(2025), "deepen practical cooperation",
	}, rows[0])

	rows = Rows(t, st, "MATCH (n:Country) WHERE n.id = $id RETURN n", map[string]any{"id": "china"})
	require.Len(t, rows, 1)
	assert.Equal(t, map[string]any{"_label": "Country", "id": "china", "label": "Country",
		"name": "China", "iso2": "CN", "iso3": "CHN"}, rows[0][0])

	rows = Rows(t, st, "MATCH (a:Article)-[r]->(c:Country) WHERE a.id = $id RETURN c.id AS country, r.count AS n ORDER BY country",
		map[string]any{"id": SampleArticle})
	assert.Equal(t, [][]any{{"china", int64(2)}, {"russia", int64(2)}}, rows)
}

func testDateRange(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())
	q := "MATCH (a)-[r]->(b) WHERE r.date >= $from AND r.date <= $until " +
		"RETURN r.date AS date, r.kind AS kind, a.id AS src, b.id AS dst ORDER BY date, kind"
	rows := Rows(t, st, q, map[string]any{"from": SampleDay1, "until": SampleDay2})
	assert.Equal(t, [][]any{
		{SampleDay1, "ATTENDED", "li-qiang", SampleEvent},
		{SampleDay1, "VISITED", "li-qiang", "russia"},
		{SampleDay2, "MET_WITH", "li-qiang", "vladimir-putin"},
		{SampleDay2, "PLEDGED", "china", "russia"},
	}, rows)
	rows = Rows(t, st, q, map[string]any{"from": SampleDay2, "until": "2025-12-31"})
	assert.Len(t, rows, 2)
	rows = Rows(t, st, q, map[string]any{"from": "2024-01-01", "until": "2024-12-31"})
	assert.Empty(t, rows)
	rows = Rows(t, st, "MATCH (a)-[r]->(b) WHERE r.kind = 'PLEDGED' RETURN a.id, b.id, r.date ORDER BY r.date", nil)
	assert.Equal(t, [][]any{{"china", "russia", SampleDay2}}, rows)
}

func testReadOnly(t *testing.T, st graph.Store) {
	ctx := context.Background()
	Ready(t, st)
	create := "CREATE (n:Country {id: 'x', label: 'Country', name: 'X'})"
	_, err := st.Query(ctx, create, nil, false)
	assert.ErrorIs(t, err, graph.ErrReadOnly)
	for _, q := range []string{
		"MATCH (n:Country) SET n.name = 'Y'",
		"MATCH (n) DETACH DELETE n",
		"MERGE (n:Country {id: 'x'})",
	} {
		_, err := st.Query(ctx, q, nil, false)
		assert.ErrorIs(t, err, graph.ErrReadOnly, q)
	}
	assert.Equal(t, int64(0), count(t, st, countNodes))

	rows := Rows(t, st, "MATCH (n) WHERE n.name = 'CREATE (x)' OR n.name = $set RETURN count(*) AS n", map[string]any{"set": "SET"})
	assert.Equal(t, [][]any{{int64(0)}}, rows, "write words in strings and parameter names are fine")

	_, err = st.Query(ctx, create, nil, true)
	require.NoError(t, err)
	assert.Equal(t, int64(1), count(t, st, countNodes))
}

func testSymmetric(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())        // Li met Putin
	Write(t, st, SecondArticle("x-2")) // Putin met Li, same day
	rows := Rows(t, st, "MATCH (a)-[r]->(b) WHERE r.kind = 'MET_WITH' "+
		"RETURN a.id AS src, b.id AS dst, r.subject_country AS sc, r.object_country AS oc, size(r.articles) AS n", nil)
	// The store keeps a symmetric edge in id order whatever order it was
	// written in, swapping the subject and object countries with it.
	assert.Equal(t, [][]any{{"li-qiang", "vladimir-putin", "china", "russia", int64(2)}}, rows)

	rows = Rows(t, st, "MATCH (a:Person)-[r]-(b:Person) WHERE a.id = $id AND r.kind = 'MET_WITH' RETURN b.id AS other",
		map[string]any{"id": "vladimir-putin"})
	assert.Equal(t, [][]any{{"li-qiang"}}, rows, "an undirected pattern finds it from either side")
}

func testValues(t *testing.T, st graph.Store) {
	Ready(t, st)
	Write(t, st, SampleBatch())
	rows := Rows(t, st, "MATCH (n:Country) WHERE n.id = $id "+
		"RETURN n.name AS s, 1 AS i, 0.5 AS f, true AS b, null AS z, [n.iso2, n.iso3] AS l, size(n.name) AS len",
		map[string]any{"id": "russia"})
	assert.Equal(t, [][]any{{"Russia", int64(1), 0.5, true, nil, []any{"RU", "RUS"}, int64(6)}}, rows)

	rows = Rows(t, st, "MATCH (a)-[r]->(b) WHERE r.kind = 'VISITED' RETURN r", nil)
	require.Len(t, rows, 1)
	edge, ok := rows[0][0].(map[string]any)
	require.True(t, ok, "a relationship is a map, got %T", rows[0][0])
	assert.Equal(t, "VISITED", edge["_label"])
	assert.Equal(t, int64(2025), edge["year"])
	assert.Equal(t, []any{SampleArticle}, edge["articles"])

	// Empty values never overwrite stored ones.
	Write(t, st, graph.Batch{Nodes: []graph.Node{{Label: "Country", ID: "russia", Props: map[string]any{"name": "", "iso2": nil}}}})
	rows = Rows(t, st, "MATCH (n:Country) WHERE n.id = 'russia' RETURN n.name AS name, n.iso2 AS iso2", nil)
	assert.Equal(t, [][]any{{"Russia", "RU"}}, rows)
}

// Merge returns the batches as one, in order, as an ingest that writes many
// articles per transaction does.
func Merge(bs ...graph.Batch) graph.Batch {
	var out graph.Batch
	for _, b := range bs {
		out.Nodes = append(out.Nodes, b.Nodes...)
		out.Edges = append(out.Edges, b.Edges...)
	}
	return out
}

func testManyArticles(t *testing.T, st graph.Store) {
	Ready(t, st)
	// Two articles reporting the same meeting in one batch: one edge with
	// both pieces of evidence, as when they are written one at a time.
	Write(t, st, Merge(SampleBatch(), SecondArticle("xinhua-2"), SecondArticle("xinhua-2")))
	q := "MATCH (a)-[r]->(b) WHERE r.kind = 'MET_WITH' RETURN r.articles AS articles, r.rules AS rules, r.confidence AS confidence"
	rows := Rows(t, st, q, nil)
	require.Len(t, rows, 1, "one MET_WITH edge")
	assert.Equal(t, []any{SampleArticle, "xinhua-2"}, rows[0][0])
	assert.Equal(t, []any{"met-with", "held-talks"}, rows[0][1])
	assert.Equal(t, 0.99, rows[0][2])
	nodes, edges := Rows(t, st, allNodes, nil), Rows(t, st, allEdges, nil)

	// Writing the same articles again, together or apart, changes nothing.
	Write(t, st, Merge(SecondArticle("xinhua-2"), SampleBatch()))
	Write(t, st, SampleBatch())
	assert.Equal(t, nodes, Rows(t, st, allNodes, nil))
	assert.Equal(t, edges, Rows(t, st, allEdges, nil))

	// A batch whose last article is bad stores none of its articles.
	bad := SecondArticle("xinhua-3")
	bad.Edges = append(bad.Edges, graph.Edge{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "china", ToLabel: "Country", To: "atlantis"})
	err := st.Write(context.Background(), Merge(SecondArticle("xinhua-4"), bad))
	assert.ErrorIs(t, err, graph.ErrNotFound)
	assert.Equal(t, nodes, Rows(t, st, allNodes, nil))
	assert.Equal(t, edges, Rows(t, st, allEdges, nil))
}

// testBatchedEqualsOneByOne writes 300 synthetic articles into one store one
// at a time and into the other in batches of 100 (overlapping the first
// ones again), and compares every node and edge.
func testBatchedEqualsOneByOne(t *testing.T, one, many graph.Store) {
	Ready(t, one)
	Ready(t, many)
	const n = 300
	for i := 0; i < n; i++ {
		Write(t, one, ArticleBatch(i))
	}
	for start := 0; start < n; start += 100 {
		var bs []graph.Batch
		for i := max(0, start-10); i < start+100; i++ {
			bs = append(bs, ArticleBatch(i))
		}
		Write(t, many, Merge(bs...))
	}
	assert.Equal(t, Rows(t, one, allNodes, nil), Rows(t, many, allNodes, nil))
	assert.Equal(t, Rows(t, one, allEdges, nil), Rows(t, many, allEdges, nil))
	assert.Equal(t, count(t, one, countEdges), count(t, many, countEdges))
}

// testBulkEqualsIncremental writes the same batches with Write into one
// store and with WriteBulk into the other: first into an empty store, then
// batches that overlap what is stored (edges to merge, nodes to update),
// then SampleBatch and SecondArticle, whose sentences hold commas and quotes.
func testBulkEqualsIncremental(t *testing.T, inc, bulk graph.Store, bw graph.BulkWriter) {
	Ready(t, inc)
	Ready(t, bulk)
	ctx := context.Background()
	// 1100 articles: enough new rows in some groups for a store to use its
	// loader; then 220 that overlap them.
	var batches []graph.Batch
	for _, r := range [][2]int{{0, 1100}, {1080, 1300}} {
		var bs []graph.Batch
		for i := r[0]; i < r[1]; i++ {
			bs = append(bs, ArticleBatch(i))
		}
		batches = append(batches, Merge(bs...))
	}
	second := SecondArticle("xinhua-2")
	second.Edges[0].Evidence[0].Sentence = "Putin said: \"we agreed, again\", and [then] left;\nthe end."
	batches = append(batches, SampleBatch(), Merge(second, SampleBatch()))
	for _, b := range batches {
		Write(t, inc, b)
		require.NoError(t, bw.WriteBulk(ctx, b))
	}
	assert.Equal(t, Rows(t, inc, allNodes, nil), Rows(t, bulk, allNodes, nil))
	assert.Equal(t, Rows(t, inc, allEdges, nil), Rows(t, bulk, allEdges, nil))

	// A batch with a missing endpoint loads nothing.
	bad := SecondArticle("xinhua-9")
	bad.Edges = append(bad.Edges, graph.Edge{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "china", ToLabel: "Country", To: "atlantis"})
	assert.ErrorIs(t, bw.WriteBulk(ctx, bad), graph.ErrNotFound)
	assert.Equal(t, Rows(t, inc, allEdges, nil), Rows(t, bulk, allEdges, nil))
}
