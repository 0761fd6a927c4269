package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"

	neo "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// Write stores b in one managed write transaction; see graph.Store. The
// driver may run the work function more than once; it reads the plan and
// changes nothing outside the transaction.
func (s *Store) Write(ctx context.Context, b graph.Batch) error {
	plan, err := storeutil.Prepare(s.schema, b)
	if err != nil {
		return err
	}
	sess := s.session(ctx, neo.AccessModeWrite)
	defer sess.Close(ctx)
	_, err = neo.ExecuteWrite(ctx, sess, func(tx neo.ManagedTransaction) (struct{}, error) {
		return struct{}{}, writePlan(ctx, tx, plan)
	})
	if err != nil && !errors.Is(err, graph.ErrNotFound) {
		return s.wrap("write", err)
	}
	return err
}

func writePlan(ctx context.Context, tx neo.ManagedTransaction, p *storeutil.Plan) error {
	if err := writeNodes(ctx, tx, p.Nodes); err != nil {
		return err
	}
	stored, err := readEvidence(ctx, tx, p.Edges)
	if err != nil {
		return err
	}
	return writeEdges(ctx, tx, p.Edges, stored)
}

// writeNodes merges nodes by id, one UNWIND per label.
func writeNodes(ctx context.Context, tx neo.ManagedTransaction, nodes []storeutil.Node) error {
	rows := map[string][]any{}
	var labels []string
	for _, n := range nodes {
		if _, ok := rows[n.Label]; !ok {
			labels = append(labels, n.Label)
		}
		rows[n.Label] = append(rows[n.Label], map[string]any{"id": n.ID, "props": n.Props})
	}
	for _, label := range labels {
		q := fmt.Sprintf("UNWIND $rows AS row MERGE (n:%s {%s: row.id}) SET n.%s = $label, n += row.props",
			label, schema.KeyProperty, schema.LabelProperty)
		if _, err := run(ctx, tx, q, map[string]any{"rows": rows[label], "label": label}); err != nil {
			return fmt.Errorf("write %s nodes: %w", label, err)
		}
	}
	return nil
}

// readEvidence returns the stored evidence properties of the batch's edges
// that exist already, by kind and key; one query per kind.
func readEvidence(ctx context.Context, tx neo.ManagedTransaction, edges []storeutil.Edge) (map[[2]string]map[string]any, error) {
	keys := map[string][]any{}
	props := map[string][]string{}
	var kinds []string
	for _, e := range edges {
		if len(e.EvidenceProps) == 0 {
			continue
		}
		if _, ok := keys[e.Kind]; !ok {
			kinds = append(kinds, e.Kind)
			props[e.Kind] = e.EvidenceProps
		}
		keys[e.Kind] = append(keys[e.Kind], e.Key)
	}
	out := map[[2]string]map[string]any{}
	for _, kind := range kinds {
		cols := make([]string, len(props[kind]))
		for i, name := range props[kind] {
			cols[i] = fmt.Sprintf("r.`%s` AS `%s`", name, name)
		}
		q := fmt.Sprintf("UNWIND $keys AS k MATCH ()-[r:%s {%s: k}]->() RETURN r.%s AS key, %s",
			kind, schema.EdgeKeyProperty, schema.EdgeKeyProperty, strings.Join(cols, ", "))
		recs, err := run(ctx, tx, q, map[string]any{"keys": keys[kind]})
		if err != nil {
			return nil, fmt.Errorf("read %s edges: %w", kind, err)
		}
		for _, rec := range recs {
			m := rec.AsMap()
			key, _ := m["key"].(string)
			out[[2]string{kind, key}] = m
		}
	}
	return out, nil
}

// writeEdges merges edges by key, one UNWIND per (kind, from label, to
// label), and checks that every row found both endpoints.
func writeEdges(ctx context.Context, tx neo.ManagedTransaction, edges []storeutil.Edge, stored map[[2]string]map[string]any) error {
	type group struct{ kind, from, to string }
	rows := map[group][]any{}
	var groups []group
	for _, e := range edges {
		props := e.EvidenceValues(graph.MergeEvidence(storeutil.StoredEvidence(stored[[2]string{e.Kind, e.Key}]), e.Evidence))
		for k, v := range e.Props {
			props[k] = v
		}
		g := group{e.Kind, e.FromLabel, e.ToLabel}
		if _, ok := rows[g]; !ok {
			groups = append(groups, g)
		}
		rows[g] = append(rows[g], map[string]any{"from": e.From, "to": e.To, "key": e.Key, "props": props})
	}
	for _, g := range groups {
		q := fmt.Sprintf("UNWIND $rows AS row MATCH (a:%s {%s: row.from}) MATCH (b:%s {%s: row.to}) "+
			"MERGE (a)-[r:%s {%s: row.key}]->(b) SET r.%s = $kind, r += row.props RETURN count(r) AS n",
			g.from, schema.KeyProperty, g.to, schema.KeyProperty, g.kind, schema.EdgeKeyProperty, schema.KindProperty)
		recs, err := run(ctx, tx, q, map[string]any{"rows": rows[g], "kind": g.kind})
		if err != nil {
			return fmt.Errorf("write %s edges: %w", g.kind, err)
		}
		var n int64
		if len(recs) == 1 {
			n, _, _ = neo.GetRecordValue[int64](recs[0], "n")
		}
		if n != int64(len(rows[g])) {
			return missingEndpoint(ctx, tx, g.kind, g.from, g.to, rows[g])
		}
	}
	return nil
}

// missingEndpoint names an edge of rows whose endpoint does not exist.
func missingEndpoint(ctx context.Context, tx neo.ManagedTransaction, kind, from, to string, rows []any) error {
	q := fmt.Sprintf("UNWIND $rows AS row OPTIONAL MATCH (a:%s {%s: row.from}) OPTIONAL MATCH (b:%s {%s: row.to}) "+
		"WITH row, a, b WHERE a IS NULL OR b IS NULL RETURN row.key AS key, row.from AS src, a IS NULL AS noSrc, row.to AS dst LIMIT 1",
		from, schema.KeyProperty, to, schema.KeyProperty)
	recs, err := run(ctx, tx, q, map[string]any{"rows": rows})
	if err != nil || len(recs) == 0 {
		return fmt.Errorf("%s edges: an endpoint: %w", kind, graph.ErrNotFound)
	}
	m := recs[0].AsMap()
	label, id := to, m["dst"]
	if noSrc, _ := m["noSrc"].(bool); noSrc {
		label, id = from, m["src"]
	}
	return fmt.Errorf("edge %s %q: endpoint %s %q: %w", kind, m["key"], label, id, graph.ErrNotFound)
}

// run runs one statement in tx and returns all its records.
func run(ctx context.Context, tx neo.ManagedTransaction, cypher string, params map[string]any) ([]*neo.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
