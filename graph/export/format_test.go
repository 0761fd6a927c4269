package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph/export"
)

// xmlElements parses doc as XML, failing t if it is not well-formed, and
// counts the start elements by local name.
func xmlElements(t *testing.T, doc []byte) map[string]int {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	counts := map[string]int{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "not well-formed XML")
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
		}
	}
	return counts
}

type graphML struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string      `xml:"edgedefault,attr"`
		Nodes       []graphElem `xml:"node"`
		Edges       []graphElem `xml:"edge"`
	} `xml:"graph"`
}

type graphElem struct {
	ID       string `xml:"id,attr"`
	Source   string `xml:"source,attr"`
	Target   string `xml:"target,attr"`
	Directed string `xml:"directed,attr"`
	Data     []struct {
		Key  string `xml:"key,attr"`
		Text string `xml:",chardata"`
	} `xml:"data"`
}

// data returns an element's data by attribute name.
func (e graphElem) data(keys map[string]string) map[string]string {
	out := map[string]string{}
	for _, d := range e.Data {
		out[keys[d.Key]] = d.Text
	}
	return out
}

func TestFormats(t *testing.T) {
	g := fixture()
	tests := []struct {
		format string
		check  func(t *testing.T, out []byte)
	}{
		{"graphml", func(t *testing.T, out []byte) {
			var doc graphML
			require.NoError(t, xml.Unmarshal(out, &doc))
			assert.Len(t, doc.Graph.Nodes, 7)
			assert.Len(t, doc.Graph.Edges, 5)
			assert.Equal(t, "directed", doc.Graph.EdgeDefault)
			names := map[string]string{}
			types := map[string]string{}
			for _, k := range doc.Keys {
				names[k.ID] = k.Name
				types[k.For+"."+k.Name] = k.Type
			}
			assert.Equal(t, "long", types["edge.year"])
			assert.Equal(t, "double", types["edge.confidence"])
			assert.Equal(t, "long", types["edge.count"])
			assert.Equal(t, "string", types["edge.articles"])
			assert.Equal(t, "string", types["node.name"])
			assert.Equal(t, "string", types["node.label"])
			assert.Equal(t, "string", types["edge.kind"])
			var envoy map[string]string
			for _, n := range doc.Graph.Nodes {
				if n.ID == "person:envoy" {
					envoy = n.data(names)
				}
			}
			require.NotNil(t, envoy)
			assert.Equal(t, trickyName, envoy["name"])
			assert.Equal(t, "Person", envoy["label"])
			for _, e := range doc.Graph.Edges {
				d := e.data(names)
				switch d["kind"] {
				case "PLEDGED":
					assert.Equal(t, "country:china", e.Source)
					assert.Equal(t, "2025", d["year"])
					var sentences []string
					require.NoError(t, json.Unmarshal([]byte(d["sentences"]), &sentences))
					assert.Equal(t, []string{"China will act; Russia too.", "Second\nline"}, sentences)
				case "MET_WITH":
					assert.Empty(t, e.Directed, "every edge is directed, as edgedefault says (NetworkX refuses a mix)")
				}
				assert.Equal(t, d["key"], e.ID, "the edge's id is its key")
				switch d["kind"] {
				}
			}
		}},
		{"json", func(t *testing.T, out []byte) {
			var doc struct {
				Directed   bool             `json:"directed"`
				Multigraph bool             `json:"multigraph"`
				Nodes      []map[string]any `json:"nodes"`
				Links      []map[string]any `json:"edges"`
			}
			require.NoError(t, json.Unmarshal(out, &doc))
			assert.True(t, doc.Directed)
			assert.True(t, doc.Multigraph)
			require.Len(t, doc.Nodes, 7)
			require.Len(t, doc.Links, 5)
			ids := map[string]map[string]any{}
			for _, n := range doc.Nodes {
				ids[n["id"].(string)] = n
			}
			assert.Equal(t, trickyName, ids["person:envoy"]["name"])
			assert.Equal(t, "Person", ids["person:envoy"]["label"])
			for _, l := range doc.Links {
				assert.Contains(t, ids, l["source"])
				assert.Contains(t, ids, l["target"])
				if l["kind"] == "PLEDGED" {
					assert.Equal(t, []any{"a1", "a2"}, l["articles"])
					assert.Equal(t, 2025.0, l["year"])
				}
			}
		}},
		{"cypher", func(t *testing.T, out []byte) {
			lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
			var stmts []string
			for _, l := range lines {
				if !strings.HasPrefix(l, "//") {
					stmts = append(stmts, l)
					assert.True(t, strings.HasSuffix(l, ";"), l)
				}
			}
			require.Len(t, stmts, 12, "one line per node and edge")
			assert.Contains(t, string(out), "MERGE (n:Person {`id`: 'person:envoy'}) SET n.`label` = 'Person', n.`name` = 'O\\'Brien \"the\" \\\\ Envoy\\nof Côte d\\'Ivoire\\t中'")
			assert.Contains(t, string(out), "MATCH (a:Country {`id`: 'country:china'}), (b:Country {`id`: 'country:russia'}) MERGE (a)-[r:PLEDGED {`key`: 'PLEDGED|country:china|country:russia|2025-11-18'}]->(b) SET r.`kind` = 'PLEDGED', r.`articles` = ['a1', 'a2'], ")
			assert.Contains(t, string(out), "r.`confidence` = 0.75")
			assert.Contains(t, string(out), "r.`confidence` = 1.0", "floats keep a point")
			assert.Contains(t, string(out), "r.`year` = 2025;")
			assert.Contains(t, string(out), "r.`date` = '2025-11-18'")
		}},
		{"dot", func(t *testing.T, out []byte) {
			s := string(out)
			assert.True(t, strings.HasPrefix(s, "digraph bilat {"))
			assert.Equal(t, 5, strings.Count(s, " -> "))
			assert.Equal(t, 7, strings.Count(s, "fillcolor="))
			assert.Contains(t, s, `"person:envoy" [label="O'Brien \"the\" \\ Envoy\nof Côte d'Ivoire 中\n(Person)", fillcolor="#ffd92f"`)
			assert.Contains(t, s, `"country:china" -> "country:russia" [label="PLEDGED\n2025-11-18"];`)
			assert.Contains(t, s, `[label="MET_WITH\n2025-11-17", dir=none]`)
			assert.Contains(t, s, `"person:vladimir-putin" -> "country:russia" [label="REPRESENTS"];`)
		}},
		{"svg", func(t *testing.T, out []byte) {
			els := xmlElements(t, out)
			assert.Equal(t, 1, els["svg"])
			assert.Equal(t, 7, els["ellipse"], "one ellipse per node")
			assert.Equal(t, 5, els["path"], "one path per edge")
			var root struct {
				XMLName xml.Name
			}
			require.NoError(t, xml.Unmarshal(out, &root))
			assert.Equal(t, "http://www.w3.org/2000/svg", root.XMLName.Space)
			s := string(out)
			assert.Contains(t, s, "Generated by graphviz")
			assert.Contains(t, s, ">O&#39;Brien &quot;the&quot; \\ Envoy</text>", "escaped; the newline of the name starts a line")
			assert.Contains(t, s, "visa&#45;free regime &lt;test&gt; &amp; more")
			assert.Contains(t, s, ">PLEDGED</text>")
			assert.Contains(t, s, ">2025&#45;11&#45;18</text>", "the date under the kind")
		}},
		{"plover", func(t *testing.T, out []byte) {
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			require.Len(t, lines, 3, "event edges only")
			var recs []map[string]any
			for _, l := range lines {
				var r map[string]any
				require.NoError(t, json.Unmarshal([]byte(l), &r), l)
				recs = append(recs, r)
			}
			// date order: ANNOUNCED (06-01), MET_WITH (11-17), PLEDGED (11-18)
			assert.Equal(t, "ANNOUNCED", recs[0]["event_type"], "no PLOVER category: the kind")
			assert.Equal(t, "CHN", recs[0]["source_country"])
			assert.NotContains(t, recs[0], "target_country")
			met := recs[1]
			assert.Equal(t, "CONSULT", met["event_type"])
			assert.Equal(t, trickyName, met["source_actor"])
			assert.Equal(t, "country:atlantis", met["source_country"], "no ISO3: the id")
			assert.Equal(t, "RUS", met["target_country"])
			assert.NotContains(t, met, "event_text")
			p := recs[2]
			assert.Equal(t, "PLEDGED|country:china|country:russia|2025-11-18", p["event_id"])
			assert.Equal(t, "2025-11-18", p["event_date"])
			assert.Equal(t, "AGREE", p["event_type"])
			assert.Equal(t, "China", p["source_actor"])
			assert.Equal(t, "CHN", p["source_country"])
			assert.Equal(t, "Russia", p["target_actor"])
			assert.Equal(t, "RUS", p["target_country"])
			assert.Equal(t, "030", p["cameo"])
			assert.Equal(t, "deepen \"practical\" cooperation", p["event_text"])
			assert.Equal(t, []any{"China will act; Russia too.", "Second\nline"}, p["text"])
			assert.Equal(t, []any{"a1", "a2"}, p["source_ids"])
			assert.Equal(t, 0.75, p["confidence"])
			assert.NotContains(t, p, "event_mode")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, export.Write(&buf, g, tc.format))
			tc.check(t, buf.Bytes())
		})
	}
}

func TestEmptyGraph(t *testing.T) {
	for _, f := range export.Formats {
		if f == "csv" {
			continue
		}
		var buf bytes.Buffer
		require.NoError(t, export.Write(&buf, &export.Graph{}, f), f)
		switch f {
		case "graphml", "svg":
			xmlElements(t, buf.Bytes())
		case "json":
			assert.True(t, json.Valid(buf.Bytes()))
		}
	}
	require.NoError(t, export.WriteCSV(t.TempDir(), &export.Graph{}))
}

func TestWriteErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.ErrorContains(t, export.Write(&buf, fixture(), "pdf"), `unknown format "pdf"`)
	assert.ErrorContains(t, export.Write(&buf, fixture(), "csv"), "directory")
	g := fixture()
	g.Nodes[0].Label = "Bad Label"
	assert.ErrorContains(t, export.WriteCypher(&buf, g, export.Neo4j), "not a plain name")
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	return rows
}

func TestCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dump")
	require.NoError(t, export.WriteCSV(dir, fixture()))
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	var base []string
	for _, n := range names {
		base = append(base, filepath.Base(n))
	}
	assert.ElementsMatch(t, []string{"nodes_Country.csv", "nodes_Person.csv", "nodes_Policy.csv", "nodes_Article.csv",
		"rels_PLEDGED.csv", "rels_MET_WITH.csv", "rels_ANNOUNCED.csv", "rels_REPRESENTS.csv", "rels_MENTIONS.csv", "import.sh"}, base)

	people := readCSV(t, filepath.Join(dir, "nodes_Person.csv"))
	assert.Equal(t, []string{"id:ID", ":LABEL", "label", "name", "title", "country"}, people[0])
	require.Len(t, people, 3)
	assert.Equal(t, []string{"person:envoy", "Person", "Person", trickyName, "Envoy", ""}, people[1])

	pledged := readCSV(t, filepath.Join(dir, "rels_PLEDGED.csv"))
	assert.Equal(t, []string{":START_ID", ":END_ID", ":TYPE", "key", "kind", "date", "precision", "year:long", "what",
		"subject_country", "object_country", "articles:string[]", "sentences:string[]", "spans:string[]", "rules:string[]",
		"confidence:double", "cameo", "plover", "tone"}, pledged[0])
	require.Len(t, pledged, 2)
	row := map[string]string{}
	for i, h := range pledged[0] {
		row[h] = pledged[1][i]
	}
	assert.Equal(t, "country:china", row[":START_ID"])
	assert.Equal(t, "PLEDGED", row[":TYPE"])
	assert.Equal(t, "2025", row["year:long"])
	assert.Equal(t, "0.75", row["confidence:double"])
	// A sentence holds ";", so lists are joined with "|" and import.sh says so.
	assert.Equal(t, "a1|a2", row["articles:string[]"])
	assert.Equal(t, "China will act; Russia too.|Second\nline", row["sentences:string[]"])

	mentions := readCSV(t, filepath.Join(dir, "rels_MENTIONS.csv"))
	assert.Equal(t, []string{":START_ID", ":END_ID", ":TYPE", "key", "kind", "count:long"}, mentions[0])

	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	require.NoError(t, err)
	s := string(script)
	assert.True(t, strings.HasPrefix(s, "#!/bin/sh\n"))
	assert.Contains(t, s, "neo4j-admin database import full neo4j --overwrite-destination --id-type=string --array-delimiter='|' --multiline-fields=true")
	assert.Contains(t, s, "--nodes=nodes_Country.csv")
	assert.Contains(t, s, "--relationships=rels_MENTIONS.csv")
	fi, err := os.Stat(filepath.Join(dir, "import.sh"))
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&0o100, "import.sh is executable")
}

func TestCSVSemicolonAndCollisions(t *testing.T) {
	g := fixture()
	for _, e := range g.Edges {
		if e.Kind == "PLEDGED" {
			e.Props["sentences"] = []string{"no semicolon", "here"}
		}
	}
	dir := t.TempDir()
	require.NoError(t, export.WriteCSV(dir, g))
	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	require.NoError(t, err)
	assert.Contains(t, string(script), "--array-delimiter=';'")

	g.Nodes = append(g.Nodes, export.Node{Label: "Event", ID: "country:china"})
	assert.ErrorContains(t, export.WriteCSV(t.TempDir(), g), `node id "country:china" is both`)
}

func TestCypherDialects(t *testing.T) {
	var neo, kuzu bytes.Buffer
	require.NoError(t, export.WriteCypher(&neo, fixture(), export.Neo4j))
	require.NoError(t, export.WriteCypher(&kuzu, fixture(), export.Kuzu))
	assert.Contains(t, kuzu.String(), `'O\'Brien "the" \\ Envoy' + decode(BLOB('\\x0A')) + 'of Côte d\'Ivoire' + decode(BLOB('\\x09')) + '中'`)
	assert.Contains(t, kuzu.String(), `['China will act; Russia too.', 'Second' + decode(BLOB('\\x0A')) + 'line']`)
	assert.Contains(t, kuzu.String(), "Cypher for kuzu")
	// Without control characters the two dialects write the same statements.
	g := fixture()
	g.Nodes = g.Nodes[:3]
	g.Edges = nil
	neo.Reset()
	kuzu.Reset()
	require.NoError(t, export.WriteCypher(&neo, g, export.Neo4j))
	require.NoError(t, export.WriteCypher(&kuzu, g, export.Kuzu))
	assert.Equal(t, strings.ReplaceAll(neo.String(), "for neo4j", "for kuzu"), kuzu.String())

	for in, want := range map[string]export.Dialect{"": export.Neo4j, "neo4j": export.Neo4j, "Kuzu": export.Kuzu} {
		d, err := export.ParseDialect(in)
		require.NoError(t, err)
		assert.Equal(t, want, d)
	}
	_, err := export.ParseDialect("sql")
	assert.Error(t, err)
}
