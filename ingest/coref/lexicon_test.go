package coref

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/bilatgraph/bilat/ingest/gazetteer"
)

// TestDataNamesKnown checks that the data files name countries and titles
// the gazetteer knows, so that a misspelt row cannot silently do nothing.
func TestDataNamesKnown(t *testing.T) {
	g := gazetteer.Default()
	assert.NotEmpty(t, figureheads)
	for _, f := range tsvRows(figureheadsTSV) {
		_, ok := g.Country(f[0])
		assert.True(t, ok, "figureheads.tsv: unknown country %q", f[0])
		_, ok = g.Title(f[1])
		assert.True(t, ok, "figureheads.tsv: unknown title %q", f[1])
	}
	assert.NotEmpty(t, usualTitles)
	for title, country := range usualTitles {
		_, ok := g.Country(country)
		assert.True(t, ok, "usual-titles.tsv: unknown country %q", country)
		tt, ok := g.Title(title)
		assert.True(t, ok && leaderRoles[tt.Role], "usual-titles.tsv: %q is not a leader's title", title)
	}
	for _, p := range groupPhrases {
		assert.Equal(t, strings.ToLower(p), p, "group-phrases.txt: lower case")
	}
	assert.LessOrEqual(t, len(groupPhrases), 64, "literal.Set holds 64 phrases at most")
	assert.True(t, governmentNouns["government"] && !governmentNouns["country"], "government-nouns.txt")
	assert.True(t, bodyNouns["bloc"])
	assert.NotEmpty(t, regions["gulf"])
	for _, f := range tsvRows(regionsTSV) {
		if f[0] == "region" {
			continue
		}
		for _, name := range strings.Split(f[1], ";") {
			_, ok := g.Country(name)
			assert.True(t, ok, "regions.tsv: unknown country %q in %q", name, f[0])
		}
	}
}
