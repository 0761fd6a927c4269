package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/schema"
)

// TestExport runs the export tests on one Kuzu store holding what bilat
// ingest makes of examples/; each subtest opens it in turn.
func TestExport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bilat.kuzu")
	require.NoError(t, fillExportStore(path))
	open := func(t *testing.T) graph.Store {
		st, err := graph.Open(context.Background(), path, graph.Options{})
		require.NoError(t, err)
		t.Cleanup(func() { _ = st.Close() })
		return st
	}
	t.Run("Run", func(t *testing.T) { testRunExport(t, open(t)) })
	t.Run("Out", func(t *testing.T) { testRunExportOut(t, open(t)) })
	t.Run("Errors", func(t *testing.T) { testRunExportErrors(t, open(t)) })
	t.Run("CLI", func(t *testing.T) { testExportCLI(t, path) })
	t.Run("NetworkX", func(t *testing.T) { testExportNetworkX(t, open(t)) })
	t.Run("Load", func(t *testing.T) { testLoadCLI(t, path) })
	t.Run("Chart", func(t *testing.T) { testChart(t, open, path) })
}

// testExportNetworkX has NetworkX (dev/networkx/check.py, in the Python
// that BILAT_NETWORKX_PYTHON names; make test sets it to .venv's) load the
// GraphML and JSON exports of examples/, whole and China–Russia, and check
// that each is a directed multigraph with the nodes and edges bilat wrote.
func testExportNetworkX(t *testing.T, st graph.Store) {
	python := os.Getenv("BILAT_NETWORKX_PYTHON")
	if python == "" {
		if os.Getenv("BILAT_REQUIRE_NETWORKX") != "" {
			t.Fatal("BILAT_REQUIRE_NETWORKX is set but BILAT_NETWORKX_PYTHON is not")
		}
		t.Skip("BILAT_NETWORKX_PYTHON not set: make test sets it to a venv with networkx from PyPI")
	}
	ctx := context.Background()
	dir := t.TempDir()
	for _, sel := range []exportOptions{{Depth: 1}, {Between: "China", And: "Russia", Depth: 1}} {
		var files []string
		for _, f := range []string{"graphml", "json"} {
			o := sel
			o.Format, o.Out = f, filepath.Join(dir, fmt.Sprintf("%s%s.%s", o.Between, o.And, f))
			var msg bytes.Buffer
			require.NoError(t, runExport(ctx, st, o, &msg))
			files = append(files, o.Out)
		}
		sel.Format = "json"
		g, err := exportGraph(ctx, st, sel)
		require.NoError(t, err)
		parallel := map[[2]string]int{}
		for _, e := range g.Edges {
			parallel[[2]string{e.From, e.To}]++
		}
		require.Less(t, len(parallel), len(g.Edges), "the examples hold parallel edges (several meetings of a pair)")
		args := append([]string{"../../dev/networkx/check.py", strconv.Itoa(len(g.Nodes)), strconv.Itoa(len(g.Edges))}, files...)
		out, err := exec.Command(python, args...).CombinedOutput()
		t.Logf("%s", out)
		require.NoError(t, err, "%s", out)
	}
}

func fillExportStore(path string) error {
	ctx := context.Background()
	st, err := graph.Open(ctx, path, graph.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.ApplySchema(ctx, schema.Current()); err != nil {
		return err
	}
	p, err := ingest.New()
	if err != nil {
		return err
	}
	if errs := reader.Walk([]string{"../../examples"}, func(a article.Article) error {
		return st.Write(ctx, p.Batch(p.Extract(a)))
	}); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

type jsonExport struct {
	Nodes []map[string]any `json:"nodes"`
	Links []map[string]any `json:"edges"`
}

func testRunExport(t *testing.T, st graph.Store) {
	tests := []struct {
		name  string
		opts  exportOptions
		check func(t *testing.T, out []byte)
	}{
		{"between as graphml", exportOptions{Between: "China", And: "Russia", Since: "2025", Format: "graphml"}, func(t *testing.T, out []byte) {
			var doc struct {
				Graph struct {
					Nodes []struct{} `xml:"node"`
					Edges []struct{} `xml:"edge"`
				} `xml:"graph"`
			}
			require.NoError(t, xml.Unmarshal(out, &doc))
			assert.GreaterOrEqual(t, len(doc.Graph.Nodes), 4)
			assert.GreaterOrEqual(t, len(doc.Graph.Edges), 8)
		}},
		{"between as json: only the two countries' events", exportOptions{Between: "Beijing", And: "Russian", Format: "json"}, func(t *testing.T, out []byte) {
			var doc jsonExport
			require.NoError(t, json.Unmarshal(out, &doc))
			require.NotEmpty(t, doc.Links)
			pair := map[string]bool{"country:china": true, "country:russia": true}
			for _, l := range doc.Links {
				if l["kind"] == "REPRESENTS" {
					continue
				}
				assert.True(t, pair[l["subject_country"].(string)] && pair[l["object_country"].(string)], "%v", l)
				assert.NotEqual(t, l["subject_country"], l["object_country"])
			}
		}},
		{"actor by surname, no articles", exportOptions{Actor: "Putin", Depth: 1, Format: "json"}, func(t *testing.T, out []byte) {
			var doc jsonExport
			require.NoError(t, json.Unmarshal(out, &doc))
			ids := map[string]bool{}
			for _, n := range doc.Nodes {
				ids[n["id"].(string)] = true
				assert.NotEqual(t, "Article", n["label"])
			}
			assert.True(t, ids["person:vladimir-putin"])
			assert.True(t, ids["person:xi-jinping"])
			for _, l := range doc.Links {
				assert.NotEqual(t, "MENTIONS", l["kind"])
			}
		}},
		{"between as svg", exportOptions{Between: "China", And: "Russia", Format: "svg"}, func(t *testing.T, out []byte) {
			labels := svgEdgeLabels(t, out)
			require.Greater(t, len(labels), 20, "one labelled edge per event and REPRESENTS")
			dated, represents := 0, 0
			for _, l := range labels {
				if len(l.lines) == 2 && regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(l.lines[1]) {
					dated++
				}
				if l.lines[0] == "REPRESENTS" {
					represents++
				}
			}
			assert.Equal(t, 5, represents, "two presidents, a premier and two foreign ministers")
			assert.Equal(t, len(labels)-represents, dated, "every event edge shows its date (REPRESENTS have none)")
			for i := range labels {
				for j := i + 1; j < len(labels); j++ {
					assert.False(t, labels[i].box.Overlaps(labels[j].box), "labels %v and %v overlap", labels[i].lines, labels[j].lines)
				}
			}
		}},
		{"actor as svg", exportOptions{Actor: "Vladimir Putin", Depth: 2, Format: "svg"}, func(t *testing.T, out []byte) {
			dec := xml.NewDecoder(bytes.NewReader(out))
			for {
				_, err := dec.Token()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
			}
			assert.Contains(t, string(out), ">Vladimir Putin</text>")
		}},
		{"kinds as plover", exportOptions{Kinds: "pledged, signed", Depth: 1, Format: "plover"}, func(t *testing.T, out []byte) {
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			require.NotEmpty(t, lines)
			for _, l := range lines {
				var r map[string]any
				require.NoError(t, json.Unmarshal([]byte(l), &r))
				assert.Contains(t, []any{"PLEDGED", "SIGNED"}, r["kind"])
				assert.Len(t, r["source_country"], 3, "ISO3: %v", r)
				assert.NotEmpty(t, r["text"])
				assert.NotEmpty(t, r["source_ids"])
			}
		}},
		{"whole graph as dot", exportOptions{Depth: 1, Format: "dot"}, func(t *testing.T, out []byte) {
			assert.True(t, strings.HasPrefix(string(out), "digraph bilat {"))
			assert.Greater(t, strings.Count(string(out), " -> "), 100)
		}},
		{"until as cypher", exportOptions{Until: "2025-02", Depth: 1, Format: "cypher", Dialect: "kuzu"}, func(t *testing.T, out []byte) {
			assert.Contains(t, string(out), "Cypher for kuzu")
			for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				assert.True(t, strings.HasPrefix(l, "//") || strings.HasSuffix(l, ";"), l)
				if i := strings.Index(l, "r.`date` = '"); i > 0 {
					assert.LessOrEqual(t, l[i+12:i+22], "2025-02-31")
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, runExport(context.Background(), st, tc.opts, &buf))
			tc.check(t, buf.Bytes())
		})
	}
}

func testRunExportOut(t *testing.T, st graph.Store) {
	ctx := context.Background()
	dir := t.TempDir()

	var buf bytes.Buffer
	file := filepath.Join(dir, "cn-ru.graphml")
	require.NoError(t, runExport(ctx, st, exportOptions{Between: "China", And: "Russia", Depth: 1, Format: "graphml", Out: file}, &buf))
	assert.Regexp(t, `^exported \d+ nodes and \d+ edges as graphml to .*cn-ru.graphml\n$`, buf.String())
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte("<?xml")))
	left, _ := filepath.Glob(filepath.Join(dir, ".cn-ru.graphml.*"))
	assert.Empty(t, left, "no temporary file left")

	buf.Reset()
	dump := filepath.Join(dir, "dump")
	require.NoError(t, runExport(ctx, st, exportOptions{Depth: 1, Format: "csv", Out: dump}, &buf))
	assert.Contains(t, buf.String(), "as csv to "+dump)
	for _, f := range []string{"import.sh", "nodes_Country.csv", "nodes_Article.csv", "rels_PLEDGED.csv", "rels_MENTIONS.csv"} {
		assert.FileExists(t, filepath.Join(dump, f))
	}

	err = runExport(ctx, st, exportOptions{Depth: 1, Format: "json", Out: dump}, &buf)
	assert.ErrorContains(t, err, "is a directory")
}

func testRunExportErrors(t *testing.T, st graph.Store) {
	tests := []struct {
		opts exportOptions
		want string
	}{
		{exportOptions{Format: "pdf", Depth: 1}, `unknown format "pdf" (known: graphml, json, csv, cypher, dot, svg, plover)`},
		{exportOptions{Format: "csv", Depth: 1}, "--format csv writes a directory of files: give it with --out DIR"},
		{exportOptions{Format: "json", Depth: 1, Actor: "Putin", Between: "China", And: "Russia"}, "give --actor or --between/--and, not both"},
		{exportOptions{Format: "json", Depth: 1, Between: "China"}, "--between needs --and"},
		{exportOptions{Format: "json", Depth: 1, And: "China"}, "--and needs --between"},
		{exportOptions{Format: "json", Depth: 1, WithArticles: true}, "--with-articles is for --actor"},
		{exportOptions{Format: "json", Depth: 1, Kinds: "PLEDGED,HUGGED"}, `--kinds: unknown edge kind "HUGGED"`},
		{exportOptions{Format: "json", Depth: 1, Since: "last year"}, `--since: "last year" is not a date`},
		{exportOptions{Format: "json", Depth: 5, Actor: "Putin"}, "--depth must be 1 to 3, got 5"},
		{exportOptions{Format: "cypher", Depth: 1, Dialect: "sql"}, `unknown Cypher dialect "sql"`},
		{exportOptions{Format: "json", Depth: 1, Actor: "Nobody Atall"}, `--actor: no country, person or organization named "Nobody Atall"`},
		{exportOptions{Format: "json", Depth: 1, Between: "China", And: "Peru"}, "--and: Peru is a country bilat knows, but the store has nothing about it yet"},
		{exportOptions{Format: "json", Depth: 1, Between: "China", And: "Beijing"}, "between needs two different countries"},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		err := runExport(context.Background(), st, tc.opts, &buf)
		require.Error(t, err, "%+v", tc.opts)
		assert.Contains(t, err.Error(), tc.want)
		assert.NotContains(t, err.Error(), "\n")
		assert.Empty(t, buf.String())
	}
}

// testExportCLI runs bilat export as a user would.
func testExportCLI(t *testing.T, path string) {
	ctx := context.Background()
	runCLI := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := run(ctx, append([]string{"bilat", "--store", path, "export"}, args...), &out, &errOut)
		return code, out.String(), errOut.String()
	}

	code, out, stderr := runCLI("--between", "China", "--and", "Russia", "--since", "2025", "--format", "json")
	require.Equal(t, 0, code, stderr)
	assert.True(t, json.Valid([]byte(out)))

	code, out, stderr = runCLI("--actor", "Vladimir Putin", "--depth", "2", "--format", "svg", "--out", filepath.Join(t.TempDir(), "putin.svg"))
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "as svg to ")

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--depth", "2"}, 2, "bilat: export: --depth needs --actor\n"},
		{[]string{"--format", "json", "--dialect", "kuzu"}, 2, "bilat: export: --dialect is for --format cypher\n"},
		{[]string{"--format", "csv"}, 2, "bilat: export: --format csv writes a directory of files: give it with --out DIR\n"},
		{[]string{"China"}, 2, "bilat: export: unexpected argument \"China\""},
		{[]string{"--actor", "Nobody Atall"}, 1, "bilat: export: --actor: no country, person or organization named \"Nobody Atall\""},
	} {
		code, out, stderr := runCLI(tc.args...)
		assert.Equal(t, tc.code, code, "%v", tc.args)
		assert.Empty(t, out)
		assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
		assert.Contains(t, stderr, tc.want)
	}

	code, out, _ = runCLI("--help")
	assert.Equal(t, 0, code)
	for _, ex := range []string{
		"bilat export --between China --and Russia --since 2025 --format graphml > cn-ru.graphml",
		`bilat export --actor "Vladimir Putin" --depth 2 --format svg --out putin.svg`,
		"bilat export --format csv --out dump/",
	} {
		assert.Contains(t, out, ex)
	}
}

// svgLabel is the text of one edge of a Graphviz SVG and the box it covers.
type svgLabel struct {
	lines []string
	box   image.Rectangle
}

// svgEdgeLabels returns the labels of the edges (g class="edge") of a
// Graphviz SVG, each line's box estimated from its font size (a Helvetica
// character is at most 0.6 em wide on average).
func svgEdgeLabels(t *testing.T, svg []byte) []svgLabel {
	t.Helper()
	var doc struct {
		Groups []struct {
			Class string `xml:"class,attr"`
			Texts []struct {
				X    float64 `xml:"x,attr"`
				Y    float64 `xml:"y,attr"`
				Size float64 `xml:"font-size,attr"`
				Text string  `xml:",chardata"`
			} `xml:"text"`
		} `xml:"g>g"`
	}
	require.NoError(t, xml.Unmarshal(svg, &doc))
	var out []svgLabel
	for _, g := range doc.Groups {
		if g.Class != "edge" {
			continue
		}
		var l svgLabel
		for _, tx := range g.Texts {
			w := 0.6 * tx.Size * float64(len([]rune(tx.Text)))
			r := image.Rect(int(tx.X-w/2), int(tx.Y-tx.Size*0.8), int(tx.X+w/2), int(tx.Y+tx.Size*0.2))
			l.box = l.box.Union(r)
			l.lines = append(l.lines, tx.Text)
		}
		out = append(out, l)
	}
	return out
}
