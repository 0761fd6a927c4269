package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCurrent(t *testing.T) {
	s := Current()
	assert.GreaterOrEqual(t, s.Version, 1)
	assert.Equal(t, []string{"Country", "Person", "Organization", "Policy", "Event", "Article"}, s.Labels())
	assert.Equal(t, []string{"MET_WITH", "PLEDGED", "ATTENDED", "VISITED", "HOSTED", "SIGNED", "ANNOUNCED",
		"URGED", "PRAISED", "CRITICIZED", "THREATENED", "SANCTIONED"}, s.EventKinds())
	for _, kind := range s.EventKinds() {
		e, _ := s.Edge(kind)
		for _, p := range []string{"key", "kind", "date", "precision", "what", "articles", "sentences", "confidence", "cameo", "plover"} {
			_, ok := e.Property(p)
			assert.True(t, ok, "%s lacks %s", kind, p)
		}
		assert.NotEmpty(t, e.CAMEO, kind)
		assert.Contains(t, []string{"cooperative", "conflictual"}, e.Tone, kind)
		assert.Contains(t, Quads, e.Quad, kind)
		if strings.HasSuffix(e.Quad, "cooperation") {
			assert.Equal(t, "cooperative", e.Tone, kind)
			assert.GreaterOrEqual(t, e.Goldstein, 0.0, kind)
		} else {
			assert.Equal(t, "conflictual", e.Tone, kind)
			assert.Less(t, e.Goldstein, 0.0, kind)
		}
	}
	rep, ok := s.Edge("REPRESENTS")
	require.True(t, ok)
	assert.True(t, rep.Allows("Person", "Country"))
	assert.False(t, rep.Allows("Country", "Person"))
	for _, k := range []string{"MEMBER_OF", "PART_OF", "HELD_IN", "MENTIONS"} {
		_, ok := s.Edge(k)
		assert.True(t, ok, k)
	}
}

func TestParseRejects(t *testing.T) {
	cases := map[string]string{
		"bad json":      `{`,
		"no version":    `{"nodes": []}`,
		"label twice":   `{"version":1,"nodes":[{"label":"A"},{"label":"A"}]}`,
		"unknown type":  `{"version":1,"nodes":[{"label":"A","properties":[["x","blob"]]}]}`,
		"unknown label": `{"version":1,"nodes":[{"label":"A"}],"edges":[{"kind":"E","from":["A"],"to":["B"]}]}`,
		"prop twice":    `{"version":1,"nodes":[{"label":"A","properties":[["x","string"],["x","int"]]}]}`,
		"bad quad":      `{"version":1,"nodes":[{"label":"A"}],"edges":[{"kind":"E","event":true,"quad":"friendly","from":["A"],"to":["A"]}]}`,
		"goldstein 11":  `{"version":1,"nodes":[{"label":"A"}],"edges":[{"kind":"E","event":true,"quad":"verbal conflict","goldstein":-11,"from":["A"],"to":["A"]}]}`,
		"kind twice":    `{"version":1,"nodes":[{"label":"A"}],"edges":[{"kind":"E","from":["A"],"to":["A"]},{"kind":"E","from":["A"],"to":["A"]}]}`,
		"id redeclared": `{"version":1,"nodes":[{"label":"A","properties":[["id","string"]]}]}`,
	}
	for name, in := range cases {
		_, err := Parse([]byte(in))
		assert.Error(t, err, name)
	}
}

func TestNeo4jDDL(t *testing.T) {
	ddl := Current().Neo4jDDL()
	joined := strings.Join(ddl, "\n")
	for _, want := range []string{
		"CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX pledged_date IF NOT EXISTS FOR ()-[r:PLEDGED]-() ON (r.date)",
		"CREATE INDEX met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.key)",
		"CREATE INDEX sanctioned_countries IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.subject_country, r.object_country)",
		"CREATE INDEX met_with_subject_country IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.subject_country)",
		"CREATE INDEX pledged_object_country IF NOT EXISTS FOR ()-[r:PLEDGED]-() ON (r.object_country)",
		"CREATE FULLTEXT INDEX event_articles IF NOT EXISTS FOR ()-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED]-() ON EACH [r.articles]",
	} {
		assert.Contains(t, joined, want)
	}
	for _, st := range ddl {
		assert.Contains(t, st, "IF NOT EXISTS", "every statement must be safe to apply twice")
	}
	// Each event kind's countries have an index alone, besides the pair.
	for _, kind := range Current().EventKinds() {
		for _, p := range []string{"subject_country", "object_country"} {
			assert.Contains(t, joined, fmt.Sprintf("FOR ()-[r:%s]-() ON (r.%s)\n", kind, p))
		}
	}
}

func TestKuzuDDL(t *testing.T) {
	ddl := Current().KuzuDDL()
	joined := strings.Join(ddl, "\n")
	assert.Contains(t, joined, "CREATE NODE TABLE IF NOT EXISTS Country(id STRING PRIMARY KEY, label STRING, name STRING")
	assert.Contains(t, joined, "CREATE REL TABLE IF NOT EXISTS PLEDGED(FROM Country TO Country, FROM Country TO Person")
	assert.Contains(t, joined, "articles STRING[]")
	assert.Contains(t, joined, "year INT64")
	for _, st := range ddl {
		assert.Contains(t, st, "IF NOT EXISTS")
	}
}

// TestChartFieldsNeedNoMigration: quad and goldstein are read from the
// schema by bilat chart and never stored, so the DDL (and with it the
// schema version) does not change when they do.
func TestChartFieldsNeedNoMigration(t *testing.T) {
	s, err := Parse(schemaJSON)
	require.NoError(t, err)
	for i := range s.Edges {
		s.Edges[i].Quad, s.Edges[i].Goldstein = "", 0
	}
	assert.Equal(t, Current().KuzuDDL(), s.KuzuDDL())
	assert.Equal(t, Current().Neo4jDDL(), s.Neo4jDDL())
}
