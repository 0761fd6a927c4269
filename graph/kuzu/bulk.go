package kuzu

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// listSep joins the elements of a list property in a CSV cell; Kuzu's own
// list syntax in CSV keeps quotes and splits on commas inside sentences.
const listSep = "\x1f"

// minCopyRows is the fewest new rows of one table (or edge group) that
// WriteBulk copies; fewer go through the closing transaction, as a COPY
// costs a fixed few hundred milliseconds.
const minCopyRows = 1000

// WriteBulk stores b like Write, but loads the nodes and edges that are not
// stored yet with Kuzu's COPY FROM from CSV files, which is several times
// faster for large batches (a first load, a backfill). See graph.BulkWriter.
//
// COPY commits by itself, so a batch is not one transaction: one
// transaction writes the nodes not copied (stored ones, small groups), then
// new nodes and new edges are copied, and then one transaction writes the
// Article nodes, their MENTIONS edges, the edges not copied and the changes
// to stored edges. An
// article whose node is stored is therefore whole; one cut short is read
// again by the next ingest, and what was copied for it merges with what it
// writes then. Copying after changes in the same transaction is avoided:
// Kuzu 0.11.3 then joins copied edges to the wrong nodes.
func (s *Store) WriteBulk(ctx context.Context, b graph.Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	plan, err := storeutil.Prepare(s.schema, b)
	if err != nil {
		return err
	}
	if err := s.checkSpace(plan); err != nil {
		return err
	}
	if err := s.begin(ctx, true); err != nil {
		return s.diskError(fmt.Errorf("begin read: %w", err))
	}
	stored, known, err := s.readStored(ctx, plan)
	s.rollback()
	if err != nil {
		return err
	}

	dir, err := os.MkdirTemp("", "bilat-bulk-")
	if err != nil {
		return fmt.Errorf("bulk load: %w", err)
	}
	if strings.ContainsAny(dir, "'\\") {
		os.RemoveAll(dir)
		return fmt.Errorf("bulk load: temporary directory %q has a quote in its name; set TMPDIR", dir)
	}
	defer os.RemoveAll(dir)

	rest := &storeutil.Plan{} // written in the closing transaction
	newNodes := map[string]int{}
	for _, n := range plan.Nodes {
		if n.Label != "Article" && !known[[2]string{n.Label, n.ID}] {
			newNodes[n.Label]++
		}
	}
	var copyNodes storeutil.RowGroups
	first := &storeutil.Plan{} // nodes not copied, written before the copies
	for _, n := range plan.Nodes {
		switch {
		case n.Label == "Article":
			rest.Nodes = append(rest.Nodes, n)
		case known[[2]string{n.Label, n.ID}] || newNodes[n.Label] < minCopyRows:
			first.Nodes = append(first.Nodes, n)
		default:
			copyNodes.Add(n.Label, n.Props, map[string]any{"id": n.ID})
		}
	}
	if len(first.Nodes) > 0 {
		// Committed before any COPY: see above.
		if err := s.writeTx(ctx, first, nil); err != nil {
			return err
		}
	}
	for i, g := range copyNodes.List() {
		if err := s.copyNodes(dir, i, g); err != nil {
			return s.diskError(err)
		}
	}
	var copyEdges storeutil.RowGroups
	meta := map[string]edgeGroup{}
	isNew := func(e storeutil.Edge) bool {
		_, ok := stored[[2]string{e.Kind, e.Key}]
		return !ok && e.FromLabel != "Article" && e.ToLabel != "Article"
	}
	newEdges := map[edgeGroup]int{}
	for _, e := range plan.Edges {
		if isNew(e) {
			newEdges[groupOf(e)]++
		}
	}
	for _, e := range plan.Edges {
		if !isNew(e) || newEdges[groupOf(e)] < minCopyRows {
			rest.Edges = append(rest.Edges, e)
			continue
		}
		props := e.EvidenceValues(graph.MergeEvidence(graph.EvidenceLists{}, e.Evidence))
		for k, v := range e.Props {
			props[k] = v
		}
		g := groupOf(e)
		name := g.kind + "|" + g.from + "|" + g.to
		meta[name] = g
		copyEdges.Add(name, props, map[string]any{"from": e.From, "to": e.To, "key": e.Key})
	}
	for i, rg := range copyEdges.List() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.copyEdges(dir, i, meta[rg.Name], rg); err != nil {
			return s.diskError(err)
		}
	}

	if err := s.writeTx(ctx, rest, stored); err != nil {
		return err
	}
	// A checkpoint after every bulk batch keeps the WAL and the buffer
	// pool small; its cost is small next to a batch this size.
	s.rowsSinceCheckpoint = 0
	_ = s.exec(context.Background(), "CHECKPOINT", nil)
	return nil
}

// writeTx writes p in one transaction, updating the edges in stored.
func (s *Store) writeTx(ctx context.Context, p *storeutil.Plan, stored map[[2]string]map[string]any) error {
	if err := s.begin(ctx, false); err != nil {
		return s.diskError(fmt.Errorf("begin write: %w", err))
	}
	if err := s.write(ctx, p, stored); err != nil {
		s.rollbackWrite()
		return s.diskError(err)
	}
	if err := s.commit(); err != nil {
		s.rollbackWrite()
		return s.diskError(fmt.Errorf("commit write: %w", err))
	}
	return nil
}

// copyNodes loads one group of new nodes (all of one label and property
// set; node properties are strings) from a CSV file.
func (s *Store) copyNodes(dir string, i int, g *storeutil.RowGroup) error {
	cols := append([]string{schema.KeyProperty, schema.LabelProperty}, g.Props...)
	path := filepath.Join(dir, fmt.Sprintf("n%d.csv", i))
	multiline, err := writeCSV(path, g.Rows, func(row map[string]any) []string {
		rec := []string{row["id"].(string), g.Name}
		for _, name := range g.Props {
			rec = append(rec, cell(row[name]))
		}
		return rec
	})
	if err != nil {
		return fmt.Errorf("bulk load %s nodes: %w", g.Name, err)
	}
	q := fmt.Sprintf("COPY %s(%s) FROM '%s' (header=false, delim=',', quote='\"', escape='\"', parallel=%t)", g.Name, quoted(cols), path, !multiline)
	if err := s.exec(context.Background(), q, nil); err != nil {
		return fmt.Errorf("bulk load %s nodes: %w", g.Name, err)
	}
	return nil
}

// copyEdges loads one group of new edges from a CSV file, converting the
// cells to the properties' types as it reads them.
func (s *Store) copyEdges(dir string, i int, g edgeGroup, rg *storeutil.RowGroup) error {
	def, _ := s.schema.Edge(g.kind)
	path := filepath.Join(dir, fmt.Sprintf("e%d.csv", i))
	multiline, err := writeCSV(path, rg.Rows, func(row map[string]any) []string {
		rec := []string{row["from"].(string), row["to"].(string), row["key"].(string), g.kind}
		for _, name := range rg.Props {
			rec = append(rec, cell(row[name]))
		}
		return rec
	})
	if err != nil {
		return fmt.Errorf("bulk load %s edges: %w", g.kind, err)
	}
	cols := append([]string{schema.EdgeKeyProperty, schema.KindProperty}, rg.Props...)
	exprs := []string{"column0", "column1", "column2", "column3"}
	for j, name := range rg.Props {
		c := fmt.Sprintf("column%d", j+4)
		p, _ := def.Property(name)
		switch p.Type {
		case schema.Int:
			c = "CAST(" + c + " AS INT64)"
		case schema.Float:
			c = "CAST(" + c + " AS DOUBLE)"
		case schema.StringList:
			c = "string_split(" + c + ", '" + listSep + "')"
		}
		exprs = append(exprs, c)
	}
	q := fmt.Sprintf("COPY %s(%s) FROM (LOAD FROM '%s' (header=false, delim=',', quote='\"', escape='\"', parallel=%t) RETURN %s) (from='%s', to='%s')",
		g.kind, quoted(cols), path, !multiline, strings.Join(exprs, ", "), g.from, g.to)
	if err := s.exec(context.Background(), q, nil); err != nil {
		return fmt.Errorf("bulk load %s edges: %w", g.kind, err)
	}
	return nil
}

// writeCSV writes one record per row and says whether a cell holds a line
// break (Kuzu then has to read the file serially).
func writeCSV(path string, rows []any, record func(map[string]any) []string) (bool, error) {
	f, err := os.Create(path)
	if err != nil {
		return false, err
	}
	w := csv.NewWriter(f)
	multiline := false
	for _, r := range rows {
		rec := record(r.(map[string]any))
		for _, c := range rec {
			if strings.ContainsAny(c, "\r\n") {
				multiline = true
			}
		}
		if err := w.Write(rec); err != nil {
			f.Close()
			return false, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return false, err
	}
	return multiline, f.Close()
}

// cell formats a property value for the CSV file.
func cell(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []string:
		return strings.Join(x, listSep)
	}
	return fmt.Sprint(v)
}

func quoted(cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = "`" + c + "`"
	}
	return strings.Join(out, ", ")
}
