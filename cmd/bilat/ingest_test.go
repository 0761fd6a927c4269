package main

import (
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
)

// copies writes n copies of the example articles, each with its own id, as
// one JSON Lines file, and returns its path.
func copies(t *testing.T, n int) string {
	t.Helper()
	var arts []article.Article
	require.Empty(t, reader.Walk([]string{"../../examples"}, func(a article.Article) error { arts = append(arts, a); return nil }))
	var sb strings.Builder
	for i := 0; i < n; i++ {
		for _, a := range arts {
			line, err := json.Marshal(map[string]string{"id": a.ID + "-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26),
				"published": a.Published, "title": a.Title, "source": a.Source, "text": a.Text})
			require.NoError(t, err)
			sb.Write(line)
			sb.WriteByte('\n')
		}
	}
	p := filepath.Join(t.TempDir(), "copies.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(sb.String()), 0o644))
	return p
}

func TestIngestSummaryPlurals(t *testing.T) {
	store := filepath.Join(t.TempDir(), "one.kuzu")
	out, errOut, code := bilat(t, "--store", store, "ingest", "../../examples/"+firstExample(t))
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `^ingested 1 article \(1 new, 0 already stored\): \d+ entit(y|ies), \d+ relations?; 0 failed`, out)
	out, _, code = bilat(t, "--store", store, "ingest", "../../examples/"+firstExample(t))
	require.Equal(t, 0, code)
	assert.Regexp(t, `^ingested 1 article \(0 new, 1 already stored\): 0 entities, 0 relations; 0 failed`, out)
}

func firstExample(t *testing.T) string {
	ents, err := os.ReadDir("../../examples")
	require.NoError(t, err)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			return e.Name()
		}
	}
	t.Fatal("no example")
	return ""
}

// TestNeo4jGoneMidIngest: a server that stops answering in the middle of an
// ingest (here: the loopback proxy to it closes) ends the run with one line
// naming it and how many articles were stored, exit status 1, within the
// driver's bounded retries; what was stored is whole.
func TestNeo4jGoneMidIngest(t *testing.T) {
	uri := neo4jtest.URI(t)
	st := neo4jtest.Open(t) // empties the database, and holds the test lock
	in := copies(t, 20)

	target := strings.TrimPrefix(strings.TrimPrefix(uri, "bolt://"), "neo4j://")
	p := newProxy(t, target, 256<<10)
	start := time.Now()
	out, errOut, code := bilat(t, "--store", "bolt://"+p.addr(), "ingest", "--batch", "20", in)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	var lines []string // leaving out progress lines
	for _, l := range strings.Split(strings.TrimRight(errOut, "\n"), "\n") {
		if !strings.Contains(l, "articles/s") {
			lines = append(lines, l)
		}
	}
	require.Len(t, lines, 1, errOut)
	assert.Regexp(t, `^(bilat: )?ingest: Neo4j at bolt://`+p.addr()+` went away after (\d+) articles?; (\d+) articles? stored, re-run to continue$`, lines[0])
	assert.Less(t, time.Since(start), 60*time.Second)

	// The articles it says were stored are there, each whole: re-running
	// on the real server adds the rest and gives a clean run's counts.
	_, _, code = bilat(t, "--store", uri, "ingest", in)
	require.Equal(t, 0, code)
	n1, e1 := counts(t, uri)
	neo4jtest.Clear(t, st)
	_, _, code = bilat(t, "--store", uri, "ingest", in)
	require.Equal(t, 0, code)
	n2, e2 := counts(t, uri)
	assert.Equal(t, n2, n1)
	assert.Equal(t, e2, e1)
}

// proxy forwards loopback connections to a server until limit bytes went
// from clients to the server; then it closes every connection and stops
// listening, as a server that died would.
type proxy struct {
	ln    net.Listener
	sent  atomic.Int64
	limit int64
	mu    sync.Mutex
	conns []net.Conn
	once  sync.Once
}

func newProxy(t *testing.T, target string, limit int64) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &proxy{ln: ln, limit: limit}
	t.Cleanup(p.kill)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(c, s); c.Close() }()
			go func() { _, _ = io.Copy(&counter{w: s, p: p}, c); s.Close() }()
		}
	}()
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

func (p *proxy) kill() {
	p.once.Do(func() {
		p.ln.Close()
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, c := range p.conns {
			c.Close()
		}
	})
}

type counter struct {
	w io.Writer
	p *proxy
}

func (c *counter) Write(b []byte) (int, error) {
	if c.p.sent.Add(int64(len(b))) > c.p.limit {
		go c.p.kill()
	}
	return c.w.Write(b)
}

// dump returns every node and edge of a store, with their properties.
func dump(t *testing.T, store string) string {
	t.Helper()
	n, errOut, code := bilat(t, "--store", store, "query", "--format", "json",
		"MATCH (n) WHERE n.label IS NOT NULL RETURN n.label AS label, n.id AS id, n AS node ORDER BY label, id")
	require.Equal(t, 0, code, errOut)
	e, errOut, code := bilat(t, "--store", store, "query", "--format", "json",
		"MATCH (a)-[r]->(b) RETURN r.kind AS kind, r.key AS key, a.id AS src, b.id AS dst, r AS edge ORDER BY kind, key")
	require.Equal(t, 0, code, errOut)
	return n + e
}

// TestBulkEqualsIncremental: ingest --bulk stores the same graph, edge for
// edge, as the incremental path, on an empty store and on one that already
// holds part of the input; on Kuzu (COPY FROM) and on Neo4j (large UNWIND
// batches).
func TestBulkEqualsIncremental(t *testing.T) {
	in := copies(t, 3)
	part := filepath.Join("../../examples", firstExample(t))
	check := func(t *testing.T, inc, bulk string, clear func()) {
		for _, args := range [][]string{{"ingest", part}, {"ingest", "--batch", "7", in}} {
			_, errOut, code := bilat(t, append([]string{"--store", inc}, args...)...)
			require.Equal(t, 0, code, errOut)
		}
		want := dump(t, inc)
		clear()
		for _, args := range [][]string{{"ingest", "--bulk", part}, {"ingest", "--bulk", "--batch", "25", in}} {
			out, errOut, code := bilat(t, append([]string{"--store", bulk}, args...)...)
			require.Equal(t, 0, code, errOut)
			require.Regexp(t, summary, out)
		}
		assert.Equal(t, want, dump(t, bulk))
	}
	t.Run("kuzu", func(t *testing.T) {
		dir := t.TempDir()
		check(t, filepath.Join(dir, "inc.kuzu"), filepath.Join(dir, "bulk.kuzu"), func() {})
	})
	t.Run("neo4j", func(t *testing.T) {
		uri := neo4jtest.URI(t)
		st := neo4jtest.Open(t)
		check(t, uri, uri, func() { neo4jtest.Clear(t, st) })
	})
}
