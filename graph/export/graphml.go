package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/schema"
)

// WriteGraphML writes g as GraphML 1.0, which Gephi, yEd, Cytoscape and
// NetworkX read. Every property gets a typed <key> (string, long, double or
// boolean) under its schema name, id and label for nodes, key and kind for
// edges included; lists are JSON arrays in a string. Node ids are bilat ids
// (Label:id where two labels share one). Every edge is directed, as
// edgedefault says, so NetworkX's read_graphml loads the file as a
// MultiDiGraph; a symmetric kind such as MET_WITH keeps its endpoints in id
// order and its direction means nothing. An edge's id is its bilat key,
// unique in the file, so parallel edges (two meetings of the same pair)
// stay apart.
func WriteGraphML(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	ref := g.refs()
	nodeKeys := keyTable("n", []column{{schema.KeyProperty, schema.String}, {schema.LabelProperty, schema.String}})
	labels, nodes := g.byLabel()
	for _, l := range labels {
		nodeKeys.add(nodeColumns(l, nodes[l]))
	}
	edgeKeys := keyTable("e", []column{{schema.EdgeKeyProperty, schema.String}, {schema.KindProperty, schema.String}})
	kinds, edges := g.byKind()
	for _, k := range kinds {
		edgeKeys.add(edgeColumns(k, edges[k]))
	}

	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, t := range []struct {
		kt   *keys
		elem string
	}{{nodeKeys, "node"}, {edgeKeys, "edge"}} {
		for _, c := range t.kt.cols {
			fmt.Fprintf(bw, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n",
				t.kt.id[c.Name], t.elem, attr(c.Name), graphmlType(c.Type))
		}
	}
	bw.WriteString(`  <graph id="bilat" edgedefault="directed">` + "\n")
	edgeIDs := g.edgeIDs()
	for i := range g.Nodes {
		n := &g.Nodes[i]
		fmt.Fprintf(bw, `    <node id="%s">`, attr(ref(n.Label, n.ID)))
		writeData(bw, nodeKeys.id[schema.KeyProperty], n.ID)
		writeData(bw, nodeKeys.id[schema.LabelProperty], n.Label)
		for _, c := range nodeKeys.cols[2:] {
			if v, ok := n.Props[c.Name]; ok {
				writeData(bw, nodeKeys.id[c.Name], graphmlValue(v))
			}
		}
		bw.WriteString("</node>\n")
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		fmt.Fprintf(bw, `    <edge id="%s" source="%s" target="%s">`, attr(edgeIDs[i]), attr(ref(e.FromLabel, e.From)), attr(ref(e.ToLabel, e.To)))
		writeData(bw, edgeKeys.id[schema.EdgeKeyProperty], e.Key)
		writeData(bw, edgeKeys.id[schema.KindProperty], e.Kind)
		for _, c := range edgeKeys.cols[2:] {
			if v, ok := e.Props[c.Name]; ok {
				writeData(bw, edgeKeys.id[c.Name], graphmlValue(v))
			}
		}
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// keys numbers the properties of nodes or edges: one <key> per name, typed
// by the first label or kind that declares it.
type keys struct {
	prefix string
	cols   []column
	id     map[string]string
}

func keyTable(prefix string, first []column) *keys {
	k := &keys{prefix: prefix, id: map[string]string{}}
	k.add(first)
	return k
}

func (k *keys) add(cols []column) {
	for _, c := range cols {
		if _, ok := k.id[c.Name]; !ok {
			k.id[c.Name] = k.prefix + strconv.Itoa(len(k.cols))
			k.cols = append(k.cols, c)
		}
	}
}

func graphmlType(t string) string {
	switch t {
	case schema.Int:
		return "long"
	case schema.Float:
		return "double"
	case "bool":
		return "boolean"
	}
	return "string"
}

// graphmlValue renders a property value as GraphML data text.
func graphmlValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []string:
		return jsonList(x)
	}
	return fmt.Sprint(v)
}

// jsonList renders a list as a JSON array, without escaping <, > and &
// (XML escaping follows).
func jsonList(l []string) string {
	b := make([]byte, 0, 16*len(l)+2)
	b = append(b, '[')
	for i, s := range l {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return string(append(b, ']'))
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

func writeData(w *bufio.Writer, key, text string) {
	w.WriteString(`<data key="`)
	w.WriteString(key)
	w.WriteString(`">`)
	xml.EscapeText(w, []byte(text))
	w.WriteString("</data>")
}

// attr escapes s for an XML attribute value in double quotes.
func attr(s string) string {
	var b bytesBuffer
	xml.EscapeText(&b, []byte(s))
	return string(b)
}

// bytesBuffer is the smallest io.Writer that keeps what is written.
type bytesBuffer []byte

func (b *bytesBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
