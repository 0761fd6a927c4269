// Package schema is the one definition of bilat's graph: node labels, edge
// kinds and their properties. It is kept as data (schema.json) and compiled
// into each store's DDL, so the stores can never disagree about the model.
package schema

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
)

//go:embed schema.json
var schemaJSON []byte

// Property types known to the schema.
const (
	String     = "string"
	Int        = "int"
	Float      = "float"
	StringList = "string[]"
)

// Every node carries KeyProperty (its identity) and LabelProperty (its label,
// kept as a property so the same Cypher can read it on every store).
// Every edge carries EdgeKeyProperty and KindProperty for the same reasons.
const (
	KeyProperty     = "id"
	LabelProperty   = "label"
	EdgeKeyProperty = "key"
	KindProperty    = "kind"
)

// ArticlesProperty is the event edges' list of article ids, and
// ArticlesIndex the name of Neo4j's full-text index over it, which the
// article query calls by name.
const (
	ArticlesProperty = "articles"
	ArticlesIndex    = "event_articles"
)

// Property is one named, typed property.
type Property struct {
	Name string
	Type string
	Doc  string
}

// Node describes a node label.
type Node struct {
	Label      string
	Doc        string
	Properties []Property // including id and label
}

// Edge describes an edge kind.
type Edge struct {
	Kind      string
	Doc       string
	Event     bool     // a dated event with evidence (MET_WITH ... SANCTIONED)
	Symmetric bool     // direction carries no meaning (MET_WITH)
	From, To  []string // allowed endpoint labels
	CAMEO     string
	PLOVER    string
	Tone      string // cooperative or conflictual, for event edges
	// Quad is the event's quad class, one of Quads (event edges only);
	// Goldstein is its Goldstein-style intensity, -10 (most hostile) to
	// +10 (most cooperative), the value of Goldstein's scale for its CAMEO
	// code. Both are read by bilat chart, not stored on edges, so changing
	// them needs no store migration.
	Quad       string
	Goldstein  float64
	Properties []Property
}

// Quads are PLOVER's (and CAMEO's) four quad classes, cooperation first.
var Quads = []string{"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// Schema is the whole model at one version.
type Schema struct {
	Version int
	Nodes   []Node
	Edges   []Edge
}

// Node returns the node definition for label.
func (s *Schema) Node(label string) (Node, bool) {
	for _, n := range s.Nodes {
		if n.Label == label {
			return n, true
		}
	}
	return Node{}, false
}

// Edge returns the edge definition for kind.
func (s *Schema) Edge(kind string) (Edge, bool) {
	for _, e := range s.Edges {
		if e.Kind == kind {
			return e, true
		}
	}
	return Edge{}, false
}

// EventKinds lists the kinds of dated event edges, in schema order.
func (s *Schema) EventKinds() []string {
	var out []string
	for _, e := range s.Edges {
		if e.Event {
			out = append(out, e.Kind)
		}
	}
	return out
}

// Allows reports whether an edge of kind may join from-label to to-label.
func (e Edge) Allows(from, to string) bool {
	return slices.Contains(e.From, from) && slices.Contains(e.To, to)
}

// Property returns the named property of the edge.
func (e Edge) Property(name string) (Property, bool) { return findProp(e.Properties, name) }

// Property returns the named property of the node.
func (n Node) Property(name string) (Property, bool) { return findProp(n.Properties, name) }

func findProp(ps []Property, name string) (Property, bool) {
	for _, p := range ps {
		if p.Name == name {
			return p, true
		}
	}
	return Property{}, false
}

var current *Schema

func init() {
	s, err := Parse(schemaJSON)
	if err != nil {
		panic("schema: embedded schema.json: " + err.Error())
	}
	current = s
}

// Current returns the schema compiled into this build.
func Current() *Schema { return current }

type fileProp []string

type fileFormat struct {
	Version         int        `json:"version"`
	EventProperties []fileProp `json:"event_properties"`
	Nodes           []struct {
		Label      string     `json:"label"`
		Doc        string     `json:"doc"`
		Properties []fileProp `json:"properties"`
	} `json:"nodes"`
	Edges []struct {
		Kind       string     `json:"kind"`
		Doc        string     `json:"doc"`
		Event      bool       `json:"event"`
		Symmetric  bool       `json:"symmetric"`
		From       []string   `json:"from"`
		To         []string   `json:"to"`
		CAMEO      string     `json:"cameo"`
		PLOVER     string     `json:"plover"`
		Tone       string     `json:"tone"`
		Quad       string     `json:"quad"`
		Goldstein  float64    `json:"goldstein"`
		Properties []fileProp `json:"properties"`
	} `json:"edges"`
}

// Parse reads a schema definition in the format of schema.json and checks it:
// known property types, unique names, endpoints that are declared labels.
func Parse(data []byte) (*Schema, error) {
	var f fileFormat
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	if f.Version < 1 {
		return nil, fmt.Errorf("version must be 1 or more, got %d", f.Version)
	}
	s := &Schema{Version: f.Version}
	labels := map[string]bool{}
	for _, n := range f.Nodes {
		if labels[n.Label] {
			return nil, fmt.Errorf("label %s declared twice", n.Label)
		}
		labels[n.Label] = true
		props := []Property{{KeyProperty, String, "Identity of the node."}, {LabelProperty, String, "The node's label."}}
		more, err := props2(n.Properties, "label "+n.Label)
		if err != nil {
			return nil, err
		}
		props = append(props, more...)
		if err := unique(props, "label "+n.Label); err != nil {
			return nil, err
		}
		s.Nodes = append(s.Nodes, Node{Label: n.Label, Doc: n.Doc, Properties: props})
	}
	eventProps, err := props2(f.EventProperties, "event_properties")
	if err != nil {
		return nil, err
	}
	kinds := map[string]bool{}
	for _, e := range f.Edges {
		if kinds[e.Kind] {
			return nil, fmt.Errorf("edge kind %s declared twice", e.Kind)
		}
		kinds[e.Kind] = true
		for _, l := range append(append([]string{}, e.From...), e.To...) {
			if !labels[l] {
				return nil, fmt.Errorf("edge kind %s: unknown label %s", e.Kind, l)
			}
		}
		if e.Event && !slices.Contains(Quads, e.Quad) || !e.Event && e.Quad != "" {
			return nil, fmt.Errorf("edge kind %s: quad %q: an event kind has one of %q, other kinds none", e.Kind, e.Quad, Quads)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			return nil, fmt.Errorf("edge kind %s: goldstein %v is outside -10 to 10", e.Kind, e.Goldstein)
		}
		props := []Property{{EdgeKeyProperty, String, "Identity of the edge."}, {KindProperty, String, "The edge's kind."}}
		if e.Event {
			props = append(props, eventProps...)
		}
		more, err := props2(e.Properties, "edge kind "+e.Kind)
		if err != nil {
			return nil, err
		}
		props = append(props, more...)
		if err := unique(props, "edge kind "+e.Kind); err != nil {
			return nil, err
		}
		s.Edges = append(s.Edges, Edge{Kind: e.Kind, Doc: e.Doc, Event: e.Event, Symmetric: e.Symmetric,
			From: e.From, To: e.To, CAMEO: e.CAMEO, PLOVER: e.PLOVER, Tone: e.Tone, Quad: e.Quad, Goldstein: e.Goldstein, Properties: props})
	}
	return s, nil
}

func props2(in []fileProp, where string) ([]Property, error) {
	var out []Property
	for _, p := range in {
		if len(p) < 2 {
			return nil, fmt.Errorf("%s: property needs a name and a type: %v", where, p)
		}
		switch p[1] {
		case String, Int, Float, StringList:
		default:
			return nil, fmt.Errorf("%s: property %s has unknown type %q", where, p[0], p[1])
		}
		doc := ""
		if len(p) > 2 {
			doc = p[2]
		}
		out = append(out, Property{Name: p[0], Type: p[1], Doc: doc})
	}
	return out, unique(out, where)
}

func unique(ps []Property, where string) error {
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Name] {
			return fmt.Errorf("%s: property %s declared twice", where, p.Name)
		}
		seen[p.Name] = true
	}
	return nil
}

// Labels returns the node labels in schema order.
func (s *Schema) Labels() []string {
	out := make([]string, len(s.Nodes))
	for i, n := range s.Nodes {
		out[i] = n.Label
	}
	return out
}
