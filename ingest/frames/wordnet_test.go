package frames_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/doc"
)

// TestWordNetInflections checks that every inflection of a verb that
// data/wordnet-verbs.tsv adds (testdata/wordnet-inflections.tsv, made by
// dev/lexicon/gen-wordnet-inflections.py) lemmatizes back to it: a frame is
// found by its lemma, so "besought" must be beseech.
func TestWordNetInflections(t *testing.T) {
	data, err := os.ReadFile("testdata/wordnet-inflections.tsv")
	require.NoError(t, err)
	lex, err := os.ReadFile("data/wordnet-verbs.tsv")
	require.NoError(t, err)
	lemmas := map[string]bool{}
	for _, line := range strings.Split(string(lex), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			lemmas[strings.Split(line, "\t")[0]] = true
		}
	}
	lm, err := doc.NewLemmatizer()
	require.NoError(t, err)
	tested := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		require.Len(t, c, 3, line)
		assert.Equal(t, c[2], lm.Lemma(c[0], c[1]), "%s/%s", c[0], c[1])
		tested[c[2]] = true
	}
	for l := range lemmas {
		assert.True(t, tested[l], "%s has no inflections in testdata/wordnet-inflections.tsv: regenerate it", l)
	}
}
