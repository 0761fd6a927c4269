package export

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

// Selection says which part of the graph to export. With neither Actor nor
// Between it is the whole graph (articles included); Kinds, Since and Until
// then keep only matching edges and the nodes they join.
type Selection struct {
	// Actor is the id of a node: the export holds it, every node within
	// Depth hops of it and every edge among them (the induced subgraph).
	// Article nodes and MENTIONS edges are left out unless WithArticles.
	Actor        string
	Depth        int // 1 to 3; 0 means 1
	WithArticles bool

	// Between holds two country ids: the export holds every event edge
	// whose subject_country and object_country are these two, in either
	// direction, its endpoints, and the REPRESENTS edges of the people
	// among them with the nodes they lead to.
	Between [2]string

	// Kinds keeps only edges of these kinds (structural ones included);
	// empty keeps every kind.
	Kinds []string
	// Since and Until (YYYY-MM-DD, inclusive, either may be empty) keep
	// only event edges dated within them; dates compare as strings.
	// Structural edges have no date and are kept; undated events are not.
	Since, Until string
}

// MaxDepth is the largest Selection.Depth.
const MaxDepth = 3

var dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// Normalize checks s against sc and returns it with kinds upper-cased and
// Depth defaulted, or an error saying what is wrong.
func (s Selection) Normalize(sc *schema.Schema) (Selection, error) {
	if s.Actor != "" && (s.Between[0] != "" || s.Between[1] != "") {
		return s, fmt.Errorf("choose one selection: an actor or two countries, not both")
	}
	if (s.Between[0] == "") != (s.Between[1] == "") {
		return s, fmt.Errorf("between needs two countries")
	}
	if s.Between[0] != "" && s.Between[0] == s.Between[1] {
		return s, fmt.Errorf("between needs two different countries, got %s twice", s.Between[0])
	}
	if s.Depth == 0 {
		s.Depth = 1
	}
	if s.Depth < 1 || s.Depth > MaxDepth {
		return s, fmt.Errorf("depth must be 1 to %d, got %d", MaxDepth, s.Depth)
	}
	var kinds []string
	for _, k := range s.Kinds {
		k = strings.ToUpper(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if _, ok := sc.Edge(k); !ok {
			var known []string
			for _, e := range sc.Edges {
				known = append(known, e.Kind)
			}
			return s, fmt.Errorf("unknown edge kind %q (known: %s)", k, strings.Join(known, ", "))
		}
		kinds = append(kinds, k)
	}
	s.Kinds = kinds
	for _, d := range []string{s.Since, s.Until} {
		if d != "" && !dateRe.MatchString(d) {
			return s, fmt.Errorf("%q is not a date (YYYY-MM-DD)", d)
		}
	}
	if s.Since != "" && s.Until != "" && s.Since > s.Until {
		return s, fmt.Errorf("since %s is after until %s", s.Since, s.Until)
	}
	return s, nil
}

// The queries Select runs. They run unchanged on Kuzu and Neo4j: labels and
// kinds are read from the label and kind properties, every value is a
// parameter, and every column has an alias that is not a variable.
const (
	qAllNodes   = "MATCH (n) WHERE n.label IS NOT NULL RETURN n AS node"
	qAllEdges   = "MATCH (a)-[r]->(b) RETURN a.label AS src_label, a.id AS src_id, r AS rel, b.label AS dst_label, b.id AS dst_id"
	qNode       = "MATCH (n) WHERE n.id = $id AND n.label IS NOT NULL RETURN n AS node"
	qTouching   = "MATCH (a)-[r]->(b) WHERE a.id IN $ids OR b.id IN $ids RETURN a AS src, r AS rel, b AS dst"
	qBetween    = "MATCH (a)-[r]->(b) WHERE (r.subject_country = $ca AND r.object_country = $cb) OR (r.subject_country = $cb AND r.object_country = $ca) RETURN a AS src, r AS rel, b AS dst"
	qRepresents = "MATCH (a:Person)-[r:REPRESENTS]->(b) WHERE a.id IN $ids RETURN a AS src, r AS rel, b AS dst"
	qISO3       = "MATCH (c:Country) WHERE c.id IN $ids RETURN c.id AS id, c.iso3 AS iso3"
)

// Select reads the part of st that sel names. An Actor that is not in the
// store is an error wrapping graph.ErrNotFound; a selection that matches
// nothing else gives a graph with just what it found.
func Select(ctx context.Context, st graph.Store, sel Selection) (*Graph, error) {
	sel, err := sel.Normalize(schema.Current())
	if err != nil {
		return nil, err
	}
	b := newBuilder(sel)
	switch {
	case sel.Actor != "":
		err = b.actor(ctx, st)
	case sel.Between[0] != "":
		err = b.between(ctx, st)
	default:
		err = b.all(ctx, st)
	}
	if err != nil {
		return nil, err
	}
	g := b.graph()
	if err := fillISO3(ctx, st, g); err != nil {
		return nil, err
	}
	return g, nil
}

// builder collects nodes and edges, each once.
type builder struct {
	sel   Selection
	kinds map[string]bool
	nodes map[string]*Node // by nodeKey
	order []string         // node keys in the order found
	edges map[string]*Edge // by kind and key
	eord  []string
}

func newBuilder(sel Selection) *builder {
	b := &builder{sel: sel, nodes: map[string]*Node{}, edges: map[string]*Edge{}}
	if len(sel.Kinds) > 0 {
		b.kinds = map[string]bool{}
		for _, k := range sel.Kinds {
			b.kinds[k] = true
		}
	}
	return b
}

func (b *builder) filtered() bool { return b.kinds != nil || b.sel.Since != "" || b.sel.Until != "" }

// keep reports whether an edge passes the kind and date filters.
func (b *builder) keep(e *Edge) bool {
	if b.kinds != nil && !b.kinds[e.Kind] {
		return false
	}
	if b.sel.Since == "" && b.sel.Until == "" {
		return true
	}
	d, _ := e.Props["date"].(string)
	if d == "" {
		def, ok := schema.Current().Edge(e.Kind)
		return ok && !def.Event
	}
	return (b.sel.Since == "" || d >= b.sel.Since) && (b.sel.Until == "" || d <= b.sel.Until)
}

// addNode adds n unless it is there, and reports whether it was new.
func (b *builder) addNode(n *Node) bool {
	k := nodeKey(n.Label, n.ID)
	if _, ok := b.nodes[k]; ok {
		return false
	}
	b.nodes[k] = n
	b.order = append(b.order, k)
	return true
}

func (b *builder) addEdge(e *Edge) {
	k := e.Kind + "\x00" + e.Key
	if _, ok := b.edges[k]; ok {
		return
	}
	b.edges[k] = e
	b.eord = append(b.eord, k)
}

func (b *builder) has(label, id string) bool {
	_, ok := b.nodes[nodeKey(label, id)]
	return ok
}

// graph returns what was collected, sorted. When filters are set on the
// whole graph, only nodes that kept edges join are kept.
func (b *builder) graph() *Graph {
	g := &Graph{ISO3: map[string]string{}}
	used := map[string]bool{}
	for _, k := range b.eord {
		e := b.edges[k]
		g.Edges = append(g.Edges, *e)
		used[nodeKey(e.FromLabel, e.From)] = true
		used[nodeKey(e.ToLabel, e.To)] = true
	}
	dropLonely := b.sel.Actor == "" && b.sel.Between[0] == "" && b.filtered()
	for _, k := range b.order {
		if dropLonely && !used[k] {
			continue
		}
		g.Nodes = append(g.Nodes, *b.nodes[k])
	}
	g.Sort()
	return g
}

// all reads the whole graph.
func (b *builder) all(ctx context.Context, st graph.Store) error {
	res, err := st.Query(ctx, qAllNodes, nil, false)
	if err != nil {
		return fmt.Errorf("read nodes: %w", err)
	}
	for _, row := range res.Rows {
		if n, ok := toNode(row[0]); ok {
			b.addNode(n)
		}
	}
	res, err = st.Query(ctx, qAllEdges, nil, false)
	if err != nil {
		return fmt.Errorf("read edges: %w", err)
	}
	for _, row := range res.Rows {
		e, ok := toEdge(row[2], str(row[0]), str(row[1]), str(row[3]), str(row[4]))
		if ok && b.has(e.FromLabel, e.From) && b.has(e.ToLabel, e.To) && b.keep(e) {
			b.addEdge(e)
		}
	}
	return nil
}

// actor reads the neighbourhood of sel.Actor, one hop per query.
func (b *builder) actor(ctx context.Context, st graph.Store) error {
	res, err := st.Query(ctx, qNode, map[string]any{"id": b.sel.Actor}, false)
	if err != nil {
		return fmt.Errorf("read %s: %w", b.sel.Actor, err)
	}
	var start *Node
	for _, row := range res.Rows {
		if n, ok := toNode(row[0]); ok && (b.sel.WithArticles || n.Label != "Article") {
			start = n
			break
		}
	}
	if start == nil {
		return fmt.Errorf("node %q: %w", b.sel.Actor, graph.ErrNotFound)
	}
	b.addNode(start)
	frontier := map[string]*Node{nodeKey(start.Label, start.ID): start}
	// Hops 1..Depth add nodes; one more hop adds the edges among the
	// outermost nodes, so the export is the induced subgraph.
	for hop := 1; hop <= b.sel.Depth+1 && len(frontier) > 0; hop++ {
		ids := make([]any, 0, len(frontier))
		seenID := map[string]bool{}
		for _, n := range frontier {
			if !seenID[n.ID] {
				seenID[n.ID] = true
				ids = append(ids, n.ID)
			}
		}
		res, err := st.Query(ctx, qTouching, map[string]any{"ids": ids}, false)
		if err != nil {
			return fmt.Errorf("read neighbours of %s: %w", b.sel.Actor, err)
		}
		next := map[string]*Node{}
		for _, row := range res.Rows {
			src, e, dst, ok := b.rowEdge(row)
			if !ok {
				continue
			}
			if !b.sel.WithArticles && (e.Kind == "MENTIONS" || src.Label == "Article" || dst.Label == "Article") {
				continue
			}
			sk, dk := nodeKey(src.Label, src.ID), nodeKey(dst.Label, dst.ID)
			_, fromFrontier := frontier[sk]
			_, toFrontier := frontier[dk]
			if !fromFrontier && !toFrontier {
				continue // another node with the same id
			}
			if hop > b.sel.Depth {
				if b.has(src.Label, src.ID) && b.has(dst.Label, dst.ID) {
					b.addEdge(e)
				}
				continue
			}
			for _, n := range []*Node{src, dst} {
				if b.addNode(n) {
					next[nodeKey(n.Label, n.ID)] = n
				}
			}
			b.addEdge(e)
		}
		frontier = next
	}
	return nil
}

// between reads the events of two countries and who represents the people
// among their endpoints.
func (b *builder) between(ctx context.Context, st graph.Store) error {
	res, err := st.Query(ctx, qBetween, map[string]any{"ca": b.sel.Between[0], "cb": b.sel.Between[1]}, false)
	if err != nil {
		return fmt.Errorf("read events between %s and %s: %w", b.sel.Between[0], b.sel.Between[1], err)
	}
	var people []any
	b.addRows(res, func(n *Node) {
		if n.Label == "Person" {
			people = append(people, n.ID)
		}
	})
	if len(people) == 0 {
		return nil
	}
	res, err = st.Query(ctx, qRepresents, map[string]any{"ids": people}, false)
	if err != nil {
		return fmt.Errorf("read who the people represent: %w", err)
	}
	b.addRows(res, nil)
	return nil
}

// rowEdge decodes a (src, rel, dst) row; ok is false when it does not
// decode or the edge does not pass the selection's filters.
func (b *builder) rowEdge(row []any) (src *Node, e *Edge, dst *Node, ok bool) {
	src, ok1 := toNode(row[0])
	dst, ok2 := toNode(row[2])
	if !ok1 || !ok2 {
		return nil, nil, nil, false
	}
	e, ok = toEdge(row[1], src.Label, src.ID, dst.Label, dst.ID)
	if !ok || !b.keep(e) {
		return nil, nil, nil, false
	}
	return src, e, dst, true
}

// addRows adds the (src, rel, dst) rows that pass the filters, calling
// added for each node that was new.
func (b *builder) addRows(res *graph.Result, added func(*Node)) {
	for _, row := range res.Rows {
		src, e, dst, ok := b.rowEdge(row)
		if !ok {
			continue
		}
		for _, n := range []*Node{src, dst} {
			if b.addNode(n) && added != nil {
				added(n)
			}
		}
		b.addEdge(e)
	}
}

// fillISO3 records the ISO3 codes of the countries the edges name.
func fillISO3(ctx context.Context, st graph.Store, g *Graph) error {
	var want []any
	seen := map[string]bool{}
	known := g.iso3Index()
	for _, e := range g.Edges {
		for _, p := range []string{"subject_country", "object_country"} {
			id, _ := e.Props[p].(string)
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			if c := known[id]; c != "" {
				g.ISO3[id] = c
				continue
			}
			want = append(want, id)
		}
	}
	if len(want) == 0 {
		return nil
	}
	res, err := st.Query(ctx, qISO3, map[string]any{"ids": want}, false)
	if err != nil {
		return fmt.Errorf("read country codes: %w", err)
	}
	for _, row := range res.Rows {
		if c := str(row[1]); c != "" {
			g.ISO3[str(row[0])] = c
		}
	}
	return nil
}

// toNode turns a node as the stores return it (a map of its properties
// plus "_label") into a Node; ok is false for rows that are not bilat nodes.
func toNode(v any) (*Node, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	label := str(m[schema.LabelProperty])
	if label == "" {
		label = str(m["_label"])
	}
	id := str(m[schema.KeyProperty])
	if label == "" || id == "" {
		return nil, false
	}
	return &Node{Label: label, ID: id, Props: props(m, schema.KeyProperty, schema.LabelProperty)}, true
}

// toEdge turns a relationship map into an Edge between the given nodes.
func toEdge(v any, fromLabel, from, toLabel, to string) (*Edge, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	kind := str(m[schema.KindProperty])
	if kind == "" {
		kind = str(m["_label"])
	}
	key := str(m[schema.EdgeKeyProperty])
	if kind == "" || key == "" || from == "" || to == "" {
		return nil, false
	}
	return &Edge{Kind: kind, Key: key, FromLabel: fromLabel, From: from, ToLabel: toLabel, To: to,
		Props: props(m, schema.EdgeKeyProperty, schema.KindProperty)}, true
}

// props copies the set properties of m but the named ones and those
// starting with "_", turning lists into []string.
func props(m map[string]any, skip ...string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if v == nil || strings.HasPrefix(k, "_") || k == skip[0] || k == skip[1] {
			continue
		}
		switch x := v.(type) {
		case []any:
			l := make([]string, len(x))
			for i, e := range x {
				if e != nil {
					l[i] = fmt.Sprint(e)
				}
			}
			v = l
		case int:
			v = int64(x)
		}
		out[k] = v
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
