package export

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteJSON writes g as one JSON object in the node-link form d3-force and
// NetworkX's node_link_graph read:
//
//	{"nodes": [{"id": ..., "label": ..., <properties>}],
//	 "links": [{"source": ..., "target": ..., "kind": ..., "key": ..., <properties>}]}
//
// source and target are node ids (Label:id where two labels share one);
// lists stay JSON arrays. One node or link per line.
func WriteJSON(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	ref := g.refs()
	bw.WriteString("{\"nodes\": [")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		obj := make(map[string]any, len(n.Props)+2)
		for k, v := range n.Props {
			obj[k] = v
		}
		obj["id"] = ref(n.Label, n.ID)
		obj["label"] = n.Label
		if err := jsonItem(bw, i, obj); err != nil {
			return err
		}
	}
	bw.WriteString("\n ],\n \"links\": [")
	for i := range g.Edges {
		e := &g.Edges[i]
		obj := make(map[string]any, len(e.Props)+4)
		for k, v := range e.Props {
			obj[k] = v
		}
		obj["source"] = ref(e.FromLabel, e.From)
		obj["target"] = ref(e.ToLabel, e.To)
		obj["kind"] = e.Kind
		obj["key"] = e.Key
		if err := jsonItem(bw, i, obj); err != nil {
			return err
		}
	}
	bw.WriteString("\n ]}\n")
	return bw.Flush()
}

// jsonItem writes one array element on its own line.
func jsonItem(w *bufio.Writer, i int, v any) error {
	var b bytesBuffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if i > 0 {
		w.WriteString(",")
	}
	w.WriteString("\n  ")
	_, err := w.Write(b[:len(b)-1]) // without Encode's newline
	return err
}
