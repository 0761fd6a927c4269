package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	if err != nil && lost(err) {
		return s.unavailable(err)
	}
	if err != nil && !errors.Is(err, graph.ErrNotFound) {
		return s.wrap("write", err)
	}
	return err
}

func writePlan(ctx context.Context, tx neo.ManagedTransaction, p *storeutil.Plan) error {
	if err := writeNodes(ctx, tx, p.Nodes); err != nil {
		return err
	}
	return writeEdges(ctx, tx, p.Edges)
}

// chunkRows bounds the rows of one UNWIND list, so that a very large batch
// does not build one huge message.
const chunkRows = 5000

// chunks calls fn with rows in slices of at most chunkRows.
func chunks(rows []any, fn func([]any) error) error { return storeutil.Chunks(rows, chunkRows, fn) }

// writeNodes merges nodes by id, one UNWIND per label. Their properties
// are never empty (Prepare drops empty values), so += never clears one.
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
		q := fmt.Sprintf(writePrefix+"UNWIND $rows AS row MERGE (n:%s {%s: row.id}) SET n.%s = $label, n += row.props",
			label, schema.KeyProperty, schema.LabelProperty)
		if err := chunks(rows[label], func(chunk []any) error {
			_, err := run(ctx, tx, q, map[string]any{"rows": chunk, "label": label})
			return err
		}); err != nil {
			return fmt.Errorf("write %s nodes: %w", label, err)
		}
	}
	return nil
}

// evidenceSep joins an article id and a span into the identity of one
// piece of evidence; ids and spans hold no control characters.
const evidenceSep = "\x1f"

// writeEdges merges edges by key, one UNWIND per (kind, from label, to
// label), and checks that every row found both endpoints. The evidence
// lists are merged in the store: the pieces of evidence whose (article,
// span) the edge does not hold yet are appended, in order. Setting the kind
// first takes the edge's write lock, so a concurrent writer's evidence is
// read, not overwritten.
func writeEdges(ctx context.Context, tx neo.ManagedTransaction, edges []storeutil.Edge) error {
	type group struct{ kind, from, to string }
	rows := map[group][]any{}
	evProps := map[group][]string{}
	var groups []group
	for _, e := range edges {
		g := group{e.Kind, e.FromLabel, e.ToLabel}
		if _, ok := rows[g]; !ok {
			groups = append(groups, g)
			evProps[g] = e.EvidenceProps
		}
		ev := graph.MergeEvidence(graph.EvidenceLists{}, e.Evidence)
		ids := make([]string, len(ev.Articles))
		for i := range ev.Articles {
			ids[i] = ev.Articles[i] + evidenceSep + ev.Spans[i]
		}
		rows[g] = append(rows[g], map[string]any{"from": e.From, "to": e.To, "key": e.Key, "props": e.Props,
			"ids": ids, "articles": ev.Articles, "sentences": ev.Sentences, "spans": ev.Spans, "rules": ev.Rules,
			"confidence": ev.Confidence})
	}
	for _, g := range groups {
		q := edgeStatement(g.kind, g.from, g.to, evProps[g])
		err := chunks(rows[g], func(chunk []any) error {
			recs, err := run(ctx, tx, q, map[string]any{"rows": chunk, "kind": g.kind, "sep": evidenceSep})
			if err != nil {
				return fmt.Errorf("write %s edges: %w", g.kind, err)
			}
			var n int64
			if len(recs) == 1 {
				n, _, _ = neo.GetRecordValue[int64](recs[0], "n")
			}
			if n != int64(len(chunk)) {
				return missingEndpoint(ctx, tx, g.kind, g.from, g.to, chunk)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// edgeStatement is the UNWIND statement that merges one group's edges and
// their evidence.
func edgeStatement(kind, from, to string, evidence []string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, writePrefix+"UNWIND $rows AS row MATCH (a:%s {%s: row.from}) MATCH (b:%s {%s: row.to}) "+
		"MERGE (a)-[r:%s {%s: row.key}]->(b) SET r.%s = $kind, r += row.props",
		from, schema.KeyProperty, to, schema.KeyProperty, kind, schema.EdgeKeyProperty, schema.KindProperty)
	var lists []string
	hasConfidence := false
	for _, name := range evidence {
		if name == "confidence" {
			hasConfidence = true
		} else {
			lists = append(lists, name)
		}
	}
	if len(lists) > 0 {
		spans := "''"
		if slices.Contains(lists, "spans") {
			spans = "coalesce(r.spans[i], '')"
		}
		fmt.Fprintf(&sb, " WITH r, row, [i IN range(0, size(coalesce(r.articles, [])) - 1) | r.articles[i] + $sep + %s] AS have"+
			" WITH r, row, [i IN range(0, size(row.ids) - 1) WHERE NOT row.ids[i] IN have] AS add SET ", spans)
		for j, name := range lists {
			if j > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "r.`%[1]s` = CASE WHEN r.`%[1]s` IS NULL AND size(add) = 0 THEN null "+
				"ELSE coalesce(r.`%[1]s`, []) + [i IN add | row.`%[1]s`[i]] END", name)
		}
	}
	if hasConfidence {
		sb.WriteString(", r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END")
	}
	sb.WriteString(" RETURN count(r) AS n")
	return sb.String()
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

// writePrefix asks Neo4j to keep the plan of a write statement however the
// store's statistics change: every lookup goes through a unique id
// constraint and every edge MERGE expands between two bound nodes, so the
// first plan stays right, and replanning each group's statement as the
// counts grow cost more than writing the rows while a store filled up.
const writePrefix = "CYPHER replan=skip "
