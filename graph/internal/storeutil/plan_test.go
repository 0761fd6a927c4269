package storeutil

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

func TestPrepareCoercesAndMerges(t *testing.T) {
	p, err := Prepare(schema.Current(), graph.Batch{
		Nodes: []graph.Node{
			{Label: "Country", ID: "china", Props: map[string]any{"name": "China", "iso2": "", "iso3": nil}},
			{Label: "Country", ID: "china", Props: map[string]any{"iso2": "CN"}},
		},
		Edges: []graph.Edge{
			{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "china", ToLabel: "Country", To: "russia",
				Props:    map[string]any{"year": 2025, "date": "2025-11-18", "what": ""},
				Evidence: []graph.Evidence{{Article: "a1", Span: "s0:0-1"}}},
			{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "china", ToLabel: "Country", To: "russia",
				Evidence: []graph.Evidence{{Article: "a2", Span: "s0:0-1"}}},
		},
	})
	require.NoError(t, err)
	require.Len(t, p.Nodes, 1)
	assert.Equal(t, map[string]any{"name": "China", "iso2": "CN"}, p.Nodes[0].Props)
	require.Len(t, p.Edges, 1)
	assert.Equal(t, map[string]any{"year": int64(2025), "date": "2025-11-18"}, p.Edges[0].Props)
	assert.Len(t, p.Edges[0].Evidence, 2)
	assert.Equal(t, []string{"articles", "sentences", "spans", "rules", "confidence"}, p.Edges[0].EvidenceProps)
}

func TestPrepareSymmetric(t *testing.T) {
	p, err := Prepare(schema.Current(), graph.Batch{Edges: []graph.Edge{{
		Kind: "MET_WITH", Key: graph.EdgeKey("MET_WITH", "putin", "li", "2025-11-18", true),
		FromLabel: "Person", From: "putin", ToLabel: "Country", To: "li",
		Props: map[string]any{"subject_country": "russia", "object_country": "china"},
	}}})
	require.NoError(t, err)
	e := p.Edges[0]
	assert.Equal(t, []string{"Country", "li", "Person", "putin"}, []string{e.FromLabel, e.From, e.ToLabel, e.To})
	assert.Equal(t, map[string]any{"subject_country": "china", "object_country": "russia"}, e.Props)
}

func TestPrepareStructuralEvidence(t *testing.T) {
	p, err := Prepare(schema.Current(), graph.Batch{Edges: []graph.Edge{{
		Kind: "REPRESENTS", Key: "k", FromLabel: "Person", From: "li", ToLabel: "Country", To: "china",
		Evidence: []graph.Evidence{{Article: "a1", Sentence: "s", Span: "s0:0-1", Rule: "r", Confidence: 1}},
	}}})
	require.NoError(t, err)
	e := p.Edges[0]
	assert.Equal(t, []string{"articles"}, e.EvidenceProps)
	assert.Equal(t, []graph.Evidence{{Article: "a1"}}, e.Evidence, "fields REPRESENTS does not store are blanked")
	stored := StoredEvidence(map[string]any{"articles": []any{"a1"}})
	assert.Equal(t, map[string]any{"articles": []string{"a1"}}, e.EvidenceValues(graph.MergeEvidence(stored, e.Evidence)),
		"the same article again adds nothing")
}

func TestPrepareRejects(t *testing.T) {
	country := func(props map[string]any) graph.Batch {
		return graph.Batch{Nodes: []graph.Node{{Label: "Country", ID: "x", Props: props}}}
	}
	edge := func(e graph.Edge) graph.Batch { return graph.Batch{Edges: []graph.Edge{e}} }
	pledge := graph.Edge{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "a", ToLabel: "Country", To: "b"}
	withProps := func(e graph.Edge, props map[string]any) graph.Edge { e.Props = props; return e }
	tests := map[string]graph.Batch{
		"unknown label":       {Nodes: []graph.Node{{Label: "Planet", ID: "x"}}},
		"empty id":            {Nodes: []graph.Node{{Label: "Country"}}},
		"unknown property":    country(map[string]any{"colour": "red"}),
		"reserved property":   country(map[string]any{"label": "Person"}),
		"wrong type":          country(map[string]any{"name": 1}),
		"unknown kind":        edge(graph.Edge{Kind: "LOVES", Key: "k", FromLabel: "Country", From: "a", ToLabel: "Country", To: "b"}),
		"labels not allowed":  edge(graph.Edge{Kind: "SIGNED", Key: "k", FromLabel: "Country", From: "a", ToLabel: "Country", To: "b"}),
		"empty key":           edge(graph.Edge{Kind: "PLEDGED", FromLabel: "Country", From: "a", ToLabel: "Country", To: "b"}),
		"evidence as a prop":  edge(withProps(pledge, map[string]any{"articles": []string{"a"}})),
		"int not integral":    edge(withProps(pledge, map[string]any{"year": 2025.5})),
		"list of non-strings": edge(withProps(pledge, map[string]any{"articles": []any{1}})),
	}
	for name, b := range tests {
		_, err := Prepare(schema.Current(), b)
		assert.Error(t, err, name)
	}
	_, err := Prepare(schema.Current(), graph.Batch{Edges: []graph.Edge{pledge,
		{Kind: "PLEDGED", Key: "k", FromLabel: "Country", From: "a", ToLabel: "Country", To: "c"}}})
	assert.Error(t, err, "one key, two endpoints")
}

func TestNormalize(t *testing.T) {
	big1 := new(big.Int).Lsh(big.NewInt(1), 70)
	tests := []struct{ in, want any }{
		{nil, nil},
		{int32(3), int64(3)},
		{uint8(3), int64(3)},
		{float32(0.5), 0.5},
		{big.NewInt(42), int64(42)},
		{big1, big1.String()},
		{time.Date(2025, 11, 17, 0, 0, 0, 0, time.UTC), "2025-11-17"},
		{time.Date(2025, 11, 17, 10, 30, 0, 0, time.UTC), "2025-11-17T10:30:00Z"},
		{[]any{int16(1), "x", []any{int8(2)}}, []any{int64(1), "x", []any{int64(2)}}},
		{map[string]any{"a": uint32(1)}, map[string]any{"a": int64(1)}},
		{[]string{"a"}, []any{"a"}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Normalize(tc.in), "Normalize(%#v)", tc.in)
	}
	assert.Equal(t, map[string]any{"_label": "Country", "id": "x"},
		NodeMap("Country", map[string]any{"id": "x", "name": nil, "_id": 3}))
	assert.Equal(t, "a b c", OneLine("a\n  b\tc\n"))
}
