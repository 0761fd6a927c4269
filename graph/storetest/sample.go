package storetest

import "github.com/bilatgraph/bilat/graph"

// Ids and dates of SampleBatch, for tests that query it.
const (
	SampleArticle = "tass-2025-11-18-li-qiang-moscow"
	SampleEvent   = "sco-heads-of-government-2025"
	SampleDay1    = "2025-11-17"
	SampleDay2    = "2025-11-18"
)

// SampleBatch returns what one article about Li Qiang's November 2025 visit
// to Moscow adds: two countries, two leaders, an event, the article, and
// REPRESENTS, VISITED, ATTENDED, MET_WITH, PLEDGED and MENTIONS edges with
// evidence. Each call returns a new batch the caller may change.
func SampleBatch() graph.Batch {
	art := SampleArticle
	ev := func(span, sentence, rule string, conf float64) []graph.Evidence {
		return []graph.Evidence{{Article: art, Sentence: sentence, Span: span, Rule: rule, Confidence: conf}}
	}
	visit := "Chinese Premier Li Qiang arrived in Moscow on Monday for an official visit to Russia."
	met := "Russian President Vladimir Putin met with Li Qiang in the Kremlin on Tuesday."
	pledge := "China is ready to work with Russia to deepen practical cooperation, Li said."
	return graph.Batch{
		Nodes: []graph.Node{
			{Label: "Country", ID: "china", Props: map[string]any{"name": "China", "iso2": "CN", "iso3": "CHN"}},
			{Label: "Country", ID: "russia", Props: map[string]any{"name": "Russia", "iso2": "RU", "iso3": "RUS"}},
			{Label: "Person", ID: "li-qiang", Props: map[string]any{"name": "Li Qiang", "title": "Premier", "country": "china"}},
			{Label: "Person", ID: "vladimir-putin", Props: map[string]any{"name": "Vladimir Putin", "title": "President", "country": "russia"}},
			{Label: "Event", ID: SampleEvent, Props: map[string]any{"name": "SCO Heads of Government Council", "date": SampleDay1, "place": "Moscow"}},
			{Label: "Article", ID: art, Props: map[string]any{"title": "Li Qiang arrives in Moscow for SCO meeting",
				"url": "https://example.org/tass/li-qiang-moscow", "source": "TASS", "published": SampleDay2}},
		},
		Edges: []graph.Edge{
			{Kind: "REPRESENTS", Key: graph.StructuralKey("REPRESENTS", "li-qiang", "china", "2023-03-11"),
				FromLabel: "Person", From: "li-qiang", ToLabel: "Country", To: "china",
				Props:    map[string]any{"title": "Premier", "term_start": "2023-03-11"},
				Evidence: ev("s0:0-27", visit, "title-of-country", 0.9)},
			{Kind: "VISITED", Key: graph.EdgeKey("VISITED", "li-qiang", "russia", SampleDay1, false),
				FromLabel: "Person", From: "li-qiang", ToLabel: "Country", To: "russia",
				Props: map[string]any{"date": SampleDay1, "precision": "day", "year": 2025,
					"subject_country": "china", "object_country": "russia", "cameo": "042", "plover": "CONSULT", "tone": "cooperative"},
				Evidence: ev("s0:0-84", visit, "arrived-in", 0.8)},
			{Kind: "ATTENDED", Key: graph.EdgeKey("ATTENDED", "li-qiang", SampleEvent, SampleDay1, false),
				FromLabel: "Person", From: "li-qiang", ToLabel: "Event", To: SampleEvent,
				Props:    map[string]any{"date": SampleDay1, "precision": "day", "year": 2025, "subject_country": "china", "cameo": "044", "plover": "CONSULT", "tone": "cooperative"},
				Evidence: ev("s0:0-84", visit, "attended-event", 0.6)},
			{Kind: "MET_WITH", Key: graph.EdgeKey("MET_WITH", "li-qiang", "vladimir-putin", SampleDay2, true),
				FromLabel: "Person", From: "li-qiang", ToLabel: "Person", To: "vladimir-putin",
				Props: map[string]any{"date": SampleDay2, "precision": "day", "year": 2025,
					"subject_country": "china", "object_country": "russia", "cameo": "040", "plover": "CONSULT", "tone": "cooperative"},
				Evidence: ev("s1:0-78", met, "met-with", 0.95)},
			{Kind: "PLEDGED", Key: graph.EdgeKey("PLEDGED", "china", "russia", SampleDay2, false),
				FromLabel: "Country", From: "china", ToLabel: "Country", To: "russia",
				Props: map[string]any{"date": SampleDay2, "precision": "day", "year": 2025, "what": "deepen practical cooperation",
					"subject_country": "china", "object_country": "russia", "cameo": "030", "plover": "AGREE", "tone": "cooperative"},
				Evidence: ev("s2:0-76", pledge, "ready-to", 0.7)},
			{Kind: "MENTIONS", Key: graph.StructuralKey("MENTIONS", art, "china", ""),
				FromLabel: "Article", From: art, ToLabel: "Country", To: "china", Props: map[string]any{"count": 2}},
			{Kind: "MENTIONS", Key: graph.StructuralKey("MENTIONS", art, "russia", ""),
				FromLabel: "Article", From: art, ToLabel: "Country", To: "russia", Props: map[string]any{"count": 2}},
		},
	}
}

// SecondArticle returns a batch from another article (id article) that
// reports the same meeting of Li Qiang and Vladimir Putin as SampleBatch,
// written in the other direction (Putin met Li). Its MET_WITH edge has the
// same key as SampleBatch's, so the store must merge the two.
func SecondArticle(article string) graph.Batch {
	sentence := "Putin held talks with the Chinese premier on Tuesday."
	return graph.Batch{
		Nodes: []graph.Node{
			{Label: "Person", ID: "li-qiang"},
			{Label: "Person", ID: "vladimir-putin"},
			{Label: "Article", ID: article, Props: map[string]any{"title": "Putin, Li hold talks", "source": "Xinhua", "published": SampleDay2}},
		},
		Edges: []graph.Edge{
			{Kind: "MET_WITH", Key: graph.EdgeKey("MET_WITH", "vladimir-putin", "li-qiang", SampleDay2, true),
				FromLabel: "Person", From: "vladimir-putin", ToLabel: "Person", To: "li-qiang",
				Props: map[string]any{"date": SampleDay2, "precision": "day", "year": 2025,
					"subject_country": "russia", "object_country": "china"},
				Evidence: []graph.Evidence{{Article: article, Sentence: sentence, Span: "s0:0-53", Rule: "held-talks", Confidence: 0.99}}},
		},
	}
}
