package run_test

import (
	"context"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/graph/storetest"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/ingest/run"
)

const examples = "../../examples"

func pipeline(t testing.TB) *ingest.Pipeline {
	t.Helper()
	p, err := ingest.New()
	require.NoError(t, err)
	return p
}

func openKuzu(t testing.TB) graph.Store {
	t.Helper()
	st, err := kuzu.Open(context.Background(), filepath.Join(t.TempDir(), "run.kuzu"), graph.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	storetest.Ready(t, st)
	return st
}

const allEdges = "MATCH (a)-[r]->(b) RETURN r.kind AS kind, r.key AS key, a.id AS src, b.id AS dst, r AS edge ORDER BY kind, key"
const allNodes = "MATCH (n) WHERE n.label IS NOT NULL RETURN n.label AS label, n.id AS id, n AS node ORDER BY label, id"

// TestParallelEqualsSerial: four workers and small batches store exactly
// what one article per transaction, in input order, stores.
func TestParallelEqualsSerial(t *testing.T) {
	p := pipeline(t)
	serial := openKuzu(t)
	var arts []article.Article
	require.Empty(t, reader.Walk([]string{examples}, func(a article.Article) error { arts = append(arts, a); return nil }))
	for _, a := range arts {
		require.NoError(t, serial.Write(context.Background(), p.Batch(p.Extract(a))))
	}

	par := openKuzu(t)
	sum, errs, err := run.Run(context.Background(), par, p, reader.Reader{}, []string{examples}, run.Options{Workers: 4, BatchArticles: 5})
	require.NoError(t, err)
	require.Empty(t, errs)
	assert.Equal(t, len(arts), sum.New)
	assert.Equal(t, 0, sum.Stored)
	assert.Equal(t, storetest.Rows(t, serial, allNodes, nil), storetest.Rows(t, par, allNodes, nil))
	assert.Equal(t, storetest.Rows(t, serial, allEdges, nil), storetest.Rows(t, par, allEdges, nil))

	// Again: every article is already stored and nothing is extracted.
	count := &countingExtractor{Extractor: p}
	sum, _, err = run.Run(context.Background(), par, count, reader.Reader{}, []string{examples}, run.Options{})
	require.NoError(t, err)
	assert.Equal(t, 0, sum.New)
	assert.Equal(t, len(arts), sum.Stored)
	assert.Equal(t, 0, count.n, "articles already stored are not extracted")
	assert.Equal(t, storetest.Rows(t, serial, allEdges, nil), storetest.Rows(t, par, allEdges, nil))
}

type countingExtractor struct {
	run.Extractor
	mu sync.Mutex
	n  int
}

func (c *countingExtractor) Extract(a article.Article) article.Extraction {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.Extractor.Extract(a)
}

// TestBadArticleAlone: a batch with an article the store refuses stores the
// others, and names the bad one.
func TestBadArticleAlone(t *testing.T) {
	p := pipeline(t)
	st := openKuzu(t)
	bad := &breakingExtractor{Extractor: p, bad: map[string]bool{}}
	var arts []article.Article
	reader.Walk([]string{examples}, func(a article.Article) error { arts = append(arts, a); return nil })
	bad.bad[arts[3].ID] = true
	var failed []string
	sum, _, err := run.Run(context.Background(), st, bad, reader.Reader{}, []string{examples},
		run.Options{Failed: func(a article.Article, err error) { failed = append(failed, a.ID) }})
	require.NoError(t, err)
	assert.Equal(t, []string{arts[3].ID}, failed)
	assert.Equal(t, 1, sum.Failed)
	assert.Equal(t, len(arts)-1, sum.New)
	rows := storetest.Rows(t, st, "MATCH (a:Article) RETURN a.id ORDER BY a.id", nil)
	var got, want []string
	for _, r := range rows {
		got = append(got, r[0].(string))
	}
	for _, a := range arts {
		if a.ID != arts[3].ID {
			want = append(want, a.ID)
		}
	}
	sort.Strings(want)
	assert.Equal(t, want, got)
}

type breakingExtractor struct {
	run.Extractor
	bad map[string]bool
}

func (b *breakingExtractor) Batch(x article.Extraction) graph.Batch {
	out := b.Extractor.Batch(x)
	if b.bad[x.Article.ID] {
		out.Nodes = append(out.Nodes, graph.Node{Label: "Planet", ID: "mars"})
	}
	return out
}
