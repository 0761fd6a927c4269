package kuzu

import (
	"context"
	"fmt"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// Write stores b in one transaction; see graph.Store. Labels, kinds and
// property names in the Cypher text come from the schema only (checked by
// storeutil.Prepare); every value travels as a parameter.
func (s *Store) Write(ctx context.Context, b graph.Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	plan, err := storeutil.Prepare(s.schema, b)
	if err != nil {
		return err
	}
	if err := s.begin(ctx, false); err != nil {
		return fmt.Errorf("begin write: %w", err)
	}
	// Missing endpoints are found before anything changes, so that the
	// usual failure rolls back a transaction that only read (see
	// rollbackWrite for why that matters).
	if err := s.checkEndpoints(ctx, plan); err != nil {
		s.rollback()
		return err
	}
	// Statements that change rows are not interrupted; ctx is checked
	// between them instead.
	if err := s.write(ctx, plan); err != nil {
		s.rollbackWrite()
		return err
	}
	if err := s.commit(); err != nil {
		s.rollbackWrite()
		return fmt.Errorf("commit write: %w", err)
	}
	s.writes++
	if s.writes%checkpointEvery == 0 {
		// Kuzu holds the pages a transaction wrote in its buffer pool
		// until the next checkpoint; without one, a long ingest grows
		// without bound (about 2 GB per 1000 articles) or, with a small
		// BILAT_KUZU_BUFFER_MB, fails with "buffer pool is full". The
		// write is committed whatever the checkpoint does, and Kuzu
		// checkpoints again later, so its error is not the caller's.
		_ = s.exec(context.Background(), "CHECKPOINT", nil)
	}
	return nil
}

// checkpointEvery is how many Writes go between checkpoints: 100 halves
// the peak memory of a 1000-article ingest and lets it run in a 512 MB
// buffer pool, for 0-15% more time (measurements on a 2-core machine).
const checkpointEvery = 100

// checkEndpoints returns an error wrapping graph.ErrNotFound for the first
// edge endpoint that is neither in the batch nor in the store.
func (s *Store) checkEndpoints(ctx context.Context, p *storeutil.Plan) error {
	known := map[[2]string]bool{}
	for _, n := range p.Nodes {
		known[[2]string{n.Label, n.ID}] = true
	}
	for _, e := range p.Edges {
		for _, end := range [][2]string{{e.FromLabel, e.From}, {e.ToLabel, e.To}} {
			if known[end] {
				continue
			}
			q := fmt.Sprintf("MATCH (n:%s {%s: $id}) RETURN count(*)", end[0], schema.KeyProperty)
			_, rows, err := s.run(ctx, q, map[string]any{"id": end[1]})
			if err != nil {
				return fmt.Errorf("write edge %s %q: %w", e.Kind, e.Key, err)
			}
			if len(rows) == 0 || rows[0][0] == int64(0) {
				return fmt.Errorf("edge %s %q: endpoint %s %q: %w", e.Kind, e.Key, end[0], end[1], graph.ErrNotFound)
			}
			known[end] = true
		}
	}
	return nil
}

func (s *Store) write(ctx context.Context, p *storeutil.Plan) error {
	bg := context.Background()
	for _, n := range p.Nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.writeNode(bg, n); err != nil {
			return err
		}
	}
	for _, e := range p.Edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.writeEdge(bg, e); err != nil {
			return err
		}
	}
	return nil
}

// writeNode merges a node by id and sets its non-empty properties.
func (s *Store) writeNode(ctx context.Context, n storeutil.Node) error {
	params := map[string]any{"id": n.ID, "label": n.Label}
	var sb strings.Builder
	fmt.Fprintf(&sb, "MERGE (n:%s {%s: $id}) SET n.%s = $label", n.Label, schema.KeyProperty, schema.LabelProperty)
	setProps(&sb, "n", n.Props, params)
	if err := s.exec(ctx, sb.String(), params); err != nil {
		return fmt.Errorf("write node %s %q: %w", n.Label, n.ID, err)
	}
	return nil
}

// writeEdge reads the edge, if stored, with its evidence; merges the new
// evidence into it; and then either updates the stored edge or creates it.
// Knowing which (rather than letting MERGE find out) roughly halves what
// Kuzu spends on the write.
func (s *Store) writeEdge(ctx context.Context, e storeutil.Edge) error {
	ends := map[string]any{"from": e.From, "to": e.To, "key": e.Key}
	var sb strings.Builder
	fmt.Fprintf(&sb, "MATCH (a:%s {%s: $from})-[r:%s]->(b:%s {%s: $to}) WHERE r.%s = $key RETURN r.%s",
		e.FromLabel, schema.KeyProperty, e.Kind, e.ToLabel, schema.KeyProperty, schema.EdgeKeyProperty, schema.EdgeKeyProperty)
	for _, name := range e.EvidenceProps {
		sb.WriteString(", r.`" + name + "`")
	}
	_, rows, err := s.run(ctx, sb.String(), ends)
	if err != nil {
		return fmt.Errorf("read edge %s %q: %w", e.Kind, e.Key, err)
	}
	found := int64(len(rows))
	var stored graph.EvidenceLists
	if found > 0 {
		props := map[string]any{}
		for i, name := range e.EvidenceProps {
			props[name] = rows[0][i+1]
		}
		stored = storeutil.StoredEvidence(props)
	}
	props := e.EvidenceValues(graph.MergeEvidence(stored, e.Evidence))
	for k, v := range e.Props {
		props[k] = v
	}
	params := map[string]any{"from": e.From, "to": e.To, "key": e.Key, "kind": e.Kind}
	sb.Reset()
	if found > 0 {
		fmt.Fprintf(&sb, "MATCH (a:%s {%s: $from})-[r:%s]->(b:%s {%s: $to}) WHERE r.%s = $key SET r.%s = $kind",
			e.FromLabel, schema.KeyProperty, e.Kind, e.ToLabel, schema.KeyProperty, schema.EdgeKeyProperty, schema.KindProperty)
		setProps(&sb, "r", props, params)
	} else {
		fmt.Fprintf(&sb, "MATCH (a:%s {%s: $from}), (b:%s {%s: $to}) CREATE (a)-[r:%s {%s: $key, %s: $kind",
			e.FromLabel, schema.KeyProperty, e.ToLabel, schema.KeyProperty, e.Kind, schema.EdgeKeyProperty, schema.KindProperty)
		for _, name := range storeutil.SortedKeys(props) {
			fmt.Fprintf(&sb, ", `%s`: $v_%s", name, name)
			params["v_"+name] = props[name]
		}
		sb.WriteString("}]->(b)")
		found = 1
	}
	sb.WriteString(" RETURN count(*)")
	_, rows, err = s.run(ctx, sb.String(), params)
	if err != nil {
		return fmt.Errorf("write edge %s %q: %w", e.Kind, e.Key, err)
	}
	if len(rows) == 0 || rows[0][0] != found {
		// checkEndpoints found both ends, so this is not expected.
		return fmt.Errorf("edge %s %q: an endpoint: %w", e.Kind, e.Key, graph.ErrNotFound)
	}
	return nil
}

// setProps appends ", v.name = $v_name" for each property, in name order so
// the text (and its prepared statement) is the same for the same names.
func setProps(sb *strings.Builder, v string, props map[string]any, params map[string]any) {
	for _, name := range storeutil.SortedKeys(props) {
		fmt.Fprintf(sb, ", %s.`%s` = $v_%s", v, name, name)
		params["v_"+name] = props[name]
	}
}
