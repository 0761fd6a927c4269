package ner

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/sentences"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// TestMatchMemo checks that match, which keeps its results for the tokens of
// the sentence being read, answers as matchAt does, asked once or twice, on
// every token of the hard cases.
func TestMatchMemo(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var cases []struct {
		Text string `json:"text"`
	}
	require.NoError(t, json.Unmarshal(data, &cases))
	r := New(gazetteer.Default())
	found := 0
	for _, c := range cases {
		sents := sentences.Split(c.Text)
		st := &state{r: r, entities: map[string]*article.Entity{}, lastBody: map[string]string{}, acronyms: map[string]string{},
			spans: map[[2]int]bool{}, cov: make([]bool, len(c.Text)+1)}
		for _, s := range sents {
			toks := tokens.Split(s.Text)
			st.begin(toks)
			for pass := 0; pass < 2; pass++ {
				for i := range toks {
					n, forms := st.match(toks, i)
					wn, wforms := st.matchAt(toks, i)
					assert.Equal(t, wn, n, "%q token %d", s.Text, i)
					assert.Equal(t, wforms, forms, "%q token %d", s.Text, i)
					if n > 0 {
						found++
					}
				}
			}
		}
	}
	assert.Positive(t, found)
}
