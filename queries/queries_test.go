package queries

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedQueriesParse(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(all), 12)
	for _, name := range []string{"pledges", "meetings", "attendance", "visits", "timeline", "summary", "leaders",
		"partners", "neighbourhood", "path", "evidence", "article"} {
		q, err := Get(name)
		require.NoError(t, err, name)
		assert.NotEmpty(t, q.Description, name)
	}
	p, err := Get("path")
	require.NoError(t, err)
	assert.NotEqual(t, p.For("kuzu", nil), p.For("neo4j", nil), "path has a Kuzu variant")
}

func TestGetUnknown(t *testing.T) {
	_, err := Get("nope")
	require.ErrorIs(t, err, ErrUnknownQuery)
	assert.Contains(t, err.Error(), "pledges")
}

func TestParseRejectsBadFiles(t *testing.T) {
	cases := []struct {
		name, file, text, want string
	}{
		{"no name", "a.cypher", "// description: d\n// params: none\nRETURN 1", "missing // name"},
		{"bad name", "A-b.cypher", "// name: A-b\n// description: d\n// params: none\nRETURN 1", "bad query name"},
		{"no description", "a.cypher", "// name: a\n// params: none\nRETURN 1", "missing // description"},
		{"no params", "a.cypher", "// name: a\n// description: d\nRETURN 1", "missing // params"},
		{"undeclared", "a.cypher", "// name: a\n// description: d\n// params: none\nRETURN $x", "$x is used but not declared"},
		{"unused", "a.cypher", "// name: a\n// description: d\n// params: x int\nRETURN 1", "declared but not used"},
		{"bad type", "a.cypher", "// name: a\n// description: d\n// params: x blob\nRETURN $x", "unknown type"},
		{"bad default", "a.cypher", "// name: a\n// description: d\n// params: x int = many\nRETURN $x", "not a whole number"},
		{"name differs", "b.cypher", "// name: a\n// description: d\n// params: none\nRETURN 1", "differs from the file name"},
		{"orphan variant", "z.kuzu.cypher", "RETURN 1", "variant of a query that does not exist"},
		{"unknown store", "a.mysql.cypher", "RETURN 1", "unknown store"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(fstest.MapFS{c.file: {Data: []byte(c.text)}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestParseCollectsEveryProblem(t *testing.T) {
	_, err := Parse(fstest.MapFS{
		"a.cypher": {Data: []byte("// name: a\n// params: none\nRETURN $x")},
		"b.cypher": {Data: []byte("// name: b\n// description: d\n// params: y int\nRETURN 1")},
	})
	require.Error(t, err)
	for _, want := range []string{"a.cypher: missing // description", "$x is used but not declared", "b.cypher: parameter y is declared but not used"} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestParseGood(t *testing.T) {
	qs, err := Parse(fstest.MapFS{
		"p.cypher":       {Data: []byte("// name: p\n// description: pledges\n// params: from country, year int = 0, since date = \"2020\"\n// columns: a, b\nMATCH (n) WHERE n.id = $from AND $year = 0 AND n.d >= $since RETURN n")},
		"p.neo4j.cypher": {Data: []byte("MATCH (n) WHERE n.id = $from AND $year = 0 AND n.d >= $since RETURN n LIMIT 1")},
	})
	require.NoError(t, err)
	require.Len(t, qs, 1)
	q := qs[0]
	assert.Equal(t, "p", q.Name)
	assert.Equal(t, []string{"a", "b"}, q.Columns)
	require.Len(t, q.Params, 3)
	assert.False(t, q.Params[0].HasDefault)
	assert.Equal(t, int64(0), q.Params[1].Default)
	assert.Equal(t, "2020", q.Params[2].Default)
	assert.True(t, strings.HasSuffix(q.For("neo4j", nil), "LIMIT 1"))
	assert.Equal(t, q.Text, q.For("kuzu", nil))
}

// evidenceLike is a query with two actor parameters, for the alternatives'
// tests.
const evidenceLike = "// name: e\n// description: d\n// params: a actor, b actor, kind string = \"\"\nMATCH (s)-[r]->(o) WHERE s.id = $a AND o.id = $b AND r.kind <> $kind RETURN r"

func TestParseAlternatives(t *testing.T) {
	qs, err := Parse(fstest.MapFS{
		"e.cypher": {Data: []byte(evidenceLike)},
		"e.kuzu.cypher": {Data: []byte("// Why: people are found by key.\n\n" +
			"// when: $a starts with person: or org:\nMATCH (x:Person) WHERE x.id = $a AND $b <> $kind RETURN 1\n" +
			"// when: $b starts with person:\n// a comment of its own\nMATCH (x:Person) WHERE x.id = $b AND $a <> $kind RETURN 2\n")},
	})
	require.NoError(t, err)
	q := qs[0]
	require.Len(t, q.Alternatives["kuzu"], 2)
	assert.Empty(t, q.Variants["kuzu"], "a variant with alternatives is not also a plain variant")
	first, second := q.Alternatives["kuzu"][0], q.Alternatives["kuzu"][1]
	assert.Equal(t, Alternative{Param: "a", Prefixes: []string{"person:", "org:"}, Text: "// when: $a starts with person: or org:\nMATCH (x:Person) WHERE x.id = $a AND $b <> $kind RETURN 1"}, first)
	assert.Equal(t, []string{"person:"}, second.Prefixes)
	assert.True(t, strings.HasSuffix(second.Text, "RETURN 2\n"), second.Text)
	for _, c := range []struct {
		a, b any
		want string
	}{
		{"person:xi-jinping", "country:russia", first.Text},
		{"org:nato", "person:xi-jinping", first.Text},
		{"country:china", "person:xi-jinping", second.Text},
		{"country:china", "org:nato", q.Text},
		{"country:china", "country:russia", q.Text},
		{"", "", q.Text},
		{"personal:x", "persons", q.Text},
		{int64(1), nil, q.Text},
	} {
		p := map[string]any{"a": c.a, "b": c.b, "kind": ""}
		assert.Equal(t, c.want, q.For("kuzu", p), "kuzu %v", p)
		assert.Equal(t, q.Text, q.For("neo4j", p), "neo4j %v: no alternatives there", p)
	}
	assert.Equal(t, q.Text, q.For("kuzu", nil))
}

func TestParseRejectsBadAlternatives(t *testing.T) {
	for _, c := range []struct{ name, file, text, want string }{
		{"Cypher first", "e.kuzu.cypher", "MATCH (n) RETURN $a, $b, $kind\n// when: $a starts with person:\nRETURN $a, $b, $kind", "Cypher before the first // when: line"},
		{"bad condition", "e.kuzu.cypher", "// when: $a is not country\nRETURN $a, $b, $kind", "want // when: $PARAM starts with PREFIX:"},
		{"no colon", "e.kuzu.cypher", "// when: $a starts with person\nRETURN $a, $b, $kind", `prefix "person"`},
		{"unknown parameter", "e.kuzu.cypher", "// when: $c starts with person:\nRETURN $a, $b, $kind", "$c is not an actor or country parameter"},
		{"not an id", "e.kuzu.cypher", "// when: $kind starts with person:\nRETURN $a, $b, $kind", "$kind is not an actor or country parameter"},
		{"empty", "e.kuzu.cypher", "// when: $a starts with person:\n// nothing\n// when: $b starts with person:\nRETURN $a, $b, $kind", "e.kuzu.cypher:1: no Cypher after"},
		{"unused parameter", "e.kuzu.cypher", "// when: $a starts with person:\nRETURN $a, $b", "e.kuzu.cypher:1: parameter kind is declared but not used"},
		{"picture", "e.graph.cypher", "// when: $a starts with person:\nRETURN $a, $b, $kind", "a picture for Browser has no alternatives"},
		{"in the query", "f.cypher", "// name: f\n// description: d\n// params: a actor\n// when: $a starts with person:\nRETURN $a", "opens an alternative in a store variant"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(fstest.MapFS{"e.cypher": {Data: []byte(evidenceLike)}, c.file: {Data: []byte(c.text)}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestConvert(t *testing.T) {
	v, err := Convert("int", "2025")
	require.NoError(t, err)
	assert.Equal(t, int64(2025), v)
	_, err = Convert("int", "twenty")
	assert.Error(t, err)
	for _, ok := range []string{"", "2025", "2025-05", "2025-05-08"} {
		_, err := Convert("date", ok)
		assert.NoError(t, err, ok)
	}
	_, err = Convert("date", "May 8")
	assert.Error(t, err)
}

// TestConvertChecksTypes: every value is checked against its declared type
// with one phrase saying what is wrong.
func TestConvertChecksTypes(t *testing.T) {
	for _, c := range []struct{ typ, v, want string }{
		{"year", "25", "not a year"},
		{"year", "20250", "not a year"},
		{"year", "nineteen", "not a whole number"},
		{"count", "-1", "not a count"},
		{"count", "0", "not a count"},
		{"date", "2025-13-01", "not a calendar date"},
		{"date", "2025-02-30", "not a calendar date"},
		{"date", "2025-00", "not a calendar date"},
		{"date", "25-01-01", "not a date"},
	} {
		_, err := Convert(c.typ, c.v)
		require.Error(t, err, "%s %s", c.typ, c.v)
		assert.Contains(t, err.Error(), c.want, "%s %s", c.typ, c.v)
	}
	for _, c := range []struct{ typ, v string }{
		{"year", "0"}, {"year", "2025"}, {"count", "1"}, {"date", "2024-02-29"}, {"date", "2025-12"}, {"date", "0000-01-01"}, {"date", "9999-12-31"},
	} {
		_, err := Convert(c.typ, c.v)
		assert.NoError(t, err, "%s %s", c.typ, c.v)
	}
}

func TestDistinctNamesParameters(t *testing.T) {
	_, err := Parse(fstest.MapFS{"a.cypher": {Data: []byte("// name: a\n// description: d\n// params: x int\n// distinct: x, y\nRETURN $x")}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "distinct names y")
	q, err := Get("path")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, q.Distinct)
	assert.NotEmpty(t, q.Example)
}
