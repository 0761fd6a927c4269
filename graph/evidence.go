package graph

// EvidenceLists is the stored form of an edge's evidence: parallel lists, one
// entry per (article, span). Stores keep them as the edge properties
// articles, sentences, spans and rules.
type EvidenceLists struct {
	Articles, Sentences, Spans, Rules []string
	Confidence                        float64
}

// MergeEvidence returns the union of stored evidence and new evidence,
// stored entries first and in their order, new ones appended unless the same
// (article, span) is already there. Confidence is the highest seen. Merging
// the same evidence twice gives the same lists, which keeps writes idempotent.
func MergeEvidence(stored EvidenceLists, add []Evidence) EvidenceLists {
	out := EvidenceLists{
		Articles:   append([]string{}, stored.Articles...),
		Sentences:  append([]string{}, stored.Sentences...),
		Spans:      append([]string{}, stored.Spans...),
		Rules:      append([]string{}, stored.Rules...),
		Confidence: stored.Confidence,
	}
	// Pad short lists so the four stay aligned even if a store was edited by hand.
	for _, l := range []*[]string{&out.Sentences, &out.Spans, &out.Rules} {
		for len(*l) < len(out.Articles) {
			*l = append(*l, "")
		}
	}
	seen := map[[2]string]bool{}
	for i := range out.Articles {
		seen[[2]string{out.Articles[i], out.Spans[i]}] = true
	}
	for _, e := range add {
		k := [2]string{e.Article, e.Span}
		if !seen[k] {
			seen[k] = true
			out.Articles = append(out.Articles, e.Article)
			out.Sentences = append(out.Sentences, e.Sentence)
			out.Spans = append(out.Spans, e.Span)
			out.Rules = append(out.Rules, e.Rule)
		}
		if e.Confidence > out.Confidence {
			out.Confidence = e.Confidence
		}
	}
	return out
}

// Props returns the lists as edge properties.
func (l EvidenceLists) Props() map[string]any {
	return map[string]any{
		"articles":   l.Articles,
		"sentences":  l.Sentences,
		"spans":      l.Spans,
		"rules":      l.Rules,
		"confidence": l.Confidence,
	}
}
