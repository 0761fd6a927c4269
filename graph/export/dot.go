package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteDOT writes g for Graphviz (dot, neato, sfdp): nodes filled with the
// colour of their label and captioned with their name and label, edges
// labelled with their kind and date. Symmetric kinds have no arrowhead.
func WriteDOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	ref := g.refs()
	bw.WriteString("digraph bilat {\n")
	bw.WriteString("  graph [overlap=false, splines=true, nodesep=0.5, ranksep=0.6, fontname=\"Helvetica\"];\n")
	bw.WriteString("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=11];\n")
	bw.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		fmt.Fprintf(bw, "  %s [label=%s, fillcolor=%s, tooltip=%s];\n", dotID(ref(n.Label, n.ID)),
			dotID(caption(n)+"\n("+n.Label+")"), dotID(colorOf(n.Label)), dotID(n.Label+" "+n.ID))
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		label := e.Kind
		if d, _ := e.Props["date"].(string); d != "" {
			label += "\n" + d
		}
		attrs := "label=" + dotID(label)
		if symmetric(e.Kind) {
			attrs += ", dir=none"
		}
		fmt.Fprintf(bw, "  %s -> %s [%s];\n", dotID(ref(e.FromLabel, e.From)), dotID(ref(e.ToLabel, e.To)), attrs)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotID quotes s as a DOT string: quotes and backslashes escaped, a line
// break as \n (a centred line in labels), other control characters as spaces.
func dotID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case r < 0x20:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
