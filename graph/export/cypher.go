package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/bilatgraph/bilat/schema"
)

// Dialect is the flavour of Cypher WriteCypher writes. The two differ only
// in how string literals carry control characters (newline, tab ...); for
// text without them the scripts are the same.
type Dialect int

const (
	// Neo4j writes control characters as the escapes \n, \t, \r, \b, \f
	// and \uXXXX.
	Neo4j Dialect = iota
	// Kuzu writes them as decode(BLOB('\\xHH')) joined to the rest of the
	// string with +, since Kuzu 0.11 drops the backslash of \n and \uXXXX.
	Kuzu
)

// ParseDialect returns the dialect named neo4j or kuzu.
func ParseDialect(s string) (Dialect, error) {
	switch strings.ToLower(s) {
	case "", "neo4j":
		return Neo4j, nil
	case "kuzu":
		return Kuzu, nil
	}
	return Neo4j, fmt.Errorf("unknown Cypher dialect %q (use neo4j or kuzu)", s)
}

// String returns the dialect's name, as ParseDialect reads it.
func (d Dialect) String() string {
	if d == Kuzu {
		return "kuzu"
	}
	return "neo4j"
}

// WriteCypher writes a script that rebuilds g in a store that has bilat's
// schema (run `bilat schema --apply` on it first): one statement per line,
// each ending in ";", with values as literals. Nodes come first,
//
//	MERGE (n:Country {`id`: 'china'}) SET n.`label` = 'Country', n.`name` = 'China', ...;
//
// then edges, matched by labelled endpoints so the id indexes serve:
//
//	MATCH (a:Country {`id`: 'china'}), (b:Country {`id`: 'russia'}) MERGE (a)-[r:PLEDGED {`key`: '...'}]->(b) SET r.`kind` = 'PLEDGED', ...;
//
// Running the script twice changes nothing. Lines starting with // are
// comments. Strings are single-quoted with \\ and \' escaped; property
// names are in backticks (Kuzu reserves words such as date).
func WriteCypher(w io.Writer, g *Graph, d Dialect) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// bilat export: %d nodes, %d edges, Cypher for %s, one statement per line.\n", len(g.Nodes), len(g.Edges), d)
	bw.WriteString("// Apply bilat's schema to the target store first: bilat --store STORE schema --apply\n")
	var sb strings.Builder
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if !safeName(n.Label) {
			return fmt.Errorf("node %q: label %q is not a plain name", n.ID, n.Label)
		}
		sb.Reset()
		fmt.Fprintf(&sb, "MERGE (n:%s {%s: %s}) SET n.%s = %s", n.Label, propName(schema.KeyProperty), d.quote(n.ID),
			propName(schema.LabelProperty), d.quote(n.Label))
		if err := d.setProps(&sb, "n", n.Props); err != nil {
			return fmt.Errorf("node %s %q: %w", n.Label, n.ID, err)
		}
		sb.WriteString(";\n")
		bw.WriteString(sb.String())
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		for _, name := range []string{e.Kind, e.FromLabel, e.ToLabel} {
			if !safeName(name) {
				return fmt.Errorf("edge %s %q: %q is not a plain name", e.Kind, e.Key, name)
			}
		}
		sb.Reset()
		id := propName(schema.KeyProperty)
		fmt.Fprintf(&sb, "MATCH (a:%s {%s: %s}), (b:%s {%s: %s}) MERGE (a)-[r:%s {%s: %s}]->(b) SET r.%s = %s",
			e.FromLabel, id, d.quote(e.From), e.ToLabel, id, d.quote(e.To),
			e.Kind, propName(schema.EdgeKeyProperty), d.quote(e.Key), propName(schema.KindProperty), d.quote(e.Kind))
		if err := d.setProps(&sb, "r", e.Props); err != nil {
			return fmt.Errorf("edge %s %q: %w", e.Kind, e.Key, err)
		}
		sb.WriteString(";\n")
		bw.WriteString(sb.String())
	}
	return bw.Flush()
}

// setProps appends ", v.`name` = value" for each property, in name order.
func (d Dialect) setProps(sb *strings.Builder, v string, props map[string]any) error {
	for _, name := range sortedKeys(props) {
		lit, err := d.literal(props[name])
		if err != nil {
			return fmt.Errorf("property %s: %w", name, err)
		}
		fmt.Fprintf(sb, ", %s.%s = %s", v, propName(name), lit)
	}
	return nil
}

// propName quotes a property name in backticks, doubling any backtick.
func propName(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

// literal renders a property value as a Cypher literal.
func (d Dialect) literal(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return d.quote(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case int:
		return strconv.Itoa(x), nil
	case float64:
		return floatLiteral(x)
	case bool:
		return strconv.FormatBool(x), nil
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = d.quote(s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return "", fmt.Errorf("cannot write a %T as Cypher", v)
}

// floatLiteral writes f so that both stores read it back as the same
// float: always with a point or an exponent, and no "+" in the exponent,
// which Neo4j does not parse.
func floatLiteral(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("%v has no Cypher literal", f)
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	s = strings.Replace(s, "e+", "e", 1)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s, nil
}

// quote writes s as a single-quoted Cypher string: backslash and quotes
// escaped, control characters as the dialect allows.
func (d Dialect) quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	inString := true // whether b is inside a quoted literal (Kuzu leaves it for control characters)
	var ctl []byte   // pending control characters (Kuzu)
	flush := func() {
		if len(ctl) == 0 {
			return
		}
		if inString {
			b.WriteString("' + ")
		} else {
			b.WriteString(" + ")
		}
		b.WriteString("decode(BLOB('")
		for _, c := range ctl {
			fmt.Fprintf(&b, `\\x%02X`, c)
		}
		b.WriteString("'))")
		ctl = ctl[:0]
		inString = false
	}
	for _, r := range s {
		if r < 0x20 && d == Kuzu {
			ctl = append(ctl, byte(r))
			continue
		}
		flush()
		if !inString {
			b.WriteString(" + '")
			inString = true
		}
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	flush()
	if inString {
		b.WriteByte('\'')
	}
	s2 := b.String()
	// A string that is all control characters starts with "'' + decode":
	// drop the empty literal.
	return strings.TrimPrefix(s2, "'' + ")
}
