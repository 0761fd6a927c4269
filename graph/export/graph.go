// Package export writes a part of bilat's graph in formats other tools
// read: GraphML (Gephi, yEd, NetworkX), node-link JSON (NetworkX), CSV for
// neo4j-admin database import, a Cypher script of MERGE statements,
// Graphviz DOT, an SVG picture laid out by Graphviz and PLOVER event
// records as JSON Lines; and it reads its Cypher and JSON back (Read) and
// loads them into a store (Load).
//
// Select reads a subgraph from any graph.Store with parameterised Cypher
// that runs unchanged on Kuzu and Neo4j (nothing from user input is put
// into query text); the writers take the *Graph it returns, so they can
// also be used on a Graph built by hand.
package export

import (
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/bilatgraph/bilat/schema"
)

// Node is one exported node.
type Node struct {
	Label string
	ID    string
	// Props holds every set property except id and label, as string, int64,
	// float64, bool or []string.
	Props map[string]any
}

// Edge is one exported edge, from the node (FromLabel, From) to the node
// (ToLabel, To).
type Edge struct {
	Kind      string
	Key       string
	FromLabel string
	From      string
	ToLabel   string
	To        string
	// Props holds every set property except key and kind, typed as in Node.
	Props map[string]any
}

// Graph is a subgraph to export. Every edge's endpoints are among Nodes.
type Graph struct {
	Nodes []Node // in label, then id order (see Sort)
	Edges []Edge // in kind, then key order
	// ISO3 maps country ids to ISO 3166 alpha-3 codes for the countries the
	// edges name in subject_country and object_country, whether or not their
	// nodes were selected. Writers fall back to the Country nodes of Nodes.
	ISO3 map[string]string
}

// Formats lists the format names Write accepts, plus csv (see WriteCSV).
var Formats = []string{"graphml", "json", "csv", "cypher", "dot", "svg", "plover"}

// Write writes g to w in format, any of Formats except csv, which is a
// directory of files (WriteCSV). The cypher format is the Neo4j dialect;
// call WriteCypher for the Kuzu one.
func Write(w io.Writer, g *Graph, format string) error {
	switch format {
	case "graphml":
		return WriteGraphML(w, g)
	case "json":
		return WriteJSON(w, g)
	case "cypher":
		return WriteCypher(w, g, Neo4j)
	case "dot":
		return WriteDOT(w, g)
	case "svg":
		return WriteSVG(w, g)
	case "plover":
		return WritePLOVER(w, g)
	case "csv":
		return fmt.Errorf("the csv format writes a directory of files: give it one with WriteCSV (--out DIR)")
	}
	return fmt.Errorf("unknown format %q (known: graphml, json, csv, cypher, dot, svg, plover)", format)
}

// Sort puts the nodes in label, id order and the edges in kind, key order.
func (g *Graph) Sort() {
	sort.Slice(g.Nodes, func(i, j int) bool {
		a, b := g.Nodes[i], g.Nodes[j]
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Key < b.Key
	})
}

// nodeKey identifies a node within the graph: ids are unique per label.
func nodeKey(label, id string) string { return label + "\x00" + id }

// refs returns the name each node goes by in formats with one id space:
// its id, or Label:id where two labels share the id.
func (g *Graph) refs() func(label, id string) string {
	labels := map[string]int{}
	for _, n := range g.Nodes {
		labels[n.ID]++
	}
	return func(label, id string) string {
		if labels[id] > 1 {
			return label + ":" + id
		}
		return id
	}
}

// caption is what a picture shows for a node: its name, or its id.
func caption(n *Node) string {
	for _, p := range []string{"name", "title"} {
		if s, ok := n.Props[p].(string); ok && s != "" {
			return s
		}
	}
	return n.ID
}

// iso3Index maps country ids to ISO3 codes: those of g.ISO3 and those of
// the Country nodes of g.
func (g *Graph) iso3Index() map[string]string {
	out := map[string]string{}
	for i := range g.Nodes {
		if n := &g.Nodes[i]; n.Label == "Country" {
			if s, _ := n.Props["iso3"].(string); s != "" {
				out[n.ID] = s
			}
		}
	}
	for id, c := range g.ISO3 {
		if c != "" {
			out[id] = c
		}
	}
	return out
}

// column is one typed property of a label or kind, as written in a table.
type column struct {
	Name string
	Type string // a schema type, or "bool"
}

// nodeColumns returns the properties of label's nodes other than id and
// label: the schema's, in schema order, then any others the nodes carry.
func nodeColumns(label string, nodes []Node) []column {
	var declared []schema.Property
	if def, ok := schema.Current().Node(label); ok {
		declared = def.Properties
	}
	props := make([]map[string]any, len(nodes))
	for i := range nodes {
		props[i] = nodes[i].Props
	}
	return columns(declared, props, schema.KeyProperty, schema.LabelProperty)
}

// edgeColumns is nodeColumns for the edges of a kind, without key and kind.
func edgeColumns(kind string, edges []Edge) []column {
	var declared []schema.Property
	if def, ok := schema.Current().Edge(kind); ok {
		declared = def.Properties
	}
	props := make([]map[string]any, len(edges))
	for i := range edges {
		props[i] = edges[i].Props
	}
	return columns(declared, props, schema.EdgeKeyProperty, schema.KindProperty)
}

func columns(declared []schema.Property, props []map[string]any, skip ...string) []column {
	var out []column
	seen := map[string]bool{}
	for _, s := range skip {
		seen[s] = true
	}
	for _, p := range declared {
		if !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, column{p.Name, p.Type})
		}
	}
	var extra []column
	for _, m := range props {
		for name, v := range m {
			if !seen[name] {
				seen[name] = true
				extra = append(extra, column{name, typeOf(v)})
			}
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].Name < extra[j].Name })
	return append(out, extra...)
}

// typeOf returns the schema type of a property value.
func typeOf(v any) string {
	switch v.(type) {
	case int64, int:
		return schema.Int
	case float64:
		return schema.Float
	case []string:
		return schema.StringList
	case bool:
		return "bool"
	}
	return schema.String
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// byLabel groups node indexes by label, labels in schema order then others.
func (g *Graph) byLabel() ([]string, map[string][]Node) {
	groups := map[string][]Node{}
	for _, n := range g.Nodes {
		groups[n.Label] = append(groups[n.Label], n)
	}
	return orderedNames(schema.Current().Labels(), groups), groups
}

// byKind groups edges by kind, kinds in schema order then others.
func (g *Graph) byKind() ([]string, map[string][]Edge) {
	groups := map[string][]Edge{}
	for _, e := range g.Edges {
		groups[e.Kind] = append(groups[e.Kind], e)
	}
	var kinds []string
	for _, e := range schema.Current().Edges {
		kinds = append(kinds, e.Kind)
	}
	return orderedNames(kinds, groups), groups
}

func orderedNames[V any](known []string, groups map[string]V) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range known {
		if _, ok := groups[k]; ok {
			out = append(out, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range groups {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// symmetric reports whether direction carries no meaning for kind.
func symmetric(kind string) bool {
	def, ok := schema.Current().Edge(kind)
	return ok && def.Symmetric
}

// palette colours nodes by label, in schema order; other labels are grey.
var palette = map[string]string{
	"Country":      "#8dd3c7",
	"Person":       "#ffd92f",
	"Organization": "#bebada",
	"Policy":       "#fb8072",
	"Event":        "#80b1d3",
	"Article":      "#fdb462",
}

func colorOf(label string) string {
	if c, ok := palette[label]; ok {
		return c
	}
	return "#d9d9d9"
}

// edgeIDs returns a distinct id for each edge: its key, or key#n for the
// n-th repeat of a key (a hand-built Graph may repeat one across kinds).
func (g *Graph) edgeIDs() []string {
	out := make([]string, len(g.Edges))
	seen := map[string]int{}
	for i := range g.Edges {
		k := g.Edges[i].Key
		if k == "" {
			k = "e" + strconv.Itoa(i)
		}
		if n := seen[k]; n > 0 {
			out[i] = k + "#" + strconv.Itoa(n)
		} else {
			out[i] = k
		}
		seen[k]++
	}
	return out
}
