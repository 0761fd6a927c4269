package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/bilatgraph/bilat/schema"
)

// ReadFormats lists the formats Read accepts.
var ReadFormats = []string{"cypher", "json"}

// Read reads a Graph written by WriteCypher (either dialect) or WriteJSON.
// name is the file's name in messages ("FILE:LINE: ...").
func Read(r io.Reader, format, name string) (*Graph, error) {
	switch format {
	case "cypher":
		return ReadCypher(r, name)
	case "json":
		return ReadJSON(r, name)
	}
	return nil, fmt.Errorf("%s: cannot read format %q (known: %s)", name, format, strings.Join(ReadFormats, ", "))
}

// ReadCypher reads a script in the form WriteCypher writes: one MERGE
// statement per line for each node and each edge; blank lines and //
// comments are skipped. It is not a Cypher interpreter: any other
// statement is an error naming its line. The graph is sorted and checked
// (every edge's endpoints among its nodes).
func ReadCypher(r io.Reader, name string) (*Graph, error) {
	g := &Graph{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "//") {
			continue
		}
		p := &cypherParser{s: text}
		if err := p.statement(g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	return g, g.check(name)
}

// cypherParser reads one statement of a bilat Cypher script.
type cypherParser struct {
	s   string
	pos int
}

func (p *cypherParser) errorf(format string, args ...any) error {
	rest := p.s[p.pos:]
	if len(rest) > 30 {
		rest = rest[:30] + "..."
	}
	return fmt.Errorf("not a statement bilat export writes: %s at column %d (%q)", fmt.Sprintf(format, args...), p.pos+1, rest)
}

func (p *cypherParser) space() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t') {
		p.pos++
	}
}

// lit consumes tok, after optional spaces.
func (p *cypherParser) lit(tok string) error {
	p.space()
	if !strings.HasPrefix(p.s[p.pos:], tok) {
		return p.errorf("want %q", tok)
	}
	p.pos += len(tok)
	return nil
}

func (p *cypherParser) peek(tok string) bool {
	p.space()
	return strings.HasPrefix(p.s[p.pos:], tok)
}

// name reads a label or kind: letters, digits and underscores.
func (p *cypherParser) name() (string, error) {
	p.space()
	start := p.pos
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && p.pos > start {
			p.pos++
			continue
		}
		break
	}
	if p.pos == start {
		return "", p.errorf("want a name")
	}
	return p.s[start:p.pos], nil
}

// prop reads a property name in backticks (a doubled backtick is one).
func (p *cypherParser) prop() (string, error) {
	if err := p.lit("`"); err != nil {
		return "", err
	}
	var b strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		if c == '`' {
			if p.pos < len(p.s) && p.s[p.pos] == '`' {
				b.WriteByte('`')
				p.pos++
				continue
			}
			return b.String(), nil
		}
		b.WriteByte(c)
	}
	return "", p.errorf("unterminated property name")
}

// pattern reads "(v:Label {`id`: 'x'})" and returns label and id.
func (p *cypherParser) pattern(v string) (string, string, error) {
	if err := p.lit("(" + v + ":"); err != nil {
		return "", "", err
	}
	label, err := p.name()
	if err != nil {
		return "", "", err
	}
	id, err := p.keyMap(schema.KeyProperty)
	if err != nil {
		return "", "", err
	}
	return label, id, p.lit(")")
}

// keyMap reads "{`key`: 'value'}" for the property key.
func (p *cypherParser) keyMap(key string) (string, error) {
	if err := p.lit("{"); err != nil {
		return "", err
	}
	if name, err := p.prop(); err != nil {
		return "", err
	} else if name != key {
		return "", p.errorf("want the property %s", key)
	}
	if err := p.lit(":"); err != nil {
		return "", err
	}
	v, err := p.value()
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", p.errorf("%s must be a string", key)
	}
	return s, p.lit("}")
}

// sets reads "SET v.`name` = value, v.`name` = value ..." up to the final
// ";" and returns the properties.
func (p *cypherParser) sets(v string) (map[string]any, error) {
	if err := p.lit("SET"); err != nil {
		return nil, err
	}
	props := map[string]any{}
	for {
		if err := p.lit(v + "."); err != nil {
			return nil, err
		}
		name, err := p.prop()
		if err != nil {
			return nil, err
		}
		if err := p.lit("="); err != nil {
			return nil, err
		}
		val, err := p.value()
		if err != nil {
			return nil, err
		}
		props[name] = val
		if p.peek(",") {
			p.pos++
			continue
		}
		if err := p.lit(";"); err != nil {
			return nil, err
		}
		p.space()
		if p.pos != len(p.s) {
			return nil, p.errorf("one statement per line")
		}
		return props, nil
	}
}

// statement reads a node or an edge statement into g.
func (p *cypherParser) statement(g *Graph) error {
	switch {
	case p.peek("MERGE "):
		p.pos += len("MERGE ")
		label, id, err := p.pattern("n")
		if err != nil {
			return err
		}
		props, err := p.sets("n")
		if err != nil {
			return err
		}
		if props[schema.LabelProperty] != label {
			return fmt.Errorf("node %s %q: its label property is %v", label, id, props[schema.LabelProperty])
		}
		delete(props, schema.LabelProperty)
		g.Nodes = append(g.Nodes, Node{Label: label, ID: id, Props: props})
		return nil
	case p.peek("MATCH "):
		p.pos += len("MATCH ")
		var e Edge
		var err error
		if e.FromLabel, e.From, err = p.pattern("a"); err != nil {
			return err
		}
		if err := p.lit(","); err != nil {
			return err
		}
		if e.ToLabel, e.To, err = p.pattern("b"); err != nil {
			return err
		}
		if err := p.lit("MERGE (a)-[r:"); err != nil {
			return err
		}
		if e.Kind, err = p.name(); err != nil {
			return err
		}
		if e.Key, err = p.keyMap(schema.EdgeKeyProperty); err != nil {
			return err
		}
		if err := p.lit("]->(b)"); err != nil {
			return err
		}
		if e.Props, err = p.sets("r"); err != nil {
			return err
		}
		if e.Props[schema.KindProperty] != e.Kind {
			return fmt.Errorf("edge %s %q: its kind property is %v", e.Kind, e.Key, e.Props[schema.KindProperty])
		}
		delete(e.Props, schema.KindProperty)
		g.Edges = append(g.Edges, e)
		return nil
	}
	return p.errorf("want MERGE (a node) or MATCH (an edge)")
}

// value reads a literal: a string (with the Kuzu dialect's
// "+ decode(BLOB('\\xHH'))" pieces), an integer, a float, a boolean or a
// list of strings.
func (p *cypherParser) value() (any, error) {
	p.space()
	if p.pos >= len(p.s) {
		return nil, p.errorf("want a value")
	}
	switch c := p.s[p.pos]; {
	case c == '\'' || strings.HasPrefix(p.s[p.pos:], "decode("):
		return p.stringExpr()
	case c == '[':
		p.pos++
		list := []string{}
		if p.peek("]") {
			p.pos++
			return list, nil
		}
		for {
			s, err := p.stringExpr()
			if err != nil {
				return nil, err
			}
			list = append(list, s)
			if p.peek(",") {
				p.pos++
				continue
			}
			return list, p.lit("]")
		}
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	}
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	num := p.s[start:p.pos]
	if num == "" {
		return nil, p.errorf("want a value")
	}
	if !strings.ContainsAny(num, ".eE") {
		i, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			return nil, p.errorf("bad integer %q", num)
		}
		return i, nil
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return nil, p.errorf("bad number %q", num)
	}
	return f, nil
}

// stringExpr reads a string literal, or pieces of one joined with +.
func (p *cypherParser) stringExpr() (string, error) {
	var b strings.Builder
	for {
		p.space()
		switch {
		case p.peek("'"):
			if err := p.quoted(&b); err != nil {
				return "", err
			}
		case p.peek("decode(BLOB('"):
			p.pos += len("decode(BLOB('")
			for p.peek(`\\x`) {
				p.pos += 3
				if p.pos+2 > len(p.s) {
					return "", p.errorf("bad byte escape")
				}
				c, err := strconv.ParseUint(p.s[p.pos:p.pos+2], 16, 8)
				if err != nil {
					return "", p.errorf("bad byte escape")
				}
				b.WriteByte(byte(c))
				p.pos += 2
			}
			if err := p.lit("'))"); err != nil {
				return "", err
			}
		default:
			return "", p.errorf("want a string")
		}
		// Another piece follows a " + ", unless the + ends the value.
		save := p.pos
		if p.peek("+") {
			p.pos++
			if p.peek("'") || p.peek("decode(") {
				continue
			}
		}
		p.pos = save
		return b.String(), nil
	}
}

// quoted reads one single-quoted literal with Cypher's escapes.
func (p *cypherParser) quoted(b *strings.Builder) error {
	p.pos++ // the opening quote
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '\'':
			return nil
		case '\\':
			if p.pos >= len(p.s) {
				return p.errorf("unterminated string")
			}
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'u':
				if p.pos+4 > len(p.s) {
					return p.errorf("bad \\u escape")
				}
				r, err := strconv.ParseUint(p.s[p.pos:p.pos+4], 16, 32)
				if err != nil {
					return p.errorf("bad \\u escape")
				}
				b.WriteRune(rune(r))
				p.pos += 4
			default:
				b.WriteByte(e) // \\, \', \"
			}
		default:
			b.WriteByte(c)
		}
	}
	return p.errorf("unterminated string")
}

// ReadJSON reads the node-link JSON WriteJSON writes (edges under "edges",
// or "links" as d3 and older NetworkX name them). Values take the Go types
// of their schema properties (integers as int64, lists as []string).
func ReadJSON(r io.Reader, name string) (*Graph, error) {
	var doc struct {
		Nodes []map[string]any `json:"nodes"`
		Edges []map[string]any `json:"edges"`
		Links []map[string]any `json:"links"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: not bilat's JSON export: %v", name, err)
	}
	if doc.Edges == nil {
		doc.Edges = doc.Links
	}
	g := &Graph{}
	type end struct{ label, id string }
	byRef := map[string]end{}
	for i, obj := range doc.Nodes {
		ref, _ := obj["id"].(string)
		label, _ := obj[schema.LabelProperty].(string)
		if ref == "" || label == "" {
			return nil, fmt.Errorf("%s: node %d has no id or label", name, i+1)
		}
		// refs() writes Label:id when two labels share an id.
		id := strings.TrimPrefix(ref, label+":")
		props := map[string]any{}
		def, _ := schema.Current().Node(label)
		for k, v := range obj {
			if k == "id" || k == schema.LabelProperty {
				continue
			}
			props[k] = jsonValue(v, def.Property, k)
		}
		g.Nodes = append(g.Nodes, Node{Label: label, ID: id, Props: props})
		byRef[ref] = end{label, id}
	}
	for i, obj := range doc.Edges {
		src, _ := obj["source"].(string)
		dst, _ := obj["target"].(string)
		kind, _ := obj[schema.KindProperty].(string)
		key, _ := obj[schema.EdgeKeyProperty].(string)
		from, ok1 := byRef[src]
		to, ok2 := byRef[dst]
		if kind == "" || key == "" || !ok1 || !ok2 {
			return nil, fmt.Errorf("%s: edge %d needs kind, key, and a source and target among the nodes", name, i+1)
		}
		props := map[string]any{}
		def, _ := schema.Current().Edge(kind)
		for k, v := range obj {
			switch k {
			case "source", "target", schema.KindProperty, schema.EdgeKeyProperty:
				continue
			}
			props[k] = jsonValue(v, def.Property, k)
		}
		g.Edges = append(g.Edges, Edge{Kind: kind, Key: key, FromLabel: from.label, From: from.id, ToLabel: to.label, To: to.id, Props: props})
	}
	return g, g.check(name)
}

// jsonValue gives a decoded JSON value the Go type of its schema property:
// int64 for integers, []string for lists.
func jsonValue(v any, lookup func(string) (schema.Property, bool), name string) any {
	var t string
	if lookup != nil {
		if p, ok := lookup(name); ok {
			t = p.Type
		}
	}
	switch x := v.(type) {
	case float64:
		if t == schema.Int || t == "" && x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int64(x)
		}
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			} else {
				return v
			}
		}
		return out
	}
	return v
}

// check sorts g and makes sure every edge's endpoints are among its nodes.
func (g *Graph) check(name string) error {
	g.Sort()
	known := map[string]bool{}
	for _, n := range g.Nodes {
		known[nodeKey(n.Label, n.ID)] = true
	}
	var missing []string
	for _, e := range g.Edges {
		for _, end := range [][2]string{{e.FromLabel, e.From}, {e.ToLabel, e.To}} {
			if !known[nodeKey(end[0], end[1])] {
				missing = append(missing, fmt.Sprintf("edge %s %q: endpoint %s %q is not among the nodes", e.Kind, e.Key, end[0], end[1]))
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("%s: %s", name, missing[0])
	}
	return nil
}
