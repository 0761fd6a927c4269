package export

import (
	"context"
	"fmt"

	"github.com/bilatgraph/bilat/graph"
)

// DefaultBatchSize is how many nodes or edges Load writes per transaction.
const DefaultBatchSize = 500

// Batches turns g into store batches of at most size nodes or edges: the
// nodes first, then the edges, so every edge finds its endpoints stored.
// An edge's evidence lists (articles, sentences, spans, rules, confidence)
// become graph.Evidence again, which the store merges as it does on ingest.
func Batches(g *Graph, size int) []graph.Batch {
	if size <= 0 {
		size = DefaultBatchSize
	}
	var out []graph.Batch
	var b graph.Batch
	flush := func() {
		if len(b.Nodes)+len(b.Edges) > 0 {
			out = append(out, b)
			b = graph.Batch{}
		}
	}
	for _, n := range g.Nodes {
		b.Nodes = append(b.Nodes, graph.Node{Label: n.Label, ID: n.ID, Props: n.Props})
		if len(b.Nodes) == size {
			flush()
		}
	}
	flush()
	for i := range g.Edges {
		b.Edges = append(b.Edges, storeEdge(&g.Edges[i]))
		if len(b.Edges) == size {
			flush()
		}
	}
	flush()
	return out
}

// storeEdge is e as graph.Store.Write takes it.
func storeEdge(e *Edge) graph.Edge {
	props := make(map[string]any, len(e.Props))
	lists := map[string][]string{}
	var confidence float64
	for k, v := range e.Props {
		switch k {
		case "articles", "sentences", "spans", "rules":
			lists[k], _ = v.([]string)
		case "confidence":
			switch x := v.(type) {
			case float64:
				confidence = x
			case int64:
				confidence = float64(x)
			}
		default:
			props[k] = v
		}
	}
	var ev []graph.Evidence
	for i, a := range lists["articles"] {
		at := func(name string) string {
			if l := lists[name]; i < len(l) {
				return l[i]
			}
			return ""
		}
		ev = append(ev, graph.Evidence{Article: a, Sentence: at("sentences"), Span: at("spans"), Rule: at("rules"), Confidence: confidence})
	}
	return graph.Edge{Kind: e.Kind, Key: e.Key, FromLabel: e.FromLabel, From: e.From, ToLabel: e.ToLabel, To: e.To, Props: props, Evidence: ev}
}

// Load writes g into st, one transaction per batch of Batches(g, size),
// and returns how many transactions it committed. Loading the same graph
// twice changes nothing, as with ingest. On an error, the batches before
// the failing one stay written.
func Load(ctx context.Context, st graph.Store, g *Graph, size int) (int, error) {
	batches := Batches(g, size)
	for i, b := range batches {
		if err := st.Write(ctx, b); err != nil {
			return i, fmt.Errorf("batch %d of %d: %w", i+1, len(batches), err)
		}
	}
	return len(batches), nil
}
