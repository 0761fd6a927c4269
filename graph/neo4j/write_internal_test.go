package neo4j

import (
	"strings"
	"testing"
)

// TestWriteStatementsSkipReplanning: an ingest into a fresh server spent
// most of its first batches replanning the same UNWIND statements as the
// counts grew (48 s -> 7.5 s for 1,500 articles once plans were kept).
func TestWriteStatementsSkipReplanning(t *testing.T) {
	q := edgeStatement("MET_WITH", "Person", "Person", []string{"articles", "confidence"})
	if !strings.HasPrefix(q, "CYPHER replan=skip UNWIND") {
		t.Errorf("edge statement %q does not keep its plan", q)
	}
}
