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

// TestResolveAddsTitledHolder checks that a capitalised bare title whose
// holder the article does not name refers to the holder's country, which
// comes back as an entity once however often the title recurs; in lower
// case the usual country is not assumed.
func TestResolveAddsTitledHolder(t *testing.T) {
	r := resolve(recognize("2023-05-02", "The President and German Chancellor Olaf Scholz spoke by phone on Tuesday. The President and the Chancellor agreed to meet soon."))
	require.Len(t, r.Entities, 1, "%+v", r.Entities)
	e := r.Entities[0]
	assert.Equal(t, "country:united-states", e.ID)
	assert.Equal(t, "Country", e.Type)
	assert.Equal(t, "United States", e.Name)
	n := 0
	for _, m := range r.Mentions {
		if m.EntityID == e.ID {
			assert.Equal(t, "The President", m.Text)
			n++
		}
	}
	assert.Equal(t, 2, n, "both bare titles refer to the United States")

	r = resolve(recognize("2023-05-02", "Later the president met German Chancellor Olaf Scholz."))
	assert.Empty(t, r.Entities)
	for _, m := range r.Mentions {
		assert.NotEqual(t, "the president", m.Text)
	}
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
