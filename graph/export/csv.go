package export

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bilatgraph/bilat/schema"
)

// CSV file names: nodes_<Label>.csv, rels_<KIND>.csv and the import script.
const (
	CSVNodesPrefix = "nodes_"
	CSVRelsPrefix  = "rels_"
	CSVImportShell = "import.sh"
)

// arrayDelimiters are tried in turn: the first that no list element
// contains separates list elements in a cell.
var arrayDelimiters = []string{";", "|", "\u001f"}

// WriteCSV writes g into dir (created if needed) as CSV files for
// neo4j-admin database import: one nodes_<Label>.csv per label with the
// header id:ID, :LABEL, label and the typed properties (year:long,
// confidence:double, articles:string[] ...), one rels_<KIND>.csv per kind
// with :START_ID, :END_ID, :TYPE, key, kind and the properties, and
// import.sh, which runs the import. Node ids form one id space (bilat ids
// are unique across labels, e.g. country:china); two nodes of different
// labels with the same id are an error. List elements are joined with ";"
// unless one contains it ("|" then, or U+001F), and import.sh passes the
// delimiter used.
func WriteCSV(dir string, g *Graph) error {
	seen := map[string]string{}
	for _, n := range g.Nodes {
		if other, dup := seen[n.ID]; dup && other != n.Label {
			return fmt.Errorf("node id %q is both a %s and a %s: neo4j-admin import needs ids unique across labels", n.ID, other, n.Label)
		}
		seen[n.ID] = n.Label
	}
	delim := arrayDelimiter(g)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var nodeFiles, relFiles []string
	labels, nodes := g.byLabel()
	for _, l := range labels {
		if !safeName(l) {
			return fmt.Errorf("label %q cannot be a file name", l)
		}
		cols := nodeColumns(l, nodes[l])
		header := []string{schema.KeyProperty + ":ID", ":LABEL", schema.LabelProperty}
		for _, c := range cols {
			header = append(header, csvHeader(c))
		}
		var rows [][]string
		for _, n := range nodes[l] {
			row := []string{n.ID, n.Label, n.Label}
			for _, c := range cols {
				row = append(row, csvValue(n.Props[c.Name], delim))
			}
			rows = append(rows, row)
		}
		name := CSVNodesPrefix + l + ".csv"
		if err := writeCSVFile(filepath.Join(dir, name), header, rows); err != nil {
			return err
		}
		nodeFiles = append(nodeFiles, name)
	}
	kinds, edges := g.byKind()
	for _, k := range kinds {
		if !safeName(k) {
			return fmt.Errorf("kind %q cannot be a file name", k)
		}
		cols := edgeColumns(k, edges[k])
		header := []string{":START_ID", ":END_ID", ":TYPE", schema.EdgeKeyProperty, schema.KindProperty}
		for _, c := range cols {
			header = append(header, csvHeader(c))
		}
		var rows [][]string
		for _, e := range edges[k] {
			row := []string{e.From, e.To, e.Kind, e.Key, e.Kind}
			for _, c := range cols {
				row = append(row, csvValue(e.Props[c.Name], delim))
			}
			rows = append(rows, row)
		}
		name := CSVRelsPrefix + k + ".csv"
		if err := writeCSVFile(filepath.Join(dir, name), header, rows); err != nil {
			return err
		}
		relFiles = append(relFiles, name)
	}
	return os.WriteFile(filepath.Join(dir, CSVImportShell), []byte(importScript(nodeFiles, relFiles, delim)), 0o755)
}

// safeName reports whether a label or kind is a plain identifier, fit for
// a file name, a shell word and Cypher text.
func safeName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return true
}

// arrayDelimiter picks the first delimiter no list element contains.
func arrayDelimiter(g *Graph) string {
	lists := func(yield func([]string) bool) {
		for _, n := range g.Nodes {
			for _, v := range n.Props {
				if l, ok := v.([]string); ok && !yield(l) {
					return
				}
			}
		}
		for _, e := range g.Edges {
			for _, v := range e.Props {
				if l, ok := v.([]string); ok && !yield(l) {
					return
				}
			}
		}
	}
	for _, d := range arrayDelimiters {
		clash := false
		for l := range lists {
			for _, s := range l {
				if strings.Contains(s, d) {
					clash = true
					break
				}
			}
			if clash {
				break
			}
		}
		if !clash {
			return d
		}
	}
	return arrayDelimiters[len(arrayDelimiters)-1]
}

// csvHeader names a property column with its neo4j-admin type.
func csvHeader(c column) string {
	switch c.Type {
	case schema.Int:
		return c.Name + ":long"
	case schema.Float:
		return c.Name + ":double"
	case schema.StringList:
		return c.Name + ":string[]"
	case "bool":
		return c.Name + ":boolean"
	}
	return c.Name
}

// csvValue renders a cell; an unset property is an empty cell, which
// neo4j-admin leaves unset.
func csvValue(v any, delim string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []string:
		return strings.Join(x, delim)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return graphmlValue(v)
}

func writeCSVFile(path string, header []string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	if err := cw.Write(header); err != nil {
		f.Close()
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// importScript is import.sh: the neo4j-admin command that loads the files.
func importScript(nodeFiles, relFiles []string, delim string) string {
	d := delim
	if d == "\u001f" {
		d = "U+001F"
	}
	var b strings.Builder
	b.WriteString("#!/bin/sh\n")
	b.WriteString("# Loads this bilat export into a new Neo4j 5 database: stop Neo4j, run this\n")
	b.WriteString("# script, start Neo4j, then add bilat's constraints and indexes with\n")
	b.WriteString("#   bilat --store neo4j://localhost:7687 schema --apply\n")
	b.WriteString("# It replaces the database named neo4j (the word after \"full\").\n")
	b.WriteString("set -e\ncd \"$(dirname \"$0\")\"\n")
	fmt.Fprintf(&b, "neo4j-admin database import full neo4j --overwrite-destination --id-type=string --array-delimiter='%s' --multiline-fields=true", d)
	for _, f := range nodeFiles {
		b.WriteString(" \\\n  --nodes=" + f)
	}
	for _, f := range relFiles {
		b.WriteString(" \\\n  --relationships=" + f)
	}
	b.WriteString("\n")
	return b.String()
}
