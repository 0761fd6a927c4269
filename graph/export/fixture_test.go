package export_test

import (
	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/export"
)

// trickyName has what string escaping must survive: quotes, a backslash,
// a newline, a tab and text outside ASCII.
const trickyName = "O'Brien \"the\" \\ Envoy\nof Côte d'Ivoire\t中"

// fixture is a small fixed subgraph: three countries (one without ISO3),
// two people, a policy, an article; event edges with lists (one sentence
// holds a ";"), a symmetric MET_WITH, an ANNOUNCED (no PLOVER category),
// REPRESENTS and MENTIONS.
func fixture() *export.Graph {
	g := &export.Graph{
		Nodes: []export.Node{
			{Label: "Country", ID: "country:china", Props: map[string]any{"name": "China", "iso2": "CN", "iso3": "CHN"}},
			{Label: "Country", ID: "country:russia", Props: map[string]any{"name": "Russia", "iso2": "RU", "iso3": "RUS"}},
			{Label: "Country", ID: "country:atlantis", Props: map[string]any{"name": "Atlantis"}},
			{Label: "Person", ID: "person:envoy", Props: map[string]any{"name": trickyName, "title": "Envoy"}},
			{Label: "Person", ID: "person:vladimir-putin", Props: map[string]any{"name": "Vladimir Putin", "title": "President", "country": "Russia"}},
			{Label: "Policy", ID: "policy:visa-free", Props: map[string]any{"name": "visa-free regime <test> & more"}},
			{Label: "Article", ID: "a1", Props: map[string]any{"title": "Talks", "published": "2025-11-18"}},
		},
		Edges: []export.Edge{
			{Kind: "PLEDGED", Key: "PLEDGED|country:china|country:russia|2025-11-18", FromLabel: "Country", From: "country:china", ToLabel: "Country", To: "country:russia",
				Props: map[string]any{"date": "2025-11-18", "precision": "day", "year": int64(2025), "what": "deepen \"practical\" cooperation",
					"subject_country": "country:china", "object_country": "country:russia", "cameo": "030", "plover": "AGREE", "tone": "cooperative",
					"articles": []string{"a1", "a2"}, "sentences": []string{"China will act; Russia too.", "Second\nline"},
					"spans": []string{"s0:0-10", "s1:0-5"}, "rules": []string{"ready-to", "will"}, "confidence": 0.75}},
			{Kind: "MET_WITH", Key: "MET_WITH|person:envoy|person:vladimir-putin|2025-11-17", FromLabel: "Person", From: "person:envoy", ToLabel: "Person", To: "person:vladimir-putin",
				Props: map[string]any{"date": "2025-11-17", "year": int64(2025), "subject_country": "country:atlantis", "object_country": "country:russia",
					"cameo": "040", "plover": "CONSULT", "articles": []string{"a1"}, "sentences": []string{"They met."}, "confidence": 1.0}},
			{Kind: "ANNOUNCED", Key: "ANNOUNCED|country:china|policy:visa-free|2025-06-01", FromLabel: "Country", From: "country:china", ToLabel: "Policy", To: "policy:visa-free",
				Props: map[string]any{"date": "2025-06-01", "precision": "month", "year": int64(2025), "subject_country": "country:china", "cameo": "010", "confidence": 0.5}},
			{Kind: "REPRESENTS", Key: "REPRESENTS|person:vladimir-putin|country:russia|2000-05-07", FromLabel: "Person", From: "person:vladimir-putin", ToLabel: "Country", To: "country:russia",
				Props: map[string]any{"title": "President", "term_start": "2000-05-07", "articles": []string{"a1"}}},
			{Kind: "MENTIONS", Key: "MENTIONS|a1|country:china", FromLabel: "Article", From: "a1", ToLabel: "Country", To: "country:china",
				Props: map[string]any{"count": int64(3)}},
		},
	}
	g.Sort()
	return g
}

// trickyBatch is the store form of the same kind of data: written through
// Store.Write, read back with Select.
func trickyBatch() graph.Batch {
	return graph.Batch{
		Nodes: []graph.Node{
			{Label: "Country", ID: "country:china", Props: map[string]any{"name": "China", "iso2": "CN", "iso3": "CHN"}},
			{Label: "Country", ID: "country:russia", Props: map[string]any{"name": "Russia", "iso2": "RU", "iso3": "RUS"}},
			{Label: "Person", ID: "person:o'brien", Props: map[string]any{"name": trickyName, "title": "Envoy\\Special", "country": "China"}},
			{Label: "Policy", ID: "policy:visa-free", Props: map[string]any{"name": "visa-free regime <test> & more"}},
			{Label: "Article", ID: "a1", Props: map[string]any{"title": "Line one\r\nline two", "published": "2025-11-18"}},
		},
		Edges: []graph.Edge{
			{Kind: "PLEDGED", Key: graph.EdgeKey("PLEDGED", "person:o'brien", "country:russia", "2025-11-18", false),
				FromLabel: "Person", From: "person:o'brien", ToLabel: "Country", To: "country:russia",
				Props: map[string]any{"date": "2025-11-18", "precision": "day", "year": 2025, "what": "deepen \"practical\" cooperation; 'more'",
					"subject_country": "country:china", "object_country": "country:russia", "cameo": "030", "plover": "AGREE", "tone": "cooperative"},
				Evidence: []graph.Evidence{
					{Article: "a1", Sentence: "China will act; Russia too.", Span: "s0:0-27", Rule: "will", Confidence: 0.75},
					{Article: "a1", Sentence: "Second\nline with \\ and '", Span: "s1:0-20", Rule: "ready-to", Confidence: 0.5},
				}},
			{Kind: "ANNOUNCED", Key: graph.EdgeKey("ANNOUNCED", "country:china", "policy:visa-free", "2025-06-01", false),
				FromLabel: "Country", From: "country:china", ToLabel: "Policy", To: "policy:visa-free",
				Props:    map[string]any{"date": "2025-06-01", "precision": "month", "year": 2025, "subject_country": "country:china", "cameo": "010"},
				Evidence: []graph.Evidence{{Article: "a1", Sentence: "Tab\there", Span: "s2:0-8", Rule: "announced", Confidence: 1}}},
			{Kind: "REPRESENTS", Key: graph.StructuralKey("REPRESENTS", "person:o'brien", "country:china", "2024-01-01"),
				FromLabel: "Person", From: "person:o'brien", ToLabel: "Country", To: "country:china",
				Props: map[string]any{"title": "Envoy", "term_start": "2024-01-01"}, Evidence: []graph.Evidence{{Article: "a1"}}},
			{Kind: "MENTIONS", Key: graph.StructuralKey("MENTIONS", "a1", "person:o'brien", ""),
				FromLabel: "Article", From: "a1", ToLabel: "Person", To: "person:o'brien", Props: map[string]any{"count": 2}},
		},
	}
}
