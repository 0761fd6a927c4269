package kuzu

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// Write stores b in one transaction; see graph.Store. Labels, kinds and
// property names in the Cypher text come from the schema only (checked by
// storeutil.Prepare); every value travels as a parameter.
//
// A batch may hold many articles: rows go to Kuzu as UNWIND lists, one
// statement per label or (kind, endpoint labels) and set of properties, so
// the cost per statement (about a millisecond) is paid per group, not per
// row. Evidence is merged with what is stored after one read per group;
// the store's file lock makes this process the only writer, so the read and
// the write see the same rows.
func (s *Store) Write(ctx context.Context, b graph.Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	plan, err := storeutil.Prepare(s.schema, b)
	if err != nil {
		return err
	}
	if err := s.checkSpace(plan); err != nil {
		return err
	}
	if err := s.begin(ctx, false); err != nil {
		return s.diskError(fmt.Errorf("begin write: %w", err))
	}
	// Missing endpoints are found, and stored edges read, before anything
	// changes, so that the usual failure rolls back a transaction that only
	// read (see rollbackWrite for why that matters).
	stored, _, err := s.readStored(ctx, plan)
	if err != nil {
		s.rollback()
		if errors.Is(err, graph.ErrNotFound) {
			return err
		}
		return s.diskError(err)
	}
	// Statements that change rows are not interrupted; ctx is checked
	// between them instead.
	if err := s.write(ctx, plan, stored); err != nil {
		s.rollbackWrite()
		return s.diskError(err)
	}
	if err := s.commit(); err != nil {
		s.rollbackWrite()
		return s.diskError(fmt.Errorf("commit write: %w", err))
	}
	s.rowsSinceCheckpoint += len(plan.Nodes) + len(plan.Edges)
	if s.rowsSinceCheckpoint >= checkpointRows {
		// Kuzu holds what a transaction wrote in memory until the next
		// checkpoint; without one, a long ingest grows without bound or,
		// with a small BILAT_KUZU_BUFFER_MB, fails with "buffer pool is
		// full". The write is committed whatever the checkpoint does, and
		// the next one (or closing) checkpoints again, so its error is not
		// the caller's.
		s.rowsSinceCheckpoint = 0
		_ = s.exec(context.Background(), "CHECKPOINT", nil)
	}
	return nil
}

// checkpointRows is how many written nodes and edges go between
// checkpoints. A checkpoint that merges rows into stored ones costs seconds
// whatever it merges (Kuzu 0.11.3 rewrites each touched CSR region of each
// rel table and column it changed), so checkpoints are rare: one every
// checkpointRows rows, or about 1,700 articles, and one when the store
// closes. Memory grows by about 3 KB per row between checkpoints; at 5,000
// rows, as before, checkpoints took 80% of the ingest time (24 s of 30 s
// for 1,500 articles).
const checkpointRows = 50000

// chunkRows bounds the rows of one UNWIND list, so that a very large batch
// does not build one huge parameter.
const chunkRows = 10000

// chunks calls fn with rows in slices of at most chunkRows.
func chunks(rows []any, fn func([]any) error) error { return storeutil.Chunks(rows, chunkRows, fn) }

// readStored reads what Write and WriteBulk need to know of the store
// before writing p: which of its nodes and edge endpoints are stored, and
// the evidence of its edges that are. An edge with an endpoint that is not
// stored is not read: it cannot be (the articles of a batch are new, so
// none of their MENTIONS edges is). An endpoint neither in p nor stored
// gives an error wrapping graph.ErrNotFound.
func (s *Store) readStored(ctx context.Context, p *storeutil.Plan) (map[[2]string]map[string]any, map[[2]string]bool, error) {
	nodes := make([][2]string, 0, len(p.Nodes))
	for _, n := range p.Nodes {
		nodes = append(nodes, [2]string{n.Label, n.ID})
	}
	for _, e := range p.Edges {
		nodes = append(nodes, [2]string{e.FromLabel, e.From}, [2]string{e.ToLabel, e.To})
	}
	known, err := s.storedNodes(ctx, nodes)
	if err != nil {
		return nil, nil, err
	}
	var read []storeutil.Edge
	for _, e := range p.Edges {
		from, to := [2]string{e.FromLabel, e.From}, [2]string{e.ToLabel, e.To}
		for _, end := range [][2]string{from, to} {
			if !known[end] && !p.HasNode(end[0], end[1]) {
				return nil, nil, fmt.Errorf("edge %s %q: endpoint %s %q: %w", e.Kind, e.Key, end[0], end[1], graph.ErrNotFound)
			}
		}
		if known[from] && known[to] {
			read = append(read, e)
		}
	}
	stored, err := s.readEdges(ctx, read)
	return stored, known, err
}

// storedNodes returns which of nodes (label, id) are stored; one query per
// label.
func (s *Store) storedNodes(ctx context.Context, nodes [][2]string) (map[[2]string]bool, error) {
	ids := map[string][]any{}
	seen := make(map[[2]string]bool, len(nodes))
	var labels []string
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		if _, ok := ids[n[0]]; !ok {
			labels = append(labels, n[0])
		}
		ids[n[0]] = append(ids[n[0]], n[1])
	}
	out := map[[2]string]bool{}
	for _, label := range labels {
		q := fmt.Sprintf("UNWIND $ids AS i MATCH (n:%s {%s: i}) RETURN n.%s", label, schema.KeyProperty, schema.KeyProperty)
		err := chunks(ids[label], func(chunk []any) error {
			_, rows, err := s.run(ctx, q, map[string]any{"ids": chunk})
			for _, r := range rows {
				id, _ := r[0].(string)
				out[[2]string{label, id}] = true
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("read %s nodes: %w", label, err)
		}
	}
	return out, nil
}

// edgeGroup is the edges of one kind between two labels: Kuzu needs the
// endpoint labels in the pattern to use its primary-key index.
type edgeGroup struct{ kind, from, to string }

func groupOf(e storeutil.Edge) edgeGroup { return edgeGroup{e.Kind, e.FromLabel, e.ToLabel} }

// readEdges returns, for every edge of the batch already stored, its stored
// evidence properties (an empty map when it has none), by kind and key: one
// query per edge group.
func (s *Store) readEdges(ctx context.Context, edges []storeutil.Edge) (map[[2]string]map[string]any, error) {
	rows := map[edgeGroup][]any{}
	props := map[edgeGroup][]string{}
	var groups []edgeGroup
	for _, e := range edges {
		g := groupOf(e)
		if _, ok := rows[g]; !ok {
			groups = append(groups, g)
			props[g] = e.EvidenceProps
		}
		rows[g] = append(rows[g], map[string]any{"from": e.From, "to": e.To, "key": e.Key})
	}
	out := map[[2]string]map[string]any{}
	for _, g := range groups {
		var sb strings.Builder
		fmt.Fprintf(&sb, "UNWIND $rows AS row MATCH (a:%s {%s: row.from})-[r:%s {%s: row.key}]->(b:%s {%s: row.to}) RETURN row.key",
			g.from, schema.KeyProperty, g.kind, schema.EdgeKeyProperty, g.to, schema.KeyProperty)
		for _, name := range props[g] {
			sb.WriteString(", r.`" + name + "`")
		}
		err := chunks(rows[g], func(chunk []any) error {
			_, found, err := s.run(ctx, sb.String(), map[string]any{"rows": chunk})
			for _, r := range found {
				key, _ := r[0].(string)
				m := map[string]any{}
				for i, name := range props[g] {
					m[name] = r[i+1]
				}
				out[[2]string{g.kind, key}] = m
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("read %s edges: %w", g.kind, err)
		}
	}
	return out, nil
}

// write merges the nodes and writes the edges, updating those in stored
// and creating the others.
func (s *Store) write(ctx context.Context, p *storeutil.Plan, stored map[[2]string]map[string]any) error {
	bg := context.Background()
	var groups storeutil.RowGroups
	for _, n := range p.Nodes {
		groups.Add(n.Label, n.Props, map[string]any{"id": n.ID})
	}
	for _, g := range groups.List() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var sb strings.Builder
		fmt.Fprintf(&sb, "UNWIND $rows AS row MERGE (n:%s {%s: row.id}) SET n.%s = $label", g.Name, schema.KeyProperty, schema.LabelProperty)
		for _, name := range g.Props {
			fmt.Fprintf(&sb, ", n.`%s` = row.`%s`", name, name)
		}
		sb.WriteString(" RETURN count(*)")
		if err := chunks(g.Rows, func(rows []any) error {
			return s.exec(bg, sb.String(), map[string]any{"rows": rows, "label": g.Name})
		}); err != nil {
			return fmt.Errorf("write %s nodes: %w", g.Name, err)
		}
	}

	var updates, creates storeutil.RowGroups
	meta := map[string]edgeGroup{}
	for _, e := range p.Edges {
		old, found := stored[[2]string{e.Kind, e.Key}]
		props := e.EvidenceValues(graph.MergeEvidence(storeutil.StoredEvidence(old), e.Evidence))
		for k, v := range e.Props {
			props[k] = v
		}
		g := groupOf(e)
		name := g.kind + "|" + g.from + "|" + g.to
		meta[name] = g
		row := map[string]any{"from": e.From, "to": e.To, "key": e.Key}
		if found {
			updates.Add(name, props, row)
		} else {
			creates.Add(name, props, row)
		}
	}
	for _, set := range []struct {
		groups *storeutil.RowGroups
		create bool
	}{{&updates, false}, {&creates, true}} {
		for _, rg := range set.groups.List() {
			if err := ctx.Err(); err != nil {
				return err
			}
			g := meta[rg.Name]
			var sb strings.Builder
			if set.create {
				fmt.Fprintf(&sb, "UNWIND $rows AS row MATCH (a:%s {%s: row.from}), (b:%s {%s: row.to}) CREATE (a)-[r:%s {%s: row.key, %s: $kind",
					g.from, schema.KeyProperty, g.to, schema.KeyProperty, g.kind, schema.EdgeKeyProperty, schema.KindProperty)
				for _, name := range rg.Props {
					fmt.Fprintf(&sb, ", `%s`: row.`%s`", name, name)
				}
				sb.WriteString("}]->(b)")
			} else {
				fmt.Fprintf(&sb, "UNWIND $rows AS row MATCH (a:%s {%s: row.from})-[r:%s {%s: row.key}]->(b:%s {%s: row.to}) SET r.%s = $kind",
					g.from, schema.KeyProperty, g.kind, schema.EdgeKeyProperty, g.to, schema.KeyProperty, schema.KindProperty)
				for _, name := range rg.Props {
					fmt.Fprintf(&sb, ", r.`%s` = row.`%s`", name, name)
				}
			}
			sb.WriteString(" RETURN count(*)")
			err := chunks(rg.Rows, func(rows []any) error {
				_, res, err := s.run(bg, sb.String(), map[string]any{"rows": rows, "kind": g.kind})
				if err != nil {
					return err
				}
				if len(res) == 0 || res[0][0] != int64(len(rows)) {
					// readStored found both ends, so this is not expected.
					return fmt.Errorf("an endpoint: %w", graph.ErrNotFound)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("write %s edges: %w", g.kind, err)
			}
		}
	}
	return nil
}
