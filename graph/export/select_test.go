package export_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/export"
	"github.com/bilatgraph/bilat/graph/storetest"
	"github.com/bilatgraph/bilat/schema"
)

func ids(g *export.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	return out
}

func kinds(g *export.Graph) []string {
	var out []string
	for _, e := range g.Edges {
		out = append(out, e.Kind)
	}
	return out
}

// selectCases run on SampleBatch: China, Russia, Li Qiang, Vladimir Putin,
// the SCO event and one article; REPRESENTS (Li→China), VISITED (Li→Russia,
// day 1), ATTENDED (Li→event, day 1), MET_WITH (Li–Putin, day 2), PLEDGED
// (China→Russia, day 2) and two MENTIONS.
var selectCases = []struct {
	name      string
	sel       export.Selection
	nodes     []string // ids in label, id order
	edgeKinds []string // kinds in kind, key order
}{
	{"whole graph", export.Selection{},
		[]string{storetest.SampleArticle, "china", "russia", storetest.SampleEvent, "li-qiang", "vladimir-putin"},
		[]string{"ATTENDED", "MENTIONS", "MENTIONS", "MET_WITH", "PLEDGED", "REPRESENTS", "VISITED"}},
	{"whole graph, one kind", export.Selection{Kinds: []string{"pledged"}},
		[]string{"china", "russia"}, []string{"PLEDGED"}},
	{"whole graph since day 2", export.Selection{Since: storetest.SampleDay2},
		[]string{storetest.SampleArticle, "china", "russia", "li-qiang", "vladimir-putin"},
		[]string{"MENTIONS", "MENTIONS", "MET_WITH", "PLEDGED", "REPRESENTS"}},
	{"actor depth 1", export.Selection{Actor: "vladimir-putin"},
		[]string{"li-qiang", "vladimir-putin"}, []string{"MET_WITH"}},
	{"actor depth 2", export.Selection{Actor: "vladimir-putin", Depth: 2},
		[]string{"china", "russia", storetest.SampleEvent, "li-qiang", "vladimir-putin"},
		[]string{"ATTENDED", "MET_WITH", "PLEDGED", "REPRESENTS", "VISITED"}},
	{"actor depth 1, edges among the outer nodes too", export.Selection{Actor: "china"},
		[]string{"china", "russia", "li-qiang"}, []string{"PLEDGED", "REPRESENTS", "VISITED"}},
	{"actor with articles", export.Selection{Actor: "china", WithArticles: true},
		[]string{storetest.SampleArticle, "china", "russia", "li-qiang"},
		[]string{"MENTIONS", "MENTIONS", "PLEDGED", "REPRESENTS", "VISITED"}},
	{"actor, one kind", export.Selection{Actor: "china", Depth: 3, Kinds: []string{"PLEDGED"}},
		[]string{"china", "russia"}, []string{"PLEDGED"}},
	{"actor until day 1", export.Selection{Actor: "li-qiang", Until: storetest.SampleDay1},
		[]string{"china", "russia", storetest.SampleEvent, "li-qiang"}, []string{"ATTENDED", "REPRESENTS", "VISITED"}},
	{"between", export.Selection{Between: [2]string{"china", "russia"}},
		[]string{"china", "russia", "li-qiang", "vladimir-putin"}, []string{"MET_WITH", "PLEDGED", "REPRESENTS", "VISITED"}},
	{"between, other way round", export.Selection{Between: [2]string{"russia", "china"}},
		[]string{"china", "russia", "li-qiang", "vladimir-putin"}, []string{"MET_WITH", "PLEDGED", "REPRESENTS", "VISITED"}},
	{"between, one kind", export.Selection{Between: [2]string{"china", "russia"}, Kinds: []string{"MET_WITH"}},
		[]string{"li-qiang", "vladimir-putin"}, []string{"MET_WITH"}},
	{"between until day 1", export.Selection{Between: [2]string{"china", "russia"}, Until: storetest.SampleDay1},
		[]string{"china", "russia", "li-qiang"}, []string{"REPRESENTS", "VISITED"}},
	{"between since the day after", export.Selection{Between: [2]string{"china", "russia"}, Since: "2025-11-19"},
		nil, nil},
}

func TestSelect(t *testing.T) {
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			st := s.open(t)
			write(t, st, storetest.SampleBatch())
			ctx := context.Background()
			for _, tc := range selectCases {
				t.Run(tc.name, func(t *testing.T) {
					g, err := export.Select(ctx, st, tc.sel)
					require.NoError(t, err)
					assert.Equal(t, tc.nodes, ids(g))
					assert.Equal(t, tc.edgeKinds, kinds(g))
				})
			}

			g, err := export.Select(ctx, st, export.Selection{Actor: "vladimir-putin"})
			require.NoError(t, err)
			assert.Equal(t, map[string]string{"china": "CHN", "russia": "RUS"}, g.ISO3,
				"country codes of the countries the edges name, though their nodes are not selected")
			require.Len(t, g.Edges, 1)
			e := g.Edges[0]
			assert.Equal(t, "li-qiang", e.From)
			assert.Equal(t, "Person", e.ToLabel)
			assert.Equal(t, []string{storetest.SampleArticle}, e.Props["articles"])
			assert.Equal(t, int64(2025), e.Props["year"])
			assert.Equal(t, 0.95, e.Props["confidence"])
			assert.NotContains(t, e.Props, "key")
			assert.NotContains(t, e.Props, "kind")

			_, err = export.Select(ctx, st, export.Selection{Actor: "nobody"})
			assert.ErrorIs(t, err, graph.ErrNotFound)
		})
	}
}

// TestSelectSameOnBothStores runs the selections on the examples in Kuzu
// and Neo4j and compares the graphs whole.
func TestSelectSameOnBothStores(t *testing.T) {
	n := openNeo4j(t)
	k := openKuzu(t)
	batches := exampleBatches(t)
	write(t, n, batches...)
	write(t, k, batches...)
	ctx := context.Background()
	for _, sel := range []export.Selection{
		{},
		{Actor: "person:vladimir-putin", Depth: 2},
		{Actor: "country:china", Depth: 1, WithArticles: true},
		{Between: [2]string{"country:china", "country:russia"}},
		{Between: [2]string{"country:united-states", "country:china"}, Since: "2025-10-01"},
		{Kinds: []string{"PLEDGED", "MET_WITH"}, Until: "2025-06-30"},
	} {
		want, err := export.Select(ctx, k, sel)
		require.NoError(t, err)
		require.NotEmpty(t, want.Edges, "%+v", sel)
		got, err := export.Select(ctx, n, sel)
		require.NoError(t, err)
		assert.Equal(t, want, got, "%+v", sel)
	}
}

func TestNormalize(t *testing.T) {
	sc := schema.Current()
	sel, err := export.Selection{Kinds: []string{" pledged", "", "MET_WITH"}}.Normalize(sc)
	require.NoError(t, err)
	assert.Equal(t, []string{"PLEDGED", "MET_WITH"}, sel.Kinds)
	assert.Equal(t, 1, sel.Depth)
	for _, tc := range []struct {
		sel  export.Selection
		want string
	}{
		{export.Selection{Actor: "a", Between: [2]string{"b", "c"}}, "not both"},
		{export.Selection{Between: [2]string{"b", ""}}, "two countries"},
		{export.Selection{Between: [2]string{"b", "b"}}, "two different countries"},
		{export.Selection{Actor: "a", Depth: 4}, "depth must be 1 to 3, got 4"},
		{export.Selection{Actor: "a", Depth: -1}, "depth must be 1 to 3"},
		{export.Selection{Kinds: []string{"HUGGED"}}, `unknown edge kind "HUGGED" (known: MET_WITH, PLEDGED`},
		{export.Selection{Since: "2025"}, `"2025" is not a date`},
		{export.Selection{Since: "2025-02-01", Until: "2025-01-01"}, "after"},
	} {
		_, err := tc.sel.Normalize(sc)
		assert.ErrorContains(t, err, tc.want, "%+v", tc.sel)
	}
}
