package schema

import (
	"fmt"
	"strings"
)

// Neo4jDDL returns the Cypher statements that prepare a Neo4j database for
// this schema: a uniqueness constraint on every label's id, an index on
// every edge's key and every event edge's date, its subject and object
// countries (as a pair, and each alone), and one full-text index
// (ArticlesIndex) over the event edges' article ids.
// Each statement uses IF NOT EXISTS, so applying the list twice changes
// nothing.
func (s *Schema) Neo4jDDL() []string {
	var out []string
	for _, n := range s.Nodes {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE",
			strings.ToLower(n.Label), n.Label, KeyProperty))
	}
	for _, n := range s.Nodes {
		if _, ok := n.Property("name"); ok {
			out = append(out, fmt.Sprintf("CREATE INDEX %s_name IF NOT EXISTS FOR (n:%s) ON (n.name)",
				strings.ToLower(n.Label), n.Label))
		}
	}
	for _, e := range s.Edges {
		out = append(out, fmt.Sprintf("CREATE INDEX %s_key IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)",
			strings.ToLower(e.Kind), e.Kind, EdgeKeyProperty))
		if _, ok := e.Property("date"); ok {
			out = append(out, fmt.Sprintf("CREATE INDEX %s_date IF NOT EXISTS FOR ()-[r:%s]-() ON (r.date)",
				strings.ToLower(e.Kind), e.Kind))
		}
		if _, ok := e.Property("subject_country"); ok {
			// timeline, summary and evidence seek a pair of countries, a
			// branch per kind; meetings, partners and sanctions seek one
			// country on either side, which the pair index cannot serve.
			out = append(out, fmt.Sprintf("CREATE INDEX %s_countries IF NOT EXISTS FOR ()-[r:%s]-() ON (r.subject_country, r.object_country)",
				strings.ToLower(e.Kind), e.Kind))
			for _, p := range []string{"subject_country", "object_country"} {
				out = append(out, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)",
					strings.ToLower(e.Kind), p, e.Kind, p))
			}
		}
	}
	// article finds the edges that cite an article through this index of
	// every event edge's articles list: a keyword analyzer keeps each id
	// one term, and the query checks the list exactly afterwards.
	var cited []string
	for _, e := range s.Edges {
		if p, ok := e.Property(ArticlesProperty); ok && e.Event && p.Type == StringList {
			cited = append(cited, e.Kind)
		}
	}
	if len(cited) > 0 {
		out = append(out, fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON EACH [r.%s] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
			ArticlesIndex, strings.Join(cited, "|"), ArticlesProperty))
	}
	out = append(out, "CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.id IS UNIQUE")
	return out
}

// KuzuDDL returns the statements that create Kuzu's node and rel tables for
// this schema. Each uses IF NOT EXISTS, so applying the list twice changes
// nothing. A rel table lists every allowed FROM/TO pair.
func (s *Schema) KuzuDDL() []string {
	var out []string
	for _, n := range s.Nodes {
		cols := []string{KeyProperty + " STRING PRIMARY KEY"}
		for _, p := range n.Properties {
			if p.Name == KeyProperty {
				continue
			}
			cols = append(cols, p.Name+" "+kuzuType(p.Type))
		}
		out = append(out, fmt.Sprintf("CREATE NODE TABLE IF NOT EXISTS %s(%s)", n.Label, strings.Join(cols, ", ")))
	}
	for _, e := range s.Edges {
		var cols []string
		for _, f := range e.From {
			for _, t := range e.To {
				cols = append(cols, fmt.Sprintf("FROM %s TO %s", f, t))
			}
		}
		for _, p := range e.Properties {
			cols = append(cols, p.Name+" "+kuzuType(p.Type))
		}
		out = append(out, fmt.Sprintf("CREATE REL TABLE IF NOT EXISTS %s(%s)", e.Kind, strings.Join(cols, ", ")))
	}
	out = append(out, "CREATE NODE TABLE IF NOT EXISTS SchemaVersion(id STRING PRIMARY KEY, version INT64, dirty BOOLEAN, applied STRING)")
	return out
}

func kuzuType(t string) string {
	switch t {
	case Int:
		return "INT64"
	case Float:
		return "DOUBLE"
	case StringList:
		return "STRING[]"
	default:
		return "STRING"
	}
}
