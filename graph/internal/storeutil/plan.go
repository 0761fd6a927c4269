package storeutil

import (
	"fmt"
	"math"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

// Evidence property names, as graph.EvidenceLists.Props spells them.
var evidenceNames = []string{"articles", "sentences", "spans", "rules", "confidence"}

// Node is a checked node: Label is a schema label, Props holds only
// schema properties with non-empty values of the schema's Go type.
type Node struct {
	Label string
	ID    string
	Props map[string]any
}

// Edge is a checked edge. Props holds only schema properties with non-empty
// values of the schema's Go type, never the evidence lists; EvidenceProps
// names the evidence properties this kind declares, in a fixed order.
type Edge struct {
	Kind          string
	Key           string
	FromLabel     string
	From          string
	ToLabel       string
	To            string
	Props         map[string]any
	Evidence      []graph.Evidence
	EvidenceProps []string
}

// Plan is a batch checked against the schema, ready for a store to write.
type Plan struct {
	Nodes []Node
	Edges []Edge

	nodeSet map[[2]string]bool // built by HasNode
}

// Prepare checks b against s and returns what a store should write.
//
// Every label, kind and property name must be in the schema (they are the
// only strings a store puts into Cypher text), every edge must join labels
// its kind allows, and every value must fit its property's type. Empty
// values (nil, "", empty lists) are dropped, so they never overwrite stored
// ones. A node or edge given twice is merged into one, later non-empty
// values winning and evidence appended.
//
// For a symmetric kind (MET_WITH) the endpoints are put in id order, as
// graph.EdgeKey orders them for the key, swapping subject_country and
// object_country along with them; so A→B and B→A with the same key are the
// same stored edge whatever order the caller used.
func Prepare(s *schema.Schema, b graph.Batch) (*Plan, error) {
	p := &Plan{}
	nodeAt := map[[2]string]int{}
	for _, n := range b.Nodes {
		def, ok := s.Node(n.Label)
		if !ok {
			return nil, fmt.Errorf("node %q: unknown label %q", n.ID, n.Label)
		}
		if n.ID == "" {
			return nil, fmt.Errorf("node with label %s has an empty id", n.Label)
		}
		props, err := checkProps(n.Props, def.Property, []string{schema.KeyProperty, schema.LabelProperty})
		if err != nil {
			return nil, fmt.Errorf("node %s %q: %w", n.Label, n.ID, err)
		}
		k := [2]string{n.Label, n.ID}
		if i, dup := nodeAt[k]; dup {
			for name, v := range props {
				p.Nodes[i].Props[name] = v
			}
			continue
		}
		nodeAt[k] = len(p.Nodes)
		p.Nodes = append(p.Nodes, Node{Label: n.Label, ID: n.ID, Props: props})
	}
	edgeAt := map[[2]string]int{}
	for _, e := range b.Edges {
		def, ok := s.Edge(e.Kind)
		if !ok {
			return nil, fmt.Errorf("edge %q: unknown kind %q", e.Key, e.Kind)
		}
		if e.Key == "" {
			return nil, fmt.Errorf("edge %s %s→%s has an empty key", e.Kind, e.From, e.To)
		}
		if e.From == "" || e.To == "" {
			return nil, fmt.Errorf("edge %s %q: empty endpoint id", e.Kind, e.Key)
		}
		if !def.Allows(e.FromLabel, e.ToLabel) {
			return nil, fmt.Errorf("edge %s %q: kind %s cannot join %s to %s", e.Kind, e.Key, e.Kind, e.FromLabel, e.ToLabel)
		}
		reserved := append([]string{schema.EdgeKeyProperty, schema.KindProperty}, evidenceNames...)
		props, err := checkProps(e.Props, def.Property, reserved)
		if err != nil {
			return nil, fmt.Errorf("edge %s %q: %w", e.Kind, e.Key, err)
		}
		out := Edge{Kind: e.Kind, Key: e.Key, FromLabel: e.FromLabel, From: e.From, ToLabel: e.ToLabel, To: e.To,
			Props: props, Evidence: append([]graph.Evidence(nil), e.Evidence...)}
		if def.Symmetric && out.To < out.From {
			out.From, out.To = out.To, out.From
			out.FromLabel, out.ToLabel = out.ToLabel, out.FromLabel
			sc, hasS := props["subject_country"]
			oc, hasO := props["object_country"]
			delete(props, "subject_country")
			delete(props, "object_country")
			if hasS {
				props["object_country"] = sc
			}
			if hasO {
				props["subject_country"] = oc
			}
		}
		for _, name := range evidenceNames {
			if _, ok := def.Property(name); ok {
				out.EvidenceProps = append(out.EvidenceProps, name)
			}
		}
		out.Evidence = keepDeclared(out.Evidence, def)
		k := [2]string{e.Kind, e.Key}
		if i, dup := edgeAt[k]; dup {
			prev := &p.Edges[i]
			if prev.From != out.From || prev.To != out.To || prev.FromLabel != out.FromLabel || prev.ToLabel != out.ToLabel {
				return nil, fmt.Errorf("edge %s %q is given twice with different endpoints", e.Kind, e.Key)
			}
			for name, v := range out.Props {
				prev.Props[name] = v
			}
			prev.Evidence = append(prev.Evidence, out.Evidence...)
			continue
		}
		edgeAt[k] = len(p.Edges)
		p.Edges = append(p.Edges, out)
	}
	return p, nil
}

// EvidenceValues returns the merged evidence as the properties this edge
// declares, leaving out empty lists so stores never write one.
func (e Edge) EvidenceValues(l graph.EvidenceLists) map[string]any {
	all := l.Props()
	out := map[string]any{}
	for _, name := range e.EvidenceProps {
		v := all[name]
		if list, ok := v.([]string); ok && len(list) == 0 {
			continue
		}
		out[name] = v
	}
	return out
}

// StoredEvidence rebuilds evidence lists from stored property values, as a
// store reads them back (lists of any, floats, or nil where unset).
func StoredEvidence(props map[string]any) graph.EvidenceLists {
	l := graph.EvidenceLists{
		Articles:  strings1(props["articles"]),
		Sentences: strings1(props["sentences"]),
		Spans:     strings1(props["spans"]),
		Rules:     strings1(props["rules"]),
	}
	if f, ok := props["confidence"].(float64); ok {
		l.Confidence = f
	}
	return l
}

func strings1(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, s := range x {
			str, _ := s.(string)
			out = append(out, str)
		}
		return out
	}
	return nil
}

// keepDeclared blanks the evidence fields a kind does not store (REPRESENTS
// keeps only articles), so that merging with what was read back compares
// like with like and the same article is not added twice.
func keepDeclared(ev []graph.Evidence, def schema.Edge) []graph.Evidence {
	has := func(name string) bool { _, ok := def.Property(name); return ok }
	for i := range ev {
		if !has("sentences") {
			ev[i].Sentence = ""
		}
		if !has("spans") {
			ev[i].Span = ""
		}
		if !has("rules") {
			ev[i].Rule = ""
		}
		if !has("confidence") {
			ev[i].Confidence = 0
		}
	}
	return ev
}

// checkProps keeps the non-empty properties of in, converted to the Go type
// of their schema type (string, int64, float64, []string).
func checkProps(in map[string]any, lookup func(string) (schema.Property, bool), reserved []string) (map[string]any, error) {
	out := map[string]any{}
	for name, v := range in {
		for _, r := range reserved {
			if name == r {
				return nil, fmt.Errorf("property %q is set by the store, not by the caller", name)
			}
		}
		def, ok := lookup(name)
		if !ok {
			return nil, fmt.Errorf("unknown property %q", name)
		}
		cv, empty, err := coerce(v, def.Type)
		if err != nil {
			return nil, fmt.Errorf("property %q: %w", name, err)
		}
		if !empty {
			out[name] = cv
		}
	}
	return out, nil
}

// coerce converts v to the Go type of schema type t and says whether it is
// empty (nil, "", or a list with no elements).
func coerce(v any, t string) (any, bool, error) {
	if v == nil {
		return nil, true, nil
	}
	switch t {
	case schema.String:
		s, ok := v.(string)
		if !ok {
			return nil, false, fmt.Errorf("want a string, got %T", v)
		}
		return s, s == "", nil
	case schema.Int:
		switch x := v.(type) {
		case int:
			return int64(x), false, nil
		case int8:
			return int64(x), false, nil
		case int16:
			return int64(x), false, nil
		case int32:
			return int64(x), false, nil
		case int64:
			return x, false, nil
		case uint8:
			return int64(x), false, nil
		case uint16:
			return int64(x), false, nil
		case uint32:
			return int64(x), false, nil
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
				return int64(x), false, nil
			}
		}
		return nil, false, fmt.Errorf("want an integer, got %T %v", v, v)
	case schema.Float:
		switch x := v.(type) {
		case float64:
			return x, false, nil
		case float32:
			return float64(x), false, nil
		case int:
			return float64(x), false, nil
		case int64:
			return float64(x), false, nil
		}
		return nil, false, fmt.Errorf("want a number, got %T", v)
	case schema.StringList:
		switch x := v.(type) {
		case []string:
			return append([]string(nil), x...), len(x) == 0, nil
		case []any:
			out := make([]string, 0, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					return nil, false, fmt.Errorf("want a list of strings, got an element of type %T", e)
				}
				out = append(out, s)
			}
			return out, len(out) == 0, nil
		}
		return nil, false, fmt.Errorf("want a list of strings, got %T", v)
	}
	return nil, false, fmt.Errorf("unknown schema type %q", t)
}
