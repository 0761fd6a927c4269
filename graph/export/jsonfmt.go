package export

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteJSON writes g as one JSON object in the node-link form of NetworkX
// 3.6+ (node_link_data / node_link_graph with their defaults):
//
//	{"directed": true, "multigraph": true, "graph": {},
//	 "nodes": [{"id": ..., "label": ..., <properties>}],
//	 "edges": [{"source": ..., "target": ..., "kind": ..., "key": ..., <properties>}]}
//
// source and target are node ids (Label:id where two labels share one);
// key, the edge's bilat key, is the multigraph key that keeps parallel
// edges apart; lists stay JSON arrays. One node or edge per line. NetworkX
// 3.4 and 3.5 read it with node_link_graph(data, edges="edges"); d3-force
// wants the edges under "links".
func WriteJSON(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	ref := g.refs()
	bw.WriteString("{\"directed\": true, \"multigraph\": true, \"graph\": {},\n \"nodes\": [")
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
	bw.WriteString("\n ],\n \"edges\": [")
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
