package coref_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/coref"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
)

// TestResolveAddsTitledHolder checks that a leader named only by a bare
// title comes back as an entity, with the office held on the article's
// date, and only once however often the title recurs.
func TestResolveAddsTitledHolder(t *testing.T) {
	r := resolve(recognize("2023-05-02", "Qatar and Egypt signed a gas accord. The Emir praised the deal. The Emir then left Cairo."))
	require.Len(t, r.Entities, 1, "%+v", r.Entities)
	e := r.Entities[0]
	assert.Equal(t, "person:tamim-bin-hamad-al-thani", e.ID)
	assert.Equal(t, "Qatar", e.Country)
	assert.Equal(t, "Emir", e.Title)
	n := 0
	for _, m := range r.Mentions {
		if m.EntityID == e.ID {
			n++
		}
	}
	assert.Equal(t, 2, n, "both bare titles refer to the emir")
}

// TestResolveNamedHolderIsNotAdded checks that a holder the article names
// is referred to by the recogniser's entity, not added again.
func TestResolveNamedHolderIsNotAdded(t *testing.T) {
	r := resolve(recognize("2023-05-02", "The Emir praised the deal with Egypt. Later Tamim bin Hamad Al Thani flew home to Qatar."))
	assert.Empty(t, r.Entities)
	found := false
	for _, m := range r.Mentions {
		found = found || (m.Text == "The Emir" && m.EntityID == "person:tamim-bin-hamad-al-thani")
	}
	assert.True(t, found)
}

// longArticle is an article of n invented paragraphs, each with people,
// countries, an organization and nominals that refer back to them.
func longArticle(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Chinese President Xi Jinping met Russian President Vladimir Putin in round %d of talks. ", i)
		b.WriteString("The Chinese president said the bloc of BRICS would grow, and the Russian leader agreed. ")
		b.WriteString("Brazil joined later; the South American country said its government backed the alliance. ")
		b.WriteString("He thanked his counterpart, and both sides signed a plan. ")
	}
	return b.String()
}

// BenchmarkResolveLongArticle resolves articles of 100 and 1,000
// paragraphs: the time per paragraph should not grow with the length.
func BenchmarkResolveLongArticle(b *testing.B) {
	r := coref.New(gazetteer.Default())
	for _, n := range []int{100, 1000} {
		in := recognize("2023-05-02", longArticle(n))
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				r.Resolve(in.a, in.sents, in.ents, in.ments)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/paragraph")
		})
	}
}
