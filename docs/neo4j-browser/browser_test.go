package neo4jbrowser

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/schema"
)

// parseGrass reads GraSS the way Neo4j Browser does (grassUtils.parseGrassCSS
// and GraphStyle.parse): selector { key: value; ... }, quotes only around
// values, no comments. It is stricter than Browser: it fails on what Browser
// would silently misread (a comment, a second colon in a value, a property
// without a colon, text outside a rule, a selector defined twice).
func parseGrass(text string) (map[string]map[string]string, error) {
	rules := map[string]map[string]string{}
	rest := text
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return rules, nil
		}
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			return nil, fmt.Errorf("text after the last rule: %.40q", rest)
		}
		sel := strings.TrimSpace(rest[:open])
		if sel == "" || strings.ContainsAny(sel, " \t\n/*'\"") {
			return nil, fmt.Errorf("bad selector %q", sel)
		}
		if _, dup := rules[sel]; dup {
			return nil, fmt.Errorf("%s defined twice", sel)
		}
		// The body ends at the first } outside quotes.
		body, end, quote := "", -1, byte(0)
		for i := open + 1; i < len(rest); i++ {
			c := rest[i]
			switch {
			case quote != 0 && c == quote:
				quote = 0
			case quote != 0:
			case c == '\'' || c == '"':
				quote = c
			case c == '}':
				end = i
			}
			if end >= 0 {
				break
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("%s: no closing }", sel)
		}
		body, rest = rest[open+1:end], rest[end+1:]
		props := map[string]string{}
		for _, decl := range strings.Split(body, ";") {
			decl = strings.TrimSpace(decl)
			if decl == "" {
				continue
			}
			if strings.Contains(decl, "/*") || strings.Contains(decl, "//") {
				return nil, fmt.Errorf("%s: a comment (Browser has none): %q", sel, decl)
			}
			parts := strings.Split(decl, ":")
			if len(parts) != 2 {
				return nil, fmt.Errorf("%s: %q must be one key: value (Browser drops it)", sel, decl)
			}
			k, v := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') {
				if v[len(v)-1] != v[0] {
					return nil, fmt.Errorf("%s: unbalanced quotes in %q", sel, decl)
				}
				v = v[1 : len(v)-1]
			}
			props[k] = v
		}
		rules[sel] = props
	}
}

var (
	hexColour = regexp.MustCompile(`^#[0-9A-F]{6}$`)
	pixels    = regexp.MustCompile(`^(\d+)px$`)
)

func rgb(t *testing.T, c string) (r, g, b int) {
	t.Helper()
	require.Regexp(t, hexColour, c)
	n, err := strconv.ParseUint(c[1:], 16, 32)
	require.NoError(t, err)
	return int(n >> 16 & 0xff), int(n >> 8 & 0xff), int(n & 0xff)
}

func px(t *testing.T, v string) int {
	t.Helper()
	m := pixels.FindStringSubmatch(v)
	require.NotNil(t, m, "%q is not N px", v)
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestStyleCoversSchema: a rule with colour, size and caption for every node
// label, and a colour and caption for every edge kind: red for conflictual
// kinds, green or blue for cooperative ones, the date as caption of dated
// events; no rule for a label or kind the schema does not have.
func TestStyleCoversSchema(t *testing.T) {
	rules, err := parseGrass(Style)
	require.NoError(t, err)
	s := schema.Current()
	require.Contains(t, rules, "node")
	require.Contains(t, rules, "relationship")

	colours, sizes := map[string]string{}, map[int]string{}
	for _, n := range s.Nodes {
		r, ok := rules["node."+n.Label]
		if !assert.True(t, ok, "no rule node.%s", n.Label) {
			continue
		}
		c := strings.ToUpper(r["color"])
		rgb(t, c)
		assert.Empty(t, colours[c], "node.%s has the colour of node.%s", n.Label, colours[c])
		colours[c] = n.Label
		d := px(t, r["diameter"])
		assert.Empty(t, sizes[d], "node.%s has the size of node.%s", n.Label, sizes[d])
		sizes[d] = n.Label
		rgb(t, strings.ToUpper(r["border-color"]))
		rgb(t, strings.ToUpper(r["text-color-internal"]))
		want := "{name}"
		if n.Label == "Article" {
			want = "{id}" // plain-text articles have no title
		}
		assert.Equal(t, want, r["caption"], "node.%s caption", n.Label)
		prop := strings.Trim(want, "{}")
		if prop != schema.KeyProperty {
			_, ok := n.Property(prop)
			assert.True(t, ok, "node.%s caption %s: no such property", n.Label, want)
		}
	}
	for _, e := range s.Edges {
		r, ok := rules["relationship."+e.Kind]
		if !assert.True(t, ok, "no rule relationship.%s", e.Kind) {
			continue
		}
		red, green, blue := rgb(t, strings.ToUpper(r["color"]))
		switch e.Tone {
		case "conflictual":
			assert.True(t, red >= 0xB0 && green < 0x60 && blue < 0x60, "relationship.%s (conflictual) should be red, is %s", e.Kind, r["color"])
		case "cooperative":
			assert.True(t, max(green, blue) > red+0x20, "relationship.%s (cooperative) should be green or blue, is %s", e.Kind, r["color"])
		}
		if e.Event {
			assert.Equal(t, "{date}", r["caption"], "relationship.%s caption", e.Kind)
		} else {
			assert.Equal(t, "<type>", r["caption"], "relationship.%s caption", e.Kind)
		}
		px(t, r["shaft-width"])
	}
	for sel := range rules {
		tag, class, _ := strings.Cut(sel, ".")
		switch {
		case class == "":
			assert.Contains(t, []string{"node", "relationship"}, tag)
		case tag == "node":
			_, ok := s.Node(class)
			assert.True(t, ok, "%s: no such label in the schema", sel)
		case tag == "relationship":
			_, ok := s.Edge(class)
			assert.True(t, ok, "%s: no such edge kind in the schema", sel)
		default:
			t.Errorf("unknown selector %s", sel)
		}
	}
}

func TestParseGrassRejectsWhatBrowserMisreads(t *testing.T) {
	for _, bad := range []string{
		"/* bilat */ node { color: #FFFFFF; }",
		"node { color: #FFFFFF; /* white */ }",
		"node { caption: '{date}: {what}'; }",
		"node { color #FFFFFF; }",
		"node { color: #FFFFFF; } node { diameter: 5px; }",
		"node { color: #FFFFFF; ",
	} {
		_, err := parseGrass(bad)
		assert.Error(t, err, bad)
	}
}

func TestScript(t *testing.T) {
	q, err := queries.Get("pledges")
	require.NoError(t, err)
	s, err := Script(q, map[string]any{"year": int64(2025)})
	require.NoError(t, err)
	want := `// pledges: What one country (or its leaders in office) pledged another, by date, with sources; a leader's pledge reads "China (Xi Jinping)".
// params: from country, to country, year year = 0, since date = "0000-01-01", until date = "9999-12-31"
// columns: date, subject, object, what, articles, sentences
:param from => "country:china";
:param to => "country:russia";
:param year => 2025;
:param since => "0000-01-01";
:param until => "9999-12-31";
MATCH (s)-[r:PLEDGED]->(o)
`
	assert.True(t, strings.HasPrefix(s, want), s)
	assert.True(t, strings.HasSuffix(s, "ORDER BY date, subject, object;\n"), s)
	ends := 0
	for _, line := range strings.Split(s, "\n") {
		if strings.HasSuffix(line, ";") && !strings.HasPrefix(line, ":param ") {
			ends++
		}
	}
	assert.Equal(t, 1, ends, "one Cypher statement, ending in ;")

	_, err = Script(q, map[string]any{"nope": 1})
	assert.ErrorContains(t, err, "no parameter nope")
}

// TestScriptsUseNeo4jText: a query with a per-store variant gets the Neo4j
// spelling, never the Kuzu one, and no header of its own.
func TestScriptsUseNeo4jText(t *testing.T) {
	all, err := queries.All()
	require.NoError(t, err)
	for _, q := range all {
		s, err := Script(q, nil)
		require.NoError(t, err, q.Name)
		assert.NotContains(t, s, "SHORTEST", q.Name)
		assert.NotContains(t, s, "list_transform", q.Name)
		assert.Equal(t, 1, strings.Count(s, "// "+q.Name+": "), q.Name)
		assert.NotContains(t, s, "// name:", q.Name)
		for _, p := range q.Params {
			assert.Contains(t, s, ":param "+p.Name+" => ", q.Name)
		}
	}
}

// TestExamplesCoverRequiredParams: every parameter without a default has an
// example, so that every script runs as printed; and no example is stale.
func TestExamplesCoverRequiredParams(t *testing.T) {
	all, err := queries.All()
	require.NoError(t, err)
	used := map[string]bool{}
	for _, q := range all {
		for _, p := range q.Params {
			key := q.Name + "." + p.Name
			if _, ok := Examples[key]; ok {
				used[key] = true
				assert.False(t, p.HasDefault, "%s has a default; drop its example", key)
				continue
			}
			assert.True(t, p.HasDefault, "%s (%s) has no default: add an example to Examples in browser.go", key, p.Type)
		}
	}
	var stale []string
	for k := range Examples {
		if !used[k] {
			stale = append(stale, k)
		}
	}
	sort.Strings(stale)
	assert.Empty(t, stale, "examples for parameters no query has")
}

func TestLiteral(t *testing.T) {
	for v, want := range map[any]string{
		"country:china":  `"country:china"`,
		`say "hi" \ now`: `"say \"hi\" \\ now"`,
		"":               `""`,
		int64(2025):      "2025",
		7:                "7",
		2.0:              "2.0",
		0.5:              "0.5",
		true:             "true",
		nil:              "null",
	} {
		assert.Equal(t, want, literal(v), "%#v", v)
	}
	assert.Equal(t, `["a", "b"]`, literal([]string{"a", "b"}))
	assert.Equal(t, "{`a`: 1, `b c`: \"x\"}", literal(map[string]any{"b c": "x", "a": 1}))
}

// TestGraphScripts: the questions a picture helps have a graph script, one
// statement returning paths with the values in place, which Browser draws.
func TestGraphScripts(t *testing.T) {
	for _, name := range []string{"timeline", "meetings", "neighbourhood", "path"} {
		q, err := queries.Get(name)
		require.NoError(t, err)
		g, ok, err := GraphScript(q, nil)
		require.NoError(t, err)
		require.True(t, ok, "%s has a graph variant", name)
		assert.True(t, strings.HasPrefix(g, "// "+name+" as a graph: "), g)
		assert.NotContains(t, g, "$", "values on the WITH line: %s", g)
		assert.Contains(t, g, "\nWITH ", g)
		assert.NotContains(t, g, ":param", g)
		assert.Equal(t, 1, strings.Count(g, ";"), "one statement: %s", g)
		assert.Contains(t, g, "RETURN p;", g)
	}
	q, err := queries.Get("timeline")
	require.NoError(t, err)
	g, _, err := GraphScript(q, map[string]any{"a": "country:united-states", "since": "2025-06-01"})
	require.NoError(t, err)
	assert.Contains(t, g, `WITH "country:united-states" AS a, "country:russia" AS b, "2025-06-01" AS since, "9999-12-31" AS until`)
	assert.Contains(t, g, "r.subject_country = a")
	_, _, err = GraphScript(q, map[string]any{"nope": 1})
	assert.ErrorContains(t, err, "no parameter nope")
	q, err = queries.Get("pledges")
	require.NoError(t, err)
	_, ok, err := GraphScript(q, nil)
	assert.NoError(t, err)
	assert.False(t, ok, "pledges is a table")

	all, err := queries.All()
	require.NoError(t, err)
	s, err := Scripts(all)
	require.NoError(t, err)
	assert.Contains(t, s, "// path as a graph: ")
}
